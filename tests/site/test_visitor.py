"""What every built page carries for its reader (static checks on the HTML; the browser tests
in tests/browser/ check behaviour): CSP, no inline script, share metadata and link, quick exit,
emergency contacts with WhatsApp, the sitemap, the 404 page, search split by language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cegah.content import phones
from cegah.content.load import load_contacts
from cegah.errors import ContentError
from cegah.printing.plan import plan_jobs
from cegah.site import visitor
from cegah.site.search import entry_language, split_index

from tests.helpers import page


def html_pages(site: Path) -> list[Path]:
    """The reader's pages (not the print files, not the form editor at admin/)."""
    return [
        p
        for p in sorted(site.rglob("*.html"))
        if p.relative_to(site).parts[0] not in ("print", "admin")
    ]


def test_csp_first_in_head_and_no_inline_script(built_site, real_project):
    policy = visitor.csp(real_project.site_url)
    for path in html_pages(built_site):
        html = path.read_text(encoding="utf-8")
        head = html.split("<head>", 1)[1]
        first = re.search(
            r"<(meta|link|script|style)\b[^>]*>", head.split('<meta charset="utf-8">', 1)[1]
        )
        assert first and 'http-equiv="Content-Security-Policy"' in first.group(0), path
        assert f'content="{policy}"' in first.group(0)
        for script in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            attributes, body = script.groups()
            if 'type="application/json"' in attributes:
                continue  # data, never run
            assert "src=" in attributes and not body.strip(), (path, script.group(0)[:80])
        assert not re.search(r"\son[a-z]+=", html), path  # no inline event handlers
        assert "style=" not in html, path  # CSP forbids inline styles


def test_csp_allows_only_the_site_itself():
    assert "unsafe" not in visitor.CSP
    for listed in re.findall(r"(?:^|; )[a-z-]+ ([^;]+)", visitor.CSP):
        assert set(listed.split()) <= {"'self'", "'none'", "data:"}, listed


def test_code_comes_from_the_sites_own_path_on_a_shared_host():
    """On <account>.github.io, 'self' would admit the account's other sites' scripts."""
    policy = visitor.csp("https://cegah-tppo.github.io/cegah-tppo/")
    assert "script-src https://cegah-tppo.github.io/cegah-tppo/;" in policy
    assert "connect-src https://cegah-tppo.github.io/cegah-tppo/;" in policy
    assert "script-src 'self'" not in policy and "unsafe" not in policy
    # no address (the file:// copy), or one that could break out of the attribute: 'self'
    assert visitor.code_source(None) == visitor.code_source('https://x.org/"><script>') == "'self'"
    assert visitor.code_source("https://tppo.example.go.id") == "https://tppo.example.go.id/"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_share_metadata_and_whatsapp_link(built_site, real_project, lang):
    meta = real_project.content.page(lang, "tanda-tanda").meta
    html = page(built_site, lang, "tanda-tanda")
    url = real_project.page_url(lang, "tanda-tanda")
    assert f'<meta property="og:url" content="{url}">' in html
    assert f'<meta property="og:description" content="{meta.description}">' in html
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image == f"{real_project.site_url}print/whatsapp/{lang}/tanda-tanda-share-square.png"
    assert (built_site / image.removeprefix(real_project.site_url)).is_file()
    assert visitor.whatsapp_share(meta.title, url).replace("&", "&amp;") in html


def test_every_article_has_a_share_link_and_quick_exit(built_site):
    for path in html_pages(built_site):
        html = path.read_text(encoding="utf-8")
        assert "data-cegah-exit" in html, path
        is_home = path.relative_to(built_site).as_posix() in ("index.html", "en/index.html")
        if not is_home and path.name != "404.html":
            assert 'class="cegah-share"' in html and "https://wa.me/?text=" in html, path


def test_page_without_its_own_image_uses_its_languages_first(built_site, real_project):
    images = visitor.share_images(plan_jobs(real_project))
    assert images[("id", "tanda-tanda")].endswith("tanda-tanda-share-square.png")
    assert ("id", "kontak") not in images
    html = page(built_site, "id", "kontak")
    assert (
        f'<meta property="og:image" content="{real_project.site_url}{images[("id", "")]}">' in html
    )
    assert visitor.share_images([]) == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_emergency_strip_has_whatsapp_links(built_site, real_project, lang):
    strip = re.search(r'<nav class="cegah-emergency".*?</nav>', page(built_site, lang), re.S).group(
        0
    )
    for contact in load_contacts(real_project).contacts:
        if contact.emergency and contact.whatsapp:
            assert f'href="{phones.whatsapp_href(contact.whatsapp)}"' in strip


def test_sitemap_lists_every_page_with_its_alternates(built_site, real_project):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
    pages = [
        p
        for lang in real_project.language_codes
        for p in (real_project.docs_dir / lang).rglob("*.md")
    ]
    assert len(entries) == len(pages)  # one entry per page of every language
    for entry in entries:
        loc = re.search(r"<loc>([^<]+)</loc>", entry).group(1)
        alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry))
        assert set(alternates) == {"id", "en"}, loc
        assert loc in alternates.values()
        assert all(href.startswith(real_project.site_url) for href in alternates.values())


