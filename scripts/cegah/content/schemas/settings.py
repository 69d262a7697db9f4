"""mkdocs.yml extra: the settings an office sets once to adopt the site (PUBLISHING.md):
its brand line and logo, who publishes it. The site's name is MkDocs' own site_name."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from cegah.content.problems import fail
from cegah.content.schemas.common import Localized, Strict

LOGO_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")


def _logo_file(value: str) -> str:
    if not value.lower().endswith(LOGO_SUFFIXES) or value.startswith(("/", "..")) or ".." in value:
        raise fail(
            f"'{value}' bukan berkas logo di dalam folder docs/.",
            f"'{value}' is not a logo file inside the docs/ folder.",
            "tulis jalur berkas SVG atau PNG di dalam docs/, misalnya assets/logo.svg.",
            "give the path of an SVG or PNG file inside docs/, e.g. assets/logo.svg.",
        )
    return value


class Brand(Strict):
    """The brand line printed over every headline, and the logo for the site's header and
    every print item (a campaign's own logo replaces it on that campaign's prints)."""

    tagline: Localized | None = None
    logo: Annotated[str, AfterValidator(_logo_file)] | None = None  # relative to docs/


class Publisher(Strict):
    """Who issues the site and its prints: named on every print item ("Diterbitkan oleh")."""

    name: Localized
    address: Localized | None = None


class SiteSettings(Strict):
    brand: Brand = Brand()
    publisher: Publisher | None = None
