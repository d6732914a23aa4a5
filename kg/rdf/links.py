"""Links from an article's entities to the world's data sets: GeoNames, ISO 3166 and CAMEO (issue 14).

Input: the `kg.facts.Entity` values the extract stage made. Output: a `Links` for each, plain values
that `kg.rdf.build` writes (``owl:sameAs`` a GeoNames feature, ``nkg:countryCode``,
``nkg:cameoActorCode``, ``nkg:aliasPlace``) and `kg.rdf.listing` joins on the events (``nkg:agentCodes``
...), so that a GDELT or ICEWS export can be joined with the graph (``queries/gdelt_like.rq``).

Where the values come from (packaged data only, no network):

- GeoNames ids and ISO codes: the gazetteer (``countries.tsv``, ``cities.tsv``; `kg.extract.gazetteer`).
  A country's code is its key's (``country/BY``); a city is the gazetteer's city of its label (else an
  alias) in the country its key ends with (``city/minsk-by``).
- CAMEO actor codes: ``actor_codes.tsv``, derived from the PETRARCH-2 / Phoenix dictionaries by
  ``scripts/make_actor_codes.py``. A country has its country code (``RUS``); an organisation the code of
  its label (``IGOWSTNAT`` for NATO); a group the code of the longest end of its label that is a generic
  agent (``riot police`` -> ``COP``), after the country code where a word before it names a country
  (``Belarusian police`` -> ``BLRCOP``; the label, else an alias with the same agent), or the country's
  code alone for a people named by their demonym (``Belarusians`` -> ``BLR``).

People get no code: the dictionaries code an official by the years of a term, and a role an article
gives is not the person's identity across articles. What a shared entity carries is a function of its
identity (key and label), so every article says the same of it (`kg.rdf.claims`); only ``nkg:aliasPlace``
follows the article's own aliases, and is each article's own, as aliases are.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.errors import InputError
from kg.facts import Entity
from kg.resources import lexicon_file

ACTOR_CODES_FILE = "actor_codes.tsv"
_KINDS = ("country", "organization", "agent")


@dataclass(frozen=True)
class Links:
    """What an entity is elsewhere: its GeoNames id, ISO 3166 alpha-2 country, CAMEO actor code, and the
    GeoNames ids of the cities the article named it by (metonymy)."""

    geonames: int | None = None
    country: str | None = None
    cameo: str | None = None
    alias_places: tuple[int, ...] = ()


@functools.cache
def actor_codes() -> dict[str, dict[str, str]]:
    """The packaged CAMEO actor codes by kind (``country``, ``organization``, ``agent``) and name.

    >>> codes = actor_codes()
    >>> codes["country"]["RU"], codes["organization"]["NATO"], codes["agent"]["protesters"]
    ('RUS', 'IGOWSTNAT', 'OPP')

    Raises `InputError` naming the line of a malformed row.
    """
    table: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    header = False
    for number, line in enumerate(lexicon_file(ACTOR_CODES_FILE).read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[0] not in table:
            raise InputError(f"{ACTOR_CODES_FILE}:{number}", "expected kind, name and code separated by tabs, "
                             f"kind one of {', '.join(_KINDS)}", "regenerate it with scripts/make_actor_codes.py")
        table[fields[0]][fields[1]] = fields[2]
    return table


def entity_links(entity: Entity) -> Links:
    """The links of one entity; an entity no table knows gets an empty `Links`.

    >>> entity_links(Entity("country/RU", "Russia", "Country", ("Moscow",)))
    Links(geonames=2017370, country='RU', cameo='RUS', alias_places=(524901,))
    >>> entity_links(Entity("city/minsk-by", "Minsk", "City"))
    Links(geonames=625144, country='BY', cameo=None, alias_places=())
    >>> entity_links(Entity("group/police", "Belarusian riot police", "Group")).cameo
    'BLRCOP'
    >>> entity_links(Entity("place/balochistan-pk", "Balochistan", "Place", (), "PK")).country
    'PK'
    """
    kind = entity.key.partition("/")[0]
    if entity.type == "Country" and kind == "country":
        return _country_links(entity)
    if entity.type == "City" and kind == "city":
        return _city_links(entity)
    if entity.type == "Organization":
        return _organization_links(entity)
    if entity.type == "Group":
        return Links(cameo=_group_code(entity))
    if entity.type == "Place" and entity.country:
        return Links(country=entity.country)  # a region the story places in a country
    return Links()


def load_gazetteer():
    """The extraction's gazetteer (`kg.extract.gazetteer.load_gazetteer`), imported on first use: importing
    the extract stage imports spaCy (0.7 s), which a graph's readers and writers (kg show, kg query) never need."""
    from kg.extract.gazetteer import load_gazetteer as load

    return load()


def _country_links(entity: Entity) -> Links:
    gazetteer = load_gazetteer()
    iso2 = entity.key.partition("/")[2].upper()
    if iso2 not in gazetteer.country_label:
        return Links()
    places = tuple(sorted({city.geonames_id for alias in entity.aliases
                           if gazetteer.capital_of.get(alias.lower()) == iso2
                           and (city := gazetteer.city_by_name.get(alias.lower())) and city.country == iso2}))
    return Links(gazetteer.country_geonames_id.get(iso2), iso2, actor_codes()["country"].get(iso2), places)


def _city_links(entity: Entity) -> Links:
    gazetteer = load_gazetteer()
    iso2 = entity.key.rpartition("-")[2].upper()
    if iso2 not in gazetteer.country_label:
        return Links()
    for name in (entity.label, *entity.aliases):
        city = gazetteer.city_by_name.get(name.lower())
        if city is not None and city.country == iso2:
            return Links(geonames=city.geonames_id, country=iso2)
    return Links(country=iso2)


def _organization_links(entity: Entity) -> Links:
    gazetteer = load_gazetteer()
    codes = actor_codes()["organization"]
    code = codes.get(entity.label) or codes.get(entity.label.lower())
    places = tuple(sorted({city.geonames_id for alias in entity.aliases
                           if gazetteer.metonym.get(alias.lower()) == ("organization", entity.label)
                           and (city := gazetteer.city_by_name.get(alias.lower()))}))
    return Links(cameo=code, alias_places=places)


def _group_code(entity: Entity) -> str | None:
    agent, country = _read_group(entity.label)
    if agent is not None and country is None:
        country = next((found for alias in entity.aliases
                        for alias_agent, found in [_read_group(alias)] if alias_agent == agent and found), None)
    if agent is None:
        return country if country and _all_demonym(entity.label) else None
    return (country or "") + agent


def _read_group(name: str) -> tuple[str | None, str | None]:
    """(the agent code of the longest end of `name` that is a generic agent, the CAMEO code of a country
    a word before it names), either None."""
    words = name.split()
    agents = actor_codes()["agent"]
    for start in range(len(words)):
        agent = agents.get(" ".join(words[start:]).lower())
        if agent is not None:
            return agent, _country_code(words[:start])
    return None, _country_code(words)


def _country_code(words: list[str]) -> str | None:
    gazetteer = load_gazetteer()
    for word in words:
        iso2 = (gazetteer.country_by_demonym.get(word.lower()) or gazetteer.find_country(word)) \
            if word[:1].isupper() else None
        if iso2 is not None:
            return actor_codes()["country"].get(iso2)
    return None


def _all_demonym(name: str) -> bool:
    return bool(name) and name[:1].isupper() and load_gazetteer().country_by_demonym.get(name.lower()) is not None
