"""Reliability, faults: kills, two writers, a full disk, a read-only directory, and SPARQL servers
that are down, slow or failing. Nothing a user converted or loaded is lost or left half-written.

Each case says what it observed (the `observe` fixture); RELIABILITY.md shows it.
"""
from __future__ import annotations

import io
import os
import random
import re
import shutil
import signal
import subprocess
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import kg.store.endpoint
from cli import app
from kg.rdf.mint import article_iri
from kg.pipeline import convert_article
from kg.rdf.write import serialize_graph

from tests.fixtures.articles import TINY_ARTICLE
from tests.fixtures.servers import SHARED_ENTITY_ARTICLE

ARTICLES = 1000
KILLS = 20
VERSION = "https://schema.org/version"


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


def graphs_of(store: ox.Store) -> dict[str, frozenset[str]]:
    """Each named graph of `store` as the set of its triples in N-Triples (no blank nodes here). The default
    graph holds the store's happenings (issue 15), linked from the article graphs at every load (a load
    after a killed one links every article again: docs/happenings.md), so it is no article's and is left out."""
    groups: dict[str, set[str]] = defaultdict(set)
    for quad in store:
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            groups[quad.graph_name.value].add(f"{quad.subject} {quad.predicate} {quad.object}")
    return {graph: frozenset(triples) for graph, triples in groups.items()}


def graphs_in_store(path: Path) -> dict[str, frozenset[str]]:
    """The graphs of the store at `path`, opened for reading and writing, as a user's next run opens it."""
    store = ox.Store(str(path))
    try:
        return graphs_of(store)
    finally:
        del store  # releases the store's lock for the next kg process


def whole_or_absent(found: dict, *versions: dict) -> dict[str, int]:
    """Assert every graph in `found` is exactly one of `versions`' graph of that name; count them."""
    counts = {"absent": len(versions[0]) - len(found), **{f"v{i}": 0 for i in range(len(versions))}}
    for iri, triples in found.items():
        matches = [i for i, version in enumerate(versions) if version.get(iri) == triples]
        assert matches, f"{iri}: {len(triples)} triples, which are no whole version of the article"
        counts[f"v{matches[0]}"] += 1
    return counts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """1,000 article graphs in two versions (``a.nq``, and ``b.nq`` with one more triple each), made by
    converting two short articles once and minting 1,000 article IRIs into their N-Quads; and the
    expected graphs of each version."""
    directory = tmp_path_factory.mktemp("corpus")
    blocks = {}
    for name, text in (("tiny", TINY_ARTICLE), ("shared", SHARED_ENTITY_ARTICLE)):
        article = directory / f"{name}.txt"
        article.write_text(text, encoding="utf-8")
        converted = convert_article(article)
        buffer = io.BytesIO()
        serialize_graph(converted.graph, buffer, "nquads", converted.iri)
        blocks[name] = buffer.getvalue().decode("utf-8")
    files, expected = {}, {}
    for version in ("a", "b"):
        parts = []
        for k in range(ARTICLES):
            name = ("tiny", "shared")[k % 2]
            minted = f"{name}-{k:04d}"
            block = blocks[name].replace(f"/article/{name}", f"/article/{minted}")
            if version == "b":
                iri = article_iri(minted)
                block += f'<{iri}/version> <{VERSION}> "b" <{iri}> .\n'  # an own node: version b conforms too
            parts.append(block)
        files[version] = directory / f"{version}.nq"
        files[version].write_text("".join(parts), encoding="utf-8")
        store = ox.Store()
        store.load(path=str(files[version]), format=ox.RdfFormat.N_QUADS)
        expected[version] = graphs_of(store)
        assert len(expected[version]) == ARTICLES
    return files, expected


# ---- SIGKILL


