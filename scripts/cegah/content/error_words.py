"""Every pydantic error type the schemas can raise, worded for editors: a table from the error
type to (problem, problem in English, fix, fix in English). A type missing from the table still
gets a bilingual message (and a test lists the types the schemas raise, so none is missed)."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

Words = tuple[str, str, str, str]


def _allowed_keys(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """Field names of the model found at path (for 'did you mean' suggestions)."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return [(f.alias or name) for name, f in getattr(current, "model_fields", {}).items()]


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _custom(error: dict, model) -> Words:
    ctx = error["ctx"]
    return ctx["problem_id"], ctx["problem_en"], ctx["fix_id"], ctx["fix_en"]


def _missing(error: dict, model) -> Words:
    key = error["loc"][-1]
    return (
        f"kunci wajib '{key}' belum ada.",
        f"required key '{key}' is missing.",
        f"tambahkan '{key}:' dengan isinya.",
        f"add '{key}:' with its value.",
    )


def _unknown_key(error: dict, model) -> Words:
    loc = error["loc"]
    allowed = _allowed_keys(model, loc[:-1])
    near = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
    if near:
        return (
            f"kunci '{loc[-1]}' tidak dikenal.",
            f"unknown key '{loc[-1]}'.",
            f"mungkin maksud Anda '{near[0]}'?",
            f"did you mean '{near[0]}'?",
        )
    listed = ", ".join(allowed)
    return (
        f"kunci '{loc[-1]}' tidak dikenal.",
        f"unknown key '{loc[-1]}'.",
        f"hapus kunci itu; kunci yang dikenal: {listed}.",
        f"remove it; known keys: {listed}.",
    )


EMPTY: Words = (
    "kunci ini ada, tetapi isinya kosong.",
    "this key is there, but its value is empty.",
    "tulis isinya sesudah titik dua, atau hapus baris itu jika tidak wajib.",
    "write its value after the colon, or remove the line if it is optional.",
)


def _date(error: dict, model) -> Words:
    value = error.get("input")
    if value is None:
        return (
            "tanggal belum diisi.",
            "the date is empty.",
            "tulis tanggal sesudah titik dua sebagai TTTT-BB-HH, misalnya 2026-11-23.",
            "write the date after the colon as YYYY-MM-DD, e.g. 2026-11-23.",
        )
    return (
        f"'{value}' bukan tanggal yang valid.",
        f"'{value}' is not a valid date.",
        "tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        "write the date as YYYY-MM-DD, e.g. 2026-11-23.",
    )


def _choice(error: dict, model) -> Words:
    value = error.get("input")
    expected = error["ctx"]["expected"].replace(" or ", ", ")  # pydantic joins in English
    return (
        f"nilai '{value}' tidak diizinkan.",
        f"the value '{value}' is not allowed.",
        f"pilih salah satu: {expected}.",
        f"use one of: {expected}.",
    )


def _text(error: dict, model) -> Words:
    value = error.get("input")
    if value is None or value == "":
        return EMPTY
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (
            f"{value} terbaca sebagai angka, padahal di sini harus teks.",
            f"{value} was read as a number, but text is needed here.",
            f'beri tanda kutip: "{value}" (nomor telepon selalu ditulis dalam tanda kutip).',
            f'put it in quotes: "{value}" (phone numbers are always written in quotes).',
        )
    if isinstance(value, bool):
        return (
            "yes/no/true/false terbaca sebagai ya-tidak, padahal di sini harus teks.",
            "yes/no/true/false was read as a yes/no value, but text is needed here.",
            "beri tanda kutip pada teksnya.",
            "put the text in quotes.",
        )
    return (
        "di sini harus satu teks, bukan daftar atau kumpulan kunci.",
        "a single text is needed here, not a list or a mapping.",
        "tulis teksnya di baris yang sama sesudah titik dua; beri tanda kutip jika teks berisi "
        "titik dua.",
        "write the text on the same line after the colon; quote it if it contains a colon.",
    )


def _too_short(error: dict, model) -> Words:
    value = error.get("input")
    if isinstance(value, str) or value is None:
        return EMPTY
    return (
        "daftar ini kosong atau terlalu pendek.",
        "this list is empty or too short.",
        "tulis setiap butir di baris sendiri diawali '- '.",
        "write each item on its own line starting with '- '.",
    )


def _too_long(error: dict, model) -> Words:
    value = error.get("input")
    limit = error["ctx"]["max_length"]
    if isinstance(value, str):
        return (
            f"teks ini {len(value)} karakter; paling banyak {limit}.",
            f"this text has {len(value)} characters; at most {limit}.",
            f"persingkat sampai {limit} karakter atau kurang.",
            f"shorten it to {limit} characters or fewer.",
        )
    return (
        f"daftar ini berisi {len(value)} butir; paling banyak {limit}.",
        f"this list has {len(value)} items; at most {limit}.",
        f"hapus butir sampai tersisa {limit}.",
        f"remove items until {limit} are left.",
    )


