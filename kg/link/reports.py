"""Reports read from a store: every reported event as the linking rule sees it (`kg.link.rule.Report`).

Input: a `pyoxigraph.Store` whose named graphs are articles' (the embedded store, or the in-memory store
of ``kg query FILE...``), and optionally which articles to read; or the rows of the same queries as any
SPARQL server answers them (`reports_from_rows`: `kg.store.happenings.link_endpoint` asks a server).
Output: `Report` values. The store is read with three packaged queries, ``kg/sparql/link_reports.rq``
(each event's type, article and date), ``link_slots.rq`` (its agents, targets, places and sources) and
``link_entities.rq`` (what linking compares of each entity), each a plain pattern per row that Oxigraph
answers without a join over the store; `MonthIndex` finds the articles that report events of one
type by month, which is what a load links against (`kg.link.write.link_loaded`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.link.rule import Day, PlaceRef, Report, content_words, group_key, parse_day
from kg.resources import sparql_text

NKG = "https://w3id.org/news-kg/ns#"
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PUBLISHED = ox.NamedNode("https://schema.org/datePublished")
_DATE = ox.NamedNode(f"{NKG}date")
_PLACE_KINDS = {f"{NKG}Country": "country", f"{NKG}City": "city", f"{NKG}Place": "place"}


@dataclass
class _Slots:
    """The slots of one event as they are read, row by row."""

    agents: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    places: set[PlaceRef] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)


Select = Callable[[str], Iterable[tuple]]
"""The rows of one of the packaged queries ``link_reports``, ``link_slots`` and ``link_entities``, by name:
each a tuple of terms (None where unbound) in the order of the query's SELECT clause."""


def _dataset(articles: Collection[str] | None) -> dict:
    """The dataset of a query that reads `articles`' graphs only (every article's when None)."""
    if articles is None:
        return {"use_default_graph_as_union": True}
    return {"named_graphs": [ox.NamedNode(article) for article in sorted(articles)]}


def store_rows(store: ox.Store, articles: Collection[str] | None = None) -> Select:
    """`Select` over `store`: the rows of `articles`' graphs only (every article's when None)."""
    dataset = _dataset(articles)
    return lambda name: store.query(sparql_text(name), **dataset)


@dataclass
class _Entity:
    """What an article says of one entity, as linking compares it (``link_entities.rq``)."""

    kinds: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)


_LABEL, _COUNTRY = "http://www.w3.org/2000/01/rdf-schema#label", f"{NKG}countryCode"


def _entities(select: Select) -> dict[tuple[str, str], _Entity]:
    """What each article graph says of its entities, by (graph, entity)."""
    found: dict[tuple[str, str], _Entity] = defaultdict(_Entity)
    for graph, entity, kind, prop, value in select("link_entities"):
        described = found[(graph.value, entity.value)]
        if kind is not None:
            described.kinds.add(kind.value)
        elif prop.value == _LABEL:
            described.labels.add(value.value)
        elif prop.value == _COUNTRY:
            described.countries.add(value.value)
        else:
            described.codes.add(value.value)
    return found


def _slots(select: Select) -> dict[str, _Slots]:
    """Each event's slots: for every entity with a class and a label, the keys and places linking compares
    (one for each class, label and code it has, as a join of them would give)."""
    entities = _entities(select)
    found: dict[str, _Slots] = defaultdict(_Slots)
    for graph, event, slot, entity in select("link_slots"):
        described = entities.get((graph.value, entity.value))
        if described is None or not described.labels:
            continue
        slots, entity = found[event.value], entity.value
        for kind in described.kinds:
            if slot.value == f"{NKG}place":
                slots.places.update(PlaceRef(entity, _PLACE_KINDS.get(kind, "place"), country)
                                    for country in described.countries or (None,))
                continue
            if kind == f"{NKG}Group":
                keys = {group_key(label, code) for label in described.labels for code in described.codes or (None,)}
            else:
                keys = {entity}
            if slot.value == f"{NKG}agent":
                slots.agents.update(keys)
                slots.participants.add(entity)
            elif slot.value == f"{NKG}target":
                slots.targets.update(keys)
                slots.participants.add(entity)
            else:
                slots.sources.update(keys)
    return found


def _publisher(article: str, url: str | None) -> str:
    """Who published an article: its address's host where it has one (``www.voanews.com``), else itself."""
    host = urlsplit(url).hostname if url else None
    return f"publisher:{host.removeprefix('www.')}" if host else article


