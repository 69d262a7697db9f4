"""`cegah schemas`: write the JSON Schemas (schemas/*.json) and point every data file at its
schema with a first-line modeline, so editors validate while typing."""

from __future__ import annotations

from cegah.content.json_schemas import FILES, MODELINE, generated, modeline
from cegah.printing.output import write_atomic
from cegah.project import Project


def data_files(project: Project):
    """(data file, its schema's name) for every file a schema describes."""
    for name, (_, patterns) in FILES.items():
        for pattern in patterns:
            for path in sorted(project.root.glob(pattern)):
                yield path, name


def write_schemas(project: Project) -> list[str]:
    """Write the schemas and add missing modelines; returns what was written."""
    written = []
    for name, text in generated().items():
        target = project.root / "schemas" / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            write_atomic(target, text.encode("utf-8"))
            written.append(f"schemas/{name}")
    for path, name in data_files(project):
        line = modeline(project.root, path, name)
        text = path.read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        if first == line:
            continue
        body = rest if first.startswith(MODELINE) else text
        write_atomic(path, (line + "\n" + body).encode("utf-8"))
        written.append(path.relative_to(project.root).as_posix())
    return written


CMS_CONFIG = "docs/admin/config.yml"


def write_cms_config(project: Project) -> bool:
    """Write the form editor's configuration; True when it changed."""
    from cegah.content.cms_config import cms_config

    target, text = project.root / CMS_CONFIG, cms_config(project)
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    write_atomic(target, text.encode("utf-8"))
    return True


def modeline_problems(project: Project) -> list:
    """A data file without its first-line pointer to its schema (the form editor drops
    comments when it saves) is a warning: the file is fine, only editors lose the checks
    while typing."""
    from cegah.errors import Problem

    problems = []
    if not (project.root / "schemas").is_dir():  # a site without the schemas has nothing to point at
        return problems
    for path, name in data_files(project):
        line = modeline(project.root, path, name)
        if path.read_text(encoding="utf-8").split("\n", 1)[0] != line:
            problems.append(
                Problem(
                    file=path.relative_to(project.root).as_posix(),
                    line=1,
                    warning=True,
                    problem_id="baris pertama yang menunjuk skema berkas ini hilang, jadi penyunting "
                    "tidak memeriksa isinya saat Anda mengetik.",
                    problem_en="the first line that points this file at its schema is missing, so "
                    "editors do not check it while you type.",
                    fix_id=f"tambahkan baris ini di baris pertama: {line} (atau jalankan cegah schemas).",
                    fix_en=f"add this as the first line: {line} (or run cegah schemas).",
                )
            )
    return problems
