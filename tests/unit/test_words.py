"""Words are data: every language file has the reference language's keys, no more, no less,
and a missing file or key is a content problem naming the file and line."""

from __future__ import annotations

import shutil

import pytest
from cegah import words as words_module
from cegah.errors import ContentError


@pytest.fixture
def words_dir(tmp_path, monkeypatch):
    folder = tmp_path / "words"
    folder.mkdir()
    for name in ("id.yml", "en.yml"):
        shutil.copy2(words_module.WORDS_DIR / name, folder / name)
    monkeypatch.setattr(words_module, "WORDS_DIR", folder)
    words_module.load_words.cache_clear()
    yield folder
    words_module.load_words.cache_clear()


def _problem(lang: str):
    with pytest.raises(ContentError) as caught:
        words_module.load_words(lang)
    return caught.value.problems[0]


def test_shipped_languages_have_every_word():
    for lang in ("id", "en"):
        assert words_module.words(lang)["quick_exit"]
        assert words_module.language(lang).script == "latin"
    assert set(words_module.PENALTY_WORDS["en"]) == set(words_module.PENALTY_WORDS["id"])


def test_a_missing_word_names_the_file_key_and_reference(words_dir):
    path = words_dir / "en.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  free: free\n", ""), encoding="utf-8"
    )
    problem = _problem("en")
    assert problem.file == "scripts/cegah/words/en.yml" and problem.key == "ui.free"
    assert (
        problem.problem_id == "kata 'free' belum ada (di scripts/cegah/words/id.yml: \"gratis\")."
    )
    assert problem.line == path.read_text(encoding="utf-8").splitlines().index("ui:") + 1


def test_an_unknown_word_is_refused(words_dir):
    path = words_dir / "en.yml"
    text = path.read_text(encoding="utf-8").replace("ui:\n", "ui:\n  fre: free\n", 1)
    path.write_text(text, encoding="utf-8")
    problem = _problem("en")
    assert (problem.key, problem.line) == ("ui.fre", text.splitlines().index("  fre: free") + 1)
    assert problem.problem_en == "the word 'fre' is unknown (not in scripts/cegah/words/id.yml)."


def test_a_language_without_a_words_file_says_how_to_add_one(words_dir):
    problem = _problem("su")
    assert problem.file == "scripts/cegah/words/su.yml"
    assert problem.fix_id == (
        "salin scripts/cegah/words/id.yml menjadi scripts/cegah/words/su.yml dan terjemahkan isinya."
    )


def test_a_bad_language_fact_is_refused(words_dir):
    path = words_dir / "en.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  script: latin", "  script: cyrillic"),
        encoding="utf-8",
    )
    problem = _problem("en")
    assert problem.key == "language.script"
    assert problem.problem_id.startswith("nilai 'cyrillic' tidak diizinkan.")
