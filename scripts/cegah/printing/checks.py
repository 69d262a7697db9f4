"""What print refuses before drawing anything, worded for editors with the line they typed:
a character the font cannot draw (it would print as an empty box), a text too long for its
box even at the smallest size."""

from __future__ import annotations

import re

from cegah.errors import ContentError
from cegah.printing.card import CardContent
from cegah.printing.fonts import missing_glyphs
from cegah.printing.items import campaign_file
from cegah.printing.plan import PrintJob, campaign_place
from cegah.printing.poster import PosterContent
from cegah.printing.sheet import FieldOverflow
from cegah.printing.sources import field_place
from cegah.printing.trifold import TrifoldContent
from cegah.project import Project


def _texts(content: PosterContent | TrifoldContent | CardContent) -> dict[str, list[str]]:
    """Every printed text by field (the names sources.field_place knows)."""
    if isinstance(content, CardContent):
        hero = [content.hero.number, content.hero.caption] if content.hero else []
        return {
            "title": [content.heading],
            "key_points": content.points,
            "contacts": content.contacts,
            "hero": hero,
            "footer": [content.notice, content.footer, content.contacts_note],
        }
    texts = {
        "title": [content.title],
        "contacts": content.contacts,
        "event": [content.event or ""],
        "footer": [content.notice, content.footer],
    }
    if isinstance(content, PosterContent):
        hero = [content.hero.number, content.hero.caption] if content.hero else []
        return {**texts, "key_points": content.points, "hero": hero}
    texts["hero"] = [content.hero.number, content.hero.caption] if content.hero else []
    texts["write_in"] = [content.write_in]
    texts["issuer"] = [content.issuer]
    for name, panel in content.panels().items():
        texts[f"{name}.heading"] = [panel.heading]
        texts[f"{name}.lines"] = list(panel.lines)
        texts[f"{name}.points"] = list(panel.points)
        texts[f"{name}.steps"] = [part for step in panel.steps for part in step]
        texts[f"{name}.extra"] = list(panel.extra_lines)
        if panel.story:
            texts[f"{name}.story"] = [panel.story.title, panel.story.text]
    return texts


def check_drawable(
    project: Project, job: PrintJob, content: PosterContent | TrifoldContent
) -> None:
    """Refuse characters the font cannot draw (they would print as empty boxes), naming the
    line the character was typed on."""
    for name, texts in _texts(content).items():
        joined = " ".join(texts)
        missing = sorted(
            set(
                missing_glyphs(joined, False, content.lang)
                + missing_glyphs(joined, True, content.lang)
            )
        )
        if missing:
            chars = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in missing)
            raise ContentError.one(
                **field_place(project, job, name, missing[0]),
                problem_id=f"huruf {chars} tidak bisa dicetak dengan font poster ({job.item.format}, "
                f"bahasa {job.lang}).",
                problem_en=f"character {chars} cannot be drawn by the poster font "
                f"({job.item.format}, language {job.lang}).",
                fix_id="hapus atau ganti karakter itu (misalnya emoji).",
                fix_en="remove or replace that character (an emoji, say).",
            )


# the pamphlet's panels as an editor knows them (the fold guide's names)
PANEL_NAMES = {
    "flap": ("lipatan dalam", "flap"),
    "inside1": ("panel dalam 1", "inside panel 1"),
    "inside2": ("panel dalam 2", "inside panel 2"),
    "inside3": ("panel dalam 3", "inside panel 3"),
}


