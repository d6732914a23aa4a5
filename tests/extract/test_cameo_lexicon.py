"""The packaged CAMEO lexicons (kg/lexicons/cameo_triggers.yaml, actors.yaml) are
well-formed, consistent with cameo_map.yaml and the generic list, and reproducible."""
from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LEX = ROOT / "kg" / "lexicons"
SHARED = ROOT.parent / "shared" / "dictionaries" / "petrarch2"

TYPES = {"Statement", "Denial", "Criticism", "Accusation", "Threat", "Meeting", "Loan",
         "Payment", "Sanction", "Protest", "ForceDisplay", "Restriction", "Arrest", "Release",
         "Assault", "DataLeak", "Election"}


def load(name):
    return yaml.safe_load((LEX / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def triggers():
    return load("cameo_triggers.yaml")


@pytest.fixture(scope="module")
def cmap():
    return load("cameo_map.yaml")


def type_of(cmap, code):
    for n in range(len(code), 0, -1):
        if code[:n] in cmap["codes"]:
            return cmap["codes"][code[:n]]
    return None


def restriction(cmap, code):
    for n in range(len(code), 0, -1):
        if code[:n] in cmap["restricted"]:
            return cmap["restricted"][code[:n]]
    return None


def entries(triggers):
    for section in ("verbs", "phrasal", "nouns"):
        for key, e in triggers[section].items():
            yield section, key, None, e
    for verb, objs in triggers["verb_objects"].items():
        for obj, e in objs.items():
            yield "verb_objects", verb, obj, e


def test_sections_parse(triggers):
    assert set(triggers) == {"verbs", "phrasal", "nouns", "verb_objects"}
    assert triggers["verbs"] and triggers["verb_objects"] and triggers["nouns"]


def test_types_and_codes_consistent(triggers, cmap):
    for section, key, obj, e in entries(triggers):
        assert e["type"] in TYPES, (section, key, obj, e)
        assert isinstance(e["cameo"], str)
        if e["type"] in {"DataLeak", "Election"}:
            assert e["cameo"] == "", (key, e)
            continue
        assert type_of(cmap, e["cameo"]) == e["type"], (section, key, obj, e)
        r = restriction(cmap, e["cameo"])
        if r is not None and section in {"verbs", "phrasal"}:
            assert key in r["verbs"], (key, e)
        if r is not None and section == "verb_objects":
            assert obj in r["objects"] or obj.split()[-1] in r["objects"], (key, obj, e)


def test_overrides_applied(triggers, cmap):
    for lemma, code in cmap["verbs"].items():
        e = triggers["verbs"].get(lemma)
        if e is not None:
            assert e["cameo"] == str(code)


def test_no_generic_verb_triggers_alone(triggers):
    generic = {str(w) for w in load("generic_verbs.yaml")["generic"]}
    assert not generic & set(triggers["verbs"])
    assert not generic & set(triggers["phrasal"])


@pytest.mark.parametrize("lemma,type_", [
    ("arrest", "Arrest"), ("detain", "Arrest"), ("condemn", "Criticism"),
    ("accuse", "Accusation"), ("threaten", "Threat"), ("kill", "Assault"),
    ("protest", "Protest"), ("lend", "Loan"), ("release", "Release"), ("deny", "Denial"),
    ("meet", "Meeting"), ("urge", "Statement"),
])
def test_known_verbs(triggers, lemma, type_):
    assert triggers["verbs"][lemma]["type"] == type_


@pytest.mark.parametrize("verb,obj,type_", [
    ("extend", "loan", "Loan"), ("impose", "sanction", "Sanction"),
    ("impose", "curfew", "Restriction"), ("hold", "talk", "Meeting"),
    ("stage", "protest", "Protest"), ("grant", "loan", "Loan"),
])
def test_known_verb_objects(triggers, verb, obj, type_):
    assert triggers["verb_objects"][verb][obj]["type"] == type_


def test_known_phrasal_and_nouns(triggers):
    assert triggers["phrasal"]["call on"]["type"] == "Statement"
    for noun, type_ in [("arrest", "Arrest"), ("sanction", "Sanction"), ("curfew", "Restriction"),
                        ("loan", "Loan"), ("protest", "Protest"), ("election", "Election")]:
        assert triggers["nouns"][noun]["type"] == type_


def test_actors():
    actors = load("actors.yaml")
    agents = actors["agents"]
    assert agents["police"]["code"] == "COP"
    assert "protesters" in agents["protester"]["forms"]
    orgs = {o["label"]: o for o in actors["organizations"]}
    assert "IMF" in orgs["International Monetary Fund"]["aliases"]
    assert orgs["Boko Haram"]["kind"] == "armed group"
    for o in actors["organizations"]:
        assert o["kind"] in {"IGO", "NGO", "armed group"}
    people = {p["label"]: p for p in actors["people"]}
    assert people["Vladimir Putin"]["country"] == "RU"
    assert people["Angela Merkel"]["country"] == "DE"
    assert people["Recep Tayyip Erdogan"]["country"] == "TR"
    # names only: no title or description among the variants ("Chancellor Merkel", "Obama Administration")
    assert people["Angela Merkel"]["aliases"] == ["Angela Dorothea Merkel"]
    assert all(len(p["country"]) == 2 and p["country"].isupper() for p in actors["people"])


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared dictionaries not available")
def test_script_reproduces_packaged_files():
    spec = importlib.util.spec_from_file_location("make_cameo_lexicon",
                                                  ROOT / "scripts" / "make_cameo_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.TemporaryDirectory() as tmp:
        assert mod.main(["--dictionaries", str(SHARED), "--out", tmp]) == 0
        for name in ("cameo_triggers.yaml", "actors.yaml"):
            assert (Path(tmp) / name).read_bytes() == (LEX / name).read_bytes(), name
