"""Find date phrases in news text and resolve them against the publication date.

Input: text (a sentence or a whole article) and the article's publication
`datetime.date`. Output: `DateMention`s with character offsets into the text and
an ISO 8601 value at the precision the text gives (``2020-09-20``, ``2020-08``,
``2022``), or ``None`` for phrases that are recognised but cannot be pinned to a
date ("weeks ago", "last week", "recently", "the following day").

Rules (``shared/notes/extraction-findings.md``, "Dates and amounts"):

* A month and day without a year take the year that puts the date nearest the
  publication date ("Dec. 30" in a January article is the previous year); a
  month alone likewise ("in October" in a March 2025 article is 2024-10). News reports the past: a
  date that year puts more than two months after publication is the year before's, unless the
  sentence says it is ahead ("began on October 7" in a May article is last October; "will vote on
  October 7" is this one); a date told ahead that the nearest year puts before publication is next
  year's ("will hold elections on February 14" in a March article).
* A bare weekday ("Sunday", "on Tuesday") is the most recent such day on or
  before the publication date: news reports the past, and "Sunday" in a Sunday
  article is that day. "last Friday" / "past Friday" is the most recent Friday
  strictly before it; "next Friday" / "coming Friday" the first one strictly
  after it. "this Friday", "the previous Friday" and plural "Fridays" are left
  unresolved, because their anchor is not the publication date. A bare weekday the text
  says is ahead ("will meet on Friday", "is expected to vote on Tuesday", "said he would meet on
  Thursday") is the first
  such day on or after the publication date (the contract's ruling on weekdays), unless a
  verb of speech stands between ("will resign, the ministry said on Monday": the saying is past).
* A bare year needs a date context: a preposition before it ("in 2022",
  "since 2018", "the end of 2024"), a month before it, or a determiner or
  possessive before it and a noun after it ("Boko Haram's 2014 abduction",
  "the 2023 election"). "368-7", "$2025", "2,000" and "2000 people" are not years.
* Never guess: a phrase whose anchor is not the publication date stays ``None``.

Every pattern is a precompiled regular expression with bounded repetition, so
`find_dates` runs in time linear in the length of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.read.calendar import (DAY, DMY_RE, ISO_RE, MDY_RE, MONTH, WEEKDAY, WD_PREFIX, YEAR,
                              day_iso, month_number)

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    """A date phrase: offsets into the text (end exclusive), its surface and ISO value."""

    start: int
    end: int
    text: str
    value: str | None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Nouns after which a four-digit number is a quantity, not a year ("2000 people").
_QUANTITY_NOUN = (
    r"(?:people|persons|men|women|children|protesters|demonstrators|troops|soldiers|police"
    r"|officers|students|residents|civilians|workers|votes|cases|deaths|homes|houses|dollars"
    r"|euros|pounds|years|months|weeks|days|hours|minutes|km|kilometers|kilometres|miles"
    r"|meters|metres|feet|tons|tonnes|units|percent)\b"
)
_YEAR_END = rf"(?![0-9A-Za-z%]|[.,][0-9]|[-–][0-9])(?!\s+{_QUANTITY_NOUN})"
_PERIOD_OF = (
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter"
    r"|first\s+half|second\s+half)\s+of\s+)?"
)
# Prepositions that make a bare month or year a date; "and/or/to" only after one.
_CONJUNCTIONS = frozenset({"and", "or", "to"})

_MD_RE = re.compile(rf"{WD_PREFIX}\b(?P<m>{MONTH})\s*{DAY}(?!:[0-9])")
_MY_RE = re.compile(rf"\b(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})")
_MONTH_CONTEXT_RE = re.compile(
    r"\b(?P<pre>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom"
    r"|[Tt]hrough|[Tt]hroughout|of|[Ee]arly|[Ll]ate|[Mm]id|and|or|to|[Bb]etween|[Ll]ast"
    r"|[Nn]ext|[Tt]his|[Aa]round)(?:\s+|-)"
    rf"{_PERIOD_OF}(?P<m>{MONTH})(?!\s*[0-9])"
)
_MONTH_POSSESSIVE_RE = re.compile(rf"\b(?P<m>{MONTH})(?=['’]s\b)")
# "Pakistan's February elections", "the March vote": a month naming when a thing was held
_MONTH_MODIFIER_RE = re.compile(rf"(?:['’]s|\b[Tt]he)\s+(?P<m>{MONTH})(?=\s+[a-z]+)(?!\s+[0-9])")
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?P<pre>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom"
    r"|[Tt]hrough|[Tt]hroughout|of|[Ff]or|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id|[Aa]round"
    r"|[Cc]irca|and|or|to)(?:\s+|-)"
    rf"{_PERIOD_OF}(?P<y>{YEAR}){_YEAR_END}"
)
_YEAR_DETERMINER_RE = re.compile(
    rf"(?:\b(?:the|The|its|their|his|her)|['’]s)\s+(?P<y>{YEAR})(?=\s+[a-z]|\s+[A-Z][a-z]+\s+[a-z])"
    rf"(?!\s+{_QUANTITY_NOUN})"
)
_WEEKDAY_RE = re.compile(
    r"\b(?:(?P<rel>[Ll]ast|[Pp]ast|[Nn]ext|[Cc]oming|[Tt]his|[Pp]revious)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?![A-Za-z])"
)
_RELATIVE_DAY_RE = re.compile(
    r"(?<!USA )\b(?P<rel>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night"
    r"|[Tt]his\s+(?:morning|afternoon|evening))\b"
)
_RELATIVE_PERIOD_RE = re.compile(
    r"\b(?:(?P<shift>[Ee]arlier|[Ll]ater)\s+)?"
    r"(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?P<unit>week|weekend|month|year)\b"
)
_AGO_RE = re.compile(
    r"\b(?:(?P<n>[0-9]{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|(?:[Aa]\s+)?[Ff]ew|[Ss]everal|[Mm]any)\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"
)
_VAGUE_RE = re.compile(
    r"\b(?:[Rr]ecently|[Ii]n\s+recent\s+(?:days|weeks|months|years)"
    r"|(?:[Tt]he|[Tt]hat)\s+(?:following|next|previous|same)\s+(?:day|week|month|year|morning"
    r"|afternoon|evening|night)"
    r"|[Tt]he\s+day\s+(?:before|after)|(?:[Tt]hat|[Tt]he\s+same)\s+day"
    r"|(?:[Oo]ver|[Aa]t|[Dd]uring)\s+the\s+weekend"
    r"|(?:[Tt]he\s+|[Ii]n\s+the\s+)?(?:past|last|coming|next)\s+(?:few|several|two|three|four"
    r"|five|six|seven|eight|nine|ten|[0-9]{1,3})\s+(?:days|weeks|months|years|decades))\b"
)
_MONTH_TAIL_RE = re.compile(rf"{MONTH},?\s*\Z")
_YEAR_TAIL_RE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2},?\s*\Z")
_THE_TAIL_RE = re.compile(r"\b[Tt]he\s+\Z")


def _nearest_day(month: int, day: int, published: date) -> str | None:
    """The ISO date of month/day in the year that puts it nearest `published`."""
    best: tuple[int, date] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # Feb. 29 outside a leap year, or beyond date.min/max
            continue
        key = (abs((candidate - published).days), candidate)
        if best is None or key < best:
            best = key
    return best[1].isoformat() if best else None


def _nearest_month(month: int, published: date) -> str | None:
    """``YYYY-MM`` of a month in the year that puts it nearest `published`."""
    here = published.year * 12 + published.month - 1
    options = [y * 12 + month - 1 for y in (published.year - 1, published.year, published.year + 1)]
    best = min(options, key=lambda m: (abs(m - here), m))
    return _month_iso(best)


def _past_unless_ahead(value: str | None, text: str, pos: int, published: date) -> str | None:
    """A date the nearest year puts more than two months after publication is last year's, unless
    the sentence says it is ahead: "The war began on October 7" in a May article is the October
    before; "will vote on October 7" the one to come."""
    if value is None or _ahead_of(text, pos):
        return value
    if _told_ahead(text, pos):
        # "will hold elections on February 14" in a March article: the February to come; but not a date of
        # a past clause after the future ("said it would punish those who leaked the data, which was
        # distributed on Sept. 19")
        past = value < published.isoformat()[:len(value)] and not _PAST_RE.search(text, _ahead_end(text, pos), pos)
        return f"{int(value[:4]) + 1:04d}{value[4:]}" if past and value[4:] != "-02-29" else value
    year, month = int(value[:4]), int(value[5:7])
    if (year * 12 + month) - (published.year * 12 + published.month) <= 2:
        return value
    return f"{year - 1:04d}{value[4:]}" if not value[4:] == "-02-29" else value


def _month_iso(index: int) -> str | None:
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}" if 1 <= year <= 9999 else None


def _shift(published: date, days: int) -> str | None:
    try:
        return (published + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _year_iso(year: int) -> str | None:
    return f"{year:04d}" if 1 <= year <= 9999 else None


def _weekday_value(rel: str | None, weekday: int, published: date) -> str | None:
    """Resolve a weekday; see the module docstring for the rule."""
    rel = rel.lower() if rel else None
    if rel is None:
        return _shift(published, -((published.weekday() - weekday) % 7))
    if rel in ("last", "past"):
        return _shift(published, -(((published.weekday() - weekday - 1) % 7) + 1))
    if rel in ("next", "coming"):
        return _shift(published, ((weekday - published.weekday() - 1) % 7) + 1)
    return None  # "this Friday", "previous Friday": anchored elsewhere


_AHEAD_RE = re.compile(r"\b(?:will|shall|[Ww]on['’]t|is\s+(?:expected|scheduled|set|due|slated)\s+to"
                       r"|are\s+(?:expected|scheduled|set|due|slated)\s+to|plans?\s+to|planning\s+to"
                       r"|(?:is|are)\s+going\s+to|(?:hopes?|hoping|aims?|aiming|intends?|intending|seeks?|seeking)\s+to"
                       # "said he expected to speak with Trump on Wednesday"
                       r"|(?:expects?|expected|expecting)\s+to"
                       # "the two leaders are to meet on Wednesday", "is to be sentenced on Friday" (not "Biden, who
                       # is to leave office in January, met Xi on Monday": a clause of its own)
                       r"|(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?:is|are)\s+to(?!\s+blame\b)"
                       # "called a snap election for Oct. 27": the vote to come
                       r"|(?:call|calls|called|calling|scheduled?|schedules)\s+(?:\S+\s+){0,4}?"
                       r"(?:elections?|vote|polls|referendum|protests?|strikes?|rally|rallies|march)\s+for"
                       # "talks are scheduled for Monday", "an election is set for Sunday"
                       r"|(?:is|are|was|were|been)\s+(?:scheduled|set|slated|planned|due)\s+for)\s"
                       r"|['’]ll\s")
# "Ahead of Sunday's election", "ahead of the vote in October": what one is ahead of is after what is told, so no
# more likely past than to come: the nearest such day or month (the Sunday to come in a Saturday story; the
# Wednesday past in "Speaking ahead of Wednesday's hearing, X said" on a Thursday); the date of its own phrase only
# (not "Ahead of the vote, police arrested 20 activists on Friday")
_AHEAD_OF_RE = re.compile(r"\b[Aa]head\s+of\s+(?:[^\s,;]+\s+){0,6}$")


def _ahead_of(text: str, pos: int) -> bool:
    """Whether the date at `pos` is in the phrase of an "ahead of" ("Ahead of Sunday's election")."""
    return _AHEAD_OF_RE.search(text, _sentence_start(text, pos), pos) is not None
_SAID_RE = re.compile(r"\b(?:said|says|say|told|announced|reported|added|wrote|stated|warned|warns|confirmed|confirms"
                      r"|disclosed|insisted|stressed|noted|claimed)\b")
# Abbreviations whose period ends no sentence ("U.S." and other initials are caught by their last capital).
_ABBREVIATIONS = ("Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Brig", "Prof",
                  "Rev", "Sen", "Rep", "Gov", "No", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "a.m", "p.m")
_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS)
                              + r"[.!?](?=\s)")
_WOULD_RE = re.compile(r"\bwould\s+(?!have\b)")


_PAST_RE = re.compile(r"\b(?:was|were|had|did)\b|\b\w+ed\b")
_PAST_AUX_RE = re.compile(r"\b(?:was|were|had|did)\b")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, looking back 300 characters at most."""
    floor = max(0, pos - 300)
    return max((m.end() for m in _SENTENCE_END_RE.finditer(text, floor, pos)), default=floor)


