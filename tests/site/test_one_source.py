"""One edit in the article reaches every output built from it: a key point the page, a
pamphlet point the pamphlet's panel, a poster point the wall posters, the share images and the
pocket card, a step the page's flow and the pamphlet's numbered steps."""

from __future__ import annotations

from cegah.commands.build import build_all
from cegah.content.formats import kind_of
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job

NEW_POINT = "Tawaran kerja lewat pesan berantai adalah tanda bahaya nomor satu."
NEW_POSTER_POINT = "Tawaran lewat pesan berantai? Itu tanda bahaya."
NEW_PAMPHLET_POINT = "Tawaran kerja lewat pesan berantai tanpa nama perusahaan."
NEW_STEP = "Tanya di balai desa"


def _replace_first_item(text: str, after: str, new: str, start: int = 0) -> tuple[str, str]:
    """Replace the first item's text of the list under `after` (key_points: or points:, whose
    items may be written `- text: ...` with an icon below), looking from `start` on."""
    start = text.index(after, start)
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
    text, old_pamphlet_point = _replace_first_item(
        text, "  points:", NEW_PAMPHLET_POINT, start=text.index("pamphlet:")
    )
    article.write_text(text, encoding="utf-8")
    steps_page = project_copy.docs_dir / "id" / "bekerja-resmi.md"
    steps_text = steps_page.read_text(encoding="utf-8")
    old_step = steps_text.split("steps:", 1)[1].split("title: ", 1)[1].splitlines()[0]
    steps_page.write_text(steps_text.replace(f"title: {old_step}", f"title: {NEW_STEP}", 1))

    site = build_all(project_copy, tmp_path / "site", with_print=True)
    html = (site / "tanda-tanda" / "index.html").read_text(encoding="utf-8")
    assert NEW_POINT in html and old_point not in html
    flow = (site / "bekerja-resmi" / "index.html").read_text(encoding="utf-8")
    assert f"<strong>{NEW_STEP}</strong>" in flow and f"<strong>{old_step}</strong>" not in flow

    jobs = [j for j in plan_jobs(project_copy, lang="id") if j.item.page == "tanda-tanda"]
    kinds = set()
    for job in jobs:
        kind = kind_of(job.item.format)
        sheets = plan_job(project_copy, job)
        if kind == "trifold":  # tanda-tanda's panel prints its pamphlet points, then the steps
            printed = " ".join(s.text_of("inside1.points") for s in sheets)
            assert NEW_PAMPHLET_POINT in printed and old_pamphlet_point not in printed, job.stem
            steps = " ".join(s.text_of("inside2.steps") for s in sheets)
            assert NEW_STEP in steps and old_step not in steps, job.stem
        else:  # posters, share images and the card's back print the page's poster points
            printed = " ".join(s.text_of("key_points") for s in sheets)
            assert NEW_POSTER_POINT in printed and old_poster_point not in printed, job.stem
        kinds.add(kind)
    assert kinds == {"poster", "share", "trifold", "card"}
