"""Read converted RDF files twice without holding them: first to check them, then in chunks of quads.

Input: RDF files that `kg convert` wrote (any format of `kg.rdf.formats.FORMATS`).
Output: `GraphFile`s (pass one: every file parsed and checked, nothing kept
but each graph's article and size), then `Chunk`s (pass two: the quads of a
run of whole articles, each quad moved into its article's named graph, the
article's IRI), for `kg.store.bulkload` to write.

The checks are those of `kg.rdf.files.read_article_graphs`, and its code:
every graph in a file (a triple format's file is one graph) holds exactly
one ``nkg:Article``, no article comes twice, no article text is given
instead of a graph. Memory is one chunk of quads, not the files: a chunk
ends at the first article boundary after `CHUNK_QUADS` quads, or at
`CHUNK_ARTICLES` articles.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from kg.rdf.files import check_graph_path, no_triples, note_article, read_error, single_article
from kg.rdf.formats import OXIGRAPH_FORMATS, guess_format
from kg.rdf.namespace import NKG
from kg.rdf.nesting import check_file_nesting

CHUNK_QUADS = 100_000
"""Quads a chunk holds before it ends (at an article boundary): well under the 1,000,000 quads Oxigraph's
bulk loader ingests in one go, and about 150 MB of Python objects."""

CHUNK_ARTICLES = 100
"""Articles a chunk holds at most: what an interrupted load can leave missing."""

_TYPE = ox.NamedNode(str(RDF.type))
_ARTICLE = ox.NamedNode(str(NKG.Article))


@dataclass
class GraphFile:
    """One checked file: the article of each of its graphs, in the order the graphs first appear."""

    path: Path
    fmt: str
    articles: list[str] = field(default_factory=list)
    triples: list[int] = field(default_factory=list)
    contiguous: bool = True
    """Each graph's quads come in one run (as kg convert writes them): pass two can stream the file."""


@dataclass(frozen=True)
class Chunk:
    """Whole articles to write together: their IRIs (graph names) and their quads."""

    articles: tuple[str, ...]
    quads: list[ox.Quad]


def scan_graph_files(paths: Sequence[str | Path]) -> list[GraphFile]:
    """Parse and check every file in `paths`, keeping only each graph's article and triple count.

    Raises:
        InputError: a missing or invalid file (``path:line:column: problem``),
            an article text given instead of a graph, a graph that holds no
            article or several, an article given twice, a file with no triples,
            a file nested too deep (`kg.rdf.nesting`).
        UsageError: an extension with no RDF format.
    """
    seen: dict[str, str] = {}
    files = []
    for item in paths:
        path = Path(item)
        check_graph_path(path)
        scanned = _scan(path)
        for iri in scanned.articles:
            note_article(seen, iri, path)
        files.append(scanned)
    return files


def _scan(path: Path) -> GraphFile:
    fmt = guess_format(path)
    check_file_nesting(path, fmt)
    found = GraphFile(path, fmt)
    index: dict = {}  # graph name -> its position in the file
    articles: list[set[str]] = []
    current, position = None, -1
    try:
        for quad in ox.parse(path=str(path), format=OXIGRAPH_FORMATS[fmt]):
            graph = quad.graph_name
            if graph != current:
                current = graph
                position = index.get(graph, -1)
                if position < 0:
                    position = index[graph] = len(articles)
                    articles.append(set())
                    found.triples.append(0)
                else:
                    found.contiguous = False
            found.triples[position] += 1
            if quad.predicate == _TYPE and quad.object == _ARTICLE and isinstance(quad.subject, ox.NamedNode):
                articles[position].add(quad.subject.value)
    except (SyntaxError, OSError) as error:
        raise read_error(path, fmt, error) from None
    if not articles:
        raise no_triples(path)
    found.articles.extend(single_article(iris, path) for iris in articles)
    return found


def article_chunks(files: Sequence[GraphFile], chunk_quads: int = CHUNK_QUADS,
                   chunk_articles: int = CHUNK_ARTICLES) -> Iterator[Chunk]:
    """The articles of `files` (checked by `scan_graph_files`) in chunks of about `chunk_quads` quads
    and at most `chunk_articles` articles.

    Each quad is in its article's named graph; an article is never split
    between chunks. Files are parsed again, leniently (pass one checked them).
    """
    articles: list[str] = []
    quads: list[ox.Quad] = []
    for graph_file in files:
        for iri, graph_quads in _article_runs(graph_file):
            if quads and (len(quads) >= chunk_quads or len(articles) >= chunk_articles):
                yield Chunk(tuple(articles), quads)
                articles, quads = [], []
            articles.append(iri)
            quads.extend(graph_quads)
    if articles:
        yield Chunk(tuple(articles), quads)


def article_quads(files: Sequence[GraphFile]) -> Iterator[tuple[str, str, list[ox.Quad]]]:
    """Each article of `files` (checked by `scan_graph_files`) as (its file, its IRI, its quads as the file
    gives them), one at a time: what `kg.store.load.check_articles` checks.

    The quads come from the parser, never through a store: Oxigraph's store keeps an
    ``xsd:nonNegativeInteger`` as an ``xsd:integer``, which the shapes would refuse. A file whose graphs
    come in several runs is held whole, a graph at a time in the others.
    """
    for graph_file in files:
        fmt = OXIGRAPH_FORMATS[graph_file.fmt]
        where = str(graph_file.path)
        if not graph_file.contiguous:
            graphs: dict = {}
            for quad in ox.parse(path=where, format=fmt, lenient=True):
                graphs.setdefault(quad.graph_name, []).append(quad)
            for iri, quads in zip(graph_file.articles, graphs.values()):
                yield where, iri, quads
            continue
        position, current, run = -1, None, []
        for quad in ox.parse(path=where, format=fmt, lenient=True):
            if quad.graph_name != current:
                if run:
                    yield where, graph_file.articles[position], run
                current, position, run = quad.graph_name, position + 1, []
            run.append(quad)
        if run:
            yield where, graph_file.articles[position], run


def _article_runs(graph_file: GraphFile) -> Iterator[tuple[str, list[ox.Quad]]]:
    """Each article of `graph_file` with its quads, moved into the graph named by the article's IRI."""
    fmt = OXIGRAPH_FORMATS[graph_file.fmt]
    if not graph_file.contiguous:  # a graph in several runs: gather each graph first, in a store of this file
        store = ox.Store()
        store.load(path=str(graph_file.path), format=fmt, lenient=True)
        for name in [*store.named_graphs(), ox.DefaultGraph()]:
            quads = list(store.quads_for_pattern(None, None, None, name))
            if quads:
                iri = next(quad.subject.value for quad in quads
                           if quad.predicate == _TYPE and quad.object == _ARTICLE)
                yield iri, [_moved(quad, ox.NamedNode(iri)) for quad in quads]
        return
    position, current, target, moving, run = -1, None, None, False, []
    for quad in ox.parse(path=str(graph_file.path), format=fmt, lenient=True):
        graph = quad.graph_name
        if graph != current:
            if run:
                yield target.value, run
            current, position, run = graph, position + 1, []
            target = ox.NamedNode(graph_file.articles[position])
            moving = graph != target  # once a run: each of its quads is in `graph`
        run.append(ox.Quad(quad.subject, quad.predicate, quad.object, target) if moving else quad)
    if run:
        yield target.value, run


def _moved(quad: ox.Quad, graph: ox.NamedNode) -> ox.Quad:
    return quad if quad.graph_name == graph else ox.Quad(quad.subject, quad.predicate, quad.object, graph)
