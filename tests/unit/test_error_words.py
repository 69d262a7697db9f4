"""Every pydantic error type the schemas can raise has editor words (content/error_words.py):
the types are read from the schemas themselves, and each wording is tried on a real schema."""

from __future__ import annotations

import pytest
import yaml
from cegah.content.error_words import WORDERS
from cegah.content.problems import validate
from cegah.content.schemas import (
    Campaign,
    ContactsFile,
    Corrections,
    LayoutFile,
    PageMeta,
    PenaltiesFile,
    SelfCheckFile,
    TranslationsFile,
)
from cegah.content.yamlfile import YamlDoc
from cegah.errors import ContentError
from cegah.words import WordsFile

from tests.helpers import MINI

SCHEMAS = (
    Campaign,
    ContactsFile,
    Corrections,
    LayoutFile,
    PageMeta,
    PenaltiesFile,
    SelfCheckFile,
    TranslationsFile,
    WordsFile,
)

# what each core-schema node can raise (pydantic-core's error types)
RAISES = {
    "str": {"string_type"},
    "int": {"int_type", "int_parsing", "int_from_float"},
    "float": {"float_type", "float_parsing"},
    "bool": {"bool_type", "bool_parsing"},
    "date": {"date_type", "date_parsing", "date_from_datetime_parsing"},
    "list": {"list_type"},
    "dict": {"dict_type"},
    "literal": {"literal_error"},
    "model": {"model_type"},
    "model-fields": {"missing", "extra_forbidden", "model_attributes_type"},
    "tagged-union": {"union_tag_invalid", "union_tag_not_found"},
    "function-after": {"cegah"},
}
CONSTRAINTS = {
    ("str", "min_length"): "string_too_short",
    ("str", "max_length"): "string_too_long",
    ("str", "pattern"): "string_pattern_mismatch",
    ("list", "min_length"): "too_short",
    ("list", "max_length"): "too_long",
    ("int", "gt"): "greater_than",
    ("int", "ge"): "greater_than_equal",
    ("float", "gt"): "greater_than",
    ("float", "ge"): "greater_than_equal",
}


def _error_types(node, seen: set[int]) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_error_types(n, seen) for n in node)) if node else set()
    if not isinstance(node, dict) or id(node) in seen:
        return set()
    seen.add(id(node))
    kind = node.get("type")
    found = set(RAISES.get(kind, ()))
    found |= {error for (k, key), error in CONSTRAINTS.items() if k == kind and key in node}
    for value in node.values():
        found |= _error_types(value, seen)
    return found


def test_every_error_type_the_schemas_can_raise_has_words():
    raised = set().union(*(_error_types(s.__pydantic_core_schema__, set()) for s in SCHEMAS))
    assert {"string_type", "date_parsing", "literal_error", "greater_than"} <= raised
    assert raised - set(WORDERS) == set()


def _problem(model, data, context=None):
    with pytest.raises(ContentError) as caught:
        validate(YamlDoc(data=data, file="x.yml"), model, context)
    return caught.value.problems[0]


PAGE = {"title": "Judul", "description": "Keterangan halaman.", "reviewed": "2026-11-24"}
CASES = [
    (PageMeta, {**PAGE, "reviewed": None}, "tanggal belum diisi."),
    (PageMeta, {**PAGE, "reviewed": "kemarin"}, "'kemarin' bukan tanggal yang valid."),
    (PageMeta, {**PAGE, "title": None}, "kunci ini ada, tetapi isinya kosong."),
    (PageMeta, {**PAGE, "title": 2026}, "2026 terbaca sebagai angka, padahal di sini harus teks."),
    (PageMeta, {**PAGE, "title": ["a"]}, "di sini harus satu teks, bukan daftar atau kumpulan kunci."),
    (PageMeta, {**PAGE, "key_points": "satu"}, "di sini harus daftar."),
    (PageMeta, {**PAGE, "key_points": ["x" * 121]}, "teks ini 121 karakter; paling banyak 120."),
    (PageMeta, {**PAGE, "judul": "x"}, "kunci 'judul' tidak dikenal."),
    (PageMeta, {"title": "Judul", "description": "Keterangan."}, "kunci wajib 'reviewed' belum ada."),
    (PageMeta, "teks", "di sini harus kumpulan kunci: nilai."),
    (Campaign, {"title": {"id": "K"}, "draft": "ya", "items": [{"format": "poster-a4", "page": "a"}]}, "'ya' bukan ya/tidak yang dikenal."),
    (Campaign, {"title": {"id": "K"}, "items": []}, "daftar ini kosong atau terlalu pendek."),
    (Campaign, {"title": {"id": "K"}, "items": [{"format": "poster-a4", "page": "Tanda Tanda"}]}, "'Tanda Tanda' tidak sesuai bentuk yang diminta."),
    (Campaign, {"title": {"id": "K"}, "items": [{"format": "poster-a5", "page": "a"}]}, "nilai 'poster-a5' tidak diizinkan."),
]


@pytest.mark.parametrize("model,data,expected", CASES, ids=[c[2] for c in CASES])
def test_each_error_is_worded_in_indonesian(model, data, expected):
    problem = _problem(model, data, {"languages": ("id", "en"), "default_language": "id"})
    assert problem.problem_id == expected
    assert problem.fix_id and problem.problem_en and problem.fix_en


def _penalties(**offence_changes) -> dict:
    data = yaml.safe_load((MINI / "docs/data/penalties.yml").read_text(encoding="utf-8"))
    data["offences"][0].update(offence_changes)
    return data


@pytest.mark.parametrize(
    "change,expected",
    [
        ({"prison": {"max_years": 0}}, "0 terlalu kecil atau terlalu besar: harus lebih dari 0."),
        ({"fine_max_rupiah": "lima miliar"}, "'lima miliar' bukan bilangan bulat."),
        ({"fine_max_rupiah": 2.5}, "'2.5' bukan bilangan bulat."),
    ],
)
def test_numbers_out_of_range_or_not_whole(change, expected):
    problem = _problem(PenaltiesFile, _penalties(**change), {"languages": ("id", "en")})
    assert problem.problem_id == expected


def test_an_unknown_layout_kind_lists_the_kinds():
    problem = _problem(LayoutFile, {"kind": "brosur"})
    assert problem.problem_id == "jenis 'brosur' tidak dikenal."
    assert problem.fix_id == "tulis kind: dengan salah satu: poster, share, trifold, card, slides, form."
