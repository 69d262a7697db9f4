"""The `cegah` command: build, print, check, calls. Thin: parses options, calls plain functions,
turns content problems into readable messages and exit codes (1 = content problem)."""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path

from cegah.calls.output import DEFAULT_PDF, make_call_sheet
from cegah.calls.record import record_calls
from cegah.commands.build import BuildFailed, build_all, build_print
from cegah.commands.check import run_checks
from cegah.commands.offline import OFFLINE_ZIP
from cegah.commands.schemas import CMS_CONFIG, write_cms_config, write_schemas
from cegah.errors import ContentError
from cegah.project import Project
from cegah.session.evaluate import run_evaluate

EXAMPLES = """\
contoh / examples:
  cegah build                              situs + semua materi cetak ke site/
  cegah print                              semua kampanye ke site/print/
  cegah print --campaign nasional --lang id --format poster-a4
  cegah print --out /tmp/cetak             tulis ke folder lain
  cegah check                              periksa isi tanpa menulis apa pun
  cegah calls                              lembar panggilan uji (PDF + CSV) ke calls/
  cegah calls --record calls/lembar-panggilan.csv   catat hasil panggilan di contacts.yml
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cegah",
        description="Cegah TPPO: situs dan materi cetak dari satu sumber "
        "(site and print materials from one source).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show MkDocs' progress")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser(
        "build",
        help="build the site and every print item into site/",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("--out", type=Path, help="target folder (default: site/)")
    build.add_argument("--no-print", action="store_true", help="site only, no print items")
    printing = sub.add_parser(
        "print",
        help="render print items (posters) only",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    printing.add_argument("--campaign", help="campaign file name without .yml, e.g. nasional")
    printing.add_argument("--lang", help="language code, e.g. id or en")
    printing.add_argument("--format", dest="fmt", help="format, e.g. poster-a4")
    printing.add_argument(
        "--out", type=Path, help="site folder to write print/ into (default: site/)"
    )
    check = sub.add_parser(
        "check",
        help="check content for editors; writes nothing",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "--annotate",
        action="store_true",
        help="also print GitHub annotations (::error file=...,line=...::), on by itself in "
        "GitHub Actions",
    )
    sub.add_parser(
        "schemas",
        help="write the JSON Schemas (schemas/) and point each data file at its schema",
    )
    evaluate = sub.add_parser(
        "evaluate",
        help="the figures of a session from its quiz results (a CSV from the tally sheet)",
    )
    evaluate.add_argument("results", type=Path, help="peserta,tahap,1,2,...: one row per participant and phase")
    evaluate.add_argument("--lang", default=None, help="language of the summary (default: the site's)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--campaign", help="the session's campaign: its office, date and place")
    evaluate.add_argument("--date", help="the session's date (YYYY-MM-DD), if not the campaign's")
    evaluate.add_argument("--place", help="where the session was held, if not the campaign's")
    evaluate.add_argument("--report", type=Path, help="the report's PDF (default: beside the CSV)")
    sub.add_parser(
        "cms-config",
        help="write the form editor's configuration (docs/admin/config.yml) from the schemas",
    )
    calls = sub.add_parser(
        "calls",
        help="print a test-call sheet, or record its results (--record FILE.csv)",
        description="Lembar panggilan uji untuk kantor, dan pencatatan hasilnya. / "
        "A test-call sheet for an office, and recording its results.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    calls.add_argument("--out", type=Path, help=f"PDF to write (default: {DEFAULT_PDF})")
    calls.add_argument("--all", action="store_true", help="list every number, not only those due")
    calls.add_argument(
        "--record", type=Path, metavar="FILE", help="add the results of a filled-in CSV"
    )
    return parser


class _NoEcho(logging.Filter):
    """MkDocs logs our plugin's problems before the build stops; the command prints them once
    itself, with the summary count, so MkDocs' echo is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return (
            not record.getMessage().lstrip().startswith(("GALAT / ERROR", "PERINGATAN / WARNING"))
        )


LOGGERS = ("mkdocs", "cegah")


