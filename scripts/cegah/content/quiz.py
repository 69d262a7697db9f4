"""The before-and-after quiz (docs/data/quiz/<lang>.yml): read and validated per language,
and compared with the default language's, since a tally only adds up when every language
asks the same questions in the same order with the same answers."""

from __future__ import annotations

from pathlib import Path

from cegah.content.problems import validate
from cegah.content.schemas import QuizFile
from cegah.errors import ContentError, Problem
from cegah.project import Project

QUIZ_FOLDER = "quiz"


def quiz_path(project: Project, lang: str) -> Path:
    return project.data_dir / QUIZ_FOLDER / f"{lang}.yml"


def load_quiz(project: Project, lang: str) -> QuizFile:
    doc = project.content.yaml(quiz_path(project, lang))
    return validate(doc, QuizFile)


def quiz_problems(project: Project) -> list[Problem]:
    """Every language has the quiz; ids, order and answers agree with the default language's;
    every `page` exists in that language (or is listed as untranslated)."""
    if not (project.data_dir / QUIZ_FOLDER).is_dir():
        return []
    problems: list[Problem] = []
    quizzes = {}
    for lang in project.language_codes:
        try:
            quizzes[lang] = load_quiz(project, lang)
        except ContentError as exc:
            problems += exc.problems
    reference = quizzes.get(project.default_language)
    untranslated = project.content.translations().untranslated
    for lang, quiz in quizzes.items():
        doc = project.content.yaml(quiz_path(project, lang))
        for index, question in enumerate(quiz.questions):
            problems += _page_problem(project, lang, question, index, doc, untranslated)
        if reference is None or lang == project.default_language:
            continue
        expected = [(q.id, q.answer, len(q.options)) for q in reference.questions]
        actual = [(q.id, q.answer, len(q.options)) for q in quiz.questions]
        if actual != expected:
            index = next(
                (i for i, (a, e) in enumerate(zip(actual, expected, strict=False)) if a != e),
                min(len(actual), len(expected)),
            )
            want = (
                "id={}, answer={}, {} pilihan/options".format(*expected[index])
                if index < len(expected)
                else "-"
            )
            problems.append(
                Problem(
                    file=doc.file,
                    line=doc.line_of(("questions", index)),
                    key=f"questions[{index}]",
                    problem_id=f"pertanyaan ke-{index + 1} tidak sama dengan kuis bahasa "
                    f"{project.default_language} ({want}).",
                    problem_en=f"question {index + 1} differs from the "
                    f"{project.default_language} quiz ({want}).",
                    fix_id="samakan urutan, id, jawaban dan jumlah pilihan; terjemahkan teksnya saja.",
                    fix_en="use the same order, ids, answers and number of options; translate "
                    "only the texts.",
                )
            )
    return problems


def _page_problem(project, lang, question, index, doc, untranslated) -> list[Problem]:
    if project.page_path(lang, question.page).is_file() or question.page in untranslated.get(
        lang, []
    ):
        return []
    return [
        Problem(
            file=doc.file,
            line=doc.line_of(("questions", index, "page")),
            key=f"questions[{index}].page",
            problem_id=f"halaman '{question.page}' tidak ada dalam bahasa {lang}.",
            problem_en=f"the page '{question.page}' does not exist in language {lang}.",
            fix_id=f"tulis nama halaman yang ada di docs/{lang}/ (tanpa .md).",
            fix_en=f"give the name of a page in docs/{lang}/ (without .md).",
        )
    ]
