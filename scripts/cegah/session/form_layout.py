"""Lay out the session's forms on A4 pages; nothing is drawn here.

Each question (or tally row) is a `Fragment` laid out at (0, 0) to learn its height, then
placed; one that does not fit below the previous starts the next page, whose header repeats
what keeps loose pages together (the participant's code box). Type is never shrunk: the
layout's sizes are its minimums (12 pt), for a photocopy of a photocopy.
"""

from __future__ import annotations

from cegah.content.schemas import FormLayout
from cegah.printing.fragment import Fragment
from cegah.printing.sheet import Box, Sheet, to_px
from cegah.session.forms import FormContent, FormQuestion
from cegah.session.words import session_words


def layout_form(content: FormContent, spec: FormLayout) -> list[Sheet]:
    return {"sheet": _participant_sheet, "key": _answer_key, "tally": _tally}[content.form](
        content, spec
    )


class _Pages:
    """A4 pages filled from the top; `add` places a fragment, starting a page when needed."""

    def __init__(self, content: FormContent, spec: FormLayout, header):
        self.content, self.spec, self.header = content, spec, header
        self.width, self.height = to_px(spec.page.width, spec), to_px(spec.page.height, spec)
        self.margin = to_px(spec.margin, spec)
        self.inner = self.width - 2 * self.margin
        self.gap = to_px(spec.gap, spec)
        self.bottom = self.height - self.margin - self.mm(10)  # above the footer
        self.sheets: list[Sheet] = []
        self.new_page()

    def mm(self, length: float) -> int:
        return to_px(length, self.spec)

    def new_page(self) -> None:
        safe = Box(self.margin, self.margin, self.inner, self.height - 2 * self.margin, "")
        sheet = Sheet(
            self.width,
            self.height,
            self.spec.page.dpi,
            [safe],
            draft_label=self.content.draft_label,
        )
        self.sheets.append(sheet)
        frag, height = self.header(self, len(self.sheets) > 1)
        frag.place(sheet, self.margin, self.margin)
        self.y = self.margin + height + self.gap * 2

    def add(self, frag: Fragment, height: int) -> None:
        if self.y + height > self.bottom:
            self.new_page()
        frag.place(self.sheets[-1], self.margin, self.y)
        self.y += height + self.gap * 2

    def fragment(self) -> Fragment:
        return Fragment(self.spec, self.content.lang)

    def finish(self) -> list[Sheet]:
        words = session_words(self.content.lang)
        for number, sheet in enumerate(self.sheets, start=1):
            frag = self.fragment()
            parts = [
                self.content.notice,
                self.content.footer,
                self.content.title,
                words["page_of"].format(page=number, pages=len(self.sheets)),
            ]
            frag.text("footer", " · ".join(p for p in parts if p), "footer", 0, 0, self.inner)
            frag.place(sheet, self.margin, self.height - self.margin - self.mm(7))
        return self.sheets


def _title(pages: _Pages, frag: Fragment, more: bool) -> int:
    c = pages.content
    title = f"{c.title} {session_words(c.lang)['continued']}" if more else c.title
    y = frag.text("title", title, "title", 0, 0, pages.inner)
    for line in c.session if not more else ():
        y = frag.text("session", line, "body", 0, y, pages.inner)
    return y


def _code_row(pages: _Pages, frag: Fragment, y: int) -> int:
    """The participant code box and the Before / After boxes to tick, on one row."""
    w = session_words(pages.content.lang)
    box_h, tick = pages.mm(12), pages.mm(6)
    label_end = frag.text("code_label", w["code_label"], "strong", 0, y + pages.mm(3), pages.mm(40))
    del label_end
    frag.frame(pages.mm(38), y, pages.mm(45), box_h)
    x = pages.mm(92)
    frag.text("phase_label", w["phase_label"], "strong", x, y + pages.mm(3), pages.mm(32))
    x += pages.mm(32)
    for name in ("before", "after"):
        frag.frame(x, y + pages.mm(3), tick, tick)
        frag.text(
            f"phase.{name}",
            w[name],
            "strong",
            x + tick + pages.mm(2),
            y + pages.mm(3),
            pages.mm(26),
        )
        x += pages.mm(28)
    return y + box_h + pages.gap


