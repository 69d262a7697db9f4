"""docs/data/deck.yml: the slides of an outreach session, one description for every language.

A slide names what it shows; the words come from the pages (a page's `pamphlet:`, `poster:`
or `steps:`) and the contacts, so a fact changed once reaches the slides too. Only the texts
that belong to the session itself (the title slide, the quiz pause, the close, what to say)
are written here, per language.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from cegah.content.problems import fail
from cegah.content.schemas.common import Localized, Strict

SlideKind = Literal["title", "page", "steps", "hotlines", "quiz", "close"]
PAGE_KINDS = ("page", "steps")  # the kinds that show a page's words


class DeckSlide(Strict):
    kind: SlideKind
    page: Annotated[str, Field(pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)*$")] | None = None
    # page slides: the page's pamphlet panel (heading, lines, points) or its poster words
    show: Literal["pamphlet", "poster"] = "pamphlet"
    minutes: int = Field(ge=1, le=20)  # how long the officer spends on it
    heading: Localized | None = None  # title, hotlines, quiz and close slides
    lines: list[Localized] = Field(default=[], max_length=4)  # quiz and close slides
    notes: Localized | None = None  # what to say, before the notes taken from the page

    @model_validator(mode="after")
    def _page_where_needed(self) -> DeckSlide:
        if self.kind in PAGE_KINDS and not self.page:
            raise fail(
                f"slide jenis '{self.kind}' butuh 'page' (halaman yang isinya ditampilkan).",
                f"a '{self.kind}' slide needs 'page' (the page whose words it shows).",
                "tulis nama halaman, misalnya page: tanda-tanda.",
                "name the page, e.g. page: tanda-tanda.",
            )
        if self.kind not in PAGE_KINDS and not self.heading:
            raise fail(
                f"slide jenis '{self.kind}' butuh 'heading' (judul slide per bahasa).",
                f"a '{self.kind}' slide needs 'heading' (its title in each language).",
                "tulis heading dengan id: dan en:.",
                "write heading with id: and en:.",
            )
        return self


class DeckFile(Strict):
    slides: list[DeckSlide] = Field(min_length=3, max_length=20)
