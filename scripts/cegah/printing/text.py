"""Fit text into a box: wrap by measured width, shrink down to the style's minimum size.

Nothing here draws. The result says which lines go where and at what size; when text cannot
fit even at the minimum size, TextOverflow says by how much.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyphen

from cegah.content.schemas import TextStyle
from cegah.printing.fonts import font, text_options
from cegah.printing.tokens import protect
from cegah.words import language


def pt_to_px(points: float, dpi: int) -> int:
    return round(points * dpi / 72)


@dataclass(frozen=True)
class FittedText:
    size_pt: float
    size_px: int
    line_height_px: int
    paragraphs: list[list[str]]  # wrapped lines of each paragraph

    @property
    def line_count(self) -> int:
        return sum(len(p) for p in self.paragraphs)


class TextOverflow(Exception):
    """The text does not fit even at the minimum size."""

    def __init__(
        self,
        excess_chars: int,
        min_size: float,
        excess_lines: int = 0,
        wrapped: list[list[str]] | None = None,
        fits_lines: int = 0,
    ):
        self.excess_chars = excess_chars
        self.min_size = min_size
        self.excess_lines = excess_lines  # lines beyond the room, for texts read line by line
        self.wrapped = wrapped or []  # each paragraph's lines at the minimum size
        self.fits_lines = fits_lines  # how many of those lines the room holds
        super().__init__(f"about {excess_chars} characters too long at {min_size} pt")


# Glyphs may overhang their advance (J to the left, f or y to the right). Measuring ink with
# getbbox on every candidate is slow, so lines keep this share of the size free instead; the
# tests check every line's real ink against the safe area.
OVERHANG_EM = 0.12


def measure(face, text: str, lang: str = "") -> float:
    """Width the line needs: its advance (shaped in the language's direction) plus room for
    overhanging glyphs."""
    return face.getlength(text, **text_options(lang)) + OVERHANG_EM * face.size


@lru_cache(maxsize=8)
def _hyphenator(lang: str) -> pyphen.Pyphen | None:
    code = language(lang).hyphenation if lang else None  # from words/<lang>.yml
    return pyphen.Pyphen(lang=code) if code else None


def _hyphenated_head(
    face, current: str, word: str, width_px: int, lang: str
) -> tuple[str, str] | None:
    """Split word at the last hyphenation point where current + 'head-' still fits the line."""
    hyphenator = _hyphenator(lang)
    # only plain words: never split web addresses, numbers or article references
    if hyphenator is None or len(word) < 7 or not re.fullmatch(r"[^\W\d_]+[,.;:!?)]?", word):
        return None
    for head, tail in hyphenator.iterate(word):  # longest head first
        if len(head) < 3 or len(tail) < 3:
            continue
        candidate = f"{current} {head}-" if current else f"{head}-"
        if measure(face, candidate, lang) <= width_px:
            return candidate, tail
    return None


BREAKABLE_SPACE = re.compile(r"[ \t\r\n]+")


def wrap(
    text: str, bold: bool, size_px: int, width_px: int, lang: str = "", hyphenate: bool = False
) -> list[str]:
    """Greedy wrap by measured width. Protected tokens (printing/tokens.py: numbers, sums,
    laws, addresses) stay whole. Words are not split at line ends, unless the style allows
    hyphenation and the language has a dictionary (readers with little schooling stumble on
    split words); a word longer than a whole line is broken by characters."""
    face = font(bold, size_px, lang)
    lines: list[str] = []
    current = ""
    # split at ordinary spaces only: a no-break space keeps a phone number on one line
    for word in BREAKABLE_SPACE.split(protect(text.strip())):
        candidate = f"{current} {word}" if current else word
        if measure(face, candidate, lang) <= width_px:
            current = candidate
            continue
        split = _hyphenated_head(face, current, word, width_px, lang) if hyphenate else None
        if split:
            lines.append(split[0])
            current, word = "", split[1]
        elif current:
            lines.append(current)
            current = ""
        while word and measure(face, word, lang) > width_px:  # (a too-narrow box ends too)
            cut = len(word)
            while cut > 1 and measure(face, word[:cut], lang) > width_px:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def balanced_wrap(
    text: str, bold: bool, size_px: int, width_px: int, lang: str = "", hyphenate: bool = False
) -> list[str]:
    """The same number of lines as wrap() gives, at the narrowest width that keeps it, so a
    heading's lines are of even length (no single word left alone on the last line)."""
    lines = wrap(text, bold, size_px, width_px, lang, hyphenate)
    if len(lines) < 2:
        return lines
    low, high = width_px // 2, width_px  # wrap at `high` gives len(lines) lines
    while high - low > 4:
        middle = (low + high) // 2
        if len(wrap(text, bold, size_px, middle, lang, hyphenate)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap(text, bold, size_px, high, lang, hyphenate)


def block_height(fitted_lines: int, paragraphs: int, line_height: int, gap_px: int) -> int:
    return fitted_lines * line_height + max(paragraphs - 1, 0) * gap_px


def _attempt(paragraphs, style, size, width_px, dpi, gap_em, lang, balance=None):
    size_px = pt_to_px(size, dpi)
    line_height = round(size_px * style.leading)
    wrapper = balanced_wrap if (style.balance if balance is None else balance) else wrap
    wrapped = [wrapper(p, style.bold, size_px, width_px, lang, style.hyphenate) for p in paragraphs]
    count = sum(len(w) for w in wrapped)
    needed = block_height(count, len(wrapped), line_height, round(size_px * gap_em))
    return FittedText(size, size_px, line_height, wrapped), needed


def fit(
    paragraphs: list[str],
    style: TextStyle,
    width_px: int,
    height_px: int,
    dpi: int,
    gap_em: float = 0.5,
    max_lines: int | None = None,
    lang: str = "",
) -> FittedText:
    """Largest size from style.size down to style.min (half-point steps) at which it fits.

    Text that fits at a size fits at every smaller one, so the sizes are searched by halving.
    """
    sizes = [style.size - 0.5 * step for step in range(int((style.size - style.min) / 0.5) + 1)]

    def fits(attempt: tuple[FittedText, int]) -> bool:
        fitted, needed = attempt
        return needed <= height_px and (max_lines is None or fitted.line_count <= max_lines)

    first = _attempt(paragraphs, style, sizes[0], width_px, dpi, gap_em, lang)
    if fits(first):
        return first[0]
    smallest = _attempt(paragraphs, style, sizes[-1], width_px, dpi, gap_em, lang)
    if not fits(smallest):
        # what to cut is counted on full lines (balancing shortens lines, not their number)
        fitted, needed = _attempt(
            paragraphs, style, sizes[-1], width_px, dpi, gap_em, lang, balance=False
        )
        raise TextOverflow(
            _excess_chars(fitted.paragraphs, needed, height_px, fitted.line_height_px, max_lines),
            style.min,
            _excess_lines(fitted.paragraphs, needed, height_px, fitted.line_height_px),
            fitted.paragraphs,
            _fitting_lines(fitted.paragraphs, height_px, fitted.line_height_px, gap_em),
        )
    low, high, best = 1, len(sizes) - 1, smallest[0]  # sizes[high] fits, sizes[0] does not
    while low < high:
        middle = (low + high) // 2
        attempt = _attempt(paragraphs, style, sizes[middle], width_px, dpi, gap_em, lang)
        if fits(attempt):
            high, best = middle, attempt[0]
        else:
            low = middle + 1
    return best  # the attempt at sizes[high], the largest size that fits


def _excess_chars(
    wrapped: list[list[str]], needed: int, available: int, line_height: int, max_lines: int | None
) -> int:
    """Characters beyond the lines that fit: the text of the lines that do not fit (the box
    holds `available` pixels of lines, and at most max_lines)."""
    lines = [line for para in wrapped for line in para]
    room = min(len(lines), max(0, available // max(line_height, 1)))
    if max_lines is not None:
        room = min(room, max_lines)
    if needed > available and room == len(lines):  # paragraph gaps took the last line's room
        room -= 1
    return max(1, sum(len(line) + 1 for line in lines[room:]))


def _fitting_lines(wrapped: list[list[str]], available: int, line_height: int, gap_em) -> int:
    """How many lines, paragraph gaps included, the room holds."""
    gap = round(line_height / 1.35 * gap_em)  # about the gap fit() leaves between paragraphs
    used, count = 0, 0
    for index, paragraph in enumerate(wrapped):
        used += gap if index else 0
        for _ in paragraph:
            used += line_height
            if used > available:
                return count
            count += 1
    return count


def _excess_lines(wrapped: list[list[str]], needed: int, available: int, line_height: int) -> int:
    """Whole lines that do not fit (a list of contacts is shortened by lines, not letters)."""
    return max(1, -(-(needed - available) // max(line_height, 1)))
