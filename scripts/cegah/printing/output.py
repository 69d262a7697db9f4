"""Encode and write print files atomically: into a temporary file beside the target, then
rename. An interrupted run leaves either the old file or the new one, never half a file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image

# Fixed PDF dates keep the same inputs producing the same bytes.
PDF_DATE = dt.datetime(2000, 1, 1)


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def png_bytes(image: Image.Image, dpi: int, max_kb: int | None = None) -> bytes:
    """PNG with its DPI recorded. Over max_kb (share images), fall back to a 256-colour palette,
    which keeps flat colours and text sharp at a fraction of the size."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi), compress_level=6)
    if max_kb is not None and buffer.tell() > max_kb * 1024:
        buffer = io.BytesIO()
        palette = image.quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        palette.save(buffer, "PNG", dpi=(dpi, dpi), optimize=True)
    return buffer.getvalue()


def tiff_bytes(image: Image.Image, dpi: int) -> bytes:
    """A CMYK page for a PDF, deflate-compressed (img2pdf embeds it as it is)."""
    buffer = io.BytesIO()
    image.save(buffer, "TIFF", dpi=(dpi, dpi), compression="tiff_adobe_deflate")
    return buffer.getvalue()


def pdf_bytes(
    pngs: list[bytes], width_mm: float, height_mm: float, margin_mm: float = 0, bleed_mm: float = 0
) -> bytes:
    """PDF with one page per PNG, each exactly width_mm x height_mm, images embedded losslessly.

    A print-shop page (margin_mm: bleed plus the slug with the crop marks) also says what a
    shop's software reads: TrimBox = the finished size, BleedBox = trim plus the bleed."""
    page = (img2pdf.mm_to_pt(width_mm), img2pdf.mm_to_pt(height_mm))
    pdf = img2pdf.convert(
        pngs,
        layout_fun=img2pdf.get_layout_fun(page, fit=img2pdf.FitMode.fill),
        creationdate=PDF_DATE,
        moddate=PDF_DATE,
        producer="cegah-tppo",
        creator="cegah-tppo",
        engine=img2pdf.Engine.internal,  # deterministic: no random document ID
    )
    if not margin_mm:
        return pdf
    trim = img2pdf.mm_to_pt(margin_mm)
    bleed = img2pdf.mm_to_pt(margin_mm - bleed_mm)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for pdf_page in document.pages:
            pdf_page.TrimBox = [trim, trim, page[0] - trim, page[1] - trim]
            pdf_page.BleedBox = [bleed, bleed, page[0] - bleed, page[1] - bleed]
        out = io.BytesIO()
        document.save(out, deterministic_id=True)  # same inputs, same bytes
        return out.getvalue()


def thumbnail_bytes(image: Image.Image, width: int = 360) -> bytes:
    """Small preview for the site's print page: a box-filter reduction (fast, and sharp enough
    for a preview), in a 64-colour palette to stay light on a phone."""
    small = image.reduce(max(1, -(-image.width // width)))
    palette = small.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    palette.save(buffer, "PNG")
    return buffer.getvalue()
