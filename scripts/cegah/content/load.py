"""Load content (data files, page front matter, campaigns) and validate it on the way in.

Everything that reaches the site or print passes through here, so both outputs see the same,
checked facts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cegah.content.problems import language_not_configured, validate
from cegah.content.schemas import (
    Campaign,
    ContactsFile,
    Corrections,
    PageMeta,
    PenaltiesFile,
    SelfCheckFile,
    SiteSettings,
)
from cegah.content.schemas.common import SLUG
from cegah.content.yamlfile import YamlDoc, parse_yaml, read_text, split_front_matter
from cegah.errors import ContentError, Problem, relative
from cegah.project import Project

CONTACTS_FILE = "contacts.yml"
PENALTIES_FILE = "penalties.yml"
NEWS_FOLDER = "kegiatan"


def _context(project: Project) -> dict:
    return {"languages": project.language_codes, "default_language": project.default_language}


def load_contacts(project: Project) -> ContactsFile:
    doc = project.content.yaml(project.data_dir / CONTACTS_FILE)
    return validate(doc, ContactsFile, _context(project))


def load_corrections(project: Project) -> Corrections | None:
    """mkdocs.yml extra.corrections: the operator's email and WhatsApp for wrong numbers."""
    data = (project.config.get("extra") or {}).get("corrections")
    if not data or not any(data.values()):
        return None
    doc = YamlDoc(data=data, file="mkdocs.yml")
    return validate(doc, Corrections, prefix=("extra", "corrections"))


def load_settings(project: Project) -> SiteSettings:
    """mkdocs.yml extra.brand and extra.publisher: what an office sets once (PUBLISHING.md)."""
    extra = project.config.get("extra") or {}
    data = {key: extra[key] for key in ("brand", "publisher") if extra.get(key) is not None}
    doc = YamlDoc(data=data, file="mkdocs.yml")
    return validate(doc, SiteSettings, _context(project), prefix=("extra",))


def load_penalties(project: Project) -> PenaltiesFile:
    doc = project.content.yaml(project.data_dir / PENALTIES_FILE)
    return validate(doc, PenaltiesFile, _context(project))


@dataclass(frozen=True)
class Page:
    """A page's validated front matter and its Markdown body."""

    lang: str
    slug: str
    path: Path
    meta: PageMeta
    body: str
    body_offset: int = 0  # lines before the body (front matter), for messages about the body
    front: YamlDoc | None = None  # the front matter with its lines, for messages about a key


def parse_page(text: str, file: str, lang: str, slug: str, path: Path) -> Page:
    front, body, offset = split_front_matter(text)
    if front is None and text.lstrip("\ufeff").splitlines()[:1] == ["---"]:
        raise ContentError.one(
            file=file,
            line=1,
            problem_id="front matter dibuka dengan '---' di baris 1, tetapi tidak pernah ditutup.",
            problem_en="the front matter opens with '---' on line 1 but is never closed.",
            fix_id="tambahkan satu baris '---' sesudah kunci terakhir (biasanya reviewed:), "
            "sebelum isi halaman.",
            fix_en="add a line '---' after the last key (usually reviewed:), before the page "
            "text.",
        )
    if front is None:
        raise ContentError.one(
            file=file,
            line=1,
            problem_id="halaman tidak punya front matter (bagian --- di awal berkas).",
            problem_en="the page has no front matter (the --- block at the top).",
            fix_id="mulai berkas dengan '---', lalu title:, description:, reviewed:, lalu '---'.",
            fix_en="start the file with '---', then title:, description:, reviewed:, then '---'.",
        )
    doc = parse_yaml(front, file, line_offset=offset)
    meta = validate(doc, PageMeta)
    # MkDocs also drops the blank lines after the front matter before handing the body over
    offset = text[: len(text) - len(body.lstrip("\n"))].count("\n")
    return Page(lang, slug, path, meta, body, body_offset=offset, front=doc)


def existing_page_path(project: Project, lang: str, slug: str) -> Path:
    """Where page slug of language lang is; a clear problem if it does not exist."""
    path = project.page_path(lang, slug)
    if not path.is_file():
        file = relative(project.docs_dir / lang / f"{slug}.md", project.root)
        raise ContentError.one(
            file=file,
            problem_id=f"halaman '{slug}' tidak ada dalam bahasa '{lang}'.",
            problem_en=f"page '{slug}' does not exist in language '{lang}'.",
            fix_id=f"periksa nama halaman, atau buat docs/{lang}/{slug}.md.",
            fix_en=f"check the page name, or create docs/{lang}/{slug}.md.",
        )
    return path


def read_page(project: Project, path: Path, lang: str) -> Page:
    """Read and validate one page; its slug is its path below docs/<lang>/ without .md."""
    folder = (project.docs_dir / lang).resolve()
    slug = (
        path.relative_to(folder).with_suffix("").as_posix() if folder in path.parents else path.stem
    )
    file = relative(path, project.root)
    return parse_page(read_text(path, file), file, lang, slug, path)


CAMPAIGN_SUFFIX = ".yml"
CAMPAIGN_NAME = re.compile(SLUG)


def campaign_files(project: Project) -> list[Path]:
    """The campaign files print reads; `campaign_name_problems` says which are wrongly named."""
    return sorted(project.campaigns_dir.glob("*" + CAMPAIGN_SUFFIX))


