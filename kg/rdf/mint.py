"""Stable IRIs for everything the graph names: the only module that forms them.

Input: entity keys (``country/BY``, ``person/vladimir-putin``), article ids,
sentence and event numbers, role parts. Output: `rdflib.URIRef` under
``https://w3id.org/news-kg/id/`` as laid out in ``docs/vocabulary.md``.

Every function here is deterministic, and every IRI it makes is built from the
alphabet ``[a-z0-9-]`` plus ``/`` and the fixed base, so strict parsers
(Oxigraph, serdi) accept it.

Decisions beyond the vocabulary table:

- A path segment that already is a canonical slug (``[a-z0-9]+`` runs joined
  by single hyphens, at most 64 characters) is used as it is; anything else is
  slugified and gets ``--`` and 8 hex digits of the SHA-1 of the original text.
  A canonical slug never contains ``--``, so the two forms cannot meet, and
  two different texts share a segment only if their hashes collide. A key that
  is already of the second form (`kg.slugs.slugify` gives it to a name that
  mixes scripts) is used as it is too.
- Country codes (``country/BY``) are ISO 3166 alpha-2 and so case-insensitive:
  the IRI uses them in lower case, ``id/country/by``.
- Role IRIs are ``id/role/{person-segment}/{title-segment}[/{of-path}]`` where
  the of-path is the entity's own path below ``id/`` (``country/ru``).
"""
from __future__ import annotations

import re
from urllib.parse import quote

from rdflib import URIRef

from kg.rdf.namespace import ID
from kg.slugs import MAX_SLUG, short_hash, slug_core

ENTITY_KINDS = ("person", "organization", "country", "city", "place", "group")
"""The first part of an entity key; ``group`` keys are scoped to their article."""

_CANONICAL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HASHED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*--[0-9a-f]{8}")
_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")
# RFC 3987 characters that may stay as they are in an IRI; everything else in a
# URL taken from an article (spaces, quotes, braces) is percent-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=-._~%"


def segment(text: str) -> str:
    """An IRI path segment for `text`: different texts give different segments.

    A canonical slug is kept as it is; anything else is slugified and
    disambiguated with ``--`` and a short hash of the text.

    >>> segment("riot-police")
    'riot-police'
    >>> segment("Riot Police")
    'riot-police--9ddbb1bd'
    >>> segment("")
    'x--da39a3ee'
    >>> segment("vladimir-rutin--b881788b")  # slugify("Vladimir \u0420utin"): already a segment
    'vladimir-rutin--b881788b'
    """
    if len(text) <= MAX_SLUG and _CANONICAL.fullmatch(text) or len(text) <= MAX_SLUG + 10 and _HASHED.fullmatch(text):
        return text
    return f"{slug_core(text) or 'x'}--{short_hash(text)}"


def _split_key(key: str) -> tuple[str, str]:
    kind, sep, rest = key.partition("/")
    if not sep or kind not in ENTITY_KINDS:
        raise ValueError(
            f"entity key {key!r} does not start with one of {', '.join(k + '/' for k in ENTITY_KINDS)}"
        )
    return kind, rest


def _entity_path(key: str, article_id: str) -> str:
    kind, rest = _split_key(key)
    if kind == "group":
        return f"article/{segment(article_id)}/group/{segment(rest)}"
    if kind == "country" and _COUNTRY_CODE.fullmatch(rest):
        return f"country/{rest.lower()}"
    return f"{kind}/{segment(rest)}"


def entity_iri(key: str, article_id: str) -> URIRef:
    """The IRI of the entity with `key`; `article_id` scopes ``group/`` keys.

    >>> str(entity_iri("country/BY", "a1"))
    'https://w3id.org/news-kg/id/country/by'
    >>> str(entity_iri("person/vladimir-putin", "a1"))
    'https://w3id.org/news-kg/id/person/vladimir-putin'
    >>> str(entity_iri("group/riot-police", "belarus-2020-09-21"))
    'https://w3id.org/news-kg/id/article/belarus-2020-09-21/group/riot-police'

    Raises ValueError for a key whose kind is not one of `ENTITY_KINDS`.
    """
    return ID[_entity_path(key, article_id)]


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article: ``id/article/{article-id}``.

    >>> str(article_iri("voa-6202743"))
    'https://w3id.org/news-kg/id/article/voa-6202743'
    """
    return ID[f"article/{segment(article_id)}"]


def sentence_iri(article_id: str, index: int) -> URIRef:
    """The IRI of sentence number `index` of an article."""
    return ID[f"article/{segment(article_id)}/sentence/{int(index)}"]


def event_iri(article_id: str, index: int) -> URIRef:
    """The IRI of event number `index` (its position in `Facts.events`)."""
    return ID[f"article/{segment(article_id)}/event/{int(index)}"]


def amount_iri(event: URIRef) -> URIRef:
    """The IRI of an event's monetary amount: ``{event-iri}/amount``."""
    return URIRef(f"{event}/amount")


def count_iri(event: URIRef) -> URIRef:
    """The IRI of an event's people count: ``{event-iri}/count``."""
    return URIRef(f"{event}/count")


def role_iri(person_key: str, title: str, of_key: str | None, article_id: str) -> URIRef:
    """The IRI of the role `title` held by a person, in `of_key` when known.

    >>> str(role_iri("person/anton-siluanov", "finance-minister", "country/RU", "a1"))
    'https://w3id.org/news-kg/id/role/anton-siluanov/finance-minister/country/ru'

    Raises ValueError when `person_key` is not a ``person/`` key.
    """
    kind, rest = _split_key(person_key)
    if kind != "person":
        raise ValueError(f"a role holder must be a person/ key, not {person_key!r}")
    path = f"role/{segment(rest)}/{segment(title)}"
    if of_key is not None:
        path += "/" + _entity_path(of_key, article_id)
    return ID[path]


def extraction_iri(article_id: str) -> URIRef:
    """The IRI of the extraction activity that read an article."""
    return ID[f"article/{segment(article_id)}/extraction"]


def software_iri(name: str, version: str) -> URIRef:
    """The IRI of a software release: ``id/software/{name}/{version}``.

    Versions keep their dots: ``0.1.0`` is a segment as it is.

    >>> str(software_iri("news-kg", "0.1.0"))
    'https://w3id.org/news-kg/id/software/news-kg/0.1.0'
    """
    if re.fullmatch(r"[0-9a-z]+(?:[.-][0-9a-z]+)*", version):
        version_segment = version
    else:
        version_segment = segment(version)
    return ID[f"software/{segment(name)}/{version_segment}"]


def url_iri(url: str) -> URIRef:
    """An article's URL as an IRI, with unsafe characters percent-encoded.

    >>> str(url_iri("https://example.org/a b"))
    'https://example.org/a%20b'

    Raises ValueError when the result is still no absolute IRI (e.g. no scheme).
    """
    import pyoxigraph  # here, not at the top: only an article with a URL needs it

    iri = quote(url.strip(), safe=_URL_SAFE)
    try:
        pyoxigraph.NamedNode(iri)
    except ValueError as error:
        raise ValueError(f"{url!r} is not an absolute IRI ({error})") from None
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri):
        raise ValueError(f"{url!r} is not an absolute IRI (no scheme)")
    return URIRef(iri)
