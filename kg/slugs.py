"""Slugs: the lowercase ASCII form of a name, shared by extraction (entity identity keys such as
``person/vladimir-putin``) and the RDF stage (IRI path segments, `kg.rdf.mint`).

Letters of any script are transliterated by anyascii (``Łódź`` -> ``lodz``, ``Москва`` ->
``moskva``, ``北京`` -> ``beijing``): a name written in its own script gets a slug a reader can
tell apart and type, where dropping the non-ASCII letters left ``odz`` or nothing. Text that
still gives no ASCII letter or digit (symbols, private-use characters) gets a short hash.

A name whose letters mix scripts (``Vladimir Рutin``, a Cyrillic Р among Latin letters: a homoglyph)
gets its slug, ``--`` and the hash of the name: transliterated alone it would be ``vladimir-rutin``,
the slug of the Latin name ``Vladimir Rutin``, and no single-script name's slug holds ``--``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

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
    8 hex digits of its SHA-1 (`short_hash`). Text whose letters mix scripts
    (`mixes_scripts`) gets ``--`` and that hash after its slug, so it never
    meets the slug of a name written in one script.

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
    >>> slugify("Vladimir \u0420utin"), slugify("Vladimir Rutin")
    ('vladimir-rutin--b881788b', 'vladimir-rutin')
    """
    core = slug_core(text)
    if not core:
        return short_hash(text)
    return f"{core}--{short_hash(text)}" if mixes_scripts(text) else core


# The scripts by the first word of their letters' Unicode names. Letters named otherwise (MASCULINE
# ORDINAL INDICATOR, MODIFIER LETTER ...) belong to none. FULLWIDTH and MATHEMATICAL letters copy Latin and
# Greek ones: look-alikes, so scripts of their own here.
_SCRIPTS = frozenset(
    "LATIN CYRILLIC GREEK COPTIC ARMENIAN HEBREW ARABIC SYRIAC THAANA NKO SAMARITAN DEVANAGARI BENGALI GURMUKHI "
    "GUJARATI ORIYA TAMIL TELUGU KANNADA MALAYALAM SINHALA THAI LAO TIBETAN MYANMAR GEORGIAN HANGUL ETHIOPIC "
    "CHEROKEE CANADIAN OGHAM RUNIC TAGALOG KHMER MONGOLIAN LIMBU BUGINESE BALINESE SUNDANESE JAVANESE CJK "
    "HIRAGANA KATAKANA BOPOMOFO YI LISU VAI BAMUM GLAGOLITIC TIFINAGH OSAGE ADLAM FULLWIDTH HALFWIDTH "
    "MATHEMATICAL".split())
# Scripts one name mixes by nature: Japanese writes Han with kana, Korean Hangul with Han.
_SCRIPT_FAMILIES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "HALFWIDTH": "CJK"}


def mixes_scripts(text: str) -> bool:
    """Whether the letters of `text` come from more than one script (by their Unicode names: LATIN,
    CYRILLIC, GREEK, ...; digits, marks and punctuation belong to none).

    >>> mixes_scripts("Vladimir \u0420utin"), mixes_scripts("Владимир Путин"), mixes_scripts("Łódź-2"), mixes_scripts("東京タワー")
    (True, False, False, False)
    """
    scripts = set()
    for character in text:
        if unicodedata.category(character).startswith("L"):
            name = re.split("[ -]", unicodedata.name(character, ""), maxsplit=1)[0]
            if name in _SCRIPTS:
                scripts.add(_SCRIPT_FAMILIES.get(name, name))
            if len(scripts) > 1:
                return True
    return False
