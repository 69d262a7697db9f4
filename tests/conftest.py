"""Shared fixtures: a copy of the project in a temporary folder, built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cegah.commands.build import build_all
from cegah.project import Project

ROOT = Path(__file__).resolve().parent.parent
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


@pytest.fixture(scope="session")
def real_project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real content, site and print, built once into a temporary folder."""
    work = tmp_path_factory.mktemp("built")
    project = copy_project(work / "project")
    return build_all(project, work / "site")


@pytest.fixture
def project_copy(tmp_path) -> Project:
    return copy_project(tmp_path / "project")
