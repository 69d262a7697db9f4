"""Lay out the call sheet: A4 portrait, one framed row per number. Nothing is drawn here.

Each row (and the header) is first laid out as a fragment at (0, 0) to learn its height, then
placed on a page; a row that does not fit below the previous one starts the next page. Black
on white only, lines at least 0.38 mm and type at least 10 pt, so that a photocopy of a
photocopy stays readable. The result keeps, per row, the page and place it went to, for tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cegah.calls.due import LANG, CallRow
from cegah.content.schemas import LayoutBase, PageSize, TextStyle
from cegah.printing import fragment
from cegah.printing.sheet import Box, Sheet
from cegah.words import long_date

DPI = 200
SPEC = LayoutBase(
    page=PageSize(width=210, height=297, unit="mm", dpi=DPI),
    margin=12,
    gap=3,
    colours={"background": "#ffffff", "text": "#000000", "accent": "#000000"},
    styles={
        "title": TextStyle(size=18, min=18, bold=True),
        "subtitle": TextStyle(size=14, min=14, bold=True),
        "body": TextStyle(size=10.5, min=10.5, leading=1.3),
        "strong": TextStyle(size=10.5, min=10.5, bold=True, leading=1.3),
        "label": TextStyle(size=10, min=10, leading=1.25),
        "name": TextStyle(size=11.5, min=11.5, bold=True, leading=1.25),
        "number": TextStyle(size=13, min=13, bold=True, leading=1.25),
    },
)
MIN_TEXT_PT = 10
RESULTS = ("Tersambung", "Tidak dijawab", "Nomor salah", "Tidak aktif")


def mm(length: float) -> int:
    return round(length / 25.4 * DPI)


WIDTH, HEIGHT, MARGIN = mm(210), mm(297), mm(SPEC.margin)
CONTENT = WIDTH - 2 * MARGIN
PAD = mm(2.5)
TICK = mm(5)
FIELD_BOX = mm(9)


class Fragment(fragment.Fragment):
    """A piece of the call sheet, in its own layout."""

    def __init__(self):
        super().__init__(SPEC)


@dataclass(frozen=True)
class PlacedRow:
    page: int  # 0-based
    y: int
    height: int
    row: CallRow


@dataclass
class CallSheet:
    pages: list[Sheet]
    placed: list[PlacedRow]

    def numbers(self) -> list[str]:
        return [p.row.number for p in self.placed]

    def contact_ids(self) -> list[str]:
        return sorted({p.row.contact_id for p in self.placed})


def instructions(csv_name: str, site: str = "") -> list[tuple[str, str]]:
    """(style, text) of the header's steps, in plain Indonesian."""
    return [
        (
            "body",
            "1. Telepon setiap nomor pada jam layanannya. Nomor WhatsApp: kirim pesan atau "
            "telepon lewat WhatsApp. Nomor darurat 110 dan 112 tidak ada di lembar ini: jangan "
            "dites, supaya petugasnya tidak terhalang menjawab keadaan darurat.",
        ),
        (
            "body",
            '2. Katakan: "Kami sedang menguji nomor ini untuk situs informasi publik '
            f'{site or "kami"}. Apakah ini benar (nama lembaga)?"',
        ),
        (
            "body",
            "3. Centang satu hasil. Tersambung: dijawab oleh lembaga yang benar. Tidak "
            "dijawab: tidak diangkat, sibuk, atau di luar jam layanan. Nomor salah: dijawab, "
            "tetapi bukan lembaga itu. Tidak aktif: nomor tidak aktif atau tidak terdaftar.",
        ),
        (
            "body",
            "4. Tulis tanggal dan kantor atau jabatan yang menelepon. Jangan pernah menulis "
            "nama pribadi.",
        ),
        (
            "body",
            f"5. Sesudahnya, isi {csv_name} (satu baris per nomor, urutannya sama dengan "
            "lembar ini; biarkan kolom hasil kosong untuk nomor yang tidak ditelepon), lalu "
            "jalankan:",
        ),
        ("strong", f"cegah calls --record {csv_name}"),
    ]


def _header(
    on: dt.date, count: int, everything: bool, csv_name: str, site: str
) -> tuple[Fragment, int]:
    frag = Fragment()
    y = frag.text("title", "Lembar panggilan uji / Test-call sheet", "title", 0, 0, CONTENT)
    which = "semua nomor" if everything else "nomor yang perlu dites"
    y = frag.text(
        "date", f"Dicetak {long_date(on, LANG)} · {count} {which}", "body", 0, y + mm(1), CONTENT
    )
    y += mm(2)
    for style, text in instructions(csv_name, site):
        indent = mm(5) if style == "strong" else 0
        y = frag.text("instructions", text, style, indent, y, CONTENT - indent)
    return frag, y + mm(3)


