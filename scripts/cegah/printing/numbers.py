"""The other numbers, grouped by where the reader is when dialling ("Di Indonesia", "Di luar
negeri"): a worker abroad looks for the +62 numbers, a family at home for the short ones.
Every line of every group is set at one size, so no group looks more important than another.
"""

from __future__ import annotations

from dataclasses import dataclass

from cegah.printing.panel import Block, common_size
from cegah.printing.sheet import Composer


@dataclass(frozen=True)
class NumberGroup:
    heading: str  # "Di Indonesia:"
    lines: tuple[str, ...]


def groups_block(groups: tuple[NumberGroup, ...], style: str, x: int, width: int) -> Block:
    """Each group's heading (style `group`) and its lines (style `style`, field `contacts`)."""

    def block(c: Composer, top: int, room: int) -> int:
        gap = c.px(c.spec.gap) // 2
        heading_heights = [
            c.scratch().text("contacts_group", [g.heading], "group", x, top, width, room) - top
            for g in groups
        ]
        lines = [line for group in groups for line in group.lines]
        room_for_lines = room - sum(heading_heights) - gap * (2 * len(groups) - 1)
        size = common_size(c, "contacts", lines, style, width, room_for_lines)
        y = top
        for group in groups:
            y = c.text("contacts_group", [group.heading], "group", x, y, width, room) + gap // 2
            y = c.text("contacts", list(group.lines), style, x, y, width, room, size_cap=size)
            y += gap * 2
        return y - gap * 2

    return block
