"""Tests of paging (kg/store/paging.py): over a store, a listing query answers for one page of articles (by IRI),
says so on stderr, and --page, --page-size and --all choose what it covers."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cli import app
from kg.rdf.mint import article_iri

EXAMPLE_IRI = str(article_iri("belarus-2020-09-21"))  # sorts before the other one
SHARED_IRI = str(article_iri("russia-belarus-2020-09-22"))


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


@pytest.fixture
def store(store_graph_files, tmp_path, clean_endpoint_env):
    path = tmp_path / "store"
    assert run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--store", path).exit_code == 0
    return path


@pytest.mark.parametrize("name", ["events", "timeline", "entities", "statements"])
def test_paging_a_page_is_the_query_over_its_articles(store, name):
    pages = [run_kg("query", name, "--store", store, "--page", n, "--page-size", 1, "--format", "csv")
             for n in (1, 2)]
    alone = [run_kg("query", name, "--store", store, "--graph", iri, "--format", "csv")
             for iri in (EXAMPLE_IRI, SHARED_IRI)]

    assert [page.exit_code for page in pages] == [0, 0]
    assert [page.stdout for page in pages] == [one.stdout for one in alone]
    assert pages[0].stderr == ("note: rows of articles 1-1 of 2 (page 1 of 2, articles in IRI order); --page 2 for "
                               "the next, --page-size N for bigger pages, --all for every article at once (slow on "
                               "a large store)\n")
    assert "--page 3" not in pages[1].stderr and pages[1].stderr.startswith("note: rows of articles 2-2 of 2")


def test_paging_all_and_a_page_that_holds_every_article_are_the_whole_union(store):
    whole = run_kg("query", "events", "--store", store, "--all", "--format", "csv")
    default = run_kg("query", "events", "--store", store, "--format", "csv")  # 2 articles: one page of 20

    assert whole.exit_code == default.exit_code == 0
    assert whole.stdout == default.stdout and whole.stderr == default.stderr == ""
    assert {EXAMPLE_IRI, SHARED_IRI} <= {line.split(",")[0].rsplit("/event/", 1)[0]
                                         for line in whole.stdout.splitlines()[1:]}


def test_paging_a_parameter_or_a_count_answers_whole(store):
    timeline = run_kg("query", "timeline", "--store", store, "--page-size", 1, "--param", f"article=<{SHARED_IRI}>",
                      "--format", "csv")
    counted = run_kg("query", "events_by_type", "--store", store, "--page-size", 1)

    assert timeline.exit_code == counted.exit_code == 0
    assert timeline.stderr == counted.stderr == ""
    assert {line.split(",")[-1] for line in timeline.stdout.splitlines()[1:]} == {SHARED_IRI}


@pytest.mark.parametrize(("args", "stderr"), [
    (["--page", "3", "--page-size", "1"], "error: --page 3 is past the last page: 2 articles make 2 pages of 1; "
                                          "give --page 1 to 2\n"),
    (["--page", "0"], "error: --page and --page-size count from 1; e.g. --page 2 --page-size 50\n"),
    (["--all", "--page", "2"], "error: --all and --page/--page-size both given; give --all, or a page\n"),
])
def test_paging_options_that_do_not_fit_are_usage_errors(store, args, stderr):
    result = run_kg("query", "events", "--store", store, *args)

    assert result.exit_code == 2
    assert result.stderr == stderr


def test_paging_needs_a_store(store_graph_files):
    result = run_kg("query", "events", store_graph_files["example"], "--page", "2")

    assert result.exit_code == 2
    assert result.stderr.startswith("error: --page, --page-size and --all page a store's articles; add --store")
