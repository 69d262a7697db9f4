"""The pamphlet as a story: the cover (headline, a pictogram, the hero number), the flap (what
TPPO is, a story), inside (signs with pictograms, five numbered steps, what to do), the back
(every number grouped at 14 pt bold or more, a write-in box, the issuer); no text on two
panels; the fold guide's arrows."""

from __future__ import annotations

import pytest
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.printing.sheet import Box
from cegah.printing.trifold import layout_fold_guide
from cegah.project import Project
from cegah.words import words

from tests.helpers import ROOT

PROJECT = Project(ROOT)
TRIFOLDS = [j for j in plan_jobs(PROJECT) if j.item.format == "trifold-a4"]


@pytest.mark.parametrize("job", TRIFOLDS, ids=str)
def test_cover_hero_back_hotlines_and_write_in_box(job):
    outside = lay_out(PROJECT, job, PrintData.load(PROJECT)).sheets[0]
    cover_x = outside.safe[2].x
    (hero,) = [line for line in outside.lines if line.field == "hero"]
    assert hero.text == "0800-1000" and hero.x >= cover_x and hero.size_pt >= 34
    hotlines = [line for line in outside.lines if line.field == "contacts"]
    assert hotlines and all(line.size_pt >= 14 and line.bold for line in hotlines)
    label = words(job.lang)["write_in"]
    assert outside.text_of("write_in") == label
    back = outside.safe[1]
    (label_line,) = [line for line in outside.lines if line.field == "write_in"]
    rules = [b for b in outside.boxes if b.colour == "text" and b.y > label_line.y]
    assert rules and back.x <= rules[0].x and rules[0].x + rules[0].width <= back.x + back.width


@pytest.fixture(scope="module")
def pamphlets():
    data = PrintData.load(PROJECT)
    return {job.stem: lay_out(PROJECT, job, data).sheets for job in TRIFOLDS}


def _page(job, slug):
    return PROJECT.content.page(job.lang, slug).meta


def _inside(box, sheet_box) -> bool:
    return (
        sheet_box.x <= box.x
        and box.x + box.width <= sheet_box.x + sheet_box.width
        and sheet_box.y <= box.y
        and box.y + box.height <= sheet_box.y + sheet_box.height
    )


@pytest.mark.parametrize("job", TRIFOLDS, ids=str)
def test_the_flap_says_what_tppo_is_and_tells_a_story(pamphlets, job):
    outside = pamphlets[job.stem][0]
    meta = _page(job, job.item.flap)
    assert outside.text_of("flap.heading") == meta.pamphlet.heading
    assert len(meta.pamphlet.lines) == 3
    assert outside.text_of("flap.lines") == " ".join(meta.pamphlet.lines)
    assert outside.text_of("flap.story") == meta.story.text
    assert outside.text_of("flap.story_note") == words(job.lang)["story_note"]
    flap = outside.safe[0]
    for line in outside.lines:
        if line.field.startswith("flap."):
            assert flap.x <= line.x and line.y + line.size_px <= flap.y + flap.height, line
    # the story and the penalties sit in tinted boxes as tall as their text, inside the panel
    story_lines = [line for line in outside.lines if line.field.startswith("flap.story")]
    boxes = [b for b in outside.boxes if b.colour == "box" and b.x < flap.x + flap.width]
    (story_box,) = [b for b in boxes if b.y <= story_lines[0].y < b.y + b.height]
    last = story_lines[-1]
    assert 0 <= story_box.y + story_box.height - (last.y + last.size_px) <= 3 * last.size_px


