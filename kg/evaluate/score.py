"""Score the converter's output against gold annotations (`kg eval`).

Input: gold files (`kg.evaluate.gold`) and the articles they annotate. Output: an
`Evaluation` of plain data (recall and precision per entity type, for roles
and per event type, per article and micro-averaged, with the missed and the
spurious items); `kg.evaluate.report` renders it as text or JSON.

Each article is converted in-process (`kg.pipeline.convert_article`), its
graph serialised as ``kg convert`` writes it (Turtle) and loaded into an
in-memory Oxigraph store, and the saved queries ``entities``, ``roles`` and
``events`` are run on it: the same rows ``shared/tools/kg-score`` reads
through ``kg query --format csv``. The rows are matched with kg-score's
rules, reimplemented here, so both give the same figures on the same output
(`kg.evaluate.report.summary_line` prints kg-score's SUMMARY line):

- labels compare after `norm`; a cell holds values joined by " | ";
- a gold entity is found by an extracted entity of the same type sharing a
  label or alias; an extracted entity is matched when it shares one with a
  gold entity of its type;
- a gold role is found by a row with its person, one of its roles and (when
  given) one of its ``of``;
- gold events are matched in gold order, each to the first unused row that
  matches it (type, every slot it gives; numbers within 1 %, status default
  ``occurred``, dates as strings); an extracted event is matched when it
  matches any gold event (event precision is not one-to-one);
- a denominator of 0 gives 1.0;
- an article that fails to convert is an error: its gold items count as missed.
"""
from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError, UsageError
from kg.evaluate.gold import EVENT_SLOTS, Gold, GoldEvent, GoldRole, read_gold
from kg.extract.lexicon import load_lexicon
from kg.pipeline import convert_article
from kg.store.query import load_query, select
from kg.rdf.write import serialize_graph

SEP = "|"
GOLD_SUFFIXES = (".yaml", ".yml")
CONTRACT_QUERIES = ("entities", "roles", "events")
"""The saved queries whose columns are the contract with kg-score."""


# ---- kg-score's matching rules

