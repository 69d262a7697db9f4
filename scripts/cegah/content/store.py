"""The content store: each file an editor writes is read and validated once per run, and the
same value is shared by the site build(s), print, the print listing, the call sheet and
`cegah check` ("one source, many outputs", held by the structure, not by care).

A project's store is `project.content`. A file that fails to load keeps its error, so every
use reports the same problems without reading the file again. Every value is keyed by the files
it comes from and their modification stamps, so an edited file is read again (a long-running
process, `cegah calls --record`, a test that edits content) and an unchanged one never is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cegah.content import load
from cegah.content.schemas import (
    Campaign,
    ContactsFile,
    Corrections,
    PenaltiesFile,
    SelfCheckFile,
    SiteSettings,
    TranslationsFile,
)
from cegah.content.yamlfile import YamlDoc, load_yaml
from cegah.errors import ContentError
from cegah.project import Project

T = TypeVar("T")


class Content:
    def __init__(self, project: Project):
        self.project = project
        self._memo: dict[tuple, tuple[object, ContentError | None]] = {}

    def _once(self, key: tuple, read: Callable[[], T], *files: Path) -> T:
        key = (*key, *(_stamp(f) for f in files))
        if key not in self._memo:
            try:
                self._memo[key] = (read(), None)
            except ContentError as exc:
                self._memo[key] = (None, exc)
        value, error = self._memo[key]
        if error is not None:
            raise error
        return value  # type: ignore[return-value]

    def yaml(self, path: Path) -> YamlDoc:
        """A YAML file parsed once, with the line of every key."""
        path = Path(path).resolve()
        return self._once(("yaml", path), lambda: load_yaml(path, self.project.root), path)

    def contacts(self) -> ContactsFile:
        path = self.project.data_dir / load.CONTACTS_FILE
        return self._once(("contacts",), lambda: load.load_contacts(self.project), path)

    def penalties(self) -> PenaltiesFile:
        path = self.project.data_dir / load.PENALTIES_FILE
        return self._once(("penalties",), lambda: load.load_penalties(self.project), path)

    def settings(self) -> SiteSettings:
        return self._once(("settings",), lambda: load.load_settings(self.project))

    def corrections(self) -> Corrections | None:
        return self._once(("corrections",), lambda: load.load_corrections(self.project))

    def translations(self) -> TranslationsFile:
        from cegah.content.translations import TRANSLATIONS_FILE, load_translations

        path = self.project.data_dir / TRANSLATIONS_FILE
        return self._once(("translations",), lambda: load_translations(self.project), path)

    def page_file(self, path: Path, lang: str) -> load.Page:
        """The page at path, in language lang (its front matter validated)."""
        path = Path(path).resolve()
        return self._once(
            ("page", path, lang), lambda: load.read_page(self.project, path, lang), path
        )

    def page(self, lang: str, slug: str) -> load.Page:
        return self.page_file(load.existing_page_path(self.project, lang, slug), lang)

    def news(self, lang: str) -> list[load.Page]:
        """News posts of one language, newest first."""
        posts = sorted((self.project.docs_dir / lang / load.NEWS_FOLDER).glob("*.md"))
        return self._once(("news", lang), lambda: load.news_posts(self, lang), *posts)

    def campaign(self, path: Path) -> Campaign:
        path = Path(path).resolve()
        return self._once(("campaign", path), lambda: load.load_campaign(self.project, path), path)

    def self_check(self, lang: str) -> SelfCheckFile:
        files = {self._self_check_path(lang), self._self_check_path(self.project.default_language)}
        return self._once(
            ("self-check", lang), lambda: load.load_self_check(self, lang), *sorted(files)
        )

    def self_check_doc(self, lang: str):
        """The self-check file of one language with its line numbers (for comparisons)."""
        path = self._self_check_path(lang)
        return self._once(
            ("self-check-doc", lang), lambda: load.self_check_doc(self.project, lang), path
        )

    def _self_check_path(self, lang: str) -> Path:
        return self.project.data_dir / load.SELF_CHECK_FOLDER / f"{lang}.yml"


def _stamp(path: Path) -> tuple:
    """What tells a changed file from an unchanged one without reading it."""
    try:
        stat = Path(path).stat()
    except FileNotFoundError:
        return (str(path), None)
    return (str(path), stat.st_mtime_ns, stat.st_size)
