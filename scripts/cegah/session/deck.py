"""What a session's slides show and what the officer says, from docs/data/deck.yml and the
pages it names: the same words the site and the pamphlet print, so a fact changed once
reaches the slides (and their speaker notes) too.

The PowerPoint file (`pptx.py`) and the drawn PDF and PNGs (`slides.py`) are both built from
this one `DeckContent`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cegah.content.problems import validate
from cegah.content.schemas import DeckFile, DeckSlide
from cegah.printing import brand
from cegah.printing.contact_lines import contacts_note, local_contacts, number_groups
from cegah.printing.hero import hero_contact, hero_of
from cegah.printing.icons import icon_path
from cegah.printing.items import PrintData, is_draft, untranslated_notice
from cegah.printing.numbers import NumberGroup
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob
from cegah.printing.poster import Hero
from cegah.project import Project
from cegah.session.words import session_words
from cegah.site.blocks import emergency_contacts
from cegah.words import long_date, words

DECK_FILE = "deck.yml"


def deck_path(project: Project) -> Path:
    return project.data_dir / DECK_FILE


def load_deck(project: Project) -> DeckFile:
    return validate(project.content.yaml(deck_path(project)), DeckFile)


@dataclass(frozen=True)
class Point:
    text: str
    icon: str | None = None  # a pictogram's SVG path


@dataclass(frozen=True)
class Slide:
    kind: str
    heading: str
    lines: tuple[str, ...] = ()  # plain lines under the heading
    points: tuple[Point, ...] = ()  # points with pictograms
    steps: tuple[str, ...] = ()  # numbered steps (their titles)
    hero: Hero | None = None  # the hotlines slide's big number
    groups: tuple[NumberGroup, ...] = ()  # the hotlines slide's other numbers
    qr_url: str = ""  # the close slide's QR code
    address: str = ""  # and the site's address printed beside it
    notes: str = ""  # the speaker notes


@dataclass(frozen=True)
class DeckContent:
    lang: str
    slides: tuple[Slide, ...]
    logo: str | None = None
    draft_label: str | None = None
    notice: str = ""  # printed from the default language


def deck_content(project: Project, job: PrintJob, data: PrintData) -> DeckContent:
    deck = load_deck(project)
    stand_ins: list[bool] = []
    slides = tuple(_slide(project, job, data, spec, stand_ins) for spec in deck.slides)
    w = words(job.lang)
    return DeckContent(
        lang=job.lang,
        slides=slides,
        logo=brand.logo_of(project, job),
        draft_label=w["draft"] if is_draft(project, job) else None,
        notice=untranslated_notice(project, job.lang, any(stand_ins)),
    )


def _notes(spec: DeckSlide, lang: str, *parts: str) -> str:
    """The officer's notes: how long, what to say, then what the page says."""
    said = [session_words(lang)["minutes"].format(minutes=spec.minutes)]
    if spec.notes:
        said.append(spec.notes[lang])
    return "\n\n".join(said + [part for part in parts if part])


def _slide(project, job: PrintJob, data: PrintData, spec: DeckSlide, stand_ins: list) -> Slide:
    lang, sw = job.lang, session_words(job.lang)
    if spec.kind in ("page", "steps"):
        page, stand_in = printed_page(project, job, spec.page)
        stand_ins.append(stand_in)
        return (_steps_slide if spec.kind == "steps" else _page_slide)(page.meta, spec, lang)
    heading = spec.heading[lang]
    lines = tuple(line[lang] for line in spec.lines)
    if spec.kind == "title":
        return Slide("title", heading, session_lines(project, job), notes=_notes(spec, lang))
    if spec.kind == "hotlines":
        hero = hero_contact(project, job, emergency_contacts(data.contacts))
        groups = number_groups(
            job, data.contacts, hero, local_contacts(project, job, data.contacts)
        )
        checked = sw["notes_checked"].format(note=contacts_note(data.contacts, lang))
        return Slide(
            "hotlines",
            heading,
            lines,
            hero=hero_of(hero, lang),
            groups=tuple(groups),
            notes=_notes(spec, lang, checked),
        )
    qr_url = project.page_url(lang, "") if spec.kind == "close" else ""
    address = qr_url.split("://", 1)[-1].rstrip("/")
    return Slide(
        spec.kind, heading, lines, qr_url=qr_url, address=address, notes=_notes(spec, lang)
    )


def session_lines(project: Project, job: PrintJob) -> tuple[str, ...]:
    """The office, and the session's date and place (the campaign's `event`)."""
    lang = job.lang
    offices = job.campaign.all_offices
    lines = [offices[0].name[lang]] if offices else []
    publisher = project.content.settings().publisher
    if not offices and publisher:
        lines.append(publisher.name[lang])
    if job.campaign.event:
        event = job.campaign.event
        lines.append(f"{long_date(event.date, lang)} · {event.place[lang]}")
    return tuple(lines)


def _page_slide(meta, spec: DeckSlide, lang: str) -> Slide:
    """A page's pamphlet panel (heading, lines, points) or its poster words; the notes carry
    its key points and its story, to tell in the officer's own words."""
    sw = session_words(lang)
    if spec.show == "poster" and meta.poster:
        heading, lines = meta.poster.title or meta.title, ()
        points = meta.poster.points
    else:
        pamphlet = meta.pamphlet
        heading = (pamphlet.heading if pamphlet and pamphlet.heading else None) or meta.title
        lines = tuple(pamphlet.lines) if pamphlet else ()
        points = pamphlet.points if pamphlet else []
    shown = tuple(Point(p.text, icon_path(p.icon) if p.icon else None) for p in points)
    if not (lines or shown):
        shown = tuple(Point(text) for text in meta.key_points[:4])
    parts = []
    if spec.show == "poster" and meta.pamphlet and meta.pamphlet.points:
        told = "\n".join(f"- {p.text}" for p in meta.pamphlet.points)
        parts.append(sw["notes_more"] + "\n" + told)
    if meta.key_points:
        parts.append(sw["notes_points"] + "\n" + "\n".join(f"- {k}" for k in meta.key_points))
    if meta.story:
        parts.append(sw["notes_story"].format(title=meta.story.title) + "\n" + meta.story.text)
    return Slide("page", heading, lines, shown, notes=_notes(spec, lang, *parts))


def _steps_slide(meta, spec: DeckSlide, lang: str) -> Slide:
    """The steps' titles, numbered, on the slide; what each step means in the notes."""
    heading = (meta.pamphlet.heading if meta.pamphlet and meta.pamphlet.heading else None) or (
        meta.title
    )
    told = "\n".join(f"{n}. {s.title}: {s.text}" for n, s in enumerate(meta.steps, start=1))
    return Slide(
        "steps", heading, steps=tuple(s.title for s in meta.steps), notes=_notes(spec, lang, told)
    )
