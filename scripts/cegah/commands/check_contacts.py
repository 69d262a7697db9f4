"""Checks of docs/data/contacts.yml beyond its schema: how each number was checked.

Age only warns (an old source stays visible with its age and never blocks an urgent fix); a
number whose latest test call failed is an error, and it is already left out of every output.
"""

from __future__ import annotations

import datetime as dt

from cegah.content import evidence, phones
from cegah.content.load import CONTACTS_FILE
from cegah.content.schemas import Contact
from cegah.content.yamlfile import YamlDoc
from cegah.errors import Problem
from cegah.project import Project
from cegah.words import EVIDENCE_WORDS


def _place(doc: YamlDoc, path: tuple, warning: bool = False) -> dict:
    """file, line and key of a place in a data file, as Problem takes them."""
    key = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")
    return dict(file=doc.file, line=doc.line_of(path), key=key, warning=warning)


NO_CORRECTIONS = Problem(
    file="mkdocs.yml",
    key="extra.corrections",
    warning=True,
    problem_id="belum ada email atau WhatsApp untuk laporan nomor salah, jadi kartu kontak tidak "
    "menampilkan 'Nomor ini salah? Kabari kami'.",
    problem_en="no email or WhatsApp is set for reports of wrong numbers, so contact cards do not "
    "show 'Is this number wrong? Tell us'.",
    fix_id="isi extra.corrections.email dan/atau extra.corrections.whatsapp milik kantor pengelola "
    "situs di mkdocs.yml.",
    fix_en="set extra.corrections.email and/or extra.corrections.whatsapp of the office running the "
    "site in mkdocs.yml.",
)


def _stale_fix(contact) -> dict:
    """An emergency line is never test-called (phones.EMERGENCY_NUMBERS), and a website or an
    email is not called at all: those need a newer source."""
    numbers = contact.numbers()
    if not numbers:
        return dict(
            fix_id="buka situsnya atau kirim email, lalu tambahkan sumber resmi yang lebih baru.",
            fix_en="open its website or send an email, then add a newer official source.",
        )
    if all(phones.is_emergency_line(n) for n in numbers):
        return dict(
            fix_id="tambahkan sumber resmi yang lebih baru (nomor darurat tidak dites dengan menelepon).",
            fix_en="add a newer official source (emergency lines are not test-called).",
        )
    return dict(
        fix_id="tes nomornya dengan menelepon (cegah calls) atau tambahkan sumber yang lebih baru.",
        fix_en="test-call the number (cegah calls) or add a newer source.",
    )


def evidence_problems(project: Project, today: dt.date) -> list[Problem]:
    """How the numbers were checked. Age only warns (an old source stays visible with its age
    and never blocks an urgent fix); a number whose latest test call failed is an error, and it
    is already left out of every output."""
    doc = project.content.yaml(project.data_dir / CONTACTS_FILE)
    problems = []
    for index, contact in enumerate(project.content.contacts().contacts):

        def at(*key, warning=False, _index=index):
            return _place(doc, ("contacts", _index, *key), warning)

        problems += _date_problems(contact, at, today)
        problems += _call_problems(contact, at)
        problems += _age_problems(contact, at, today)
    return problems


def _date_problems(contact: Contact, at, today: dt.date) -> list[Problem]:
    """Desk check and test calls dated in the future."""
    name = contact.id
    problems = []
    if contact.desk_checked > today:
        problems.append(
            Problem(
                **at("desk_checked"),
                problem_id=f"tanggal desk_checked {contact.desk_checked} untuk '{name}' ada di masa depan.",
                problem_en=f"the desk_checked date {contact.desk_checked} of '{name}' is in the future.",
                fix_id="tulis hari nomor itu benar-benar dicocokkan dengan sumbernya.",
                fix_en="write the day the numbers were actually compared with their sources.",
            )
        )
    for number, call in enumerate(contact.calls):
        if call.date > today:
            problems.append(
                Problem(
                    **at("calls", number, "date"),
                    problem_id=f"panggilan uji '{name}' bertanggal {call.date}, di masa depan.",
                    problem_en=f"the test call of '{name}' is dated {call.date}, in the future.",
                    fix_id="tulis hari panggilan itu benar-benar dilakukan.",
                    fix_en="write the day the call was actually made.",
                )
            )
    return problems


def _call_problems(contact: Contact, at) -> list[Problem]:
    """Each number's latest test call: failed (an error), or not answered (a warning)."""
    name = contact.id
    problems = []
    numbers = contact.numbers()
    for position, phone in enumerate(numbers):
        if any(phones.same_number(phone, n) for n in numbers[:position]):
            continue  # one number written two ways (0812-… and +62 812-…): reported once
        call = evidence.latest_call(contact, phone)
        if call is None or call.result == "tersambung":
            continue
        where = at(
            "calls", contact.calls.index(call), "result", warning=call.result == "tidak-dijawab"
        )
        result_id = EVIDENCE_WORDS["id"]["result." + call.result]
        result_en = EVIDENCE_WORDS["en"]["result." + call.result]
        if call.result == "tidak-dijawab":
            problems.append(
                Problem(
                    **where,
                    problem_id=f"nomor {phone} ('{name}') tidak dijawab saat dites pada {call.date}.",
                    problem_en=f"the number {phone} ('{name}') was not answered when test-called on {call.date}.",
                    fix_id="telepon lagi pada jam layanannya dan catat hasilnya.",
                    fix_en="call again during its hours and record the result.",
                )
            )
            continue
        problems.append(
            Problem(
                **where,
                problem_id=f"nomor {phone} ('{name}') gagal saat dites pada {call.date} ({result_id}); "
                "nomor ini tidak ditampilkan di situs maupun cetakan.",
                problem_en=f"the number {phone} ('{name}') failed its test call on {call.date} ({result_en}); "
                "it is left out of the site and print.",
                fix_id="cari nomor yang benar di sumber resmi dan ganti (lalu tes lagi), atau hapus nomor itu.",
                fix_en="find the right number in an official source and replace it (then test it), or remove it.",
            )
        )
    return problems


def _age_problems(contact: Contact, at, today: dt.date) -> list[Problem]:
    """Old sources or an old desk check with no recent good call: warnings, never errors."""
    name = contact.id
    problems = []
    if evidence.is_stale(contact, today):
        problems.append(
            Problem(
                **at("sources", warning=True),
                problem_id=f"sumber terbaru untuk '{name}' dari {evidence.newest_source(contact)} "
                "(lebih dari dua tahun) dan nomornya belum berhasil dites dalam setahun terakhir.",
                problem_en=f"the newest source for '{name}' is from {evidence.newest_source(contact)} "
                "(over two years old) and no test call got through in the last year.",
                **_stale_fix(contact),
            )
        )
    elif (today - contact.desk_checked).days > evidence.DESK_CHECK_WARNING_DAYS and (
        evidence.needs_call(contact, today)
    ):
        age = (today - contact.desk_checked).days
        problems.append(
            Problem(
                **at("desk_checked", warning=True),
                problem_id=f"nomor '{name}' terakhir dicocokkan dengan sumbernya {age} hari lalu "
                f"({contact.desk_checked}).",
                problem_en=f"the numbers of '{name}' were last compared with their sources {age} "
                f"days ago ({contact.desk_checked}).",
                fix_id="cocokkan lagi dengan sumber resmi, atau tes dengan menelepon, lalu perbarui datanya.",
                fix_en="compare them with an official source again, or test-call them, then update the data.",
            )
        )
    return problems
