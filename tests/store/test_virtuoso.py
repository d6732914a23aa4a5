"""The saved queries on a second SPARQL engine, Virtuoso 7 (issue 12, finding 2).

The example and two VOA stories are loaded through the standard protocols
(``kg load --update-url --graph-store-url``, Virtuoso's URLs as the README gives
them), every saved query runs on the server (a form-encoded POST), and its rows
must be Oxigraph's over the same files, in the same order.
"""
from __future__ import annotations

import pytest

from kg.resources import query_names
from tests.fixtures.articles import DATA_DIR
from tests.test_cli import run_kg

STORIES = ("belarus-2020-09-21", "voa-6202743", "voa-8008998")


@pytest.fixture(scope="module")
def loaded_virtuoso(virtuoso_server, tmp_path_factory):
    """Virtuoso holding the three stories, each in its article's graph, and their Turtle files."""
    directory = tmp_path_factory.mktemp("stories")
    files = []
    for story in STORIES:
        files.append(directory / f"{story}.ttl")
        run_kg("convert", DATA_DIR / "articles" / f"{story}.txt", "-o", files[-1])
    loaded = run_kg("load", *files, "--query-url", f"{virtuoso_server}/sparql",
                    "--update-url", f"{virtuoso_server}/sparql",
                    "--graph-store-url", f"{virtuoso_server}/sparql-graph-crud")
    assert loaded.stderr.startswith(f"loaded 3 articles (")
    return virtuoso_server, files


@pytest.mark.parametrize("name", query_names())
def test_virtuoso_saved_query_gives_oxigraphs_rows(loaded_virtuoso, name):
    server, files = loaded_virtuoso

    on_oxigraph = run_kg("query", name, *files, "--format", "csv").stdout
    on_virtuoso = run_kg("query", name, "--query-url", f"{server}/sparql", "--format", "csv").stdout

    assert on_oxigraph.count("\n") > 1
    assert on_virtuoso == on_oxigraph


def test_virtuoso_loads_through_update_alone_and_a_reload_replaces(loaded_virtuoso):
    server, files = loaded_virtuoso
    before = run_kg("query", "events_by_type", "--query-url", f"{server}/sparql", "--format", "csv").stdout

    run_kg("load", files[0], "--update-url", f"{server}/sparql")  # SPARQL Update, no Graph Store

    assert run_kg("query", "events_by_type", "--query-url", f"{server}/sparql", "--format", "csv").stdout == before
