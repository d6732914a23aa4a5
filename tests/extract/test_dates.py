"""Tests of kg.extract.dates: real phrases from shared/articles and gold, tricky negatives,
and properties over arbitrary text."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import DateMention, find_dates
from kg.read.calendar import parse_published

BELARUS = date(2020, 9, 21)  # Monday
NIGERIA = date(2021, 3, 2)  # Tuesday, voa-6202743
TURKEY = date(2021, 5, 10)  # Monday, voa-6205674
PAKISTAN = date(2024, 6, 30)  # Sunday, voa-7678740
ZIMBABWE = date(2025, 3, 13)  # Thursday, voa-8008998 and voa-8010046


def values(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # belarus-2020-09-21
        ("marched through the capital Minsk on Sept. 20 in the sixth", BELARUS, [("Sept. 20", "2020-09-20")]),
        ("channels on the evening of Sept. 19.", BELARUS, [("Sept. 19", "2020-09-19")]),
        ("a presidential election in August that", BELARUS, [("August", "2020-08")]),
        ("candidate in August’s election", BELARUS, [("August", "2020-08")]),
        ("fraud allegations in Pakistan’s February elections", PAKISTAN, [("February", "2024-02")]),
        ("the March vote was rigged", PAKISTAN, [("March", "2024-03")]),
        ("The European Union vowed weeks ago to impose", BELARUS, [("weeks ago", None)]),
        ("releases the final figures the following day.", BELARUS, [("the following day", None)]),
        ("miss its own Sept. 21 deadline", BELARUS, [("Sept. 21", "2020-09-21")]),
        ("In power for 26 years, the former", BELARUS, []),
        # voa-6202743 (published on a Tuesday)
        ("freed by their captors Tuesday.", NIGERIA, [("Tuesday", "2021-03-02")]),
        ("who were kidnapped last Friday during", NIGERIA, [("last Friday", "2021-02-26")]),
        ("Boko Haram’s 2014 abduction of 276 schoolgirls", NIGERIA, [("2014", "2014")]),
        ("the fourth such incident since December.", NIGERIA, [("December", "2020-12")]),
        ("Last week, President Muhammadu Buhari said", NIGERIA, [("Last week", None)]),
        # voa-6205674
        ("Mosques across Turkey broadcast prayers Monday", TURKEY, [("Monday", "2021-05-10")]),
        ("Netanyahu said Sunday Israel", TURKEY, [("Sunday", "2021-05-09")]),
        ("withdrew ambassadors in 2018 over", TURKEY, [("2018", "2018")]),
        ("Relations also soured in 2010 after", TURKEY, [("2010", "2010")]),
        # voa-7678740 (published on a Sunday)
        ("Pakistan said Sunday that discussions", PAKISTAN, [("Sunday", "2024-06-30")]),
        ("On Tuesday, the U.S. House of Representatives voted 368-7,", PAKISTAN, [("Tuesday", "2024-06-25")]),
        ("rejected the resolution on Wednesday, saying", PAKISTAN, [("Wednesday", "2024-06-26")]),
        ("On Friday, ruling coalition lawmakers", PAKISTAN, [("Friday", "2024-06-28")]),
        ("in the February 8 vote.", PAKISTAN, [("February 8", "2024-02-08")]),
        ("the coming fiscal year starting in July, a", PAKISTAN, [("July", "2024-07")]),
        ("Since gaining independence in 1947, Pakistan", PAKISTAN, [("1947", "1947")]),
        ("valued at $6 - $8 billion to avoid", PAKISTAN, []),
        ("Pakistan is facing $25 billion in external debt", PAKISTAN, []),
        # voa-8008998 and voa-8010046
        ("has been in custody since Feb. 24 over", ZIMBABWE, [("Feb. 24", "2025-02-24")]),
        ("Geza in November and January, in which", ZIMBABWE,
         [("November", "2024-11"), ("January", "2025-01")]),
        ("Speaking ahead of Wednesday's hearing", ZIMBABWE, [("Wednesday", "2025-03-12")]),
        # what one is ahead of is the nearest such day: the Saturday to come, on a Thursday
        ("Ahead of Saturday's vote, police", ZIMBABWE, [("Saturday", "2025-03-15")]),
        ("Ahead of the vote, police arrested 20 activists on Saturday", ZIMBABWE, [("Saturday", "2025-03-08")]),
        ("since the 2023 election.", ZIMBABWE, [("2023", "2023")]),
        ("In 2022, he and his colleague", ZIMBABWE, [("2022", "2022")]),
        ("ordered a new trial for 2025.", ZIMBABWE, [("2025", "2025")]),
        ("before a court in October granted him", ZIMBABWE, [("October", "2024-10")]),
        ("back to prison this week in a move", ZIMBABWE, [("this week", None)]),
        ("Zamora founded elPeriodico in 1996.", ZIMBABWE, [("1996", "1996")]),
        # forms and year choice
        ("September 21, 2020Updated: September 21, 2020", BELARUS,
         [("September 21, 2020", "2020-09-21"), ("September 21, 2020", "2020-09-21")]),
        ("on 30 June 2024", BELARUS, [("30 June 2024", "2024-06-30")]),
        ("on the 20th of September", BELARUS, [("20th of September", "2020-09-20")]),
        ("Sunday, Sept. 20, 2020", BELARUS, [("Sunday, Sept. 20, 2020", "2020-09-20")]),
        ("in Sept. 2019", BELARUS, [("Sept. 2019", "2019-09")]),
        ("in Sep 2019 and Jan 2020", BELARUS, [("Sep 2019", "2019-09"), ("Jan 2020", "2020-01")]),
        ("stamped 2020-09-20T10:00Z", BELARUS, [("2020-09-20", "2020-09-20")]),
        ("freed on Dec. 30", date(2021, 1, 4), [("Dec. 30", "2020-12-30")]),
        ("due on Jan. 3", date(2020, 12, 20), [("Jan. 3", "2021-01-03")]),
        ("in January", date(2020, 12, 20), [("January", "2021-01")]),
        ("between 2018 and 2020", BELARUS, [("2018", "2018"), ("2020", "2020")]),
        ("by the end of 2024", BELARUS, [("2024", "2024")]),
        ("last August", BELARUS, [("last August", "2020-08")]),
        ("next March", BELARUS, [("next March", "2021-03")]),
        ("next Friday", BELARUS, [("next Friday", "2020-09-25")]),
        ("last Monday", BELARUS, [("last Monday", "2020-09-14")]),
        ("this Friday", BELARUS, [("this Friday", None)]),
        ("on Fridays", BELARUS, [("Fridays", None)]),
        ("yesterday, today and tomorrow", BELARUS,
         [("yesterday", "2020-09-20"), ("today", "2020-09-21"), ("tomorrow", "2020-09-22")]),
        ("two days ago", BELARUS, [("two days ago", "2020-09-19")]),
        ("last month", date(2020, 1, 5), [("last month", "2019-12")]),
        ("earlier this month", BELARUS, [("earlier this month", "2020-09")]),
        ("last year's vote", BELARUS, [("last year", "2019")]),
        ("over the last year", BELARUS, [("last year", None)]),
        ("He recently said", BELARUS, [("recently", None)]),
        ("In the past two years,", BELARUS, [("In the past two years", None)]),
        ("Feb. 30", BELARUS, [("Feb. 30", None)]),
        ("Indonesia will hold elections on February 14.", date(2024, 3, 9), [("February 14", "2025-02-14")]),
        ("They will meet in February.", date(2024, 3, 9), [("February", "2025-02")]),
        ("They met on February 14.", date(2024, 3, 9), [("February 14", "2024-02-14")]),
        ("It said it would punish those who leaked the data, which was posted on Sept. 19.", date(2020, 9, 21),
         [("Sept. 19", "2020-09-19")]),
        # negatives
        ("the House voted 368-7", BELARUS, []),
        ("a $2025 fine, 2,000 people and a 1990 law", BELARUS, []),
        ("around 2000 protesters gathered", BELARUS, []),
        ("in the 1990s", BELARUS, []),
        ("Theresa May said they may march", BELARUS, []),
        ("Mayor Bowser; Decision; Marching", BELARUS, []),
        ("USA Today reported", BELARUS, []),
    ],
)
def test_dates_find(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 21, 2020Updated: September 21, 2020", date(2020, 9, 21)),
        ("March 2, 2021", date(2021, 3, 2)),
        ("2024-06-30", date(2024, 6, 30)),
        ("30 June 2024", date(2024, 6, 30)),
        ("Mon, 10 May 2021 14:00:00 GMT", date(2021, 5, 10)),
        ("Published: Sept. 20th, 2020", date(2020, 9, 20)),
        ("June 31, 2024, corrected June 30, 2024", date(2024, 6, 30)),
        ("no date at all", None),
        ("Sept. 20", None),
        ("", None),
    ],
)
def test_dates_parse_published(text: str, expected: date | None) -> None:
    assert parse_published(text) == expected


def test_dates_parse_published_on_articles() -> None:
    article = "279 Kidnapped Nigerian Schoolgirls Released by Their Captors\nMarch 2, 2021\nVoice of America"
    assert parse_published(article) == NIGERIA


def test_dates_mention_offsets() -> None:
    text = "anonymous hackers leaked data on the evening of Sept. 19."
    (mention,) = find_dates(text, BELARUS)
    assert mention == DateMention(text.index("Sept."), text.index("Sept.") + 8, "Sept. 19", "2020-09-19")


PUBLISHED = st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))
MONTH_NAMES = st.sampled_from([
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Mar", "Apr.", "Jun", "Jul.", "Aug.",
    "Sept.", "Sep", "Oct.", "Nov.", "Dec",
])


@settings(max_examples=300)
@given(st.text(), PUBLISHED)
def test_dates_never_raise_and_offsets_hold(text: str, published: date) -> None:
    mentions = find_dates(text, published)
    assert mentions == find_dates(text, published)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start
    parse_published(text)


WRITTEN_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["on", "in", "since", "last", "next", "the", "and", ",", "people", "$5"]),
            MONTH_NAMES,
            st.integers(min_value=0, max_value=2100).map(str),
            st.sampled_from(["Monday", "Friday", "Sunday", "today", "yesterday", "week", "ago"]),
        ),
        max_size=12,
    ).map(" ".join),
    PUBLISHED,
)
def test_dates_values_are_valid_and_near(text: str, published: date) -> None:
    for m in find_dates(text, published):
        assert text[m.start:m.end] == m.text
        if m.value is None or len(m.value) != 10:
            continue
        day = date.fromisoformat(m.value)  # a valid ISO date
        if not WRITTEN_YEAR.search(m.text):
            # no year written: weekday, relative day, or month and day alone
            assert abs(day.year - published.year) <= 1
            if (day.month, day.day) != (2, 29):
                # the nearest year puts it within half a year; a past reading (news reports the past) within a year
                assert timedelta(days=-366) < day - published <= timedelta(days=184)


@given(PUBLISHED, st.integers(min_value=0, max_value=6))
def test_dates_bare_weekday_is_on_or_before_publication(published: date, back: int) -> None:
    day = published - timedelta(days=back)
    name = day.strftime("%A")
    (mention,) = find_dates(f"He spoke on {name}.", published)
    assert mention.value == day.isoformat()
    (last,) = find_dates(f"He spoke last {name}.", published)
    assert timedelta(days=1) <= published - date.fromisoformat(last.value) <= timedelta(days=7)


def test_dates_linear_time_on_long_input() -> None:
    import time

    for piece in ("1" * 50_000, "in " * 20_000, "Sept. " * 20_000, "2020-" * 20_000):
        begin = time.perf_counter()
        find_dates(piece, BELARUS)
        assert time.perf_counter() - begin < 2.0


def test_dates_a_day_months_ahead_is_last_years_unless_told_ahead() -> None:
    published = date(2024, 5, 26)
    assert [m.value for m in find_dates("The war began on October 7.", published)] == ["2023-10-07"]
    assert [m.value for m in find_dates("Elections will be held on October 7.", published)] == ["2024-10-07"]
    assert [m.value for m in find_dates("The vote is set for June 2.", published)] == ["2024-06-02"]
