"""Helpers for tests that work on a small fixture site (tests/fixtures/mini)."""

from __future__ import annotations

import shutil
from pathlib import Path

from cegah.project import Project

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def make_mini_site(target: Path) -> Path:
    """Copy the mini fixture plus the real theme overrides (which the fixture uses); the plugin
    comes from the installed package."""
    shutil.copytree(MINI, target)
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


LANG_PREFIX = {"id": "", "en": "en/"}


def page(site: Path, lang: str, slug: str = "") -> str:
    path = site / LANG_PREFIX[lang] / slug / "index.html"
    assert path.exists(), f"missing page {path}"
    return path.read_text(encoding="utf-8")
