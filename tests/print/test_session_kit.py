"""The session kit: the slides (PowerPoint and drawn PDF/PNG from one deck description) and the
quiz forms, checked in the built files and in the laid-out geometry."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
import zxingcpp
from cegah.content.quiz import load_quiz
from cegah.errors import ContentError
from cegah.printing import render
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.project import Project
from cegah.session.deck import load_deck
from PIL import Image
from pptx import Presentation
from pptx.util import Pt
from pypdf import PdfReader

from tests.helpers import ROOT, edit
from tests.helpers import page as built_page

MM_TO_PT = 72 / 25.4
PROJECT = Project(ROOT)
SESSION = [j for j in plan_jobs(PROJECT, campaign="sesi-desa")]
DECKS = [j for j in SESSION if j.item.format == "slides"]
FORMS = [j for j in SESSION if j.item.format.startswith("quiz-")]
KINDS = ["title", "page", "page", "steps", "page", "hotlines", "quiz", "close"]


def _pptx(site, job) -> Presentation:
    return Presentation(str(job.output(site, "pptx")))


def _slide_texts(slide) -> str:
    return " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_the_example_session_has_the_kit_in_both_languages():
    assert {(j.item.format, j.lang) for j in SESSION if j.item.format != "card-pocket"} == {
        (f, lang)
        for f in ("slides", "quiz-sheet", "quiz-key", "quiz-tally")
        for lang in ("id", "en")
    }


def test_the_deck_runs_about_45_minutes_in_the_order_the_issue_asks():
    deck = load_deck(PROJECT)
    assert [s.kind for s in deck.slides] == KINDS
    assert 40 <= sum(s.minutes for s in deck.slides) <= 50


@pytest.mark.parametrize("job", DECKS, ids=str)
def test_pptx_and_pdf_have_every_slide_in_order_16_9_with_notes(built_site, job):
    laid = lay_out(PROJECT, job, PrintData.load(PROJECT))
    deck = _pptx(built_site, job)
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 13.333 x 7.5 in
    assert len(deck.slides) == len(KINDS) == len(laid.slides)
    for slide, drawn in zip(deck.slides, laid.slides, strict=True):
        notes = slide.notes_slide.notes_text_frame.text
        assert notes and notes == drawn.notes
        heading = next(b for b in drawn.blocks if b.field.endswith(".heading"))
        assert _flat(heading.paragraphs[0]) in _flat(_slide_texts(slide))
    pdf = PdfReader(job.output(built_site, "pdf"))
    assert len(pdf.pages) == len(KINDS)
    assert float(pdf.pages[0].mediabox.width) == pytest.approx(960, abs=0.1)
    assert float(pdf.pages[0].mediabox.height) == pytest.approx(540, abs=0.1)
    for number in range(1, len(KINDS) + 1):
        with Image.open(job.output(built_site, f"png-{number:02d}")) as png:
            assert png.size == (1920, 1080)


@pytest.mark.parametrize("job", DECKS, ids=str)
def test_no_text_under_28_pt_in_the_drawn_slides_or_the_pptx(built_site, job):
    spec = load_layout("slides")
    assert spec.min_text_pt == 28
    laid = lay_out(PROJECT, job, PrintData.load(PROJECT))
    sizes = [line.size_pt for sheet in laid.sheets for line in sheet.lines]
    assert sizes and min(sizes) >= 28
    runs = [
        run
        for slide in _pptx(built_site, job).slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    ]
    assert runs and min(run.font.size for run in runs) >= Pt(28)


@pytest.mark.parametrize("job", DECKS, ids=str)
def test_slides_show_the_pages_words_and_the_notes_carry_the_articles(built_site, job):
    deck = _pptx(built_site, job)
    signs = PROJECT.content.page(job.lang, "tanda-tanda").meta
    steps = PROJECT.content.page(job.lang, "bekerja-resmi").meta.steps
    texts = _flat(_slide_texts(deck.slides[2]))
    assert all(_flat(p.text) in texts for p in signs.poster.points)
    notes = _flat(deck.slides[2].notes_slide.notes_text_frame.text)
    assert all(_flat(k) in notes for k in signs.key_points)
    assert all(_flat(p.text) in notes for p in signs.pamphlet.points)
    steps_slide = _flat(_slide_texts(deck.slides[3]))
    assert all(_flat(s.title) in steps_slide for s in steps)
    assert all(
        _flat(s.text) in _flat(deck.slides[3].notes_slide.notes_text_frame.text) for s in steps
    )
    # the signs are shown with the print studio's pictograms
    assert sum(shape.shape_type == 13 for shape in deck.slides[2].shapes) >= len(
        signs.poster.points
    )


@pytest.mark.parametrize("job", DECKS, ids=str)
def test_the_hotlines_slide_has_the_hero_number_and_the_close_slide_a_working_qr(built_site, job):
    hotlines = _flat(_slide_texts(_pptx(built_site, job).slides[5]))
    assert "0800-1000" in hotlines and "SAPA 129" in hotlines
    with Image.open(job.output(built_site, "png-08")) as png:
        found = zxingcpp.read_barcodes(png)
    assert [code.text for code in found] == [PROJECT.page_url(job.lang, "")]


def test_one_edit_to_a_page_reaches_the_slide_and_its_notes(project_copy):
    page = project_copy.root / "docs/id/tanda-tanda.md"
    edit(page, "Gaji besar tanpa keahlian? Itu tanda bahaya.", "Gaji tinggi tanpa syarat? Curigai.")
    edit(
        page,
        "Jangan serahkan paspor Anda kepada calo, agen atau majikan.",
        "Paspor Anda hanya untuk Anda sendiri.",
    )
    job = next(
        j
        for j in plan_jobs(project_copy, campaign="sesi-desa", lang="id")
        if j.item.format == "slides"
    )
    laid = lay_out(project_copy, job, PrintData.load(project_copy))
    shown = _flat(" ".join(" ".join(b.paragraphs) for b in laid.slides[2].blocks))
    assert "Gaji tinggi tanpa syarat? Curigai." in shown and "Gaji besar" not in shown
    assert "Paspor Anda hanya untuk Anda sendiri." in laid.slides[2].notes


def test_a_slide_too_full_names_the_deck_line_and_the_page():
    """Words that do not fit at 28 pt: the error names the deck's slide and the page."""
    job = next(j for j in DECKS if j.lang == "id")
    data = PrintData.load(PROJECT)
    content = render.item_content(PROJECT, job, data)
    slide = content.slides[1]
    longer = dataclasses.replace(slide, lines=slide.lines * 3)
    content = dataclasses.replace(content, slides=(content.slides[0], longer, *content.slides[2:]))
    with pytest.raises(ContentError) as caught:
        render.lay_out(PROJECT, job, data, render.Prepared(job, content, "key"))
    problem = caught.value.problems[0]
    assert (problem.file, problem.key) == ("docs/data/deck.yml", "slides[1]")
    assert problem.problem_en == (
        "slide 2 (id) does not fit even at 28 pt: the 'pamphlet' words of docs/id/index.md too long."
    )
    assert problem.line == 21


