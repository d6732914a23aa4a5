"""Dates as news prints them: month names, day and year patterns, and the publication date line.

Shared by reading (the article's date line, `parse_published`) and extraction
(`kg.extract.dates`, which resolves the dates of running text against it).
"""
from __future__ import annotations

import re
from datetime import date

__all__ = ["parse_published", "date_line_problem", "out_of_range"]

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


def _date_patterns(year: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Dates written ISO-style, month day year, and day month year, with `year` as the year's pattern."""
    return (re.compile(rf"(?<![0-9-])(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])(?![0-9])"),
            re.compile(rf"{WD_PREFIX}\b(?P<m>{MONTH})\s*{DAY}(?:,\s*|\s+)(?P<y>{year})"),
            re.compile(rf"{WD_PREFIX}(?<![0-9.,]){DAY}\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{year}))?"))


# In running text (kg.extract.dates) a year is 19xx or 20xx: other four-digit numbers are rarely years.
ISO_RE, MDY_RE, DMY_RE = _date_patterns(YEAR)

FIRST_YEAR, LAST_YEAR = 1800, 2200
"""The years a publication date may fall in: fixed, never today's clock, so that a run gives the same
answer on any day."""


def month_number(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


PUBLISHED_PATTERNS = _date_patterns(r"[0-9]{4}(?![0-9])")
"""A date line's dates: any four-digit year, then checked against the calendar and the range."""


def parse_published(text: str) -> date | None:
    """Read a publication date line as printed; the first complete date wins.

    Accepts "September 21, 2020", "March 2, 2021", "2024-06-30", "30 June 2024"
    and e-mail/HTTP style "Mon, 10 May 2021 14:00:00 GMT". Returns ``None``
    when the text holds no complete, valid date (day, month and year) in the
    years `FIRST_YEAR` to `LAST_YEAR`; `date_line_problem` says why.

    >>> parse_published("September 21, 2020Updated: September 21, 2020")
    datetime.date(2020, 9, 21)
    >>> parse_published("Mon, 10 May 2021 14:00:00 GMT")
    datetime.date(2021, 5, 10)
    >>> parse_published("2024-06-30") == parse_published("30 June 2024") == date(2024, 6, 30)
    True
    >>> parse_published("no date here") is None
    True
    >>> parse_published("Published on: 28/05/2024 - 13:20") == parse_published("05/28/2024") == date(2024, 5, 28)
    True
    >>> parse_published("05/06/2024") is None  # which is the day? (date_line_problem says so)
    True
    """
    return _read_date_line(text)[0]


def date_line_problem(text: str) -> str | None:
    """Why a line that holds a date as printed gives no publication date; None when it gives one, or holds none.

    >>> date_line_problem("February 31, 2021")
    "'February 31, 2021' is no day of the calendar: February 2021 has 28 days"
    >>> date_line_problem("December 31, 9999")
    "'December 31, 9999' is out of range: a publication date falls in the years 1800 to 2200"
    """
    return _read_date_line(text)[1]


def out_of_range(day: date) -> str | None:
    """What is wrong with `day` as a publication date (a year out of `FIRST_YEAR` to `LAST_YEAR`), or None."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return _OUT_OF_RANGE


_OUT_OF_RANGE = f"is out of range: a publication date falls in the years {FIRST_YEAR} to {LAST_YEAR}"


def _read_date_line(text: str) -> tuple[date | None, str | None]:
    """The first valid date in `text`, else None and what is wrong with the first date-shaped one."""
    best: tuple[int, date] | None = None
    problem: tuple[int, str] | None = None
    for matches in (*(p.finditer(text) for p in PUBLISHED_PATTERNS), _NUMERIC_DATE.finditer(text)):
        for m in matches:
            if best is not None and m.start() >= best[0]:
                break
            ymd = _year_month_day(m)
            if ymd is None:
                continue
            wrong = ymd if isinstance(ymd, str) else _OUT_OF_RANGE if not FIRST_YEAR <= ymd[0] <= LAST_YEAR \
                else _no_such_day(*ymd)
            if wrong is None:
                best = (m.start(), date(*ymd))
                break
            if problem is None or m.start() < problem[0]:
                problem = (m.start(), f"{m.group().strip()!r} {wrong}")
    if best is not None:
        return best[1], None
    return None, problem[1] if problem else None


def _year_month_day(m: re.Match[str]) -> tuple[int, int, int] | str | None:
    """The year, month and day a date pattern matched (None: no year told), or why a date in figures is no one day
    ("28/05/2024", "05.28.2024": day and month told apart by a day over 12)."""
    if "a" not in m.re.groupindex:
        return (int(m["y"]), int(m["m"]) if m["m"].isdigit() else month_number(m["m"]), int(m["d"])) if m["y"] else None
    a, b = int(m["a"]), int(m["b"])
    if a > 12 >= b or a == b:
        return int(m["y"]), b, a
    if b > 12 >= a:
        return int(m["y"]), a, b
    return "is ambiguous: day and month may be either way round"


# A date in figures with slashes or dots, day and month in either order ("28/05/2024", "05/28/2024").
_NUMERIC_DATE = re.compile(r"(?<![0-9/.])(?P<a>[0-3]?[0-9])([/.])(?P<b>[0-3]?[0-9])\2(?P<y>[0-9]{4})(?![0-9/.])")


def _no_such_day(year: int, month: int, day: int) -> str | None:
    """Why year-month-day is no day of the calendar (year in range), or None."""
    if day_iso(year, month, day) is not None:
        return None
    first = date(year, month, 1)
    days = ((first.replace(year=year + 1, month=1) if month == 12 else first.replace(month=month + 1)) - first).days
    return f"is no day of the calendar: {first:%B} {year} has {days} days"
