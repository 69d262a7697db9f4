"""The session kit's own words per language (`words.yml`); a language not there speaks
Indonesian, the language every office reads."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml


@cache
def _all() -> dict[str, dict[str, str]]:
    return yaml.safe_load(Path(__file__).with_name("words.yml").read_text(encoding="utf-8"))


def session_words(lang: str) -> dict[str, str]:
    every = _all()
    return {**every["id"], **every.get(lang, {})}
