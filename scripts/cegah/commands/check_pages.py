"""Checks of the pages beyond their front-matter schema: news dates, description length,
sources a reader can find, images with alt text."""

from __future__ import annotations

import re
from pathlib import Path

from cegah.commands.check_bodies import body_problems
from cegah.content.load import news_date_problem
from cegah.errors import ContentError, Problem, relative
from cegah.project import Project


def _pages(project: Project):
    for lang in project.language_codes:
        for path in sorted((project.docs_dir / lang).rglob("*.md")):
            yield lang, path


def page_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for lang, path in _pages(project):
        file = relative(path, project.root)
        try:
            page = project.content.page_file(path, lang)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        date_problem = news_date_problem(page, project)
        if date_problem:
            problems.append(date_problem)
        if not 50 <= len(page.meta.description) <= 160:
            problems.append(
                Problem(
                    file=file,
                    key="description",
                    warning=True,
                    problem_id=f"deskripsi {len(page.meta.description)} karakter; mesin pencari dan "
                    "WhatsApp menampilkan 50 sampai 160 karakter.",
                    problem_en=f"the description has {len(page.meta.description)} characters; search "
                    "engines and WhatsApp show 50 to 160.",
                    fix_id="tulis satu atau dua kalimat ringkas.",
                    fix_en="write one or two short sentences.",
                )
            )
        problems += image_problems(path, file)
        problems += source_problems(page, file)
        problems += body_problems(project, page, file)
    return problems


def source_problems(page, file: str) -> list[Problem]:
    """A source a reader cannot find (no address) or date (no date) warns the editors."""
    lines = page.path.read_text(encoding="utf-8").splitlines()
    problems = []
    for index, source in enumerate(page.meta.sources):
        if source.url or source.date:
            continue
        line = next((n for n, text in enumerate(lines, 1) if source.title in text), None)
        problems.append(
            Problem(
                file=file,
                line=line,
                key=f"sources[{index}]",
                warning=True,
                problem_id=f"sumber '{source.title}' tidak punya alamat (url) maupun tanggal (date).",
                problem_en=f"the source '{source.title}' has neither an address (url) nor a date.",
                fix_id="tambahkan url sumbernya, atau paling sedikit tanggalnya (TTTT, TTTT-BB atau TTTT-BB-HH).",
                fix_en="add the source's url, or at least its date (YYYY, YYYY-MM or YYYY-MM-DD).",
            )
        )
    return problems


IMAGE_MD = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]+)\)")
IMAGE_HTML = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.I)


def image_problems(path: Path, file: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        empty = [m.group("src") for m in IMAGE_MD.finditer(line) if not m.group("alt").strip()]
        empty += [
            m.group(0)
            for m in IMAGE_HTML.finditer(line)
            if not re.search(r'\balt="[^"]+"', m.group("attrs"))
        ]
        for image in empty:
            problems.append(
                Problem(
                    file=file,
                    line=number,
                    problem_id=f"gambar {image} tidak punya teks alternatif.",
                    problem_en=f"image {image} has no alt text.",
                    fix_id="tulis isi gambar di antara kurung siku: ![Poster di balai desa](poster.png).",
                    fix_en="describe the image between the brackets: ![Poster in a village hall](poster.png).",
                )
            )
    return problems
