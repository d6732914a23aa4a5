"""A fast yes-or-don't-know SHACL check, so pyshacl runs only on graphs that may break the shapes.

Input: a shapes graph (the packaged ``shapes.ttl``) and a data graph, as an
`rdflib.Graph` (`conforms`) or as pyoxigraph quads (`quads_conform`: what
``kg load`` reads, checked as they are, without an rdflib term made for
each). Output: `True` when the data graph certainly conforms, `False` when it
may not. It never says why: `kg.validate.shacl` then runs pyshacl, which stays
the one judge of non-conformance and the author of every report. pyshacl costs
about 60 ms on one article's graph (~450 triples, most of it evaluating
``sh:or`` branches); this check costs about 1 ms, so a batch of
conforming articles pays for validation once per corpus instead of once per
article.

Soundness over reach: each test here is a sufficient condition for pyshacl's
own test of the same constraint (SHACL 1.0 core, as pyshacl 0.40 evaluates
it), and anything outside the small subset the shapes use (``sh:sparql``,
``sh:xone``, implicit class targets, an ``rdfs:subClassOf`` in the data, a
constraint not listed in `_NODE_KEYS` / `_PROPERTY_KEYS`) makes `compile_shapes`
return None, i.e. "always ask pyshacl". A value whose comparison is in any
doubt (strings against numbers, ill-typed literals) answers "may not conform".

Both inputs are read into the same plain nodes first: an IRI is a `str`, a
blank node an `rdflib.BNode`, a literal a `_Literal` holding rdflib's reading
of it (its lexical form as rdflib normalises it, its Python value, whether it
is ill-typed). So the graph checked is the one pyshacl would be given: quads
read as rdflib reads their terms (`kg.validate.shacl.validate_quads` makes that
graph for pyshacl), and both inputs get the same answer. Dictionaries keyed by
plain strings are what make the check fast: rdflib's terms hash and compare in
Python.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

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
_VALUE_TYPES = {str(XSD.string): str, str(XSD.integer): int, str(XSD.decimal): Decimal, str(XSD.date): date}
_NUMBERS = (int, Decimal, float)
_TYPE, _SUBCLASS, _XSD_STRING = str(RDF.type), str(RDFS.subClassOf), str(XSD.string)
_NOTHING: dict = {}


class Unsupported(Exception):
    """A shapes graph using SHACL this module does not evaluate."""


class _Literal:
    """A literal as rdflib reads it: its lexical form (normalised, as rdflib's `Literal` normalises a
    typed one), datatype IRI (None for a plain string), language tag (lower case), Python value, and
    whether rdflib found it ill-typed. Equal when rdflib's literals are: same form, datatype, language."""

    __slots__ = ("text", "datatype", "language", "value", "ill_typed", "_hash")

    def __init__(self, text: str, datatype: str | None, language: str | None, value, ill_typed: bool | None):
        self.text, self.datatype, self.language = text, datatype, language
        self.value, self.ill_typed = value, ill_typed
        self._hash = hash((text, datatype, language))

    def __eq__(self, other) -> bool:
        return (isinstance(other, _Literal) and self.text == other.text and self.datatype == other.datatype
                and self.language == other.language)

    def __hash__(self) -> int:
        return self._hash


def _literal(term: Literal) -> _Literal:
    """rdflib's literal `term` as the check reads it."""
    datatype, language = term.datatype, term.language
    return _Literal(str(term), None if datatype is None else str(datatype), language.lower() if language else None,
                    term.value, getattr(term, "ill_typed", None))


