"""Tests of kg.rdf.write: formats, stdout, atomic writes and their errors."""
from __future__ import annotations

import io
import os
import re

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

import kg.rdf.write
from kg.rdf.build import build_graph
from kg.errors import InputError, UsageError
from kg.rdf.formats import EXTENSIONS, FORMATS, OXIGRAPH_FORMATS, QUAD_FORMATS
from kg.rdf.write import write_graph

EXTENSION_OF = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig", "nquads": ".nq"}
OX_FORMAT = OXIGRAPH_FORMATS  # the second parser reads what kg writes
ARTICLE = "https://w3id.org/news-kg/id/article/sample-2020-09-21"


def _triples_back(path, fmt) -> Graph:
    """The triples of a written file, read back with rdflib (graph names dropped)."""
    if fmt in QUAD_FORMATS:
        dataset = Dataset()
        dataset.parse(path, format=fmt)
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return Graph().parse(path, format=fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_each_format_round_trips(sample_facts, tmp_path, fmt):
    graph = build_graph(sample_facts)
    path = tmp_path / f"out{EXTENSION_OF[fmt]}"
    assert write_graph(graph, path) == fmt  # guessed from the extension

    assert isomorphic(_triples_back(path, fmt), graph)
    quads = list(pyoxigraph.parse(path=str(path), format=OX_FORMAT[fmt]))
    assert len(quads) == len(graph)
    names = {quad.graph_name for quad in quads}
    if fmt in QUAD_FORMATS:  # the article's triples sit in the graph named by its IRI
        assert names == {pyoxigraph.NamedNode(ARTICLE)}
    else:
        assert names == {pyoxigraph.DefaultGraph()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_same_graph_same_bytes(sample_facts, tmp_path, fmt):
    first, second = tmp_path / f"a{EXTENSION_OF[fmt]}", tmp_path / f"b{EXTENSION_OF[fmt]}"
    write_graph(build_graph(sample_facts), first)
    write_graph(build_graph(sample_facts), second)
    assert first.read_bytes() == second.read_bytes()


def test_write_line_formats_are_sorted(sample_facts, tmp_path):
    path = tmp_path / "out.nt"
    write_graph(build_graph(sample_facts), path)
    lines = path.read_bytes().splitlines()
    assert lines == sorted(lines)


def test_write_explicit_format_beats_extension(sample_facts, tmp_path):
    path = tmp_path / "out.ttl"
    assert write_graph(build_graph(sample_facts), path, "nt") == "nt"
    assert path.read_text(encoding="utf-8").startswith("<https://")


def test_write_graph_name_for_quads(sample_facts, tmp_path):
    path = tmp_path / "out.nq"
    write_graph(build_graph(sample_facts), path, graph_name="https://example.org/g")
    names = {quad.graph_name for quad in pyoxigraph.parse(path=str(path), format=OX_FORMAT["nquads"])}
    assert names == {pyoxigraph.NamedNode("https://example.org/g")}


def test_write_dataset_keeps_one_graph_per_article(sample_facts, tmp_path):
    import dataclasses

    other = dataclasses.replace(sample_facts, article=dataclasses.replace(sample_facts.article, id="other"))
    dataset = Dataset()
    for facts in (sample_facts, other):
        graph = build_graph(facts)
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    trig, ttl = tmp_path / "all.trig", tmp_path / "all.ttl"
    write_graph(dataset, trig)
    write_graph(dataset, ttl)
    names = {q.graph_name.value for q in pyoxigraph.parse(path=str(trig), format=OX_FORMAT["trig"])}
    assert names == {ARTICLE, "https://w3id.org/news-kg/id/article/other"}
    union = Graph().parse(ttl, format="turtle")
    assert len(union) == len(set(dataset.quads((None, None, None, None)))) - _shared(dataset)


def _shared(dataset: Dataset) -> int:
    """Triples that appear in more than one named graph (counted once in a union)."""
    quads = list(dataset.quads((None, None, None, None)))
    return len(quads) - len({(s, p, o) for s, p, o, _ in quads})


@pytest.mark.parametrize("path", [None, "-"])
def test_write_stdout_is_turtle(sample_facts, capsysbinary, path):
    graph = build_graph(sample_facts)
    assert write_graph(graph, path) == "turtle"
    out = capsysbinary.readouterr().out
    assert isomorphic(Graph().parse(data=out.decode("utf-8"), format="turtle"), graph)


def test_write_stdout_text_stream(sample_facts, monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr("sys.stdout", stream)
    write_graph(build_graph(sample_facts), "-", "nt")
    assert len(stream.getvalue().splitlines()) == len(build_graph(sample_facts))


def test_write_atomic_leaves_no_temp_file(sample_facts, tmp_path):
    path = tmp_path / "out.ttl"
    path.write_text("old", encoding="utf-8")
    write_graph(build_graph(sample_facts), path)
    assert sorted(os.listdir(tmp_path)) == ["out.ttl"]
    assert path.read_text(encoding="utf-8").startswith("@prefix")


def test_write_failed_serialisation_keeps_old_file(sample_facts, tmp_path, monkeypatch):
    path = tmp_path / "out.ttl"
    path.write_text("old content", encoding="utf-8")

    def half_then_fail(graph, destination, fmt, graph_name=None):
        destination.write(b"@prefix half: <")
        raise RuntimeError("serialiser broke")

    monkeypatch.setattr(kg.rdf.write, "serialize_graph", half_then_fail)
    with pytest.raises(RuntimeError, match="serialiser broke"):
        write_graph(build_graph(sample_facts), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_write_failed_rename_is_an_input_error(sample_facts, tmp_path, monkeypatch):
    path = tmp_path / "out.ttl"
    path.write_text("old content", encoding="utf-8")

    def no_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.rdf.write.os, "replace", no_replace)
    with pytest.raises(InputError, match="out.ttl: cannot write: No space left on device"):
        write_graph(build_graph(sample_facts), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_write_missing_directory_is_an_input_error(sample_facts, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "out.ttl"
    with pytest.raises(InputError) as caught:
        write_graph(build_graph(sample_facts), target)
    assert str(target.parent) in str(caught.value)
    assert not target.parent.exists()


def test_write_onto_a_directory_is_an_input_error(sample_facts, tmp_path):
    (tmp_path / "out.ttl").mkdir()
    with pytest.raises(InputError, match="out.ttl"):
        write_graph(build_graph(sample_facts), tmp_path / "out.ttl")
    assert os.listdir(tmp_path) == ["out.ttl"]


def test_write_unknown_extension_names_the_allowed_ones(sample_facts, tmp_path):
    with pytest.raises(UsageError) as caught:
        write_graph(build_graph(sample_facts), tmp_path / "out.rdf")
    message = str(caught.value)
    assert "'.rdf'" in message
    for extension in EXTENSIONS:
        assert extension in message
    assert os.listdir(tmp_path) == []


def test_write_unknown_format_names_the_allowed_ones(sample_facts, tmp_path):
    with pytest.raises(UsageError, match="use one of turtle, nt, json-ld, trig, nquads"):
        write_graph(build_graph(sample_facts), tmp_path / "out.ttl", "rdfxml")


def test_write_graph_identifier_is_the_named_graph(sample_facts):
    dataset = kg.rdf.write.to_dataset(build_graph(sample_facts))
    assert {g.identifier for g in dataset.graphs() if len(g)} == {URIRef(ARTICLE)}


def test_issue_13_output_file_replaces_only_a_writable_regular_file(tmp_path):
    """F1/F2, W7/W8: a device or a FIFO is written in place, a link through, a mode kept; the rest refused."""
    import socket
    import stat

    from kg.rdf.write import output_file, write_atomically

    fifo, link, target, read_only = (tmp_path / name for name in ("pipe", "link.ttl", "target.ttl", "ro.ttl"))
    os.mkfifo(fifo)
    target.write_text("old")
    target.chmod(0o600)
    link.symlink_to(target)
    read_only.write_text("old")
    read_only.chmod(0o444)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))

    assert output_file(fifo).in_place and output_file(os.devnull).in_place
    assert output_file(link) == kg.rdf.write.OutputFile(target, in_place=False, mode=0o600)
    write_atomically(link, lambda out: out.write(b"new"))
    assert link.is_symlink() and target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o600
    for path, problem in ((read_only, "is read-only (mode 0444)"), (tmp_path / "loop", "cannot be written"),
                          (tmp_path / "sock", "is a socket"), (tmp_path, "is a directory")):
        with pytest.raises(InputError, match=re.escape(f"{path}: {problem}")):
            write_atomically(path, lambda out: out.write(b"new"))
    server.close()
    assert read_only.read_text() == "old"
