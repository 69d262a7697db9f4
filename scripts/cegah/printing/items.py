"""What goes on each print item, gathered from the site's own sources.

Titles, key points and review dates come from the pages' front matter, contacts from
contacts.yml, penalties from penalties.yml; the QR code points to the page in the same language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cegah.content.schemas import Contact, PenaltiesFile
from cegah.errors import ContentError
from cegah.printing import brand
from cegah.printing.contact_lines import contacts_note, local_contacts, number_groups
from cegah.printing.hero import hero_contact, hero_of
from cegah.printing.icons import icon_path
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob, campaign_place
from cegah.printing.poster import PosterContent
from cegah.project import Project
from cegah.site.blocks import emergency_contacts
from cegah.words import language, law, long_date, words


@dataclass(frozen=True)
class PrintData:
    """Data files every item may use, loaded once per run."""

    contacts: list[Contact]
    penalties: PenaltiesFile

    @classmethod
    def load(cls, project: Project) -> PrintData:
        return cls(project.content.contacts().contacts, project.content.penalties())


def campaign_file(job: PrintJob) -> str:
    """The campaign file an item comes from, for messages."""
    return f"campaigns/{job.campaign_id}.yml"


def is_draft(project: Project, job: PrintJob) -> bool:
    """A draft campaign, a local contact nobody has verified yet, or a site still at the
    example address (its QR codes lead nowhere): the item must not be handed out."""
    unverified = any(office.verified is None for office in job.campaign.all_offices)
    return job.campaign.draft or unverified or project.site_url_is_example


def event_line(job: PrintJob) -> str | None:
    event = job.campaign.event
    if event is None:
        return None
    return f"{words(job.lang)['event']}: {long_date(event.date, job.lang)}, {event.place[job.lang]}"


def penalty_lines(
    project: Project, data: PenaltiesFile, ids: list[str], lang: str, job: PrintJob
) -> tuple[str, ...]:
    known = {o.id: o for o in data.in_force()}
    lines = []
    for offence_id in ids:
        if offence_id not in known:
            revoked = any(o.id == offence_id for o in data.revoked())
            raise ContentError.one(
                **campaign_place(project, job, "items", job.index, "penalties"),
                problem_id=(
                    f"pasal '{offence_id}' sudah dicabut dan tidak boleh dicetak sebagai hukum yang berlaku."
                    if revoked
                    else f"pasal '{offence_id}' tidak ada di docs/data/penalties.yml."
                ),
                problem_en=(
                    f"article '{offence_id}' is revoked and must not be printed as law in force."
                    if revoked
                    else f"article '{offence_id}' is not in docs/data/penalties.yml."
                ),
                fix_id=f"gunakan id pasal yang berlaku: {', '.join(known)}.",
                fix_en=f"use the id of an article in force: {', '.join(known)}.",
            )
        lines.append(law.print_line(data, known[offence_id], lang))
    return tuple(lines + law.print_caveats(data, [known[i] for i in ids], lang))


def poster_content(project: Project, job: PrintJob, data: PrintData) -> PosterContent:
    page, stand_in = printed_page(project, job, job.item.page)
    w = words(job.lang)
    hero = hero_contact(project, job, emergency_contacts(data.contacts))
    poster = page.meta.poster
    return PosterContent(
        lang=job.lang,
        tagline=brand.tagline(project, job.lang),
        title=poster.title if poster and poster.title else page.meta.title,
        points=poster_texts(page),
        icons=poster_icons(page),
        help_title=w["call_for_help"],
        groups=number_groups(
            job, data.contacts, hero, local_contacts(project, job, data.contacts)
        ),
        qr_url=project.page_url(job.lang, job.item.page),
        scan_caption=w["scan"],
        footer=brand.footer(project, job.lang, page.meta.reviewed),
        contacts_note=contacts_note(data.contacts, job.lang),
        event=event_line(job),
        logo=brand.logo_of(project, job),
        issuer=brand.issuer_line(project, job),
        draft_label=w["draft"] if is_draft(project, job) else None,
        notice=untranslated_notice(project, job.lang, stand_in),
        hero=hero_of(hero, job.lang),
    )


def poster_texts(page) -> list[str]:
    """What a poster, share image or card prints of a page: its poster points, else its key
    points, else its description."""
    poster = page.meta.poster
    if poster and poster.points:
        return [point.text for point in poster.points]
    return list(page.meta.key_points) or [page.meta.description]


def poster_icons(page) -> tuple[str | None, ...]:
    poster = page.meta.poster
    if not (poster and poster.points):
        return ()
    return tuple(icon_path(p.icon) if p.icon else None for p in poster.points)


def untranslated_notice(project: Project, lang: str, page_stands_in: bool) -> str:
    """The footer line of an item printed (partly) in the default language."""
    if page_stands_in:
        return words(lang)["print_untranslated"].format(
            language=language(project.default_language).name
        )
    return ""


def logo_digest(content) -> str:
    """The logo's bytes belong to the cache key: replacing the file must re-render."""
    logo = getattr(content, "logo", None)  # forms print no logo
    return hashlib.sha256(Path(logo).read_bytes()).hexdigest() if logo else ""
