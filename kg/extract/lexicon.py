"""Lexicons: the packaged YAML files in `kg/lexicons/` and a user's own.

Loaded into plain frozen dataclasses once per process. A user lexicon
(`kg convert --lexicon my.yaml`) adds entries to the packaged ones; its format
is the union of the packaged files' formats (see the README) and every entry
is checked on load, a bad one being an InputError naming the file and line.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
import re
from functools import lru_cache
from pathlib import Path

import yaml

from kg.cache import read_entry, source_digest, write_entry
from kg.errors import InputError
from kg.resources import LEXICONS_PACKAGE, lexicon_file


@dataclass(frozen=True)
class OrgEntry:
    label: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    taught: tuple[str, ...] = ()  # acronyms that name it only in a story that named it ("RSF": also the Rapid
    # Support Forces)


@dataclass(frozen=True)
class PersonEntry:
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriggerGroup:
    """Triggers of one event type that share their options."""

    type: str
    triggers: tuple[tuple[str, ...], ...]
    status: str = "occurred"
    target_preps: tuple[str, ...] = ()
    agent_preps: tuple[str, ...] = ()
    symmetric: bool = False
    speech: bool = False
    people_only: bool = False
    patient_subject: bool = False
    evaluative: bool = False
    threat_when_future: bool = False
    agent_heads: tuple[str, ...] = ()
    reported_only: bool = False
    money_only: bool = False


@dataclass(frozen=True, eq=False)
class LemmaTriggers:
    """Event triggers by lemma, derived from the PETRARCH-2 CAMEO verb dictionary
    (`kg/lexicons/cameo_triggers.yaml`, made by scripts/make_cameo_lexicon.py): each maps to a
    contract event type. Nouns marked ambiguous there (an "attack" on a policy) are left out."""

    verbs: dict[str, str] = field(default_factory=dict)
    """verb lemma -> type: the verb names the event alone ("detain", "condemn")."""
    not_with: dict[str, frozenset[str]] = field(default_factory=dict)
    """verb lemma -> object lemmas with which it names no event ("beat" a contestant)."""
    phrasal: dict[tuple[str, str], str] = field(default_factory=dict)
    """(verb lemma, particle or adverb) -> type ("call on", "lash out")."""
    nouns: dict[str, str] = field(default_factory=dict)
    """noun lemma -> type ("detention", "airstrike")."""
    verb_objects: dict[str, dict[str, str]] = field(default_factory=dict)
    """verb lemma -> object lemma -> type: the verb names the event only with that object ("impose" a curfew)."""


@dataclass(frozen=True, eq=False)
class Lexicon:
    organizations: tuple[OrgEntry, ...]
    people: tuple[PersonEntry, ...]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    state_titles: frozenset[str]
    honorifics: frozenset[str]
    person_nouns: frozenset[str]
    group_heads: frozenset[str]
    group_modifiers: frozenset[str]
    group_quantifiers: frozenset[str]
    group_singulars: dict[str, str]
    cameo: dict[str, str]
    trigger_groups: tuple[TriggerGroup, ...]
    group_descriptors: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    sources: tuple[str, ...] = field(default=())
    lemma_triggers: LemmaTriggers = field(default_factory=LemmaTriggers)
    actor_organizations: tuple[OrgEntry, ...] = ()
    """The Phoenix dictionaries' organisations (IGOs, NGOs, non-state armed groups; actors.yaml), names that
    no generic words make up: known where the hand-written organisations, countries and cities are not."""
    actor_people: dict[str, str] = field(default_factory=dict)
    """The Phoenix dictionaries' officials and elites (actors.yaml): full name, lower case -> the ISO code of
    the country of their latest government role ("vladimir putin" -> "RU"). A title told without a country
    ("President Vladimir Putin") is of it, before the story's focus country; with the people of the news since
    2014 (leaders.yaml)."""
    full_name_only: frozenset[str] = frozenset()
    """Those of `actor_people` whose surname alone names someone else as often: "Sullivan said" is not
    Jake Sullivan unless the story named him (lower case full names; leaders.yaml, ``surname_alone: false``)."""


_GROUP_OPTIONS = {"status", "target_preps", "agent_preps", "symmetric", "speech", "people_only", "patient_subject", "evaluative",
                  "threat_when_future", "agent_heads", "reported_only", "money_only", "triggers"}
_USER_KEYS = {"organizations", "people", "titles", "groups", "events"}


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers the line of every mapping (for messages).

    It reads only true/false as booleans: YAML 1.1 would read the words "on",
    "no" and "yes", which lexicons list as words, as booleans.
    """


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _construct_mapping(loader, node):
    seen: set = set()
    for key, _ in node.value:
        if getattr(key, "value", None) in seen:  # YAML would keep the last silently: one of the two entries lost
            raise yaml.constructor.ConstructorError(None, None, f"the key {key.value!r} is given twice",
                                                    key.start_mark)
        seen.add(getattr(key, "value", None))
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__keys__"] = {getattr(k, "value", None): k.start_mark.line + 1 for k, _ in node.value}
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load_yaml(text: str, where: str) -> dict:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise InputError(f"{where}{line}", f"is not valid YAML ({getattr(err, 'problem', err)})") from None
    if not isinstance(data, dict):
        raise InputError(where, "is not a lexicon", "expected a YAML mapping with keys like 'organizations' or 'events'")
    return data