def _setup_logging(verbose: bool):
    """Our handler on MkDocs' and our loggers for this command; returns how to put back what
    was there (a second command in the same process, as in the tests, must not write to a
    stream the first one was given)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.addFilter(_NoEcho())
    saved = []
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.handlers[:], logger.level, logger.propagate))
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO if verbose else logging.WARNING)
        logger.propagate = False

    def restore() -> None:
        for logger, handlers, level, propagate in saved:
            logger.handlers[:] = handlers
            logger.setLevel(level)
            logger.propagate = propagate

    return restore


def _calls(project: Project, args: argparse.Namespace) -> int:
    if args.record:
        if args.out or args.all:
            _parser().error("--record cannot be combined with --out or --all")
        for line in record_calls(project, args.record).summary():
            print(line)
        return 0
    sheet, files = make_call_sheet(project, args.out, everything=args.all)
    for path in files:
        print(path)
    print(
        f"{len(sheet.placed)} nomor, {len(sheet.pages)} halaman. / "
        f"{len(sheet.placed)} numbers, {len(sheet.pages)} pages.",
        file=sys.stderr,
    )
    return 0


def _example_address_note(project: Project) -> None:
    if project.site_url_is_example:
        print(
            "Catatan / note: site_url di mkdocs.yml masih alamat contoh, jadi semua materi cetak "
            "diberi tanda KONSEP / DRAFT (lihat PUBLISHING.md). / site_url in mkdocs.yml is "
            "still the example address, so every print item is marked DRAFT (see PUBLISHING.md).",
            file=sys.stderr,
        )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    restore = _setup_logging(args.verbose)
    try:
        return _run(args)
    finally:
        restore()


def _run(args: argparse.Namespace) -> int:
    try:
        project = Project.find()
        if args.command == "build":
            target = build_all(project, args.out, with_print=not args.no_print)
            print(f"Situs / site: {target}/index.html")
            if not args.no_print:
                print(f"Materi cetak / print materials: {target}/print/")
                _example_address_note(project)
                print(f"Paket luring / offline bundle: {target}/{OFFLINE_ZIP}")
            return 0
        if args.command == "print":
            out = (args.out or project.site_dir).resolve()
            report = build_print(project, out, args.campaign, args.lang, args.fmt)
            for path in report.files:
                print(path)
            _example_address_note(project)
            print(
                f"Digambar / drawn: {len(report.drawn)}, dari cache / cached: {len(report.cached)}",
                file=sys.stderr,
            )
            return 0
        if args.command == "calls":
            return _calls(project, args)
        if args.command == "evaluate":
            return run_evaluate(project, args.results, args.lang, args.json, args)
        if args.command == "cms-config":
            if write_cms_config(project):
                print(CMS_CONFIG)
            return 0
        if args.command == "schemas":
            for path in write_schemas(project):
                print(path)
            return 0
        return run_checks(project, annotate=args.annotate)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        print(
            f"\nGagal: {len(exc.problems)} masalah. / Failed: {len(exc.problems)} problem(s).",
            file=sys.stderr,
        )
        return 1
    except BuildFailed as exc:
        print(exc, file=sys.stderr)
        print("\nGagal membangun situs. / The site build failed.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(_os_message(exc), file=sys.stderr)
        return 1
    except Exception:  # a bug, not a content problem: say so plainly, keep the details in a log
        log = _write_log(traceback.format_exc())
        print(
            "GALAT / ERROR: cegah berhenti karena masalah di programnya, bukan di isi Anda. "
            f"Kirim berkas {log} ke pengembang.\n"
            f"  [en] cegah stopped because of a problem in the program, not in your content. "
            f"Send the file {log} to a developer.",
            file=sys.stderr,
        )
        return 2


def _os_message(exc: OSError) -> str:
    """A full disk, a missing permission or a link loop, in words."""
    where = exc.filename or "-"
    if exc.errno == errno.ENOSPC:
        what = (
            "disk penuh",
            "the disk is full",
            "kosongkan ruang disk lalu ulangi.",
            "free some disk space and try again.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM):
        what = (
            "tidak ada izin menulis atau membaca",
            "no permission to read or write",
            "periksa izin folder itu.",
            "check the folder's permissions.",
        )
    elif exc.errno == errno.ELOOP:
        what = (
            "tautan simbolik berputar",
            "a symbolic link loop",
            "hapus tautan itu.",
            "remove the link.",
        )
    else:
        what = (
            exc.strerror or "galat sistem",
            exc.strerror or "system error",
            "ulangi; jika tetap, tanyakan pengembang.",
            "try again; if it persists, ask a developer.",
        )
    return f"GALAT / ERROR: {where}\n  {what[0]}. Perbaiki: {what[2]}\n  [en] {what[1]}. Fix: {what[3]}"


def _write_log(details: str) -> Path:
    folder = Path(tempfile.gettempdir())
    handle, name = tempfile.mkstemp(prefix="cegah-error-", suffix=".log", dir=folder)
    with os.fdopen(handle, "w", encoding="utf-8") as log:
        log.write(details)
    return Path(name)


if __name__ == "__main__":
    sys.exit(main())
