"""Contacts as print shows them, by the one contact-line policy (words.contacts): a line per
contact, free numbers said so, grouped by where the reader dials from."""

from __future__ import annotations

from dataclasses import replace

from cegah.content import evidence
from cegah.content.schemas import Contact, LocalOffice
from cegah.printing.hero import hero_number
from cegah.printing.numbers import NumberGroup
from cegah.printing.plan import PrintJob
from cegah.printing.tokens import NBSP
from cegah.site.blocks import emergency_contacts
from cegah.words import contacts as contact_words
from cegah.words import words

# between numbers: a line may break before the dot, never after it (a line that ends in "·"
# reads as if something were missing)
SEPARATOR = " ·" + NBSP


def _printed(channel, lang: str) -> str:
    """A number as print shows it: free numbers say so (a villager calls a free line first),
    the word kept on the number's line."""
    text = contact_words.short_text(channel, lang)
    free = words(lang)["free"]
    return f"{text}{NBSP}({free})" if free in channel.notes and not channel.where else text


def _line(contact: Contact, channels, lang: str) -> str | None:
    if not channels:
        return None
    return f"{contact.label(lang)}: " + SEPARATOR.join(_printed(ch, lang) for ch in channels)


def contact_line(contact: Contact, lang: str, without: str | None = None) -> str | None:
    """A contact on print: the numbers and labels of words.contacts, the site's policy;
    `without` leaves out a number already printed large (the hero), None if nothing is left."""
    channels = [ch for ch in contact_words.channels(contact, lang) if ch.number != without]
    return _line(contact, channels, lang)


def office_line(office: LocalOffice, lang: str) -> str:
    parts = [
        contact_words.short_text(ch, lang)
        for ch in contact_words.phone_channels(office.phones, office.whatsapp, lang)
    ]
    if office.address:
        parts.append(office.address[lang])
    if office.note:
        parts.append(office.note[lang])
    return f"{office.name[lang]}: " + SEPARATOR.join(parts)


def number_groups(job: PrintJob, contacts: list[Contact], hero: Contact | None = None):
    """The emergency lines in two groups, numbers dialled in Indonesia and numbers dialled
    from abroad (whose heading says so, so the line need not); `hero` leaves out the number
    printed large. The campaign's own office goes with the numbers at home."""
    lang, w = job.lang, words(job.lang)
    skip = hero_number(hero).number if hero and hero_number(hero) else None
    home, abroad = [], []
    for contact in emergency_contacts(contacts):
        channels = [
            ch
            for ch in contact_words.channels(contact, lang)
            if not (contact is hero and ch.number == skip)
        ]
        local = [ch for ch in channels if not ch.where]
        away = [
            replace(ch, where="") if ch.where == w["from_abroad"] else ch
            for ch in channels
            if ch.where
        ]
        home += [line for line in [_line(contact, local, lang)] if line]
        abroad += [line for line in [_line(contact, away, lang)] if line]
    office = job.campaign.office
    if office and (office.phones or office.whatsapp):  # else only the issuer line names it
        home.append(office_line(office, lang))
    groups = ((w["print_group_home"], home), (w["print_group_abroad"], abroad))
    return tuple(NumberGroup(heading, tuple(lines)) for heading, lines in groups if lines)


def contacts_note(contacts: list[Contact], lang: str) -> str:
    """How the printed numbers were checked (the campaign's own office says so itself)."""
    return evidence.summary_note(emergency_contacts(contacts), lang)
