"""`kg.link.rule`: when two reports tell one happening (docs/happenings.md, "The rule"), as cases."""
from __future__ import annotations

import pytest

from kg.link.rule import PlaceRef, Report, compatible, content_words, dates_compatible, group_key

MINSK = PlaceRef("id/city/minsk-by", "city", "BY")
GOMEL = PlaceRef("id/city/gomel-by", "city", "BY")
BELARUS = PlaceRef("id/country/by", "country", "BY")
MOSCOW = PlaceRef("id/city/moscow-ru", "city", "RU")
REGION = PlaceRef("id/place/balochistan", "place")
PAKISTAN = PlaceRef("id/country/pk", "country", "PK")
DAY = (2020, 9, 20)


def report(article: str = "a/1", kind: str = "Protest", day=DAY, agents=("group:protester",), targets=(),
           places=(MINSK,)) -> Report:
    return Report(f"{article}/event/0", article, kind, day, frozenset(agents), frozenset(targets),
                  frozenset(places))


CASES = [
    # (what the case shows, the second report's differences from report(), compatible?)
    ("the same type, participant, day and place", {}, True),
    ("another type never", {"kind": "Arrest"}, False),
    ("a day later: within one day", {"day": (2020, 9, 21)}, True),
    ("two days later: not", {"day": (2020, 9, 22)}, False),
    ("a month-precise date of the month", {"day": (2020, 9, None)}, True),
    ("a month-precise date of another month", {"day": (2020, 8, None)}, False),
    ("a year-precise date of the year", {"day": (2020, None, None)}, True),
    ("undated, with a place that matches", {"day": None}, True),
    ("a city inside the other's country", {"places": (BELARUS,)}, True),
    ("another city of the same country", {"places": (GOMEL,)}, False),
    ("a city of another country", {"places": (MOSCOW,)}, False),
    ("no place, with a date that matches", {"places": ()}, True),
    ("undated and no place: nothing but the participant", {"day": None, "places": ()}, False),
    ("no participant on one side: nothing shared", {"agents": ()}, False),
    ("another agent", {"agents": ("group:police",)}, False),
    ("one side names an agent more", {"agents": ("group:protester", "id/person/x")}, True),
    ("a shared target, agent unknown on one side", {"agents": (), "targets": ("id/person/lukashenko",)}, False),
    ("the same article never", {"article": "a/0"}, False),
]


@pytest.mark.parametrize(("what", "changes", "expected"), CASES, ids=[case[0] for case in CASES])
def test_rule_case(what, changes, expected):
    first = report(article="a/0")
    assert compatible(first, report(**changes)) is expected
    assert compatible(report(**changes), first) is expected  # the rule is symmetric


def test_rule_a_shared_target_with_the_agent_unknown_on_one_side_merges():
    one = report(article="a/0", agents=(), targets=("id/person/lukashenko",))
    other = report(agents=("group:protester",), targets=("id/person/lukashenko",))
    assert compatible(one, other)


def test_rule_a_region_with_no_country_meets_a_country_only_as_the_same_node():
    one = report(article="a/0", places=(REGION,))
    assert not compatible(one, report(places=(PAKISTAN,)))
    assert compatible(one, report(places=(REGION, PAKISTAN)))


def test_rule_a_region_of_a_country_meets_that_country_and_its_cities_not_another_country():
    region = PlaceRef("id/place/balochistan-pk", "place", "PK")
    sibi = PlaceRef("id/city/sibi-pk", "city", "PK")
    one = report(article="a/0", places=(region,))
    assert compatible(one, report(places=(PAKISTAN,))) and compatible(report(places=(PAKISTAN,)), one)
    assert compatible(one, report(places=(sibi,)))
    assert not compatible(one, report(places=(MOSCOW,)))
    assert not compatible(one, report(places=(PlaceRef("id/place/punjab-in", "place", "IN"),)))


def test_rule_day_precise_dates_cross_a_month_and_a_year():
    assert dates_compatible((2024, 12, 31), (2025, 1, 1))
    assert not dates_compatible((2024, 12, 31), (2025, 1, 2))


def test_rule_groups_of_two_articles_meet_on_their_normalised_label_and_country():
    assert group_key("Protesters") == group_key("the protesters") == group_key("protester")
    assert group_key("police", "COP") != group_key("Belarusian police", "BLRCOP")
    assert group_key("Belarusian police", "BLRCOP") != group_key("Belarusian police", "RUSCOP")


def test_rule_speech_acts_of_one_speaker_and_day_merge_only_when_they_say_the_same():
    nkg = "https://w3id.org/news-kg/ns#"

    def said(article: str, sentence: str) -> Report:
        return Report(f"{article}/event/0", article, nkg + "Statement", DAY, frozenset({"id/person/hayat"}),
                      words=content_words(sentence))

    first = said("a/0", "So far, it's no foot on the ground, Hayat told VOA about the scene.")
    assert compatible(first, said("a/1", "So far, it's no foot on the ground, railway official Hayat told VOA."))
    assert not compatible(first, said("a/1", "A train carrying security officials had departed Quetta, Hayat added."))
