"""One error type for every content problem, worded for communication staff.

Every message names the file, the line and key where known, what is wrong and how to fix it,
in Indonesian first and English beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place."""

    file: str
    problem_id: str
    problem_en: str
    fix_id: str = ""
    fix_en: str = ""
    key: str = ""
    line: int | None = None
    warning: bool = False

    def where(self) -> str:
        place = self.file
        if self.line:
            place += f":{self.line}"
        if self.key:
            place += f" ({self.key})"
        return place

    def annotation(self) -> str:
        """The problem as a GitHub Actions workflow command: shown on the changed line of a
        pull request. Newlines and the characters GitHub reserves are escaped."""
        place = f"file={_escape_property(self.file)}"
        if self.line:
            place += f",line={self.line}"
        title = _escape_property(self.key or ("peringatan" if self.warning else "galat"))
        message = f"{self.problem_id} Perbaiki: {self.fix_id}" if self.fix_id else self.problem_id
        message += f"\n[en] {self.problem_en}" + (f" Fix: {self.fix_en}" if self.fix_en else "")
        level = "warning" if self.warning else "error"
        return f"::{level} {place},title={title}::{_escape_data(message)}"

    def __str__(self) -> str:
        label = "PERINGATAN / WARNING" if self.warning else "GALAT / ERROR"
        text = f"{label}: {self.where()}\n  {self.problem_id}"
        if self.fix_id:
            text += f" Perbaiki: {self.fix_id}"
        text += f"\n  [en] {self.problem_en}"
        if self.fix_en:
            text += f" Fix: {self.fix_en}"
        return text


class ContentError(Exception):
    """Raised by loaders when content cannot be used; carries one or more problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def one(cls, **problem: object) -> ContentError:
        """The usual case: one problem, given by Problem's fields."""
        return cls([Problem(**problem)])


class ContentPluginError(PluginError):
    """A content problem found inside the MkDocs build: MkDocs logs the message and stops; the
    problems ride on the exception (MkDocs 1.6 may wrap it in Abort, keeping it as
    __context__), so `cegah build` and `cegah check` report them without globals."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def problems_of(exc: BaseException) -> list[Problem]:
    """The content problems an exception from a MkDocs build carries, if any."""
    while exc is not None:
        if isinstance(exc, ContentPluginError):
            return exc.problems
        exc = exc.__cause__ or exc.__context__
    return []


def relative(path: Path | str, root: Path | None = None) -> str:
    """Path as the editor knows it: relative to the project root when possible."""
    path = Path(path)
    root = root or Path.cwd()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
