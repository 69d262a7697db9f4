"""The editable PowerPoint file (python-pptx) of a session's slides: the same laid-out slides
the print studio draws (`slides.py`), as shapes an officer can change: bands and circles as
shapes, every text as a text box at its place and size, pictograms, logo and QR code as
pictures, and the speaker notes under every slide.

PowerPoint's 16:9 slide is 13.333 x 7.5 in; our slides are laid out at 1920 x 1080 px on that
size (144 DPI), so a pixel is 6350 EMU and a point is the same point in both files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import segno
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from cegah.content.schemas import SlidesLayout
from cegah.printing.draw import picture_image
from cegah.session.slides import LaidSlide, TextBlock

# The slides are measured in Noto Sans (the print studio's font), which few office computers
# have. Arial is on every PowerPoint and is narrower (LibreOffice maps it to the metric-equal
# Liberation Sans), so every text laid out for Noto Sans fits its box in Arial too.
FONT = "Arial"
BLANK = 6  # the default template's blank layout
FIXED_TIME = (2026, 1, 1, 0, 0, 0)  # zip entries' time: the same deck gives the same bytes


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def deck_bytes(slides: list[LaidSlide], spec: SlidesLayout, title: str, lang: str) -> bytes:
    width, height = slides[0].sheet.width, slides[0].sheet.height
    emu = round(12192000 / width)  # EMU per pixel (6350 at 1920 px)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(width * emu), Emu(height * emu)
    prs.core_properties.title = title
    prs.core_properties.language = lang
    prs.core_properties.last_modified_by = ""
    prs.core_properties.created = prs.core_properties.modified = dt.datetime(*FIXED_TIME)
    colours = spec.colours
    for laid in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
        sheet = laid.sheet
        for box in sheet.boxes:
            kind = MSO_SHAPE.OVAL if box.shape == "circle" else MSO_SHAPE.RECTANGLE
            shape = slide.shapes.add_shape(
                kind,
                Emu(box.x * emu),
                Emu(box.y * emu),
                Emu(box.width * emu),
                Emu(box.height * emu),
            )
            shape.fill.solid()
            shape.fill.fore_color.rgb = _rgb(colours[box.colour])
            shape.line.fill.background()
            shape.shadow.inherit = False
        for picture in sheet.images:
            png = io.BytesIO()
            picture_image(picture, colours["accent"]).save(png, "PNG")
            png.seek(0)
            slide.shapes.add_picture(
                png, Emu(picture.x * emu), Emu(picture.y * emu), Emu(picture.width * emu)
            )
        for qr in sheet.qr_codes:
            png = io.BytesIO()
            segno.make(qr.url, error="m").save(png, kind="png", scale=10, border=2)
            png.seek(0)
            slide.shapes.add_picture(
                png, Emu(qr.x * emu), Emu(qr.y * emu), Emu(qr.size * emu), Emu(qr.size * emu)
            )
        for block in laid.blocks:
            _text_box(slide, block, colours, emu)
        if sheet.draft_label:
            _draft(slide, sheet.draft_label, colours["draft"], width, height, emu)
        slide.notes_slide.notes_text_frame.text = laid.notes
    out = io.BytesIO()
    prs.save(out)
    return _fixed_times(out.getvalue())


def _text_box(slide, block: TextBlock, colours: dict, emu: int) -> None:
    numbered = block.field.endswith(".number")
    box = slide.shapes.add_textbox(
        Emu(block.x * emu), Emu(block.y * emu), Emu(block.width * emu), Emu(block.height * emu)
    )
    frame = box.text_frame
    frame.word_wrap = not numbered
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    if numbered:
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    for index, text in enumerate(block.paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.line_spacing = Pt(block.size_pt * block.leading)  # exact, as laid out
        paragraph.space_after = Pt(block.size_pt * 0.5)
        if numbered:
            paragraph.alignment = PP_ALIGN.CENTER
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(block.size_pt)
        run.font.bold = block.bold
        run.font.name = FONT
        run.font.color.rgb = _rgb(colours[block.colour])


def _draft(slide, label: str, colour: str, width: int, height: int, emu: int) -> None:
    """The draft mark across the slide, like the drawn copy's (not to be shown as final)."""
    box = slide.shapes.add_textbox(
        Emu(width // 6 * emu),
        Emu(height // 3 * emu),
        Emu(width * 2 // 3 * emu),
        Emu(height // 3 * emu),
    )
    box.rotation = -25
    paragraph = box.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = label
    run.font.size = Pt(72)
    run.font.bold = True
    run.font.name = FONT
    run.font.color.rgb = _rgb(colour)


def _fixed_times(data: bytes) -> bytes:
    """The same file with every zip entry's time fixed (python-pptx stamps the clock)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
