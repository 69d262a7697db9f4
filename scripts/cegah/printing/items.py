"""What goes on each print item, gathered from the site's own sources.

Titles, key points and review dates come from the pages' front matter, contacts from
contacts.yml, penalties from penalties.yml; the QR code points to the page in the same language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from cegah.content.schemas import Contact, PenaltiesFile
from cegah.errors import ContentError
from cegah.printing.contact_lines import contacts_note, issuer_line, number_groups
from cegah.printing.hero import hero_contact, hero_of
from cegah.printing.icons import icon_path, logo_svg_problem
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


def is_draft(job: PrintJob) -> bool:
    """A draft campaign, or a local contact nobody has verified yet, must not be handed out."""
    office = job.campaign.office
    return job.campaign.draft or (office is not None and office.verified is None)


def event_line(job: PrintJob) -> str | None:
    event = job.campaign.event
    if event is None:
        return None
    return f"{words(job.lang)['event']}: {long_date(event.date, job.lang)}, {event.place[job.lang]}"


LOGO_MAX_PIXELS = 25_000_000  # a logo needs a few million pixels at most, even on A3


def logo_of(project: Project, job: PrintJob) -> str | None:
    """The campaign's logo: an image file inside campaigns/, checked before anything is drawn."""
    if not job.campaign.logo:
        return None
    folder = project.campaigns_dir.resolve()
    path = (folder / job.campaign.logo).resolve()
    problem = None
    if folder not in path.parents or not path.is_file():
        problem = ("tidak ditemukan di folder campaigns/", "was not found in the campaigns/ folder")
    elif path.suffix.lower() == ".svg":  # drawn by resvg at the size it is printed
        problem = logo_svg_problem(path)
    else:
        problem = _raster_problem(path)
    if problem:
        raise ContentError.one(
            **campaign_place(project, job, "logo"),
            problem_id=f"berkas logo '{job.campaign.logo}' {problem[0]}.",
            problem_en=f"logo file '{job.campaign.logo}' {problem[1]}.",
            fix_id="simpan gambar logo (SVG, atau PNG paling banyak "
            f"{LOGO_MAX_PIXELS // 1_000_000} juta piksel) di folder campaigns/ dan tulis namanya "
            "di sini.",
            fix_en=f"put the logo image (SVG, or PNG of at most {LOGO_MAX_PIXELS // 1_000_000} million "
            "pixels) in the campaigns/ folder and write its name here.",
        )
    return str(path)


def _raster_problem(path: Path) -> tuple[str, str] | None:
    """Why a PNG or JPEG logo cannot be printed, or None."""
    try:
        with Image.open(path) as image:
            pixels = image.width * image.height
            image.verify()
    except Image.DecompressionBombError:  # Pillow refuses to open it at all
        limit = LOGO_MAX_PIXELS / 1e6
        return (
            f"terlalu besar (jauh lebih dari {limit:.0f} juta piksel)",
            f"is too large (far more than {limit:.0f} million pixels)",
        )
    except (OSError, SyntaxError):  # broken or not an image
        return ("bukan gambar yang bisa dibaca", "is not an image that can be read")
    if pixels > LOGO_MAX_PIXELS:
        return (
            f"terlalu besar ({pixels / 1e6:.0f} juta piksel)",
            f"is too large ({pixels / 1e6:.0f} million pixels)",
        )
    return None


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
        groups=number_groups(job, data.contacts, hero),
        qr_url=project.page_url(job.lang, job.item.page),
        scan_caption=w["scan"],
        footer=f"Cegah TPPO · {w['reviewed']}: {long_date(page.meta.reviewed, job.lang)}",
        contacts_note=contacts_note(data.contacts, job.lang),
        event=event_line(job),
        logo=logo_of(project, job),
        issuer=issuer_line(job),
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


def untranslated_notice(project: Project, lang: str, page_stands_in: bool) -> str:
    """The footer line of an item printed (partly) in the default language."""
    if page_stands_in:
        return words(lang)["print_untranslated"].format(
            language=language(project.default_language).name
        )
    return ""


def logo_digest(content) -> str:
    """The logo's bytes belong to the cache key: replacing the file must re-render."""
    return hashlib.sha256(Path(content.logo).read_bytes()).hexdigest() if content.logo else ""