def norm(text) -> str:
    """A label as kg-score compares it: no accents, case, punctuation, possessive or leading article
    ("the", "a", "an").

    >>> norm("The Ministry of Internal Affairs"), norm("Lukashenko’s government"), norm("Spring-96")
    ('ministry of internal affairs', 'lukashenko government', 'spring 96')
    >>> norm("a court in Minsk"), norm("An Army unit"), norm("Anbar")
    ('court in minsk', 'army unit', 'anbar')
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text.strip())
    return text.strip()


def split_cell(cell: str | None) -> list[str]:
    """The values of a query cell (joined by " | "), stripped, empty ones dropped.

    >>> split_cell("Russia | Moscow"), split_cell("")
    (['Russia', 'Moscow'], [])
    """
    if cell is None:
        return []
    return [value.strip() for value in str(cell).split(SEP) if value.strip()]


def num_close(a, b) -> bool:
    """Whether two numbers agree within 1 % (of the larger, at least 1); False if either is none.

    >>> num_close(1500000000, "1.51e9"), num_close(100, "102"), num_close(1, "x")
    (True, False, False)
    """
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1.0)


def _slot_matches(alternatives: Iterable[str], cell: str | None) -> bool:
    want = {norm(alternative) for alternative in alternatives}
    return any(norm(value) in want for value in split_cell(cell))


def _names(label: str | None, aliases: Iterable[str]) -> set[str]:
    return {norm(label or "")} | {norm(alias) for alias in aliases}


CORE_SLOTS = ("agent", "target")
"""The slots a *core* match compares besides the type (kg-score ``--core``)."""


def event_mismatches(gold: GoldEvent, row: dict[str, str], core: bool = False) -> tuple[str, ...]:
    """The slots of `gold` that the ``events`` query row does not match (empty: a match).

    ``type`` is the only entry when the type differs. With `core`, only the type, the agent
    and the target are compared.
    """
    if norm(gold.type) != norm(row.get("type", "")):
        return ("type",)
    wrong = [slot for slot in (CORE_SLOTS if core else EVENT_SLOTS)
             if gold.slot(slot) is not None and not _slot_matches(gold.slot(slot), row.get(slot, ""))]
    if core:
        return tuple(wrong)
    if gold.date and gold.date not in split_cell(row.get("date")):
        wrong.append("date")
    # kg-score normalises the whole status cell: two statuses never match one.
    if gold.status and norm(gold.status) != norm(row.get("status", "") or "occurred"):
        wrong.append("status")
    if gold.amount is not None:
        if not any(num_close(gold.amount.value, value) for value in split_cell(row.get("amount"))):
            wrong.append("amount")
        elif gold.amount.currency and gold.amount.currency.upper() not in [
                code.upper() for code in split_cell(row.get("currency"))]:
            wrong.append("currency")
    if gold.count is not None and not any(num_close(gold.count.value, value)
                                          for value in split_cell(row.get("count"))):
        wrong.append("count")
    return tuple(wrong)


def role_matches(gold: GoldRole, row: dict[str, str]) -> bool:
    """Whether a ``roles`` query row states the gold role (person, a role, and an `of` if given)."""
    return (norm(gold.person) in {norm(person) for person in split_cell(row.get("person"))}
            and _slot_matches(gold.role, row.get("role", ""))
            and (not gold.of or _slot_matches(gold.of, row.get("of", ""))))


# ---- results

@dataclass(frozen=True)
class Score:
    """Counts for one kind of item: recall is found/gold, precision matched/extracted."""

    gold: int = 0
    found: int = 0
    extracted: int = 0
    matched: int = 0

    @property
    def recall(self) -> float:
        """found / gold; 1.0 when there is no gold item (as kg-score)."""
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        """matched / extracted; 1.0 when nothing was extracted (as kg-score)."""
        return self.matched / self.extracted if self.extracted else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(self.gold + other.gold, self.found + other.found,
                     self.extracted + other.extracted, self.matched + other.matched)


@dataclass(frozen=True)
class Item:
    """A missed gold item or a spurious extracted one.

    `where` is ``gold-file:line`` for a missed item, the IRI for a spurious
    entity or event. `hint` says, for a missed event, how the closest
    extracted event of its type differs.
    """

    article: str
    type: str
    text: str
    where: str = ""
    hint: str = ""


@dataclass(frozen=True)
class Section:
    """Entities, roles or events: the total, per type (sorted), and the item lists."""

    total: Score = Score()
    by_type: tuple[tuple[str, Score], ...] = ()
    missed: tuple[Item, ...] = ()
    spurious: tuple[Item, ...] = ()

    def __add__(self, other: Section) -> Section:
        types = dict(self.by_type)
        for name, score in other.by_type:
            types[name] = types.get(name, Score()) + score
        return Section(self.total + other.total, tuple(sorted(types.items())),
                       self.missed + other.missed, self.spurious + other.spurious)


@dataclass(frozen=True)
class ArticleScore:
    """The scores of one gold file; `error` is set when its article did not convert."""

    id: str
    gold_path: str
    article_path: str
    entities: Section
    roles: Section
    events: Section
    error: str | None = None
    core: Score = Score()
    """Events matched on type, agent and target alone (kg-score ``--core``)."""


@dataclass(frozen=True)
class Evaluation:
    """All articles' scores and their micro-averaged totals (item lists concatenated)."""

    articles: tuple[ArticleScore, ...]
    entities: Section = Section()
    roles: Section = Section()
    events: Section = Section()
    warnings: tuple[str, ...] = field(default=())
    core: Score = Score()
    """Events matched on type, agent and target alone, micro-averaged (kg-score ``--core``)."""

    @property
    def errors(self) -> tuple[ArticleScore, ...]:
        """The articles that failed to convert."""
        return tuple(article for article in self.articles if article.error)


# ---- evaluation

def evaluate(gold_paths: Sequence[str | Path], articles_dir: str | Path | None = None,
             lexicon_files: tuple[str, ...] = ()) -> Evaluation:
    """Convert the article of each gold file and score it against the gold.

    Args:
        gold_paths: gold YAML files, or directories of them (``*.yaml``, ``*.yml``).
        articles_dir: where ``<id>.txt`` is; default: the ``articles/``
            directory beside the gold file's directory, else the gold file's own.
        lexicon_files: user lexicons for the conversion, as ``kg convert --lexicon``.

    Raises:
        InputError: a gold file that is missing or not in the gold format
            (``file:line``), a bad lexicon, a missing articles directory. All
            are checked before any article is converted.
        UsageError: no gold file given.

    An article that is missing or fails to convert is no exception: its
    `ArticleScore.error` says why and its gold items count as missed.
    """
    golds = [read_gold(path) for path in expand_gold_paths(gold_paths)]
    if articles_dir is not None and not Path(articles_dir).is_dir():
        raise InputError(str(articles_dir), "no such directory", "give the directory of the <id>.txt articles")
    load_lexicon(lexicon_files)  # a bad user lexicon fails the run, not each article
    articles = [score_article(gold, find_article(gold, articles_dir), lexicon_files) for gold in golds]
    return combine(articles, [warning for gold in golds for warning in gold.warnings])


