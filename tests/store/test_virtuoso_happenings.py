"""Happenings on Virtuoso 7 (issue 15), as the other saved queries in test_virtuoso.py: the happenings
corpus is loaded through the standard protocols and kg links it over the server's SPARQL (`kg load` links
after it loads, `kg link` again on demand: kg/store/happenings.py link_endpoint), into the graph
``id/happenings``. Its triples must be those the embedded store holds for the same files, and each saved
query of happenings (``happenings``, ``conflicts``) must give Oxigraph's rows over the files, in the same
order. Linking over an Oxigraph server: test_endpoint_happenings.py.
"""
from __future__ import annotations

import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from kg.link.write import HAPPENINGS_GRAPH
from kg.resources import query_names, query_text
from kg.store.embedded import open_store
from kg.store.query import needs_happenings
from tests.test_cli import run_kg


def virtuoso_urls(server: str) -> list[str]:
    return ["--query-url", f"{server}/sparql", "--update-url", f"{server}/sparql",
            "--graph-store-url", f"{server}/sparql-graph-crud"]


@pytest.fixture(scope="module")
def virtuoso_with_happenings(virtuoso_server, happening_files):
    """The happenings corpus loaded onto Virtuoso in two loads, each linked by kg."""
    files = sorted(happening_files.values())
    for part in (files[:5], files[5:]):
        loaded = run_kg("load", *part, *virtuoso_urls(virtuoso_server))
        assert loaded.exit_code == 0, loaded.stderr
        assert ", which holds " in loaded.stderr  # kg linked
    return virtuoso_server, files


def virtuoso_graph(server: str, graph: str) -> set[ox.Triple]:
    """The triples of `graph` on Virtuoso, through its Graph Store endpoint."""
    request = urllib.request.Request(f"{server}/sparql-graph-crud?graph-uri={urllib.parse.quote(graph, safe='')}",
                                     headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        data, kind = answer.read(), answer.headers.get("Content-Type", "")
    rdf_format = ox.RdfFormat.N_TRIPLES if "n-triples" in kind else ox.RdfFormat.TURTLE
    return {quad.triple for quad in ox.parse(data, format=rdf_format)}


def test_virtuoso_holds_the_happenings_of_the_embedded_store(virtuoso_with_happenings, tmp_path):
    server, files = virtuoso_with_happenings
    store = tmp_path / "store"
    assert run_kg("load", *files, "--store", store).exit_code == 0
    held = open_store(store, read_only=True)
    try:
        embedded = {quad.triple for quad in held.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    finally:
        del held

    stale = ox.Triple(ox.NamedNode("https://w3id.org/news-kg/id/happening/stale"),
                      ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                      ox.NamedNode("https://w3id.org/news-kg/ns#Happening"))
    update = f"INSERT DATA {{ GRAPH {ox.NamedNode(HAPPENINGS_GRAPH)} {{ {stale} }} }}"
    body = urllib.parse.urlencode({"update": update}).encode("ascii")
    with urllib.request.urlopen(urllib.request.Request(f"{server}/sparql", data=body), timeout=60):
        pass  # a happening of an earlier linking that no article tells any more
    stale_there = stale in virtuoso_graph(server, HAPPENINGS_GRAPH)
    linked = run_kg("link", *virtuoso_urls(server))  # again: the graph is replaced, not added to

    assert linked.exit_code == 0, linked.stderr
    happenings = {triple.subject for triple in embedded}
    assert linked.stderr.endswith(f" into {len(happenings)} happenings in {server}/sparql-graph-crud\n")
    assert len(happenings) > 10
    assert stale_there and virtuoso_graph(server, HAPPENINGS_GRAPH) == embedded


@pytest.mark.parametrize("name", [name for name in query_names() if needs_happenings(query_text(name))])
def test_virtuoso_happenings_query_gives_oxigraphs_rows(virtuoso_with_happenings, name):
    server, files = virtuoso_with_happenings

    on_oxigraph = run_kg("query", name, *files, "--format", "csv").stdout
    on_virtuoso = run_kg("query", name, "--query-url", f"{server}/sparql", "--format", "csv").stdout

    assert on_oxigraph.count("\n") > 1
    assert on_virtuoso == on_oxigraph
