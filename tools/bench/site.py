"""Site figures for `make bench`: what a reader's phone downloads, measured in a real browser.

First view = every response the page load brings (HTML, CSS, scripts, images, and whatever the
scripts fetch until the network is idle), each counted gzip-compressed as a web server sends
it, in a fresh browser profile (empty cache). It is compared with a plain Material for MkDocs
build of the same Markdown (same pages, nav, languages and Markdown extensions; no hooks, no
overrides, no extra CSS; `font: false` as ours, since Google Fonts cannot be fetched here).
Only successful responses count; requests that fail (plain Material's GitHub API and sitemap
requests) cost nothing here but would cost the reader a round trip.

The helpers (serve_folder, chromium, first_view) are shared with the browser tests.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from cegah.project import Project

BUDGET_KB = 90.0
BUDGET_RATIO = 1.15
CHROMIUM = os.environ.get("CEGAH_CHROMIUM", "/usr/bin/chromium")
# Chromium as this machine runs it: headless, and no background requests to Google services
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# the pages measured: (label, path below the site root)
PAGES = (
    ("home (id)", ""),
    ("article (id)", "tanda-tanda/"),
    ("home (en)", "en/"),
    ("article (en)", "en/tanda-tanda/"),
)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site below its published path (e.g. /cegah-tppo/), with 404.html for a
    missing file, like GitHub Pages."""

    prefix = "/"

    def log_message(self, *args) -> None:  # quiet
        pass

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve_folder(folder: Path, prefix: str = "/") -> Iterator[str]:
    """Serve folder on 127.0.0.1 under prefix; yields the base URL (ending in /)."""
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def forward(context, public_url: str, local_url: str) -> None:
    """Answer the published address (public_url, e.g. https://cegah-tppo.github.io/cegah-tppo/)
    from the local server in this browser profile, so pages run at their real origin and path:
    the CSP names the published address, and a local origin would block every script."""

    def answer(route) -> None:
        local = local_url + route.request.url[len(public_url) :]
        try:
            # redirects go back to the page as they are (a relative Location stays public)
            route.fulfill(response=route.fetch(url=local, max_redirects=0))
        except Exception:  # offline (set_offline), or the profile closed meanwhile: a failed load
            with contextlib.suppress(Exception):
                route.abort()

    context.route(public_url + "**", answer)


def close(context) -> None:
    """Close a browser profile; requests still being forwarded are dropped quietly."""
    context.unroute_all(behavior="ignoreErrors")
    context.close()


def site_prefix(project: Project) -> str:
    """The path the site is published under, e.g. /cegah-tppo/ (404.html links use it)."""
    return urlsplit(project.site_url).path or "/"


