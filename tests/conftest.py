"""Shared fixtures: a copy of the project in a temporary folder, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from cegah.commands.build import build_all
from cegah.project import Project

from tests.helpers import ROOT, copy_project

# every test under tests/browser/ drives Chromium: `pytest -m "not browser"` runs the rest
BROWSER_DIR = Path(__file__).resolve().parent / "browser"


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_DIR in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


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
