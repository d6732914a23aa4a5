"""The cache of compiled artefacts (`kg.cache`): entries read back as written, a corrupt or missing
entry reads as None, an unwritable cache is skipped, and writing leaves no partial file."""
from __future__ import annotations

import pytest

from kg import cache


@pytest.fixture
def folder(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_an_entry_reads_back_as_written(folder):
    value = {"forms": {"Minsk": ["GPE", "city/minsk-by"]}, "n": 3, "ok": True, "none": None, "ü": "’"}
    cache.write_entry("demo", "abc", value)
    assert cache.read_entry("demo", "abc") == value
    assert [p.name for p in folder.iterdir()] == ["demo-abc.json"]  # no temporary file left behind


def test_a_missing_or_corrupt_entry_reads_as_none(folder):
    assert cache.read_entry("demo", "nothing") is None
    folder.mkdir()
    (folder / "demo-bad.json").write_text('{"forms": ', encoding="utf-8")
    assert cache.read_entry("demo", "bad") is None


def test_an_unwritable_cache_is_skipped(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    cache.write_entry("demo", "abc", {"a": 1})  # mkdir fails: no error
    assert cache.read_entry("demo", "abc") is None


def test_a_value_that_is_no_json_is_not_written(folder):
    cache.write_entry("demo", "abc", {"a": object()})
    assert cache.read_entry("demo", "abc") is None
    assert not list(folder.iterdir())  # the temporary file is removed


def test_the_digest_tells_every_list_of_sources_apart():
    assert cache.source_digest("x", b"ab", "c") != cache.source_digest("x", b"a", "bc")
    assert cache.source_digest("x", b"a") != cache.source_digest("y", b"a")
    assert cache.source_digest("x", "a") == cache.source_digest("x", b"a")
