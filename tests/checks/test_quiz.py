"""The quiz is checked as data: every language asks the same questions in the same order with
the same answers, each answer is one of its options, each page exists."""

from __future__ import annotations

import pytest
from cegah.content.quiz import quiz_problems

from tests.helpers import edit


def test_the_real_quiz_is_clean(real_project):
    assert quiz_problems(real_project) == []
    from cegah.content.quiz import load_quiz

    assert 8 <= len(load_quiz(real_project, "id").questions) <= 12


CASES = [
    (
        "an answer that is not an option",
        "id",
        "    answer: b\n    explain: Jalur resmi",
        "    answer: d\n    explain: Jalur resmi",
        "GALAT / ERROR: docs/data/quiz/id.yml:7 (questions[0])\n"
        "  jawaban 'd' pertanyaan 'langkah-pertama' tidak ada di pilihannya. Perbaiki: tulis "
        "salah satu: a, b, c.",
    ),
    (
        "a translation with another answer",
        "en",
        "    answer: b\n    explain: The legal way",
        "    answer: a\n    explain: The legal way",
        "GALAT / ERROR: docs/data/quiz/en.yml:7 (questions[0])\n"
        "  pertanyaan ke-1 tidak sama dengan kuis bahasa id (id=langkah-pertama, answer=b, 3 "
        "pilihan/options). Perbaiki: samakan urutan, id, jawaban dan jumlah pilihan; "
        "terjemahkan teksnya saja.",
    ),
    (
        "a page that does not exist",
        "id",
        "    page: korban\n  - id: korban-dipaksa",
        "    page: korbanx\n  - id: korban-dipaksa",
        "GALAT / ERROR: docs/data/quiz/id.yml:78 (questions[7].page)\n"
        "  halaman 'korbanx' tidak ada dalam bahasa id. Perbaiki: tulis nama halaman yang ada di "
        "docs/id/ (tanpa .md).",
    ),
]


@pytest.mark.parametrize("name,lang,old,new,expected", CASES, ids=[c[0] for c in CASES])
def test_a_bad_quiz_is_told_where(project_copy, name, lang, old, new, expected):
    edit(project_copy.data_dir / "quiz" / f"{lang}.yml", old, new)
    problems = [str(p) for p in quiz_problems(project_copy)]
    assert any(p.startswith(expected) for p in problems), problems
