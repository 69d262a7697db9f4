"""`cegah evaluate`: a table of small results files with the exact figures and messages an
office gets, and the JSON keys other tools read."""

from __future__ import annotations

import json

import pytest
from cegah.commands import cli

from tests.helpers import ROOT

HEADER = "peserta,tahap,1,2,3,4,5,6,7,8,9,10\n"
ALL_RIGHT = "b,c,a,b,a,c,a,b,b,c"  # the answers of docs/data/quiz/id.yml, in order
ALL_A = "a,a,a,a,a,a,a,a,a,a"  # right for questions 3, 5 and 7 only


def _run(tmp_path, monkeypatch, capsys, text, *options):
    results = tmp_path / "hasil.csv"
    results.write_text(text, encoding="utf-8")
    monkeypatch.chdir(ROOT)
    code = cli.main(["evaluate", str(results), *options])
    out, err = capsys.readouterr()
    return code, out, err


def test_pairs_before_and_after_and_reports_the_figures(tmp_path, monkeypatch, capsys):
    text = (
        HEADER
        + f"P01,pre,{ALL_RIGHT}\nP01,post,{ALL_RIGHT}\n"
        + f"P02,AWAL,{ALL_A}\nP02,akhir,B,C,A,B,A,C,A,B,,C\n"  # any case; one left empty
        + "P03,pre,a,,,,,,,,,\n"  # one phase only
    )
    code, out, _ = _run(tmp_path, monkeypatch, capsys, text, "--json")
    assert code == 0
    figures = json.loads(out)
    assert list(figures) == [
        "paired",
        "improved",
        "improved_pct",
        "mean_pre_pct",
        "mean_post_pct",
        "questions",
    ]
    assert figures["paired"] == 2 and figures["improved"] == 1 and figures["improved_pct"] == 50.0
    assert figures["mean_pre_pct"] == 65.0 and figures["mean_post_pct"] == 95.0
    assert figures["questions"][0] == {
        "number": 1,
        "id": "langkah-pertama",
        "pre_pct": 50.0,
        "post_pct": 100.0,
    }
    assert figures["questions"][8]["post_pct"] == 50.0  # P02 left question 9 empty
    code, out, _ = _run(tmp_path, monkeypatch, capsys, text)
    assert out.splitlines()[:4] == [
        "Peserta dengan kuis sebelum dan sesudah: 2",
        "Peringatan: kode peserta yang hanya punya satu tahap (tidak dihitung): P03",
        "Rata-rata jawaban benar: 65,0% sebelum, 95,0% sesudah sesi",
        "Pemahaman meningkat: 1 dari 2 peserta (50,0%)",
    ]
    _, out, _ = _run(tmp_path, monkeypatch, capsys, text, "--lang", "en")
    assert "Understanding improved: 1 of 2 participants (50.0%)" in out


CASES = [
    (
        "an empty file",
        "",
        "  berkas hasil kosong. Perbaiki: baris pertama: peserta,tahap,1,2,3,4,5,6,7,8,9,10, lalu satu baris per peserta dan tahap.",
    ),
    (
        "a wrong header",
        "peserta,tahap,1,2\n",
        "  baris judul harus peserta,tahap,1,2,3,4,5,6,7,8,9,10 (10 pertanyaan kuis). Perbaiki: salin baris judul dari berkas CSV kosong di kit sesi.",
    ),
    (
        "an unknown phase",
        HEADER + f"P01,tengah,{ALL_RIGHT}\n",
        "  tahap 'tengah' tidak dikenal. Perbaiki: tulis pre (atau awal) untuk sebelum sesi, post (atau akhir) untuk sesudahnya.",
    ),
    (
        "a bad letter",
        HEADER + "P01,pre,b,c,x,b,a,c,a,b,b,c\n",
        "  jawaban 'x' bukan pilihan pertanyaan 3. Perbaiki: tulis salah satu: a, b, c, atau kosongkan.",
    ),
    (
        "a short row",
        HEADER + "P01,pre,b,c\n",
        "  baris ini punya 4 kolom, seharusnya 12. Perbaiki: satu kode peserta, satu tahap, lalu satu jawaban per pertanyaan (kosong jika tidak dijawab).",
    ),
    (
        "a phase twice",
        HEADER + f"P01,pre,{ALL_RIGHT}\nP01,awal,{ALL_A}\n",
        "  peserta 'P01' sudah punya tahap pre. Perbaiki: periksa kode peserta: setiap peserta satu baris pre dan satu baris post.",
    ),
]
PLACES = [
    "hasil.csv",
    "hasil.csv:1",
    "hasil.csv:2 (baris 2, kolom tahap)",
    "hasil.csv:2 (baris 2, kolom 3)",
    "hasil.csv:2",
    "hasil.csv:3 (baris 3, kolom tahap)",
]


