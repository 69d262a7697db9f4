"""What was done to check a contact's numbers, and what that lets us show.

A number is only as good as its evidence: the sources that print it (each with its own date),
the day someone compared the numbers with those sources (a desk check), and test calls. This
module derives, from the data, what every output needs: the newest source, the latest call of
each number, which numbers must not be shown (their latest call failed) and which contacts are
due for a test call. The words for readers are in cegah.words (EVIDENCE_WORDS).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from cegah.content import phones
from cegah.content.schemas import FAILED_CALLS, Contact, Phone, TestCall
from cegah.words import EVIDENCE_WORDS, long_date, month_year, short_date

SOURCE_AGE_WARNING_DAYS = 2 * 365  # a newest source older than this: say so, warn the editors
GOOD_CALL_DAYS = 365  # a successful test call this recent keeps an old source acceptable
DESK_CHECK_WARNING_DAYS = 365


def today() -> dt.date:
    """The build's date: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


def source_start(date_text: str) -> dt.date:
    """First day of a source date written as YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(p) for p in date_text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def newest_source(contact: Contact) -> str:
    """The newest source's date as written (derived, never typed twice)."""
    return max((s.date for s in contact.sources), key=source_start)


def source_is_old(contact: Contact, on: dt.date) -> bool:
    return (on - source_start(newest_source(contact))).days > SOURCE_AGE_WARNING_DAYS


def calls_to(contact: Contact, number: str) -> list[TestCall]:
    """The test calls of one number, newest last."""
    return sorted(
        (c for c in contact.calls if phones.same_number(c.number, number)), key=lambda c: c.date
    )


def latest_call(contact: Contact, number: str) -> TestCall | None:
    calls = calls_to(contact, number)
    return calls[-1] if calls else None


def has_failed(contact: Contact, number: str) -> bool:
    """The number's latest test call reached a wrong or dead line: it must not be dialled."""
    call = latest_call(contact, number)
    return call is not None and call.result in FAILED_CALLS


def failed_numbers(contact: Contact) -> list[str]:
    return [n for n in contact.numbers() if has_failed(contact, n)]


@dataclass(frozen=True)
class Reachable:
    """The channels of a contact that may be shown: every number whose latest call did not fail."""

    phones: list[Phone]
    whatsapp: str | None

    def __bool__(self) -> bool:
        return bool(self.phones or self.whatsapp)


def reachable(contact: Contact) -> Reachable:
    whatsapp = contact.whatsapp
    if whatsapp and has_failed(contact, whatsapp):
        whatsapp = None
    return Reachable([p for p in contact.phones if not has_failed(contact, p.number)], whatsapp)


def latest_good_call(contact: Contact) -> TestCall | None:
    good = [c for c in contact.calls if c.result == "tersambung"]
    return max(good, key=lambda c: c.date) if good else None


def latest_shown_call(contact: Contact) -> TestCall | None:
    """The newest test call of the numbers still shown."""
    shown = reachable(contact)
    numbers = [p.number for p in shown.phones] + ([shown.whatsapp] if shown.whatsapp else [])
    calls = [c for c in contact.calls if any(phones.same_number(c.number, n) for n in numbers)]
    return max(calls, key=lambda c: c.date) if calls else None


def needs_call(contact: Contact, on: dt.date) -> bool:
    """Due for a test call: never called successfully in the last year."""
    good = latest_good_call(contact)
    return good is None or (on - good.date).days > GOOD_CALL_DAYS


def is_stale(contact: Contact, on: dt.date) -> bool:
    """Old sources and no recent successful call: the editors are warned, readers are told."""
    return source_is_old(contact, on) and needs_call(contact, on)


def _source_date_words(date_text: str, lang: str) -> str:
    """2021 / Oktober 2025 / 14 Agustus 2024: a source date as precise as it was written."""
    start = source_start(date_text)
    if len(date_text) == 4:
        return date_text
    if len(date_text) == 7:
        return month_year(start, lang)
    return long_date(start, lang)


def describe(contact: Contact, lang: str, on: dt.date) -> str:
    """The full sentence for a contact card: newest source, desk check, test calls."""
    w = EVIDENCE_WORDS[lang]
    parts = [w["newest_source"].format(date=_source_date_words(newest_source(contact), lang))]
    if source_is_old(contact, on):
        parts[0] += " " + w["source_old"]
    parts.append(w["desk_checked"].format(date=long_date(contact.desk_checked, lang)))
    call = latest_shown_call(contact)
    if not contact.numbers():
        pass  # a website or email: nothing to dial, the sources and desk check say it all
    elif call is None:
        parts.append(w["not_called"])
    else:
        parts.append(
            w["called"].format(
                number=phones.display(call.number),
                date=long_date(call.date, lang),
                result=w["result." + call.result],
                by=call.by,
            )
        )
    return " · ".join(parts)


def summary_note(contacts: list[Contact], lang: str, on: dt.date | None = None) -> str:
    """One sentence for a short list of contacts (emergency strip, print): how its numbers were
    checked, e.g. "Nomor dicocokkan dengan sumbernya (sumber terbaru: 2024–2025), belum dites
    dengan menelepon.", naming every contact whose newest source is over two years old."""
    w = EVIDENCE_WORDS[lang]
    on = on or today()
    called = []
    for contact in contacts:
        call = latest_shown_call(contact)
        if call is not None:
            result = w["result." + call.result]
            called.append(f"{contact.label(lang)} {short_date(call.date, lang)}, {result}")
    if not called:
        years = sorted({newest_source(c)[:4] for c in contacts})
        span = years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}"
        note = w["print_not_called"].format(years=span)
    else:
        key = "print_all_called" if len(called) == len(contacts) else "print_called"
        note = w[key].format(called="; ".join(called))
    old = [
        w["old_source"].format(name=c.label(lang), date=newest_source(c)[:4])
        for c in contacts
        if is_stale(c, on)
    ]
    return " ".join([note, *old])
