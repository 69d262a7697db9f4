"""Local contacts (the district's PPA unit, the local police) and a campaign's offices reach
the campaign that lists them, and nothing national."""

from __future__ import annotations

from cegah.commands import cli
from cegah.commands.build import build_all
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.project import Project

from tests.helpers import make_mini_site

LOCAL = """  - id: ppa-sukamaju
    name:
      id: Unit PPA Polres Sukamaju
      en: Sukamaju police PPA unit
    description:
      id: Perempuan dan anak di Sukamaju.
      en: Women and children in Sukamaju.
    situation: perempuan-anak
    emergency: true
    local: true
    phones:
      - number: 0812-5555-0101
    sources:
      - title: Polres Sukamaju, papan layanan
        date: 2026-10
    desk_checked: 2026-11-20
"""
VILLAGE = """title:
  id: Desa Sukamaju
contacts: [ppa-sukamaju]
office:
  name: {id: Kantor Imigrasi Sukamaju}
  phones:
    - number: 021-555-0100
  verified: 2026-11-20
offices:
  - name: {id: Dinas Tenaga Kerja Sukamaju}
    phones:
      - number: 021-555-0200
    verified: 2026-11-20
languages: [id]
items:
  - format: poster-a4
    page: tanda-tanda
"""


def _site(tmp_path):
    site = make_mini_site(tmp_path / "mini")
    contacts = site / "docs" / "data" / "contacts.yml"
    contacts.write_text(contacts.read_text(encoding="utf-8") + LOCAL, encoding="utf-8")
    (site / "campaigns" / "desa-sukamaju.yml").write_text(VILLAGE, encoding="utf-8")
    return site


def test_a_local_contact_prints_only_in_its_campaign(tmp_path):
    site = _site(tmp_path)
    project = Project(site)
    printed = {}
    for job in plan_jobs(project, lang="id"):
        sheet = plan_job(project, job)[0]
        printed[job.campaign_id] = sheet
    village, national = printed["desa-sukamaju"], printed["uji"]
    groups = [line.text for line in village.lines if line.field == "contacts_group"]
    assert groups[0] == "Di daerah ini:"
    numbers = village.text_of("contacts").replace("\u00a0", " ")
    for text in (
        "Unit PPA Polres Sukamaju: 0812-5555-0101",
        "Kantor Imigrasi Sukamaju: 021-555-0100",
        "Dinas Tenaga Kerja Sukamaju: 021-555-0200",
    ):
        assert text in numbers
    assert "Diterbitkan oleh: Kantor Imigrasi Sukamaju" in village.text_of("footer")
    assert "Sukamaju" not in " ".join(line.text for line in national.lines)
    # nor in the national emergency strip of any page
    built = build_all(project, tmp_path / "out", with_print=False)
    home = (built / "index.html").read_text(encoding="utf-8")
    assert 'class="cegah-emergency"' in home and "0812-5555-0101" not in home
    for page in built.rglob("*.html"):
        strip = page.read_text(encoding="utf-8").split('class="cegah-emergency"')
        assert all("0812-5555-0101" not in part.split("</nav>")[0] for part in strip[1:]), page


def test_a_campaign_that_lists_a_national_contact_as_local_is_told(tmp_path, monkeypatch, capsys):
    site = _site(tmp_path)
    campaign = site / "campaigns" / "desa-sukamaju.yml"
    campaign.write_text(
        campaign.read_text(encoding="utf-8").replace("[ppa-sukamaju]", "[ppa-sukamaju, polri-110]"),
        encoding="utf-8",
    )
    monkeypatch.chdir(site)
    assert cli.main(["print"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert "GALAT / ERROR: campaigns/desa-sukamaju.yml:3 (contacts[1])" in lines
    assert (
        "  kontak 'polri-110' bukan kontak lokal (local: true). Perbaiki: tulis id kontak lokal "
        "dari docs/data/contacts.yml: ppa-sukamaju."
    ) in lines
