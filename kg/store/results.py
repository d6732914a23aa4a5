"""A SELECT query's rows, and the formats `kg query` writes them in.

Input: pyoxigraph's `QuerySolutions` (from any store, or parsed from a
server's SPARQL JSON answer). Output: a `QueryResult` holding each cell both
as text and as its RDF term, and that result written as

- ``table``: aligned columns for a reader, IRIs as prefixed names
  (``id:country/ru``, ``nkg:Loan``), long cells wrapped, never cut, to fit
  the terminal's width;
- ``csv``: the text of each cell (the saved queries' contract with other tools);
- ``json``: a list of objects whose numbers are JSON numbers, booleans JSON
  booleans, and unbound cells ``null``;
- ``srj``, ``srx``, ``tsv``: the W3C SPARQL 1.1 result formats (JSON, XML,
  TSV), written by pyoxigraph from the terms, so RDF types and language
  tags survive.

A complete answer in ``csv``, ``tsv``, ``srj`` or ``srx`` is written by pyoxigraph straight from
the query's solutions (`write_solutions`), the same text without a Python object per cell: over a
store of 10,000 articles the `events` listing's 240,000 rows took seconds more through `QueryResult`.

`python_value` gives a cell as a Python value (`kg.query`).
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import math
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import pyoxigraph as ox

from kg.errors import UsageError
from kg.rdf.build import PREFIXES
from kg.rdf.namespace import ID

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = frozenset(XSD + name for name in (
    "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
"""xsd:integer and the types derived from it (XML Schema 2 §3.3): whole numbers."""
FLOAT_TYPES = frozenset(XSD + name for name in ("decimal", "double", "float"))

STANDARD_FORMATS = {"srj": ox.QueryResultsFormat.JSON, "srx": ox.QueryResultsFormat.XML,
                    "tsv": ox.QueryResultsFormat.TSV}
"""The W3C result formats `to_standard` writes, by their ``--format`` name."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DISPLAY_PREFIXES = sorted({"id": str(ID), **PREFIXES}.items(), key=lambda item: -len(item[1]))
"""The project's prefixes, the longest namespace first, so the most specific one names an IRI."""


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
        stop = None if self.limit is None else self.offset + self.limit
        return list(itertools.islice(rows, self.offset, stop))


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


def cell_text(term: Term | None) -> str:
    """A cell as `QueryResult.rows` holds it.

    >>> cell_text(ox.NamedNode("urn:x")), cell_text(ox.Literal("3", datatype=ox.NamedNode(XSD + "integer"))), cell_text(None)
    ('urn:x', '3', '')
    """
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


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
    value = _number(term)
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


def _number(literal: ox.Literal) -> int | float | bool | None:
    """A numeric or boolean literal's value; None for other types and invalid lexical forms."""
    datatype, text = literal.datatype.value, literal.value.strip()
    try:
        if datatype in INTEGER_TYPES:
            return int(text)
        if datatype in FLOAT_TYPES:
            number = float(text)
            return number if math.isfinite(number) else None  # INF and NaN are no JSON numbers
    except ValueError:
        return None
    if datatype == XSD + "boolean" and text in ("true", "false", "1", "0"):
        return text in ("true", "1")
    return None