def _words(values, where: str, line: int, what: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise InputError(f"{where}:{line}", f"{what} must be a list of non-empty strings")
    return tuple(v.strip() for v in values)


def _orgs(items, where: str) -> list[OrgEntry]:
    out = []
    for item in items or []:
        line = item.get("__line__", 0) if isinstance(item, dict) else 0
        if not isinstance(item, dict) or not isinstance(item.get("label"), str) or not item["label"].strip():
            raise InputError(f"{where}:{line}", "an organisation entry needs a 'label'",
                             "write e.g. {label: Gazprom, aliases: [], country: RU}")
        country = item.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isalpha()):
            raise InputError(f"{where}:{line}", f"country {country!r} is not an ISO 3166 alpha-2 code")
        out.append(OrgEntry(item["label"].strip(), _words(item.get("aliases"), where, line, "aliases"),
                            country.upper() if country else None, _words(item.get("taught"), where, line, "taught")))
    return out


def _people(items, where: str) -> list[PersonEntry]:
    out = []
    for item in items or []:
        line = item.get("__line__", 0) if isinstance(item, dict) else 0
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            raise InputError(f"{where}:{line}", "a person entry needs a 'label'", "write e.g. {label: Ada Lovelace, aliases: [Lovelace]}")
        out.append(PersonEntry(item["label"].strip(), _words(item.get("aliases"), where, line, "aliases")))
    return out


