"""Tests of kg.rdf.formats: one table of the formats, one guesser, and its two defaults."""
from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.rdf.formats import (EXTENSIONS, FORMAT_NAMES, FORMATS, OXIGRAPH_FORMATS, QUAD_FORMATS, guess_format,
                            resolve_format)


def test_formats_every_table_names_the_same_formats():
    assert set(EXTENSIONS.values()) == set(FORMATS)
    assert set(OXIGRAPH_FORMATS) == set(FORMATS)
    assert set(FORMAT_NAMES) == set(FORMATS)
    assert QUAD_FORMATS <= set(FORMATS)


@pytest.mark.parametrize("path, fmt", [
    ("a.ttl", "turtle"), ("a.NT", "nt"), ("a.json", "json-ld"), ("a.jsonld", "json-ld"),
    ("a.trig", "trig"), ("dir.v2/a.nq", "nquads")])
def test_guess_format_reads_the_extension_in_any_case(path, fmt):
    assert guess_format(path) == fmt
    assert resolve_format(path, None) == fmt


@pytest.mark.parametrize("path", ["a.ttl", "a.TRIG", "a.nq"])
def test_guess_format_default_is_only_for_an_extension_it_does_not_know(path):
    assert guess_format(path, default="turtle") == guess_format(path)


@pytest.mark.parametrize("path", ["graph.rdf", "graph", "dir.ttl/graph.xml"])
def test_guess_format_without_a_default_names_the_allowed_extensions(path):
    """Writing, loading and querying files: an unknown extension is an error."""
    with pytest.raises(UsageError) as caught:
        guess_format(path)
    message = str(caught.value)
    assert "cannot tell the RDF format from the extension" in message
    for extension in EXTENSIONS:
        assert extension in message


@pytest.mark.parametrize("path", ["graph.rdf", "graph", "dir.ttl/graph.xml"])
def test_guess_format_with_a_default_gives_it(path):
    """``kg validate`` reads any other file as Turtle."""
    assert guess_format(path, default="turtle") == "turtle"


def test_resolve_format_prefers_the_given_format_and_writes_turtle_to_stdout():
    assert resolve_format("a.ttl", "nquads") == "nquads"
    assert resolve_format(None, None) == resolve_format("-", None) == "turtle"
    with pytest.raises(UsageError, match="unknown RDF format 'rdfxml'"):
        resolve_format("a.ttl", "rdfxml")
