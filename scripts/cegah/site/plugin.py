"""The MkDocs plugin `cegah` (entry point in pyproject.toml, listed under `plugins:` in
mkdocs.yml). Thin: each event calls plain functions (cegah.site.pages, visitor, search); its
state lives on the instance, and content problems travel on the exception
(ContentPluginError), so `cegah build` and `cegah check` print the editor-facing messages.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import BytecodeCache
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority

from cegah.content import fallback
from cegah.content.load import campaign_files
from cegah.content.safety import content_problems
from cegah.errors import ContentError, ContentPluginError, relative
from cegah.printing.listing import listing_html
from cegah.printing.plan import plan_jobs
from cegah.project import Project
from cegah.site import blocks, edit, search, tables, theme, visitor
from cegah.site.pages import SiteData, folder_url, hreflang_links, markers_of, page_markdown
from cegah.site.selfcheck import self_check_html
from cegah.words import fallback_notice, language, words


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled theme templates kept for the process: `cegah build` runs MkDocs twice (the site
    and its file:// copy), and compiling Material's templates is a third of each build. Jinja
    keys each entry by the template's name and source checksum, so a changed template is
    compiled again."""

    def __init__(self):
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket):
        self._store[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = _MemoryBytecodeCache()


class CegahConfig(Config):
    # where "Quick exit" goes: an ordinary, harmless page (see visitor.QUICK_EXIT_URL)
    quick_exit_url = c.Type(str, default=visitor.QUICK_EXIT_URL)


def serve_print_files(built: Path, preview: Path) -> None:
    """The last built print files, copied into the preview (a copy: the preview folder is
    removed when serve stops)."""
    if built.is_dir() and not preview.exists():
        shutil.copytree(built, preview)


class CegahPlugin(BasePlugin[CegahConfig]):
    def __init__(self):
        self.project: Project | None = None
        self.data: SiteData | None = None
        self._given: Project | None = None
        self._share_images: dict[tuple[str, str], str] | None = None
        self._serving = False

    def on_startup(self, command, dirty):
        # `mkdocs serve` builds into a temporary folder without print files: it gets the last
        # built ones (make serve renders them first), so the print page works in the preview
        self._serving = command == "serve"

    def use_project(self, project: Project) -> None:
        """Share a command's project (and so its content store) with this build, so print,
        the offline build and the checks do not load the same files again."""
        self._given = project

    def on_config(self, config):
        # mkdocs build/serve on its own: a fresh project, so every rebuild reads the files anew
        self.project = self._given or Project(Path(config.config_file_path).parent)
        content = self.project.content
        links = content_problems(self.project)
        if links:
            raise ContentPluginError(links)
        try:
            contacts = content.contacts()
            logo = content.settings().brand.logo
            if logo:  # the office's logo in the site's header (mkdocs.yml extra.brand.logo)
                config.theme["logo"] = logo
            self.data = SiteData(
                contacts=contacts,
                penalties=content.penalties(),
                corrections=content.corrections(),
                edit_base=edit.docs_edit_base(config.repo_url, config.edit_uri),
                news=content.news,
                print_listing=lambda lang, url, campaign: listing_html(
                    self.project, lang, folder_url(url), campaign
                ),
                campaign_ids=tuple(path.stem for path in campaign_files(self.project)),
                self_check=lambda lang: self_check_html(
                    content.self_check(lang), contacts.contacts, lang
                ),
            )
        except ContentError as exc:
            raise ContentPluginError(exc.problems) from None
        self._share_images = None
        return config

    def on_env(self, env, config, files):
        env.bytecode_cache = TEMPLATES
        theme.add_language_partials(env, self.project.language_codes)
        return env

    def share_images(self) -> dict[tuple[str, str], str]:
        """Share images from the print plan, once per build. A broken campaign file leaves
        pages without a share image here: the print step and `cegah check` report it, once."""
        if self._share_images is None:
            try:
                self._share_images = visitor.share_images(plan_jobs(self.project))
            except ContentError:
                self._share_images = {}
        return self._share_images

    def on_page_content(self, html, page, config, files):
        return tables.scroll_regions(html, words(_lang(page, config))["table"])

    def on_page_markdown(self, markdown, page, config, files):
        file = relative(page.file.abs_src_path, self.project.root)
        lang = _lang(page, config)
        try:
            parsed = self.project.content.page_file(Path(page.file.abs_src_path), lang)
            # a page built around data: the pencil opens the data file, not the marker
            own = edit.page_edit_url(self.data.edit_base, markers_of(markdown), lang)
            page.edit_url = own or page.edit_url
            return page_markdown(
                markdown, parsed, self.data, file, page.url, config.theme["language"]
            )
        except ContentError as exc:
            raise ContentPluginError(exc.problems) from None

    def on_page_context(self, context, page, config, nav):
        project = self.project
        alternates = {lang: f.url for lang, f in getattr(page.file, "alternates", {}).items()}
        context["cegah_hreflang"] = hreflang_links(
            project.site_url, alternates, project.default_language
        )
        lang = _lang(page, config)
        context["cegah_emergency"] = self._emergency(lang)
        self._visitor_context(context, lang, config)
        context["cegah_share"] = visitor.share_for(
            page, config, lang, project.site_url, self.share_images()
        )
        return context

    @staticmethod
    def _csp(config) -> str:
        """The online build names its own address; the file:// copy (file URLs) has none."""
        return visitor.csp(config.site_url if config.use_directory_urls else None)

    def _emergency(self, lang: str) -> str:
        contacts = self.data.contacts.contacts
        with fallback.recording() as used:
            strip = blocks.emergency(contacts, lang)
        if not used:
            return strip
        return blocks.emergency(contacts, lang, notice=fallback_notice(used, lang))

    def _visitor_context(self, context, lang: str, config) -> None:
        """What every page template needs from cegah.site.visitor (also the 404 page)."""
        context["cegah_words"] = words(lang)
        context["cegah_language"] = language(lang)
        context["cegah_csp"] = self._csp(config)
        context["cegah_exit_url"] = self.config.quick_exit_url

    def on_template_context(self, context, template_name, config):
        # 404.html is a theme template, not a page: it gets no on_page_context
        if template_name == "404.html":
            lang = self.project.default_language
            context["cegah_emergency"] = self._emergency(lang)
            self._visitor_context(context, lang, config)
            # (language, its words, its home below the site root), default language first
            codes = sorted(self.project.language_codes, key=lambda code: code != lang)
            context["cegah_404"] = [(c, words(c), "" if c == lang else f"{c}/") for c in codes]
        return context

    def on_post_template(self, output, template_name, config):
        # GitHub Pages serves one 404.html for every missing address; the i18n plugin renders
        # it in each language into the same file. Keep the default language's (it shows all).
        if (
            template_name == "404.html"
            and config.theme["language"] != self.project.default_language
        ):
            return ""
        return output

    @event_priority(-200)  # after mkdocs-static-i18n (-100) merged the languages' search entries
    def on_post_build(self, config):
        project = self.project
        if self._serving:
            serve_print_files(project.site_dir / "print", Path(config.site_dir) / "print")
        search.write_language_indexes(
            Path(config.site_dir), project.language_codes, project.default_language
        )
        site_dir = Path(config.site_dir)
        base = urlsplit(config.site_url or "/").path or "/"
        pages = visitor.page_paths(site_dir, base if base.endswith("/") else base + "/")
        base_path = base if base.endswith("/") else base + "/"
        own = visitor.own_policies(site_dir, base_path)
        headers = visitor.headers_file(pages, self._csp(config), own)
        (site_dir / visitor.HEADERS_FILE).write_text(headers, encoding="utf-8")


def _lang(page, config) -> str:
    return getattr(page.file, "locale", None) or config.theme["language"]
