"""No raw HTML from a data file reaches a page: data text is escaped by the site blocks."""

from __future__ import annotations

import re

from cegah.commands.build import build_all
from cegah.project import Project

from tests.helpers import edit, make_mini_site

SCRIPT = "<script>alert('x')</script>"


def test_html_in_data_is_escaped_on_every_page(tmp_path):
    site_root = make_mini_site(tmp_path / "mini")
    edit(
        site_root / "docs/data/contacts.yml", "      id: Darurat.", f'      id: "Darurat {SCRIPT}"'
    )
    edit(site_root / "docs/data/contacts.yml", "      id: Polisi", '      id: "Polisi <b>110</b>"')
    marker = "<!-- cegah:emergency -->"
    edit(site_root / "docs/id/index.md", marker, marker + "\n\n<!-- cegah:contacts -->")
    site = build_all(Project(site_root), tmp_path / "site", with_print=False)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Polisi &lt;b&gt;110&lt;/b&gt;" in home
    assert "Darurat &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in home
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert SCRIPT not in html and "<b>110</b>" not in html, page


def test_news_descriptions_cannot_become_links_or_images(project_copy, tmp_path):
    post = next((project_copy.docs_dir / "id" / "kegiatan").glob("k*.md"))
    payload = "Baca [klik](javascript:alert(1)) dan ![x](https://evil.example/x.png) *tebal* lagi."
    text = re.sub(
        r"^description:.*?\n(?=[a-z_]+:)",
        f'description: "{payload}"\n',
        post.read_text(encoding="utf-8"),
        count=1,
        flags=re.M | re.S,
    )
    post.write_text(text, encoding="utf-8")
    site = build_all(project_copy, tmp_path / "site", with_print=False)
    news = (site / "kegiatan" / "index.html").read_text(encoding="utf-8")
    assert "[klik](javascript:alert(1))" in news  # shown as the editor wrote it, not run
    assert 'href="javascript:' not in news
    assert 'src="https://evil.example' not in news and "<em>tebal</em>" not in news
