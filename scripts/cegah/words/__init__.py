"""Interface words that generated blocks and print items need, per language.

Adding a language to mkdocs.yml means adding its column here; a missing word is reported by
`words()` instead of silently falling back to another language.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from cegah.errors import ContentError

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "key_points": "Poin penting",
        "untranslated": "Halaman ini belum diterjemahkan ke bahasa Indonesia. Isinya ditampilkan dalam bahasa aslinya.",
        "sources": "Sumber",
        "reviewed": "Terakhir ditinjau",
        "source": "sumber",
        "call": "Telepon",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "website": "Situs",
        "hours": "Jam layanan",
        "free": "gratis",
        "not_free": "berbayar",
        "from_abroad": "dari luar negeri",
        "from_outside": "dari luar {country}",
        "emergency_title": "Butuh bantuan?",
        "situation.darurat": "Keadaan darurat di Indonesia",
        "situation.perempuan-anak": "Kekerasan terhadap perempuan dan anak, termasuk TPPO",
        "situation.pekerja-migran": "Masalah pekerja migran",
        "situation.luar-negeri": "Jika Anda atau keluarga di luar negeri",
        "situation.saksi-korban": "Perlindungan saksi dan korban",
        "situation.lainnya": "Saluran lain",
        "scan": "Pindai untuk membaca selengkapnya",
        "call_for_help": "Minta tolong:",
        "poster_tagline": "Kenali. Tolak. Laporkan.",
        "draft": "KONSEP / DRAFT",
        "print_format.poster-a4": "Poster A4",
        "event": "Sosialisasi",
        "print_format.poster-a3": "Poster A3",
        "print_format.trifold-a4": "Pamflet lipat tiga (A4, bolak-balik)",
        "print_format.share-square": "Gambar WhatsApp (persegi)",
        "print_format.share-story": "Gambar status/story",
        "file.pdf": "PDF",
        "file.png": "PNG",
        "file.png-outside": "PNG sisi luar",
        "file.png-inside": "PNG sisi dalam",
        "file.guide-pdf": "panduan lipat (PDF)",
        "thumbnail": "Pratinjau",
        "guide.outside1": "Luar 1: lipatan dalam (dilipat ke dalam)",
        "guide.outside2": "Luar 2: sampul belakang (kontak)",
        "guide.outside3": "Luar 3: sampul depan",
        "guide.inside1": "Dalam 1",
        "guide.inside2": "Dalam 2",
        "guide.inside3": "Dalam 3 (di balik lipatan dalam)",
    },
    "en": {
        "key_points": "Key points",
        "untranslated": "This page has not been translated into English yet. It is shown in Indonesian.",
        "sources": "Sources",
        "reviewed": "Last reviewed",
        "source": "source",
        "call": "Call",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "website": "Website",
        "hours": "Hours",
        "free": "free",
        "not_free": "not free",
        "from_abroad": "from abroad",
        "from_outside": "from outside {country}",
        "emergency_title": "Need help?",
        "situation.darurat": "Emergencies in Indonesia",
        "situation.perempuan-anak": "Violence against women and children, including trafficking",
        "situation.pekerja-migran": "Migrant-worker problems",
        "situation.luar-negeri": "If you or your family are abroad",
        "situation.saksi-korban": "Protection of witnesses and victims",
        "situation.lainnya": "Other channels",
        "scan": "Scan to read more",
        "call_for_help": "Get help:",
        "poster_tagline": "Recognise. Refuse. Report.",
        "draft": "DRAFT / KONSEP",
        "print_format.poster-a4": "A4 poster",
        "event": "Outreach session",
        "print_format.poster-a3": "A3 poster",
        "print_format.trifold-a4": "Trifold pamphlet (A4, two-sided)",
        "print_format.share-square": "WhatsApp image (square)",
        "print_format.share-story": "Status/story image",
        "file.pdf": "PDF",
        "file.png": "PNG",
        "file.png-outside": "PNG outside",
        "file.png-inside": "PNG inside",
        "file.guide-pdf": "folding guide (PDF)",
        "thumbnail": "Preview",
        "guide.outside1": "Outside 1: flap (folds in)",
        "guide.outside2": "Outside 2: back cover (contacts)",
        "guide.outside3": "Outside 3: front cover",
        "guide.inside1": "Inside 1",
        "guide.inside2": "Inside 2",
        "guide.inside3": "Inside 3 (behind the flap)",
    },
}


def words(lang: str) -> dict[str, str]:
    if lang not in WORDS:
        raise ContentError.one(
            file="scripts/cegah/words/__init__.py",
            problem_id=f"kata-kata antarmuka untuk bahasa '{lang}' belum ada.",
            problem_en=f"interface words for language '{lang}' are missing.",
            fix_id=f"tambahkan kolom '{lang}' ke WORDS.",
            fix_en=f"add a '{lang}' column to WORDS.",
        )
    return WORDS[lang]


# The CLDR locale that writes a language's dates: English dates are written the British way
# ("2 January 2026"), like the English texts.
DATE_LOCALES = {"en": "en_GB"}


def date_locale(lang: str) -> str:
    return DATE_LOCALES.get(lang, lang)


def month_year(value: dt.date, lang: str) -> str:
    """Agustus 2024 / August 2024."""
    return format_date(value, format="LLLL y", locale=date_locale(lang))


def long_date(value: dt.date, lang: str) -> str:
    """24 November 2026 / 24 November 2026 (month names from the CLDR data in babel)."""
    return format_date(value, format="long", locale=date_locale(lang))


def short_date(value: dt.date, lang: str) -> str:
    """12 Jan 2027 (for the emergency strip and print)."""
    return format_date(value, format="medium", locale=date_locale(lang))


# How a contact's numbers were checked, in words a reader understands (evidence.py fills them).
EVIDENCE_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "newest_source": "Sumber terbaru: {date}",
        "source_old": "(lebih dari dua tahun lalu)",
        "desk_checked": "dicocokkan dengan sumbernya pada {date}",
        "not_called": "belum pernah dites dengan menelepon",
        "called": "dites menelepon {number}: {date}, {result} (oleh {by})",
        "result.tersambung": "tersambung",
        "result.tidak-dijawab": "tidak dijawab",
        "result.nomor-salah": "nomor salah",
        "result.tidak-aktif": "tidak aktif",
        "print_not_called": "Nomor dicocokkan dengan sumbernya (sumber terbaru: {years}), belum dites dengan menelepon.",
        "print_called": "Dites menelepon: {called}. Nomor lain belum dites.",
        "print_all_called": "Dites menelepon: {called}.",
        "report_wrong": "Nomor ini salah? Kabari kami",
        "old_source": "{name}: sumber terbaru {date}, lebih dari dua tahun lalu.",
    },
    "en": {
        "newest_source": "Newest source: {date}",
        "source_old": "(more than two years ago)",
        "desk_checked": "compared with its sources on {date}",
        "not_called": "not yet test-called",
        "called": "test-called {number}: {date}, {result} (by {by})",
        "result.tersambung": "got through",
        "result.tidak-dijawab": "no answer",
        "result.nomor-salah": "wrong number",
        "result.tidak-aktif": "disconnected",
        "print_not_called": "Numbers compared with their sources (newest: {years}), not yet test-called.",
        "print_called": "Test-called: {called}. Other numbers not yet test-called.",
        "print_all_called": "Test-called: {called}.",
        "report_wrong": "Is this number wrong? Tell us",
        "old_source": "{name}: newest source {date}, more than two years ago.",
    },
}


PENALTY_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "law": "Undang-undang dan pasal",
        "covers": "Perbuatan",
        "prison": "Penjara paling lama",
        "fine": "Denda paling banyak",
        "since": "Berlaku sejak",
        "status": "Status",
        "in_force": "Berlaku",
        "revoked": "Dicabut",
        "years": "{n} tahun",
        "life": "seumur hidup",
        "and": "dan",
        "or": "atau",
        "and/or": "dan/atau",
        "billion": "Rp{n} miliar",
        "million": "Rp{n} juta",
        "caption": "Pasal dan ancaman hukuman yang berlaku (hanya batas maksimum)",
        "changed_title": "Yang berubah pada 2 Januari 2026",
        "old": "Pasal lama",
        "new": "Sekarang diatur di",
        "revoked_by": "dicabut oleh",
        "none": "tidak ada",
        "checked_on": "Data hukuman dicek pada",
        "prison_up_to": "penjara paling lama {n} tahun",
        "prison_life": "penjara seumur hidup",
        "fine_up_to": "denda paling banyak {amount}",
        "print_heading": "Ancaman hukuman",
    },
    "en": {
        "law": "Law and article",
        "covers": "What it covers",
        "prison": "Maximum prison term",
        "fine": "Maximum fine",
        "since": "In force since",
        "status": "Status",
        "in_force": "In force",
        "revoked": "Revoked",
        "years": "{n} years",
        "life": "life imprisonment",
        "and": "and",
        "or": "or",
        "and/or": "and/or",
        "billion": "Rp{n} billion",
        "million": "Rp{n} million",
        "caption": "Articles and penalties in force (maximums only)",
        "changed_title": "What changed on 2 January 2026",
        "old": "Old article",
        "new": "Now covered by",
        "revoked_by": "revoked by",
        "none": "none",
        "checked_on": "Penalty data checked on",
        "prison_up_to": "up to {n} years in prison",
        "prison_life": "life imprisonment",
        "fine_up_to": "a fine of up to {amount}",
        "print_heading": "Penalties",
    },
}


def rupiah(amount: int, lang: str) -> str:
    """Rp5 miliar / Rp5 billion; Rp600 juta / Rp600 million."""
    w = PENALTY_WORDS[lang]
    if amount >= 1_000_000_000:
        return w["billion"].format(
            n=f"{amount / 1_000_000_000:g}".replace(".", "," if lang == "id" else ".")
        )
    return w["million"].format(
        n=f"{amount / 1_000_000:g}".replace(".", "," if lang == "id" else ".")
    )


# Words of the visitor features (quick exit, share link, 404 page), kept together and merged
# into WORDS so that words() finds them like any other.
VISITOR_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "quick_exit": "Keluar cepat",
        "quick_exit_help": "Langsung pindah ke situs lain; tombol Kembali tidak membawa Anda ke sini.",
        "exit_press_2": "Tekan Shift 2 kali lagi untuk keluar dari situs ini.",
        "exit_press_1": "Tekan Shift 1 kali lagi untuk keluar dari situs ini.",
        "exit_leaving": "Keluar dari situs ini.",
        "share_whatsapp": "Bagikan lewat WhatsApp",
        "not_found_title": "Halaman tidak ditemukan",
        "not_found_text": "Alamat ini tidak ada di situs Cegah TPPO. Mungkin halamannya sudah pindah.",
        "not_found_home": "Buka beranda",
    },
    "en": {
        "quick_exit": "Quick exit",
        "quick_exit_help": "Leave for another site at once; the Back button will not bring you here.",
        "exit_press_2": "Press Shift 2 more times to leave this site.",
        "exit_press_1": "Press Shift 1 more time to leave this site.",
        "exit_leaving": "Leaving this site.",
        "share_whatsapp": "Share on WhatsApp",
        "not_found_title": "Page not found",
        "not_found_text": "This address does not exist on the Cegah TPPO site. The page may have moved.",
        "not_found_home": "Go to the home page",
    },
}
for _lang, _words in VISITOR_WORDS.items():
    WORDS[_lang].update(_words)
