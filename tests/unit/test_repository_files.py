"""The files GitHub reads for reviews and reports: workflows with actions pinned by commit,
issue forms GitHub can show (every field named, labels in Indonesian with English beside),
a pull-request template and code owners."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.helpers import ROOT

GITHUB = ROOT / ".github"
FORMS = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))


@pytest.mark.parametrize("path", [p for p in FORMS if p.name != "config.yml"], ids=lambda p: p.name)
def test_issue_forms_name_every_field_in_both_languages(path):
    form = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert " / " in form["name"] and form["description"] and form["body"]
    ids = [item["id"] for item in form["body"] if item["type"] != "markdown"]
    assert len(ids) == len(set(ids)) >= 3
    for item in form["body"]:
        if item["type"] != "markdown":
            assert " / " in item["attributes"]["label"], item["id"]
    assert any(item.get("validations", {}).get("required") for item in form["body"])


def test_the_quick_preview_job_does_not_wait_for_the_tests():
    workflow = yaml.safe_load((GITHUB / "workflows" / "pull-request.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"preview", "tests"} and "needs" not in jobs["preview"]
    steps = " ".join(str(step.get("run", "")) for step in jobs["preview"]["steps"])
    assert "make check" in steps and "make build" in steps and "bash .ci/run" not in steps


def test_every_action_is_pinned_by_commit():
    for path in (GITHUB / "workflows").glob("*.yml"):
        for action in re.findall(r"uses:\s*(\S+)", path.read_text(encoding="utf-8")):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), (path.name, action)


def test_reviews_have_a_template_and_owners():
    assert "Sumber / Sources" in (GITHUB / "pull_request_template.md").read_text("utf-8")
    owners = (GITHUB / "CODEOWNERS").read_text(encoding="utf-8")
    assert re.search(r"^/docs/data/contacts.yml\s+@", owners, re.M)
