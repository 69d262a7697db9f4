"""The brand on print, from the office's settings (mkdocs.yml: site_name, extra.brand,
extra.publisher) and the campaign: the brand line, the footer's name, who issued the item,
the logo. No brand word is written in code."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from cegah.errors import ContentError
from cegah.printing.icons import logo_svg_problem
from cegah.printing.plan import PrintJob, campaign_place
from cegah.printing.tokens import NBSP
from cegah.project import Project
from cegah.words import long_date, words


def tagline(project: Project, lang: str) -> str:
    line = project.content.settings().brand.tagline
    return line[lang] if line else ""


def site_name(project: Project) -> str:
    return str(project.config.get("site_name") or "")


def footer(project: Project, lang: str, reviewed) -> str:
    """The item's last line: the site's name and when its page was last reviewed."""
    when = f"{words(lang)['reviewed']}: {long_date(reviewed, lang)}"
    return " ·\u00a0".join(part for part in (site_name(project), when) if part)


def issuer_line(project: Project, job: PrintJob) -> str:
    """Who issued the item: the campaign's office (with its address, and its note while it
    has no number), else the site's publisher."""
    offices, lang = job.campaign.all_offices, job.lang
    office = offices[0] if offices else None  # the first office issues it
    if office is not None:
        parts = [office.name[lang]]
        if office.address:
            parts.append(office.address[lang])
        if office.note and not (office.phones or office.whatsapp):
            parts.append(office.note[lang])
    else:
        publisher = project.content.settings().publisher
        if publisher is None:
            return ""
        parts = [publisher.name[lang]] + ([publisher.address[lang]] if publisher.address else [])
    return f"{words(lang)['issued_by']}: " + f" ·{NBSP}".join(parts)


LOGO_MAX_PIXELS = 25_000_000  # a logo needs a few million pixels at most, even on A3


def logo_of(project: Project, job: PrintJob) -> str | None:
    """The campaign's logo, else the site's (mkdocs.yml extra.brand.logo): an image file inside
    campaigns/ or docs/, checked before anything is drawn."""
    if job.campaign.logo:
        place = campaign_place(project, job, "logo")
        return _checked(project.campaigns_dir, job.campaign.logo, place, "campaigns/")
    logo = project.content.settings().brand.logo
    if logo:
        place = dict(file="mkdocs.yml", key="extra.brand.logo")
        return _checked(project.docs_dir, logo, place, "docs/")
    return None


def _checked(base: Path, name: str, place: dict, folder_name: str) -> str:
    folder = base.resolve()
    path = (folder / name).resolve()
    problem = None
    if folder not in path.parents or not path.is_file():
        problem = (f"tidak ditemukan di folder {folder_name}", f"was not found in the {folder_name} folder")
    elif path.suffix.lower() == ".svg":  # drawn by resvg at the size it is printed
        problem = logo_svg_problem(path)
    else:
        problem = _raster_problem(path)
    if problem:
        raise ContentError.one(
            **place,
            problem_id=f"berkas logo '{name}' {problem[0]}.",
            problem_en=f"logo file '{name}' {problem[1]}.",
            fix_id="simpan gambar logo (SVG, atau PNG paling banyak "
            f"{LOGO_MAX_PIXELS // 1_000_000} juta piksel) di folder {folder_name} dan tulis namanya "
            "di sini.",
            fix_en=f"put the logo image (SVG, or PNG of at most {LOGO_MAX_PIXELS // 1_000_000} million "
            f"pixels) in the {folder_name} folder and write its name here.",
        )
    return str(path)


def _raster_problem(path: Path) -> tuple[str, str] | None:
    """Why a PNG or JPEG logo cannot be printed, or None."""
    try:
        with Image.open(path) as image:
            pixels = image.width * image.height
            image.verify()
    except Image.DecompressionBombError:  # Pillow refuses to open it at all
        limit = LOGO_MAX_PIXELS / 1e6
        return (
            f"terlalu besar (jauh lebih dari {limit:.0f} juta piksel)",
            f"is too large (far more than {limit:.0f} million pixels)",
        )
    except (OSError, SyntaxError):  # broken or not an image
        return ("bukan gambar yang bisa dibaca", "is not an image that can be read")
    if pixels > LOGO_MAX_PIXELS:
        return (
            f"terlalu besar ({pixels / 1e6:.0f} juta piksel)",
            f"is too large ({pixels / 1e6:.0f} million pixels)",
        )
    return None