def _node(term):
    """An rdflib term as the check reads it (see the module's docstring)."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        return _literal(term)
    return term  # a blank node


def _ox_node(term, ox):
    """A pyoxigraph term as the check reads it: as rdflib reads the same term, a string (xsd:string) as a
    plain literal (as rdflib's parsers give it). `ox` is the pyoxigraph module (imported by the quads' reader
    only: ``kg convert`` never imports it)."""
    kind = type(term)
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.Literal:
        text, datatype = term.value, term.datatype.value
        if datatype == _XSD_STRING:  # rdflib's plain literal: the text is its form and its value
            return _Literal(text, None, None, text, None)
        if term.language:  # a language-tagged string
            return _literal(Literal(text, lang=term.language))
        return _typed_literal(text, datatype)
    if kind is ox.BlankNode:
        return BNode(term.value)
    raise ValueError(f"no rdflib term for {term!r}")  # a triple term: no graph kg writes holds one


@lru_cache(maxsize=1 << 16)
def _typed_literal(text: str, datatype: str) -> _Literal:
    """rdflib's reading of a typed literal, kept for the articles that hold it again (offsets, reading
    orders and dates recur): making rdflib's `Literal` costs more than the rest of the check of it."""
    return _literal(Literal(text, datatype=datatype))


@dataclass
class Shape:
    """One shape's constraints, compiled, their terms as the check reads them (IRIs as strings). Node
    shapes check the focus node itself."""

    path: tuple[str, ...] | None = None  # None: a node shape; else a predicate sequence
    simple: bool = False  # the path is one predicate, not a sequence
    classes: tuple[str, ...] = ()
    datatype: str | None = None
    allowed: frozenset | None = None  # sh:in
    kinds: frozenset[str] | None = None  # sh:nodeKind, as the kinds of node `_kind` tells
    min_length: int | None = None
    max_length: int | None = None
    pattern: re.Pattern | None = None
    min_inclusive: _Literal | None = None
    any_of: tuple[tuple["Shape", ...], ...] = ()  # each sh:or list
    nodes: tuple["Shape", ...] = ()  # sh:node
    properties: tuple["Shape", ...] = ()
    closed: frozenset | None = None  # predicates a closed shape allows
    min_count: int = 0
    max_count: int | None = None
    qualified: "Shape | None" = None
    qualified_min: int | None = None
    qualified_max: int | None = None
    less_than: tuple[str, ...] = ()
    equals: tuple[str, ...] = ()
    targets: list[tuple[URIRef, object]] = field(default_factory=list)
    tests_value: bool = False
    """Whether the shape has a constraint `_value_conforms` tests (most node shapes have none)."""
    optional: bool = False
    """A property shape that a focus node without its path's first predicate (no values) meets."""


_KINDS = {SH.IRI: {"iri"}, SH.BlankNode: {"blank"}, SH.Literal: {"literal"}, SH.BlankNodeOrIRI: {"blank", "iri"},
          SH.BlankNodeOrLiteral: {"blank", "literal"}, SH.IRIOrLiteral: {"iri", "literal"}}


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
            shape.targets = [(p, _node(o)) for p in _TARGETS for o in shapes.objects(root, p)]
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
    shape.classes = tuple(_node(c) for c in shapes.objects(node, SH["class"]))
    datatype = _one(shapes, node, SH.datatype)
    shape.datatype = None if datatype is None else _node(datatype)
    in_list = _one(shapes, node, SH["in"])
    if in_list is not None:
        shape.allowed = frozenset(_node(member) for member in Collection(shapes, in_list))
    node_kind = _one(shapes, node, SH.nodeKind)
    if node_kind is not None:
        shape.kinds = frozenset(_KINDS.get(node_kind, ()))
    shape.min_length = _int(shapes, node, SH.minLength)
    shape.max_length = _int(shapes, node, SH.maxLength)
    pattern = _one(shapes, node, SH.pattern)
    if pattern is not None:
        flags = str(_one(shapes, node, SH.flags) or "")
        if set(flags) - {"i", "m", "s", "x"}:
            raise Unsupported("regex flags")
        shape.pattern = re.compile(str(pattern), sum(getattr(re, f.upper()) for f in set(flags)))
    min_inclusive = _one(shapes, node, SH.minInclusive)
    if min_inclusive is not None:
        if not isinstance(min_inclusive, Literal) or not isinstance(min_inclusive.value, _NUMBERS):
            raise Unsupported("sh:minInclusive other than a number")
        shape.min_inclusive = _literal(min_inclusive)
    shape.any_of = tuple(tuple(_compile(shapes, alt, cache) for alt in Collection(shapes, choices))
                         for choices in shapes.objects(node, SH["or"]))
    shape.nodes = tuple(_compile(shapes, other, cache) for other in shapes.objects(node, SH.node))
    properties = sorted(shapes.objects(node, SH.property), key=str)
    shape.properties = tuple(_compile(shapes, p, cache) for p in properties)
    closed = _one(shapes, node, SH.closed)
    if path_node is None and closed is not None and closed.toPython() is True:
        ignored = _one(shapes, node, SH.ignoredProperties)
        allowed = {_node(p) for p in Collection(shapes, ignored)} if ignored is not None else set()
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
        shape.less_than = tuple(_node(p) for p in shapes.objects(node, SH.lessThan))
        shape.equals = tuple(_node(p) for p in shapes.objects(node, SH.equals))
        shape.optional = _meets_no_values(shape)
    shape.tests_value = bool(shape.classes or shape.datatype is not None or shape.allowed is not None
                             or shape.kinds is not None or shape.min_length is not None
                             or shape.max_length is not None or shape.pattern is not None
                             or shape.min_inclusive is not None or shape.any_of or shape.nodes)
    return shape


