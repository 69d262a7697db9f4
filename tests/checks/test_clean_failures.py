"""Failures end in words, never in a traceback: a file not saved as UTF-8, a full disk, and a
bug in the program (whose details go to a log file the message names)."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from cegah.commands import cli

from tests.helpers import make_mini_site


@pytest.fixture
def mini(tmp_path, monkeypatch):
    site = make_mini_site(tmp_path / "mini")
    monkeypatch.chdir(site)
    return site


def test_a_page_saved_as_utf16_is_named(mini, capsys):
    page = mini / "docs" / "en" / "tanda-tanda.md"
    page.write_bytes(page.read_text(encoding="utf-8").encode("utf-16"))
    for command in (["check"], ["build"]):
        assert cli.main(command) == 1
        output = capsys.readouterr().err
        assert "Traceback" not in output
        assert output.splitlines()[:2] == [
            "GALAT / ERROR: docs/en/tanda-tanda.md",
            "  berkas ini tersimpan dalam pengodean UTF-16, bukan UTF-8. Perbaiki: buka berkasnya "
            "dan simpan lagi sebagai UTF-8 (di Notepad: Simpan sebagai, Pengodean: UTF-8).",
        ]
    assert not (mini / "site").exists()


def test_a_full_disk_is_said_in_words(mini, capsys, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(mini / "site"))

    monkeypatch.setattr(cli, "build_all", full)
    assert cli.main(["build"]) == 1
    output = capsys.readouterr().err
    assert "disk penuh. Perbaiki: kosongkan ruang disk lalu ulangi." in output
    assert "[en] the disk is full." in output and "Traceback" not in output


def test_a_bug_names_its_log_file_and_asks_for_a_developer(mini, capsys, monkeypatch):
    def bug(*args, **kwargs):
        raise RuntimeError("an unexpected state")

    monkeypatch.setattr(cli, "run_checks", bug)
    assert cli.main(["check"]) == 2
    output = capsys.readouterr().err
    assert "Traceback" not in output and "bukan di isi Anda" in output
    log = Path(re.search(r"Kirim berkas (\S+) ke pengembang", output).group(1))
    assert "RuntimeError: an unexpected state" in log.read_text(encoding="utf-8")
    log.unlink()


def test_a_build_removes_what_a_killed_build_left(mini):
    leftovers = [mini / ".site.k1ll3d", mini / ".site.k1ll3d.offline-x"]
    for folder in leftovers:
        (folder / "half").mkdir(parents=True)
    assert cli.main(["build"]) == 0
    assert not any(folder.exists() for folder in leftovers)
    assert [p.name for p in mini.iterdir() if p.name.startswith(".site")] == []