def _row(index: int, row: CallRow) -> tuple[Fragment, int]:
    frag = Fragment()
    name = f"row.{index}"
    inner = CONTENT - 2 * PAD
    col1, col2 = round(inner * 0.33), round(inner * 0.30)
    col3 = inner - col1 - col2
    x1, x2, x3 = PAD, PAD + col1, PAD + col1 + col2
    top = PAD
    # who: the short name, then who should answer
    y1 = frag.text(name + ".label", f"{index}. {row.label}", "name", x1, top, col1 - PAD)
    if row.answerer != row.label:
        y1 = frag.text(
            name + ".answerer", f"Yang menjawab: {row.answerer}", "label", x1, y1, col1 - PAD
        )
    # the number and what the caller should know
    y2 = frag.text(name + ".number", row.number, "number", x2, top, col2 - PAD)
    y2 = frag.text(
        name + ".hours", f"{row.kind()} · jam layanan: {row.hours}", "label", x2, y2, col2 - PAD
    )
    y2 = frag.text(
        name + ".last", f"Terakhir dites: {row.last_call_text()}", "label", x2, y2, col2 - PAD
    )
    # result: four tick boxes, two by two
    y3 = frag.text(name + ".result", "Hasil (centang satu):", "label", x3, top, col3)
    half = col3 // 2
    step = TICK + mm(2)
    for i, result in enumerate(RESULTS):
        x, y = x3 + (i % 2) * half, y3 + mm(1) + (i // 2) * step
        frag.frame(x, y, TICK, TICK)
        frag.text(name + ".tick", result, "body", x + TICK + mm(1.5), y + mm(0.3), half - TICK)
    y3 += mm(1) + 2 * step
    # what the caller writes: date, office or role, notes
    y = max(y1, y2, y3) + mm(1.5)
    widths = [round(inner * 0.24), round(inner * 0.40)]
    widths.append(inner - sum(widths) - 2 * mm(3))
    labels = ("Tanggal (TTTT-BB-HH)", "Oleh (kantor atau jabatan)", "Catatan")
    x, label_bottom = PAD, y
    for width, label in zip(widths, labels, strict=True):
        label_bottom = max(label_bottom, frag.text(name + ".field", label, "label", x, y, width))
        x += width + mm(3)
    x = PAD
    for width in widths:
        frag.frame(x, label_bottom + mm(0.5), width, FIELD_BOX)
        x += width + mm(3)
    height = label_bottom + mm(0.5) + FIELD_BOX + PAD
    frag.frame(0, 0, CONTENT, height)
    return frag, height


def _footer(sheet: Sheet, on: dt.date, page: int, pages: int, site: str) -> None:
    frag = Fragment()
    parts = [
        site,
        "lembar panggilan uji",
        f"dicetak {on.isoformat()}",
        f"halaman {page} dari {pages}",
    ]
    text = " · ".join(part for part in parts if part)
    frag.text("footer", text, "label", 0, 0, CONTENT)
    frag.place(sheet, MARGIN, HEIGHT - MARGIN - mm(5))


def layout(
    rows: list[CallRow], on: dt.date, everything: bool, csv_name: str, site: str = ""
) -> CallSheet:
    """Every page of the sheet, with the place of every row."""

    def new_page() -> Sheet:
        return Sheet(
            WIDTH, HEIGHT, DPI, safe=[Box(MARGIN, MARGIN, CONTENT, HEIGHT - 2 * MARGIN, "")]
        )

    bottom = HEIGHT - MARGIN - mm(8)  # above the footer
    pages = [new_page()]
    header, y = _header(on, len(rows), everything, csv_name, site)
    header.place(pages[0], MARGIN, MARGIN)
    y += MARGIN
    if not rows:
        empty = Fragment()
        empty.text("empty", "Tidak ada nomor yang perlu dites saat ini.", "subtitle", 0, 0, CONTENT)
        empty.place(pages[0], MARGIN, y)
    placed = []
    for index, row in enumerate(rows, start=1):
        frag, height = _row(index, row)
        if y + height > bottom and placed and placed[-1].page == len(pages) - 1:
            pages.append(new_page())
            more = Fragment()
            y = more.text(
                "title",
                "Lembar panggilan uji (lanjutan) / Test-call sheet (continued)",
                "subtitle",
                0,
                0,
                CONTENT,
            )
            more.place(pages[-1], MARGIN, MARGIN)
            y += MARGIN + mm(3)
        frag.place(pages[-1], MARGIN, y)
        placed.append(PlacedRow(len(pages) - 1, y, height, row))
        y += height + mm(3)
    for number, sheet in enumerate(pages, start=1):
        _footer(sheet, on, number, len(pages), site)
    return CallSheet(pages, placed)
