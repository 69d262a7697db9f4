"""The offline bundle: the whole site and its print materials in one zip, for a laptop without
internet (a village hall, a USB stick), opened from file://.

A folder of pages opened from disk has no web server: a link to "tanda-tanda/" shows a folder
listing instead of the page. So the bundle is a second build of the same sources with
`use_directory_urls: false` (links name the file: tanda-tanda.html); the print files are copied
from the finished build, not rendered twice. Search and the self-check work from file:// (both
load with <script> tags only, see cegah.site.search); BACA-SAYA.txt says what does not.

`make build` writes it into the site itself, as site/cegah-tppo-offline.zip, so the published
site offers it for download.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from cegah.printing.plan import PRINT_DIR
from cegah.project import Project

OFFLINE_ZIP = "cegah-tppo-offline.zip"
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)  # the earliest time a zip can hold
STORED = {".png", ".pdf", ".woff", ".woff2", ".gz", ".zip", ".jpg", ".jpeg"}
BUNDLE_FOLDER = "cegah-tppo"  # the one folder inside the zip
README = "BACA-SAYA.txt"
# files that only make sense on a web server, and Material's search worker and lunr languages,
# which our search does not use (cegah.site.search); source maps are for developers
LEFT_OUT = (
    "admin",  # the form editor saves to GitHub: it needs the internet and a sign-in
    "404.html",
    "_headers",
    "sitemap.xml",
    "sitemap.xml.gz",
    "assets/javascripts/workers",
    "assets/javascripts/lunr",
)

README_TEXT = """\
CEGAH TPPO - SITUS TANPA INTERNET
=================================

Cara membuka: buka folder ini, lalu klik dua kali index.html (bahasa Indonesia) atau
en/index.html (bahasa Inggris). Situs terbuka di browser, tanpa internet.

Yang berfungsi tanpa internet:
- semua halaman, dalam bahasa Indonesia dan Inggris;
- pencarian;
- cek mandiri "Apakah tawaran kerja ini aman?";
- materi cetak (poster, pamflet, gambar) di folder print/, juga lewat halaman "Materi cetak".

Yang butuh internet atau ponsel:
- tautan ke situs lain, dan tombol "Bagikan lewat WhatsApp";
- tombol "Keluar cepat" membuka situs lain (Google), jadi tanpa internet browser hanya
  menampilkan halaman kosong atau pesan galat; halaman ini tetap tertutup;
- nomor telepon (tautan tel:) hanya bisa ditelepon dari ponsel.

Versi terbaru selalu ada di {site_url}
Dibuat: {date}


CEGAH TPPO - OFFLINE SITE (ENGLISH)
===================================

To open: open this folder and double-click index.html (Indonesian) or en/index.html
(English). The site opens in the browser, without internet.

Works without internet: every page in both languages; search; the self-check "Is this job
offer safe?"; the print materials (posters, pamphlets, images) in the print/ folder, also
linked from the "Print materials" page.

Needs internet or a phone: links to other sites and the "Share on WhatsApp" link; "Quick exit"
opens another site (Google), so without internet the browser shows an empty page or an error,
and this page is still closed; phone numbers (tel: links) can only be called from a phone.

The latest version is always at {site_url}
Built: {date}
"""


def pack_offline(project: Project, bundle: Path, site_dir: Path, zip_path: Path) -> Path:
    """Pack a finished file:// build (bundle) with site_dir's print files into zip_path.

    build_all makes the build (commands/build.py); this module only packs it."""
    for name in LEFT_OUT:
        path = bundle / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    for source_map in bundle.rglob("*.map"):
        source_map.unlink()
    if (site_dir / PRINT_DIR).is_dir():
        shutil.copytree(site_dir / PRINT_DIR, bundle / PRINT_DIR)
    when = build_time(project)
    (bundle / README).write_text(
        README_TEXT.format(site_url=project.site_url, date=when.date().isoformat()),
        encoding="utf-8",
    )
    write_zip(bundle, zip_path, when)
    return zip_path


def build_time(project: Project) -> dt.datetime:
    """When this build's sources were made, for reproducible outputs: SOURCE_DATE_EPOCH when
    set, else the last commit's time, else now. Two builds of one commit give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        try:
            epoch = subprocess.run(
                ["git", "-C", str(project.root), "log", "-1", "--format=%ct"],
                capture_output=True,
                text=True,
                timeout=10,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            epoch = ""
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)


def write_zip(folder: Path, zip_path: Path, when: dt.datetime) -> None:
    """Zip folder (as its own top folder) in a stable order, with fixed entry times and
    permissions, written atomically."""
    stamp = max(when, ZIP_EPOCH).timetuple()[:6]
    partial = zip_path.with_name(zip_path.name + ".part")
    with zipfile.ZipFile(partial, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            entry = zipfile.ZipInfo(
                (Path(folder.name) / path.relative_to(folder)).as_posix(), stamp
            )
            entry.external_attr = 0o644 << 16
            # PNG, PDF and fonts are compressed already: deflating them again costs time and
            # saves nothing
            entry.compress_type = (
                zipfile.ZIP_STORED if path.suffix in STORED else zipfile.ZIP_DEFLATED
            )
            archive.writestr(entry, path.read_bytes(), compresslevel=6)
    partial.replace(zip_path)
