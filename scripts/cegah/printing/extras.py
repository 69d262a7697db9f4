"""The extra files of an item beside its pages: the print shop's copy (bleed, crop marks in a
slug outside it, CMYK for an offset press), ten pocket cards on A4, the pamphlet's folding
guide. `render.draw_item` calls these."""

from __future__ import annotations

from cegah.content.schemas import CardLayout, TrifoldLayout
from cegah.printing.card import card_sheet
from cegah.printing.draw import draw_sheet
from cegah.printing.output import pdf_bytes, png_bytes, tiff_bytes
from cegah.printing.trifold import layout_fold_guide
from cegah.words import words

SLUG_MM = 10  # beyond the bleed: room for the crop marks, trimmed away with the bleed


def shop_canvases(item, spec, mode: str = "RGB") -> tuple[list, int]:
    """The print shop's canvases: 3 mm bleed, crop marks in a slug outside it; and where the
    trim's corner is on them. In CMYK for an offset press."""
    to_px = spec.page.dpi / 25.4
    bleed, slug = round(spec.bleed_mm * to_px), round(SLUG_MM * to_px)
    canvases = [draw_sheet(sheet, spec, bleed, slug=slug, mode=mode) for sheet in item.sheets]
    return canvases, bleed + slug


def shop_pdf(canvases: list, spec) -> bytes:
    """The print shop's PDF, with TrimBox (the finished size) and BleedBox; CMYK pages go in
    as TIFF (PNG has no CMYK), still lossless."""
    pages = [
        tiff_bytes(image, spec.page.dpi) if image.mode == "CMYK" else png_bytes(image, spec.page.dpi)
        for image in canvases
    ]
    margin = spec.bleed_mm + SLUG_MM
    return pdf_bytes(
        pages,
        spec.page.width + 2 * margin,
        spec.page.height + 2 * margin,
        margin_mm=margin,
        bleed_mm=spec.bleed_mm,
    )


def card_sheet_pdf(sides: list, spec: CardLayout) -> bytes:
    pages = [card_sheet(side, spec, mirrored=index == 1) for index, side in enumerate(sides)]
    pngs = [png_bytes(page, spec.page.dpi) for page in pages]
    return pdf_bytes(pngs, spec.sheet.width, spec.sheet.height)


GUIDE_DPI = 100  # a folding guide is lines and labels: no need for print resolution


def guide_pdf(spec: TrifoldLayout, lang: str) -> bytes:
    labels = {k.removeprefix("guide."): v for k, v in words(lang).items() if k.startswith("guide.")}
    guide_spec = spec.model_copy(update={"page": spec.page.model_copy(update={"dpi": GUIDE_DPI})})
    guide = draw_sheet(layout_fold_guide(guide_spec, labels), guide_spec, show_folds=True)
    return pdf_bytes([png_bytes(guide, GUIDE_DPI)], spec.page.width, spec.page.height)
