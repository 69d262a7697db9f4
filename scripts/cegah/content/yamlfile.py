"""Read YAML (data files, campaigns, front matter) keeping the line of every key.

Line numbers let error messages point an editor at the exact line in the web editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cegah.errors import ContentError, relative

FRONT_MATTER_FENCE = "---"

KeyPath = tuple[Any, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps an impossible date (2026-13-01) as text, so the schema can say
    what is wrong instead of PyYAML raising a bare ValueError."""

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@dataclass
class YamlDoc:
    """Parsed YAML with the line (1-based) of each key path, e.g. ("contacts", 2, "verified")."""

    data: Any
    file: str
    lines: dict[KeyPath, int] = field(default_factory=dict)
    line_offset: int = 0

    def line_of(self, path: KeyPath) -> int | None:
        """Line of the deepest known prefix of path (a missing key points at its parent)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line + self.line_offset
        return None


def _walk(node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*path, key_node.value)
            lines[child] = key_node.start_mark.line + 1
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)


def parse_yaml(text: str, file: str, line_offset: int = 0) -> YamlDoc:
    """Parse YAML text; a syntax error becomes a ContentError naming the line."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        curly = _curly_quote_line(text, mark.line if mark else None)
        if curly is not None:
            raise ContentError.one(
                file=file,
                line=curly + 1 + line_offset,
                problem_id="baris ini memakai tanda kutip miring (“ ” atau ‘ ’), yang tidak "
                "dikenal YAML sebagai tanda kutip.",
                problem_en="this line uses curly quotes (“ ” or ‘ ’), which YAML does not read "
                "as quotes.",
                fix_id='ganti dengan tanda kutip lurus: "..." (pengolah kata sering mengubahnya '
                "menjadi miring; sunting berkas di GitHub atau editor teks biasa).",
                fix_en='use straight quotes instead: "..." (word processors often turn them '
                "curly; edit the file on GitHub or in a plain text editor).",
            ) from None
        raise ContentError.one(
            file=file,
            line=line,
            problem_id=f"YAML tidak bisa dibaca ({reason}).",
            problem_en=f"The YAML cannot be read ({reason}).",
            fix_id="periksa indentasi (spasi, bukan tab), titik dua setelah kunci, "
            "dan tanda kutip yang berpasangan di baris ini atau sebelumnya.",
            fix_en="check indentation (spaces, not tabs), the colon after each key, "
            "and matching quotes on this line or the one before.",
        ) from None
    lines: dict[KeyPath, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return YamlDoc(data=data, file=file, lines=lines, line_offset=line_offset)


CURLY_QUOTES = re.compile(r"[“”‘’]")


def _curly_quote_line(text: str, error_line: int | None) -> int | None:
    """The line (0-based) with curly quotes at or just before a syntax error, if any."""
    if error_line is None:
        return None
    lines = text.splitlines()
    for index in (error_line, error_line - 1):
        if 0 <= index < len(lines) and CURLY_QUOTES.search(lines[index]):
            return index
    return None


def read_text(path: Path, name: str) -> str:
    """A text file an editor saved: UTF-8, or a message that names the encoding to fix."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        saved = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "bukan UTF-8 / not UTF-8"
        raise ContentError.one(
            file=name,
            problem_id=f"berkas ini tersimpan dalam pengodean {saved}, bukan UTF-8.",
            problem_en=f"this file is saved in the encoding {saved}, not UTF-8.",
            fix_id="buka berkasnya dan simpan lagi sebagai UTF-8 (di Notepad: Simpan sebagai, "
            "Pengodean: UTF-8).",
            fix_en="open the file and save it again as UTF-8 (in Notepad: Save as, Encoding: "
            "UTF-8).",
        ) from None


def load_yaml(path: Path, root: Path | None = None) -> YamlDoc:
    """Read a YAML file; a missing file is a ContentError, not a traceback."""
    name = relative(path, root)
    try:
        text = read_text(path, name)
    except FileNotFoundError:
        raise ContentError.one(
            file=name,
            problem_id="berkas tidak ditemukan.",
            problem_en="file not found.",
            fix_id="periksa nama dan folder berkas.",
            fix_en="check the file name and folder.",
        ) from None
    return parse_yaml(text, name)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split a Markdown page into (front matter text, body, line where the front matter starts).

    Returns None for the front matter when the page has none.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return None, text, 0
    for index in range(1, len(lines)):
        if lines[index].strip() in (FRONT_MATTER_FENCE, "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), 1
    return None, text, 0
