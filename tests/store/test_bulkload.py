"""Tests of the store's bulk path (kg/rdf/scan.py, kg/store/bulkload.py): `kg load FILE... --store` checks every
file, then writes chunks of whole articles; a reload replaces, a bad file loads nothing, and an interrupted
load is reported by the next `kg query`/`kg stats`/`kg load` and repaired by running it again."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import kg.rdf.scan
import kg.store.bulkload
from cli import app
from kg.store.bulkload import MARKER, unfinished_load
from kg.rdf.scan import article_chunks, scan_graph_files
from kg.rdf.mint import article_iri

EXAMPLE_IRI = str(article_iri("belarus-2020-09-21"))
SHARED_IRI = str(article_iri("russia-belarus-2020-09-22"))
VERSION = ox.NamedNode("https://schema.org/version")


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


def quads_of(path: Path, graph: str) -> list[ox.Quad]:
    """The triples of the Turtle file `path` as quads in the graph `graph`."""
    return [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in ox.parse(path=str(path))]


def graphs_in(store_dir: Path) -> dict[str, set[str]]:
    store = ox.Store(str(store_dir))
    try:
        found: dict[str, set[str]] = {}
        for quad in store:
            found.setdefault(quad.graph_name.value, set()).add(str(ox.Triple(quad.subject, quad.predicate,
                                                                              quad.object)))
        return found
    finally:
        del store


@pytest.fixture
def two_articles(store_graph_files, tmp_path):
    """N-Quads of the two articles (``a.nq``), and a second version with one more triple each (``b.nq``)."""
    quads = quads_of(store_graph_files["example"], EXAMPLE_IRI) + quads_of(store_graph_files["shared"], SHARED_IRI)
    files = {"a": tmp_path / "a.nq", "b": tmp_path / "b.nq"}
    ox.serialize(quads, str(files["a"]), format=ox.RdfFormat.N_QUADS)
    # A node of the article's own (untyped, so the shapes leave it be): version b still conforms and loads.
    extra = [ox.Quad(ox.NamedNode(f"{iri}/version"), VERSION, ox.Literal("b"), ox.NamedNode(iri))
             for iri in (EXAMPLE_IRI, SHARED_IRI)]
    ox.serialize(quads + extra, str(files["b"]), format=ox.RdfFormat.N_QUADS)
    return files


@pytest.fixture
def store_dir(tmp_path, clean_endpoint_env):
    return tmp_path / "store"


def test_bulkload_reload_replaces_each_graph_and_never_duplicates(two_articles, store_dir):
    first = run_kg("load", two_articles["a"], "--store", store_dir)
    after_a = graphs_in(store_dir)
    newer = run_kg("load", two_articles["b"], "--store", store_dir)
    after_b = graphs_in(store_dir)
    back = run_kg("load", two_articles["a"], "--store", store_dir)

    assert (first.exit_code, newer.exit_code, back.exit_code) == (0, 0, 0), first.stderr + newer.stderr + back.stderr
    assert set(after_a) == {EXAMPLE_IRI, SHARED_IRI}
    for iri in after_a:
        assert len(after_b[iri]) == len(after_a[iri]) + 1  # the new version, whole: not the union of both
    assert graphs_in(store_dir) == after_a  # the extra triples of b are gone again
    assert back.stderr == first.stderr == f"loaded 2 articles ({sum(map(len, after_a.values()))} triples) into {store_dir}, which holds 0 happenings\n"
    assert not (store_dir / MARKER).exists()


def test_bulkload_a_bad_file_after_good_ones_loads_nothing(two_articles, store_dir, tmp_path):
    run_kg("load", two_articles["a"], "--store", store_dir)
    before = graphs_in(store_dir)
    bad = tmp_path / "bad.nq"
    bad.write_text('<urn:a> <urn:b> "unterminated <urn:g> .\n')

    result = run_kg("load", two_articles["b"], bad, "--store", store_dir)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad}:1:")
    assert graphs_in(store_dir) == before  # b.nq, good and first, was not written either


def test_bulkload_a_graph_in_several_runs_and_a_graph_named_otherwise(store_graph_files, store_dir, tmp_path):
    """N-Quads whose graphs interleave, and TriG whose graph is not named by its article: each article
    still lands whole in the graph its IRI names."""
    example = quads_of(store_graph_files["example"], "urn:x:first")
    shared = quads_of(store_graph_files["shared"], SHARED_IRI)
    interleaved = tmp_path / "mixed.nq"
    ox.serialize([*example[:10], *shared[:10], *example[10:], *shared[10:]], str(interleaved),
                 format=ox.RdfFormat.N_QUADS)

    result = run_kg("load", interleaved, "--store", store_dir)

    assert result.exit_code == 0, result.stderr
    found = graphs_in(store_dir)
    assert set(found) == {EXAMPLE_IRI, SHARED_IRI}
    assert len(found[EXAMPLE_IRI]) == len(example) and len(found[SHARED_IRI]) == len(shared)


def test_bulkload_chunks_hold_whole_articles_in_their_own_graphs(two_articles):
    files = scan_graph_files([two_articles["b"]])

    chunks = list(article_chunks(files, chunk_articles=1))
    big = list(article_chunks(files))

    assert sorted(chunk.articles for chunk in chunks) == [(EXAMPLE_IRI,), (SHARED_IRI,)]
    assert all({quad.graph_name.value for quad in chunk.quads} == set(chunk.articles) for chunk in chunks)
    assert [set(chunk.articles) for chunk in big] == [{EXAMPLE_IRI, SHARED_IRI}]
    assert len(big[0].quads) == sum(files[0].triples) == sum(len(chunk.quads) for chunk in chunks)


def test_bulkload_an_interrupted_load_is_reported_then_repaired_by_running_it_again(two_articles, store_dir,
                                                                                   monkeypatch):
    """A load that dies after its first chunk (as a SIGKILL would stop it) leaves the marker naming the
    chunk it was writing; queries and stats warn with the command to run; running it again repairs."""
    run_kg("load", two_articles["a"], "--store", store_dir)
    real_chunks = kg.rdf.scan.article_chunks

    def dies_after_first_chunk(files):
        chunks = real_chunks(files, chunk_articles=1)
        yield next(chunks)
        yield next(chunks)
        raise KeyboardInterrupt  # the process stops here: after the second chunk's marker, before its write

    # bulk_load_files imports article_chunks when it runs (the module stays light for unfinished_load)
    monkeypatch.setattr(kg.rdf.scan, "article_chunks", dies_after_first_chunk)
    with pytest.raises(KeyboardInterrupt):
        kg.store.bulkload.bulk_load_files(store_dir, [two_articles["b"]])
    monkeypatch.undo()

    unfinished = unfinished_load(store_dir)
    assert unfinished is not None and len(unfinished.articles) == 1
    warning = (f"warning: {store_dir}: an earlier kg load was interrupted: 1 article (first {unfinished.articles[0]}) may be "
               f"missing or their old version; run it again: kg load {two_articles['b']}\n")
    queried = run_kg("query", "events_by_type", "--store", store_dir, "--format", "csv")
    stats = run_kg("stats", "--store", store_dir)
    assert queried.exit_code == stats.exit_code == 0
    assert queried.stderr == stats.stderr == warning

    stray = store_dir / "bulk-1234.sst"  # what a SIGKILL during the bulk write leaves beside the store's files
    stray.write_bytes(b"half an index file")
    again = run_kg("load", two_articles["b"], "--store", store_dir)

    assert again.exit_code == 0 and again.stderr.startswith("loaded 2 articles"), again.stderr
    assert unfinished_load(store_dir) is None and not stray.exists()
    assert run_kg("stats", "--store", store_dir).stderr == ""
    assert all('"b"' in " ".join(triples) for triples in graphs_in(store_dir).values())


def test_bulkload_another_load_keeps_the_marker_of_articles_it_did_not_repair(two_articles, store_dir,
                                                                             store_graph_files, tmp_path):
    (store_dir).mkdir(parents=True)
    run_kg("load", two_articles["a"], "--store", store_dir)
    kg.store.bulkload._write_marker(store_dir, ("earlier.nq",), (EXAMPLE_IRI, SHARED_IRI))
    only_shared = tmp_path / "shared.nq"
    ox.serialize(quads_of(store_graph_files["shared"], SHARED_IRI), str(only_shared), format=ox.RdfFormat.N_QUADS)

    result = run_kg("load", only_shared, "--store", store_dir)

    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[1] == (f"warning: {store_dir}: an earlier kg load was interrupted: 1 article "
                                             f"(first {EXAMPLE_IRI}) may be missing or their old version; run it "
                                             "again: kg load earlier.nq")
