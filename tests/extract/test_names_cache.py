"""The compiled name tables' cache (`kg.extract.names`): the same tables whether built or read back,
rebuilt when the cache is corrupt, keyed by what they are built from, never failing a run."""
from __future__ import annotations

import json

import yaml

from kg.extract import names
from kg.extract.lexicon import _load_generated, _load_yaml, load_lexicon
from kg.resources import lexicon_file


def _tables(monkeypatch, folder):
    monkeypatch.setenv(names.CACHE_ENV, str(folder))
    names.name_tables.cache_clear()
    return names.name_tables(load_lexicon())


def test_name_tables_read_back_from_the_cache_are_the_tables_built(monkeypatch, tmp_path):
    built = _tables(monkeypatch, tmp_path)
    (cache,) = tmp_path.glob("names-*.json")
    read = _tables(monkeypatch, tmp_path)
    assert read is not built
    assert (read.phrases, read.exact, read.longest, read.org_country, read.country_labels) == (
        built.phrases, built.exact, built.longest, built.org_country, built.country_labels)
    assert cache.name == f"names-{names.cache_key(load_lexicon())}.json"


def test_a_corrupt_cache_is_rebuilt_and_replaced(monkeypatch, tmp_path):
    built = _tables(monkeypatch, tmp_path)
    (cache,) = tmp_path.glob("names-*.json")
    cache.write_text('{"phrases": ', encoding="utf-8")
    again = _tables(monkeypatch, tmp_path)
    assert again.phrases == built.phrases
    assert json.loads(cache.read_text(encoding="utf-8"))["longest"] == built.longest


def test_a_user_lexicon_has_its_own_cache_key(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("organizations:\n  - {label: Acme Watch, aliases: [AW]}\n", encoding="utf-8")
    assert names.cache_key(load_lexicon((str(extra),))) != names.cache_key(load_lexicon())


def test_a_cache_that_cannot_be_written_is_skipped(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    tables = _tables(monkeypatch, blocker / "cache")  # mkdir fails: the run goes on
    assert tables.phrases["minsk"].kind in ("capital", "city")
    names.name_tables.cache_clear()


def test_generated_lexicons_read_the_same_with_the_fast_loader():
    for name in ("cameo_triggers.yaml", "group_heads.yaml"):
        text = lexicon_file(name).read_text(encoding="utf-8")
        slow = yaml.safe_dump(_strip(_load_yaml(text, name)), sort_keys=True)
        assert yaml.safe_dump(_load_generated(name), sort_keys=True) == slow, name


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if not str(k).startswith("__")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value
