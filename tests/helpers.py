"""Helpers for tests that work on a small fixture site (tests/fixtures/mini)."""

from __future__ import annotations

import shutil
from pathlib import Path

from cegah.project import Project

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini"


def make_mini_site(target: Path, fixture: str = "mini") -> Path:
    """Copy a fixture site (mini: two languages; javanese: a third one) plus the real theme
    overrides (which the fixtures use); the plugin comes from the installed package."""
    shutil.copytree(FIXTURES / fixture, target)
    shutil.copytree(ROOT / "overrides", target / "overrides")
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


SITE_INPUTS = ("mkdocs.yml", "docs", "overrides", "campaigns")


def copy_project(target: Path) -> Project:
    """Copy what the site and print builds read, so a test can edit content safely."""
    for name in SITE_INPUTS:
        source, dest = ROOT / name, target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, dest)
        else:
            shutil.copy2(source, dest)
    return Project(target)


LANG_PREFIX = {"id": "", "en": "en/", "jv": "jv/"}


def page(site: Path, lang: str, slug: str = "") -> str:
    path = site / LANG_PREFIX[lang] / slug / "index.html"
    assert path.exists(), f"missing page {path}"
    return path.read_text(encoding="utf-8")


def _has_models(*names: str) -> bool:
    import subprocess

    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return set(names) <= set(listed.stdout.split())


def ocr(image, psm: int = 6) -> str:
    """The words Tesseract reads in a PIL image (Indonesian and English models), on one line;
    psm 6 reads a block of text, 7 a single line.
    Tesseract and its models come from Debian (.ci/run installs them); without them a CI run
    fails."""
    import os
    import subprocess
    import tempfile

    import pytest

    if shutil.which("tesseract") is None or not _has_models("ind", "eng"):
        if os.environ.get("CI"):
            pytest.fail("tesseract is missing (apt-get install tesseract-ocr tesseract-ocr-ind)")
        pytest.skip("tesseract or its Indonesian model is not installed")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "image.png"
        image.save(path)
        result = subprocess.run(
            ["tesseract", str(path), "stdout", "-l", "ind+eng", "--psm", str(psm)],
            capture_output=True,
            text=True,
            check=True,
        )
    return " ".join(result.stdout.split())
