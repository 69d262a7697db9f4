"""Browser tests: the built site in Debian's Chromium, driven by Playwright.

The site is built once per session (tests/conftest.py, built_site) and served on 127.0.0.1
below its published path (/cegah-tppo/), with 404.html for missing files, like GitHub Pages;
each browser profile reaches it at the published address (site_url), through forward().
Chromium comes from apt (.ci/run installs it). Without it these tests skip on a developer's
machine, and fail in CI (CI=true), so they can never pass by not running.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools.bench.site import CHROMIUM, chromium, close, forward, serve_folder, site_prefix


def _require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    message = f"Chromium not found at {CHROMIUM}: apt-get install -y chromium"
    if os.environ.get("CI"):
        pytest.fail(message + " (.ci/run installs it)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    _require_chromium()
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="session")
def local_url(built_site, real_project) -> str:
    with serve_folder(built_site, site_prefix(real_project)) as url:
        yield url


@pytest.fixture(scope="session")
def site_url(local_url, real_project) -> str:
    """The published address: every browser profile gets it answered by the local server
    (tools.bench.site.forward), so pages run under the origin and path their CSP names."""
    return real_project.site_url


@dataclass
class Visit:
    """A page in a fresh browser profile, with everything it requested and logged."""

    page: object
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)  # (type, text)
    errors: list[str] = field(default_factory=list)  # uncaught exceptions

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind in ("error", "warning")] + self.errors

    def third_party(self, origin: str) -> list[str]:
        return [
            url
            for url in self.requests
            if not url.startswith(origin) and urlsplit(url).scheme not in ("data", "file", "blob")
        ]


@pytest.fixture
def visit(browser, request):
    """visit(url, **context options) -> Visit; the profile is closed after the test."""
    contexts = []

    def open_page(url: str | None = None, **options) -> Visit:
        context = browser.new_context(**options)
        contexts.append(context)
        if url is None or url.startswith("http"):
            site, local = request.getfixturevalue("site_url"), request.getfixturevalue("local_url")
            forward(context, site, local)
        page = context.new_page()
        seen = Visit(page)
        page.on("request", lambda request: seen.requests.append(request.url))
        page.on("console", lambda message: seen.console.append((message.type, message.text)))
        page.on("pageerror", lambda error: seen.errors.append(str(error)))
        if url:
            page.goto(url, wait_until="networkidle")
        return seen

    yield open_page
    for context in contexts:
        close(context)


ROOT = Path(__file__).resolve().parents[2]


def source_pages() -> list[str]:
    """Every page as a path below the site root ('' is the home page, 'en/' the English one),
    from the Markdown sources, so tests can be parametrized before the site is built."""
    docs = ROOT / "docs"
    pages = []
    for lang_dir in sorted(
        p for p in docs.iterdir() if p.is_dir() and p.name != "data" and p.name != "assets"
    ):
        prefix = "" if lang_dir.name == "id" else f"{lang_dir.name}/"
        for source in sorted(lang_dir.rglob("*.md")):
            slug = source.relative_to(lang_dir).with_suffix("").as_posix()
            path = (
                ""
                if slug == "index"
                else slug.removesuffix("index")
                if slug.endswith("/index")
                else f"{slug}/"
            )
            pages.append(prefix + path)
    return pages


PAGES = source_pages() + ["404.html"]


def page_language(path: str) -> str:
    return "en" if path.startswith("en/") else "id"
