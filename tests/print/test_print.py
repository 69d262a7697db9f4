"""Every print item of the real campaigns: size, DPI, PDF pages, QR code, safe area, minimum
size, contrast; plus bleed, draft watermark, shaping and hyphenation."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from cegah.content.formats import FORMAT_KINDS, kind_of
from cegah.printing.fonts import font
from cegah.printing.items import PrintData, is_draft
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout, plan_job
from cegah.printing.sheet import to_px
from cegah.project import Project
from cegah.session.checks import SESSION_KINDS
from PIL import Image
from pypdf import PdfReader

from tests.helpers import ROOT

MM_TO_PT = 72 / 25.4
PROJECT = Project(ROOT)
# the session kit's slides and forms have their own tests (test_session_kit.py)
JOBS = [j for j in plan_jobs(PROJECT) if kind_of(j.item.format) not in SESSION_KINDS]
JOB_IDS = [f"{j.campaign_id}-{j.item.page}-{j.item.format}-{j.lang}" for j in JOBS]
EXPECTED_PX = {
    "poster-a4": (2480, 3508),
    "poster-a3": (3508, 4961),
    "trifold-a4": (3508, 2480),
    "share-square": (1080, 1080),
    "share-story": (1080, 1920),
    "card-pocket": (1004, 650),
}


@pytest.fixture(scope="module")
def data():
    return PrintData.load(PROJECT)


def test_campaigns_cover_every_format_and_four_kinds():
    assert {j.item.format for j in JOBS} == set(EXPECTED_PX)
    session = {f for f in FORMAT_KINDS if FORMAT_KINDS[f] in SESSION_KINDS}
    assert {j.item.format for j in plan_jobs(PROJECT)} == set(EXPECTED_PX) | session
    assert {"nasional", "desa-binaan-contoh", "whatsapp"} <= {j.campaign_id for j in JOBS}


@pytest.mark.parametrize("job", JOBS, ids=JOB_IDS)
def test_png_size_dpi_and_file_size(built_site, job):
    spec = load_layout(job.item.format)
    width, height = EXPECTED_PX[job.item.format]
    for output in job.outputs:
        if output.suffix != "png":
            continue
        path = built_site / output.relpath
        with Image.open(path) as image:  # office copies: the finished size, even for a shop
            assert image.size == (width, height), path
            assert image.info["dpi"] == pytest.approx((spec.page.dpi, spec.page.dpi), abs=0.01)
        if spec.max_file_kb:
            assert path.stat().st_size <= spec.max_file_kb * 1024, path


@pytest.mark.parametrize(
    "job",
    [j for j in JOBS if not kind_of(j.item.format) == "share"],
    ids=[i for i, j in zip(JOB_IDS, JOBS, strict=True) if not kind_of(j.item.format) == "share"],
)
def test_office_pdf_pages_are_the_finished_size(built_site, job):
    spec = load_layout(job.item.format)
    expected = (spec.page.width * MM_TO_PT, spec.page.height * MM_TO_PT)
    reader = PdfReader(built_site / job.output(built_site, "pdf").relative_to(built_site))
    assert len(reader.pages) == (2 if kind_of(job.item.format) in ("trifold", "card") else 1)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            expected, abs=0.01
        )


SHOP_JOBS = [j for j in JOBS if j.campaign.print_shop and kind_of(j.item.format) != "share"]


@pytest.mark.parametrize("job", SHOP_JOBS, ids=str)
def test_print_shop_pdf_has_trim_and_bleed_boxes_and_marks_outside_the_bleed(built_site, job):
    from cegah.printing.render import SLUG_MM

    spec = load_layout(job.item.format)
    (shop,) = [o for o in job.outputs if o.kind == "pdf-shop"]
    assert shop.relpath.endswith("-percetakan.pdf")
    assert any(o.kind == "pdf" for o in job.outputs)  # the office copy beside it
    reader = PdfReader(built_site / shop.relpath)
    margin = (spec.bleed_mm + SLUG_MM) * MM_TO_PT
    width, height = spec.page.width * MM_TO_PT, spec.page.height * MM_TO_PT
    bleed = spec.bleed_mm * MM_TO_PT
    for page in reader.pages:
        trim, bleed_box, media = page.trimbox, page.bleedbox, page.mediabox
        assert [float(v) for v in trim] == pytest.approx(
            [margin, margin, margin + width, margin + height], abs=0.01
        )
        assert [float(v) for v in bleed_box] == pytest.approx(
            [margin - bleed, margin - bleed, margin + width + bleed, margin + height + bleed],
            abs=0.01,
        )
        assert float(media.width) == pytest.approx(width + 2 * margin, abs=0.01)
    # the drawn page: marks in the slug, nothing dark inside the bleed; the band runs into it
    image = reader.pages[0].images[0].image
    if job.campaign.offset:  # CMYK: marks in registration (every plate), the band as specified
        mark, band = (255, 255, 255, 255), tuple(round(v * 2.55) for v in spec.cmyk["band"])
    else:
        image, mark, band = image.convert("RGB"), (0, 0, 0), (0xA3, 0x15, 0x15)
    px = spec.page.dpi / 25.4
    origin, bleed_px = round((spec.bleed_mm + SLUG_MM) * px), round(spec.bleed_mm * px)
    assert image.getpixel((origin, round(SLUG_MM * px / 2))) == mark  # crop mark, in slug
    for y in range(origin - bleed_px, origin):  # the mark stops before the bleed begins
        assert image.getpixel((origin, y)) != mark, y
    if kind_of(job.item.format) == "poster":
        assert image.getpixel((origin - bleed_px + 2, origin - bleed_px + 2)) == band


OFFSET_JOBS = [j for j in SHOP_JOBS if j.campaign.offset]


def test_an_example_campaign_prints_for_an_offset_press():
    assert OFFSET_JOBS, "no campaign asks for offset printing"


@pytest.mark.parametrize("job", OFFSET_JOBS, ids=str)
def test_offset_copy_is_cmyk_with_black_text_in_pure_k(built_site, job):
    from cegah.printing.render import SLUG_MM

    spec = load_layout(job.item.format)
    (shop,) = [o for o in job.outputs if o.kind == "pdf-shop"]
    reader = PdfReader(built_site / shop.relpath)
    assert reader.pages[0].images[0].image.mode == "CMYK"
    image = reader.pages[0].images[0].image
    origin = round((spec.bleed_mm + SLUG_MM) * spec.page.dpi / 25.4)
    sheet = plan_job(PROJECT, job)[0]
    black = [line for line in sheet.lines if line.colour == "text" and line.field == "contacts"]
    assert black
    checked = 0
    for line in black:
        box = (origin + line.x, origin + line.y, origin + line.x + 200, origin + line.y + line.size_px)
        for pixel in image.crop(box).getdata():
            if pixel[3] == 255:  # a pixel fully inside a letter: black ink only
                assert pixel[:3] == (0, 0, 0), (line.text, pixel)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("job", JOBS, ids=JOB_IDS)
def test_qr_code_decodes_to_the_page_in_the_same_language(built_site, job):
    first_png = next(o for o in job.outputs if o.suffix == "png")
    with Image.open(built_site / first_png.relpath) as image:
        found = [
            r.text
            for r in zxingcpp.read_barcodes(image)
            if r.format == zxingcpp.BarcodeFormat.QRCode
        ]
    if kind_of(job.item.format) == "share":  # nobody can scan the screen they are holding
        assert found == []
    elif kind_of(job.item.format) == "card":  # the back's QR code: every number
        with Image.open(built_site / job.output(built_site, "png-back").relative_to(built_site)) as back:
            found = [r.text for r in zxingcpp.read_barcodes(back)]
        assert found == [PROJECT.page_url(job.lang, "kontak")]
    else:
        assert found == [PROJECT.page_url(job.lang, job.item.page)]


@pytest.mark.parametrize("job", JOBS, ids=JOB_IDS)
def test_text_inside_safe_area_and_never_below_minimum(job, data):
    spec = load_layout(job.item.format)
    sheets = lay_out(PROJECT, job, data).sheets
    assert all(sheet.lines for sheet in sheets)
    for sheet in sheets:
        for line in sheet.lines:
            left, top, right, bottom = font(line.bold, line.size_px).getbbox(line.text, anchor="la")
            inside = [
                s
                for s in sheet.safe
                if s.x <= line.x + left
                and line.x + right <= s.x + s.width
                and s.y <= line.y + top
                and line.y + bottom <= s.y + s.height
            ]
            assert inside, (sheet.name, line)
            assert line.size_pt >= spec.styles[line.style].min, line


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("job", JOBS, ids=JOB_IDS)
def test_text_colours_meet_wcag_aa_against_what_is_behind_them(job, data):
    spec = load_layout(job.item.format)
    for sheet in lay_out(PROJECT, job, data).sheets:
        for line in sheet.lines:
            behind = spec.colours["background"]
            for box in sheet.boxes:  # the last box drawn under the line's start wins
                if box.x <= line.x < box.x + box.width and box.y <= line.y < box.y + box.height:
                    behind = spec.colours[box.colour]
            large = line.size_pt >= 18 or (line.bold and line.size_pt >= 14)
            assert contrast(spec.colours[line.colour], behind) >= (3 if large else 4.5), line


def test_unverified_office_contact_prints_draft_watermark(data):
    job = next(j for j in JOBS if j.campaign_id == "desa-binaan-contoh")
    assert job.campaign.office.verified is None and is_draft(PROJECT, job)
    assert all(
        sheet.draft_label == "KONSEP / DRAFT" for sheet in lay_out(PROJECT, job, data).sheets
    )


def test_the_example_site_address_marks_every_item_draft_until_an_office_sets_its_own(tmp_path):
    """The QR codes of a site still at the example address lead nowhere: every item is a draft,
    the national set too; with the office's own address, the national set is not."""
    assert PROJECT.site_url_is_example
    national = [j for j in JOBS if j.campaign_id == "nasional"]
    assert national and all(is_draft(PROJECT, job) for job in national)
    (tmp_path / "mkdocs.yml").write_text(
        (ROOT / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace(PROJECT.site_url, "https://tppo.imigrasi-contoh.go.id/"),
        encoding="utf-8",
    )
    own = Project(tmp_path)
    assert not own.site_url_is_example
    assert not any(is_draft(own, job) for job in national)


def test_draft_watermark_is_drawn(tmp_path):
    from cegah.printing.draw import draw_sheet
    from cegah.printing.sheet import Sheet

    spec = load_layout("share-square")
    plain = draw_sheet(Sheet(1080, 1080, 72, []), spec)
    marked = draw_sheet(Sheet(1080, 1080, 72, [], draft_label="KONSEP / DRAFT"), spec)
    centre = (540, 540)
    assert plain.getpixel(centre) == (255, 255, 255)
    assert marked.crop((440, 440, 640, 640)).getcolors(65536) != plain.crop(
        (440, 440, 640, 640)
    ).getcolors(65536)


ARABIC_POINTS = [
    "اد",
    "لا تدفع المال للوسيط",
]  # an Arabic fixture: two letters, and "do not pay the broker"


def _ink_runs(image: Image.Image, top: int, bottom: int) -> list[tuple[int, int]]:
    """(start, width) of the separate inked stretches of a band of rows, left to right."""
    band = image.convert("L").crop((0, top, image.width, bottom))
    columns = [
        band.crop((x, 0, x + 1, band.height)).getextrema()[0] < 128 for x in range(band.width)
    ]
    runs, start = [], None
    for x, inked in enumerate([*columns, False]):
        if inked and start is None:
            start = x
        elif not inked and start is not None:
            runs.append((start, x - start))
            start = None
    return runs


@pytest.fixture
def arabic(monkeypatch):
    """A language whose words file says `script: arabic` (the project ships none), for the
    print code that reads the script and hyphenation from the language's facts."""
    from cegah import words as words_module

    facts = words_module.language("id").model_copy(
        update={"name": "العربية", "script": "arabic", "hyphenation": None}
    )
    real = words_module.language
    fake = lambda lang: facts if lang == "ar" else real(lang)  # noqa: E731
    for module in ("cegah.printing.fonts", "cegah.printing.text"):
        monkeypatch.setattr(f"{module}.language", fake)
    font.cache_clear()


def test_arabic_fixture_is_shaped_and_laid_out_right_to_left(arabic):
    """Through the renderer's own layout and drawing: a language in Arabic script uses its
    font, joins its letters, is right-aligned, and reads right to left."""
    from cegah.printing.draw import draw_sheet
    from cegah.printing.fonts import missing_glyphs
    from cegah.printing.sheet import Box, Composer, Sheet

    spec = load_layout("poster-a4")
    sheet = Sheet(2480, 3508, 300, [Box(140, 140, 2200, 3000, "none")])
    Composer(spec, sheet, "ar").text(
        "key_points", ARABIC_POINTS, "point", 140, 140, 2200, 1500, bullet=True
    )
    first, *rest = sheet.lines
    face = font(False, first.size_px, "ar")

    # shaping: a joined word is narrower than its letters side by side
    word = "سلام"
    assert face.getlength(word, direction="rtl") < 0.9 * sum(
        face.getlength(ch, direction="rtl") for ch in word
    )
    # right-aligned: every line's ink ends at the same right edge, left of the bullet
    rights = {
        line.x + font(False, line.size_px, "ar").getbbox(line.text, anchor="la", direction="rtl")[2]
        for line in sheet.lines
    }
    assert len(rights) == 1 and rights.pop() <= 2340 - round(first.size_px * 0.9) + 1
    bullet = sheet.boxes[0]
    assert bullet.x + bullet.width == 2340

    image = draw_sheet(sheet, spec)
    # right to left: alef, the first letter, is the narrow stroke on the right
    runs = [
        r
        for r in _ink_runs(image, first.y, first.y + round(first.size_px * 1.2))
        if r[0] < bullet.x
    ]
    (_, dal), (_, alef) = runs
    assert alef < dal / 2
    # the Latin face cannot draw Arabic: outside an Arabic-script language it is refused
    assert missing_glyphs(ARABIC_POINTS[1], False, "id") and not missing_glyphs(
        ARABIC_POINTS[1], False, "ar"
    )
    assert rest


def test_indonesian_words_are_hyphenated_at_syllables(monkeypatch):
    from cegah import words as words_module
    from cegah.printing.text import measure, wrap

    # a language whose words file has no hyphenation dictionary ("hyphenation: null")
    plain = words_module.language("id").model_copy(update={"hyphenation": None})
    real = words_module.language
    for module in ("cegah.printing.fonts", "cegah.printing.text"):
        monkeypatch.setattr(
            f"{module}.language", lambda lang: plain if lang == "xx" else real(lang)
        )

    face = font(False, 60)
    width = measure(face, "Jadwal keberang-") + 2
    lines = wrap("Jadwal keberangkatan", False, 60, width, lang="id", hyphenate=True)
    assert lines == ["Jadwal keberang-", "katan"]
    # by default (print for readers with little schooling), words move to the next line whole
    assert wrap("Jadwal keberangkatan", False, 60, width, lang="id") == ["Jadwal", "keberangkatan"]
    # without a dictionary (or for web addresses) the word moves to the next line whole
    assert wrap("Jadwal keberangkatan", False, 60, width, "xx", True) == ["Jadwal", "keberangkatan"]
    assert not any(
        line.endswith("-")
        for line in wrap("Cek siskop2mi.bp2mi.go.id", False, 60, width, "id", True)
    )


def test_thumbnails_exist_for_every_item(built_site):
    for job in JOBS:
        with Image.open(built_site / job.thumbnail) as thumb:
            assert thumb.width <= 360


def test_same_inputs_give_same_bytes(tmp_path, data):
    from cegah.printing.render import draw_item

    job = next(j for j in JOBS if j.item.format == "trifold-a4")
    item = lay_out(PROJECT, job, data)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = draw_item(item, tmp_path / "a"), draw_item(item, tmp_path / "b")
    for name in ("pdf", "png-outside", "png-inside", "guide-pdf", "thumb"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert io.BytesIO((first / "pdf").read_bytes()).getvalue().startswith(b"%PDF")


def test_layout_sizes_are_consistent():
    for fmt, (width, height) in EXPECTED_PX.items():
        spec = load_layout(fmt)
        assert (to_px(spec.page.width, spec), to_px(spec.page.height, spec)) == (width, height)


def test_trifold_folding_guide_is_one_trim_size_page(built_site):
    for job in (j for j in JOBS if j.item.format == "trifold-a4"):
        spec = load_layout(job.item.format)
        reader = PdfReader(built_site / job.output(built_site, "guide-pdf").relative_to(built_site))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        expected = (spec.page.width * MM_TO_PT, spec.page.height * MM_TO_PT)
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_folding_guide_says_flip_on_the_short_edge_and_gives_panel_widths(lang):
    """Office printers flip on the long edge by default: the inside would print upside down."""
    from cegah.printing.trifold import layout_fold_guide
    from cegah.words import words

    labels = {k.removeprefix("guide."): v for k, v in words(lang).items() if k.startswith("guide.")}
    guide = layout_fold_guide(load_layout("trifold-a4"), labels)
    text = " ".join(line.text for line in guide.lines).replace("\u00a0", " ")
    assert {"id": "balik di sisi pendek", "en": "flip on the short edge"}[lang] in text
    assert text.count("97 mm") == 2 and text.count("100 mm") == 4


@pytest.mark.parametrize("job", JOBS, ids=JOB_IDS)
def test_phone_numbers_are_never_split_over_two_lines(job, data):
    from cegah.content import phones
    from cegah.site.blocks import emergency_contacts

    numbers = [phones.display(n) for c in emergency_contacts(data.contacts) for n in c.numbers()]
    for sheet in lay_out(PROJECT, job, data).sheets:
        lines = [
            line.text.replace("\u00a0", " ")
            for line in sheet.lines
            if line.field.endswith("contacts")
        ]
        for number in numbers:
            if number in " ".join(lines):
                assert any(number in line for line in lines), (job, number, lines)


def test_print_says_in_one_line_why_every_item_is_a_draft(capsys):
    from cegah.commands.cli import _example_address_note

    _example_address_note(PROJECT)
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("Catatan / note: site_url di mkdocs.yml masih alamat contoh")
