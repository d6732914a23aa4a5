"""Happenings do not depend on the order or the number of loads (issue 15, "Must show"): the same
articles loaded shuffled, in random chunks, give the same happenings, IRIs and members; ``kg link --store``
computes them for a store loaded without them, and keeps the table of listings fresh."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.store.embedded import open_store
from kg.store.targets import load_files_into_target
from tests.test_cli import run_kg

REPORT = ox.NamedNode("https://w3id.org/news-kg/ns#report")


def _happenings(path: Path) -> dict[str, frozenset[str]]:
    """The store's happenings: IRI -> its reports' IRIs."""
    store = open_store(path, read_only=True)
    found: dict[str, set[str]] = {}
    for quad in store.quads_for_pattern(None, REPORT, None, ox.DefaultGraph()):
        found.setdefault(quad.subject.value, set()).add(quad.object.value)
    del store
    return {iri: frozenset(reports) for iri, reports in found.items()}


def _load_in_chunks(files: list[Path], cuts: list[int]) -> dict[str, frozenset[str]]:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "store"
        bounds = [0, *sorted(set(cuts)), len(files)]
        for start, end in zip(bounds, bounds[1:]):
            if start < end:
                load_files_into_target(files[start:end], store=str(path))
        return _happenings(path)


def test_order_one_load_of_the_corpus_gives_happenings(happening_files):
    happenings = _load_in_chunks(sorted(happening_files.values()), [])
    assert len(happenings) > 5
    assert all(len(reports) >= 2 for reports in happenings.values())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_order_shuffled_corpus_in_random_chunks_gives_the_same_happenings(happening_files, data):
    files = sorted(happening_files.values())
    expected = _load_in_chunks(files, [])
    shuffled = data.draw(st.permutations(files), label="order")
    cuts = data.draw(st.lists(st.integers(1, len(files) - 1), max_size=4), label="cuts")
    # and a reload of some of the articles changes nothing either
    again = data.draw(st.lists(st.sampled_from(files), max_size=3, unique=True), label="reloaded")
    assert _load_in_chunks(list(shuffled) + again, cuts + [len(files)]) == expected


def test_order_kg_link_computes_the_happenings_of_a_store_loaded_without_them(happening_files, tmp_path):
    from kg.store.listings import table_state

    files = sorted(happening_files.values())
    path = tmp_path / "store"
    assert run_kg("load", *files, "--store", path).exit_code == 0
    expected = _happenings(path)
    store = open_store(path)
    store.clear_graph(ox.DefaultGraph())  # as a store loaded before kg linked at every load
    del store
    assert _happenings(path) == {}

    result = run_kg("link", "--store", path)

    assert result.exit_code == 0, result.stderr
    reports = sum(len(members) for members in expected.values())
    assert result.stderr.startswith(f"linked {reports} of ")
    assert result.stderr.endswith(f" reported events into {len(expected)} happenings in {path}\n")
    assert _happenings(path) == expected
    assert not table_state(path).fresh  # the store was written behind kg's back above


def test_order_kg_link_keeps_a_fresh_table_of_listings_fresh(happening_files, tmp_path):
    from kg.store.listings import table_state

    path = tmp_path / "store"
    assert run_kg("load", *sorted(happening_files.values()), "--store", path).exit_code == 0
    assert table_state(path).fresh

    assert run_kg("link", "--store", path).exit_code == 0

    assert table_state(path).fresh


def test_order_kg_link_without_a_store_says_so(tmp_path):
    result = run_kg("link", "--store", tmp_path / "none")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'none'}: no store here; load articles first")


def test_order_kg_convert_load_links_as_kg_load_does(happening_files, tmp_path):
    """``kg convert --load`` writes each chunk through `kg.store.embedded.load_into_store`, which links too."""
    from kg.rdf.files import read_article_graphs
    from kg.store.targets import load_into_target

    files = sorted(happening_files.values())
    path = tmp_path / "store"
    graphs = read_article_graphs(files)
    load_into_target(graphs[:4], store=str(path))
    load_into_target(graphs[4:], store=str(path))
    assert _happenings(path) == _load_in_chunks(files, [])
