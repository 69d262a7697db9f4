"""Material's own labels (menus, search, "skip to content") for a language it has no
translation for: a generated `partials/languages/<code>.html` that takes the labels of the
translation named by `theme_language` in the words file, with the page's own language code
(so `<html lang>` and hreflang say `jv`, not `id`)."""

from __future__ import annotations

from jinja2 import BaseLoader, ChoiceLoader, DictLoader, TemplateNotFound

from cegah.words import language

PARTIAL = "partials/languages/{code}.html"

# {% import %} of the borrowed translation, then every key from it except "language"
BORROWED = """{{% import "partials/languages/{base}.html" as base %}}
{{% macro t(key) %}}{{% if key == "language" %}}{code}{{% else %}}{{{{ base.t(key) }}}}{{% endif %}}{{% endmacro %}}
"""


def _has(loader: BaseLoader, env, name: str) -> bool:
    try:
        loader.get_source(env, name)
    except TemplateNotFound:
        return False
    return True


def language_partials(env, codes: tuple[str, ...]) -> dict[str, str]:
    """Generated partials for the site's languages that the theme does not translate."""
    partials = {}
    for code in codes:
        name = PARTIAL.format(code=code)
        base = language(code).theme_language
        if base != code and not _has(env.loader, env, name):
            partials[name] = BORROWED.format(base=base, code=code)
    return partials


def add_language_partials(env, codes: tuple[str, ...]) -> None:
    partials = language_partials(env, codes)
    if partials:
        env.loader = ChoiceLoader([env.loader, DictLoader(partials)])
