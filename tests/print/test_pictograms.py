"""Pictograms: at least twelve, each an SVG with its source and licence recorded, drawn in the
accent colour beside the poster point that names it; a name that does not exist is refused."""

from __future__ import annotations

import pytest
import yaml
from cegah.content.formats import ICON_DIR, ICON_NAMES
from cegah.content.problems import validate
from cegah.content.schemas import PageMeta
from cegah.content.yamlfile import YamlDoc
from cegah.errors import ContentError
from cegah.printing.draw import draw_sheet
from cegah.printing.icons import icon_image, icon_path
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out, load_layout
from cegah.project import Project

from tests.helpers import ROOT

PROJECT = Project(ROOT)


def test_at_least_twelve_pictograms_with_source_and_licence():
    assert len(ICON_NAMES) >= 12
    sources = yaml.safe_load((ICON_DIR / "SOURCES.yml").read_text(encoding="utf-8"))
    assert set(sources) == set(ICON_NAMES)
    assert "Pictogrammers Free License" in (ICON_DIR / "LICENSE-MDI.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_pictogram_rasterises_in_the_given_colour(name):
    image = icon_image(icon_path(name), 120, "#a31515")
    assert image.size == (120, 120)
    inked = [px for px in image.get_flattened_data() if px[3] == 255]
    assert len(inked) > 120 * 120 // 10  # a real picture, not an empty square
    assert all(px[:3] == (0xA3, 0x15, 0x15) for px in inked)


def test_a_poster_point_draws_the_pictogram_it_names():
    job = next(j for j in plan_jobs(PROJECT, lang="id") if j.item.format == "poster-a4")
    item = lay_out(PROJECT, job, PrintData.load(PROJECT))
    sheet = item.sheets[0]
    pictures = [p for p in sheet.images if "/icons/" in p.path]
    assert [p.path for p in pictures] == list(item.content.icons)
    image = draw_sheet(sheet, load_layout(job.item.format)).convert("RGB")
    first = pictures[0]
    box = image.crop((first.x, first.y, first.x + first.width, first.y + first.height))
    assert (0xA3, 0x15, 0x15) in {px for px in box.get_flattened_data()}


def test_an_unknown_pictogram_is_refused_with_the_names_to_choose_from():
    data = {
        "title": "Judul",
        "description": "Keterangan.",
        "reviewed": "2026-11-24",
        "poster": {"points": [{"text": "Jangan bayar calo.", "icon": "dompet"}]},
    }
    with pytest.raises(ContentError) as caught:
        validate(YamlDoc(data=data, file="docs/id/x.md"), PageMeta)
    problem = caught.value.problems[0]
    assert problem.problem_id == "nilai 'dompet' tidak diizinkan."
    assert "'paspor'" in problem.fix_id and problem.key == "poster.points[0].icon"
