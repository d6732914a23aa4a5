"""A fast yes-or-don't-know SHACL check, so pyshacl runs only on graphs that may break the shapes.

Input: a shapes graph (the packaged ``shapes.ttl``) and a data graph. Output:
`True` when the data graph certainly conforms, `False` when it may not. It
never says why: `kg.validate` then runs pyshacl, which stays the one judge of
non-conformance and the author of every report. pyshacl costs about 60 ms on
one article's graph (~450 triples, most of it evaluating ``sh:or`` branches);
this check costs about 1 ms, so a batch of conforming articles pays for
validation once per corpus instead of once per article.

Soundness over reach: each test here is a sufficient condition for pyshacl's
own test of the same constraint (SHACL 1.0 core, as pyshacl 0.40 evaluates
it), and anything outside the small subset the shapes use (``sh:sparql``,
``sh:xone``, implicit class targets, an ``rdfs:subClassOf`` in the data, a
constraint not listed in `_NODE_KEYS` / `_PROPERTY_KEYS`) makes `compile_shapes`
return None, i.e. "always ask pyshacl". A value whose comparison is in any
doubt (strings against numbers, ill-typed literals) answers "may not conform".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH, XSD

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_ANNOTATIONS = {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
                RDFS.label, RDFS.comment, SH.defaultValue}
_VALUE_KEYS = {SH["class"], SH.datatype, SH["in"], SH.nodeKind, SH.minLength, SH.maxLength,
               SH.pattern, SH.flags, SH.minInclusive, SH["or"], SH.node}
_NODE_KEYS = _ANNOTATIONS | _VALUE_KEYS | set(_TARGETS) | {SH.closed, SH.ignoredProperties, SH.property}
_PROPERTY_KEYS = _ANNOTATIONS | _VALUE_KEYS | {
    SH.path, SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.qualifiedMinCount,
    SH.qualifiedMaxCount, SH.lessThan, SH.equals}
# What pyshacl's DatatypeConstraintComponent requires of a literal's Python value.
_VALUE_TYPES = {XSD.string: str, XSD.integer: int, XSD.decimal: Decimal, XSD.date: date}
_NUMBERS = (int, Decimal, float)


class Unsupported(Exception):
    """A shapes graph using SHACL this module does not evaluate."""


@dataclass
class Shape:
    """One shape's constraints, compiled. Node shapes check the focus node itself."""

    path: tuple[URIRef, ...] | None = None  # None: a node shape; else a predicate sequence
    classes: tuple[URIRef, ...] = ()
    datatype: URIRef | None = None
    allowed: frozenset | None = None  # sh:in
    node_kind: URIRef | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: re.Pattern | None = None
    min_inclusive: Literal | None = None
    any_of: tuple[tuple["Shape", ...], ...] = ()  # each sh:or list
    nodes: tuple["Shape", ...] = ()  # sh:node
    properties: tuple["Shape", ...] = ()
    closed: frozenset | None = None  # predicates a closed shape allows
    min_count: int = 0
    max_count: int | None = None
    qualified: "Shape | None" = None
    qualified_min: int | None = None
    qualified_max: int | None = None
    less_than: tuple[URIRef, ...] = ()
    equals: tuple[URIRef, ...] = ()
    targets: list[tuple[URIRef, URIRef]] = field(default_factory=list)


def compile_shapes(shapes: Graph) -> list[Shape] | None:
    """The shapes with targets, compiled; None when `shapes` uses SHACL beyond the supported subset."""
    try:
        roots = sorted({s for p in _TARGETS for s in shapes.subjects(p, None)}, key=str)
        for kind in (RDFS.Class, OWL.Class):  # a shape that is a class targets its instances implicitly
            if any(shapes.subjects(RDF.type, kind)) and any(
                    (s, RDF.type, kind) in shapes for s in shapes.subjects(RDF.type, SH.NodeShape)):
                raise Unsupported("implicit class target")
        compiled = []
        cache: dict = {}
        for root in roots:
            if shapes.value(root, SH.path) is not None or (root, SH.deactivated, None) in shapes:
                raise Unsupported("a property shape with targets, or a deactivated shape")
            shape = _compile(shapes, root, cache, node=True)
            shape.targets = [(p, o) for p in _TARGETS for o in shapes.objects(root, p)]
            compiled.append(shape)
        return compiled
    except (Unsupported, ValueError, TypeError):
        return None


