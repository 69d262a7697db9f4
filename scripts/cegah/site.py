"""What the MkDocs hooks do, as plain functions: expand markers, add key points and sources,
compute absolute hreflang links. hooks.py only wires these to MkDocs events.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from . import blocks, law
from .content import Page
from .errors import ContentError, Problem
from .schemas import ContactsFile, PenaltiesFile
from .strings import long_date

# Problems found by the hooks during the current build. MkDocs turns a hook's exception into a
# log line and a generic abort; `cegah check` reads the structured problems from here instead.
reported: list[Problem] = []

MARKER = re.compile(r"^<!--\s*cegah:([a-z-]+)\s*-->[ \t]*$", re.MULTILINE)


@dataclass
class SiteData:
    """Data loaded once per build and shared by every page."""

    contacts: ContactsFile
    penalties: PenaltiesFile
    news: Callable[[str], list[Page]]  # lang -> posts, newest first
    print_listing: Callable[[str, str], str] | None = None  # (lang, page url) -> HTML
    self_check: Callable[[str], str] | None = None  # lang -> the self-check form (HTML)


def news_list(posts: list[Page], lang: str, page_path: Path) -> str:
    """Markdown list of posts, linked relative to the page (so MkDocs checks the links)."""
    lines = []
    for post in posts:
        link = os.path.relpath(post.path, page_path.parent).replace(os.sep, "/")
        # escaped as HTML (front matter is data too), then as Markdown link text
        title = escape(post.meta.title).replace("[", "\\[").replace("]", "\\]")
        date = long_date(post.meta.date, lang)
        lines.append(
            f'- **[{title}]({link})**  \n  <time datetime="{post.meta.date}">{escape(date)}</time>'
            f" · {escape(post.meta.description)}"
        )
    return "\n".join(lines)


def expand_markers(
    markdown: str,
    lang: str,
    data: SiteData,
    file: str,
    page_url: str,
    page_path: Path,
    line_offset: int = 0,
) -> str:
    renderers: dict[str, Callable[[], str]] = {
        "contacts": lambda: blocks.contacts(data.contacts.contacts, lang),
        "emergency": lambda: blocks.emergency(data.contacts.contacts, lang, in_page=True),
        "penalties": lambda: law.penalties_table(data.penalties, lang),
        "law-changes": lambda: law.law_changes(data.penalties, lang),
        "news": lambda: news_list(data.news(lang), lang, page_path),
    }
    if data.print_listing:
        renderers["print-materials"] = lambda: data.print_listing(lang, page_url)
    if data.self_check:
        renderers["self-check"] = lambda: data.self_check(lang)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in renderers:
            line = line_offset + markdown.count("\n", 0, match.start()) + 1
            known = ", ".join(sorted(renderers))
            raise ContentError.one(
                file=file,
                line=line,
                problem_id=f"penanda '<!-- cegah:{name} -->' tidak dikenal.",
                problem_en=f"unknown marker '<!-- cegah:{name} -->'.",
                fix_id=f"gunakan salah satu: {known}.",
                fix_en=f"use one of: {known}.",
            )
        return "\n" + renderers[name]() + "\n"

    return MARKER.sub(replace, markdown)


def page_markdown(
    markdown: str, page: Page, data: SiteData, file: str, page_url: str, build_lang: str
) -> str:
    """The Markdown that MkDocs renders: key points first, then the body, then sources.

    build_lang differs from the page's language when the page is not yet translated and is
    shown in the default language: then a notice says so, in the reader's language.
    """
    meta, lang = page.meta, page.lang
    # MkDocs hands over the body without front matter, like page.body
    body = expand_markers(markdown, lang, data, file, page_url, page.path, page.body_offset)
    top = blocks.key_points(meta, lang)
    rendered = f"{top}\n\n{body}\n\n{blocks.sources(meta, lang)}\n"
    if build_lang == lang:
        return rendered
    # mark the untranslated text (all of it) with its own language, for screen readers and
    # translators; the notice is in the reader's language
    notice = blocks.untranslated_notice(build_lang)
    return f'{notice}\n\n<div lang="{lang}" markdown>\n\n{rendered}\n\n</div>\n'


def folder_url(page_url: str) -> str:
    """The folder a page's URL is in: 'kontak/' -> 'kontak/', but 'kontak.html' -> '' and
    'en/kontak.html' -> 'en/' (the offline bundle's file URLs), for links relative to it."""
    if not page_url or page_url.endswith("/"):
        return page_url
    return page_url.rsplit("/", 1)[0] + "/" if "/" in page_url else ""


def hreflang_links(
    site_url: str, alternates: dict[str, str], default_lang: str
) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) pairs, one per language the page exists in, plus x-default."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    paths = {
        lang: "" if url in (".", "./") else url.lstrip("/") for lang, url in alternates.items()
    }
    links = [(lang, base + path) for lang, path in sorted(paths.items())]
    if default_lang in paths:
        links.append(("x-default", base + paths[default_lang]))
    return links
