"""`kg.link.cluster`: complete linkage (no chaining), a result that depends on the set of reports only,
and happening IRIs that outlive later reports."""
from __future__ import annotations

import random

from kg.link.cluster import cluster_reports, happening_name, link_reports, reach
from kg.link.rule import PlaceRef, Report

MINSK = PlaceRef("id/city/minsk-by", "city", "BY")


def report(n: int, day, agents=("group:protester",), article: str | None = None, sources=()) -> Report:
    return Report(f"e/{n:02d}", article or f"a/{n:02d}", "Protest", day, frozenset(agents), frozenset(),
                  frozenset({MINSK}), anchor=day[:2], date=(f"{day[0]}-{day[1]:02d}-{day[2]:02d}", "xsd:date"),
                  sources=frozenset(sources) or frozenset({f"a/{n:02d}"}))


def test_cluster_no_chaining_every_pair_satisfies_the_rule():
    # 20 and 21, 21 and 22 are within a day; 20 and 22 are not: no happening holds all three
    reports = [report(1, (2020, 9, 20)), report(2, (2020, 9, 21)), report(3, (2020, 9, 22))]
    groups = [[r.event for r in group] for group in cluster_reports(reports)]
    assert groups == [["e/01", "e/02"], ["e/03"]]


def test_cluster_result_is_the_same_in_any_order():
    reports = [report(n, (2020, 9, 18 + n % 5)) for n in range(12)]
    expected = link_reports(reports)
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert link_reports(shuffled) == expected


def test_cluster_happening_counts_articles_sources_and_dates():
    reports = [report(1, (2020, 9, 20), sources=("org/viasna",)), report(2, (2020, 9, 21), sources=("org/viasna",)),
               report(3, (2020, 9, 20), sources=("org/ministry",))]
    (happening,) = link_reports(reports)
    assert happening.reports == ("e/01", "e/02", "e/03")
    assert (happening.articles, happening.sources) == (3, 2)
    assert (happening.date_from[0], happening.date_to[0]) == ("2020-09-20", "2020-09-21")


def test_cluster_iri_stays_when_a_later_report_joins_and_comes_from_the_smallest():
    two = link_reports([report(1, (2020, 9, 20)), report(2, (2020, 9, 20))])
    three = link_reports([report(1, (2020, 9, 20)), report(2, (2020, 9, 20)), report(3, (2020, 9, 20))])
    assert two[0].name == three[0].name == happening_name(["e/01"])


def test_cluster_a_lone_report_is_no_happening():
    assert link_reports([report(1, (2020, 9, 20)), report(2, (2021, 9, 20))]) == []


def test_cluster_reports_of_neighbouring_months_are_compared():
    # the index finds candidates in the report's month and the next and previous ones only
    assert len(link_reports([report(1, (2020, 9, 30)), report(2, (2020, 10, 1))])) == 1


def test_cluster_a_component_reach_gives_clusters_alone_as_among_every_report():
    """`reach`: the reports it finds from some seeds, clustered alone, are grouped exactly as a clustering of
    every report groups them (what an incremental load counts on), over random reports that chain across
    days and months and share participants in part."""
    rng = random.Random(15)
    for trial in range(40):
        reports = []
        for n in range(40):
            month = rng.choice((8, 9, 10))
            day = rng.choice((1, 2, 15, 29, 30)) if month != 9 else rng.choice((1, 2, 15, 29, 30))
            agents = rng.sample(["group:protester", "id/person/a", "id/org/b", "group:police"], rng.randint(0, 2))
            reports.append(Report(f"e/{n:02d}", f"a/{rng.randrange(25):02d}", rng.choice(("Protest", "Arrest")),
                                  (2020, month, day), frozenset(agents), frozenset(), frozenset({MINSK}),
                                  anchor=(2020, month)))
        every = {tuple(r.event for r in group) for group in cluster_reports(reports)}
        seeds = rng.sample(reports, 3)
        members, buckets = reach(seeds, reports)
        alone = {tuple(r.event for r in group) for group in cluster_reports(members)}
        assert alone <= every, trial
        assert {seed.event for seed in seeds if seed.agents} <= {r.event for r in members}
        assert all((r.kind, r.anchor[0] * 12 + r.anchor[1] - 1) in buckets for r in members)
