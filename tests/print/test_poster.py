"""Wall posters: the help box holds the hero and the other numbers grouped by where they are
dialled from, and is as tall as what it holds; the points sit centred above it; the issuing
office is named."""

from __future__ import annotations

import pytest
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.printing.sheet import to_px
from cegah.project import Project
from cegah.words import words

from tests.helpers import ROOT

PROJECT = Project(ROOT)
POSTERS = [j for j in plan_jobs(PROJECT) if j.item.format.startswith("poster-")]
BOX_FIELDS = ("help_title", "hero", "hero_caption", "contacts_group", "contacts")


@pytest.fixture(scope="module")
def posters():
    data = PrintData.load(PROJECT)
    return {job.stem: lay_out(PROJECT, job, data).sheets[0] for job in POSTERS}


@pytest.mark.parametrize("job", POSTERS, ids=str)
def test_other_numbers_are_grouped_by_where_they_are_dialled(posters, job):
    sheet, w = posters[job.stem], words(job.lang)
    fields = [(line.field, line.text) for line in sheet.lines]
    headings = [text for field, text in fields if field == "contacts_group"]
    assert headings == [w["print_group_home"], w["print_group_abroad"]]
    split = fields.index(("contacts_group", w["print_group_abroad"]))
    home = " ".join(t for f, t in fields[:split] if f == "contacts")
    abroad = " ".join(t for f, t in fields[split:] if f == "contacts")
    assert "110" in home and "+62" not in home
    assert "+62" in abroad and w["from_abroad"] not in abroad
    assert "0800-1000" not in home + abroad  # printed large once, not again in small type


@pytest.mark.parametrize("job", POSTERS, ids=str)
def test_the_help_box_is_as_tall_as_its_numbers_and_the_points_sit_centred(posters, job):
    sheet, spec = posters[job.stem], load_layout(job.item.format)
    (box,) = [b for b in sheet.boxes if b.colour == "box"]
    inside = [line for line in sheet.lines if line.field in BOX_FIELDS]
    top = min(line.y for line in inside)
    bottom = max(line.y + line.size_px for line in inside)
    pad = to_px(spec.gap, spec)
    assert box.y < top and bottom <= box.y + box.height
    assert box.y + box.height - bottom <= 2 * pad  # no empty band at the foot of the box
    assert box.height <= to_px(spec.contacts_height, spec)
    (qr,) = sheet.qr_codes
    assert box.y + box.height < qr.y
    points = [line for line in sheet.lines if line.field == "key_points"]
    (band,) = [b for b in sheet.boxes if b.colour == "band"]
    above = points[0].y - (band.y + band.height)
    below = box.y - (points[-1].y + points[-1].size_px)
    assert abs(above - below) <= 2 * pad, (above, below)


@pytest.mark.parametrize("job", [j for j in POSTERS if j.campaign.office], ids=str)
def test_the_issuing_office_is_named(posters, job):
    footer = posters[job.stem].text_of("footer")
    office = job.campaign.office
    assert f"{words(job.lang)['issued_by']}: {office.name[job.lang]}" in footer


@pytest.mark.parametrize("job", [j for j in POSTERS if j.campaign.logo], ids=str)
def test_an_svg_logo_is_drawn_in_its_own_colours_in_the_band(built_site, posters, job):
    from PIL import Image

    sheet = posters[job.stem]
    (logo,) = [i for i in sheet.images if i.path.endswith(job.campaign.logo)]
    (band,) = [b for b in sheet.boxes if b.colour == "band"]
    assert logo.y + logo.height <= band.y + band.height and logo.x > sheet.width // 2
    with Image.open(built_site / f"{job.stem}.png") as image:
        # the example logo is a white disc on the red band: white where the band is red
        disc = image.convert("RGB").getpixel(
            (logo.x + logo.width * 15 // 100, logo.y + logo.height // 2)
        )
        beside = image.convert("RGB").getpixel((logo.x - 20, logo.y + logo.height // 2))
    assert disc == (255, 255, 255) and beside == (0xA3, 0x15, 0x15)
