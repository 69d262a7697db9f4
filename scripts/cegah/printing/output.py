"""Write print files atomically: into a temporary file beside the target, then rename.

An interrupted run leaves either the old file or the new one, never half a file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from pathlib import Path

import img2pdf
from PIL import Image

# Fixed PDF dates keep the same inputs producing the same bytes.
PDF_DATE = "2000-01-01T00:00:00"


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


def png_bytes(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi), optimize=False, compress_level=6)
    return buffer.getvalue()


def pdf_bytes(png: bytes, width_mm: float, height_mm: float) -> bytes:
    """One-page PDF whose page is exactly width_mm x height_mm, the PNG embedded losslessly."""
    page = (img2pdf.mm_to_pt(width_mm), img2pdf.mm_to_pt(height_mm))
    fixed = dt.datetime.fromisoformat(PDF_DATE)
    return img2pdf.convert(
        png,
        layout_fun=img2pdf.get_layout_fun(page, fit=img2pdf.FitMode.fill),
        creationdate=fixed,
        moddate=fixed,
        producer="cegah-tppo",
        creator="cegah-tppo",
        engine=img2pdf.Engine.internal,  # deterministic: no random document ID
    )
