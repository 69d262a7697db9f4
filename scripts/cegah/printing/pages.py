"""Which page a print item takes its words from, in which language.

A page of the item's language is used when it exists. A page listed as untranslated for that
language (docs/data/translations.yml) prints from the default language, and the item says so.
Any other missing page is the campaign's mistake: the message names the campaign's line.
"""

from __future__ import annotations

from cegah.content.load import Page
from cegah.errors import ContentError
from cegah.printing.plan import PrintJob, campaign_place
from cegah.project import Project


def _campaign_problem(project: Project, job: PrintJob, slug: str, **words) -> ContentError:
    """The item's `page:` line when slug is its page, else the item (inside:, flap:)."""
    where = ("items", job.index, "page") if slug == job.item.page else ("items", job.index)
    return ContentError.one(**campaign_place(project, job, *where), **words)


def printed_page(project: Project, job: PrintJob, slug: str) -> tuple[Page, bool]:
    """(the page, whether it is the default language's page standing in for job.lang)."""
    lang, default = job.lang, project.default_language
    if project.page_path(lang, slug).is_file():
        return project.content.page(lang, slug), False
    if not project.page_path(default, slug).is_file():
        raise _campaign_problem(
            project,
            job,
            slug,
            problem_id=f"halaman '{slug}' tidak ada (dicari di docs/{default}/{slug}.md).",
            problem_en=f"page '{slug}' does not exist (looked for docs/{default}/{slug}.md).",
            fix_id="periksa nama halaman: nama berkas di docs/ tanpa .md, misalnya tanda-tanda.",
            fix_en="check the page name: the file name under docs/ without .md, e.g. tanda-tanda.",
        )
    if slug in project.content.translations().untranslated.get(lang, []):
        return project.content.page(default, slug), True
    raise _campaign_problem(
        project,
        job,
        slug,
        problem_id=f"halaman '{slug}' belum ada dalam bahasa '{lang}', padahal kampanye ini "
        f"mencetaknya dalam bahasa itu.",
        problem_en=f"page '{slug}' does not exist in language '{lang}', but this campaign "
        "prints it in that language.",
        fix_id=f"terjemahkan docs/{default}/{slug}.md ke docs/{lang}/{slug}.md; atau catat "
        f"halaman itu di docs/data/translations.yml di bawah untranslated: {lang}: (dicetak "
        f"dalam bahasa {default} dengan keterangan); atau tulis languages: tanpa {lang} di "
        "kampanye ini.",
        fix_en=f"translate docs/{default}/{slug}.md into docs/{lang}/{slug}.md; or list the page "
        f"in docs/data/translations.yml under untranslated: {lang}: (printed in {default} with "
        f"a notice); or write languages: without {lang} in this campaign.",
    )
