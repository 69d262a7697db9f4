"""Render print jobs: gather the content from the site's sources, lay out, draw, write.

Content comes from the same places as the site: the page's front matter (title, key points,
review date) and the contacts data file. The QR code points to the page in the same language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import phones
from ..content import load_contacts, load_page
from ..errors import ContentError, Problem
from ..project import Project
from ..schemas import Contact, PosterLayout
from ..strings import long_date, words
from ..validate import validate
from ..yamlfile import load_yaml
from .draw import draw_poster
from .fonts import missing_glyphs
from .output import pdf_bytes, png_bytes, write_atomic
from .plan import PrintJob
from .poster import FieldOverflow, PosterContent, PosterPlan, layout_poster

LAYOUT_DIR = Path(__file__).resolve().parent.parent / "layouts"


@lru_cache(maxsize=16)
def load_layout(fmt: str) -> PosterLayout:
    doc = load_yaml(LAYOUT_DIR / f"{fmt}.yml", LAYOUT_DIR.parent.parent.parent)
    return validate(doc, PosterLayout)


def contact_line(contact: Contact, lang: str) -> str:
    w = words(lang)
    parts = []
    for phone in contact.phones:
        note = f" ({w['from_abroad']})" if phone.from_abroad else ""
        parts.append(phones.display(phone.number, phone.from_abroad) + note)
    if contact.whatsapp:
        parts.append(f"{w['whatsapp']} {phones.display(contact.whatsapp)}")
    name = (contact.short_name or contact.name)[lang]
    return f"{name}: " + " · ".join(parts)


def poster_content(project: Project, job: PrintJob, contacts: list[Contact]) -> PosterContent:
    page = load_page(project, job.lang, job.item.page)
    w = words(job.lang)
    url = project.page_url(job.lang, job.item.page)
    draft = job.campaign.draft
    return PosterContent(
        tagline=w["poster_tagline"],
        title=page.meta.title,
        points=list(page.meta.key_points) or [page.meta.description],
        help_title=w["call_for_help"],
        contacts=[contact_line(c, job.lang) for c in contacts if c.emergency],
        qr_url=url,
        scan_caption=w["scan"],
        footer=f"Cegah TPPO · {w['reviewed']}: {long_date(page.meta.reviewed, job.lang)}",
        draft_label=w["draft"] if draft else None,
    )


def _where(job: PrintJob) -> str:
    return f"campaigns/{job.campaign_id}.yml"


def check_drawable(job: PrintJob, content: PosterContent) -> None:
    fields = {
        "title": [content.title],
        "key_points": content.points,
        "contacts": content.contacts,
        "footer": [content.footer],
    }
    for name, texts in fields.items():
        missing = missing_glyphs(" ".join(texts), bold=False) + missing_glyphs(
            " ".join(texts), bold=True
        )
        if missing:
            chars = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in sorted(set(missing)))
            raise ContentError(
                [
                    Problem(
                        file=_where(job),
                        key=f"items.{job.item.page}.{name} [{job.lang}]",
                        problem_id=f"huruf {chars} di '{name}' tidak bisa dicetak dengan font poster.",
                        problem_en=f"character {chars} in '{name}' cannot be drawn by the poster font.",
                        fix_id="hapus atau ganti karakter itu (misalnya emoji) di halaman sumber.",
                        fix_en="remove or replace that character (an emoji, say) in the source page.",
                    )
                ]
            )


def plan_job(project: Project, job: PrintJob, contacts: list[Contact]) -> PosterPlan:
    """Lay out one job; problems become ContentErrors naming campaign, item, language, field."""
    content = poster_content(project, job, contacts)
    check_drawable(job, content)
    try:
        return layout_poster(content, load_layout(job.item.format))
    except FieldOverflow as exc:
        cut = exc.overflow.excess_chars
        raise ContentError(
            [
                Problem(
                    file=_where(job),
                    key=f"items.{job.item.page}.{exc.field} [{job.lang}]",
                    problem_id=(
                        f"teks '{exc.field}' terlalu panjang untuk {job.item.format} (halaman "
                        f"'{job.item.page}', bahasa {job.lang}) walau huruf sudah diperkecil ke "
                        f"{exc.overflow.min_size:g} pt."
                    ),
                    problem_en=(
                        f"the '{exc.field}' text is too long for {job.item.format} (page "
                        f"'{job.item.page}', language {job.lang}) even at the minimum size of "
                        f"{exc.overflow.min_size:g} pt."
                    ),
                    fix_id=f"persingkat sekitar {cut} karakter.",
                    fix_en=f"cut about {cut} characters.",
                )
            ]
        ) from None


@dataclass(frozen=True)
class Rendered:
    job: PrintJob
    png: Path
    pdf: Path
    plan: PosterPlan


def render_job(project: Project, job: PrintJob, out_dir: Path, contacts: list[Contact]) -> Rendered:
    spec = load_layout(job.item.format)
    plan = plan_job(project, job, contacts)
    image = draw_poster(plan, spec)
    png = png_bytes(image, spec.page.dpi)
    png_path, pdf_path = job.output(out_dir, "png"), job.output(out_dir, "pdf")
    write_atomic(png_path, png)
    write_atomic(pdf_path, pdf_bytes(png, spec.page.width_mm, spec.page.height_mm))
    return Rendered(job, png_path, pdf_path, plan)


def render_all(project: Project, jobs: list[PrintJob], out_dir: Path) -> list[Rendered]:
    """Lay out every job first (so one bad item writes nothing), then draw and write."""
    contacts = load_contacts(project).contacts
    for job in jobs:
        plan_job(project, job, contacts)
    return [render_job(project, job, out_dir, contacts) for job in jobs]
