"""The JSON Schemas editors validate against while typing are generated from the project's
schemas: the committed ones match the code, every data file points at its schema, and the
schemas accept the real content and refuse what `make check` refuses."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml
from cegah.commands.schemas import data_files
from cegah.content.json_schemas import generated, modeline
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
def test_every_data_file_points_at_its_schema_and_is_accepted(path, name):
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == modeline(ROOT, path, name)
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
