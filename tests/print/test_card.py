"""The pocket card: 85 x 55 mm on both sides, the hero number readable at arm's length, and
an A4 sheet of ten with cut marks outside the cards."""

from __future__ import annotations

import pytest
from cegah.printing.fonts import font
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.printing.sheet import to_px
from cegah.project import Project
from PIL import Image
from pypdf import PdfReader

from tests.helpers import ROOT

MM_TO_PT = 72 / 25.4
PROJECT = Project(ROOT)
CARDS = [j for j in plan_jobs(PROJECT) if j.item.format == "card-pocket"]


def test_the_national_set_has_a_card_in_each_language():
    assert {j.lang for j in CARDS} == {"id", "en"}


@pytest.mark.parametrize("job", CARDS, ids=str)
def test_both_sides_are_85_by_55_mm(built_site, job):
    reader = PdfReader(built_site / job.output(built_site, "pdf").relative_to(built_site))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (85 * MM_TO_PT, 55 * MM_TO_PT), abs=0.01
        )


@pytest.mark.parametrize("job", CARDS, ids=str)
def test_the_hero_number_is_big_and_the_back_has_three_signs_with_pictograms(job):
    spec = load_layout(job.item.format)
    front, back = lay_out(PROJECT, job, PrintData.load(PROJECT)).sheets
    (hero,) = [line for line in front.lines if line.field == "hero"]
    _, top, _, bottom = font(True, hero.size_px, job.lang).getbbox("0", anchor="la")
    assert hero.text == "0800-1000" and bottom - top >= to_px(spec.hero_cap_min, spec)
    pictograms = [picture for picture in back.images if "/icons/" in picture.path]
    assert len(pictograms) == 3  # one per sign (the page's poster points name them)


@pytest.mark.parametrize("job", CARDS, ids=str)
def test_ten_cards_on_an_a4_sheet_with_cut_marks_outside_them(built_site, job):
    reader = PdfReader(built_site / job.output(built_site, "sheet-pdf").relative_to(built_site))
    assert len(reader.pages) == 2  # fronts, then backs (mirrored, for a long-edge flip)
    page = reader.pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (210 * MM_TO_PT, 297 * MM_TO_PT), abs=0.01
    )
    sheet = page.images[0].image.convert("RGB")
    with Image.open(built_site / job.output(built_site, "png-front").relative_to(built_site)) as front:
        card_w, card_h = front.size
        first = front.convert("RGB")
    gutter = round(load_layout(job.item.format).sheet.gutter * 300 / 25.4)
    assert gutter > 0  # cards apart: a cut a little off leaves no red sliver of the next card
    step_w, step_h = card_w + gutter, card_h + gutter
    left = (sheet.width - 2 * step_w + gutter) // 2
    top = (sheet.height - 5 * step_h + gutter) // 2
    # every slot holds the card: its band's colour at the same place; white between the cards
    band = first.getpixel((card_w // 2, 5))
    for row in range(5):
        for col in range(2):
            assert sheet.getpixel((left + col * step_w + card_w // 2, top + row * step_h + 5)) == band
    assert sheet.getpixel((left + card_w // 2, top + card_h + gutter // 2)) == (255, 255, 255)
    # cut marks: black in the margin in line with the card edges, never on the cards
    assert sheet.getpixel((left, top // 2)) == (0, 0, 0)
    assert sheet.getpixel((left // 2, top)) == (0, 0, 0)
    assert sheet.getpixel((left // 2, top + card_h)) == (0, 0, 0)  # both edges of a gutter
    assert sheet.getpixel((left // 2, top + step_h)) == (0, 0, 0)
    assert sheet.getpixel((left + 1, top + 1)) != (0, 0, 0)
