"""Read gold annotation files (`shared/spec/annotation.md`, "Gold file format").

Input: a YAML file path. Output: a `Gold` of frozen dataclasses, each item
with the line it starts on, so a report can point at it.

The reader keeps the meaning the external scorer (``shared/tools/kg-score``)
gives a file: a slot left out (or ``null``) is not scored, a list gives
alternatives, ``date``/``status``/``amount``/``count``/``of`` count only when
they are truthy. What kg-score would crash on, or could never match (an empty
list of alternatives, aliases that are not a list, an amount without a value),
is rejected here as an `InputError` naming ``file:line``. Keys the contract
does not know, types and statuses outside it are scored as kg-score scores
them, with a warning: they are usually typos.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from kg.errors import InputError
from kg.facts import ENTITY_TYPES, EVENT_STATUSES

EVENT_SLOTS = ("agent", "target", "place", "source")
"""Event slots that hold labels of entities (a list gives alternatives)."""

_TOP_KEYS = {"id", "published", "entities", "roles", "events"}
_ENTITY_KEYS = {"label", "type", "aliases"}
_ROLE_KEYS = {"person", "role", "of"}
_EVENT_KEYS = {"type", *EVENT_SLOTS, "date", "amount", "count", "status", "text"}
_FORMAT_HINT = "see the gold file format in shared/spec/annotation.md"


@dataclass(frozen=True)
class GoldEntity:
    """An entity the article names: label, coarse type, surface forms."""

    label: str
    type: str
    aliases: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class GoldRole:
    """`person` holds one of `role` in one of `of` (empty `of`: not scored)."""

    person: str
    role: tuple[str, ...]
    of: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class GoldNumber:
    """An amount (with its currency, if scored) or a count."""

    value: float
    currency: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    """An event; a slot that is None is not scored, a tuple lists alternatives."""

    type: str
    line: int
    agent: tuple[str, ...] | None = None
    target: tuple[str, ...] | None = None
    place: tuple[str, ...] | None = None
    source: tuple[str, ...] | None = None
    date: str | None = None
    status: str | None = None
    amount: GoldNumber | None = None
    count: GoldNumber | None = None
    text: str = ""

    def slot(self, name: str) -> tuple[str, ...] | None:
        """The alternatives of a label slot (one of `EVENT_SLOTS`)."""
        return getattr(self, name)


@dataclass(frozen=True)
class Gold:
    """One gold file: the article's id and its entities, roles and events."""

    id: str
    path: str
    entities: tuple[GoldEntity, ...] = ()
    roles: tuple[GoldRole, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    warnings: tuple[str, ...] = ()


class _Map(dict):
    line = 0
    key_lines: dict = {}

    def at(self, key: str) -> int:
        """The line of `key` in the file (the mapping's first line if it is absent)."""
        return self.key_lines.get(key, self.line)


class _List(list):
    line = 0


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, with the line each mapping and sequence starts on."""


def _construct_map(loader, node):
    data = _Map()
    data.line = node.start_mark.line + 1
    yield data
    data.update(loader.construct_mapping(node))
    data.key_lines = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            data.key_lines.setdefault(key_node.value, key_node.start_mark.line + 1)


def _construct_seq(loader, node):
    data = _List()
    data.line = node.start_mark.line + 1
    yield data
    data.extend(loader.construct_sequence(node))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def read_gold(path: str | Path) -> Gold:
    """Read and check one gold file.

    Raises InputError (``file:line: problem; hint``) for a file that is missing,
    not YAML, or not in the gold format.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(where, "no such gold file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(where, f"cannot be read as UTF-8 text ({error})") from None
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f"{where}:{mark.line + 1}" if mark else where
        problem = getattr(error, "problem", None) or str(error)
        raise InputError(at, f"not valid YAML: {problem}", "fix the YAML syntax") from None
    return _Reader(where).gold(data)


class _Reader:
    """Checks one file's parsed YAML and turns it into `Gold`; collects warnings."""

    def __init__(self, path: str):
        self.path = path
        self.warnings: list[str] = []

    def fail(self, line: int, problem: str, hint: str = _FORMAT_HINT) -> InputError:
        return InputError(f"{self.path}:{line}" if line else self.path, problem, hint)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(f"{self.path}:{line}: {message}")

    def gold(self, data) -> Gold:
        if not isinstance(data, dict):
            raise self.fail(1, "not a gold file: expected a mapping with id, entities, roles and events")
        self.unknown_keys(data, _TOP_KEYS, "the file")
        if data.get("id") in (None, ""):
            raise self.fail(data.line, "no id", "add `id: <article id>` (the article file's name without .txt)")
        return Gold(
            id=self.scalar(data, "id", data.line),
            path=self.path,
            entities=tuple(self.entity(item) for item in self.items(data, "entities")),
            roles=tuple(self.role(item) for item in self.items(data, "roles")),
            events=tuple(self.event(item) for item in self.items(data, "events")),
            warnings=tuple(self.warnings),
        )

    def items(self, data: dict, key: str) -> list[dict]:
        # A missing list is empty (kg-score: gold.get(key, [])); `key:` with nothing is not.
        if key not in data:
            return []
        value = data[key]
        if not isinstance(value, list):
            raise self.fail(data.at(key), f"{key} must be a list",
                            f"write `{key}: []` for none; {_FORMAT_HINT}")
        for number, item in enumerate(value, 1):
            if not isinstance(item, dict):
                raise self.fail(value.line, f"{key} item {number} is not a mapping")
        return value

    def unknown_keys(self, item: dict, known: set[str], what: str) -> None:
        for key in sorted(set(map(str, item)) - known):
            self.warn(item.at(key), f"{what} has a key {key!r} the contract does not know; it is not scored")

    def scalar(self, item: dict, key: str, line: int) -> str:
        value = item.get(key)
        if value is None or isinstance(value, (dict, list)) or str(value).strip() == "":
            raise self.fail(item.at(key) if key in item else line, f"{key} must be a non-empty text, not {value!r}")
        return str(value)

    def alternatives(self, item: dict, key: str) -> tuple[str, ...]:
        # kg-score: as_list(v) - a single value or a list of alternatives.
        value = item[key]
        values = value if isinstance(value, list) else [value]
        if not values:
            raise self.fail(item.at(key), f"{key} is an empty list, which can never match",
                            f"leave {key} out to not score it")
        for alternative in values:
            if alternative is None or isinstance(alternative, (dict, list)) or str(alternative).strip() == "":
                raise self.fail(item.at(key), f"{key} has an alternative that is no label: {alternative!r}")
        return tuple(str(alternative) for alternative in values)

    def entity(self, item: dict) -> GoldEntity:
        self.unknown_keys(item, _ENTITY_KEYS, "entity")
        label, kind = self.scalar(item, "label", item.line), self.scalar(item, "type", item.line)
        if kind not in ENTITY_TYPES:
            self.warn(item.at("type"), f"entity type {kind!r} is none of {', '.join(ENTITY_TYPES)}")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list):
            raise self.fail(item.at("aliases"), f"aliases of {label!r} must be a list, not {aliases!r}",
                            "write aliases: [] for none, or aliases: [A, B]")
        aliases = tuple(self.alternatives(item, "aliases")) if aliases else ()
        return GoldEntity(label, kind, aliases, item.line)

    def role(self, item: dict) -> GoldRole:
        self.unknown_keys(item, _ROLE_KEYS, "role")
        person = self.scalar(item, "person", item.line)
        if item.get("role") is None:
            raise self.fail(item.line, f"the role of {person!r} has no role (title)")
        of = self.alternatives(item, "of") if item.get("of") else ()  # kg-score: `not g.get("of")`
        return GoldRole(person, self.alternatives(item, "role"), of, item.line)

    def event(self, item: dict) -> GoldEvent:
        self.unknown_keys(item, _EVENT_KEYS, "event")
        kind = self.scalar(item, "type", item.line)
        slots = {slot: self.alternatives(item, slot) for slot in EVENT_SLOTS if item.get(slot) is not None}
        status = str(item["status"]) if item.get("status") else None
        if status is not None and status not in EVENT_STATUSES:
            self.warn(item.at("status"), f"status {status!r} is none of {', '.join(EVENT_STATUSES)}")
        when = item.get("date")
        if when and not isinstance(when, (str, int, date)):
            raise self.fail(item.at("date"), f"date must be an ISO date such as 2020-09-20, not {when!r}")
        text = item.get("text")
        return GoldEvent(kind, item.line, **slots, date=str(when) if when else None, status=status,
                         amount=self.number(item, "amount", money=True),
                         count=self.number(item, "count", money=False),
                         text="" if text is None else str(text))

    def number(self, item: dict, key: str, money: bool) -> GoldNumber | None:
        value = item.get(key)
        if not value:
            return None
        example = "{value: 1500000000, currency: USD}" if money else "{value: 100000, qualifier: more than}"
        if not isinstance(value, dict) or "value" not in value:
            raise self.fail(item.at(key), f"{key} must be a mapping with a value", f"write {key}: {example}")
        number = value["value"]
        try:
            if isinstance(number, bool):
                raise ValueError
            number = float(number)
        except (TypeError, ValueError):
            raise self.fail(value.at("value"), f"{key} value {value['value']!r} is not a number",
                            f"write {key}: {example}") from None
        currency = value.get("currency") if money else None
        if currency and not isinstance(currency, str):
            raise self.fail(value.at("currency"), f"currency {currency!r} is not an ISO 4217 code such as USD")
        return GoldNumber(number, currency or None)
