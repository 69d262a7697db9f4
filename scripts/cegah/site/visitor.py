"""What every page carries for its reader, computed once in Python and only placed by
overrides/main.html: the Content-Security-Policy, share metadata (description, image, WhatsApp
link) and the quick-exit link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from cegah.printing.plan import PrintJob
from cegah.words import language

# Only the site's own files. Material's inline scripts are moved to assets/cegah.js and
# overrides/partials/javascripts/*.html, so scripts need neither 'unsafe-inline' nor a hash;
# data: images are the icons inside Material's stylesheet. Scripts, search indexes and workers
# come from the site's own address (its path included): on a shared host such as
# <account>.github.io, 'self' would also admit every other site of the same account.
CSP_DIRECTIVES = (
    "default-src 'self'",
    "script-src {code}",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src {code}",
    "worker-src {code}",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
)
SAFE_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~/-]*)?$")


def code_source(site_url: str | None) -> str:
    """Where the site's code may come from: its own address down to the path, or 'self' for
    the file:// copy (no address) and for an address that is not a plain http(s) URL."""
    if not site_url or not SAFE_URL.match(site_url):
        return "'self'"
    return site_url if site_url.endswith("/") else site_url + "/"


def csp(site_url: str | None = None) -> str:
    return "; ".join(d.format(code=code_source(site_url)) for d in CSP_DIRECTIVES)


CSP = csp()  # the file:// copy's policy, and the baseline the tests compare with


# Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages): a CSP header can do
# what the meta tag cannot (frame-ancestors: no other site may frame ours). GitHub Pages ignores
# the file; PUBLISHING.md says what it cannot do.
HEADERS_FILE = "_headers"


def headers_file(
    page_paths: list[str] = (), policy: str = CSP, own: dict[str, str] | None = None
) -> str:
    """The security headers for every file, and for each page (HTML) its policy and
    `no-store`, so a read page is not kept in the browser's cache. Stylesheets and scripts keep
    the host's caching: a cheap phone should not download them again on every page. One rule
    per page, since the hosts' patterns cannot say "HTML only"; a page with a policy of its own
    (`own`: the form editor) gets that one instead, as hosts add up every matching rule."""
    own = own or {}
    lines = [
        "/*",
        "  X-Frame-Options: DENY",
        "  X-Content-Type-Options: nosniff",
        "  Referrer-Policy: no-referrer",
        "  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ]
    for path in page_paths:
        lines += [
            path,
            f"  Content-Security-Policy: {own.get(path, policy)}; frame-ancestors 'none'",
            "  Cache-Control: no-store",
        ]
    return "\n".join(lines) + "\n"


META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"')


def own_policies(site_dir, base_path: str) -> dict[str, str]:
    """Pages that carry a policy of their own in their HTML (the form editor at admin/)."""
    page = site_dir / "admin" / "index.html"
    found = META_CSP.search(page.read_text(encoding="utf-8")) if page.is_file() else None
    return {base_path + "admin/": found.group(1)} if found else {}


def page_paths(site_dir, base_path: str) -> list[str]:
    """URL paths of the built pages below base_path ('/cegah-tppo/'): 'kontak/index.html' is
    '/cegah-tppo/kontak/', a file like 404.html keeps its name."""
    paths = []
    for html in sorted(site_dir.rglob("*.html")):
        relative = html.relative_to(site_dir).as_posix()
        if relative.startswith("print/"):
            continue
        if relative == "index.html" or relative.endswith("/index.html"):
            relative = relative.removesuffix("index.html")
        paths.append(base_path + relative)
    return paths


# Where "Quick exit" goes (mkdocs.yml extra.quick_exit_url overrides it): an ordinary page that
# anyone might have open, here a search for today's weather.
QUICK_EXIT_URL = "https://www.google.com/search?q=cuaca+hari+ini"

# Best image for a link preview first: square images are what WhatsApp shows best.
SHARE_FORMATS = ("share-square", "share-story", "poster-a4", "poster-a3")


def page_slug(src_uri: str, lang: str) -> str:
    """'en/kegiatan/index.md' or 'kegiatan/index.md' -> 'kegiatan'; 'index.md' -> 'index'."""
    path = src_uri.removesuffix(".md")
    path = path.removeprefix(f"{lang}/")
    if path.endswith("/index"):
        path = path.removesuffix("/index")
    return path


def share_images(jobs: list[PrintJob]) -> dict[tuple[str, str], str]:
    """(lang, page) -> image path below the site root, from the print plan: the share image of
    a page is the one the print studio made for it. A page without one gets its language's
    first image under the key (lang, "")."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for job in jobs:
        if job.item.format not in SHARE_FORMATS:
            continue
        png = next((o.relpath for o in job.outputs if o.kind == "png"), None)
        if png is None:
            continue
        rank = SHARE_FORMATS.index(job.item.format)
        for key in ((job.lang, job.item.page), (job.lang, "")):
            if key not in found or rank < found[key][0]:
                found[key] = (rank, png)
    return {key: path for key, (_, path) in found.items()}


def whatsapp_share(title: str, url: str) -> str:
    """A plain link that opens WhatsApp with the title and address filled in: no script, no
    tracking, nothing is loaded until the reader taps it."""
    return "https://wa.me/?text=" + quote(f"{title} {url}", safe="")


@dataclass(frozen=True)
class Share:
    url: str
    title: str
    description: str
    image: str | None
    lang: str
    site_name: str
    article: bool

    def meta(self) -> list[tuple[str, str, str]]:
        """(attribute, name, content) for <meta> tags: Open Graph (WhatsApp, Facebook) and the
        Twitter card."""
        tags = [
            ("property", "og:type", "article" if self.article else "website"),
            ("property", "og:site_name", self.site_name),
            ("property", "og:title", self.title),
            ("property", "og:description", self.description),
            ("property", "og:url", self.url),
            ("property", "og:locale", language(self.lang).og_locale),
            ("name", "twitter:card", "summary_large_image" if self.image else "summary"),
        ]
        if self.image:
            tags.append(("property", "og:image", self.image))
        return tags

    @property
    def whatsapp(self) -> str:
        return whatsapp_share(self.title, self.url)


def share_for(page, config, lang: str, site_url: str, images: dict[tuple[str, str], str]) -> Share:
    """Share data of a MkDocs page: its own front matter, its image from the print plan."""
    image = images.get((lang, page_slug(page.file.src_uri, lang))) or images.get((lang, ""))
    return Share(
        url=page.canonical_url or site_url,
        title=page.meta.get("title") or page.title or config.site_name,
        description=page.meta.get("description") or config.site_description or "",
        image=site_url + image if image else None,
        lang=lang,
        site_name=config.site_name,
        article=not page.is_homepage,
    )
