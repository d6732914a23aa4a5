"""The batch behaviour of `kg.batch.runner.convert_batch` on a few articles: good ones written,
failures listed, nothing written when nothing converts, checks before any article is read.

(Ported from the tests of the removed second convert path, `kg.pipeline.convert_files`:
each graph written is compared with `kg.pipeline.convert_article` of the same file.)
"""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.batch.runner import convert_batch
from kg.errors import InputError, NotConformant, UsageError
from kg.pipeline import convert_article
from kg.rdf.mint import article_iri


def test_convert_batch_writes_the_good_articles_and_lists_the_failures(tiny_articles, tmp_path):
    first, second = tiny_articles("first"), tiny_articles("second")
    bad = tiny_articles("bad", "Headline only\n\nNo date line here.\n")
    out = tmp_path / "out.trig"

    summary = convert_batch([str(first), str(bad), str(second)], str(out), jobs=1)

    assert not summary.ok
    assert (summary.converted, summary.attempted) == (2, 3)
    assert [failure.where for failure in summary.failures] == [str(bad)]
    assert summary.failures[0].message.startswith(f"{bad}: no publication date;")
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {graph.identifier for graph in dataset.graphs() if len(graph)}
    assert names == {article_iri("first"), article_iri("second")}
    for path in (first, second):
        converted = convert_article(path)
        assert isomorphic(dataset.graph(converted.iri), converted.graph)


def test_convert_batch_writes_nothing_when_every_article_fails(tmp_path):
    out = tmp_path / "out.nq"
    out.write_text("old content", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")

    summary = convert_batch([str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt")], str(out), jobs=1)

    assert summary.converted == 0
    assert [failure.message.split("; ")[0] for failure in summary.failures] == [
        f"{tmp_path / 'missing.txt'}: no such file", f"{tmp_path / 'empty.txt'}: is empty"]
    assert out.read_text(encoding="utf-8") == "old content"
    # no temporary file left; the failures are listed beside the output
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty.txt", "out.nq", "out.nq.errors.log"]


def test_convert_batch_reports_a_non_conforming_article_and_writes_the_others(tiny_articles, tmp_path,
                                                                               broken_graphs):
    good, bad = tiny_articles("good"), tiny_articles("bad")
    suffix = broken_graphs("bad")
    out = tmp_path / "out.trig"

    summary = convert_batch([str(good), str(bad)], str(out), jobs=1)

    assert summary.converted == 1
    (failure,) = summary.failures
    error = failure.error()
    assert isinstance(error, NotConformant)
    assert error.message == f"{bad}: the graph does not conform to the shapes; see the report above"
    assert f"<{article_iri('bad')}{suffix}> nkg:status" in error.report
    written = Dataset()
    written.parse(out, format="trig")
    assert {graph.identifier for graph in written.graphs() if len(graph)} == {article_iri("good")}
    assert isomorphic(written.graph(article_iri("good")), convert_article(good).graph)


def test_convert_batch_tells_a_non_conforming_graph_by_its_type_not_its_wording(tiny_articles, tmp_path,
                                                                                 broken_graphs):
    """An input error whose text happens to end like a conformance message stays an input error."""
    from kg.batch.outcome import Failure

    error = InputError("a.txt", "odd; see the report above")
    failure = Failure.from_error(error)
    assert type(failure.error()) is InputError
    assert not failure.not_conformant


def test_convert_batch_without_validation_writes_a_non_conforming_graph(tiny_articles, tmp_path, broken_graphs):
    suffix = broken_graphs()
    out = tmp_path / "out.nt"

    summary = convert_batch([str(tiny_articles())], str(out), validate=False, jobs=1)

    assert summary.ok
    assert (URIRef(f"{article_iri('tiny')}{suffix}"), None, None) in Graph().parse(out, format="nt")


def test_convert_batch_rejects_a_second_article_with_the_same_iri(tmp_path):
    text = "Protesters march in Lagos\nMarch 2, 2021\n\nLAGOS, Nigeria — Protesters marched through Lagos.\n"
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(text, encoding="utf-8")

    summary = convert_batch([str(tmp_path / "one"), str(tmp_path / "two")], str(tmp_path / "out.nq"), jobs=1)

    assert summary.converted == 1
    (failure,) = summary.failures
    assert failure.message == (f"{tmp_path / 'two' / 'same.txt'}: has the same article IRI as "
                               f"{tmp_path / 'one' / 'same.txt'} ({article_iri('same')}); "
                               "give each article its own id: the IRI comes from the file name or the id field")


@pytest.mark.parametrize(("output", "fmt", "error"), [
    ("out.rdf", None, UsageError),
    ("out.ttl", "nt", UsageError),
    ("missing-dir/out.ttl", None, InputError),
])
def test_convert_batch_fails_before_reading_any_article(tmp_path, monkeypatch, output, fmt, error):
    import kg.batch.workers

    def no_reading(*args, **kwargs):
        raise AssertionError("an article was read")

    monkeypatch.setattr(kg.batch.workers, "read_source", no_reading)
    with pytest.raises(error):
        convert_batch([str(tmp_path)], str(tmp_path / output), fmt, jobs=1)
    assert list(tmp_path.iterdir()) == []


def test_convert_batch_with_a_missing_lexicon_fails_before_any_article(tiny_articles, tmp_path):
    out = tmp_path / "out.ttl"
    with pytest.raises(InputError, match="no such lexicon file"):
        convert_batch([str(tiny_articles())], str(out), lexicon_files=(str(tmp_path / "none.yaml"),), jobs=1)
    assert not out.exists()


def test_convert_batch_one_article_to_stdout_as_turtle(tiny_articles, capsysbinary):
    path = tiny_articles()
    summary = convert_batch([str(path)], None, jobs=1)

    assert summary.ok
    written = Graph().parse(data=capsysbinary.readouterr().out.decode("utf-8"), format="turtle")
    assert isomorphic(written, convert_article(path).graph)


@pytest.mark.parametrize("name", ["out.ttl", "out.nt", "-"])
def test_issue_12_several_articles_into_one_triple_graph_are_refused_before_any_work(tiny_articles, tmp_path, name):
    """Finding 9: what convert writes, load takes. A union of articles in Turtle or N-Triples could not be
    taken apart again, so convert says up front to write a named graph per article."""
    paths = [str(tiny_articles("a")), str(tiny_articles("b"))]
    out = name if name == "-" else str(tmp_path / name)

    with pytest.raises(UsageError) as refused:
        convert_batch(paths, out, jobs=1)

    assert refused.value.exit_code == 2
    assert refused.value.message.startswith(("<stdout>" if name == "-" else out) + ": several articles cannot share "
                                            "one ")
    assert refused.value.hint.startswith("write a named graph per article (-o FILE.trig, FILE.nq or FILE.jsonld")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_issue_12_several_articles_on_stdin_into_turtle_are_refused_at_the_second(capsysbinary):
    import io

    record = '{"id": "%s", "title": "Protest", "published": "2021-03-02", "text": "Thousands of protesters marched."}\n'
    stdin = io.BytesIO((record % "a" + record % "b").encode("utf-8"))

    with pytest.raises(UsageError, match="several articles cannot share one Turtle graph"):
        convert_batch(["-"], None, jobs=1, stdin=stdin)

    assert capsysbinary.readouterr().out == b""  # nothing half-written
