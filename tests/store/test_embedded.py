"""Tests of the embedded store (kg/store/embedded.py, kg/store/load.py, kg/store/targets.py): `kg load`, `kg query --store`,
`kg stats` and `kg convert --load`, through the CLI as a user runs them."""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pyoxigraph
import pytest
from typer.testing import CliRunner

from cli import app
from kg.rdf.build import build_graph
from kg.rdf.files import ArticleGraph, read_article_graphs
from kg.rdf.mint import article_iri
from kg.store.embedded import load_into_store, open_store, store_path
from kg.rdf.write import write_graph

EXAMPLE_IRI = str(article_iri("belarus-2020-09-21"))
SHARED_IRI = str(article_iri("russia-belarus-2020-09-22"))
RUSSIA = "https://w3id.org/news-kg/id/country/ru"


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


def rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def triples_in_store(path: Path) -> int:
    store = open_store(path)
    try:
        return len(store)
    finally:
        del store


@pytest.fixture
def store_dir(tmp_path, clean_endpoint_env):
    return tmp_path / "store"


def test_store_load_then_reload_replaces_and_never_duplicates(store_graph_files, store_dir):
    example = store_graph_files["example"]
    from_file = run_kg("query", "events", example, "--format", "csv")

    first = run_kg("load", example, "--store", store_dir)
    count = triples_in_store(store_dir)
    again = run_kg("load", example, "--store", store_dir)

    assert (first.exit_code, again.exit_code) == (0, 0), first.stderr + again.stderr
    assert again.stderr == f"loaded 1 article ({count} triples) into {store_dir}, which holds 0 happenings\n"
    assert triples_in_store(store_dir) == count == sum(1 for _ in pyoxigraph.parse(path=str(example)))
    from_store = run_kg("query", "events", "--store", store_dir, "--format", "csv")
    assert from_store.exit_code == 0, from_store.stderr
    assert from_store.stdout == from_file.stdout
    assert len({row["event"] for row in rows(from_store.stdout)}) == len(rows(from_store.stdout))


def test_store_union_answers_across_articles_and_shared_entities_meet(store_graph_files, store_dir):
    result = run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--store", store_dir)
    assert result.exit_code == 0, result.stderr

    events = rows(run_kg("query", "timeline", "--store", store_dir, "--format", "csv").stdout)
    entities = rows(run_kg("query", "entities", "--store", store_dir, "--format", "csv").stdout)

    assert {row["article"] for row in events} == {EXAMPLE_IRI, SHARED_IRI}
    assert [row["label"] for row in entities if row["entity"] == RUSSIA] == ["Russia"]
    for name in ("entities", "roles", "events"):  # the three contract queries
        assert run_kg("query", name, "--store", store_dir).exit_code == 0


def test_store_graph_option_queries_one_article(store_graph_files, store_dir):
    run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--store", store_dir)

    one = run_kg("query", "timeline", "--store", store_dir, "--graph", SHARED_IRI, "--format", "csv")
    missing = run_kg("query", "events", "--store", store_dir, "--graph", "https://example.org/none")

    assert one.exit_code == 0, one.stderr
    assert {row["article"] for row in rows(one.stdout)} == {SHARED_IRI}
    assert missing.exit_code == 1
    assert missing.stderr.startswith(f"error: {store_dir}: has no graph https://example.org/none; ")


def test_store_param_is_bound_over_the_store(store_graph_files, store_dir):
    run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--store", store_dir)

    result = run_kg("query", "timeline", "--store", store_dir, "--param", f"article=<{SHARED_IRI}>",
                    "--format", "csv")

    assert {row["article"] for row in rows(result.stdout)} == {SHARED_IRI}


def test_store_kg_store_variable_and_store_without_path(store_graph_files, tmp_path, monkeypatch,
                                                        clean_endpoint_env):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "from-env"))

    loaded = run_kg("load", store_graph_files["shared"])
    queried = run_kg("query", "events_by_type", "--store", "--format", "csv")

    assert loaded.stderr.endswith(f"into {tmp_path / 'from-env'}, which holds 0 happenings\n")
    assert queried.exit_code == 0, queried.stderr
    assert {row["type"] for row in rows(queried.stdout)} >= {"Loan", "Arrest"}


def test_store_default_is_dot_kg_store_in_the_working_directory(store_graph_files, tmp_path, monkeypatch,
                                                                clean_endpoint_env):
    monkeypatch.chdir(tmp_path)

    result = run_kg("load", store_graph_files["shared"])

    assert result.exit_code == 0, result.stderr
    assert store_path() == Path(".kg/store")
    assert (tmp_path / ".kg" / "store" / "CURRENT").is_file()