def _trigger_groups(types: dict, where: str, known_types: set[str] | None) -> tuple[dict[str, str], list[TriggerGroup]]:
    cameo: dict[str, str] = {}
    groups: list[TriggerGroup] = []
    for type_name, spec in types.items():
        if type_name in ("__line__", "__keys__"):
            continue
        line = types["__keys__"].get(type_name, 0)
        if known_types is not None and type_name not in known_types:
            raise InputError(f"{where}:{line}", f"unknown event type {type_name!r}",
                             f"expected one of: {', '.join(sorted(known_types))}")
        if not isinstance(spec, dict):
            raise InputError(f"{where}:{line}", f"event type {type_name} needs 'groups' of triggers")
        if "cameo" in spec:
            cameo[type_name] = str(spec["cameo"])
        for group in spec.get("groups", []):
            gline = group.get("__line__", line) if isinstance(group, dict) else line
            unknown = set(group) - _GROUP_OPTIONS - {"__line__", "__keys__"} if isinstance(group, dict) else {"?"}
            if unknown:
                raise InputError(f"{where}:{gline}", f"unknown trigger option(s) {sorted(unknown)}",
                                 f"expected: {', '.join(sorted(_GROUP_OPTIONS))}")
            # words as the tokenizer reads them: "witch-hunt" is "witch", "-", "hunt"
            phrases = tuple(tuple(re.findall(r"[^\s-]+|-", t)) for t in _words(group.get("triggers"), where, gline, "triggers"))
            groups.append(TriggerGroup(
                type=type_name,
                triggers=phrases,
                status=group.get("status", "occurred"),
                target_preps=_words(group.get("target_preps"), where, gline, "target_preps"),
                agent_preps=_words(group.get("agent_preps"), where, gline, "agent_preps"),
                symmetric=bool(group.get("symmetric", False)),
                speech=bool(group.get("speech", False)),
                people_only=bool(group.get("people_only", False)),
                patient_subject=bool(group.get("patient_subject", False)),
                evaluative=bool(group.get("evaluative", False)),
                threat_when_future=bool(group.get("threat_when_future", False)),
                agent_heads=_words(group.get("agent_heads"), where, gline, "agent_heads"),
                reported_only=bool(group.get("reported_only", False)),
                money_only=bool(group.get("money_only", False)),
            ))
    return cameo, groups


@lru_cache(maxsize=1)
def _packaged() -> Lexicon:
    """The packaged lexicon, read from the cache when it holds it (`_build_packaged` otherwise).

    Trade: parsing the YAML files (line numbers kept for messages) costs ~0.1 s a process, so the
    lexicon built from them is kept in a cache file keyed by the sha256 of this module and every
    packaged lexicon file (a change to any of them is a new key), and read back in ~0.01 s
    (`kg.cache`: a missing or corrupt entry is rebuilt, an unwritable cache skipped).
    """
    key = _packaged_key()
    cached = read_entry("lexicon", key)
    if cached is not None:
        try:
            lexicon = _decode(cached)
            if type(lexicon) is Lexicon:
                return lexicon
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    lexicon = _build_packaged()
    try:
        encoded = _encode(lexicon)
    except TypeError:  # a value of a type the cache does not know: not cached
        return lexicon
    write_entry("lexicon", key, encoded)
    return lexicon


def _packaged_key() -> str:
    """The sha256 of this module, PyYAML's version and every packaged lexicon file (by name)."""
    from importlib import resources

    files = sorted((entry for entry in resources.files(LEXICONS_PACKAGE).iterdir() if entry.is_file()),
                   key=lambda entry: entry.name)
    return source_digest("lexicon 1", Path(__file__).read_bytes(), yaml.__version__,
                         *(part for entry in files for part in (entry.name, entry.read_bytes())))


# The types a cached lexicon is made of, by name: a cache entry names no other.
_CACHED = {cls.__name__: cls for cls in (Lexicon, OrgEntry, PersonEntry, TriggerGroup, LemmaTriggers)}
_PLAIN = (str, int, float, bool, type(None))


