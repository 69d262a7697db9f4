"""What an editor commits must not publish what it points to: no symbolic links in the content
folders (a link to .git/config or /proc/self/environ would end up on the public site and in
the offline zip), and no path that leaves the project. Walked without following links, so a
link loop cannot hang the build."""

from __future__ import annotations

import os
from pathlib import Path

from cegah.content.yamlfile import read_text
from cegah.errors import ContentError, Problem
from cegah.project import Project

CONTENT_FOLDERS = ("docs", "campaigns", "overrides")


def content_roots(project: Project) -> list[Path]:
    return [project.root / name for name in CONTENT_FOLDERS if (project.root / name).exists()]


def symlink_problems(project: Project) -> list[Problem]:
    problems = []
    for root in content_roots(project):
        for folder, dirs, files in os.walk(root, followlinks=False):
            for name in sorted(dirs + files):
                path = Path(folder) / name
                if path.is_symlink():
                    problems.append(_link_problem(project, path))
    return problems


def encoding_problems(project: Project) -> list[Problem]:
    """Pages and data files MkDocs or YAML would choke on: not saved as UTF-8."""
    problems = []
    for root in content_roots(project):
        for path in sorted([*root.rglob("*.md"), *root.rglob("*.yml")]):
            if path.is_symlink():
                continue  # reported by symlink_problems
            try:
                read_text(path, Path(os.path.relpath(path, project.root)).as_posix())
            except ContentError as exc:
                problems += exc.problems
    return problems


def content_problems(project: Project) -> list[Problem]:
    """What must hold before any content file is read: no links, every file in UTF-8."""
    links = symlink_problems(project)
    return links or encoding_problems(project)


def _link_problem(project: Project, path: Path) -> Problem:
    # not resolved: a link loop cannot be resolved, and the editor knows the link's own name
    file = Path(os.path.relpath(path, project.root)).as_posix()
    return Problem(
        file=file,
        problem_id=f"'{file}' adalah tautan simbolik (symlink); situs akan menerbitkan isi yang "
        "ditunjuknya, yang bisa berisi rahasia.",
        problem_en=f"'{file}' is a symbolic link (symlink); the site would publish what it points "
        "to, which may hold secrets.",
        fix_id="hapus tautan itu dan simpan salinan berkas yang sebenarnya di tempatnya.",
        fix_en="remove the link and put a copy of the real file in its place.",
    )
