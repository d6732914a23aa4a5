"""Listings are complete by default, over files, a store and a server; --limit and --offset give fewer
rows (issue 12, finding 1). Every endpoint option is taken by every command that talks to a server."""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from kg.rdf.mint import article_iri
from tests.fixtures.articles import EXAMPLE_ARTICLE
from tests.test_cli import run_kg

COPIES = 25
"""More articles than the 20 a page of a store's listing used to cover."""


def _copy_of(term, old: str, new: str):
    if isinstance(term, ox.NamedNode) and (term.value == old or term.value.startswith(old + "/")):
        return ox.NamedNode(new + term.value[len(old):])
    return term


@pytest.fixture
def many_articles(store_graph_files, tmp_path):
    """An N-Quads file of COPIES copies of the example article, each its own article IRI and graph."""
    # Parsed, not loaded into a store: Oxigraph's store gives an xsd:nonNegativeInteger back as an xsd:integer,
    # and kg load refuses graphs that break the shapes.
    old = str(article_iri("belarus-2020-09-21"))
    example = [ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(old))
               for triple in ox.parse(path=str(store_graph_files["example"]), format=ox.RdfFormat.TURTLE)]
    copies = []
    for number in range(COPIES):
        new = f"{old}-copy-{number:02d}"
        copies.extend([ox.Quad(*(_copy_of(term, old, new) for term in (quad.subject, quad.predicate, quad.object,
                                                                        quad.graph_name)))
                       for quad in example])
    path = tmp_path / "many.nq"
    ox.serialize(copies, str(path), format=ox.RdfFormat.N_QUADS)
    return path


@pytest.fixture
def many_store(many_articles, tmp_path, clean_endpoint_env):
    path = tmp_path / "store"
    assert run_kg("load", many_articles, "--store", path).exit_code == 0
    return path


def rows(result) -> list[list[str]]:
    assert result.exit_code == 0, result.stderr
    return list(csv.reader(io.StringIO(result.stdout)))[1:]


@pytest.mark.parametrize("name", ["events", "loans", "entities", "timeline"])
def test_listings_a_store_answers_every_article_by_default(many_articles, many_store, name):
    over_store = run_kg("query", name, "--store", many_store, "--format", "csv")
    over_file = run_kg("query", name, many_articles, "--format", "csv")

    assert over_store.stderr == ""  # no note of a page: the answer is whole
    assert rows(over_store) == rows(over_file)
    if name in ("events", "timeline"):
        articles = {row[0 if name == "events" else -1].split("/event/")[0] for row in rows(over_store)}
        assert len(articles) == COPIES


def test_listings_limit_and_offset_window_the_rows_over_files_store_and_server(many_articles, many_store,
                                                                                oxigraph_server):
    assert run_kg("load", many_articles, "--endpoint", oxigraph_server).exit_code == 0
    whole = rows(run_kg("query", "events", many_articles, "--format", "csv"))
    targets = ([many_articles], ["--store", many_store], ["--endpoint", oxigraph_server])

    for target in targets:
        window = rows(run_kg("query", "events", *target, "--limit", 7, "--offset", 30, "--format", "csv"))
        first = rows(run_kg("query", "events", *target, "--limit", 7, "--format", "csv"))
        rest = rows(run_kg("query", "events", *target, "--offset", len(whole) - 3, "--format", "csv"))
        assert (window, first, rest) == (whole[30:37], whole[:7], whole[-3:])


def test_listings_a_negative_limit_is_wrong_usage(many_articles):
    result = run_kg("query", "events", many_articles, "--limit", -1)

    assert result.exit_code == 2
    assert result.stderr == "error: --limit and --offset count rows from 0; e.g. --limit 20 --offset 40\n"


def test_listings_every_endpoint_option_on_every_command_that_talks_to_a_server(store_graph_files,
                                                                                 oxigraph_server):
    urls = ["--query-url", f"{oxigraph_server}/query", "--update-url", f"{oxigraph_server}/update",
            "--graph-store-url", f"{oxigraph_server}/store"]
    example = store_graph_files["example"]

    loaded = run_kg("load", example, *urls)
    converted = run_kg("convert", EXAMPLE_ARTICLE, "--load", *urls)
    queried = run_kg("query", "events_by_type", *urls, "--format", "csv")

    assert (loaded.exit_code, converted.exit_code) == (0, 0), loaded.stderr + converted.stderr
    assert rows(queried)
