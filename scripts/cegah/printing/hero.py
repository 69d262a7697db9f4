"""The hero number: the one number a poster or share image prints large, so that a villager
who reads nothing else from across the hall remembers it. contacts.yml marks it (`hero: true`);
a campaign may choose another emergency contact (`hero: <id>`)."""

from __future__ import annotations

from cegah.content import evidence, phones
from cegah.content.schemas import Contact
from cegah.errors import ContentError
from cegah.printing.plan import PrintJob, campaign_place
from cegah.printing.poster import Hero
from cegah.project import Project
from cegah.words import words


def hero_contact(project: Project, job: PrintJob, shown: list[Contact]) -> Contact | None:
    """The hero among the contacts shown (emergency, reachable); without a mark, the first."""
    wanted = job.campaign.hero
    if wanted:
        found = [c for c in shown if c.id == wanted]
        if not found:
            known = ", ".join(c.id for c in shown)
            raise ContentError.one(
                **campaign_place(project, job, "hero"),
                problem_id=f"kontak '{wanted}' tidak ada di daftar darurat (emergency: true) "
                "yang bisa dicetak.",
                problem_en=f"contact '{wanted}' is not among the printable emergency contacts "
                "(emergency: true).",
                fix_id=f"pilih salah satu: {known}.",
                fix_en=f"use one of: {known}.",
            )
        return found[0]
    marked = [c for c in shown if c.hero]
    return (marked or shown or [None])[0]


def hero_number(contact: Contact):
    """The number to print large: the first reachable phone meant for callers in Indonesia."""
    reachable = evidence.reachable(contact)
    local = [p for p in reachable.phones if not p.from_abroad]
    return local[0] if local else None


def hero_of(contact: Contact | None, lang: str) -> Hero | None:
    phone = hero_number(contact) if contact else None
    if phone is None:
        return None
    w = words(lang)
    notes = []
    if phone.free is True:
        notes.append(w["free_call"])
    if phone.note:
        notes.append(phone.note[lang])
    return Hero(phones.display(phone.number), contact.label(lang), tuple(notes))
