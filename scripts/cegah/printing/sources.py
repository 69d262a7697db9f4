"""Where each printed field comes from, so a print problem names the line the editor typed:
a title or key point names its page's front matter, the event its campaign line, the contacts
and penalties their data file."""

from __future__ import annotations

from cegah.content.problems import key_text
from cegah.errors import relative
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob, campaign_place
from cegah.project import Project


def _panel_page(job: PrintJob, panel: str) -> str:
    """The page a trifold panel prints: flap, inside1..3; any other field is the item's page."""
    if panel == "flap":
        return job.item.flap or job.item.page
    if panel.startswith("inside") and panel[6:].isdigit():
        return job.item.inside[int(panel[6:]) - 1]
    return job.item.page


def _page_place(project: Project, job: PrintJob, slug: str, key: str, needle: str) -> dict:
    page, _ = printed_page(project, job, slug)
    if key == "key_points" and not page.meta.key_points:
        key = "description"  # printed in place of key points
    path: tuple = (key,)
    if key == "key_points":
        found = [i for i, point in enumerate(page.meta.key_points) if needle and needle in point]
        path = ("key_points", found[0]) if found else path
    line = page.front.line_of(path) if page.front else None
    return dict(file=relative(page.path, project.root), line=line, key=key_text(path))


def field_place(project: Project, job: PrintJob, field: str, needle: str = "") -> dict:
    """file, line and key of the text behind a printed field (e.g. 'title', 'inside2.points');
    with a needle (a character), the key point that holds it."""
    panel, _, part = field.partition(".")
    if field in ("title", "key_points"):
        return _page_place(project, job, job.item.page, field, needle)
    if part in ("heading", "points", ""):
        if panel in ("flap",) or panel.startswith("inside"):
            key = "title" if part == "heading" else "key_points"
            return _page_place(project, job, _panel_page(job, panel), key, needle)
    if part in ("extra", "extra_heading"):
        return campaign_place(project, job, "items", job.index, "penalties")
    if field in ("contacts", "hero", "hero_caption"):
        return dict(file=relative(project.data_dir / "contacts.yml", project.root))
    if field == "event":
        return campaign_place(project, job, "event", "place")
    return campaign_place(project, job, "items", job.index)
