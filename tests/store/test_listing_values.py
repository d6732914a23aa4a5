"""The listings read what `kg.rdf.listing` writes on each event, and answer exactly as before (issue 12).

Each saved listing is run next to the query it replaced, kept in tests/data/reference-queries/: that
one joins every event to its entities' labels and concatenates them (GROUP_CONCAT over the article
graphs), which is slow over a store of 10,000 articles but reads nothing `kg.rdf.listing` made. Both
run over the same graphs (the example and a second real article converted, and the hand-made
sample that fills every slot) and must give the same rows in the same order, byte for byte as CSV
and as JSON.
"""
from __future__ import annotations

import functools

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store
from rdflib import RDFS

from kg.rdf.build import build_graph
from kg.rdf.files import read_store
from kg.rdf.listing import joined_labels
from kg.rdf.namespace import NKG
from kg.rdf.write import write_graph
from kg.store.query import Query, load_query, select
from kg.resources import query_names
from kg.store.results import WRITTEN_FORMATS, format_result, to_csv, to_json, write_solutions
from tests.fixtures.ontology import DATA_DIR

REFERENCE = DATA_DIR / "reference-queries"
LISTINGS = sorted(path.stem for path in REFERENCE.glob("*.rq"))


@pytest.fixture
def listing_store(converted_articles, sample_facts, tmp_path):
    """The example, a second real article and the hand-made sample, each in its own named graph."""
    graphs = [converted.graph for converted in converted_articles.values()] + [build_graph(sample_facts)]
    paths = []
    for number, graph in enumerate(graphs):
        path = tmp_path / f"article-{number}.ttl"
        write_graph(graph, path)
        paths.append(path)
    return read_store(paths)


def test_listing_every_listing_has_its_reference():
    assert LISTINGS == ["detentions", "entities", "events", "loans", "protests", "roles", "sanctions",
                        "statements", "timeline"]


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_answers_as_the_reference_query(name, listing_store):
    saved = select(listing_store, load_query(name))
    reference = select(listing_store, Query(f"reference {name}", (REFERENCE / f"{name}.rq").read_text("utf-8")))
    assert saved.rows, f"{name}: the fixture should give rows"
    assert to_csv(saved) == to_csv(reference)
    assert to_json(saved) == to_json(reference)


def test_listing_timeline_of_one_article_answers_as_the_reference(listing_store, converted_articles):
    article = str(converted_articles["belarus-2020-09-21"].graph.identifier)
    params = {"article": f"<{article}>"}
    saved = select(listing_store, load_query("timeline"), params)
    reference = select(listing_store, Query("reference timeline", (REFERENCE / "timeline.rq").read_text("utf-8")),
                       params)
    assert saved.rows and to_csv(saved) == to_csv(reference)


def test_listing_values_are_written_on_each_event(sample_facts):
    graph = build_graph(sample_facts)
    events = sorted(graph.subjects(predicate=NKG.reportedIn))
    orders = sorted(int(graph.value(event, NKG.readingOrder)) for event in events)
    assert orders == list(range(len(events)))
    for event in events:
        for slot, written in ((NKG.agent, NKG.agentLabels), (NKG.target, NKG.targetLabels),
                              (NKG.place, NKG.placeLabels), (NKG.source, NKG.sourceLabels)):
            names = {str(label) for node in graph.objects(event, slot) for label in graph.objects(node, RDFS.label)}
            value = graph.value(event, written)
            assert (str(value) if value is not None else None) == (joined_labels(names) if names else None)


def test_listing_joined_labels_sort_by_code_point():
    # As SPARQL orders plain strings (and Oxigraph does): "Z" < "a" < "É"
    assert joined_labels({"a", "É", "Z", "a"}) == "Z | a | É"


@pytest.mark.parametrize("fmt", sorted(WRITTEN_FORMATS))
@pytest.mark.parametrize("name", query_names())
def test_listing_written_by_pyoxigraph_is_the_text_kg_writes(name, fmt, listing_store):
    """A complete answer in csv, tsv, srj or srx is written by pyoxigraph straight from the solutions
    (issue 12: no Python object per cell): byte for byte the text `format_result` writes from the rows."""
    written = select(listing_store, load_query(name), read=functools.partial(write_solutions, fmt=fmt))
    assert written == format_result(select(listing_store, load_query(name)), fmt).encode("utf-8")


def test_listing_written_csv_keeps_a_line_break_inside_a_cell():
    store = Store()
    for number, text in enumerate(["a\r\nb", "c\nd", 'say "x", y', ""]):
        store.add(Quad(NamedNode(f"urn:s{number}"), NamedNode("urn:p"), Literal(text)))
    query = Query("q", "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s")
    written = select(store, query, read=functools.partial(write_solutions, fmt="csv"))
    assert written == to_csv(select(store, query)).encode("utf-8")
