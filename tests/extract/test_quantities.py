"""Tests of kg.extract.quantities: real money and count phrases from shared/articles and gold,
tricky negatives, and properties over arbitrary text."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.facts import COUNT_QUALIFIERS, Amount, Count
from kg.extract.quantities import (
    DEFAULT_PEOPLE_NOUNS,
    AmountMention,
    CountMention,
    find_amounts,
    find_counts,
)


def amounts(text: str) -> list[tuple[str, int | str, str, str | None]]:
    out = []
    for m in find_amounts(text):
        value = m.amount.value
        number = int(value) if value == int(value) else str(value)
        out.append((m.text, number, m.amount.currency, m.amount.qualifier))
    return out


def counts(text: str) -> list[tuple[str, int, str, str]]:
    return [(m.text, m.count.value, m.count.qualifier, m.noun) for m in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real phrases (belarus-2020-09-21, voa-7678740)
        ("Moscow agreed to give a $1.5 billion loan", [("$1.5 billion", 1_500_000_000, "USD", None)]),
        ("Belarus will channel about $330 million of its new loan",
         [("about $330 million", 330_000_000, "USD", "about")]),
        ("loan program 'on track' for up to $8 billion",
         [("up to $8 billion", 8_000_000_000, "USD", "up to")]),
        ("a three-year loan program valued at $6 - $8 billion to avoid",
         [("$6 - $8 billion", 8_000_000_000, "USD", "up to")]),
        ("Pakistan is facing $25 billion in external debt payments",
         [("$25 billion", 25_000_000_000, "USD", None)]),
        # forms
        ("EUR 2.3bn", [("EUR 2.3bn", 2_300_000_000, "EUR", None)]),
        ("2.3 billion euros", [("2.3 billion euros", 2_300_000_000, "EUR", None)]),
        ("2.3bn EUR", [("2.3bn EUR", 2_300_000_000, "EUR", None)]),
        ("US$1.5 billion", [("US$1.5 billion", 1_500_000_000, "USD", None)]),
        ("C$300 million and A$2m",
         [("C$300 million", 300_000_000, "CAD", None), ("A$2m", 2_000_000, "AUD", None)]),
        ("£5m", [("£5m", 5_000_000, "GBP", None)]),
        ("€40,000", [("€40,000", 40_000, "EUR", None)]),
        ("¥5,000", [("¥5,000", 5_000, "JPY", None)]),
        ("¥100 billion yuan", [("¥100 billion yuan", 100_000_000_000, "CNY", None)]),
        ("₹2 trillion", [("₹2 trillion", 2_000_000_000_000, "INR", None)]),
        ("₦500 million", [("₦500 million", 500_000_000, "NGN", None)]),
        ("₽1,000", [("₽1,000", 1_000, "RUB", None)]),
        ("$5B and $20k", [("$5B", 5_000_000_000, "USD", None), ("$20k", 20_000, "USD", None)]),
        ("$1,234.50", [("$1,234.50", "1234.5", "USD", None)]),
        ("500 million naira", [("500 million naira", 500_000_000, "NGN", None)]),
        ("3 billion roubles", [("3 billion roubles", 3_000_000_000, "RUB", None)]),
        ("200 Pakistani rupees", [("200 Pakistani rupees", 200, "PKR", None)]),
        ("10 million U.S. dollars", [("10 million U.S. dollars", 10_000_000, "USD", None)]),
        ("5 million pounds", [("5 million pounds", 5_000_000, "GBP", None)]),
        # ranges: the upper bound, qualifier "up to"
        ("$6-8 billion", [("$6-8 billion", 8_000_000_000, "USD", "up to")]),
        ("$500 million to $1.2 billion", [("$500 million to $1.2 billion", 1_200_000_000, "USD", "up to")]),
        ("between $6 billion and $8 billion",
         [("between $6 billion and $8 billion", 8_000_000_000, "USD", "up to")]),
        ("$5 million and $6 million",
         [("$5 million", 5_000_000, "USD", None), ("$6 million", 6_000_000, "USD", None)]),
        ("from $5 million", [("$5 million", 5_000_000, "USD", None)]),
        # qualifiers
        ("more than $2 billion", [("more than $2 billion", 2_000_000_000, "USD", "more than")]),
        ("over $2 billion", [("over $2 billion", 2_000_000_000, "USD", "more than")]),
        ("at least $10", [("at least $10", 10, "USD", "at least")]),
        ("nearly $3 million", [("nearly $3 million", 3_000_000, "USD", "about")]),
        ("approximately €4bn", [("approximately €4bn", 4_000_000_000, "EUR", "about")]),
        ("less than $5 million", [("less than $5 million", 5_000_000, "USD", "fewer than")]),
        ("no more than $3bn", [("no more than $3bn", 3_000_000_000, "USD", "at most")]),
        # a multiplier joined by a hyphen, as Canadian and South Asian papers write it
        ("a $2.9-billion bailout", [("$2.9-billion", 2_900_000_000, "USD", None)]),
        ("a $12-million loan", [("$12-million", 12_000_000, "USD", None)]),
        # negatives
        ("a new multibillion-dollar loan program", []),
        ("the House voted 368-7", []),
        ("500 pounds of sugar", []),
        ("Rs 500", []),
        ("26 years, 3 a.m., 5% and 2,000 people", []),
        ("", []),
    ],
)
def test_quantities_find_amounts(text: str, expected: list) -> None:
    assert amounts(text) == expected


def test_quantities_range_lower_bound_follows_upper_multiplier() -> None:
    (mention,) = find_amounts("valued at $6 - $8 billion")
    assert mention.low == Decimal("6000000000")
    assert mention.amount == Amount(Decimal("8000000000"), "USD", "up to")


def test_quantities_amount_offsets() -> None:
    text = "Moscow agreed to give a $1.5 billion loan"
    assert find_amounts(text) == [
        AmountMention(24, 36, "$1.5 billion", Amount(Decimal("1500000000"), "USD", None))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real phrases (all six articles and their gold)
        ("More than 100,000 Belarusians marched through the capital",
         [("More than 100,000 Belarusians", 100_000, "more than", "Belarusians")]),
        ("At least 80 people were detained", [("At least 80 people", 80, "at least", "people")]),
        ("TASS said at least 10 people had been held", [("at least 10 people", 10, "at least", "people")]),
        ("The government said 390 women were detained", [("390 women", 390, "exactly", "women")]),
        ("leaked the personal data of 1,000 police officers in retaliation",
         [("1,000 police officers", 1_000, "exactly", "police officers")]),
        ("Also Monday, hundreds of people, many waving", []),
        ("thousands of people have been detained", []),
        ("Nine pro-Palestinian activists aboard were killed",
         [("Nine pro-Palestinian activists", 9, "exactly", "activists")]),
        ("after more than 270 schoolgirls kidnapped in",
         [("more than 270 schoolgirls", 270, "more than", "schoolgirls")]),
        ("The 279 girls were released", [("279 girls", 279, "exactly", "girls")]),
        ("Boko Haram’s 2014 abduction of 276 schoolgirls from Chibok",
         [("276 schoolgirls", 276, "exactly", "schoolgirls")]),
        ("the country of about 250 million people",
         [("about 250 million people", 250_000_000, "about", "people")]),
        ("Nine press freedom and rights groups this week", []),
        ("spent more than 800 days in prison", []),
        ("Zamora, 67, attended the hearing", []),
        # forms
        ("390 Belarusian women", [("390 Belarusian women", 390, "exactly", "women")]),
        ("5 Chinese soldiers and 12 Israelis", [("5 Chinese soldiers", 5, "exactly", "soldiers"),
                                                ("12 Israelis", 12, "exactly", "Israelis")]),
        ("two hundred people", [("two hundred people", 200, "exactly", "people")]),
        ("twenty-five students", [("twenty-five students", 25, "exactly", "students")]),
        ("1.5 million refugees", [("1.5 million refugees", 1_500_000, "exactly", "refugees")]),
        ("Over 100 people", [("Over 100 people", 100, "more than", "people")]),
        ("nearly 40 journalists", [("nearly 40 journalists", 40, "about", "journalists")]),
        ("up to 300 migrants", [("up to 300 migrants", 300, "up to", "migrants")]),
        ("fewer than 20 civilians", [("fewer than 20 civilians", 20, "fewer than", "civilians")]),
        ("no more than 20 detainees", [("no more than 20 detainees", 20, "at most", "detainees")]),
        # negatives
        ("the House voted 368-7 Republicans", []),
        ("$500 people", []),
        ("in 2018 Israeli soldiers", []),
        ("on Sept. 20 students marched", []),
        ("3.5 people", []),
        ("five-year terms", []),
        ("one of the people", []),
        ("20 of the protesters", [("20 of the protesters", 20, "exactly", "protesters")]),
        ("at least eight of its workers", [("at least eight of its workers", 8, "at least", "workers")]),
        ("2 Paris hotels", []),
        ("", []),
    ],
)
def test_quantities_find_counts(text: str, expected: list) -> None:
    assert counts(text) == expected


def test_quantities_count_nouns_parameter() -> None:
    text = "12 sailors and 40 volunteers"
    assert counts(text) == [("12 sailors", 12, "exactly", "sailors")]
    nouns = DEFAULT_PEOPLE_NOUNS | {"volunteers"}
    assert [m.noun for m in find_counts(text, nouns)] == ["sailors", "volunteers"]


def test_quantities_count_offsets() -> None:
    text = "At least 80 people were detained"
    assert find_counts(text) == [CountMention(0, 18, "At least 80 people", Count(80, "at least"), "people")]


def check_offsets(text: str, mentions: list) -> None:
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start


WORDS = st.lists(
    st.one_of(
        st.sampled_from([
            "$", "US$", "€", "£", "about", "more than", "at least", "up to", "between", "and", "to",
            "-", "billion", "million", "bn", "m", "people", "police officers", "women", "Israelis",
            "euros", "dollars", "pounds", "EUR", "USD", "the", "in", "Sept.", ",", "of",
        ]),
        st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}" if n % 2 else str(n)),
        st.decimals(min_value=0, max_value=1000, places=2).map(str),
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300)
@given(st.one_of(st.text(), WORDS))
def test_quantities_never_raise_and_offsets_hold(text: str) -> None:
    found_amounts, found_counts = find_amounts(text), find_counts(text)
    assert found_amounts == find_amounts(text)
    assert found_counts == find_counts(text)
    check_offsets(text, found_amounts)
    check_offsets(text, found_counts)
    for m in found_amounts:
        assert m.amount.qualifier is None or m.amount.qualifier in COUNT_QUALIFIERS
        assert len(m.amount.currency) == 3 and m.amount.value >= 0
    for m in found_counts:
        assert m.count.qualifier in COUNT_QUALIFIERS
        assert isinstance(m.count.value, int) and m.count.value >= 0


@settings(max_examples=200)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]))
def test_quantities_range_bounds_are_ordered_by_multiplier(low: int, mult: str) -> None:
    (mention,) = find_amounts(f"${low} - ${low + 1} {mult}")
    assert mention.low is not None and mention.low < mention.amount.value
    assert mention.amount.qualifier == "up to"


def test_quantities_linear_time_on_long_input() -> None:
    import time

    for piece in ("1" * 50_000, "1," * 30_000, "$1" * 30_000, "about " * 20_000, "Nine " * 20_000):
        begin = time.perf_counter()
        find_amounts(piece)
        find_counts(piece)
        assert time.perf_counter() - begin < 2.0
