"""The content store: one `cegah build` (site, print, offline bundle) reads and validates every
source file once."""

from __future__ import annotations

from collections import Counter

from cegah.commands.build import build_all
from cegah.content import load, yamlfile


def test_one_build_parses_every_source_file_once(project_copy, tmp_path, monkeypatch):
    parses: Counter[str] = Counter()
    real_parse = yamlfile.parse_yaml

    def counting_parse(text, file, line_offset=0):
        parses[file] += 1
        return real_parse(text, file, line_offset)

    monkeypatch.setattr(yamlfile, "parse_yaml", counting_parse)  # data files (load_yaml)
    monkeypatch.setattr(load, "parse_yaml", counting_parse)  # front matter (parse_page)
    build_all(project_copy, tmp_path / "site")

    sources = {
        p.relative_to(project_copy.root).as_posix()
        for p in [*project_copy.docs_dir.rglob("*.md"), *project_copy.data_dir.rglob("*.yml")]
    } | {
        p.relative_to(project_copy.root).as_posix()
        for p in project_copy.campaigns_dir.glob("*.yml")
    }
    editors = {f: n for f, n in parses.items() if f in sources}  # layouts are code, not content
    assert len(editors) >= 20, editors  # pages, data files and campaigns were all read
    assert {f for f, n in editors.items() if n > 1} == set(), parses.most_common(5)