def test_store_in_use_by_another_holder_is_a_clear_error(store_graph_files, store_dir):
    holder = pyoxigraph.Store(str(store_dir))  # as a running kg serve would hold it

    result = run_kg("load", store_graph_files["shared"], "--store", store_dir)

    del holder
    assert result.exit_code == 1
    assert result.stderr == (f"error: {store_dir}: is in use by another process (a running kg serve, or another "
                             "kg load); stop it, or, if it is a kg serve, go through it: --endpoint "
                             "http://HOST:PORT, the address it printed\n")


def test_issue_12_a_store_kg_serve_holds_is_read_beside_it_and_named_by_its_address(store_graph_files, store_dir):
    """Finding 10: queries and stats open the store read-only next to the process that holds it; a
    write names the kg serve that holds it by the address it listens on, not a fixed port."""
    from kg.store.serve import record_server

    assert run_kg("load", store_graph_files["shared"], "--store", store_dir).exit_code == 0
    alone = run_kg("query", "events", "--store", store_dir, "--format", "csv").stdout
    holder = pyoxigraph.Store(str(store_dir))  # as a running kg serve holds it
    record_server(store_dir, "0.0.0.0:9123")  # this process, as kg serve records itself before it becomes the server

    queried = run_kg("query", "events", "--store", store_dir, "--format", "csv")
    stats = run_kg("stats", "--store", store_dir, "--format", "csv")
    written = run_kg("load", store_graph_files["shared"], "--store", store_dir)

    del holder
    assert queried.exit_code == 0, queried.stderr
    assert queried.stdout == alone
    assert stats.exit_code == 0, stats.stderr
    assert "articles,,1" in stats.stdout
    assert written.exit_code == 1
    assert written.stderr == (f"error: {store_dir}: is in use by kg serve at http://127.0.0.1:9123 (process "
                              f"{os.getpid()}); stop it, or go through it: --endpoint http://127.0.0.1:9123\n")


def test_a_server_whose_process_is_gone_is_not_named(store_graph_files, store_dir):
    import json

    from kg.store.serve import SERVER_FILE, running_server

    assert run_kg("load", store_graph_files["shared"], "--store", store_dir).exit_code == 0
    (store_dir / SERVER_FILE).write_text(json.dumps({"url": "http://127.0.0.1:9123", "pid": 2 ** 22 + 1}))

    assert running_server(store_dir) is None


@pytest.mark.parametrize(("setup", "stderr"), [
    ("none", "error: {store}: no store here; load articles first"),
    ("file", "error: {store}: is a file, not a store directory; "),
    ("other", "error: {store}: is a directory that holds no Oxigraph store; "),
])
def test_store_that_is_not_there_is_a_clear_error(store_dir, setup, stderr):
    if setup == "file":
        store_dir.write_text("not a store")
    elif setup == "other":
        store_dir.mkdir()
        (store_dir / "notes.txt").write_text("mine")

    result = run_kg("query", "events", "--store", store_dir)

    assert result.exit_code == 1
    assert result.stderr.startswith(stderr.format(store=store_dir))


def test_store_a_failed_replacement_keeps_the_old_graph(store_graph_files, store_dir):
    """The delete and the insert are one transaction: when the insert fails, nothing changed."""
    good = read_article_graphs([store_graph_files["shared"]])
    load_into_store(store_dir, good)
    before = triples_in_store(store_dir)
    broken = ArticleGraph(good[0].iri, b"<urn:s> <urn:p> \"unterminated .\n", 1, "broken")

    with pytest.raises(SyntaxError):
        load_into_store(store_dir, [broken])

    assert triples_in_store(store_dir) == before


def test_store_a_bad_file_loads_nothing(store_graph_files, store_dir, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n")

    result = run_kg("load", store_graph_files["shared"], bad, "--store", store_dir)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad}:1:")
    assert not store_dir.exists()


@pytest.mark.parametrize(("content", "problem"), [
    ("<urn:a> <urn:b> <urn:c> .\n", "holds no nkg:Article; "),
    ("@prefix nkg: <https://w3id.org/news-kg/ns#> .\n<urn:a> a nkg:Article .\n<urn:b> a nkg:Article .\n",
     "holds 2 articles in one graph; "),
])
def test_store_load_wants_one_article_per_graph(store_dir, tmp_path, content, problem):
    path = tmp_path / "graph.ttl"
    path.write_text(content)

    result = run_kg("load", path, "--store", store_dir)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: {problem}")


