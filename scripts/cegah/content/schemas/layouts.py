"""scripts/cegah/layouts/*.yml: page size, regions, type scale and colours of each format."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    Field,
    RootModel,
    model_validator,
)

from cegah.content.problems import fail
from cegah.content.schemas.common import (
    Strict,
)

Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
Percent = Annotated[int, Field(ge=0, le=100)]
Cmyk = Annotated[list[Percent], Field(min_length=4, max_length=4)]  # C, M, Y, K in per cent


class TextStyle(Strict):
    size: float = Field(gt=0)  # points (at 72 DPI, as for screen images, 1 pt = 1 px)
    min: float = Field(gt=0)  # the text may shrink down to this size, never below
    bold: bool = False
    leading: float = 1.4  # line height as a multiple of the size (body text: 1.35 or more)
    hyphenate: bool = False  # split long words at line ends (pyphen); off: whole words only
    balance: bool = False  # headings: lines of even length, no single word on the last line
    colour: str = "text"  # name of a colour in the layout's palette

    @model_validator(mode="after")
    def _min_not_above_size(self) -> TextStyle:
        if self.min > self.size:
            raise fail(
                f"ukuran minimum {self.min:g} lebih besar dari ukuran {self.size:g}.",
                f"the minimum size {self.min:g} is larger than the size {self.size:g}.",
                "tulis min yang sama dengan atau lebih kecil dari size.",
                "make min equal to or smaller than size.",
            )
        return self


class PageSize(Strict):
    width: float = Field(gt=0)
    height: float = Field(gt=0)
    unit: Literal["mm", "px"] = "mm"  # the unit of every length in the layout
    dpi: int = Field(ge=72)


class LayoutBase(Strict):
    page: PageSize
    margin: float = Field(gt=0)
    gap: float = Field(ge=0)
    bleed_mm: float = 3  # added on every side when a campaign asks for print-shop output
    max_file_kb: int | None = None  # share images must stay small for WhatsApp
    colours: dict[str, Colour]
    # the same colours for an offset press, as a designer specifies them (black text: K only)
    cmyk: dict[str, Cmyk] = {}
    styles: dict[str, TextStyle]

    @model_validator(mode="after")
    def _cmyk_for_every_colour(self) -> LayoutBase:
        missing = sorted(set(self.colours) - set(self.cmyk))
        if self.cmyk and missing:
            raise fail(
                f"warna {', '.join(missing)} tidak punya nilai cmyk.",
                f"the colours {', '.join(missing)} have no cmyk value.",
                "tulis [C, M, Y, K] dalam persen untuk setiap warna di colours.",
                "give [C, M, Y, K] in per cent for every colour under colours.",
            )
        return self


class PosterLayout(LayoutBase):
    """Poster and share images: header, key points, contacts box, QR code, footer."""

    kind: Literal["poster", "share"]  # share: an image for phones, PNG only
    header_height: float
    contacts_height: float
    qr_size: float  # 0: no QR code (share images: nobody scans their own screen)
    footer_height: float
    max_points: int | None = None  # use only the first key points (small formats)
    contacts_note: bool = True  # print how the numbers were checked, above the footer line
    # the hero number's line (styles hero and hero_caption) and the least cap height it may
    # have, in the layout's unit: readable from across a village hall (tested)
    hero_height: float | None = None
    hero_cap_min: float | None = None
    other_contacts: bool = True  # the other emergency numbers in small type below the hero
    # kept free of text at the top and bottom (a story's status and reply bars)
    clear_top: float = 0
    clear_bottom: float = 0


class TrifoldLayout(LayoutBase):
    """A4 landscape folded in three: outside (flap, back, cover) and inside (three panels)."""

    kind: Literal["trifold"]
    outside_panels: list[float] = Field(min_length=3, max_length=3)  # flap, back, cover
    inside_panels: list[float] = Field(min_length=3, max_length=3)
    qr_size: float
    header_height: float
    write_in_height: float = 0  # the back's box for the local officer's number (0: none)
    picture_size: float = 0  # the cover's pictogram (0: none)


class CardSheet(Strict):
    """Several cards on one sheet for an office printer (sizes in mm)."""

    columns: int = Field(gt=0)
    rows: int = Field(gt=0)
    width: float = Field(gt=0)
    height: float = Field(gt=0)
    gutter: float = Field(default=0, ge=0)  # between cards, so a slightly-off cut shows no band


class CardLayout(LayoutBase):
    """A pocket card: front (hero number) and back (signs, QR code), and a sheet of them."""

    kind: Literal["card"]
    band_height: float
    qr_size: float
    hero_cap_min: float
    sheet: CardSheet


class SlidesLayout(LayoutBase):
    """A session's slides, 16:9 for a projector (session/slides.py)."""

    kind: Literal["slides"]
    band_height: float  # the red band behind a slide's heading
    qr_size: float  # the close slide's QR code to the site
    min_text_pt: float = Field(ge=1)  # no text under this (read from the back of a hall)


class FormLayout(LayoutBase):
    """A session's A4 forms: the participant's quiz sheet, the answer key, the tally sheet."""

    kind: Literal["form"]
    form: Literal["sheet", "key", "tally"]
    min_text_pt: float = Field(ge=1)  # photocopier-safe type


class LayoutFile(
    RootModel[
        Annotated[
            PosterLayout | TrifoldLayout | CardLayout | SlidesLayout | FormLayout,
            Field(discriminator="kind"),
        ]
    ]
):
    pass
