"""The site's list of print materials, from the same plan the renderer follows."""

from __future__ import annotations

import re
from html import escape

from cegah.content.formats import kind_of
from cegah.printing.compose import item_content
from cegah.printing.items import PrintData
from cegah.printing.message import share_message
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob, plan_jobs
from cegah.printing.render import load_layout
from cegah.printing.sheet import to_px
from cegah.project import Project
from cegah.words import words


def _to_root(page_url: str) -> str:
    """Relative prefix from a page (directory URL) back to the site root; works on file:// too."""
    depth = len([part for part in page_url.strip("/").split("/") if part])
    return "../" * depth


def _message(project: Project, job: PrintJob, lang: str, data: PrintData) -> str:
    """The ready message of a share image, to copy into WhatsApp with the image."""
    if kind_of(job.item.format) != "share":
        return ""
    w = words(lang)
    text = share_message(item_content(project, job, data))
    box = "cegah-message-" + job.stem.replace("/", "-")
    return (
        f'<label for="{escape(box)}">{escape(w["message_label"])}</label>'
        f'<textarea id="{escape(box)}" class="cegah-message" rows="7" readonly>{escape(text)}</textarea>'
        f'<button type="button" class="md-button" data-cegah-copy="{escape(box)}" '
        f'data-cegah-copied="{escape(w["copied"])}">{escape(w["copy_message"])}</button>'
        '<span class="cegah-copied" role="status"></span>'
    )


def _file_label(w: dict, kind: str) -> str:
    if re.fullmatch(r"png-\d+", kind):  # one of a deck's slides
        return w["file.png-slide"].format(n=int(kind[4:]))
    return w.get("file." + kind, kind)


def _item(project: Project, job: PrintJob, lang: str, root: str, data: PrintData) -> str:
    w = words(lang)
    raw_title = printed_page(project, job, job.item.page)[0].meta.title
    raw_label = w.get(f"print_format.{job.item.format}", job.item.format)
    title, label = escape(raw_title), escape(raw_label)
    spec = load_layout(job.item.format)
    width = 180
    height = round(width * to_px(spec.page.height, spec) / to_px(spec.page.width, spec))
    links = " · ".join(
        f'<a href="{escape(root + o.relpath)}" download>{escape(_file_label(w, o.kind))}</a>'
        for o in job.outputs
    )
    alt = escape(f"{w['thumbnail']}: {raw_label}, {raw_title}")
    return (
        '<li class="cegah-print-item">'
        f'<img src="{escape(root + job.thumbnail)}" alt="{alt}" width="{width}" height="{height}" loading="lazy">'
        f"<div><strong>{label}</strong><br>{title}<br>{links}"
        f"{_message(project, job, lang, data)}</div></li>"
    )


def listing_html(project: Project, lang: str, page_url: str, campaign: str | None = None) -> str:
    """Every campaign's items (the print page), or one campaign's (a kit on the page that
    explains it)."""
    root = _to_root(page_url)
    data = PrintData.load(project)
    by_campaign: dict[str, list[PrintJob]] = {}
    for job in plan_jobs(project, campaign=campaign, lang=lang):
        by_campaign.setdefault(job.campaign_id, []).append(job)
    sections = []
    level = "h3" if campaign else "h2"  # one campaign sits in a section of its page
    for campaign_id, jobs in by_campaign.items():
        heading = escape(jobs[0].campaign.title[lang])
        items = "".join(_item(project, job, lang, root, data) for job in jobs)
        sections.append(
            f'<{level} id="{escape(campaign_id)}">{heading}</{level}>'
            f'<ul class="cegah-print-items">{items}</ul>'
        )
    return f'<div class="cegah-print-list">{"".join(sections)}</div>'
