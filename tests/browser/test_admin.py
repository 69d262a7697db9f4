"""The form editor at /admin/ (Sveltia CMS, served whole from the site itself): it loads in
Chromium with no console error, asks for nothing but the site and the Git host, and offers to
sign in with GitHub."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _github_status_all_well(context) -> None:
    """Tests run offline: GitHub's status page answers "all well", as it would."""
    context.route(
        "https://www.githubstatus.com/**",
        lambda route: route.fulfill(json={"status": {"indicator": "none"}}),
    )


def _on_test_backend(visit, site_url):
    """The editor with the CMS's test backend (files in the browser's private storage) in
    place of GitHub; returns the visit and the configuration it was given."""
    import yaml

    from tests.helpers import ROOT

    config = yaml.safe_load((ROOT / "docs/admin/config.yml").read_text(encoding="utf-8"))
    config["backend"] = {"name": "test-repo"}
    del config["publish_mode"]  # pull requests need a Git host; the test backend has none
    seen = visit()
    _github_status_all_well(seen.page.context)
    seen.page.context.route(
        site_url + "admin/config.yml*",
        lambda route: route.fulfill(body=yaml.safe_dump(config), content_type="text/yaml"),
    )
    seen.page.goto(site_url + "admin/", wait_until="networkidle")
    return seen, config


GIT_HOST = ("https://api.github.com/", "https://github.com/", "https://www.githubstatus.com/")


def test_the_form_editor_loads_from_the_site_alone(visit, site_url):
    seen = visit()
    _github_status_all_well(seen.page.context)
    seen.page.goto(site_url + "admin/", wait_until="networkidle")
    seen.page.wait_for_timeout(2000)  # the editor reads config.yml and its fonts after it starts
    assert seen.console_errors() == []
    outside = [url for url in seen.third_party(site_url) if not url.startswith(GIT_HOST)]
    assert outside == []
    assert any(url.startswith(site_url + "admin/config.yml") for url in seen.requests)
    assert any(url.startswith(site_url + "admin/fonts/") for url in seen.requests)
    body = seen.page.inner_text("body")
    assert "GitHub" in body and "Access Token" in body  # an office signs in with a token


def test_the_form_editor_reads_the_generated_collections(visit, site_url):
    """With the CMS's in-memory test backend instead of GitHub, the editor opens on the
    collections `cegah cms-config` generated: it parsed the configuration."""
    seen, config = _on_test_backend(visit, site_url)
    seen.page.get_by_role("button", name="Work with Test Repository").click(timeout=10000)
    seen.page.wait_for_timeout(2000)
    body = seen.page.inner_text("body")
    for collection in config["collections"][:3]:
        assert collection["label"] in body, collection["label"]
    assert seen.console_errors() == []


OPFS_WRITE = """async ([path, text]) => {
  let dir = await (await navigator.storage.getDirectory())
    .getDirectoryHandle('sveltia-cms-test', {create: true});
  const parts = path.split('/');
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, {create: true});
  const file = await dir.getFileHandle(parts.at(-1), {create: true});
  const out = await file.createWritable(); await out.write(text); await out.close();
}"""
OPFS_READ = """async (path) => {
  let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
  const parts = path.split('/');
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
  return await (await (await dir.getFileHandle(parts.at(-1))).getFile()).text();
}"""


def test_a_contact_saved_through_the_form_passes_the_checks(visit, site_url, project_copy):
    """The test backend keeps its files in the browser's private storage: seeded with the real
    contacts file, one name changed in the form and saved, the file the editor wrote is one
    `cegah check` accepts (no empty '' for an email or a link, nothing the schema refuses)."""
    from cegah.commands.check import collect_problems

    from tests.helpers import ROOT

    seen, _ = _on_test_backend(visit, site_url)
    page = seen.page
    contacts = "docs/data/contacts.yml"
    page.evaluate(OPFS_WRITE, [contacts, (ROOT / contacts).read_text(encoding="utf-8")])
    page.get_by_role("button", name="Work with Test Repository").click()
    page.get_by_text(contacts).first.click()
    english_name = page.locator("textarea").nth(1)  # the first contact's name in English
    english_name.fill("Indonesian National Police")
    page.get_by_role("button", name="Save").click()
    page.wait_for_timeout(2000)
    saved = page.evaluate(OPFS_READ, contacts)
    assert "en: Indonesian National Police\n" in saved
    (project_copy.root / contacts).write_text(saved, encoding="utf-8")
    errors = [p for p in collect_problems(project_copy) if not p.warning]
    assert errors == []
