"""The real article set: both languages complete, front matter valid, law and contacts right."""

from __future__ import annotations

import re
from html import unescape

import pytest
from cegah.content import phones
from cegah.content.load import load_contacts, load_penalties, parse_page
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.words import law

from tests.helpers import ROOT

LANGS = ("id", "en")
LANG_PREFIX = {"id": "", "en": "en/"}
# pages that state facts must list their sources
FACT_PAGES = ("tanda-tanda", "hukum", "bekerja-resmi", "kontak", "korban", "tanya-jawab", "petugas")
REQUIRED_PAGES = (
    "index",
    "tanda-tanda",
    "hukum",
    "bekerja-resmi",
    "kontak",
    "korban",
    "petugas",
    "tanya-jawab",
    "tentang",
    "kegiatan/index",
    "materi-cetak",
)


def pages_of(lang: str) -> set[str]:
    folder = ROOT / "docs" / lang
    return {p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.md")}


def text_of(html: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", body))


def test_every_page_exists_in_every_language_or_is_listed_untranslated(real_project):
    listed = real_project.content.translations().untranslated
    for lang in LANGS[1:]:
        assert pages_of("id") == pages_of(lang) | set(listed.get(lang, []))
    assert set(REQUIRED_PAGES) <= pages_of("id")


@pytest.mark.parametrize("lang", LANGS)
def test_front_matter_is_valid_on_every_page(real_project, lang):
    for slug in sorted(pages_of(lang)):
        path = real_project.page_path(lang, slug)
        page = parse_page(path.read_text(encoding="utf-8"), str(path), lang, slug, path)
        if slug in FACT_PAGES or slug.startswith("kegiatan/") and slug != "kegiatan/index":
            assert page.meta.sources, f"{path}: a page that states facts needs sources"
        if slug.startswith("kegiatan/") and slug != "kegiatan/index":
            assert page.meta.date, f"{path}: a news post needs a date"


def _penalty_rows(html: str) -> list[tuple[str, list[str]]]:
    table = re.search(r'<table class="cegah-penalties">(.*?)</table>', html, re.S)
    assert table, "penalty table missing"
    rows = re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', table.group(1), re.S)
    return [
        (rid, [text_of(c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)])
        for rid, row in rows
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_penalty_table_on_law_page_equals_data(built_site, real_project, lang):
    data = load_penalties(real_project)
    html = (built_site / LANG_PREFIX[lang] / "hukum" / "index.html").read_text(encoding="utf-8")
    rows = _penalty_rows(html)
    assert [rid for rid, _ in rows] == [o.id for o in data.in_force()]
    for (_rid, cells), offence in zip(rows, data.in_force(), strict=True):
        article, covers, prison, fine, since, status = cells
        short = data.laws[offence.law].short[lang]
        if lang == "id":
            assert article == f"{short} {offence.article}"
        else:  # English says "Law 21/2007 Article 4", never "Pasal"
            assert article.startswith(f"{short} Article ") and "Pasal" not in article
        where = f"{offence.applies[lang]}. " if offence.applies else ""
        assert " ".join(covers.split()) == " ".join((where + offence.covers[lang]).split())
        if offence.prison and offence.prison.max_years:
            assert str(offence.prison.max_years) in prison
        if offence.fine_max_rupiah:
            assert unescape(law.fine_text(offence, lang)) == fine
        assert status.split("(")[0].strip() in ("Berlaku", "In force")
        # what is not yet checked about a law's penalties stands in every row of that law
        caveat = data.laws[offence.law].caveat
        if caveat:
            assert caveat[lang] in " ".join(status.split())


def _revoked_mentions(data, text: str) -> list[str]:
    """Sentences that name a revoked article without saying it was revoked or replaced."""
    found = []
    for offence in data.revoked():
        number = re.escape(offence.article.split()[-1])
        law_short = re.escape(data.laws[offence.law].short["id"])
        law_long = law_short.replace("/", r"(?:/| Tahun | of )").replace(
            r"UU\ ", r"(?:UU|Law)(?: No\.)? "
        )
        patterns = [
            rf"Pasal {number}\b(?! ?ayat \(\d\) huruf)[^.]{{0,40}}?{law_long}",
            rf"{law_long}[^.]{{0,15}}?(?:Pasal|Article) {number}\b(?![\d ]*ayat \(\d\) huruf)",
        ]
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if any(re.search(p, sentence) for p in patterns):
                if not re.search(
                    r"cabut|revok|tidak berlaku|no longer|diganti|replac|lama|\bold\b",
                    sentence,
                    re.I,
                ):
                    found.append(sentence.strip())
    return found


def test_no_revoked_article_appears_as_current_on_any_page(built_site, real_project):
    data = load_penalties(real_project)
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        html = re.sub(
            r'<div class="admonition info cegah-law-changes">.*?</div>', " ", html, flags=re.S
        )
        if 'class="cegah-penalties"' in html:
            rows = [rid for rid, _ in _penalty_rows(html)]
            assert not {o.id for o in data.revoked()} & set(rows), path
        assert _revoked_mentions(data, text_of(html)) == [], path


def test_revoked_check_catches_a_revoked_article_stated_as_law(real_project):
    data = load_penalties(real_project)
    bad = "Pelaku dihukum berdasarkan Pasal 2 UU 21/2007 dengan penjara 15 tahun."
    good = "Pasal 2 UU 21/2007 sudah dicabut dan diganti KUHP Pasal 455."
    assert _revoked_mentions(data, bad) == [bad]
    assert _revoked_mentions(data, good) == []


def test_no_revoked_article_on_print_items(real_project):
    data = load_penalties(real_project)
    for job in plan_jobs(real_project):
        sheets = plan_job(real_project, job)
        text = " ".join(line.text for sheet in sheets for line in sheet.lines)
        assert _revoked_mentions(data, text) == [], job


@pytest.mark.parametrize("lang", LANGS)
def test_contacts_page_has_working_tel_links_for_every_entry(built_site, real_project, lang):
    html = (built_site / LANG_PREFIX[lang] / "kontak" / "index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="(tel:[^"]+)"', html))
    for href in hrefs:
        number = href.removeprefix("tel:")
        assert phones.is_service_number(number) or phones.parse(number), href
    for contact in load_contacts(real_project).contacts:
        assert f'id="{contact.id}"' in html
        for phone in contact.phones:
            assert phones.tel_href(phone.number) in hrefs


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_within_two_taps_of_home(built_site, lang):
    """Pages in the menu are one tap away; the rest must be linked from one of them."""
    base = built_site / LANG_PREFIX[lang]
    home = (base / "index.html").read_text(encoding="utf-8")
    nav = set(re.findall(r'<a href="([^"#]+)" class="md-nav__link', home))
    reachable = {(base / href / "index.html").resolve() for href in nav}
    second = set()
    for page in reachable:
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^":#]+/)"', html):
            second.add((page.parent / href / "index.html").resolve())
    for slug in pages_of(lang):
        target = (
            base / ("" if slug == "index" else slug.removesuffix("/index")) / "index.html"
        ).resolve()
        assert target in reachable | second, slug


@pytest.mark.parametrize("lang", LANGS)
def test_home_offers_job_check_and_whom_to_call(built_site, lang):
    html = (built_site / LANG_PREFIX[lang] / "index.html").read_text(encoding="utf-8")
    main = html[html.index("<article") :]
    assert re.search(r'class="cegah-emergency-list".*?href="tel:', main, re.S)
    assert 'href="bekerja-resmi/' in main or 'href="tanda-tanda/' in main
