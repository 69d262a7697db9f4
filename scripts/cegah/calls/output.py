"""Write the call sheet: the PDF (A4, every page), a PNG preview of its first page, and the CSV
template the office fills in after the calls. Every file is written atomically."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from cegah.calls.csvfile import COLUMNS
from cegah.calls.due import CallRow, call_rows
from cegah.calls.sheet import DPI, SPEC, CallSheet, layout
from cegah.errors import relative
from cegah.printing.draw import draw_sheet
from cegah.printing.output import pdf_bytes, png_bytes, write_atomic
from cegah.project import Project

DEFAULT_PDF = Path("calls") / "lembar-panggilan.pdf"  # under the project root, never in site/


def csv_template(rows: list[CallRow]) -> bytes:
    """Header and one row per number, contact and number filled in. UTF-8 with a byte order
    mark, so that Excel shows any accent typed into the notes correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.contact_id, row.number, "", "", "", ""])
    return buffer.getvalue().encode("utf-8-sig")


def render(sheet: CallSheet) -> list[bytes]:
    """One greyscale PNG per page (black on white: nothing for a copier to lose)."""
    return [png_bytes(draw_sheet(page, SPEC).convert("L"), DPI) for page in sheet.pages]


def make_call_sheet(
    project: Project, pdf: Path | None = None, everything: bool = False, on: dt.date | None = None
) -> tuple[CallSheet, list[Path]]:
    """Lay out and write the sheet for the numbers due on `on` (every number with everything);
    returns the layout and the files written (PDF, PNG preview, CSV)."""
    from cegah.content import evidence

    on = on or evidence.today()
    pdf = (pdf or project.root / DEFAULT_PDF).resolve()
    if pdf.suffix.lower() != ".pdf":
        pdf = pdf.with_suffix(".pdf")
    csv_path, png_path = pdf.with_suffix(".csv"), pdf.with_suffix(".png")
    rows = call_rows(project.content.contacts().contacts, on, everything)
    site = str(project.config.get("site_name") or "")
    sheet = layout(rows, on, everything, relative(csv_path, project.root), site)
    pngs = render(sheet)
    page = SPEC.page
    write_atomic(pdf, pdf_bytes(pngs, page.width, page.height))
    write_atomic(png_path, pngs[0])
    write_atomic(csv_path, csv_template(rows))
    return sheet, [pdf, png_path, csv_path]
