"""The form editor's configuration is generated from the project's schemas: the committed
file matches the code, and its forms ask for exactly the fields the schemas know, with the
same choices and the same required fields."""

from __future__ import annotations

import yaml
from cegah.content.cms_config import cms_config
from cegah.content.schemas import Campaign, Contact
from cegah.project import Project

from tests.helpers import ROOT

PROJECT = Project(ROOT)
CONFIG = ROOT / "docs" / "admin" / "config.yml"


def _collection(config, name):
    return next(c for c in config["collections"] if c["name"] == name)


def test_the_committed_cms_config_matches_the_schemas():
    assert CONFIG.read_text(encoding="utf-8") == cms_config(PROJECT), "run `cegah cms-config`"


def test_the_forms_ask_for_what_the_schemas_know():
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    (contacts_file,) = _collection(config, "kontak")["files"]
    (contacts,) = contacts_file["fields"]
    fields = {field["name"]: field for field in contacts["fields"]}
    assert list(fields) == list(Contact.model_fields)
    for name, info in Contact.model_fields.items():
        assert fields[name].get("required", True) == info.is_required(), name
    assert fields["situation"]["widget"] == "select"
    assert fields["situation"]["options"] == list(Contact.model_fields["situation"].annotation.__args__)
    assert fields["desk_checked"]["widget"] == "datetime"
    name_languages = [field["name"] for field in fields["name"]["fields"]]
    assert name_languages == list(PROJECT.language_codes)  # a text per language, id required
    campaign = {f["name"] for f in _collection(config, "kampanye")["fields"]}
    assert campaign == set(Campaign.model_fields)
    assert config["publish_mode"] == "editorial_workflow"  # every save is a pull request
    campaign_fields = {f["name"]: f for f in _collection(config, "kampanye")["fields"]}
    assert campaign_fields["logo"]["widget"] == "image"  # a logo is uploaded, not typed
    item = {f["name"]: f for f in campaign_fields["items"]["fields"]}
    default = PROJECT.default_language
    assert item["page"]["widget"] == "relation" and item["page"]["collection"] == f"halaman-{default}"
    assert item["inside"]["multiple"] is True
    for lang in PROJECT.language_codes:
        assert _collection(config, f"halaman-{lang}")["folder"] == f"docs/{lang}"


def test_the_vendored_editor_is_what_its_sources_record_and_asks_no_cdn():
    sources = yaml.safe_load((ROOT / "docs/admin/SOURCES.yml").read_text(encoding="utf-8"))
    import hashlib

    for name, digest in sources["files"].items():
        assert hashlib.sha256((ROOT / "docs/admin" / name).read_bytes()).hexdigest() == digest, name
    bundle = (ROOT / "docs/admin/sveltia-cms.js").read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net/fontsource" not in bundle and "`https://unpkg.com/@sveltia/cms`" not in bundle
    assert (ROOT / "docs/admin/LICENSE-sveltia-cms.txt").read_text().startswith("MIT License")
