"""`cegah check`: load and validate every piece of content without writing anything."""

from __future__ import annotations

import sys

from .content import load_contacts, parse_page
from .errors import ContentError, Problem, relative
from .printing.plan import plan_jobs
from .printing.render import plan_job
from .project import Project


def _pages(project: Project):
    for lang in project.language_codes:
        for path in sorted((project.docs_dir / lang).rglob("*.md")):
            slug = path.relative_to(project.docs_dir / lang).with_suffix("").as_posix()
            yield lang, slug, path


def collect_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    contacts = []
    try:
        contacts = load_contacts(project).contacts
    except ContentError as exc:
        problems += exc.problems
    for lang, slug, path in _pages(project):
        try:
            parse_page(path.read_text(encoding="utf-8"), relative(path, project.root), lang, slug, path)
        except ContentError as exc:
            problems += exc.problems
    try:
        jobs = plan_jobs(project)
        if contacts:
            for job in jobs:
                try:
                    plan_job(project, job, contacts)
                except ContentError as exc:
                    problems += exc.problems
    except ContentError as exc:
        problems += exc.problems
    return problems


def run_checks(project: Project) -> int:
    problems = collect_problems(project)
    errors = [p for p in problems if not p.warning]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(
        f"Pemeriksaan selesai: {len(errors)} galat, {len(problems) - len(errors)} peringatan. / "
        f"Check finished: {len(errors)} error(s), {len(problems) - len(errors)} warning(s).",
        file=sys.stderr,
    )
    return 1 if errors else 0
