"""Tables that may scroll sideways on a phone are named regions in the tab order, in the built
HTML (axe at 320 and 360 px checks the same in Chromium, tests/browser/test_pages.py)."""

from __future__ import annotations

import re

import pytest

from tests.helpers import page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_table_of_the_law_page_scrolls_in_a_named_focusable_region(built_site, lang):
    html = page(built_site, lang, "hukum")
    tables = html.count("<table")
    regions = re.findall(
        r'<div class="[^"]*" role="region" tabindex="0" aria-label="([^"]+)">\s*'
        r'(?:<div class="md-typeset__table">)?\s*<table',
        html,
    )
    assert tables >= 2 and len(regions) == tables
    assert all(label.strip() for label in regions)
