"""What goes on a pocket card, from the same sources as the posters: the hero number and the
next two emergency lines, the page's poster points (its three warning signs), and a QR code
to the contacts page, where every number is."""

from __future__ import annotations

from cegah.content import evidence
from cegah.printing import brand
from cegah.printing.card import CardContent
from cegah.printing.contact_lines import contact_line
from cegah.printing.hero import hero_contact, hero_of
from cegah.printing.items import (
    PrintData,
    is_draft,
    poster_icons,
    poster_texts,
    untranslated_notice,
)
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob
from cegah.project import Project
from cegah.site.blocks import emergency_contacts
from cegah.words import long_date, words

CONTACTS_PAGE = "kontak"
OTHER_LINES = 2  # a card holds the hero and two more lines


def card_content(project: Project, job: PrintJob, data: PrintData) -> CardContent:
    page, stand_in = printed_page(project, job, job.item.page)
    w = words(job.lang)
    shown = emergency_contacts(data.contacts)
    hero = hero_contact(project, job, shown)
    others = [c for c in shown if c is not hero][:OTHER_LINES]
    lines = [contact_line(c, job.lang) for c in others]
    poster = page.meta.poster
    points = poster_texts(page)[:3]
    qr_page = (
        CONTACTS_PAGE if project.page_path(job.lang, CONTACTS_PAGE).is_file() else job.item.page
    )
    return CardContent(
        lang=job.lang,
        tagline=brand.tagline(project, job.lang),
        hero=hero_of(hero, job.lang),
        contacts=[line for line in lines if line],
        heading=poster.title if poster and poster.title else page.meta.title,
        points=points,
        icons=poster_icons(page)[:3],
        qr_url=project.page_url(job.lang, qr_page),
        scan_caption=w["card_scan"],
        footer=f"{w['reviewed']}: {long_date(page.meta.reviewed, job.lang)}",
        draft_label=w["draft"] if is_draft(project, job) else None,
        notice=untranslated_notice(project, job.lang, stand_in),
        contacts_note=evidence.summary_note(
            [c for c in (hero, *others[:OTHER_LINES]) if c], job.lang
        ),
    )
