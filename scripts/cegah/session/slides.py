"""Lay out a session's slides (16:9): geometry only, nothing is drawn here.

Each slide is a `Sheet` (what the print studio draws into the PDF and PNGs) and the list of
its text blocks (what `pptx.py` turns into editable text boxes at the same places and sizes),
so the PowerPoint file and the PDF cannot disagree. Every text is fitted by `text.fit` with
the layout's sizes; none may go under the layout's `min_text_pt` (28 pt at 1920 x 1080).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cegah.content.schemas import SlidesLayout
from cegah.printing.numbers import groups_block
from cegah.printing.sheet import Box, Composer, FieldOverflow, Image, QrCode, Sheet, to_px
from cegah.session.deck import DeckContent, Slide


@dataclass(frozen=True)
class TextBlock:
    """One editable text box: its paragraphs at one size, where the composer put them."""

    field: str
    paragraphs: tuple[str, ...]
    x: int
    y: int
    width: int
    height: int
    size_pt: float
    bold: bool
    colour: str
    leading: float


@dataclass
class LaidSlide:
    sheet: Sheet
    blocks: list[TextBlock] = field(default_factory=list)
    notes: str = ""


class SlideComposer:
    """A Composer that also records each text as a block for the PowerPoint file."""

    def __init__(self, spec: SlidesLayout, sheet: Sheet, lang: str):
        self.c = Composer(spec, sheet, lang)
        self.spec = spec
        self.blocks: list[TextBlock] = []

    def text(self, name: str, paragraphs, style_name: str, x, y, width, height, **kw) -> int:
        first = len(self.c.sheet.lines)
        bottom = self.c.text(name, list(paragraphs), style_name, x, y, width, height, **kw)
        lines = [line for line in self.c.sheet.lines[first:] if line.field == name]
        if lines:
            style = self.spec.styles[style_name]
            left = min(line.x for line in lines)
            self.blocks.append(
                TextBlock(
                    name,
                    tuple(paragraphs),
                    left,
                    y,
                    x + width - left,
                    bottom - y,
                    lines[0].size_pt,
                    style.bold,
                    style.colour,
                    style.leading,
                )
            )
        return bottom

    def digits(self) -> None:
        """The numbers in the steps' circles, each its own small box."""
        for line in self.c.sheet.lines:
            if line.field.endswith(".number"):
                size = round(line.size_px * 1.6)
                self.blocks.append(
                    TextBlock(
                        line.field,
                        (line.text,),
                        line.x - size // 3,
                        line.y - size // 6,
                        size,
                        size,
                        line.size_pt,
                        True,
                        line.colour,
                        1.0,
                    )
                )


def layout_deck(content: DeckContent, spec: SlidesLayout) -> list[LaidSlide]:
    return [_slide(index, slide, content, spec) for index, slide in enumerate(content.slides)]


def _slide(index: int, slide: Slide, content: DeckContent, spec: SlidesLayout) -> LaidSlide:
    width, height = to_px(spec.page.width, spec), to_px(spec.page.height, spec)
    margin, gap = to_px(spec.margin, spec), to_px(spec.gap, spec)
    safe = Box(margin, margin, width - 2 * margin, height - 2 * margin, "")
    sheet = Sheet(width, height, spec.page.dpi, [safe], draft_label=content.draft_label)
    sheet.name = f"{index + 1:02d}"
    s = SlideComposer(spec, sheet, content.lang)
    name = f"slides[{index}]"
    if slide.kind == "title":
        _title(s, name, slide, content, safe)
    else:
        body_top = _band(s, name, slide.heading, safe)
        # a gap above the safe edge: the last line's descenders reach below its line box
        body = Box(safe.x, body_top, safe.width, safe.y + safe.height - body_top - gap, "")
        if content.notice:  # printed from the default language: say so at the bottom
            bottom = s.text(
                f"{name}.notice",
                [content.notice],
                "footer",
                body.x,
                0,
                body.width,
                body.height,
                max_lines=1,
            )
            _move_last(s, body.y + body.height - bottom)
            body = Box(body.x, body.y, body.width, body.height - bottom, "")
        LAYOUTS[slide.kind](s, name, slide, body)
    s.digits()
    return LaidSlide(sheet, s.blocks, slide.notes)