def test_reliability_fault_sigkill_during_load(observe, tmp_path, kg_process, corpus):
    """20 SIGKILLs at random moments during `kg load` of a 1,000-article corpus (alternately two
    versions of it), each followed by opening the store; then the load run once more."""
    files, expected = corpus
    store = tmp_path / "store"
    # How long a load takes here: the kills are spread from the store's opening to its end.
    calibration = tmp_path / "calibration"
    started = time.monotonic()
    process = kg_process.start("load", files["a"], "--store", calibration)
    while not (calibration / "CURRENT").exists() and process.poll() is None:
        time.sleep(0.005)
    opened = time.monotonic() - started
    assert process.wait(60) == 0, process.stderr.read()
    finished = time.monotonic() - started

    rng = random.Random(20)
    interrupted = 0
    before = {"v0": 0}
    for round_ in range(KILLS):
        new, old = expected["ab"[round_ % 2]], expected["ab"[(round_ + 1) % 2]]
        process = kg_process.start("load", files["ab"[round_ % 2]], "--store", store)
        time.sleep(rng.uniform(opened, finished))
        os.kill(process.pid, signal.SIGKILL)
        code = process.wait(30)

        found = graphs_in_store(store) if store.exists() else {}  # opens: the store is not corrupt
        counts = whole_or_absent(found, new, old)
        if code == -signal.SIGKILL and counts["v0"] > before["v0"]:  # it had written some of its graphs
            interrupted += 1
        before = {"v0": counts["v1"]}  # the next round's new version is this round's old one

    assert interrupted >= KILLS // 2, f"only {interrupted} of {KILLS} kills landed while graphs were written"
    process = kg_process.start("load", files["a"], "--store", store)
    assert process.wait(60) == 0, process.stderr.read()
    assert graphs_in_store(store) == expected["a"]
    observe(f"{KILLS} kills (at least half of them while graphs were being written): after each the store "
            f"opened and each of the {ARTICLES} article graphs was whole (the old or the new version) or "
            f"absent, never partial; the re-run completed the store: {ARTICLES} of {ARTICLES} graphs whole.")


def test_reliability_fault_sigkill_during_convert(observe, tmp_path, kg_process, data_dir):
    """SIGKILLs at random moments during `kg convert` of 6 articles into one N-Quads file, and into a
    JSON-LD document, by turns; then the same commands again."""
    articles = data_dir / "articles"
    outputs = {"nq": tmp_path / "out" / "corpus.nq", "jsonld": tmp_path / "out" / "corpus.jsonld"}
    outputs["nq"].parent.mkdir()
    reference = {kind: tmp_path / f"reference.{kind}" for kind in outputs}
    started = time.monotonic()  # an uninterrupted run, timed: the kills fall within such a run
    assert kg_process.run("convert", articles, "-o", reference["nq"], "--jobs", "2", "-q")[0] == 0
    took = time.monotonic() - started
    assert run_kg("convert", articles, "-o", reference["jsonld"], "--jobs", "1", "-q").exit_code == 0

    rng = random.Random(6)
    kills = attempts = 0
    while kills < 4 and attempts < 16:  # a run that finished before its kill is tried again, sooner
        process = kg_process.start("convert", articles, "-o", outputs[("nq", "jsonld")[kills % 2]], "--jobs", "2",
                                   "-q")
        time.sleep(rng.uniform(0.3 * took, 0.95 * took))
        os.kill(process.pid, signal.SIGKILL)
        landed = process.wait(30) == -signal.SIGKILL
        kills, attempts = kills + landed, attempts + 1
        took = took if landed else took * 0.7
        for kind, out in outputs.items():  # absent, or whole: never a partial file
            assert not out.exists() or out.read_bytes() == reference[kind].read_bytes()
        assert {p.name for p in out.parent.iterdir() if not p.name.startswith(".")} <= {"corpus.nq", "corpus.jsonld"}

    for kind, out in outputs.items():
        result = run_kg("convert", articles, "-o", out, "--jobs", "1", "-q")
        assert result.exit_code == 0, result.stderr
        assert out.read_bytes() == reference[kind].read_bytes()
    leftovers = [p.name for p in outputs["nq"].parent.iterdir() if p.name.endswith((".tmp", ".kg-partial"))]
    assert leftovers == [] and kills == 4
    observe("4 kills (N-Quads and JSON-LD by turns): after each the output file was absent or whole, never "
            "partial (a stream's finished articles wait in a hidden .kg-partial file until it is complete); "
            "the same command again wrote the bytes of an uninterrupted run and removed "
            "the hidden files the killed runs left.")


# ---- two writers at once


