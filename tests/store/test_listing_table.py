"""The table of listings kept beside the embedded store (kg.store.listings, issue 12 finding 1): it answers
the kept listings with the bytes SPARQL gives, in every format and window, and whatever changes the store
without it leaves it stale, so that the listing answers through SPARQL, with a note saying so."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg.store.listing_rows import KEPT, kept_queries
from kg.store.listings import TABLE_FILE, listing_solutions, table_state
from kg.store.output import FORMATS
from tests.test_cli import run_kg

WINDOWS = ((), ("--limit", 7), ("--offset", 40), ("--limit", 5, "--offset", 100), ("--offset", 100_000))


@pytest.fixture(scope="module")
def table_store(listing_corpus, tmp_path_factory):
    """A store kg load made of `listing_corpus`: its table is fresh."""
    path = tmp_path_factory.mktemp("table") / "store"
    loaded = run_kg("load", listing_corpus, "--store", path)
    assert loaded.exit_code == 0, loaded.stderr
    return path


@pytest.fixture(scope="module")
def sparql_store(table_store, tmp_path_factory):
    """A copy of `table_store` without its table: every listing answers through SPARQL."""
    path = tmp_path_factory.mktemp("sparql") / "store"
    shutil.copytree(table_store, path, ignore=shutil.ignore_patterns(TABLE_FILE))
    return path


def answer(store, name: str, *options) -> tuple[str, str]:
    """`kg query NAME --store STORE OPTIONS...`: its stdout and stderr (it must succeed)."""
    result = run_kg("query", name, "--store", store, *options)
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


def copy_store(store, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(store, path)
    return path


def test_listing_table_keeps_every_listing_the_benchmark_missed():
    assert set(KEPT) >= {"events", "statements", "timeline", "detentions", "gdelt_like"}
    assert [kept.name for kept in kept_queries()] == list(KEPT)  # every kept query's ORDER BY is read


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", KEPT)
def test_listing_table_gives_the_bytes_sparql_gives(table_store, sparql_store, name, fmt):
    assert table_state(table_store).fresh and listing_solutions(table_store, name) is not None
    for window in WINDOWS:
        table, table_note = answer(table_store, name, "--format", fmt, *window)
        sparql, sparql_note = answer(sparql_store, name, "--format", fmt, *window)
        assert table == sparql, (name, fmt, window)
        assert table_note == ""
        assert "answered through SPARQL" in sparql_note and f"kg index --store {sparql_store}" in sparql_note


def test_listing_table_orders_articles_whose_iris_extend_each_other(table_store):
    events, _ = answer(table_store, "events", "--format", "tsv")
    articles = [line.split("\t")[0].strip("<>").rsplit("/event/", 1)[0] for line in events.splitlines()[1:]]
    firsts = list(dict.fromkeys(articles))
    assert len(firsts) == 18 and firsts == sorted(firsts)  # each article's rows together, by IRI
    assert any(a + "-10" in firsts and a + "-2" in firsts for a in firsts)


@pytest.mark.parametrize("extra", [("--param", "article=https://w3id.org/news-kg/id/article/voa-6202743"),
                                   ("--graph", "https://w3id.org/news-kg/id/article/voa-6202743")])
def test_listing_table_leaves_one_article_to_sparql_without_a_note(sparql_store, extra):
    _, note = answer(sparql_store, "timeline", *extra, "--format", "csv")
    assert note == ""


def test_listing_table_made_again_by_kg_index(sparql_store, table_store, tmp_path):
    store = copy_store(sparql_store, tmp_path)
    assert not table_state(store).fresh
    made = run_kg("index", "--store", store)

    assert made.exit_code == 0, made.stderr
    assert "made the table of listings" in made.stderr
    assert table_state(store).fresh
    for name in KEPT:
        assert answer(store, name, "--format", "srj") == answer(table_store, name, "--format", "srj")


def _add_event(store, article: str, label: str) -> None:
    """Write, as another program would, a new Statement event of `article` into its graph."""
    nkg = "https://w3id.org/news-kg/ns#"
    graph = ox.NamedNode(article)
    event = ox.NamedNode(f"{article}/event/999")
    added = ox.Store(str(store))
    added.extend(ox.Quad(event, ox.NamedNode(p), o, graph) for p, o in (
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(nkg + "Statement")),
        (nkg + "reportedIn", graph), (nkg + "readingOrder", ox.Literal(999)),
        (nkg + "speakerLabel", ox.Literal(label)), (nkg + "agentLabels", ox.Literal(label))))
    del added


def test_listing_table_stale_after_another_program_writes(table_store, tmp_path):
    store = copy_store(table_store, tmp_path)
    _add_event(store, "https://w3id.org/news-kg/id/article/voa-6202743", "Someone Else")

    events, note = answer(store, "statements", "--format", "csv")
    assert "Someone Else" in events  # through SPARQL: the new row is there
    assert "the store was written since its table of listings was made" in note
    assert run_kg("index", "--store", store).exit_code == 0
    assert answer(store, "statements", "--format", "csv") == (events, "")


def test_listing_table_stale_after_opening_for_writing_alone(table_store, tmp_path):
    store = copy_store(table_store, tmp_path)
    opened = ox.Store(str(store))  # a server that takes updates, say, before any update
    del opened
    assert not table_state(store).fresh
    read = ox.Store.read_only(str(store))  # a reader changes nothing
    del read
    run_kg("index", "--store", store)
    read = ox.Store.read_only(str(store))
    list(read.quads_for_pattern(None, None, None))
    del read
    assert table_state(store).fresh


def test_listing_table_stale_after_a_server_that_takes_updates(table_store, tmp_path, server_process):
    from kg.store.serve import record_server, server_command
    from tests.fixtures.servers import free_port

    store = copy_store(table_store, tmp_path)
    bind = f"127.0.0.1:{free_port()}"
    record_server(store, bind)  # as kg serve does before it becomes the server
    server_process(server_command(store, bind), f"http://{bind}/query?query=ASK%7B%7D")

    _, note = answer(store, "events", "--format", "csv")
    assert "a kg serve that takes updates has run on the store" in note


def test_listing_table_fresh_beside_a_read_only_server(table_store, tmp_path, server_process):
    from kg.store.serve import server_command
    from tests.fixtures.servers import free_port

    store = copy_store(table_store, tmp_path)
    bind = f"127.0.0.1:{free_port()}"
    server_process(server_command(store, bind, read_only=True), f"http://{bind}/query?query=ASK%7B%7D")

    assert answer(store, "events", "--format", "csv")[1] == ""
    assert table_state(store).fresh


def test_listing_table_stale_when_a_server_starts_during_a_load(table_store, listing_corpus, tmp_path,
                                                                 monkeypatch):
    from kg.store import listings
    from kg.store.serve import record_server

    store = copy_store(table_store, tmp_path)
    finish = listings.ListingWriter.finish

    def server_started_first(writer):
        record_server(store, "127.0.0.1:7878")
        finish(writer)

    monkeypatch.setattr(listings.ListingWriter, "finish", server_started_first)
    assert run_kg("load", listing_corpus, "--store", store).exit_code == 0
    assert "a kg serve that takes updates started while the store was written" in table_state(store).reason


def test_listing_table_kept_in_step_by_a_reload_and_a_new_article(table_store, listing_corpus, tmp_path):
    store = copy_store(table_store, tmp_path)
    old = "https://w3id.org/news-kg/id/article/belarus-2020-09-21"
    changed = tmp_path / "changed.nq"
    text = listing_corpus.read_text(encoding="utf-8")
    # The example again with one label changed, and a new article: a copy under an IRI not in the store
    example = "".join(line for line in text.splitlines(keepends=True) if line.rstrip().endswith(f"<{old}> ."))
    relabelled = "".join(line.replace("Lukashenko", "Loukachenka") if "#agentLabels>" in line else line
                         for line in example.splitlines(keepends=True))
    changed.write_text(relabelled + example.replace(f"<{old}", f"<{old}-new"), encoding="utf-8")
    assert run_kg("load", changed, "--store", store).exit_code == 0

    assert table_state(store).fresh
    sparql = copy_store(store, tmp_path / "sparql")
    (sparql / TABLE_FILE).unlink()
    for name in KEPT:
        table, note = answer(store, name, "--format", "tsv")
        assert note == "" and table == answer(sparql, name, "--format", "tsv")[0]
    events = answer(store, "events", "--format", "csv")[0]
    assert "Loukachenka" in events and f"{old}-new/event/" in events


def test_listing_table_stale_after_an_interrupted_load(table_store, listing_corpus, tmp_path, monkeypatch):
    import kg.rdf.scan

    store = copy_store(table_store, tmp_path)
    chunks = kg.rdf.scan.article_chunks

    def killed(files, *args, **kwargs):
        yield next(iter(chunks(files, chunk_articles=2)))
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.rdf.scan, "article_chunks", killed)
    assert run_kg("load", listing_corpus, "--store", store).exit_code == 130
    assert not table_state(store).fresh


def test_listing_table_stale_for_other_saved_queries(table_store, tmp_path, monkeypatch):
    from kg.store import listings

    store = copy_store(table_store, tmp_path)
    monkeypatch.setattr(listings, "FORMAT", "another")
    _, note = answer(store, "timeline", "--format", "csv")
    assert "made for other saved queries" in note


def test_listing_table_not_kept_for_graphs_with_blank_nodes(tmp_path, store_graph_files):
    graph = ox.NamedNode("https://w3id.org/news-kg/id/article/belarus-2020-09-21")
    quads = [ox.Quad(quad.subject, quad.predicate, quad.object, graph) for quad in ox.parse(path=str(store_graph_files["example"]),
                                                           format=ox.RdfFormat.TURTLE)]
    quads.append(ox.Quad(ox.NamedNode(f"{graph.value}/event/1"), ox.NamedNode("urn:p"), ox.BlankNode(), graph))
    path = tmp_path / "blank.nq"
    ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    store = tmp_path / "store"
    assert run_kg("load", path, "--store", store, "--no-validate").exit_code == 0

    _, note = answer(store, "events", "--format", "csv")
    assert "holds blank nodes, which a table of listings cannot keep" in note
    assert "kg index" not in note


def test_listing_table_kept_by_kg_convert_load(tiny_articles, tmp_path, clean_endpoint_env):
    store = tmp_path / "store"
    converted = run_kg("convert", tiny_articles(), "--load", "--store", store, "-o", tmp_path / "out.nq")
    assert converted.exit_code == 0, converted.stderr

    assert table_state(store).fresh
    sparql = copy_store(store, tmp_path / "sparql")
    (sparql / TABLE_FILE).unlink()
    for name in KEPT:
        assert answer(store, name, "--format", "json")[0] == answer(sparql, name, "--format", "json")[0]


def test_listing_table_rows_told_to_their_article_even_without_an_iri(listing_corpus, monkeypatch):
    """A row is told to its article by an IRI only one article's graph describes; a query whose rows hold
    none (sanctions: labels and text) is run again article by article, and gives the same rows."""
    from kg.store import listing_rows
    from kg.store.listing_order import row_order

    quads = [quad for quad in ox.parse(path=str(listing_corpus), format=ox.RdfFormat.N_QUADS)]
    articles = sorted({quad.graph_name.value for quad in quads})
    for name, columns in (("sanctions", ["who", "on_whom", "status", "date", "text"]),
                          ("statements", ["speaker", "type", "date", "text", "event"])):
        text = listing_rows.query_text(name)
        kept = listing_rows.KeptQuery(name, text, b"", row_order(text, columns))
        monkeypatch.setattr(listing_rows, "kept_queries", lambda: (kept,))
        together = sorted((row.article, row.key, row.text) for row in listing_rows.listing_rows(articles, quads))
        alone = sorted((row.article, row.key, row.text) for article in articles for row in listing_rows.listing_rows(
            [article], [quad for quad in quads if quad.graph_name.value == article]))
        assert together == alone and together


@pytest.mark.parametrize("name", ["events_by_type", "roles"])
def test_listing_table_leaves_aggregates_to_sparql(name):
    from kg.resources import query_text
    from kg.store.listing_order import row_order

    assert name not in KEPT
    assert row_order(query_text(name), ["type", "count", "person", "role", "of"]) is None  # DESC, sub-select


def test_listing_table_stale_while_a_write_of_it_did_not_finish(table_store, tmp_path):
    import sqlite3
    import subprocess
    import sys

    store = copy_store(table_store, tmp_path)
    assert run_kg("index", "--store", store).exit_code == 0  # the copy's files have new times
    killed = ("import os, sqlite3, sys; table = sqlite3.connect(sys.argv[1], isolation_level=None); "
              "table.execute('BEGIN IMMEDIATE'); table.execute('DELETE FROM row'); os._exit(9)")
    subprocess.run([sys.executable, "-c", killed, str(store / TABLE_FILE)], check=False)
    assert (store / f"{TABLE_FILE}-journal").exists()

    _, note = answer(store, "events", "--format", "csv")
    assert "a write of its table of listings is under way, or did not finish" in note
    assert run_kg("index", "--store", store).exit_code == 0
    assert not (store / f"{TABLE_FILE}-journal").exists()
    assert answer(store, "events", "--format", "csv")[1] == "" and listing_solutions(store, "events") is not None
    assert sqlite3.connect(store / TABLE_FILE).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_listing_table_not_kept_for_unchecked_graphs_that_speak_of_other_nodes(tmp_path, store_graph_files):
    """kg load --no-validate lets a graph speak of a node that is neither its own nor a shared entity, which
    another article's graph may describe too: its rows would join across articles, so no table is kept."""
    graph = ox.NamedNode("https://w3id.org/news-kg/id/article/belarus-2020-09-21")
    quads = [ox.Quad(quad.subject, quad.predicate, quad.object, graph)
             for quad in ox.parse(path=str(store_graph_files["example"]), format=ox.RdfFormat.TURTLE)]
    quads.append(ox.Quad(ox.NamedNode("https://example.org/x"), ox.NamedNode("urn:p"), ox.Literal("x"), graph))
    path = tmp_path / "other.nq"
    ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    store = tmp_path / "store"
    assert run_kg("load", path, "--store", store, "--no-validate").exit_code == 0

    _, note = answer(store, "timeline", "--format", "csv")
    assert "https://example.org/x" in note and "which a table of listings cannot keep" in note
    assert "which a table of listings cannot keep" in run_kg("index", "--store", store).stderr
