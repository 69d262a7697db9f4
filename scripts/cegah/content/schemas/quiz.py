"""docs/data/quiz/<lang>.yml: the before-and-after quiz of an outreach session."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from cegah.content.problems import fail
from cegah.content.schemas.common import SLUG, PlainText, Strict, require_unique_ids

Letter = Literal["a", "b", "c", "d"]


class QuizQuestion(Strict):
    id: Annotated[str, Field(pattern=SLUG)]  # the same in every language
    text: Annotated[PlainText, Field(max_length=160)]
    options: dict[Letter, Annotated[PlainText, Field(max_length=90)]] = Field(
        min_length=2, max_length=4
    )
    answer: Letter
    explain: Annotated[PlainText, Field(max_length=200)]  # one line for the answer key
    page: Annotated[str, Field(pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)*$")]  # the page that teaches it

    @model_validator(mode="after")
    def _options_in_order_and_answer_among_them(self) -> QuizQuestion:
        letters = list(self.options)
        expected = ["a", "b", "c", "d"][: len(letters)]
        if letters != expected:
            raise fail(
                f"pilihan pertanyaan '{self.id}' harus berurutan {', '.join(expected)} (sekarang "
                f"{', '.join(letters)}).",
                f"the options of question '{self.id}' must be {', '.join(expected)} in order (now "
                f"{', '.join(letters)}).",
                "tulis pilihan mulai dari a, tanpa huruf yang dilewati.",
                "list the options from a, skipping no letter.",
            )
        if self.answer not in self.options:
            raise fail(
                f"jawaban '{self.answer}' pertanyaan '{self.id}' tidak ada di pilihannya.",
                f"the answer '{self.answer}' of question '{self.id}' is not one of its options.",
                f"tulis salah satu: {', '.join(letters)}.",
                f"write one of: {', '.join(letters)}.",
            )
        return self


class QuizFile(Strict):
    questions: list[QuizQuestion] = Field(min_length=8, max_length=12)

    @model_validator(mode="after")
    def _unique_ids(self) -> QuizFile:
        require_unique_ids(self.questions, "questions", "pertanyaan", "question")
        return self
