"""`cegah print`: bad inputs stop with the exact message and write nothing; the cache draws
only what changed; writes are atomic."""

from __future__ import annotations

import os

import pytest
from cegah.commands import cli
from cegah.printing.output import write_atomic
from cegah.printing.plan import plan_jobs
from cegah.printing.render import render_all
from cegah.project import Project
from PIL import Image

from tests.helpers import edit, make_mini_site, snapshot

CAMPAIGN = "campaigns/uji.yml"
ARTICLE = "docs/id/tanda-tanda.md"


def _test_contacts(count: int, first: int = 0) -> str:
    return "".join(
        f"""  - id: uji-{n}
    name: {{id: Kontak uji nomor {n} dengan nama panjang sekali, en: Test contact {n}}}
    description: {{id: Uji., en: Test.}}
    situation: lainnya
    emergency: true
    phones:
      - number: 0812-3456-78{n:02d}
    sources:
      - title: uji
        date: 2026-06
    desk_checked: 2026-11-23
    calls: []
"""
        for n in range(first, first + count)
    )


def _set(path, old, new):
    return lambda site: edit(site / path, old, new)


def _add(path, text):
    return lambda site: (site / path).write_text(
        (site / path).read_text(encoding="utf-8") + text, encoding="utf-8"
    )


def _broken_logo(site):
    (site / "campaigns" / "logo.png").write_text("not a picture", encoding="utf-8")
    _add(CAMPAIGN, "logo: logo.png\n")(site)


def _logo_of(width: int, height: int):
    def change(site):
        Image.new("1", (width, height)).save(site / "campaigns" / "logo.png")
        _add(CAMPAIGN, "logo: logo.png\n")(site)

    return change


