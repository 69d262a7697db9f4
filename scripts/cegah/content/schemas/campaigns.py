"""campaigns/*.yml: print campaigns and their items."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    Field,
    model_validator,
)

from cegah.content.formats import FORMAT_KINDS, kind_of
from cegah.content.problems import fail
from cegah.content.schemas.common import (
    Localized,
    Phone,
    Source,
    Strict,
    WhatsAppText,
)

Format = Literal[tuple(FORMAT_KINDS)]  # one per layout file (content/formats.py)
PagePath = Annotated[str, Field(pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)*$")]


class CampaignItem(Strict):
    format: Format
    page: PagePath  # title and key points come from here; the QR code points here
    inside: list[PagePath] = []  # trifold: the pages of the three inside panels
    flap: PagePath | None = None  # trifold: the page whose key points go on the flap
    # trifold: ids from penalties.yml for the last panel; by default both trafficking offences,
    # since which one applies depends on where the victim is exploited (abroad first: the main
    # risk of this audience)
    penalties: list[str] = ["uu21-4", "kuhp-455"]

    @model_validator(mode="after")
    def _trifold_needs_three_pages(self) -> CampaignItem:
        if kind_of(self.format) == "trifold" and len(self.inside) != 3:
            raise fail(
                f"pamflet lipat tiga butuh tepat 3 halaman di 'inside' (sekarang {len(self.inside)}).",
                f"a trifold needs exactly 3 pages under 'inside' (now {len(self.inside)}).",
                "tulis tiga nama halaman, misalnya [tanda-tanda, bekerja-resmi, hukum].",
                "list three pages, e.g. [tanda-tanda, bekerja-resmi, hukum].",
            )
        return self


class LocalOffice(Strict):
    """A campaign's own contact block, e.g. the regional immigration office."""

    name: Localized
    phones: list[Phone] = []
    whatsapp: WhatsAppText | None = None
    address: Localized | None = None
    note: Localized | None = None  # e.g. "office number to follow"
    sources: list[Source] = []
    verified: dt.date | None = None  # empty until a person checked the numbers: prints DRAFT


class CampaignEvent(Strict):
    date: dt.date
    place: Localized


class Campaign(Strict):
    title: Localized
    draft: bool = False  # a draft prints a DRAFT / KONSEP watermark on every item
    print_shop: bool = False  # 3 mm bleed and crop marks, for a print shop
    languages: list[str] | None = None  # default: every language of the site
    folder: str | None = None  # output folder under print/ (default: the campaign file name)
    logo: str | None = None  # image file, relative to campaigns/
    office: LocalOffice | None = None
    event: CampaignEvent | None = None
    items: list[CampaignItem] = Field(min_length=1)
