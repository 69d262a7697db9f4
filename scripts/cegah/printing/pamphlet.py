"""What goes on a pamphlet, panel by panel, from the pages' front matter (`pamphlet:`,
`steps:`, `story:`; by default a page's title and key points), the contacts and penalties
data and the campaign. (checks.check_no_repeats refuses a text printed on two panels.)"""

from __future__ import annotations

from dataclasses import replace

from cegah.printing import brand
from cegah.printing.contact_lines import contacts_note, local_contacts, number_groups
from cegah.printing.hero import hero_contact, hero_of
from cegah.printing.icons import icon_path
from cegah.printing.items import (
    PrintData,
    event_line,
    is_draft,
    penalty_lines,
    untranslated_notice,
)
from cegah.printing.pages import printed_page
from cegah.printing.panel import Panel, Story
from cegah.printing.plan import PrintJob
from cegah.printing.trifold import TrifoldContent
from cegah.project import Project
from cegah.site.blocks import emergency_contacts
from cegah.words import PENALTY_WORDS, words


def page_panel(project: Project, job: PrintJob, slug: str, stand_ins: list[bool]) -> Panel:
    """A panel from a page: its pamphlet words, steps and story; else its key points."""
    page, stand_in = printed_page(project, job, slug)
    stand_ins.append(stand_in)
    meta, words_of = page.meta, page.meta.pamphlet
    lines = tuple(words_of.lines) if words_of else ()
    points, icons = (), ()
    if words_of and words_of.points:
        points = tuple(p.text for p in words_of.points)
        icons = tuple(icon_path(p.icon) if p.icon else None for p in words_of.points)
    elif not lines and not meta.steps:
        points = tuple(meta.key_points) or (meta.description,)
    story = None
    if meta.story:
        story = Story(meta.story.title, meta.story.text, words(job.lang)["story_note"])
    return Panel(
        heading=words_of.heading if words_of and words_of.heading else meta.title,
        lines=lines,
        points=points,
        icons=icons,
        steps=tuple((step.title, step.text) for step in meta.steps),
        story=story,
    )


def _cover_picture(project: Project, job: PrintJob) -> str | None:
    """The cover's pictogram: the first one the cover page's poster points name."""
    page, _ = printed_page(project, job, job.item.page)
    poster = page.meta.poster
    icons = [p.icon for p in poster.points if p.icon] if poster else []
    return icon_path(icons[0]) if icons else None


def trifold_content(project: Project, job: PrintJob, data: PrintData) -> TrifoldContent:
    page, stand_in = printed_page(project, job, job.item.page)
    stand_ins = [stand_in]
    w = words(job.lang)
    hero = hero_contact(project, job, emergency_contacts(data.contacts))
    inside = tuple(page_panel(project, job, slug, stand_ins) for slug in job.item.inside)
    flap = page_panel(project, job, job.item.flap or job.item.page, stand_ins)
    if job.item.penalties:  # what the law threatens, after what to do if it happens
        penalties = penalty_lines(project, data.penalties, job.item.penalties, job.lang, job)
        last = replace(
            inside[2],
            extra_heading=PENALTY_WORDS[job.lang]["print_heading"],
            extra_lines=penalties,
        )
        inside = (*inside[:2], last)
    content = TrifoldContent(
        lang=job.lang,
        tagline=brand.tagline(project, job.lang),
        title=page.meta.poster.title
        if page.meta.poster and page.meta.poster.title
        else page.meta.title,
        event=event_line(job),
        qr_url=project.page_url(job.lang, job.item.page),
        scan_caption=w["scan"],
        flap=flap,
        help_title=w["call_for_help"],
        groups=number_groups(job, data.contacts, local=local_contacts(project, job, data.contacts)),
        hero=hero_of(hero, job.lang),
        write_in=w["write_in"],
        footer=brand.footer(project, job.lang, page.meta.reviewed),
        contacts_note=contacts_note(data.contacts, job.lang),
        inside=inside,  # type: ignore[arg-type]
        logo=brand.logo_of(project, job),
        draft_label=w["draft"] if is_draft(project, job) else None,
        notice=untranslated_notice(project, job.lang, any(stand_ins)),
        picture=_cover_picture(project, job),
        issuer=brand.issuer_line(project, job),
    )
    return content
