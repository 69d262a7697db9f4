"""The offline bundle opened from file://: pages, links, search and the self-check work."""

from __future__ import annotations

import zipfile

import pytest
from cegah.commands.offline import BUNDLE_FOLDER, OFFLINE_ZIP


@pytest.fixture(scope="module")
def bundle(built_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("usb-stick")
    with zipfile.ZipFile(built_site / OFFLINE_ZIP) as archive:
        archive.extractall(folder)
    return folder / BUNDLE_FOLDER


def test_opens_and_navigates_from_file(visit, bundle):
    seen = visit((bundle / "index.html").as_uri())
    page = seen.page
    assert page.get_attribute("html", "lang") == "id"
    page.click(".md-nav--primary a[href$='tanda-tanda.html']")
    page.wait_for_load_state()
    assert page.url == (bundle / "tanda-tanda.html").as_uri()
    # the language menu leads to the same page in English
    english = page.locator("a.md-select__link[hreflang=en]").get_attribute("href")
    page.goto((bundle / english).resolve().as_uri() if not english.startswith("file:") else english)
    assert page.url.endswith("/en/tanda-tanda.html")
    assert page.get_attribute("html", "lang") == "en"
    assert all(url.startswith("file://") or url.startswith("data:") for url in seen.requests)
    assert seen.console_errors() == []


def test_search_works_from_file(visit, bundle):
    seen = visit((bundle / "en" / "korban.html").as_uri())
    page = seen.page
    page.focus(".md-search__input")
    page.fill(".md-search__input", "passport")
    page.wait_for_selector(".md-search-result__link")
    first = page.get_attribute(".md-search-result__link", "href")
    assert first.startswith((bundle / "en").as_uri()) and ".html" in first
    page.click(".md-search-result__link >> nth=0")
    page.wait_for_load_state()
    assert page.url.split("#")[0] == first.split("#")[0]
    assert seen.console_errors() == []


def test_self_check_works_from_file(visit, bundle):
    seen = visit((bundle / "cek-tawaran.html").as_uri())
    page = seen.page
    for fieldset in page.locator("fieldset[data-question]").all():
        fieldset.locator("input[value=yes]").check()
    page.click("form[data-cegah-self-check] button[data-cegah-check]")
    page.wait_for_selector("[data-result=bahaya]", state="visible")
    assert seen.console_errors() == []


def test_print_materials_open_from_file(visit, bundle):
    seen = visit((bundle / "materi-cetak.html").as_uri())
    links = [a.get_attribute("href") for a in seen.page.locator("a[href$='.pdf']").all()]
    assert links
    for link in links:
        assert (bundle / link).resolve().is_file(), link
    images = seen.page.locator(".cegah-print-list img").all()
    assert images and all(
        img.evaluate("i => i.complete && i.naturalWidth > 0") for img in images[:3]
    )
