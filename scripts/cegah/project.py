"""Where things are, and the site settings every output shares (read once from mkdocs.yml).

The site address and the languages live in mkdocs.yml only; print items and checks read them
from here so a QR code and the page it points to can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from cegah.errors import ContentError


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may carry tags such as !ENV or !!python/name; we only need plain keys."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    return None


_ConfigLoader.add_multi_constructor("", _ignore_tag)


# the address mkdocs.yml ships with: nobody's site. While it is set, every print item is marked
# DRAFT (its QR codes would lead nowhere) and the build says why.
EXAMPLE_SITE_URL = "https://cegah-tppo.github.io/cegah-tppo/"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The project whose mkdocs.yml is in start or one of its parents."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "mkdocs.yml").is_file():
                return cls(folder)
        raise ContentError.one(
            file="mkdocs.yml",
            problem_id="mkdocs.yml tidak ditemukan di folder ini atau induknya.",
            problem_en="mkdocs.yml was not found in this folder or its parents.",
            fix_id="jalankan perintah dari folder proyek.",
            fix_en="run the command from the project folder.",
        )

    @cached_property
    def content(self):
        """The content store: every source file read and validated once (content/store.py)."""
        from cegah.content.store import Content  # the store loads through this project

        return Content(self)

    @cached_property
    def config(self) -> dict:
        with open(self.root / "mkdocs.yml", encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_ConfigLoader) or {}

    @property
    def docs_dir(self) -> Path:
        return self.root / self.config.get("docs_dir", "docs")

    @property
    def data_dir(self) -> Path:
        return self.docs_dir / "data"

    @property
    def campaigns_dir(self) -> Path:
        return self.root / "campaigns"

    @property
    def site_dir(self) -> Path:
        return self.root / self.config.get("site_dir", "site")

    @property
    def site_url(self) -> str:
        url = self.config.get("site_url") or ""
        return url if url.endswith("/") else url + "/"

    @property
    def site_url_is_example(self) -> bool:
        """No real address yet: the example one, or none."""
        return self.site_url in (EXAMPLE_SITE_URL, "/")

    @cached_property
    def languages(self) -> tuple[Language, ...]:
        for plugin in self.config.get("plugins", []):
            if isinstance(plugin, dict) and "i18n" in plugin:
                return tuple(
                    Language(
                        lang["locale"], lang.get("name", lang["locale"]), bool(lang.get("default"))
                    )
                    for lang in plugin["i18n"]["languages"]
                )
        return (Language("id", "Bahasa Indonesia", True),)

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(lang.code for lang in self.languages)

    @property
    def default_language(self) -> str:
        return next((lang.code for lang in self.languages if lang.default), self.languages[0].code)

    def page_path(self, lang: str, page: str) -> Path:
        """Markdown file of a page ('kegiatan' means kegiatan/index.md when that exists)."""
        folder = self.docs_dir / lang
        direct = folder / f"{page}.md"
        return direct if direct.exists() else folder / page / "index.md"

    def page_url(self, lang: str, page: str) -> str:
        """Absolute URL of a page as published (directory URLs)."""
        prefix = "" if lang == self.default_language else f"{lang}/"
        path = "" if page in ("index", "") else f"{page.removesuffix('/index')}/"
        return f"{self.site_url}{prefix}{path}"
