"""HTML blocks that the site builds from data: key points, sources, contacts.

Every text that comes from a data file or front matter is escaped here, so no raw HTML from
data can reach a page. Blocks contain no blank line, so Markdown passes them through intact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from html import escape

from cegah.content import evidence, fallback, phones
from cegah.content.schemas import Contact, Corrections, PageMeta, Source
from cegah.words import EVIDENCE_WORDS, fallback_notice, long_date, words
from cegah.words import contacts as contact_words


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


def with_fallback_notice(render: Callable[[], str], lang: str) -> str:
    """The block render() makes, preceded by a notice when some of its data texts were not
    translated into lang and are shown in the default language instead."""
    with fallback.recording() as used:
        block = render()
    if not used:
        return block
    return f'<p class="cegah-fallback">{escape(fallback_notice(used, lang))}</p>{block}'


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


def _channel_items(contact: Contact, lang: str) -> Iterable[str]:
    """The card's lines for each number (words.contacts: the policy shared with print)."""
    w = words(lang)
    for channel in contact_words.channels(contact, lang):
        if channel.whatsapp:
            link = _whatsapp_link(channel.number, phones.display(channel.number))
            yield f"<li>{escape(w['whatsapp'])}: {link}</li>"
            continue
        notes = [n for n in (channel.where, *channel.notes) if n]
        extra = f" ({escape(', '.join(notes))})" if notes else ""
        yield f"<li>{escape(w['call'])}: {_phone_link(channel.number)}{extra}</li>"


def _whatsapp_link(number: str, text: str) -> str:
    return f'<a href="{escape(phones.whatsapp_href(number))}">{escape(text)}</a>'


def _cited(sources: list[Source]) -> str:
    """ "tempo.co 2021; antaranews.com 2020", escaped, each linked where it has an address."""
    return "; ".join(
        (
            f'<a href="{escape(s.url)}" rel="noopener">{escape(s.title)}</a>'
            if s.url
            else escape(s.title)
        )
        + (f" {escape(s.date)}" if s.date else "")
        for s in sources
    )


def report_wrong(corrections: Corrections | None, lang: str) -> str:
    """ "Nomor ini salah? Kabari kami": the operator's email and WhatsApp, on every card."""
    if corrections is None:
        return ""
    w = words(lang)
    links = []
    if corrections.email:
        mail = escape(corrections.email)
        links.append(f'{escape(w["email"])} <a href="mailto:{mail}">{mail}</a>')
    if corrections.whatsapp:
        shown = phones.display(corrections.whatsapp)
        links.append(f"{escape(w['whatsapp'])} {_whatsapp_link(corrections.whatsapp, shown)}")
    text = escape(EVIDENCE_WORDS[lang]["report_wrong"])
    return f'<p class="cegah-report">{text}: {" · ".join(links)}</p>'


def contact_card(
    contact: Contact, lang: str, on: dt.date, corrections: Corrections | None = None
) -> str:
    """A contact's card: only the numbers whose latest test call did not fail, and how they
    were checked (newest source, desk check, test calls), in words."""
    w = words(lang)
    lines = list(_channel_items(contact, lang))
    if contact.email:
        mail = escape(contact.email)
        lines.append(f'<li>{w["email"]}: <a href="mailto:{mail}">{mail}</a></li>')
    if contact.website:
        site = escape(contact.website)
        lines.append(f'<li>{w["website"]}: <a href="{site}" rel="noopener">{site}</a></li>')
    if contact.hours:
        lines.append(f"<li>{escape(w['hours'])}: {escape(contact.hours[lang])}</li>")
    limits = ""
    if contact.limits:
        backed = f" ({_cited(contact.limits_sources)})" if contact.limits_sources else ""
        limits = f'<p class="cegah-limits">{escape(contact.limits[lang])}{backed}</p>'
    cited = _cited(contact.sources)
    checked = (
        f'<p class="cegah-checked">{escape(evidence.describe(contact, lang, on))}. '
        f"{escape(w['source'].capitalize())}: {cited}</p>"
    )
    return (
        f'<div class="cegah-contact" id="{escape(contact.id)}">'
        f"<h3>{escape(contact.name[lang])}</h3>"
        f"<p>{escape(contact.description[lang])}</p>"
        f'<ul class="cegah-channels">{"".join(lines)}</ul>{limits}{checked}'
        f"{report_wrong(corrections, lang)}</div>"
    )


def shown_contacts(all_contacts: Iterable[Contact]) -> list[Contact]:
    """Contacts with at least one channel left once failed numbers are taken out."""
    return [c for c in all_contacts if evidence.reachable(c) or c.email or c.website]


def contacts(
    all_contacts: Iterable[Contact],
    lang: str,
    on: dt.date,
    situation: str | None = None,
    corrections: Corrections | None = None,
) -> str:
    """Every contact (or those of one situation), grouped by situation in the order the data
    file first names them."""
    w = words(lang)
    groups: dict[str, list[Contact]] = {}
    for contact in shown_contacts(all_contacts):
        if situation is None or contact.situation == situation:
            groups.setdefault(contact.situation, []).append(contact)
    parts = []
    for name, members in groups.items():
        cards = "".join(contact_card(c, lang, on, corrections) for c in members)
        heading = (
            f'<h2 id="{escape(name)}">{escape(w["situation." + name])}</h2>'
            if situation is None
            else ""
        )
        parts.append(f'<section class="cegah-situation">{heading}{cards}</section>')
    return f'<div class="cegah-contacts">{"".join(parts)}</div>'


def emergency_contacts(all_contacts: Iterable[Contact]) -> list[Contact]:
    """The short national emergency list (site strip and print): emergency contacts with a
    number left; a local contact is printed only by the campaigns that list it."""
    return [c for c in all_contacts if c.emergency and not c.local and evidence.reachable(c)]


def emergency(
    all_contacts: Iterable[Contact], lang: str, in_page: bool = False, notice: str = ""
) -> str:
    """Short list of the emergency contacts: name, call/WhatsApp links and, in small type, one
    line on how the numbers were checked.

    On every page it is a landmark (the strip at the top); inside an article (in_page) it is a
    plain box, so that screen readers do not meet two landmarks with the same name. A notice
    (texts not translated yet) joins the small line, to keep the strip short."""
    w = words(lang)
    items = []
    shown_contacts = emergency_contacts(all_contacts)
    for contact in shown_contacts:
        links = [
            _whatsapp_link(ch.number, w["whatsapp"])
            if ch.whatsapp
            else _phone_link(ch.number) + (f" ({escape(ch.where)})" if ch.where else "")
            for ch in contact_words.channels(contact, lang)
        ]
        items.append(
            f'<li><span class="cegah-name">{escape(contact.label(lang))}</span> '
            f"{' · '.join(links)}</li>"
        )
    # one line for the whole list keeps the strip short on a phone
    note = evidence.summary_note(shown_contacts, lang) if shown_contacts else ""
    note = escape(" ".join(part for part in (note, notice) if part))
    title = escape(w["emergency_title"])
    listed = (
        f'<strong>{title}</strong><ul>{"".join(items)}</ul><small class="cegah-age">{note}</small>'
    )
    if in_page:
        return f'<div class="cegah-emergency-list">{listed}</div>'
    return f'<nav class="cegah-emergency" aria-label="{title}">{listed}</nav>'
