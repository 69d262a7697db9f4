"""The print text engine (printing/text.py, tokens.py) on its own and on every real item:
no words split at line ends unless a layout allows it, protected tokens kept whole, headings
balanced, body leading for reading, bullets centred on the lowercase letters."""

from __future__ import annotations

import math

import pytest
from cegah.content.formats import kind_of
from cegah.content.schemas import PosterLayout
from cegah.printing.fonts import font
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.printing.text import balanced_wrap, measure, wrap
from cegah.printing.tokens import NBSP
from cegah.project import Project
from cegah.words import words

from tests.helpers import ROOT

PROJECT = Project(ROOT)
JOBS = plan_jobs(PROJECT)
# poster-like formats (the session's forms have no points; test_session_kit.py covers them)
FORMATS = sorted({j.item.format for j in JOBS if kind_of(j.item.format) != "form"})

PROTECTED = [
    "+62 812-9007-0027",
    "(021) 2968 1560",
    "0800-1000",
    "Rp5 miliar",
    "Rp2,5 juta",
    "UU 18/2017",
    "Law 21/2007",
    "Pasal 455",
    "Pasal 7 ayat (1)",
    "Article 4(1)",
    "https://cegah-tppo.github.io/cegah-tppo/kontak/",
]


@pytest.mark.parametrize("token", PROTECTED)
def test_a_protected_token_is_never_split(token):
    face = font(False, 60)
    before = "Hubungi segera kantor terdekat atau"
    for cut in range(4, len(token) + 1):  # a line that ends inside the token at every place
        # never narrower than the token itself (a word longer than a line is cut by characters)
        width = max(measure(face, f"{before} {token[:cut]}"), measure(face, token) + 1)
        lines = [line.replace(NBSP, " ") for line in wrap(f"{before} {token} hari ini", False, 60, width, "id")]
        assert any(token in line for line in lines), (cut, lines)


def test_words_are_not_split_by_default():
    face = font(False, 60)
    width = round(measure(face, "Jadwal keberang-")) + 2
    assert wrap("Jadwal keberangkatan", False, 60, width, "id") == ["Jadwal", "keberangkatan"]


def test_a_balanced_heading_leaves_no_word_alone():
    face = font(True, 80)
    text = "Kenali tanda perdagangan orang sebelum berangkat"
    width = math.ceil(measure(face, "Kenali tanda perdagangan orang sebelum")) + 1
    greedy = wrap(text, True, 80, width, "id")
    balanced = balanced_wrap(text, True, 80, width, "id")
    assert greedy[-1] == "berangkat" and len(balanced) == len(greedy) == 2
    assert len(balanced[-1].split()) >= 2
    lengths = [measure(face, line) for line in balanced]
    assert max(lengths) - min(lengths) < measure(face, greedy[0]) - measure(face, greedy[-1])


@pytest.mark.parametrize("fmt", FORMATS)
def test_body_text_leading_is_at_least_1_35(fmt):
    spec = load_layout(fmt)
    for name in ("point", "contact"):
        assert spec.styles[name].leading >= 1.35, (fmt, name)
        assert not spec.styles[name].hyphenate, (fmt, name)


@pytest.fixture(scope="module")
def laid_out():
    data = PrintData.load(PROJECT)
    return [(job, lay_out(PROJECT, job, data)) for job in JOBS]


def test_no_line_of_any_item_ends_with_a_split_word(laid_out):
    for job, item in laid_out:
        for sheet in item.sheets:
            for line in sheet.lines:
                style = load_layout(job.item.format).styles.get(line.style)
                if style is None or style.hyphenate:
                    continue
                assert not line.text.endswith("-"), (job.stem, line.text)
                # a list of numbers breaks before its dots, and "(gratis)" stays with its number
                assert not line.text.endswith("·"), (job.stem, line.text)
                free = f"({words(job.lang)['free']})"
                assert not line.text.startswith(free), (job.stem, line.text)
                for token in PROTECTED:  # a token that starts on a line ends on it
                    head = token.split()[0]
                    if line.text.replace(NBSP, " ").endswith(" " + head) and " " in token:
                        pytest.fail(f"{job.stem}: '{line.text}' ends inside '{token}'")


def test_bullets_and_pictograms_sit_on_the_middle_of_the_lowercase_letters(laid_out):
    checked = 0
    for job, item in laid_out:
        if not isinstance(load_layout(job.item.format), PosterLayout):
            continue
        sheet = item.sheets[0]
        points = [line for line in sheet.lines if line.field == "key_points"]
        marks = [(b.y, b.height) for b in sheet.boxes if b.colour == "accent"]
        marks += [(p.y, p.height) for p in sheet.images if "/icons/" in p.path]
        face = font(False, points[0].size_px, job.lang)
        _, top, _, bottom = face.getbbox("x", anchor="la")  # ink of a lowercase letter
        middle = points[0].y + (top + bottom) / 2
        mark_y, mark_h = min(marks, key=lambda m: abs(m[0] + m[1] / 2 - middle))
        assert abs(mark_y + mark_h / 2 - middle) <= 2, job.stem
        checked += 1
    assert checked >= 4


def test_the_title_ink_stays_inside_its_band(laid_out):
    """White title on a red band: a descender past the band's edge would vanish on white."""
    checked = 0
    for job, item in laid_out:
        sheet = item.sheets[0]
        bands = [b for b in sheet.boxes if b.colour == "band"]
        titles = [line for line in sheet.lines if line.field == "title"]
        if not bands or not titles:
            continue
        band = bands[0]
        for line in titles:
            ink = font(line.bold, line.size_px, line.lang).getbbox(line.text, anchor="la")
            assert line.y + ink[3] <= band.y + band.height, (job.stem, line.text)
        checked += 1
    assert checked >= 10
