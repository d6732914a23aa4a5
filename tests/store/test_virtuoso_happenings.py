"""The saved queries of happenings (``happenings``, ``conflicts``) on Virtuoso 7, as the other saved
queries in test_virtuoso.py (issue 15): the example and a second report of its march are loaded through
the standard protocols, their happenings (linked by kg over the same files) put into a graph of their own
through SPARQL Update, and each query must give Oxigraph's rows over the files, in the same order.

kg does not link over a server (docs/happenings.md, "What is not done"): the happenings are computed
here as ``kg query happenings FILE...`` computes them, so that the queries themselves are compared.
"""
from __future__ import annotations

import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from kg.link.write import link_store
from kg.rdf.files import read_store
from kg.resources import query_names, query_text
from kg.store.query import needs_happenings
from tests.test_cli import run_kg

HAPPENINGS_GRAPH = "https://w3id.org/news-kg/id/test/happenings"


@pytest.fixture(scope="module")
def virtuoso_with_happenings(virtuoso_server, happening_files):
    files = [happening_files["belarus-2020-09-21"], happening_files["minsk-rally-2020-09-20"]]
    loaded = run_kg("load", *files, "--query-url", f"{virtuoso_server}/sparql",
                    "--update-url", f"{virtuoso_server}/sparql",
                    "--graph-store-url", f"{virtuoso_server}/sparql-graph-crud")
    assert loaded.exit_code == 0, loaded.stderr
    store = read_store(files)
    link_store(store)
    triples = ox.serialize(store.quads_for_pattern(None, None, None, ox.DefaultGraph()),
                           format=ox.RdfFormat.N_QUADS).decode("utf-8")
    update = f"INSERT DATA {{ GRAPH {ox.NamedNode(HAPPENINGS_GRAPH)} {{\n{triples}}} }}"
    body = urllib.parse.urlencode({"update": update}).encode("ascii")
    with urllib.request.urlopen(urllib.request.Request(f"{virtuoso_server}/sparql", data=body), timeout=60):
        pass
    return virtuoso_server, files


@pytest.mark.parametrize("name", [name for name in query_names() if needs_happenings(query_text(name))])
def test_virtuoso_happenings_query_gives_oxigraphs_rows(virtuoso_with_happenings, name):
    server, files = virtuoso_with_happenings

    on_oxigraph = run_kg("query", name, *files, "--format", "csv").stdout
    on_virtuoso = run_kg("query", name, "--query-url", f"{server}/sparql", "--format", "csv").stdout

    assert on_oxigraph.count("\n") > 1
    assert on_virtuoso == on_oxigraph
