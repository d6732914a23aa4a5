"""Event coreference: one event told in nearby sentences is one event; claims of
different sources stay apart."""
from __future__ import annotations

from kg.extract.coref import merge_coreferent
from kg.facts import Count, Event

LABELS = {"group/girls": "girls", "group/schoolgirls": "schoolgirls", "group/captors": "captors",
          "group/people": "people", "org/a": "A", "org/b": "B"}


def test_coref_later_mention_fills_slots_and_exact_count_wins():
    first = Event("Release", 0, "freed", agents=("group/captors",), targets=("group/schoolgirls",),
                  date="2021-03-02", count=Count(270, "more than"))
    later = Event("Release", 1, "released", targets=("group/girls",), places=("place/x",), count=Count(279))
    merged = merge_coreferent([first, later], LABELS)
    assert len(merged) == 1
    assert merged[0].sentence == 0 and merged[0].places == ("place/x",)
    assert merged[0].count == Count(279, "exactly") and merged[0].agents == ("group/captors",)


def test_coref_different_sources_stay_two_claims():
    a = Event("Arrest", 0, "detained", targets=("group/people",), sources=("org/a",), count=Count(80, "at least"))
    b = Event("Arrest", 1, "held", targets=("group/people",), sources=("org/b",), count=Count(10, "at least"))
    assert merge_coreferent([a, b], LABELS) == [a, b]


def test_coref_far_apart_or_conflicting_events_stay_apart():
    a = Event("Arrest", 0, "detained", targets=("group/people",))
    far = Event("Arrest", 5, "detained", targets=("group/people",))
    other_date = Event("Arrest", 1, "detained", targets=("group/people",), date="2020-01-01")
    assert len(merge_coreferent([a, far], LABELS)) == 2
    assert len(merge_coreferent([Event("Arrest", 0, "x", targets=("group/people",), date="2020-01-02"),
                                 other_date], LABELS)) == 2


def test_coref_keeps_speech_events_apart_unless_the_same_blame_is_restated():
    a = Event("Criticism", 0, "condemned", agents=("org/a",), targets=("org/b",))
    restated = Event("Criticism", 1, "denounced", agents=("org/a",), targets=("org/b",))
    other = Event("Criticism", 1, "denounced", agents=("org/a",), targets=("group/people",))
    assert len(merge_coreferent([a, restated], LABELS)) == 1
    assert len(merge_coreferent([a, other], LABELS)) == 2


def test_coref_an_election_is_known_by_its_place_and_date():
    month = Event("Election", 0, "elections", places=("country/PK",), date="2024-02")
    day = Event("Election", 1, "vote", places=("country/PK",), date="2024-02-08")
    elsewhere = Event("Election", 1, "vote", places=("country/IN",), date="2024-02-08")
    assert [e.date for e in merge_coreferent([month, day], LABELS)] == ["2024-02-08"]
    assert len(merge_coreferent([month, elsewhere], LABELS)) == 2
