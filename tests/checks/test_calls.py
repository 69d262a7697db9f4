"""`cegah calls`: the call sheet lists the numbers due (asserted on the layout, not on pixels),
and `--record` reports every bad CSV row with the exact message, writes nothing when one is
bad, and otherwise adds the calls to contacts.yml keeping its comments."""

from __future__ import annotations

import csv
import datetime as dt
import logging

import pytest
from cegah.calls.due import CallRow, call_rows
from cegah.calls.output import make_call_sheet
from cegah.calls.record import record_calls
from cegah.calls.sheet import HEIGHT, MARGIN, MIN_TEXT_PT, WIDTH, layout
from cegah.commands import cli
from cegah.content.load import load_contacts
from cegah.errors import ContentError
from cegah.printing.fonts import font
from cegah.project import Project
from cegah.site import blocks
from pypdf import PdfReader

from tests.helpers import edit, make_mini_site, snapshot

TODAY = dt.date(2026, 11, 24)
CONTACTS = "docs/data/contacts.yml"
HEADER = "kontak,nomor,tanggal,hasil,oleh,catatan\n"
POLRI_CALLS = "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa"


@pytest.fixture(autouse=True)
def _keep_loggers():
    """cli.main points the mkdocs and cegah loggers at this test's captured stderr; put them
    back, so later tests do not log into a closed stream."""
    loggers = [logging.getLogger(name) for name in ("mkdocs", "cegah")]
    saved = [(lg.handlers[:], lg.level, lg.propagate) for lg in loggers]
    yield
    for logger, (handlers, level, propagate) in zip(loggers, saved, strict=True):
        logger.handlers[:], logger.level, logger.propagate = handlers, level, propagate


@pytest.fixture
def mini(tmp_path, monkeypatch):
    site = make_mini_site(tmp_path / "mini")
    monkeypatch.chdir(site)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795500000")  # 2026-11-24, as TODAY
    return site


def _sapa_call(site, date: str, result: str) -> None:
    """A test call of SAPA's 129 (the last contact of the mini site)."""
    path = site / CONTACTS
    head, tail = path.read_text(encoding="utf-8").rsplit("    calls: []", 1)
    call = (
        f"    calls:\n      - date: {date}\n        number: '129'\n"
        f"        result: {result}\n        by: Kantor Imigrasi Uji"
    )
    path.write_text(head + call + tail, encoding="utf-8")


# -- the sheet ------------------------------------------------------------------------------


def test_sheet_is_one_a4_page_listing_every_due_number(mini):
    sheet, files = make_call_sheet(Project(mini), on=TODAY)
    pdf, png, template = files
    assert pdf == mini / "calls" / "lembar-panggilan.pdf"
    assert png.exists() and template.exists()
    pages = PdfReader(pdf).pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)
    # one row per number: SAPA 129 has a phone and a WhatsApp number
    # the emergency line 110 is never test-called
    assert sheet.numbers() == ["129", "08111-129-129"]
    assert [p.row.contact_id for p in sheet.placed] == ["sapa-129", "sapa-129"]
    text = " ".join(line.text for line in sheet.pages[0].lines)
    assert "Lembar panggilan uji / Test-call sheet" in text
    assert "Dicetak 24 November 2026" in text
    assert "cegah calls --record calls/lembar-panggilan.csv" in text
    assert "Nomor darurat 110 dan 112 tidak ada di lembar ini" in text
    with template.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["kontak", "nomor", "tanggal", "hasil", "oleh", "catatan"],
        ["sapa-129", "129", "", "", "", ""],
        ["sapa-129", "08111-129-129", "", "", "", ""],
    ]


def test_sheet_type_and_lines_are_photocopier_safe(mini):
    sheet, _ = make_call_sheet(Project(mini), on=TODAY)
    page = sheet.pages[0]
    for line in page.lines:
        assert line.size_pt >= MIN_TEXT_PT, line
        width = font(line.bold, line.size_px).getlength(line.text)
        assert MARGIN <= line.x and line.x + width <= WIDTH - MARGIN, line
        assert MARGIN <= line.y <= HEIGHT - MARGIN, line
    assert {line.colour for line in page.lines} == {"text"}
    assert {box.colour for box in page.boxes} == {"text"}  # black only, no grey fills
    assert min(min(b.width, b.height) for b in page.boxes) >= 3  # no hairline


