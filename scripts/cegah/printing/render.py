"""Render print jobs: gather content, lay out, check, draw, encode, write; cached and parallel.

Every job is laid out first, in this process, so that one bad item stops the run before any
file is written. Drawing happens in worker processes. Each result is cached under a hash of
everything that decides its bytes (content, layout, fonts, code), so a second run with nothing
changed draws nothing and a change re-draws only the items it affects.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tqdm import tqdm

from cegah.content.formats import LAYOUT_DIR, kind_of
from cegah.content.problems import validate
from cegah.content.schemas import (
    CardLayout,
    FormLayout,
    LayoutFile,
    PosterLayout,
    SlidesLayout,
    TrifoldLayout,
)
from cegah.content.yamlfile import load_yaml
from cegah.printing.cache import code_digest
from cegah.printing.card import layout_card
from cegah.printing.checks import (
    check_drawable,
    check_no_repeats,
    check_offset,
    overflow_problem,
)
from cegah.printing.compose import item_content
from cegah.printing.draw import draw_sheet
from cegah.printing.extras import (  # noqa: F401  (SLUG_MM: the tests read it here)
    SLUG_MM,
    card_sheet_pdf,
    guide_pdf,
    shop_canvases,
    shop_pdf,
)
from cegah.printing.items import PrintData, logo_digest
from cegah.printing.message import share_message
from cegah.printing.output import pdf_bytes, png_bytes, thumbnail_bytes, write_atomic
from cegah.printing.plan import PrintJob
from cegah.printing.poster import PosterContent, layout_poster
from cegah.printing.sheet import FieldOverflow, Sheet
from cegah.printing.trifold import TrifoldContent, layout_trifold
from cegah.printing.workers import watch_parent
from cegah.project import Project
from cegah.session.checks import SESSION_KINDS, check_session_drawable, deck_overflow
from cegah.session.form_layout import layout_form
from cegah.session.forms import results_template
from cegah.session.powerpoint import deck_bytes
from cegah.session.slides import layout_deck
from cegah.words import words

CACHE_DIR = ".cache/print"

Layout = PosterLayout | TrifoldLayout


@lru_cache(maxsize=16)
def load_layout(fmt: str) -> Layout:
    doc = load_yaml(LAYOUT_DIR / f"{fmt}.yml", LAYOUT_DIR.parent.parent.parent)
    return validate(doc, LayoutFile).root


@dataclass(frozen=True)
class Prepared:
    """A job with its content and cache key: enough to know whether it must be drawn."""

    job: PrintJob
    content: PosterContent | TrifoldContent
    key: str  # hash of everything that decides the output bytes


@dataclass(frozen=True)
class LaidOut:
    job: PrintJob
    content: PosterContent | TrifoldContent
    sheets: list[Sheet]
    key: str
    slides: tuple = ()  # a deck's laid-out slides (text blocks and notes for the PowerPoint file)


def prepare(project: Project, job: PrintJob, data: PrintData) -> Prepared:
    """Gather the job's content (cheap) and the cache key of its output."""
    content = item_content(project, job, data)
    if kind_of(job.item.format) in SESSION_KINDS:
        check_session_drawable(project, job, content)
    else:
        check_drawable(project, job, content)
        check_no_repeats(project, job, content)
        check_offset(project, job, load_layout(job.item.format))
    inputs = (
        code_digest(),
        job.item.format,
        job.campaign.print_shop,
        job.campaign.offset,
        job.outputs,
        content,
        logo_digest(content),
    )
    return Prepared(job, content, hashlib.sha256(repr(inputs).encode()).hexdigest())


def lay_out(
    project: Project, job: PrintJob, data: PrintData, prepared: Prepared | None = None
) -> LaidOut:
    """Content and geometry of one job; problems become ContentErrors naming campaign, item,
    language and field."""
    prepared = prepared or prepare(project, job, data)
    spec = load_layout(job.item.format)
    slides = ()
    try:
        if isinstance(spec, SlidesLayout):
            slides = tuple(layout_deck(prepared.content, spec))
            sheets = [slide.sheet for slide in slides]
        elif isinstance(spec, FormLayout):
            sheets = layout_form(prepared.content, spec)
        elif isinstance(spec, TrifoldLayout):
            sheets = layout_trifold(prepared.content, spec)
        elif isinstance(spec, CardLayout):
            sheets = layout_card(prepared.content, spec)
        else:
            sheets = layout_poster(prepared.content, spec)
    except FieldOverflow as exc:
        if isinstance(spec, SlidesLayout):
            raise deck_overflow(project, job, exc) from None
        raise overflow_problem(project, job, exc) from None
    return LaidOut(job, prepared.content, sheets, prepared.key, slides)


def plan_job(project: Project, job: PrintJob, data: PrintData | None = None) -> list[Sheet]:
    return lay_out(project, job, data or PrintData.load(project)).sheets


