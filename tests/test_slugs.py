"""`kg.slugs`: the slug of a name, shared by extraction (identity keys) and the RDF stage (IRIs)."""
from __future__ import annotations

import re

import pytest

from hypothesis import given
from hypothesis import strategies as st

from kg.rdf.mint import segment
from kg.slugs import mixes_scripts, short_hash, slugify


def test_slugify_examples():
    assert slugify("Alexander Lukashenko") == "alexander-lukashenko"
    assert slugify("Café  Zürich!") == "cafe-zurich"
    assert slugify("---") == slugify("---")
    assert re.fullmatch(r"[0-9a-f]{8}", slugify("---"))
    assert slugify("") != ""


@pytest.mark.parametrize(("name", "slug"), [
    ("Łódź", "lodz"), ("Москва", "moskva"), ("Ελλάδα", "ellada"), ("北京", "beijing"), ("Straße", "strasse"),
    ("Lukashenko’s", "lukashenkos"),
])
def test_issue_12_slugs_transliterate_other_scripts(name, slug):
    assert slugify(name) == slug


def test_issue_12_slugs_keep_the_hash_for_what_cannot_be_transliterated():
    untransliterable = "\ue000\ue001"  # private-use characters: no ASCII form
    assert slugify(untransliterable) == short_hash(untransliterable)
    # IRI segments still tell apart two texts that share a slug: the hash of the text follows
    assert segment("Москва") == f"moskva--{short_hash('Москва')}"
    assert segment("Moskva") != segment("Москва")


@given(st.text())
def test_slugify_is_deterministic_and_safe(text):
    slug = slugify(text)
    assert slug == slugify(text)
    if mixes_scripts(text):  # issue 13, W6: the slug and the text's hash, apart from every one-script slug
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*--[0-9a-f]{8}", slug) and slug.endswith(short_hash(text))
    else:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)


@pytest.mark.parametrize(("mixed", "single"), [
    ("Vladimir \u0420utin", "Vladimir Rutin"),   # a Cyrillic Р among Latin letters
    ("Vlad\u0456mir Putin", "Vladimir Putin"),  # a Cyrillic і
    ("\u0391thens", "Athens"),            # a Greek Alpha
    ("\uff2daria", "Maria"),              # a fullwidth M
])
def test_issue_13_a_name_mixing_scripts_never_shares_a_slug_with_a_one_script_name(mixed, single):
    assert mixes_scripts(mixed) and not mixes_scripts(single)
    assert slugify(mixed) != slugify(single) and "--" in slugify(mixed) and "--" not in slugify(single)
