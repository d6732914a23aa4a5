"""How deep RDF and JSON nest, told before any parser sees them.

Input: the bytes of an RDF file (JSON-LD, Turtle, TriG, N-Triples, N-Quads) or of
a server's SPARQL JSON answer, whole or chunk by chunk. Output: nothing, or an
`InputError` when brackets nest more than `MAX_NESTING` levels deep.

Parsers recurse on nesting: pyoxigraph's JSON-LD parser crashes the process
(a segmentation fault) on objects nested 5,000 deep, and so does its SPARQL
JSON results parser on nested triple terms; rdflib's Turtle parser raises
RecursionError below 200 levels of ``[``. No file `kg convert` writes nests
deeper than 8 levels (JSON-LD: 7; TriG: 1). What counts, outside strings, IRIs and comments:

- JSON (JSON-LD, SPARQL JSON results): objects ``{…}`` and arrays ``[…]``;
- Turtle and TriG: blank node property lists ``[…]``, collections ``(…)``,
  graph blocks ``{…}`` and quoted triples ``<<…>>``;
- N-Triples and N-Quads: quoted triples ``<<…>>``, their only nesting.

The bytes are read in chunks (memory is one chunk, not the file) and counted
with regular expressions and `bytes.translate`, which run at C speed; a
chunk of N-Triples or N-Quads with no ``<<`` has nothing to count.
"""
from __future__ import annotations

import re
from itertools import accumulate
from pathlib import Path

from kg.errors import InputError

MAX_NESTING = 64
"""The deepest brackets may nest in an RDF file or a server's answer (kg convert writes at most 8)."""

CHUNK = 1 << 20
"""Bytes read at a time."""

_KEPT = b"[]{}()"
_STEPS = bytes.maketrans(b"[{(]})", b"\x01\x01\x01\xff\xff\xff")  # +1 and -1 as signed bytes
_DROPPED = bytes(byte for byte in range(256) if byte not in _KEPT)

# A backslash escape: in JSON strings (RFC 8259 §7), and in Turtle's strings, IRIs and local names
# (``ex:a\(b``). Turtle's escapes are blanked, keeping every byte's position.
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_JSON_STRING = re.compile(rb'"[^"]*"')

# Turtle's long and short strings, IRIs and comments (RDF 1.1 Turtle §6.5) hold no bracket.
_TOKEN = (rb'"""[^"]*(?:"(?!"")[^"]*)*"""'
          rb"|'''[^']*(?:'(?!'')[^']*)*'''"
          rb'|(?<!")"(?!"")[^"\n\r]*"'
          rb"|(?<!')'(?!'')[^'\n\r]*'"
          rb'|<[^<>"{}|^`\x00-\x20]*>'
          rb"|#[^\n\r]*")
_TURTLE_TOKEN = re.compile(_TOKEN)
_LONG_STRING = re.compile(rb"\"\"\"|'''")

SYNTAXES = {"json-ld": "json", "turtle": "turtle", "trig": "turtle", "nt": "ntriples", "nquads": "ntriples"}
"""How each format of `kg.rdf.formats.FORMATS` nests: as JSON; as Turtle; as N-Triples (quoted triples only)."""


