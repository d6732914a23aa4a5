"""A SELECT query's rows, and the formats `kg query` writes them in.

Input: pyoxigraph's `QuerySolutions` (from any store, or parsed from a
server's SPARQL JSON answer). Output: a `QueryResult` holding each cell both
as text and as its RDF term, and that result as text in each format of
`kg.store.output` (``table``, ``csv``, ``json``, ``srj``, ``srx``, ``tsv``),
which writes the rows one by one (a server's answer too, as it comes).

A complete answer in ``csv``, ``tsv``, ``srj`` or ``srx`` is written by pyoxigraph straight from
the query's solutions (`write_solutions`), the same text without a Python object per cell: over a
store of 10,000 articles the `events` listing's 240,000 rows took seconds more through `QueryResult`.

`python_value` gives a cell as a Python value (`kg.query`).
"""
from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import pyoxigraph as ox

from kg.errors import UsageError
from kg.store.output import (FORMATS, STANDARD_FORMATS, XSD, Term, cell_text, number_value, terminal_width,
                             write_rows)

__all__ = ["EVERY_ROW", "FORMATS", "STANDARD_FORMATS", "QueryResult", "Window", "cell_text", "format_result",
           "python_value", "to_csv", "to_json", "to_standard", "to_table"]


@dataclass(frozen=True)
class Window:
    """Which of a query's rows to give: `offset` rows skipped, then at most `limit` (None: every one).

    Every listing is complete unless ``--limit`` / ``--offset`` ask for less; the
    rows of a window are the query's own rows in its own order, so consecutive
    windows page through them.

    >>> Window(limit=2, offset=1).rows(["a", "b", "c", "d"])
    ['b', 'c']
    """

    limit: int | None = None
    offset: int = 0

    def check(self) -> Window:
        """This window; UsageError for a negative limit or offset."""
        if (self.limit is not None and self.limit < 0) or self.offset < 0:
            raise UsageError(None, "--limit and --offset count rows from 0", "e.g. --limit 20 --offset 40")
        return self

    def rows(self, rows: Iterable) -> list:
        """The rows of `rows` this window keeps."""
        return list(self.take(rows))

    def take(self, rows: Iterable) -> Iterator:
        """The rows of `rows` this window keeps, as they come: none is read past the window's last."""
        stop = None if self.limit is None else self.offset + self.limit
        return itertools.islice(rows, self.offset, stop)


EVERY_ROW = Window()
"""The whole answer."""


@dataclass(frozen=True)
class QueryResult:
    """The rows of a SELECT query.

    `rows` holds each cell as text: an IRI without its angle brackets, a
    literal's lexical form, ``_:id`` for a blank node, ``""`` where the
    variable is unbound. `terms` holds the same cells as RDF terms (None:
    unbound); a result made from text alone has none, and its cells count
    as plain strings.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    terms: tuple[tuple[Term | None, ...], ...] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of_terms(cls, columns: Sequence[str], terms: Iterable[Sequence[Term | None]]) -> QueryResult:
        """The result whose cells are `terms` (None: unbound)."""
        terms = tuple(tuple(row) for row in terms)
        rows = tuple(tuple(cell_text(term) for term in row) for row in terms)
        return cls(tuple(columns), rows, terms)

    @classmethod
    def of_solutions(cls, solutions: ox.QuerySolutions, window: Window = EVERY_ROW) -> QueryResult:
        """The rows of pyoxigraph's `solutions` that `window` keeps (all of them unless it says)."""
        return cls.of_terms([variable.value for variable in solutions.variables],
                            window.rows(tuple(solution) for solution in solutions))

    def cell_terms(self) -> tuple[tuple[Term | None, ...], ...]:
        """`terms`, or for a result made from text, each cell as a plain literal ("" as unbound)."""
        if self.terms is not None:
            return self.terms
        return tuple(tuple(ox.Literal(cell) if cell else None for cell in row) for row in self.rows)


def python_value(term: Term | None) -> int | float | bool | str | date | None:
    """A cell as a Python value: None for unbound; int, float or bool for a number or boolean literal;
    a `datetime.date` (or `datetime.datetime`) for an ``xsd:date`` (``xsd:dateTime``); else its text.

    >>> python_value(ox.Literal("1500000000", datatype=ox.NamedNode(XSD + "integer")))
    1500000000
    >>> python_value(ox.Literal("2020-09-20", datatype=ox.NamedNode(XSD + "date")))
    datetime.date(2020, 9, 20)
    >>> python_value(ox.Literal("2020-08", datatype=ox.NamedNode(XSD + "gYearMonth"))), python_value(None)
    ('2020-08', None)
    """
    if not isinstance(term, ox.Literal):
        return None if term is None else cell_text(term)
    value = number_value(term)
    if value is not None:
        return value
    datatype = term.datatype.value
    try:
        if datatype == XSD + "date":
            return date.fromisoformat(term.value)
        if datatype == XSD + "dateTime":
            return datetime.fromisoformat(term.value)
    except ValueError:
        pass  # not a valid lexical form: its text
    return term.value