def test_recent_good_call_is_not_listed_unless_all(mini):
    _sapa_call(mini, "2026-11-20", "tersambung")
    sheet, _ = make_call_sheet(Project(mini), on=TODAY)
    assert "129" not in sheet.numbers()
    sheet, _ = make_call_sheet(Project(mini), everything=True, on=TODAY)
    assert sheet.numbers() == ["129", "08111-129-129"]  # not 110, even with --all
    assert "Terakhir dites: 20 Nov 2026, tersambung" in sheet.pages[0].text_of("row.1.last")


@pytest.mark.parametrize(
    "date,result,listed",
    [
        ("2026-11-20", "tidak-dijawab", True),  # call again during its hours
        ("2025-10-01", "tersambung", True),  # more than a year ago
        ("2026-11-20", "tidak-aktif", True),  # a new call is how it comes back
    ],
)
def test_due_numbers(mini, date, result, listed):
    _sapa_call(mini, date, result)
    rows = call_rows(load_contacts(Project(mini)).contacts, TODAY)
    assert ("129" in [r.number for r in rows]) is listed


def test_rows_paginate(mini):
    row = call_rows(load_contacts(Project(mini)).contacts, TODAY)[0]
    sheet = layout([row] * 14, TODAY, False, "x.csv")
    assert len(sheet.pages) >= 3
    assert [p.page for p in sheet.placed] == sorted(p.page for p in sheet.placed)
    for placed in sheet.placed:
        assert MARGIN <= placed.y and placed.y + placed.height <= HEIGHT - MARGIN
    assert (
        sheet.pages[-1]
        .text_of("footer")
        .endswith(f"halaman {len(sheet.pages)} dari {len(sheet.pages)}")
    )


def test_an_empty_sheet_says_so(mini):
    sheet = layout([], TODAY, False, "x.csv")
    assert sheet.pages[0].text_of("empty") == "Tidak ada nomor yang perlu dites saat ini."


# -- recording: every bad row, exactly worded --------------------------------------------------


BAD_ROWS = [
    (
        "unknown contact",
        "polri-11,110,2026-11-20,tersambung,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (kontak)",
            "  kontak 'polri-11' tidak ada di contacts.yml. Perbaiki: mungkin maksud Anda 'polri-110'?",
        ],
    ),
    (
        "empty contact",
        ",110,2026-11-20,tersambung,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (kontak)",
            "  kolom kontak kosong. Perbaiki: salin id kontak dari lembar-panggilan.csv, misalnya polri-110.",
        ],
    ),
    (
        "number of another contact",
        "sapa-129,110,2026-11-20,tersambung,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (nomor)",
            "  nomor '110' bukan nomor kontak 'sapa-129'. Perbaiki: tulis salah satu nomornya: 129, 08111-129-129.",
        ],
    ),
    (
        "date as a spreadsheet writes it",
        "polri-110,110,20/11/2026,tersambung,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (tanggal)",
            "  '20/11/2026' bukan tanggal TTTT-BB-HH. Perbaiki: tulis hari panggilan seperti 2026-11-24; "
            "jika spreadsheet mengubah bentuknya, jadikan kolom tanggal bertipe Teks.",
        ],
    ),
    (
        "impossible date",
        "polri-110,110,2026-02-30,tersambung,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (tanggal)",
            "  '2026-02-30' bukan tanggal TTTT-BB-HH. Perbaiki: tulis hari panggilan seperti 2026-11-24; "
            "jika spreadsheet mengubah bentuknya, jadikan kolom tanggal bertipe Teks.",
        ],
    ),
    (
        "date in the future",
        "polri-110,110,2026-12-01,tersambung,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (tanggal)",
            "  tanggal 2026-12-01 ada di masa depan. Perbaiki: tulis hari panggilan itu benar-benar dilakukan.",
        ],
    ),
    (
        "unknown result",
        "polri-110,110,2026-11-20,sibuk,Kantor Imigrasi Uji,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (hasil)",
            "  hasil 'sibuk' tidak dikenal. Perbaiki: tulis salah satu: tersambung, tidak dijawab, "
            "nomor salah, tidak aktif.",
        ],
    ),
    (
        "nobody said who called",
        "polri-110,110,2026-11-20,tersambung, ,\n",
        [
            "GALAT / ERROR: hasil.csv:2 (oleh)",
            "  kolom oleh kosong. Perbaiki: tulis kantor atau jabatan yang menelepon, misalnya 'Kantor "
            "Imigrasi Tangerang, seksi informasi'; jangan nama pribadi.",
        ],
    ),
    (
        "a later row, with semicolons",
        "polri-110;110;2026-11-20;tersambung;Humas;\n\nsapa-129;129;2026-11-20;ok;Humas;\n",
        [
            "GALAT / ERROR: hasil.csv:4 (hasil)",
            "  hasil 'ok' tidak dikenal. Perbaiki: tulis salah satu: tersambung, tidak dijawab, "
            "nomor salah, tidak aktif.",
        ],
    ),
]


