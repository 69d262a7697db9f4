"""The session's printed forms, from the quiz (docs/data/quiz/<lang>.yml): the participant's
sheet, the answer key and the tally sheet. What each prints is gathered here; `form_layout.py`
places it on A4 pages.

A quiz not yet written in a language prints from the default language's, with a notice, like
a page that is not translated yet."""

from __future__ import annotations

from dataclasses import dataclass

from cegah.content.quiz import load_quiz, quiz_path
from cegah.printing import brand
from cegah.printing.items import PrintData, is_draft, untranslated_notice
from cegah.printing.pages import printed_page
from cegah.printing.plan import PrintJob
from cegah.project import Project
from cegah.session.deck import session_lines
from cegah.session.words import session_words
from cegah.words import words


@dataclass(frozen=True)
class FormQuestion:
    number: int
    id: str
    text: str
    options: tuple[tuple[str, str], ...]  # (letter, text)
    answer: str
    explain: str
    page_title: str  # the page that teaches it


@dataclass(frozen=True)
class FormContent:
    lang: str
    form: str  # sheet, key, tally
    title: str
    session: tuple[str, ...]  # the office, the date and place
    questions: tuple[FormQuestion, ...]
    footer: str
    csv_name: str = ""  # the tally's results file, named in its instructions
    draft_label: str | None = None
    notice: str = ""


def form_content(project: Project, job: PrintJob, data: PrintData, form: str) -> FormContent:
    lang = job.lang
    quiz_lang = lang if quiz_path(project, lang).is_file() else project.default_language
    quiz = load_quiz(project, quiz_lang)
    questions = tuple(
        FormQuestion(
            number,
            q.id,
            q.text,
            tuple(q.options.items()),
            q.answer,
            q.explain,
            printed_page(project, job, q.page)[0].meta.title,
        )
        for number, q in enumerate(quiz.questions, start=1)
    )
    csv = next((o.relpath for o in job.outputs if o.kind == "csv"), "")
    return FormContent(
        lang=lang,
        form=form,
        title=session_words(lang)[f"{form}_title"],
        session=session_lines(project, job),
        questions=questions,
        footer=brand.site_name(project),
        csv_name=csv.rsplit("/", 1)[-1],
        draft_label=words(lang)["draft"] if is_draft(project, job) else None,
        notice=untranslated_notice(project, lang, quiz_lang != lang),
    )


def results_template(content: FormContent) -> bytes:
    """The empty results file `cegah evaluate` reads: its header row only, questions numbered
    in quiz order. UTF-8 with a byte order mark, so Excel opens it right."""
    header = ["peserta", "tahap", *(str(q.number) for q in content.questions)]
    return (",".join(header) + "\r\n").encode("utf-8-sig")