def combine(articles: Iterable[ArticleScore], warnings: Iterable[str] = ()) -> Evaluation:
    """An `Evaluation` of these articles' scores, with micro-averaged totals."""
    articles = tuple(articles)
    return Evaluation(
        articles=articles,
        entities=sum((a.entities for a in articles), Section()),
        roles=sum((a.roles for a in articles), Section()),
        events=sum((a.events for a in articles), Section()),
        warnings=tuple(warnings),
        core=sum((a.core for a in articles), Score()),
    )


def expand_gold_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; directories as their gold files, sorted.

    Raises UsageError for no path, InputError for a directory without gold files.
    """
    if not paths:
        raise UsageError(None, "no gold file given", "give gold .yaml files or a directory of them")
    found: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            inside = sorted(p for p in item.iterdir() if p.suffix in GOLD_SUFFIXES and p.is_file())
            if not inside:
                raise InputError(str(item), "directory has no gold files", "expected files ending in .yaml")
            found += inside
        else:
            found.append(item)
    return found


def find_article(gold: Gold, articles_dir: str | Path | None) -> Path:
    """The article file of `gold`: ``<id>.txt`` (else ``<gold file name>.txt``, as kg-score).

    Without `articles_dir` it looks in ``../articles/`` from the gold file,
    then beside it; the first candidate is returned when none exists.
    """
    gold_path = Path(gold.path)
    folders = [Path(articles_dir)] if articles_dir is not None else [
        gold_path.parent.parent / "articles", gold_path.parent]
    names = dict.fromkeys([f"{gold.id}.txt", f"{gold_path.stem}.txt"])
    candidates = [folder / name for folder in folders for name in names]
    return next((path for path in candidates if path.is_file()), candidates[0])


def score_article(gold: Gold, article: Path, lexicon_files: tuple[str, ...] = ()) -> ArticleScore:
    """Convert `article` and score its contract query rows against `gold`."""
    try:
        converted = convert_article(article, lexicon_files=lexicon_files)
    except KgError as error:
        # As kg-score: the article scores zero (its gold items are missed), the others go on.
        empty = {"entities": [], "roles": [], "events": []}
        return replace(score_rows(gold, empty, str(article)), error=error.message)
    return score_rows(gold, contract_rows(converted.graph), str(article))


def contract_rows(graph) -> dict[str, list[dict[str, str]]]:
    """The rows of the ``entities``, ``roles`` and ``events`` queries over `graph`, as kg-score reads them.

    The graph goes through the Turtle that ``kg convert -o x.ttl`` writes, so
    literals have the lexical forms kg-score sees.
    """
    data = io.BytesIO()
    serialize_graph(graph, data, "turtle")
    store = ox.Store()
    store.load(input=data.getvalue(), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("urn:x-news-kg:eval"))
    results = {name: select(store, load_query(name)) for name in CONTRACT_QUERIES}
    return {name: [dict(zip(result.columns, row)) for row in result.rows] for name, result in results.items()}


def score_rows(gold: Gold, rows: dict[str, list[dict[str, str]]], article: str = "") -> ArticleScore:
    """Score query rows (``{"entities": [...], "roles": [...], "events": [...]}``) against `gold`."""
    return ArticleScore(gold.id, gold.path, article, _score_entities(gold, rows["entities"]),
                        _score_roles(gold, rows["roles"]), _score_events(gold, rows["events"]),
                        core=_score_core_events(gold, rows["events"]))


def _by_type(pairs: Iterable[tuple[str, Score]]) -> tuple[tuple[str, Score], ...]:
    types: dict[str, Score] = {}
    for name, score in pairs:
        types[name] = types.get(name, Score()) + score
    return tuple(sorted(types.items()))


def _score_entities(gold: Gold, rows: list[dict[str, str]]) -> Section:
    extracted = [(norm(row.get("type", "")), _names(row.get("label"), split_cell(row.get("aliases"))))
                 for row in rows]
    wanted = [(norm(g.type), _names(g.label, g.aliases)) for g in gold.entities]
    found = [any(kind == want_type and names & labels for kind, labels in extracted)
             for want_type, names in wanted]
    matched = [any(labels & names and kind == want_type for want_type, names in wanted)
               for kind, labels in extracted]
    return Section(
        Score(len(gold.entities), sum(found), len(rows), sum(matched)),
        _by_type([(g.type, Score(1, ok)) for g, ok in zip(gold.entities, found)]
                 + [(row.get("type", ""), Score(0, 0, 1, ok)) for row, ok in zip(rows, matched)]),
        tuple(Item(gold.id, g.type, _entity_text(g.label, g.aliases), f"{gold.path}:{g.line}")
              for g, ok in zip(gold.entities, found) if not ok),
        tuple(Item(gold.id, row.get("type", ""), _entity_text(row.get("label", ""), split_cell(row.get("aliases"))),
                   row.get("entity", "")) for row, ok in zip(rows, matched) if not ok),
    )


def _score_roles(gold: Gold, rows: list[dict[str, str]]) -> Section:
    found = [any(role_matches(g, row) for row in rows) for g in gold.roles]
    matched = [any(role_matches(g, row) for g in gold.roles) for row in rows]
    return Section(
        Score(len(gold.roles), sum(found), len(rows), sum(matched)),
        (),
        tuple(Item(gold.id, "Role", _role_text(g.person, g.role, g.of), f"{gold.path}:{g.line}")
              for g, ok in zip(gold.roles, found) if not ok),
        tuple(Item(gold.id, "Role", _role_text(row.get("person", ""), split_cell(row.get("role")),
                                               split_cell(row.get("of"))))
              for row, ok in zip(rows, matched) if not ok),
    )


def _score_events(gold: Gold, rows: list[dict[str, str]]) -> Section:
    used: set[int] = set()
    found, missed = [], []
    for g in gold.events:  # greedy, one-to-one, in gold order (kg-score)
        hit = next((i for i, row in enumerate(rows) if i not in used and not event_mismatches(g, row)), None)
        found.append(hit is not None)
        if hit is None:
            missed.append(Item(gold.id, g.type, g.text or _event_slots_text(g), f"{gold.path}:{g.line}",
                               _closest(g, rows)))
        else:
            used.add(hit)
    matched = [any(not event_mismatches(g, row) for g in gold.events) for row in rows]
    return Section(
        Score(len(gold.events), sum(found), len(rows), sum(matched)),
        _by_type([(g.type, Score(1, ok)) for g, ok in zip(gold.events, found)]
                 + [(row.get("type", ""), Score(0, 0, 1, ok)) for row, ok in zip(rows, matched)]),
        tuple(missed),
        tuple(Item(gold.id, row.get("type", ""), _row_text(row), row.get("event", ""))
              for row, ok in zip(rows, matched) if not ok),
    )


def _score_core_events(gold: Gold, rows: list[dict[str, str]]) -> Score:
    """Events matched on type, agent and target alone: greedy and one-to-one in gold order for
    recall, any gold event for precision (kg-score ``--core``)."""
    used: set[int] = set()
    for g in gold.events:
        hit = next((i for i, row in enumerate(rows) if i not in used and not event_mismatches(g, row, core=True)),
                   None)
        if hit is not None:
            used.add(hit)
    matched = sum(any(not event_mismatches(g, row, core=True) for g in gold.events) for row in rows)
    return Score(len(gold.events), len(used), len(rows), matched)


def _closest(g: GoldEvent, rows: list[dict[str, str]]) -> str:
    """How the extracted event of the same type that fails fewest slots differs from `g`."""
    candidates = [(len(wrong), i, wrong) for i, row in enumerate(rows)
                  if (wrong := event_mismatches(g, row)) != ("type",)]
    if not candidates:
        return f"no {g.type} event extracted"
    _, index, wrong = min(candidates)
    row = rows[index]
    # The article's own part of the IRI is enough within one article's list.
    name = row.get("event", "").partition("/article/")[2].partition("/")[2] or row.get("event", "")
    if not wrong:
        return f"its match {name} was taken by an earlier gold event"
    parts = [f"{slot}: {row.get(slot) or '(none)'}" for slot in wrong]
    return f"closest {name} differs in " + "; ".join(parts)


def _entity_text(label: str, aliases: Iterable[str]) -> str:
    aliases = list(aliases)
    return f"{label} (aliases: {' | '.join(aliases)})" if aliases else label


def _role_text(person: str, role: Iterable[str], of: Iterable[str]) -> str:
    return f"{person} / {' | '.join(role)} / {' | '.join(of) or '-'}"


def _event_slots_text(g: GoldEvent) -> str:
    slots = [f"{slot} {' | '.join(g.slot(slot))}" for slot in EVENT_SLOTS if g.slot(slot)]
    return ", ".join(slots) or g.type


def _row_text(row: dict[str, str]) -> str:
    text = " ".join((row.get("text") or "").split())
    text = text if len(text) <= 70 else text[:69] + "…"
    return f"{row.get('agent') or '-'} -> {row.get('target') or '-'} ({text})"
