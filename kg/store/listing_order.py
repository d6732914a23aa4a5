"""The order of a saved listing's rows, as byte strings a table sorts the same way.

Input: a saved query's text (its last ``ORDER BY``) and its rows, each cell an
RDF term or None. Output: a `RowOrder` that gives each row a sort key, bytes
whose plain byte order (SQLite's for a BLOB) is the order the query's
``ORDER BY`` gives the rows.

The listings kept beside the store (`kg.store.listings`) are answered by the same
query run over a few articles at a time; their rows are then merged in the
query's own order. A key holds the values of the ``ORDER BY`` conditions that
read the projected columns only, up to the first condition that reads a
variable the query does not return (the article's reading order, say), and then
the row's article (its graph's IRI) and its place among that article's rows in
the query's answer. That is the query's order for every saved listing kept: what
follows the projected conditions orders an article's rows among themselves,
and rows of two articles tied on them by article first (``?article``, the
graph the event is read in: each event lives in its article's graph).

Only the forms the saved listings use are read (any other makes `row_order`
return None, and the query is answered through SPARQL):

- ``?x``: the term as SPARQL 1.1 §15.1 orders it: unbound, then blank nodes,
  IRIs, and literals; numbers by value, strings by code point;
- ``(CONCAT("~", STR(?x)))``: the text of ``?x`` (unbound when ``?x`` is unbound or blank);
- ``(IF(BOUND(?x), 0, 1))``: 0 when ``?x`` is bound, else 1.
"""
from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.store.output import FLOAT_TYPES, INTEGER_TYPES, XSD, Term

_ORDER_BY = re.compile(r"^ORDER BY (.+)$", re.MULTILINE)
_CONDITION = re.compile(r"\?\w+|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)")
"""One condition: a variable, or a parenthesised expression nested at most three deep."""
_FORMS = (
    ("term", re.compile(r"\?(\w+)")),
    ("text", re.compile(r'\(CONCAT\("~",STR\(\?(\w+)\)\)\)')),
    ("bound", re.compile(r"\(IF\(BOUND\(\?(\w+)\),0,1\)\)")),
)
_STRING = XSD + "string"
_NUMBERS = INTEGER_TYPES | FLOAT_TYPES


class Unorderable(ValueError):
    """A row whose key cannot be made: a value of a kind the key does not order (a date, a language string)."""


@dataclass(frozen=True)
class RowOrder:
    """How a listing's rows are ordered: `conditions` ((form, column index) each) over its projected columns,
    then the row's article, then its place among the article's rows."""

    conditions: tuple[tuple[str, int], ...]

    def key(self, row: Sequence[Term | None], article: str, place: int) -> bytes:
        """The sort key of `row`, the `place`-th row (from 0) of `article`'s rows in the query's answer.

        >>> order = RowOrder((("bound", 0), ("term", 0)))
        >>> date = ox.Literal("2020-09")
        >>> order.key((None,), "urn:a", 0) > order.key((date,), "urn:b", 5) > order.key((date,), "urn:a", 9)
        True

        Raises Unorderable for a value of a kind the key does not order.
        """
        parts = [_condition_key(form, row[column]) for form, column in self.conditions]
        parts.append(_text_key(article))
        parts.append(place.to_bytes(4, "big"))
        return b"".join(parts)


def row_order(text: str, columns: Sequence[str]) -> RowOrder | None:
    """The `RowOrder` of a query with the text `text` and the projected `columns`; None when its last
    ``ORDER BY`` (which must end the query) holds a form this module does not read, or there is none.

    >>> text = 'SELECT ?date ?event WHERE { }\\nORDER BY (IF(BOUND(?date), 0, 1)) ?date ?order (CONCAT("~", STR(?event)))'
    >>> row_order(text, ["date", "event"])
    RowOrder(conditions=(('bound', 0), ('term', 0)))
    >>> row_order("SELECT ?n WHERE { }\\nORDER BY DESC(?n)", ["n"]) is None
    True
    """
    found = list(_ORDER_BY.finditer(text))
    if not found:
        return None
    clause = found[-1]
    if any(line.strip() and not line.lstrip().startswith("#") for line in text[clause.end():].splitlines()):
        return None  # a LIMIT, OFFSET or VALUES after it: not a listing
    spoken = clause.group(1).split("#", 1)[0]
    conditions = _CONDITION.findall(spoken)
    if "".join("".join(condition.split()) for condition in conditions) != "".join(spoken.split()):
        return None  # something between the conditions this module does not read (DESC, ASC, a function)
    read = []
    for condition in conditions:
        form, variable = _form(condition)
        if form is None:
            return None
        if variable not in columns:
            break  # the article's own order from here: the row's article and place stand for the rest
        read.append((form, list(columns).index(variable)))
    return RowOrder(tuple(read))


def _form(condition: str) -> tuple[str | None, str]:
    compact = "".join(condition.split())
    for form, pattern in _FORMS:
        match = pattern.fullmatch(compact)
        if match:
            return form, match.group(1)
    return None, ""


def _condition_key(form: str, term: Term | None) -> bytes:
    if form == "bound":
        return _number_key(0.0 if term is not None else 1.0)
    if form == "text":
        if term is None or isinstance(term, (ox.BlankNode, ox.Triple)):
            return b"\x00"  # STR of a blank node is an error: unbound
        return b"\x04" + _text_key(term.value)
    return _term_key(term)


def _term_key(term: Term | None) -> bytes:
    """A term in SPARQL's order (§15.1): unbound, blank nodes, IRIs, literals (numbers, then strings)."""
    if term is None:
        return b"\x00"
    if isinstance(term, ox.BlankNode):
        return b"\x01" + _text_key(term.value)
    if isinstance(term, ox.NamedNode):
        return b"\x02" + _text_key(term.value)
    if isinstance(term, ox.Literal) and not term.language:
        if term.datatype.value in _NUMBERS:
            try:
                return b"\x03" + _number_key(float(term.value))
            except ValueError:
                raise Unorderable(f"{term} is no number") from None
        if term.datatype.value == _STRING:
            return b"\x04" + _text_key(term.value)
    raise Unorderable(f"{term} is neither a number nor a plain string")


def _text_key(text: str) -> bytes:
    """UTF-8 (whose byte order is the code points'), a NUL escaped, ended by two NULs: a text sorts before
    every longer text it begins.

    >>> _text_key("a") < _text_key("a\\x00") < _text_key("ab")
    True
    """
    return text.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\xff") + b"\x00\x00"


def _number_key(number: float) -> bytes:
    """Eight bytes in the numbers' order: the IEEE 754 bits, the sign flipped, negatives' bits inverted.

    >>> _number_key(-2.5) < _number_key(-0.0) == _number_key(0.0) < _number_key(3) < _number_key(1e300)
    True
    """
    bits = struct.unpack(">Q", struct.pack(">d", number + 0.0))[0]  # + 0.0: -0.0 is 0.0
    bits = bits ^ 0xFFFF_FFFF_FFFF_FFFF if bits >> 63 else bits | 1 << 63
    return bits.to_bytes(8, "big")
