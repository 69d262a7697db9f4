"""Read a filled-in call sheet CSV as spreadsheets save it.

UTF-8 with or without a byte order mark; separated by commas or by semicolons (Excel and
LibreOffice in an Indonesian locale often write semicolons). Column names are matched without
regard to case or surrounding spaces. Each row keeps the line it starts on, for messages.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

from cegah.errors import ContentError, Problem, relative

COLUMNS = ("kontak", "nomor", "tanggal", "hasil", "oleh", "catatan")
REQUIRED = COLUMNS[:5]  # kontak, nomor, tanggal, hasil, oleh; catatan may be left out


@dataclass(frozen=True)
class CsvRow:
    line: int  # line of the file where the row starts (the header is line 1)
    values: dict[str, str]

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


def _text(path: Path, file: str) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ContentError.one(
            file=file,
            problem_id="berkas CSV tidak ditemukan.",
            problem_en="CSV file not found.",
            fix_id="periksa nama dan folder berkas, misalnya calls/lembar-panggilan.csv.",
            fix_en="check the file name and folder, e.g. calls/lembar-panggilan.csv.",
        ) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ContentError.one(
            file=file,
            line=line,
            problem_id="berkas ini bukan teks UTF-8.",
            problem_en="this file is not UTF-8 text.",
            fix_id="simpan ulang sebagai 'CSV UTF-8' (Excel) atau pilih set karakter UTF-8 "
            "(LibreOffice).",
            fix_en="save it again as 'CSV UTF-8' (Excel) or choose the UTF-8 character set "
            "(LibreOffice).",
        ) from None


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_call_csv(path: Path, root: Path | None = None) -> list[CsvRow]:
    """Every row with something in it; a missing column or an unreadable file is a
    ContentError naming the file."""
    file = relative(path, root)
    text = _text(path, file)
    header_line = text.splitlines()[0] if text.strip() else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header_line))
    header = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        problems = []
        for name in missing:
            near = difflib.get_close_matches(name, [h for h in header if h not in COLUMNS], 1)
            fix_id = f"mungkin maksud Anda '{near[0]}'? " if near else ""
            fix_en = f"did you mean '{near[0]}'? " if near else ""
            problems.append(
                Problem(
                    file=file,
                    line=1,
                    key=name,
                    problem_id=f"kolom '{name}' tidak ada di baris judul.",
                    problem_en=f"the column '{name}' is missing from the header row.",
                    fix_id=fix_id + f"baris pertama harus: {','.join(COLUMNS)}.",
                    fix_en=fix_en + f"the first row must be: {','.join(COLUMNS)}.",
                )
            )
        raise ContentError(problems)
    rows = []
    start = reader.line_num + 1
    for cells in reader:
        values = dict(zip(header, cells, strict=False))
        if any(cell.strip() for cell in cells):
            rows.append(CsvRow(start, values))
        start = reader.line_num + 1
    return rows