def _meets_no_values(shape: Shape) -> bool:
    """Whether every focus node without values on the path of the property `shape` meets it: what
    `_property_conforms` finds of no values, whatever the node (so not with sh:equals, which compares them
    with the node's values of another predicate)."""
    counts = [(shape.min_count, shape.max_count)]
    if shape.qualified is not None:
        counts.append((shape.qualified_min or 0, shape.qualified_max))
    return not shape.equals and all(low <= 0 and (high is None or high >= 0) for low, high in counts)


def _path(shapes: Graph, node) -> tuple[tuple[str, ...], bool]:
    """A predicate path or a sequence of predicates; (steps, is a plain predicate)."""
    if isinstance(node, URIRef):
        return (str(node),), True
    if isinstance(node, BNode) and shapes.value(node, RDF.first) is not None:
        steps = tuple(Collection(shapes, node))
        if steps and all(isinstance(step, URIRef) for step in steps):
            return tuple(str(step) for step in steps), False
    raise Unsupported("a path other than a predicate or a sequence of predicates")


# ---------------------------------------------------------------- evaluation

class _Index:
    """The data graph as subject -> predicate -> objects, built in one pass."""

    __slots__ = ("out", "_typed")

    def __init__(self, triples):
        out: dict = {}
        for s, p, o in triples:
            described = out.get(s)
            if described is None:
                out[s] = {p: [o]}
            elif p in described:
                described[p].append(o)
            else:
                described[p] = [o]
        self.out = out
        self._typed: dict | None = None

    def objects(self, subject, predicate) -> list:
        return self.out.get(subject, _NOTHING).get(predicate, ())

    def values(self, focus, path: tuple) -> list:
        values = [focus]
        for step in path:
            values = list(dict.fromkeys(o for v in values for o in self.objects(v, step)))
        return values

    def typed(self, kind) -> list:
        """The subjects of type `kind` (an IRI)."""
        if self._typed is None:
            self._typed = {}
            for subject, described in self.out.items():
                for type_ in described.get(_TYPE, ()):
                    self._typed.setdefault(type_, []).append(subject)
        return self._typed.get(kind, [])

    def pairs(self, predicate) -> list:
        """The (subject, object) pairs of `predicate`."""
        return [(s, o) for s, described in self.out.items() for o in described.get(predicate, ())]


def conforms(shapes: list[Shape], graph: Graph) -> bool:
    """True when `graph` certainly conforms to the compiled `shapes`; False when it may not."""
    return _conform(shapes, [(_node(s), str(p), _node(o)) for s, p, o in graph.triples((None, None, None))])


def quads_conform(shapes: list[Shape], quads) -> bool:
    """`conforms` for the graph of pyoxigraph `quads` (their graph names aside), read as rdflib reads them:
    ``kg load`` checks every article's graph as it reads it, without making an rdflib Graph.

    Raises ValueError for a triple term (no rdflib term stands for one).
    """
    import pyoxigraph as ox  # here: only who reads quads has pyoxigraph loaded

    return _conform(shapes, dict.fromkeys((_ox_node(q.subject, ox), q.predicate.value, _ox_node(q.object, ox))
                                          for q in quads))


