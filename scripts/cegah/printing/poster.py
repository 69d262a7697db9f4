"""Lay out a poster or a share image: compute every line, box and the QR code position.

Regions, from top to bottom: a coloured header (tagline, event, title), the key points, a
contacts box, the QR code with its caption, a footer. All sizes come from the layout file.
"""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.schemas import PosterLayout
from cegah.printing.sheet import Box, Composer, QrCode, Sheet, to_px


@dataclass(frozen=True)
class PosterContent:
    lang: str
    tagline: str
    title: str
    points: list[str]
    help_title: str
    contacts: list[str]
    qr_url: str
    scan_caption: str
    footer: str
    contacts_note: str = ""  # how the numbers were checked, printed with the footer
    notice: str = ""  # "not translated yet, printed in ...", first line of the footer
    event: str | None = None
    logo: str | None = None  # path of an image for the header's right corner
    draft_label: str | None = None  # set when the item must not be handed out


def layout_poster(content: PosterContent, spec: PosterLayout) -> list[Sheet]:
    dpi = spec.page.dpi
    width, height = to_px(spec.page.width, spec), to_px(spec.page.height, spec)
    margin, gap = to_px(spec.margin, spec), to_px(spec.gap, spec)
    inner = width - 2 * margin
    sheet = Sheet(
        width,
        height,
        dpi,
        [Box(margin, margin, inner, height - 2 * margin, "none")],
        draft_label=content.draft_label,
    )
    c = Composer(spec, sheet, content.lang)

    header_bottom = margin + c.px(spec.header_height)
    sheet.boxes.append(Box(0, 0, width, header_bottom + gap // 2, "band", full_bleed=True))
    c.header(
        sheet.safe[0],
        header_bottom,
        content.tagline,
        content.event,
        content.title,
        content.logo,
        c.px(spec.header_height) // 2,
        title_lines=3,
    )

    footer_top = height - margin - c.px(spec.footer_height)
    note = content.contacts_note if spec.contacts_note else ""
    footer = [line for line in (content.notice, note, content.footer) if line]
    c.text("footer", footer, "footer", margin, footer_top, inner, c.px(spec.footer_height))

    qr_size = c.px(spec.qr_size)
    qr_top = footer_top - gap - qr_size
    sheet.qr_codes.append(QrCode(content.qr_url, margin, qr_top, qr_size))
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

    box_top = qr_top - gap - c.px(spec.contacts_height)
    sheet.boxes.append(Box(margin, box_top, inner, qr_top - gap - box_top, "box"))
    pad = gap
    y = c.text(
        "help_title",
        [content.help_title],
        "help_title",
        margin + pad,
        box_top + pad,
        inner - 2 * pad,
        c.px(spec.contacts_height) // 3,
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

    points = content.points[: spec.max_points] if spec.max_points else content.points
    points_top = header_bottom + gap + gap // 2
    c.text(
        "key_points",
        points,
        "point",
        margin,
        points_top,
        inner,
        box_top - gap - points_top,
        bullet=True,
    )
    return [sheet]
