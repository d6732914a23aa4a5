"""A fast yes-or-don't-know SHACL check, so pyshacl runs only on graphs that may break the shapes.

Input: a shapes graph (the packaged ``shapes.ttl``) and a data graph. Output:
`True` when the data graph certainly conforms, `False` when it may not. It
never says why: `kg.validate.shacl` then runs pyshacl, which stays the one judge of
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
    simple: bool = False  # the path is one predicate, not a sequence
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
            shape = _compile(shapes, root, cache)
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


def _compile(shapes: Graph, node, cache: dict) -> Shape:
    if node in cache:
        return cache[node]
    path_node = shapes.value(node, SH.path)
    keys = set(shapes.predicates(node, None))
    extra = keys - (_PROPERTY_KEYS if path_node is not None else _NODE_KEYS)
    if extra:
        raise Unsupported(f"unsupported constraints {sorted(extra)}")
    shape = Shape()
    cache[node] = shape  # before the parts: a shape may refer to itself
    if path_node is not None:
        shape.path, shape.simple = _path(shapes, path_node)
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
        shape.pattern = re.compile(str(pattern), sum(getattr(re, f.upper()) for f in set(flags)))
    shape.min_inclusive = _one(shapes, node, SH.minInclusive)
    if shape.min_inclusive is not None and not isinstance(shape.min_inclusive.value, _NUMBERS):
        raise Unsupported("sh:minInclusive other than a number")
    shape.any_of = tuple(tuple(_compile(shapes, alt, cache) for alt in Collection(shapes, choices))
                         for choices in shapes.objects(node, SH["or"]))
    shape.nodes = tuple(_compile(shapes, other, cache) for other in shapes.objects(node, SH.node))
    properties = sorted(shapes.objects(node, SH.property), key=str)
    shape.properties = tuple(_compile(shapes, p, cache) for p in properties)
    closed = _one(shapes, node, SH.closed)
    if path_node is None and closed is not None and closed.toPython() is True:
        ignored = _one(shapes, node, SH.ignoredProperties)
        allowed = set(Collection(shapes, ignored)) if ignored is not None else set()
        allowed |= {p.path[0] for p in shape.properties if p.simple}
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


def _path(shapes: Graph, node) -> tuple[tuple[URIRef, ...], bool]:
    """A predicate path or a sequence of predicates; (steps, is a plain predicate)."""
    if isinstance(node, URIRef):
        return (node,), True
    if isinstance(node, BNode) and shapes.value(node, RDF.first) is not None:
        steps = tuple(Collection(shapes, node))
        if steps and all(isinstance(step, URIRef) for step in steps):
            return steps, False
    raise Unsupported("a path other than a predicate or a sequence of predicates")


# ---------------------------------------------------------------- evaluation

class _Index:
    """The data graph as subject -> predicate -> objects, built in one pass."""

    __slots__ = ("out", "by_predicate")

    def __init__(self, triples):
        out: dict = {}
        by_predicate: dict = {}
        for s, p, o in triples:
            out.setdefault(s, {}).setdefault(p, []).append(o)
            by_predicate.setdefault(p, []).append((s, o))
        self.out = out
        self.by_predicate = by_predicate

    def objects(self, subject, predicate) -> list:
        return self.out.get(subject, {}).get(predicate, [])

    def values(self, focus, path: tuple) -> list:
        values = [focus]
        for step in path:
            values = list(dict.fromkeys(o for v in values for o in self.objects(v, step)))
        return values


def conforms(shapes: list[Shape], graph: Graph) -> bool:
    """True when `graph` certainly conforms to the compiled `shapes`; False when it may not."""
    return triples_conform(shapes, graph.triples((None, None, None)))


def triples_conform(shapes: list[Shape], triples) -> bool:
    """`conforms` for the graph of `triples` (rdflib terms, each once), given without an rdflib Graph (whose
    store costs more than the check: `kg load` checks every article)."""
    index = _Index(triples)
    if RDFS.subClassOf in index.by_predicate:  # sh:class and targets would need entailment
        return False
    for shape in shapes:
        for focus in _focus_nodes(shape, index):
            if not _node_conforms(shape, focus, index):
                return False
    return True


def _focus_nodes(shape: Shape, index: _Index):
    seen = {}
    for kind, value in shape.targets:
        if kind == SH.targetClass:
            found = (s for s, o in index.by_predicate.get(RDF.type, ()) if o == value)
        elif kind == SH.targetNode:
            found = (value,)
        elif kind == SH.targetSubjectsOf:
            found = (s for s, _ in index.by_predicate.get(value, ()))
        else:
            found = (o for _, o in index.by_predicate.get(value, ()))
        for node in found:
            seen.setdefault(node, None)
    return seen


def _node_conforms(shape: Shape, focus, index: _Index) -> bool:
    if not _value_conforms(shape, focus, index):
        return False
    if shape.closed is not None:
        if any(p not in shape.closed for p in index.out.get(focus, {})):
            return False
    return all(_property_conforms(p, focus, index) for p in shape.properties)


def _property_conforms(shape: Shape, focus, index: _Index) -> bool:
    values = index.values(focus, shape.path)
    if len(values) < shape.min_count or (shape.max_count is not None and len(values) > shape.max_count):
        return False
    if shape.qualified is not None:
        matching = sum(1 for v in values if _node_conforms(shape.qualified, v, index))
        if shape.qualified_min is not None and matching < shape.qualified_min:
            return False
        if shape.qualified_max is not None and matching > shape.qualified_max:
            return False
    for other in shape.equals:
        if set(values) != set(index.objects(focus, other)):
            return False
    for other in shape.less_than:
        bounds = index.objects(focus, other)
        if not all(_less(v, w) for v in values for w in bounds):
            return False
    for value in values:
        if not _value_conforms(shape, value, index):
            return False
        if shape.properties or shape.closed is not None:
            return False  # nested property shapes on values: leave to pyshacl
    return True


def _value_conforms(shape: Shape, value, index: _Index) -> bool:
    """The constraints of `shape` that test one node on its own."""
    literal = isinstance(value, Literal)
    if shape.classes:
        if literal:
            return False
        types = index.objects(value, RDF.type)
        if not all(c in types for c in shape.classes):
            return False
    if shape.datatype is not None and not _has_datatype(value, shape.datatype):
        return False
    if shape.allowed is not None and value not in shape.allowed:
        return False
    if shape.node_kind is not None and not _has_kind(value, shape.node_kind):
        return False
    if shape.min_length is not None or shape.max_length is not None or shape.pattern is not None:
        if isinstance(value, BNode):
            return False
        text = str(value)
        if shape.min_length is not None and len(text) < shape.min_length:
            return False
        if shape.max_length is not None and len(text) > shape.max_length:
            return False
        if shape.pattern is not None and not shape.pattern.search(text):
            return False
    if shape.min_inclusive is not None and not _at_least(value, shape.min_inclusive):
        return False
    for choices in shape.any_of:
        if not any(_node_conforms(choice, value, index) for choice in choices):
            return False
    return all(_node_conforms(other, value, index) for other in shape.nodes)


def _has_datatype(value, datatype: URIRef) -> bool:
    if not isinstance(value, Literal) or getattr(value, "ill_typed", None) is True:
        return False
    if value.datatype == datatype:
        expected = _VALUE_TYPES.get(datatype)
        if expected is None:  # pyshacl checks no Python type for other datatypes
            return True
        python = value.value
        return isinstance(python, expected) and not (expected is int and isinstance(python, bool))
    if value.datatype is None and value.language is None and datatype == XSD.string:
        return isinstance(value.value, str)
    return False


def _has_kind(value, kind: URIRef) -> bool:
    kinds = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
             SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
             SH.IRIOrLiteral: (URIRef, Literal)}
    return isinstance(value, kinds.get(kind, ()))


def _number(value):
    if isinstance(value, Literal) and getattr(value, "ill_typed", None) is not True:
        python = value.value
        if isinstance(python, _NUMBERS) and not isinstance(python, bool):
            return python
    return None


def _at_least(value, bound: Literal) -> bool:
    number = _number(value)
    return number is not None and number >= bound.value


def _less(value, bound) -> bool:
    low, high = _number(value), _number(bound)
    return low is not None and high is not None and low < high