def _conform(shapes: list[Shape], triples) -> bool:
    """`conforms` for the graph of `triples`, each once, their terms as the check reads them."""
    index = _Index(triples)
    if any(_SUBCLASS in described for described in index.out.values()):  # sh:class and targets need entailment
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
            found = index.typed(value)
        elif kind == SH.targetNode:
            found = (value,)
        elif kind == SH.targetSubjectsOf:
            found = (s for s, _ in index.pairs(value))
        else:
            found = (o for _, o in index.pairs(value))
        for node in found:
            seen.setdefault(node, None)
    return seen


def _node_conforms(shape: Shape, focus, index: _Index) -> bool:
    if shape.tests_value and not _value_conforms(shape, focus, index):
        return False
    described = index.out.get(focus, _NOTHING)
    if shape.closed is not None:
        for predicate in described:
            if predicate not in shape.closed:
                return False
    for prop in shape.properties:
        if prop.optional and prop.path[0] not in described:
            continue  # no values: nothing to test
        if not _property_conforms(prop, focus, described, index):
            return False
    return True


def _property_conforms(shape: Shape, focus, described: dict, index: _Index) -> bool:
    """`shape`'s test of `focus`, whose predicates and objects are `described`."""
    values = described.get(shape.path[0], ()) if shape.simple else index.values(focus, shape.path)
    if len(values) < shape.min_count or (shape.max_count is not None and len(values) > shape.max_count):
        return False
    if shape.qualified is not None:
        matching = sum(1 for v in values if _node_conforms(shape.qualified, v, index))
        if shape.qualified_min is not None and matching < shape.qualified_min:
            return False
        if shape.qualified_max is not None and matching > shape.qualified_max:
            return False
    for other in shape.equals:
        if set(values) != set(described.get(other, ())):
            return False
    for other in shape.less_than:
        bounds = described.get(other, ())
        if not all(_less(v, w) for v in values for w in bounds):
            return False
    for value in values:
        if shape.tests_value and not _value_conforms(shape, value, index):
            return False
        if shape.properties or shape.closed is not None:
            return False  # nested property shapes on values: leave to pyshacl
    return True


def _value_conforms(shape: Shape, value, index: _Index) -> bool:
    """The constraints of `shape` that test one node on its own."""
    literal = isinstance(value, _Literal)
    if shape.classes:
        if literal:
            return False
        types = index.objects(value, _TYPE)
        for kind in shape.classes:
            if kind not in types:
                return False
    if shape.datatype is not None and not _has_datatype(value, shape.datatype):
        return False
    if shape.allowed is not None and value not in shape.allowed:
        return False
    if shape.kinds is not None and _kind(value) not in shape.kinds:
        return False
    if shape.min_length is not None or shape.max_length is not None or shape.pattern is not None:
        if literal:
            text = value.text
        elif type(value) is str:
            text = value
        else:  # a blank node
            return False
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


def _kind(value) -> str | None:
    if type(value) is str:
        return "iri"
    if isinstance(value, _Literal):
        return "literal"
    return "blank" if isinstance(value, BNode) else None


def _has_datatype(value, datatype: str) -> bool:
    if not isinstance(value, _Literal) or value.ill_typed is True:
        return False
    if value.datatype == datatype:
        expected = _VALUE_TYPES.get(datatype)
        if expected is None:  # pyshacl checks no Python type for other datatypes
            return True
        python = value.value
        return isinstance(python, expected) and not (expected is int and isinstance(python, bool))
    if value.datatype is None and value.language is None and datatype == _XSD_STRING:
        return isinstance(value.value, str)
    return False


def _number(value):
    if isinstance(value, _Literal) and value.ill_typed is not True:
        python = value.value
        if isinstance(python, _NUMBERS) and not isinstance(python, bool):
            return python
    return None


def _at_least(value, bound: _Literal) -> bool:
    number = _number(value)
    return number is not None and number >= bound.value


def _less(value, bound) -> bool:
    low, high = _number(value), _number(bound)
    return low is not None and high is not None and low < high