def test_reliability_fault_two_loads_on_one_store(observe, tmp_path, kg_process, corpus):
    """Two `kg load` runs on one store at once: a second one starts while the first is loading."""
    files, expected = corpus
    store = tmp_path / "store"
    small = tmp_path / "one.nq"
    small.write_text(files["b"].read_text(encoding="utf-8").split(f"<{VERSION}>")[0].rsplit("\n", 1)[0] + "\n")
    first = kg_process.start("load", files["a"], "--store", store)
    while not (store / "CURRENT").exists():
        time.sleep(0.005)

    code, _, stderr, _ = kg_process.run("load", small, "--store", store)
    still_running = first.poll() is None

    assert first.wait(60) == 0, first.stderr.read()
    assert still_running, "the first load ended before the second began: no overlap to observe"
    assert code == 1 and stderr == (f"error: {store}: is in use by another process (a running kg serve, or another "
                                    "kg load); stop it, or, if it is a kg serve, go through it: --endpoint "
                                    "http://HOST:PORT, the address it printed\n")
    assert graphs_in_store(store) == expected["a"]
    observe(f"the second: exit 1: `{stderr.strip()}`; the first: exit 0; the store then opened with all "
            f"{ARTICLES} graphs whole.")


# ---- a full disk, a read-only directory


FILE_SIZE_LIMIT = 100_000
"""Bytes a process may write to one file in the disk-full cases (RLIMIT_FSIZE): the kernel then fails
its writes with EFBIG, as a full disk fails them with ENOSPC."""


def test_reliability_fault_disk_full_during_load(observe, tmp_path, kg_process, corpus):
    """A disk that fills up during `kg load` of 1,000 articles (writes beyond 100 kB fail); then the load
    again with room."""
    files, expected = corpus
    store = tmp_path / "store"

    code, _, stderr, _ = kg_process.run("load", files["a"], "--store", store, file_size_limit=FILE_SIZE_LIMIT)

    assert code == 1 and "Traceback" not in stderr and len(stderr.splitlines()) == 1, stderr
    match = re.fullmatch(rf"error: {re.escape(str(store))}: cannot write to the store \((.+)\); (\d+) of {ARTICLES} "
                         r"articles loaded whole before (\S+), which was not; free some disk space, then run the "
                         r"same command again: a reload replaces\n", stderr)
    assert match, stderr
    found = graphs_in_store(store)
    assert whole_or_absent(found, expected["a"])["v0"] == len(found) == int(match.group(2))
    assert match.group(3) not in found
    assert kg_process.run("load", files["a"], "--store", store)[0] == 0
    assert graphs_in_store(store) == expected["a"]
    shown = re.sub(r"\d+ of (\d+) articles loaded whole before \S+,", r"<n> of \1 articles loaded whole before <article>,",
                   re.sub(r"/(?:bulk-)?\d+\.(log|sst)\b", r"/<\1>.\1",  # the file RocksDB was writing
                          stderr.strip()))
    observe(f"exit 1: `{shown}`; the store opened with exactly the <n> articles it named, each whole; "
            "the load again completed it.")


def test_reliability_fault_disk_full_during_convert(observe, tmp_path, kg_process, data_dir):
    """A disk that fills up while `kg convert` writes 6 articles to N-Quads, and to JSON-LD over an old file
    (writes beyond 100 kB fail); then the N-Quads again with room."""
    articles = data_dir / "articles"
    stream, document = tmp_path / "out.nq", tmp_path / "out.jsonld"
    document.write_text("old content\n")

    processes = [kg_process.start("convert", articles, "-o", out, "--jobs", "1", "-q",
                                  file_size_limit=FILE_SIZE_LIMIT) for out in (stream, document)]
    results = [(process.wait(60), *process.communicate()) for process in processes]

    lines = []
    for (code, stdout, stderr), out in zip(results, (stream, document)):
        stderr = stderr.decode()
        assert (code, stdout) == (1, b"") and len(stderr.splitlines()) == 1 and "Traceback" not in stderr, stderr
        assert stderr.startswith(f"error: {out}: cannot write: File too large; check the")
        lines.append(stderr.strip())
    assert not stream.exists() and document.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    result = run_kg("convert", articles, "-o", stream, "--jobs", "1", "-q")
    assert result.exit_code == 0, result.stderr
    assert {quad.graph_name for quad in ox.parse(path=str(stream))} == {
        ox.NamedNode(str(article_iri(p.stem))) for p in articles.glob("*.txt")}
    observe(f"exit 1 each: `{lines[0]}` and `{lines[1]}`; no output file and no temporary file; the old "
            "JSON-LD file is as it was; the N-Quads command again completed the output.")