def _told_ahead(text: str, pos: int) -> bool:
    """Whether the sentence before `pos` says what follows is ahead ("will hold a meeting on"), with no
    verb of speech between ("will resign, the ministry said on Monday")."""
    return _ahead_end(text, pos) is not None


def _ahead_end(text: str, pos: int) -> int | None:
    """Where the cue that tells what follows is ahead ends (`_told_ahead`), or None."""
    start = _sentence_start(text, pos)
    before = text[start:pos]
    cues = list(_AHEAD_RE.finditer(before))
    # "said he would meet farm leaders on Thursday": "would" after a verb of speech is its future
    cues += [m for m in _WOULD_RE.finditer(before) if _SAID_RE.search(before, 0, m.start())]
    cues.sort(key=lambda m: m.end())
    if not cues or _SAID_RE.search(before, cues[-1].end()):
        return None
    return start + cues[-1].end()


_FRONT_RE = re.compile(r"(?:(?:[Oo]n|[Bb]y|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?$")


def _fronted_ahead(text: str, pos: int, end: int) -> bool:
    """Whether a date that opens its sentence ("On Tuesday, Rubio will join the talks") leads a clause
    told ahead, with no verb of speech before the cue ("On Tuesday, she said she will" is hers)."""
    start = _sentence_start(text, pos)
    if not _FRONT_RE.fullmatch(text[start:pos].strip() + ("" if not text[start:pos].strip() else " ")):
        return False
    stop = _SENTENCE_END_RE.search(text, end)
    after = text[end:stop.start() if stop else len(text)]
    # the cue of the clause the date opens, not one of what it reports ("On Thursday, X assured Y that “the
    # United States will not leave ...”"): up to a quotation or a "that", a short reach
    after = re.split(r"[“\"]|\b(?:that|which|who|as|while|after|when|because)\b", after, maxsplit=1)[0][:80]
    cue = _AHEAD_RE.search(after)
    # no verb told in the past before the cue ("On Monday, Iran warned it will retaliate": Monday is past)
    return cue is not None and not _SAID_RE.search(after, 0, cue.start()) and not _PAST_RE.search(after, 0, cue.start())


