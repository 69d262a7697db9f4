"""docs/data/penalties.yml: laws, offences and their maximum penalties."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    model_validator,
)

from cegah.content.problems import fail
from cegah.content.schemas.common import (
    SLUG,
    Localized,
    Source,
    Strict,
    _check_source_date,
    require_unique_ids,
)


class Law(Strict):
    name: Localized
    short: Localized  # e.g. "UU 21/2007" / "Law 21/2007"
    # what is not yet checked about this law's penalties; shown beside every one of them, on
    # the site and in print, e.g. "as enacted in UU 1/2023; UU 1/2026 not yet checked"
    caveat: Localized | None = None


class Prison(Strict):
    max_years: int | None = Field(default=None, gt=0)
    life: bool = False  # the maximum is life imprisonment

    @model_validator(mode="after")
    def _says_something(self) -> Prison:
        if (self.max_years is None) == (not self.life):
            raise fail(
                "prison butuh tepat salah satu: max_years (angka tahun) atau life: true.",
                "prison needs exactly one of: max_years (a number of years) or life: true.",
                "contoh: prison: {max_years: 15}",
                "for example: prison: {max_years: 15}",
            )
        return self


class Offence(Strict):
    """One article with its penalty. Only maximums are stated: minimums may have been removed
    by UU 1/2026 (fact sheet, section 0), so the schema has no place for them."""

    id: Annotated[str, Field(pattern=SLUG)]
    law: str
    article: str = Field(min_length=1)
    covers: Localized
    applies: Localized | None = None  # where it applies, short: "exploitation within Indonesia"
    prison: Prison | None = None
    fine_max_rupiah: int | None = Field(default=None, gt=0)
    combine: Literal["and", "or", "and/or"] = "and"
    penalty_note: Localized | None = None  # e.g. "increased by one third", instead of numbers
    in_force_since: Annotated[object, AfterValidator(_check_source_date)]
    status: Literal["in_force", "revoked"]
    revoked_by: str | None = (
        None  # the article that revoked it, e.g. "KUHP Pasal 622 ayat (1) huruf q"
    )
    revoked_on: dt.date | None = None
    replaced_by: str | None = None  # id of the offence that replaced this one
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _status_rules(self) -> Offence:
        if self.status == "revoked" and not (
            self.revoked_by and self.replaced_by and self.revoked_on
        ):
            raise fail(
                f"'{self.id}' berstatus revoked tetapi revoked_by, revoked_on atau replaced_by belum diisi.",
                f"'{self.id}' is revoked but revoked_by, revoked_on or replaced_by is missing.",
                "isi pasal yang mencabutnya (revoked_by), tanggalnya (revoked_on) dan id pasal "
                "penggantinya (replaced_by).",
                "say which article revoked it (revoked_by), when (revoked_on) and the id of its "
                "replacement (replaced_by).",
            )
        if self.status == "in_force" and (self.revoked_by or self.replaced_by or self.revoked_on):
            raise fail(
                f"'{self.id}' masih berlaku tetapi punya revoked_by/replaced_by.",
                f"'{self.id}' is in force but has revoked_by/replaced_by.",
                "ubah status menjadi revoked, atau hapus kedua kunci itu.",
                "set status to revoked, or remove both keys.",
            )
        if not (self.prison or self.fine_max_rupiah or self.penalty_note):
            raise fail(
                f"'{self.id}' tidak menyebut hukuman.",
                f"'{self.id}' states no penalty.",
                "isi prison, fine_max_rupiah, atau penalty_note.",
                "fill in prison, fine_max_rupiah or penalty_note.",
            )
        return self


class PenaltiesFile(Strict):
    reviewed: dt.date
    basis: Localized | None = None  # how the numbers were checked (shown under the table)
    laws: dict[str, Law]
    offences: list[Offence] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> PenaltiesFile:
        require_unique_ids(self.offences, "offences", "pasal", "article")
        ids = [o.id for o in self.offences]
        for index, offence in enumerate(self.offences):
            if offence.law not in self.laws:
                raise fail(
                    f"undang-undang '{offence.law}' (di '{offence.id}') tidak ada di daftar laws.",
                    f"law '{offence.law}' (in '{offence.id}') is not in the laws list.",
                    f"gunakan salah satu: {', '.join(self.laws)}.",
                    f"use one of: {', '.join(self.laws)}.",
                    at=("offences", index, "law"),
                )
            if offence.replaced_by and offence.replaced_by not in ids:
                raise fail(
                    f"replaced_by '{offence.replaced_by}' (di '{offence.id}') bukan id pasal yang ada.",
                    f"replaced_by '{offence.replaced_by}' (in '{offence.id}') is not a known id.",
                    "tulis id pasal pengganti yang ada di berkas ini.",
                    "write the id of a replacement article listed in this file.",
                    at=("offences", index, "replaced_by"),
                )
        return self

    def in_force(self) -> list[Offence]:
        return [o for o in self.offences if o.status == "in_force"]

    def revoked(self) -> list[Offence]:
        return [o for o in self.offences if o.status == "revoked"]

    def by_id(self, offence_id: str) -> Offence:
        return next(o for o in self.offences if o.id == offence_id)
