"""Lay out a trifold pamphlet (A4 landscape, two sides, letter fold) and its fold guide.

Outside, left to right: the flap (it folds in), the back (contacts), the cover (title, QR code).
Inside: three panels, one page each (title and key points); the last one may add penalties.
"""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.schemas import TrifoldLayout
from cegah.printing.poster import Hero
from cegah.printing.sheet import Box, Composer, QrCode, Sheet, to_px


@dataclass(frozen=True)
class Panel:
    heading: str
    points: list[str]
    extra_heading: str | None = None
    extra_lines: tuple[str, ...] = ()


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
    contacts: list[str]
    footer: str
    inside: tuple[Panel, Panel, Panel]
    logo: str | None = None
    draft_label: str | None = None
    contacts_note: str = ""  # how the numbers were checked, printed with the footer
    hero: Hero | None = None  # the number to remember, on the cover
    write_in: str = ""  # a labelled blank on the back for the local officer's number
    notice: str = ""  # "not translated yet, printed in ...", first line of the footer


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


def _panel(c: Composer, area: Box, panel: Panel, field: str) -> None:
    gap = c.px(c.spec.gap)
    heading_height = area.height // 5
    y = c.text(
        f"{field}.heading", [panel.heading], "heading", area.x, area.y, area.width, heading_height
    )
    # the penalty box grows by a third for every line past two (penalties and their caveats
    # each wrap to two or three lines in a panel this narrow)
    lines = len(panel.extra_lines)
    extra = int(c.px(c.spec.header_height) * (1 + max(0, lines - 2) / 3)) if lines else 0
    bottom = area.y + area.height - extra
    y = c.text(
        f"{field}.points",
        panel.points,
        "point",
        area.x,
        y + gap,
        area.width,
        bottom - y - gap,
        bullet=True,
    )
    if panel.extra_lines:
        top = area.y + area.height - extra + gap
        c.sheet.boxes.append(Box(area.x - gap // 2, top - gap // 2, area.width + gap, extra, "box"))
        y = c.text(
            f"{field}.extra_heading",
            [panel.extra_heading or ""],
            "help_title",
            area.x,
            top,
            area.width,
            extra // 4,
        )
        c.text(
            f"{field}.extra",
            list(panel.extra_lines),
            "contact",
            area.x,
            y + gap // 2,
            area.width,
            top + extra - gap - y - gap // 2,
        )


def _write_in(c: Composer, label: str, area: Box, top: int, height: int) -> None:
    """A tinted box with a label and a line to write the local officer's number on."""
    pad = c.px(c.spec.gap) // 2
    c.sheet.boxes.append(Box(area.x, top, area.width, height - pad, "box"))
    y = c.text(
        "write_in",
        [label],
        "help_title",
        area.x + pad,
        top + pad,
        area.width - 2 * pad,
        height // 2,
    )
    line_y = min(top + height - 3 * pad, y + (height - (y - top)) // 2)
    c.sheet.boxes.append(Box(area.x + pad, line_y, area.width - 2 * pad, max(2, c.px(0.3)), "text"))


def layout_trifold(content: TrifoldContent, spec: TrifoldLayout) -> list[Sheet]:
    outside = _sheet(spec, spec.outside_panels, content, "outside")
    c = Composer(spec, outside, content.lang)
    gap = c.px(spec.gap)
    flap, back, cover = outside.safe

    # cover: coloured header with tagline, event and title; QR code below
    cover_x = to_px(sum(spec.outside_panels[:2]), spec)
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
    outside.boxes.append(
        Box(cover_x, 0, outside.width - cover_x, band_bottom, "band", full_bleed=True)
    )
    qr_size = c.px(spec.qr_size)
    qr_y = cover.y + cover.height - qr_size - c.px(spec.header_height) // 2
    if content.hero:  # the hotline on the cover, as the anchors do
        y = c.text(
            "hero",
            [content.hero.number],
            "hero",
            cover.x,
            band_bottom + gap,
            cover.width,
            c.px(22),
            max_lines=1,
        )
        c.text(
            "hero_caption",
            [content.hero.caption],
            "hero_caption",
            cover.x,
            y + gap // 3,
            cover.width,
            qr_y - y - gap,
            max_lines=3,
        )
    outside.qr_codes.append(
        QrCode(content.qr_url, cover.x + (cover.width - qr_size) // 2, qr_y, qr_size)
    )
    y = c.text(
        "scan",
        [content.scan_caption],
        "scan",
        cover.x,
        qr_y + qr_size + gap // 2,
        cover.width,
        c.px(spec.header_height) // 4,
    )
    c.text(
        "url",
        [content.qr_url],
        "url",
        cover.x,
        y + gap // 3,
        cover.width,
        cover.y + cover.height - y - gap // 3,
    )

    # back: whom to call, then the review line
    footer_height = back.height // 8
    y = c.text(
        "help_title",
        [content.help_title],
        "help_title",
        back.x,
        back.y,
        back.width,
        back.height // 8,
    )
    write_in = c.px(spec.write_in_height) if content.write_in else 0
    c.text(
        "contacts",
        content.contacts,
        "hotline",
        back.x,
        y + gap,
        back.width,
        back.y + back.height - footer_height - write_in - y - 2 * gap,
    )
    if content.write_in:
        _write_in(
            c, content.write_in, back, back.y + back.height - footer_height - write_in, write_in
        )
    c.text(
        "footer",
        [line for line in (content.notice, content.contacts_note, content.footer) if line],
        "footer",
        back.x,
        back.y + back.height - footer_height,
        back.width,
        footer_height,
    )

    _panel(c, flap, content.flap, "flap")

    inside = _sheet(spec, spec.inside_panels, content, "inside")
    ci = Composer(spec, inside, content.lang)
    for index, (area, panel) in enumerate(zip(inside.safe, content.inside, strict=True)):
        _panel(ci, area, panel, f"inside{index + 1}")
    return [outside, inside]


def layout_fold_guide(spec: TrifoldLayout, labels: dict[str, str]) -> Sheet:
    """A one-page guide for office printing: panel outlines, fold lines, which panel is which."""
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
    return guide