def _follows(tail_re: re.Pattern[str], text: str, pos: int) -> bool:
    """True when `tail_re` matches the text just before `pos`."""
    return tail_re.search(text, max(0, pos - 16), pos) is not None


def _candidates(text: str, published: date):
    """Yield (start, end, value) for every pattern match, overlaps included."""
    for m in ISO_RE.finditer(text):
        yield m.start(), m.end(), day_iso(int(m["y"]), int(m["m"]), int(m["d"]))
    for m in MDY_RE.finditer(text):
        yield m.start(), m.end(), day_iso(int(m["y"]), month_number(m["m"]), int(m["d"]))
    for m in DMY_RE.finditer(text):
        day = int(m["d"])
        if m["y"]:
            value = day_iso(int(m["y"]), month_number(m["m"]), day)
        else:
            value = _past_unless_ahead(_nearest_day(month_number(m["m"]), day, published), text, m.start(), published)
        yield m.start(), m.end(), value
    for m in _MD_RE.finditer(text):
        yield m.start(), m.end(), _past_unless_ahead(_nearest_day(month_number(m["m"]), int(m["d"]), published),
                                                     text, m.start(), published)
    for m in _MY_RE.finditer(text):
        yield m.start(), m.end(), f"{int(m['y']):04d}-{month_number(m['m']):02d}"
    yield from _month_mentions(text, published)
    yield from _year_mentions(text)
    for m in _WEEKDAY_RE.finditer(text):
        if m["plural"]:  # "on Fridays": a habit, not a date
            value = None
        elif m["rel"] is None and _ahead_of(text, m.start()):
            weekday = WEEKDAYS.index(m["wd"].lower())
            ahead = (weekday - published.weekday()) % 7
            value = _shift(published, ahead if ahead <= 3 else ahead - 7)
        elif m["rel"] is None and (_told_ahead(text, m.start()) and not _PAST_AUX_RE.search(
                text, _ahead_end(text, m.start()), m.start()) or _fronted_ahead(text, m.start(), m.end())):
            # (but "ahead of the talks, which were held on Monday": a past clause after the cue)
            weekday = WEEKDAYS.index(m["wd"].lower())
            value = _shift(published, (weekday - published.weekday()) % 7)
        else:
            value = _weekday_value(m["rel"], WEEKDAYS.index(m["wd"].lower()), published)
        yield m.start(), m.end(), value
    for m in _RELATIVE_DAY_RE.finditer(text):
        rel = m["rel"].lower()
        offset = -1 if rel == "yesterday" or rel.startswith("last") else 1 if rel == "tomorrow" else 0
        yield m.start(), m.end(), _shift(published, offset)
    for m in _RELATIVE_PERIOD_RE.finditer(text):
        yield m.start(), m.end(), _period_value(m, text, published)
    for m in _AGO_RE.finditer(text):
        value = None
        if m["unit"].startswith("day") and m["n"]:
            n = m["n"].lower()
            count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
            value = _shift(published, -count) if count is not None else None
        yield m.start(), m.end(), value
    for m in _VAGUE_RE.finditer(text):
        yield m.start(), m.end(), None


