"""`cegah check`: every content check, for editors. Writes nothing to the project.

Order: data files, pages, translations, images, then (only when those pass) a strict site
build into a temporary folder and a dry run of every print item.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
import tempfile
from pathlib import Path

from cegah.commands.build import BuildFailed, build_site
from cegah.content import evidence, phones
from cegah.content.load import (
    CONTACTS_FILE,
    NEWS_FOLDER,
    campaign_files,
    load_campaign,
    load_contacts,
    load_corrections,
    load_penalties,
    parse_page,
)
from cegah.content.translations import coverage_table, load_translations, translation_problems
from cegah.content.yamlfile import YamlDoc, load_yaml
from cegah.errors import ContentError, Problem, relative
from cegah.printing.items import PrintData
from cegah.printing.plan import plan_jobs
from cegah.printing.render import plan_job
from cegah.project import Project
from cegah.words import EVIDENCE_WORDS


def _collect(problems: list[Problem], action, *args):
    try:
        return action(*args)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None


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
    doc = load_yaml(project.data_dir / CONTACTS_FILE, project.root)
    problems = []
    for index, contact in enumerate(load_contacts(project).contacts):

        def at(*key, warning=False, _index=index):
            return _place(doc, ("contacts", _index, *key), warning)

        name = contact.id
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
        for phone in contact.numbers():
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


def _pages(project: Project):
    for lang in project.language_codes:
        for path in sorted((project.docs_dir / lang).rglob("*.md")):
            slug = path.relative_to(project.docs_dir / lang).with_suffix("").as_posix()
            yield lang, slug, path


def page_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for lang, slug, path in _pages(project):
        file = relative(path, project.root)
        page = _collect(
            problems, parse_page, path.read_text(encoding="utf-8"), file, lang, slug, path
        )
        if page is None:
            continue
        is_post = slug.startswith(f"{NEWS_FOLDER}/") and slug != f"{NEWS_FOLDER}/index"
        if is_post and page.meta.date is None:
            problems.append(
                Problem(
                    file=file,
                    key="date",
                    problem_id="berita di folder kegiatan wajib punya tanggal (date).",
                    problem_en="a news post in the kegiatan folder needs a date.",
                    fix_id="tambahkan 'date: TTTT-BB-HH' di front matter.",
                    fix_en="add 'date: YYYY-MM-DD' to the front matter.",
                )
            )
        if not 50 <= len(page.meta.description) <= 160:
            problems.append(
                Problem(
                    file=file,
                    key="description",
                    warning=True,
                    problem_id=f"deskripsi {len(page.meta.description)} karakter; mesin pencari dan "
                    "WhatsApp menampilkan 50 sampai 160 karakter.",
                    problem_en=f"the description has {len(page.meta.description)} characters; search "
                    "engines and WhatsApp show 50 to 160.",
                    fix_id="tulis satu atau dua kalimat ringkas.",
                    fix_en="write one or two short sentences.",
                )
            )
        problems += image_problems(path, file)
        problems += source_problems(page, file)
    return problems


def source_problems(page, file: str) -> list[Problem]:
    """A source a reader cannot find (no address) or date (no date) warns the editors."""
    lines = page.path.read_text(encoding="utf-8").splitlines()
    problems = []
    for index, source in enumerate(page.meta.sources):
        if source.url or source.date:
            continue
        line = next((n for n, text in enumerate(lines, 1) if source.title in text), None)
        problems.append(
            Problem(
                file=file,
                line=line,
                key=f"sources[{index}]",
                warning=True,
                problem_id=f"sumber '{source.title}' tidak punya alamat (url) maupun tanggal (date).",
                problem_en=f"the source '{source.title}' has neither an address (url) nor a date.",
                fix_id="tambahkan url sumbernya, atau paling sedikit tanggalnya (TTTT, TTTT-BB atau TTTT-BB-HH).",
                fix_en="add the source's url, or at least its date (YYYY, YYYY-MM or YYYY-MM-DD).",
            )
        )
    return problems


IMAGE_MD = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]+)\)")
IMAGE_HTML = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.I)


def image_problems(path: Path, file: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        empty = [m.group("src") for m in IMAGE_MD.finditer(line) if not m.group("alt").strip()]
        empty += [
            m.group(0)
            for m in IMAGE_HTML.finditer(line)
            if not re.search(r'\balt="[^"]+"', m.group("attrs"))
        ]
        for image in empty:
            problems.append(
                Problem(
                    file=file,
                    line=number,
                    problem_id=f"gambar {image} tidak punya teks alternatif.",
                    problem_en=f"image {image} has no alt text.",
                    fix_id="tulis isi gambar di antara kurung siku: ![Poster di balai desa](poster.png).",
                    fix_en="describe the image between the brackets: ![Poster in a village hall](poster.png).",
                )
            )
    return problems


LINK_NOT_FOUND = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', but the target.* is not found"
)
ANCHOR_MISSING = re.compile(
    r"Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', but (?:the doc '[^']+' does not contain an anchor|there is no such anchor)"
)


def _line_of(project: Project, src: str, needle: str) -> int | None:
    path = project.docs_dir / src
    if not path.exists():
        return None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return None


def problem_from_mkdocs(project: Project, message: str) -> Problem:
    for pattern, what_id, what_en, fix_id, fix_en in (
        (
            LINK_NOT_FOUND,
            "tautan '{link}' menuju halaman yang tidak ada.",
            "the link '{link}' points to a page that does not exist.",
            "periksa nama berkas tujuan (misalnya kontak.md) dan foldernya.",
            "check the target file name (e.g. kontak.md) and its folder.",
        ),
        (
            ANCHOR_MISSING,
            "tautan '{link}' menuju bagian (#...) yang tidak ada di halaman tujuan.",
            "the link '{link}' points to a section (#...) that does not exist on the target page.",
            "samakan dengan { #id } judul bagian di halaman tujuan.",
            "match the { #id } of the heading on the target page.",
        ),
    ):
        match = pattern.search(message)
        if match:
            src, link = match["src"], match["link"]
            return Problem(
                file=f"docs/{src}",
                line=_line_of(project, src, link),
                problem_id=what_id.format(link=link),
                problem_en=what_en.format(link=link),
                fix_id=fix_id,
                fix_en=fix_en,
            )
    return Problem(file="mkdocs", problem_id=f"MkDocs: {message}", problem_en=f"MkDocs: {message}")


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def site_problems(project: Project) -> list[Problem]:
    """Build the site into a throwaway folder; every MkDocs warning is a problem."""
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        with tempfile.TemporaryDirectory(prefix="cegah-check-") as folder:
            build_site(project, Path(folder) / "site", strict=False)
    except BuildFailed as exc:
        if exc.problems:
            return exc.problems
        return [problem_from_mkdocs(project, m) for m in collector.messages] or [
            Problem(file="mkdocs.yml", problem_id=str(exc), problem_en=str(exc))
        ]
    finally:
        logger.removeHandler(collector)
    return [problem_from_mkdocs(project, m) for m in collector.messages]


def print_problems(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for path in campaign_files(project):
        _collect(problems, load_campaign, project, path)
    if problems:
        return problems
    jobs = _collect(problems, plan_jobs, project) or []
    data = PrintData.load(project)
    for job in jobs:
        _collect(problems, plan_job, project, job, data)
    return problems


def collect_problems(project: Project, today: dt.date | None = None) -> list[Problem]:
    today = today or evidence.today()
    problems: list[Problem] = []
    if _collect(problems, load_contacts, project) is not None:
        problems += evidence_problems(project, today)
    _collect(problems, load_penalties, project)
    before = len(problems)
    if _collect(problems, load_corrections, project) is None and len(problems) == before:
        problems.append(NO_CORRECTIONS)  # not set (an invalid setting is reported instead)
    _collect(problems, load_translations, project)
    problems += page_problems(project)
    problems += translation_problems(project)
    if any(not p.warning for p in problems):
        return problems  # the site build would only repeat these
    problems += print_problems(project)
    problems += site_problems(project)
    return problems


def run_checks(project: Project, today: dt.date | None = None) -> int:
    problems = collect_problems(project, today)
    errors = [p for p in problems if not p.warning]
    for problem in problems:
        print(problem, file=sys.stderr)
    print("\n" + coverage_table(project), file=sys.stderr)
    print(
        f"\nPemeriksaan selesai: {len(errors)} galat, {len(problems) - len(errors)} peringatan. / "
        f"Check finished: {len(errors)} error(s), {len(problems) - len(errors)} warning(s).",
        file=sys.stderr,
    )
    return 1 if errors else 0
