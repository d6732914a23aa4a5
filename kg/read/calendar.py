"""Dates as news prints them: month names, day and year patterns, and the publication date line.

Shared by reading (the article's date line, `parse_published`) and extraction
(`kg.extract.dates`, which resolves the dates of running text against it).
"""
from __future__ import annotations

import re
from datetime import date

__all__ = ["parse_published"]

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Capitalised only: "may" and "march" in lower case are a verb and a noun.
# The letter look-ahead stops "Mar" in "Marching" and "May" in "Mayor".
# Only abbreviations take a period: "since December." ends a sentence.
MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\.?)(?![A-Za-z])"
)
DAY = r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "Sunday, Sept. 20": the explicit date decides, the weekday joins the mention.
WD_PREFIX = rf"(?:{WEEKDAY},?\s+)?"
ISO_RE = re.compile(
    r"(?<![0-9-])(?P<y>(?:19|20)[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])(?![0-9])"
)
MDY_RE = re.compile(
    rf"{WD_PREFIX}\b(?P<m>{MONTH})\s*{DAY}(?:,\s*|\s+)(?P<y>{YEAR})"
)
DMY_RE = re.compile(
    rf"{WD_PREFIX}(?<![0-9.,]){DAY}\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)

def month_number(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


PUBLISHED_PATTERNS = (ISO_RE, MDY_RE, DMY_RE)


def parse_published(text: str) -> date | None:
    """Read a publication date line as printed; the first complete date wins.

    Accepts "September 21, 2020", "March 2, 2021", "2024-06-30", "30 June 2024"
    and e-mail/HTTP style "Mon, 10 May 2021 14:00:00 GMT". Returns ``None``
    when the text holds no complete, valid date (day, month and year).

    >>> parse_published("September 21, 2020Updated: September 21, 2020")
    datetime.date(2020, 9, 21)
    >>> parse_published("Mon, 10 May 2021 14:00:00 GMT")
    datetime.date(2021, 5, 10)
    >>> parse_published("2024-06-30") == parse_published("30 June 2024") == date(2024, 6, 30)
    True
    >>> parse_published("no date here") is None
    True
    """
    best: tuple[int, date] | None = None
    for pattern in PUBLISHED_PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            if not m["y"]:
                continue
            month = int(m["m"]) if m["m"].isdigit() else month_number(m["m"])
            iso = day_iso(int(m["y"]), month, int(m["d"]))
            if iso:
                best = (m.start(), date.fromisoformat(iso))
                break
    return best[1] if best else None
