"""How numbers were checked reaches every output: the contact card, the emergency strip and
print say what kind of check a number had, and a number whose latest test call failed is left
out of all of them."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from cegah.commands.build import build_all
from cegah.content import evidence
from cegah.content.formats import kind_of
from cegah.content.load import load_contacts, load_penalties
from cegah.content.schemas import Phone
from cegah.printing.contact_lines import contact_line
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.project import Project
from cegah.site import blocks
from cegah.words import contacts as contact_words

from tests.helpers import edit, make_mini_site

TODAY = dt.date(2026, 11, 24)
CALLS = """    desk_checked: 2026-11-23
    calls:
      - date: 2026-11-20
        number: "110"
        result: tersambung
        by: Kantor Imigrasi Uji, seksi informasi
  - id: sapa"""
SAPA_WHATSAPP_DEAD = """    desk_checked: 2026-11-23
    calls:
      - date: 2026-11-01
        number: 08111-129-129
        result: tersambung
        by: Kantor Imigrasi Uji
      - date: 2026-11-21
        number: +62 8111-129-129
        result: tidak-aktif
        by: Kantor Imigrasi Uji"""


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def mini_built(tmp_path, monkeypatch):
    """The mini site with one good call (110) and a dead WhatsApp line (SAPA), built."""
    site = make_mini_site(tmp_path / "mini")
    monkeypatch.chdir(site)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 11, 24).timestamp())))
    contacts = site / "docs" / "data" / "contacts.yml"
    edit(contacts, "    desk_checked: 2026-11-23\n    calls: []\n  - id: sapa", CALLS)
    text = contacts.read_text(encoding="utf-8")
    contacts.write_text(
        text.rsplit("    desk_checked: 2026-11-23\n    calls: []", 1)[0]
        + SAPA_WHATSAPP_DEAD
        + "\n",
        encoding="utf-8",
    )
    for lang in ("id", "en"):
        edit(
            site / "docs" / lang / "index.md",
            "<!-- cegah:emergency -->",
            "<!-- cegah:contacts -->\n\n<!-- cegah:emergency -->",
        )
    project = Project(site)
    return project, build_all(project, tmp_path / "out")


def test_card_says_what_kind_of_check(mini_built):
    project, out = mini_built
    html = (out / "index.html").read_text(encoding="utf-8")
    card = _text(re.search(r'<div class="cegah-contact" id="polri-110">(.*?)</div>', html, re.S)[1])
    assert "Sumber terbaru: Juni 2026" in card
    assert "dicocokkan dengan sumbernya pada 23 November 2026" in card
    assert (
        "dites menelepon 110: 20 November 2026, tersambung (oleh Kantor Imigrasi Uji, seksi informasi)"
        in card
    )
    assert "belum pernah dites" not in card
    english = _text((out / "en" / "index.html").read_text(encoding="utf-8"))
    assert "test-called 110: 20 November 2026, got through" in english  # British dates


def test_failed_number_leaves_card_strip_and_print(mini_built):
    project, out = mini_built
    dead = "https://wa.me/628111129129"
    for page in (out / "index.html", out / "en" / "index.html", out / "tanda-tanda" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert dead not in html, page
        strip = re.search(r'<nav class="cegah-emergency".*?</nav>', html, re.S)[0]
        assert 'href="tel:129"' in strip  # the contact stays with its working number
    sapa = load_contacts(project).contacts[1]
    assert evidence.failed_numbers(sapa) == ["08111-129-129"]
    job = next(j for j in plan_jobs(project, lang="id") if j.item.format == "poster-a4")
    printed = plan_job(project, job)[0].text_of("contacts")
    assert "SAPA 129" in printed and "08111" not in printed


def test_contact_card_offers_to_report_a_wrong_number(mini_built):
    project, out = mini_built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert html.count('<p class="cegah-report">') == 2  # every card
    assert 'href="mailto:koreksi@example.org"' in html
    assert "Nomor ini salah? Kabari kami" in html


def test_print_says_how_numbers_were_checked(mini_built):
    project, _ = mini_built
    job = next(j for j in plan_jobs(project, lang="id") if j.item.format == "poster-a4")
    footer = plan_job(project, job)[0].text_of("footer")
    assert "Dites menelepon: Polisi" in footer and "tersambung" in footer
    assert "Nomor lain belum dites" in footer


def test_real_print_items_say_where_each_penalty_applies(real_project):
    """Every print item that states a penalty says where it applies and what is unchecked."""
    data = load_penalties(real_project)
    found = 0
    for job in plan_jobs(real_project):
        if not kind_of(job.item.format) == "trifold":
            continue
        text = " ".join(plan_job(real_project, job)[1].text_of("inside3.extra").split())
        for offence_id in job.item.penalties:
            offence = data.by_id(offence_id)
            found += 1
            if offence.applies:
                assert offence.applies[job.lang] in text, (job, offence_id)
            caveat = data.laws[offence.law].caveat
            if caveat:
                assert " ".join(caveat[job.lang].split()) in text, (job, offence_id)
    assert found, "no print item states a penalty"


FINE_WITHIN_INDONESIA = re.compile(r"Rp ?5 (?:miliar|billion)", re.I)


def test_real_pages_never_give_the_kuhp_fine_without_its_scope(built_site):
    """Rp5 miliar is Pasal 455's fine within Indonesia; a block that states it says so."""
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r"<(?:p|li|tr)\b[^>]*>(.*?)</(?:p|li|tr)>", html, re.S):
            text = _text(block)
            if FINE_WITHIN_INDONESIA.search(text) and "455" in text:
                assert re.search(r"Indonesia", text), (page, text)


@pytest.mark.parametrize(
    "number,lang,expected",
    [
        ("+60 17-668 8032", "id", "dari luar Malaysia"),
        ("+852 6773 0466", "en", "from outside Hong Kong"),
        ("+62 812-9007-0027", "id", "dari luar negeri"),
    ],
)
def test_from_abroad_is_relative_to_the_numbers_country(number, lang, expected):
    """For a worker in Malaysia, Malaysia is not abroad: say whose outside it is."""
    assert contact_words.where_label(Phone(number=number, from_abroad=True), lang) == expected
    assert contact_words.where_label(Phone(number=number), lang) == ""


def test_card_strip_and_print_share_one_contact_line(real_project):
    """Every channel the card shows with its label is on print with the same label."""
    for contact in blocks.emergency_contacts(real_project.content.contacts().contacts):
        for lang in ("id", "en"):
            printed = contact_line(contact, lang)
            card = _text(blocks.contact_card(contact, lang, TODAY))
            for channel in contact_words.channels(contact, lang):
                assert contact_words.short_text(channel, lang) in printed
                if channel.where:
                    assert channel.where in card


HEADLINE_PENALTY = re.compile(r"\b15 (?:tahun|years)\b")


def test_real_pages_name_the_law_beside_every_headline_penalty(built_site):
    """ "Up to 15 years" always comes with the law that sets it (KUHP Pasal 455 within
    Indonesia, UU 21/2007 Pasal 4 abroad), in the same block or the list that the block
    introduces."""
    law = re.compile(r"Pasal|Article|KUHP|\bUU \d|\bLaw \d")
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for match in re.finditer(r"<(p|li|tr)\b[^>]*>(.*?)</\1>", html, re.S):
            text = _text(match.group(2))
            if not (HEADLINE_PENALTY.search(text) and re.search(r"penjara|prison", text, re.I)):
                continue
            following = _text(html[match.end() : match.end() + 1500])
            assert law.search(text) or (text.endswith(":") and law.search(following)), (
                page,
                text,
            )
