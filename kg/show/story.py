"""What ``kg show`` draws: the articles, events and entities of RDF files or a store, read with packaged SPARQL.

Input: RDF files (as ``kg query FILE...`` reads them) or an embedded store, and what to show (every
article, one ``--article``, or the articles that mention one ``--entity``). Output: a `Story`, plain
frozen values that `kg.show.page` turns into a page.

Every read is a packaged query of ``kg/sparql/`` (``show_*.rq``), run over the chosen articles' named
graphs only. Above `MAX_EVENTS` events (``--max-events``; 0 lifts the cap) whole articles are kept,
newest first, while their events fit; an article alone above the cap keeps its first events in reading
order. The `Cap` says what was left out, and the page says it above the drawing.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.resources import sparql_text
from kg.store.query import Query, checked_query, select

MAX_EVENTS = 500
"""The most events a page draws unless ``--max-events`` says otherwise: a drawing that stays fluid."""

SLOTS = ("agent", "target", "place", "source")


@dataclass(frozen=True)
class ShownArticle:
    """An article on the page: its IRI, headline, publication date and how many events it reports."""

    iri: str
    headline: str
    published: str
    events: int
    graph: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class ShownEntity:
    """An entity on the page, with what its details say of it."""

    iri: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    code: str | None = None
    geonames: str | None = None


@dataclass(frozen=True)
class ShownEvent:
    """An event on the page: its slots hold entity IRIs."""

    iri: str
    article: str
    order: int
    type: str
    status: str | None
    date: str | None
    trigger: str | None
    text: str | None
    amount: str | None
    count: str | None
    slots: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Cap:
    """How much of the story is drawn: events and articles shown and in all, and the limit (0: none)."""

    limit: int
    events_shown: int
    events_total: int
    articles_shown: int
    articles_total: int

    @property
    def capped(self) -> bool:
        """Whether events were left out."""
        return self.events_shown < self.events_total


@dataclass(frozen=True)
class Story:
    """Everything one page shows."""

    title: str
    articles: tuple[ShownArticle, ...]
    events: tuple[ShownEvent, ...]
    entities: tuple[ShownEntity, ...]
    cap: Cap
    focus: str | None = None


Rows = list[dict[str, str | None]]


def read_story(data: Sequence[str | Path] = (), *, store: Path | None = None, article: str | None = None,
               entity: str | None = None, max_events: int = MAX_EVENTS) -> Story:
    """The story of RDF files `data` or the embedded `store` (one of the two): every article, the one
    `article`, or those that mention `entity`, capped at `max_events` events (0: no cap).

    Raises:
        UsageError: both or neither of files and a store, both `article` and `entity`, a negative cap,
            no article to show.
        InputError, StoreError: as ``kg query`` over the same files or store.
    """
    if article and entity:
        raise UsageError(None, "--article and --entity both given", "show one article, or one entity's articles")
    if max_events < 0:
        raise UsageError(None, f"--max-events {max_events} is negative", "give 0 to draw every event, or a limit")
    if bool(data) == (store is not None):
        raise UsageError(None, "RDF files and a store both given" if data else "nothing to show",
                         "give RDF files, or --store [PATH]")
    with _opened(data, store) as run:
        if entity:
            articles = _articles(run("show_entity_articles", {"entity": entity}))
            what = f"entity {entity}"
        else:
            articles = _articles(run("show_articles", {"article": article} if article else {}))
            what = f"article {article}" if article else "the data"
        if not articles:
            raise UsageError(None, f"no article to show in {what}",
                             "check the IRI (kg query entities lists entities; kg stats counts articles)")
        chosen, limit_first = _within_cap(articles, max_events)
        graphs = [ox.NamedNode(shown.graph) for shown in chosen]
        events = _events(run("show_events", {}, graphs), run("show_slots", {}, graphs), limit_first)
        entities = _entities(run("show_entities", {}, graphs), run("show_roles", {}, graphs), events, entity)
    cap = Cap(max_events, len(events), sum(shown.events for shown in articles), len(chosen), len(articles))
    focus_label = next((shown.label for shown in entities if shown.iri == entity), entity)
    title = chosen[0].headline if len(articles) == 1 else \
        f"{focus_label}: {len(articles)} articles" if entity else f"{len(articles)} articles"
    return Story(title, tuple(chosen), events, entities, cap, entity)


class _opened:
    """The files read into memory, or the store opened read-only, as a function running a packaged query."""

    def __init__(self, data: Sequence[str | Path], store: Path | None):
        self.data, self.path, self.store = data, store, None

    def __enter__(self) -> Callable[..., Rows]:
        if self.path is not None:
            from kg.store.embedded import open_store

            self.store = open_store(self.path, read_only=True)
        else:
            from kg.rdf.files import read_store

            self.store = read_store(self.data)
        return self.run

    def __exit__(self, *exc) -> None:
        self.store = None  # releases the store's lock

    def run(self, name: str, params: dict[str, str], graphs: list[ox.NamedNode] | None = None) -> Rows:
        query, bindings = checked_query(Query(name, sparql_text(name)), params)
        return select(self.store, query, bindings, graphs=graphs, read=_dicts)


def _dicts(solutions: ox.QuerySolutions) -> Rows:
    names = [variable.value for variable in solutions.variables]
    return [{name: (term.value if term is not None else None) for name, term in zip(names, solution)}
            for solution in solutions]


def _articles(rows: Rows) -> list[ShownArticle]:
    """Newest first, then by IRI."""
    articles = {row["article"]: ShownArticle(row["article"], row["headline"] or "", row["published"] or "",
                                             int(row["events"] or 0), row["graph"]) for row in rows}
    return sorted(articles.values(), key=lambda shown: (_negated(shown.published), shown.iri))


def _negated(day: str) -> tuple[int, ...]:
    return tuple(-ord(character) for character in day)


def _within_cap(articles: list[ShownArticle], limit: int) -> tuple[list[ShownArticle], int | None]:
    """The articles to draw, and how many events of the one article to keep when it alone is above the cap."""
    if not limit or sum(shown.events for shown in articles) <= limit:
        return articles, None
    if articles[0].events > limit:
        return articles[:1], limit
    chosen, total = [], 0
    for shown in articles:
        if total + shown.events > limit:
            break
        chosen.append(shown)
        total += shown.events
    return chosen, None


def _events(rows: Rows, slot_rows: Rows, limit_first: int | None) -> tuple[ShownEvent, ...]:
    slots: dict[str, dict[str, list[str]]] = {}
    for row in slot_rows:
        slots.setdefault(row["event"], {}).setdefault(row["slot"], []).append(row["entity"])
    events = []
    for row in rows:
        iri = row["event"]
        amount = f"{_number(row['amount'])} {row['currency'] or ''}".strip() if row["amount"] else None
        count = f"{row['count_qualifier'] or ''} {row['count']}".strip() if row["count"] else None
        held = slots.get(iri, {})
        events.append(ShownEvent(iri, row["article"], int(row["order"] or 0), row["type"], row["status"], row["date"],
                                 row["trigger"], row["text"], amount, count,
                                 tuple((slot, tuple(sorted(held[slot]))) for slot in SLOTS if slot in held)))
    events.sort(key=lambda event: (event.article, event.order, event.iri))
    return tuple(events[:limit_first] if limit_first is not None else events)


def _number(text: str) -> str:
    """``1500000000.0`` -> ``1,500,000,000``."""
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "") if whole.lstrip("-").isdigit() else text


def _entities(rows: Rows, role_rows: Rows, events: Sequence[ShownEvent], focus: str | None) -> tuple[ShownEntity, ...]:
    """The entities an event names (and the focus entity), with their aliases, roles and links."""
    named = {iri for event in events for _, iris in event.slots for iri in iris}
    if focus:
        named.add(focus)
    found: dict[str, dict] = {}
    for row in rows:
        if row["entity"] not in named:
            continue
        entry = found.setdefault(row["entity"], {"type": row["type"], "label": row["label"], "aliases": set(),
                                                 "code": row["code"], "geonames": row["geonames"]})
        if row["alias"]:
            entry["aliases"].add(row["alias"])
    roles: dict[str, set[str]] = {}
    for row in role_rows:
        if row["person"] in found:
            roles.setdefault(row["person"], set()).add(f"{row['title']} of {row['of']}" if row["of"] else row["title"])
    return tuple(ShownEntity(iri, entry["type"], entry["label"], tuple(sorted(entry["aliases"] - {entry["label"]})),
                             tuple(sorted(roles.get(iri, ()))), entry["code"], entry["geonames"])
                 for iri, entry in sorted(found.items()))