@pytest.mark.parametrize("case,place", zip(CASES, PLACES, strict=True), ids=[c[0] for c in CASES])
def test_a_bad_results_file_is_told_where(tmp_path, monkeypatch, capsys, case, place):
    _, text, message = case
    code, _, err = _run(tmp_path, monkeypatch, capsys, text)
    lines = err.splitlines()
    assert code == 1 and "Traceback" not in err
    assert lines[0].startswith("GALAT / ERROR: ") and lines[0].endswith(place), lines[0]
    assert lines[1] == message


def test_results_are_refused_inside_the_site_sources(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(ROOT)
    inside = ROOT / "docs" / "hasil-uji.csv"
    try:
        inside.write_text(HEADER, encoding="utf-8")
        assert cli.main(["evaluate", str(inside)]) == 1
    finally:
        inside.unlink()
    assert "hasil kuis tidak boleh disimpan di docs/ atau site/" in capsys.readouterr().err


def test_the_report_beside_the_csv_has_the_session_and_the_figures(tmp_path, monkeypatch, capsys):
    from PIL import Image
    from pypdf import PdfReader

    from tests.helpers import ocr

    text = HEADER + f"P01,pre,{ALL_A}\nP01,post,{ALL_RIGHT}\nP02,pre,{ALL_A}\nP02,post,{ALL_A}\n"
    code, out, _ = _run(
        tmp_path,
        monkeypatch,
        capsys,
        text,
        "--campaign",
        "sesi-desa",
        "--place",
        "Balai Desa Sukamaju",
    )
    pdf, png = tmp_path / "hasil-laporan.pdf", tmp_path / "hasil-laporan.png"
    assert code == 0 and out.splitlines()[-1] == f"Laporan (PDF dan PNG): {pdf}, {png}"
    page = PdfReader(pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    with Image.open(png) as image:
        read = ocr(image)
    for words in (
        "Pemahaman meningkat: 1 dari 2 peserta (50,0%)",
        "10 Desember 2026",
        "Balai Desa Sukamaju",
        "Kantor Imigrasi",
    ):
        assert words in read, words
    assert "P01" not in read  # participant codes never reach the report


def test_the_report_lays_out_one_pair_of_bars_per_question():
    from cegah.content.quiz import load_quiz
    from cegah.project import Project
    from cegah.session.evaluate import evaluate
    from cegah.session.report import Session, layout_report

    project = Project(ROOT)
    quiz = load_quiz(project, "id")
    figures = evaluate(HEADER + f"P1,pre,{ALL_A}\nP1,post,{ALL_RIGHT}\n", "hasil.csv", quiz)
    sheet = layout_report(figures, quiz, Session("Kantor", "1 Desember 2026", "Balai"), "id", "x")
    values = [
        line.text
        for line in sheet.lines
        if line.field.startswith("chart.q") and line.field.endswith((".before", ".after"))
    ]
    assert values == [
        v
        for q in figures.questions
        for v in (f"{q.pre_pct:g}%".replace(".", ","), f"{q.post_pct:g}%".replace(".", ","))
    ]
    bars = [b for b in sheet.boxes if b.colour in ("before", "after")][2:]  # after the legend
    full = max(b.width for b in bars)
    assert [round(b.width / full * 100) for b in bars[1::2]] == [100] * 10  # every answer right
    assert [round(b.width / full * 100) for b in bars[0::2]] == [
        round(q.pre_pct) for q in figures.questions
    ]


def test_a_report_is_refused_inside_the_site_sources(tmp_path, monkeypatch, capsys):
    code, _, err = _run(
        tmp_path,
        monkeypatch,
        capsys,
        HEADER + f"P1,pre,{ALL_A}\n",
        "--report",
        str(ROOT / "site" / "laporan.pdf"),
    )
    assert code == 1 and "hasil kuis tidak boleh disimpan di docs/ atau site/" in err
    assert not (ROOT / "site" / "laporan.pdf").exists()
