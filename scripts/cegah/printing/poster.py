"""Lay out a poster or a share image: compute every line, box and the QR code position.

Regions, from top to bottom: a coloured header (tagline, event, title), the key points, a
contacts box, the QR code with its caption, a footer. All sizes come from the layout file.
"""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.schemas import PosterLayout
from cegah.printing.fonts import font
from cegah.printing.numbers import NumberGroup, groups_block
from cegah.printing.panel import stack
from cegah.printing.sheet import Box, Composer, FieldOverflow, QrCode, Sheet, to_px
from cegah.printing.text import pt_to_px


@dataclass(frozen=True)
class Hero:
    """The one number to remember, printed large: the number, then who answers (and GRATIS)."""

    number: str
    name: str
    notes: tuple[str, ...] = ()  # GRATIS, "dari Indonesia"

    @property
    def caption(self) -> str:
        return " ·\u00a0".join((self.name, *self.notes))  # a break comes before a dot


@dataclass(frozen=True)
class PosterContent:
    lang: str
    tagline: str
    title: str
    points: list[str]
    help_title: str
    groups: tuple[NumberGroup, ...]  # the other numbers, by where they are dialled from
    qr_url: str
    scan_caption: str
    footer: str
    contacts_note: str = ""  # how the numbers were checked, printed with the footer
    notice: str = ""  # "not translated yet, printed in ...", first line of the footer
    hero: Hero | None = None
    icons: tuple[str | None, ...] = ()  # a pictogram's SVG file per point, or None
    event: str | None = None
    logo: str | None = None  # path of an image for the header's right corner
    draft_label: str | None = None  # set when the item must not be handed out
    issuer: str = ""  # "Issued by: the office", first line of the footer

    @property
    def contacts(self) -> list[str]:
        return [line for group in self.groups for line in group.lines]


def _hero(c: Composer, hero: Hero, spec: PosterLayout, x: int, y: int, width: int) -> int:
    """The hero number on one line at its large size, then who answers (and GRATIS). Digits
    have no ascenders or descenders: the line is set by their ink, not by the font's line
    height, so the number sits close under the title and the caption close under it."""
    style = spec.styles["hero"]
    face = font(style.bold, pt_to_px(style.size, spec.page.dpi), c.lang)
    _, ink_top, _, _ = face.getbbox(hero.number, anchor="la")
    first = len(c.sheet.lines)
    c.text("hero", [hero.number], "hero", x, y - ink_top, width, c.px(spec.hero_height), max_lines=1)
    line = c.sheet.lines[first]
    y = line.y + font(line.bold, line.size_px, c.lang).getbbox(line.text, anchor="la")[3]
    y += c.px(spec.gap) // 2  # the caption must not touch the large digits
    caption = spec.styles["hero_caption"]
    room = round(caption.size * spec.page.dpi / 72 * caption.leading * 2)  # two lines at most
    return c.text("hero_caption", [hero.caption], "hero_caption", x, y, width, room, max_lines=2)


def _qr(c: Composer, content: PosterContent, spec: PosterLayout, margin, footer_top, width) -> int:
    """The QR code with "come closer and scan" and the address as text; an image for phones
    has no QR code (nobody can scan their own screen), only the address. Returns its top."""
    gap = c.px(spec.gap)
    if not spec.qr_size:
        url = spec.styles["url"]
        line = round(url.size * spec.page.dpi / 72 * 1.4)
        c.text(
            "url",
            [content.qr_url],
            "url",
            margin,
            footer_top - gap - line,
            width - 2 * margin,
            line,
        )
        return footer_top - gap - line
    qr_size = c.px(spec.qr_size)
    qr_top = footer_top - gap - qr_size
    c.sheet.qr_codes.append(QrCode(content.qr_url, margin, qr_top, qr_size))
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
    return qr_top


