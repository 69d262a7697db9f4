"""Pictograms for print: the committed SVG files (scripts/cegah/icons/, Material Design Icons)
rasterised with resvg in the layout's accent colour, at the exact pixel size they are drawn."""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import Path

import resvg_py
from PIL import Image

from cegah.content.formats import ICON_DIR
from cegah.printing.fonts import FONT_DIR


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


# what an office's SVG logo may not hold: anything that reads another file or runs code
UNSAFE_SVG = re.compile(r"<\s*(image|script|foreignObject)\b|@import|(?:href|src)\s*=\s*[\"'](?!#)", re.I)


def logo_svg_problem(path: Path) -> tuple[str, str] | None:
    """Why an SVG logo cannot be printed (Indonesian, English), or None."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if UNSAFE_SVG.search(text):
        return (
            "memuat gambar, tautan atau kode lain (hanya bentuk dan teks yang boleh)",
            "loads other images, links or code (only shapes and text are allowed)",
        )
    try:
        logo_image(str(path), 64, 64)
    except ValueError:
        return ("bukan gambar SVG yang bisa dibaca", "is not an SVG image that can be read")
    return None


@lru_cache(maxsize=8)
def logo_image(path: str, width: int, height: int) -> Image.Image:
    """An office's SVG logo in its own colours, fitted in width x height; its text is set in
    the committed fonts, never the machine's."""
    png = resvg_py.svg_to_bytes(
        svg_path=path,
        width=width,
        skip_system_fonts=True,
        font_dirs=[str(FONT_DIR)],
        font_family="Noto Sans",
    )
    with Image.open(io.BytesIO(bytes(png))) as image:
        logo = image.convert("RGBA")
    logo.thumbnail((width, height), Image.Resampling.LANCZOS)
    return logo
