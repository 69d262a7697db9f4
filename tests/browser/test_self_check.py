"""The self-check gives the right result for a set of answers, in both languages, offline."""

from __future__ import annotations

import pytest

# (questions answered with their warning answer, expected result); the others get the safe one
CASES = [
    ((), "aman"),
    (("gaji-tinggi",), "waspada"),
    (("gaji-tinggi", "perjanjian-kerja", "disnaker"), "waspada"),
    (("visa",), "bahaya"),
    (("perusahaan-berizin",), "bahaya"),
    (("media-sosial", "paspor"), "bahaya"),
]
URL = {"id": "cek-tawaran/", "en": "en/cek-tawaran/"}


def answer(page, data, warnings: tuple[str, ...]) -> None:
    for question in data.questions:
        warn = question.id in warnings
        value = "yes" if warn == question.warning_if_yes else "no"
        page.check(f"fieldset[data-question={question.id}] input[value={value}]")
    page.click("form[data-cegah-self-check] button[data-cegah-check]")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("changed,expected", CASES)
def test_result_for_answers(visit, site_url, real_project, lang, changed, expected):
    data = real_project.content.self_check(lang)
    seen = visit(site_url + URL[lang])
    page = seen.page
    page.context.set_offline(True)  # once loaded, the check needs no network
    answer(page, data, changed)

    result = page.locator(".cegah-result")
    result.wait_for(state="visible")
    shown = [
        b.get_attribute("data-result")
        for b in page.locator("[data-result]").all()
        if b.is_visible()
    ]
    assert shown == [expected]
    assert page.locator(f"[data-result={expected}] .admonition-title").inner_text() == (
        data.results[expected].title
    )
    advice = [
        a.get_attribute("data-advice")
        for a in page.locator("[data-advice]").all()
        if a.is_visible()
    ]
    assert sorted(advice) == sorted(changed)
    # the next steps name whom to call, with working tel: links
    assert result.locator("a[href^='tel:']").count() >= 2
    assert page.evaluate("document.activeElement.id") == "hasil"  # focus moved to the result
    assert seen.console_errors() == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_unanswered_question_is_pointed_out(visit, site_url, real_project, lang):
    data = real_project.content.self_check(lang)
    seen = visit(site_url + URL[lang])
    page = seen.page
    first = data.questions[0]
    page.check(f"fieldset[data-question={first.id}] input[value=yes]")
    page.click("form[data-cegah-self-check] button[data-cegah-check]")
    assert page.locator(".cegah-unanswered").inner_text() == data.unanswered
    assert page.locator(".cegah-result").is_hidden()
    # focus goes to the first open question
    assert page.evaluate("document.activeElement.name") == f"q-{data.questions[1].id}"


def test_controls_are_labelled(visit, site_url, real_project):
    data = real_project.content.self_check("id")
    page = visit(site_url + URL["id"]).page
    for question in data.questions:
        group = page.get_by_role("group", name=question.text)
        assert group.get_by_role("radio", name=data.label_yes).count() == 1
        assert group.get_by_role("radio", name=data.label_no).count() == 1
    assert page.get_by_role("button", name=data.submit).count() == 1


def test_answers_do_not_come_back_with_back(visit, site_url, real_project):
    """A watched reader's answers are gone when someone presses Back to the page."""
    data = real_project.content.self_check("id")
    seen = visit(site_url + URL["id"])
    page = seen.page
    answer(page, data, (data.questions[0].id,))
    page.locator(".cegah-result").wait_for(state="visible")
    page.goto(site_url + "kontak/")
    page.go_back()
    page.wait_for_selector("form[data-cegah-self-check]")
    assert page.locator("form[data-cegah-self-check] input:checked").count() == 0
    assert page.locator(".cegah-result").is_hidden()
    assert page.get_attribute("form[data-cegah-self-check]", "autocomplete") == "off"
