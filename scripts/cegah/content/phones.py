"""Phone numbers: validation with libphonenumber, plus an explicit list of service numbers.

Indonesian service numbers (110, 112, 129 and 021-129, 148, 0800-1000) are not ordinary phone numbers to
libphonenumber, so only the ones listed here are accepted. Adding one is a reviewed code change.
"""

from __future__ import annotations

import re

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


def display(text: str) -> str:
    """Number as printed: as the data file writes it (the grouping people know, such as
    08111-129-129), with spacing tidied. libphonenumber only validates and builds links."""
    return " ".join(text.split())


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
