"""The Python API (`kg.convert_text`, `kg.convert_file`, `kg.query`; issue 12, finding 7): the README's
example as a doctest, `import kg` staying light, and the API giving what the command line gives."""
from __future__ import annotations

import doctest
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal
from rdflib.compare import isomorphic

import kg
from kg.errors import InputError, UnknownName, UsageError
from kg.rdf.namespace import NKG
from kg.rdf.write import write_graph

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLE = ROOT / "tests" / "data" / "articles" / "belarus-2020-09-21.txt"
LOAN = ("Russia lends Belarus $1.5 billion\n\nMOSCOW, Russia — Russia agreed to give Belarus a loan of $1.5 billion, "
        "the Finance Ministry said on Tuesday.\n")


def test_issue_12_the_readme_python_example_runs(monkeypatch):
    """Issue 12 (finding 7): there was no Python API; the README's section "From Python" is a doctest."""
    monkeypatch.chdir(ROOT)
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## From Python"):]
    section = section[:section.index("\n## ", 1)]
    section = "\n".join("" if line.startswith("```") else line for line in section.splitlines())
    test = doctest.DocTestParser().get_doctest(section, {}, "README.md: From Python", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)

    runner.run(test)

    assert runner.failures == 0
    assert runner.tries >= 8


def test_import_kg_imports_nothing_else():
    code = ("import sys\nimport kg\n"
            "print(sorted(m for m in sys.modules if m.startswith(('kg.', 'rdflib', 'pyoxigraph', 'spacy', 'typer'))))\n"
            "print(callable(kg.convert_text), 'kg.api' in sys.modules, sorted(kg.__all__))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "True True ['__version__', 'convert_file', 'convert_text', 'query']"]


def test_convert_text_is_convert_file_of_the_same_text(tmp_path):
    path = tmp_path / "loan.txt"
    path.write_text(LOAN, encoding="utf-8")

    from_text = kg.convert_text(LOAN, published=date(2020, 9, 22), id="loan")
    from_file = kg.convert_file(path, published="2020-09-22")

    assert from_text.identifier == from_file.identifier
    assert set(from_text.objects(None, NKG.sourceFile)) == {Literal("<text>")}
    for graph in (from_text, from_file):
        graph.remove((None, NKG.sourceFile, None))
    assert isomorphic(from_text, from_file)


def test_convert_text_takes_a_date_or_an_iso_string_and_refuses_anything_else():
    assert isomorphic(kg.convert_text(LOAN, published="2020-09-22"), kg.convert_text(LOAN, published=date(2020, 9, 22)))
    with pytest.raises(UsageError, match="'22/09/2020' is not a date; give a datetime.date or YYYY-MM-DD"):
        kg.convert_text(LOAN, published="22/09/2020")
    with pytest.raises(InputError, match="<text>: has no text"):
        kg.convert_text(" \n", published="2020-09-22")


def test_convert_file_refuses_many_articles(tmp_path):
    (tmp_path / "a.txt").write_text(LOAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LOAN, encoding="utf-8")
    with pytest.raises(UsageError, match="holds 2 articles; convert_file takes one article"):
        kg.convert_file(tmp_path, published="2020-09-22")
    with pytest.raises(InputError, match="no such file"):
        kg.convert_file(tmp_path / "none.txt")


def test_query_over_a_graph_a_dataset_a_store_a_store_directory_and_a_file_gives_the_same_rows(tmp_path):
    graph = kg.convert_file(EXAMPLE)
    turtle = tmp_path / "example.ttl"
    write_graph(graph, turtle)
    dataset = Dataset()
    named = dataset.graph(graph.identifier)
    named += graph
    store = ox.Store()
    store.load(path=str(turtle), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(graph.identifier)))
    from typer.testing import CliRunner

    from cli import app

    loaded = CliRunner().invoke(app, ["load", str(turtle), "--store", str(tmp_path / "store")])
    assert loaded.exit_code == 0, loaded.stderr

    expected = kg.query("events", graph)
    assert len(expected) > 20 and isinstance(expected[0]["event"], str)
    for target in (dataset, store, tmp_path / "store", str(turtle)):
        assert kg.query("events", target) == expected


def test_query_binds_python_values_never_pasting_them():
    graph = kg.convert_text(LOAN, published="2020-09-22")
    count = "SELECT ?n ?text WHERE {}"

    rows = kg.query(count, graph, n=3, text='"} UNION { ?s ?p ?o } #')

    assert rows == [{"n": 3, "text": '"} UNION { ?s ?p ?o } #'}]
    assert kg.query("SELECT ?day WHERE {}", graph, day=date(2020, 9, 22)) == [{"day": date(2020, 9, 22)}]
    with pytest.raises(UsageError, match="type list cannot be bound"):
        kg.query(count, graph, n=[1])


def test_query_unknown_name_suggests_the_closest():
    graph = kg.convert_text(LOAN, published="2020-09-22")
    with pytest.raises(UnknownName, match="no saved query named 'loan'; did you mean 'loans'"):
        kg.query("loan", graph)
