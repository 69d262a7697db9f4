"""The ready WhatsApp message that goes with a share image: numbers in an image cannot be
tapped and a link in an image cannot be opened, so the message carries both as text."""

from __future__ import annotations

from cegah.printing.poster import PosterContent
from cegah.printing.tokens import NBSP
from cegah.words import words


def share_message(content: PosterContent) -> str:
    w = words(content.lang)
    lines = [content.title, ""]
    lines += [f"- {point}" for point in content.points]
    lines += ["", f"{w['message_read']}: {content.qr_url}", "", w["call_for_help"]]
    hero = content.hero
    if hero:
        notes = f" ({', '.join(hero.notes)})" if hero.notes else ""
        lines.append(f"{hero.name}: {hero.number}{notes}")
    for group in content.groups:  # the other numbers, as the posters group them
        lines += ["", group.heading, *group.lines]
    if content.contacts_note:  # how the numbers were checked, as on the posters
        lines += ["", content.contacts_note]
    return "\n".join(line.replace(NBSP, " ") for line in lines) + "\n"
