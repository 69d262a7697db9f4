"""Draw a laid-out poster plan onto a Pillow image. No layout decisions are made here."""

from __future__ import annotations

import segno
from PIL import Image, ImageDraw

from ..schemas import PosterLayout
from .fonts import font
from .poster import PosterPlan, QrCode

QR_ERROR_LEVEL = "m"  # survives a smudged or folded print
QR_QUIET_MODULES = 4


def _draw_qr(image: Image.Image, qr: QrCode, dark: str, light: str) -> None:
    code = segno.make(qr.url, error=QR_ERROR_LEVEL, micro=False, boost_error=False)
    rows = list(code.matrix_iter(scale=1, border=QR_QUIET_MODULES))
    module = qr.size // len(rows)
    offset = (qr.size - module * len(rows)) // 2
    draw = ImageDraw.Draw(image)
    draw.rectangle((qr.x, qr.y, qr.x + qr.size - 1, qr.y + qr.size - 1), fill=light)
    for row_index, row in enumerate(rows):
        for col_index, is_dark in enumerate(row):
            if is_dark:
                x = qr.x + offset + col_index * module
                y = qr.y + offset + row_index * module
                draw.rectangle((x, y, x + module - 1, y + module - 1), fill=dark)


def _draw_draft(image: Image.Image, label: str, colour: str) -> None:
    """A diagonal watermark across the whole page, drawn last so nothing can cover it."""
    layer = Image.new("L", image.size, 0)
    size = image.width // 9
    ImageDraw.Draw(layer).text(
        (image.width // 2, image.height // 2), label, font=font(True, size), fill=110, anchor="mm"
    )
    layer = layer.rotate(
        55, resample=Image.Resampling.BICUBIC, center=(image.width // 2, image.height // 2)
    )
    image.paste(Image.new("RGB", image.size, colour), (0, 0), layer)


def draw_poster(plan: PosterPlan, spec: PosterLayout) -> Image.Image:
    colours = spec.colours
    image = Image.new("RGB", (plan.width, plan.height), colours["background"])
    draw = ImageDraw.Draw(image)
    for box in plan.boxes:
        draw.rectangle(
            (box.x, box.y, box.x + box.width - 1, box.y + box.height - 1), fill=colours[box.colour]
        )
    for line in plan.lines:
        draw.text(
            (line.x, line.y),
            line.text,
            font=font(line.bold, line.size_px),
            fill=colours[line.colour],
            anchor="la",
        )
    if plan.qr:
        _draw_qr(image, plan.qr, colours["text"], colours["background"])
    if plan.draft_label:
        _draw_draft(image, plan.draft_label, colours["draft"])
    return image
