"""The one contact-line policy for site and print: which numbers a line shows and how each is
labelled. The contact card, the emergency strip, print items and the call sheet all ask here,
so a label cannot say one thing on the site and another on paper.

"From abroad" is relative: a number meant for callers outside its own country is labelled with
that country ("dari luar Malaysia"), since for a worker in Malaysia, Malaysia is not abroad.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from babel import Locale

from cegah.content import evidence, phones
from cegah.content.schemas import Contact, Phone
from cegah.words import words


@dataclass(frozen=True)
class Channel:
    """One number of a contact line, as shown."""

    number: str  # as written in the data
    whatsapp: bool  # a WhatsApp link rather than a call
    where: str  # who may dial it ("dari luar negeri", "dari luar Malaysia"), or ""
    notes: tuple[str, ...]  # the full card's extra notes: free or not, the data's own note


# CLDR's names where they are longer than a caller needs ("Hong Kong DAK Tiongkok")
SHORT_COUNTRY_NAMES = {"HK": "Hong Kong", "MM": "Myanmar"}


def _country(number: str, lang: str) -> str | None:
    """The country of a non-Indonesian number, in the reader's language."""
    parsed = phones.parse(number)
    if parsed is None:
        return None
    region = phonenumbers.region_code_for_number(parsed)
    if not region or region == phones.DEFAULT_REGION:
        return None
    if region in SHORT_COUNTRY_NAMES:
        return SHORT_COUNTRY_NAMES[region]
    return Locale.parse(lang).territories.get(region, region)


def where_label(phone: Phone, lang: str) -> str:
    if not phone.from_abroad:
        return ""
    w = words(lang)
    country = _country(phone.number, lang)
    return w["from_outside"].format(country=country) if country else w["from_abroad"]


def _notes(phone: Phone, lang: str) -> tuple[str, ...]:
    w = words(lang)
    notes = []
    if phone.free is True:
        notes.append(w["free"])
    elif phone.free is False:
        notes.append(w["not_free"])
    if phone.note:
        notes.append(phone.note[lang])
    return tuple(notes)


def phone_channels(numbers: list[Phone], whatsapp: str | None, lang: str) -> list[Channel]:
    listed = [Channel(p.number, False, where_label(p, lang), _notes(p, lang)) for p in numbers]
    if whatsapp:
        listed.append(Channel(whatsapp, True, "", ()))
    return listed


def channels(contact: Contact, lang: str) -> list[Channel]:
    """The numbers a line shows: every phone and the WhatsApp number whose latest test call did
    not fail (evidence.reachable), in the data's order."""
    shown = evidence.reachable(contact)
    return phone_channels(shown.phones, shown.whatsapp, lang)


def short_text(channel: Channel, lang: str) -> str:
    """A channel in a short line (emergency strip, print): number and who may dial it."""
    # no-break spaces: a number is read (and dialled) whole, never split over two lines
    text = phones.display(channel.number).replace(" ", "\u00a0")
    if channel.whatsapp:
        return f"{words(lang)['whatsapp']} {text}"
    return f"{text} ({channel.where})" if channel.where else text
