"""Reports read from a store: every reported event as the linking rule sees it (`kg.link.rule.Report`).

Input: a `pyoxigraph.Store` whose named graphs are articles' (the embedded store, or the in-memory store
of ``kg query FILE...``). Output: `Report` values. The store is read with two packaged queries,
``kg/sparql/link_reports.rq`` (each event's type, article and date) and ``link_slots.rq`` (its agents,
targets, places and sources), each a plain pattern per row that Oxigraph answers without a join over
the store.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.link.rule import PlaceRef, Report, content_words, group_key, parse_day
from kg.resources import sparql_text

NKG = "https://w3id.org/news-kg/ns#"
_PLACE_KINDS = {f"{NKG}Country": "country", f"{NKG}City": "city", f"{NKG}Place": "place"}


@dataclass
class _Slots:
    """The slots of one event as they are read, row by row."""

    agents: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    places: set[PlaceRef] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)


def _value(solution: ox.QuerySolution, name: str) -> str | None:
    term = solution[name]
    return None if term is None else term.value


def _slots(store: ox.Store) -> dict[str, _Slots]:
    found: dict[str, _Slots] = defaultdict(_Slots)
    for row in store.query(sparql_text("link_slots"), use_default_graph_as_union=True):
        event, slot, entity, kind = row["event"].value, row["slot"].value, row["entity"].value, row["kind"].value
        key = group_key(row["label"].value, _value(row, "code")) if kind == f"{NKG}Group" else entity
        slots = found[event]
        if slot == f"{NKG}agent":
            slots.agents.add(key)
            slots.participants.add(entity)
        elif slot == f"{NKG}target":
            slots.targets.add(key)
            slots.participants.add(entity)
        elif slot == f"{NKG}place":
            slots.places.add(PlaceRef(entity, _PLACE_KINDS.get(kind, "place"), _value(row, "country")))
        else:
            slots.sources.add(key)
    return found


def _publisher(article: str, url: str | None) -> str:
    """Who published an article: its address's host where it has one (``www.voanews.com``), else itself."""
    host = urlsplit(url).hostname if url else None
    return f"publisher:{host.removeprefix('www.')}" if host else article


def read_reports(store: ox.Store) -> list[Report]:
    """Every reported event of the article graphs in `store`, by IRI.

    Its sources are who its article says report it (`nkg:source`), else its article's publisher.
    """
    slots = _slots(store)
    reports = []
    for row in store.query(sparql_text("link_reports"), use_default_graph_as_union=True):
        event, article = row["event"].value, row["article"].value
        published = parse_day(row["published"].value) or (1, 1, 1)
        date = row["date"]
        day = parse_day(date.value) if date is not None else None
        anchor = (day[0], day[1]) if day is not None and day[1] is not None else (published[0], published[1] or 1)
        found = slots.get(event, _Slots())
        reports.append(Report(
            event=event, article=article, kind=row["type"].value, day=day,
            agents=frozenset(found.agents), targets=frozenset(found.targets), places=frozenset(found.places),
            anchor=anchor,
            date=(date.value, date.datatype.value) if day is not None else None,
            participants=frozenset(found.participants),
            sources=frozenset(found.sources) or frozenset({_publisher(article, _value(row, "url"))}),
            words=content_words(_value(row, "text") or ""),
        ))
    return sorted(reports, key=lambda report: report.event)
