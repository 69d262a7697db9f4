"""An office that adopts the site sets its name, brand line, logo and publisher once, in
mkdocs.yml, and every output carries them and never the project's own brand."""

from __future__ import annotations

from cegah.commands.build import build_all
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.project import Project

from tests.helpers import edit, make_mini_site

LOGO = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
<rect width="10" height="10" fill="#0a5c36"/></svg>
"""
SETTINGS = """extra:
  brand:
    tagline:
      id: Waspada calo, lapor petugas.
      en: Beware of brokers, tell an officer.
    logo: assets/kantor.svg
  publisher:
    name:
      id: Kantor Imigrasi Sukamaju
      en: Sukamaju Immigration Office
    address:
      id: Jl. Merdeka 1, Sukamaju
"""


def test_an_office_brand_reaches_the_site_and_every_print_item(tmp_path):
    site = make_mini_site(tmp_path / "office")
    (site / "docs" / "assets").mkdir(exist_ok=True)
    (site / "docs" / "assets" / "kantor.svg").write_text(LOGO, encoding="utf-8")
    config = site / "mkdocs.yml"
    edit(config, "site_name: Uji", "site_name: Imigrasi Sukamaju")
    text = config.read_text(encoding="utf-8")
    start = text.index("extra:\n")
    end = text.index("  corrections:", start)
    config.write_text(text[:start] + SETTINGS + text[end:], encoding="utf-8")
    project = Project(site)

    built = build_all(project, tmp_path / "out", with_print=True)
    home = (built / "index.html").read_text(encoding="utf-8")
    assert '<img src="assets/kantor.svg"' in home  # the office's logo in the site's header
    assert "situs Imigrasi Sukamaju" in (built / "404.html").read_text(encoding="utf-8")

    jobs = plan_jobs(project)
    assert jobs
    for job in jobs:
        sheets = plan_job(project, job)
        printed = " ".join(line.text for sheet in sheets for line in sheet.lines)
        tagline = {"id": "Waspada calo, lapor petugas.", "en": "Beware of brokers, tell an officer."}
        assert tagline[job.lang] in printed, job.stem
        issuer = "Kantor Imigrasi Sukamaju" if job.lang == "id" else "Sukamaju Immigration Office"
        assert issuer in printed.replace("\u00a0", " "), job.stem
        assert "Imigrasi Sukamaju" in printed and "Cegah TPPO" not in printed
        assert any(p.path.endswith("kantor.svg") for sheet in sheets for p in sheet.images)

    # and the project's own brand is nowhere: not on a page, not on an item, not in a message
    for path in built.rglob("*"):
        if path.suffix in (".html", ".txt", ".xml", ".json", ".js"):
            assert "Cegah TPPO" not in path.read_text(encoding="utf-8"), path