def _move_last(s: SlideComposer, dy: int) -> None:
    """Move the last block (and its lines) down by dy: placed after it was measured."""
    block = s.blocks.pop()
    s.blocks.append(TextBlock(**{**block.__dict__, "y": block.y + dy}))
    s.c.sheet.lines = [
        line.__class__(**{**line.__dict__, "y": line.y + dy}) if line.field == block.field else line
        for line in s.c.sheet.lines
    ]


def _band(s: SlideComposer, name: str, heading: str, safe: Box) -> int:
    """The red band across the top with the heading in it, centred; returns the body's top."""
    spec, sheet = s.spec, s.c.sheet
    band = to_px(spec.band_height, spec)
    sheet.boxes.append(Box(0, 0, sheet.width, band, "band", full_bleed=True))
    pad = to_px(spec.gap, spec)
    room = band - 2 * pad
    used = s.c.scratch().text(name, [heading], "heading", safe.x, 0, safe.width, room, max_lines=2)
    s.text(
        f"{name}.heading",
        [heading],
        "heading",
        safe.x,
        (band - used) // 2,
        safe.width,
        room,
        max_lines=2,
    )
    return band + to_px(spec.gap, spec) * 2


def _title(s: SlideComposer, name: str, slide: Slide, content: DeckContent, safe: Box) -> None:
    """The brand line and the session's title on a red field; the office, date and place below."""
    spec, sheet = s.spec, s.c.sheet
    gap = to_px(spec.gap, spec)
    field_height = round(sheet.height * 0.6)
    sheet.boxes.append(Box(0, 0, sheet.width, field_height, "band", full_bleed=True))
    y = s.text(
        f"{name}.heading",
        [slide.heading],
        "title",
        safe.x,
        safe.y + gap,
        safe.width,
        field_height - safe.y - 2 * gap,
        max_lines=3,
    )
    del y
    y = field_height + gap * 2
    room = safe.y + safe.height - y
    text_width = safe.width
    if content.logo:
        size = min(room, to_px(spec.qr_size, spec))
        sheet.images.append(Image(content.logo, safe.x + safe.width - size, y, size, size))
        text_width -= size + gap * 2
    if slide.lines:
        s.text(f"{name}.lines", slide.lines, "subtitle", safe.x, y, text_width, room)


def _page(s: SlideComposer, name: str, slide: Slide, body: Box) -> None:
    y = body.y
    if slide.lines:
        share = body.height if not slide.points else body.height // 2
        y = s.text(f"{name}.lines", slide.lines, "body", body.x, y, body.width, share)
        y += to_px(s.spec.gap, s.spec) * 2
    if slide.points:
        icons = tuple(p.icon for p in slide.points)
        s.text(
            f"{name}.points",
            [p.text for p in slide.points],
            "point",
            body.x,
            y,
            body.width,
            body.y + body.height - y,
            bullet=True,
            icons=icons,
        )


def _steps(s: SlideComposer, name: str, slide: Slide, body: Box) -> None:
    s.text(
        f"{name}.steps", slide.steps, "step", body.x, body.y, body.width, body.height, numbered=True
    )


def _hotlines(s: SlideComposer, name: str, slide: Slide, body: Box) -> None:
    """The number to remember large, who answers beside it; the others, grouped, below."""
    gap = to_px(s.spec.gap, s.spec)
    y = body.y
    if slide.hero:
        left = round(body.width * 0.45)
        bottom = s.text(
            f"{name}.hero", [slide.hero.number], "hero", body.x, y, left, body.height, max_lines=1
        )
        caption = s.text(
            f"{name}.hero_caption",
            _caption(slide.hero),
            "hero_caption",
            body.x + left + gap,
            y + gap,
            body.width - left - gap,
            body.height // 3,
        )
        y = max(bottom, caption) + gap
    _group_columns(
        s,
        f"{name}.contacts",
        slide.groups,
        Box(body.x, y, body.width, body.y + body.height - y, ""),
    )


