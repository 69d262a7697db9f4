"""Lay out a trifold pamphlet (A4 landscape, two sides, letter fold) and its fold guide.

It reads as a story, panel by panel: the cover (headline, a pictogram, the number to remember,
a small QR code); opening it, the flap (what trafficking is, a short story, the penalty); inside
(the signs, the official way in numbered steps, what to do); the back (every number, grouped by
where the reader dials from, a box to write the village officer's number, who issued it).
Outside, left to right: flap, back, cover. Inside: three panels; the right one backs the flap.
"""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.schemas import TrifoldLayout
from cegah.printing.numbers import NumberGroup, groups_block
from cegah.printing.panel import Panel, lay_out_panel, stack
from cegah.printing.poster import Hero
from cegah.printing.sheet import Box, Composer, Image, QrCode, Sheet, to_px


@dataclass(frozen=True)
class TrifoldContent:
    lang: str
    tagline: str
    title: str
    event: str | None
    qr_url: str
    scan_caption: str
    flap: Panel
    help_title: str
    groups: tuple[NumberGroup, ...]  # every number, hero included, by where it is dialled from
    footer: str
    inside: tuple[Panel, Panel, Panel]
    logo: str | None = None
    draft_label: str | None = None
    contacts_note: str = ""  # how the numbers were checked, printed with the footer
    hero: Hero | None = None  # the number to remember, on the cover
    write_in: str = ""  # a labelled blank on the back for the local officer's number
    notice: str = ""  # "not translated yet, printed in ...", first line of the footer
    picture: str | None = None  # a pictogram (SVG) for the cover
    issuer: str = ""  # "Issued by: the office, its address", on the back

    @property
    def contacts(self) -> list[str]:
        return [line for group in self.groups for line in group.lines]

    def panels(self) -> dict[str, Panel]:
        return {"flap": self.flap, **{f"inside{i}": p for i, p in enumerate(self.inside, 1)}}


def _panel_boxes(widths: list[float], spec: TrifoldLayout) -> list[tuple[int, int]]:
    """(x, width) of each panel in pixels."""
    edges, x = [], 0.0
    for width in widths:
        start, x = to_px(x, spec), x + width
        edges.append((start, to_px(x, spec) - start))
    return edges


def _sheet(spec: TrifoldLayout, widths: list[float], content: TrifoldContent, name: str) -> Sheet:
    width, height = to_px(spec.page.width, spec), to_px(spec.page.height, spec)
    margin = to_px(spec.margin, spec)
    panels = _panel_boxes(widths, spec)
    safe = [Box(x + margin, margin, w - 2 * margin, height - 2 * margin, "none") for x, w in panels]
    return Sheet(
        width,
        height,
        spec.page.dpi,
        safe,
        folds=[(x, 0, height) for x, _ in panels[1:]],
        draft_label=content.draft_label,
        name=name,
    )


