"""Loading into any triple store: the update that replaces an article's graph, and the load's report.

Input: `kg.rdf.files.ArticleGraph`s, each an article's IRI and its triples as
N-Triples (read from converted files by `kg.rdf.files.read_article_graphs`, or
made by a ``kg convert --load`` batch). `kg.store.embedded` (embedded) and
`kg.store.endpoint` (a SPARQL 1.1 server) load each into the named graph of
that IRI, replacing what was there, and say what they did in a `LoadReport`.

Each article's IRI names its graph, so loading the same article again
replaces its graph and never duplicates it. Entities are not scoped to a
graph: an IRI such as ``id/country/ru`` in two articles' graphs is one node
of the union graph, which is what queries across articles meet on. So before
anything is loaded, `check_articles` checks what each graph says
(`kg.rdf.claims`: of its own nodes, and of shared ones in agreement with the
other articles loaded with it) and, unless told not to, that it conforms to
the shapes; `check_against_store` (and, for a server,
`kg.store.server_check`) holds the shared nodes to what the store's other
articles say of them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import NotConformant
from kg.rdf.claims import Description, check_claims, disagreement, note_descriptions
from kg.rdf.files import ArticleGraph

Described = dict[str, tuple[Description, str, str]]
"""Shared nodes (IRIs) with what the articles being loaded say of them, the first article that said it and its file."""


@dataclass(frozen=True)
class LoadReport:
    """What a load did: the articles (IRIs) whose graphs it replaced, into `target`."""

    target: str
    articles: tuple[str, ...]
    triples: int
    happenings: int | None = None
    """The happenings the store holds after the load (kg.link), None where the load links none."""
    held: tuple[str, ...] = ()
    """Articles not sent: the server held them whole already (``kg load --resume``)."""

    def render(self) -> str:
        """One line for stderr, e.g. ``loaded 2 articles (1334 triples) into .kg/store, which holds 1 happening``.

        >>> LoadReport("s", ("urn:a",), 3).render(), LoadReport("s", ("urn:a", "urn:b"), 9, 2).render()
        ('loaded 1 article (3 triples) into s', 'loaded 2 articles (9 triples) into s, which holds 2 happenings')
        """
        noun = "article" if len(self.articles) == 1 else "articles"
        line = f"loaded {len(self.articles)} {noun} ({self.triples} triples) into {self.target}"
        if self.held:  # (only over a SPARQL endpoint)
            line += f"; {len(self.held)} already there whole, not sent again"
        if self.happenings is None:
            return line
        return f"{line}, which holds {self.happenings} happening{'' if self.happenings == 1 else 's'}"


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


def check_articles(articles: Iterable[tuple[str, str, list[ox.Quad]]], *, validate: bool = True) -> Described:
    """Check each article, given as (where, IRI, quads of its graph), before any is loaded; what they say of
    shared nodes.

    Raises InputError for what no article's graph may say (`kg.rdf.claims.check_claims`; triples about
    nodes of no article or entity only with `validate`), or an article that says of a shared node other
    than an article before it; NotConformant, with `validate`, for a graph that breaks the shapes.
    """
    described: Described = {}
    for where, iri, quads in articles:
        found = check_claims(iri, quads, where, strict=validate)
        note_descriptions(described, found, iri, where)
        if validate:
            _check_shapes(where, iri, quads)
    return described


def _check_shapes(where: str, iri: str, quads: list[ox.Quad]) -> None:
    from kg.validate.shacl import validate_quads

    report = validate_quads(quads, iri)
    if not report.conforms:
        raise NotConformant(f"{where}: article {iri}", report.render(),
                            "see the report above; fix the file or regenerate it with kg convert (kg load "
                            "--no-validate loads it anyway)")


def check_against_store(store: ox.Store, described: Described, loading: set[str], where: str) -> None:
    """Raise InputError when an article being loaded says of a shared node other than what an article the
    store already holds (and that is not being replaced: `loading`) says of it.

    Each node is held to one other article of the store (the first found): the store's articles agree
    with each other, as they were held to the same rule when they were loaded.
    """
    type_ = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for node in described:
        subject = ox.NamedNode(node)
        other = next((quad.graph_name for quad in store.quads_for_pattern(subject, type_, None, None)
                      if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value not in loading), None)
        if other is not None:
            hold_to_article(described, node, other.value, store.quads_for_pattern(subject, None, None, other), where)


def hold_to_article(described: Described, node: str, other: str, quads: Iterable[ox.Quad], where: str) -> None:
    """Raise InputError (`kg.rdf.claims.disagreement`) when what the article `other`, held in `where` (a store,
    a server), says of the shared `node` in `quads` (those of its graph about the node) is not what the
    article being loaded that `described` names for it says."""
    description, article, file = described[node]
    theirs = check_claims(other, quads, where, strict=False).get(node)
    if theirs is not None and not theirs.agrees(description):
        raise disagreement(file, article, node, description, theirs, f"{other} (in {where})")