def _list(error: dict, model) -> Words:
    if error.get("input") is None:
        return EMPTY
    return (
        "di sini harus daftar.",
        "a list is needed here.",
        "tulis setiap butir di baris sendiri diawali '- '.",
        "write each item on its own line starting with '- '.",
    )


def _mapping(error: dict, model) -> Words:
    if error.get("input") is None:
        return EMPTY
    return (
        "di sini harus kumpulan kunci: nilai.",
        "a mapping of key: value pairs is needed here.",
        "periksa indentasi di bagian ini: kunci di bawahnya menjorok dengan spasi.",
        "check the indentation here: the keys below it are indented with spaces.",
    )


def _yes_no(error: dict, model) -> Words:
    value = error.get("input")
    return (
        f"'{value}' bukan ya/tidak yang dikenal.",
        f"'{value}' is not a recognised yes/no value.",
        "tulis true (ya) atau false (tidak).",
        "write true (yes) or false (no).",
    )


def _number(error: dict, model) -> Words:
    value = error.get("input")
    whole = error["type"].startswith("int")
    kind_id, kind_en = ("bilangan bulat", "a whole number") if whole else ("angka", "a number")
    return (
        f"'{value}' bukan {kind_id}.",
        f"'{value}' is not {kind_en}.",
        "tulis angkanya saja tanpa tanda kutip, satuan atau titik ribuan, misalnya 15.",
        "write the number alone, without quotes, units or thousands separators, e.g. 15.",
    )


def _bound(error: dict, model) -> Words:
    value, ctx = error.get("input"), error["ctx"]
    limit = next(ctx[k] for k in ("gt", "ge", "lt", "le") if k in ctx)
    relation_id, relation_en = {
        "greater_than": ("lebih dari", "greater than"),
        "greater_than_equal": ("paling sedikit", "at least"),
        "less_than": ("kurang dari", "less than"),
        "less_than_equal": ("paling banyak", "at most"),
    }[error["type"]]
    return (
        f"{value} terlalu kecil atau terlalu besar: harus {relation_id} {limit}.",
        f"{value} is out of range: it must be {relation_en} {limit}.",
        f"tulis angka {relation_id} {limit}.",
        f"write a number {relation_en} {limit}.",
    )


def _pattern(error: dict, model) -> Words:
    value = error.get("input")
    return (
        f"'{value}' tidak sesuai bentuk yang diminta.",
        f"'{value}' does not have the expected form.",
        "pakai huruf kecil, angka dan tanda hubung saja (misalnya tanda-tanda), tanpa spasi; "
        "untuk warna: # dan enam digit heksadesimal (misalnya #a31515).",
        "use lower-case letters, digits and hyphens only (e.g. tanda-tanda), no spaces; for "
        "colours: # and six hexadecimal digits (e.g. #a31515).",
    )


def _kind(error: dict, model) -> Words:
    ctx = error.get("ctx", {})
    tag = ctx.get("tag", error.get("input"))
    expected = ctx.get("expected_tags", "").replace("'", "")
    return (
        f"jenis '{tag}' tidak dikenal.",
        f"unknown kind '{tag}'.",
        f"tulis kind: dengan salah satu: {expected}.",
        f"write kind: with one of: {expected}.",
    )


WORDERS: dict[str, Callable[[dict, Any], Words]] = {
    "cegah": _custom,
    "missing": _missing,
    "extra_forbidden": _unknown_key,
    "date_type": _date,
    "date_parsing": _date,
    "date_from_datetime_parsing": _date,
    "date_from_datetime_inexact": _date,
    "literal_error": _choice,
    "string_type": _text,
    "string_too_short": _too_short,
    "too_short": _too_short,
    "string_too_long": _too_long,
    "too_long": _too_long,
    "list_type": _list,
    "dict_type": _mapping,
    "model_type": _mapping,
    "model_attributes_type": _mapping,
    "bool_type": _yes_no,
    "bool_parsing": _yes_no,
    "int_type": _number,
    "int_parsing": _number,
    "int_from_float": _number,
    "float_type": _number,
    "float_parsing": _number,
    "greater_than": _bound,
    "greater_than_equal": _bound,
    "less_than": _bound,
    "less_than_equal": _bound,
    "string_pattern_mismatch": _pattern,
    "union_tag_invalid": _kind,
    "union_tag_not_found": _missing,
}


def describe(error: dict, model: type[BaseModel]) -> Words:
    worder = WORDERS.get(error["type"])
    if worder is not None:
        return worder(error, model)
    kind = error["type"]
    return (
        f"nilai ini tidak sesuai (jenis galat: {kind}).",
        f"this value is not valid (error type: {kind}: {error['msg']}).",
        "bandingkan dengan contoh di berkas yang sejenis, atau tanyakan kepada pengembang.",
        "compare with a similar entry, or ask a developer.",
    )
