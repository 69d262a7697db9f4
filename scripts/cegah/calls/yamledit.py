"""Add test calls to contacts.yml by editing its text, so comments and formatting stay.

The place of each contact's `calls` comes from the parsed file's line numbers (YamlDoc): an
empty `calls: []` becomes a block list; otherwise the new calls go after the last line of the
contact's last call. Contacts are edited from the bottom of the file up, so the line numbers
of those above stay true. The caller validates the result before writing it.
"""

from __future__ import annotations

import json
import re

import yaml

from cegah.content.schemas import TestCall
from cegah.content.yamlfile import YamlDoc
from cegah.errors import ContentError

CALLS_LINE = re.compile(
    r"^(?P<indent>\s*)calls:[ \t]*(?P<value>[^#\n\r]*?)[ \t]*(?P<comment>#.*)?$"
)
DASH = re.compile(r"^(?P<dash>\s*)-(?P<space>\s+)")
PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .,()/'&-]*")


def _scalar(text: str) -> str:
    """Plain where YAML reads it back unchanged, else double-quoted (JSON is valid YAML)."""
    if PLAIN.fullmatch(text) and yaml.safe_load(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def call_lines(call: TestCall, dash: str, key: str, newline: str) -> list[str]:
    """One call as block-list lines: the dash at column len(dash), keys at column len(key)."""
    fields = [
        f"date: {call.date.isoformat()}",
        f"number: {json.dumps(call.number, ensure_ascii=False)}",  # quoted: 110 is not a number
        f"result: {call.result}",
        f"by: {_scalar(call.by)}",
    ]
    if call.note:
        fields.append(f"note: {_scalar(call.note)}")
    lines = [f"{dash}- {fields[0]}{newline}"]
    lines += [f"{key}{field}{newline}" for field in fields[1:]]
    return lines


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _cannot(doc: YamlDoc, line: int, contact_id: str) -> ContentError:
    return ContentError.one(
        file=doc.file,
        line=line,
        key="calls",
        problem_id=f"'calls' kontak '{contact_id}' tidak ditulis sebagai daftar blok, jadi tidak "
        "bisa ditambah otomatis.",
        problem_en=f"the 'calls' of contact '{contact_id}' is not written as a block list, so "
        "calls cannot be added automatically.",
        fix_id="tulis 'calls: []' atau satu panggilan per baris '- date: ...' seperti di "
        "CONTRIBUTING.md, lalu ulangi.",
        fix_en="write 'calls: []' or one call per '- date: ...' line as in CONTRIBUTING.md, "
        "then run it again.",
    )


def _key_column(line: str) -> int:
    """Column of the key on a line, after a list dash if there is one."""
    dash = DASH.match(line)
    return len(dash["dash"]) + 1 + len(dash["space"]) if dash else _indent(line)


def _end_of(lines: list[str], doc: YamlDoc, prefix: tuple, column: int) -> int:
    """Last line (1-based) of the node at prefix: its last key's line, then any more indented
    lines after it (a long note, a comment); blank lines only count when more follows."""
    end = max(line for path, line in doc.lines.items() if path[: len(prefix)] == prefix)
    for row in range(end + 1, len(lines) + 1):
        text = lines[row - 1]
        if not text.strip():
            continue
        if _indent(text) <= column:
            break
        end = row
    return end


def _insert(lines: list[str], after: int, body: list[str], newline: str) -> None:
    if after and not lines[after - 1].endswith(("\n", "\r")):
        lines[after - 1] += newline
    lines[after:after] = body


def _append_to(
    lines: list[str], doc: YamlDoc, index: int, new: list[TestCall], newline: str
) -> None:
    contact = ("contacts", index)
    contact_id = doc.data["contacts"][index]["id"]
    base = (*contact, "calls")

    def block(dash: str, key: str) -> list[str]:
        return [ln for call in new for ln in call_lines(call, dash, key, newline)]

    if base not in doc.lines:  # no calls key yet: add one after the contact's last line
        key_col = _key_column(lines[doc.lines[(*contact, "desk_checked")] - 1])
        indent = " " * key_col
        item = DASH.match(lines[doc.lines[contact] - 1])
        end = _end_of(lines, doc, contact, len(item["dash"]) if item else key_col - 2)
        _insert(
            lines,
            end,
            [f"{indent}calls:{newline}", *block(indent + "  ", indent + "    ")],
            newline,
        )
        return
    key_line = doc.lines[base]  # 1-based
    match = CALLS_LINE.match(lines[key_line - 1].rstrip("\r\n"))
    if match is None:
        raise _cannot(doc, key_line, contact_id)
    value = match["value"].strip()
    if value == "[]":
        indent = match["indent"]
        line = re.sub(r"calls:[ \t]*\[\]", "calls:", lines[key_line - 1], count=1)
        lines[key_line - 1] = line.rstrip(" \t\r\n") + newline  # a comment stays as it was
        lines[key_line:key_line] = block(indent + "  ", indent + "    ")
        return
    count = len(doc.data["contacts"][index]["calls"] or [])
    if value or not count:
        raise _cannot(doc, key_line, contact_id)
    first = doc.lines[(*base, 0)]
    dash_row = next((r for r in range(first, key_line, -1) if DASH.match(lines[r - 1])), None)
    if dash_row is None:
        raise _cannot(doc, key_line, contact_id)
    dash = DASH.match(lines[dash_row - 1])
    dash_text = dash["dash"]
    end = _end_of(lines, doc, (*base, count - 1), len(dash_text))
    _insert(lines, end, block(dash_text, dash_text + " " + dash["space"]), newline)


def add_calls(text: str, doc: YamlDoc, new_calls: dict[int, list[TestCall]]) -> str:
    """The text of contacts.yml with new_calls (by contact index) appended to each contact."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    for index in sorted(new_calls, reverse=True):  # contacts come in file order: bottom up
        _append_to(lines, doc, index, new_calls[index], newline)
    return "".join(lines)
