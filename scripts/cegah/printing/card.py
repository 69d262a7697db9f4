"""The pocket card (85 x 55 mm): the item people keep in a wallet. Front: the hero number, big,
and two other emergency lines; back: three warning signs and a QR code to the contacts page.
Laid out here (no drawing); `card_sheet` places ten of them on an A4 page with cut marks."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw

from cegah.content.schemas import CardLayout
from cegah.printing.poster import Hero
from cegah.printing.sheet import Box, Composer, QrCode, Sheet, to_px


@dataclass(frozen=True)
class CardContent:
    lang: str
    tagline: str
    hero: Hero | None
    contacts: list[str]  # other emergency lines, small
    heading: str  # above the signs on the back
    points: list[str]
    qr_url: str
    scan_caption: str
    footer: str
    draft_label: str | None = None
    notice: str = ""
    logo: str | None = None  # not printed on the card (too small); kept for the cache key
    contacts_note: str = ""  # how the numbers were checked, in small type under them
    icons: tuple[str | None, ...] = ()  # a pictogram's SVG file per point, or None


def _side(spec: CardLayout, name: str, content: CardContent) -> tuple[Sheet, Composer, Box]:
    width, height = to_px(spec.page.width, spec), to_px(spec.page.height, spec)
    margin = to_px(spec.margin, spec)
    area = Box(margin, margin, width - 2 * margin, height - 2 * margin, "none")
    sheet = Sheet(width, height, spec.page.dpi, [area], name=name, draft_label=content.draft_label)
    return sheet, Composer(spec, sheet, content.lang), area


def layout_card(content: CardContent, spec: CardLayout) -> list[Sheet]:
    front, c, area = _side(spec, "front", content)
    gap = c.px(spec.gap)
    band = c.px(spec.band_height)
    front.boxes.append(Box(0, 0, front.width, band, "band", full_bleed=True))
    c.text("tagline", [content.tagline], "tagline", area.x, area.y, area.width, band - area.y)
    y = band + gap
    if content.hero:
        y = c.text(
            "hero",
            [content.hero.number],
            "hero",
            area.x,
            y,
            area.width,
            area.height // 2,
            max_lines=1,
        )
        y = c.text(
            "hero_caption",
            [content.hero.caption],
            "hero_caption",
            area.x,
            y + gap // 2,
            area.width,
            area.height // 4,
            max_lines=2,
        )
    note_top = area.y + area.height - c.px(6)  # three lines of small print at the bottom
    c.text("contacts", content.contacts, "contact", area.x, y + gap, area.width, note_top - y - gap)
    if content.contacts_note:
        c.text(
            "footer", [content.contacts_note], "footer", area.x, note_top, area.width, c.px(6) + 4
        )

    back, b, area = _side(spec, "back", content)
    qr = c.px(spec.qr_size)
    text_width = area.width - qr - gap
    y = b.text(
        "heading", [content.heading], "heading", area.x, area.y, text_width, area.height // 4
    )
    bottom = area.y + area.height - c.px(3)
    b.text(
        "key_points",
        content.points,
        "point",
        area.x,
        y + gap // 2,
        text_width,
        bottom - y - gap,
        bullet=True,
        icons=content.icons,
    )
    qr_x = area.x + area.width - qr
    back.qr_codes.append(QrCode(content.qr_url, qr_x, area.y, qr))
    b.text(
        "scan",
        [content.scan_caption],
        "scan",
        qr_x,
        area.y + qr + gap // 2,
        qr,
        area.height - qr - c.px(3),
    )
    footer = [line for line in (content.notice, content.footer) if line]
    b.text("footer", [" ·\u00a0".join(footer)], "footer", area.x, bottom, area.width, c.px(3) + 4)
    return [front, back]


def card_sheet(side: Image.Image, spec: CardLayout, mirrored: bool) -> Image.Image:
    """Ten cards (columns x rows) on an A4 page, centred, with cut marks in the margins. The
    backs are mirrored left to right, so they land behind the fronts when the sheet is printed
    double-sided and flipped on the long edge."""
    dpi = spec.page.dpi
    mm = dpi / 25.4
    page = Image.new("RGB", (round(spec.sheet.width * mm), round(spec.sheet.height * mm)), "white")
    cols, rows = spec.sheet.columns, spec.sheet.rows
    gutter = round(spec.sheet.gutter * mm)  # a cut a little off the line leaves no colour
    step_x, step_y = side.width + gutter, side.height + gutter
    left = (page.width - cols * step_x + gutter) // 2
    top = (page.height - rows * step_y + gutter) // 2
    for row in range(rows):
        for col in range(cols):
            slot = cols - 1 - col if mirrored else col
            page.paste(side, (left + slot * step_x, top + row * step_y))
    xs = sorted({left + i * step_x + edge for i in range(cols) for edge in (0, side.width)})
    ys = sorted({top + i * step_y + edge for i in range(rows) for edge in (0, side.height)})
    _cut_marks(page, xs, ys, round(2 * mm))
    return page

def _cut_marks(page: Image.Image, xs: list[int], ys: list[int], gap: int) -> None:
    """Short lines in the margins where the cards are cut apart (never on a card)."""
    draw = ImageDraw.Draw(page)
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    for x in xs:
        draw.line((x, 0, x, top - gap), fill="black", width=2)
        draw.line((x, bottom + gap, x, page.height), fill="black", width=2)
    for y in ys:
        draw.line((0, y, left - gap, y), fill="black", width=2)
        draw.line((right + gap, y, page.width, y), fill="black", width=2)
