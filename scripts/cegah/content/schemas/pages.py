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


def _words_at_most(limit: int, what_id: str, what_en: str, why_id: str, why_en: str):
    def check(value: str) -> str:
        count = len(value.split())
        if count > limit:
            raise fail(
                f"{what_id} ini {count} kata; paling banyak {limit}, {why_id}.",
                f"this {what_en} has {count} words; at most {limit}, {why_en}.",
                f"persingkat menjadi {limit} kata atau kurang.",
                f"shorten it to {limit} words or fewer.",
            )
        return value

    return AfterValidator(check)


PosterText = Annotated[
    PlainText,
    _words_at_most(
        POSTER_WORDS,
        "teks poster",
        "poster text",
        "supaya terbaca dari jauh",
        "to be read from afar",
    ),
]
# a pamphlet is read in the hand, but by readers who read little: short lines, short steps
PamphletText = Annotated[
    PlainText,
    _words_at_most(
        15, "teks pamflet", "pamphlet text", "supaya mudah dibaca", "to be easy to read"
    ),
]
StepTitle = Annotated[
    PlainText, _words_at_most(4, "judul langkah", "step title", "supaya jelas", "to stay clear")
]
StoryText = Annotated[
    PlainText,
    _words_at_most(80, "cerita", "story", "supaya muat di pamflet", "to fit on a pamphlet"),
]


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


class PamphletPoint(PosterPoint):
    """A pamphlet point: like a poster point, a little longer."""

    text: PamphletText


class PamphletWords(Strict):
    """What a pamphlet panel prints of the page (default: its title and key points): a
    heading, up to three short lines, up to five points with pictograms."""

    heading: PosterText | None = None
    lines: list[PamphletText] = Field(default=[], max_length=3)
    points: list[PamphletPoint] = Field(default=[], max_length=5)


class Step(Strict):
    """One step of a procedure: a few words, then what to do."""

    title: StepTitle
    text: PamphletText


class Story(Strict):
    """A short story that shows how it happens (made up from common cases, and said so)."""

    title: PosterText
    text: StoryText


class PageMeta(Strict):
    """Front matter of a page."""

    title: PlainText
    description: PlainText
    reviewed: dt.date
    date: dt.date | None = None  # news posts only
    sources: list[Source] = []
    key_points: list[Annotated[PlainText, Field(max_length=120)]] = []
    poster: PosterWords | None = None  # the poster's headline and points, shorter than the page's
    pamphlet: PamphletWords | None = None  # what a pamphlet panel prints of the page
    # a procedure in short steps: on the page at <!-- cegah:steps -->, numbered on the pamphlet
    steps: list[Step] = Field(default=[], max_length=7)
    story: Story | None = None  # on the page at <!-- cegah:story -->, and on the pamphlet
    hide: list[str] = []  # Material's own key (e.g. hide: [toc])


class TranslationsFile(Strict):
    """Pages knowingly not yet translated: shown in the default language with a notice."""

    untranslated: dict[str, list[str]] = {}


# --- Self-check "Is this job offer safe?" (docs/data/self-check/<lang>.yml) ---------------------
