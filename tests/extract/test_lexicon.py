"""Lexicons: the packaged files load, and a user lexicon extends them or fails clearly."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.extract.lexicon import load_lexicon

CONTRACT_TYPES = {"Statement", "Denial", "Criticism", "Accusation", "Threat", "Meeting", "Loan", "Payment",
                  "Sanction", "Protest", "ForceDisplay", "Restriction", "Arrest", "Release", "Assault",
                  "DataLeak", "Election"}


def test_lexicon_packaged_covers_every_event_type():
    lexicon = load_lexicon()
    assert set(lexicon.cameo) == CONTRACT_TYPES
    assert {g.type for g in lexicon.trigger_groups} == CONTRACT_TYPES
    assert lexicon.cameo["Loan"] == "071" and lexicon.cameo["Arrest"] == "173"


def test_lexicon_words_keep_yes_no_on_as_words():
    words = load_lexicon().words
    assert "on" in words["name_connectors"] and "No" in words["not_names"]


def test_lexicon_user_file_adds_entries(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "organizations:\n  - {label: Acme Mining, aliases: [Acme], country: ZA}\n"
        "people:\n  - {label: Ada Lovelace, aliases: [Lovelace]}\n"
        "titles:\n  heads: [Chief Scientist]\n"
        "groups:\n  heads: [miners]\n"
        "events:\n  Protest:\n    groups:\n      - {triggers: [walked out, walkout]}\n",
        encoding="utf-8")
    lexicon = load_lexicon((str(path),))
    assert any(o.label == "Acme Mining" and o.country == "ZA" for o in lexicon.organizations)
    assert any(p.label == "Ada Lovelace" for p in lexicon.people)
    assert "Chief Scientist" in lexicon.title_heads and "miners" in lexicon.group_heads
    assert ("walked", "out") in next(g for g in lexicon.trigger_groups if g.type == "Protest").triggers


BAD_LEXICONS = {
    "unknown-type": ("events:\n  Picnic:\n    groups:\n      - {triggers: [picnic]}\n", ":2: unknown event type 'Picnic'"),
    "org-without-label": ("organizations:\n  - {aliases: [X]}\n", ":2: an organisation entry needs a 'label'"),
    "bad-country": ("organizations:\n  - {label: X Corp, country: Narnia}\n", ":2: country 'Narnia' is not"),
    "bad-option": ("events:\n  Loan:\n    groups:\n      - {triggers: [loan], colour: red}\n", ":4: unknown trigger option"),
    "not-yaml": ("organizations: [\n", "is not valid YAML"),
    "key-twice": ("events:\n  Protest:\n    triggers: [sat in]\n  Protest:\n    triggers: [sat down]\n",
                  ":4: is not valid YAML (the key 'Protest' is given twice)"),
    "unknown-section": ("planets: [Mars]\n", "unknown section(s) ['planets']"),
}


@pytest.mark.parametrize("name", sorted(BAD_LEXICONS))
def test_lexicon_bad_user_file_names_file_and_line(tmp_path, name):
    text, expected = BAD_LEXICONS[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_lexicon((str(path),))
    assert caught.value.message.startswith(str(path)) and expected in caught.value.message


def test_lexicon_people_since_2014_join_the_actor_dictionaries_people():
    from importlib import resources

    import yaml

    from kg.extract.gazetteer import load_gazetteer

    leaders = yaml.safe_load(resources.files("kg.lexicons").joinpath("leaders.yaml").read_text(encoding="utf-8"))
    labels = [item["label"] for item in leaders["people"]]
    assert len(labels) == len(set(labels)), "a person listed twice"
    countries = set(load_gazetteer().country_label)
    assert all(item["country"] in countries for item in leaders["people"]), "a country the gazetteer lacks"
    people = load_lexicon().actor_people
    assert people["donald trump"] == "US" and people["william ruto"] == "KE"
    assert people["vladimir putin"] == "RU"  # the actor dictionaries' people stay