def test_store_load_takes_one_named_graph_per_article_from_nquads(store_graph_files, store_dir, tmp_path):
    nquads = tmp_path / "both.nq"
    quads = [pyoxigraph.Quad(triple.subject, triple.predicate, triple.object, pyoxigraph.NamedNode(iri))
             for name, iri in (("example", EXAMPLE_IRI), ("shared", SHARED_IRI))
             for triple in pyoxigraph.parse(path=str(store_graph_files[name]))]
    pyoxigraph.serialize(quads, str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)

    result = run_kg("load", nquads, "--store", store_dir)

    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("loaded 2 articles")
    store = open_store(store_dir)
    assert {graph.value for graph in store.named_graphs()} == {EXAMPLE_IRI, SHARED_IRI}
    del store


def test_store_article_text_is_not_a_graph(store_dir, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("x")

    result = run_kg("load", article, "--store", store_dir)

    assert result.exit_code == 1
    assert result.stderr == (f"error: {article}: is an article, not a converted graph; "
                             "convert and load it in one step: kg convert ARTICLE... --load\n")


@pytest.mark.parametrize(("args", "stderr"), [
    (["query", "events", "{file}", "--store", "{store}"], "error: RDF files and a store or endpoint both given"),
    (["query", "events"], "error: nothing to query; give RDF files, --store [PATH] or --endpoint URL\n"),
    (["query", "events", "{file}", "--graph", "urn:x"], "error: --graph needs --store or --endpoint"),
    (["load", "{file}", "--store", "{store}", "--endpoint", "http://127.0.0.1:1"],
     "error: --store and --endpoint both given"),
    (["convert", "{file}", "--store", "{store}"], "error: --store and --endpoint say where --load loads; add --load\n"),
])
def test_store_options_that_do_not_fit_are_usage_errors(store_graph_files, store_dir, args, stderr):
    fill = {"file": store_graph_files["shared"], "store": store_dir}

    result = run_kg(*[arg.format(**fill) for arg in args])

    assert result.exit_code == 2
    assert result.stderr.startswith(stderr)


def test_stats_prints_articles_triples_entities_and_events_by_type(sample_facts, store_dir, tmp_path):
    graph = build_graph(sample_facts)
    path = tmp_path / "sample.ttl"
    write_graph(graph, path)
    run_kg("load", path, "--store", store_dir)

    result = run_kg("stats", "--store", store_dir)

    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "what      type          count\n"
        "--------  ------------  -----\n"
        "articles                1\n"
        f"triples                 {len(graph)}\n"
        # Each breakdown: most first, then by type name.
        "entities                11\n"
        "entities  Organization  3\n"
        "entities  Country       2\n"
        "entities  Group         2\n"
        "entities  Person        2\n"
        "entities  City          1\n"
        "entities  Place         1\n"
        "events                  6\n"
        "events    Arrest        2\n"
        "events    Loan          1\n"
        "events    Protest       1\n"
        "events    Sanction      1\n"
        "events    Statement     1\n"
    )


def test_stats_without_a_store(store_dir):
    result = run_kg("stats", "--store", store_dir)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {store_dir}: no store here; ")


def test_convert_load_converts_and_loads_in_one_step(tiny_articles, store_dir):
    article = tiny_articles("lagos-2021-03-02")

    result = run_kg("convert", article, "--load", "--store", store_dir)
    again = run_kg("convert", article, "--load", "--store", store_dir)

    assert (result.exit_code, again.exit_code) == (0, 0), result.stderr + again.stderr
    assert result.stdout == ""  # --load without -o writes no graph to stdout
    assert result.stderr.startswith("loaded 1 article (") and result.stderr == again.stderr
    events = rows(run_kg("query", "events", "--store", store_dir, "--format", "csv").stdout)
    assert events and all(row["event"].startswith(str(article_iri("lagos-2021-03-02"))) for row in events)


def test_convert_load_fails_before_converting_when_the_store_is_in_use(tiny_articles, store_dir, tmp_path):
    holder = pyoxigraph.Store(str(store_dir))
    output = tmp_path / "out.ttl"

    result = run_kg("convert", tiny_articles(), "--load", "--store", store_dir, "-o", output)

    del holder
    assert result.exit_code == 1
    assert "is in use by another process" in result.stderr
    assert not output.exists()


def test_stats_counts_entities_as_the_entities_query_types_them(store_graph_files, store_dir):
    """kg stats reads the type index (fast over many articles); its counts are the entities query's."""
    from collections import Counter

    from kg.store.embedded import query_store, store_stats

    run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--store", store_dir)

    found = query_store(store_dir, "entities")
    expected = Counter(row[found.columns.index("type")] for row in found.rows)

    assert dict(store_stats(store_dir).entities) == dict(expected)
