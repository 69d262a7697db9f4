"""Geometry of one printed side: text lines, boxes, QR codes, fold lines. Nothing is drawn here.

All coordinates are pixels in trim space (0, 0 = top-left corner of the trimmed page). The
composer fits text into boxes with `text.fit` and records where each line goes, so tests can
check every line against the safe area and the minimum size without looking at pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cegah.content.schemas import LayoutBase, TextStyle
from cegah.printing.fonts import font, script, text_options
from cegah.printing.text import TextOverflow, fit, pt_to_px


@dataclass(frozen=True)
class TextLine:
    field: str
    text: str
    x: int
    y: int  # top of the line (ascender line)
    size_px: int
    size_pt: float
    bold: bool
    colour: str
    style: str
    lang: str = ""  # decides the font (script) and the direction


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int
    colour: str
    full_bleed: bool = False  # touches the trim edge: extend into the bleed when there is one


@dataclass(frozen=True)
class QrCode:
    url: str
    x: int
    y: int
    size: int


@dataclass(frozen=True)
class Image:
    path: str
    x: int
    y: int
    width: int
    height: int


@dataclass
class Sheet:
    width: int
    height: int
    dpi: int
    safe: list[Box]  # areas where text may go (one per panel)
    boxes: list[Box] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    qr_codes: list[QrCode] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    folds: list[tuple[int, int, int]] = field(
        default_factory=list
    )  # vertical folds: (x, top, bottom)
    draft_label: str | None = None
    name: str = ""  # "" for a single side; "outside"/"inside" for a pamphlet

    def text_of(self, field_name: str) -> str:
        return " ".join(line.text for line in self.lines if line.field == field_name)


class FieldOverflow(Exception):
    def __init__(self, field_name: str, overflow: TextOverflow):
        self.field = field_name
        self.overflow = overflow
        super().__init__(f"{field_name}: {overflow}")


def to_px(length: float, spec: LayoutBase) -> int:
    """A layout length (in the layout's unit) in pixels."""
    if spec.page.unit == "px":
        return round(length)
    return round(length / 25.4 * spec.page.dpi)


def _x_height_middle(face) -> int:
    """Middle of a lowercase letter's ink below the line's top (the ascender line)."""
    _, top, _, bottom = face.getbbox("x", anchor="la")
    return round((top + bottom) / 2)


class Composer:
    """Adds fitted text to a sheet. Each call fits one field into one box."""

    def __init__(self, spec: LayoutBase, sheet: Sheet, lang: str):
        self.spec = spec
        self.sheet = sheet
        self.lang = lang

    def px(self, length: float) -> int:
        return to_px(length, self.spec)

    def text(
        self,
        field_name: str,
        paragraphs: list[str],
        style_name: str,
        x: int,
        y: int,
        width: int,
        height: int,
        bullet: bool = False,
        max_lines: int | None = None,
        icons: tuple[str | None, ...] = (),
    ) -> int:
        """Fit paragraphs in the box and add their lines; returns the y below the last line.
        With icons (SVG paths, one per paragraph), a pictogram stands where the bullet would."""
        style: TextStyle = self.spec.styles[style_name]
        dpi = self.spec.page.dpi
        icon_em = 1.5 if any(icons) else 0  # a pictogram a little taller than a line
        indent = round(pt_to_px(style.size, dpi) * max(0.9, icon_em + 0.4)) if bullet else 0
        try:
            fitted = fit(
                paragraphs,
                style,
                width - indent,
                max(height, 0),
                dpi,
                max_lines=max_lines,
                lang=self.lang,
            )
        except TextOverflow as overflow:
            raise FieldOverflow(field_name, overflow) from None
        gap = round(fitted.size_px * 0.5)
        rtl = script(self.lang).direction == "rtl"
        face = font(style.bold, fitted.size_px, self.lang)
        for index, paragraph in enumerate(fitted.paragraphs):
            icon = icons[index] if index < len(icons) else None
            if bullet and icon:
                size = round(fitted.size_px * icon_em)
                middle = y + _x_height_middle(face)
                left = x + width - size if rtl else x
                self.sheet.images.append(Image(icon, left, middle - size // 2, size, size))
            elif bullet:
                mark = round(fitted.size_px * 0.32)
                top = y + _x_height_middle(face) - mark // 2  # centred on the lowercase letters
                self.sheet.boxes.append(
                    Box(x + width - mark if rtl else x, top, mark, mark, "accent")
                )
            for line in paragraph:
                if rtl:  # right-aligned: the line's ink ends at the box's right edge
                    right = face.getbbox(line, anchor="la", **text_options(self.lang))[2]
                    start = x + width - indent - right
                else:  # a first glyph that overhangs to the left (J) starts that far in
                    start = x + indent - min(face.getbbox(line[0], anchor="la")[0], 0)
                self.sheet.lines.append(
                    TextLine(
                        field_name,
                        line,
                        start,
                        y,
                        fitted.size_px,
                        fitted.size_pt,
                        style.bold,
                        style.colour,
                        style_name,
                        self.lang,
                    )
                )
                y += fitted.line_height_px
            y += gap
        return y - gap

    def header(
        self,
        area: Box,
        bottom: int,
        tagline: str,
        event: str | None,
        title: str,
        logo: str | None,
        logo_size: int,
        title_lines: int,
    ) -> int:
        """Tagline, event line and title from area's top down to bottom, with the logo (when
        there is one) in the top right corner, beside the tagline and event line. Returns the
        title's lowest ink."""
        gap = self.px(self.spec.gap)
        text_width = area.width
        if logo:
            self.sheet.images.append(
                Image(logo, area.x + area.width - logo_size, area.y, logo_size, logo_size)
            )
            text_width -= logo_size + gap
        y = self.text("tagline", [tagline], "tagline", area.x, area.y, text_width, bottom - area.y)
        if event:
            y = self.text(
                "event", [event], "event", area.x, y + gap // 3, text_width, (bottom - y) // 3
            )
        self.text(
            "title",
            [title],
            "title",
            area.x,
            y + gap // 2,
            area.width,
            bottom - y - gap // 2,
            max_lines=title_lines,
        )
        return self.ink_bottom("title")

    def ink_bottom(self, field_name: str) -> int:
        """The lowest ink of a field's lines, descenders included (a band behind the text must
        reach at least this far, or a j or g hangs out of it unseen)."""
        bottoms = [
            line.y + font(line.bold, line.size_px, line.lang).getbbox(line.text, anchor="la")[3]
            for line in self.sheet.lines
            if line.field == field_name
        ]
        return max(bottoms, default=0)