def _text(result: QueryResult, fmt: str, width: int | None = None) -> str:
    out = io.BytesIO()
    write_rows(result.columns, result.cell_terms, fmt, out, width=width)
    return out.getvalue().decode("utf-8")


def to_csv(result: QueryResult) -> str:
    """The result as CSV: a header row, then one line per row, ``\\n`` line ends.

    >>> print(to_csv(QueryResult(("a", "b"), (("1", "x, y"),))), end="")
    a,b
    1,"x, y"
    """
    return _text(result, "csv")


def to_json(result: QueryResult) -> str:
    """The result as a JSON list of objects, one per row, keys in column order, and a newline.

    Numbers and booleans are JSON's own, an unbound cell is ``null``, anything
    else its text (IRIs whole, dates in ISO 8601).

    >>> count = ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))
    >>> print(to_json(QueryResult.of_terms(("type", "count", "date"), [(ox.Literal("Loan"), count, None)])), end="")
    [
      {
        "type": "Loan",
        "count": 2,
        "date": null
      }
    ]
    """
    return _text(result, "json")


def to_standard(result: QueryResult, fmt: str) -> str:
    """The result in a W3C SPARQL 1.1 result format: ``srj`` (JSON), ``srx`` (XML) or ``tsv``, written
    by pyoxigraph from the result's terms, so a server's rows come out as they would from the embedded store.

    >>> print(to_standard(QueryResult.of_terms(("x",), [(ox.NamedNode("urn:a"),), (None,)]), "tsv"), end="")
    ?x
    <urn:a>
    <BLANKLINE>
    """
    return _text(result, fmt)


WRITTEN_FORMATS = frozenset({"csv", *STANDARD_FORMATS})
"""The formats `write_solutions` writes straight from a query's solutions."""


def write_solutions(solutions: ox.QuerySolutions, fmt: str) -> bytes:
    """Every row of `solutions`, written by pyoxigraph in `fmt` (one of `WRITTEN_FORMATS`): the text
    `format_result` gives for the same rows, encoded as UTF-8.

    CSV is pyoxigraph's (RFC 4180) with a line feed ending each row, as `to_csv` writes it; the one
    difference is that pyoxigraph quotes a cell holding a carriage return without a line feed, which
    Python's ``csv`` leaves bare (a reader would take it for a line end). A one-column answer is
    written by `to_csv`, which tells a row with an empty cell (``""``) from no row.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x, y")))
    >>> write_solutions(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }"), "csv")
    b's,o\\nurn:a,"x, y"\\n'
    """
    if fmt == "csv" and len(solutions.variables) == 1:
        return to_csv(QueryResult.of_solutions(solutions)).encode("utf-8")
    buffer = io.BytesIO()
    solutions.serialize(buffer, format=ox.QueryResultsFormat.CSV if fmt == "csv" else STANDARD_FORMATS[fmt])
    written = buffer.getvalue()
    if fmt == "csv":
        return _line_feeds(written)
    return written if written.endswith(b"\n") else written + b"\n"  # as `to_standard`


def _line_feeds(written: bytes) -> bytes:
    """CSV whose rows end with CR LF, with rows ending in LF: a CR LF inside a quoted cell stays.

    Between the quotes of a CSV text, the pieces at even places (0, 2, ...) lie outside every quoted
    cell (an escaped quote ``""`` leaves an empty piece there).

    >>> _line_feeds(b'a,"b\\r\\nc"\\r\\nd,"e""f"\\r\\n')
    b'a,"b\\r\\nc"\\nd,"e""f"\\n'
    """
    pieces = written.split(b'"')
    pieces[::2] = [piece.replace(b"\r\n", b"\n") for piece in pieces[::2]]
    return b'"'.join(pieces)


def to_table(result: QueryResult, width: int | None = None) -> str:
    """The result as aligned columns for a reader, IRIs as prefixed names (`kg.store.output.prefixed`).

    Within `width` characters a line, when given: the widest columns are
    narrowed and their cells wrapped onto more lines, never cut.

    >>> print(to_table(QueryResult(("type", "count"), (("Arrest", "2"), ("Loan", "1")))), end="")
    type    count
    ------  -----
    Arrest  2
    Loan    1
    >>> event = ox.NamedNode("https://w3id.org/news-kg/id/article/belarus-2020-09-21/event/12")
    >>> print(to_table(QueryResult.of_terms(("event", "text"), [(event, ox.Literal("Moscow agreed to give a loan."))]),
    ...                width=40), end="")
    event                text
    -------------------  -------------------
    id:article/belarus-  Moscow agreed to
    2020-09-21/event/12  give a loan.
    """
    return _text(result, "table", width)


def format_result(result: QueryResult, fmt: str) -> str:
    """`result` in the format named `fmt` (one of `FORMATS`); a table as wide as `terminal_width` allows."""
    return _text(result, fmt, terminal_width() if fmt == "table" else None)