CASES = [
    (
        "text too long",
        _set(
            ARTICLE, "title: Tanda-tanda", "title: " + "Tanda-tanda bahaya perdagangan orang " * 4
        ),
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:2 (title)",
            "  teks ini terlalu panjang untuk poster-a4 (campaigns/uji.yml, bahasa id) walau huruf sudah diperkecil ke 28 pt. Perbaiki: persingkat sekitar 92 karakter.",
        ],
    ),
    (
        "a contacts box too full is told in lines",
        _add("docs/data/contacts.yml", _test_contacts(12)),
        [
            "GALAT / ERROR: docs/data/contacts.yml",
            "  kotak nomor di poster-a4 (campaigns/uji.yml, bahasa id) muat 10 baris pada 10.5 pt, kampanye ini butuh 13; 'Kontak uji nomor 9 dengan nama panjang sekali' dan sesudahnya tidak muat. Perbaiki: kurangi kontak darurat (emergency: true) atau kontak lokal kampanye ini, atau persingkat alamat dan catatan kantor.",
        ],
    ),
    (
        "missing glyph",
        _set(ARTICLE, "title: Tanda-tanda", "title: Tanda-tanda \u2620"),
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:2 (title)",
            "  huruf '\u2620' (U+2620) tidak bisa dicetak dengan font poster (poster-a4, bahasa id). Perbaiki: hapus atau ganti karakter itu (misalnya emoji).",
        ],
    ),
    (
        "unknown format",
        _set(CAMPAIGN, "format: poster-a4", "format: spanduk"),
        [
            "GALAT / ERROR: campaigns/uji.yml:5 (items[0].format)",
            "  nilai 'spanduk' tidak diizinkan. Perbaiki: pilih salah satu: 'card-pocket', 'poster-a3', 'poster-a4', 'quiz-key', 'quiz-sheet', 'quiz-tally', 'share-square', 'share-story', 'slides', 'trifold-a4'.",
        ],
    ),
    (
        "unknown page",
        _set(CAMPAIGN, "page: tanda-tanda", "page: modus"),
        [
            "GALAT / ERROR: campaigns/uji.yml:6 (items[0].page)",
            "  halaman 'modus' tidak ada (dicari di docs/id/modus.md). Perbaiki: periksa nama halaman: nama berkas di docs/ tanpa .md, misalnya tanda-tanda.",
        ],
    ),
    (
        "an SVG logo that reads another file",
        lambda site: (
            (site / "campaigns" / "logo.svg").write_text(
                '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
                encoding="utf-8",
            ),
            _add(CAMPAIGN, "logo: logo.svg\n")(site),
        ),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (logo)",
            "  berkas logo 'logo.svg' memuat gambar, tautan atau kode lain (hanya bentuk dan teks yang boleh). Perbaiki: simpan gambar logo (SVG, atau PNG paling banyak 25 juta piksel) di folder campaigns/ dan tulis namanya di sini.",
        ],
    ),
    (
        "missing logo file",
        _add(CAMPAIGN, "logo: logo-kantor.png\n"),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (logo)",
            "  berkas logo 'logo-kantor.png' tidak ditemukan di folder campaigns/. Perbaiki: simpan gambar logo (SVG, atau PNG paling banyak 25 juta piksel) di folder campaigns/ dan tulis namanya di sini.",
        ],
    ),
    (
        "logo that is not an image",
        _broken_logo,
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (logo)",
            "  berkas logo 'logo.png' bukan gambar yang bisa dibaca. Perbaiki: simpan gambar logo (SVG, atau PNG paling banyak 25 juta piksel) di folder campaigns/ dan tulis namanya di sini.",
        ],
    ),
    (
        "a logo of 36 million pixels",
        _logo_of(6000, 6000),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (logo)",
            "  berkas logo 'logo.png' terlalu besar (36 juta piksel). Perbaiki: simpan gambar logo (SVG, atau PNG paling banyak 25 juta piksel) di folder campaigns/ dan tulis namanya di sini.",
        ],
    ),
    (
        "a logo of 400 million pixels (a decompression bomb)",
        _logo_of(20000, 20000),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (logo)",
            "  berkas logo 'logo.png' terlalu besar (jauh lebih dari 25 juta piksel). Perbaiki: simpan gambar logo (SVG, atau PNG paling banyak 25 juta piksel) di folder campaigns/ dan tulis namanya di sini.",
        ],
    ),
    (
        "output path outside the output folder",
        _add(CAMPAIGN, "folder: ../../luar\n"),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (folder)",
            "  folder '../../luar' berada di luar folder materi cetak (print/) atau di dalam folder lain. Perbaiki: tulis satu nama folder tanpa '..' atau '/', misalnya luar.",
        ],
    ),
    (
        "an output folder with capitals and a space",
        _add(CAMPAIGN, "folder: Desa Sukamaju\n"),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (folder)",
            "  nama folder 'Desa Sukamaju' tidak bisa dipakai: nama itu menjadi alamat unduhan. Perbaiki: pakai huruf kecil, angka dan tanda hubung, misalnya desa-sukamaju.",
        ],
    ),
    (
        "revoked article on a pamphlet",
        _add(
            CAMPAIGN,
            "  - format: trifold-a4\n    page: tanda-tanda\n    inside: [tanda-tanda, tanda-tanda, index]\n    penalties: [uu21-2]\n",
        ),
        [
            "GALAT / ERROR: campaigns/uji.yml:10 (items[1].penalties)",
            "  pasal 'uu21-2' sudah dicabut dan tidak boleh dicetak sebagai hukum yang berlaku. Perbaiki: gunakan id pasal yang berlaku: kuhp-455.",
        ],
    ),
    (
        "a point on two pamphlet panels names the second page's line",
        _add(
            CAMPAIGN,
            "  - format: trifold-a4\n    page: tanda-tanda\n    inside: [tanda-tanda, index, tanda-tanda]\n    penalties: [kuhp-455]\n",
        ),
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:8 (key_points[0])",
            "  'Gaji besar tanpa keahlian adalah tanda bahaya.' tercetak dua kali di pamflet (lipatan dalam dan panel dalam 1). Perbaiki: tulis poin ini di satu halaman saja, atau ganti salah satunya; halaman setiap panel ada di 'flap' dan 'inside' kampanye.",
        ],
    ),
    (
        "an emoji on a pamphlet panel names that page's line",
        lambda site: (
            _add(
                CAMPAIGN,
                "  - format: trifold-a4\n    page: tanda-tanda\n    inside: [tanda-tanda, tanda-tanda, index]\n    penalties: [kuhp-455]\n",
            )(site),
            _set("docs/id/index.md", "pembangunan situs.", "pembangunan situs \U0001f6a8")(site),
        ),
        [
            "GALAT / ERROR: docs/id/index.md:3 (description)",
            "  huruf '\U0001f6a8' (U+1F6A8) tidak bisa dicetak dengan font poster (trifold-a4, bahasa id). Perbaiki: hapus atau ganti karakter itu (misalnya emoji).",
        ],
    ),
    (
        "trifold without three pages",
        _add(
            CAMPAIGN, "  - format: trifold-a4\n    page: tanda-tanda\n    inside: [tanda-tanda]\n"
        ),
        [
            "GALAT / ERROR: campaigns/uji.yml:7 (items[1])",
            "  pamflet lipat tiga butuh tepat 3 halaman di 'inside' (sekarang 1). Perbaiki: tulis tiga nama halaman, misalnya [tanda-tanda, bekerja-resmi, hukum].",
        ],
    ),
]


