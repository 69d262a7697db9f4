"""The form editor's configuration (docs/admin/config.yml, read by Sveltia CMS), generated
from the project's schemas so a form cannot ask for what `make check` refuses: one widget per
field (text, yes/no, date, a select for an enumeration, a list, a group for a text per
language), labels in Indonesian (schema_words.yml), the required fields required.

`cegah cms-config` writes it; a test fails when the committed file drifts from the code.
"""

from __future__ import annotations

import re

import yaml

from cegah.content.json_schemas import WORDS
from cegah.content.schemas import Campaign, ContactsFile, PageMeta, SelfCheckFile
from cegah.project import Project

# page front matter the form edits (the rest stays as typed, untouched by the form)
PAGE_FIELDS = ("title", "description", "reviewed", "sources", "key_points")


def _label(words: dict, model: str, field: str) -> str:
    """A short label: the first clause of the field's Indonesian description (six words at
    most), else the key itself; the whole description is the field's hint."""
    labels = words.get(model, {})
    if field in labels.get("_labels", {}):
        return labels["_labels"][field]
    text = labels.get(field)
    if not text:
        return field
    clause = re.split(r"[,.;:(]", text)[0].split()
    return " ".join(clause[:6])


class _Widgets:
    """JSON Schema (pydantic's) to CMS widgets, resolving $defs."""

    def __init__(self, schema: dict, words: dict, languages: list[str], default: str):
        self.defs = schema.get("$defs", {})
        self.words = words
        self.languages = languages
        self.default = default

    def fields(self, part: dict, model: str, only=None) -> list[dict]:
        required = set(part.get("required", []))
        names = only or list(part.get("properties", {}))
        return [
            self.field(name, part["properties"][name], model, name in required) for name in names
        ]

    def field(self, name: str, prop: dict, model: str, required: bool) -> dict:
        field = {"name": name, "label": _label(self.words, model, name)}
        hint = self.words.get(model, {}).get(name)
        if hint:
            field["hint"] = hint
        if not required:
            field["required"] = False
        special = SPECIAL.get((model, name))
        return {**field, **(special(self) if special else self.widget(prop, model))}

    def page_choice(self, multiple: bool = False) -> dict:
        """A page picked from the default language's pages (its file name is the value)."""
        choice = {
            "widget": "relation",
            "collection": f"halaman-{self.default}",
            "value_field": "{{slug}}",
            "search_fields": ["title"],
            "display_fields": ["title"],
        }
        return {**choice, "multiple": True} if multiple else choice

    def widget(self, prop: dict, model: str) -> dict:
        options = [p for p in prop.get("anyOf", []) if p.get("type") != "null"]
        if options:
            return self.widget(options[0], model)
        if "$ref" in prop:
            name = prop["$ref"].rsplit("/", 1)[-1]
            return {"widget": "object", "fields": self.fields(self.defs[name], name)}
        kind = prop.get("type")
        if "enum" in prop:
            return {"widget": "select", "options": list(prop["enum"])}
        if kind == "boolean":
            return {"widget": "boolean", "default": prop.get("default", False)}
        if kind in ("integer", "number"):
            return {"widget": "number", "value_type": "int" if kind == "integer" else "float"}
        if prop.get("format") == "date":
            return {"widget": "datetime", "time_format": False, "format": "YYYY-MM-DD"}
        if kind == "object" and prop.get("additionalProperties", {}).get("type") == "string":
            return {"widget": "object", "fields": self._per_language()}  # a text per language
        if kind == "array":
            items = prop.get("items", {})
            inner = self.widget(items, model)
            if inner.get("widget") == "object":
                return {"widget": "list", "fields": inner["fields"]}
            return {"widget": "list"}
        return {"widget": "string"}

    def _per_language(self) -> list[dict]:
        return [
            {
                "name": lang,
                "label": lang,
                "widget": "text",
                **({} if lang == self.default else {"required": False}),
            }
            for lang in self.languages
        ]


# fields whose widget says more than their type: pages picked from a list, a logo uploaded
SPECIAL = {
    ("CampaignItem", "page"): lambda w: w.page_choice(),
    ("CampaignItem", "flap"): lambda w: w.page_choice(),
    ("CampaignItem", "inside"): lambda w: w.page_choice(multiple=True),
    ("Campaign", "logo"): lambda w: {"widget": "image", "choose_url": False},
}


def cms_config(project: Project) -> str:
    words = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    languages = list(project.language_codes)
    default = project.default_language

    def widgets(model) -> tuple[_Widgets, dict]:
        schema = model.model_json_schema()
        return _Widgets(schema, words, languages, default), schema

    contacts, contacts_schema = widgets(ContactsFile)
    campaign, campaign_schema = widgets(Campaign)
    checks, check_schema = widgets(SelfCheckFile)
    page, page_schema = widgets(PageMeta)
    repo = (project.config.get("repo_url") or "").removeprefix("https://github.com/").strip("/")
    collections = [
        {
            "name": "kontak",
            "label": "Kontak dan nomor bantuan",
            "files": [
                {
                    "name": "contacts",
                    "label": "docs/data/contacts.yml",
                    "file": "docs/data/contacts.yml",
                    "fields": contacts.fields(contacts_schema, "ContactsFile"),
                }
            ],
        },
        {
            "name": "kampanye",
            "label": "Kampanye cetak",
            "folder": "campaigns",
            "extension": "yml",
            "format": "yml",
            "create": True,
            "fields": campaign.fields(campaign_schema, "Campaign"),
        },
        {
            "name": "cek-tawaran",
            "label": "Cek tawaran kerja",
            "files": [
                {
                    "name": lang,
                    "label": f"docs/data/self-check/{lang}.yml",
                    "file": f"docs/data/self-check/{lang}.yml",
                    "fields": checks.fields(check_schema, "SelfCheckFile"),
                }
                for lang in languages
            ],
        },
    ]
    for lang in languages:
        fields = page.fields(page_schema, "PageMeta", only=PAGE_FIELDS)
        fields.append({"name": "body", "label": "Isi halaman", "widget": "markdown"})
        collections.append(
            {
                "name": f"halaman-{lang}",
                "label": f"Halaman ({lang})",
                "folder": f"docs/{lang}",
                "extension": "md",
                "format": "frontmatter",
                "create": True,
                "fields": fields,
            }
        )
        collections.append(
            {
                "name": f"kegiatan-{lang}",
                "label": f"Kegiatan ({lang})",
                "folder": f"docs/{lang}/kegiatan",
                "extension": "md",
                "format": "frontmatter",
                "create": True,
                "fields": page.fields(
                    page_schema,
                    "PageMeta",
                    only=("title", "description", "date", "reviewed", "sources"),
                )
                + [{"name": "body", "label": "Isi berita", "widget": "markdown"}],
            }
        )
    config = {
        "backend": {"name": "github", "repo": repo, "branch": "main"},
        "publish_mode": "editorial_workflow",  # every save is a pull request the checks review
        # a field left empty is left out of the file, not written as '' (which the schemas
        # refuse for an address or a link)
        "output": {"omit_empty_optional_fields": True},
        "media_folder": "campaigns",  # logos for campaigns
        "public_folder": "",
        "collections": collections,
    }
    header = (
        "# Generated by `cegah cms-config` from the project's schemas: do not edit by hand.\n"
        "# The form editor at /admin/ (Sveltia CMS) reads it.\n"
    )
    return header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)