def anchor(day: Day | None, published: str) -> tuple[int, int]:
    """The month a report is indexed under (`Report.anchor`): its date's when the date gives a month, else its
    article's publication month (`published`, the text of its ``schema:datePublished``).

    >>> anchor((2025, 3, 11), "2025-04-02"), anchor((2025, None, None), "2025-04-02T10:00:00Z")
    ((2025, 3), (2025, 4))
    """
    if day is not None and day[1] is not None:
        return day[0], day[1]
    year, month, _ = parse_day(published) or (1, 1, 1)
    return year, month or 1


def read_reports(store: ox.Store, articles: Collection[str] | None = None) -> list[Report]:
    """Every reported event of the article graphs in `store` (of `articles` only, when given), by IRI.

    Its sources are who its article says report it (`nkg:source`), else its article's publisher.
    """
    if articles is not None and not articles:
        return []
    return reports_from_rows(store_rows(store, articles))


def reports_from_rows(select: Select) -> list[Report]:
    """Every reported event the rows of the packaged queries give (`Select`), by IRI: `read_reports` over
    any source of rows, e.g. a SPARQL server's answers (`kg.store.happenings.link_endpoint`)."""
    slots = _slots(select)
    reports = []
    empty = _Slots()
    publishers: dict[str, frozenset[str]] = {}  # by article: the same for each of its reports
    # the columns of link_reports.rq, in its order
    for event, kind, article, published, url, date, text in select("link_reports"):
        event, article = event.value, article.value
        day = parse_day(date.value) if date is not None else None
        found = slots.get(event, empty)
        if article not in publishers:
            publishers[article] = frozenset({_publisher(article, None if url is None else url.value)})
        reports.append(Report(
            event=event, article=article, kind=kind.value, day=day,
            agents=frozenset(found.agents), targets=frozenset(found.targets), places=frozenset(found.places),
            anchor=anchor(day, published.value),
            date=(date.value, date.datatype.value) if day is not None else None,
            participants=frozenset(found.participants),
            sources=frozenset(found.sources) or publishers[article],
            words=content_words("" if text is None else text.value),
        ))
    return sorted(reports, key=lambda report: report.event)


class MonthIndex:
    """Where the reports of each type lie in time: the articles that report an event of a type, by the month
    its report is indexed under (`anchor`); what a load links against (`kg.link.write.link_loaded`).

    Read from the store's indexes pattern by pattern (each article's graph is named by its IRI), the dates
    and publication days once for every type: a query that takes the type as a parameter (``substitutions``,
    VALUES) scans every typed node of the store for each type (0.3 s a type at 1,000 articles, against
    0.03 s), and a look-up of each event's date costs 7.5 s for every type at 10,000 articles, against
    about 1 s for reading every date at once.
    """

    def __init__(self, store: ox.Store):
        self.store = store
        self._dates: dict[tuple[ox.NamedNode, ox.NamedNode], str] | None = None
        self._published: dict[ox.NamedNode, str] = {}
        self._kinds: dict[str, dict[tuple[int, int], set[str]]] = {}

    def articles(self, kind: str, month: tuple[int, int]) -> set[str]:
        """The articles with a report of type `kind` (a class IRI) indexed under `month` (year, month)."""
        if kind not in self._kinds:
            self._kinds[kind] = self._by_month(kind)
        return self._kinds[kind].get(month, set())

    def _by_month(self, kind: str) -> dict[tuple[int, int], set[str]]:
        if self._dates is None:
            self._dates = {(quad.graph_name, quad.subject): quad.object.value
                           for quad in self.store.quads_for_pattern(None, _DATE, None)}
            self._published = {quad.graph_name: quad.object.value
                               for quad in self.store.quads_for_pattern(None, _PUBLISHED, None)
                               if quad.subject == quad.graph_name}
        found: dict[tuple[int, int], set[str]] = defaultdict(set)
        for typed in self.store.quads_for_pattern(None, _TYPE, ox.NamedNode(kind)):
            graph = typed.graph_name
            if not isinstance(graph, ox.NamedNode):
                continue
            date = self._dates.get((graph, typed.subject))
            found[anchor(None if date is None else parse_day(date), self._published.get(graph, ""))].add(graph.value)
        return found
