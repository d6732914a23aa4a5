"""`kg.batch.runner` and `kg.batch.sinks`: corpus conversion, in order, in parallel, resumable, never stopped by one article."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

import kg.batch.progress
import kg.batch.workers
from cli import app
from kg.batch.runner import convert_batch
from kg.rdf.mint import article_iri

HTML = Path(__file__).parent.parent / "data" / "html" / "lagos-protest.html"
TEXT = ("{headline}\nMarch {day}, 2021\n\n"
        "LAGOS, Nigeria — Thousands of protesters marched through Lagos on Monday, police said.\n"
        "Police detained at least {n} protesters, the human rights group Amnesty International said.\n")
RECORD = {"title": "Protesters march in Abuja", "published": "2021-03-04",
          "text": "ABUJA, Nigeria — Hundreds of protesters marched through Abuja, police said."}


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder of three .txt articles, a web page and a JSON Lines file of two records."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, name in enumerate(("a", "b", "c"), start=1):
        (folder / f"{name}.txt").write_text(TEXT.format(headline=f"March {name}", day=i, n=10 * i),
                                            encoding="utf-8")
    shutil.copy(HTML, folder / "page.html")
    (folder / "wire.jsonl").write_text("".join(json.dumps({**RECORD, "id": f"wire-{i}"}) + "\n" for i in (1, 2)),
                                       encoding="utf-8")
    return folder


IDS = ["a", "b", "c", "page", "wire-1", "wire-2"]


def graphs_by_name(data: bytes, fmt: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quad in pyoxigraph.parse(data, format={"nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
                                               "json-ld": pyoxigraph.RdfFormat.JSON_LD}[fmt]):
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


def test_batch_one_unreadable_file_among_good_ones(corpus, tmp_path):
    bad = corpus / "bad.txt"
    bad.write_bytes("Café news\nMarch 2, 2021\n\nIt rained.\n".encode("latin-1"))
    out = tmp_path / "out"

    result = run_kg("convert", corpus, "-o", f"{out}/", "--jobs", "1")

    assert result.exit_code == 1
    assert f"error: {bad}: is not UTF-8 text" in result.stderr
    assert result.stderr.splitlines()[-1] == f"1 failed, 6 articles converted and written to {out}"
    assert sorted(p.name for p in out.glob("*.ttl")) == sorted(f"{i}.ttl" for i in IDS)
    assert (out / "errors.log").read_text(encoding="utf-8").startswith(f"{bad}: is not UTF-8 text")


def test_batch_directory_output_one_file_per_article(corpus, tmp_path):
    out = tmp_path / "out"

    summary = convert_batch([str(corpus)], f"{out}/", jobs=1)

    assert (summary.converted, summary.failures) == (6, [])
    for article_id in IDS:
        graph = Graph().parse(out / f"{article_id}.ttl")
        assert (article_iri(article_id), None, None) in graph
    assert summary.entities["City"] >= 6 and summary.events
    assert summary.lines()[0].startswith(f"6 articles: 6 converted, 0 failed; {summary.triples} triples")


SUFFIX = {"nquads": "nq", "trig": "trig", "json-ld": "jsonld"}


@pytest.mark.parametrize("fmt", ["nquads", "trig", "json-ld"])
def test_batch_quad_file_has_one_named_graph_per_article(corpus, tmp_path, fmt):
    out = tmp_path / f"all.{SUFFIX[fmt]}"

    summary = convert_batch([str(corpus)], str(out), jobs=1)

    data = out.read_bytes()
    assert graphs_by_name(data, fmt).keys() == {str(article_iri(i)) for i in IDS}
    assert sum(graphs_by_name(data, fmt).values()) == summary.triples
    assert len(Dataset().parse(data=data, format=fmt)) > 0


def test_batch_two_jobs_give_the_same_bytes_as_one(corpus, tmp_path):
    for jobs in (1, 2):
        assert convert_batch([str(corpus)], str(tmp_path / f"{jobs}.nq"), jobs=jobs).ok
        assert convert_batch([str(corpus)], f"{tmp_path}/dir{jobs}/", jobs=jobs, fmt="nt").ok

    assert (tmp_path / "1.nq").read_bytes() == (tmp_path / "2.nq").read_bytes()
    for article_id in IDS:
        assert (tmp_path / "dir1" / f"{article_id}.nt").read_bytes() == \
               (tmp_path / "dir2" / f"{article_id}.nt").read_bytes()


def test_batch_resume_skips_up_to_date_outputs_and_redoes_changed_ones(corpus, tmp_path):
    out = tmp_path / "out"
    convert_batch([str(corpus)], f"{out}/", jobs=1)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.ttl")}

    again = convert_batch([str(corpus)], f"{out}/", jobs=1)
    (corpus / "b.txt").write_text(TEXT.format(headline="March b", day=2, n=99), encoding="utf-8")
    changed = convert_batch([str(corpus)], f"{out}/", jobs=1)

    assert (again.converted, again.up_to_date) == (0, 6)
    assert (changed.converted, changed.up_to_date) == (1, 5)
    assert again.triples > 0 and again.entities == convert_batch([str(corpus)], f"{out}/", jobs=1).entities
    assert {p.name for p in out.glob("*.ttl") if p.stat().st_mtime_ns != stamps[p.name]} == {"b.ttl"}
    assert "99 protesters" in (out / "b.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["nquads", "json-ld"])  # JSON-LD: one document, its articles' blocks resumed
def test_batch_interrupted_stream_resumes_to_the_same_bytes(corpus, tmp_path, monkeypatch, fmt):
    fresh, out = tmp_path / f"fresh.{SUFFIX[fmt]}", tmp_path / f"out.{SUFFIX[fmt]}"
    convert_batch([str(corpus)], str(fresh), jobs=1)
    convert = kg.batch.workers.convert_source
    done: list[str] = []

    def interrupted(job):
        if len(done) == 3:
            raise KeyboardInterrupt
        done.append(job[1].where)
        return convert(job)

    monkeypatch.setattr(kg.batch.workers, "convert_source", interrupted)
    with pytest.raises(KeyboardInterrupt):
        convert_batch([str(corpus)], str(out), jobs=1)
    monkeypatch.setattr(kg.batch.workers, "convert_source", convert)
    assert not out.exists()

    resumed = convert_batch([str(corpus)], str(out), jobs=1)

    assert (resumed.converted, resumed.up_to_date) == (3, 3)
    assert out.read_bytes() == fresh.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == [
        f".out.{SUFFIX[fmt]}.kg-manifest.jsonl"]
    assert graphs_by_name(out.read_bytes(), fmt).keys() == {str(article_iri(i)) for i in IDS}


def test_batch_jsonl_broken_line_is_reported_and_the_rest_converted(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({**RECORD, "id": "one"}) + "\n{broken\n" + json.dumps({**RECORD, "id": "two"}) + "\n",
                    encoding="utf-8")

    result = run_kg("convert", feed, "--format", "nquads")

    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"error: {feed}:2: is not valid JSON")
    assert graphs_by_name(result.stdout_bytes, "nquads").keys() == {str(article_iri("one")), str(article_iri("two"))}


def test_batch_stdin_dash(corpus):
    result = run_kg("convert", "-", "--format", "nquads", input=(corpus / "a.txt").read_bytes())

    assert result.exit_code == 0, result.stderr
    assert graphs_by_name(result.stdout_bytes, "nquads").keys() == {str(article_iri("stdin"))}


def test_batch_html_page_converted_from_its_main_text(corpus, tmp_path):
    summary = convert_batch([str(corpus / "page.html")], str(tmp_path / "page.ttl"), jobs=1)

    graph = Graph().parse(tmp_path / "page.ttl")
    assert summary.ok
    assert "MUST-NOT-APPEAR" not in (tmp_path / "page.ttl").read_text(encoding="utf-8")
    assert any("Amnesty International" in str(o) for o in graph.objects())


def test_batch_same_id_twice_is_one_failure(tmp_path, corpus):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(corpus / "a.txt", other / "a.txt")

    summary = convert_batch([str(corpus / "a.txt"), str(other / "a.txt")], str(tmp_path / "x.nq"), jobs=1)

    assert summary.converted == 1
    assert "has the same article IRI as" in summary.failures[0].message


def test_batch_progress_line_and_silence():
    progress = kg.batch.progress.Progress(10, enabled=False)
    progress.advance()

    assert progress.line(2.0) == " 1/10 articles  10%  0.5 articles/s  ETA 0:18"
    assert not kg.batch.progress.progress_enabled(quiet=True)


def test_issue_13_a_running_batch_s_files_are_left_alone_and_a_gone_one_s_removed(corpus, tmp_path):
    """W9: each run writes under names of its own (its process id in them): a stream resumes from, and then
    removes, what a run that is gone left, never what a running one (here pid 1) is writing."""
    import subprocess

    gone = subprocess.Popen(["true"])
    gone.wait()
    out = tmp_path / "out.nq"
    running = tmp_path / ".out.nq.1-0badcafe.kg-partial"
    left = tmp_path / f".out.nq.{gone.pid}-0badcafe.kg-partial"
    for partial in (running, left):
        partial.write_bytes(b"garbage\n")
        partial.with_name(partial.name + "-manifest.jsonl").write_text("")

    assert convert_batch([str(corpus)], str(out), jobs=1).ok

    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == [
        ".out.nq.1-0badcafe.kg-partial", ".out.nq.1-0badcafe.kg-partial-manifest.jsonl", ".out.nq.kg-manifest.jsonl"]
    assert graphs_by_name(out.read_bytes(), "nquads").keys() == {str(article_iri(i)) for i in IDS}
