"""Which numbers are due for a test call: one row per number, not per contact.

Emergency lines (110, 112) are never listed: a test call keeps an operator from a real
emergency. A number is due when no call to it got through in the last year, or when its latest call was
not answered (call again during its hours). A number whose latest call failed stays on the
sheet: a new call is how it comes back, and the office sees the failed call beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cegah.content import evidence, phones
from cegah.content.schemas import Contact, TestCall
from cegah.words import EVIDENCE_WORDS, short_date
from cegah.words import contacts as contact_words

LANG = "id"  # the sheet is for an office in Indonesia


@dataclass(frozen=True)
class CallRow:
    """One number to dial, with what the caller needs to know."""

    contact_id: str
    label: str  # the short name, as on the emergency strip
    answerer: str  # who should answer: the contact's full name
    number: str  # as written in the data
    whatsapp: bool  # the number takes WhatsApp
    phone: bool  # the number is listed as a phone line
    where: str  # who may dial it ("dari luar Malaysia"), as on the site; "" for anyone
    hours: str  # "-" when the data has none
    last_call: TestCall | None

    def last_call_text(self) -> str:
        if self.last_call is None:
            return "belum pernah dites"
        result = EVIDENCE_WORDS[LANG]["result." + self.last_call.result]
        return f"{short_date(self.last_call.date, LANG)}, {result}"

    def kind(self) -> str:
        kinds = [k for k, on in (("Telepon", self.phone), ("WhatsApp", self.whatsapp)) if on]
        text = " dan ".join(kinds)
        return f"{text} ({self.where})" if self.where else text


def number_due(contact: Contact, number: str, on: dt.date) -> bool:
    calls = evidence.calls_to(contact, number)
    if calls and calls[-1].result == "tidak-dijawab":
        return True
    good = [c for c in calls if c.result == "tersambung"]
    return not good or (on - good[-1].date).days > evidence.GOOD_CALL_DAYS


def call_rows(contacts: Iterable[Contact], on: dt.date, everything: bool = False) -> list[CallRow]:
    """The numbers to call, in the order of the data file (every number with everything)."""
    rows = []
    for contact in contacts:
        where = {p.number: contact_words.where_label(p, LANG) for p in contact.phones}
        numbers = contact.numbers()
        for position, number in enumerate(numbers):
            if any(phones.same_number(number, n) for n in numbers[:position]):
                continue  # a phone that is also the WhatsApp number: one row, one call
            if phones.is_emergency_line(number):
                continue  # never test an emergency line (phones.EMERGENCY_NUMBERS)
            if not everything and not number_due(contact, number, on):
                continue
            whatsapp = contact.whatsapp is not None and phones.same_number(number, contact.whatsapp)
            rows.append(
                CallRow(
                    contact_id=contact.id,
                    label=contact.label(LANG),
                    answerer=contact.name[LANG],
                    number=number,
                    whatsapp=whatsapp,
                    phone=number != contact.whatsapp,
                    where=where.get(number, ""),
                    hours=contact.hours[LANG] if contact.hours else "-",
                    last_call=evidence.latest_call(contact, number),
                )
            )
    return rows
