"""``ontology/shapes.ttl``: well-formed SHACL that covers the vocabulary."""
from __future__ import annotations

from importlib import resources

import pyshacl
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.facts import COUNT_QUALIFIERS, EVENT_STATUSES
from kg.rdf.namespace import NKG, PROV


def _expand(curie: str):
    prefix, name = curie.split(":")
    return {"nkg": NKG, "prov": PROV}[prefix][name]


def _shape(name: str):
    """A shape's IRI: shapes share the nkg namespace but are not ontology terms."""
    return NKG._NS[name]


def _property_shape(shapes: Graph, node_shape, path):
    matches = [p for p in shapes.objects(node_shape, SH.property) if shapes.value(p, SH.path) == path]
    assert len(matches) == 1, (node_shape, path)
    return matches[0]


def test_shapes_pass_meta_shacl(shapes_graph):
    shacl_shacl = Graph().parse(
        data=(resources.files("pyshacl") / "assets" / "shacl-shacl.ttl").read_text(encoding="utf-8"),
        format="turtle",
    )
    conforms, _, text = pyshacl.validate(shapes_graph, shacl_graph=shacl_shacl, inference="none")
    assert conforms, text


def test_shapes_cover_every_class_of_vocabulary(shapes_graph, vocabulary_classes):
    assert len(vocabulary_classes) == 15  # with nkg:LanguageModel (issue 11)
    for curie in vocabulary_classes:
        cls = _expand(curie)
        shape = _shape(f"{curie.split(':')[1]}Shape")
        assert (shape, RDF.type, SH.NodeShape) in shapes_graph, shape
        assert (shape, SH.targetClass, cls) in shapes_graph, shape


def test_shapes_every_shape_has_a_message(shapes_graph):
    shapes = set(shapes_graph.subjects(RDF.type, SH.NodeShape)) | set(shapes_graph.objects(None, SH.property))
    silent = [shape for shape in shapes if shapes_graph.value(shape, SH.message) is None]
    assert not silent


def test_shapes_lists_match_facts_and_ontology(shapes_graph, ontology_graph):
    status = _property_shape(shapes_graph, _shape("EventShape"), NKG.status)
    assert list(Collection(shapes_graph, shapes_graph.value(status, SH["in"]))) == [
        NKG[name] for name in EVENT_STATUSES
    ]
    qualifier = _property_shape(shapes_graph, _shape("PeopleCountShape"), NKG.qualifier)
    assert list(Collection(shapes_graph, shapes_graph.value(qualifier, SH["in"]))) == [
        Literal(q) for q in COUNT_QUALIFIERS
    ]
    event_type = _property_shape(shapes_graph, _shape("EventShape"), RDF.type)
    listed = shapes_graph.value(shapes_graph.value(event_type, SH.qualifiedValueShape), SH["in"])
    assert set(Collection(shapes_graph, listed)) == set(ontology_graph.subjects(RDFS.subClassOf, NKG.Event))
