"""One edit in the article reaches both the built page and the poster."""

from __future__ import annotations

from cegah.commands.build import build_all
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job

NEW_POINT = "Tawaran kerja lewat pesan berantai adalah tanda bahaya nomor satu."


def test_key_point_edit_reaches_page_and_poster(project_copy, tmp_path):
    article = project_copy.docs_dir / "id" / "tanda-tanda.md"
    text = article.read_text(encoding="utf-8")
    first_point = next(
        line
        for line in text.splitlines()
        if line.startswith("  - ")
        and "key_points" not in line
        and text.index(line) > text.index("key_points:")
    )
    article.write_text(text.replace(first_point, f"  - {NEW_POINT}", 1), encoding="utf-8")

    site = build_all(project_copy, tmp_path / "site", with_print=True)
    html = (site / "tanda-tanda" / "index.html").read_text(encoding="utf-8")
    assert NEW_POINT in html

    job = next(j for j in plan_jobs(project_copy, lang="id") if j.item.page == "tanda-tanda")
    sheet = plan_job(project_copy, job)[0]
    assert NEW_POINT in sheet.text_of("key_points")
    assert first_point.strip("- ").strip() not in sheet.text_of("key_points")
