"""`make serve` shows the print files: the preview carries the last built ones."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from cegah.commands import cli

from tests.helpers import make_mini_site


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_preview_serves_the_print_files(tmp_path, monkeypatch):
    site = make_mini_site(tmp_path / "mini")
    monkeypatch.chdir(site)
    assert cli.main(["print"]) == 0
    printed = sorted((site / "site" / "print").rglob("*.png"))
    assert printed
    wanted = printed[0].relative_to(site / "site").as_posix()
    port = _free_port()
    mkdocs = Path(sys.executable).parent / "mkdocs"
    server = subprocess.Popen(
        [str(mkdocs), "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=site,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        url = f"http://127.0.0.1:{port}/uji/{wanted}"
        deadline, body = time.monotonic() + 90, None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = response.read()
            except OSError:
                time.sleep(0.5)
        assert body == printed[0].read_bytes()
    finally:
        server.terminate()
        server.wait(timeout=20)
