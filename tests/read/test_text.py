"""The read stage: article layout, dates, datelines and unusable files."""
from __future__ import annotations

from datetime import date

import pytest

from kg.errors import InputError
from kg.read.text import parse_article, read_article


def test_read_example_layout(example_article):
    assert example_article.headline.startswith("Belarus Mass Rallies")
    assert example_article.published == date(2020, 9, 21)
    assert example_article.dateline == "MINSK, Belarus"
    headings = [example_article.text[p.start:p.end] for p in example_article.paragraphs if p.is_heading]
    assert headings == ["Police Data Leaked", "Strategic Buffer"]
    first = example_article.paragraphs[0]
    assert example_article.text[first.start:first.end].startswith("More than 100,000 Belarusians")


@pytest.mark.parametrize("line, place, first", [
    ("KHARTOUM, May 4 (Reuters) - Sudan's army carried out air strikes.", "KHARTOUM", "Sudan's army"),
    ("NAIROBI, Kenya (AP) — Police fired tear gas.", "NAIROBI, Kenya", "Police"),
    ("KYIV, Ukraine, Sept. 3 (Reuters) - Drones struck.", "KYIV, Ukraine", "Drones"),
    ("WASHINGTON -- The Senate voted.", "WASHINGTON", "The Senate"),
    ("ISLAMABAD/PENTAGON — A plane crashed.", "ISLAMABAD/PENTAGON", "A plane"),
    ("NAIROBI, June 26, 2024 (AFP) - Kenyan police shot dead 22 people.", "NAIROBI", "Kenyan police"),
    ("NEWARK, N.J., Tuesday, March 11, 2025 (AP) — A former aide was indicted.", "NEWARK, N.J.", "A former aide"),
    ("ACCRA, Friday 11 July 2025 (AFP) - The IMF approved a disbursement.", "ACCRA", "The IMF"),
    ("CONAKRY, 25 September 2025 (AFP) - The junta leader won.", "CONAKRY", "The junta"),
    ("Riesa (dpa) - Several thousand people demonstrated.", "Riesa", "Several thousand"),
    ("Sao Paulo (Reuters) - Police arrested 12 people.", "Sao Paulo", "Police arrested"),
    ("MADRID, 11 Feb. 2025 (EFE).- Farmers blocked motorways.", "MADRID", "Farmers blocked"),
])
def test_read_wire_datelines(line, place, first):
    article = parse_article(f"Headline\nMay 4, 2023\n\n{line}\n", article_id="t", source="t.txt")
    assert article.dateline == place
    assert article.text[article.paragraphs[0].start:].startswith(first)


def test_read_wire_dateline_with_a_year_dates_an_article_without_a_date_line():
    article = parse_article("Kenyan police shoot protesters\n\nNAIROBI, June 26, 2024 (AFP) - Police fired.\n",
                            article_id="t", source="t.txt")
    assert article.published == date(2024, 6, 26)
    assert article.dateline == "NAIROBI"
    with pytest.raises(InputError, match="no publication date"):  # a day without its year dates nothing
        parse_article("Headline\n\nBEIJING, April 1 (AP) — China launched drills.\n", article_id="t", source="t.txt")


@pytest.mark.parametrize("dateline, published", [
    ("NEWARK, N.J., Tuesday, March 11, 2025 (AP) — ", date(2025, 3, 11)),
    ("ACCRA, Friday 11 July 2025 (AFP) - ", date(2025, 7, 11))])
def test_read_a_wire_dateline_with_a_weekday_or_the_day_first_dates_the_article(dateline, published):
    article = parse_article(f"Headline\n\n{dateline}Police fired.\n", article_id="t", source="t.txt")
    assert article.published == published


@pytest.mark.parametrize("masthead", ["BBC News\n\n", "From our correspondent in Maputo\n", "The Lusaka Times, Business desk\n"])
def test_read_an_outlets_line_over_the_date_line_is_no_paragraph(masthead):
    article = parse_article(f"Headline\n{masthead}Published: 2025-02-14\n\nPolice detained 12 people.\n",
                            article_id="t", source="t.txt")
    assert article.published == date(2025, 2, 14)
    assert [article.text[p.start:p.end] for p in article.paragraphs] == ["Police detained 12 people."]


