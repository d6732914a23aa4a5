"""Score happenings against a gold file of which reported events tell one happening (`kg eval --happenings`).

Input: a gold file (the format of docs/happenings.md, "Gold file") and the articles it names. Output: a
`LinkEvaluation` of plain data: pairwise precision and recall of same-happening links, and the gold
reports extraction did not give (which no linking can find).

Each article is converted in-process (`kg.pipeline.convert_article`), the graphs put in an in-memory
store, each in its named graph, and linked there (`kg.link.write.link_store`) as ``kg load`` links a
store. A gold report is the extracted event of its article and type whose sentence holds its ``text``
(and whose agents' labels hold its ``agent``, when given). Pairs are counted over extracted events:

- predicted: every pair of reports of one happening kg made;
- gold: every pair of extracted events that gold reports of one happening name;
- precision: predicted pairs that are gold pairs, over predicted pairs (an event the gold names in no
  happening is a happening of its own, so any pair with it is wrong);
- recall: gold pairs predicted, over gold pairs; also over the pairs of two articles only (kg never
  links two events of one article: docs/happenings.md, rule 1), end to end, over the pairs of every
  gold report, found by extraction or not, and within the rule's reach: over the gold pairs the rule
  allows (`kg.link.rule.compatible`). A gold pair the rule refuses is one whose events extraction gave
  other participants, places or dates: no clustering under the rule can link it.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.errors import InputError

REPORT_KEYS = {"article", "type", "text", "agent"}


@dataclass(frozen=True)
class GoldReport:
    """One report a gold happening names: its article's id, event type, a piece of its sentence, and a
    piece of its agent's label (or None)."""

    article: str
    type: str
    text: str
    agent: str | None = None


@dataclass(frozen=True)
class GoldHappenings:
    """A gold file: the article ids it covers and each happening's id with its reports."""

    path: str
    articles: tuple[str, ...]
    happenings: tuple[tuple[str, tuple[GoldReport, ...]], ...]


@dataclass(frozen=True)
class Event:
    """An extracted event as the scoring sees it: IRI, article id, type, agents' labels and sentence."""

    iri: str
    article: str
    type: str
    agents: str
    text: str


@dataclass(frozen=True)
class LinkEvaluation:
    """Pairwise figures of one linking against its gold (counts of pairs; see the module)."""

    predicted: int
    correct: int
    gold: int
    gold_across: int
    correct_across: int
    gold_reports: int
    gold_report_pairs: int
    missing: tuple[GoldReport, ...]
    wrong: tuple[tuple[str, str], ...]
    """Predicted pairs that are no gold pair (event IRIs), sorted."""
    gold_allowed: int = 0
    """Gold pairs the rule allows (both events compatible)."""
    correct_allowed: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.correct, self.gold)

    @property
    def recall_across(self) -> float:
        return _ratio(self.correct_across, self.gold_across)

    @property
    def recall_allowed(self) -> float:
        return _ratio(self.correct_allowed, self.gold_allowed)

    @property
    def recall_end_to_end(self) -> float:
        return _ratio(self.correct, self.gold_report_pairs)


def _ratio(part: int, whole: int) -> float:
    """part / whole; 1.0 when there is nothing to find (as `kg.evaluate.score.Score`)."""
    return part / whole if whole else 1.0


def _fail(path: str, problem: str) -> InputError:
    return InputError(path, problem, "see docs/happenings.md, \"Gold file\", for the format")


def _report(path: str, where: str, item) -> GoldReport:
    if not isinstance(item, dict) or not {"article", "type", "text"} <= set(item) or set(item) - REPORT_KEYS:
        raise _fail(path, f"{where}: a report needs article, type and text (and may have agent), got {item!r}")
    return GoldReport(str(item["article"]), str(item["type"]), str(item["text"]),
                      None if item.get("agent") is None else str(item["agent"]))


def read_gold_happenings(path: str | Path) -> GoldHappenings:
    """Read and check a gold file of happenings.

    Raises InputError for a file that is missing, not YAML or not in the format (where: the happening).
    """
    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(where, "no such gold file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError(where, f"cannot be read as YAML ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list) \
            or not isinstance(data.get("happenings"), list):
        raise _fail(where, "expected a mapping with the lists articles and happenings")
    articles = tuple(str(item) for item in data["articles"])
    happenings, seen = [], set()
    for number, item in enumerate(data["happenings"], 1):
        if not isinstance(item, dict) or "id" not in item or not isinstance(item.get("reports"), list):
            raise _fail(where, f"happening {number}: expected id and a list of reports")
        name = str(item["id"])
        if name in seen:
            raise _fail(where, f"happening {name}: its id is used twice")
        seen.add(name)
        reports = tuple(_report(where, f"happening {name}", report) for report in item["reports"])
        unknown = sorted({report.article for report in reports} - set(articles))
        if unknown:
            raise _fail(where, f"happening {name}: article {unknown[0]} is not among the file's articles")
        happenings.append((name, reports))
    return GoldHappenings(where, articles, tuple(happenings))


def matching_events(report: GoldReport, events: Iterable[Event]) -> list[Event]:
    """The extracted events a gold report names (see the module)."""
    return [event for event in events
            if event.article == report.article and event.type == report.type and report.text in event.text
            and (report.agent is None or report.agent in event.agents)]


def _pairs(members: Iterable[str]) -> set[tuple[str, str]]:
    return set(itertools.combinations(sorted(set(members)), 2))