class NestingCheck:
    """Counts the nesting of a text fed to it chunk by chunk (`feed`, then `finish`); InputError past `limit`.

    `syntax` is ``"json"``, ``"turtle"`` (Turtle, TriG) or ``"ntriples"`` (N-Triples, N-Quads);
    `where` names the text in the error, and `hint` says what to do.

    >>> check = NestingCheck("json", "answer.json", limit=3)
    >>> check.feed(b'{"a": [[1], "]]]]"]}'); check.finish()
    >>> NestingCheck("json", "answer.json", limit=3).feed(b'[[[["x"]]]]')
    Traceback (most recent call last):
    kg.errors.InputError: answer.json: nests more than 3 levels deep (JSON objects and arrays within each other)
    """

    def __init__(self, syntax: str, where: str, *, limit: int = MAX_NESTING, hint: str | None = None):
        self.syntax, self.where, self.limit, self.hint = syntax, where, limit, hint
        self.depth = 0
        self.carry = b""
        """Bytes the last chunk left: an escape cut in two (JSON), an unfinished line or long string (Turtle)."""
        self.in_string = False
        """JSON: the last chunk ended inside a string."""

    def feed(self, data: bytes) -> None:
        """Count `data`, the next chunk of the text."""
        data, self.carry = self.carry + data, b""
        self._count(self._json(data) if self.syntax == "json" else self._turtle(data, final=False))

    def finish(self) -> None:
        """Count what is left at the end of the text."""
        if self.syntax != "json" and self.carry:
            data, self.carry = self.carry, b""
            self._count(self._turtle(data, final=True))

    def _json(self, data: bytes) -> bytes:
        """`data`'s brackets outside strings."""
        if self.in_string:
            data = b'"' + data  # the string goes on: reopen it
        if (len(data) - len(data.rstrip(b"\\"))) % 2:
            data, self.carry = data[:-1], data[-1:]
        text = _JSON_STRING.sub(b"", _ESCAPE.sub(b"", data))
        opened = text.find(b'"')
        self.in_string = opened >= 0
        return text[:opened] if self.in_string else text

    def _turtle(self, data: bytes, final: bool) -> bytes:
        """`data`'s brackets outside strings, IRIs and comments."""
        if not final:  # strings, IRIs and comments end on their line (long strings aside): whole lines only
            end = data.rfind(b"\n") + 1
            data, self.carry = data[:end], data[end:]
        if b"<<" not in data and (self.syntax == "ntriples" or not (
                data.translate(None, _DROPPED) or b'"""' in data or b"'''" in data)):
            return b""  # nothing that could nest, nor a long string that could go on past this chunk
        blanked = _ESCAPE.sub(b"  ", data)
        text = _TURTLE_TOKEN.sub(b" ", blanked)
        opening = _LONG_STRING.search(text) if not final else None
        if opening:  # a long string goes on past this chunk: count it with the next one. No later delimiter
            start = blanked.rfind(opening.group())  # of its kind closes it, so it opens at the last one
            self.carry = data[start:] + self.carry
            text = _TURTLE_TOKEN.sub(b" ", blanked[:start])
        if self.syntax == "ntriples":
            text = text.translate(None, _KEPT)  # outside quoted triples, no bracket is syntax
        return text.replace(b"<<", b"(").replace(b">>", b")")

    def _count(self, text: bytes) -> None:
        steps = text.translate(_STEPS, _DROPPED)
        if not steps:
            return
        depths = list(accumulate(memoryview(steps).cast("b"), initial=self.depth))
        self.depth = max(depths[-1], 0)
        if max(depths) > self.limit:
            raise self.error()

    def error(self) -> InputError:
        """The error for a text that nests too deep."""
        what = {"json": "JSON objects and arrays", "ntriples": "quoted triples << >>"}.get(
            self.syntax, "blank nodes [ ], collections ( ), graphs { } or quoted triples << >>")
        return InputError(self.where, f"nests more than {self.limit} levels deep ({what} within each other)",
                          self.hint)


def check_file_nesting(path: Path, fmt: str) -> None:
    """Raise InputError when the RDF file `path` (format `fmt`, a name of `kg.rdf.formats.FORMATS`) nests
    deeper than `MAX_NESTING`; a file that cannot be read is left to its parser to report."""
    check = NestingCheck(SYNTAXES[fmt], str(path),
                         hint="a parser recurses that deep (pyoxigraph's crashes), so it is refused unread; "
                              "kg convert's files nest 8 levels at most: regenerate it with kg convert")
    try:
        with open(path, "rb") as data:
            while chunk := data.read(CHUNK):
                check.feed(chunk)
    except OSError:
        return
    check.finish()
