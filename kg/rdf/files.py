"""Read RDF files: into an rdflib graph, into an in-memory pyoxigraph store, or as article graphs to load.

Input: paths whose extension names the format (see `kg.rdf.formats`). Output,
by function:

- `read_graph`: one file as one `rdflib.Graph` (``kg validate``); for TriG
  and N-Quads, the triples of all its graphs, named or default; any other
  extension is read as Turtle. rdflib does the parsing. When it fails,
  pyoxigraph parses the file again to say where (line and column) and what
  is wrong, since rdflib's N-Triples, N-Quads and JSON-LD errors name no line.
- `read_store`: files into one in-memory pyoxigraph store, each file in a
  named graph (``kg query FILE...``).
- `read_article_graphs`: the converted articles in files, checked, each an
  `ArticleGraph` (its IRI and its triples as N-Triples) ready to load into a
  SPARQL server (`kg.store.endpoint`).

The checks of converted files, shared with the streaming reader `kg.rdf.scan`:
every graph in a file (a triple format's file is one graph) holds exactly one
``nkg:Article``, no article comes twice, no article text is given instead of
a graph (`check_graph_path`, `single_article`, `note_article`, `no_triples`).
`read_error` says what pyoxigraph found wrong in a file. No file reaches a
parser before its nesting is checked (`kg.rdf.nesting`): parsers recurse,
and pyoxigraph's crashes on JSON-LD nested a few thousand levels deep.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Dataset, Graph

from kg.errors import InputError, UnreadableGraph
from kg.rdf.formats import FORMAT_NAMES, OXIGRAPH_FORMATS, QUAD_FORMATS, guess_format
from kg.rdf.namespace import NKG
from kg.rdf.nesting import check_file_nesting

_LINE = re.compile(r"line (\d+)")
_OX_PLACE = re.compile(r"^Parser error (?:at|between) [^:]*: ")
_HINT = "fix the file or regenerate it with kg convert"
_ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class ArticleGraph:
    """One article's graph, ready to load: its IRI (the graph's name) and its triples."""

    iri: str
    ntriples: bytes
    triples: int
    source: str
    """Where it came from (a file path), for messages."""


def read_graph(path: str | Path) -> Graph:
    """Parse one RDF file into one graph: for TriG and N-Quads, the union of all its graphs.

    A file whose extension names no format is read as Turtle.

    Raises UnreadableGraph naming the file, and the line (and column) where
    the parser knows it, for a missing, unreadable, non-UTF-8, invalid or
    empty file, or one nested deeper than `kg.rdf.nesting.MAX_NESTING`.
    """
    path = Path(path)
    fmt = guess_format(path, default="turtle")
    name = FORMAT_NAMES[fmt]
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
    try:
        check_file_nesting(path, fmt)
    except InputError as err:
        raise UnreadableGraph(err.where, err.problem, err.hint) from None
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
    name = FORMAT_NAMES[fmt]
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


def read_store(paths: Sequence[str | Path]) -> ox.Store:
    """An in-memory store with each file in a named graph (its file: IRI).

    TriG, N-Quads and JSON-LD files keep their own graph names; what they hold
    in their default graph goes into the file's graph, as a triple format's
    file does. The format comes from each file's extension (see
    `kg.rdf.formats.EXTENSIONS`).

    Raises:
        InputError: a missing or unreadable file, one that is not valid RDF
            (``path:line:column: problem``) or nests too deep (`kg.rdf.nesting`).
        UsageError: an extension with no known RDF format.
    """
    store = ox.Store()
    for item in paths:
        path = Path(item)
        fmt = guess_format(path)
        check_file_nesting(path, fmt)
        file_graph = ox.NamedNode(path.resolve().as_uri())
        try:
            store.load(path=str(path), format=OXIGRAPH_FORMATS[fmt],
                       to_graph=None if fmt in QUAD_FORMATS else file_graph)
        except (SyntaxError, OSError) as error:
            raise read_error(path, fmt, error) from None
        unnamed = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        if unnamed:  # the saved queries read articles from named graphs (GRAPH ?g)
            store.extend(ox.Quad(quad.subject, quad.predicate, quad.object, file_graph) for quad in unnamed)
            for quad in unnamed:
                store.remove(quad)
    return store


def read_error(path: Path, fmt: str, error: SyntaxError | OSError) -> InputError:
    """The InputError to report for pyoxigraph's `error` reading the RDF file `path` (format `fmt`).

    >>> read_error(Path("a.nt"), "nt", FileNotFoundError()).message
    'a.nt: no such file'
    """
    if isinstance(error, SyntaxError):
        if "remote context" in error.msg:  # pyoxigraph never fetches one
            return InputError(str(path), "names a remote JSON-LD @context, which is never fetched",
                              "put the context in the file itself, as kg convert writes it")
        where = f"{path}:{error.lineno}:{error.offset}" if error.lineno else str(path)
        return InputError(where, f"not valid {FORMAT_NAMES[fmt]}: {error.msg}", _HINT)
    if isinstance(error, FileNotFoundError):
        return InputError(str(path), "no such file")
    return InputError(str(path), f"cannot read: {error.strerror or error}")


def read_article_graphs(paths: Sequence[str | Path]) -> list[ArticleGraph]:
    """The article graphs in the converted RDF files `paths`, in order, each article once.

    Every file is read and checked before this returns, so a caller that
    loads only then leaves its store as it was when a file is bad. It holds
    every article's bytes: ``kg load`` into the embedded store streams the
    files instead (`kg.rdf.scan`).

    Raises:
        InputError: a missing or invalid file (``path:line:column: problem``),
            an article text given instead of a graph, a graph that holds no
            article or several, an article given twice.
        UsageError: an extension with no RDF format.
    """
    graphs: list[ArticleGraph] = []
    seen: dict[str, str] = {}
    for item in paths:
        path = Path(item)
        check_graph_path(path)
        store = read_store([path])
        names = [*store.named_graphs(), ox.DefaultGraph()]
        found = [graph for name in names if (graph := _article_graph(store, name, path))]
        if not found:
            raise no_triples(path)
        for graph in found:
            note_article(seen, graph.iri, path)
            graphs.append(graph)
    return graphs


def _article_graph(store: ox.Store, name, path: Path) -> ArticleGraph | None:
    """The graph `name` of `store` as an `ArticleGraph`; None when it is empty."""
    quads = list(store.quads_for_pattern(None, None, None, name))
    if not quads:
        return None
    iri = single_article({quad.subject.value for quad in quads
                          if quad.predicate.value == str(RDF.type) and quad.object.value == str(NKG.Article)
                          and isinstance(quad.subject, ox.NamedNode)}, path)
    triples = [ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads]
    return ArticleGraph(iri, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples), str(path))


def check_graph_path(path: Path) -> None:
    """Raise InputError when `path` is an article's text (``.txt``) given where a converted graph belongs.

    >>> check_graph_path(Path("a.txt"))
    Traceback (most recent call last):
    kg.errors.InputError: a.txt: is an article, not a converted graph; convert and load it in one step: kg convert ARTICLE... --load
    """
    if path.suffix.lower() in _ARTICLE_SUFFIXES:
        raise InputError(str(path), "is an article, not a converted graph",
                         "convert and load it in one step: kg convert ARTICLE... --load")


def single_article(iris: Collection[str], path: Path) -> str:
    """The one article (IRI) of a graph in `path`, given the ``nkg:Article`` IRIs it holds.

    Raises InputError for a graph that holds no article or several.
    """
    if len(iris) != 1:
        problem = "holds no nkg:Article" if not iris else f"holds {len(iris)} articles in one graph"
        raise InputError(str(path), problem,
                         "load graphs written by kg convert: one file per article, or TriG/N-Quads "
                         "with one named graph per article (kg convert --format trig)")
    return next(iter(iris))


def note_article(seen: dict[str, str], iri: str, path: Path) -> None:
    """Record in `seen` (article IRI -> file) that `path` holds `iri`; InputError if an earlier file did."""
    if iri in seen:
        raise InputError(str(path), f"holds the article {iri} again (also in {seen[iri]})",
                         "give each article once")
    seen[iri] = str(path)


def no_triples(path: Path) -> InputError:
    """The InputError for a converted file that holds no triples."""
    return InputError(str(path), "holds no triples", "give a file written by kg convert")
