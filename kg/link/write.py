"""Happenings written into a store: the graph of `kg.link.cluster.Happening` values, and the whole
recomputation a store's happenings are kept by (`link_store`).

Input: a `pyoxigraph.Store` of article graphs. Output: the same store, whose default graph holds its
happenings (``nkg:Happening``, shapes: ``nkg:HappeningShape``) and nothing else. The article graphs are
never changed: each report stays as its article states it.

Why the default graph: every named graph of a store is an article's (kg load, kg stats, kg index and
the table of listings count on it), while the union every query reads by default takes the default
graph in too, so ``queries/happenings.rq`` meets a happening and its reports' graphs.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.link.cluster import Happening, link_reports
from kg.link.reports import read_reports
from kg.rdf.namespace import ID, NKG

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


@dataclass(frozen=True)
class LinkReport:
    """What a linking did: the reports it read and the happenings (of two reports or more) it wrote."""

    target: str
    reports: int
    happenings: int
    linked: int
    """Reports that are in a happening."""

    def render(self) -> str:
        """One line for stderr, e.g. ``linked 5 of 120 reported events into 2 happenings in .kg/store``."""
        noun = "happening" if self.happenings == 1 else "happenings"
        return (f"linked {self.linked} of {self.reports} reported events into {self.happenings} {noun} "
                f"in {self.target}")


def _node(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def happening_quads(happenings: Iterable[Happening]) -> Iterator[ox.Quad]:
    """The triples that state `happenings`, in the default graph."""
    default = ox.DefaultGraph()
    for happening in happenings:
        node = _node(ID[happening.name])

        def quad(predicate, value, node=node):
            return ox.Quad(node, _node(predicate), value, default)

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

    `target` names the store in the report.
    """
    reports = read_reports(store)
    happenings = link_reports(reports)
    store.clear_graph(ox.DefaultGraph())
    store.extend(happening_quads(happenings))
    return LinkReport(target, len(reports), len(happenings), sum(len(h.reports) for h in happenings))
