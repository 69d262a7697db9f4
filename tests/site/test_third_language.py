"""A third language is configuration and content: the Javanese fixture site (jv is in its
mkdocs.yml, docs/jv/ has one page, some data texts have a jv: line, Material has no Javanese)
builds, checks and prints, and what is not translated yet says so."""

from __future__ import annotations

import re

import pytest
from cegah.commands import cli
from cegah.commands.build import build_all
from cegah.commands.check import run_checks
from cegah.content.load import load_contacts
from cegah.printing.compose import item_content
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.project import Project
from cegah.site import blocks
from cegah.words import words
from PIL import Image

from tests.helpers import edit, make_mini_site, ocr, page

JV = words("jv")
FALLBACK = JV["data_fallback"].format(language="Bahasa Indonesia")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_mini_site(tmp_path_factory.mktemp("jv") / "site", "javanese")
    return build_all(Project(root), root / "site")


def test_the_page_says_it_is_javanese_and_borrows_materials_labels_from_indonesian(site):
    html = page(site, "jv")
    assert '<html lang="jv"' in html
    assert 'placeholder="Cari"' in html  # Material's own label, from its Indonesian translation
    assert JV["quick_exit"] in html  # our words, from words/jv.yml
    assert (site / "search" / "jv.js").is_file()
    links = set(re.findall(r'hreflang="([a-z-]+)"', page(site, "id")))
    assert links == {"id", "en", "jv", "x-default"}


def test_data_texts_missing_in_javanese_show_indonesian_with_a_notice(site):
    html = page(site, "jv")
    # sapa-129 has no jv: texts; the block and the strip say so, in Javanese
    assert f'<p class="cegah-fallback">{FALLBACK}</p>' in html
    assert re.search(r'<small class="cegah-age">[^<]*' + re.escape(FALLBACK), html)
    assert "cegah-fallback" not in page(site, "en")  # English has every text


def test_the_notice_follows_the_data(tmp_path):
    root = make_mini_site(tmp_path / "site", "javanese")
    project = Project(root)
    contacts = load_contacts(project).contacts
    assert FALLBACK in blocks.with_fallback_notice(lambda: blocks.emergency(contacts, "jv"), "jv")
    # the polri-110 contact alone is translated: no notice
    polri = [c for c in contacts if c.id == "polri-110"]
    assert "cegah-fallback" not in blocks.with_fallback_notice(
        lambda: blocks.emergency(polri, "jv"), "jv"
    )
    assert "SAPA 129" in blocks.emergency(contacts, "jv")  # the Indonesian text stands in


def test_an_untranslated_page_is_shown_in_indonesian_with_a_javanese_notice(site):
    html = page(site, "jv", "tanda-tanda")
    assert JV["untranslated"] in html
    assert '<div lang="id">' in html
    assert "Jangan bayar uang muka ke calo." in html


def test_check_passes_and_warns_about_the_missing_texts(tmp_path, capsys):
    root = make_mini_site(tmp_path / "site", "javanese")
    assert run_checks(Project(root)) == 0
    lines = capsys.readouterr().err.splitlines()
    assert "PERINGATAN / WARNING: docs/data/contacts.yml:21 (contacts[1].name)" in lines
    assert (
        "  2 teks belum ada dalam bahasa jv (yang pertama: contacts[1].name); pembaca bahasa jv "
        "melihat teks bahasa id dengan keterangan belum diterjemahkan. Perbaiki: tambahkan baris "
        "'jv: ...' di bawah setiap teks itu."
    ) in lines
    assert "jv                       2             1 ( 50.0%)           1" in lines


def test_the_untranslated_page_prints_from_indonesian_with_a_notice(site):
    project = Project(site.parent)
    (job,) = [j for j in plan_jobs(project) if j.lang == "jv"]
    content = item_content(project, job, PrintData.load(project))
    assert content.title == "Tanda-tanda" and content.tagline == "Titeni. Tampik. Laporaken."
    assert content.notice == JV["print_untranslated"].format(language="Bahasa Indonesia")
    top = min(line.y for line in plan_job(project, job)[0].lines if line.field == "footer")
    with Image.open(site / f"{job.stem}.png") as image:
        footer = image.crop((0, top - 10, image.width, image.height))
        assert "Kaca punika dereng dipunterjemahaken" in ocr(footer.convert("L"))


def test_a_page_missing_in_javanese_and_not_listed_names_the_campaign_line(
    tmp_path, capsys, monkeypatch
):
    root = make_mini_site(tmp_path / "site", "javanese")
    edit(root / "docs/data/translations.yml", "  jv:\n    - tanda-tanda\n", "  jv: []\n")
    monkeypatch.chdir(root)
    assert cli.main(["print"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert "GALAT / ERROR: campaigns/uji.yml:7 (items[0].page)" in lines
    assert (
        "  halaman 'tanda-tanda' belum ada dalam bahasa 'jv', padahal kampanye ini mencetaknya "
        "dalam bahasa itu. Perbaiki: terjemahkan docs/id/tanda-tanda.md ke docs/jv/tanda-tanda.md; "
        "atau catat halaman itu di docs/data/translations.yml di bawah untranslated: jv: (dicetak "
        "dalam bahasa id dengan keterangan); atau tulis languages: tanpa jv di kampanye ini."
    ) in lines