def suggested_campaign_name(name: str) -> str:
    """desa-sukamaju.yml for 'Desa Sukamaju.yaml': lower-case words joined by hyphens."""
    stem = name[: -len(Path(name).suffix)] if Path(name).suffix else name
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(words or ["nama-kampanye"]) + CAMPAIGN_SUFFIX


def campaign_name_problems(project: Project) -> list[Problem]:
    """A campaign saved as .yaml (or .YML) would be skipped without a word, and the file name
    becomes the output folder under site/print/, so it must be lower-case words with hyphens."""
    folder = project.campaigns_dir
    if not folder.is_dir():
        return []
    problems = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".yml", ".yaml") or not path.is_file():
            continue
        file = relative(path, project.root)
        better = relative(folder / suggested_campaign_name(path.name), project.root)
        if path.suffix != CAMPAIGN_SUFFIX:
            problems.append(
                Problem(
                    file=file,
                    problem_id=f"berkas kampanye '{path.name}' berakhiran {path.suffix}, jadi tidak "
                    "dibaca untuk cetakan.",
                    problem_en=f"the campaign file '{path.name}' ends in {path.suffix}, so print "
                    "does not read it.",
                    fix_id=f"ganti nama menjadi .yml: {better}.",
                    fix_en=f"rename it to .yml: {better}.",
                )
            )
        elif not CAMPAIGN_NAME.match(path.stem):
            problems.append(
                Problem(
                    file=file,
                    problem_id=f"nama berkas kampanye '{path.name}' memakai huruf besar, spasi atau "
                    "tanda lain; nama itu menjadi nama folder di site/print/.",
                    problem_en=f"the campaign file name '{path.name}' has capitals, spaces or other "
                    "characters; the name becomes a folder under site/print/.",
                    fix_id=f"pakai huruf kecil, angka dan tanda hubung saja: ganti nama menjadi {better}.",
                    fix_en=f"use lower-case letters, digits and hyphens only: rename it to {better}.",
                )
            )
    return problems


def load_campaign(project: Project, path: Path) -> Campaign:
    doc = project.content.yaml(path)
    campaign = validate(doc, Campaign, _context(project))
    for index, lang in enumerate(campaign.languages or ()):
        if lang not in project.language_codes:
            raise ContentError.one(
                file=doc.file,
                line=doc.line_of(("languages", index)),
                key=f"languages[{index}]",
                **language_not_configured(lang, project.language_codes),
            )
    return campaign


def is_news_post(slug: str) -> bool:
    return slug.startswith(f"{NEWS_FOLDER}/") and slug != f"{NEWS_FOLDER}/index"


def news_date_problem(page: Page, project: Project) -> Problem | None:
    """The one news-date rule: a post in the news folder needs a date."""
    if not is_news_post(page.slug) or page.meta.date is not None:
        return None
    return Problem(
        file=relative(page.path, project.root),
        key="date",
        problem_id="berita di folder kegiatan wajib punya tanggal (date).",
        problem_en="a news post in the kegiatan folder needs a date.",
        fix_id="tambahkan 'date: TTTT-BB-HH' di front matter.",
        fix_en="add 'date: YYYY-MM-DD' to the front matter.",
    )


def news_posts(content, lang: str) -> list[Page]:
    """News posts of one language (from the store), newest first."""
    project = content.project
    folder = project.docs_dir / lang / NEWS_FOLDER
    posts = [content.page_file(p, lang) for p in sorted(folder.glob("*.md")) if p.stem != "index"]
    problems = [p for p in (news_date_problem(post, project) for post in posts) if p]
    if problems:
        raise ContentError(problems)
    return sorted(posts, key=lambda p: (p.meta.date, p.slug), reverse=True)


# --- Self-check (docs/data/self-check/<lang>.yml) -------------------------------------------

SELF_CHECK_FOLDER = "self-check"


def self_check_doc(project: Project, lang: str) -> tuple[SelfCheckFile, YamlDoc]:
    doc = project.content.yaml(project.data_dir / SELF_CHECK_FOLDER / f"{lang}.yml")
    return validate(doc, SelfCheckFile), doc


def load_self_check(content, lang: str) -> SelfCheckFile:
    """The self-check of one language, compared with the default language's: the questions'
    order, ids, warning answers and levels must be the same in every language (only the texts are
    translated), so the same answers give the same result whatever language the reader uses."""
    project = content.project
    checked, doc = content.self_check_doc(lang)
    if lang == project.default_language:
        return checked
    reference, ref_doc = content.self_check_doc(project.default_language)
    expected = [(q.id, q.warning_if_yes, q.level) for q in reference.questions]
    actual = [(q.id, q.warning_if_yes, q.level) for q in checked.questions]
    if actual == expected:
        return checked
    index = next(
        (i for i, (a, e) in enumerate(zip(actual, expected, strict=False)) if a != e),
        min(len(actual), len(expected)),
    )
    want = (
        "id={}, warning_if_yes={}, level={}".format(*expected[index])
        if index < len(expected)
        else "-"
    )
    raise ContentError.one(
        file=doc.file,
        line=doc.line_of(("questions", index)),
        key=f"questions[{index}]",
        problem_id=f"pertanyaan ke-{index + 1} tidak sama dengan {ref_doc.file} ({want}).",
        problem_en=f"question {index + 1} differs from {ref_doc.file} ({want}).",
        fix_id="samakan urutan, id, warning_if_yes dan level dengan berkas itu; "
        "terjemahkan teksnya saja.",
        fix_en="use that file's order, ids, warning_if_yes and level; translate only the texts.",
    )