@pytest.mark.parametrize("job", TRIFOLDS, ids=str)
def test_inside_signs_with_pictograms_five_numbered_steps_and_what_to_do(pamphlets, job):
    inside = pamphlets[job.stem][1]
    signs, steps_page, help_page = (_page(job, slug) for slug in job.item.inside)
    assert inside.text_of("inside1.points") == " ".join(p.text for p in signs.pamphlet.points)
    first = inside.safe[0]
    pictograms = [i for i in inside.images if _inside(i, first)]
    assert len(pictograms) == sum(1 for p in signs.pamphlet.points if p.icon) >= 4
    assert len(steps_page.steps) == 5
    numbers = [line for line in inside.lines if line.field == "inside2.steps.number"]
    assert [line.text for line in numbers] == ["1", "2", "3", "4", "5"]
    circles = [b for b in inside.boxes if b.shape == "circle"]
    for number, circle in zip(numbers, circles, strict=True):  # each number in its circle
        assert _inside(
            Box(number.x, number.y, 1, 1, "none"),
            Box(circle.x, circle.y - circle.height, circle.width, 3 * circle.height, "none"),
        )
    titles = [line.text for line in inside.lines if line.style == "step_title"]
    assert " ".join(titles) == " ".join(step.title for step in steps_page.steps)
    assert inside.text_of("inside3.points") == " ".join(p.text for p in help_page.pamphlet.points)


@pytest.mark.parametrize("job", TRIFOLDS, ids=str)
def test_no_text_is_printed_on_two_panels(pamphlets, job):
    """Sentence by sentence, as printed: no panel repeats another's."""
    by_panel = {}
    for sheet in pamphlets[job.stem]:
        for line in sheet.lines:
            panel, _, part = line.field.partition(".")
            if part in ("lines", "points", "steps"):
                by_panel.setdefault(panel, []).append(line.text)
    sentences = [
        {s.strip(" .").casefold() for s in " ".join(texts).split(". ") if s.strip(" .")}
        for texts in by_panel.values()
    ]
    assert len(sentences) == 4
    for index, said in enumerate(sentences):
        for other in sentences[index + 1 :]:
            assert not said & other


@pytest.mark.parametrize("job", TRIFOLDS, ids=str)
def test_the_back_groups_numbers_and_the_cover_has_a_picture(pamphlets, job):
    outside = pamphlets[job.stem][0]
    w = words(job.lang)
    headings = [line.text for line in outside.lines if line.field == "contacts_group"]
    assert headings == [w["print_group_home"], w["print_group_abroad"]]
    abroad = outside.lines.index(
        next(line for line in outside.lines if line.text == w["print_group_abroad"])
    )
    after = " ".join(line.text for line in outside.lines[abroad:] if line.field == "contacts")
    assert "+62" in after and w["from_abroad"] not in after  # the heading says it once
    assert "0800-1000" in outside.text_of("contacts")  # every number on the back, hero too
    cover = outside.safe[2]
    (picture,) = [i for i in outside.images if "/icons/" in i.path]
    assert _inside(picture, cover)
    (url,) = [line for line in outside.lines if line.field == "url"]
    assert url.text == PROJECT.page_url(job.lang, job.item.page)  # on one line, whole
    if job.campaign.office:
        assert job.campaign.office.name[job.lang] in outside.text_of("issuer")


def test_the_fold_guide_shows_both_folds_with_arrows_and_panel_widths():
    spec = load_layout("trifold-a4")
    labels = {k.removeprefix("guide."): v for k, v in words("id").items() if k.startswith("guide.")}
    guide = layout_fold_guide(spec, labels)
    arrows = [b for b in guide.boxes if b.shape.startswith("arrow-")]
    assert sorted(b.shape for b in arrows) == ["arrow-left", "arrow-right"]
    inside_folds = sorted(x for x, top, _ in guide.folds if top > 0)
    for arrow in arrows:  # each arrow lies across a fold of the inside
        assert any(arrow.x < x < arrow.x + arrow.width for x in inside_folds)
    assert guide.text_of("guide.fold1").startswith("1.")
    text = " ".join(line.text for line in guide.lines)
    assert "97 mm" in text and "100 mm" in text
    assert "Cetak bolak-balik, balik di sisi pendek" in text
    assert "Cetak 100%" in text and "Halaman 1 adalah sisi luar" in text
