"""phones.display decides how every number is shown; wrong_form finds numbers a reader cannot
dial as written."""

from __future__ import annotations

import pytest
from cegah.content import phones
from cegah.project import Project

from tests.helpers import ROOT


@pytest.mark.parametrize(
    "written,shown",
    [
        (
            "08111-129-129",
            "08111-129-129",
        ),  # SAPA's own grouping, not libphonenumber's 0811-1129-129
        ("(021) 390 3963", "(021) 390 3963"),  # not (021) 3903963
        ("+62 812-9007-0027", "+62 812-9007-0027"),  # dialled from abroad: stays international
        ("0812-9007-0027", "0812-9007-0027"),
        ("+60 17-668 8032", "+60 17-668 8032"),
        ("  0812  9007 0027 ", "0812 9007 0027"),  # spacing tidied
        ("0812\u00a09007\u00a00027", "0812 9007 0027"),  # pasted no-break spaces
        ("0812\u20139007\u20130027", "0812-9007-0027"),  # en dashes from a web page
        ("081290070027", "0812-9007-0027"),  # bare digits: libphonenumber's national grouping
        ("+6281290070027", "+62 812-9007-0027"),  # bare digits with +: international
        ("+60176688032", "+60 17-668 8032"),
        ("129", "129"),
        ("021-129", "021-129"),
        ("0800-1000", "0800-1000"),
        ("110", "110"),
    ],
)
def test_display(written, shown):
    assert phones.display(written) == shown


def test_display_keeps_every_number_of_the_real_data():
    """Every number in docs/data/contacts.yml is shown as its sources write it."""
    contacts = Project(ROOT).content.contacts().contacts
    numbers = [n for c in contacts for n in c.numbers()]
    assert numbers
    for number in numbers:
        assert phones.display(number) == " ".join(number.split())


@pytest.mark.parametrize(
    "written,kind,national,international",
    [
        ("+62 0812-9007-0027", "zero-after-62", "0812-9007-0027", "+62 812-9007-0027"),
        ("+62 (0)812-9007-0027", "zero-after-62", "0812-9007-0027", "+62 812-9007-0027"),
        ("+62 (021) 390 3963", "zero-after-62", "(021) 390 3963", "+62 21 390 3963"),
        ("62812-9007-0027", "62-without-plus", "0812-9007-0027", "+62 812-9007-0027"),
        ("(62) 812-9007-0027", "62-without-plus", "0812-9007-0027", "+62 812-9007-0027"),
        ("857-7001-0048", "no-leading-0", "0857-7001-0048", "+62 857-7001-0048"),
        ("21 390 3963", "no-leading-0", "021 390 3963", "+62 21 390 3963"),
        ("(21) 390 3963", "no-leading-0", "(021) 390 3963", "+62 21 390 3963"),
    ],
)
def test_wrong_forms_and_their_fixes(written, kind, national, international):
    found = phones.wrong_form(written)
    assert found is not None and found.kind == kind
    assert (found.national, found.international) == (national, international)
    assert phones.parse(national) is not None and phones.parse(international) is not None


def test_foreign_number_without_plus():
    found = phones.wrong_form("60 17-668 8032")
    assert found is not None and found.kind == "foreign-without-plus"
    assert found.international == "+60 17-668 8032"


@pytest.mark.parametrize(
    "written",
    [
        "0812-9007-0027",
        "+62 812-9007-0027",
        "(021) 390 3963",
        "+60 17-668 8032",
        "129",
        "021-129",
        "0800-1000",
        "0812-34",
        "+62 0812-34",
    ],
)
def test_right_forms_and_plain_invalid_numbers_are_not_wrong_forms(written):
    """Right forms pass; a number invalid in any form gets the general message instead."""
    assert phones.wrong_form(written) is None
