"""Tests of kg.pipeline: the output checks that fail a run before any article is read."""
from __future__ import annotations


import pytest
from rdflib import Literal

from kg.errors import InputError, UsageError
from kg.pipeline import check_output, output_format


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


# ---- the same graph for the same input (issue 12, finding 8)


def test_issue_12_the_same_file_gives_the_same_graph_from_any_path(tiny_articles, monkeypatch):
    """nkg:sourceFile records the file's name: a relative and an absolute path give one graph, and
    no local directory is written into it."""
    from rdflib.compare import isomorphic

    from kg.pipeline import convert_article
    from kg.rdf.namespace import NKG

    path = tiny_articles("report-2021-03-02")
    monkeypatch.chdir(path.parent.parent)
    relative = convert_article(path.relative_to(path.parent.parent)).graph
    absolute = convert_article(path.resolve()).graph
    assert isomorphic(relative, absolute)
    assert set(absolute.objects(None, NKG.sourceFile)) == {Literal("report-2021-03-02.txt")}
    written = absolute.serialize(format="nt")
    assert str(path.parent) not in written and path.parent.name not in written
