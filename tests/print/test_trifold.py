"""The pamphlet's outside: the hero number on the cover, every hotline on the back at 14 pt bold
or more, and a box to write the village officer's number in."""

from __future__ import annotations

import pytest
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import lay_out
from cegah.project import Project
from cegah.words import words

from tests.helpers import ROOT

PROJECT = Project(ROOT)
TRIFOLDS = [j for j in plan_jobs(PROJECT) if j.item.format == "trifold-a4"]


@pytest.mark.parametrize("job", TRIFOLDS, ids=str)
def test_cover_hero_back_hotlines_and_write_in_box(job):
    outside = lay_out(PROJECT, job, PrintData.load(PROJECT)).sheets[0]
    cover_x = outside.safe[2].x
    (hero,) = [line for line in outside.lines if line.field == "hero"]
    assert hero.text == "0800-1000" and hero.x >= cover_x and hero.size_pt >= 34
    hotlines = [line for line in outside.lines if line.field == "contacts"]
    assert hotlines and all(line.size_pt >= 14 and line.bold for line in hotlines)
    label = words(job.lang)["write_in"]
    assert outside.text_of("write_in") == label
    back = outside.safe[1]
    (label_line,) = [line for line in outside.lines if line.field == "write_in"]
    rules = [b for b in outside.boxes if b.colour == "text" and b.y > label_line.y]
    assert rules and back.x <= rules[0].x and rules[0].x + rules[0].width <= back.x + back.width
