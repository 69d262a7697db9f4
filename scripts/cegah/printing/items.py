"""What goes on each print item, gathered from the site's own sources.

Titles, key points and review dates come from the pages' front matter, contacts from
contacts.yml, penalties from penalties.yml; the QR code points to the page in the same language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from cegah.content import evidence
from cegah.content.schemas import Contact, LocalOffice, PenaltiesFile
from cegah.errors import ContentError
from cegah.printing.hero import hero_contact, hero_number, hero_of
from cegah.printing.icons import icon_path
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob, campaign_place
from cegah.printing.poster import PosterContent
from cegah.printing.trifold import Panel, TrifoldContent
from cegah.project import Project
from cegah.site.blocks import emergency_contacts
from cegah.words import PENALTY_WORDS, language, law, long_date, words
from cegah.words import contacts as contact_words


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


def _phone_parts(numbers, whatsapp: str | None, lang: str) -> list[str]:
    """A campaign office's numbers (not in contacts.yml, so no test calls to consider)."""
    return [
        contact_words.short_text(ch, lang)
        for ch in contact_words.phone_channels(numbers, whatsapp, lang)
    ]


def _printed(channel, lang: str) -> str:
    """A number as print shows it: free numbers say so (a villager calls a free line first)."""
    text = contact_words.short_text(channel, lang)
    free = words(lang)["free"]
    return f"{text} ({free})" if free in channel.notes and not channel.where else text


def contact_line(contact: Contact, lang: str, without: str | None = None) -> str | None:
    """A contact on print: the numbers and labels of words.contacts, the site's policy;
    `without` leaves out a number already printed large (the hero), None if nothing is left."""
    channels = [ch for ch in contact_words.channels(contact, lang) if ch.number != without]
    if not channels:
        return None
    parts = [_printed(ch, lang) for ch in channels]
    return f"{contact.label(lang)}: " + " · ".join(parts)


def office_line(office: LocalOffice, lang: str) -> str:
    parts = _phone_parts(office.phones, office.whatsapp, lang)
    if office.address:
        parts.append(office.address[lang])
    if office.note:
        parts.append(office.note[lang])
    return f"{office.name[lang]}: " + " · ".join(parts)


def _contacts(job: PrintJob, data: PrintData, hero: Contact | None = None) -> list[str]:
    """The emergency lines in small type; the hero's large number is not repeated."""
    large = hero_number(hero) if hero else None
    skip = large.number if large else None
    lines = []
    for contact in emergency_contacts(data.contacts):
        line = contact_line(contact, job.lang, skip if contact is hero else None)
        if line:
            lines.append(line)
    if job.campaign.office:
        lines.append(office_line(job.campaign.office, job.lang))
    return lines


def _contacts_note(data: PrintData, lang: str) -> str:
    """How the printed numbers were checked (the campaign's own office says so itself)."""
    return evidence.summary_note(emergency_contacts(data.contacts), lang)


def is_draft(job: PrintJob) -> bool:
    """A draft campaign, or a local contact nobody has verified yet, must not be handed out."""
    office = job.campaign.office
    return job.campaign.draft or (office is not None and office.verified is None)


def _event(job: PrintJob) -> str | None:
    event = job.campaign.event
    if event is None:
        return None
    return f"{words(job.lang)['event']}: {long_date(event.date, job.lang)}, {event.place[job.lang]}"


LOGO_MAX_PIXELS = 25_000_000  # a logo needs a few million pixels at most, even on A3