@pytest.fixture
def mini(tmp_path, monkeypatch):
    site = make_mini_site(tmp_path / "mini")
    monkeypatch.chdir(site)
    return site


@pytest.mark.parametrize("name,change,expected", CASES, ids=[c[0] for c in CASES])
def test_print_refuses_bad_input_and_writes_nothing(mini, capsys, name, change, expected):
    change(mini)
    before = snapshot(mini)
    assert cli.main(["print"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert expected[0] in lines, "\n".join(lines)
    start = lines.index(expected[0])
    assert lines[start : start + 2] == expected
    assert snapshot(mini) == before
    assert not (mini / "site").exists() and not (mini / ".cache").exists()


def test_print_help_shows_examples(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["print", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "cegah print --campaign nasional --lang id --format poster-a4" in out
    assert "--campaign" in out and "--lang" in out and "--format" in out


def test_print_renders_a_chosen_language_only(mini, capsys):
    assert cli.main(["print", "--lang", "en"]) == 0
    files = sorted(p.relative_to(mini / "site").as_posix() for p in (mini / "site").rglob("*.p*"))
    assert files == [
        "print/uji/en/tanda-tanda-poster-a4.pdf",
        "print/uji/en/tanda-tanda-poster-a4.png",
        "print/uji/en/tanda-tanda-poster-a4.thumb.png",
    ]


def test_unknown_choice_is_an_error(mini, capsys):
    assert cli.main(["print", "--campaign", "tidak-ada"]) == 1
    assert "tidak ada materi cetak yang cocok dengan pilihan itu." in capsys.readouterr().err


def test_cache_draws_nothing_the_second_time_and_only_what_changed_after(mini, tmp_path):
    project = Project(mini)
    jobs = plan_jobs(project)
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = render_all(project, jobs, out, workers=1, cache_root=cache)
    assert len(first.drawn) == len(jobs) == 2
    files = snapshot(out)

    second = render_all(project, jobs, out, workers=1, cache_root=cache)
    assert second.drawn == [] and len(second.cached) == 2
    assert snapshot(out) == files

    edit(mini / ARTICLE, "Jangan bayar uang muka ke calo.", "Jangan pernah bayar uang muka.")
    assert len(list(cache.iterdir())) == 2
    third = render_all(project, plan_jobs(project), out, workers=1, cache_root=cache, prune=True)
    assert [(j.lang, j.item.page) for j in third.drawn] == [("id", "tanda-tanda")]
    assert [j.lang for j in third.cached] == ["en"]
    assert len(list(cache.iterdir())) == 2  # the old Indonesian poster was dropped


def test_parallel_render_gives_the_same_bytes(mini, tmp_path):
    project = Project(mini)
    jobs = plan_jobs(project)
    render_all(project, jobs, tmp_path / "one", workers=1, cache_root=tmp_path / "c1")
    render_all(project, jobs, tmp_path / "two", workers=2, cache_root=tmp_path / "c2")
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_interrupted_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]


def test_the_numbers_box_holds_what_its_message_says(mini, capsys):
    """The message says the box holds 10 lines: ten fit, eleven do not."""
    _add("docs/data/contacts.yml", _test_contacts(9))(mini)  # with the police: 10 lines
    assert cli.main(["print", "--format", "poster-a4", "--lang", "id"]) == 0
    _add("docs/data/contacts.yml", _test_contacts(1, first=9))(mini)
    assert cli.main(["print", "--format", "poster-a4", "--lang", "id"]) == 1
    assert "muat 10 baris pada 10.5 pt, kampanye ini butuh 11" in capsys.readouterr().err
