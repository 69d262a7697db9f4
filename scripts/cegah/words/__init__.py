"""Interface words and language facts, as data: one file per language (`words/<lang>.yml`).

Every language has exactly the keys of the reference language (id.yml); a missing or unknown
key is a content problem naming the file and line, never a silent fallback to another
language. `language:` holds the facts that used to be spread through the code: Open Graph
locale, the CLDR locale for dates and numbers, the hyphenation dictionary, the script, the
search stemmer and Material's translation for the theme's own labels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Literal

from babel.dates import format_date
from babel.numbers import format_decimal

from cegah.content.problems import validate
from cegah.content.schemas.common import Strict
from cegah.content.yamlfile import load_yaml
from cegah.errors import ContentError, Problem

WORDS_DIR = Path(__file__).resolve().parent
REFERENCE = "id"  # the language whose file lists every key
SECTIONS = ("ui", "penalty", "evidence")


class LanguageFacts(Strict):
    name: str  # the language's own name
    og_locale: str  # Open Graph locale of link previews, e.g. id_ID
    cldr_locale: str  # CLDR locale that writes dates and numbers, e.g. en_GB
    hyphenation: str | None  # pyphen dictionary for print, or null for none
    script: Literal["latin", "arabic"]  # decides the print font and direction
    search_stemmer: Literal["id", "en", "none"]
    theme_language: str  # Material's translation for its own labels (menus, search)


class WordsFile(Strict):
    language: LanguageFacts
    ui: dict[str, str]
    penalty: dict[str, str]
    evidence: dict[str, str]


def _file(lang: str) -> str:
    return f"scripts/cegah/words/{lang}.yml"


@cache
def load_words(lang: str) -> WordsFile:
    path = WORDS_DIR / f"{lang}.yml"
    if not path.is_file():
        raise ContentError.one(
            file=_file(lang),
            problem_id=f"kata-kata antarmuka untuk bahasa '{lang}' belum ada.",
            problem_en=f"interface words for language '{lang}' are missing.",
            fix_id=f"salin {_file(REFERENCE)} menjadi {_file(lang)} dan terjemahkan isinya.",
            fix_en=f"copy {_file(REFERENCE)} to {_file(lang)} and translate it.",
        )
    doc = replace(load_yaml(path), file=_file(lang))  # named as the editor finds it
    loaded = validate(doc, WordsFile)
    if lang != REFERENCE:
        problems = _key_problems(loaded, load_words(REFERENCE), doc)
        if problems:
            raise ContentError(problems)
    return loaded


def _key_problems(loaded: WordsFile, reference: WordsFile, doc) -> list[Problem]:
    problems = []
    for section in SECTIONS:
        have, want = getattr(loaded, section), getattr(reference, section)
        for key in [k for k in want if k not in have]:
            problems.append(
                Problem(
                    file=doc.file,
                    line=doc.line_of((section,)),
                    key=f"{section}.{key}",
                    problem_id=f"kata '{key}' belum ada (di {_file(REFERENCE)}: \"{want[key]}\").",
                    problem_en=f"the word '{key}' is missing (in {_file(REFERENCE)}: \"{want[key]}\").",
                    fix_id=f"tambahkan '{key}: ...' di bawah {section}: dengan terjemahannya.",
                    fix_en=f"add '{key}: ...' under {section}: with its translation.",
                )
            )
        for key in [k for k in have if k not in want]:
            problems.append(
                Problem(
                    file=doc.file,
                    line=doc.line_of((section, key)),
                    key=f"{section}.{key}",
                    problem_id=f"kata '{key}' tidak dikenal (tidak ada di {_file(REFERENCE)}).",
                    problem_en=f"the word '{key}' is unknown (not in {_file(REFERENCE)}).",
                    fix_id="hapus baris itu, atau periksa ejaan kuncinya.",
                    fix_en="remove the line, or check the key's spelling.",
                )
            )
    return problems


def words(lang: str) -> dict[str, str]:
    """The interface words of a language (blocks, print, the visitor features)."""
    return load_words(lang).ui


def language(lang: str) -> LanguageFacts:
    return load_words(lang).language


class _Section(Mapping):
    """SECTION[lang] -> that language's words of one section (penalty phrases, evidence)."""

    def __init__(self, section: str):
        self.section = section

    def __getitem__(self, lang: str) -> dict[str, str]:
        return getattr(load_words(lang), self.section)

    def __iter__(self) -> Iterator[str]:
        return (p.stem for p in sorted(WORDS_DIR.glob("*.yml")))

    def __len__(self) -> int:
        return len(list(iter(self)))


PENALTY_WORDS = _Section("penalty")
EVIDENCE_WORDS = _Section("evidence")


def fallback_notice(used: set[str], lang: str) -> str:
    """'Some of this is not translated yet, so it is shown in Bahasa Indonesia' (in lang), for
    the languages `used` that texts fell back to; '' when none did."""
    if not used:
        return ""
    shown_in = " / ".join(language(code).name for code in sorted(used))
    return words(lang)["data_fallback"].format(language=shown_in)


def date_locale(lang: str) -> str:
    return language(lang).cldr_locale


def month_year(value: dt.date, lang: str) -> str:
    """Agustus 2024 / August 2024."""
    return format_date(value, format="LLLL y", locale=date_locale(lang))


def long_date(value: dt.date, lang: str) -> str:
    """24 November 2026 (month names from the CLDR data in babel)."""
    return format_date(value, format="long", locale=date_locale(lang))


def short_date(value: dt.date, lang: str) -> str:
    """12 Jan 2027 (for the emergency strip and print)."""
    return format_date(value, format="medium", locale=date_locale(lang))


def rupiah(amount: int, lang: str) -> str:
    """Rp5 miliar / Rp5 billion; Rp2,5 miliar / Rp2.5 billion (the decimal sign from CLDR)."""
    w = PENALTY_WORDS[lang]
    unit, key = (1_000_000_000, "billion") if amount >= 1_000_000_000 else (1_000_000, "million")
    return w[key].format(n=format_decimal(amount / unit, locale=date_locale(lang)))


def one_decimal(value: float, lang: str) -> str:
    """85,0 / 85.0: a share with one decimal, the decimal sign from CLDR."""
    return format_decimal(value, format="0.0", locale=date_locale(lang))
