"""Draw laid-out sheets with Pillow. No layout decisions are made here.

Print-shop output adds a bleed around the trim (boxes that touch the trim edge run into it) and
a slug beyond the bleed where the crop and fold marks are drawn, outside what is kept.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from PIL import Image, ImageChops, ImageDraw, ImageMath

from cegah.content.formats import ICON_DIR
from cegah.content.schemas import LayoutBase
from cegah.printing.fonts import font, text_options
from cegah.printing.icons import icon_image, logo_image
from cegah.printing.sheet import Box, QrCode, Sheet

QR_ERROR_LEVEL = "m"  # survives a smudged or folded print
QR_QUIET_MODULES = 4


@lru_cache(maxsize=64)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of the QR code for url, quiet zone included (several items share a URL)."""
    code = segno.make(url, error=QR_ERROR_LEVEL, micro=False, boost_error=False)
    return tuple(
        tuple(bool(m) for m in row) for row in code.matrix_iter(scale=1, border=QR_QUIET_MODULES)
    )


def _qr(draw: ImageDraw.ImageDraw, qr: QrCode, dx: int, dy: int, dark, light) -> None:
    rows = qr_matrix(qr.url)
    module = qr.size // len(rows)
    offset = (qr.size - module * len(rows)) // 2
    x0, y0 = qr.x + dx, qr.y + dy
    draw.rectangle((x0, y0, x0 + qr.size - 1, y0 + qr.size - 1), fill=light)
    for row_index, row in enumerate(rows):
        for col_index, is_dark in enumerate(row):
            if is_dark:
                x = x0 + offset + col_index * module
                y = y0 + offset + row_index * module
                draw.rectangle((x, y, x + module - 1, y + module - 1), fill=dark)


