"""The hero number on posters and share images: large enough to read across a village hall
(from the laid-out geometry, and by OCR of a poster scaled to what a person sees from 3 m),
share images short and free of QR codes, a story's bars kept clear."""

from __future__ import annotations

import pytest
from cegah.content.formats import kind_of
from cegah.printing.fonts import font
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.printing.sheet import to_px
from cegah.project import Project
from cegah.words import words
from PIL import Image, ImageFilter

from tests.helpers import ROOT, ocr

PROJECT = Project(ROOT)
HERO_JOBS = [j for j in plan_jobs(PROJECT) if kind_of(j.item.format) in ("poster", "share")]
IDS = [f"{j.campaign_id}-{j.item.page}-{j.item.format}-{j.lang}" for j in HERO_JOBS]


@pytest.fixture(scope="module")
def laid_out():
    data = PrintData.load(PROJECT)
    return {job.stem: lay_out(PROJECT, job, data) for job in HERO_JOBS}


def _hero_line(item):
    (line,) = [line for line in item.sheets[0].lines if line.field == "hero"]
    return line


@pytest.mark.parametrize("job", HERO_JOBS, ids=IDS)
def test_the_hero_number_is_large_enough_for_its_distance(laid_out, job):
    spec = load_layout(job.item.format)
    line = _hero_line(laid_out[job.stem])
    assert line.text == "0800-1000"  # contacts.yml marks KP2MI's free line as the hero
    face = font(line.bold, line.size_px, job.lang)
    _, top, _, bottom = face.getbbox("0", anchor="la")  # a digit's ink is a capital's height
    assert bottom - top >= to_px(spec.hero_cap_min, spec), (job.stem, bottom - top)


@pytest.mark.parametrize("job", [j for j in HERO_JOBS if j.item.format == "poster-a4"], ids=str)
def test_the_hero_number_reads_from_three_metres(built_site, laid_out, job):
    """A person with normal sight resolves about 1 arc minute: at 3 m, about 0.9 mm. The poster
    shrunk to one pixel per 0.9 mm (then blown up again, blurred) must still read where the
    hero line is."""
    line = _hero_line(laid_out[job.stem])
    with Image.open(built_site / f"{job.stem}.png") as image:
        scale = (210 / 0.9) / image.width  # A4 width in what the eye resolves
        far = image.convert("L").resize(
            (round(image.width * scale), round(image.height * scale)), Image.LANCZOS
        )
    top, bottom = line.y * scale, (line.y + line.size_px * 1.2) * scale
    strip = far.crop((0, int(top), far.width, int(bottom) + 1))
    seen = strip.resize((strip.width * 6, strip.height * 6), Image.BICUBIC)
    seen = seen.filter(ImageFilter.GaussianBlur(2))
    assert far.width == 233 and strip.height <= 40  # really this coarse: the line is about 30 px tall
    assert "0800-1000" in ocr(seen, psm=7).replace(" ", "")


@pytest.mark.parametrize("job", [j for j in HERO_JOBS if kind_of(j.item.format) == "share"], ids=str)
def test_share_images_are_short_and_have_no_qr_code(laid_out, job):
    item = laid_out[job.stem]
    words = sum(
        len(line.text.split())
        for line in item.sheets[0].lines
        if line.field not in ("footer", "url")  # small print: the review date, the address
    )
    assert words <= 25 + len(item.content.tagline.split()), (job.stem, words)
    assert item.sheets[0].qr_codes == []


@pytest.mark.parametrize("job", [j for j in HERO_JOBS if j.item.format == "share-story"], ids=str)
def test_a_story_keeps_its_bars_clear(laid_out, job):
    for line in laid_out[job.stem].sheets[0].lines:
        assert 250 <= line.y and line.y + line.size_px * 1.3 <= 1920 - 250, (line.field, line.y)


@pytest.mark.parametrize("job", [j for j in HERO_JOBS if kind_of(j.item.format) == "share"], ids=str)
def test_every_share_image_comes_with_its_message(built_site, job):
    """Numbers in an image cannot be tapped: the message beside it gives them as text."""
    (message,) = [o for o in job.outputs if o.kind == "message"]
    text = (built_site / message.relpath).read_text(encoding="utf-8")
    assert PROJECT.page_url(job.lang, job.item.page) in text
    assert "0800-1000" in text and "110" in text
    assert "\u00a0" not in text
    w = words(job.lang)  # the other numbers grouped as on the posters, each group named
    home, abroad = text.index(w["print_group_home"]), text.index(w["print_group_abroad"])
    assert home < text.index("110") < abroad < text.index("+62")
    # and the print page shows it, ready to copy
    page = built_site / ("" if job.lang == "id" else f"{job.lang}/") / "materi-cetak" / "index.html"
    html = page.read_text(encoding="utf-8")
    box = "cegah-message-" + job.stem.replace("/", "-")
    assert f'<textarea id="{box}" class="cegah-message" rows="7" readonly>' in html
    assert f'data-cegah-copy="{box}"' in html


@pytest.mark.parametrize("job", [j for j in HERO_JOBS if j.item.format == "poster-a4"], ids=str)
def test_free_numbers_say_they_are_free(laid_out, job):
    from cegah.content import phones
    from cegah.site.blocks import emergency_contacts
    from cegah.words import words

    free = words(job.lang)["free"]
    printed = " ".join(laid_out[job.stem].content.contacts).replace("\u00a0", " ")
    hero = laid_out[job.stem].content.hero.number
    checked = 0
    for contact in emergency_contacts(PrintData.load(PROJECT).contacts):
        for phone in contact.phones:
            shown = phones.display(phone.number)
            if phone.free and not phone.from_abroad and shown != hero:
                assert f"{shown} ({free})" in printed, shown
                checked += 1
    assert checked >= 1  # 110 at least
