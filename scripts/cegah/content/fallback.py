"""Texts per language that fall back to the default language, and a record of when they did.

A data text (a contact's name, a penalty's description, a campaign title) must exist in the
default language; the other languages may lag behind. Reading a missing language gives the
default text instead, and the read is recorded, so whatever renders it (a block on a page, a
print item) can say on the page that part of it is not translated yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from pydantic import BaseModel

# languages fallen back to while rendering the current block (None: nobody is recording)
_used: ContextVar[set[str] | None] = ContextVar("cegah_fallbacks", default=None)


class Texts(dict):
    """{lang: text}; a language without its text reads the default language's text."""

    def __init__(self, value: dict[str, str], default: str):
        super().__init__(value)
        self.default = default

    def __missing__(self, lang: str) -> str:
        used = _used.get()
        if used is not None:
            used.add(self.default)
        return dict.__getitem__(self, self.default)

    def lacks(self, lang: str) -> bool:
        return not (dict.get(self, lang) or "").strip()


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the languages fallen back to inside the block (a set, filled as texts are read)."""
    used: set[str] = set()
    token = _used.set(used)
    try:
        yield used
    finally:
        _used.reset(token)


def missing_texts(value: object, langs: tuple[str, ...], at: tuple = ()) -> Iterator[tuple]:
    """(key path, language) of every text of a loaded model that lacks one of `langs`."""
    if isinstance(value, Texts):
        for lang in langs:
            if value.lacks(lang):
                yield at, lang
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from missing_texts(getattr(value, name), langs, (*at, name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from missing_texts(item, langs, (*at, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from missing_texts(item, langs, (*at, key))
