"""Happenings from reports: complete-linkage clustering under the rule of `kg.link.rule` (issue 15).

Input: `Report` values (`kg.link.reports` reads them from a store). Output: `Happening` values, one for
each group of two or more reports that tell one happening; plain data that `kg.link.write` states as RDF.

How (docs/happenings.md):

- **No chaining.** A report joins a happening only when it is compatible with *every* report already
  in it (complete linkage), so no two reports of a happening break the rule.
- **Deterministic, whatever the load order.** The reports are taken in the order of their IRIs; each
  joins the happening, among those it may join, with the most reports (ties: the one begun first),
  else begins one. The result is a function of the set of reports alone: the same articles loaded in any
  order and in any number of loads give the same happenings.
- **Stable names.** A happening's IRI is ``id/happening/`` and 16 hex digits of the SHA-256 of its
  smallest report IRI, so a report that joins later keeps the name unless its IRI sorts first; a
  happening a new report bridges into another takes the name of the one whose smallest IRI is smaller.
- **Never all pairs.** Reports are indexed by (type, participant key, month): a report is compared only
  with the happenings that hold a report of its type sharing an agent or target with it, dated (or, when
  undated, published) within a month of it. Two reports that must share a participant never miss each
  other so; reports more than a month apart by that anchor are never compared (a limit, documented).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.link.rule import Report, compatible

HAPPENING_PATH = "happening/"
"""Where happenings live below ``https://w3id.org/news-kg/id/``."""


@dataclass(frozen=True)
class Happening:
    """One real-world occurrence and the reports (event IRIs, sorted) that tell it.

    ``name`` is the end of its IRI (``happening/`` and 16 hex digits); ``date_from`` and ``date_to`` the
    earliest and latest of its reports' dates as (text, XSD datatype IRI), None when none is dated;
    ``sources`` the number of distinct sources (`Report.sources` of its reports).
    """

    name: str
    kind: str
    reports: tuple[str, ...]
    articles: int
    sources: int
    date_from: tuple[str, str] | None
    date_to: tuple[str, str] | None
    participants: tuple[str, ...]


def happening_name(reports: Iterable[str]) -> str:
    """The end of a happening's IRI: from its smallest report IRI, so that it outlives later joiners.

    >>> happening_name(["urn:b", "urn:a"]) == happening_name(["urn:a"])
    True
    >>> happening_name(["urn:a"])
    'happening/558181ea170c2a30'
    """
    first = min(reports)
    return HAPPENING_PATH + hashlib.sha256(first.encode("utf-8")).hexdigest()[:16]


def _month(anchor: tuple[int, int]) -> int:
    return anchor[0] * 12 + anchor[1] - 1


def _keys(report: Report) -> set[tuple[str, str]]:
    return {(report.kind, key) for key in report.agents | report.targets}


@dataclass
class _Group:
    """A happening being gathered: its reports, their articles, and one report of each distinct content
    (what the rule compares but the article), so that copies of one report are compared once."""

    reports: list[Report] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    kinds: dict[tuple, Report] = field(default_factory=dict)
    verdicts: dict[tuple, bool] = field(default_factory=dict)
    """What `admits` said of a content, until the group gains a new one."""

    def admits(self, report: Report) -> bool:
        """Whether `report` is compatible with every report of the group (complete linkage)."""
        if report.article in self.articles:
            return False
        content = _content(report)
        if content not in self.verdicts:
            self.verdicts[content] = all(compatible(report, member) for member in self.kinds.values())
        return self.verdicts[content]

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.articles.add(report.article)
        content = _content(report)
        if content not in self.kinds:
            self.kinds[content] = report
            self.verdicts.clear()  # a new content may refuse what the others admitted


def _content(report: Report) -> tuple:
    return report.kind, report.day, report.agents, report.targets, report.places, report.words


def _may_merge(report: Report) -> bool:
    """Whether `report` may ever join another: it names a participant and has a date or a place (rule 6)."""
    return bool(report.agents or report.targets) and (report.day is not None or bool(report.places))


