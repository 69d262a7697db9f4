"""Text that must stay on one line in print: a phone number, a sum of money, a law and its
article, a web address. One table; wrap() keeps each match whole by joining its parts with
no-break spaces, so a line ends before it or after it, never inside."""

from __future__ import annotations

import re

NBSP = "\u00a0"

PROTECTED = (
    # phone numbers as sources write them: +62 812-9007-0027, (021) 2968 1560, 0800-1000, 021-129
    re.compile(r"\+?\(?\d[\d()\- ]*\d"),
    # money: Rp5 miliar, Rp2,5 juta, Rp5 billion
    re.compile(r"Rp ?\d+(?:[.,]\d+)?(?: (?:miliar|juta|billion|million|milyar|yuta))?"),
    # laws and articles: UU 18/2017, Law 21/2007, Pasal 455, Article 4(1), Pasal 7 ayat (1) huruf b
    re.compile(r"\b(?:UU|Law|Perpres|PP|Permen\w*) (?:No\. )?\d+/\d{4}"),
    re.compile(r"\b(?:Pasal|Article) \d+[a-z]?(?: ayat \(\d+\))?(?: (?:huruf|letter) [a-z]\b)?"),
    # a web address never has spaces, but its neighbours may be glued to it by punctuation
    re.compile(r"https?://\S+"),
)


def protect(text: str) -> str:
    """text with the spaces inside every protected token made no-break (every pattern starts
    and ends on a character that is not a space, so a token never swallows its neighbours')."""
    for pattern in PROTECTED:
        text = pattern.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return text
