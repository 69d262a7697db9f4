"""Quick exit: replaces the page (no new history entry), and Back does not bring the site back."""

from __future__ import annotations

import re

import pytest
from cegah.words import words

NEUTRAL_PAGE = "<!doctype html><html lang=en><title>Weather</title><p>Sunny"


def exit_url(seen) -> str:
    return seen.page.get_attribute("[data-cegah-exit]", "href")


def fake_neutral_site(seen) -> re.Pattern:
    """The neutral site is on the internet; here the browser gets a stand-in page for it."""
    url = exit_url(seen)
    host = re.match(r"^(https://[^/]+/)", url).group(1)
    pattern = re.compile("^" + re.escape(host))
    seen.page.context.route(
        pattern,
        lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE),
    )
    return pattern


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
def test_button_replaces_history_and_back_leaves_again(visit, site_url, lang_prefix):
    seen = visit(site_url + lang_prefix)
    page = seen.page
    neutral = fake_neutral_site(seen)
    page.goto(site_url + lang_prefix + "tanda-tanda/", wait_until="networkidle")
    entries = page.evaluate("history.length")

    page.click("[data-cegah-exit]")
    page.wait_for_url(neutral)
    assert page.evaluate("history.length") == entries, "quick exit added a history entry"

    # Back would show the page before (the home page): it leaves again at once
    page.go_back()
    page.wait_for_url(neutral)
    page.wait_for_load_state("networkidle")
    assert neutral.match(page.url)
    assert page.title() == "Weather"

    # a new visit (typed address, link) is not sent away
    page.goto(site_url + lang_prefix, wait_until="networkidle")
    assert page.url == site_url + lang_prefix
    assert page.locator("[data-cegah-exit]").is_visible()


def test_reachable_by_keyboard_first(visit, site_url):
    seen = visit(site_url + "tanda-tanda/")
    page = seen.page
    neutral = fake_neutral_site(seen)
    for _ in range(2):  # "skip to content" may come first
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-cegah-exit')"):
            break
    assert page.evaluate("document.activeElement.hasAttribute('data-cegah-exit')")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Keluar cepat"
    page.keyboard.press("Enter")
    page.wait_for_url(neutral)


def test_shift_three_times_leaves(visit, site_url):
    seen = visit(site_url + "en/korban/")
    page = seen.page
    neutral = fake_neutral_site(seen)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(neutral)


def test_typing_capitals_does_not_leave(visit, site_url):
    """Shift between other keys (typing "Jawa Barat Sumatra" in search) is not the shortcut."""
    seen = visit(site_url + "en/korban/")
    page = seen.page
    fake_neutral_site(seen)
    left = []
    page.on("framenavigated", lambda frame: left.append(frame.url))
    for key in ("Shift", "j", "Shift", "b", "Shift", "s"):
        page.keyboard.press(key)
    # key handlers run while the key is pressed; one more task on the page's event loop
    # proves they are done, and nothing navigated
    page.evaluate("() => new Promise(done => setTimeout(done))")
    assert left == [] and page.url == site_url + "en/korban/"


def test_works_without_javascript(visit, site_url):
    """Without JavaScript the button is still an ordinary link to the neutral site."""
    seen = visit(None, java_script_enabled=False)
    page = seen.page
    page.goto(site_url + "keamanan/")
    neutral = fake_neutral_site(seen)
    page.click("[data-cegah-exit]")
    page.wait_for_url(neutral)


@pytest.mark.parametrize("lang,prefix", [("id", ""), ("en", "en/")])
def test_shift_progress_is_announced(visit, site_url, lang, prefix):
    """Screen readers hear how many more presses leave, in the page's language."""
    seen = visit(site_url + prefix + "kontak/")
    page = seen.page
    fake_neutral_site(seen)
    status = page.locator("[data-cegah-exit-status]")
    assert status.get_attribute("role") == "status"
    w = words(lang)
    page.keyboard.press("Shift")
    assert status.text_content() == w["exit_press_2"]
    page.keyboard.press("Shift")
    assert status.text_content() == w["exit_press_1"]
    page.keyboard.press("a")  # typing something else starts over, and says nothing
    assert status.text_content() == ""


def test_pages_read_do_not_pile_up_in_history(visit, site_url):
    """Moving through the site keeps one history entry: Back leaves the site."""
    seen = visit(site_url)
    page = seen.page
    before = page.evaluate("history.length")
    page.click("a[href$='kontak/']")
    page.wait_for_url(site_url + "kontak/")
    page.click("a[href$='korban/']")
    page.wait_for_url(site_url + "korban/")
    assert page.evaluate("history.length") == before