def _sheet_header(pages: _Pages, more: bool) -> tuple[Fragment, int]:
    frag = pages.fragment()
    w = session_words(pages.content.lang)
    y = _title(pages, frag, more) + pages.gap
    y = _code_row(pages, frag, y)
    if not more:
        y = frag.text("code_hint", w["code_hint"], "body", 0, y, pages.inner)
        y = frag.text("circle_hint", w["circle_hint"], "strong", 0, y + pages.gap, pages.inner)
    return frag, y


def _question(pages: _Pages, q: FormQuestion, with_answer: bool) -> tuple[Fragment, int]:
    frag = pages.fragment()
    indent = pages.mm(8)
    frag.text(f"q{q.number}.number", f"{q.number}.", "question", 0, 0, indent)
    y = frag.text(f"q{q.number}.text", q.text, "question", indent, 0, pages.inner - indent)
    for letter, text in q.options:
        if with_answer and letter != q.answer:
            continue
        if with_answer:
            w = session_words(pages.content.lang)
            text = f"{w['answer']}: {letter}. {text}"
            y = frag.text(f"q{q.number}.answer", text, "strong", indent, y, pages.inner - indent)
            continue
        frag.text(f"q{q.number}.letter", letter, "strong", indent + pages.mm(2), y, pages.mm(8))
        y = frag.text(
            f"q{q.number}.option.{letter}",
            text,
            "option",
            indent + pages.mm(10),
            y,
            pages.inner - indent - pages.mm(10),
        )
    if with_answer:
        w = session_words(pages.content.lang)
        y = frag.text(f"q{q.number}.explain", q.explain, "body", indent, y, pages.inner - indent)
        y = frag.text(
            f"q{q.number}.page",
            f"{w['taught_on']}: {q.page_title}",
            "body",
            indent,
            y,
            pages.inner - indent,
        )
    return frag, y


def _participant_sheet(content: FormContent, spec: FormLayout) -> list[Sheet]:
    pages = _Pages(content, spec, _sheet_header)
    for question in content.questions:
        pages.add(*_question(pages, question, with_answer=False))
    return pages.finish()


def _key_header(pages: _Pages, more: bool) -> tuple[Fragment, int]:
    frag = pages.fragment()
    return frag, _title(pages, frag, more)


def _answer_key(content: FormContent, spec: FormLayout) -> list[Sheet]:
    pages = _Pages(content, spec, _key_header)
    for question in content.questions:
        frag, height = _question(pages, question, with_answer=True)
        pages.add(frag, height)
    return pages.finish()


def _tally_header(pages: _Pages, more: bool) -> tuple[Fragment, int]:
    frag = pages.fragment()
    w = session_words(pages.content.lang)
    y = _title(pages, frag, more)
    hint = w["tally_hint"].format(csv=pages.content.csv_name or "hasil.csv")
    return frag, frag.text("tally_hint", hint, "body", 0, y + pages.gap, pages.inner)


def _tally(content: FormContent, spec: FormLayout) -> list[Sheet]:
    """A grid: code, phase, then one column per question, as many rows as the page holds."""
    pages = _Pages(content, spec, _tally_header)
    w = session_words(content.lang)
    row_h = pages.mm(9)
    code_w, phase_w = pages.mm(34), pages.mm(22)
    count = len(content.questions)
    cell_w = (pages.inner - code_w - phase_w) // count
    columns = [(w["code_col"], code_w), (w["phase_col"], phase_w)]
    columns += [(str(q.number), cell_w) for q in content.questions]
    rows = (pages.bottom - pages.y) // row_h - 1
    frag = pages.fragment()
    for row in range(rows + 1):
        x = 0
        for index, (label, width) in enumerate(columns):
            frag.frame(x, row * row_h, width + 3, row_h + 3)
            if row == 0:
                frag.text(
                    f"tally.head.{index}",
                    label,
                    "cell",
                    x + pages.mm(1.5),
                    pages.mm(1.8),
                    width - pages.mm(2),
                )
            x += width
    pages.add(frag, (rows + 1) * row_h + 3)
    return pages.finish()
