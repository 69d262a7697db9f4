"""Fonts committed with the package (OFL, see fonts/OFL.txt); never fonts of the machine."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FACES = {
    False: FONT_DIR / "NotoSans-Regular.ttf",
    True: FONT_DIR / "NotoSans-Bold.ttf",
}


@lru_cache(maxsize=256)
def font(bold: bool, size_px: int) -> ImageFont.FreeTypeFont:
    """A shaped (RAQM: HarfBuzz + FriBiDi) font at a size in pixels."""
    return ImageFont.truetype(str(FACES[bold]), size_px, layout_engine=ImageFont.Layout.RAQM)


@lru_cache(maxsize=8)
def _codepoints(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True) as face:
        return frozenset(face.getBestCmap())


def missing_glyphs(text: str, bold: bool) -> list[str]:
    """Characters of text that the font cannot draw (would print as empty boxes)."""
    have = _codepoints(FACES[bold])
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in have})
