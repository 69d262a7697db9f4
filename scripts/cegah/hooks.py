"""MkDocs hooks (listed in mkdocs.yml). Thin: each event calls a plain function in cegah.site.

Content problems become a PluginError with the editor-facing message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from cegah import blocks, site
from cegah.content import load_contacts, load_news, load_penalties, parse_page
from cegah.errors import ContentError, relative
from cegah.printing.listing import listing_html
from cegah.project import Project
from cegah.site import SiteData, hreflang_links, page_markdown

_state: dict = {}


def _project(config) -> Project:
    return Project(Path(config.config_file_path).parent)


def _fail(exc: ContentError) -> PluginError:
    site.reported.extend(exc.problems)
    return PluginError(str(exc))


def on_config(config):
    project = _project(config)
    site.reported.clear()
    try:
        _state["data"] = SiteData(
            contacts=load_contacts(project),
            penalties=load_penalties(project),
            news=lambda lang: load_news(project, lang),
            print_listing=lambda lang, url: listing_html(project, lang, url),
        )
    except ContentError as exc:
        raise _fail(exc) from None
    _state["project"] = project
    return config


def _lang(page, config) -> str:
    return getattr(page.file, "locale", None) or config.theme["language"]


def on_page_markdown(markdown, page, config, files):
    project: Project = _state["project"]
    file = relative(page.file.abs_src_path, project.root)
    lang = _lang(page, config)
    try:
        text = Path(page.file.abs_src_path).read_text(encoding="utf-8")
        parsed = parse_page(text, file, lang, page.file.src_uri, Path(page.file.abs_src_path))
        return page_markdown(
            markdown, parsed, _state["data"], file, page.url, config.theme["language"]
        )
    except ContentError as exc:
        raise _fail(exc) from None


def on_page_context(context, page, config, nav):
    project: Project = _state["project"]
    alternates = {lang: f.url for lang, f in getattr(page.file, "alternates", {}).items()}
    context["cegah_hreflang"] = hreflang_links(
        project.site_url, alternates, project.default_language
    )
    context["cegah_emergency"] = blocks.emergency(
        _state["data"].contacts.contacts, _lang(page, config)
    )
    return context
