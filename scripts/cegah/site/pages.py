"""What the MkDocs hooks do, as plain functions: expand markers, add key points and sources,
compute absolute hreflang links. plugin.py only wires these to MkDocs events.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import get_args

from cegah.content import evidence
from cegah.content.load import Page
from cegah.content.schemas import ContactsFile, Corrections, PageMeta, PenaltiesFile, Situation
from cegah.errors import ContentError
from cegah.site import blocks, edit, front
from cegah.words import law, long_date

# <!-- cegah:NAME --> or <!-- cegah:NAME ARGUMENT -->, alone on a line
MARKER = re.compile(r"^<!--\s*cegah:([a-z-]+)(?:\s+([a-z0-9-]+))?\s*-->[ \t]*$", re.MULTILINE)
SITUATIONS = get_args(Situation)
FRONT_MARKERS = ("steps", "story")  # blocks from the page's own front matter


@dataclass
class SiteData:
    """Data loaded once per build and shared by every page."""

    contacts: ContactsFile
    penalties: PenaltiesFile
    news: Callable[[str], list[Page]]  # lang -> posts, newest first
    # (lang, page url, campaign or None for all) -> HTML
    print_listing: Callable[[str, str, str | None], str] | None = None
    campaign_ids: tuple[str, ...] = ()  # what <!-- cegah:print-materials ID --> may name
    self_check: Callable[[str], str] | None = None  # lang -> the self-check form (HTML)
    today: dt.date = field(default_factory=evidence.today)  # for the age of sources
    corrections: Corrections | None = None  # where readers report a wrong number
    edit_base: str | None = None  # the edit address of docs/ (repo_url + edit_uri), if any


# the characters Python-Markdown lets a backslash escape (< and > never get here: escaped first)
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def markdown_text(text: str) -> str:
    """Text that Markdown shows as it is: every character Markdown could read as syntax
    (links, images, emphasis, code) is backslash-escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def news_list(posts: list[Page], lang: str, page_path: Path) -> str:
    """Markdown list of posts, linked relative to the page (so MkDocs checks the links)."""
    lines = []
    for post in posts:
        link = os.path.relpath(post.path, page_path.parent).replace(os.sep, "/")
        # front matter is data: escaped as HTML, then as Markdown, so a title or description
        # can never become a link, an image or emphasis on the news page
        title = markdown_text(escape(post.meta.title, quote=False))
        date = long_date(post.meta.date, lang)
        lines.append(
            f'- **[{title}]({link})**  \n  <time datetime="{post.meta.date}">{escape(date)}</time>'
            f" · {markdown_text(escape(post.meta.description, quote=False))}"
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
    meta: PageMeta | None = None,
) -> str:
    contacts = data.contacts.contacts
    # each renderer takes the marker's argument (None when there is none)
    renderers: dict[str, Callable[[str | None], str]] = {
        "contacts": lambda situation: blocks.contacts(
            contacts, lang, data.today, situation, data.corrections
        ),
        "emergency": lambda _: blocks.emergency(contacts, lang, in_page=True),
        "penalties": lambda _: law.penalties_table(data.penalties, lang),
        "law-changes": lambda _: law.law_changes(data.penalties, lang),
        "news": lambda _: news_list(data.news(lang), lang, page_path),
    }
    if data.print_listing:
        renderers["print-materials"] = lambda campaign: data.print_listing(lang, page_url, campaign)
    if data.self_check:
        renderers["self-check"] = lambda _: data.self_check(lang)
    # a page's own steps and story, where the page has them (the pamphlet prints the same)
    if meta is not None and meta.steps:
        renderers["steps"] = lambda _: front.steps(meta)
    if meta is not None and meta.story:
        renderers["story"] = lambda _: front.story(meta, lang)
    arguments = {"contacts": SITUATIONS, "print-materials": data.campaign_ids}

    def replace(match: re.Match[str]) -> str:
        name, argument = match.group(1), match.group(2)
        line = line_offset + markdown.count("\n", 0, match.start()) + 1
        if name in FRONT_MARKERS and name not in renderers:
            raise ContentError.one(
                file=file,
                line=line,
                problem_id=f"penanda '<!-- cegah:{name} -->' butuh '{name}:' di front matter halaman ini.",
                problem_en=f"the marker '<!-- cegah:{name} -->' needs '{name}:' in this page's front matter.",
                fix_id=f"tulis '{name}:' di antara garis --- di atas, atau hapus penanda ini.",
                fix_en=f"write '{name}:' between the --- lines at the top, or remove this marker.",
            )
        if name not in renderers:
            known = ", ".join(sorted(renderers))
            raise ContentError.one(
                file=file,
                line=line,
                problem_id=f"penanda '<!-- cegah:{name} -->' tidak dikenal.",
                problem_en=f"unknown marker '<!-- cegah:{name} -->'.",
                fix_id=f"gunakan salah satu: {known}.",
                fix_en=f"use one of: {known}.",
            )
        allowed = arguments.get(name, ())
        if argument is not None and argument not in allowed:
            choices = ", ".join(allowed) or "-"
            raise ContentError.one(
                file=file,
                line=line,
                problem_id=f"'{argument}' tidak bisa dipakai pada penanda '{name}'.",
                problem_en=f"'{argument}' cannot be used with the marker '{name}'.",
                fix_id=f"tulis penanda tanpa tambahan, atau dengan salah satu: {choices}.",
                fix_en=f"write the marker alone, or with one of: {choices}.",
            )
        block = blocks.with_fallback_notice(lambda: renderers[name](argument), lang)
        return "\n" + block + edit.data_link(data.edit_base, name, lang) + "\n"

    return MARKER.sub(replace, markdown)


def markers_of(markdown: str) -> list[str]:
    return [match.group(1) for match in MARKER.finditer(markdown)]


def page_markdown(
    markdown: str, page: Page, data: SiteData, file: str, page_url: str, build_lang: str
) -> str:
    """The Markdown that MkDocs renders: key points first, then the body, then sources.

    build_lang differs from the page's language when the page is not yet translated and is
    shown in the default language: then a notice says so, in the reader's language.
    """
    meta, lang = page.meta, page.lang
    # MkDocs hands over the body without front matter, like page.body
    body = expand_markers(markdown, lang, data, file, page_url, page.path, page.body_offset, meta)
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
