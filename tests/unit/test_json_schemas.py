"""The JSON Schemas editors validate against while typing are generated from the project's
schemas: the committed ones match the code, every data file points at its schema, and the
schemas accept the real content and refuse what `make check` refuses."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml
from cegah.commands.schemas import data_files, modeline_problems
from cegah.content.json_schemas import generated
from cegah.project import Project

from tests.helpers import ROOT

PROJECT = Project(ROOT)
FILES = list(data_files(PROJECT))


def _as_typed(value):
    """The YAML as an editor's language server sees it: dates are text."""
    if isinstance(value, dict):
        return {key: _as_typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_typed(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def _schema(name):
    return json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))


def test_the_committed_schemas_match_the_code():
    for name, text in generated().items():
        committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
        assert committed == text, f"schemas/{name} is stale: run `cegah schemas`"


@pytest.mark.parametrize("path,name", FILES, ids=[p.name for p, _ in FILES])
def test_every_data_file_is_accepted_by_its_schema(path, name):
    text = path.read_text(encoding="utf-8")
    data = _as_typed(yaml.safe_load(text))
    jsonschema.Draft202012Validator(_schema(name)).validate(data)


def test_the_schema_refuses_an_unknown_key_and_speaks_indonesian():
    schema = _schema("contacts.schema.json")
    contacts = _as_typed(yaml.safe_load((ROOT / "docs/data/contacts.yml").read_text("utf-8")))
    contacts["contacts"][0]["phone"] = "110"  # a typo of `phones`
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(contacts))
    assert any("'phone' was unexpected" in error.message for error in errors)
    contact = schema["$defs"]["Contact"]
    assert contact["properties"]["desk_checked"]["description"].startswith(
        "Hari nomor dicocokkan dengan sumbernya"
    )
    assert schema["title"] == "Kontak dan nomor bantuan (docs/data/contacts.yml)"


def test_a_data_file_that_lost_its_schema_line_is_a_warning(tmp_path):
    """The form editor drops comments when it saves: check warns, and says which line to add."""
    assert modeline_problems(PROJECT) == []  # every file in the repository points at its schema
    import shutil

    copy = tmp_path / "project"
    shutil.copytree(ROOT / "docs", copy / "docs", ignore=shutil.ignore_patterns("admin"))
    shutil.copytree(ROOT / "campaigns", copy / "campaigns")
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    shutil.copytree(ROOT / "schemas", copy / "schemas")
    contacts = copy / "docs" / "data" / "contacts.yml"
    contacts.write_text(contacts.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    (problem,) = modeline_problems(Project(copy))
    assert problem.warning and problem.file == "docs/data/contacts.yml" and problem.line == 1
    assert "yaml-language-server: $schema=../../schemas/contacts.schema.json" in problem.fix_id
