"""`kg.validate.conformance`: its "certainly conforms" never contradicts pyshacl, and it says the same of
an rdflib graph and of the same graph's pyoxigraph quads (what kg load checks)."""
from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.validate import conformance
from kg.validate.shacl import _compiled_shapes, _shapes_graph

CASES = Path(__file__).parent.parent / "data" / "shapes"


def _pyshacl_conforms(graph: Graph) -> bool:
    try:
        return bool(pyshacl.validate(graph, shacl_graph=_shapes_graph(), inference="none")[0])
    except Exception:  # pyshacl refuses some graphs outright (a blank node under sh:lessThan)
        return False


def _quads(graph: Graph) -> list[ox.Quad]:
    """`graph` as kg load reads a converted file: pyoxigraph's quads of its N-Triples."""
    return list(ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))


def test_conformance_compiles_the_packaged_shapes():
    assert _compiled_shapes() is not None


@pytest.mark.parametrize("case", sorted(CASES.glob("*.ttl")), ids=lambda p: p.stem)
def test_conformance_agrees_with_pyshacl_on_every_shape_case(case):
    graph = Graph().parse(CASES / "base.ttl").parse(case)

    assert conformance.conforms(_compiled_shapes(), graph) == _pyshacl_conforms(graph)


@pytest.mark.parametrize("case", sorted(CASES.glob("*.ttl")), ids=lambda p: p.stem)
def test_conformance_of_quads_is_that_of_the_graph_on_every_shape_case(case):
    graph = Graph().parse(CASES / "base.ttl").parse(case)

    assert conformance.quads_conform(_compiled_shapes(), _quads(graph)) == conformance.conforms(_compiled_shapes(), graph)


def _mutants(graph: Graph, count: int, seed: int = 5):
    rng = random.Random(seed)
    triples = sorted(graph)
    for _ in range(count):
        mutant = Graph()
        for triple in triples:
            mutant.add(triple)
        s, p, o = rng.choice(triples)
        kind = rng.randrange(7)
        if kind == 0:
            mutant.remove((s, p, o))
        elif kind == 1:
            mutant.add((s, p, Literal("x")))
        elif kind == 2:
            mutant.remove((s, p, o))
            mutant.add((s, p, Literal(str(o))))
        elif kind == 3:
            mutant.remove((s, p, o))
            mutant.add((s, p, Literal("", datatype=getattr(o, "datatype", None))))
        elif kind == 4:
            mutant.add((s, URIRef("https://w3id.org/news-kg/ns#bogus"), o))
        elif kind == 5:
            mutant.remove((s, p, o))
            mutant.add((s, p, BNode()))
        else:
            mutant.remove((s, p, o))
            mutant.add((s, p, rng.choice(triples)[2]))
        yield mutant


def test_conformance_never_passes_a_graph_pyshacl_rejects(converted_articles):
    graph = converted_articles["voa-6202743"].graph if "voa-6202743" in converted_articles \
        else next(iter(converted_articles.values())).graph
    assert conformance.conforms(_compiled_shapes(), graph)
    for mutant in _mutants(graph, 40):
        if conformance.conforms(_compiled_shapes(), mutant):
            assert _pyshacl_conforms(mutant), sorted(mutant)


def test_conformance_of_quads_is_that_of_the_graph_on_mutants(converted_articles):
    graph = next(iter(converted_articles.values())).graph
    for mutant in _mutants(graph, 40, seed=11):
        assert conformance.quads_conform(_compiled_shapes(), _quads(mutant)) == \
            conformance.conforms(_compiled_shapes(), mutant), sorted(mutant)


def test_conformance_reads_quads_as_rdflib_reads_them(converted_articles):
    # A repeated triple, and a number written twice in two forms rdflib reads as one literal: the graph
    # pyshacl would be given holds each once, and conforms.
    quads = _quads(next(iter(converted_articles.values())).graph)
    order = next(quad for quad in quads if quad.predicate.value.endswith("#readingOrder"))
    again = ox.Quad(order.subject, order.predicate, ox.Literal("+0" + order.object.value, datatype=order.object.datatype))
    assert conformance.quads_conform(_compiled_shapes(), [*quads, quads[0], again])
    wrong = ox.Quad(order.subject, order.predicate, ox.Literal("x", datatype=order.object.datatype))
    assert not conformance.quads_conform(_compiled_shapes(), [wrong if quad == order else quad for quad in quads])


def test_conformance_unknown_shacl_means_always_ask_pyshacl():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:xone ( [ sh:class ex:D ] [ sh:class ex:E ] ) .
    """, format="turtle")

    assert conformance.compile_shapes(shapes) is None
