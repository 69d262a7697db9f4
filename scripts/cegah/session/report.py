"""The one-page report of `cegah evaluate`: the session (office, date, place), the figures an
office reports, and a chart of every question before and after. A4, black and grey on white,
so it survives a photocopier; written as PDF and PNG, atomically. Only figures reach it:
no participant code is printed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.numbers import format_decimal

from cegah.content.schemas import LayoutBase, PageSize, QuizFile, TextStyle
from cegah.printing.draw import draw_sheet
from cegah.printing.fragment import Fragment
from cegah.printing.output import pdf_bytes, png_bytes, write_atomic
from cegah.printing.sheet import Box, Sheet, to_px
from cegah.session.words import session_words
from cegah.words import date_locale

SPEC = LayoutBase(
    page=PageSize(width=210, height=297, unit="mm", dpi=200),
    margin=15,
    gap=3,
    colours={
        "background": "#ffffff",
        "text": "#000000",
        "before": "#9a9a9a",
        "after": "#000000",
        "rule": "#000000",
        "draft": "#8a8a8a",
    },
    styles={
        "title": TextStyle(size=18, min=18, bold=True, leading=1.2),
        "strong": TextStyle(size=13, min=13, bold=True, leading=1.3),
        "figure": TextStyle(size=16, min=16, bold=True, leading=1.3),
        "body": TextStyle(size=12, min=12, leading=1.3),
        "label": TextStyle(size=10.5, min=10.5, leading=1.25),
        "value": TextStyle(size=10.5, min=10.5, bold=True, leading=1.0),
    },
)


@dataclass(frozen=True)
class Session:
    office: str = ""
    date: str = ""  # already in the report's language
    place: str = ""


def layout_report(figures, quiz: QuizFile, session: Session, lang: str, source: str) -> Sheet:
    w = session_words(lang)
    width, height = to_px(210, SPEC), to_px(297, SPEC)
    margin = to_px(SPEC.margin, SPEC)
    inner = width - 2 * margin
    sheet = Sheet(
        width, height, SPEC.page.dpi, [Box(margin, margin, inner, height - 2 * margin, "")]
    )
    frag = Fragment(SPEC, lang)
    mm = lambda length: to_px(length, SPEC)  # noqa: E731
    y = frag.text("title", w["report_title"], "title", 0, 0, inner)
    blank = "________________"
    for key, value in (
        ("report_office", session.office),
        ("report_date", session.date),
        ("report_place", session.place),
    ):
        y = frag.text(key, f"{w[key]}: {value or blank}", "body", 0, y, inner)
    y += mm(4)
    mean, improved = figures.headline(lang)
    y = frag.text("improved", improved, "figure", 0, y, inner)
    y = frag.text("mean", mean, "strong", 0, y, inner)
    y = frag.text("paired", w["paired"].format(paired=figures.paired), "body", 0, y, inner)
    if figures.unpaired:
        y = frag.text(
            "unpaired",
            w["report_unpaired"].format(count=len(figures.unpaired)),
            "body",
            0,
            y,
            inner,
        )
    y += mm(5)
    y = frag.text("chart_title", w["report_chart"], "strong", 0, y, inner)
    y = _legend(frag, w, y + mm(1), mm)
    y = _chart(frag, figures, quiz, y + mm(3), inner, mm, lang)
    frag.text(
        "source",
        w["report_source"].format(file=source),
        "label",
        0,
        height - 2 * margin - mm(6),
        inner,
    )
    frag.place(sheet, margin, margin)
    return sheet


def _legend(frag: Fragment, w: dict, y: int, mm) -> int:
    x = 0
    for key, colour in (("before", "before"), ("after", "after")):
        frag.boxes.append(Box(x, y + mm(0.8), mm(8), mm(3.5), colour))
        frag.text(f"legend.{key}", w[key], "label", x + mm(10), y, mm(30))
        x += mm(40)
    return y + mm(6)


def _chart(frag: Fragment, figures, quiz: QuizFile, y: int, inner: int, mm, lang: str) -> int:
    """Per question: its number and text on the left; two bars (before, after) from a common
    zero line, each with its share written at its end."""
    label_width = mm(78)
    bar_x = label_width + mm(4)
    bar_full = inner - bar_x - mm(14)
    bar_h = mm(3.6)
    for figure, question in zip(figures.questions, quiz.questions, strict=True):
        top = y
        text = f"{figure.number}. {question.text}"
        below = frag.text(f"chart.q{figure.number}", text, "label", 0, y, label_width)
        for row, (share, colour) in enumerate(
            ((figure.pre_pct, "before"), (figure.post_pct, "after"))
        ):
            bar_y = top + mm(0.5) + row * (bar_h + mm(1.2))
            length = max(round(bar_full * share / 100), 2)
            frag.boxes.append(Box(bar_x, bar_y, length, bar_h, colour))
            frag.text(
                f"chart.q{figure.number}.{colour}",
                f"{format_decimal(share, locale=date_locale(lang))}%",
                "value",
                bar_x + length + mm(1.5),
                bar_y,
                mm(14),
            )
        frag.boxes.append(Box(bar_x - 3, top, 3, 2 * bar_h + mm(2.2), "rule"))  # the zero line
        y = max(below, top + 2 * bar_h + mm(2.2)) + mm(3)
    return y


def write_report(sheet: Sheet, pdf: Path) -> list[Path]:
    image = draw_sheet(sheet, SPEC)
    png = png_bytes(image.convert("L"), SPEC.page.dpi)
    write_atomic(pdf, pdf_bytes([png], 210, 297))
    write_atomic(pdf.with_suffix(".png"), png)
    return [pdf, pdf.with_suffix(".png")]


def session_of(project, lang: str, options) -> Session:
    """The session's office, date and place: from --campaign (its office and event), each
    replaced by --date or --place when given. Missing ones are left blank to write in."""
    import datetime as dt

    from cegah.content.load import campaign_files
    from cegah.errors import ContentError
    from cegah.words import long_date

    office = date = place = ""
    wanted = getattr(options, "campaign", None)
    if wanted:
        paths = {path.stem: path for path in campaign_files(project)}
        if wanted not in paths:
            raise ContentError.one(
                key="--campaign",
                problem_id=f"kampanye '{wanted}' tidak ada di campaigns/.",
                problem_en=f"there is no campaign '{wanted}' in campaigns/.",
                fix_id=f"pilih salah satu: {', '.join(sorted(paths))}.",
                fix_en=f"choose one of: {', '.join(sorted(paths))}.",
            )
        campaign = project.content.campaign(paths[wanted])
        offices = campaign.all_offices
        office = offices[0].name[lang] if offices else ""
        if campaign.event:
            date = long_date(campaign.event.date, lang)
            place = campaign.event.place[lang]
    if getattr(options, "date", None):
        try:
            date = long_date(dt.date.fromisoformat(options.date), lang)
        except ValueError:
            raise ContentError.one(
                key="--date",
                problem_id=f"tanggal '{options.date}' tidak bisa dibaca.",
                problem_en=f"the date '{options.date}' cannot be read.",
                fix_id="tulis TTTT-BB-HH, misalnya 2026-12-10.",
                fix_en="write YYYY-MM-DD, e.g. 2026-12-10.",
            ) from None
    place = getattr(options, "place", None) or place
    return Session(office, date, place)
