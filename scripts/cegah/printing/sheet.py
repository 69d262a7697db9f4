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
    shape: str = "rect"  # or "circle" (a step's number sits in one)


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
        numbered: bool = False,
        size_cap: float | None = None,
        number_from: int = 1,
        marker: bool = True,
    ) -> int:
        """Fit paragraphs in the box and add their lines; returns the y below the last line.
        With icons (SVG paths, one per paragraph), a pictogram stands where the bullet would;
        numbered paragraphs (steps) get their number in a circle instead; marker=False keeps
        the indent without a mark (a step's text under its title)."""
        style: TextStyle = self.spec.styles[style_name]
        if size_cap is not None and size_cap < style.size:  # one size for lines set apart
            style = style.model_copy(update={"size": max(size_cap, style.min)})
        dpi = self.spec.page.dpi
        icon_em = 1.5 if any(icons) else (1.3 if numbered else 0)  # a little taller than a line
        bullet = bullet or numbered
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
            elif numbered and marker:
                size = round(fitted.size_px * icon_em)
                left = x + width - size if rtl else x
                middle = y + _x_height_middle(face)
                self._number(field_name, index + number_from, fitted, left, middle, size)
            elif bullet and marker:
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

    def _number(self, field_name: str, number: int, fitted, left: int, middle: int, size: int):
        """A step's number, white in an accent circle centred on the line's lowercase letters."""
        self.sheet.boxes.append(Box(left, middle - size // 2, size, size, "accent", shape="circle"))
        size_pt = round(fitted.size_pt * 0.85 * 2) / 2
        size_px = pt_to_px(size_pt, self.spec.page.dpi)
        digits = str(number)
        ink = font(True, size_px, self.lang).getbbox(digits, anchor="la")
        self.sheet.lines.append(
            TextLine(
                f"{field_name}.number",
                digits,
                left + size // 2 - (ink[0] + ink[2]) // 2,
                middle - (ink[1] + ink[3]) // 2,
                size_px,
                size_pt,
                True,
                "band_text",
                "number",
                self.lang,
            )
        )

    def scratch(self) -> Composer:
        """A composer on an empty sheet of the same size: lay a block out there to learn its
        height before placing it for real."""
        sheet = Sheet(self.sheet.width, self.sheet.height, self.sheet.dpi, list(self.sheet.safe))
        return Composer(self.spec, sheet, self.lang)

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
        y = area.y
        if tagline:  # the office's brand line (mkdocs.yml extra.brand.tagline), when it has one
            y = self.text("tagline", [tagline], "tagline", area.x, y, text_width, bottom - area.y)
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
