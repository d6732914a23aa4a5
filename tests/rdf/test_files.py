"""Tests of kg.rdf.files: every format read back, all graphs of a dataset, errors with lines."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf.build import build_graph
from kg.errors import UnreadableGraph
from kg.rdf.files import parse_graph_file
from kg.rdf.write import FORMATS, write_graph

EXTENSION_OF = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig", "nquads": ".nq"}
HINT = "fix the file or regenerate it with kg convert"


@pytest.mark.parametrize("fmt", FORMATS)
def test_parse_graph_file_reads_what_write_graph_wrote(sample_facts, tmp_path, fmt):
    graph = build_graph(sample_facts)  # TriG and N-Quads put it in the article's named graph
    path = tmp_path / f"out{EXTENSION_OF[fmt]}"
    write_graph(graph, path)

    assert isomorphic(parse_graph_file(path), graph)


@pytest.mark.parametrize(("name", "text"), [
    ("data.trig", "<urn:s> <urn:p> 1 .\n<urn:g1> { <urn:s> <urn:p> 2 . }\n<urn:g2> { <urn:s> <urn:p> 3 . }\n"),
    ("data.nq", "<urn:s> <urn:p> \"1\" .\n<urn:s> <urn:p> \"2\" <urn:g1> .\n<urn:s> <urn:p> \"3\" <urn:g2> .\n"),
], ids=["trig", "nquads"])
def test_parse_graph_file_takes_the_triples_of_every_graph(tmp_path, name, text):
    """Not only the default graph: kg convert puts each article in a named graph."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    values = {o.toPython() for o in parse_graph_file(path).objects(URIRef("urn:s"), URIRef("urn:p"))}

    assert values in ({1, 2, 3}, {"1", "2", "3"})


def test_parse_graph_file_resolves_relative_iris_against_the_file(tmp_path):
    path = tmp_path / "rel.ttl"
    path.write_text('<a> <urn:p> "x" .\n', encoding="utf-8")

    assert set(parse_graph_file(path)) == {(URIRef((tmp_path / "a").as_uri()), URIRef("urn:p"), Literal("x"))}


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
def test_parse_graph_file_names_the_file_and_line(tmp_path, name, data, where, problem):
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(UnreadableGraph) as caught:
        parse_graph_file(path)

    assert caught.value.message == f"{tmp_path / where}: {problem}"
    assert caught.value.exit_code == 2


def test_parse_graph_file_rejects_a_missing_file_and_a_directory(tmp_path):
    with pytest.raises(UnreadableGraph) as missing:
        parse_graph_file(tmp_path / "none.ttl")
    with pytest.raises(UnreadableGraph) as folder:
        parse_graph_file(tmp_path)

    assert missing.value.message == f"{tmp_path / 'none.ttl'}: no such file"
    assert folder.value.message == f"{tmp_path}: is a directory; give the RDF files in it"


def test_parse_graph_file_reads_an_unknown_extension_as_turtle(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")

    assert len(parse_graph_file(path)) == 1
    assert isinstance(parse_graph_file(path), Graph)
