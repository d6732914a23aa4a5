"""Read RDF files into rdflib graphs, with the parser's line in any error.

Input: a path whose extension names its format (see `kg.rdf.write.EXTENSIONS`;
Turtle for any other). Output: one `rdflib.Graph` with every triple of the
file; for TriG and N-Quads, the triples of all graphs, named or default.

rdflib does the parsing. When it fails, pyoxigraph parses the file again
to say where (line and column) and what is wrong, since rdflib's
N-Triples, N-Quads and JSON-LD errors name no line.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import UnreadableGraph
from kg.rdf.write import EXTENSIONS, OXIGRAPH_FORMATS, QUAD_FORMATS

_FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "json-ld": "JSON-LD", "trig": "TriG",
                 "nquads": "N-Quads"}
_LINE = re.compile(r"line (\d+)")
_OX_PLACE = re.compile(r"^Parser error (?:at|between) [^:]*: ")
_HINT = "fix the file or regenerate it with kg convert"


def file_format(path: str | Path) -> str:
    """The format of an RDF file by its extension; Turtle when it names none.

    >>> file_format("a.nq"), file_format("a.TRIG"), file_format("a.rdf")
    ('nquads', 'trig', 'turtle')
    """
    return EXTENSIONS.get(Path(path).suffix.lower(), "turtle")


def parse_graph_file(path: str | Path) -> Graph:
    """Parse one RDF file into one graph: for TriG and N-Quads, the union of all its graphs.

    Raises UnreadableGraph naming the file, and the line (and column) where
    the parser knows it, for a missing, unreadable, non-UTF-8, invalid or
    empty file.
    """
    path = Path(path)
    fmt = file_format(path)
    name = _FORMAT_NAMES[fmt]
    if path.is_dir():
        raise UnreadableGraph(str(path), "is a directory", "give the RDF files in it")
    if not path.is_file():
        raise UnreadableGraph(str(path), "no such file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableGraph(str(path), f"cannot be read ({err.strerror or err})") from None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UnreadableGraph(str(path), f"is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})",
                              f"expected an RDF file ({name})") from None
    if fmt == "json-ld":
        # rdflib fetches a remote @context (a request to any URL the file names); pyoxigraph
        # refuses to, so it reads the file first and nothing is ever fetched.
        try:
            for _ in ox.parse(data, format=ox.RdfFormat.JSON_LD, base_iri=path.resolve().as_uri()):
                pass
        except SyntaxError as err:
            if "remote context" in err.msg:
                raise UnreadableGraph(str(path), "names a remote JSON-LD @context, which is never fetched",
                                      "put the context in the file itself, as kg convert writes it") from None
            raise _syntax_error(path, data, fmt, err) from None
    graph = Graph()
    try:
        if fmt in QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
            for prefix, namespace in dataset.namespaces():
                graph.bind(prefix, namespace)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except Exception as err:  # rdflib's parsers raise many types; all mean "not this format"
        raise _syntax_error(path, data, fmt, err) from None
    if len(graph) == 0:
        raise UnreadableGraph(str(path), f"holds no triples ({name})", "expected a graph, e.g. from kg convert")
    return graph


def _syntax_error(path: Path, data: bytes, fmt: str, err: Exception) -> UnreadableGraph:
    """The error to report for a file rdflib could not parse: pyoxigraph's place if it finds one."""
    name = _FORMAT_NAMES[fmt]
    try:
        for _ in ox.parse(data, format=OXIGRAPH_FORMATS[fmt], base_iri=path.resolve().as_uri()):
            pass
    except SyntaxError as ox_err:
        where = f"{path}:{ox_err.lineno}:{ox_err.offset}" if ox_err.lineno else str(path)
        return UnreadableGraph(where, f"not valid {name}: {_OX_PLACE.sub('', ox_err.msg)}", _HINT)
    except Exception:  # pyoxigraph disagrees in some other way: rdflib's message will do
        pass
    text = str(err).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    message = getattr(err, "_why", None) or next((line for line in lines if not line.startswith("at line")),
                                                  type(err).__name__)
    line = getattr(err, "lines", None)
    if isinstance(line, int):
        where = f"{path}:{line + 1}"
    else:
        match = _LINE.search(text)
        where = f"{path}:{match.group(1)}" if match else str(path)
    return UnreadableGraph(where, f"not valid {name}: {message[:200]}", _HINT)