def draw_item(item: LaidOut, cache_dir: Path) -> Path:
    """Draw and encode one item into its cache folder (written whole, then renamed)."""
    spec = load_layout(item.job.item.format)
    files = {}
    if any(o.kind == "pdf-shop" for o in item.job.outputs):
        # drawn once with bleed and slug; the office copy is its trim area, cut out
        shop, origin = shop_canvases(item, spec)
        press = shop_canvases(item, spec, "CMYK")[0] if item.job.campaign.offset else shop
        files["pdf-shop"] = shop_pdf(press, spec)
        images = [
            image.crop((origin, origin, origin + sheet.width, origin + sheet.height))
            for image, sheet in zip(shop, item.sheets, strict=True)
        ]
    else:
        images = [draw_sheet(sheet, spec) for sheet in item.sheets]  # the finished size
    pngs = [png_bytes(image, spec.page.dpi, spec.max_file_kb) for image in images]
    files["thumb"] = thumbnail_bytes(images[0])
    width, height = spec.page.width, spec.page.height
    for output in item.job.outputs:
        if output.kind == "pdf":
            files["pdf"] = pdf_bytes(pngs, width, height)
        elif output.kind == "png":
            files["png"] = pngs[0]
        elif output.kind.startswith("png-"):
            files[output.kind] = pngs[[s.name for s in item.sheets].index(output.kind[4:])]
        elif output.kind == "message":  # a share image's ready WhatsApp text
            files["message"] = share_message(item.content).encode("utf-8")
        elif output.kind == "sheet-pdf":  # ten cards on A4: the fronts, then the backs
            files["sheet-pdf"] = card_sheet_pdf(images, spec)
        elif output.kind == "guide-pdf":
            files["guide-pdf"] = guide_pdf(spec, item.job.lang)
        elif output.kind == "pptx":  # the same slides, editable
            title = words(item.job.lang)["print_format.slides"]
            files["pptx"] = deck_bytes(list(item.slides), spec, title, item.job.lang)
        elif output.kind == "csv":  # the empty results file of the tally sheet
            files["csv"] = results_template(item.content)
    target = cache_dir / item.key
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=cache_dir))
    for kind, data in files.items():
        (staging / kind).write_bytes(data)
    try:
        staging.rename(target)
    except OSError:  # another process finished the same item first
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _draw_in_worker(args: tuple[LaidOut, Path]) -> Path:
    return draw_item(*args)


def _publish(item: Prepared, cached: Path, out_dir: Path) -> list[Path]:
    written = []
    for output in item.job.outputs:
        path = out_dir / output.relpath
        write_atomic(path, (cached / output.kind).read_bytes())
        written.append(path)
    write_atomic(out_dir / item.job.thumbnail, (cached / "thumb").read_bytes())
    return written


@dataclass
class RenderReport:
    drawn: list[PrintJob] = field(default_factory=list)
    cached: list[PrintJob] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _progress_enabled() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def render_all(
    project: Project,
    jobs: list[PrintJob],
    out_dir: Path,
    workers: int | None = None,
    cache_root: Path | None = None,
    prune: bool = False,
) -> RenderReport:
    """Lay out every job that is not cached before drawing any (one bad item writes nothing),
    then draw those in parallel and publish every job's files from the cache."""
    data = PrintData.load(project)
    prepared = [prepare(project, job, data) for job in jobs]
    cache_dir = cache_root or project.root / CACHE_DIR
    report = RenderReport()
    todo: list[LaidOut] = []
    for item in prepared:
        if (cache_dir / item.key).is_dir():
            report.cached.append(item.job)
        elif item.key not in {t.key for t in todo}:
            todo.append(lay_out(project, item.job, data, item))
    cache_dir.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    with tqdm(
        total=len(todo), desc="cetak/print", unit="item", disable=not _progress_enabled()
    ) as bar:
        if workers > 1 and len(todo) > 1:
            with ProcessPoolExecutor(
                max_workers=min(workers, len(todo)),
                initializer=watch_parent,
                initargs=(os.getpid(),),
            ) as pool:
                for _ in pool.map(_draw_in_worker, [(item, cache_dir) for item in todo]):
                    bar.update()
        else:
            for item in todo:
                draw_item(item, cache_dir)
                bar.update()
    report.drawn = [item.job for item in todo]
    for item in prepared:
        report.files += _publish(item, cache_dir / item.key, out_dir)
    if prune:
        _prune(cache_dir, {item.key for item in prepared})
    return report


def _prune(cache_dir: Path, keep: set[str]) -> None:
    """After a run over every campaign, drop cached items that no campaign makes any more."""
    for entry in cache_dir.iterdir():
        if entry.name not in keep:
            shutil.rmtree(entry, ignore_errors=True)