def test_404_page_speaks_both_languages(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in html
    assert 'lang="id"' in html and 'section class="cegah-not-found" lang="en"' in html
    assert 'href="/cegah-tppo/"' in html and 'href="/cegah-tppo/en/"' in html
    assert "cegah-emergency" in html and "data-cegah-exit" in html
    assert not (built_site / "en" / "404.html").exists()


def test_search_index_is_split_by_language_and_not_on_the_page(built_site):
    assert not (built_site / "search" / "search_index.json").exists()
    for lang in ("id", "en"):
        script = (built_site / "search" / f"{lang}.js").read_text(encoding="utf-8")
        data = json.loads(script.split("]=", 1)[1].rstrip(";\n"))
        locations = [d["l"] for d in data["docs"]]
        assert locations
        assert all(loc.startswith("en/") == (lang == "en") for loc in locations)
        assert all("<" not in d["x"] for d in data["docs"])  # plain text, no markup


def test_split_index_gives_sections_their_page_title():
    docs = [
        {"location": "", "title": "Beranda", "text": "<p>Halo</p>"},
        {"location": "#a", "title": "Bagian", "text": "x &amp; y"},
        {"location": "en/", "title": "Home", "text": ""},
        {"location": "en/#a", "title": "Part", "text": ""},
    ]
    split = split_index(docs, ("id", "en"), "id")
    assert split["id"] == [
        {"l": "", "t": "Beranda", "x": "Halo"},
        {"l": "#a", "t": "Bagian", "x": "x & y", "p": "Beranda"},
    ]
    assert [d["l"] for d in split["en"]] == ["en/", "en/#a"]
    assert entry_language("english/", ("id", "en"), "id") == "id"


def test_self_check_languages_must_agree(project_copy):
    path = project_copy.data_dir / "self-check" / "en.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("id: visa\n", "id: visa-kerja\n", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        project_copy.content.self_check("en")
    problem = caught.value.problems[0]
    ids = [q.id for q in project_copy.content.self_check("id").questions]
    assert problem.file == "docs/data/self-check/en.yml"
    assert problem.key == f"questions[{ids.index('visa')}]"
    assert problem.line == text.splitlines().index("  - id: visa") + 1
    assert "id=visa" in problem.problem_en


def test_self_check_needs_every_result(project_copy):
    path = project_copy.data_dir / "self-check" / "id.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  bahaya:\n    title: Bahaya")
    end = text.index("next_steps_title:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        project_copy.content.self_check("id")
    assert "bahaya" in caught.value.problems[0].problem_en


def test_self_check_cannot_send_answers_without_javascript(built_site):
    """No submit control: without the script nothing can put the answers in an address or a
    server log; the script shows a plain button that only reads the answers."""
    for prefix in ("", "en/"):
        html = (built_site / prefix / "cek-tawaran" / "index.html").read_text(encoding="utf-8")
        form = re.search(r"<form data-cegah-self-check.*?</form>", html, re.S).group(0)
        assert 'type="submit"' not in form and "action=" not in form
        assert re.search(r'<button type="button" data-cegah-check hidden', form)


def test_self_check_questions_keep_one_polarity(project_copy, real_project):
    path = project_copy.data_dir / "self-check" / "id.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("    warning_if_yes: true", "    warning_if_yes: false", 1), encoding="utf-8"
    )
    with pytest.raises(ContentError) as caught:
        project_copy.content.self_check("id")
    problem = caught.value.problems[0]
    first = real_project.content.self_check("id").questions[0].id
    assert problem.problem_id == f"pertanyaan '{first}' memakai 'Tidak' sebagai tanda bahaya."
    assert problem.key == "questions[0]"


def test_headers_file_forbids_framing_where_hosts_read_it(built_site):
    """A meta CSP cannot stop framing; hosts that read _headers send the header that can."""
    text = (built_site / "_headers").read_text(encoding="utf-8")
    assert text.startswith("/*\n")
    policy = visitor.csp("https://cegah-tppo.github.io/cegah-tppo/")
    assert f"  Content-Security-Policy: {policy}; frame-ancestors 'none'\n" in text
    assert (
        "  X-Content-Type-Options: nosniff\n" in text and "  Referrer-Policy: no-referrer\n" in text
    )


def test_headers_file_keeps_pages_out_of_the_browser_cache(built_site):
    """Every page (and only pages) gets no-store, under the site's published path."""
    text = (built_site / "_headers").read_text(encoding="utf-8")
    no_store = re.findall(
        r"^(\S+)\n  Content-Security-Policy: [^\n]+\n  Cache-Control: no-store$", text, re.MULTILINE
    )
    pages = [
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("*.html")
        if not p.relative_to(built_site).as_posix().startswith("print/")
    ]
    assert len(no_store) == len(pages)
    assert {"/cegah-tppo/", "/cegah-tppo/en/kontak/", "/cegah-tppo/404.html"} <= set(no_store)
    assert not any(path.startswith("/cegah-tppo/assets") for path in no_store)
    assert len(no_store) + 1 <= 100  # Cloudflare Pages reads at most 100 rules


def test_only_the_form_editor_may_reach_the_git_host(built_site):
    """The editor page's own policy (also in _headers, in place of the public one) lets it
    talk to GitHub; the public pages' policy stays as it is, and no rule for every file carries
    a policy that would add up with the editor's."""
    html = (built_site / "admin" / "index.html").read_text(encoding="utf-8")
    policy = visitor.META_CSP.search(html).group(1)
    connect = re.search(r"connect-src ([^;]+)", policy).group(1).split()
    assert connect == [
        "'self'",
        "data:",
        "blob:",
        "https://api.github.com",
        "https://github.com",
        "https://www.githubstatus.com",
    ]
    assert "script-src 'self';" in policy and "unsafe-eval" not in policy
    text = (built_site / "_headers").read_text(encoding="utf-8")
    assert (
        f"/cegah-tppo/admin/\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n" in text
    )
    assert "Content-Security-Policy" not in text.split("\n/cegah-tppo/", 1)[0]  # not on /*
    public = visitor.csp("https://cegah-tppo.github.io/cegah-tppo/")
    assert "github.com" not in public
