"""Whom a criticism of an act blames (kg/extract/blame.py), on sentences written for the tests."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import events_of

CASES = {
    "an act's owner told before is blamed": (
        "Last week, parliament passed the government's tax-laden budget. "
        "Opposition parties rejected the budget on Monday.",
        "opposition parties", ["Ukraine"]),
    "a resolution 'in' an organisation is that organisation's": (
        "A resolution in the European Parliament called for an inquiry. "
        "The government rejected the resolution on Wednesday.",
        "Ukraine", ["European Parliament"]),
    "criticising someone's arrest blames who arrested them": (
        "Police detained the blogger Oleh Marchenko on Monday. "
        "Rights groups condemned Marchenko's arrest.",
        "rights groups", ["police"]),
    "an arrest whose doer is not told is the state's": (
        "The activist Ivan Petrov was arrested on Monday. "
        "Amnesty International condemned Petrov's arrest.",
        "Amnesty International", ["Ukraine"]),
    "a ruling is its judge's, named by 'whose decision'": (
        "The journalist Taras Bondar returned to prison on the orders of Judge Olena Koval, "
        "whose decision came after a hearing on Monday. Bondar called the ruling \u201carbitrary.\u201d",
        "Taras Bondar", ["Olena Koval"]),
    "the owner of an act done to someone else did it": (
        "Amnesty International condemned Russia's detention of the journalist Ivan Petrov.",
        "Amnesty International", ["Russia"]),
    "an arrest elsewhere is not blamed on the story's state": (
        "Ukraine's foreign ministry condemned the arrest of the journalist Ivan Petrov in Moscow.",
        "Ukraine's foreign ministry", []),
    "a decision about something no event told has no author": (
        "Police detained the blogger Ivan Petrov on Monday.\n\n"
        "Separately, Amnesty International criticized the decision to raise fuel prices.",
        "Amnesty International", []),
    "a noun of blame reaches the act after 'of'": (
        "Police detained the blogger Oleh Marchenko on Monday. "
        "Rights groups voiced condemnation of Marchenko's arrest.",
        "rights groups", ["police"]),
    "what one signs is theirs, and 'the action' a story then condemns is it": (
        "President Ivan Petrov has signed a controversial measure extending his term by two years. "
        "Opposition lawmakers have spoken out against the action.",
        "opposition lawmakers", ["Ivan Petrov"]),
    "a decree one issues is the move condemned after it": (
        "President Ivan Petrov on Sunday issued a decree dissolving parliament. "
        "Opposition parties denounced the move as a coup.",
        "opposition parties", ["Ivan Petrov"]),
    "the by-phrase of a passive of enacting names the author": (
        "The decree was signed by President Ivan Petrov on Sunday. Opposition parties lashed out at the decree.",
        "opposition parties", ["Ivan Petrov"]),
    "'that attack' names the attack told": (
        "Militants attacked a base on Monday. Amnesty International condemned that attack.",
        "Amnesty International", ["militants"]),
    "a word of blame in quotation marks does not hide the act": (
        "Gunmen killed 12 villagers in Plateau state on Monday. Amnesty International condemned the \u201cheinous\u201d "
        "killing.", "Amnesty International", ["gunmen"]),
    "drills a state leads are that state's": (
        "Vladimir Putin criticized the U.S.-led drills on Friday.", "Vladimir Putin", ["United States"]),
    "strikes a state leads, written apart, are that state's": (
        "Vladimir Putin criticized the Saudi-led airstrikes on Friday.", "Vladimir Putin", ["Saudi Arabia"]),
    "exercises an alliance leads are its own": (
        "Russia condemned the NATO-led exercises in Estonia.", "Russia", ["NATO"]),
    "a law one receives is not one's own": (
        "President Ivan Petrov received the new law on Sunday. Rights groups condemned the law.",
        "rights groups", []),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_blame_targets_the_author_of_the_act(name):
    body, agent, target = CASES[name]
    criticisms = [e for e in events_of(body) if e["type"] == "Criticism"]
    assert criticisms, f"no Criticism in {events_of(body)}"
    assert criticisms[0]["agent"] == [agent], criticisms
    assert criticisms[0]["target"] == target, criticisms


def test_blame_never_names_the_one_the_act_was_done_to():
    events = events_of("Police detained the blogger Oleh Marchenko on Monday. "
                       "Rights groups condemned Marchenko's arrest and urged the government to free him.")
    assert all("Oleh Marchenko" not in e["agent"] for e in events), events
    assert all("Oleh Marchenko" not in e["target"] for e in events if e["type"] == "Criticism"), events


def test_blame_a_protest_of_an_arrest_is_against_who_arrested():
    events = events_of("Workers in Lviv went on strike in protest of the arrest of the journalist Ivan Petrov.")
    protests = [e for e in events if e["type"] == "Protest"]
    assert protests and protests[0]["target"] == ["Ukraine"], events
