"""The print cache key's code part: a change to the code, layouts, words, fonts or pictograms
that draw an item makes every item draw again."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from cegah.printing.fonts import FONT_DIR


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the code and fonts that draw: a change to either invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(
        [
            *package.glob("printing/*.py"),
            *package.glob("session/*"),  # the session kit draws slides and forms
            *package.glob("layouts/*.yml"),
            *package.glob("words/*"),
            package / "content" / "evidence.py",
            package / "content" / "phones.py",
            *FONT_DIR.glob("*.ttf"),
            *package.glob("icons/*.svg"),
        ]
    ):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()
