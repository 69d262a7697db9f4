"""docs/data/contacts.yml: hotlines, their sources, desk checks and test calls; and the
corrections address readers use (mkdocs.yml extra.corrections)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    Field,
    model_validator,
)

from cegah.content import phones
from cegah.content.problems import fail
from cegah.content.schemas.common import (
    SLUG,
    DatedSource,
    Email,
    Localized,
    Phone,
    Strict,
    Url,
    WhatsAppText,
    require_unique_ids,
)

Situation = Literal[
    "darurat", "perempuan-anak", "pekerja-migran", "luar-negeri", "saksi-korban", "lainnya"
]

# What happened when someone dialled the number. Only a wrong or dead number counts as a failed
# call: an unanswered call may be outside the line's hours, so it warns and the number stays.
CallResult = Literal["tersambung", "tidak-dijawab", "nomor-salah", "tidak-aktif"]
FAILED_CALLS = ("nomor-salah", "tidak-aktif")


class TestCall(Strict):
    """One test call: who dialled which number on which day, and what happened."""

    __test__ = False  # not a pytest test class, despite the name

    date: dt.date
    number: str = Field(min_length=1)  # one of the contact's phone or WhatsApp numbers
    result: CallResult
    by: str = Field(min_length=2)  # an office or a role, never a private person's name
    note: str | None = None


class Contact(Strict):
    id: Annotated[str, Field(pattern=SLUG)]
    name: Localized
    short_name: Localized | None = None  # for the emergency strip and print
    description: Localized
    situation: Situation
    emergency: bool = False  # shown in the short emergency list (site and print)
    # a local service (the district's PPA unit, the local police): on the contacts page, and on
    # print only in the campaigns that list it, never in the national emergency list or prints
    local: bool = False
    hero: bool = False  # the one number printed large on every poster (campaigns may choose another)
    phones: list[Phone] = []
    whatsapp: WhatsAppText | None = None
    email: Email | None = None
    website: Url | None = None
    hours: Localized | None = None
    limits: Localized | None = None
    sources: list[DatedSource] = Field(min_length=1)  # of the numbers: they date the numbers
    limits_sources: list[DatedSource] = []  # of the `limits` text, shown with it
    desk_checked: dt.date  # the day someone last compared the numbers with their sources
    calls: list[TestCall] = []  # test calls, in any order

    @model_validator(mode="before")
    @classmethod
    def _old_verified_key(cls, data: object) -> object:
        if isinstance(data, dict) and "verified" in data:
            raise fail(
                "kunci 'verified' sudah tidak dipakai: tanggal itu tidak mengatakan apakah nomor "
                "ditelepon atau hanya dicocokkan dengan sumber.",
                "the key 'verified' is no longer used: it did not say whether the number was "
                "called or only compared with its sources.",
                "ganti dengan 'desk_checked: TTTT-BB-HH' (hari nomor dicocokkan dengan sumbernya) "
                "dan catat panggilan uji di 'calls' (lihat CONTRIBUTING.md).",
                "replace it with 'desk_checked: YYYY-MM-DD' (the day the numbers were compared "
                "with their sources) and record test calls under 'calls' (see CONTRIBUTING.md).",
                at=("verified",),
            )
        return data

    @model_validator(mode="after")
    def _has_a_channel(self) -> Contact:
        if not (self.phones or self.whatsapp or self.email or self.website):
            raise fail(
                f"kontak '{self.id}' tidak punya nomor, WhatsApp, email, atau situs.",
                f"contact '{self.id}' has no phone, WhatsApp, email or website.",
                "tambahkan minimal satu cara menghubungi.",
                "add at least one way to get in touch.",
            )
        return self

    @model_validator(mode="after")
    def _calls_name_own_numbers(self) -> Contact:
        own = self.numbers()
        for index, call in enumerate(self.calls):
            if not any(phones.same_number(call.number, number) for number in own):
                raise fail(
                    f"panggilan uji ke '{call.number}' bukan nomor kontak '{self.id}'.",
                    f"the test call to '{call.number}' is not a number of contact '{self.id}'.",
                    f"tulis salah satu nomornya: {', '.join(own) or '-'}.",
                    f"write one of its numbers: {', '.join(own) or '-'}.",
                    at=("calls", index, "number"),
                )
        return self

    def label(self, lang: str) -> str:
        """The short name where there is one (emergency strip, print), else the name."""
        return (self.short_name or self.name)[lang]

    def numbers(self) -> list[str]:
        """Every number a person can dial or message, as written in the data."""
        return [p.number for p in self.phones] + ([self.whatsapp] if self.whatsapp else [])


class Corrections(Strict):
    """Where readers report a wrong number without GitHub (mkdocs.yml extra.corrections)."""

    email: Email | None = None
    whatsapp: WhatsAppText | None = None


class ContactsFile(Strict):
    contacts: list[Contact] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> ContactsFile:
        require_unique_ids(self.contacts, "contacts", "kontak", "contact")
        return self

    @model_validator(mode="after")
    def _one_hero(self) -> ContactsFile:
        """At most one hero, and it is on the emergency list print takes it from."""
        heroes = [i for i, c in enumerate(self.contacts) if c.hero]
        if len(heroes) > 1:
            raise fail(
                "lebih dari satu kontak bertanda hero: true.",
                "more than one contact is marked hero: true.",
                "biarkan hero: true pada satu kontak saja, nomor yang dicetak besar di poster.",
                "keep hero: true on one contact only, the number printed large on posters.",
                at=("contacts", heroes[1], "hero"),
            )
        if heroes and not self.contacts[heroes[0]].emergency:
            raise fail(
                "kontak hero harus juga emergency: true.",
                "the hero contact must also be emergency: true.",
                "tambahkan emergency: true pada kontak itu, atau pindahkan hero: true.",
                "add emergency: true to that contact, or move hero: true.",
                at=("contacts", heroes[0], "hero"),
            )
        return self
