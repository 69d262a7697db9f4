"""Penalty data in words: the site's table of offences in force, the "what changed" box, and
the one-line penalties that print items use. Texts are plain here and escaped where HTML is
made.

Revoked articles appear only in the box, labelled with what replaced them.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from cegah.content.schemas import Offence, PenaltiesFile
from cegah.words import PENALTY_WORDS, long_date, rupiah


def _since(value: str, lang: str) -> str:
    if len(value) == 10:
        return long_date(dt.date.fromisoformat(value), lang)
    return value


def prison_text(offence: Offence, lang: str) -> str:
    w = PENALTY_WORDS[lang]
    if offence.prison is None:
        return offence.penalty_note[lang] if offence.penalty_note else "–"
    if offence.prison.life:
        return w["life"]
    return w["years"].format(n=offence.prison.max_years)


def fine_text(offence: Offence, lang: str) -> str:
    w = PENALTY_WORDS[lang]
    if offence.fine_max_rupiah is None:
        return offence.penalty_note[lang] if offence.penalty_note and offence.prison else "–"
    joiner = "" if offence.prison is None else f"{w[offence.combine]} "
    return joiner + rupiah(offence.fine_max_rupiah, lang)


def penalty_sentence(offence: Offence, lang: str) -> str:
    """The penalty as one plain phrase for print: "penjara paling lama 15 tahun dan denda
    paling banyak Rp5 miliar" / "up to 15 years in prison and a fine of up to Rp5 billion"."""
    w = PENALTY_WORDS[lang]
    parts = []
    if offence.prison is not None:
        parts.append(
            w["prison_life"]
            if offence.prison.life
            else w["prison_up_to"].format(n=offence.prison.max_years)
        )
    if offence.fine_max_rupiah is not None:
        parts.append(w["fine_up_to"].format(amount=rupiah(offence.fine_max_rupiah, lang)))
    if not parts:
        return offence.penalty_note[lang] if offence.penalty_note else ""
    return f" {w[offence.combine]} ".join(parts)


# how the data writes articles (in Indonesian) -> the words of the penalty section that say it
ARTICLE_PARTS = (
    (re.compile(r"\bPasal\b"), "article.pasal"),
    (re.compile(r" ayat \((\w+)\)"), "article.ayat"),  # its word holds {n}, the number
    (re.compile(r"\bhuruf\b"), "article.huruf"),
    (re.compile(r"\bdan\b"), "article.dan"),
)


def article_text(article: str, lang: str) -> str:
    """Articles are written in Indonesian in the data ("Pasal 7 ayat (1)"); each language says
    them with its own words ("Article 7(1)")."""
    w = PENALTY_WORDS[lang]
    for pattern, key in ARTICLE_PARTS:
        article = pattern.sub(lambda m, key=key: w[key].format(n=m[1] if m.groups() else ""), article)
    return article


def article_label(data: PenaltiesFile, offence: Offence, lang: str) -> str:
    """ "UU 21/2007 Pasal 4" / "Law 21/2007 Article 4"."""
    return f"{data.laws[offence.law].short[lang]} {article_text(offence.article, lang)}"


def caveat(data: PenaltiesFile, offence: Offence, lang: str) -> str:
    """What is not yet checked about this penalty (its law's caveat), or ''."""
    law = data.laws[offence.law]
    return law.caveat[lang] if law.caveat else ""


def print_line(data: PenaltiesFile, offence: Offence, lang: str) -> str:
    """One penalty for print: article, where it applies, penalty.

    "KUHP Pasal 455 (eksploitasi di Indonesia): penjara paling lama 15 tahun dan ..."."""
    label = article_label(data, offence, lang)
    if offence.applies:
        label += f" ({offence.applies[lang]})"
    return f"{label}: {penalty_sentence(offence, lang)}"


def print_caveats(data: PenaltiesFile, offences: list[Offence], lang: str) -> list[str]:
    """Each cited law's caveat once, after the penalties: "KUHP: sesuai UU 1/2023; ..."."""
    lines = []
    for law_id in dict.fromkeys(o.law for o in offences):
        law = data.laws[law_id]
        if law.caveat:
            lines.append(f"{law.short[lang]}: {law.caveat[lang]}.")
    return lines


def checked_line(data: PenaltiesFile, lang: str) -> str:
    """When and against what the penalty data was last checked."""
    basis = f" {data.basis[lang]}" if data.basis else "."
    return f"{PENALTY_WORDS[lang]['checked_on']} {long_date(data.reviewed, lang)}{basis}"


def _applies_html(offence: Offence, lang: str) -> str:
    if not offence.applies:
        return ""
    return f'<strong class="cegah-applies">{escape(offence.applies[lang])}.</strong> '


def _caveat_html(data: PenaltiesFile, offence: Offence, lang: str) -> str:
    note = caveat(data, offence, lang)
    return f' <small class="cegah-caveat">({escape(note)})</small>' if note else ""


def penalties_table(data: PenaltiesFile, lang: str) -> str:
    w = PENALTY_WORDS[lang]
    head = "".join(
        f'<th scope="col">{escape(w[key])}</th>'
        for key in ("law", "covers", "prison", "fine", "since", "status")
    )
    rows = []
    for offence in data.in_force():
        rows.append(
            f'<tr id="{escape(offence.id)}" data-offence="{escape(offence.id)}">'
            f'<th scope="row">{escape(article_label(data, offence, lang))}</th>'
            f"<td>{_applies_html(offence, lang)}{escape(offence.covers[lang])}</td>"
            f"<td>{escape(prison_text(offence, lang))}</td>"
            f"<td>{escape(fine_text(offence, lang))}</td>"
            f"<td>{escape(_since(offence.in_force_since, lang))}</td>"
            f"<td>{escape(w['in_force'])}{_caveat_html(data, offence, lang)}</td></tr>"
        )
    # scrolls sideways on a phone: a named region in the tab order, so a keyboard reaches it
    return (
        f'<div class="md-typeset__scrollwrap" role="region" tabindex="0" '
        f'aria-label="{escape(w["caption"])}"><div class="md-typeset__table">'
        f'<table class="cegah-penalties"><caption>{escape(w["caption"])}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></div>"
        + f'<p class="cegah-checked">{escape(checked_line(data, lang))}</p>'
    )


def law_changes(data: PenaltiesFile, lang: str) -> str:
    w = PENALTY_WORDS[lang]
    items = []
    for old in data.revoked():
        new = data.by_id(old.replaced_by)
        items.append(
            f'<li data-revoked="{escape(old.id)}"><del>{escape(article_label(data, old, lang))}</del> '
            f"({escape(w['revoked_by'])} {escape(article_text(old.revoked_by, lang))}, "
            f"{escape(long_date(old.revoked_on, lang))}) → "
            f"<strong>{escape(article_label(data, new, lang))}</strong></li>"
        )
    return (
        '<div class="admonition info cegah-law-changes">'
        f'<p class="admonition-title">{escape(w["changed_title"])}</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )
