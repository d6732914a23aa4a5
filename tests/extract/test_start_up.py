"""What makes the extract stage start fast changes nothing it computes: the cached lexicon and ruler
forms are those built from the files, the model's verification cache still refuses a changed file,
the tokenizer is the model's own, the lemma index answers as the list did, and spaCy's command line
is imported only when used (issue 11)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from kg import cache
from kg.errors import ModelError
from kg.extract import lexicon as lexicon_module
from kg.extract import model as model_module
from kg.extract.lexicon import load_lexicon
from kg.extract.model import EXCLUDED, IndexList, PhraseRuler, check_model, ruler_forms, ruler_patterns

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


@pytest.fixture
def cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _same(a, b) -> bool:
    """Equal values of the same types all the way down (the lexicon's dataclasses compare by identity)."""
    if type(a) is not type(b):
        return False
    if hasattr(a, "__dataclass_fields__"):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in fields(a))
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return a == b


def test_the_cached_lexicon_is_the_lexicon_built_from_the_files(cache_folder):
    lexicon_module._packaged.cache_clear()
    try:
        first = lexicon_module._packaged()  # built, and written to the cache
        (entry,) = cache_folder.glob("lexicon-*.json")
        lexicon_module._packaged.cache_clear()
        read = lexicon_module._packaged()
        built = lexicon_module._build_packaged()
        assert read is not first and _same(read, built) and _same(first, built)
        assert len(read.lemma_triggers.verbs) > 100 and read.lemma_triggers.phrasal

        entry.write_text('{"c": ["Lexicon", {"organizations": ', encoding="utf-8")  # corrupt: rebuilt
        lexicon_module._packaged.cache_clear()
        assert _same(lexicon_module._packaged(), built)
        assert json.loads(entry.read_text(encoding="utf-8"))["c"][0] == "Lexicon"
    finally:
        lexicon_module._packaged.cache_clear()


def test_a_lexicon_value_of_an_unknown_type_is_not_cached():
    with pytest.raises(TypeError):
        lexicon_module._encode({"a": {1, 2}})  # a set (not frozen) is no type of the lexicon
    value = {("call", "on"): "Appeal", "x": (frozenset({"a"}), [1, None, True])}
    assert lexicon_module._decode(json.loads(json.dumps(lexicon_module._encode(value)))) == value


def test_the_cached_ruler_forms_are_the_ruler_patterns(cache_folder):
    lexicon = load_lexicon()
    built = ruler_forms(lexicon)  # built, and written to the cache
    (entry,) = cache_folder.glob("ruler-*.json")
    read = ruler_forms(lexicon)
    assert read == built == {p["pattern"]: (p["label"], p["id"]) for p in ruler_patterns(lexicon)}
    from_forms, from_patterns = PhraseRuler(None), PhraseRuler(None)
    from_forms.add_forms(read)
    from_patterns.add_patterns(ruler_patterns(lexicon))
    assert (from_forms.forms, from_forms.initials, from_forms.longest) == (
        from_patterns.forms, from_patterns.initials, from_patterns.longest)
    entry.write_text("[1, 2", encoding="utf-8")  # corrupt: rebuilt
    assert ruler_forms(lexicon) == built


@pytest.fixture
def model_copy(tmp_path) -> Path:
    copy = tmp_path / "model" / "en_core_web_sm-3.8.0"
    shutil.copytree(check_model().directory, copy)
    return copy



def test_the_model_files_are_hashed_once_and_a_change_is_still_refused(model_copy, cache_folder, fresh_checks,
                                                                        monkeypatch):
    hashed = []
    real_digest = hashlib.file_digest
    monkeypatch.setattr(hashlib, "file_digest", lambda f, d: hashed.append(f.name) or real_digest(f, d))
    identity = check_model(model_copy).identity
    assert len(hashed) == 24 and list(cache_folder.glob("model-files-*.json"))

    model_module._checked.cache_clear()
    hashed.clear()
    assert check_model(model_copy).identity == identity
    assert hashed == []  # unchanged files: the cache's word

    # A byte changed, the size and the modification time put back: the inode's change time
    # (which no program sets) gives it away, and the file is hashed and refused.
    weights = model_copy / "ner" / "model"
    before = weights.stat()
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0x01
    weights.write_bytes(bytes(data))
    os.utime(weights, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert weights.stat().st_size == before.st_size and weights.stat().st_mtime_ns == before.st_mtime_ns
    model_module._checked.cache_clear()
    with pytest.raises(ModelError) as caught:
        check_model(model_copy)
    assert "ner/model" in str(caught.value) and "sha256" in str(caught.value)
    assert str(weights) in hashed


def test_the_model_is_checked_with_an_unwritable_cache(model_copy, monkeypatch, tmp_path, fresh_checks):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert check_model(model_copy).identity == model_module.model_identity()


@pytest.fixture(scope="module")
def fresh_pipeline():
    """The pipeline as `kg.extract.model` loads it, built anew (not the process's shared one)."""
    return model_module._loaded.__wrapped__(None, load_lexicon())


def test_the_tokenizer_is_the_models_own(fresh_pipeline):
    import spacy

    stock = spacy.load(check_model().directory, exclude=list(EXCLUDED))
    assert fresh_pipeline.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        assert [t.text for t in fresh_pipeline.tokenizer(text)] == [t.text for t in stock.tokenizer(text)]


def test_the_lemma_index_answers_as_the_list_did(fresh_pipeline):
    import spacy

    table = fresh_pipeline.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(type(words) is IndexList for words in table.values())
    words = next(iter(table.values()))
    assert list(words) == words and words[0] in words and "zzzz-not-a-word" not in words

    plain = spacy.load(check_model().directory, exclude=list(EXCLUDED))  # the model's own lists
    plain_table = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(w) is list and w == table[k] for k, w in plain_table.items())
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    for ours, theirs in zip(fresh_pipeline.pipe(texts), plain.pipe(texts)):
        assert [(t.lemma_, t.pos_) for t in ours] == [(t.lemma_, t.pos_) for t in theirs]


def test_spacys_command_line_is_imported_only_when_used():
    code = (
        "import sys\n"
        "import kg.extract.extractor\n"
        "late = [m for m in ('spacy.cli._util', 'weasel', 'httpx', 'rich', 'requests') if m in sys.modules]\n"
        "import spacy\n"
        "version = spacy.info()['spacy_version']\n"
        "from spacy.cli import download\n"
        "import spacy.cli\n"
        "print(late, version == spacy.__version__, callable(download), spacy.cli.__file__.endswith('__init__.py'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "True", "True", "True"]


def test_catalogue_finds_the_same_entry_points_by_group():
    import importlib.metadata

    import catalogue

    import kg.extract  # noqa: F401 - groups them

    grouped = catalogue.AVAILABLE_ENTRY_POINTS
    assert isinstance(grouped, dict) and grouped
    every = importlib.metadata.entry_points()
    groups = {entry.group for group in dict.values(every) for entry in group} if isinstance(every, dict) \
        else {entry.group for entry in every}
    assert set(grouped) == groups
    for group, entries in grouped.items():
        assert list(entries) == list(every.select(group=group))
