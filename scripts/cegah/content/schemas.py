"""Every YAML shape of the project, declared once.

Contacts, penalties, campaigns and page front matter are validated here. Unknown keys are
errors (a typo must not silently drop a fact). Texts that differ per language are `Localized`:
a mapping with exactly the site's languages as keys.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    ValidationInfo,
    model_validator,
)

from cegah.content import phones
from cegah.content.formats import FORMAT_KINDS, kind_of
from cegah.content.problems import fail, language_not_configured

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SOURCE_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def require_unique_ids(items: list, list_key: str, thing_id: str, thing_en: str) -> None:
    """Every item of a list has its own `id` (the second use of an id is reported)."""
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item.id in seen:
            raise fail(
                f"id '{item.id}' dipakai lebih dari sekali.",
                f"id '{item.id}' is used more than once.",
                f"beri setiap {thing_id} id yang berbeda.",
                f"give every {thing_en} its own id.",
                at=(list_key, index, "id"),
            )
        seen.add(item.id)


def _languages(info: ValidationInfo) -> tuple[str, ...]:
    return tuple((info.context or {}).get("languages", ()))


def _check_localized(value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
    wanted = _languages(info)
    missing = [lang for lang in wanted if not (value.get(lang) or "").strip()]
    unknown = [lang for lang in value if wanted and lang not in wanted]
    if missing:
        raise fail(
            f"teks untuk bahasa {', '.join(missing)} belum ada.",
            f"the text for language {', '.join(missing)} is missing.",
            f"tambahkan baris '{missing[0]}: ...' di bawah kunci ini.",
            f"add a line '{missing[0]}: ...' under this key.",
        )
    if unknown:
        words = language_not_configured(unknown[0], wanted)
        raise fail(words["problem_id"], words["problem_en"], words["fix_id"], words["fix_en"])
    return value


Localized = Annotated[dict[str, str], AfterValidator(_check_localized)]


def _check_url(value: str) -> str:
    if not re.match(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$", value):
        raise fail(
            f"'{value}' bukan alamat web yang valid.",
            f"'{value}' is not a valid web address.",
            "tulis alamat lengkap diawali https://, tanpa spasi.",
            "write the full address starting with https://, without spaces.",
        )
    return value


Url = Annotated[str, AfterValidator(_check_url)]


def _check_source_date(value: object) -> str:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not SOURCE_DATE.match(text):
        raise fail(
            f"'{text}' bukan tanggal sumber yang valid.",
            f"'{text}' is not a valid source date.",
            "tulis TTTT, TTTT-BB atau TTTT-BB-HH, misalnya 2024-08-14.",
            "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-08-14.",
        )
    return text


class Source(Strict):
    title: str = Field(min_length=1)
    url: Url | None = None
    date: Annotated[object, AfterValidator(_check_source_date)] | None = None


def _check_phone(value: str) -> str:
    if phones.is_service_number(value) or phones.parse(value) is not None:
        return value
    if phones.digits(value) and len(phones.digits(value)) <= 5:
        raise fail(
            f"nomor layanan '{value}' tidak ada dalam daftar nomor layanan yang diizinkan.",
            f"service number '{value}' is not on the list of allowed service numbers.",
            "periksa nomornya; nomor layanan baru ditambahkan ke scripts/cegah/content/phones.py oleh "
            "pengembang setelah diverifikasi.",
            "check the number; new service numbers are added to scripts/cegah/content/phones.py by a "
            "developer after verification.",
        )
    raise fail(
        f"'{value}' bukan nomor telepon yang valid.",
        f"'{value}' is not a valid phone number.",
        "tulis nomor Indonesia seperti (021) 2968 1560 atau 0812-3456-7890, nomor luar negeri "
        "diawali + dan kode negara, misalnya +60 17-668 8032.",
        "write Indonesian numbers like (021) 2968 1560 or 0812-3456-7890, foreign numbers with "
        "+ and the country code, e.g. +60 17-668 8032.",
    )


def _check_whatsapp(value: str) -> str:
    if not phones.is_mobile(value):
        raise fail(
            f"'{value}' bukan nomor ponsel, jadi tidak bisa dipakai untuk WhatsApp.",
            f"'{value}' is not a mobile number, so it cannot be a WhatsApp number.",
            "tulis nomor ponsel, misalnya 0812-3456-7890 atau +62 812-3456-7890.",
            "write a mobile number, e.g. 0812-3456-7890 or +62 812-3456-7890.",
        )
    return value


PhoneText = Annotated[str, AfterValidator(_check_phone)]
WhatsAppText = Annotated[str, AfterValidator(_check_whatsapp)]


class Phone(Strict):
    number: PhoneText
    from_abroad: bool = False  # a number meant to be dialled from outside Indonesia
    free: bool | None = None
    note: Localized | None = None


Situation = Literal[
    "darurat", "perempuan-anak", "pekerja-migran", "luar-negeri", "saksi-korban", "lainnya"
]

# What happened when someone dialled the number. Only a wrong or dead number counts as a failed
# call: an unanswered call may be outside the line's hours, so it warns and the number stays.
CallResult = Literal["tersambung", "tidak-dijawab", "nomor-salah", "tidak-aktif"]
FAILED_CALLS = ("nomor-salah", "tidak-aktif")


def _check_email(value: str) -> str:
    if not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}\Z", value):
        raise fail(
            f"'{value}' bukan alamat email yang valid.",
            f"'{value}' is not a valid email address.",
            "tulis alamat lengkap seperti pengaduan@contoh.go.id, tanpa spasi.",
            "write the full address like pengaduan@contoh.go.id, without spaces.",
        )
    return value


Email = Annotated[str, AfterValidator(_check_email)]


class DatedSource(Source):
    """A source of a phone number: its own date is required, since readers are told how old
    the newest source is."""

    date: Annotated[object, AfterValidator(_check_source_date)]


class TestCall(Strict):
    """One test call: who dialled which number on which day, and what happened."""

    __test__ = False  # not a pytest test class, despite the name

    date: dt.date
    number: str = Field(min_length=1)  # one of the contact's phone or WhatsApp numbers
    result: CallResult
    by: str = Field(min_length=2)  # an office or a role, never a private person's name
    note: str | None = None


class Contact(Strict):
    id: Annotated[str, Field(pattern=SLUG)]
    name: Localized
    short_name: Localized | None = None  # for the emergency strip and print
    description: Localized
    situation: Situation
    emergency: bool = False  # shown in the short emergency list (site and print)
    phones: list[Phone] = []
    whatsapp: WhatsAppText | None = None
    email: Email | None = None
    website: Url | None = None
    hours: Localized | None = None
    limits: Localized | None = None
    sources: list[DatedSource] = Field(min_length=1)  # of the numbers: they date the numbers
    limits_sources: list[DatedSource] = []  # of the `limits` text, shown with it
    desk_checked: dt.date  # the day someone last compared the numbers with their sources
    calls: list[TestCall] = []  # test calls, in any order

    @model_validator(mode="before")
    @classmethod
    def _old_verified_key(cls, data: object) -> object:
        if isinstance(data, dict) and "verified" in data:
            raise fail(
                "kunci 'verified' sudah tidak dipakai: tanggal itu tidak mengatakan apakah nomor "
                "ditelepon atau hanya dicocokkan dengan sumber.",
                "the key 'verified' is no longer used: it did not say whether the number was "
                "called or only compared with its sources.",
                "ganti dengan 'desk_checked: TTTT-BB-HH' (hari nomor dicocokkan dengan sumbernya) "
                "dan catat panggilan uji di 'calls' (lihat CONTRIBUTING.md).",
                "replace it with 'desk_checked: YYYY-MM-DD' (the day the numbers were compared "
                "with their sources) and record test calls under 'calls' (see CONTRIBUTING.md).",
                at=("verified",),
            )
        return data

    @model_validator(mode="after")
    def _has_a_channel(self) -> Contact:
        if not (self.phones or self.whatsapp or self.email or self.website):
            raise fail(
                f"kontak '{self.id}' tidak punya nomor, WhatsApp, email, atau situs.",
                f"contact '{self.id}' has no phone, WhatsApp, email or website.",
                "tambahkan minimal satu cara menghubungi.",
                "add at least one way to get in touch.",
            )
        return self

    @model_validator(mode="after")
    def _calls_name_own_numbers(self) -> Contact:
        own = self.numbers()
        for index, call in enumerate(self.calls):
            if not any(phones.same_number(call.number, number) for number in own):
                raise fail(
                    f"panggilan uji ke '{call.number}' bukan nomor kontak '{self.id}'.",
                    f"the test call to '{call.number}' is not a number of contact '{self.id}'.",
                    f"tulis salah satu nomornya: {', '.join(own) or '-'}.",
                    f"write one of its numbers: {', '.join(own) or '-'}.",
                    at=("calls", index, "number"),
                )
        return self

    def label(self, lang: str) -> str:
        """The short name where there is one (emergency strip, print), else the name."""
        return (self.short_name or self.name)[lang]

    def numbers(self) -> list[str]:
        """Every number a person can dial or message, as written in the data."""
        return [p.number for p in self.phones] + ([self.whatsapp] if self.whatsapp else [])


class Corrections(Strict):
    """Where readers report a wrong number without GitHub (mkdocs.yml extra.corrections)."""

    email: Email | None = None
    whatsapp: WhatsAppText | None = None


class ContactsFile(Strict):
    contacts: list[Contact] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> ContactsFile:
        require_unique_ids(self.contacts, "contacts", "kontak", "contact")
        return self


class PageMeta(Strict):
    """Front matter of a page."""

    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    reviewed: dt.date
    date: dt.date | None = None  # news posts only
    sources: list[Source] = []
    key_points: list[Annotated[str, Field(min_length=1, max_length=120)]] = []
    hide: list[str] = []  # Material's own key (e.g. hide: [toc])


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


Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]


class TextStyle(Strict):
    size: float = Field(gt=0)  # points (at 72 DPI, as for screen images, 1 pt = 1 px)
    min: float = Field(gt=0)  # the text may shrink down to this size, never below
    bold: bool = False
    leading: float = 1.2  # line height as a multiple of the size
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
    styles: dict[str, TextStyle]


class PosterLayout(LayoutBase):
    """Poster and share images: header, key points, contacts box, QR code, footer."""

    kind: Literal["poster", "share"]  # share: an image for phones, PNG only
    header_height: float
    contacts_height: float
    qr_size: float
    footer_height: float
    max_points: int | None = None  # use only the first key points (small formats)
    contacts_note: bool = True  # print how the numbers were checked, above the footer line


class TrifoldLayout(LayoutBase):
    """A4 landscape folded in three: outside (flap, back, cover) and inside (three panels)."""

    kind: Literal["trifold"]
    outside_panels: list[float] = Field(min_length=3, max_length=3)  # flap, back, cover
    inside_panels: list[float] = Field(min_length=3, max_length=3)
    qr_size: float
    header_height: float


class LayoutFile(RootModel[Annotated[PosterLayout | TrifoldLayout, Field(discriminator="kind")]]):
    pass


class Law(Strict):
    name: Localized
    short: Localized  # e.g. "UU 21/2007" / "Law 21/2007"
    # what is not yet checked about this law's penalties; shown beside every one of them, on
    # the site and in print, e.g. "as enacted in UU 1/2023; UU 1/2026 not yet checked"
    caveat: Localized | None = None


class Prison(Strict):
    max_years: int | None = Field(default=None, gt=0)
    life: bool = False  # the maximum is life imprisonment

    @model_validator(mode="after")
    def _says_something(self) -> Prison:
        if (self.max_years is None) == (not self.life):
            raise fail(
                "prison butuh tepat salah satu: max_years (angka tahun) atau life: true.",
                "prison needs exactly one of: max_years (a number of years) or life: true.",
                "contoh: prison: {max_years: 15}",
                "for example: prison: {max_years: 15}",
            )
        return self


class Offence(Strict):
    """One article with its penalty. Only maximums are stated: minimums may have been removed
    by UU 1/2026 (fact sheet, section 0), so the schema has no place for them."""

    id: Annotated[str, Field(pattern=SLUG)]
    law: str
    article: str = Field(min_length=1)
    covers: Localized
    applies: Localized | None = None  # where it applies, short: "exploitation within Indonesia"
    prison: Prison | None = None
    fine_max_rupiah: int | None = Field(default=None, gt=0)
    combine: Literal["and", "or", "and/or"] = "and"
    penalty_note: Localized | None = None  # e.g. "increased by one third", instead of numbers
    in_force_since: Annotated[object, AfterValidator(_check_source_date)]
    status: Literal["in_force", "revoked"]
    revoked_by: str | None = (
        None  # the article that revoked it, e.g. "KUHP Pasal 622 ayat (1) huruf q"
    )
    revoked_on: dt.date | None = None
    replaced_by: str | None = None  # id of the offence that replaced this one
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _status_rules(self) -> Offence:
        if self.status == "revoked" and not (
            self.revoked_by and self.replaced_by and self.revoked_on
        ):
            raise fail(
                f"'{self.id}' berstatus revoked tetapi revoked_by, revoked_on atau replaced_by belum diisi.",
                f"'{self.id}' is revoked but revoked_by, revoked_on or replaced_by is missing.",
                "isi pasal yang mencabutnya (revoked_by), tanggalnya (revoked_on) dan id pasal "
                "penggantinya (replaced_by).",
                "say which article revoked it (revoked_by), when (revoked_on) and the id of its "
                "replacement (replaced_by).",
            )
        if self.status == "in_force" and (self.revoked_by or self.replaced_by or self.revoked_on):
            raise fail(
                f"'{self.id}' masih berlaku tetapi punya revoked_by/replaced_by.",
                f"'{self.id}' is in force but has revoked_by/replaced_by.",
                "ubah status menjadi revoked, atau hapus kedua kunci itu.",
                "set status to revoked, or remove both keys.",
            )
        if not (self.prison or self.fine_max_rupiah or self.penalty_note):
            raise fail(
                f"'{self.id}' tidak menyebut hukuman.",
                f"'{self.id}' states no penalty.",
                "isi prison, fine_max_rupiah, atau penalty_note.",
                "fill in prison, fine_max_rupiah or penalty_note.",
            )
        return self


class PenaltiesFile(Strict):
    reviewed: dt.date
    basis: Localized | None = None  # how the numbers were checked (shown under the table)
    laws: dict[str, Law]
    offences: list[Offence] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> PenaltiesFile:
        require_unique_ids(self.offences, "offences", "pasal", "article")
        ids = [o.id for o in self.offences]
        for index, offence in enumerate(self.offences):
            if offence.law not in self.laws:
                raise fail(
                    f"undang-undang '{offence.law}' (di '{offence.id}') tidak ada di daftar laws.",
                    f"law '{offence.law}' (in '{offence.id}') is not in the laws list.",
                    f"gunakan salah satu: {', '.join(self.laws)}.",
                    f"use one of: {', '.join(self.laws)}.",
                    at=("offences", index, "law"),
                )
            if offence.replaced_by and offence.replaced_by not in ids:
                raise fail(
                    f"replaced_by '{offence.replaced_by}' (di '{offence.id}') bukan id pasal yang ada.",
                    f"replaced_by '{offence.replaced_by}' (in '{offence.id}') is not a known id.",
                    "tulis id pasal pengganti yang ada di berkas ini.",
                    "write the id of a replacement article listed in this file.",
                    at=("offences", index, "replaced_by"),
                )
        return self

    def in_force(self) -> list[Offence]:
        return [o for o in self.offences if o.status == "in_force"]

    def revoked(self) -> list[Offence]:
        return [o for o in self.offences if o.status == "revoked"]

    def by_id(self, offence_id: str) -> Offence:
        return next(o for o in self.offences if o.id == offence_id)


class TranslationsFile(Strict):
    """Pages knowingly not yet translated: shown in the default language with a notice."""

    untranslated: dict[str, list[str]] = {}


# --- Self-check "Is this job offer safe?" (docs/data/self-check/<lang>.yml) ---------------------

SelfCheckLevel = Literal["aman", "waspada", "bahaya"]  # ordered: no sign, a warning sign, danger


class SelfCheckQuestion(Strict):
    """One yes/no question. `warning_if_yes` says which answer is the warning sign (true: "yes",
    false: "no"; a bool because YAML reads a bare yes/no as one), `level` how serious that sign
    is. Both must be the same in every language (checked on load)."""

    id: Annotated[str, Field(pattern=SLUG)]
    text: str = Field(min_length=1, max_length=200)
    warning_if_yes: bool
    level: Literal["waspada", "bahaya"]
    advice: str = Field(min_length=1, max_length=300)  # shown when the warning answer is given

    @model_validator(mode="after")
    def _yes_is_the_warning(self) -> SelfCheckQuestion:
        # one polarity for every question, so a reader never has to work out which answer warns
        if not self.warning_if_yes:
            raise fail(
                f"pertanyaan '{self.id}' memakai 'Tidak' sebagai tanda bahaya.",
                f"question '{self.id}' uses 'No' as the warning sign.",
                "tulis ulang pertanyaannya sehingga jawaban 'Ya' berarti tanda bahaya, lalu isi "
                "warning_if_yes: true.",
                "rewrite the question so that 'Yes' means the warning sign, then set "
                "warning_if_yes: true.",
            )
        return self


class SelfCheckResult(Strict):
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class SelfCheckFile(Strict):
    title: str = Field(min_length=1)  # heading of the form
    label_yes: str = Field(min_length=1)  # the answer labels, e.g. "Ya" / "Tidak"
    label_no: str = Field(min_length=1)
    submit: str = Field(min_length=1)
    unanswered: str = Field(min_length=1)  # shown when a question is left open
    next_steps_title: str = Field(min_length=1)
    next_steps: list[str] = Field(min_length=1)  # what to do, shown under every result
    privacy: str = Field(min_length=1)  # "your answers stay on your phone"
    noscript: str = Field(min_length=1)  # shown when the browser runs no JavaScript
    questions: list[SelfCheckQuestion] = Field(min_length=1)
    results: dict[SelfCheckLevel, SelfCheckResult]

    @model_validator(mode="after")
    def _complete(self) -> SelfCheckFile:
        missing = [level for level in ("aman", "waspada", "bahaya") if level not in self.results]
        if missing:
            raise fail(
                f"hasil untuk tingkat {', '.join(missing)} belum ada.",
                f"the result for level {', '.join(missing)} is missing.",
                "tulis title: dan text: untuk aman, waspada dan bahaya di bawah results.",
                "write title: and text: for aman, waspada and bahaya under results.",
                at=("results",),
            )
        require_unique_ids(self.questions, "questions", "pertanyaan", "question")
        return self