def _cover(c: Composer, content: TrifoldContent, cover: Box, cover_x: int) -> None:
    """Band with the headline, a pictogram, the hero number; the QR code small at the foot."""
    spec, gap = c.spec, c.px(c.spec.gap)
    header_bottom = cover.y + c.px(spec.header_height)
    ink = c.header(
        cover,
        header_bottom,
        content.tagline,
        content.event,
        content.title,
        content.logo,
        c.px(spec.header_height) // 3,
        title_lines=4,
    )
    band_bottom = max(header_bottom + gap, ink + gap // 2)  # below the title's descenders
    c.sheet.boxes.append(
        Box(cover_x, 0, c.sheet.width - cover_x, band_bottom, "band", full_bleed=True)
    )
    # the QR code small at the foot, "come closer and scan" beside it, the address under both
    # on one line across the panel (an address is never broken)
    url = spec.styles["url"]
    url_height = round(url.size * spec.page.dpi / 72 * url.leading)
    url_y = cover.y + cover.height - url_height
    c.text("url", [content.qr_url], "url", cover.x, url_y, cover.width, url_height, max_lines=1)
    qr_size = c.px(spec.qr_size)
    qr_y = url_y - gap // 2 - qr_size
    c.sheet.qr_codes.append(QrCode(content.qr_url, cover.x, qr_y, qr_size))
    caption_x = cover.x + qr_size + gap
    c.text(
        "scan",
        [content.scan_caption],
        "scan",
        caption_x,
        qr_y + gap // 2,
        cover.x + cover.width - caption_x,
        qr_size - gap // 2,
    )

    blocks = []
    if content.picture:
        size = c.px(spec.picture_size)

        def picture(c: Composer, top: int, room: int) -> int:
            side = min(size, room)
            left = cover.x + (cover.width - side) // 2
            c.sheet.images.append(Image(content.picture, left, top, side, side))
            return top + side

        blocks.append(picture)
    if content.hero:
        hero = content.hero

        def hero_block(c: Composer, top: int, room: int) -> int:
            y = c.text("hero", [hero.number], "hero", cover.x, top, cover.width, room, max_lines=1)
            return c.text(
                "hero_caption",
                [hero.caption],
                "hero_caption",
                cover.x,
                y + gap // 3,
                cover.width,
                top + room - y - gap // 3,
                max_lines=3,
            )

        blocks.append(hero_block)
    if blocks:
        stack(c, blocks, band_bottom + 2 * gap, qr_y - 2 * gap, 2 * gap)


def _back(c: Composer, content: TrifoldContent, back: Box) -> None:
    """Whom to call, every number in bold; the write-in box; who issued it and when."""
    gap = c.px(c.spec.gap)
    footer = [line for line in (content.notice, content.contacts_note, content.footer) if line]
    footer_block = [
        lambda c, top, room: c.text("footer", footer, "footer", back.x, top, back.width, room)
    ]
    if content.issuer:
        footer_block.insert(
            0,
            lambda c, top, room: c.text(
                "issuer", [content.issuer], "issuer", back.x, top, back.width, room
            ),
        )
    bottom = back.y + back.height
    footer_height = stack(c.scratch(), footer_block, back.y, bottom, gap // 2) - back.y
    footer_top = bottom - footer_height
    stack(c, footer_block, footer_top, bottom, gap // 2)
    write_in = c.px(c.spec.write_in_height) if content.write_in else 0
    if write_in:
        _write_in(c, content.write_in, back, footer_top - gap - write_in, write_in)
    y = c.text(
        "help_title",
        [content.help_title],
        "help_title",
        back.x,
        back.y,
        back.width,
        back.height // 8,
    )
    numbers = groups_block(content.groups, "hotline", back.x, back.width)
    numbers(c, y + gap, footer_top - gap - write_in - gap - y - gap)


def _write_in(c: Composer, label: str, area: Box, top: int, height: int) -> None:
    """A tinted box with a label and a line to write the local officer's number on."""
    pad = c.px(c.spec.gap) // 2
    c.sheet.boxes.append(Box(area.x, top, area.width, height, "box"))
    y = c.text(
        "write_in",
        [label],
        "help_title",
        area.x + pad,
        top + pad,
        area.width - 2 * pad,
        height // 2,
    )
    line_y = min(top + height - 2 * pad, y + (height - (y - top)) // 2)
    c.sheet.boxes.append(Box(area.x + pad, line_y, area.width - 2 * pad, max(2, c.px(0.3)), "text"))


def layout_trifold(content: TrifoldContent, spec: TrifoldLayout) -> list[Sheet]:
    outside = _sheet(spec, spec.outside_panels, content, "outside")
    c = Composer(spec, outside, content.lang)
    flap, back, cover = outside.safe
    _cover(c, content, cover, to_px(sum(spec.outside_panels[:2]), spec))
    _back(c, content, back)
    lay_out_panel(c, flap, "flap", content.flap)

    inside = _sheet(spec, spec.inside_panels, content, "inside")
    ci = Composer(spec, inside, content.lang)
    for index, (area, panel) in enumerate(zip(inside.safe, content.inside, strict=True)):
        lay_out_panel(ci, area, f"inside{index + 1}", panel)
    return [outside, inside]


def layout_fold_guide(spec: TrifoldLayout, labels: dict[str, str]) -> Sheet:
    """A one-page guide for office printing: panel outlines with their widths, which panel is
    which, how to print the two sides, and arrows for the two folds in their order."""
    guide = Sheet(
        to_px(spec.page.width, spec), to_px(spec.page.height, spec), spec.page.dpi, [], name="guide"
    )
    c = Composer(spec, guide, "")
    margin = c.px(spec.margin)
    half = guide.height // 2
    for side, widths, top in (
        ("outside", spec.outside_panels, 0),
        ("inside", spec.inside_panels, half),
    ):
        panels = _panel_boxes(widths, spec)
        guide.folds += [(x, top, top + half) for x, _ in panels[1:]]
        for index, (x, w) in enumerate(panels):
            guide.boxes.append(Box(x + 2, top + 2, w - 4, guide.height // 2 - 4, "box"))
            paragraphs = [labels[f"{side}{index + 1}"], f"{widths[index]:g} mm"]
            if (side, index) == ("outside", 1):  # the back panel: how to print the two sides
                paragraphs.append(labels["duplex"])
            if (side, index) == ("inside", 1):  # what office printers get wrong
                paragraphs.append(labels["howto"])
            area = Box(
                x + margin, top + margin, w - 2 * margin, guide.height // 2 - 2 * margin, "none"
            )
            guide.safe.append(area)
            c.text(
                f"guide.{side}{index + 1}",
                paragraphs,
                "heading",
                area.x,
                area.y,
                area.width,
                area.height,
            )
    _fold_arrows(c, spec, half, labels["fold"])
    return guide


def _fold_arrows(c: Composer, spec: TrifoldLayout, top: int, word: str) -> None:
    """Seen from the inside: first the narrow right panel folds left, then the left panel
    folds right over it. An arrow across each fold, with its step number above it."""
    (left_x, left_w), _, (right_x, _) = _panel_boxes(spec.inside_panels, spec)
    size = c.px(12)
    y = top + c.sheet.height // 4
    for step, fold_x, direction in (
        (1, right_x, "arrow-left"),
        (2, left_x + left_w, "arrow-right"),
    ):
        c.sheet.boxes.append(Box(fold_x - size, y, 2 * size, size, "accent", shape=direction))
        c.text(
            f"guide.fold{step}",
            [f"{step}. {word}"],
            "heading",
            fold_x - 2 * size,
            y - c.px(9),
            4 * size,
            c.px(9),
        )
