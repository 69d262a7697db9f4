"""Lay out a poster: compute every line, box and the QR code position, draw nothing.

Regions, from top to bottom: a coloured header (tagline, title), the key points, a contacts
box, the QR code with its caption, a footer. All sizes come from the layout file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schemas import PosterLayout, TextStyle
from .text import TextOverflow, fit, pt_to_px


@dataclass(frozen=True)
class PosterContent:
    tagline: str
    title: str
    points: list[str]
    help_title: str
    contacts: list[str]
    qr_url: str
    scan_caption: str
    footer: str
    draft_label: str | None = None  # set when the item must not be handed out


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


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int
    colour: str


@dataclass(frozen=True)
class QrCode:
    url: str
    x: int
    y: int
    size: int


@dataclass
class PosterPlan:
    width: int
    height: int
    dpi: int
    safe: Box  # the area inside the margins
    boxes: list[Box] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    qr: QrCode | None = None
    draft_label: str | None = None

    def text_of(self, field_name: str) -> str:
        return " ".join(line.text for line in self.lines if line.field == field_name)


class FieldOverflow(Exception):
    def __init__(self, field_name: str, overflow: TextOverflow):
        self.field = field_name
        self.overflow = overflow
        super().__init__(f"{field_name}: {overflow}")


def mm_to_px(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


class _Composer:
    def __init__(self, spec: PosterLayout, plan: PosterPlan):
        self.spec = spec
        self.plan = plan
        self.dpi = spec.page.dpi

    def px(self, mm: float) -> int:
        return mm_to_px(mm, self.dpi)

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
    ) -> int:
        """Fit paragraphs in the box and add their lines; returns the y below the last line."""
        style: TextStyle = self.spec.styles[style_name]
        indent = round(pt_to_px(style.size, self.dpi) * 0.9) if bullet else 0
        try:
            fitted = fit(paragraphs, style, width - indent, height, self.dpi, max_lines=max_lines)
        except TextOverflow as overflow:
            raise FieldOverflow(field_name, overflow) from None
        gap = round(fitted.size_px * 0.5)
        for paragraph in fitted.paragraphs:
            if bullet:
                mark = round(fitted.size_px * 0.32)
                top = y + round(fitted.size_px * 0.42)
                self.plan.boxes.append(Box(x, top, mark, mark, "accent"))
            for line in paragraph:
                self.plan.lines.append(
                    TextLine(
                        field_name,
                        line,
                        x + indent,
                        y,
                        fitted.size_px,
                        fitted.size_pt,
                        style.bold,
                        style.colour,
                    )
                )
                y += fitted.line_height_px
            y += gap
        return y - gap


def layout_poster(content: PosterContent, spec: PosterLayout) -> PosterPlan:
    dpi = spec.page.dpi
    width, height = mm_to_px(spec.page.width_mm, dpi), mm_to_px(spec.page.height_mm, dpi)
    margin, gap = mm_to_px(spec.margin_mm, dpi), mm_to_px(spec.gap_mm, dpi)
    inner = width - 2 * margin
    plan = PosterPlan(
        width,
        height,
        dpi,
        Box(margin, margin, inner, height - 2 * margin, "none"),
        draft_label=content.draft_label,
    )
    c = _Composer(spec, plan)

    header_bottom = margin + c.px(spec.header_height_mm)
    plan.boxes.append(Box(0, 0, width, header_bottom + gap // 2, "band"))
    y = c.text(
        "tagline", [content.tagline], "tagline", margin, margin, inner, header_bottom - margin
    )
    c.text(
        "title",
        [content.title],
        "title",
        margin,
        y + gap // 2,
        inner,
        header_bottom - y - gap // 2,
        max_lines=3,
    )

    footer_top = height - margin - c.px(spec.footer_height_mm)
    c.text(
        "footer", [content.footer], "footer", margin, footer_top, inner, c.px(spec.footer_height_mm)
    )

    qr_size = c.px(spec.qr_size_mm)
    qr_top = footer_top - gap - qr_size
    plan.qr = QrCode(content.qr_url, margin, qr_top, qr_size)
    caption_x = margin + qr_size + gap
    y = c.text(
        "scan",
        [content.scan_caption],
        "scan",
        caption_x,
        qr_top + gap // 2,
        width - margin - caption_x,
        qr_size // 2,
    )
    c.text(
        "url",
        [content.qr_url],
        "url",
        caption_x,
        y + gap // 2,
        width - margin - caption_x,
        qr_top + qr_size - y - gap // 2,
    )

    box_top = qr_top - gap - c.px(spec.contacts_height_mm)
    plan.boxes.append(Box(margin, box_top, inner, qr_top - gap - box_top, "box"))
    pad = gap
    y = c.text(
        "help_title",
        [content.help_title],
        "help_title",
        margin + pad,
        box_top + pad,
        inner - 2 * pad,
        c.px(spec.contacts_height_mm) // 3,
    )
    c.text(
        "contacts",
        content.contacts,
        "contact",
        margin + pad,
        y + pad // 2,
        inner - 2 * pad,
        qr_top - gap - pad - y - pad // 2,
    )

    points_top = header_bottom + gap + gap // 2
    c.text(
        "key_points",
        content.points,
        "point",
        margin,
        points_top,
        inner,
        box_top - gap - points_top,
        bullet=True,
    )
    return plan
