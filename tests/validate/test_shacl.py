"""`kg.validate.shacl`: graphs checked against the shapes, one case file per defect.

Each ``tests/data/shapes/<case>.ttl`` (except ``base.ttl``) is merged with
``base.ttl`` and validated. Its ``# expect:`` header lines say what must come
out: ``conforms``, or one line per violation as ``<focus> <path>``, the focus
relative to ``https://w3id.org/news-kg/id/``. The reported (focus, path) pairs
must equal the expected ones exactly.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.rdf.namespace import ID
from kg.validate.shacl import ValidationReport, Violation, render, validate_graph, validate_quads

CASES = Path(__file__).parent.parent / "data" / "shapes"


def _case_graph(case: Path) -> Graph:
    return Graph().parse(CASES / "base.ttl").parse(case)


def _expected(case: Path) -> set[tuple[str, str]] | None:
    """None for a conforming case, else the set of expected (focus IRI, path)."""
    lines = [line.removeprefix("# expect:").split() for line in case.read_text().splitlines()
             if line.startswith("# expect:")]
    assert lines, f"{case.name} has no '# expect:' line"
    if lines == [["conforms"]]:
        return None
    return {(str(ID[focus]), path) for focus, path in lines}


@pytest.mark.parametrize("case", sorted(p for p in CASES.glob("*.ttl") if p.name != "base.ttl"),
                         ids=lambda p: p.stem)
def test_validate_case(case):
    report = validate_graph(_case_graph(case))
    expected = _expected(case)
    if expected is None:
        assert report.conforms, report.render()
    else:
        assert not report.conforms
        assert {(v.focus_node, v.path) for v in report.violations} == expected, report.render()


@pytest.mark.parametrize("case", sorted(p for p in CASES.glob("*.ttl") if p.name != "base.ttl"),
                         ids=lambda p: p.stem)
def test_validate_quads_reports_as_validate_graph(case):
    # What kg load checks: the graph's pyoxigraph quads, as parsed from a converted file.
    graph = _case_graph(case)
    quads = list(ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))

    assert validate_quads(quads, "https://w3id.org/news-kg/id/article/a1") == validate_graph(graph)


def test_validate_base_conforms_alone():
    assert validate_graph(Graph().parse(CASES / "base.ttl")) == ValidationReport(conforms=True)


def test_validate_report_is_sorted_deterministic_and_plain():
    graph = _case_graph(CASES / "count-invalid.ttl")
    first, second = validate_graph(graph), validate_graph(graph)
    assert first == second
    assert list(first.violations) == sorted(first.violations)
    for violation in first.violations:
        assert all(type(getattr(violation, field)) is str for field in Violation.__dataclass_fields__)
        assert violation.severity == "Violation"
        assert violation.shape == "nkg:PeopleCountShape"


def test_validate_render_gives_one_line_per_violation():
    report = validate_graph(_case_graph(CASES / "currency-lowercase.ttl"))
    lines = render(report).splitlines()
    assert lines == [
        "The graph does not conform to the news-kg shapes: 1 violation.",
        "Violation: <https://w3id.org/news-kg/id/article/a1/event/1/amount> nkg:currency: "
        "A monetary amount needs exactly one nkg:currency, an ISO 4217 code of three capital letters "
        'such as "USD" or "EUR". (value: "usd") [nkg:MonetaryAmountShape]',
    ]
    assert report.render() == render(report)


def test_validate_leaves_graph_unchanged():
    graph = _case_graph(CASES / "conforming.ttl")
    before = set(graph)
    validate_graph(graph)
    assert set(graph) == before


def test_validate_built_sample_conforms(sample_facts):
    build = pytest.importorskip("kg.rdf.build")
    report = validate_graph(build.build_graph(sample_facts))
    assert report.conforms, report.render()


def test_prepare_shapes_parses_and_compiles_the_shapes_once():
    """The warm-up a batch runs before forking: afterwards validation finds both in the cache."""
    from kg.validate import shacl

    shacl._shapes_graph.cache_clear()
    shacl._compiled_shapes.cache_clear()
    shacl.prepare_shapes()
    shacl.prepare_shapes()

    assert shacl._shapes_graph.cache_info().currsize == 1
    assert shacl._compiled_shapes.cache_info().currsize == 1
    assert shacl._compiled_shapes.cache_info().misses == 1
