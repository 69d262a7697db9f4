"""Turn pydantic validation errors into Problems an editor can act on.

Schemas live in schemas/; error_words.py words their errors (Indonesian first, English
beside); this module runs the validation and adds the file, line and key of each problem.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from cegah.content.error_words import describe
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
            problem_id, problem_en, fix_id, fix_en = describe(error, model)
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
