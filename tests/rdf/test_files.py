"""Tests of kg.rdf.files: every format read back, all graphs of a dataset, errors with lines, the checks of converted files."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf.build import build_graph
from kg.errors import InputError, UnreadableGraph, UsageError
from kg.rdf.files import read_article_graphs, read_graph, read_store
from kg.rdf.formats import FORMATS
from kg.rdf.write import write_graph

EXTENSION_OF = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig", "nquads": ".nq"}
HINT = "fix the file or regenerate it with kg convert"


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_graph_reads_what_write_graph_wrote(sample_facts, tmp_path, fmt):
    graph = build_graph(sample_facts)  # TriG and N-Quads put it in the article's named graph
    path = tmp_path / f"out{EXTENSION_OF[fmt]}"
    write_graph(graph, path)

    assert isomorphic(read_graph(path), graph)


@pytest.mark.parametrize(("name", "text"), [
    ("data.trig", "<urn:s> <urn:p> 1 .\n<urn:g1> { <urn:s> <urn:p> 2 . }\n<urn:g2> { <urn:s> <urn:p> 3 . }\n"),
    ("data.nq", "<urn:s> <urn:p> \"1\" .\n<urn:s> <urn:p> \"2\" <urn:g1> .\n<urn:s> <urn:p> \"3\" <urn:g2> .\n"),
], ids=["trig", "nquads"])
def test_read_graph_takes_the_triples_of_every_graph(tmp_path, name, text):
    """Not only the default graph: kg convert puts each article in a named graph."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    values = {o.toPython() for o in read_graph(path).objects(URIRef("urn:s"), URIRef("urn:p"))}

    assert values in ({1, 2, 3}, {"1", "2", "3"})


def test_read_graph_resolves_relative_iris_against_the_file(tmp_path):
    path = tmp_path / "rel.ttl"
    path.write_text('<a> <urn:p> "x" .\n', encoding="utf-8")

    assert set(read_graph(path)) == {(URIRef((tmp_path / "a").as_uri()), URIRef("urn:p"), Literal("x"))}


@pytest.mark.parametrize(("name", "data", "where", "problem"), [
    ("bad.ttl", b'@prefix x: <http://x/> .\nx:a x:b "unterminated .\n', "bad.ttl:2:9",
     f"not valid Turtle: Unexpected end of file; {HINT}"),
    ("bad.nt", b"<http://a> <http://b> <http://c> .\n<http://a> <http://b> .\n", "bad.nt:2:23",
     f"not valid N-Triples: The object of a triple must be an IRI, a blank node or a literal; {HINT}"),
    ("bad.nq", b"<http://a> <http://b> <http://c> <http://g> .\n\n<http://a> <http://b> bad .\n", "bad.nq:3:23",
     f"not valid N-Quads: The object of a triple must be an IRI, a blank node or a literal; {HINT}"),
    ("bad.trig", b"@prefix x: <http://x/> .\nx:g { x:a x:b x:c\n", "bad.trig:3:1",
     f"not valid TriG: Unexpected end; {HINT}"),
    ("bad.jsonld", b'{"@id": ', "bad.jsonld:1:9",
     f"not valid JSON-LD: Unexpected end of file, a value was expected; {HINT}"),
    ("latin.ttl", '<urn:a> <urn:b> "café" .\n'.encode("latin-1"), "latin.ttl",
     "is not UTF-8 text (byte 0xe9 at offset 20); expected an RDF file (Turtle)"),
    ("empty.ttl", b"", "empty.ttl", "holds no triples (Turtle); expected a graph, e.g. from kg convert"),
    ("prefixes.nq", b"# only a comment\n", "prefixes.nq",
     "holds no triples (N-Quads); expected a graph, e.g. from kg convert"),
], ids=["turtle", "nt", "nquads", "trig", "json-ld", "latin-1", "empty", "comment-only"])
def test_read_graph_names_the_file_and_line(tmp_path, name, data, where, problem):
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(UnreadableGraph) as caught:
        read_graph(path)

    assert caught.value.message == f"{tmp_path / where}: {problem}"
    assert caught.value.exit_code == 2


def test_read_graph_rejects_a_missing_file_and_a_directory(tmp_path):
    with pytest.raises(UnreadableGraph) as missing:
        read_graph(tmp_path / "none.ttl")
    with pytest.raises(UnreadableGraph) as folder:
        read_graph(tmp_path)

    assert missing.value.message == f"{tmp_path / 'none.ttl'}: no such file"
    assert folder.value.message == f"{tmp_path}: is a directory; give the RDF files in it"


def test_read_graph_reads_an_unknown_extension_as_turtle(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")

    assert len(read_graph(path)) == 1
    assert isinstance(read_graph(path), Graph)


def test_read_store_puts_each_triple_file_in_its_graph_and_keeps_a_dataset_s_names(tmp_path):
    triples, quads = tmp_path / "a.nt", tmp_path / "b.nq"
    triples.write_text("<urn:s> <urn:p> \"1\" .\n", encoding="utf-8")
    quads.write_text("<urn:s> <urn:p> \"2\" <urn:g> .\n", encoding="utf-8")

    store = read_store([triples, quads])

    assert {quad.graph_name.value for quad in store} == {triples.resolve().as_uri(), "urn:g"}


IS_ARTICLE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/news-kg/ns#Article>"
ARTICLE_A = f"<urn:a> {IS_ARTICLE} .\n"
ARTICLE_B = f"<urn:b> {IS_ARTICLE} .\n"


@pytest.mark.parametrize(("files", "where", "problem"), [
    ({"a.txt": "Minsk, 21 September."}, "a.txt", "is an article, not a converted graph"),
    ({"a.nt": ""}, "a.nt", "holds no triples"),
    ({"a.nt": "<urn:s> <urn:p> <urn:o> .\n"}, "a.nt", "holds no nkg:Article"),
    ({"a.nt": ARTICLE_A + ARTICLE_B}, "a.nt", "holds 2 articles in one graph"),
    ({"a.nt": ARTICLE_A, "b.ttl": ARTICLE_A}, "b.ttl", "holds the article urn:a again"),
    ({"a.nt": "<urn:s> <urn:p> .\n"}, "a.nt:1:", "not valid N-Triples"),
    ({"a.rdf": ARTICLE_A}, "a.rdf", "cannot tell the RDF format"),
], ids=["article-text", "empty", "no-article", "two-articles", "twice", "invalid", "extension"])
def test_read_article_graphs_and_the_bulk_scan_refuse_the_same_files_alike(tmp_path, files, where, problem):
    from kg.rdf.scan import scan_graph_files

    paths = []
    for name, text in files.items():
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")

    messages = []
    for read in (read_article_graphs, scan_graph_files):
        with pytest.raises((InputError, UsageError)) as caught:
            read(paths)
        messages.append(caught.value.message)

    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{tmp_path / where}")
    assert problem in messages[0]


def test_read_article_graphs_gives_each_article_once_as_ntriples(tmp_path):
    single, dataset = tmp_path / "a.nt", tmp_path / "b.nq"
    single.write_text(ARTICLE_A, encoding="utf-8")
    dataset.write_text(ARTICLE_B.replace(" .\n", " <urn:g> .\n"), encoding="utf-8")

    graphs = read_article_graphs([single, dataset])

    assert [(graph.iri, graph.triples, graph.source) for graph in graphs] == [
        ("urn:a", 1, str(single)), ("urn:b", 1, str(dataset))]
    assert graphs[0].ntriples == ARTICLE_A.encode("utf-8")
