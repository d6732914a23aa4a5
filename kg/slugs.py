"""Slugs: the lowercase ASCII form of a name, shared by extraction (entity identity keys such as
``person/vladimir-putin``) and the RDF stage (IRI path segments, `kg.rdf.mint`).

Letters of any script are transliterated by anyascii (``Łódź`` -> ``lodz``, ``Москва`` ->
``moskva``, ``北京`` -> ``beijing``): a name written in its own script gets a slug a reader can
tell apart and type, where dropping the non-ASCII letters left ``odz`` or nothing. Text that
still gives no ASCII letter or digit (symbols, private-use characters) gets a short hash.
"""
from __future__ import annotations

import hashlib
import re

from anyascii import anyascii

MAX_SLUG = 64
"""The longest slug, in characters."""
_APOSTROPHES = re.compile(r"['\u2019\u02bc]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def short_hash(text: str) -> str:
    """8 hex digits of the SHA-1 of `text`: the slug of what cannot be transliterated, and
    `kg.rdf.mint`'s mark that tells two texts with one slug apart.

    >>> short_hash("Москва")
    '39ef3db3'
    """
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def slug_core(text: str) -> str:
    """The slug of `text` as far as it goes: empty when nothing in it transliterates to an ASCII
    letter or digit (`slugify` then hashes it).

    >>> slug_core("Ελλάδα"), slug_core("\ue000")
    ('ellada', '')
    """
    ascii_text = anyascii(_APOSTROPHES.sub("", text))
    slug = _NOT_SLUG.sub("-", _APOSTROPHES.sub("", ascii_text).lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


def slugify(text: str) -> str:
    """A lowercase ASCII slug of `text`: letters, digits and single hyphens.

    Letters are transliterated to ASCII (anyascii: accents dropped, other
    scripts romanised), apostrophes vanish, other runs of characters become
    one hyphen, and the result is cut to 64 characters. It is never empty:
    text with nothing that transliterates to an ASCII letter or digit gives
    8 hex digits of its SHA-1 (`short_hash`).

    >>> slugify("Sviatlana Tsikhanouskaya")
    'sviatlana-tsikhanouskaya'
    >>> slugify("Lukashenko’s government")
    'lukashenkos-government'
    >>> slugify("Łódź  Café")
    'lodz-cafe'
    >>> slugify("Москва"), slugify("北京")
    ('moskva', 'beijing')
    >>> slugify("\ue000\ue001")
    'af16183a'
    """
    return slug_core(text) or short_hash(text)