def _one(shapes: Graph, node, predicate):
    values = list(shapes.objects(node, predicate))
    if len(values) > 1:
        raise Unsupported(f"several {predicate}")
    return values[0] if values else None


def _int(shapes: Graph, node, predicate) -> int | None:
    value = _one(shapes, node, predicate)
    return None if value is None else int(value)


def _compile(shapes: Graph, node, cache: dict, *, node: bool = False) -> Shape:
    key = (node, _)
    if key in cache:
        return cache[key]
    path_node = shapes.value(node, SH.path)
    keys = set(shapes.predicates(node, None))
    if (node, SH.deactivated, None) in shapes:
        raise Unsupported("sh:deactivated")
    if keys - (_PROPERTY_KEYS if path_node is not None else _NODE_KEYS):
        raise Unsupported(f"unsupported constraints {keys - _PROPERTY_KEYS - _NODE_KEYS}")
    shape = Shape()
    cache[key] = shape
    if path_node is not None:
        shape.path = _path(shapes, path_node)
    shape.classes = tuple(shapes.objects(node, SH["class"]))
    shape.datatype = _one(shapes, node, SH.datatype)
    in_list = _one(shapes, node, SH["in"])
    if in_list is not None:
        shape.allowed = frozenset(Collection(shapes, in_list))
    shape.node_kind = _one(shapes, node, SH.nodeKind)
    shape.min_length = _int(shapes, node, SH.minLength)
    shape.max_length = _int(shapes, node, SH.maxLength)
    pattern = _one(shapes, node, SH.pattern)
    if pattern is not None:
        flags = str(_one(shapes, node, SH.flags) or "")
        if set(flags) - {"i", "m", "s", "x"}:
            raise Unsupported("regex flags")
        shape.pattern = re.compile(str(pattern), sum(getattr(re, f.upper()) for f in flags))
    shape.min_inclusive = _one(shapes, node, SH.minInclusive)
    shape.any_of = tuple(tuple(_compile(shapes, alt, cache) for alt in Collection(shapes, choices))
                         for choices in shapes.objects(node, SH["or"]))
    shape.nodes = tuple(_compile(shapes, other, cache) for other in shapes.objects(node, SH.node))
    properties = sorted(shapes.objects(node, SH.property), key=str)
    shape.properties = tuple(_compile(shapes, p, cache) for p in properties)
    if path_node is None and (_one(shapes, node, SH.closed) or Literal(False)).toPython() is True:
        ignored = _one(shapes, node, SH.ignoredProperties)
        allowed = set(Collection(shapes, ignored)) if ignored is not None else set()
        allowed |= {p.path[0] for p in shape.properties if len(p.path) == 1 and not _is_sequence(shapes, p)}
        shape.closed = frozenset(allowed)
    if path_node is not None:
        shape.min_count = _int(shapes, node, SH.minCount) or 0
        shape.max_count = _int(shapes, node, SH.maxCount)
        qualified = _one(shapes, node, SH.qualifiedValueShape)
        if qualified is not None:
            shape.qualified = _compile(shapes, qualified, cache)
            shape.qualified_min = _int(shapes, node, SH.qualifiedMinCount)
            shape.qualified_max = _int(shapes, node, SH.qualifiedMaxCount)
        shape.less_than = tuple(shapes.objects(node, SH.lessThan))
        shape.equals = tuple(shapes.objects(node, SH.equals))
    return shape
