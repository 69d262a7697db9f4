"""HTML blocks that the site builds from data: key points, sources, contacts.

Every text that comes from a data file or front matter is escaped here, so no raw HTML from
data can reach a page. Blocks contain no blank line, so Markdown passes them through intact.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from . import phones
from .schemas import Contact, PageMeta, Source
from .strings import long_date, words


def key_points(meta: PageMeta, lang: str) -> str:
    if not meta.key_points:
        return ""
    items = "".join(f"<li>{escape(point)}</li>" for point in meta.key_points)
    return (
        '<div class="admonition abstract cegah-key-points">'
        f'<p class="admonition-title">{escape(words(lang)["key_points"])}</p>'
        f"<ul>{items}</ul></div>"
    )


def untranslated_notice(build_lang: str) -> str:
    return (
        '<div class="admonition warning cegah-untranslated">'
        f"<p>{escape(words(build_lang)['untranslated'])}</p></div>"
    )


def source_item(source: Source) -> str:
    title = escape(source.title)
    if source.url:
        title = f'<a href="{escape(source.url)}" rel="noopener">{title}</a>'
    date = f" ({escape(source.date)})" if source.date else ""
    return f"<li>{title}{date}</li>"


def sources(meta: PageMeta, lang: str) -> str:
    w = words(lang)
    listed = ""
    if meta.sources:
        items = "".join(source_item(s) for s in meta.sources)
        listed = f'<h2 id="sumber">{escape(w["sources"])}</h2><ul>{items}</ul>'
    reviewed = (
        f'<p class="cegah-reviewed">{escape(w["reviewed"])}: '
        f'<time datetime="{meta.reviewed.isoformat()}">{escape(long_date(meta.reviewed, lang))}</time></p>'
    )
    return f'<aside class="cegah-sources">{listed}{reviewed}</aside>'


def _phone_link(phone_text: str) -> str:
    shown = escape(phones.display(phone_text))
    return f'<a href="{escape(phones.tel_href(phone_text))}">{shown}</a>'


def _phone_line(contact: Contact, lang: str) -> Iterable[str]:
    w = words(lang)
    for phone in contact.phones:
        notes = []
        if phone.from_abroad:
            notes.append(w["from_abroad"])
        if phone.free is True:
            notes.append(w["free"])
        elif phone.free is False:
            notes.append(w["not_free"])
        if phone.note:
            notes.append(phone.note[lang])
        extra = f" ({escape(', '.join(notes))})" if notes else ""
        yield f"<li>{escape(w['call'])}: {_phone_link(phone.number)}{extra}</li>"


def contact_card(contact: Contact, lang: str) -> str:
    w = words(lang)
    lines = list(_phone_line(contact, lang))
    if contact.whatsapp:
        href = escape(phones.whatsapp_href(contact.whatsapp))
        shown = escape(phones.display(contact.whatsapp))
        lines.append(f'<li>{w["whatsapp"]}: <a href="{href}">{shown}</a></li>')
    if contact.email:
        mail = escape(contact.email)
        lines.append(f'<li>{w["email"]}: <a href="mailto:{mail}">{mail}</a></li>')
    if contact.website:
        site = escape(contact.website)
        lines.append(f'<li>{w["website"]}: <a href="{site}" rel="noopener">{site}</a></li>')
    if contact.hours:
        lines.append(f"<li>{escape(w['hours'])}: {escape(contact.hours[lang])}</li>")
    limits = f'<p class="cegah-limits">{escape(contact.limits[lang])}</p>' if contact.limits else ""
    cited = "; ".join(
        escape(s.title) + (f" {escape(s.date)}" if s.date else "") for s in contact.sources
    )
    checked = (
        f'<p class="cegah-checked">{escape(w["verified"])}: '
        f'<time datetime="{contact.verified.isoformat()}">'
        f"{escape(long_date(contact.verified, lang))}</time> · {escape(w['source'])}: {cited}</p>"
    )
    return (
        f'<div class="cegah-contact" id="{escape(contact.id)}">'
        f"<h3>{escape(contact.name[lang])}</h3>"
        f"<p>{escape(contact.description[lang])}</p>"
        f'<ul class="cegah-channels">{"".join(lines)}</ul>{limits}{checked}</div>'
    )


def contacts(all_contacts: Iterable[Contact], lang: str) -> str:
    """Every contact, grouped by situation in the order the data file first names them."""
    w = words(lang)
    groups: dict[str, list[Contact]] = {}
    for contact in all_contacts:
        groups.setdefault(contact.situation, []).append(contact)
    parts = []
    for situation, members in groups.items():
        cards = "".join(contact_card(c, lang) for c in members)
        parts.append(
            f'<section class="cegah-situation"><h2 id="{escape(situation)}">'
            f"{escape(w['situation.' + situation])}</h2>{cards}</section>"
        )
    return f'<div class="cegah-contacts">{"".join(parts)}</div>'


def emergency(all_contacts: Iterable[Contact], lang: str, in_page: bool = False) -> str:
    """Short list of the emergency contacts: name and call/WhatsApp links.

    On every page it is a landmark (the strip at the top); inside an article (in_page) it is a
    plain box, so that screen readers do not meet two landmarks with the same name."""
    w = words(lang)
    items = []
    for contact in all_contacts:
        if not contact.emergency:
            continue
        # a number for callers abroad is labelled, so nobody in Indonesia dials a paid line
        links = [
            _phone_link(p.number) + (f" ({escape(w['from_abroad'])})" if p.from_abroad else "")
            for p in contact.phones
        ]
        if contact.whatsapp:
            href = escape(phones.whatsapp_href(contact.whatsapp))
            links.append(f'<a href="{href}">{w["whatsapp"]}</a>')
        items.append(
            f'<li><span class="cegah-name">{escape((contact.short_name or contact.name)[lang])}</span> {" · ".join(links)}</li>'
        )
    title = escape(w["emergency_title"])
    listed = f"<strong>{title}</strong><ul>{''.join(items)}</ul>"
    if in_page:
        return f'<div class="cegah-emergency-list">{listed}</div>'
    return f'<nav class="cegah-emergency" aria-label="{title}">{listed}</nav>'
