"""`cegah check`: every content check, for editors. Writes nothing to the project.

Order: data files, pages, translations, images, then (only when those pass) a strict site
build into a temporary folder and a dry run of every print item.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
import tempfile
from pathlib import Path

from cegah.commands.build import BuildFailed, build_site
from cegah.commands.check_campaigns import campaign_problems
from cegah.commands.check_contacts import NO_CORRECTIONS, evidence_problems
from cegah.commands.check_pages import page_problems
from cegah.commands.schemas import modeline_problems
from cegah.content import evidence
from cegah.content.load import campaign_files
from cegah.content.quiz import quiz_problems
from cegah.content.safety import content_problems
from cegah.content.translations import coverage_table, data_text_problems, translation_problems
from cegah.errors import ContentError, Problem
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.project import Project
from cegah.session.checks import deck_problems
from cegah.words import load_words


def _collect(problems: list[Problem], action, *args):
    try:
        return action(*args)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None


LINK_NOT_FOUND = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', but the target.* is not found"
)
ANCHOR_MISSING = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', but (?:the doc '[^']+' does not contain an anchor|there is no such anchor)"
)


def _line_of(project: Project, src: str, needle: str) -> int | None:
    path = project.docs_dir / src
    if not path.exists():
        return None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return None


def problem_from_mkdocs(project: Project, message: str) -> Problem:
    for pattern, what_id, what_en, fix_id, fix_en in (
        (
            LINK_NOT_FOUND,
            "tautan '{link}' menuju halaman yang tidak ada.",
            "the link '{link}' points to a page that does not exist.",
            "periksa nama berkas tujuan (misalnya kontak.md) dan foldernya.",
            "check the target file name (e.g. kontak.md) and its folder.",
        ),
        (
            ANCHOR_MISSING,
            "tautan '{link}' menuju bagian (#...) yang tidak ada di halaman tujuan.",
            "the link '{link}' points to a section (#...) that does not exist on the target page.",
            "samakan dengan { #id } judul bagian di halaman tujuan.",
            "match the { #id } of the heading on the target page.",
        ),
    ):
        match = pattern.search(message)
        if match:
            src, link = match["src"], match["link"]
            return Problem(
                file=f"docs/{src}",
                line=_line_of(project, src, link),
                problem_id=what_id.format(link=link),
                problem_en=what_en.format(link=link),
                fix_id=fix_id,
                fix_en=fix_en,
            )
    return Problem(file="mkdocs", problem_id=f"MkDocs: {message}", problem_en=f"MkDocs: {message}")


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def site_problems(project: Project) -> list[Problem]:
    """Build the site into a throwaway folder; every MkDocs warning is a problem."""
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        with tempfile.TemporaryDirectory(prefix="cegah-check-") as folder:
            build_site(project, Path(folder) / "site", strict=False)
    except BuildFailed as exc:
        if exc.problems:
            return exc.problems
        return [problem_from_mkdocs(project, m) for m in collector.messages] or [
            Problem(file="mkdocs.yml", problem_id=str(exc), problem_en=str(exc))
        ]
    finally:
        logger.removeHandler(collector)
    return [problem_from_mkdocs(project, m) for m in collector.messages]


def print_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for path in campaign_files(project):
        _collect(problems, project.content.campaign, path)
    if problems:
        return problems
    jobs = _collect(problems, plan_jobs, project) or []
    data = PrintData.load(project)
    for job in jobs:
        _collect(problems, plan_job, project, job, data)
    return problems


def collect_problems(project: Project, today: dt.date | None = None) -> list[Problem]:
    today = today or evidence.today()
    problems: list[Problem] = []
    problems += content_problems(project)
    if problems:
        return problems  # nothing that follows a link is read
    for lang in project.language_codes:  # every language's words, before anything uses them
        _collect(problems, load_words, lang)
    content = project.content
    if _collect(problems, content.contacts) is not None:
        problems += evidence_problems(project, today)
    _collect(problems, content.penalties)
    before = len(problems)
    if _collect(problems, content.corrections) is None and len(problems) == before:
        problems.append(NO_CORRECTIONS)  # not set (an invalid setting is reported instead)
    _collect(problems, content.translations)
    problems += page_problems(project)
    problems += translation_problems(project)
    problems += data_text_problems(project)
    problems += campaign_problems(project, today)
    problems += modeline_problems(project)
    problems += quiz_problems(project)
    problems += deck_problems(project)
    if any(not p.warning for p in problems):
        return problems  # the site build would only repeat these
    problems += print_problems(project)
    problems += site_problems(project)
    return problems


def run_checks(project: Project, today: dt.date | None = None, annotate: bool = False) -> int:
    """Every problem, worded for editors; with annotate (or on GitHub Actions) each also as a
    workflow command, so a pull request shows it on the line that was changed."""
    problems = collect_problems(project, today)
    errors = [p for p in problems if not p.warning]
    annotate = annotate or os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem, file=sys.stderr)
        if annotate:
            print(problem.annotation())  # on stdout: GitHub reads workflow commands there
    print("\n" + coverage_table(project), file=sys.stderr)
    print(
        f"\nPemeriksaan selesai: {len(errors)} galat, {len(problems) - len(errors)} peringatan. / "
        f"Check finished: {len(errors)} error(s), {len(problems) - len(errors)} warning(s).",
        file=sys.stderr,
    )
    return 1 if errors else 0
