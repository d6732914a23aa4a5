"""Tests of kg.store.results: the rows of a query as a table, CSV, JSON and the W3C result formats,
and its cells as Python values (issue 12, finding 4)."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyoxigraph as ox
import pytest

from kg.store.output import write_rows
from kg.store.results import (QueryResult, STANDARD_FORMATS, python_value, to_csv, to_json, to_standard,
                              to_table)

XSD = "http://www.w3.org/2001/XMLSchema#"
EVENT = "https://w3id.org/news-kg/id/article/belarus-2020-09-21/event/12"


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


TERMS = QueryResult.of_terms(
    ("event", "type", "amount", "share", "sure", "date", "label", "source", "node"),
    [(ox.NamedNode(EVENT), ox.NamedNode("https://w3id.org/news-kg/ns#Loan"), typed("1500000000", "integer"),
      typed("0.25", "decimal"), typed("true", "boolean"), typed("2020-09-20", "date"),
      ox.Literal("Minsk", language="be"), None, ox.BlankNode("b0")),
     (ox.NamedNode(EVENT + "3"), None, typed("INF", "double"), typed("oops", "integer"), None,
      typed("2020-08", "gYearMonth"), ox.Literal("a\tb\nc"), ox.Literal(""), None)])
TEXT = QueryResult(("name", "note"), (("Minsk", "a, \"quoted\"\nline"), ("Brest", "")))


def test_results_rows_hold_the_text_of_each_term():
    assert TERMS.rows[0] == (EVENT, "https://w3id.org/news-kg/ns#Loan", "1500000000", "0.25", "true", "2020-09-20",
                             "Minsk", "", "_:b0")


def test_results_csv_round_trips():
    text = to_csv(TEXT)
    assert text.startswith("name,note\n")
    assert list(csv.reader(io.StringIO(text))) == [list(TEXT.columns), *map(list, TEXT.rows)]


def test_issue_12_json_gives_numbers_as_numbers_and_unbound_as_null():
    """Issue 12 (finding 4): --format json gave every value as a string, and missing values as ""."""
    rows = json.loads(to_json(TERMS))

    assert rows[0] == {"event": EVENT, "type": "https://w3id.org/news-kg/ns#Loan", "amount": 1500000000,
                       "share": 0.25, "sure": True, "date": "2020-09-20", "label": "Minsk", "source": None,
                       "node": "_:b0"}
    # INF and an invalid integer are no JSON numbers: their text; an empty string stays one
    assert rows[1]["amount"] == "INF" and rows[1]["share"] == "oops" and rows[1]["source"] == ""
    assert rows[1]["type"] is None and rows[1]["sure"] is None


def test_json_of_a_result_made_from_text_keeps_it_as_text():
    assert json.loads(to_json(TEXT)) == [{"name": "Minsk", "note": "a, \"quoted\"\nline"},
                                         {"name": "Brest", "note": None}]


def test_python_values():
    values = [python_value(term) for term in TERMS.cell_terms()[0]]
    assert values == [EVENT, "https://w3id.org/news-kg/ns#Loan", 1500000000, 0.25, True, date(2020, 9, 20),
                      "Minsk", None, "_:b0"]
    assert python_value(typed("2020-09-20T10:00:00Z", "dateTime")).year == 2020
    assert python_value(typed("2020-13-45", "date")) == "2020-13-45"


@pytest.mark.parametrize("fmt", sorted(STANDARD_FORMATS))
def test_standard_formats_are_written_by_pyoxigraph_and_read_back_the_same(fmt):
    written = to_standard(TERMS, fmt)

    read = ox.parse_query_results(written.encode("utf-8"), format=STANDARD_FORMATS[fmt])
    assert [variable.value for variable in read.variables] == list(TERMS.columns)
    rows = [tuple(solution) for solution in read]
    if fmt == "tsv":  # TSV names blank nodes anew; every other term comes back as it was
        rows = [row[:-1] for row in rows]
        assert [row[:-1] for row in TERMS.terms] == rows
    else:
        assert list(TERMS.terms) == rows


# ---- the table


def test_issue_12_the_table_uses_prefixed_names_and_cuts_no_cell():
    """Issue 12 (finding 4): the table cut every cell at 40 characters, IRIs read `https://w3id.org/news-kg/id/…`."""
    text = to_table(TERMS)
    lines = text.splitlines()

    assert lines[0].split() == list(TERMS.columns)
    assert lines[2].split()[:3] == ["id:article/belarus-2020-09-21/event/12", "nkg:Loan", "1500000000"]
    assert "…" not in text and "https://w3id.org" not in text
    assert "a b c" in lines[3]  # tabs and line breaks inside a cell become spaces


@pytest.mark.parametrize("width", [30, 60, 100])
def test_the_table_fits_the_width_by_wrapping_never_cutting(width):
    sentence = "Moscow agreed to give a $1.5 billion loan to Belarus, Russian Finance Minister Anton Siluanov said."
    result = QueryResult.of_terms(("event", "type", "text"), [
        (ox.NamedNode(EVENT), ox.Literal("Loan"), ox.Literal(sentence)),
        (ox.NamedNode(EVENT + "0"), ox.Literal("Protest"), ox.Literal("Thousands marched."))])

    lines = to_table(result, width).splitlines()

    assert all(len(line) <= width for line in lines)
    spans = [(start, start + len(dashes)) for start, dashes in _runs(lines[1])]
    column = ["".join(line[a:b] for line in lines[2:]).replace(" ", "") for a, b in spans]
    assert column[0] == "id:article/belarus-2020-09-21/event/12" + "id:article/belarus-2020-09-21/event/120"
    assert column[2] == (sentence + "Thousands marched.").replace(" ", "")
    assert to_table(result, None).count("\n") == 4  # no width: one line a row


def _runs(rule: str):
    """(start, run) of each run of dashes in a table's rule line."""
    start = 0
    for run in rule.split("  "):
        yield start, run
        start += len(run) + 2