def test_reliability_fault_query_output_full(observe, tmp_path, kg_process, data_dir):
    """Issue 13, F3: `kg query` whose standard output is a full device (/dev/full): one line and exit 1,
    never a traceback."""
    if not Path("/dev/full").exists():
        pytest.skip("this machine has no /dev/full")
    graph = tmp_path / "example.ttl"
    assert run_kg("convert", data_dir / "articles" / "belarus-2020-09-21.txt", "-o", graph).exit_code == 0
    lines = []
    for fmt in ("table", "json", "csv"):
        with open("/dev/full", "w") as full:
            process = subprocess.run([*kg_process.command, "query", "events", graph, "--format", fmt],
                                     stdout=full, stderr=subprocess.PIPE, text=True, env=kg_process.env, timeout=120)
        assert process.returncode == 1 and len(process.stderr.splitlines()) == 1, process.stderr
        assert process.stderr.startswith("error: <stdout>: cannot write: No space left on device; "), process.stderr
        lines.append(process.stderr.strip())
    observe(f"exit 1 for each format (table, json, csv): `{lines[0]}`; nothing else on stderr.")


def test_reliability_fault_corrupt_resume_manifest(observe, tmp_path, kg_process, data_dir):
    """Issue 13, F5: a resume manifest that is damaged (a byte that is no UTF-8; an entry whose file is
    null; an edited line that is no object) when `kg convert` runs again into the same directory."""
    articles, out = data_dir / "articles", tmp_path / "out"
    assert run_kg("convert", articles, "-o", f"{out}/", "-q").exit_code == 0
    manifest = out / ".kg-manifest.jsonl"
    expected = {p.name: p.read_bytes() for p in out.glob("*.ttl")}
    lines = []
    for damage in (b"\xff\n", b'{"key": "x", "digest": "y", "iri": "z", "triples": 1, "entities": {}, '
                               b'"events": {}, "file": null}\n', b"[1, 2]\n" + manifest.read_bytes()):
        manifest.write_bytes(damage)
        process = kg_process.start("convert", articles, "-o", f"{out}/", "-q")
        code, (stdout, stderr) = process.wait(120), process.communicate()
        stderr = stderr.decode()
        assert code == 0 and "Traceback" not in stderr and len(stderr.splitlines()) == 1, stderr
        assert stderr.startswith(f"warning: {manifest}: line 1 is no manifest entry"), stderr
        assert {p.name: p.read_bytes() for p in out.glob("*.ttl")} == expected
        assert not (out / ".kg-manifest-partial.jsonl").exists() and manifest.read_bytes().count(b"\n") == len(expected)
        lines.append(stderr.strip().replace(str(tmp_path), "<tmp>"))
    observe(f"exit 0 each, one line: `{lines[0]}`; the articles converted again to the same bytes (or, "
            "for the manifest with one edited line, the others kept); a whole new manifest; no partial "
            "manifest left.")


def _read_only_runner(directory: Path) -> list[str] | None:
    """A command prefix running a command with `directory` mounted read-only (a private mount
    namespace: unshare -m), or None where this machine does not allow that."""
    if shutil.which("unshare") is None:
        return None
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    prefix = ["unshare", "-m", "sh", "-c", script, str(directory)]
    if subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        return None
    return prefix