def _write_csv(site, rows: str, header: str = HEADER) -> None:
    if ";" in rows:
        header = header.replace(",", ";")
    (site / "hasil.csv").write_text(header + rows, encoding="utf-8")


@pytest.mark.parametrize("name,rows,expected", BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_bad_row_is_reported_and_nothing_written(mini, capsys, name, rows, expected):
    _write_csv(mini, rows)
    before = snapshot(mini)
    assert cli.main(["calls", "--record", "hasil.csv"]) == 1
    output = capsys.readouterr().err
    lines = output.splitlines()
    assert expected[0] in lines, output
    start = lines.index(expected[0])
    assert lines[start : start + 2] == expected, output
    assert "Traceback" not in output
    assert snapshot(mini) == before


@pytest.mark.parametrize(
    "header,expected",
    [
        (
            "kontak,nomor,tanggal,hasil,catatan\n",
            [
                "GALAT / ERROR: hasil.csv:1 (oleh)",
                "  kolom 'oleh' tidak ada di baris judul. Perbaiki: baris pertama harus: "
                "kontak,nomor,tanggal,hasil,oleh,catatan.",
            ],
        ),
        (
            "kontak,nomor,tanggal,hasill,oleh,catatan\n",
            [
                "GALAT / ERROR: hasil.csv:1 (hasil)",
                "  kolom 'hasil' tidak ada di baris judul. Perbaiki: mungkin maksud Anda 'hasill'? "
                "baris pertama harus: kontak,nomor,tanggal,hasil,oleh,catatan.",
            ],
        ),
    ],
)
def test_missing_column(mini, capsys, header, expected):
    _write_csv(mini, "polri-110,110,2026-11-20,tersambung,Humas,\n", header)
    assert cli.main(["calls", "--record", "hasil.csv"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[:2] == expected


def test_not_utf8(mini, capsys):
    (mini / "hasil.csv").write_bytes(
        HEADER.encode()
        + "sapa-129,129,2026-11-20,tersambung,Dinas Sosial Pariaman,catatan é\n".encode("latin-1")
    )
    assert cli.main(["calls", "--record", "hasil.csv"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[:2] == [
        "GALAT / ERROR: hasil.csv:2",
        "  berkas ini bukan teks UTF-8. Perbaiki: simpan ulang sebagai 'CSV UTF-8' (Excel) atau "
        "pilih set karakter UTF-8 (LibreOffice).",
    ]


def test_every_bad_row_is_reported_and_good_rows_are_not_written(mini):
    _write_csv(
        mini,
        "polri-110,110,2026-11-20,tersambung,Humas,\n"
        "polri-11,110,2026-11-20,sibuk,,\n"
        "sapa-129,112,2026-13-01,tersambung,Humas,\n",
    )
    before = snapshot(mini)
    with pytest.raises(ContentError) as caught:
        record_calls(Project(mini), mini / "hasil.csv", TODAY)
    places = [(p.line, p.key) for p in caught.value.problems]
    assert places == [(3, "kontak"), (3, "hasil"), (3, "oleh"), (4, "nomor"), (4, "tanggal")]
    assert snapshot(mini) == before


# -- recording: a good file ------------------------------------------------------------------


def test_good_csv_records_calls_keeping_comments(mini, capsys):
    edit(mini / CONTACTS, "contacts:\n", "# Komentar di awal berkas.\ncontacts:\n")
    edit(mini / CONTACTS, POLRI_CALLS, POLRI_CALLS.replace("calls: []", "calls: []  # belum ada"))
    text = (
        "kontak;nomor;tanggal;hasil;oleh;catatan\r\n"
        "polri-110;110;2026-11-20;Tidak Aktif;Kantor Imigrasi Uji;nada sibuk terus\r\n"
        "sapa-129;129;;;;\r\n"
        "sapa-129;+62 8111-129-129;2026-11-21;tersambung;Humas Dinas P3A: seksi data;\r\n"
    )
    (mini / "hasil.csv").write_bytes(text.encode("utf-8-sig"))
    assert cli.main(["calls", "--record", "hasil.csv"]) == 0
    out = capsys.readouterr().out
    assert (
        out.splitlines()[0]
        == "2 panggilan dicatat di docs/data/contacts.yml. / 2 call(s) recorded in docs/data/contacts.yml."
    )
    assert "jalankan `make check`" in out and "pull request" in out
    data = (mini / CONTACTS).read_text(encoding="utf-8")
    assert data.startswith("# Komentar di awal berkas.\ncontacts:\n")
    assert (
        "    calls:  # belum ada\n"
        "      - date: 2026-11-20\n"
        '        number: "110"\n'
        "        result: tidak-aktif\n"
        "        by: Kantor Imigrasi Uji\n"
        "        note: nada sibuk terus\n"
        "  - id: sapa-129\n"
    ) in data
    assert '        number: "08111-129-129"\n' in data  # as the data file writes it
    assert '        by: "Humas Dinas P3A: seksi data"\n' in data

    contacts = load_contacts(Project(mini)).contacts
    sapa = next(c for c in contacts if c.id == "sapa-129")
    assert "dites menelepon 08111-129-129: 21 November 2026, tersambung" in blocks.contact_card(
        sapa, "id", TODAY
    )
    strip = blocks.emergency(contacts, "id")
    assert 'href="tel:110"' not in strip and "Polisi" not in strip
    assert 'href="tel:129"' in strip

    # the same file again adds nothing
    before = snapshot(mini)
    assert cli.main(["calls", "--record", "hasil.csv"]) == 0
    assert "2 panggilan sudah tercatat sebelumnya" in capsys.readouterr().out
    assert snapshot(mini) == before


def test_new_calls_go_after_the_last_existing_call(mini):
    edit(
        mini / CONTACTS,
        POLRI_CALLS,
        "desk_checked: 2026-11-23\n    calls:\n"
        "      - date: 2026-11-02\n        number: '110'\n        result: tidak-dijawab\n"
        "        by: Kantor Imigrasi Uji\n        note: >-\n          di luar jam layanan,\n"
        "          telepon lagi\n    # panggilan berikutnya di bawah\n  - id: sapa",
    )
    _write_csv(mini, "polri-110,110,2026-11-20,tidak dijawab,Kantor Imigrasi Uji,\n")
    record_calls(Project(mini), mini / "hasil.csv", TODAY)
    data = (mini / CONTACTS).read_text(encoding="utf-8")
    assert (
        "          telepon lagi\n"
        "      - date: 2026-11-20\n"
        '        number: "110"\n'
        "        result: tidak-dijawab\n"
        "        by: Kantor Imigrasi Uji\n"
        "    # panggilan berikutnya di bawah\n"
    ) in data
    polri = load_contacts(Project(mini)).contacts[0]
    assert [(c.date.isoformat(), c.result) for c in polri.calls] == [
        ("2026-11-02", "tidak-dijawab"),
        ("2026-11-20", "tidak-dijawab"),
    ]
    assert polri.calls[0].note == "di luar jam layanan, telepon lagi"


def test_calls_key_may_be_missing(mini):
    edit(mini / CONTACTS, POLRI_CALLS, "desk_checked: 2026-11-23\n  - id: sapa")
    _write_csv(mini, "polri-110,110,2026-11-20,tersambung,Humas,\n")
    record_calls(Project(mini), mini / "hasil.csv", TODAY)
    polri = load_contacts(Project(mini)).contacts[0]
    assert [c.by for c in polri.calls] == ["Humas"]


def test_record_refuses_options_of_the_sheet(mini, capsys):
    with pytest.raises(SystemExit):
        cli.main(["calls", "--record", "hasil.csv", "--all"])


def test_call_row_text_for_never_called():
    row = CallRow("x", "X", "X", "110", True, True, "", "-", None)
    assert row.last_call_text() == "belum pernah dites"
    assert row.kind() == "Telepon dan WhatsApp"


def test_a_phone_that_is_also_the_whatsapp_number_is_one_row(mini):
    edit(
        mini / CONTACTS,
        '      - number: "129"\n',
        '      - number: "129"\n      - number: "+62 8111-129-129"\n',
    )
    rows = call_rows(load_contacts(Project(mini)).contacts, TODAY)
    assert [(r.number, r.kind()) for r in rows] == [
        ("129", "Telepon"),
        ("+62 8111-129-129", "Telepon dan WhatsApp"),
    ]