def test_the_table_writes_no_control_characters():
    result = QueryResult(("x",), (("\x1b[2Jcleared",),))
    assert "\x1b" not in to_table(result)


# ---- rows written as they come (kg.store.output; issue 13, F9)


@pytest.mark.parametrize("fmt", ["csv", "json", *sorted(STANDARD_FORMATS)])
def test_issue_13_rows_read_once_as_they_come_give_the_bytes_of_the_whole_result(fmt):
    """A server's rows reach `write_rows` once, as an iterator that cannot be read again: the bytes are
    those of the whole result, and those the formats are defined by (json.dumps; pyoxigraph's writer)."""
    out = io.BytesIO()
    write_rows(TERMS.columns, lambda: iter(TERMS.terms), fmt, out)

    written = out.getvalue().decode("utf-8")
    assert written == {"csv": to_csv, "json": to_json}.get(fmt, lambda result: to_standard(result, fmt))(TERMS)
    if fmt == "json":
        assert written == json.dumps(json.loads(written), indent=2, ensure_ascii=False) + "\n"
    if fmt in STANDARD_FORMATS:  # pyoxigraph's writer, given the rows at once, writes the same
        document = ox.parse_query_results(to_standard(TERMS, "srj").encode("utf-8"), format=ox.QueryResultsFormat.JSON)
        assert written.rstrip("\n") == document.serialize(format=STANDARD_FORMATS[fmt]).decode("utf-8").rstrip("\n")


def test_issue_13_a_table_reads_its_rows_twice_for_the_widths():
    reads = []

    def rows():
        reads.append(1)
        return iter(TERMS.terms)

    out = io.BytesIO()
    write_rows(TERMS.columns, rows, "table", out, width=80)

    assert len(reads) == 2 and out.getvalue().decode("utf-8") == to_table(TERMS, 80)


def test_json_of_no_rows_is_an_empty_list():
    assert to_json(QueryResult.of_terms(("x",), [])) == "[]\n"
