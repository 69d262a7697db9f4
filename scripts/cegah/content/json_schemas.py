"""JSON Schemas of the YAML files editors write, generated from the project's own schemas
(pydantic), with Indonesian labels (schema_words.yml), so an editor that reads them (VS Code,
github.dev) validates and completes while the file is typed. `cegah schemas` writes them to
schemas/; a test fails when the committed ones drift from the code."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from cegah.content.schemas import (
    Campaign,
    ContactsFile,
    DeckFile,
    PenaltiesFile,
    QuizFile,
    SelfCheckFile,
    TranslationsFile,
)

WORDS = Path(__file__).with_name("schema_words.yml")
# schema file -> (model, the files it describes, relative to the project)
FILES = {
    "contacts.schema.json": (ContactsFile, ["docs/data/contacts.yml"]),
    "penalties.schema.json": (PenaltiesFile, ["docs/data/penalties.yml"]),
    "campaign.schema.json": (Campaign, ["campaigns/*.yml"]),
    "self-check.schema.json": (SelfCheckFile, ["docs/data/self-check/*.yml"]),
    "translations.schema.json": (TranslationsFile, ["docs/data/translations.yml"]),
    "quiz.schema.json": (QuizFile, ["docs/data/quiz/*.yml"]),
    "deck.schema.json": (DeckFile, ["docs/data/deck.yml"]),
}
MODELINE = "# yaml-language-server: $schema="


def _labelled(model, words: dict) -> dict:
    schema = model.model_json_schema()
    for name, part in [(model.__name__, schema), *schema.get("$defs", {}).items()]:
        labels = words.get(name, {})
        if "_title" in labels:
            part["title"] = labels["_title"]
        for field, prop in part.get("properties", {}).items():
            if field in labels.get("_labels", {}):
                prop["title"] = labels["_labels"][field]
            if field in labels:
                prop["description"] = labels[field]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def generated() -> dict[str, str]:
    """Every schema file's text, as `cegah schemas` writes it."""
    words = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    return {
        name: json.dumps(_labelled(model, words), ensure_ascii=False, indent=2, sort_keys=True)
        + "\n"
        for name, (model, _) in FILES.items()
    }


def modeline(project_root: Path, data_file: Path, schema_name: str) -> str:
    """The first line that points an editor at the file's schema (a path relative to it)."""
    schemas = project_root / "schemas" / schema_name
    relative = Path(
        *([".."] * (len(data_file.relative_to(project_root).parts) - 1))
    ) / schemas.relative_to(project_root)
    return MODELINE + relative.as_posix()
