"""Page front matter and docs/data/translations.yml."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import (
    Field,
)

from cegah.content.schemas.common import (
    PlainText,
    Source,
    Strict,
)


class PageMeta(Strict):
    """Front matter of a page."""

    title: PlainText
    description: PlainText
    reviewed: dt.date
    date: dt.date | None = None  # news posts only
    sources: list[Source] = []
    key_points: list[Annotated[PlainText, Field(max_length=120)]] = []
    hide: list[str] = []  # Material's own key (e.g. hide: [toc])


class TranslationsFile(Strict):
    """Pages knowingly not yet translated: shown in the default language with a notice."""

    untranslated: dict[str, list[str]] = {}


# --- Self-check "Is this job offer safe?" (docs/data/self-check/<lang>.yml) ---------------------
