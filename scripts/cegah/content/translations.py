"""Translation coverage: which page exists in which language, what is knowingly missing, and
which data texts still fall back to the default language."""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.fallback import missing_texts
from cegah.content.load import campaign_files
from cegah.content.problems import key_text, validate
from cegah.content.schemas import TranslationsFile
from cegah.errors import ContentError, Problem, relative
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


def _data_files(project: Project):
    """(file, loaded model, languages its texts are read in) for every data file with texts."""
    content = project.content
    files = [
        (project.data_dir / "contacts.yml", content.contacts, project.language_codes),
        (project.data_dir / "penalties.yml", content.penalties, project.language_codes),
    ]
    for path in campaign_files(project):
        files.append((path, lambda path=path: content.campaign(path), None))
    for path, load, langs in files:
        try:
            model = load()
        except ContentError:
            continue  # reported by the checks of that file
        yield path, model, tuple(langs or model.languages or project.language_codes)


def data_text_problems(project: Project) -> list[Problem]:
    """A warning per data file and language with texts not translated yet: readers of that
    language see the default language's text there, with a notice."""
    default = project.default_language
    problems = []
    for path, model, langs in _data_files(project):
        doc = project.content.yaml(path)
        wanted = tuple(lang for lang in langs if lang != default)
        missing: dict[str, list[tuple]] = {}
        for at, lang in missing_texts(model, wanted):
            missing.setdefault(lang, []).append(at)
        for lang, paths in missing.items():
            first = key_text(paths[0])
            problems.append(
                Problem(
                    file=relative(path, project.root),
                    line=doc.line_of(paths[0]),
                    key=first,
                    problem_id=f"{len(paths)} teks belum ada dalam bahasa {lang} (yang pertama: "
                    f"{first}); pembaca bahasa {lang} melihat teks bahasa {default} dengan "
                    "keterangan belum diterjemahkan.",
                    problem_en=f"{len(paths)} text(s) are missing in language {lang} (the first: "
                    f"{first}); readers of {lang} see the {default} text with a not-translated "
                    "notice.",
                    fix_id=f"tambahkan baris '{lang}: ...' di bawah setiap teks itu.",
                    fix_en=f"add a line '{lang}: ...' under each of those texts.",
                    warning=True,
                )
            )
    return problems
