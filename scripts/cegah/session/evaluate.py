"""`cegah evaluate RESULTS.csv`: the figures an office reports after a session, from the quiz
answers typed in from the tally sheet. The first row is `peserta,tahap,1,2,...,N` (question
numbers in the quiz's order); each row is one participant (a code, never a name) in one phase
(`pre`/`awal` or `post`/`akhir`); answers are option letters in any case, empty for none.
Each participant's before and after are paired; a code with one phase only is left out and
named. A file the command cannot read is an error naming its row and column."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from cegah.content.schemas import QuizFile
from cegah.errors import ContentError
from cegah.session.words import session_words
from cegah.words import one_decimal

PHASES = {"pre": "pre", "awal": "pre", "post": "post", "akhir": "post"}


@dataclass(frozen=True)
class QuestionFigure:
    number: int
    id: str
    pre_pct: float
    post_pct: float


@dataclass(frozen=True)
class Evaluation:
    paired: int
    improved: int
    improved_pct: float
    mean_pre_pct: float
    mean_post_pct: float
    questions: list[QuestionFigure]
    unpaired: list[str]

    def as_json(self) -> dict:
        return {
            "paired": self.paired,
            "improved": self.improved,
            "improved_pct": self.improved_pct,
            "mean_pre_pct": self.mean_pre_pct,
            "mean_post_pct": self.mean_post_pct,
            "questions": [q.__dict__ for q in self.questions],
        }

    def summary(self, lang: str) -> list[str]:
        w = session_words(lang)
        lines = [w["paired"].format(paired=self.paired)]
        if self.unpaired:
            lines.append(w["unpaired"].format(codes=", ".join(self.unpaired)))
        lines += self.headline(lang)
        lines += [
            w["question"].format(
                number=q.number,
                id=q.id,
                pre=one_decimal(q.pre_pct, lang),
                post=one_decimal(q.post_pct, lang),
            )
            for q in self.questions
        ]
        return lines

    def headline(self, lang: str) -> list[str]:
        """The two lines an office reports: the mean shares, and how many understood better."""
        w = session_words(lang)
        mean = w["mean"].format(
            pre=one_decimal(self.mean_pre_pct, lang), post=one_decimal(self.mean_post_pct, lang)
        )
        improved = w["improved"].format(
            improved=self.improved, paired=self.paired, pct=one_decimal(self.improved_pct, lang)
        )
        return [mean, improved]


def _error(
    file: str, row: int | None, column: str | None, id_: str, en: str, fix_id: str, fix_en: str
):
    key = f"baris {row}, kolom {column}" if row and column else ""
    return ContentError.one(
        file=file, line=row, key=key, problem_id=id_, problem_en=en, fix_id=fix_id, fix_en=fix_en
    )


def read_answers(text: str, file: str, quiz: QuizFile) -> dict[str, dict[str, list[str]]]:
    """code -> phase -> one answer letter (or '') per question."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    count = len(quiz.questions)
    header = ["peserta", "tahap", *(str(n) for n in range(1, count + 1))]
    if not rows:
        raise _error(
            file,
            None,
            None,
            "berkas hasil kosong.",
            "the results file is empty.",
            f"baris pertama: {','.join(header)}, lalu satu baris per peserta dan tahap.",
            f"first row: {','.join(header)}, then one row per participant and phase.",
        )
    if [cell.strip().lower() for cell in rows[0]] != header:
        raise _error(
            file,
            1,
            None,
            f"baris judul harus {','.join(header)} ({count} pertanyaan kuis).",
            f"the header row must be {','.join(header)} ({count} quiz questions).",
            "salin baris judul dari berkas CSV kosong di kit sesi.",
            "copy the header row from the session kit's empty CSV.",
        )
    answers: dict[str, dict[str, list[str]]] = {}
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise _error(
                file,
                number,
                None,
                f"baris ini punya {len(row)} kolom, seharusnya {len(header)}.",
                f"this row has {len(row)} columns, it should have {len(header)}.",
                "satu kode peserta, satu tahap, lalu satu jawaban per pertanyaan (kosong jika "
                "tidak dijawab).",
                "one participant code, one phase, then one answer per question (empty if none).",
            )
        code, phase = row[0].strip(), PHASES.get(row[1].strip().lower())
        if phase is None:
            raise _error(
                file,
                number,
                "tahap",
                f"tahap '{row[1].strip()}' tidak dikenal.",
                f"unknown phase '{row[1].strip()}'.",
                "tulis pre (atau awal) untuk sebelum sesi, post (atau akhir) untuk sesudahnya.",
                "write pre (or awal) before the session, post (or akhir) after it.",
            )
        letters = []
        for index, cell in enumerate(row[2:]):
            letter = cell.strip().lower()
            options = quiz.questions[index].options
            if letter and letter not in options:
                raise _error(
                    file,
                    number,
                    str(index + 1),
                    f"jawaban '{cell.strip()}' bukan pilihan pertanyaan {index + 1}.",
                    f"answer '{cell.strip()}' is not an option of question {index + 1}.",
                    f"tulis salah satu: {', '.join(options)}, atau kosongkan.",
                    f"write one of: {', '.join(options)}, or leave it empty.",
                )
            letters.append(letter)
        if phase in answers.setdefault(code, {}):
            raise _error(
                file,
                number,
                "tahap",
                f"peserta '{code}' sudah punya tahap {phase}.",
                f"participant '{code}' already has a {phase} row.",
                "periksa kode peserta: setiap peserta satu baris pre dan satu baris post.",
                "check the participant code: one pre row and one post row each.",
            )
        answers[code][phase] = letters
    return answers


