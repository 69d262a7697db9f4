"""Translation coverage: which page exists in which language, and what is knowingly missing."""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.problems import validate
from cegah.content.schemas import TranslationsFile
from cegah.errors import Problem
from cegah.project import Project

TRANSLATIONS_FILE = "translations.yml"


def load_translations(project: Project) -> TranslationsFile:
    path = project.data_dir / TRANSLATIONS_FILE
    if not path.exists():
        return TranslationsFile()
    return validate(project.content.yaml(path), TranslationsFile)


def pages_in(project: Project, lang: str) -> set[str]:
    folder = project.docs_dir / lang
    return {p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.md")}


@dataclass(frozen=True)
class Coverage:
    lang: str
    translated: int
    total: int
    untranslated: list[str]  # listed as knowingly missing
    missing: list[str]  # missing and not listed: an error

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def coverage(project: Project) -> list[Coverage]:
    default = project.default_language
    reference = pages_in(project, default)
    listed = project.content.translations().untranslated
    result = []
    for lang in project.language_codes:
        have = pages_in(project, lang)
        absent = sorted(reference - have)
        known = sorted(set(absent) & set(listed.get(lang, [])))
        result.append(
            Coverage(
                lang, len(reference & have), len(reference), known, sorted(set(absent) - set(known))
            )
        )
    return result


def translation_problems(project: Project) -> list[Problem]:
    problems = []
    default = project.default_language
    reference = pages_in(project, default)
    for cov in coverage(project):
        for slug in cov.missing:
            problems.append(
                Problem(
                    file=f"docs/{cov.lang}/{slug}.md",
                    problem_id=f"halaman '{slug}' belum ada dalam bahasa '{cov.lang}'.",
                    problem_en=f"page '{slug}' does not exist in language '{cov.lang}'.",
                    fix_id=f"terjemahkan docs/{default}/{slug}.md ke docs/{cov.lang}/{slug}.md, atau "
                    f"catat di docs/data/{TRANSLATIONS_FILE} di bawah untranslated: {cov.lang}:.",
                    fix_en=f"translate docs/{default}/{slug}.md into docs/{cov.lang}/{slug}.md, or "
                    f"list it in docs/data/{TRANSLATIONS_FILE} under untranslated: {cov.lang}:.",
                )
            )
        extra = sorted(pages_in(project, cov.lang) - reference)
        for slug in extra:
            problems.append(
                Problem(
                    file=f"docs/{cov.lang}/{slug}.md",
                    problem_id=f"halaman '{slug}' tidak ada dalam bahasa utama '{default}'.",
                    problem_en=f"page '{slug}' has no version in the default language '{default}'.",
                    fix_id=f"buat docs/{default}/{slug}.md, atau periksa nama berkasnya.",
                    fix_en=f"create docs/{default}/{slug}.md, or check the file name.",
                )
            )
    return problems


def coverage_table(project: Project) -> str:
    lines = ["Bahasa/lang  Halaman/pages  Terjemahan/translated  Belum/untranslated"]
    for cov in coverage(project):
        lines.append(
            f"{cov.lang:<12} {cov.total:>13}  {cov.translated:>12} ({cov.percent:5.1f}%)"
            f"  {len(cov.untranslated) + len(cov.missing):>10}"
        )
    return "\n".join(lines)
