"""Stage `validate`: check an `rdflib.Graph` against ``ontology/shapes.ttl``.

Input: the graph `build` made (or any graph read from a file; or, for ``kg
load``, an article's pyoxigraph quads, `validate_quads`). Output: a
`ValidationReport` of plain strings, sorted, so the CLI can print it and tests
can compare it. Non-conformance is a result, not an exception; the caller
decides whether to raise `kg.errors.NotConformant` with `render(report)`.

This is the only module that imports pyshacl, and only when a graph needs it. A
graph that `kg.validate.conformance` finds certainly conforming skips it (that
check costs ~1 ms, pyshacl ~60 ms per article); every other graph, and every
report, is pyshacl's.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import rdflib
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

if TYPE_CHECKING:
    import pyoxigraph as ox  # imported where quads are read (kg load); kg convert never loads it

from kg.validate import conformance
from kg.rdf.namespace import NKG, PROV, SCHEMA
from kg.resources import ontology_text

_XSD_STRING = str(rdflib.XSD.string)


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, as text.

    `focus_node` is the full IRI of the offending node; `path`, `value` and
    `shape` are compact (``nkg:status``, ``"usd"``); `value` and `path` are
    empty when the result has none (e.g. a missing property has no value).
    Fields are ordered so that sorting groups results by node.
    """

    focus_node: str
    path: str
    message: str
    value: str
    severity: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of `validate_graph`: whether the graph conforms and why not."""

    conforms: bool
    violations: tuple[Violation, ...] = ()

    def render(self) -> str:
        """The report as text: a summary line, then one line per violation."""
        return render(self)


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate `graph` against the packaged shapes, without inference.

    Returns a `ValidationReport` whose violations are sorted and free of
    duplicates (a node that breaks a shared property shape twice, through two
    of its classes, is reported once). The graph is not modified.
    """
    compiled = _compiled_shapes()
    if compiled is not None and type(graph) is Graph and conformance.conforms(compiled, graph):
        return ValidationReport(conforms=True)
    # Imported here, not at the top: pyshacl and the SPARQL engine it loads take ~0.15 s to import,
    # which a run whose graphs all pass the fast check above never needs.
    import pyshacl

    shapes = _shapes_graph()
    if not graph.store.context_aware:  # pyshacl wraps the data in a ConjunctiveGraph, which needs one
        copy = Graph(identifier=graph.identifier, bind_namespaces="none")
        for prefix, namespace in graph.namespaces():
            copy.bind(prefix, namespace)
        for triple in graph:
            copy.add(triple)
        graph = copy
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=False,
        allow_warnings=False,
    )
    violations = tuple(sorted({_violation(results, r, shapes) for r in results.objects(None, SH.result)}))
    return ValidationReport(conforms=bool(conforms), violations=violations)


def validate_quads(quads: Sequence[ox.Quad], identifier: str | None = None) -> ValidationReport:
    """`validate_graph` of the graph of pyoxigraph `quads` (their graph names aside) named `identifier`:
    the fast check reads them as they are (`kg.validate.conformance.quads_conform`), and only a graph
    that may not conform is made in rdflib, for pyshacl (`kg load` checks every article's graph so).

    Raises ValueError for a triple term (no rdflib term stands for one).
    """
    compiled = _compiled_shapes()
    if compiled is not None and conformance.quads_conform(compiled, quads):
        return ValidationReport(conforms=True)
    graph = Graph(identifier=None if identifier is None else URIRef(identifier))
    for quad in quads:
        graph.add((_rdflib_term(quad.subject), URIRef(quad.predicate.value), _rdflib_term(quad.object)))
    return validate_graph(graph)


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """The rdflib term of a pyoxigraph one; a string (xsd:string) as a plain literal, as rdflib's parsers
    give it (`kg.validate.conformance` reads the quads' terms the same way)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"no rdflib term for {term!r}")  # a triple term: no graph kg writes holds one


def render(report: ValidationReport) -> str:
    """Text for people: one line per violation, sorted, the same on every run.

    >>> render(ValidationReport(conforms=True))
    'The graph conforms to the news-kg shapes.'
    """
    if report.conforms:
        return "The graph conforms to the news-kg shapes."
    count = len(report.violations)
    lines = [f"The graph does not conform to the news-kg shapes: {count} violation{'s' if count != 1 else ''}."]
    for v in report.violations:
        where = f"<{v.focus_node}> {v.path}" if v.path else f"<{v.focus_node}>"
        value = f" (value: {v.value})" if v.value else ""
        lines.append(f"{v.severity}: {where}: {v.message}{value} [{v.shape}]")
    return "\n".join(lines)


def prepare_shapes() -> None:
    """Parse and compile the packaged shapes now, once per process, so that no validation waits for it.

    A batch calls this before it forks its workers, which then share the result.
    """
    _shapes_graph()
    _compiled_shapes()


@lru_cache(maxsize=1)
def _shapes_graph() -> Graph:
    """The packaged shapes, parsed once per process."""
    graph = Graph()
    graph.parse(data=ontology_text("shapes"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def _compiled_shapes() -> list[conformance.Shape] | None:
    """The packaged shapes compiled for the fast check; None if they use SHACL it does not know."""
    return conformance.compile_shapes(_shapes_graph())


@lru_cache(maxsize=1)
def _prefixes() -> Graph:
    """An empty graph whose namespace manager compacts IRIs for messages."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in (("nkg", NKG), ("schema", SCHEMA), ("prov", PROV)):
        graph.bind(prefix, str(namespace))
    return graph


def _violation(report: Graph, result: Node, shapes: Graph) -> Violation:
    def one(predicate: URIRef) -> Node | None:
        return report.value(result, predicate)

    messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
    path = one(SH.resultPath)
    value = one(SH.value)
    return Violation(
        focus_node=str(one(SH.focusNode)),
        path=_path_text(report, path) if path is not None else "",
        message=" ".join(messages),
        value=_compact(value) if value is not None else "",
        severity=str(one(SH.resultSeverity)).rpartition("#")[2],
        shape=_shape_name(one(SH.sourceShape), shapes),
    )


def _compact(term: Node) -> str:
    namespaces = _prefixes().namespace_manager
    if isinstance(term, Literal) and term.datatype == rdflib.XSD.string:
        # A plain string and an explicit ^^xsd:string are the same RDF term.
        return Literal(str(term)).n3()
    return term.n3(namespaces)


def _path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path as SPARQL-like text, e.g. ``nkg:evidence/nkg:inArticle``."""
    if not isinstance(path, BNode):
        return _compact(path)
    if graph.value(path, RDF.first) is not None:
        return "/".join(_path_text(graph, step) for step in Collection(graph, path))
    if (inverse := graph.value(path, SH.inversePath)) is not None:
        return f"^{_path_text(graph, inverse)}"
    if (choices := graph.value(path, SH.alternativePath)) is not None:
        return "(" + "|".join(_path_text(graph, c) for c in Collection(graph, choices)) + ")"
    for predicate, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        if (inner := graph.value(path, predicate)) is not None:
            return f"{_path_text(graph, inner)}{suffix}"
    return path.n3()


def _shape_name(shape: Node | None, shapes: Graph) -> str:
    """The shape's name; a blank property shape is named by its node shape."""
    if isinstance(shape, BNode):
        # pyshacl copies shapes into the report keeping their blank node ids.
        parents = sorted(shapes.subjects(SH.property, shape))
        if parents:
            return _compact(parents[0])
    return _compact(shape) if shape is not None else ""
