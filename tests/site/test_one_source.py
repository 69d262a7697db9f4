"""One edit in the article reaches every output built from it: a key point the page and the
pamphlet, a poster point the wall posters, the share images and the pocket card."""

from __future__ import annotations

from cegah.commands.build import build_all
from cegah.content.formats import kind_of
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job

NEW_POINT = "Tawaran kerja lewat pesan berantai adalah tanda bahaya nomor satu."
NEW_POSTER_POINT = "Tawaran lewat pesan berantai? Itu tanda bahaya."


def _replace_first_item(text: str, after: str, new: str) -> tuple[str, str]:
    """Replace the first item's text of the list under `after` (key_points: or points:, whose
    items may be written `- text: ...` with an icon below)."""
    start = text.index(after)
    lines = text[start:].splitlines()
    old = next(line for line in lines[1:] if line.lstrip().startswith("- "))
    head = old[: old.index("- ") + 2] + ("text: " if "- text: " in old else "")
    replaced = text[:start] + text[start:].replace(old, head + new, 1)
    return replaced, old[len(head) :].strip()


def test_one_edit_reaches_page_pamphlet_posters_and_share_images(project_copy, tmp_path):
    article = project_copy.docs_dir / "id" / "tanda-tanda.md"
    text = article.read_text(encoding="utf-8")
    text, old_point = _replace_first_item(text, "key_points:", NEW_POINT)
    text, old_poster_point = _replace_first_item(text, "  points:", NEW_POSTER_POINT)
    article.write_text(text, encoding="utf-8")

    site = build_all(project_copy, tmp_path / "site", with_print=True)
    html = (site / "tanda-tanda" / "index.html").read_text(encoding="utf-8")
    assert NEW_POINT in html and old_point not in html

    jobs = [j for j in plan_jobs(project_copy, lang="id") if j.item.page == "tanda-tanda"]
    kinds = set()
    for job in jobs:
        kind = kind_of(job.item.format)
        sheets = plan_job(project_copy, job)
        if kind == "trifold":  # the inside panel of tanda-tanda prints its key points
            printed = " ".join(s.text_of("inside1.points") for s in sheets)
            assert NEW_POINT in printed and old_point not in printed, job.stem
        else:  # posters, share images and the card's back print the page's poster points
            printed = " ".join(s.text_of("key_points") for s in sheets)
            assert NEW_POSTER_POINT in printed and old_poster_point not in printed, job.stem
        kinds.add(kind)
    assert kinds == {"poster", "share", "trifold", "card"}