def _encode(value):
    """`value` as JSON that `_decode` turns back into an equal value of the same types (tuples,
    frozensets, dicts with any keys, the lexicon's dataclasses). TypeError for any other type."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is frozenset or kind is list:
        return {{tuple: "t", frozenset: "f", list: "l"}[kind]: [_encode(v) for v in value]}
    if kind is dict:
        return {"d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if _CACHED.get(kind.__name__) is kind:
        return {"c": [kind.__name__, {f.name: _encode(getattr(value, f.name)) for f in fields(value)}]}
    raise TypeError(f"a lexicon value of type {kind.__name__} is not cached")


def _decode(value):
    if type(value) is not dict:
        return value
    ((tag, inner),) = value.items()
    if tag == "t":
        return tuple([_decode(v) for v in inner])
    if tag == "f":
        return frozenset([_decode(v) for v in inner])
    if tag == "l":
        return [_decode(v) for v in inner]
    if tag == "d":
        return {_decode(k): _decode(v) for k, v in inner}
    if tag == "c":
        name, values = inner
        return _CACHED[name](**{field: _decode(v) for field, v in values.items()})
    raise ValueError(f"unknown tag {tag!r} in a cached lexicon")


def _build_packaged() -> Lexicon:
    def load(name: str) -> dict:
        return _load_yaml(lexicon_file(name).read_text(encoding="utf-8"), f"kg/lexicons/{name}")

    orgs, titles, groups, events, words = (
        load(n) for n in ("organizations.yaml", "titles.yaml", "groups.yaml", "events.yaml", "words.yaml")
    )
    cameo, trigger_groups = _trigger_groups(events["types"], "kg/lexicons/events.yaml", None)
    actors = _load_generated("actors.yaml")
    leaders = load("leaders.yaml")["people"]
    return Lexicon(
        organizations=tuple(_orgs(orgs["organizations"], "kg/lexicons/organizations.yaml")),
        people=(),
        title_heads=frozenset(titles["heads"]),
        title_modifiers=frozenset(titles["modifiers"]),
        state_titles=frozenset(titles["state_titles"]),
        honorifics=frozenset(titles["honorifics"]),
        person_nouns=frozenset(titles["person_nouns"]),
        # the hand-written heads, and the plural agent nouns derived from the Phoenix dictionary
        group_heads=frozenset(groups["heads"]) | frozenset(_load_generated("group_heads.yaml")["heads"]),
        group_modifiers=frozenset(groups["modifiers"]),
        group_quantifiers=frozenset(groups["quantifiers"]),
        group_singulars={k: v for k, v in groups["singulars"].items() if not k.startswith("__")},
        cameo=cameo,
        trigger_groups=tuple(trigger_groups),
        group_descriptors=frozenset(groups["descriptors"]),
        words={k: frozenset(v) for k, v in words.items() if not k.startswith("__")},
        lemma_triggers=_lemma_triggers(_load_generated("cameo_triggers.yaml")),
        actor_organizations=_actor_organizations(actors, frozenset(words["generic_name_words"])),
        # the Phoenix people (to 2014), then the hand-written people of the news since
        actor_people=_actor_people({"people": [*(actors.get("people") or ()), *leaders]}),
        full_name_only=frozenset(item["label"].lower() for item in leaders if item.get("surname_alone") is False),
    )


def _actor_people(data: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in data.get("people") or ():
        for name in (item["label"], *(item.get("aliases") or ())):
            out.setdefault(name.lower(), item["country"])
    return out


def _actor_organizations(data: dict, generic: frozenset[str]) -> tuple[OrgEntry, ...]:
    """The organisations of the Phoenix actor dictionaries whose names a story can only mean as names:
    a name of one word must not be an English word ("Foundation"); a name made only of generic words
    ("Islamic Group", "Aid Group", "International Solidarity") is left out, as are aliases that describe
    ("Al Qaeda Operatives", "Al Qaida-Affiliated"), and so are acronyms of three letters or fewer."""
    def usable(name: str) -> bool:
        words = name.replace("-", " ").split()
        return bool(words) and not all(w.lower() in generic for w in words) \
            and not (len(words) == 1 and name.lower() in generic)
    out = []
    for item in data.get("organizations") or ():
        label = item["label"]
        if not usable(label):
            continue
        # an acronym of three letters or fewer is ambiguous ("CAR", "PLA", "NTA"): news spells a body out before it
        # uses its acronym, which the story then teaches ("the Baloch Liberation Army, or BLA")
        aliases = tuple(a for a in item.get("aliases") or () if usable(a)
                        and not (a.isupper() and len(a.replace("-", "").replace(".", "")) <= 3))
        out.append(OrgEntry(label, aliases))
    return tuple(out)


def _load_generated(name: str) -> dict:
    """A packaged file a script generates (no hand edits, so no line numbers needed for messages):
    read with libyaml's C loader where present, 6x faster on the large derived lexicons."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(lexicon_file(name).read_text(encoding="utf-8"), Loader=loader)


