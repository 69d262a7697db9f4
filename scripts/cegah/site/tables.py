"""Tables that scroll sideways on a phone, reachable by keyboard: each Markdown table is wrapped
at build time in a named region in the tab order (axe: scrollable-region-focusable).

Material's script later wraps the same table in its own scroll box; the stylesheet turns that
inner box's scrolling off (`.cegah-scroll > .md-typeset__scrollwrap`), so the focusable region
is the one that scrolls, with JavaScript or without it."""

from __future__ import annotations

import re
from html import escape, unescape

TABLE = re.compile(r"<table>.*?</table>", re.S)  # Markdown's tables: no class, never nested
HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.S)
TAG = re.compile(r"<[^>]+>")


def _label(before: str, fallback: str) -> str:
    """The table's name: the text of the last heading before it (its permalink sign dropped)."""
    headings = HEADING.findall(before)
    if not headings:
        return fallback
    text = unescape(TAG.sub("", headings[-1])).replace("¶", "").strip()
    return text or fallback


def scroll_regions(html: str, fallback: str) -> str:
    def wrap(match: re.Match[str]) -> str:
        label = escape(_label(html[: match.start()], fallback))
        return (
            f'<div class="cegah-scroll" role="region" tabindex="0" aria-label="{label}">'
            f"{match.group(0)}</div>"
        )

    return TABLE.sub(wrap, html)
