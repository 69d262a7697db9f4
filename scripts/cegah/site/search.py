"""Search that costs nothing until the reader searches, and that also works from file://.

Material's search plugin still does the indexing (it splits pages into sections and extracts
their text). After the build, this module splits its one JSON index (both languages together)
into one small script per language, `search/<lang>.js`. assets/cegah.js loads
assets/cegah-search.js and that script with a <script> tag the first time the reader opens
search: nothing of search is downloaded on page load, results stay in the reader's language,
and a <script> tag, unlike fetch() or a Web Worker, also works in the offline bundle opened from
a USB stick (file://). The JSON index is removed: nothing reads it any more.
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

INDEX_JSON = Path("search") / "search_index.json"
TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def plain_text(html: str) -> str:
    return SPACE.sub(" ", unescape(TAG.sub(" ", html))).strip()


def entry_language(location: str, languages: tuple[str, ...], default: str) -> str:
    """Pages of other languages live under <lang>/ (mkdocs-static-i18n, folder layout)."""
    first = location.split("/", 1)[0].split("#", 1)[0]
    return first if first in languages and first != default else default


def split_index(
    docs: list[dict], languages: tuple[str, ...], default: str
) -> dict[str, list[dict]]:
    """{lang: [{"l": location, "t": title, "p": page title, "x": text}]}; "p" only on sections."""
    page_titles = {d["location"]: d["title"] for d in docs if "#" not in d["location"]}
    split: dict[str, list[dict]] = {lang: [] for lang in languages}
    for doc in docs:
        location = doc["location"]
        entry = {"l": location, "t": plain_text(doc["title"]), "x": plain_text(doc["text"])}
        page = location.split("#", 1)[0]
        if "#" in location and page in page_titles:
            entry["p"] = plain_text(page_titles[page])
        split[entry_language(location, languages, default)].append(entry)
    return split


def script_for(lang: str, entries: list[dict]) -> str:
    data = json.dumps({"docs": entries}, ensure_ascii=False, separators=(",", ":"))
    return f"(window.__cegahSearch=window.__cegahSearch||{{}})[{json.dumps(lang)}]={data};\n"


def write_language_indexes(site_dir: Path, languages: tuple[str, ...], default: str) -> list[Path]:
    """Replace search/search_index.json by search/<lang>.js; returns the files written."""
    source = site_dir / INDEX_JSON
    if not source.exists():
        return []
    docs = json.loads(source.read_text(encoding="utf-8"))["docs"]
    written = []
    for lang, entries in split_index(docs, languages, default).items():
        target = source.parent / f"{lang}.js"
        target.write_text(script_for(lang, entries), encoding="utf-8")
        written.append(target)
    source.unlink()
    return written
