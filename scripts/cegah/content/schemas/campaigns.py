"""campaigns/*.yml: print campaigns and their items."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    model_validator,
)

from cegah.content.formats import FORMAT_KINDS, kind_of
from cegah.content.problems import fail
from cegah.content.schemas.common import (
    SLUG,
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
    flap: PagePath | None = None  # trifold: the page the flap prints (what TPPO is, a story)
    # trifold: ids from penalties.yml for the last inside panel; by default both trafficking offences,
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


def _check_folder(value: str) -> str:
    suggested = "-".join(re.findall(r"[a-z0-9]+", value.lower())) or "nama-folder"
    if "/" in value or "\\" in value or ".." in value:
        raise fail(
            f"folder '{value}' berada di luar folder materi cetak (print/) atau di dalam folder lain.",
            f"folder '{value}' is outside the print materials folder (print/) or inside another folder.",
            f"tulis satu nama folder tanpa '..' atau '/', misalnya {suggested}.",
            f"write a single folder name without '..' or '/', e.g. {suggested}.",
        )
    if not re.match(SLUG, value):
        raise fail(
            f"nama folder '{value}' tidak bisa dipakai: nama itu menjadi alamat unduhan.",
            f"the folder name '{value}' cannot be used: it becomes the download address.",
            f"pakai huruf kecil, angka dan tanda hubung, misalnya {suggested}.",
            f"use lower-case letters, digits and hyphens, e.g. {suggested}.",
        )
    return value


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
    offset: bool = False  # the print shop's copy in CMYK for an offset press (needs print_shop)
    languages: list[str] | None = None  # default: every language of the site
    # output folder under print/ (default: the campaign file name), named like campaign files
    folder: Annotated[str, AfterValidator(_check_folder)] | None = None
    logo: str | None = None  # image file, relative to campaigns/
    office: LocalOffice | None = None
    offices: list[LocalOffice] = []  # more offices beside `office`, printed in the same order
    # local contacts (local: true in contacts.yml) this campaign prints, by id, in this order
    contacts: list[Annotated[str, Field(pattern=SLUG)]] = []
    event: CampaignEvent | None = None
    # the contact whose number posters print large (default: the one marked hero in contacts.yml)
    hero: str | None = None
    items: list[CampaignItem] = Field(min_length=1)

    @property
    def all_offices(self) -> list[LocalOffice]:
        return ([self.office] if self.office else []) + self.offices

    @model_validator(mode="after")
    def _offset_is_for_a_print_shop(self) -> Campaign:
        if self.offset and not self.print_shop:
            raise fail(
                "offset: true butuh print_shop: true (salinan CMYK adalah salinan percetakan).",
                "offset: true needs print_shop: true (the CMYK copy is the print shop's copy).",
                "tambahkan print_shop: true, atau hapus offset.",
                "add print_shop: true, or remove offset.",
            )
        return self
