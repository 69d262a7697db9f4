"""Page front matter and docs/data/translations.yml."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    model_validator,
)

from cegah.content.formats import ICON_NAMES
from cegah.content.problems import fail
from cegah.content.schemas.common import (
    PlainText,
    Source,
    Strict,
)

POSTER_WORDS = 8  # read from across a room: a headline or a point of 8 words at most


def _short(value: str) -> str:
    count = len(value.split())
    if count > POSTER_WORDS:
        raise fail(
            f"teks poster ini {count} kata; paling banyak {POSTER_WORDS}, supaya terbaca dari jauh.",
            f"this poster text has {count} words; at most {POSTER_WORDS}, to be read from afar.",
            f"persingkat menjadi {POSTER_WORDS} kata atau kurang.",
            f"shorten it to {POSTER_WORDS} words or fewer.",
        )
    return value


PosterText = Annotated[PlainText, AfterValidator(_short)]


class PosterPoint(Strict):
    """A poster point, written as plain text or as {text, icon}: the pictogram printed beside
    it (one of scripts/cegah/icons/*.svg, a picture for readers who read little)."""

    text: PosterText
    icon: Literal[ICON_NAMES] | None = None  # type: ignore[valid-type]

    @model_validator(mode="before")
    @classmethod
    def _plain_text(cls, value):
        return {"text": value} if isinstance(value, str) else value


class PosterWords(Strict):
    """What a wall poster and a share image print of the page (default: its title and first
    key points): one short headline and at most three short points."""

    title: PosterText | None = None
    points: list[PosterPoint] = Field(default=[], max_length=3)


class PageMeta(Strict):
    """Front matter of a page."""

    title: PlainText
    description: PlainText
    reviewed: dt.date
    date: dt.date | None = None  # news posts only
    sources: list[Source] = []
    key_points: list[Annotated[PlainText, Field(max_length=120)]] = []
    poster: PosterWords | None = None  # the poster's headline and points, shorter than the page's
    hide: list[str] = []  # Material's own key (e.g. hide: [toc])


class TranslationsFile(Strict):
    """Pages knowingly not yet translated: shown in the default language with a notice."""

    untranslated: dict[str, list[str]] = {}


# --- Self-check "Is this job offer safe?" (docs/data/self-check/<lang>.yml) ---------------------
