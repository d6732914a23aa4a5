"""Happenings written into a store: the graph of `kg.link.cluster.Happening` values, computed over every
article (`link_store`) or, after a load, over the reports the loaded articles may reach (`link_loaded`).

Input: a `pyoxigraph.Store` of article graphs. Output: the same store, whose default graph holds its
happenings (``nkg:Happening``, shapes: ``nkg:HappeningShape``) and nothing else. The article graphs are
never changed: each report stays as its article states it. Both ways give the same happenings, with the
same IRIs (`link_loaded` says why; tests/link/test_incremental.py compares them).

Why the default graph: every named graph of a store is an article's (kg load, kg stats, kg index and
the table of listings count on it), while the union every query reads by default takes the default
graph in too, so ``queries/happenings.rq`` meets a happening and its reports' graphs.

On a SPARQL server the happenings go to one named graph of their own, `HAPPENINGS_GRAPH`
(`kg.store.happenings.link_endpoint`; a server's default graph is not always a graph that can be written,
Virtuoso's is the union of all). Where that server is ``kg serve``, the graph lands in the embedded store:
every count of articles leaves it out (`article_graphs`), and `link_store` replaces it too.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.link.cluster import Happening, link_reports, reach
from kg.link.reports import MonthIndex, read_reports
from kg.link.rule import Report
from kg.rdf.namespace import ID, NKG

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_REPORT = ox.NamedNode(str(NKG.report))
_REPORTED_IN = ox.NamedNode(str(NKG.reportedIn))
_HAPPENING = ox.NamedNode(str(NKG.Happening))

HAPPENINGS_GRAPH = str(ID["happenings"])
"""The named graph that holds the happenings on a SPARQL server (``https://w3id.org/news-kg/id/happenings``):
no article's (articles are ``id/article/...``), and found by the saved queries, which read the union of all
graphs (Oxigraph's server with ``union-default-graph``, which kg query sends; Virtuoso by default)."""

FULL_SHARE = 0.5
"""A load links from scratch (`link_store`) once the articles it would read to link its own are more than
this share of the store's: reading them graph by graph then costs more than reading every article at once
(measured: 0.14 s for 100 of 1,000 articles, 3.5 s for all 1,000 graph by graph, 0.9 s at once)."""


@dataclass(frozen=True)
class LinkReport:
    """What a linking did: the reports it read and the happenings (of two reports or more) it wrote."""

    target: str
    reports: int
    """Reports read and clustered: every report of the store, or those a load's reports may reach."""
    happenings: int
    """Happenings written."""
    linked: int
    """Reports that are in a happening written."""
    stored: int = -1
    """Happenings the store holds after the linking (its `happenings` when it linked every article)."""

    def render(self) -> str:
        """One line for stderr, e.g. ``linked 5 of 120 reported events into 2 happenings in .kg/store``."""
        noun = "happening" if self.happenings == 1 else "happenings"
        return (f"linked {self.linked} of {self.reports} reported events into {self.happenings} {noun} "
                f"in {self.target}")


def _node(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def article_graphs(store: ox.Store) -> Iterator[ox.NamedNode]:
    """The named graphs of `store` that are articles': all but `HAPPENINGS_GRAPH` (written there by a
    ``kg link`` over a ``kg serve`` of the store)."""
    return (name for name in store.named_graphs()
            if isinstance(name, ox.NamedNode) and name.value != HAPPENINGS_GRAPH)


def happening_quads(happenings: Iterable[Happening], graph: str | None = None) -> Iterator[ox.Quad]:
    """The triples that state `happenings`, in the default graph (or the named graph `graph`)."""
    into = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    for happening in happenings:
        node = _node(ID[happening.name])

        def quad(predicate, value, node=node):
            return ox.Quad(node, _node(predicate), value, into)

        yield quad(_RDF_TYPE, _node(NKG.Happening))
        for report in happening.reports:
            yield quad(NKG.report, ox.NamedNode(report))
        yield quad(NKG.articleCount, ox.Literal(str(happening.articles), datatype=_XSD_INTEGER))
        yield quad(NKG.sourceCount, ox.Literal(str(happening.sources), datatype=_XSD_INTEGER))
        for predicate, date in ((NKG.dateFrom, happening.date_from), (NKG.dateTo, happening.date_to)):
            if date is not None:
                yield quad(predicate, ox.Literal(date[0], datatype=ox.NamedNode(date[1])))
        for participant in happening.participants:
            yield quad(NKG.participant, ox.NamedNode(participant))


def link_store(store: ox.Store, target: str = "memory") -> LinkReport:
    """Compute the happenings of every article graph in `store` and make them its default graph's content,
    replacing those there before (a whole recomputation: the result depends on the set of articles only).

    `target` names the store in the report. Happenings a ``kg link`` over a ``kg serve`` of the store wrote
    in `HAPPENINGS_GRAPH` go: the store keeps one copy, in its default graph.
    """
    reports = read_reports(store)
    happenings = link_reports(reports)
    store.clear_graph(ox.DefaultGraph())
    store.remove_graph(ox.NamedNode(HAPPENINGS_GRAPH))  # what a kg link over a kg serve of the store wrote
    store.extend(happening_quads(happenings))
    linked = sum(len(h.reports) for h in happenings)
    return LinkReport(target, len(reports), len(happenings), linked, len(happenings))


def touched_happenings(store: ox.Store, articles: Iterable[str]) -> set[str]:
    """The happenings of `store` that hold a report of one of `articles` as the store holds them now.

    Called before a load replaces the articles' graphs: their old reports leave those happenings
    (`link_loaded`). An article the store does not hold yet touches none.
    """
    found: set[str] = set()
    default = ox.DefaultGraph()
    for article in articles:
        graph = ox.NamedNode(article)
        for reported in store.quads_for_pattern(None, _REPORTED_IN, graph, graph):
            found.update(quad.subject.value for quad in store.quads_for_pattern(None, _REPORT, reported.subject, default))
    return found


class _ReadsTooMuch(Exception):
    """Linking a load would read more than `FULL_SHARE` of the store's articles."""


def link_loaded(store: ox.Store, articles: Iterable[str], touched: Iterable[str], target: str = "memory", *,
                fresh: bool = True) -> LinkReport:
    """Link the reports of the just loaded `articles` into the happenings of `store`: they join existing
    happenings, merge those they bridge, and the happenings `touched` (`touched_happenings`, taken before
    the load replaced those of the articles it held) lose the reports the load removed.

    Only what the loaded reports may reach is read and clustered again: their components under the
    candidate relation (`kg.link.cluster.reach`), read article by article from the (type, month) buckets
    they touch until no bucket next to a component is left unread. Clustering whole components gives the
    happenings a clustering of every report gives them, so the store ends as `link_store` would leave it.
    That holds when the store's happenings were the linking of its articles before the load (`fresh`:
    the caller knows whether another program wrote the store since kg last linked it); when not, or when
    more than `FULL_SHARE` of the store's articles would be read, or the store holds happenings a server
    wrote (`HAPPENINGS_GRAPH`), every article is linked (`link_store`).
    """
    articles = set(articles)
    held = sum(1 for _ in article_graphs(store))
    budget = FULL_SHARE * held
    if not fresh or len(articles) > budget or store.contains_named_graph(ox.NamedNode(HAPPENINGS_GRAPH)):
        return link_store(store, target)
    try:
        component = _reachable(store, articles, set(touched), budget)
    except _ReadsTooMuch:
        return link_store(store, target)
    happenings = link_reports(component)
    default = ox.DefaultGraph()
    old = set(touched)
    for report in component:
        old.update(quad.subject.value for quad in store.quads_for_pattern(None, _REPORT, ox.NamedNode(report.event),
                                                                          default))
    for happening in old:
        for quad in list(store.quads_for_pattern(ox.NamedNode(happening), None, None, default)):
            store.remove(quad)
    store.extend(happening_quads(happenings))
    stored = sum(1 for _ in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), _HAPPENING, default))
    return LinkReport(target, len(component), len(happenings), sum(len(h.reports) for h in happenings), stored)


def _reachable(store: ox.Store, articles: set[str], touched: set[str], budget: float) -> list[Report]:
    """The reports the reports of `articles` and those left of the happenings `touched` may be clustered
    with: whole components (`kg.link.cluster.reach`). Raises `_ReadsTooMuch` past `budget` articles read."""
    known: dict[str, Report] = {}
    read: set[str] = set()

    def read_more(more: set[str]) -> None:
        more -= read
        if len(read) + len(more) > budget:
            raise _ReadsTooMuch
        known.update((report.event, report) for report in read_reports(store, more))
        read.update(more)

    default = ox.DefaultGraph()
    members = {quad.object for happening in touched
               for quad in store.quads_for_pattern(ox.NamedNode(happening), _REPORT, None, default)}
    left = {quad.object.value for member in members for quad in store.quads_for_pattern(member, _REPORTED_IN, None)}
    read_more(articles | left)
    seeds = [report for report in known.values() if report.article in articles]
    seeds += [known[member.value] for member in members if member.value in known]
    months = MonthIndex(store)
    while True:
        component, buckets = reach(seeds, known.values())
        needed: set[str] = set()
        for kind, month in buckets:
            needed.update(months.articles(kind, (month // 12, month % 12 + 1)))  # the month's number as (year, month)
        if needed <= read:
            return component
        read_more(needed)
