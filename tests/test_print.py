"""The A4 poster: size, DPI, PDF page size, QR code, text inside the safe area."""

from __future__ import annotations

import pytest
import zxingcpp
from cegah.content import load_contacts
from cegah.printing.plan import plan_jobs
from cegah.printing.render import load_layout, plan_job
from PIL import Image
from pypdf import PdfReader

A4_PX = (2480, 3508)  # 210 x 297 mm at 300 DPI
A4_PT = (595.276, 841.890)


def poster_job(project, lang):
    jobs = [
        j for j in plan_jobs(project, "nasional", lang, "poster-a4") if j.item.page == "tanda-tanda"
    ]
    assert jobs
    return jobs[0]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_png_size_and_dpi(built_site, real_project, lang):
    job = poster_job(real_project, lang)
    with Image.open(job.output(built_site, "png")) as image:
        assert image.size == A4_PX
        assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pdf_page_is_exactly_a4(built_site, real_project, lang):
    reader = PdfReader(job_path := poster_job(real_project, lang).output(built_site, "pdf"))
    assert len(reader.pages) == 1, job_path
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_PT, abs=0.01)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_qr_code_decodes_to_article_in_same_language(built_site, real_project, lang):
    job = poster_job(real_project, lang)
    with Image.open(job.output(built_site, "png")) as image:
        results = zxingcpp.read_barcodes(image)
    texts = [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
    expected = real_project.page_url(lang, "tanda-tanda")
    assert texts == [expected]
    assert expected.endswith("/en/tanda-tanda/" if lang == "en" else "/cegah-tppo/tanda-tanda/")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_text_inside_safe_area_and_not_below_minimum(real_project, lang):
    from cegah.printing.fonts import font

    job = poster_job(real_project, lang)
    spec = load_layout(job.item.format)
    plan = plan_job(real_project, job, load_contacts(real_project).contacts)
    safe = plan.safe
    assert plan.lines
    minimum = {name: style.min for name, style in spec.styles.items()}
    for line in plan.lines:
        left, top, right, bottom = font(line.bold, line.size_px).getbbox(line.text, anchor="la")
        assert safe.x <= line.x + left and line.x + right <= safe.x + safe.width, line
        assert safe.y <= line.y + top and line.y + bottom <= safe.y + safe.height, line
        style_name = {"key_points": "point", "contacts": "contact"}.get(line.field, line.field)
        assert line.size_pt >= minimum[style_name], line


def test_same_inputs_give_same_bytes(real_project, tmp_path):
    from cegah.printing.render import render_job

    job = poster_job(real_project, "id")
    contacts = load_contacts(real_project).contacts
    first = render_job(real_project, job, tmp_path / "a", contacts)
    second = render_job(real_project, job, tmp_path / "b", contacts)
    assert first.png.read_bytes() == second.png.read_bytes()
    assert first.pdf.read_bytes() == second.pdf.read_bytes()
