"""Tests of kg.pipeline: inputs, output checks and the batch behaviour of convert_files."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError, NotConformant, UsageError
from kg.rdf.mint import article_iri
from kg.pipeline import check_output, convert_files, expand_inputs, output_format


def _message(item) -> str:
    return item.message if isinstance(item, InputError) else str(item)


# ---- expand_inputs


def test_expand_inputs_keeps_order_sorts_directories_and_drops_repeats(tmp_path):
    folder = tmp_path / "dir"
    folder.mkdir()
    for name in ("b.txt", "a.txt", "notes.md"):
        (folder / name).write_text("x", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("x", encoding="utf-8")

    expanded = expand_inputs([str(single), str(folder), str(folder / "a.txt"), str(single)])

    assert expanded == [single, folder / "a.txt", folder / "b.txt"]


def test_expand_inputs_turns_missing_paths_and_empty_directories_into_errors_in_place(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    good = tmp_path / "good.txt"
    good.write_text("x", encoding="utf-8")
    missing = tmp_path / "missing.txt"

    expanded = expand_inputs([str(missing), str(good), str(empty)])

    assert [_message(item) for item in expanded] == [
        f"{missing}: no such file; check the path; give article files (.txt) or directories of them",
        str(good),
        f"{empty}: directory has no article files; expected files ending in .txt",
    ]


# ---- output_format and check_output


@pytest.mark.parametrize(("output", "fmt", "expected"), [
    (None, None, "turtle"),
    ("-", None, "turtle"),
    ("-", "nquads", "nquads"),
    ("out.nq", None, "nquads"),
    ("out.JSON", None, "json-ld"),
    ("out.jsonld", "json-ld", "json-ld"),
    ("out.data", "trig", "trig"),  # an extension that names no format: --format decides
])
def test_output_format(output, fmt, expected):
    assert output_format(output, fmt) == expected


@pytest.mark.parametrize(("output", "fmt", "message"), [
    ("out.ttl", "nt", "out.ttl: the extension .ttl means turtle, but --format is nt; "
                      "drop --format or change the extension"),
    ("out.rdf", None, "out.rdf: cannot tell the RDF format from the extension '.rdf'; use one of "
                      ".ttl, .nt, .jsonld, .json, .trig, .nq or give the format (turtle, nt, json-ld, trig, nquads)"),
    ("out", None, "out: cannot tell the RDF format from the extension '(none)'; use one of "
                  ".ttl, .nt, .jsonld, .json, .trig, .nq or give the format (turtle, nt, json-ld, trig, nquads)"),
    (None, "xml", "unknown RDF format 'xml'; use one of turtle, nt, json-ld, trig, nquads"),
])
def test_output_format_rejects_usage_errors(output, fmt, message):
    with pytest.raises(UsageError) as caught:
        output_format(output, fmt)
    assert caught.value.message == message
    assert caught.value.exit_code == 2


def test_check_output_rejects_unwritable_targets_and_inputs(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("x", encoding="utf-8")
    check_output(None, [article])
    check_output("-", [article])
    check_output(str(tmp_path / "out.ttl"), [article])

    with pytest.raises(InputError, match="is a directory; give a file name for -o"):
        check_output(str(tmp_path), [article])
    with pytest.raises(InputError, match="does not exist; create it first"):
        check_output(str(tmp_path / "no" / "out.ttl"), [article])
    with pytest.raises(UsageError, match="is also an input article"):
        check_output(str(article), [article])


# ---- convert_files


def test_convert_files_writes_the_good_articles_and_lists_the_failures(tiny_articles, tmp_path):
    first, second = tiny_articles("first"), tiny_articles("second")
    bad = tiny_articles("bad", "Headline only\n\nNo date line here.\n")
    out = tmp_path / "out.trig"

    result = convert_files([str(first), str(bad), str(second)], str(out))

    assert not result.ok
    assert result.fmt == "trig"
    assert [item.facts.article.id for item in result.converted] == ["first", "second"]
    assert [err.where for err in result.failures] == [str(bad)]
    assert result.failures[0].problem == "no publication date"
    assert result.attempted == 3
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {graph.identifier for graph in dataset.graphs() if len(graph)}
    assert names == {article_iri("first"), article_iri("second")}
    for item in result.converted:
        assert isomorphic(dataset.graph(item.iri), item.graph)


def test_convert_files_writes_nothing_when_every_article_fails(tmp_path):
    out = tmp_path / "out.ttl"
    out.write_text("old content", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")

    result = convert_files([str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt")], str(out))

    assert result.converted == []
    assert [err.problem for err in result.failures] == ["no such file", "is empty"]
    assert out.read_text(encoding="utf-8") == "old content"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty.txt", "out.ttl"]  # no temp file


def test_convert_files_reports_a_non_conforming_article_and_writes_the_others(tiny_articles, tmp_path,
                                                                                 broken_graphs):
    good, bad = tiny_articles("good"), tiny_articles("bad")
    suffix = broken_graphs("bad")
    out = tmp_path / "out.ttl"

    result = convert_files([str(good), str(bad)], str(out))

    assert [item.facts.article.id for item in result.converted] == ["good"]
    (failure,) = result.failures
    assert isinstance(failure, NotConformant)
    assert failure.message == f"{bad}: the graph does not conform to the shapes; see the report above"
    assert f"<{article_iri('bad')}{suffix}> nkg:status" in failure.report
    assert isomorphic(Graph().parse(out, format="turtle"), result.converted[0].graph)


def test_convert_files_without_validation_writes_a_non_conforming_graph(tiny_articles, tmp_path, broken_graphs):
    suffix = broken_graphs()
    out = tmp_path / "out.nt"

    result = convert_files([str(tiny_articles())], str(out), validate=False)

    assert result.ok
    assert (URIRef(f"{article_iri('tiny')}{suffix}"), None, None) in Graph().parse(out, format="nt")


def test_convert_files_rejects_a_second_article_with_the_same_iri(tmp_path):
    text = "Protesters march in Lagos\nMarch 2, 2021\n\nLAGOS, Nigeria — Protesters marched through Lagos.\n"
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(text, encoding="utf-8")

    result = convert_files([str(tmp_path / "one"), str(tmp_path / "two")], str(tmp_path / "out.nq"))

    assert [item.facts.article.source for item in result.converted] == [str(tmp_path / "one" / "same.txt")]
    (failure,) = result.failures
    assert failure.message == (f"{tmp_path / 'two' / 'same.txt'}: has the same article IRI as "
                               f"{tmp_path / 'one' / 'same.txt'} ({article_iri('same')}); "
                               "rename one of them: the IRI comes from the file name")


@pytest.mark.parametrize(("output", "fmt", "error"), [
    ("out.rdf", None, UsageError),
    ("out.ttl", "nt", UsageError),
    ("missing-dir/out.ttl", None, InputError),
])
def test_convert_files_fails_before_reading_any_article(tmp_path, monkeypatch, output, fmt, error):
    import kg.pipeline

    def no_reading(*args, **kwargs):
        raise AssertionError("an article was read")

    monkeypatch.setattr(kg.pipeline, "read_article", no_reading)
    with pytest.raises(error):
        convert_files([str(tmp_path)], str(tmp_path / output), fmt)
    assert list(tmp_path.iterdir()) == []


def test_convert_files_with_a_missing_lexicon_fails_before_any_article(tiny_articles, tmp_path):
    out = tmp_path / "out.ttl"
    with pytest.raises(InputError, match="no such lexicon file"):
        convert_files([str(tiny_articles())], str(out), lexicon_files=(str(tmp_path / "none.yaml"),))
    assert not out.exists()


def test_convert_files_one_article_to_stdout_as_turtle(tiny_articles, capsys):
    result = convert_files([str(tiny_articles())], None)

    assert result.ok and result.fmt == "turtle"
    assert isomorphic(Graph().parse(data=capsys.readouterr().out, format="turtle"), result.converted[0].graph)


def test_convert_files_several_articles_into_turtle_give_the_union(tiny_articles, tmp_path):
    paths = [str(tiny_articles("a")), str(tiny_articles("b"))]
    out = tmp_path / "out.ttl"

    result = convert_files(paths, str(out))

    union = Graph()
    for item in result.converted:
        union += item.graph
    assert isomorphic(Graph().parse(out, format="turtle"), union)
    assert Path(out).read_text(encoding="utf-8").startswith("@prefix")
