"""`kg.slugs`: the slug of a name, shared by extraction (identity keys) and the RDF stage (IRIs)."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kg.slugs import slugify


def test_slugify_examples():
    assert slugify("Alexander Lukashenko") == "alexander-lukashenko"
    assert slugify("Café  Zürich!") == "cafe-zurich"
    assert slugify("---") == slugify("---")
    assert re.fullmatch(r"[0-9a-f]{8}", slugify("---"))
    assert slugify("") != ""


@given(st.text())
def test_slugify_is_deterministic_and_safe(text):
    slug = slugify(text)
    assert slug == slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