@pytest.mark.parametrize("job", FORMS, ids=str)
def test_forms_are_a4_with_type_of_12_pt_or_more(built_site, job):
    for page in PdfReader(job.output(built_site, "pdf")).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (210 * MM_TO_PT, 297 * MM_TO_PT), abs=0.05
        )
    sheets = lay_out(PROJECT, job, PrintData.load(PROJECT)).sheets
    sizes = [line.size_pt for sheet in sheets for line in sheet.lines]
    assert sizes and min(sizes) >= load_layout(job.item.format).min_text_pt == 12
    for sheet in sheets:  # nothing outside the page's margins
        for line in sheet.lines:
            assert 0 < line.x and line.y + line.size_px < sheet.height


def _form_text(job) -> str:
    sheets = lay_out(PROJECT, job, PrintData.load(PROJECT)).sheets
    return _flat(" ".join(line.text for sheet in sheets for line in sheet.lines))


@pytest.mark.parametrize("job", [j for j in FORMS if j.item.format == "quiz-sheet"], ids=str)
def test_the_participant_sheet_has_every_question_and_option_and_no_name_field(job):
    text = _form_text(job)
    for question in load_quiz(PROJECT, job.lang).questions:
        assert _flat(question.text) in text
        assert all(_flat(option) in text for option in question.options.values())
    code, before, after = (
        ("Kode peserta:", "Sebelum", "Sesudah")
        if job.lang == "id"
        else ("Participant code:", "Before", "After")
    )
    assert code in text and before in text and after in text
    assert "Nama:" not in text and "Name:" not in text


@pytest.mark.parametrize("job", [j for j in FORMS if j.item.format == "quiz-key"], ids=str)
def test_the_answer_key_gives_each_answer_and_its_explanation(job):
    text = _form_text(job)
    for question in load_quiz(PROJECT, job.lang).questions:
        assert _flat(f"{question.answer}. {question.options[question.answer]}") in text
        assert _flat(question.explain) in text


@pytest.mark.parametrize("job", [j for j in FORMS if j.item.format == "quiz-tally"], ids=str)
def test_the_tally_sheet_and_its_empty_results_file_fit_cegah_evaluate(built_site, job):
    count = len(load_quiz(PROJECT, job.lang).questions)
    sheets = lay_out(PROJECT, job, PrintData.load(PROJECT)).sheets
    heads = [line.text for line in sheets[0].lines if line.field.startswith("tally.head.")]
    assert heads[2:] == [str(n) for n in range(1, count + 1)]
    data = job.output(built_site, "csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["peserta", "tahap", *(str(n) for n in range(1, count + 1))]]
    assert job.output(built_site, "csv").name in _form_text(job)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_officers_page_links_every_file_of_the_kit(built_site, lang):
    html = built_page(built_site, lang, "petugas")
    for job in (j for j in SESSION if j.lang == lang):
        for output in job.outputs:
            assert output.relpath.rsplit("/", 1)[-1] in html, output.relpath
    # the kit's own list, not every campaign's
    assert "whatsapp/" not in html.split('id="paket-sesi"', 1)[1]
