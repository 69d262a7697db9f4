"""Two builds of the same sources at different times give the same bytes, offline zip included
(SOURCE_DATE_EPOCH fixes the build's date, as reproducible-build tools expect)."""

from __future__ import annotations

import time
import zipfile

from cegah.commands.build import build_all
from cegah.commands.offline import OFFLINE_ZIP

from tests.helpers import snapshot


def test_two_builds_are_byte_identical(project_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795500000")
    first = snapshot(build_all(project_copy, tmp_path / "one"))
    time.sleep(1.1)  # a different second: nothing may depend on when the build ran
    second = snapshot(build_all(project_copy, tmp_path / "two"))
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    with zipfile.ZipFile(tmp_path / "one" / OFFLINE_ZIP) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 24, 6, 0, 0)}