@pytest.mark.parametrize("header", ["CNN\nUpdated 10:42 AM EST, Sat March 9, 2024\n",
                                    "World | Europe\nMarch 9, 2024 at 10:42 a.m. EST\n"])
def test_read_an_outlets_line_over_a_long_date_line_is_no_paragraph(header):
    article = parse_article(f"Headline\n{header}Police detained 12 people.\n", article_id="t", source="t.txt")
    assert article.published == date(2024, 3, 9)
    assert [article.text[p.start:p.end] for p in article.paragraphs] == ["Police detained 12 people."]


def test_read_a_heading_over_a_dated_sentence_is_no_outlets_line():
    article = parse_article("Headline\nWhat we know\nPolice detained 100 people on March 9, 2024.\nMore text.\n",
                            article_id="t", source="t.txt", published=date(2024, 3, 10))
    assert [article.text[p.start:p.end] for p in article.paragraphs][:2] == [
        "What we know", "Police detained 100 people on March 9, 2024."]


def test_read_a_title_case_place_is_a_dateline_only_before_an_agency():
    article = parse_article("Headline\nMarch 9, 2024\n\nBerlin - the capital - was calm.\n", article_id="t",
                            source="t.txt")
    assert article.dateline is None
    article = parse_article("Headline\n\nMADRID, 11 Feb. 2025 (EFE).- Farmers blocked motorways.\n", article_id="t",
                            source="t.txt")
    assert article.published == date(2025, 2, 11)


@pytest.mark.parametrize("line, place, first", [
    ("MINSK, Saturday, March 9, 2024 (Reuters) - Police fired.", "MINSK", "Police fired."),
    ("KYIV, Saturday (AFP) - Russian drones struck.", "KYIV", "Russian drones struck."),
    ("GAZA, 5 Dead - The toll rose.", None, "GAZA, 5 Dead - The toll rose."),
])
def test_read_a_weekday_is_no_place_and_a_day_first_needs_a_month(line, place, first):
    article = parse_article(f"Headline\nMarch 9, 2024\n\n{line}\n", article_id="t", source="t.txt")
    assert article.dateline == place
    assert article.text[article.paragraphs[0].start:article.paragraphs[0].end] == first


def test_read_a_short_first_paragraph_is_no_outlets_line():
    article = parse_article("Headline\nMarch 8, 2024\nPolice fired\nMarch 9 was calm.\n", article_id="t", source="t.txt")
    assert [article.text[p.start:p.end] for p in article.paragraphs][0] == "Police fired"


def test_read_source_line_gives_url(data_dir):
    article = read_article(data_dir / "articles" / "voa-7678740.txt")
    assert article.published == date(2024, 6, 30)
    assert article.url.startswith("https://www.voanews.com/")
    assert article.text[article.paragraphs[0].start:].startswith("Pakistan said Sunday")


@pytest.mark.parametrize("first", ["Reuters reported on Friday that Washington was preparing new sanctions on Iran.",
                                   "AFP reported on Friday that police detained 12 people in Minsk."])
def test_read_a_paragraph_that_opens_with_an_agency_is_no_byline(first):
    # a byline ("By Jane Doe", "Reuters") is short and ends in no full stop; a sentence naming the agency is the story
    article = parse_article(f"Headline\nMarch 2, 2021\nBy Jane Doe\n{first}\nThe opposition said 40 people were "
                            "detained in Brest.\n", article_id="t", source="t.txt")
    assert [article.text[p.start:p.end] for p in article.paragraphs][0] == first


@pytest.mark.parametrize("header", [
    "March 8, 2024\nBy Jane Doe and John Smith (Reuters)\n",
    "March 8, 2024\nBy Jane Doe and John Smith, Reuters.\n",
    "March 8, 2024\nVoice of America's Ayaz Gul contributed to this report.\n",
    "By Jane Doe and John Smith (Reuters)\nMarch 8, 2024\n",
    "By X, Voice of America correspondent in Islamabad.\nMarch 8, 2024\n"])
def test_read_a_byline_or_credit_line_is_no_paragraph(header):
    article = parse_article(f"Headline\n{header}Police detained 12 people.\n", article_id="t", source="t.txt")
    assert article.published == date(2024, 3, 8)
    assert [article.text[p.start:p.end] for p in article.paragraphs] == ["Police detained 12 people."]


