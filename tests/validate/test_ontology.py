"""``ontology/news.ttl`` against its contract (docs/vocabulary.md) and `kg.rdf.namespace`."""
from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.facts import ENTITY_TYPES, EVENT_STATUSES
from kg.rdf.namespace import NIF, NKG, NKG_ONTOLOGY, PROV, SCHEMA, SEM, SKOS


def _nkg_terms(graph: Graph) -> set[URIRef]:
    """Every IRI of the nkg namespace that occurs anywhere in `graph`."""
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(str(NKG))
    }


def test_ontology_parses_with_header(ontology_graph):
    assert (NKG_ONTOLOGY, RDF.type, OWL.Ontology) in ontology_graph
    assert ontology_graph.value(NKG_ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert not list(ontology_graph.objects(None, OWL.imports))


def test_ontology_terms_have_one_english_label_and_comment(ontology_graph):
    missing = []
    for term in sorted(_nkg_terms(ontology_graph)):
        for predicate in (RDFS.label, RDFS.comment):
            values = list(ontology_graph.objects(term, predicate))
            if len(values) != 1 or values[0].language != "en" or not str(values[0]).strip():
                missing.append(f"{term} {predicate}")
    assert not missing


def test_ontology_matches_namespace_class(ontology_graph):
    in_ontology = {str(term)[len(str(NKG)):] for term in _nkg_terms(ontology_graph)}
    in_python = set(NKG.__annotations__)
    assert in_ontology - in_python == set(), "terms of news.ttl missing from kg.rdf.namespace.NKG"
    assert in_python - in_ontology == set(), "terms of kg.rdf.namespace.NKG missing from news.ttl"


def test_ontology_external_terms_are_declared_and_known_to_namespace(ontology_graph):
    declared = {
        s for s in ontology_graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and not s.startswith(str(NKG_ONTOLOGY))
    }
    used = {
        o for o in ontology_graph.objects(None, None)
        if isinstance(o, URIRef) and any(o.startswith(str(ns)) for ns in (SCHEMA, PROV, SEM, NIF, SKOS))
    }
    assert used <= declared
    for term in declared:
        namespace = next(ns for ns in (SCHEMA, PROV, SEM, NIF, SKOS) if term.startswith(str(ns)))
        assert term in namespace, f"{term} is not in kg.rdf.namespace"


def test_ontology_every_term_has_one_owl_kind(ontology_graph):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, NKG.EventStatus}
    for term in _nkg_terms(ontology_graph):
        assert len(set(ontology_graph.objects(term, RDF.type)) & kinds) == 1, term


def test_ontology_event_types_match_vocabulary_table(ontology_graph, vocabulary_event_types):
    assert len(vocabulary_event_types) == 17
    subclasses = set(ontology_graph.subjects(RDFS.subClassOf, NKG.Event))
    assert subclasses == {NKG[name] for name in vocabulary_event_types}
    for name, code in vocabulary_event_types.items():
        codes = [str(c) for c in ontology_graph.objects(NKG[name], NKG.cameoCode)]
        assert codes == ([code] if code else []), name


def test_ontology_entity_and_status_terms_match_facts(ontology_graph):
    for name in ENTITY_TYPES:
        assert (NKG[name], RDF.type, OWL.Class) in ontology_graph
        assert NKG.Entity in ontology_graph.transitive_objects(NKG[name], RDFS.subClassOf)
    statuses = set(ontology_graph.subjects(RDF.type, NKG.EventStatus))
    assert statuses == {NKG[name] for name in EVENT_STATUSES}


def test_ontology_event_comment_says_each_event_is_one_claim(ontology_graph):
    comment = str(ontology_graph.value(NKG.Event, RDFS.comment))
    assert "one claim" in comment and "one source" in comment
