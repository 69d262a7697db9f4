"""The site's list of print materials, from the same plan the renderer follows."""

from __future__ import annotations

from html import escape

from ..content import load_page
from ..project import Project
from ..strings import words
from .plan import plan_jobs


def _to_root(page_url: str) -> str:
    """Relative prefix from a page (directory URL) back to the site root; works on file:// too."""
    depth = len([part for part in page_url.strip("/").split("/") if part])
    return "../" * depth


def listing_html(project: Project, lang: str, page_url: str) -> str:
    w = words(lang)
    root = _to_root(page_url)
    sections = []
    jobs = [job for job in plan_jobs(project) if job.lang == lang]
    by_campaign: dict[str, list] = {}
    for job in jobs:
        by_campaign.setdefault(job.campaign_id, []).append(job)
    for campaign_id, members in by_campaign.items():
        rows = []
        for job in members:
            title = load_page(project, lang, job.item.page).meta.title
            label = w.get(f"print_format.{job.item.format}", job.item.format)
            pdf, png = escape(root + job.stem + ".pdf"), escape(root + job.stem + ".png")
            rows.append(
                f"<li><strong>{escape(label)}</strong>: {escape(title)} · "
                f'<a href="{pdf}" download>{escape(w["download_pdf"])}</a> · '
                f'<a href="{png}" download>{escape(w["download_png"])}</a></li>'
            )
        heading = escape(members[0].campaign.title[lang])
        sections.append(f'<h2 id="{escape(campaign_id)}">{heading}</h2><ul>{"".join(rows)}</ul>')
    return f'<div class="cegah-print-list">{"".join(sections)}</div>'
