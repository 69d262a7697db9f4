"""The offline bundle (site/cegah-tppo-offline.zip): complete, and every link inside it points
to a file inside it (a link to a folder would not open from file://)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from cegah.commands.offline import BUNDLE_FOLDER, OFFLINE_ZIP, README


@pytest.fixture(scope="module")
def bundle(built_site, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(built_site / OFFLINE_ZIP) as archive:
        names = archive.namelist()
        assert all(name.startswith(BUNDLE_FOLDER + "/") for name in names)
        archive.extractall(folder)
    return folder / BUNDLE_FOLDER


def test_bundle_has_both_languages_print_and_readme(bundle, built_site):
    assert (bundle / "index.html").is_file() and (bundle / "en" / "index.html").is_file()
    assert (bundle / "search" / "id.js").is_file() and (bundle / "search" / "en.js").is_file()
    printed = sorted(
        p.relative_to(built_site) for p in (built_site / "print").rglob("*") if p.is_file()
    )
    assert printed and all((bundle / p).is_file() for p in printed)
    readme = (bundle / README).read_text(encoding="utf-8")
    assert "index.html" in readme and "Keluar cepat" in readme and "Quick exit" in readme
    assert not (bundle / "404.html").exists() and not (bundle / "sitemap.xml").exists()


LINK = re.compile(r'(?:href|src)="([^"]+)"')


def test_every_local_link_points_to_a_file(bundle):
    checked = 0
    for page in bundle.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for link in LINK.findall(html):
            parts = urlsplit(link)
            if parts.scheme or link.startswith(("#", "//")):
                continue  # other sites, tel:, mailto:, data:
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.relative_to(bundle)}: {link}"
            checked += 1
    assert checked > 500
