"""Search works in both languages, loads only when opened, and keeps to the reader's language."""

from __future__ import annotations

import pytest


def search(page, query: str) -> list[str]:
    page.focus(".md-search__input")
    page.fill(".md-search__input", query)
    page.wait_for_selector("[data-cegah-search-ready]", state="attached")
    # the results render after a short pause in typing: wait until they show this query
    page.wait_for_function(
        "q => document.querySelector('[data-cegah-rendered]')?.dataset.cegahRendered === q",
        arg=query,
    )
    return [a.get_attribute("href") for a in page.locator(".md-search-result__link").all()]


@pytest.mark.parametrize(
    "lang_prefix,query,expected_page",
    [
        ("", "paspor", "tanya-jawab/"),
        ("", "melaporkan", "kontak/"),  # stemmed: finds "lapor", "laporkan"
        ("", "visa turis", "tanda-tanda/"),
        ("en/", "passport", "en/tanya-jawab/"),
        ("en/", "tourist visa", "en/tanda-tanda/"),
    ],
)
def test_finds_pages_in_the_readers_language(visit, site_url, lang_prefix, query, expected_page):
    seen = visit(site_url + lang_prefix + "korban/")
    assert not [u for u in seen.requests if "/search/" in u], "search loaded before use"
    links = search(seen.page, query)
    assert links, f"no result for {query!r}"
    assert any(link.startswith(site_url + expected_page) for link in links), links
    english = [link for link in links if link.startswith(site_url + "en/")]
    assert english == (links if lang_prefix == "en/" else [])
    loaded = [u for u in seen.requests if "/search/" in u]
    assert loaded == [site_url + f"search/{'en' if lang_prefix else 'id'}.js"]
    assert seen.console_errors() == []


def test_no_result_message(visit, site_url):
    page = visit(site_url).page
    assert search(page, "zzzqqq") == []
    assert page.inner_text(".md-search-result__meta").strip() == "Tidak ada dokumen yang sesuai"


def test_keyboard(visit, site_url):
    page = visit(site_url + "en/").page
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("passport")
    page.wait_for_selector(".md-search-result__link")
    first = page.get_attribute(".md-search-result__link", "href")
    page.keyboard.press("Enter")
    page.wait_for_url(first)