def _same(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def check_no_repeats(project: Project, job: PrintJob, content) -> None:
    """A pamphlet that says a thing twice wastes the little a reader reads: a text printed on
    two panels is refused, naming the page line of the second."""
    if not isinstance(content, TrifoldContent):
        return
    seen: dict[str, str] = {}
    for name, panel in content.panels().items():
        for text in panel.texts():
            first = seen.setdefault(_same(text), name)
            if first == name:
                continue
            (first_id, first_en), (then_id, then_en) = PANEL_NAMES[first], PANEL_NAMES[name]
            part = "lines" if text in panel.lines else "points" if text in panel.points else "steps"
            raise ContentError.one(
                **field_place(project, job, f"{name}.{part}", text.split(": ")[-1]),
                problem_id=f"'{text}' tercetak dua kali di pamflet ({first_id} dan {then_id}).",
                problem_en=f"'{text}' is printed twice on the pamphlet ({first_en} and {then_en}).",
                fix_id="tulis poin ini di satu halaman saja, atau ganti salah satunya; halaman "
                "setiap panel ada di 'flap' dan 'inside' kampanye.",
                fix_en="keep this point on one page only, or reword one of them; the campaign's "
                "'flap' and 'inside' say which page each panel prints.",
            )


def check_offset(project: Project, job: PrintJob, spec) -> None:
    """An offset print needs the layout's CMYK colours (a designer's choice, not a guess)."""
    shop = any(output.kind == "pdf-shop" for output in job.outputs)
    if not (job.campaign.offset and shop and not spec.cmyk):
        return
    raise ContentError.one(
        **campaign_place(project, job, "offset"),
        problem_id=f"tata letak {job.item.format} tidak punya warna cmyk untuk cetak offset.",
        problem_en=f"the layout {job.item.format} has no cmyk colours for offset printing.",
        fix_id=f"tambahkan cmyk: di scripts/cegah/layouts/{job.item.format}.yml, atau hapus "
        "offset dari kampanye.",
        fix_en=f"add cmyk: to scripts/cegah/layouts/{job.item.format}.yml, or remove offset "
        "from the campaign.",
    )


def overflow_problem(project: Project, job: PrintJob, exc: FieldOverflow) -> ContentError:
    where_id = f"{job.item.format} ({campaign_file(job)}, bahasa {job.lang})"
    where_en = f"{job.item.format} ({campaign_file(job)}, language {job.lang})"
    size = f"{exc.overflow.min_size:g} pt"
    if exc.field in LISTS:
        return ContentError.one(**field_place(project, job, exc.field), **_list_words(exc, where_id, where_en, size))
    cut = exc.overflow.excess_chars
    return ContentError.one(
        **field_place(project, job, exc.field),
        problem_id=f"teks ini terlalu panjang untuk {where_id} walau huruf sudah diperkecil ke {size}.",
        problem_en=f"this text is too long for {where_en} even at the minimum size of {size}.",
        fix_id=f"persingkat sekitar {cut} karakter.",
        fix_en=f"cut about {cut} characters.",
    )


# boxes that list one entry per line: the fix is to remove lines, not to shorten words
LISTS = ("contacts",)


def _list_words(exc: FieldOverflow, where_id: str, where_en: str, size: str) -> dict:
    """A list too long for its box, told in lines, naming the first entry that does not fit."""
    overflow = exc.overflow
    needed = sum(len(lines) for lines in overflow.wrapped)
    first_out, seen = "", 0
    for lines in overflow.wrapped:
        if seen + len(lines) > overflow.fits_lines:
            first_out = " ".join(lines).split(":")[0].replace("\u00a0", " ")
            break
        seen += len(lines)
    return dict(
        problem_id=f"kotak nomor di {where_id} muat {overflow.fits_lines} baris pada {size}, "
        f"kampanye ini butuh {needed}; '{first_out}' dan sesudahnya tidak muat.",
        problem_en=f"the numbers box of {where_en} holds {overflow.fits_lines} lines at {size}, "
        f"this campaign needs {needed}; '{first_out}' and what follows do not fit.",
        fix_id="kurangi kontak darurat (emergency: true) atau kontak lokal kampanye ini, atau "
        "persingkat alamat dan catatan kantor.",
        fix_en="list fewer emergency contacts (emergency: true) or local contacts in this "
        "campaign, or shorten the office's address and note.",
    )
