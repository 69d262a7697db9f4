"""Contacts as print shows them, by the one contact-line policy (words.contacts): a line per
contact, free numbers said so, grouped by where the reader dials from."""

from __future__ import annotations

from dataclasses import replace

from cegah.content import evidence
from cegah.content.schemas import Contact, LocalOffice
from cegah.errors import ContentError
from cegah.printing.hero import hero_number
from cegah.printing.numbers import NumberGroup
from cegah.printing.plan import PrintJob, campaign_place
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


def number_groups(job: PrintJob, contacts: list[Contact], hero: Contact | None = None, local=()):
    """The emergency lines in groups: numbers dialled in Indonesia, numbers dialled from
    abroad (whose heading says so, so the line need not), and the campaign's own (its local
    contacts and offices with numbers); `hero` leaves out the number printed large."""
    lang, w = job.lang, words(job.lang)
    skip = hero_number(hero).number if hero and hero_number(hero) else None
    home, abroad, here = [], [], []
    for contact in [*emergency_contacts(contacts), *local]:
        channels = [
            ch
            for ch in contact_words.channels(contact, lang)
            if not (contact is hero and ch.number == skip)
        ]
        local_numbers = [ch for ch in channels if not ch.where]
        away = [
            replace(ch, where="") if ch.where == w["from_abroad"] else ch
            for ch in channels
            if ch.where
        ]
        (here if contact.local else home).extend(
            line for line in [_line(contact, local_numbers, lang)] if line
        )
        abroad += [line for line in [_line(contact, away, lang)] if line]
    for office in job.campaign.all_offices:
        if office.phones or office.whatsapp:  # else only the issuer line names it
            here.append(office_line(office, lang))
    groups = (
        (w["print_group_local"], here),
        (w["print_group_home"], home),
        (w["print_group_abroad"], abroad),
    )
    return tuple(NumberGroup(heading, tuple(lines)) for heading, lines in groups if lines)


def local_contacts(project, job: PrintJob, contacts: list[Contact]) -> list[Contact]:
    """The campaign's local contacts (`contacts:`), each one in contacts.yml with local: true;
    a contact missing there or not local is an error at the campaign line."""
    known = {contact.id: contact for contact in contacts}
    chosen = []
    for index, contact_id in enumerate(job.campaign.contacts):
        contact = known.get(contact_id)
        if contact is None or not contact.local:
            local = ", ".join(c.id for c in contacts if c.local) or "-"
            raise ContentError.one(
                **campaign_place(project, job, "contacts", index),
                problem_id=(
                    f"kontak '{contact_id}' tidak ada di docs/data/contacts.yml."
                    if contact is None
                    else f"kontak '{contact_id}' bukan kontak lokal (local: true)."
                ),
                problem_en=(
                    f"the contact '{contact_id}' is not in docs/data/contacts.yml."
                    if contact is None
                    else f"the contact '{contact_id}' is not a local contact (local: true)."
                ),
                fix_id=f"tulis id kontak lokal dari docs/data/contacts.yml: {local}.",
                fix_en=f"give the id of a local contact in docs/data/contacts.yml: {local}.",
            )
        if evidence.reachable(contact).phones or evidence.reachable(contact).whatsapp:
            chosen.append(contact)
    return chosen


def contacts_note(contacts: list[Contact], lang: str) -> str:
    """How the printed numbers were checked (the campaign's own office says so itself)."""
    return evidence.summary_note(emergency_contacts(contacts), lang)