def _logo(project: Project, job: PrintJob) -> str | None:
    """The campaign's logo: an image file inside campaigns/, checked before anything is drawn."""
    if not job.campaign.logo:
        return None
    folder = project.campaigns_dir.resolve()
    path = (folder / job.campaign.logo).resolve()
    problem = None
    if folder not in path.parents or not path.is_file():
        problem = ("tidak ditemukan di folder campaigns/", "was not found in the campaigns/ folder")
    else:
        try:
            with Image.open(path) as image:
                pixels = image.width * image.height
                image.verify()
            if pixels > LOGO_MAX_PIXELS:
                problem = (
                    f"terlalu besar ({pixels / 1e6:.0f} juta piksel)",
                    f"is too large ({pixels / 1e6:.0f} million pixels)",
                )
        except Image.DecompressionBombError:  # Pillow refuses to open it at all
            limit = LOGO_MAX_PIXELS / 1e6
            problem = (
                f"terlalu besar (jauh lebih dari {limit:.0f} juta piksel)",
                f"is too large (far more than {limit:.0f} million pixels)",
            )
        except (OSError, SyntaxError):  # broken or not an image
            problem = ("bukan gambar yang bisa dibaca", "is not an image that can be read")
    if problem:
        raise ContentError.one(
            **campaign_place(project, job, "logo"),
            problem_id=f"berkas logo '{job.campaign.logo}' {problem[0]}.",
            problem_en=f"logo file '{job.campaign.logo}' {problem[1]}.",
            fix_id="simpan gambar logo (PNG, paling banyak "
            f"{LOGO_MAX_PIXELS // 1_000_000} juta piksel) di folder campaigns/ dan tulis namanya "
            "di sini.",
            fix_en=f"put the logo image (PNG, at most {LOGO_MAX_PIXELS // 1_000_000} million "
            "pixels) in the campaigns/ folder and write its name here.",
        )
    return str(path)


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
        tagline=w["poster_tagline"],
        title=poster.title if poster and poster.title else page.meta.title,
        points=poster_texts(page),
        icons=poster_icons(page),
        help_title=w["call_for_help"],
        contacts=_contacts(job, data, hero),
        qr_url=project.page_url(job.lang, job.item.page),
        scan_caption=w["scan"],
        footer=f"Cegah TPPO · {w['reviewed']}: {long_date(page.meta.reviewed, job.lang)}",
        contacts_note=_contacts_note(data, job.lang),
        event=_event(job),
        logo=_logo(project, job),
        draft_label=w["draft"] if is_draft(job) else None,
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


def _panel(project: Project, job: PrintJob, slug: str, stand_ins: list[bool]) -> Panel:
    page, stand_in = printed_page(project, job, slug)
    stand_ins.append(stand_in)
    return Panel(page.meta.title, list(page.meta.key_points) or [page.meta.description])


def trifold_content(project: Project, job: PrintJob, data: PrintData) -> TrifoldContent:
    page, stand_in = printed_page(project, job, job.item.page)
    stand_ins = [stand_in]
    w = words(job.lang)
    hero = hero_contact(project, job, emergency_contacts(data.contacts))
    first, second, third = (_panel(project, job, slug, stand_ins) for slug in job.item.inside)
    third = Panel(
        third.heading,
        third.points,
        PENALTY_WORDS[job.lang]["print_heading"],
        penalty_lines(project, data.penalties, job.item.penalties, job.lang, job),
    )
    flap = _panel(project, job, job.item.flap or job.item.page, stand_ins)
    return TrifoldContent(
        lang=job.lang,
        tagline=w["poster_tagline"],
        title=page.meta.title,
        event=_event(job),
        qr_url=project.page_url(job.lang, job.item.page),
        scan_caption=w["scan"],
        flap=flap,
        help_title=w["call_for_help"],
        contacts=_contacts(job, data, hero),
        hero=hero_of(hero, job.lang),
        write_in=w["write_in"],
        footer=f"Cegah TPPO · {w['reviewed']}: {long_date(page.meta.reviewed, job.lang)}",
        contacts_note=_contacts_note(data, job.lang),
        inside=(first, second, third),
        logo=_logo(project, job),
        draft_label=w["draft"] if is_draft(job) else None,
        notice=untranslated_notice(project, job.lang, any(stand_ins)),
    )


def untranslated_notice(project: Project, lang: str, page_stands_in: bool) -> str:
    """The footer line of an item printed (partly) in the default language."""
    if page_stands_in:
        return words(lang)["print_untranslated"].format(
            language=language(project.default_language).name
        )
    return ""


def logo_digest(content: PosterContent | TrifoldContent) -> str:
    """The logo's bytes belong to the cache key: replacing the file must re-render."""
    return hashlib.sha256(Path(content.logo).read_bytes()).hexdigest() if content.logo else ""
