"""Which print files a build makes: one job per campaign item and language, and their names.

The site's print page and the renderer both read this plan, so every link points to a file
that the renderer writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cegah.content.formats import kind_of
from cegah.content.load import campaign_files, campaign_name_problems
from cegah.content.problems import key_text
from cegah.content.schemas import Campaign, CampaignItem
from cegah.errors import ContentError, relative
from cegah.project import Project

PRINT_DIR = "print"
# what a print shop gets bleed and crop marks for (share images are for phones, the session's
# slides for a projector and its forms for a photocopier)
SHOP_KINDS = ("poster", "trifold", "card")


@dataclass(frozen=True)
class OutputFile:
    kind: str  # "pdf", "png", "png-outside", "png-inside", "guide-pdf", "guide-png"
    relpath: str  # below the site root

    @property
    def suffix(self) -> str:
        return self.relpath.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class PrintJob:
    campaign_id: str
    campaign: Campaign
    item: CampaignItem
    lang: str
    folder: str  # below the site root, e.g. print/nasional
    index: int = 0  # the item's place in the campaign's items (for messages)
    slide_count: int = 0  # a session's slides: one PNG each

    @property
    def stem(self) -> str:
        """Path below the site root, without extension: print/<folder>/<lang>/<page>-<format>."""
        page = self.item.page.replace("/", "-")
        return f"{self.folder}/{self.lang}/{page}-{self.item.format}"

    @property
    def outputs(self) -> list[OutputFile]:
        """The files of the item. A print-shop campaign gets a print-shop PDF (bleed, crop
        marks, TrimBox and BleedBox) beside the office copy (finished size, no marks)."""
        shop = [OutputFile("pdf-shop", f"{self.stem}-percetakan.pdf")] if self._shop else []
        return self._files + shop

    @property
    def _shop(self) -> bool:
        return self.campaign.print_shop and kind_of(self.item.format) in SHOP_KINDS

    @property
    def _files(self) -> list[OutputFile]:
        kind = kind_of(self.item.format)
        if kind == "card":  # both sides, and ten to an A4 sheet for an office printer
            return [
                OutputFile("pdf", f"{self.stem}.pdf"),
                OutputFile("png-front", f"{self.stem}-front.png"),
                OutputFile("png-back", f"{self.stem}-back.png"),
                OutputFile("sheet-pdf", f"{self.stem}-a4-10.pdf"),
            ]
        if kind == "share":  # with the message to send beside it (printing/message.py)
            return [
                OutputFile("png", f"{self.stem}.png"),
                OutputFile("message", f"{self.stem}.txt"),
            ]
        if kind == "slides":  # the editable deck, the drawn deck, a PNG per slide
            pngs = [
                OutputFile(f"png-{n:02d}", f"{self.stem}-{n:02d}.png")
                for n in range(1, self.slide_count + 1)
            ]
            return [
                OutputFile("pptx", f"{self.stem}.pptx"),
                OutputFile("pdf", f"{self.stem}.pdf"),
            ] + pngs
        if kind == "form" and self.item.format == "quiz-tally":  # with the results file to fill in
            return [
                OutputFile("pdf", f"{self.stem}.pdf"),
                OutputFile("png", f"{self.stem}.png"),
                OutputFile("csv", f"{self.stem}-hasil.csv"),
            ]
        if kind == "trifold":
            return [
                OutputFile("pdf", f"{self.stem}.pdf"),
                OutputFile("png-outside", f"{self.stem}-outside.png"),
                OutputFile("png-inside", f"{self.stem}-inside.png"),
                OutputFile("guide-pdf", f"{self.stem}-guide.pdf"),
            ]
        return [OutputFile("pdf", f"{self.stem}.pdf"), OutputFile("png", f"{self.stem}.png")]

    @property
    def thumbnail(self) -> str:
        return f"{self.stem}.thumb.png"

    def output(self, site_dir: Path, kind: str) -> Path:
        wanted = next(o for o in self.outputs if o.kind == kind or o.suffix == kind)
        return site_dir / wanted.relpath


def campaign_place(project: Project, job: PrintJob, *path) -> dict:
    """file, line and key of a place in the job's campaign file, for messages."""
    doc = project.content.yaml(project.campaigns_dir / f"{job.campaign_id}.yml")
    return dict(file=doc.file, line=doc.line_of(path), key=key_text(path))


def _folder(project: Project, path: Path, campaign: Campaign) -> str:
    """The campaign's output folder below print/; refuses anything that escapes it."""
    name = campaign.folder or path.stem
    root = (project.root / "site" / PRINT_DIR).resolve()
    target = (root / name).resolve()
    if target == root or root not in target.parents:
        raise ContentError.one(
            file=relative(path, project.root),
            key="folder",
            problem_id=f"folder '{name}' berada di luar folder materi cetak (print/).",
            problem_en=f"folder '{name}' is outside the print materials folder (print/).",
            fix_id="tulis nama folder sederhana tanpa '..' atau '/', misalnya desa-sukamaju.",
            fix_en="write a plain folder name without '..' or '/', e.g. desa-sukamaju.",
        )
    return f"{PRINT_DIR}/{target.relative_to(root).as_posix()}"


def plan_jobs(
    project: Project, campaign: str | None = None, lang: str | None = None, fmt: str | None = None
) -> list[PrintJob]:
    wrongly_named = campaign_name_problems(project)
    if wrongly_named:  # a .yaml file would be skipped, a bad name would become a folder
        raise ContentError(wrongly_named)
    jobs = []
    for path in campaign_files(project):
        if campaign and path.stem != campaign:
            continue
        loaded = project.content.campaign(path)
        folder = _folder(project, path, loaded)
        for index, item in enumerate(loaded.items):
            if fmt and item.format != fmt:
                continue
            for language in loaded.languages or project.language_codes:
                if lang and language != lang:
                    continue
                slides = _slide_count(project) if kind_of(item.format) == "slides" else 0
                jobs.append(PrintJob(path.stem, loaded, item, language, folder, index, slides))
    return jobs


def _slide_count(project: Project) -> int:
    from cegah.session.deck import load_deck

    return len(load_deck(project).slides)
