"""Extraction rules on sentences written for the tests (not taken from the gold articles):
each case pins one general rule of the mention, attribution and event stages."""
from __future__ import annotations

import pytest

from kg.extract.extractor import extract_facts
from kg.read.text import parse_article

DATELINE = "KYIV, Ukraine — "


def facts_of(body: str):
    text = f"Headline\nMarch 10, 2023\n\n{DATELINE}{body}\n"
    return extract_facts(parse_article(text, article_id="t", source="t.txt"))


def events_of(body: str) -> list[dict]:
    facts = facts_of(body)
    label = {e.key: e.label for e in facts.entities}
    return [{
        "type": e.type, "status": e.status,
        "agent": [label[k] for k in e.agents], "target": [label[k] for k in e.targets],
        "place": [label[k] for k in e.places], "source": [label[k] for k in e.sources],
        "date": e.date,
        "amount": (int(e.amount.value), e.amount.currency) if e.amount else None,
        "count": (e.count.value, e.count.qualifier) if e.count else None,
    } for e in facts.events]


CASES = {
    "active arrest with count, place, date and trailing source": (
        "Police detained at least 25 protesters in Lviv on Sunday, the rights group Memorial said.",
        {"type": "Arrest", "agent": ["police"], "target": ["protesters"], "place": ["Lviv"],
         "source": ["Memorial"], "date": "2023-03-05", "count": (25, "at least")}),
    "passive with by-agent": (
        "Several activists were beaten by riot police outside the parliament.",
        {"type": "Assault", "agent": ["riot police"], "target": ["activists"]}),
    "sanction target after 'on'": (
        "The European Union imposed sanctions on Iran over its nuclear program.",
        {"type": "Sanction", "agent": ["European Union"], "target": ["Iran"], "status": "occurred"}),
    "future loan is planned, amount in units": (
        "Germany will lend Ukraine $2 billion, Finance Minister Christian Lindner said.",
        {"type": "Loan", "agent": ["Germany"], "target": ["Ukraine"], "status": "planned",
         "amount": (2000000000, "USD"), "source": ["Christian Lindner"]}),
    "meeting is symmetric": (
        "Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Warsaw on Friday.",
        {"type": "Meeting", "agent": ["Volodymyr Zelenskyy", "Andrzej Duda"],
         "target": ["Volodymyr Zelenskyy", "Andrzej Duda"], "place": ["Warsaw"], "date": "2023-03-10"}),
    "protest by a group through a city": (
        "Thousands of demonstrators marched through Kyiv against the new law.",
        {"type": "Protest", "agent": ["demonstrators"], "place": ["Kyiv"]}),
    "denial": (
        "Hungary denied blocking the aid package.",
        {"type": "Denial", "agent": ["Hungary"]}),
    "threat with a country after 'to' as target": (
        "Russia threatened to cut gas supplies to Moldova.",
        {"type": "Threat", "status": "threatened", "agent": ["Russia"], "target": ["Moldova"]}),
    "abduction is an assault with a count": (
        "Masked gunmen abducted 40 students from a school in Kaduna on Tuesday.",
        {"type": "Assault", "agent": ["gunmen"], "target": ["students"], "count": (40, "exactly")}),
    "data leak": (
        "Hackers leaked the personal data of 3,000 soldiers.",
        {"type": "DataLeak", "agent": ["hackers"], "target": ["soldiers"], "count": (3000, "exactly")}),
    "criticism": (
        "Turkey criticized Sweden for allowing the rally.",
        {"type": "Criticism", "agent": ["Turkey"], "target": ["Sweden"]}),
    "negated payment is denied": (
        "Officials said no ransom was paid to the kidnappers.",
        {"type": "Payment", "status": "denied", "source": ["officials"]}),
    "capital acting is its state": (
        "Beijing condemned the visit.",
        {"type": "Criticism", "agent": ["China"]}),
    "reported speech without an event is a statement": (
        "Prime Minister Denys Shmyhal said the harvest would be larger this year.",
        {"type": "Statement", "agent": ["Denys Shmyhal"]}),
    "coordinated verb takes the sentence subject": (
        "Moldova expelled two diplomats and accused Russia of plotting a coup.",
        {"type": "Accusation", "agent": ["Moldova"], "target": ["Russia"]}),
    "people who protest are protesters": (
        "Hundreds of people massed outside the parliament in Kyiv on Sunday.",
        {"type": "Protest", "agent": ["protesters"], "place": ["Kyiv"]}),
    "'in protest of' names what the protest is against": (
        "Farmers rallied in Lviv in protest of Poland's grain ban.",
        {"type": "Protest", "agent": ["farmers"], "target": ["Poland"]}),
    "assault agent after 'with', place in the trigger's own phrase": (
        "Crowds in Kharkiv mourned dozens of protesters injured in clashes with riot police in Odesa.",
        {"type": "Assault", "agent": ["riot police"], "target": ["protesters"], "place": ["Odesa"]}),
    "an adverb before a verb trigger keeps its subject": (
        "Police later detained the blogger Oleh Marchenko in Lviv.",
        {"type": "Arrest", "agent": ["police"], "target": ["Oleh Marchenko"]}),
    "the one who ordered it acts, a title before the name": (
        "The editor Taras Bondar returned to prison on the orders of Judge Olena Koval.",
        {"type": "Arrest", "agent": ["Olena Koval"], "target": ["Taras Bondar"]}),
    "coordinated group kinds name one group": (
        "On Monday, press freedom and rights groups called for the release of the editor Taras Bondar.",
        {"type": "Statement", "agent": ["press freedom and rights groups"]}),
    "a speech verb's source past a phrase of where it was said": (
        "Finance Minister Serhiy Marchenko confirmed during a news conference that Ukraine is negotiating "
        "a loan of $2 billion.",
        {"type": "Loan", "target": ["Ukraine"], "source": ["Serhiy Marchenko"], "status": "planned"}),
    "the one talked with to secure a loan lends it": (
        "Moldova said that talks with the World Bank to secure a loan were going well.",
        {"type": "Loan", "agent": ["World Bank"], "source": ["Moldova"]}),
    "the one who talks with a lender to secure a loan borrows it": (
        "Ukraine opened talks with the International Monetary Fund to secure a loan.",
        {"type": "Loan", "agent": ["International Monetary Fund"], "target": ["Ukraine"]}),
    "an event noun's of-object may be described first": (
        "Amnesty International condemned Russia's detention of the journalist Ivan Petrov.",
        {"type": "Arrest", "agent": ["Russia"], "target": ["Ivan Petrov"]}),
    "a possessive subject is the subject of the verb after 'and'": (
        "For years, Russia's government has jailed critics and accused them of treason.",
        {"type": "Accusation", "agent": ["Russia"]}),
    "'along with' joins the one acted on, not the agent": (
        "The journalist Ivan Petrov was attacked along with the activist Olena Koval.",
        {"type": "Assault", "agent": [], "target": ["Ivan Petrov"]}),
    "a place inside a later participle phrase is not the event's": (
        "Soldiers in Bakhmut killed two civilians fleeing toward Kramatorsk.",
        {"type": "Assault", "agent": ["soldiers"], "place": ["Bakhmut"]}),
    "hostage takers who free people took them": (
        "The hostage takers freed the students on Friday. The students had been abducted from a school in Kaduna.",
        {"type": "Assault", "agent": ["hostage takers"], "target": ["students"]}),
    "a trend a country is seeing: ongoing, by-agent, the country as place": (
        "Police detained 20 protesters in Lviv on Monday. Nigeria is seeing a wave of kidnappings of "
        "school children by criminal gangs.",
        {"type": "Assault", "agent": ["criminal gangs"], "target": ["school children"], "place": ["Nigeria"],
         "status": "ongoing", "date": None}),
    "captors who free people took them": (
        "Twenty students were kidnapped from a school in Kaduna on Thursday. "
        "The students were freed by their captors on Friday.",
        {"type": "Assault", "agent": ["captors"], "target": ["students"], "date": "2023-03-09"}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_extract_rule(name):
    body, expected = CASES[name]
    events = [e for e in events_of(body) if e["type"] == expected["type"]]
    assert events, f"no {expected['type']} event in {events_of(body)}"
    event = events[0]
    for slot, value in expected.items():
        assert event[slot] == value, f"{slot}: {event[slot]!r} != {value!r} in {event}"


def test_extract_conditional_clause_reports_no_event():
    assert not [e for e in events_of("If the talks fail, troops could attack the city.") if e["type"] == "Assault"]


def test_extract_event_noun_that_refers_back_makes_no_new_event():
    events = events_of("Police arrested the journalist Ivan Petrov on Monday. "
                       "His lawyer said the arrest of Petrov was illegal.")
    assert [e["type"] for e in events].count("Arrest") == 1


def test_extract_two_sources_with_different_figures_stay_two_claims():
    events = events_of("At least 80 people were detained on Sunday, the rights group Viasna said. "
                       "The news agency Interfax said at least 10 people had been held.")
    arrests = [e for e in events if e["type"] == "Arrest"]
    assert {(e["count"], tuple(e["source"])) for e in arrests} == {
        ((80, "at least"), ("Viasna",)), ((10, "at least"), ("Interfax",))}


def test_extract_roles_from_titles_and_appositions():
    facts = facts_of("Russian Finance Minister Anton Siluanov spoke. "
                     "Olga Petrova, the spokeswoman for the Ministry of Defense, said nothing.")
    label = {e.key: e.label for e in facts.entities}
    roles = {(label[r.person], r.title, label.get(r.of)) for r in facts.roles}
    assert ("Anton Siluanov", "Finance Minister", "Russia") in roles
    assert ("Olga Petrova", "spokeswoman", "Ministry of Defense") in roles


def test_extract_surname_and_pronoun_resolve_to_the_person():
    facts = facts_of("President Maia Sandu visited Chisinau. Sandu said she would run again.")
    person = next(e for e in facts.entities if e.label == "Maia Sandu")
    assert "Sandu" in person.aliases
    assert sum(e.type == "Person" for e in facts.entities) == 1


def test_extract_speech_takes_the_date_of_the_same_speakers_words_told_before():
    events = events_of("Ukraine said on Monday that the harvest was good.\n\n"
                       "Prime Minister Denys Shmyhal said the harvest would be larger.\n\n"
                       "Olena Koval, an economist at a Kyiv bank, said exports would grow.")
    dates = {e["agent"][0]: e["date"] for e in events if e["type"] == "Statement"}
    # the prime minister of Ukraine speaks for it; another speaker's words with no date of their own are told
    # on the day the story last set (the gold files date such words by context: "ctx (told reporters on Friday)")
    assert dates == {"Ukraine": "2023-03-06", "Denys Shmyhal": "2023-03-06", "Olena Koval": "2023-03-06"}, events


def test_extract_speech_in_the_present_perfect_is_not_dated_by_the_story():
    events = events_of("Police detained 20 protesters in Lviv on Monday.\n\n"
                       "The government has denied abusing prisoners.")
    assert [e["date"] for e in events if e["type"] == "Denial"] == [None], events


def test_extract_criticism_without_a_critic_is_no_event():
    assert not [e for e in events_of("The ruling was condemned on Monday.") if e["type"] == "Criticism"]


def test_extract_who_reports_an_event_makes_no_statement_of_it():
    events = events_of("Finance Minister Serhiy Marchenko confirmed that Ukraine is negotiating a loan of $2 billion.")
    assert [e["type"] for e in events] == ["Loan"], events


def test_extract_loan_told_without_its_lender_is_from_the_lender_told_before():
    events = events_of("Moldova said that talks with the World Bank to secure a loan were going well. "
                       "Finance Minister Dumitru Budianschi said Moldova is negotiating a loan program worth "
                       "$15 billion.")
    loans = [e for e in events if e["type"] == "Loan" and e["amount"]]
    assert loans and loans[0]["agent"] == ["World Bank"] and loans[0]["target"] == ["Moldova"], events


def test_extract_a_scene_year_dates_the_scene_told_after_it():
    events = events_of("Relations soured in 2010 after soldiers stormed a ship. Nine activists aboard were killed.")
    killed = [e for e in events if e["type"] == "Assault" and e["target"] == ["activists"]]
    assert killed and killed[0]["date"] == "2010", events


def test_extract_blame_is_not_said_of_whom_it_harms():
    events = events_of("Lawyer Olena Koval said the case of Taras Bondar underscores a trend in which politically "
                       "motivated trials against journalists are drawn out.")
    assert [e["type"] for e in events] == ["Statement"], events


def test_extract_a_phrase_of_custody_is_its_own_event():
    events = events_of("Police arrested two activists in Kyiv on Monday, while the journalist Ivan Petrov "
                       "remains in custody in Lviv.")
    assert [e["target"] for e in events if e["type"] == "Arrest"] == [["activists"], ["Ivan Petrov"]], events


def test_extract_captors_who_free_fewer_people_took_other_ones():
    events = events_of("Twenty students were kidnapped from a school in Kaduna on Thursday.\n\n"
                       "In a separate case, kidnappers freed ten students abducted in Zamfara.")
    twenty = [e for e in events if e["type"] == "Assault" and e["count"] == (20, "exactly")]
    assert twenty and twenty[0]["agent"] == [], events


def test_extract_a_plan_takes_no_date_of_the_clause_that_reports_it():
    events = events_of("Warsaw reacted angrily on Monday to reports that Ukrainian President Volodymyr Zelenskyy "
                       "could soon meet Hungarian Prime Minister Viktor Orban.")
    meetings = [e for e in events if e["type"] == "Meeting"]
    assert meetings and meetings[0]["status"] == "planned" and meetings[0]["date"] is None, events


def test_extract_a_date_that_owns_a_noun_dates_only_that_noun():
    events = events_of("Olena Koval, the winner of February's election, will meet Polish President Andrzej Duda.")
    meetings = [e for e in events if e["type"] == "Meeting"]
    assert meetings and meetings[0]["date"] is None, events


def test_extract_a_country_that_sees_someone_is_not_a_place():
    events = events_of("Russia sees Belarus as a buffer state and has accused the United States of fomenting revolution.")
    accusations = [e for e in events if e["type"] == "Accusation"]
    assert accusations and accusations[0]["place"] == [], events
