"""First-view weight: within the budget, against plain Material, and flat as content grows."""

from __future__ import annotations

import shutil

import pytest
from cegah.commands.build import build_site

from tests.helpers import copy_project
from tools.bench.site import (
    BUDGET_KB,
    BUDGET_RATIO,
    first_view,
    kb,
    measure,
    serve_folder,
    site_prefix,
)


@pytest.fixture(scope="module")
def figures(browser, real_project, tmp_path_factory):
    return measure(real_project, tmp_path_factory.mktemp("bench"), browser)


def test_first_view_within_budget(figures):
    pages, _ = figures
    for figure in pages:
        assert kb(figure.ours) <= BUDGET_KB, figure
        assert figure.ratio <= BUDGET_RATIO, figure


def test_first_search_loads_only_search(figures):
    _, search = figures
    assert 0 < kb(search) < 60  # engine and one language's index, nothing else


def test_first_view_does_not_grow_with_content(browser, site_url, local_url, tmp_path):
    """Forty more news posts: the article's first view stays the same size."""
    project = copy_project(tmp_path / "project")
    for lang in ("id", "en"):
        folder = project.docs_dir / lang / "kegiatan"
        for number in range(40):
            shutil.copy(folder / "kerja-sama-banten.md", folder / f"berita-{number}.md")
    build_site(project, tmp_path / "site")
    with serve_folder(tmp_path / "site", site_prefix(project)) as bigger_url:
        page = site_url + "tanda-tanda/"
        before = first_view(browser, page, (site_url, local_url)).total()
        after = first_view(browser, page, (site_url, bigger_url)).total()
    assert abs(after - before) < 512, (before, after)