@contextlib.contextmanager
def chromium():
    """Debian's Chromium driven by Playwright (Playwright cannot download browsers here)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(
            f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (or set CEGAH_CHROMIUM)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Traffic:
    """Responses seen by a page, gzip-compressed sizes in bytes."""

    responses: list[tuple[str, int, int]] = field(default_factory=list)  # url, status, gzip

    def record(self, response) -> None:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            return
        self.responses.append((response.url, response.status, gzip_size(body)))

    def total(self, start: int = 0) -> int:
        return sum(size for _, status, size in self.responses[start:] if 200 <= status < 300)


def gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6, mtime=0))


@contextlib.contextmanager
def _recorded_visit(
    browser, url: str, served: tuple[str, str] | None = None
) -> Iterator[tuple[object, Traffic]]:
    """A fresh profile (empty cache) opened at url, every response recorded; served is
    (published address, local address) when a local server answers for the published one."""
    context = browser.new_context()
    if served:
        forward(context, *served)
    try:
        page = context.new_page()
        traffic = Traffic()
        page.on("response", traffic.record)
        page.goto(url, wait_until="networkidle")
        yield page, traffic
    finally:
        close(context)


def first_view(browser, url: str, served: tuple[str, str] | None = None) -> Traffic:
    """Load url in a fresh profile and wait until the network is idle."""
    with _recorded_visit(browser, url, served) as (page, traffic):
        # a loaded 2-core machine may start late requests (icons) after "network idle"
        page.wait_for_timeout(1000)
        page.wait_for_load_state("networkidle")
        return traffic


def first_search(
    browser, url: str, query: str, served: tuple[str, str] | None = None
) -> tuple[Traffic, int]:
    """(all traffic, index where the search began): what opening search and typing adds."""
    with _recorded_visit(browser, url, served) as (page, traffic):
        start = len(traffic.responses)
        page.focus(".md-search__input")
        page.fill(".md-search__input", query)
        page.wait_for_selector("[data-cegah-search-ready]", state="attached")
        page.wait_for_load_state("networkidle")
        return traffic, start


def plain_config(project: Project, docs_dir: Path) -> dict:
    """mkdocs.yml for plain Material: our settings minus what we add on top of Material."""
    config = {
        key: value
        for key, value in project.config.items()
        if key not in ("hooks", "extra_css", "extra_javascript", "extra", "docs_dir")
    }
    theme = dict(config["theme"])
    theme.pop("custom_dir", None)
    config["theme"] = theme
    config["docs_dir"] = str(docs_dir)
    return config


def build_plain(project: Project, out_dir: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with tempfile.TemporaryDirectory(prefix="cegah-plain-") as folder:
        config_file = Path(folder) / "mkdocs.yml"
        config_file.write_text(
            yaml.safe_dump(plain_config(project, project.docs_dir), allow_unicode=True),
            encoding="utf-8",
        )
        build(load_config(config_file=str(config_file), site_dir=str(out_dir)))


def kb(size: int) -> float:
    return size / 1024


@dataclass(frozen=True)
class Figure:
    label: str
    ours: int
    plain: int

    @property
    def ratio(self) -> float:
        return self.ours / self.plain

    @property
    def within_budget(self) -> bool:
        return kb(self.ours) <= BUDGET_KB and self.ratio <= BUDGET_RATIO


def measure(project: Project, work: Path, browser) -> tuple[list[Figure], int]:
    """First-view figures for PAGES, and the bytes the first search adds (id)."""
    from cegah.commands.build import build_site

    ours, plain = work / "ours", work / "plain"
    build_site(project, ours)
    build_plain(project, plain)
    prefix = site_prefix(project)
    public = project.site_url  # both builds run at the published address, each in its profile
    with serve_folder(ours, prefix) as ours_url, serve_folder(plain, prefix) as plain_url:
        figures = [
            Figure(
                label,
                first_view(browser, public + path, (public, ours_url)).total(),
                first_view(browser, public + path, (public, plain_url)).total(),
            )
            for label, path in PAGES
        ]
        traffic, start = first_search(
            browser, public + "tanda-tanda/", "paspor", (public, ours_url)
        )
    return figures, traffic.total(start)


def site_figures(project: Project) -> list[str]:
    """Printable lines for `make bench`."""
    with tempfile.TemporaryDirectory(prefix="cegah-bench-site-") as folder, chromium() as browser:
        figures, search = measure(project, Path(folder), browser)
    lines = [
        "Site: first view, gzip-compressed responses, fresh browser "
        f"(budget: {BUDGET_KB:.0f} KB and {BUDGET_RATIO:.2f} x plain Material)"
    ]
    for figure in figures:
        verdict = "ok" if figure.within_budget else "OVER BUDGET"
        lines.append(
            f"  {figure.label:14} ours {kb(figure.ours):6.1f} KB   plain Material "
            f"{kb(figure.plain):6.1f} KB   ratio {figure.ratio:4.2f}   {verdict}"
        )
    lines.append(
        f"  first search (id, 'paspor'): +{kb(search):.1f} KB, loaded only when the reader "
        "opens search (plain Material loads its index and worker on every page)"
    )
    return lines


if __name__ == "__main__":  # python -m tools.bench.site, until bench.py calls site_figures
    print("\n".join(site_figures(Project.find())))
