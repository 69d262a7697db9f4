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


def _listed(path: tuple, texts: list[str], needle: str) -> tuple:
    """The path of the text that holds needle (a character, or the text itself)."""
    found = [i for i, text in enumerate(texts) if needle and needle in text]
    return (*path, found[0]) if found else path


# a panel's printed part -> where the page keeps it, when the page has a pamphlet block
PAMPHLET_PARTS = {"heading": "heading", "lines": "lines", "points": "points"}


def _panel_path(meta, part: str, needle: str) -> tuple | None:
    pamphlet = meta.pamphlet
    if part in PAMPHLET_PARTS and pamphlet and getattr(pamphlet, PAMPHLET_PARTS[part]):
        values = getattr(pamphlet, part)
        texts = [values] if isinstance(values, str) else [getattr(v, "text", v) for v in values]
        return _listed(("pamphlet", part), texts, needle)
    if part.startswith("steps"):
        return _listed(("steps",), [f"{s.title}: {s.text}" for s in meta.steps], needle)
    if part.startswith("story"):
        return ("story", "title" if part == "story_title" else "text")
    return None


def _page_place(
    project: Project, job: PrintJob, slug: str, key: str, needle: str, part: str = ""
) -> dict:
    page, _ = printed_page(project, job, slug)
    path = _panel_path(page.meta, part, needle) if part else None
    if path is None:
        if key == "key_points" and not page.meta.key_points:
            key = "description"  # printed in place of key points
        path = (key,)
        if key == "key_points":
            path = _listed(path, page.meta.key_points, needle)
    line = page.front.line_of(path) if page.front else None
    return dict(file=relative(page.path, project.root), line=line, key=key_text(path))


def field_place(project: Project, job: PrintJob, field: str, needle: str = "") -> dict:
    """file, line and key of the text behind a printed field (e.g. 'title', 'inside2.points');
    with a needle (a character), the key point that holds it."""
    panel, _, part = field.partition(".")
    if field in ("title", "key_points"):
        return _page_place(project, job, job.item.page, field, needle)
    if panel in ("flap",) or panel.startswith("inside"):
        if part in ("heading", "points", "lines", "steps", "story", "story_title", ""):
            key = "title" if part == "heading" else "key_points"
            return _page_place(project, job, _panel_page(job, panel), key, needle, part)
    if part in ("extra", "extra_heading"):
        return campaign_place(project, job, "items", job.index, "penalties")
    if field in ("contacts", "contacts_group", "hero", "hero_caption"):
        return dict(file=relative(project.data_dir / "contacts.yml", project.root))
    if field == "event":
        return campaign_place(project, job, "event", "place")
    return campaign_place(project, job, "items", job.index)
