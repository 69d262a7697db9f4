"""A pamphlet panel: its blocks (heading, short lines, points with pictograms, numbered steps,
a penalty box, a story) stacked from the top, each as tall as its text needs.

A block is first laid out on a scratch sheet to learn its natural height; when the blocks
together are taller than the panel, each gets a share of the room in proportion and its text
shrinks (down to the style's minimum, below which the render stops with the field's name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cegah.printing.sheet import Box, Composer, FieldOverflow
from cegah.printing.text import TextOverflow, fit

# (composer, top, room) -> the y below the block
Block = Callable[[Composer, int, int], int]


@dataclass(frozen=True)
class Story:
    title: str
    text: str
    note: str  # "a made-up story, from patterns often reported"


@dataclass(frozen=True)
class Panel:
    heading: str
    lines: tuple[str, ...] = ()  # a short text, no bullets
    points: tuple[str, ...] = ()
    icons: tuple[str | None, ...] = ()  # a pictogram per point, or None
    steps: tuple[tuple[str, str], ...] = ()  # numbered: (title, what to do)
    extra_heading: str | None = None  # the penalty box
    extra_lines: tuple[str, ...] = ()
    story: Story | None = None

    def texts(self) -> list[str]:
        """Every point, line and step the panel prints (no point may sit on two panels)."""
        return [*self.lines, *self.points, *(f"{title}: {text}" for title, text in self.steps)]


def stack(c: Composer, blocks: list[Block], top: int, bottom: int, gap: int) -> int:
    """Place blocks one under the other between top and bottom; returns the y below them.
    The first block (a heading) keeps its height; the others share what is left."""
    room = bottom - top - gap * (len(blocks) - 1)
    natural = [block(c.scratch(), top, room) - top for block in blocks]
    total = sum(natural)
    shares = natural
    if total > room and len(blocks) > 1:
        rest, left = sum(natural[1:]), room - natural[0]
        shares = [natural[0], *(left * height // rest for height in natural[1:])]
    y = top
    for block, share in zip(blocks, shares, strict=True):
        y = block(c, y, share) + gap
    return y - gap


def _boxed(c: Composer, inner: Block, x: int, width: int) -> Block:
    """A block inside a tinted box as tall as its text (padding included)."""
    pad = c.px(c.spec.gap) // 2

    def block(c: Composer, top: int, room: int) -> int:
        first = len(c.sheet.boxes)
        bottom = inner(c, top + pad, room - 2 * pad) + pad
        c.sheet.boxes.insert(first, Box(x - pad, top, width + 2 * pad, bottom - top, "box"))
        return bottom

    return block


def panel_blocks(c: Composer, field: str, panel: Panel, x: int, width: int) -> list[Block]:
    """The panel's blocks in reading order."""
    gap = c.px(c.spec.gap)

    def text(name, paragraphs, style, **options) -> Block:
        return lambda c, top, room: c.text(
            f"{field}.{name}", list(paragraphs), style, x, top, width, room, **options
        )

    blocks = [text("heading", [panel.heading], "heading", max_lines=3)]
    if panel.lines:
        blocks.append(text("lines", panel.lines, "lead"))
    if panel.points:
        blocks.append(text("points", panel.points, "point", bullet=True, icons=panel.icons))
    if panel.steps:
        blocks.append(_steps(field, panel.steps, x, width))
    if panel.extra_lines:
        heading = text("extra_heading", [panel.extra_heading or ""], "help_title")
        lines = text("extra", panel.extra_lines, "contact")
        blocks.append(_boxed(c, _two(heading, lines, gap // 2), x, width))
    if panel.story:
        story = panel.story
        title = text("story_title", [story.title], "help_title")
        body = text("story", [story.text], "story")
        note = text("story_note", [story.note], "footer")
        blocks.append(_boxed(c, _two(title, _two(body, note, gap // 3), gap // 3), x, width))
    return blocks


def _steps(field: str, steps: tuple[tuple[str, str], ...], x: int, width: int) -> Block:
    """Numbered steps: the number in a circle beside the step's title in bold, what to do
    below it; every step at one size (the size at which all of them fit)."""

    def block(c: Composer, top: int, room: int) -> int:
        gap = c.px(c.spec.gap) // 2
        paragraphs = [part for step in steps for part in step]
        size = common_size(c, f"{field}.steps", paragraphs, "point", width, room, 0.25)
        y = top
        for number, (title, what) in enumerate(steps, start=1):
            y = c.text(
                f"{field}.steps",
                [title],
                "step_title",
                x,
                y,
                width,
                room,
                numbered=True,
                number_from=number,
                size_cap=size,
            )
            y = (
                c.text(
                    f"{field}.steps",
                    [what],
                    "point",
                    x,
                    y,
                    width,
                    room,
                    numbered=True,
                    marker=False,
                    size_cap=size,
                )
                + gap
            )
        return y - gap

    return block


def common_size(
    c: Composer, field: str, paragraphs, style_name: str, width: int, room: int, gap_em: float = 0.5
) -> float:
    """The largest size at which all the paragraphs fit in the room together."""
    style = c.spec.styles[style_name]
    try:
        fitted = fit(paragraphs, style, width, max(room, 0), c.spec.page.dpi, gap_em, lang=c.lang)
    except TextOverflow as overflow:
        raise FieldOverflow(field, overflow) from None
    return fitted.size_pt


def _two(first: Block, second: Block, gap: int) -> Block:
    """Two blocks as one: the first as tall as it needs (a heading), the second below it."""

    def block(c: Composer, top: int, room: int) -> int:
        natural = first(c.scratch(), top, room) - top
        second_natural = second(c.scratch(), top, room) - top
        share = room - gap
        if natural + second_natural > share:  # both shrink, in proportion
            natural = share * natural // (natural + second_natural)
        y = first(c, top, natural)
        return second(c, y + gap, top + room - y - gap)

    return block


def lay_out_panel(c: Composer, area: Box, field: str, panel: Panel) -> int:
    blocks = panel_blocks(c, field, panel, area.x, area.width)
    return stack(c, blocks, area.y, area.y + area.height, c.px(c.spec.gap) * 3 // 2)
