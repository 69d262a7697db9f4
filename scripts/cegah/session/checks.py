"""What the session kit refuses before drawing anything, with the line to fix: a character the
font cannot draw, a slide whose words do not fit at the least size a hall can read."""

from __future__ import annotations

import re

from cegah.errors import ContentError, relative
from cegah.printing.fonts import missing_glyphs
from cegah.printing.plan import PrintJob
from cegah.printing.sheet import FieldOverflow
from cegah.project import Project
from cegah.session.deck import DeckContent, deck_path, load_deck
from cegah.session.forms import FormContent

SESSION_KINDS = ("slides", "form")


def _texts(content: DeckContent | FormContent) -> list[tuple[int, str]]:
    """(slide or question index, text) of everything drawn."""
    if isinstance(content, DeckContent):
        found = []
        for index, slide in enumerate(content.slides):
            parts = [slide.heading, *slide.lines, *slide.steps, slide.address]
            parts += [p.text for p in slide.points]
            if slide.hero:
                parts += [slide.hero.number, slide.hero.caption]
            parts += [line for group in slide.groups for line in (group.heading, *group.lines)]
            found += [(index, part) for part in parts if part]
        return found
    found = []
    for index, q in enumerate(content.questions):
        found += [(index, q.text), (index, q.explain)] + [(index, t) for _, t in q.options]
    return found


def check_session_drawable(project: Project, job: PrintJob, content) -> None:
    """Refuse characters the committed fonts cannot draw (they would show as empty boxes)."""
    for index, text in _texts(content):
        missing = sorted(
            set(
                missing_glyphs(text, False, content.lang) + missing_glyphs(text, True, content.lang)
            )
        )
        if not missing:
            continue
        chars = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in missing)
        if isinstance(content, DeckContent):
            place = _deck_place(project, index)
        else:
            from cegah.content.quiz import quiz_path

            path = quiz_path(project, job.lang)
            doc = project.content.yaml(path)
            place = dict(
                file=doc.file, line=doc.line_of(("questions", index)), key=f"questions[{index}]"
            )
        raise ContentError.one(
            **place,
            problem_id=f"huruf {chars} tidak bisa dicetak dengan font ({job.item.format}, "
            f"bahasa {job.lang}): '{text}'.",
            problem_en=f"character {chars} cannot be drawn by the font ({job.item.format}, "
            f"language {job.lang}): '{text}'.",
            fix_id="hapus atau ganti karakter itu (misalnya emoji).",
            fix_en="remove or replace that character (an emoji, say).",
        )


def _deck_place(project: Project, index: int) -> dict:
    doc = project.content.yaml(deck_path(project))
    return dict(file=doc.file, line=doc.line_of(("slides", index)), key=f"slides[{index}]")


def deck_overflow(project: Project, job: PrintJob, exc: FieldOverflow) -> ContentError:
    """A slide's words too long even at the least size: name the slide, and the page they come
    from (the page's words are the ones to shorten)."""
    match = re.match(r"slides\[(\d+)\]", exc.field)
    index = int(match.group(1)) if match else 0
    spec = load_deck(project).slides[index]
    size = f"{exc.overflow.min_size:g} pt"
    cut = exc.overflow.excess_chars
    if spec.page:
        page = relative(project.page_path(job.lang, spec.page), project.root)
        part = "steps" if spec.kind == "steps" else spec.show
        what_id = f"kata-kata '{part}' di {page}"
        what_en = f"the '{part}' words of {page}"
    else:
        what_id = what_en = f"slides[{index}]"
    return ContentError.one(
        **_deck_place(project, index),
        problem_id=f"slide {index + 1} ({job.lang}) tidak muat walau huruf sudah {size}: "
        f"{what_id} terlalu panjang.",
        problem_en=f"slide {index + 1} ({job.lang}) does not fit even at {size}: {what_en} "
        "too long.",
        fix_id=f"persingkat sekitar {cut} karakter, atau pakai show: poster (kata-kata poster "
        "yang lebih pendek).",
        fix_en=f"cut about {cut} characters, or use show: poster (the shorter poster words).",
    )


def deck_problems(project: Project) -> list:
    """`cegah check`: the deck reads, and every page it names exists (in the default language)
    and has what the slide shows (a steps slide needs the page's `steps:`)."""
    from cegah.errors import Problem

    if not deck_path(project).is_file():
        return []
    try:
        deck = load_deck(project)
    except ContentError as exc:
        return exc.problems
    problems = []
    lang = project.default_language
    for index, slide in enumerate(deck.slides):
        if not slide.page:
            continue
        place = _deck_place(project, index)
        if not project.page_path(lang, slide.page).is_file():
            problems.append(
                Problem(
                    **{**place, "key": f"slides[{index}].page"},
                    problem_id=f"halaman '{slide.page}' tidak ada.",
                    problem_en=f"the page '{slide.page}' does not exist.",
                    fix_id=f"tulis nama halaman yang ada di docs/{lang}/, tanpa .md.",
                    fix_en=f"name a page that exists in docs/{lang}/, without .md.",
                )
            )
        elif slide.kind == "steps" and not project.content.page(lang, slide.page).meta.steps:
            problems.append(
                Problem(
                    **{**place, "key": f"slides[{index}].page"},
                    problem_id=f"halaman '{slide.page}' tidak punya steps: untuk slide langkah.",
                    problem_en=f"the page '{slide.page}' has no steps: for a steps slide.",
                    fix_id="tambahkan steps: di bagian atas halaman itu, atau pilih halaman lain.",
                    fix_en="add steps: to that page's front matter, or choose another page.",
                )
            )
    return problems