def _caption(hero) -> list[str]:
    """Who answers, then its notes (GRATIS, from Indonesia) on a line of their own."""
    return [hero.name] + ([" · ".join(hero.notes)] if hero.notes else [])


def _group_columns(s: SlideComposer, prefix: str, groups, area: Box) -> None:
    """One column per group ("Di Indonesia", "Di luar negeri"), every line at one size: each
    column is fitted on a scratch sheet first, then all are set at the smallest size found."""
    try:
        _set_columns(s, prefix, groups, area)
    except FieldOverflow as exc:  # numbers.py names its field "contacts": say which slide
        raise FieldOverflow(prefix, exc.overflow) from None


def _set_columns(s: SlideComposer, prefix: str, groups, area: Box) -> None:
    gap = to_px(s.spec.gap, s.spec) * 2
    width = (area.width - gap * (len(groups) - 1)) // max(len(groups), 1)
    sizes = []
    for group in groups:
        trial = SlideComposer(s.spec, s.c.scratch().sheet, s.c.lang)
        groups_block((group,), "contact", area.x, width)(
            _GroupRecorder(trial, prefix), area.y, area.height
        )
        sizes += [b.size_pt for b in trial.blocks if b.field.endswith(".contacts")]
    style = s.spec.styles["contact"]
    spec = s.spec.model_copy(
        update={
            "styles": {
                **s.spec.styles,
                "contact": style.model_copy(update={"size": min(sizes, default=style.size)}),
            }
        }
    )
    s.spec, s.c.spec, kept = spec, spec, s.spec
    for column, group in enumerate(groups):
        x = area.x + column * (width + gap)
        groups_block((group,), "contact", x, width)(_GroupRecorder(s, prefix), area.y, area.height)
    s.spec, s.c.spec = kept, kept


class _GroupRecorder:
    """Lets `numbers.groups_block` (written for the Composer) record its texts as blocks."""

    def __init__(self, s: SlideComposer, prefix: str):
        self.s, self.prefix = s, prefix
        self.spec, self.lang = s.spec, s.c.lang

    def px(self, length: float) -> int:
        return self.s.c.px(length)

    def scratch(self) -> Composer:
        return self.s.c.scratch()

    def text(self, field_name: str, paragraphs, style_name, x, y, width, height, **kw) -> int:
        field = f"{self.prefix}.{len(self.s.blocks)}.{field_name}"
        return self.s.text(field, paragraphs, style_name, x, y, width, height, **kw)


def _quiz(s: SlideComposer, name: str, slide: Slide, body: Box) -> None:
    s.text(f"{name}.lines", slide.lines, "subtitle", body.x, body.y, body.width, body.height)


def _close(s: SlideComposer, name: str, slide: Slide, body: Box) -> None:
    """The closing lines, and a QR code to the site with its address beside it."""
    size = min(to_px(s.spec.qr_size, s.spec), body.height)
    gap = to_px(s.spec.gap, s.spec)
    s.c.sheet.qr_codes.append(QrCode(slide.qr_url, body.x + body.width - size, body.y, size))
    width = body.width - size - gap * 3
    y = s.text(f"{name}.lines", slide.lines, "subtitle", body.x, body.y, width, body.height // 2)
    if slide.address:  # on one line: an address broken in two is typed wrong
        s.text(
            f"{name}.address",
            [slide.address],
            "address",
            body.x,
            y + gap * 2,
            width,
            body.y + body.height - y - gap * 2,
            max_lines=1,
        )


LAYOUTS = {
    "page": _page,
    "steps": _steps,
    "hotlines": _hotlines,
    "quiz": _quiz,
    "close": _close,
}
