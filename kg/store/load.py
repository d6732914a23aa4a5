"""The load stage: converted graphs -> one graph per article, for a triple store.

Input: RDF files that `kg convert` wrote (any format of `kg.rdf.write.FORMATS`),
or the `kg.pipeline.Converted` articles of a `kg convert --load` run.
Output: `ArticleGraph`s, each an article's IRI and its triples as
N-Triples, which `kg.store.embedded` (embedded) and `kg.store.endpoint` (a SPARQL 1.1
server) load into the named graph of that IRI, replacing what was there.

Every graph in a file (a triple format's file is one graph) must hold exactly
one ``nkg:Article``: its IRI names the graph, so loading the same article
again replaces its graph and never duplicates it. Entities are not scoped
to a graph: an IRI such as ``id/country/ru`` in two articles' graphs is one
node of the union graph, which is what queries across articles meet on.

All files are read and checked before anything is loaded, so a bad file
leaves the store as it was. `read_graph_files` holds every article's bytes:
it feeds a SPARQL server; ``kg load`` into the embedded store streams the
files instead (`kg.rdf.scan`, `kg.store.bulkload`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF

from kg.errors import InputError
from kg.rdf.namespace import NKG

if TYPE_CHECKING:
    from kg.pipeline import Converted

_ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class ArticleGraph:
    """One article's graph, ready to load: its IRI (the graph's name) and its triples."""

    iri: str
    ntriples: bytes
    triples: int
    source: str
    """Where it came from (a file path), for messages."""


@dataclass(frozen=True)
class LoadReport:
    """What a load did: the articles (IRIs) whose graphs it replaced, into `target`."""

    target: str
    articles: tuple[str, ...]
    triples: int

    def render(self) -> str:
        """One line for stderr, e.g. ``loaded 2 articles (1334 triples) into .kg/store``."""
        noun = "article" if len(self.articles) == 1 else "articles"
        return f"loaded {len(self.articles)} {noun} ({self.triples} triples) into {self.target}"


def read_graph_files(paths: Sequence[str | Path]) -> list[ArticleGraph]:
    """The article graphs in RDF `paths`, in order, each article once.

    Raises:
        InputError: a missing or invalid file (``path:line:column: problem``),
            an article text given instead of a graph, a graph that holds no
            article or several, an article given twice.
        UsageError: an extension with no RDF format.
    """
    from kg.store.query import load_files

    graphs: list[ArticleGraph] = []
    seen: dict[str, str] = {}
    for item in paths:
        path = Path(item)
        if path.suffix.lower() in _ARTICLE_SUFFIXES:
            raise InputError(str(path), "is an article, not a converted graph",
                             "convert and load it in one step: kg convert ARTICLE... --load")
        store = load_files([path])
        names = [*store.named_graphs(), ox.DefaultGraph()]
        found = [graph for name in names if (graph := _article_graph(store, name, str(path)))]
        if not found:
            raise InputError(str(path), "holds no triples", "give a file written by kg convert")
        for graph in found:
            if graph.iri in seen:
                raise InputError(str(path), f"holds the article {graph.iri} again (also in {seen[graph.iri]})",
                                 "give each article once")
            seen[graph.iri] = str(path)
            graphs.append(graph)
    return graphs


def _article_graph(store: ox.Store, name, source: str) -> ArticleGraph | None:
    """The graph `name` of `store` as an `ArticleGraph`; None when it is empty."""
    quads = list(store.quads_for_pattern(None, None, None, name))
    if not quads:
        return None
    articles = sorted({quad.subject.value for quad in quads
                       if quad.predicate.value == str(RDF.type) and quad.object.value == str(NKG.Article)
                       and isinstance(quad.subject, ox.NamedNode)})
    if len(articles) != 1:
        problem = ("holds no nkg:Article" if not articles
                   else f"holds {len(articles)} articles in one graph")
        raise InputError(source, problem,
                         "load graphs written by kg convert: one file per article, or TriG/N-Quads "
                         "with one named graph per article (kg convert --format trig)")
    triples = [ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads]
    return ArticleGraph(articles[0], ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples), source)


def converted_graphs(converted: Iterable[Converted]) -> list[ArticleGraph]:
    """The graphs of articles `kg.pipeline.convert_files` converted, ready to load."""
    return [ArticleGraph(str(item.iri), item.graph.serialize(format="nt", encoding="utf-8"),
                         len(item.graph), item.facts.article.source)
            for item in converted]


def replace_graph_update(graph: ArticleGraph) -> str:
    """A SPARQL 1.1 Update that replaces the named graph `graph.iri` by `graph`'s triples.

    One request is one transaction (Oxigraph, and SPARQL 1.1 Update §3:
    operations of a request are applied in order), so no reader ever sees
    the graph missing or doubled. The IRI and the triples are written by
    pyoxigraph's serialisers, never pasted from text: N-Triples is valid
    SPARQL triples syntax.

    >>> print(replace_graph_update(ArticleGraph("urn:a", b'<urn:a> <urn:p> "x" .\\n', 1, "a.nt")), end="")
    DROP SILENT GRAPH <urn:a> ;
    INSERT DATA { GRAPH <urn:a> {
    <urn:a> <urn:p> "x" .
    } }
    """
    name = str(ox.NamedNode(graph.iri))
    return (f"DROP SILENT GRAPH {name} ;\n"
            f"INSERT DATA {{ GRAPH {name} {{\n{graph.ntriples.decode('utf-8')}}} }}\n")
