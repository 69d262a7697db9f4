"""docs/data/self-check/<lang>.yml: the job-offer self-check."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    Field,
    model_validator,
)

from cegah.content.problems import fail
from cegah.content.schemas.common import (
    SLUG,
    Strict,
    require_unique_ids,
)

SelfCheckLevel = Literal["aman", "waspada", "bahaya"]  # ordered: no sign, a warning sign, danger


class SelfCheckQuestion(Strict):
    """One yes/no question. `warning_if_yes` says which answer is the warning sign (true: "yes",
    false: "no"; a bool because YAML reads a bare yes/no as one), `level` how serious that sign
    is. Both must be the same in every language (checked on load)."""

    id: Annotated[str, Field(pattern=SLUG)]
    text: str = Field(min_length=1, max_length=200)
    warning_if_yes: bool
    level: Literal["waspada", "bahaya"]
    advice: str = Field(min_length=1, max_length=300)  # shown when the warning answer is given

    @model_validator(mode="after")
    def _yes_is_the_warning(self) -> SelfCheckQuestion:
        # one polarity for every question, so a reader never has to work out which answer warns
        if not self.warning_if_yes:
            raise fail(
                f"pertanyaan '{self.id}' memakai 'Tidak' sebagai tanda bahaya.",
                f"question '{self.id}' uses 'No' as the warning sign.",
                "tulis ulang pertanyaannya sehingga jawaban 'Ya' berarti tanda bahaya, lalu isi "
                "warning_if_yes: true.",
                "rewrite the question so that 'Yes' means the warning sign, then set "
                "warning_if_yes: true.",
            )
        return self


class SelfCheckResult(Strict):
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class SelfCheckFile(Strict):
    title: str = Field(min_length=1)  # heading of the form
    label_yes: str = Field(min_length=1)  # the answer labels, e.g. "Ya" / "Tidak"
    label_no: str = Field(min_length=1)
    submit: str = Field(min_length=1)
    unanswered: str = Field(min_length=1)  # shown when a question is left open
    next_steps_title: str = Field(min_length=1)
    next_steps: list[str] = Field(min_length=1)  # what to do, shown under every result
    privacy: str = Field(min_length=1)  # "your answers stay on your phone"
    noscript: str = Field(min_length=1)  # shown when the browser runs no JavaScript
    questions: list[SelfCheckQuestion] = Field(min_length=1)
    results: dict[SelfCheckLevel, SelfCheckResult]

    @model_validator(mode="after")
    def _complete(self) -> SelfCheckFile:
        missing = [level for level in ("aman", "waspada", "bahaya") if level not in self.results]
        if missing:
            raise fail(
                f"hasil untuk tingkat {', '.join(missing)} belum ada.",
                f"the result for level {', '.join(missing)} is missing.",
                "tulis title: dan text: untuk aman, waspada dan bahaya di bawah results.",
                "write title: and text: for aman, waspada and bahaya under results.",
                at=("results",),
            )
        require_unique_ids(self.questions, "questions", "pertanyaan", "question")
        return self
