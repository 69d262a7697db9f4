"""Print formats are data: every `scripts/cegah/layouts/<format>.yml` is a format, and its
`kind` (poster, share, trifold) decides how it is laid out and which files it makes. A new
format is a new layout file, not a code change in several places."""

from __future__ import annotations

from pathlib import Path

import yaml

LAYOUT_DIR = Path(__file__).resolve().parent.parent / "layouts"


def _kinds() -> dict[str, str]:
    kinds = {}
    for path in sorted(LAYOUT_DIR.glob("*.yml")):
        kinds[path.stem] = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("kind", "")
    return kinds


# format name -> kind, read once from the layout files (they ship with the code)
FORMAT_KINDS: dict[str, str] = _kinds()


# pictograms a poster point may name (`icon:`), one SVG file each (printing/icons.py draws them)
ICON_DIR = LAYOUT_DIR.parent / "icons"
ICON_NAMES: tuple[str, ...] = tuple(sorted(p.stem for p in ICON_DIR.glob("*.svg")))


def kind_of(fmt: str) -> str:
    return FORMAT_KINDS[fmt]
