"""Lookup tables that name recognition needs, built once per lexicon.

Joins the place gazetteer (`kg.extract.gazetteer`) with the lexicons (`kg.extract.lexicon`)
into lowercase phrase tables: phrase -> what it names.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from functools import lru_cache

from kg.cache import CACHE_ENV, cache_dir, read_entry, source_digest, write_entry  # noqa: F401 (re-exported)
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import Lexicon
from kg.slugs import slugify


@dataclass(frozen=True)
class Named:
    """What a phrase names: an entity `kind` and its canonical key and label.

    kind is one of org, country, capital, city, metonym, demonym, title,
    honorific; `key`/`label` are the entity it stands for (for a capital the
    country it governs; its city key is `city_key`).
    """

    kind: str
    key: str = ""
    label: str = ""
    city_key: str = ""
    city_label: str = ""
    country: str = ""


@dataclass(frozen=True, eq=False)
class NameTables:
    phrases: dict[str, Named]
    exact: dict[str, Named]
    longest: int
    org_country: dict[str, str]
    country_labels: dict[str, str]


# Names of continents and world regions, never a city of the same name.
CONTINENTS = frozenset({"asia", "africa", "europe", "oceania", "america", "americas", "antarctica", "eurasia",
                        "latin america", "south america", "north america", "central america", "middle east"})
# Territories with an ISO 3166 code that news tells as cities ("in Hong Kong"), typed City.
CITY_TERRITORIES = frozenset({"HK", "MO"})


def country_key(iso2: str) -> str:
    return f"country/{iso2.upper()}"


def org_key(label: str) -> str:
    return f"organization/{slugify(label)}"


def person_key(label: str) -> str:
    return f"person/{slugify(label)}"


def group_key(label: str) -> str:
    return f"group/{slugify(label)}"


def city_key(label: str, iso2: str) -> str:
    return f"city/{slugify(label)}-{iso2.lower()}"


def country_of_key(key: str) -> str | None:
    """The ISO code of a country or city key ("country/KE", "city/nairobi-ke" -> "KE"), else None."""
    kind, _, name = key.partition("/")
    if kind == "country":
        return name.upper()
    if kind == "city" and "-" in name:
        return name.rsplit("-", 1)[1].upper()
    return None


def place_key(label: str) -> str:
    return f"place/{slugify(label)}"


def _saint_forms(phrase: str) -> tuple[str, ...]:
    """A name and its other spelling of "Saint": "st. louis" and "saint louis".

    >>> _saint_forms("st. paul"), _saint_forms("minsk")
    (('st. paul', 'saint paul'), ('minsk',))
    """
    for short, long in (("st. ", "saint "), ("ste. ", "sainte ")):
        if phrase.startswith(short):
            return phrase, long + phrase[len(short):]
        if phrase.startswith(long):
            return phrase, short + phrase[len(long):]
    return (phrase,)


@lru_cache(maxsize=8)
def name_tables(lexicon: Lexicon) -> NameTables:
    """Phrase tables for `lexicon` plus the packaged gazetteer.

    Building them takes ~0.5 s (40,000 phrases), so the tables are also kept in a cache file
    keyed by the sha256 of everything they are built from (`cache_key`): a later process reads
    them in ~0.05 s. A missing, unreadable or corrupt cache is rebuilt; a cache that cannot be
    written is skipped (`kg.cache`).
    """
    key = cache_key(lexicon)
    cached = _read_cache(key)
    if cached is not None:
        return cached
    tables = _build_name_tables(lexicon)
    _write_cache(key, tables)
    return tables


@lru_cache(maxsize=1)
def gazetteer_digest() -> str:
    """The sha256 of the code and files that the gazetteer's derived tables are built from: the packaged
    gazetteer files, `kg.extract.gazetteer`, this module (the entity keys) and `kg.slugs` (the keys' slugs)."""
    from kg import slugs
    from kg.extract import gazetteer
    from kg.resources import lexicon_file

    return source_digest("gazetteer 1",
                         *(Path(module.__file__).read_bytes() for module in (gazetteer, slugs)),
                         Path(__file__).read_bytes(),
                         *(lexicon_file(name).read_bytes()
                           for name in (gazetteer.COUNTRIES_FILE, gazetteer.CITIES_FILE, gazetteer.METONYMS_FILE)))


def cache_key(lexicon: Lexicon) -> str:
    """The sha256 of what the name tables are built from: the gazetteer (`gazetteer_digest`), the
    tokenizer that splits phrases (`kg.extract.nlp` and spaCy's version) and the lexicon's
    organisations and people."""
    from spacy import about

    from kg.extract import nlp

    return source_digest("name-tables 5", gazetteer_digest(), Path(nlp.__file__).read_bytes(), about.__version__,
                         repr((lexicon.organizations, lexicon.people, lexicon.actor_organizations)))


_FIELDS = tuple(f.name for f in fields(Named))


def _named_rows(rows: dict[str, list]) -> dict[str, Named]:
    """`Named` values from cached rows of their fields, in order.

    Trade: built with ``object.__new__`` and the instance dict instead of the frozen dataclass's
    ``__init__`` (which sets each field through ``object.__setattr__``): 40,000 of them in ~0.04 s
    instead of ~0.1 s. The values are equal to those ``Named(*row)`` makes (tests/extract/test_names_cache.py).
    """
    if "__slots__" in Named.__dict__:  # no instance dict to fill
        return {phrase: Named(*row) for phrase, row in rows.items()}
    new, count, out = object.__new__, len(_FIELDS), {}
    for phrase, row in rows.items():
        if len(row) != count:
            raise ValueError(f"a cached row of {count} fields expected, not {row!r}")
        named = new(Named)
        named.__dict__.update(zip(_FIELDS, row))
        out[phrase] = named
    return out


def _read_cache(key: str) -> NameTables | None:
    data = read_entry("names", key)
    try:
        return NameTables(_named_rows(data["phrases"]), _named_rows(data["exact"]), int(data["longest"]),
                          dict(data["org_country"]), dict(data["country_labels"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _write_cache(key: str, tables: NameTables) -> None:
    """Write the tables atomically (a temporary file, then a rename); never fail the run for it."""
    row = lambda named: [getattr(named, name) for name in _FIELDS]  # noqa: E731
    write_entry("names", key, {"phrases": {k: row(v) for k, v in tables.phrases.items()},
                               "exact": {k: row(v) for k, v in tables.exact.items()}, "longest": tables.longest,
                               "org_country": tables.org_country, "country_labels": tables.country_labels})


def _build_name_tables(lexicon: Lexicon) -> NameTables:
    gaz = load_gazetteer()
    phrases: dict[str, Named] = {}
    exact: dict[str, Named] = {}

    from kg.extract.nlp import english  # the blank pipeline, loaded only when the tables are built

    tokenizer = english().tokenizer

    def put(phrase: str, named: Named, override: bool = False) -> None:
        letters = phrase.replace(".", "").replace("-", "")
        if letters.isalpha() and letters.isupper() and len(letters) <= 6:
            # acronyms and abbreviations match in capitals only: "US" is not "us", "WHO" not "who"
            if override or phrase not in exact:
                exact[phrase] = named
            return
        phrase = phrase.replace("’", "'")
        written = phrase.lower()  # "al-shabaab": a text's span reads the hyphen as written
        if not phrase.replace(" ", "").isalpha():  # tokenized as written: "St. Louis" keeps "St." whole
            phrase = " ".join(t.text for t in tokenizer(phrase))
        phrase = phrase.lower()
        particle = written.split(" ", 1)[0].split("-", 1)[0]
        variants = ()
        if particle in ("al", "el") and len(written) > 3:  # "al-Shabab" and "al Shabab" are one name
            rest = written[3:]
            variants = (f"{particle}-{rest}", f"{particle} - {rest}", f"{particle} {rest}")
        for form in _saint_forms(phrase) + ((written,) if written != phrase else ()) + variants:
            if form and (override or form not in phrases):
                phrases[form] = named

    for name, city in gaz.city_by_name.items():
        if name in CONTINENTS:
            continue  # "a tour of Asia and Oceania": a continent, not the Philippine town of Asia
        put(name, Named("city", city_key(city.name, city.country), city.name, country=city.country))
    for capital, iso2 in gaz.capital_of.items():
        city = gaz.city_by_name.get(capital)
        label = city.name if city else capital.title()
        put(capital, Named("capital", country_key(iso2), gaz.country_label[iso2],
                           city_key(label, iso2), label, iso2), override=True)
    for demonym, iso2 in gaz.country_by_demonym.items():
        put(demonym, Named("demonym", country_key(iso2), gaz.country_label[iso2], country=iso2), override=True)
    for name, iso2 in gaz.country_by_name.items():
        if iso2 in CITY_TERRITORIES:  # "in Hong Kong": news names the city, not a state
            label = gaz.country_label[iso2]
            put(name, Named("city", city_key(label, iso2), label, country=iso2), override=True)
            continue
        put(name, Named("country", country_key(iso2), gaz.country_label[iso2], country=iso2), override=True)
    for abbreviation, iso2 in gaz.country_by_abbreviation.items():
        put(abbreviation, Named("country", country_key(iso2), gaz.country_label[iso2], country=iso2), override=True)
    for name, (kind, target) in gaz.metonym.items():
        # curated journalistic metonyms win over the capital table (organisations named in the lexicon win over them)
        # ("Brussels" acts for the EU); a metonym that is a city stays that city as a place ("met in Brussels")
        city = gaz.city_by_name.get(name)
        at = (city_key(city.name, city.country), city.name) if city else ("", "")
        if kind == "country" and target in gaz.country_label:
            put(name, Named("metonym", country_key(target), gaz.country_label[target], *at), override=True)
        elif kind == "organization":
            put(name, Named("metonym", org_key(target), target, *at), override=True)
    org_country: dict[str, str] = {}
    for org in lexicon.organizations:
        named = Named("org", org_key(org.label), org.label, country=org.country or "")
        for phrase in (org.label, *org.aliases):
            put(phrase, named, override=True)
        if org.country:
            org_country[named.key] = org.country
    for org in lexicon.actor_organizations:  # the Phoenix dictionaries' bodies: never over a name known above
        named = Named("org", org_key(org.label), org.label)
        for phrase in (org.label, *org.aliases):
            put(phrase, named)
    for person in lexicon.people:
        named = Named("person", person_key(person.label), person.label)
        for phrase in (person.label, *person.aliases):
            put(phrase, named, override=True)
    longest = max(len(p.split()) for p in phrases) if phrases else 1
    return NameTables(phrases, exact, min(longest, 8), org_country,
                      dict(gaz.country_label))
