"""The rule by which two reported events tell one happening (issue 15; docs/happenings.md).

Input: two `Report` values, plain data read from article graphs (`kg.link.reports`). Output: whether
they may be reports of one happening (`compatible`). No RDF here: the rule is a function of values, so
tests state it with plain reports.

Two reports are compatible when, and only when:

- they come from two articles (an article's own events are apart: extraction already makes one event
  of an event told twice, and two of its events are two things it tells);
- they are of the same event type;
- their agents are compatible and their targets are compatible: one side names only participants
  the other names too, or one side names none;
- their dates are compatible at the coarser precision of the two (two days at most one day apart;
  a month or a year the same);
- their places are compatible: one shares a place with the other, or one is a city in the other's
  country (by ISO code); none on one side is compatible;
- and beyond the type at least one participant (agent or target) and a date or a place are known on
  both sides and match: unknowns alone never merge;
- speech acts (Statement, Denial, Criticism, Accusation, Threat) say the same: the content words of
  their sentences overlap by `SAME_WORDS` at least (Jaccard). One speaker says many things in a day, so
  speaker and day alone would merge them all (a condition beyond issue 15's rule: docs/happenings.md
  gives the figures with and without it).

Status never blocks: an occurred arrest and a denied one are two claims of one happening.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from anyascii import anyascii

Day = tuple[int, int | None, int | None]
"""A date at its precision: (year, month or None, day or None)."""


@dataclass(frozen=True, order=True)
class PlaceRef:
    """A place of a report: its IRI, class (``country``, ``city`` or ``place``) and ISO country code."""

    iri: str
    kind: str
    country: str | None = None


@dataclass(frozen=True)
class Report:
    """One reported event as linking sees it.

    ``agents`` and ``targets`` hold participant keys (`participant_key`): an entity's IRI, or for an
    article-scoped group ``group:`` and its normalised label. ``anchor`` is the month the report is
    indexed under: its date's, else its article's publication month. What the rule does not compare
    but a happening counts: ``date`` (the date's text and XSD datatype IRI), ``participants`` (the
    agents' and targets' IRIs) and ``sources`` (who says so: its sources' keys, else its publisher).
    """

    event: str
    article: str
    kind: str
    day: Day | None = None
    agents: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    places: frozenset[PlaceRef] = frozenset()
    anchor: tuple[int, int] = (1, 1)
    date: tuple[str, str] | None = None
    participants: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    """The content words of its sentence (`content_words`), which speech acts are compared by."""


SPEECH_ACTS = frozenset({"Statement", "Denial", "Criticism", "Accusation", "Threat"})
"""The event types that are something said (the local names of their classes)."""

SAME_WORDS = 0.3
"""The least overlap (Jaccard) of content words by which two speech acts say the same."""

# Words of four letters or more that say nothing of what was said: reporting verbs, pronouns,
# auxiliaries and connectives.
_FUNCTION_WORDS = frozenset("""
    about after also among added adding being been before could does from have having into just many more
    most much only other over said says saying should some such than that their them then there these they
    this those told under very were what when where which while will with would your
""".split())


def content_words(text: str) -> frozenset[str]:
    """The words of a sentence that may tell what it says: in lowercase as written (so names, written
    with a capital, are left out: the speaker is compared as a participant), four letters or more, not
    a function word.

    >>> sorted(content_words("The BLA quickly claimed responsibility for the attack, Hayat said."))
    ['attack', 'claimed', 'quickly', 'responsibility']
    """
    return frozenset(re.findall(r"\b[a-z][a-z'-]{3,}\b", text)) - _FUNCTION_WORDS


def says_the_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' content words overlap by `SAME_WORDS` at least (Jaccard)."""
    union = a | b
    return bool(union) and len(a & b) / len(union) >= SAME_WORDS


_PLURAL = re.compile(r"(?<=[a-z])s$")
_ARTICLE = re.compile(r"^(?:the|a|an|some|many|several|hundreds of|thousands of)\s+")


@functools.lru_cache(maxsize=1 << 14)
def group_key(label: str, code: str | None = None) -> str:
    """The key an article-scoped group is matched by: ``group:``, its country where its CAMEO code tells
    one (``BLRCOP`` -> ``BLR``), and its label in lowercase ASCII without a leading article or a plural s.

    >>> group_key("The Protesters")
    'group:protester'
    >>> group_key("Belarusian riot police", "BLRCOP")
    'group:BLR:belarusian riot police'
    """
    text = " ".join(anyascii(label).lower().split())
    text = _PLURAL.sub("", _ARTICLE.sub("", text))
    country = f"{code[:3]}:" if code and len(code) >= 6 else ""
    return f"group:{country}{text}"


@functools.lru_cache(maxsize=1 << 14)
def parse_day(text: str) -> Day | None:
    """A date's text as `nkg:date` holds it, at its precision; None for anything else.

    >>> parse_day("2020-09-20"), parse_day("2020-09"), parse_day("2020"), parse_day("soon")
    ((2020, 9, 20), (2020, 9, None), (2020, None, None), None)
    """
    match = re.fullmatch(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip()[:10])
    if match is None:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def dates_compatible(a: Day | None, b: Day | None) -> bool:
    """Whether two dates may be one happening's: at the coarser precision of the two; two days may be
    one day apart (a report filed after midnight, a time zone). An unknown date is compatible.

    >>> dates_compatible((2025, 3, 11), (2025, 3, 12)), dates_compatible((2025, 3, 11), (2025, 3, 13))
    (True, False)
    >>> dates_compatible((2025, 3, None), (2025, 3, 30)), dates_compatible((2025, None, None), (2024, 12, 31))
    (True, False)
    """
    if a is None or b is None:
        return True
    if a[2] is not None and b[2] is not None:
        return abs((date(*a) - date(*b)).days) <= 1  # type: ignore[arg-type]
    if a[1] is None or b[1] is None:
        return a[0] == b[0]
    return a[:2] == b[:2]


def _places_meet(a: PlaceRef, b: PlaceRef) -> bool:
    if a.iri == b.iri:
        return True
    kinds = {a.kind, b.kind}
    # a region is known by its country only: a city of that country may lie in it (the coarser place decides)
    return kinds in ({"city", "country"}, {"place", "country"}, {"city", "place"}) and a.country is not None \
        and a.country == b.country


def places_compatible(a: frozenset[PlaceRef], b: frozenset[PlaceRef]) -> bool:
    """Whether two reports' places may be one happening's: none on one side, or a place of one meets a
    place of the other (the same IRI, or a city or a region and the country it lies in, or a city and a region
    of one country)."""
    return not a or not b or any(_places_meet(x, y) for x in a for y in b)


def _slot_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a <= b or b <= a


def compatible(a: Report, b: Report) -> bool:
    """Whether `a` and `b` may be reports of one happening (the module's rule, docs/happenings.md).

    >>> minsk, by = PlaceRef("id/city/minsk-by", "city", "BY"), PlaceRef("id/country/by", "country", "BY")
    >>> one = Report("e/1", "a/1", "Protest", (2020, 9, 20), frozenset({"group:protester"}), places=frozenset({minsk}))
    >>> other = Report("e/2", "a/2", "Protest", (2020, 9, 21), frozenset({"group:protester"}), places=frozenset({by}))
    >>> compatible(one, other)
    True
    >>> compatible(one, Report("e/3", "a/3", "Protest", (2020, 9, 20)))   # no participant known on both sides
    False
    """
    if a.article == b.article or a.kind != b.kind:
        return False
    if not (_slot_compatible(a.agents, b.agents) and _slot_compatible(a.targets, b.targets)):
        return False
    if not (dates_compatible(a.day, b.day) and places_compatible(a.places, b.places)):
        return False
    if not (a.agents & b.agents or a.targets & b.targets):
        return False
    if not ((a.day is not None and b.day is not None) or (a.places and b.places)):
        return False
    return a.kind.rpartition("#")[2] not in SPEECH_ACTS or says_the_same(a.words, b.words)