def layout_poster(content: PosterContent, spec: PosterLayout) -> list[Sheet]:
    dpi = spec.page.dpi
    width, height = to_px(spec.page.width, spec), to_px(spec.page.height, spec)
    margin, gap = to_px(spec.margin, spec), to_px(spec.gap, spec)
    inner = width - 2 * margin
    # a story keeps its top and bottom clear of the phone's status and reply bars
    top, bottom = (
        margin + to_px(spec.clear_top, spec),
        height - margin - to_px(spec.clear_bottom, spec),
    )
    sheet = Sheet(
        width,
        height,
        dpi,
        [Box(margin, top, inner, bottom - top, "none")],
        draft_label=content.draft_label,
    )
    c = Composer(spec, sheet, content.lang)

    header_bottom = top + c.px(spec.header_height)
    if content.event:  # the event line gets its own room: the headline must not shrink for it
        event = spec.styles["event"]
        header_bottom += round(event.size * dpi / 72 * event.leading) + c.px(spec.gap) // 3
    ink = c.header(
        sheet.safe[0],
        header_bottom,
        content.tagline,
        content.event,
        content.title,
        content.logo,
        c.px(spec.header_height) // 2,
        title_lines=3,
    )
    # the band reaches below the title's lowest ink (descenders), and the points start below it
    band_bottom = max(header_bottom, ink) + gap // 2
    sheet.boxes.append(Box(0, 0, width, band_bottom, "band", full_bleed=True))

    note = content.contacts_note if spec.contacts_note else ""
    footer = [line for line in (content.issuer, content.notice, note, content.footer) if line]
    # as tall as its lines at full size, up to half again its usual height; beyond that the
    # lines shrink (down to the style's minimum)
    room = c.px(spec.footer_height) * 3 // 2
    scratch = c.scratch()
    natural = scratch.text("footer", footer, "footer", margin, 0, inner, room)
    footer_top = bottom - max(natural, c.px(spec.footer_height) * 2 // 3)
    c.text("footer", footer, "footer", margin, footer_top, inner, bottom - footer_top)
    qr_top = _qr(c, content, spec, margin, footer_top, width)

    # the points first, at their full size; the help box takes what is left (at most
    # contacts_height) and is as tall as what it holds; the points are centred above it.
    # Only when the numbers cannot fit in what is left do the points give up room.
    pad = gap
    points = content.points[: spec.max_points] if spec.max_points else content.points
    icons = content.icons[: len(points)]
    points_top, free = band_bottom + gap, qr_top - gap - band_bottom - 2 * gap

    def key_points(c: Composer, top: int, room: int) -> int:
        return c.text(
            "key_points", points, "point", margin, top, inner, room, bullet=True, icons=icons
        )

    blocks = _help_blocks(c, content, spec, margin + pad, inner - 2 * pad)
    most = min(c.px(spec.contacts_height), free) - 2 * pad
    wanted = key_points(c.scratch(), points_top, free) - points_top
    try:  # what the points leave; if the numbers cannot fit there, the least they fit in
        needed = stack(c.scratch(), blocks, 0, min(most, free - wanted - 2 * pad), pad // 2)
    except FieldOverflow:
        needed = stack(c.scratch(), blocks, 0, _least_room(c, blocks, most, pad // 2), pad // 2)
    needed += 2 * pad
    box_top = qr_top - gap - needed
    sheet.boxes.append(Box(margin, box_top, inner, needed, "box"))
    stack(c, blocks, box_top + pad, box_top + needed - pad, pad // 2)

    points_room = box_top - gap - points_top
    height = key_points(c.scratch(), points_top, points_room) - points_top
    key_points(c, points_top + max(0, points_room - height) // 2, points_room)
    return [sheet]


def _least_room(c: Composer, blocks, most: int, gap: int) -> int:
    """The least height the help box's blocks fit in (at their smallest sizes); `most` when
    even that is too little, so the render stops naming the field that overflows."""
    low, high = 0, most
    while high - low > 8:
        middle = (low + high) // 2
        try:
            stack(c.scratch(), blocks, 0, middle, gap)
            high = middle
        except FieldOverflow:
            low = middle
    return high


def _help_blocks(c: Composer, content: PosterContent, spec: PosterLayout, x: int, width: int):
    """What the help box holds: its title, the hero number, the other numbers in groups."""
    gap = c.px(spec.gap)
    blocks = [
        lambda c, top, room: c.text(
            "help_title", [content.help_title], "help_title", x, top, width, room, max_lines=2
        )
    ]
    if content.hero and spec.hero_height:
        blocks.append(lambda c, top, room: _hero(c, content.hero, spec, x, top + gap // 4, width))
    if (spec.other_contacts or not content.hero) and content.groups:
        blocks.append(groups_block(content.groups, "contact", x, width))
    return blocks
