"""Slugs: the lowercase ASCII form of a name, shared by extraction (entity identity keys such as
``person/vladimir-putin``) and the RDF stage (IRI path segments, `kg.rdf.mint`)."""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 64
"""The longest slug, in characters."""
_APOSTROPHES = re.compile(r"['\u2019\u02bc]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def slug_core(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", _APOSTROPHES.sub("", ascii_text).lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


def slugify(text: str) -> str:
    """A lowercase ASCII slug of `text`: letters, digits and single hyphens.

    Accents are dropped (NFKD), apostrophes vanish, other runs of characters
    become one hyphen, and the result is cut to 64 characters. It is never
    empty: text with no ASCII letter or digit gives 8 hex digits of its SHA-1.

    >>> slugify("Sviatlana Tsikhanouskaya")
    'sviatlana-tsikhanouskaya'
    >>> slugify("Lukashenko’s government")
    'lukashenkos-government'
    >>> slugify("Łódź  Café")
    'odz-cafe'
    >>> len(slugify("Москва"))
    8
    """
    return slug_core(text) or short_hash(text)