def test_read_published_option_overrides_date_line(data_dir):
    article = read_article(data_dir / "articles" / "voa-7678740.txt", date(2024, 7, 1))
    assert article.published == date(2024, 7, 1)


def test_read_crlf_and_bom_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffHeadline\r\nMarch 2, 2021\r\n\r\nLAGOS, Nigeria — It rained.\r\n".encode())
    article = read_article(path)
    assert article.headline == "Headline" and "\r" not in article.text
    assert article.text[article.paragraphs[0].start:article.paragraphs[0].end] == "It rained."


def test_read_paragraph_offsets_point_into_text():
    text = "Head\nMarch 2, 2021\n\n  First para.  \nSecond para.\n"
    article = parse_article(text, article_id="x", source="x.txt")
    assert [text[p.start:p.end] for p in article.paragraphs] == ["First para.", "Second para."]


BAD_FILES = {
    "empty": (b"", "is empty"),
    "blank": (b"  \n\n ", "is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
    "latin1": ("Caf\u00e9 news\nMarch 2, 2021\n\nIt rained.".encode("latin-1"), "is not UTF-8 text"),
    "no-date": (b"Headline\nNo date here\n\nIt rained.", "no publication date"),
    "headline-only": (b"Headline\nMarch 2, 2021\n", "no body text"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_read_bad_file_is_one_clear_error(tmp_path, name):
    data, problem = BAD_FILES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_article(path)
    message = caught.value.message
    assert message.startswith(str(path) + ": ") and problem in message
    assert "\n" not in message


def test_read_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


@pytest.mark.parametrize(("line", "problem"), [
    ("February 31, 2021", "the date line 'February 31, 2021' is no day of the calendar: February 2021 has 28 days"),
    ("Dec. 31, 9999", "the date line 'Dec. 31, 9999' is out of range: a publication date falls in the years 1800 "
                      "to 2200"),
    ("2021-02-29", "the date line '2021-02-29' is no day of the calendar: February 2021 has 28 days"),
    ("Published on: 05/06/2024 - 13:20", "the date line '05/06/2024' is ambiguous: day and month may be either way "
                                         "round"),
    ("31/02/2024", "the date line '31/02/2024' is no day of the calendar: February 2024 has 29 days"),
])
def test_issue_13_a_date_line_that_is_no_date_says_why(line, problem):
    """W5: a date line as printed that names no day, or one out of the years 1800-2200, is named as such."""
    text = f"Rain in Lagos\n{line}\n\nIt rained in Lagos on Monday, police said.\n"
    with pytest.raises(InputError) as raised:
        parse_article(text, article_id="x", source="x.txt")
    assert (raised.value.where, raised.value.problem) == ("x.txt:2", problem)
    assert parse_article(text, article_id="x", source="x.txt", published=date(2021, 3, 1)).published == date(2021, 3, 1)


def test_issue_13_publication_dates_fall_in_a_fixed_range():
    """W5: the range is fixed (1800-2200), never today's clock: an 1850 date line is read, a given 2201 refused."""
    text = "Rain in Lagos\n{}\n\nIt rained in Lagos on Monday, police said.\n"
    assert parse_article(text.format("March 2, 1850"), article_id="x", source="x.txt").published == date(1850, 3, 2)
    with pytest.raises(InputError, match="the publication date 2201-01-01 is out of range"):
        parse_article(text.format("March 2, 2021"), article_id="x", source="x.txt", published=date(2201, 1, 1))


def test_issue_13_a_lone_surrogate_is_no_text():
    """W3: half of a UTF-16 pair (from a JSON escape, or Python text) is refused."""
    with pytest.raises(InputError, match=r"^x.txt: has a lone surrogate \(U\+D83D\) in its text"):
        parse_article("Rain\nMarch 2, 2021\nIt rained \ud83d in Lagos, police said.\n", article_id="x", source="x.txt")


@pytest.mark.parametrize("line", ["Published on: 28/05/2024 - 13:20", "05/28/2024", "28.05.2024"])
def test_read_a_date_line_in_figures_whose_day_is_over_12(line):
    article = parse_article(f"Headline\n{line}\n\nPolice arrested six people.\n", article_id="t", source="t.txt")
    assert article.published == date(2024, 5, 28)
