"""Plain data passed between the pipeline's stages.

`read` makes an `Article`; `extract` makes `Facts` from it; `build` turns `Facts`
into RDF. The shapes follow the annotation contract (`shared/spec/annotation.md`):
entities with a canonical label and aliases, roles, and events with the slots
agent, target, place, date, amount, count, status and source.

Entities are referred to by `key`, a canonical identity such as
``country/BY`` or ``person/vladimir-putin``; `mint` turns keys into IRIs, so
two articles naming Russia meet on one node.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

ENTITY_TYPES = ("Person", "Country", "City", "Organization", "Group", "Place")

PEOPLE_TYPES = ("Person", "Group")
"""Entity types that are people (who can be detained, counted, quoted)."""

EVENT_STATUSES = ("occurred", "planned", "threatened", "denied", "ongoing")

COUNT_QUALIFIERS = ("exactly", "about", "more than", "at least", "fewer than", "at most", "up to")


@dataclass(frozen=True)
class Paragraph:
    """A block of the article body: offsets into `Article.text`, end exclusive."""

    start: int
    end: int
    is_heading: bool = False


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, before any extraction.

    `text` is the whole decoded file (newlines normalised to ``\\n``); every
    offset in the pipeline points into it.
    """

    id: str
    headline: str
    published: date
    text: str
    paragraphs: tuple[Paragraph, ...]
    source: str
    dateline: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body, with character offsets into `Article.text`."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Entity:
    """A named thing or an acting group, with its canonical label and surface forms."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    """The ISO 3166-1 code of the country a region lies in, where the story names it with the region
    ("Pakistan's Balochistan province"); a city's and a country's come from the gazetteer, not from here.
    The region's IRI then carries it (``place/balochistan-pk``): one region, one country."""


@dataclass(frozen=True)
class Role:
    """`person` holds `title` in `of` (entity keys; `of` may be unknown)."""

    person: str
    title: str
    of: str | None = None


@dataclass(frozen=True)
class Amount:
    """Money: `value` in units (1.5 billion is 1500000000) and an ISO 4217 code."""

    value: Decimal
    currency: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Count:
    """How many people: a whole number and one of `COUNT_QUALIFIERS`."""

    value: int
    qualifier: str = "exactly"


@dataclass(frozen=True)
class Event:
    """A CAMEO-typed event as one sentence (and one source) reports it.

    `date` is ISO 8601 at the precision the text gives: ``2020-09-20``,
    ``2020-08`` or ``2020``. Participants are entity keys.
    """

    type: str
    sentence: int
    trigger: str
    status: str = "occurred"
    agents: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date: str | None = None
    amount: Amount | None = None
    count: Count | None = None


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
    extractor: str = "news-kg"
    extractor_version: str = field(default="0")
    parser: tuple[str, str, str] | None = None
    """The language model the article was parsed with: (name, version, sha256 of its files), or None."""
