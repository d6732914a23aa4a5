"""The saved queries on a second SPARQL engine, Virtuoso 7 (issue 12, finding 2).

The example and two VOA stories are loaded through the standard protocols
(``kg load --update-url --graph-store-url``, Virtuoso's URLs as the README gives
them), every saved query runs on the server (a form-encoded POST), and its rows
must be Oxigraph's over the same files, in the same order.
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.resources import query_names, query_text
from kg.store.query import needs_happenings
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


@pytest.mark.parametrize("name", [name for name in query_names() if not needs_happenings(query_text(name))])
def test_virtuoso_saved_query_gives_oxigraphs_rows(loaded_virtuoso, name):
    """Every saved query but those of happenings (these three stories tell none together), which
    tests/store/test_virtuoso_happenings.py runs over two reports of one march."""
    server, files = loaded_virtuoso

    on_oxigraph = run_kg("query", name, *files, "--format", "csv").stdout
    on_virtuoso = run_kg("query", name, "--query-url", f"{server}/sparql", "--format", "csv").stdout

    assert on_oxigraph.count("\n") > 1
    assert on_virtuoso == on_oxigraph


def test_virtuoso_loads_through_update_alone_and_a_reload_replaces(loaded_virtuoso):
    server, files = loaded_virtuoso
    before = run_kg("query", "events_by_type", "--query-url", f"{server}/sparql", "--format", "csv").stdout

    reload = run_kg("load", files[0], "--query-url", f"{server}/sparql",
                    "--update-url", f"{server}/sparql")  # SPARQL Update, no Graph Store

    assert reload.exit_code == 0, reload.stderr

    assert run_kg("query", "events_by_type", "--query-url", f"{server}/sparql", "--format", "csv").stdout == before


def test_issue_13_virtuoso_holds_a_load_to_what_its_articles_say_of_shared_entities(loaded_virtuoso, tmp_path):
    """Issue 13, W12 over a server: a new article that calls Russia by another name is refused before it is
    loaded, as over the embedded store; the server's articles are asked with the packaged query."""
    server, files = loaded_virtuoso
    urls = ["--query-url", f"{server}/sparql", "--update-url", f"{server}/sparql",
            "--graph-store-url", f"{server}/sparql-graph-crud"]
    triples = ox.serialize(ox.parse(path=str(files[0])), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    article = "https://w3id.org/news-kg/id/article/belarus-2020-09-21"
    russia = '<https://w3id.org/news-kg/id/country/ru> <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .'
    renamed = tmp_path / "renamed.nt"
    renamed.write_text(triples.replace(article, article + "-forged").replace(russia, russia.replace(
        "Russia", "Evil Empire")), encoding="utf-8")
    before = run_kg("query", "entities", "--query-url", f"{server}/sparql", "--format", "csv").stdout

    refused = run_kg("load", renamed, *urls)

    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"error: {renamed}: article {article}-forged gives the shared "
                                     "<https://w3id.org/news-kg/id/country/ru> the label 'Evil Empire', where article ")
    assert f"(in {server}/sparql) gives it the label 'Russia'; no article may change" in refused.stderr
    assert run_kg("query", "entities", "--query-url", f"{server}/sparql", "--format", "csv").stdout == before