def reach(seeds: Iterable[Report], known: Iterable[Report]) -> tuple[list[Report], set[tuple[str, int]]]:
    """The reports among `known` that clustering may put with `seeds`, whatever else is known: the
    connected components of `seeds` under the candidate relation (same type, a shared participant key,
    anchor months at most one apart, both able to merge), which the clustering never crosses; and the
    (type, month) buckets where the candidates of those reports lie.

    Clustering a union of whole components gives exactly the groups a clustering of every report gives
    them: a report's candidates are the groups holding a report it is related to, and the groups of a
    component are begun in the same order either way (`cluster_reports`). The components are whole only
    when every report of those buckets is in `known` (`kg.link.write.link_loaded` reads them until so).

    >>> day = (2025, 3, 11)
    >>> a, b, c = (Report(f"e/{n}", f"a/{n}", "Assault", day, frozenset({key}), anchor=(2025, 3))
    ...            for n, key in enumerate("xxy"))
    >>> members, buckets = reach([a], [a, b, c])     # c shares no participant with a or b
    >>> [report.event for report in members], sorted(month % 12 + 1 for _, month in buckets)
    (['e/0', 'e/1'], [2, 3, 4])
    """
    index: dict[tuple[str, str, int], list[Report]] = defaultdict(list)
    for report in known:
        if _may_merge(report):
            for kind, key in _keys(report):
                index[(kind, key, _month(report.anchor))].append(report)
    found = {report.event: report for report in seeds if _may_merge(report)}
    waiting = list(found.values())
    buckets: set[tuple[str, int]] = set()
    while waiting:
        report = waiting.pop()
        month = _month(report.anchor)
        buckets.update((report.kind, near) for near in (month - 1, month, month + 1))
        for kind, key in _keys(report):
            for near in (month - 1, month, month + 1):
                for other in index.get((kind, key, near), ()):
                    if other.event not in found:
                        found[other.event] = other
                        waiting.append(other)
    return sorted(found.values(), key=lambda item: item.event), buckets


def cluster_reports(reports: Iterable[Report]) -> list[list[Report]]:
    """Group `reports` by complete linkage in IRI order (the module's rule); every group, singletons too,
    ordered by its first report's IRI.

    >>> from kg.link.rule import Report
    >>> day = (2025, 3, 11)
    >>> reports = [Report(f"e/{n}", f"a/{n}", "Assault", day, frozenset({"org/bla"})) for n in range(3)]
    >>> [[r.event for r in group] for group in cluster_reports(reports)]   # no place, but a date and a participant
    [['e/0', 'e/1', 'e/2']]
    """
    groups: list[_Group] = []
    index: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for report in sorted(reports, key=lambda item: item.event):
        if not _may_merge(report):  # alone whatever comes: not indexed, so never a candidate
            groups.append(_Group())
            groups[-1].add(report)
            continue
        month = _month(report.anchor)
        candidates: set[int] = set()
        for kind, key in _keys(report):
            for near in (month - 1, month, month + 1):
                candidates.update(index.get((kind, key, near), ()))
        chosen = None
        for number in sorted(candidates):
            if (chosen is None or len(groups[number].reports) > len(groups[chosen].reports)) and \
                    groups[number].admits(report):
                chosen = number
        if chosen is None:
            chosen = len(groups)
            groups.append(_Group())
        groups[chosen].add(report)
        for kind, key in _keys(report):
            if not index[(kind, key, month)] or index[(kind, key, month)][-1] != chosen:
                index[(kind, key, month)].append(chosen)
    return [group.reports for group in groups]


def _earliest(report: Report) -> tuple:
    year, month, day = report.day or (0, None, None)
    return year, month or 0, day or 0


def _latest(report: Report) -> tuple:
    year, month, day = report.day or (0, None, None)
    return year, month or 13, day or 32


def link_reports(reports: Iterable[Report]) -> list[Happening]:
    """The happenings of two or more reports among `reports`, by name (see `cluster_reports`)."""
    happenings = []
    for group in cluster_reports(reports):
        if len(group) < 2:
            continue
        dated = [report for report in group if report.day is not None and report.date is not None]
        happenings.append(Happening(
            name=happening_name(report.event for report in group),
            kind=group[0].kind,
            reports=tuple(sorted(report.event for report in group)),
            articles=len({report.article for report in group}),
            sources=len(set().union(*(report.sources for report in group))),
            date_from=min(dated, key=lambda r: (_earliest(r), r.event)).date if dated else None,
            date_to=max(dated, key=lambda r: (_latest(r), r.event)).date if dated else None,
            participants=tuple(sorted(set().union(*(report.participants for report in group)))),
        ))
    return sorted(happenings, key=lambda happening: happening.name)