def _pct(part: float, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def evaluate(text: str, file: str, quiz: QuizFile) -> Evaluation:
    answers = read_answers(text, file, quiz)
    pairs = {code: p for code, p in answers.items() if "pre" in p and "post" in p}
    unpaired = sorted(code for code in answers if code not in pairs)
    keys = [q.answer for q in quiz.questions]

    def score(letters: list[str]) -> int:
        return sum(1 for letter, key in zip(letters, keys, strict=True) if letter == key)

    count, paired = len(keys), len(pairs)
    pre = [score(p["pre"]) for p in pairs.values()]
    post = [score(p["post"]) for p in pairs.values()]
    improved = sum(1 for before, after in zip(pre, post, strict=True) if after > before)
    questions = [
        QuestionFigure(
            number=index + 1,
            id=question.id,
            pre_pct=_pct(sum(p["pre"][index] == question.answer for p in pairs.values()), paired),
            post_pct=_pct(sum(p["post"][index] == question.answer for p in pairs.values()), paired),
        )
        for index, question in enumerate(quiz.questions)
    ]
    return Evaluation(
        paired=paired,
        improved=improved,
        improved_pct=_pct(improved, paired),
        mean_pre_pct=_pct(sum(pre) / count, paired) if count else 0.0,
        mean_post_pct=_pct(sum(post) / count, paired) if count else 0.0,
        questions=questions,
        unpaired=unpaired,
    )


def refuse_public_place(project, path: Path) -> None:
    """Results are about people: they never go where the site is built from or published."""
    for folder in (project.docs_dir, project.site_dir):
        if folder.resolve() in path.parents:
            raise ContentError.one(
                file=str(path.relative_to(project.root)),
                problem_id="hasil kuis tidak boleh disimpan di docs/ atau site/: isinya bisa ikut "
                "terbit.",
                problem_en="quiz results must not be kept in docs/ or site/: they could be "
                "published.",
                fix_id="simpan berkas CSV di luar folder proyek, misalnya di folder Dokumen kantor.",
                fix_en="keep the CSV outside the project folder, e.g. in the office's documents.",
            )


def run_evaluate(project, results: Path, lang: str | None, as_json: bool, options=None) -> int:
    """The command: figures of the results file, as a summary in lang or as JSON, and the
    one-page report (PDF and PNG) beside the CSV or where --report says."""
    from cegah.content.quiz import load_quiz
    from cegah.content.yamlfile import read_text

    path = results.resolve()
    refuse_public_place(project, path)
    if not path.is_file():
        raise ContentError.one(
            file=str(results),
            problem_id="berkas hasil tidak ditemukan.",
            problem_en="the results file was not found.",
            fix_id="tulis jalur berkas CSV hasil kuis.",
            fix_en="give the path of the quiz results CSV.",
        )
    quiz = load_quiz(project, project.default_language)  # the answers are the same everywhere
    figures = evaluate(read_text(path, str(results)), str(results), quiz)
    lang = lang or project.default_language
    report = getattr(options, "report", None) or path.with_name(path.stem + "-laporan.pdf")
    report = report.resolve().with_suffix(".pdf")
    refuse_public_place(project, report)
    written = write_evaluation_report(project, figures, quiz, lang, options, report, results.name)
    if as_json:
        print(json.dumps(figures.as_json(), ensure_ascii=False))
    else:
        print("\n".join(figures.summary(lang)))
        files = ", ".join(str(p) for p in written)
        print(session_words(lang)["report_written"].format(files=files))
    return 0


def write_evaluation_report(project, figures, quiz, lang, options, pdf: Path, source: str):
    from cegah.session.report import layout_report, session_of, write_report

    session = session_of(project, lang, options)
    local_quiz = _quiz_in(project, lang) or quiz
    return write_report(layout_report(figures, local_quiz, session, lang, source), pdf)


def _quiz_in(project, lang: str):
    from cegah.content.quiz import load_quiz, quiz_path

    return load_quiz(project, lang) if quiz_path(project, lang).is_file() else None
