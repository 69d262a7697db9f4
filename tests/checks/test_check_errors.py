"""A table of bad inputs: `cegah check` and `cegah build` give the exact message and exit code,
and write nothing on failure."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from cegah.commands import cli
from cegah.commands.check import run_checks
from cegah.project import Project

from tests.helpers import edit, make_mini_site, snapshot

CONTACTS = "docs/data/contacts.yml"
ARTICLE_ID = "docs/id/tanda-tanda.md"


def _rm(path):
    return lambda site: (site / path).unlink()


def _link(link, target):
    """A committed symbolic link: target is a path, or a name below the mini site."""

    def change(site):
        where = site / link
        where.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target if str(target).startswith("/") else site / target, where)

    return change


def _set(path, old, new):
    return lambda site: edit(site / path, old, new)


def _rename(path, new_name):
    """A file saved under another name (a campaign saved as .yaml, or with capitals)."""
    return lambda site: (site / path).rename(site / path.rsplit("/", 1)[0] / new_name)


CAMPAIGN = "campaigns/uji.yml"
OFFICE = "office:\n  name:\n    id: Kantor Uji\n    en: Test office\n  verified: {}\nitems:"
EVENT = "event:\n  date: {}\n  place:\n    id: Balai desa\n    en: Village hall\nitems:"


# (name, change to the mini site, exit code, the exact lines expected in the output)
CASES = [
    (
        "broken yaml",
        _set(CONTACTS, "    situation: darurat\n", "    situation: [darurat\n"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:10",
            "  YAML tidak bisa dibaca (expected ',' or ']', but got ':'). Perbaiki: periksa indentasi "
            "(spasi, bukan tab), titik dua setelah kunci, dan tanda kutip yang berpasangan di baris ini "
            "atau sebelumnya.",
        ],
    ),
    (
        "unknown key with suggestion",
        _set(CONTACTS, '    phones:\n      - number: "110"', '    phone:\n      - number: "110"'),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:11 (contacts[0].phone)",
            "  kunci 'phone' tidak dikenal. Perbaiki: mungkin maksud Anda 'phones'?",
        ],
    ),
    (
        "impossible date",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2026-13-01\n    calls: []\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:16 (contacts[0].desk_checked)",
            "  '2026-13-01' bukan tanggal yang valid. Perbaiki: tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        ],
    ),
    (
        "invalid phone number",
        _set(CONTACTS, 'number: "129"', 'number: "0812-34"'),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:28 (contacts[1].phones[0].number)",
            "  '0812-34' bukan nomor telepon yang valid. Perbaiki: tulis nomor Indonesia seperti (021) "
            "2968 1560 atau 0812-3456-7890, nomor luar negeri diawali + dan kode negara, misalnya +60 17-668 8032.",
        ],
    ),
    (
        "short code not on the list",
        _set(CONTACTS, 'number: "110"', 'number: "119"'),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:12 (contacts[0].phones[0].number)",
            "  nomor layanan '119' tidak ada dalam daftar nomor layanan yang diizinkan. Perbaiki: periksa "
            "nomornya; nomor layanan baru ditambahkan ke scripts/cegah/content/phones.py oleh pengembang setelah diverifikasi.",
        ],
    ),
    (
        "whatsapp on a landline",
        _set(CONTACTS, "whatsapp: 08111-129-129", "whatsapp: (021) 2968 1560"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:29 (contacts[1].whatsapp)",
            "  '(021) 2968 1560' bukan nomor ponsel, jadi tidak bisa dipakai untuk WhatsApp. Perbaiki: "
            "tulis nomor ponsel, misalnya 0812-3456-7890 atau +62 812-3456-7890.",
        ],
    ),
    (
        "a 0 after +62",
        _set(CONTACTS, "whatsapp: 08111-129-129", "whatsapp: +62 08111-129-129"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:29 (contacts[1].whatsapp)",
            "  '+62 08111-129-129' memakai 0 sesudah +62; dengan 0 itu nomornya bisa tidak tersambung. "
            "Perbaiki: hapus 0 sesudah +62: tulis +62 8111-129-129 atau 08111-129-129.",
        ],
    ),
    (
        "62 without a plus",
        _set(CONTACTS, 'number: "129"', "number: 62812-9007-0027"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:28 (contacts[1].phones[0].number)",
            "  '62812-9007-0027' diawali kode negara 62 tanpa tanda +, jadi tidak bisa ditelepon seperti "
            "tertulis. Perbaiki: tulis +62 812-9007-0027 (dengan +) atau 0812-9007-0027.",
        ],
    ),
    (
        "a mobile number without its leading 0",
        _set(CONTACTS, "whatsapp: 08111-129-129", "whatsapp: 857-7001-0048"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:29 (contacts[1].whatsapp)",
            "  nomor Indonesia '857-7001-0048' tidak diawali 0, jadi tidak bisa ditelepon seperti tertulis. "
            "Perbaiki: tulis 0857-7001-0048 atau +62 857-7001-0048.",
        ],
    ),
    (
        "a landline without its leading 0",
        _set(CONTACTS, 'number: "129"', "number: 21 390 3963"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:28 (contacts[1].phones[0].number)",
            "  nomor Indonesia '21 390 3963' tidak diawali 0, jadi tidak bisa ditelepon seperti tertulis. "
            "Perbaiki: tulis 021 390 3963 atau +62 21 390 3963.",
        ],
    ),
    (
        "a foreign number without a plus",
        _set(CONTACTS, 'number: "129"', "number: 60 17-668 8032"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:28 (contacts[1].phones[0].number)",
            "  '60 17-668 8032' tampaknya nomor luar negeri tanpa tanda + di depan kode negaranya. "
            "Perbaiki: tulis +60 17-668 8032; nomor Indonesia diawali 0 atau +62.",
        ],
    ),
    (
        "bad web address",
        _set(CONTACTS, "website: https://example.org", "website: www.example.org"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:30 (contacts[1].website)",
            "  'www.example.org' bukan alamat web yang valid. Perbaiki: tulis alamat lengkap diawali https://, tanpa spasi.",
        ],
    ),
    (
        "two hero numbers",
        lambda site: (
            _set(CONTACTS, "    emergency: true\n    phones:\n      - number: \"110\"", "    emergency: true\n    hero: true\n    phones:\n      - number: \"110\"")(site),
            _set(CONTACTS, "    emergency: true\n    phones:\n      - number: \"129\"", "    emergency: true\n    hero: true\n    phones:\n      - number: \"129\"")(site),
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:28 (contacts[1].hero)",
            "  lebih dari satu kontak bertanda hero: true. Perbaiki: biarkan hero: true pada satu kontak saja, nomor yang dicetak besar di poster.",
        ],
    ),
    (
        "duplicate id",
        _set(CONTACTS, "- id: sapa-129", "- id: polri-110"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:18 (contacts[1].id)",
            "  id 'polri-110' dipakai lebih dari sekali. Perbaiki: beri setiap kontak id yang berbeda.",
        ],
    ),
    (
        "text missing in the default language",
        _set(CONTACTS, "      id: Perempuan dan anak.\n", ""),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:22 (contacts[1].description)",
            "  teks untuk bahasa id (bahasa utama situs) belum ada. Perbaiki: tambahkan baris 'id: ...' di bawah kunci ini; bahasa lain boleh menyusul.",
        ],
    ),
    (
        "texts missing in another language warn (they fall back)",
        lambda site: (
            _set(CONTACTS, "      en: Women and children.\n", "")(site),
            _set(CONTACTS, "      en: SAPA 129\n", "")(site),
        ),
        0,
        [
            "PERINGATAN / WARNING: docs/data/contacts.yml:19 (contacts[1].name)",
            "  2 teks belum ada dalam bahasa en (yang pertama: contacts[1].name); pembaca bahasa en melihat teks bahasa id dengan keterangan belum diterjemahkan. Perbaiki: tambahkan baris 'en: ...' di bawah setiap teks itu.",
        ],
    ),
    (
        "desk check in the future",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2027-01-01\n    calls: []\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:16 (contacts[0].desk_checked)",
            "  tanggal desk_checked 2027-01-01 untuk 'polri-110' ada di masa depan. Perbaiki: tulis hari nomor itu benar-benar dicocokkan dengan sumbernya.",
        ],
    ),
    (
        "the old verified key",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "verified: 2026-11-23\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:16 (contacts[0].verified)",
            "  kunci 'verified' sudah tidak dipakai: tanggal itu tidak mengatakan apakah nomor ditelepon atau hanya dicocokkan dengan sumber. Perbaiki: ganti dengan 'desk_checked: TTTT-BB-HH' (hari nomor dicocokkan dengan sumbernya) dan catat panggilan uji di 'calls' (lihat CONTRIBUTING.md).",
        ],
    ),
    (
        "a failed test call blocks",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2026-11-23\n    calls:\n      - date: 2026-11-20\n        number: '110'\n        result: tidak-aktif\n        by: Kantor Imigrasi Uji\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:20 (contacts[0].calls[0].result)",
            "  nomor 110 ('polri-110') gagal saat dites pada 2026-11-20 (tidak aktif); nomor ini tidak ditampilkan di situs maupun cetakan. Perbaiki: cari nomor yang benar di sumber resmi dan ganti (lalu tes lagi), atau hapus nomor itu.",
        ],
    ),
    (
        "an unanswered test call warns",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2026-11-23\n    calls:\n      - date: 2026-11-20\n        number: '110'\n        result: tidak-dijawab\n        by: Kantor Imigrasi Uji\n  - id: sapa",
        ),
        0,
        [
            "PERINGATAN / WARNING: docs/data/contacts.yml:20 (contacts[0].calls[0].result)",
            "  nomor 110 ('polri-110') tidak dijawab saat dites pada 2026-11-20. Perbaiki: telepon lagi pada jam layanannya dan catat hasilnya.",
        ],
    ),
    (
        "a test call in the future",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2026-11-23\n    calls:\n      - date: 2026-12-24\n        number: '110'\n        result: tersambung\n        by: Kantor Imigrasi Uji\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:18 (contacts[0].calls[0].date)",
            "  panggilan uji 'polri-110' bertanggal 2026-12-24, di masa depan. Perbaiki: tulis hari panggilan itu benar-benar dilakukan.",
        ],
    ),
    (
        "a test call to another number",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2026-11-23\n    calls:\n      - date: 2026-11-20\n        number: '129'\n        result: tersambung\n        by: Kantor Imigrasi Uji\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:19 (contacts[0].calls[0].number)",
            "  panggilan uji ke '129' bukan nomor kontak 'polri-110'. Perbaiki: tulis salah satu nomornya: 110.",
        ],
    ),
    (
        "an unknown call result",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2026-11-23\n    calls:\n      - date: 2026-11-20\n        number: '110'\n        result: sibuk\n        by: Kantor Imigrasi Uji\n  - id: sapa",
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:20 (contacts[0].calls[0].result)",
            "  nilai 'sibuk' tidak diizinkan. Perbaiki: pilih salah satu: 'tersambung', 'tidak-dijawab', 'nomor-salah', 'tidak-aktif'.",
        ],
    ),
    (
        "old sources without a recent call warn",
        _set(CONTACTS, "date: 2026-06", "date: 2021"),
        0,
        [
            "PERINGATAN / WARNING: docs/data/contacts.yml:13 (contacts[0].sources)",
            "  sumber terbaru untuk 'polri-110' dari 2021 (lebih dari dua tahun) dan nomornya belum berhasil dites dalam setahun terakhir. Perbaiki: tambahkan sumber resmi yang lebih baru (nomor darurat tidak dites dengan menelepon).",
        ],
    ),
    (
        "old sources of a line that can be test-called",
        _set(CONTACTS, "date: 2025-08-14", "date: 2021"),
        0,
        [
            "PERINGATAN / WARNING: docs/data/contacts.yml:31 (contacts[1].sources)",
            "  sumber terbaru untuk 'sapa-129' dari 2021 (lebih dari dua tahun) dan nomornya belum berhasil dites dalam setahun terakhir. Perbaiki: tes nomornya dengan menelepon (cegah calls) atau tambahkan sumber yang lebih baru.",
        ],
    ),
    (
        "a years-old desk check warns and does not block",
        _set(
            CONTACTS,
            "desk_checked: 2026-11-23\n    calls: []\n  - id: sapa",
            "desk_checked: 2023-01-05\n    calls: []\n  - id: sapa",
        ),
        0,
        [
            "PERINGATAN / WARNING: docs/data/contacts.yml:16 (contacts[0].desk_checked)",
            "  nomor 'polri-110' terakhir dicocokkan dengan sumbernya 1419 hari lalu (2023-01-05). Perbaiki: cocokkan lagi dengan sumber resmi, atau tes dengan menelepon, lalu perbarui datanya.",
        ],
    ),
    (
        "a contact source without a date",
        _set(CONTACTS, "        date: 2026-06\n", ""),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:14 (contacts[0].sources[0].date)",
            "  kunci wajib 'date' belum ada. Perbaiki: tambahkan 'date:' dengan isinya.",
        ],
    ),
    (
        "a bad email for wrong-number reports",
        _set("mkdocs.yml", "email: koreksi@example.org", "email: koreksi-di-example.org"),
        1,
        [
            "GALAT / ERROR: mkdocs.yml (extra.corrections.email)",
            "  'koreksi-di-example.org' bukan alamat email yang valid. Perbaiki: tulis alamat lengkap seperti pengaduan@contoh.go.id, tanpa spasi.",
        ],
    ),
    (
        "a page source without address or date warns",
        _set(ARTICLE_ID, "{title: Sumber uji, date: 2026-11}", "{title: Sumber uji}"),
        0,
        [
            "PERINGATAN / WARNING: docs/id/tanda-tanda.md:6 (sources[0])",
            "  sumber 'Sumber uji' tidak punya alamat (url) maupun tanggal (date). Perbaiki: tambahkan url sumbernya, atau paling sedikit tanggalnya (TTTT, TTTT-BB atau TTTT-BB-HH).",
        ],
    ),
    (
        "a title that would redirect readers",
        _set(
            ARTICLE_ID,
            "title: ",
            'title: Tentang <meta http-equiv="refresh" content="0;url=https://evil.example/"> ',
        ),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:2 (title)",
            "  teks ini berisi '<', yang bisa menjadi kode di halaman. Perbaiki: tulis teks biasa tanpa tanda < > dan tanpa {% atau {{; untuk tautan atau gambar, pakai isi halaman, bukan front matter.",
        ],
    ),
    (
        "markup in a key point",
        _set(ARTICLE_ID, "  - Gaji besar", "  - <img src=https://evil.example/x.png> Gaji besar"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:8 (key_points[0])",
            "  teks ini berisi '<', yang bisa menjadi kode di halaman. Perbaiki: tulis teks biasa tanpa tanda < > dan tanpa {% atau {{; untuk tautan atau gambar, pakai isi halaman, bukan front matter.",
        ],
    ),
    (
        "template code in a source title",
        _set(ARTICLE_ID, "{title: Sumber uji,", "{title: '{% include x %}',"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:6 (sources[0].title)",
            "  teks ini berisi '{%', yang bisa menjadi kode di halaman. Perbaiki: tulis teks biasa tanpa tanda < > dan tanpa {% atau {{; untuk tautan atau gambar, pakai isi halaman, bukan front matter.",
        ],
    ),
    (
        "a symlink to a secret file",
        _link("docs/id/cfg.txt", "/etc/hostname"),
        1,
        [
            "GALAT / ERROR: docs/id/cfg.txt",
            "  'docs/id/cfg.txt' adalah tautan simbolik (symlink); situs akan menerbitkan isi yang ditunjuknya, yang bisa berisi rahasia. Perbaiki: hapus tautan itu dan simpan salinan berkas yang sebenarnya di tempatnya.",
        ],
    ),
    (
        "a symlink to a folder",
        _link("docs/assets", "/etc"),
        1,
        [
            "GALAT / ERROR: docs/assets",
            "  'docs/assets' adalah tautan simbolik (symlink); situs akan menerbitkan isi yang ditunjuknya, yang bisa berisi rahasia. Perbaiki: hapus tautan itu dan simpan salinan berkas yang sebenarnya di tempatnya.",
        ],
    ),
    (
        "a symlink loop",
        _link("docs/loop", "docs/loop"),
        1,
        [
            "GALAT / ERROR: docs/loop",
            "  'docs/loop' adalah tautan simbolik (symlink); situs akan menerbitkan isi yang ditunjuknya, yang bisa berisi rahasia. Perbaiki: hapus tautan itu dan simpan salinan berkas yang sebenarnya di tempatnya.",
        ],
    ),
    (
        "a key point too long for a poster line",
        _set(ARTICLE_ID, "  - Gaji besar", "  - " + "Sangat panjang sekali " * 6 + "Gaji besar"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:8 (key_points[0])",
            "  teks ini 178 karakter; paling banyak 120. Perbaiki: persingkat sampai 120 karakter atau kurang.",
        ],
    ),
    (
        "yes in Indonesian for a true/false key",
        _set(
            CONTACTS,
            '    emergency: true\n    phones:\n      - number: "110"',
            '    emergency: ya tentu\n    phones:\n      - number: "110"',
        ),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:10 (contacts[0].emergency)",
            "  'ya tentu' bukan ya/tidak yang dikenal. Perbaiki: tulis true (ya) atau false (tidak).",
        ],
    ),
    (
        "an empty date",
        _set("docs/id/index.md", "reviewed: 2026-11-24", "reviewed:"),
        1,
        [
            "GALAT / ERROR: docs/id/index.md:4 (reviewed)",
            "  tanggal belum diisi. Perbaiki: tulis tanggal sesudah titik dua sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        ],
    ),
    (
        "a front matter never closed",
        _set("docs/id/index.md", "reviewed: 2026-11-24\n---\n", "reviewed: 2026-11-24\n\n"),
        1,
        [
            "GALAT / ERROR: docs/id/index.md:1",
            "  front matter dibuka dengan '---' di baris 1, tetapi tidak pernah ditutup. Perbaiki: tambahkan satu baris '---' sesudah kunci terakhir (biasanya reviewed:), sebelum isi halaman.",
        ],
    ),
    (
        "curly quotes around a text with a colon",
        _set(CONTACTS, "      id: Darurat.", "      id: “Darurat: segera”"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:7",
            "  baris ini memakai tanda kutip miring (“ ” atau ‘ ’), yang tidak dikenal YAML sebagai tanda kutip. Perbaiki: ganti dengan tanda kutip lurus: \"...\" (pengolah kata sering mengubahnya menjadi miring; sunting berkas di GitHub atau editor teks biasa).",
        ],
    ),
    (
        "a phone number without quotes",
        _set(CONTACTS, '- number: "110"', "- number: 110"),
        1,
        [
            "GALAT / ERROR: docs/data/contacts.yml:12 (contacts[0].phones[0].number)",
            '  110 terbaca sebagai angka, padahal di sini harus teks. Perbaiki: beri tanda kutip: "110" (nomor telepon selalu ditulis dalam tanda kutip).',
        ],
    ),
    (
        "unknown front matter key",
        _set(ARTICLE_ID, "description:", "descripton:"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:3 (descripton)",
            "  kunci 'descripton' tidak dikenal. Perbaiki: mungkin maksud Anda 'description'?",
        ],
    ),
    (
        "wrong review date",
        _set(ARTICLE_ID, "reviewed: 2026-11-24", "reviewed: 24-11-2026"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:4 (reviewed)",
            "  '24-11-2026' bukan tanggal yang valid. Perbaiki: tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        ],
    ),
    (
        "missing translation",
        _rm("docs/en/tanda-tanda.md"),
        1,
        [
            "GALAT / ERROR: docs/en/tanda-tanda.md",
            "  halaman 'tanda-tanda' belum ada dalam bahasa 'en'. Perbaiki: terjemahkan docs/id/tanda-tanda.md "
            "ke docs/en/tanda-tanda.md, atau catat di docs/data/translations.yml di bawah untranslated: en:.",
        ],
    ),
    (
        "broken link",
        _set("docs/id/index.md", "(tanda-tanda.md#tanda-umum)", "(tanda.md)"),
        1,
        [
            "GALAT / ERROR: docs/id/index.md:7",
            "  tautan 'tanda.md' menuju halaman yang tidak ada. Perbaiki: periksa nama berkas tujuan "
            "(misalnya kontak.md) dan foldernya.",
        ],
    ),
    (
        "broken anchor",
        _set("docs/en/index.md", "#tanda-umum", "#signs"),
        1,
        [
            "GALAT / ERROR: docs/en/index.md:7",
            "  tautan 'tanda-tanda.md#signs' menuju bagian (#...) yang tidak ada di halaman tujuan. "
            "Perbaiki: samakan dengan { #id } judul bagian di halaman tujuan.",
        ],
    ),
    (
        "image without alt text",
        _set(ARTICLE_ID, "Teks uji.", "![](poster.png)"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            "  gambar poster.png tidak punya teks alternatif. Perbaiki: tulis isi gambar di antara kurung "
            "siku: ![Poster di balai desa](poster.png).",
        ],
    ),
    (
        "unknown marker",
        _set(ARTICLE_ID, "Teks uji.", "<!-- cegah:kontak -->"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            "  penanda '<!-- cegah:kontak -->' tidak dikenal. Perbaiki: gunakan salah satu: contacts, "
            "emergency, law-changes, news, penalties, print-materials, self-check.",
        ],
    ),
    (
        "steps marker on a page without steps",
        _set(ARTICLE_ID, "Teks uji.", "<!-- cegah:steps -->"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:14",
            "  penanda '<!-- cegah:steps -->' butuh 'steps:' di front matter halaman ini. Perbaiki: "
            "tulis 'steps:' di antara garis --- di atas, atau hapus penanda ini.",
        ],
    ),
    (
        "a step title too long",
        _set(
            ARTICLE_ID,
            "title: Tanda-tanda",
            "steps: [{title: Pergi ke kantor Disnaker terdekat, text: Uji.}]\ntitle: Tanda-tanda",
        ),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:2 (steps[0].title)",
            "  judul langkah ini 5 kata; paling banyak 4, supaya jelas. Perbaiki: persingkat menjadi "
            "4 kata atau kurang.",
        ],
    ),
    (
        "text too long for print",
        _set(
            ARTICLE_ID,
            "title: Tanda-tanda",
            "title: " + "Tanda-tanda bahaya perdagangan orang " * 4,
        ),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:2 (title)",
            "  teks ini terlalu panjang untuk poster-a4 (campaigns/uji.yml, bahasa id) walau huruf "
            "sudah diperkecil ke 28 pt. Perbaiki: persingkat sekitar 92 karakter.",
        ],
    ),
    (
        "character the poster font cannot draw",
        _set(ARTICLE_ID, "adalah tanda bahaya.", "adalah tanda bahaya \U0001f6a8"),
        1,
        [
            "GALAT / ERROR: docs/id/tanda-tanda.md:8 (key_points[0])",
            "  huruf '\U0001f6a8' (U+1F6A8) tidak bisa dicetak dengan font poster (poster-a4, bahasa id). "
            "Perbaiki: hapus atau ganti karakter itu (misalnya emoji).",
        ],
    ),
    (
        "unknown campaign page",
        _set("campaigns/uji.yml", "page: tanda-tanda", "page: tanda"),
        1,
        [
            "GALAT / ERROR: campaigns/uji.yml:6 (items[0].page)",
            "  halaman 'tanda' tidak ada (dicari di docs/id/tanda.md). Perbaiki: periksa nama halaman: nama berkas di docs/ tanpa .md, misalnya tanda-tanda.",
        ],
    ),
    (
        "unknown print format",
        _set("campaigns/uji.yml", "format: poster-a4", "format: poster-a5"),
        1,
        [
            "GALAT / ERROR: campaigns/uji.yml:5 (items[0].format)",
            "  nilai 'poster-a5' tidak diizinkan. Perbaiki: pilih salah satu: 'card-pocket', 'poster-a3', 'poster-a4', "
            "'quiz-key', 'quiz-sheet', 'quiz-tally', 'share-square', 'share-story', 'slides', 'trifold-a4'.",
        ],
    ),
    (
        "a campaign saved as .yaml",
        _rename(CAMPAIGN, "uji.yaml"),
        1,
        [
            "GALAT / ERROR: campaigns/uji.yaml",
            "  berkas kampanye 'uji.yaml' berakhiran .yaml, jadi tidak dibaca untuk cetakan. "
            "Perbaiki: ganti nama menjadi .yml: campaigns/uji.yml.",
        ],
    ),
    (
        "a campaign saved as .YAML with an underscore",
        _rename(CAMPAIGN, "Uji_2.YAML"),
        1,
        [
            "GALAT / ERROR: campaigns/Uji_2.YAML",
            "  berkas kampanye 'Uji_2.YAML' berakhiran .YAML, jadi tidak dibaca untuk cetakan. "
            "Perbaiki: ganti nama menjadi .yml: campaigns/uji-2.yml.",
        ],
    ),
    (
        "a campaign file name with capitals and a space",
        _rename(CAMPAIGN, "Desa Sukamaju.yml"),
        1,
        [
            "GALAT / ERROR: campaigns/Desa Sukamaju.yml",
            "  nama berkas kampanye 'Desa Sukamaju.yml' memakai huruf besar, spasi atau tanda lain; "
            "nama itu menjadi nama folder di site/print/. Perbaiki: pakai huruf kecil, angka dan "
            "tanda hubung saja: ganti nama menjadi campaigns/desa-sukamaju.yml.",
        ],
    ),
    (
        "offset printing without a print shop",
        _set(CAMPAIGN, "items:", "offset: true\nitems:"),
        1,
        [
            "GALAT / ERROR: campaigns/uji.yml:1",
            "  offset: true butuh print_shop: true (salinan CMYK adalah salinan percetakan). "
            "Perbaiki: tambahkan print_shop: true, atau hapus offset.",
        ],
    ),
    (
        "an office verified in the future",
        _set(CAMPAIGN, "items:", OFFICE.format("2026-12-01")),
        1,
        [
            "GALAT / ERROR: campaigns/uji.yml:8 (office.verified)",
            "  tanggal verified 2026-12-01 untuk kantor di campaigns/uji.yml ada di masa depan. "
            "Perbaiki: tulis hari nomor kantor itu benar-benar dicocokkan dengan sumbernya atau ditelepon.",
        ],
    ),
    (
        "an office verified years ago warns and does not block",
        _set(CAMPAIGN, "items:", OFFICE.format("2024-06-01")),
        0,
        [
            "PERINGATAN / WARNING: campaigns/uji.yml:8 (office.verified)",
            "  nomor kantor di campaigns/uji.yml terakhir diperiksa 906 hari lalu (2024-06-01). "
            "Perbaiki: cocokkan lagi dengan sumber resmi atau telepon kantornya, lalu perbarui tanggal verified.",
        ],
    ),
    (
        "an event date in the past warns",
        _set(CAMPAIGN, "items:", EVENT.format("2026-11-01")),
        0,
        [
            "PERINGATAN / WARNING: campaigns/uji.yml:5 (event.date)",
            "  acara di campaigns/uji.yml bertanggal 2026-11-01, sudah lewat; cetakan masih menyebut "
            "tanggal itu. Perbaiki: tulis tanggal acara berikutnya, atau hapus bagian event.",
        ],
    ),
    (
        "revoked article without replacement",
        _set("docs/data/penalties.yml", "    replaced_by: kuhp-455\n", ""),
        1,
        [
            "GALAT / ERROR: docs/data/penalties.yml:26 (offences[1])",
            "  'uu21-2' berstatus revoked tetapi revoked_by, revoked_on atau replaced_by belum diisi. Perbaiki: "
            "isi pasal yang mencabutnya (revoked_by), tanggalnya (revoked_on) dan id pasal penggantinya (replaced_by).",
        ],
    ),
]

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def mini(tmp_path, monkeypatch):
    site = make_mini_site(tmp_path / "mini")
    monkeypatch.chdir(site)
    return site


def test_mini_site_is_clean(mini, capsys):
    assert run_checks(Project(mini), TODAY) == 0
    assert "0 galat, 0 peringatan" in capsys.readouterr().err


@pytest.mark.parametrize("name,change,code,expected", CASES, ids=[c[0] for c in CASES])
def test_check_reports_bad_input(mini, capsys, name, change, code, expected):
    change(mini)
    before = snapshot(mini)
    assert run_checks(Project(mini), TODAY) == code
    output = capsys.readouterr().err
    lines = output.splitlines()
    start = lines.index(expected[0]) if expected[0] in lines else -1
    assert start >= 0, output
    assert lines[start : start + len(expected)] == expected, output
    assert "Traceback" not in output
    assert snapshot(mini) == before, "check must not write anything"


def test_at_least_fifteen_kinds_of_bad_input():
    assert len(CASES) >= 15


@pytest.mark.parametrize(
    "name,change,code,expected",
    [c for c in CASES if c[2] == 1][:8],
    ids=[c[0] for c in CASES if c[2] == 1][:8],
)
def test_build_writes_nothing_on_failure(mini, capsys, name, change, code, expected):
    change(mini)
    assert cli.main(["build"]) == 1
    output = capsys.readouterr().err
    assert "Traceback" not in output
    assert expected[1].split(". Perbaiki")[0] in output.replace("\n  ", "\n  ")
    assert not (mini / "site").exists()
    assert not [p for p in mini.iterdir() if p.name.startswith(".site")]


@pytest.mark.parametrize("target", ["/etc/hostname", "docs/loop"])
def test_build_refuses_symlinks_before_reading_anything(mini, capsys, target):
    _link("docs/loop" if target == "docs/loop" else "docs/id/cfg.txt", target)(mini)
    assert cli.main(["build"]) == 1
    output = capsys.readouterr().err
    assert "adalah tautan simbolik (symlink)" in output and "Traceback" not in output
    assert not (mini / "site").exists()


@pytest.mark.parametrize("name", ["uji.yaml", "Desa Sukamaju.yml"])
def test_build_and_print_refuse_a_wrongly_named_campaign(mini, capsys, name):
    """Never skipped without a word, never written to site/print/Desa Sukamaju/."""
    _rename(CAMPAIGN, name)(mini)
    for command in (["build"], ["print"]):
        assert cli.main(command) == 1
        output = capsys.readouterr().err
        assert f"campaigns/{name}" in output and "Traceback" not in output
        assert output.count(f"GALAT / ERROR: campaigns/{name}") == 1
    assert not (mini / "site").exists()


def test_check_annotates_the_line_for_a_pull_request(mini, capsys):
    """On GitHub Actions (or with --annotate) each problem is also a workflow command, so the
    pull request shows it on the line the editor changed."""
    _set(ARTICLE_ID, "Teks uji.", "![](poster.png)")(mini)
    assert cli.main(["check", "--annotate"]) == 1
    annotations = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    assert (
        "::error file=docs/id/tanda-tanda.md,line=14,title=galat::gambar poster.png tidak punya "
        "teks alternatif. Perbaiki: tulis isi gambar di antara kurung siku: ![Poster di balai "
        "desa](poster.png).%0A[en] image poster.png has no alt text. Fix: describe the image "
        "between the brackets: ![Poster in a village hall](poster.png)."
    ) in annotations
