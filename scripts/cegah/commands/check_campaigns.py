"""Checks of campaigns/*.yml beyond their schema: file names, and the dates an editor types.

As with contacts, age only warns (an office checked more than a year ago, an event already
held): a date never blocks publishing, except one in the future where a past day belongs.
"""

from __future__ import annotations

import datetime as dt

from cegah.content import evidence
from cegah.content.load import campaign_files, campaign_name_problems
from cegah.content.yamlfile import YamlDoc
from cegah.errors import ContentError, Problem
from cegah.project import Project

OFFICE_CHECK_WARNING_DAYS = evidence.DESK_CHECK_WARNING_DAYS  # the same year as contacts


def _at(doc: YamlDoc, *path, warning: bool = False) -> dict:
    return dict(file=doc.file, line=doc.line_of(path), key=".".join(map(str, path)), warning=warning)


def _date_problems(doc: YamlDoc, campaign, today: dt.date) -> list[Problem]:
    problems = []
    name = doc.file
    offices = [(("office",), campaign.office)] if campaign.office else []
    offices += [(("offices", i), office) for i, office in enumerate(campaign.offices)]
    for path, office in offices:
        verified = office.verified
        if verified and verified > today:
            problems.append(
                Problem(
                    **_at(doc, *path, "verified"),
                    problem_id=f"tanggal verified {verified} untuk kantor di {name} ada di masa depan.",
                    problem_en=f"the office's verified date {verified} in {name} is in the future.",
                    fix_id="tulis hari nomor kantor itu benar-benar dicocokkan dengan sumbernya atau "
                    "ditelepon.",
                    fix_en="write the day the office's numbers were actually compared with their "
                    "sources or called.",
                )
            )
        elif verified and (today - verified).days > OFFICE_CHECK_WARNING_DAYS:
            age = (today - verified).days
            problems.append(
                Problem(
                    **_at(doc, *path, "verified", warning=True),
                    problem_id=f"nomor kantor di {name} terakhir diperiksa {age} hari lalu ({verified}).",
                    problem_en=f"the office's numbers in {name} were last checked {age} days ago "
                    f"({verified}).",
                    fix_id="cocokkan lagi dengan sumber resmi atau telepon kantornya, lalu perbarui "
                    "tanggal verified.",
                    fix_en="compare them with an official source again or call the office, then update "
                    "the verified date.",
                )
            )
    if campaign.event and campaign.event.date < today:
        when = campaign.event.date
        problems.append(
            Problem(
                **_at(doc, "event", "date", warning=True),
                problem_id=f"acara di {name} bertanggal {when}, sudah lewat; cetakan masih "
                "menyebut tanggal itu.",
                problem_en=f"the event in {name} is dated {when}, already past; the print items "
                "still give that date.",
                fix_id="tulis tanggal acara berikutnya, atau hapus bagian event.",
                fix_en="write the date of the next event, or remove the event block.",
            )
        )
    return problems


def campaign_problems(project: Project, today: dt.date) -> list[Problem]:
    """Wrongly named campaign files, then the office and event dates of each campaign that
    loads (a campaign that does not load is reported with the print checks)."""
    problems = campaign_name_problems(project)
    for path in campaign_files(project):
        try:
            campaign = project.content.campaign(path)
        except ContentError:
            continue
        problems += _date_problems(project.content.yaml(path), campaign, today)
    return problems
