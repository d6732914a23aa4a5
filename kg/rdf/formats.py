"""The RDF formats kg reads and writes: one table, and the one way to tell a file's format.

Input: a file path (its extension) or a format name from the command line.
Output: a format name of `FORMATS`, which every other table here is keyed by:
`EXTENSIONS` (file extension -> format), `QUAD_FORMATS` (those that keep named
graphs), `OXIGRAPH_FORMATS` (pyoxigraph's names, for the second parser) and
`FORMAT_NAMES` (the names people know, for messages).

`guess_format` reads an extension; where a file's extension names no format,
the caller says what it wants: an error naming the allowed extensions (writing
a file, loading or querying files) or a default (``kg validate`` reads any
other file as Turtle).
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError

FORMATS = ("turtle", "nt", "json-ld", "trig", "nquads")
"""The formats, by the names ``--format`` takes."""

EXTENSIONS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
}
"""File extensions and the format each implies."""

QUAD_FORMATS = frozenset({"trig", "nquads", "json-ld"})
"""Formats that keep named graphs: kg writes each article into its own (its IRI), so that a file of
many articles loads article by article."""


def _oxigraph_formats() -> dict:
    import pyoxigraph as ox

    return {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "json-ld": ox.RdfFormat.JSON_LD,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
    }


def __getattr__(name: str):
    """`OXIGRAPH_FORMATS`: the same formats as pyoxigraph names them, for reading with the second parser.

    Made on first use, so that writing (``kg convert``) does not import pyoxigraph (module
    ``__getattr__``, PEP 562: ``from kg.rdf.formats import OXIGRAPH_FORMATS`` works as before).
    """
    if name == "OXIGRAPH_FORMATS":
        globals()[name] = formats = _oxigraph_formats()
        return formats
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "json-ld": "JSON-LD", "trig": "TriG",
                "nquads": "N-Quads"}
"""The same formats by the names people know them by, for messages."""

_STDOUT = (None, "-")


def guess_format(path: str | Path, default: str | None = None) -> str:
    """The format a file's extension implies (in any case); `default` when it implies none.

    >>> guess_format("out/belarus.jsonld"), guess_format("a.TRIG")
    ('json-ld', 'trig')
    >>> guess_format("a.rdf", default="turtle")
    'turtle'

    Raises UsageError, naming the allowed extensions, for an extension not in
    `EXTENSIONS` when `default` is None.
    """
    suffix = Path(path).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if default is not None:
        return default
    raise UsageError(
        str(path),
        f"cannot tell the RDF format from the extension {suffix or '(none)'!r}",
        f"use one of {', '.join(EXTENSIONS)} or give the format ({', '.join(FORMATS)})",
    )


def resolve_format(path: str | Path | None, fmt: str | None) -> str:
    """The format to write: `fmt` if given, else guessed from `path`; Turtle on stdout.

    >>> resolve_format(None, None), resolve_format("a.nq", None), resolve_format("a.ttl", "nt")
    ('turtle', 'nquads', 'nt')

    Raises UsageError for a format not in `FORMATS` or an unknown extension.
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise UsageError(None, f"unknown RDF format {fmt!r}", f"use one of {', '.join(FORMATS)}")
        return fmt
    if path in _STDOUT:
        return "turtle"
    return guess_format(path)
