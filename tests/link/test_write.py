"""`kg.link.write` and the saved queries over it: happenings written into a store conform to the shapes,
`kg query happenings FILE...` links in memory, and `kg query conflicts` over the example and a second
report of its march shows the two counts with their sources side by side (issue 15)."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from cli import app
from kg.link.write import link_store
from kg.rdf.files import read_store
from kg.store.query import query_files
from kg.validate.shacl import validate_graph

EXAMPLE = "https://w3id.org/news-kg/id/article/belarus-2020-09-21"
SECOND = "https://w3id.org/news-kg/id/article/minsk-rally-2020-09-20"
HAPPENINGS_COLUMNS = ("happening", "type", "date_from", "date_to", "agent", "target", "place", "articles",
                      "sources", "reports")


def _minsk(happening_files):
    return [happening_files["belarus-2020-09-21"], happening_files["minsk-rally-2020-09-20"]]


def test_write_happenings_conform_to_the_shapes(happening_files):
    store = read_store(list(happening_files.values()))
    report = link_store(store)
    assert report.happenings > 5 and report.linked >= 2 * report.happenings
    assert validate_graph(_with_happenings(happening_files.values(), store)).conforms


def test_write_a_happening_of_one_report_breaks_the_shapes(happening_files):
    store = read_store(_minsk(happening_files))
    link_store(store)
    (happening,) = {quad.subject for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    reports = list(store.quads_for_pattern(happening, ox.NamedNode("https://w3id.org/news-kg/ns#report"), None))
    store.remove(reports[0])
    assert not validate_graph(_with_happenings(_minsk(happening_files), store)).conforms


def test_write_linking_again_replaces_the_happenings(happening_files):
    store = read_store(_minsk(happening_files))
    link_store(store)
    first = set(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    link_store(store)
    assert set(store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == first


def test_write_query_happenings_over_files_links_in_memory(happening_files):
    result = query_files("happenings", _minsk(happening_files))
    assert result.columns == HAPPENINGS_COLUMNS
    ((happening, kind, date_from, date_to, agent, target, place, articles, sources, reports),) = \
        [row for row in result.rows if row[1] == "Protest"]
    assert happening.startswith("https://w3id.org/news-kg/id/happening/")
    assert (kind, date_from, date_to, target, place) == ("Protest", "2020-09-20", "2020-09-20",
                                                         "Alexander Lukashenko", "Minsk")
    assert (articles, sources) == ("2", "2")  # QueryResult rows hold text; the example names no source: its article is one
    assert reports == f"{EXAMPLE} | {SECOND}"


def test_issue_15_conflicts_shows_two_counts_with_two_sources_side_by_side(happening_files):
    result = CliRunner().invoke(app, ["query", "conflicts", *map(str, _minsk(happening_files)), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = [line.split(",")[:6] for line in result.stdout.splitlines()[1:] if ",count," in line]
    assert [row[1:6] for row in rows] == [
        ["count", "100000", "more than", "", EXAMPLE],
        ["count", "200000", "more than", "Coordination Council", SECOND],
    ]
    assert rows[0][0] == rows[1][0]  # one happening


def _with_happenings(files, store: ox.Store) -> Graph:
    """The articles of `files` as rdflib reads them (Oxigraph gives xsd:nonNegativeInteger back as
    xsd:integer: README, issue 13) and the happenings of `store`'s default graph, as one graph, so that
    sh:class finds the reported events."""
    graph = Graph()
    for path in files:
        graph.parse(path)
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add(tuple(_rdflib(term) for term in (quad.subject, quad.predicate, quad.object)))
    return graph


def _rdflib(term):
    from rdflib import BNode, Literal

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return Literal(term.value, lang=term.language,
                   datatype=None if term.language else URIRef(term.datatype.value))