def _entries(section: dict | None) -> dict:
    return {k: v for k, v in (section or {}).items() if not k.startswith("__")}


def _lemma_triggers(data: dict) -> LemmaTriggers:
    """The derived CAMEO triggers: one-word verbs, phrasal verbs, unambiguous nouns, verb + object."""
    verbs = _entries(data.get("verbs"))
    phrasal = {}
    for phrase, entry in _entries(data.get("phrasal")).items():
        words = phrase.split()
        if len(words) == 2:
            phrasal[(words[0], words[1])] = entry["type"]
    return LemmaTriggers(
        verbs={lemma: entry["type"] for lemma, entry in verbs.items()},
        not_with={lemma: frozenset(entry["not_with"]) for lemma, entry in verbs.items() if entry.get("not_with")},
        phrasal=phrasal,
        nouns={lemma: entry["type"] for lemma, entry in _entries(data.get("nouns")).items()
               if not entry.get("ambiguous")},
        verb_objects={verb: {obj: entry["type"] for obj, entry in _entries(objects).items()}
                      for verb, objects in _entries(data.get("verb_objects")).items()},
    )


def load_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The packaged lexicon, extended by the given user lexicon files."""
    lexicon = _packaged()
    for path in user_files:
        lexicon = _extend(lexicon, path)
    return lexicon


@lru_cache(maxsize=16)
def _extend(base: Lexicon, path: str) -> Lexicon:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such lexicon file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot be read as UTF-8 text ({err})") from None
    data = _load_yaml(text, path)
    unknown = set(data) - _USER_KEYS - {"__line__", "__keys__"}
    if unknown:
        raise InputError(f"{path}:{data['__line__']}", f"unknown section(s) {sorted(unknown)}",
                         f"expected: {', '.join(sorted(_USER_KEYS))}")
    titles = data.get("titles") or {}
    groups = data.get("groups") or {}
    cameo, trigger_groups = _trigger_groups(data.get("events") or {}, path, set(base.cameo))
    line = data["__line__"]
    return Lexicon(
        organizations=base.organizations + tuple(_orgs(data.get("organizations"), path)),
        people=base.people + tuple(_people(data.get("people"), path)),
        title_heads=base.title_heads | set(_words(titles.get("heads"), path, line, "titles.heads")),
        title_modifiers=base.title_modifiers | set(_words(titles.get("modifiers"), path, line, "titles.modifiers")),
        state_titles=base.state_titles | set(_words(titles.get("state_titles"), path, line, "titles.state_titles")),
        honorifics=base.honorifics,
        person_nouns=base.person_nouns | set(_words(titles.get("person_nouns"), path, line, "titles.person_nouns")),
        group_heads=base.group_heads | set(_words(groups.get("heads"), path, line, "groups.heads")),
        group_modifiers=base.group_modifiers | set(_words(groups.get("modifiers"), path, line, "groups.modifiers")),
        group_quantifiers=base.group_quantifiers,
        group_singulars=base.group_singulars,
        cameo={**base.cameo, **cameo},
        trigger_groups=tuple(trigger_groups) + base.trigger_groups,
        group_descriptors=base.group_descriptors,
        words=base.words,
        sources=base.sources + (path,),
        lemma_triggers=base.lemma_triggers,
        actor_organizations=base.actor_organizations,
        actor_people=base.actor_people,
        full_name_only=base.full_name_only,
    )


def names_an_outlet(name: str, lexicon: Lexicon) -> bool:
    """Whether an organisation's name is a news outlet's ("ABC News", "TV-Ashna", "CNBC", "Voice of America")."""
    name = name.lower().replace(".", "")
    return name in lexicon.words["outlet_names"] or bool(set(re.split(r"[\s-]+", name)) & lexicon.words["outlet_words"])
