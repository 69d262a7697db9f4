"""A piece of a form laid out from (0, 0) to learn its height, then placed on a page: how the
call sheet and the session's forms flow rows onto A4 pages. Black on white, framed boxes,
type at the layout's sizes (never shrunk): what a photocopier keeps. Nothing is drawn here."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from cegah.content.schemas import LayoutBase
from cegah.printing.sheet import Box, Sheet, TextLine
from cegah.printing.text import pt_to_px, wrap

LINE = 3  # px at 200 DPI: 0.38 mm, survives a photocopier


@dataclass
class Fragment:
    """Boxes and lines laid out from (0, 0); placed on a page later."""

    spec: LayoutBase
    lang: str = ""
    boxes: list[Box] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)

    def text(self, name: str, text: str, style_name: str, x: int, y: int, width: int) -> int:
        """Wrap text into width from y; returns the y below its last line."""
        style = self.spec.styles[style_name]
        size_px = pt_to_px(style.size, self.spec.page.dpi)
        step = round(size_px * style.leading)
        for line in wrap(text, style.bold, size_px, width, self.lang):
            self.lines.append(
                TextLine(
                    name,
                    line,
                    x,
                    y,
                    size_px,
                    style.size,
                    style.bold,
                    style.colour,
                    style_name,
                    self.lang,
                )
            )
            y += step
        return y

    def frame(self, x: int, y: int, width: int, height: int, weight: int = LINE) -> None:
        """An outline: four filled bars, since the sheet renderer fills boxes."""
        for bar in (
            (x, y, width, weight),
            (x, y + height - weight, width, weight),
            (x, y, weight, height),
            (x + width - weight, y, weight, height),
        ):
            self.boxes.append(Box(*bar, "text"))

    def place(self, sheet: Sheet, x: int, y: int) -> None:
        sheet.boxes += [dataclasses.replace(b, x=b.x + x, y=b.y + y) for b in self.boxes]
        sheet.lines += [dataclasses.replace(t, x=t.x + x, y=t.y + y) for t in self.lines]
