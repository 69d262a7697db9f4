"""Where an editor changes what a reader sees: a page whose main content comes from a data
file (the contacts, the self-check) gets its edit pencil on that file, and a block drawn from
data (contacts, penalties) ends with a link to edit the data itself."""

from __future__ import annotations

from html import escape
from urllib.parse import urljoin

from cegah.words import words

# a marker -> the data file (under docs/) that holds what it shows
DATA_FILES = {
    "contacts": "data/contacts.yml",
    "self-check": "data/self-check/{lang}.yml",
    "penalties": "data/penalties.yml",
    "law-changes": "data/penalties.yml",
}
# the markers whose data is what the page is for: the pencil opens their file
PAGE_DATA = ("contacts", "self-check")


def docs_edit_base(repo_url: str | None, edit_uri: str | None) -> str | None:
    """The edit address of docs/ itself (MkDocs joins repo_url and edit_uri the same way for
    a page), or None when the site has no edit links."""
    if not repo_url or not edit_uri:
        return None
    return urljoin(repo_url.rstrip("/") + "/", edit_uri.rstrip("/") + "/")


def page_edit_url(base: str | None, markers: list[str], lang: str) -> str | None:
    """The pencil's address for a page built around data, or None to keep the page's own."""
    main = next((name for name in markers if name in PAGE_DATA), None)
    if base is None or main is None:
        return None
    return base + DATA_FILES[main].format(lang=lang)


def data_link(base: str | None, marker: str, lang: str) -> str:
    """A small link after a block drawn from data, to edit that data."""
    if base is None or marker not in DATA_FILES:
        return ""
    href = escape(base + DATA_FILES[marker].format(lang=lang))
    label = escape(words(lang)["edit_data"])
    return f'<p class="cegah-edit-data"><a href="{href}" rel="nofollow">{label}</a></p>'
