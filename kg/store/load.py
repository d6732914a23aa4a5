"""Loading into any triple store: the update that replaces an article's graph, and the load's report.

Input: `kg.rdf.files.ArticleGraph`s, each an article's IRI and its triples as
N-Triples (read from converted files by `kg.rdf.files.read_article_graphs`, or
made by a ``kg convert --load`` batch). `kg.store.embedded` (embedded) and
`kg.store.endpoint` (a SPARQL 1.1 server) load each into the named graph of
that IRI, replacing what was there, and say what they did in a `LoadReport`.

Each article's IRI names its graph, so loading the same article again
replaces its graph and never duplicates it. Entities are not scoped to a
graph: an IRI such as ``id/country/ru`` in two articles' graphs is one node
of the union graph, which is what queries across articles meet on.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.rdf.files import ArticleGraph


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