def _month_mentions(text: str, published: date):
    for m in _MONTH_CONTEXT_RE.finditer(text):
        pre = m["pre"].lower()
        if pre in _CONJUNCTIONS and not _follows(_MONTH_TAIL_RE, text, m.start("pre")):
            continue  # "and May" is only a month in "in April and May"
        month = month_number(m["m"])
        here = published.year * 12 + published.month - 1
        if pre == "last":  # the most recent such month strictly before this one
            value = _month_iso(here - ((published.month - month - 1) % 12) - 1)
        elif pre == "next":
            value = _month_iso(here + ((month - published.month - 1) % 12) + 1)
        elif pre == "this":
            value = f"{published.year:04d}-{month:02d}"
        else:
            value = _past_unless_ahead(_nearest_month(month, published), text, m.start(), published)
        start = m.start("m") if pre not in ("last", "next", "this") else m.start("pre")
        yield start, m.end(), value
    for m in _MONTH_POSSESSIVE_RE.finditer(text):  # "August’s election"
        yield m.start(), m.end(), _past_unless_ahead(_nearest_month(month_number(m["m"]), published), text, m.start(),
                                                     published)
    for m in _MONTH_MODIFIER_RE.finditer(text):
        yield m.start("m"), m.end(), _past_unless_ahead(_nearest_month(month_number(m["m"]), published), text,
                                                        m.start(), published)