def test_reliability_fault_read_only_output_directory(observe, tmp_path, kg_process, data_dir):
    """`kg convert` into a directory on a read-only file system: -o FILE.ttl, -o DIR/, and `--load` into a
    store there."""
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    prefix = _read_only_runner(readonly)
    if prefix is None:
        pytest.skip("this machine cannot mount a directory read-only (unshare -m)")
    article = data_dir / "articles" / "voa-6202743.txt"
    targets = [["-o", readonly / "out.ttl"], ["-o", f"{readonly}/"], ["--load", "--store", readonly / "store"]]
    processes = [subprocess.Popen([*prefix, *kg_process.command, "convert", article, *target, "-q"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=kg_process.env)
                 for target in targets]
    results = [(process.wait(60), *process.communicate()) for process in processes]

    lines = []
    for code, stdout, stderr in results:
        assert (code, stdout) == (1, "") and len(stderr.splitlines()) == 1 and "Traceback" not in stderr, stderr
        assert "Read-only file system" in stderr
        lines.append(stderr.strip())
    assert os.listdir(readonly) == []
    observe("exit 1 each, one line: " + "; ".join(f"`{line}`" for line in lines) + ".")


# ---- SPARQL servers that are down, slow or failing


@pytest.fixture
def no_backoff(monkeypatch):
    monkeypatch.setattr(kg.store.endpoint, "RETRY_BACKOFF", 0.0)


def test_reliability_fault_endpoint_down(observe, unused_port, clean_endpoint_env, no_backoff, corpus):
    """`kg load` and `kg query` against a server that is not running (connection refused)."""
    url = f"http://127.0.0.1:{unused_port}"

    loaded = run_kg("load", corpus[0]["a"], "--endpoint", url)
    queried = run_kg("query", "events", "--endpoint", url)

    assert (loaded.exit_code, queried.exit_code) == (1, 1)
    assert loaded.stderr == (f"error: {url}/query: cannot reach the server (Connection refused) after 3 attempts; "
                             "nothing loaded; check that the server runs and the URL\n")
    assert queried.stderr.startswith(f"error: {url}/query: cannot reach the server (Connection refused) after 3")
    observe(f"exit 1: `{loaded.stderr.strip()}`; the query likewise.")


def test_reliability_fault_endpoint_slow(observe, slow_server, monkeypatch, no_backoff):
    """A server that takes 5 s to answer, with `KG_ENDPOINT_TIMEOUT=0.5`."""
    url, seen = slow_server(5.0)
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "0.5")

    started = time.monotonic()
    result = run_kg("query", "events", "--endpoint", url)
    took = time.monotonic() - started

    assert result.exit_code == 1
    assert result.stderr == (f"error: {url}/query: no whole answer within 0.5 s, the request's deadline; not tried "
                             "again; check the server, or give it longer: KG_ENDPOINT_TIMEOUT sets the deadline "
                             "in seconds\n")
    assert len(seen) == 1 and took < 0.5 + 1.0
    observe(f"exit 1 after one attempt of 0.5 s, not retried (the server saw 1 request): `{result.stderr.strip()}`.")


@pytest.mark.parametrize(("status", "attempts"), [(400, 1), (401, 1), (403, 1), (404, 1), (500, 1), (502, 3),
                                                   (503, 3), (504, 3)])
def test_reliability_fault_endpoint_error_status(observe, scripted_server, no_backoff, status, attempts):
    """A server answering every request with one HTTP error status (`kg query`)."""
    url, seen = scripted_server((status, b"it went wrong", {}))

    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {url}/query: the server answered {status} ")
    assert len(seen) == attempts  # retried a bounded number of times, only when it may help
    observe(f"exit 1 after {attempts} request{'s' if attempts > 1 else ''}: `{result.stderr.strip()}`.")


def test_reliability_fault_endpoint_fails_midway(observe, scripted_server, no_backoff, tmp_path, corpus):
    """A server that takes the first two articles of a load, then fails (500) on the third."""
    nothing_shared = b'{"head": {"vars": ["node", "graph", "predicate", "object"]}, "results": {"bindings": []}}'
    url, seen = scripted_server((200, nothing_shared, {"Content-Type": "application/sparql-results+json"}),
                                (204, b"", {}), (204, b"", {}), (500, b"disk full", {}))

    result = run_kg("load", corpus[0]["a"], "--endpoint", url)

    assert result.exit_code == 1 and len(seen) == 4  # what the server holds of shared entities, asked first
    assert re.fullmatch(rf"error: {re.escape(url)}/store: the server answered 500 Internal Server Error: disk full; "
                        rf"2 of {ARTICLES} articles loaded whole before \S+, which was not; the server failed: "
                        r"see its log; then run the same command again: a reload replaces\n", result.stderr)
    observe("exit 1: `" + re.sub(r"before \S+,", "before <article>,", result.stderr.strip()) + "`.")
