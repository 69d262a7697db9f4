"""Which content an item gets, by its layout's kind: a poster or share image, a pamphlet, a
pocket card. Data texts read in the default language instead of the item's (not translated
yet) add a notice, like a page printed from the default language."""

from __future__ import annotations

from dataclasses import replace

from cegah.content import fallback
from cegah.content.formats import kind_of
from cegah.printing.card import CardContent
from cegah.printing.items import PrintData, poster_content
from cegah.printing.pamphlet import trifold_content
from cegah.printing.plan import PrintJob
from cegah.printing.pocket import card_content
from cegah.printing.poster import PosterContent
from cegah.printing.trifold import TrifoldContent
from cegah.project import Project
from cegah.session.deck import deck_content
from cegah.session.forms import FormContent, form_content
from cegah.words import fallback_notice


def _form(project: Project, job: PrintJob, data: PrintData) -> FormContent:
    return form_content(project, job, data, job.item.format.removeprefix("quiz-"))


BUILDERS = {"trifold": trifold_content, "card": card_content, "slides": deck_content, "form": _form}


def item_content(
    project: Project, job: PrintJob, data: PrintData
) -> PosterContent | TrifoldContent | CardContent:
    with fallback.recording() as used:
        build = BUILDERS.get(kind_of(job.item.format), poster_content)
        content = build(project, job, data)
    if used and not content.notice:
        content = replace(content, notice=fallback_notice(used, job.lang))
    return content
