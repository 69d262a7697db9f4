"""MkDocs hooks (listed in mkdocs.yml). Thin: each event calls plain functions (cegah.site,
cegah.visitor, cegah.site_search).

Content problems become a PluginError with the editor-facing message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from cegah import blocks, site, site_search, visitor
from cegah.content import (
    load_contacts,
    load_corrections,
    load_news,
    load_penalties,
    load_self_check,
    parse_page,
)
from cegah.errors import ContentError, relative
from cegah.printing.listing import listing_html
from cegah.printing.plan import plan_jobs
from cegah.project import Project
from cegah.selfcheck import self_check_html
from cegah.site import SiteData, folder_url, hreflang_links, page_markdown
from cegah.strings import words

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
        contacts = load_contacts(project)
        _state["data"] = SiteData(
            contacts=contacts,
            penalties=load_penalties(project),
            corrections=load_corrections(project),
            news=lambda lang: load_news(project, lang),
            print_listing=lambda lang, url: listing_html(project, lang, folder_url(url)),
            self_check=lambda lang: self_check_html(
                load_self_check(project, lang), contacts.contacts, lang
            ),
        )
    except ContentError as exc:
        raise _fail(exc) from None
    _state["project"] = project
    _state.pop("share_images", None)
    return config


def _share_images(project: Project) -> dict[tuple[str, str], str]:
    """Share images from the print plan, once per build. A broken campaign file leaves pages
    without a share image here: the print step and `cegah check` report it, once."""
    if "share_images" not in _state:
        try:
            _state["share_images"] = visitor.share_images(plan_jobs(project))
        except ContentError:
            _state["share_images"] = {}
    return _state["share_images"]


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
    lang = _lang(page, config)
    context["cegah_emergency"] = blocks.emergency(_state["data"].contacts.contacts, lang)
    _visitor_context(context, config, lang)
    context["cegah_share"] = visitor.share_for(
        page, config, lang, project.site_url, _share_images(project)
    )
    return context


def _visitor_context(context, config, lang: str) -> None:
    """What every page template needs from cegah.visitor (also the 404 page)."""
    context["cegah_words"] = words(lang)
    context["cegah_csp"] = visitor.CSP
    context["cegah_exit_url"] = config.extra.get("quick_exit_url", visitor.QUICK_EXIT_URL)


def on_template_context(context, template_name, config):
    # 404.html is a theme template, not a page: it gets no on_page_context
    if template_name == "404.html":
        project: Project = _state["project"]
        lang = project.default_language
        context["cegah_emergency"] = blocks.emergency(_state["data"].contacts.contacts, lang)
        _visitor_context(context, config, lang)
        # (language, its words, its home below the site root), default language first
        codes = sorted(project.language_codes, key=lambda code: code != lang)
        context["cegah_404"] = [(c, words(c), "" if c == lang else f"{c}/") for c in codes]
    return context


def on_post_template(output, template_name, config):
    # GitHub Pages serves one 404.html for every missing address; the i18n plugin renders it in
    # each language into the same file. Keep the default language's (it shows every language).
    if (
        template_name == "404.html"
        and config.theme["language"] != _state["project"].default_language
    ):
        return ""
    return output


@event_priority(-200)  # after mkdocs-static-i18n (-100) has merged the languages' search entries
def on_post_build(config):
    project: Project = _state["project"]
    site_search.write_language_indexes(
        Path(config.site_dir), project.language_codes, project.default_language
    )
