"""`cegah calls --record FILE`: check every row of a filled-in call sheet CSV, then add the
calls to docs/data/contacts.yml.

Every row is checked before anything is written, and every bad row is reported (file, line,
column, what is wrong, how to fix it). A row without a result was not called and is skipped;
a call already in the data file (same contact, number, date and result) is not added twice.
The new text is validated with the same loader and schema as the site before it replaces the
file, atomically.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

from cegah.calls.csvfile import CsvRow, read_call_csv
from cegah.calls.yamledit import add_calls
from cegah.content import evidence, phones
from cegah.content.load import CONTACTS_FILE
from cegah.content.problems import validate
from cegah.content.schemas import FAILED_CALLS, CallResult, Contact, ContactsFile, TestCall
from cegah.content.yamlfile import load_yaml, parse_yaml
from cegah.errors import ContentError, Problem, relative
from cegah.printing.output import write_atomic
from cegah.project import Project

RESULTS: tuple[str, ...] = get_args(CallResult)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Recorded:
    """What a record run did."""

    added: list[tuple[Contact, TestCall]] = field(default_factory=list)
    not_called: int = 0  # rows whose result was left empty
    already: int = 0  # calls already in the data file
    data_file: str = ""

    def summary(self) -> list[str]:
        """What was done, for the person at the keyboard."""
        n = len(self.added)
        lines = [
            f"{n} panggilan dicatat di {self.data_file}. / {n} call(s) recorded in {self.data_file}."
        ]
        if self.not_called:
            lines.append(
                f"{self.not_called} baris tanpa hasil dilewati (tidak ditelepon). / "
                f"{self.not_called} row(s) without a result skipped (not called)."
            )
        if self.already:
            lines.append(
                f"{self.already} panggilan sudah tercatat sebelumnya. / "
                f"{self.already} call(s) already recorded."
            )
        for contact, call in self.added:
            if call.result in FAILED_CALLS:
                lines.append(
                    f"Nomor {call.number} ('{contact.id}'): {call.result}; nomor ini tidak "
                    f"ditampilkan lagi di situs dan cetakan sampai diperbaiki. / The number "
                    f"{call.number} ('{contact.id}'): {call.result}; it is no longer shown on the "
                    "site or in print until it is fixed."
                )
        if n:
            lines.append(
                "Langkah berikutnya: jalankan `make check`, lalu buat pull request (CONTRIBUTING.md "
                "bagian 1). / Next: run `make check`, then open a pull request."
            )
        return lines


def normal_result(text: str) -> str:
    """'Tidak dijawab', 'tidak_dijawab' and 'TIDAK-DIJAWAB' are one result."""
    return re.sub(r"[\s_-]+", "-", text.strip().lower())


class _Row:
    """Problems of one CSV row, each naming its column."""

    def __init__(self, file: str, row: CsvRow):
        self.file, self.row, self.problems = file, row, []

    def bad(self, column: str, problem_id: str, problem_en: str, fix_id: str, fix_en: str):
        self.problems.append(
            Problem(
                file=self.file,
                line=self.row.line,
                key=column,
                problem_id=problem_id,
                problem_en=problem_en,
                fix_id=fix_id,
                fix_en=fix_en,
            )
        )


def _contact(check: _Row, by_id: dict[str, Contact]) -> Contact | None:
    given = check.row.get("kontak")
    if given in by_id:
        return by_id[given]
    if not given:
        check.bad(
            "kontak",
            "kolom kontak kosong.",
            "the kontak column is empty.",
            "salin id kontak dari lembar-panggilan.csv, misalnya polri-110.",
            "copy the contact id from lembar-panggilan.csv, e.g. polri-110.",
        )
        return None
    near = difflib.get_close_matches(given.lower(), list(by_id), 1, 0.6)
    check.bad(
        "kontak",
        f"kontak '{given}' tidak ada di {CONTACTS_FILE}.",
        f"there is no contact '{given}' in {CONTACTS_FILE}.",
        f"mungkin maksud Anda '{near[0]}'?"
        if near
        else "salin id kontak dari lembar-panggilan.csv.",
        f"did you mean '{near[0]}'?" if near else "copy the contact id from lembar-panggilan.csv.",
    )
    return None


def _number(check: _Row, contact: Contact) -> str | None:
    given = check.row.get("nomor")
    own = contact.numbers()
    for number in own:
        if given and phones.same_number(given, number):
            return number  # stored as the data file writes it
    listed = ", ".join(own) or "-"
    check.bad(
        "nomor",
        f"nomor '{given}' bukan nomor kontak '{contact.id}'." if given else "kolom nomor kosong.",
        f"'{given}' is not a number of contact '{contact.id}'."
        if given
        else "the nomor column is empty.",
        f"tulis salah satu nomornya: {listed}.",
        f"write one of its numbers: {listed}.",
    )
    return None


def _date(check: _Row, on: dt.date) -> dt.date | None:
    given = check.row.get("tanggal")
    try:
        value = dt.date.fromisoformat(given) if DATE.match(given) else None
    except ValueError:
        value = None
    if value is None:
        check.bad(
            "tanggal",
            f"'{given}' bukan tanggal TTTT-BB-HH." if given else "kolom tanggal kosong.",
            f"'{given}' is not a YYYY-MM-DD date." if given else "the tanggal column is empty.",
            "tulis hari panggilan seperti 2026-11-24; jika spreadsheet mengubah bentuknya, "
            "jadikan kolom tanggal bertipe Teks.",
            "write the day of the call like 2026-11-24; if the spreadsheet changes it, make "
            "the tanggal column Text.",
        )
    elif value > on:
        check.bad(
            "tanggal",
            f"tanggal {value} ada di masa depan.",
            f"the date {value} is in the future.",
            "tulis hari panggilan itu benar-benar dilakukan.",
            "write the day the call was actually made.",
        )
        value = None
    return value


def _result(check: _Row) -> str | None:
    given = check.row.get("hasil")
    value = normal_result(given)
    if value in RESULTS:
        return value
    words = ", ".join(r.replace("-", " ") for r in RESULTS)
    check.bad(
        "hasil",
        f"hasil '{given}' tidak dikenal.",
        f"the result '{given}' is not known.",
        f"tulis salah satu: {words}.",
        f"write one of: {words}.",
    )
    return None


def _by(check: _Row) -> str | None:
    given = " ".join(check.row.get("oleh").split())
    if len(given) >= 2:
        return given
    check.bad(
        "oleh",
        "kolom oleh kosong." if not given else f"kolom oleh '{given}' terlalu pendek.",
        "the oleh column is empty." if not given else f"the oleh column '{given}' is too short.",
        "tulis kantor atau jabatan yang menelepon, misalnya 'Kantor Imigrasi Tangerang, seksi "
        "informasi'; jangan nama pribadi.",
        "write the office or role that called, e.g. 'Kantor Imigrasi Tangerang, seksi "
        "informasi'; never a private person's name.",
    )
    return None


def check_rows(
    rows: list[CsvRow], contacts: list[Contact], file: str, on: dt.date
) -> tuple[list[tuple[Contact, TestCall]], int, list[Problem]]:
    """The calls of every row with a result, the number of rows without one, and the
    problems of every bad row."""
    by_id = {c.id: c for c in contacts}
    calls, problems, not_called = [], [], 0
    for row in rows:
        if not row.get("hasil"):
            not_called += 1
            continue
        check = _Row(file, row)
        contact = _contact(check, by_id)
        number = _number(check, contact) if contact else None
        date, result, by = _date(check, on), _result(check), _by(check)
        problems += check.problems
        if not check.problems and contact and number and date and result and by:
            note = " ".join(row.get("catatan").split()) or None
            call = TestCall(date=date, number=number, result=result, by=by, note=note)
            calls.append((contact, call))
    return calls, not_called, problems


def _known(call: TestCall, calls: list[TestCall]) -> bool:
    return any(
        c.date == call.date
        and c.result == call.result
        and phones.same_number(c.number, call.number)
        for c in calls
    )


def record_calls(project: Project, csv_path: Path, on: dt.date | None = None) -> Recorded:
    """Check the CSV, then add its new calls to contacts.yml. Raises ContentError with every
    problem, having written nothing, when any row is bad."""
    on = on or evidence.today()
    contacts = project.content.contacts().contacts
    rows = read_call_csv(csv_path, project.root)
    calls, not_called, problems = check_rows(rows, contacts, relative(csv_path, project.root), on)
    if problems:
        raise ContentError(problems)
    done = Recorded(not_called=not_called)
    seen: dict[str, list[TestCall]] = {c.id: list(c.calls) for c in contacts}
    for contact, call in calls:
        if _known(call, seen[contact.id]):
            done.already += 1
            continue
        seen[contact.id].append(call)
        done.added.append((contact, call))
    path = project.data_dir / CONTACTS_FILE
    done.data_file = relative(path, project.root)
    if not done.added:
        return done
    index = {c.id: i for i, c in enumerate(contacts)}
    new: dict[int, list[TestCall]] = {}
    for contact, call in done.added:
        new.setdefault(index[contact.id], []).append(call)
    doc = load_yaml(path, project.root)
    text = add_calls(path.read_bytes().decode("utf-8"), doc, new)
    checked = validate(
        parse_yaml(text, doc.file),
        ContactsFile,
        {"languages": project.language_codes, "default_language": project.default_language},
    )
    for i, (before, after) in enumerate(zip(contacts, checked.contacts, strict=True)):
        if (
            list(after.calls) != list(before.calls) + new.get(i, [])
            or after.model_copy(update={"calls": before.calls}) != before
        ):
            raise ContentError.one(
                file=doc.file,
                key=f"contacts[{i}].calls",
                problem_id=f"panggilan untuk '{before.id}' tidak bisa ditambahkan dengan aman.",
                problem_en=f"the calls of '{before.id}' could not be added safely.",
                fix_id="tambahkan panggilan itu dengan tangan (lihat CONTRIBUTING.md bagian 2).",
                fix_en="add those calls by hand (see CONTRIBUTING.md section 2).",
            )
    write_atomic(path, text.encode("utf-8"))
    return done
