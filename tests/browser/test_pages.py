"""Every page, both languages, in Chromium: only the site's own files, no console error or CSP
violation, the right lang, nothing of search or sitemaps on page load, usable at 320 px, and
no serious or critical accessibility violation (axe-core)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from cegah.words import words

from .conftest import PAGES, page_language

# WCAG 2.1 A and AA (colour contrast included) plus axe's best practices
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def origin(url: str) -> str:
    return "/".join(url.split("/", 3)[:3])  # scheme://host:port


@pytest.mark.parametrize("path", PAGES)
def test_only_own_requests_clean_console_and_lang(visit, site_url, path):
    seen = visit(site_url + path)
    assert seen.third_party(origin(site_url)) == [], "request to another host"
    assert seen.console_errors() == [], "console errors (CSP violations appear here too)"
    # search and sitemaps are not part of the first view
    assert not [u for u in seen.requests if "/search/" in u or "search_index" in u]
    assert not [u for u in seen.requests if u.endswith("sitemap.xml") or "/workers/" in u]
    expected = "id" if path == "404.html" else page_language(path)
    assert seen.page.get_attribute("html", "lang") == expected


def test_missing_address_shows_bilingual_404(visit, site_url):
    seen = visit(site_url + "en/no-such-page/")
    page = seen.page
    assert page.locator("section.cegah-not-found[lang=id] h1").is_visible()
    assert page.locator("section.cegah-not-found[lang=en] h2").is_visible()
    # links work from any depth (absolute paths)
    page.click("section[lang=en] a")
    page.wait_for_load_state()
    assert page.url == site_url + "en/"
    assert seen.console_errors() == [] or all("404" in e for e in seen.console_errors())


@pytest.mark.parametrize("path", PAGES)
def test_usable_at_320px(visit, site_url, path):
    seen = visit(site_url + path, viewport={"width": 320, "height": 640})
    page = seen.page
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways ({width}px wide)"
    exit_box = page.locator("[data-cegah-exit]").bounding_box()
    assert exit_box and exit_box["x"] >= 0 and exit_box["x"] + exit_box["width"] <= 320
    assert exit_box["height"] >= 44  # a thumb-sized target


def serious(violations: list[dict]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


# two phone widths (the smallest in use, and the most common cheap phone) and a laptop's
WIDTHS = [320, 360, 1280]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_accessibility(visit, site_url, axe, path, width):
    seen = visit(site_url + path, viewport={"width": width, "height": 800})
    result = axe.run(seen.page, options=AXE_OPTIONS)
    assert serious(result.response["violations"]) == []


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
def test_accessibility_with_search_and_self_check_open(visit, site_url, axe, lang_prefix):
    """The parts that only appear on use: search results and a self-check result."""
    seen = visit(site_url + lang_prefix + "cek-tawaran/")
    page = seen.page
    page.focus(".md-search__input")
    page.fill(".md-search__input", "visa")
    page.wait_for_selector(".md-search-result__item")
    assert serious(axe.run(page, options=AXE_OPTIONS).response["violations"]) == []
    page.keyboard.press("Escape")
    page.click("form[data-cegah-self-check] button[data-cegah-check]")  # nothing answered yet
    page.wait_for_selector(".cegah-unanswered", state="visible")
    for fieldset in page.locator("fieldset[data-question]").all():
        fieldset.locator("input[value=yes]").check()
    page.click("form[data-cegah-self-check] button[data-cegah-check]")
    page.wait_for_selector(".cegah-result", state="visible")
    assert serious(axe.run(page, options=AXE_OPTIONS).response["violations"]) == []


def test_a_script_from_another_site_of_the_same_host_is_refused(visit, site_url):
    """On <account>.github.io every project site shares one origin; the CSP names this site's
    path, so a script of a sibling site (same origin) does not run here."""
    sibling = origin(site_url) + "/another-site/steal.js"
    seen = visit()
    seen.page.context.route(
        sibling,
        lambda route: route.fulfill(
            body="window.stolen = true;", content_type="text/javascript", status=200
        ),
    )
    seen.page.goto(site_url, wait_until="networkidle")
    blocked = seen.page.evaluate(
        """src => new Promise(resolve => {
            document.addEventListener('securitypolicyviolation',
                e => resolve(e.violatedDirective), {once: true});
            const s = document.createElement('script');
            s.src = src;
            s.onload = () => resolve('loaded');
            document.head.append(s);
        })""",
        sibling,
    )
    assert blocked.startswith("script-src")
    assert seen.page.evaluate("window.stolen === undefined")


def test_the_print_page_copies_a_share_message(visit, site_url):
    seen = visit(permissions=["clipboard-read", "clipboard-write"])
    seen.page.goto(site_url + "materi-cetak/", wait_until="networkidle")
    button = seen.page.locator("[data-cegah-copy]").first
    box = seen.page.locator("#" + button.get_attribute("data-cegah-copy"))
    button.click()
    status = seen.page.locator(".cegah-copied").first
    status.wait_for(state="visible")
    assert status.inner_text() == words("id")["copied"]
    copied = seen.page.evaluate("navigator.clipboard.readText()")
    assert copied == box.input_value() and "0800-1000" in copied
    assert seen.console_errors() == []
