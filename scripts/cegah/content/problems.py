"""Turn pydantic validation errors into Problems an editor can act on.

Schemas live in schemas.py; this module only words their errors (Indonesian first, English
beside), adds the line from the YAML file and suggests the nearest valid key for a typo.
"""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from cegah.content.yamlfile import YamlDoc
from cegah.errors import ContentError, Problem

Model = TypeVar("Model", bound=BaseModel)


def fail(
    problem_id: str, problem_en: str, fix_id: str = "", fix_en: str = "", at: tuple[Any, ...] = ()
) -> PydanticCustomError:
    """Error for custom validators, carrying both languages and the fix.

    `at` points below the validated object (e.g. ("contacts", 3, "id")) for errors that a
    model-level validator finds in one of its items.
    """
    return PydanticCustomError(
        "cegah",
        "{problem_en}",
        {
            "problem_id": problem_id,
            "problem_en": problem_en,
            "fix_id": fix_id,
            "fix_en": fix_en,
            "at": list(at),
        },
    )


def language_not_configured(lang: str, codes: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The one language-membership message (problem and fix), for data texts and campaigns."""
    listed = ", ".join(codes)
    return dict(
        problem_id=f"bahasa '{lang}' tidak ada di mkdocs.yml.",
        problem_en=f"language '{lang}' is not configured in mkdocs.yml.",
        fix_id=f"gunakan salah satu: {listed}.",
        fix_en=f"use one of: {listed}.",
    )


def key_text(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


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


def _describe(error: dict[str, Any], model: type[BaseModel]) -> tuple[str, str, str, str]:
    kind = error["type"]
    loc = error["loc"]
    value = error.get("input")
    if kind == "cegah":
        ctx = error["ctx"]
        return ctx["problem_id"], ctx["problem_en"], ctx["fix_id"], ctx["fix_en"]
    if kind == "missing":
        return (
            f"kunci wajib '{loc[-1]}' belum ada.",
            f"required key '{loc[-1]}' is missing.",
            f"tambahkan '{loc[-1]}:' dengan isinya.",
            f"add '{loc[-1]}:' with its value.",
        )
    if kind == "extra_forbidden":
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
    if kind.startswith("date"):
        return (
            f"'{value}' bukan tanggal yang valid.",
            f"'{value}' is not a valid date.",
            "tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-23.",
            "write the date as YYYY-MM-DD, e.g. 2026-11-23.",
        )
    if kind == "literal_error":
        expected = error["ctx"]["expected"].replace(" or ", ", ")  # pydantic joins in English
        return (
            f"nilai '{value}' tidak diizinkan.",
            f"the value '{value}' is not allowed.",
            f"pilih salah satu: {expected}.",
            f"use one of: {expected}.",
        )
    if kind in ("string_type", "string_too_short"):
        return (
            "harus berupa teks yang tidak kosong.",
            "must be non-empty text.",
            "isi dengan teks; beri tanda kutip jika teks berisi titik dua.",
            "write text here; quote it if it contains a colon.",
        )
    if kind in ("list_type", "too_short"):
        return (
            "harus berupa daftar dengan minimal satu butir.",
            "must be a list with at least one item.",
            "tulis setiap butir di baris sendiri diawali '- '.",
            "write each item on its own line starting with '- '.",
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return (
            "harus berupa kumpulan kunci: nilai.",
            "must be a mapping of key: value pairs.",
            "periksa indentasi di bagian ini.",
            "check the indentation of this part.",
        )
    if kind in ("url_parsing", "url_scheme", "url_type"):
        return (
            f"'{value}' bukan alamat web yang valid.",
            f"'{value}' is not a valid web address.",
            "tulis alamat lengkap, diawali https://.",
            "write the full address starting with https://.",
        )
    if kind == "string_too_long" or (kind == "too_long" and isinstance(value, str)):
        limit = error["ctx"]["max_length"]
        return (
            f"teks ini {len(str(value))} karakter; paling banyak {limit}.",
            f"this text has {len(str(value))} characters; at most {limit}.",
            f"persingkat sampai {limit} karakter atau kurang.",
            f"shorten it to {limit} characters or fewer.",
        )
    if kind in ("bool_parsing", "bool_type"):
        return (
            f"'{value}' bukan ya/tidak yang dikenal.",
            f"'{value}' is not a recognised yes/no value.",
            "tulis true (ya) atau false (tidak).",
            "write true (yes) or false (no).",
        )
    if kind in ("int_parsing", "int_type", "bool_parsing", "bool_type", "int_from_float"):
        return (
            f"'{value}' bukan nilai yang diharapkan ({error['msg']}).",
            f"'{value}' is not the expected kind of value ({error['msg']}).",
            "periksa contoh di berkas lain yang sejenis.",
            "compare with a similar entry in the same file.",
        )
    return (error["msg"], error["msg"], "", "")


def validate(
    doc: YamlDoc,
    model: type[Model],
    context: dict[str, Any] | None = None,
    data: Any = None,
    prefix: tuple[Any, ...] = (),
) -> Model:
    """Validate doc.data (or data) against model; raise ContentError with every problem."""
    try:
        return model.model_validate(doc.data if data is None else data, context=context or {})
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = (*prefix, *error["loc"], *(error.get("ctx") or {}).get("at", ()))
            problem_id, problem_en, fix_id, fix_en = _describe(error, model)
            problems.append(
                Problem(
                    file=doc.file,
                    line=doc.line_of(loc),
                    key=key_text(loc),
                    problem_id=problem_id,
                    problem_en=problem_en,
                    fix_id=fix_id,
                    fix_en=fix_en,
                )
            )
        raise ContentError(problems) from None
