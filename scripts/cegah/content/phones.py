"""Phone numbers: validation with libphonenumber, plus an explicit list of service numbers.

Indonesian service numbers (110, 112, 129 and 021-129, 148, 0800-1000) are not ordinary phone numbers to
libphonenumber, so only the ones listed here are accepted. Adding one is a reviewed code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DEFAULT_REGION = "ID"

# digits -> what it is (for reviewers); only these short or special numbers are accepted
SERVICE_NUMBERS = {
    "110": "Polri, call centre",
    "112": "emergency number, active only in some districts",
    "129": "SAPA 129, Kementerian PPPA",
    "021129": "SAPA 129 written 021-129, for when the short code does not connect (kompas 2024-08-14)",
    "148": "LPSK",
    "08001000": "KP2MI/BP2MI crisis center, toll-free from Indonesia",
}

# Emergency lines answer real emergencies: a test call would keep an operator from one, so they
# are never put on the call sheet (their evidence is their sources).
EMERGENCY_NUMBERS = {"110", "112"}

MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def is_service_number(text: str) -> bool:
    return not text.strip().startswith("+") and digits(text) in SERVICE_NUMBERS


def is_emergency_line(text: str) -> bool:
    return is_service_number(text) and digits(text) in EMERGENCY_NUMBERS


def parse(text: str) -> phonenumbers.PhoneNumber | None:
    """A valid phone number, or None (short codes are not handled here)."""
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def is_mobile(text: str) -> bool:
    number = parse(text)
    return number is not None and phonenumbers.number_type(number) in MOBILE_TYPES


def tel_href(text: str) -> str:
    """tel: link that dials the number from any phone (E.164 for ordinary numbers)."""
    if is_service_number(text):
        return "tel:" + digits(text)
    number = parse(text)
    if number is None:
        raise ValueError(f"not a valid phone number: {text!r}")
    return "tel:" + phonenumbers.format_number(number, PhoneNumberFormat.E164)


def whatsapp_href(text: str) -> str:
    """https://wa.me/ link (digits of the international number, no plus sign)."""
    number = parse(text)
    if number is None:
        raise ValueError(f"not a valid phone number: {text!r}")
    return "https://wa.me/" + phonenumbers.format_number(number, PhoneNumberFormat.E164)[1:]


# An editor's grouping (spaces, hyphens, dots, brackets, slashes): kept as written
GROUPING = re.compile(r"[\s().\-/]")
DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"})


def display(text: str) -> str:
    """The one place that decides how a number is shown, on the site and in print.

    A number the editor grouped is shown as the data file writes it, with spacing and dashes
    tidied: the data keeps the grouping a line's own sources publish (SAPA writes 08111-129-129,
    which libphonenumber would group 0811-1129-129; Jakarta lines read (021) 390 3963, not
    (021) 3903963), and the choice between 0... and +62 ... says where the number is dialled
    from (from_abroad), so it is never turned into the other. The schema already refused every
    form that cannot be dialled as written (no leading 0, +62 0..., 62 without +). A number
    typed as bare digits gets libphonenumber's grouping: national if written with 0,
    international if written with +."""
    shown = " ".join(text.translate(DASHES).split())
    if is_service_number(shown) or GROUPING.search(shown.lstrip("+")):
        return shown
    number = parse(shown)
    if number is None:
        return shown
    style = PhoneNumberFormat.INTERNATIONAL if shown.startswith("+") else PhoneNumberFormat.NATIONAL
    return phonenumbers.format_number(number, style)


@dataclass(frozen=True)
class WrongForm:
    """A number libphonenumber understands but a reader cannot dial as written."""

    kind: str  # "zero-after-62", "62-without-plus", "no-leading-0", "foreign-without-plus"
    rest: str  # the number after its country code (Indonesian) or as typed (foreign), grouped as written

    @property
    def national(self) -> str:
        """The Indonesian number with its leading 0: 857-7001-0048 -> 0857-7001-0048."""
        return "(0" + self.rest[1:] if self.rest.startswith("(") else "0" + self.rest

    @property
    def international(self) -> str:
        """+62 857-7001-0048, or +60 17-668 8032 for a foreign number."""
        if self.kind == "foreign-without-plus":
            return "+" + self.rest
        return "+62 " + " ".join(self.rest.replace("(", "").replace(")", " ").split())


def _after_code(text: str) -> str:
    """What follows the country code 62 (and any 0 written after it), grouping kept."""
    index = [i for i, c in enumerate(text) if c.isdigit()][1] + 1  # the digit after "62"
    rest = text[index:].lstrip(" -.)")
    if rest.startswith("(0)"):
        return rest[3:].lstrip(" -.")
    if rest.startswith("(0"):
        return "(" + rest[2:]
    return rest[1:].lstrip(" -.") if rest.startswith("0") else rest


def wrong_form(text: str) -> WrongForm | None:
    """How a number is written wrongly for a reader who dials it, or None.

    libphonenumber accepts these (it reads 857-7001-0048 as an Indonesian number), but a phone
    does not: an Indonesian number is dialled with 0 in Indonesia and with +62 (never +62 0)
    from abroad. Only reported when the corrected number is valid."""
    text = " ".join(text.split())
    if is_service_number(text) or not digits(text):
        return None
    found = None
    number = digits(text)
    if text.startswith("+"):
        if number.startswith("620"):
            found = WrongForm("zero-after-62", _after_code(text))
    elif number[0] != "0":
        if number.startswith("62"):
            found = WrongForm("62-without-plus", _after_code(text))
            if parse(found.national) is None:
                found = None
        if found is None:
            found = WrongForm("no-leading-0", text)
            if parse(found.national) is None:
                found = WrongForm("foreign-without-plus", text)
                foreign = parse(found.international)
                if foreign is None or foreign.country_code == 62:
                    return None
                return found
    if found is None or parse(found.national) is None:
        return None
    return found


def same_number(first: str, second: str) -> bool:
    """Two ways of writing one number (0812-9007-0027 and +62 812-9007-0027 are the same)."""
    if is_service_number(first) or is_service_number(second):
        return digits(first) == digits(second)
    a, b = parse(first), parse(second)
    if a is None or b is None:
        return digits(first) == digits(second)
    return phonenumbers.format_number(a, PhoneNumberFormat.E164) == phonenumbers.format_number(
        b, PhoneNumberFormat.E164
    )
