"""Blocks built from a page's own front matter, so the page and the pamphlet (and later the
session slides) print the same words: the steps of a procedure and a short story."""

from __future__ import annotations

from html import escape

from cegah.content.schemas import PageMeta
from cegah.words import words


def steps(meta: PageMeta) -> str:
    """The steps as the site's numbered flow of boxes (styled by `.flow` in cegah.css)."""
    items = "".join(
        f"<li><strong>{escape(step.title)}</strong> — {escape(step.text)}</li>"
        for step in meta.steps
    )
    return f'<div class="flow"><ol>{items}</ol></div>'


def story(meta: PageMeta, lang: str) -> str:
    """The story in a box, with the line that says it is made up from common cases."""
    told = meta.story
    assert told is not None  # expand_markers asks only when the page has one
    return (
        '<div class="admonition example cegah-story">'
        f'<p class="admonition-title">{escape(told.title)}</p>'
        f"<p>{escape(told.text)}</p>"
        f'<p class="cegah-story-note"><em>{escape(words(lang)["story_note"])}</em></p></div>'
    )