def to_csv(result: QueryResult) -> str:
    """The result as CSV: a header row, then one line per row, ``\\n`` line ends.

    >>> print(to_csv(QueryResult(("a", "b"), (("1", "x, y"),))), end="")
    a,b
    1,"x, y"
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return buffer.getvalue()


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
    def value(term: Term | None):
        number = _number(term) if isinstance(term, ox.Literal) else None
        return number if number is not None else (None if term is None else cell_text(term))

    return json.dumps([dict(zip(result.columns, map(value, row))) for row in result.cell_terms()],
                      indent=2, ensure_ascii=False) + "\n"


def to_standard(result: QueryResult, fmt: str) -> str:
    """The result in a W3C SPARQL 1.1 result format: ``srj`` (JSON), ``srx`` (XML) or ``tsv``.

    pyoxigraph writes it, from the result's terms as a SPARQL JSON document it
    reads back, so a server's rows come out as they would from the embedded store.

    >>> print(to_standard(QueryResult.of_terms(("x",), [(ox.NamedNode("urn:a"),), (None,)]), "tsv"), end="")
    ?x
    <urn:a>
    <BLANKLINE>
    """
    document = {"head": {"vars": list(result.columns)},
                "results": {"bindings": [{name: _json_term(term) for name, term in zip(result.columns, row)
                                          if term is not None} for row in result.cell_terms()]}}
    solutions = ox.parse_query_results(json.dumps(document).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
    written = solutions.serialize(format=STANDARD_FORMATS[fmt]).decode("utf-8")
    return written if written.endswith("\n") else written + "\n"  # a shell's prompt starts on its own line


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


def _json_term(term: Term) -> dict:
    """`term` as the SPARQL 1.1 JSON results format writes an RDF term (§3.2.2; a triple term as RDF-star's)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    literal = {"type": "literal", "value": term.value}
    if term.language:
        literal["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        literal["datatype"] = term.datatype.value
    return literal


def prefixed(iri: str) -> str:
    """`iri` as a prefixed name of the project's prefixes (`kg.rdf.build.PREFIXES`, ``id:``), else whole.

    >>> prefixed("https://w3id.org/news-kg/id/country/ru"), prefixed("https://w3id.org/news-kg/ns#Loan")
    ('id:country/ru', 'nkg:Loan')
    >>> prefixed("https://example.org/x")
    'https://example.org/x'
    """
    for prefix, namespace in _DISPLAY_PREFIXES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def terminal_width() -> int | None:
    """The width a table may take: ``$COLUMNS`` if set, else stdout's terminal's, else None (no limit:
    a table piped to a file or another program keeps every row on one line)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


GAP = 2
"""Spaces between two columns of a table."""
NARROWEST = 6
"""The narrowest a column is made to fit the width (a narrower terminal gets longer lines)."""


def to_table(result: QueryResult, width: int | None = None) -> str:
    """The result as aligned columns for a reader, IRIs as prefixed names (`prefixed`).

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
    header = [_clean(column) for column in result.columns]
    body = [[_display(term) for term in row] for row in result.cell_terms()]
    natural = [max([len(header[i])] + [len(row[i]) for row in body]) for i in range(len(header))]
    widths = natural if width is None else _fit(natural, width - GAP * (len(natural) - 1))
    lines = _lines(header, widths) + [(" " * GAP).join("-" * w for w in widths)]
    for row in body:
        lines.extend(_lines(row, widths))
    return "".join(line.rstrip() + "\n" for line in lines)


def _clean(text: str) -> str:
    text = " ".join(text.split())  # newlines and tabs would break the columns
    return _CONTROL.sub("\ufffd", text)  # an escape sequence would rewrite the terminal


def _display(term: Term | None) -> str:
    return _clean(prefixed(term.value) if isinstance(term, ox.NamedNode) else cell_text(term))


def _fit(natural: list[int], room: int) -> list[int]:
    """Column widths within `room`: narrow columns keep their width, the rest share what is left evenly."""
    widths = list(natural)
    if sum(natural) <= room:
        return widths
    left, open_columns = room, sorted(range(len(natural)), key=lambda i: natural[i])
    while open_columns:
        share = max(left // len(open_columns), NARROWEST)
        column = open_columns.pop(0)
        widths[column] = min(natural[column], share)
        left -= widths[column]
    return widths


def _lines(cells: Sequence[str], widths: Sequence[int]) -> list[str]:
    """One row as lines: each cell wrapped to its column's width, the columns side by side."""
    wrapped = [textwrap.wrap(cell, width, break_on_hyphens=False) or [""] if len(cell) > width else [cell]
               for cell, width in zip(cells, widths)]
    height = max(len(cell) for cell in wrapped)
    return [(" " * GAP).join((cell[i] if i < len(cell) else "").ljust(width) for cell, width in zip(wrapped, widths))
            for i in range(height)]


FORMATS = ("table", "csv", "json", *STANDARD_FORMATS)
"""Every format `format_result` writes, ``--format``'s choices."""


def format_result(result: QueryResult, fmt: str) -> str:
    """`result` in the format named `fmt` (one of `FORMATS`); a table as wide as `terminal_width` allows."""
    if fmt == "table":
        return to_table(result, terminal_width())
    if fmt in STANDARD_FORMATS:
        return to_standard(result, fmt)
    return {"csv": to_csv, "json": to_json}[fmt](result)
