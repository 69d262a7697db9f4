"""Pictograms for print: the committed SVG files (scripts/cegah/icons/, Material Design Icons)
rasterised with resvg in the layout's accent colour, at the exact pixel size they are drawn."""

from __future__ import annotations

import io
from functools import lru_cache

import resvg_py
from PIL import Image

from cegah.content.formats import ICON_DIR


def icon_path(name: str) -> str:
    return str(ICON_DIR / f"{name}.svg")


@lru_cache(maxsize=64)
def icon_image(path: str, size: int, colour: str) -> Image.Image:
    """The pictogram as an RGBA image size x size, every shape filled with colour."""
    png = resvg_py.svg_to_bytes(
        svg_path=path,
        width=size,
        height=size,
        style_sheet=f"path {{ fill: {colour}; }}",
        skip_system_fonts=True,  # icons have no text: never read the machine's fonts
    )
    with Image.open(io.BytesIO(bytes(png))) as image:
        return image.convert("RGBA")