def score_links(gold: GoldHappenings, events: list[Event], predicted: Iterable[Iterable[str]],
                allowed: Callable[[str, str], bool] = lambda a, b: True) -> LinkEvaluation:
    """Pairwise figures of the `predicted` happenings (each its reports' IRIs) against `gold`, over `events`;
    `allowed` tells the pairs of events the linking rule allows."""
    article_of = {event.iri: event.article for event in events}
    predicted_pairs = set().union(*(_pairs(members) for members in predicted))
    gold_pairs: set[tuple[str, str]] = set()
    missing, reports, report_pairs = [], 0, 0
    for _, happening in gold.happenings:
        members = []
        for report in happening:
            found = matching_events(report, events)
            if not found:
                missing.append(report)
            members += [event.iri for event in found]
        reports += len(happening)
        report_pairs += len(happening) * (len(happening) - 1) // 2
        gold_pairs |= _pairs(members)
    across = {pair for pair in gold_pairs if article_of[pair[0]] != article_of[pair[1]]}
    correct = predicted_pairs & gold_pairs
    reachable = {pair for pair in gold_pairs if allowed(*pair)}
    return LinkEvaluation(
        predicted=len(predicted_pairs), correct=len(correct), gold=len(gold_pairs), gold_across=len(across),
        correct_across=len(correct & across), gold_reports=reports, gold_report_pairs=report_pairs,
        missing=tuple(missing), wrong=tuple(sorted(predicted_pairs - gold_pairs)),
        gold_allowed=len(reachable), correct_allowed=len(correct & reachable))


def evaluate_links(gold_path: str | Path, articles_dir: str | Path | None = None) -> LinkEvaluation:
    """Convert the articles `gold_path` names (``<id>.txt`` in `articles_dir`, default ``articles/`` beside the
    gold file), link them in memory and score the happenings against the gold.

    Raises InputError for a bad gold file, a missing article, or one that does not convert.
    """
    import pyoxigraph as ox

    from kg.link.reports import read_reports
    from kg.link.rule import compatible
    from kg.link.write import link_store
    from kg.pipeline import convert_article
    from kg.rdf.write import serialize_graph
    from kg.store.query import load_query, select

    gold = read_gold_happenings(gold_path)
    folder = Path(articles_dir) if articles_dir is not None else Path(gold_path).parent / "articles"
    store = ox.Store()
    for article in gold.articles:
        path = folder / f"{article}.txt"
        if not path.is_file():
            raise InputError(str(path), f"no article {article} for {gold.path}",
                             "give the directory of the <id>.txt articles with --articles")
        converted = convert_article(path)
        data = _bytes(serialize_graph, converted.graph)
        store.load(input=data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(converted.graph.identifier)))
    link_store(store)
    rows = select(store, load_query("events"))
    events = [Event(row[0], row[0].split("/article/", 1)[1].split("/event/", 1)[0], row[1], row[2], row[12])
              for row in rows.rows]
    report = ox.NamedNode("https://w3id.org/news-kg/ns#report")
    members: dict[str, list[str]] = {}
    for quad in store.quads_for_pattern(None, report, None, ox.DefaultGraph()):
        members.setdefault(quad.subject.value, []).append(quad.object.value)
    reports = {report.event: report for report in read_reports(store)}
    return score_links(gold, events, members.values(), lambda a, b: compatible(reports[a], reports[b]))


def _bytes(serialize, graph) -> bytes:
    import io

    data = io.BytesIO()
    serialize(graph, data, "nt")
    return data.getvalue()


def render_links_text(evaluation: LinkEvaluation) -> str:
    """A readable report: the figures, the gold reports extraction missed, the wrong links."""
    e = evaluation
    lines = [
        f"pairwise precision  {e.precision:.2f} ({e.correct}/{e.predicted} predicted pairs)",
        f"pairwise recall     {e.recall:.2f} ({e.correct}/{e.gold} gold pairs of extracted events)",
        f"  across articles   {e.recall_across:.2f} ({e.correct_across}/{e.gold_across}; "
        "kg never links two events of one article)",
        f"  within the rule   {e.recall_allowed:.2f} ({e.correct_allowed}/{e.gold_allowed} gold pairs the rule "
        "allows; the others extraction gave other participants, places or dates)",
        f"  end to end        {e.recall_end_to_end:.2f} ({e.correct}/{e.gold_report_pairs} pairs of the "
        f"{e.gold_reports} gold reports, found by extraction or not)",
        f"gold reports not extracted as such: {len(e.missing)}",
    ]
    lines += [f"  {r.article} {r.type}: {r.text!r}" + (f" (agent {r.agent!r})" if r.agent else "")
              for r in e.missing]
    lines.append(f"linked pairs the gold does not hold: {len(e.wrong)}")
    lines += [f"  {a} ~ {b}" for a, b in e.wrong]
    return "\n".join(lines) + "\n"


def render_links_json(evaluation: LinkEvaluation) -> str:
    """The figures and lists as JSON."""
    import json

    e = evaluation
    return json.dumps({
        "precision": round(e.precision, 4), "recall": round(e.recall, 4),
        "recall_across_articles": round(e.recall_across, 4), "recall_end_to_end": round(e.recall_end_to_end, 4),
        "recall_within_rule": round(e.recall_allowed, 4), "gold_pairs_within_rule": e.gold_allowed,
        "predicted_pairs": e.predicted, "correct_pairs": e.correct, "gold_pairs": e.gold,
        "gold_reports": e.gold_reports,
        "missing": [vars(report) for report in e.missing], "wrong": [list(pair) for pair in e.wrong],
    }, indent=2) + "\n"
