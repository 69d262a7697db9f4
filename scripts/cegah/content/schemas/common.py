"""Shapes shared by every YAML file: strict models, texts per language, web addresses,
source dates, phone numbers, email."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
)

from cegah.content import phones
from cegah.content.fallback import Texts
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


def _check_localized(value: dict[str, str], info: ValidationInfo) -> Texts:
    """The default language's text is required; another language may lag behind (its reader
    gets the default text with a notice, and `cegah check` warns)."""
    wanted = _languages(info)
    default = (info.context or {}).get("default_language") or (wanted[0] if wanted else "id")
    unknown = [lang for lang in value if wanted and lang not in wanted]
    if unknown:
        words = language_not_configured(unknown[0], wanted)
        raise fail(words["problem_id"], words["problem_en"], words["fix_id"], words["fix_en"])
    if not (value.get(default) or "").strip():
        raise fail(
            f"teks untuk bahasa {default} (bahasa utama situs) belum ada.",
            f"the text for language {default} (the site's default language) is missing.",
            f"tambahkan baris '{default}: ...' di bawah kunci ini; bahasa lain boleh menyusul.",
            f"add a line '{default}: ...' under this key; other languages may follow later.",
        )
    return Texts(value, default)


Localized = Annotated[dict[str, str], AfterValidator(_check_localized)]


def _check_url(value: str) -> str:
    if not re.match(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?\Z", value):
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


MARKUP = re.compile(r"<|>|\{%|\{\{")


def _check_plain(value: str) -> str:
    """Texts that themes print as they are (titles, descriptions, key points, source titles)
    must hold no markup: a title with a <meta> tag would send every reader elsewhere."""
    found = MARKUP.search(value)
    if found:
        raise fail(
            f"teks ini berisi '{found.group(0)}', yang bisa menjadi kode di halaman.",
            f"this text contains '{found.group(0)}', which could become code on the page.",
            "tulis teks biasa tanpa tanda < > dan tanpa {% atau {{; untuk tautan atau gambar, "
            "pakai isi halaman, bukan front matter.",
            "write plain text without < > and without {% or {{; put links or images in the page "
            "body, not in the front matter.",
        )
    return value


PlainText = Annotated[str, Field(min_length=1), AfterValidator(_check_plain)]


class Source(Strict):
    title: PlainText
    url: Url | None = None
    date: Annotated[object, AfterValidator(_check_source_date)] | None = None


def _check_dialable(value: str) -> None:
    """Refuse a number libphonenumber understands but a reader cannot dial as written, with
    the corrected forms (phones.wrong_form decides which mistake it is)."""
    wrong = phones.wrong_form(value)
    if wrong is None:
        return
    national, international = wrong.national, wrong.international
    if wrong.kind == "zero-after-62":
        raise fail(
            f"'{value}' memakai 0 sesudah +62; dengan 0 itu nomornya bisa tidak tersambung.",
            f"'{value}' has a 0 after +62; with that 0 the call may not connect.",
            f"hapus 0 sesudah +62: tulis {international} atau {national}.",
            f"drop the 0 after +62: write {international} or {national}.",
        )
    if wrong.kind == "62-without-plus":
        raise fail(
            f"'{value}' diawali kode negara 62 tanpa tanda +, jadi tidak bisa ditelepon seperti "
            "tertulis.",
            f"'{value}' starts with the country code 62 without +, so it cannot be dialled as "
            "written.",
            f"tulis {international} (dengan +) atau {national}.",
            f"write {international} (with +) or {national}.",
        )
    if wrong.kind == "no-leading-0":
        raise fail(
            f"nomor Indonesia '{value}' tidak diawali 0, jadi tidak bisa ditelepon seperti tertulis.",
            f"the Indonesian number '{value}' does not start with 0, so it cannot be dialled as "
            "written.",
            f"tulis {national} atau {international}.",
            f"write {national} or {international}.",
        )
    raise fail(
        f"'{value}' tampaknya nomor luar negeri tanpa tanda + di depan kode negaranya.",
        f"'{value}' looks like a foreign number without the + before its country code.",
        f"tulis {international}; nomor Indonesia diawali 0 atau +62.",
        f"write {international}; Indonesian numbers start with 0 or +62.",
    )


def _check_phone(value: str) -> str:
    _check_dialable(value)
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
    _check_dialable(value)
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
