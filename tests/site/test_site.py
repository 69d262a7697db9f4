"""The built site: both languages, correct lang and hreflang, contacts from the data file."""

from __future__ import annotations

import re
from html import escape

import pytest
from cegah.content import evidence, phones
from cegah.content.load import load_contacts
from cegah.words import EVIDENCE_WORDS, words

from tests.helpers import LANG_PREFIX, page

NOT_CALLED = {"id": "belum pernah dites dengan menelepon", "en": "not yet test-called"}

@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("slug", ["", "tanda-tanda"])
def test_page_has_lang_and_absolute_hreflang(built_site, real_project, lang, slug):
    html = page(built_site, lang, slug)
    assert re.search(rf'<html lang="{lang}"', html)
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    base = real_project.site_url
    path = f"{slug}/" if slug else ""
    assert links == {
        "id": f"{base}{path}",
        "en": f"{base}en/{path}",
        "x-default": f"{base}{path}",
    }


@pytest.mark.parametrize("lang,other", [("id", "en"), ("en", "id")])
def test_language_switcher_leads_to_same_page(built_site, lang, other):
    html = page(built_site, lang, "tanda-tanda")
    switch = re.search(rf'<a href="([^"]+)" hreflang="{other}" class="md-select__link"', html)
    assert switch, "language switcher missing"
    target = (
        built_site / LANG_PREFIX[lang] / "tanda-tanda" / switch.group(1) / "index.html"
    ).resolve()
    assert target == (built_site / LANG_PREFIX[other] / "tanda-tanda" / "index.html").resolve()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("slug", ["", "tanda-tanda"])
def test_emergency_contacts_from_data_on_page(built_site, real_project, lang, slug):
    html = page(built_site, lang, slug)
    for contact in load_contacts(real_project).contacts:
        if contact.emergency:
            assert (contact.short_name or contact.name)[lang] in html
            for phone in contact.phones:
                assert f'href="{phones.tel_href(phone.number)}"' in html


@pytest.mark.parametrize("lang", ["id", "en"])
def test_contacts_page_lists_every_contact(built_site, real_project, lang):
    html = page(built_site, lang, "kontak")
    for contact in load_contacts(real_project).contacts:
        card = re.search(rf'<div class="cegah-contact" id="{contact.id}">(.*?)</div>', html, re.S)
        assert card, contact.id
        text = card.group(1)
        assert contact.name[lang].replace("'", "&#x27;") in text
        for phone in contact.phones:
            assert f'href="{phones.tel_href(phone.number)}"' in text
        if contact.whatsapp:
            assert f'href="{phones.whatsapp_href(contact.whatsapp)}"' in text
        # the kind of check is said (newest source, desk check, calls), never a bare date
        checked = re.search(r'<p class="cegah-checked">(.*?)</p>', text, re.S).group(1)
        assert evidence.newest_source(contact)[:4] in checked
        assert EVIDENCE_WORDS[lang]["desk_checked"].split("{")[0] in checked
        if contact.numbers() and not contact.calls:  # a website alone is not dialled
            assert NOT_CALLED[lang] in checked
        assert "Terakhir dicek" not in text and "Last checked" not in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_article_shows_key_points_and_review_date(built_site, real_project, lang):

    meta = real_project.content.page(lang, "tanda-tanda").meta
    html = page(built_site, lang, "tanda-tanda")
    box = re.search(r'<div class="admonition abstract cegah-key-points">(.*?)</div>', html, re.S)
    assert box
    for point in meta.key_points:
        assert point.replace("'", "&#x27;") in box.group(1)
    assert f'datetime="{meta.reviewed.isoformat()}"' in html


@pytest.mark.parametrize("lang", ["id", "en"])
def test_steps_and_story_come_from_front_matter(built_site, real_project, lang):
    """The page shows the steps and the story the pamphlet prints, from the same keys."""
    steps = real_project.content.page(lang, "bekerja-resmi").meta.steps
    flow = re.search(r'<div class="flow"><ol>(.*?)</ol></div>', page(built_site, lang, "bekerja-resmi"))
    assert flow
    items = re.findall(r"<li><strong>(.*?)</strong> — (.*?)</li>", flow.group(1))
    assert items == [(escape(s.title), escape(s.text)) for s in steps] and len(items) == 5
    story = real_project.content.page(lang, "index").meta.story
    home = page(built_site, lang, "")
    box = re.search(r'<div class="admonition example cegah-story">(.*?)</div>', home, re.S)
    assert box and escape(story.title) in box.group(1) and escape(story.text) in box.group(1)
    assert escape(words(lang)["story_note"]) in box.group(1)


def test_no_third_party_requests(built_site, real_project):
    """Every script, stylesheet, image and font comes from the site itself."""
    pattern = re.compile(
        r'<(?:script|img|iframe|source)[^>]+src="([^"]+)"|<link[^>]+href="([^"]+)"'
    )
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, path
        for match in pattern.finditer(html):
            tag = match.group(0)
            url = match.group(1) or match.group(2)
            if 'rel="alternate"' in tag or 'rel="canonical"' in tag:
                continue  # metadata for search engines, not fetched by the browser
            assert not re.match(r"^(https?:)?//", url) or url.startswith(real_project.site_url), (
                path,
                url,
            )


def test_print_page_links_existing_files(built_site):
    for lang in ("id", "en"):
        html = page(built_site, lang, "materi-cetak")
        links = re.findall(r'href="([^"]+\.(?:pdf|png))"', html)
        assert links, lang
        for link in links:
            base = built_site / LANG_PREFIX[lang] / "materi-cetak"
            assert (base / link).resolve().is_file(), link


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pencil_opens_the_data_a_reader_sees(built_site, real_project, lang):
    """On a page built around data the edit pencil opens the data file, not a marker; a block
    drawn from data ends with a link to its file; other pages keep their own Markdown."""
    edit = real_project.config["repo_url"] + "/" + real_project.config["edit_uri"]

    def pencil(slug):
        html = page(built_site, lang, slug)
        found = re.search(r'<a href="([^"]+)" title="[^"]*" class="md-content__button', html)
        return found.group(1), html

    contacts, _ = pencil("kontak")
    assert contacts == edit + "data/contacts.yml"
    check, _ = pencil("cek-tawaran")
    assert check == edit + f"data/self-check/{lang}.yml"
    law, html = pencil("hukum")
    assert law == edit + f"{lang}/hukum.md"
    assert f'<p class="cegah-edit-data"><a href="{edit}data/penalties.yml" rel="nofollow">' in html
