"""Fonts committed with the package (OFL, see fonts/OFL.txt); never fonts of the machine.

Each language's words file names its script (words/<lang>.yml, language.script); a script is
the faces that draw it and its direction. A new script means committing its Noto fonts and
adding a line to SCRIPTS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from PIL import ImageFont

from cegah.words import language

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"


@dataclass(frozen=True)
class Script:
    regular: Path
    bold: Path
    direction: str  # "ltr" or "rtl"

    def face(self, bold: bool) -> Path:
        return self.bold if bold else self.regular


LATIN = Script(FONT_DIR / "NotoSans-Regular.ttf", FONT_DIR / "NotoSans-Bold.ttf", "ltr")
# Noto Sans Arabic is committed in its regular weight only; headings use it too.
ARABIC = Script(
    FONT_DIR / "NotoSansArabic-Regular.ttf", FONT_DIR / "NotoSansArabic-Regular.ttf", "rtl"
)
SCRIPTS = {"latin": LATIN, "arabic": ARABIC}


def script(lang: str) -> Script:
    return SCRIPTS[language(lang).script] if lang else LATIN


@lru_cache(maxsize=256)
def font(bold: bool, size_px: int, lang: str = "") -> ImageFont.FreeTypeFont:
    """A shaped (RAQM: HarfBuzz + FriBiDi) font at a size in pixels, for the language's script."""
    path = script(lang).face(bold)
    return ImageFont.truetype(str(path), size_px, layout_engine=ImageFont.Layout.RAQM)


def text_options(lang: str) -> dict[str, str]:
    """Keyword arguments for Pillow's measuring and drawing calls in this language."""
    if script(lang).direction == "rtl":
        return {"direction": "rtl", "language": lang}
    return {}


@lru_cache(maxsize=8)
def _codepoints(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True) as face:
        return frozenset(face.getBestCmap())


def missing_glyphs(text: str, bold: bool, lang: str = "") -> list[str]:
    """Characters of text that the language's font cannot draw (would print as empty boxes)."""
    have = _codepoints(script(lang).face(bold))
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in have})
