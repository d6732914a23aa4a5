"""The formats ``kg query`` writes rows in, written a row at a time as the rows come.

Input: a query's columns and its rows, each cell an RDF term (None where the
variable is unbound): a `kg.store.results.QueryResult` held whole, or a
server's answer as pyoxigraph parses it (`kg.store.answer`). Output: bytes
(UTF-8) written to a binary file object as each row comes, so that memory
holds a row, never the answer:

- ``table``: aligned columns for a reader, IRIs as prefixed names
  (``id:country/ru``, ``nkg:Loan``), long cells wrapped, never cut, to fit
  a width. Its columns are as wide as their widest cell, so the rows are
  read twice: once for the widths, once for the lines (`write_rows` takes a
  function that gives them afresh; a server's answer is kept in a temporary
  file for that);
- ``csv``: the text of each cell (the saved queries' contract with other tools);
- ``json``: a list of objects whose numbers are JSON numbers, booleans JSON
  booleans, and unbound cells ``null``;
- ``srj``, ``srx``, ``tsv``: the W3C SPARQL 1.1 result formats (JSON, XML,
  TSV), written by pyoxigraph, which reads the rows as a SPARQL JSON
  document made a row at a time (`_Document`) and writes each as it reads it.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import math
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = Sequence[Term | None]

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = frozenset(XSD + name for name in (
    "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
"""xsd:integer and the types derived from it (XML Schema 2 §3.3): whole numbers."""
FLOAT_TYPES = frozenset(XSD + name for name in ("decimal", "double", "float"))

STANDARD_FORMATS = {"srj": ox.QueryResultsFormat.JSON, "srx": ox.QueryResultsFormat.XML,
                    "tsv": ox.QueryResultsFormat.TSV}
"""The W3C result formats pyoxigraph writes, by their ``--format`` name."""
FORMATS = ("table", "csv", "json", *STANDARD_FORMATS)
"""Every format `write_rows` writes, ``--format``'s choices."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@functools.cache
def _display_prefixes() -> list[tuple[str, str]]:
    """The project's prefixes, the longest namespace first, so the most specific one names an IRI.

    Read on first use: `kg.rdf.build` imports rdflib (~0.1 s), which a CSV answer never needs.
    """
    from kg.rdf.build import PREFIXES
    from kg.rdf.namespace import ID

    return sorted({"id": str(ID), **PREFIXES}.items(), key=lambda item: -len(item[1]))


def cell_text(term: Term | None) -> str:
    """A cell's text: an IRI without its angle brackets, a literal's lexical form, ``_:id`` for a blank node,
    ``""`` where unbound.

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


def number_value(literal: ox.Literal) -> int | float | bool | None:
    """A numeric or boolean literal's value; None for other types and invalid lexical forms.

    >>> number_value(ox.Literal("0.25", datatype=ox.NamedNode(XSD + "decimal"))), number_value(ox.Literal("2"))
    (0.25, None)
    """
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


def write_rows(columns: Sequence[str], rows: Callable[[], Iterable[Row]], fmt: str, out, *,
               width: int | None = None) -> None:
    """Write the rows that `rows()` gives to `out` (a binary file object) in the format `fmt` (of `FORMATS`).

    `rows()` is called once, or, for a table, twice (its widths need every row; within `width`
    characters a line when given). Each row is written as it comes.

    >>> out = io.BytesIO(); write_rows(("x", "n"), lambda: [(ox.Literal("a, b"), None)], "csv", out); out.getvalue()
    b'x,n\\n"a, b",\\n'
    """
    if fmt == "table":
        _write_table(columns, rows, width, out)
    elif fmt in STANDARD_FORMATS:
        _write_standard(columns, rows(), fmt, out)
    else:
        {"csv": _write_csv, "json": _write_json}[fmt](columns, rows(), out)


class _Text:
    """Text written to a binary file object as UTF-8 (a `csv.writer` writes into it)."""

    def __init__(self, out):
        self.out = out

    def write(self, text: str) -> None:
        self.out.write(text.encode("utf-8"))


def _write_csv(columns: Sequence[str], rows: Iterable[Row], out) -> None:
    writer = csv.writer(_Text(out), lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell_text(term) for term in row])


def _json_value(term: Term | None):
    number = number_value(term) if isinstance(term, ox.Literal) else None
    return number if number is not None else (None if term is None else cell_text(term))


def _write_json(columns: Sequence[str], rows: Iterable[Row], out) -> None:
    """The rows as ``json.dumps(list_of_objects, indent=2, ensure_ascii=False)`` writes them, and a newline."""
    text = _Text(out)
    separator = "[\n"
    for row in rows:
        written = json.dumps(dict(zip(columns, map(_json_value, row))), indent=2, ensure_ascii=False)
        text.write(separator + "  " + written.replace("\n", "\n  "))
        separator = ",\n"
    text.write("[]\n" if separator == "[\n" else "\n]\n")


def _write_standard(columns: Sequence[str], rows: Iterable[Row], fmt: str, out) -> None:
    """The rows in a W3C format, written by pyoxigraph from a SPARQL JSON document of them that it reads
    a piece at a time, so a server's rows come out as they would from the embedded store."""
    solutions = ox.parse_query_results(_Document(columns, rows), format=ox.QueryResultsFormat.JSON)
    last = _LastByte(out)
    solutions.serialize(last, format=STANDARD_FORMATS[fmt])
    if last.byte != b"\n":
        out.write(b"\n")  # a shell's prompt starts on its own line


class _LastByte:
    """A binary file object that writes to `out` and remembers the last byte written."""

    def __init__(self, out):
        self.out, self.byte = out, b""

    def write(self, data: bytes) -> int:
        if data:
            self.out.write(data)
            self.byte = data[-1:]
        return len(data)

    def flush(self) -> None:
        pass


class _Document:
    """The rows as a SPARQL JSON results document, a binary file object made as it is read."""

    def __init__(self, columns: Sequence[str], rows: Iterable[Row]):
        head = json.dumps({"head": {"vars": list(columns)}})[:-1] + ', "results": {"bindings": ['
        self.columns = columns
        self.parts: Iterator[str] = iter(rows)
        self.pending = bytearray(head.encode("utf-8"))
        self.first, self.done = True, False

    def read(self, size: int = -1) -> bytes:
        while not self.done and (size is None or size < 0 or len(self.pending) < size):
            row = next(self.parts, None)
            if row is None:
                self.pending += b"]}}"
                self.done = True
                break
            binding = {name: _json_term(term) for name, term in zip(self.columns, row) if term is not None}
            self.pending += (("" if self.first else ",") + json.dumps(binding)).encode("ascii")
            self.first = False
        end = len(self.pending) if size is None or size < 0 else size
        data = bytes(self.pending[:end])
        del self.pending[:end]
        return data


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
    for prefix, namespace in _display_prefixes():
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


def _write_table(columns: Sequence[str], rows: Callable[[], Iterable[Row]], width: int | None, out) -> None:
    """Aligned columns: the widths from a first reading of the rows, then the lines from a second."""
    header = [_clean(column) for column in columns]
    natural = [len(name) for name in header]
    for row in rows():
        natural = [max(known, len(_display(term))) for known, term in zip(natural, row)]
    widths = natural if width is None else _fit(natural, width - GAP * (len(natural) - 1))
    text = _Text(out)
    for line in _lines(header, widths) + [(" " * GAP).join("-" * w for w in widths)]:
        text.write(line.rstrip() + "\n")
    for row in rows():
        text.write("".join(line.rstrip() + "\n" for line in _lines([_display(term) for term in row], widths)))


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
