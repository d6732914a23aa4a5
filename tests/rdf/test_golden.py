"""Golden graphs: each article with an expected file converts to a graph
isomorphic to it.

tests/data/expected/<id>.ttl is the graph of tests/data/articles/<id>.txt as
a human has read it. The expected files change only on purpose:

    make goldens      # = pytest -q tests/rdf/test_golden.py --update-goldens

rewrites them from the current output; read `git diff tests/data/expected`
before committing. CI never passes --update-goldens. To add a golden for
another article, create an empty tests/data/expected/<id>.ttl and run
`make goldens`.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline import convert_article
from kg.rdf.write import serialize_graph

ROOT = Path(__file__).parent.parent.parent
ARTICLES = Path("tests") / "data" / "articles"  # relative to ROOT, as the header names it
EXPECTED = ROOT / "tests" / "data" / "expected"
DIFF_LINES = 60
HEADER = ("# The graph of {article}, as `kg convert` writes it: a golden file read by a human.\n"
          "# Regenerate only on purpose: `make goldens`, then read `git diff tests/data/expected`.\n")


def _nt_lines(graph: Graph) -> list[str]:
    """The graph as sorted N-Triples lines, at most DIFF_LINES of them."""
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"... and {len(lines) - DIFF_LINES} more"]
    return lines


def _diff_report(expected_path: Path, expected: Graph, output: Graph) -> str:
    _, only_expected, only_output = graph_diff(to_isomorphic(expected), to_isomorphic(output))
    return "\n".join([
        f"the output is not isomorphic to {expected_path.relative_to(ROOT)}",
        f"-- in expected only ({len(only_expected)} triples):", *_nt_lines(only_expected),
        f"-- in output only ({len(only_output)} triples):", *_nt_lines(only_output),
        "If the change is intended, run `make goldens` and review the diff.",
    ])


@pytest.mark.parametrize("article_id", sorted(path.stem for path in EXPECTED.glob("*.ttl")))
def test_golden_graph(article_id, update_goldens):
    # The graph records the article's file name, not its path (nkg:sourceFile, issue 12):
    # converted from its absolute path, it is the same graph as from any directory.
    article = ARTICLES / f"{article_id}.txt"
    graph = convert_article(ROOT / article).graph
    expected_path = EXPECTED / f"{article_id}.ttl"
    if update_goldens:
        buffer = io.BytesIO()
        serialize_graph(graph, buffer, "turtle")
        text = HEADER.format(article=article.as_posix()) + buffer.getvalue().decode("utf-8")
        if expected_path.read_text(encoding="utf-8") == text:
            pytest.skip(f"--update-goldens: {expected_path.relative_to(ROOT)} is up to date")
        expected_path.write_text(text, encoding="utf-8")
        pytest.skip(f"--update-goldens: rewrote {expected_path.relative_to(ROOT)}; review the diff")
    expected = Graph().parse(expected_path, format="turtle")
    if not isomorphic(expected, graph):
        pytest.fail(_diff_report(expected_path, expected, graph), pytrace=False)
