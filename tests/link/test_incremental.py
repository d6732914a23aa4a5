"""A load links only what its articles may reach (`kg.link.write.link_loaded`), and the store ends as a
linking of every article (`kg link --store`) leaves it: the same happenings, IRIs, members, counts, dates
and participants, whatever the order and the chunks of the loads, and when a load replaces an article
that says something else now (its old reports leave their happenings)."""
from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.link.write
from kg.store.embedded import open_store
from kg.store.happenings import STAMP_FILE
from kg.store.targets import load_files_into_target
from tests.test_cli import run_kg

NKG = "https://w3id.org/news-kg/ns#"
SECOND_MINSK = "https://w3id.org/news-kg/id/article/minsk-rally-2020-09-20"


def _default_graph(path: Path) -> set[tuple[str, str, str]]:
    """Every triple of the store's default graph (its happenings), as text."""
    store = open_store(path, read_only=True)
    found = {(str(quad.subject), str(quad.predicate), str(quad.object))
             for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    del store
    return found


def _relinked(path: Path) -> set[tuple[str, str, str]]:
    """The default graph `kg link --store` computes over every article of the store at `path`."""
    result = run_kg("link", "--store", path)
    assert result.exit_code == 0, result.stderr
    return _default_graph(path)


def _no_full_linking(*args, **kwargs):
    raise AssertionError("the load linked every article instead of what it loaded")


def _incremental():
    """Loads link what they loaded, never every article: however many articles they must read (the small
    corpus would otherwise reach past `FULL_SHARE` and be linked whole)."""
    return mock.patch.multiple(kg.link.write, FULL_SHARE=float("inf"), link_store=_no_full_linking)


def _load(path: Path, files: list[Path], cuts: list[int]) -> None:
    bounds = [0, *sorted(set(cuts)), len(files)]
    for start, end in zip(bounds, bounds[1:]):
        if start < end:
            load_files_into_target(files[start:end], store=str(path))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_incremental_loads_in_any_order_and_chunks_equal_linking_every_article(happening_files, data):
    files = sorted(happening_files.values())
    shuffled = list(data.draw(st.permutations(files), label="order"))
    cuts = data.draw(st.lists(st.integers(1, len(files) - 1), min_size=1, max_size=5), label="cuts")
    again = data.draw(st.lists(st.sampled_from(files), max_size=3, unique=True), label="reloaded")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "store"
        _load(path, shuffled[:1], [])  # an empty store: every article is new, linked whole
        with _incremental():
            _load(path, shuffled[1:] + again, [cut - 1 for cut in cuts] + [len(files) - 1])
        incremental = _default_graph(path)
        assert {triple for triple in incremental if triple[2] == f"<{NKG}Happening>"}, "no happening at all"
        assert incremental == _relinked(path)


def test_incremental_one_article_joins_an_existing_happening(happening_files, tmp_path):
    path = tmp_path / "store"
    others = [file for name, file in sorted(happening_files.items()) if name != "minsk-rally-2020-09-20"]
    _load(path, others, [])
    before = _default_graph(path)
    with _incremental():
        _load(path, [happening_files["minsk-rally-2020-09-20"]], [])
    after = _default_graph(path)
    joined = {subject for subject, predicate, obj in after - before
              if predicate == f"<{NKG}report>" and obj.startswith(f"<{SECOND_MINSK}/")}
    assert joined, "the second report of the march joined no happening"
    assert after == _relinked(path)


def test_incremental_a_replaced_article_leaves_its_happenings(happening_files, tmp_path):
    """The second report of the example's march, reloaded a month later: its protest no longer meets the
    example's, so the happening of the two is gone, and the store is as a linking of every article."""
    path = tmp_path / "store"
    _load(path, sorted(happening_files.values()), [])
    marched = {subject for subject, predicate, obj in _default_graph(path)
               if predicate == f"<{NKG}report>" and obj.startswith(f"<{SECOND_MINSK}/")}
    assert marched
    moved = tmp_path / "minsk-rally-2020-09-20.ttl"
    moved.write_text(happening_files["minsk-rally-2020-09-20"].read_text(encoding="utf-8")
                     .replace('"2020-09-20"^^xsd:date', '"2020-10-25"^^xsd:date'), encoding="utf-8")

    with _incremental():
        _load(path, [moved], [])

    after = _default_graph(path)
    assert not any(obj.startswith(f"<{SECOND_MINSK}/") for _, predicate, obj in after if predicate == f"<{NKG}report>")
    assert not {subject for subject, _, _ in after} & marched  # happenings of two reports, one gone: no happening
    assert after == _relinked(path)


def test_incremental_a_store_written_behind_kgs_back_is_linked_whole(happening_files, tmp_path):
    path = tmp_path / "store"
    files = sorted(happening_files.values())
    _load(path, files, [])
    expected = _default_graph(path)
    assert (path / STAMP_FILE).is_file()
    store = open_store(path)
    store.clear_graph(ox.DefaultGraph())  # another program's write: the stamp no longer matches
    del store

    with mock.patch.object(kg.link.write, "FULL_SHARE", float("inf")):
        _load(path, files[:1], [])  # would link only what it may reach, were the stamp fresh

    assert _default_graph(path) == expected


@pytest.mark.parametrize("share, whole", [(0.0, True), (float("inf"), False)])
def test_incremental_past_full_share_a_load_links_every_article(happening_files, tmp_path, share, whole):
    path = tmp_path / "store"
    files = sorted(happening_files.values())
    _load(path, files[1:], [])
    calls = []
    full = kg.link.write.link_store

    def counted(*args, **kwargs):
        calls.append(args[1:])  # not the store, which would stay open
        return full(*args, **kwargs)

    with mock.patch.multiple(kg.link.write, FULL_SHARE=share, link_store=counted):
        _load(path, files[:1], [])

    assert bool(calls) is whole
    assert _default_graph(path) == _relinked(path)