def _year_mentions(text: str):
    for m in _YEAR_CONTEXT_RE.finditer(text):
        if m["pre"].lower() in _CONJUNCTIONS and not _follows(_YEAR_TAIL_RE, text, m.start("pre")):
            continue  # "and 2020" is only a year in "between 2018 and 2020"
        yield m.start("y"), m.end("y"), m["y"]
    for m in _YEAR_DETERMINER_RE.finditer(text):
        yield m.start("y"), m.end("y"), m["y"]


def _period_value(m: re.Match[str], text: str, published: date) -> str | None:
    """"last month" -> the previous month; weeks, and durations ("the past year"), -> None."""
    rel, unit = m["rel"].lower(), m["unit"]
    if unit in ("week", "weekend") or rel in ("past", "coming"):
        return None
    if not m["shift"] and _follows(_THE_TAIL_RE, text, m.start()):
        return None  # "for the last year", "in the next month" are durations
    step = {"this": 0, "last": -1, "next": 1}[rel]
    if unit == "year":
        return _year_iso(published.year + step)
    return _month_iso(published.year * 12 + published.month - 1 + step)


def find_dates(text: str, published: date) -> list[DateMention]:
    """Find date phrases in `text` and resolve them against `published`.

    Args:
        text: any text; offsets in the result point into it.
        published: the article's publication date, the anchor of relative phrases.

    Returns:
        Non-overlapping mentions sorted by start; where two patterns overlap the
        earlier, then the longer, wins. ``value`` is ``None`` for a date phrase
        that cannot be resolved. Never raises on any string.

    >>> pub = date(2020, 9, 21)
    >>> [(d.text, d.value) for d in find_dates("marched on Sept. 20 after a vote in August", pub)]
    [('Sept. 20', '2020-09-20'), ('August', '2020-08')]
    >>> [(d.text, d.value) for d in find_dates("on the evening of Sept. 19, weeks ago", pub)]
    [('Sept. 19', '2020-09-19'), ('weeks ago', None)]
    >>> [d.value for d in find_dates("On Tuesday; last Friday; in 2022; 368-7", date(2024, 6, 30))]
    ['2024-06-25', '2024-06-28', '2022']
    >>> [d.value for d in find_dates("freed on Dec. 30", date(2021, 1, 4))]
    ['2020-12-30']
    """
    found = sorted(set(_candidates(text, published)), key=lambda c: (c[0], c[0] - c[1], c[2] or ""))
    mentions: list[DateMention] = []
    covered = 0
    for start, end, value in found:
        if start >= covered:
            mentions.append(DateMention(start, end, text[start:end], value))
            covered = end
    return mentions