def _draft(image: Image.Image, label: str, colour) -> None:
    """A diagonal watermark across the page centre, drawn last so nothing can cover it.

    The label is drawn on a small layer just big enough for it and rotated there: rotating a
    full-page layer would cost more than drawing the whole poster."""
    face = font(True, min(image.width, image.height) // 8)
    left, top, right, bottom = face.getbbox(label, anchor="lt")
    layer = Image.new("L", (right - left + 8, bottom - top + 8), 0)
    ImageDraw.Draw(layer).text((4 - left, 4 - top), label, font=face, fill=120, anchor="lt")
    layer = layer.rotate(35, resample=Image.Resampling.BICUBIC, expand=True)
    corner = ((image.width - layer.width) // 2, (image.height - layer.height) // 2)
    image.paste(Image.new(image.mode, layer.size, colour), corner, layer)


def _extend(box: Box, sheet: Sheet, bleed: int, origin: int) -> tuple[int, int, int, int]:
    """The box on the canvas (trim corner at origin); a full-bleed box runs into the bleed."""
    left, top = box.x + origin, box.y + origin
    right, bottom = left + box.width - 1, top + box.height - 1
    if box.full_bleed and bleed:
        edge = origin - bleed  # where the bleed begins
        left = edge if box.x <= 0 else left
        top = edge if box.y <= 0 else top
        right = origin + sheet.width + bleed - 1 if box.x + box.width >= sheet.width else right
        bottom = origin + sheet.height + bleed - 1 if box.y + box.height >= sheet.height else bottom
    return left, top, right, bottom


def _marks(draw: ImageDraw.ImageDraw, sheet: Sheet, bleed: int, slug: int, colour) -> None:
    """Crop marks at the trim's corners and fold marks at the folds, in the slug outside the
    bleed: a mark never prints on what the shop may leave after trimming."""
    weight = max(1, sheet.dpi // 150)
    origin, w, h = slug + bleed, sheet.width, sheet.height
    near, far = slug - bleed // 2, origin + h + bleed + bleed // 2  # ends short of the bleed
    total_w, total_h = w + 2 * origin, h + 2 * origin
    for x in (origin, origin + w):
        draw.line((x, 0, x, near), fill=colour, width=weight)
        draw.line((x, far, x, total_h), fill=colour, width=weight)
    far_x = origin + w + bleed + bleed // 2
    for y in (origin, origin + h):
        draw.line((0, y, near, y), fill=colour, width=weight)
        draw.line((far_x, y, total_w, y), fill=colour, width=weight)
    for x, top, bottom in sheet.folds:
        if top == 0:
            draw.line((x + origin, 0, x + origin, near), fill=colour, width=weight)
        if bottom == h:
            draw.line((x + origin, far, x + origin, total_h), fill=colour, width=weight)


def _arrow(box: Box, origin: int) -> list[tuple[int, int]]:
    """A fat arrow filling the box, pointing left or right (the fold guide's folds)."""
    x, y, w, h = box.x + origin, box.y + origin, box.width, box.height
    head, shaft = w * 2 // 5, h // 3
    points = [
        (0, h // 2),
        (head, 0),
        (head, shaft),
        (w, shaft),
        (w, h - shaft),
        (head, h - shaft),
        (head, h),
    ]
    if box.shape == "arrow-right":
        points = [(w - px, py) for px, py in points]
    return [(x + px, y + py) for px, py in points]


class Palette(dict):
    """The layout's colours by name, as the image's mode wants them: RGB from `colours`, or
    for offset printing the CMYK the layout gives (`cmyk`, in per cent), so black text is
    pure K, never a mix of four inks that a press cannot keep in register."""

    def __init__(self, spec: LayoutBase, mode: str):
        if mode == "CMYK":
            super().__init__({k: tuple(round(v * 2.55) for v in c) for k, c in spec.cmyk.items()})
        else:
            super().__init__(spec.colours)
        self.mode = mode


REGISTRATION = {"RGB": "#000000", "CMYK": (255, 255, 255, 255)}  # marks show on every plate


def picture_image(picture, accent) -> Image.Image:
    """A sheet's picture as an RGBA image: a pictogram filled with the accent colour, or a
    logo in its own colours (also what the PowerPoint file embeds)."""
    if picture.path.startswith(str(ICON_DIR)):
        shape = icon_image(picture.path, picture.width, "#000000").getchannel("A")
        filled = Image.new("RGBA", shape.size, accent)
        filled.putalpha(shape)
        return filled
    if picture.path.endswith(".svg"):
        return logo_image(picture.path, picture.width, picture.height)
    with Image.open(picture.path) as opened:
        logo = opened.convert("RGBA")
    logo.thumbnail((picture.width, picture.height), Image.Resampling.LANCZOS)
    return logo


def _picture(image: Image.Image, picture, colours: Palette, origin: int) -> None:
    """A pictogram (its shape filled with the accent colour) or a logo, at its place."""
    at = (picture.x + origin, picture.y + origin)
    if picture.path.startswith(str(ICON_DIR)):
        shape = icon_image(picture.path, picture.width, "#000000").getchannel("A")
        image.paste(Image.new(image.mode, shape.size, colours["accent"]), at, shape)
        return
    logo = picture_image(picture, None)
    image.paste(_in_mode(logo, image.mode), at, logo.getchannel("A"))


def _in_mode(picture: Image.Image, mode: str) -> Image.Image:
    """A logo in the image's mode: for CMYK, grey components go to K (what a press expects of
    a logo's black), the rest to C, M and Y."""
    rgb = picture.convert("RGB")
    if mode != "CMYK":
        return rgb
    red, green, blue = rgb.split()
    key = ImageChops.invert(ImageChops.lighter(ImageChops.lighter(red, green), blue))
    room = ImageChops.invert(key)  # 255 - K: what the coloured inks share

    def ink(channel):  # (1 - channel - K) / (1 - K), in 0..255
        return ImageMath.lambda_eval(
            lambda a: a["convert"]((a["r"] - a["c"]) * 255 / a["max"](a["r"], 1), "L"),
            c=channel, r=room,
        )

    return Image.merge("CMYK", [ink(red), ink(green), ink(blue), key])


def draw_sheet(
    sheet: Sheet,
    spec: LayoutBase,
    bleed: int = 0,
    show_folds: bool = False,
    slug: int = 0,
    mode: str = "RGB",
) -> Image.Image:
    """The sheet as an image: the finished size, or (print shop) with a bleed around it and a
    slug beyond that for the crop marks; in RGB, or in CMYK for an offset press."""
    colours = Palette(spec, mode)
    origin = bleed + slug
    size = (sheet.width + 2 * origin, sheet.height + 2 * origin)
    image = Image.new(mode, size, colours["background"])
    draw = ImageDraw.Draw(image)
    for box in sheet.boxes:
        if box.shape == "circle":
            draw.ellipse(_extend(box, sheet, bleed, origin), fill=colours[box.colour])
            continue
        if box.shape.startswith("arrow-"):
            draw.polygon(_arrow(box, origin), fill=colours[box.colour])
            continue
        draw.rectangle(_extend(box, sheet, bleed, origin), fill=colours[box.colour])
    for picture in sheet.images:
        _picture(image, picture, colours, origin)
    for line in sheet.lines:
        draw.text(
            (line.x + origin, line.y + origin),
            line.text,
            font=font(line.bold, line.size_px, line.lang),
            fill=colours[line.colour],
            anchor="la",
            **text_options(line.lang),
        )
    for qr in sheet.qr_codes:
        _qr(draw, qr, origin, origin, colours["text"], colours["background"])
    if show_folds:
        for x, top, bottom in sheet.folds:
            for y in range(top, bottom, 40):
                draw.line(
                    (x, y, x, min(y + 20, bottom)),
                    fill=colours.get("fold", colours["text"]),
                    width=3,
                )
    if slug:
        _marks(draw, sheet, bleed, slug, REGISTRATION[mode])
    if sheet.draft_label:
        _draft(image, sheet.draft_label, colours["draft"])
    return image
