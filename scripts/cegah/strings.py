"""Interface words that generated blocks and print items need, per language.

Adding a language to mkdocs.yml means adding its column here; a missing word is reported by
`words()` instead of silently falling back to another language.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from .errors import ContentError, Problem

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "key_points": "Poin penting",
        "untranslated": "Halaman ini belum diterjemahkan ke bahasa Indonesia. Isinya ditampilkan dalam bahasa aslinya.",
        "sources": "Sumber",
        "reviewed": "Terakhir ditinjau",
        "verified": "Nomor dicek",
        "source": "sumber",
        "call": "Telepon",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "website": "Situs",
        "hours": "Jam layanan",
        "free": "gratis",
        "not_free": "berbayar",
        "from_abroad": "dari luar negeri",
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
        "download_pdf": "Unduh PDF",
        "download_png": "Unduh PNG",
    },
    "en": {
        "key_points": "Key points",
        "untranslated": "This page has not been translated into English yet. It is shown in Indonesian.",
        "sources": "Sources",
        "reviewed": "Last reviewed",
        "verified": "Number checked",
        "source": "source",
        "call": "Call",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "website": "Website",
        "hours": "Hours",
        "free": "free",
        "not_free": "not free",
        "from_abroad": "from abroad",
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
        "download_pdf": "Download PDF",
        "download_png": "Download PNG",
    },
}


def words(lang: str) -> dict[str, str]:
    if lang not in WORDS:
        raise ContentError(
            [
                Problem(
                    file="scripts/cegah/strings.py",
                    problem_id=f"kata-kata antarmuka untuk bahasa '{lang}' belum ada.",
                    problem_en=f"interface words for language '{lang}' are missing.",
                    fix_id=f"tambahkan kolom '{lang}' ke WORDS.",
                    fix_en=f"add a '{lang}' column to WORDS.",
                )
            ]
        )
    return WORDS[lang]


def long_date(value: dt.date, lang: str) -> str:
    """24 November 2026 / 24 November 2026 (month names from the CLDR data in babel)."""
    return format_date(value, format="long", locale=lang)


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
