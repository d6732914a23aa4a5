"""`kg convert --cluster` (`kg.batch.cluster`, `kg.batch.remote`): the same bytes as ``--jobs 1`` on a real
Dask LocalCluster of two worker processes, a worker killed midway, fsspec outputs, workers that differ.

The 300-article corpus is made here: copies of the six real articles of ``tests/data/articles``, each
under a name of its own (so its own article IRI), and one article that cannot be read.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from kg.batch.runner import convert_batch

distributed = pytest.importorskip("distributed", reason="the cluster extra: pip install 'news-kg[cluster]'")
fsspec = pytest.importorskip("fsspec")

ARTICLES = Path(__file__).parent.parent / "data" / "articles"
ROOT = Path(__file__).parent.parent.parent
SIZE = 300


def run_kg(*args, env=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg", env=env)


def make_corpus(folder: Path, size: int) -> Path:
    """`size` copies of the real test articles, each its own file name (its article id), and a binary file."""
    folder.mkdir()
    originals = sorted(ARTICLES.glob("*.txt"))
    for number in range(size):
        source = originals[number % len(originals)]
        shutil.copy(source, folder / f"{source.stem}-{number:04d}.txt")
    (folder / "broken-0150.txt").write_bytes(b"\x00\x01\x02 not an article \xff\xfe")
    return folder


def files(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir()) if path.is_file()}


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, as `dask worker --nthreads 1` would run them. An article on which
    a worker dies is given up after 2 deaths (Dask's default: 4), so that the test of it is quick."""
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                     silence_logs=50) as local:
        yield local


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """The 300-article corpus and its conversion by one local worker (--jobs 1), the bytes to match."""
    root = tmp_path_factory.mktemp("cluster")
    corpus = make_corpus(root / "corpus", SIZE)
    reference = root / "reference"
    summary = convert_batch([str(corpus)], f"{reference}/", "nquads", jobs=1, quiet=True)
    assert summary.converted == SIZE and len(summary.failures) == 1
    return corpus, reference


def test_cluster_gives_the_bytes_of_one_worker(cluster, big, tmp_path):
    corpus, reference = big
    out = tmp_path / "out"
    summary = convert_batch([str(corpus)], f"{out}/", "nquads", quiet=True, cluster=cluster.scheduler_address)
    assert summary.converted == SIZE
    assert [f.where for f in summary.failures] == [str(corpus / "broken-0150.txt")]
    assert "is a binary file" in summary.failures[0].message
    assert files(out) == files(reference)  # every article's file, the manifest and the errors file
    assert len(files(out)) == SIZE + 2


def test_a_worker_killed_midway_still_gives_every_article(cluster, big, tmp_path):
    corpus, reference = big
    out = tmp_path / "out"
    client = distributed.Client(cluster.scheduler_address, set_as_default=False)
    try:
        worker_pids = client.run(os.getpid)
    finally:
        client.close()
    result: dict = {}

    def convert():
        try:
            result["summary"] = convert_batch([str(corpus)], f"{out}/", "nquads", quiet=True,
                                              cluster=cluster.scheduler_address)
        except BaseException as error:  # reported by the test below, not lost in the thread
            result["error"] = error

    runner = threading.Thread(target=convert)
    runner.start()
    deadline = time.monotonic() + 300
    while runner.is_alive() and time.monotonic() < deadline:
        if out.is_dir() and len(list(out.glob("*.nq"))) >= 40:
            break
        time.sleep(0.05)
    written_when_killed = len(list(out.glob("*.nq")))
    victim = sorted(worker_pids.values())[0]
    os.kill(victim, signal.SIGKILL)
    runner.join(600)
    assert not runner.is_alive()
    assert "error" not in result, result.get("error")
    assert 40 <= written_when_killed < SIZE, "the worker was not killed midway"
    summary = result["summary"]
    assert summary.converted == SIZE and len(summary.failures) == 1
    assert files(out) == files(reference)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The six real articles, converted by one local worker into N-Quads, TriG and a directory."""
    root = tmp_path_factory.mktemp("small")
    for fmt, output in (("nquads", "all.nq"), ("trig", "all.trig"), ("turtle", "dir/")):
        convert_batch([str(ARTICLES)], f"{root}/{output}", None, jobs=1, quiet=True)
    return root


@pytest.mark.parametrize("name", ["all.nq", "all.trig"])
def test_one_file_of_every_article_is_the_same_bytes(cluster, small, tmp_path, name):
    result = run_kg("convert", ARTICLES, "--cluster", cluster.scheduler_address, "-o", tmp_path / name)
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes() == (small / name).read_bytes()
    assert (tmp_path / f".{name}.kg-manifest.jsonl").is_file()
    assert "cluster: " + cluster.scheduler_address in result.stderr and "dashboard: http" in result.stderr


def test_file_urls_are_local_paths(cluster, small, tmp_path):
    result = run_kg("convert", f"file://{ARTICLES}/", "--cluster", "-o", f"file://{tmp_path}/out/", "-q",
                    env={"DASK_SCHEDULER_ADDRESS": cluster.scheduler_address})
    assert result.exit_code == 0, result.output
    assert files(tmp_path / "out") == files(small / "dir")
    # the manifest beside the output lets a re-run on the cluster skip every article
    again = convert_batch([str(ARTICLES)], f"{tmp_path}/out/", None, quiet=True, cluster=cluster.scheduler_address)
    assert (again.converted, again.up_to_date) == (0, 6)
    assert files(tmp_path / "out") == files(small / "dir")


def test_an_object_store_gets_whole_objects_and_a_marker_each(cluster, small, tmp_path):
    memory = fsspec.filesystem("memory")
    url = "memory://bucket-cluster/out/"
    try:
        result = run_kg("convert", ARTICLES, "--cluster", cluster.scheduler_address, "-o", url, "-q")
        assert result.exit_code == 0, result.output
        expected = files(small / "dir")
        del expected[".kg-manifest.jsonl"]
        got = {Path(name).name: memory.cat_file(name) for name in memory.ls("/bucket-cluster/out", detail=False)
               if memory.isfile(name)}
        assert got == expected
        markers = memory.ls("/bucket-cluster/out/.kg-done", detail=False)
        assert len(markers) == 6
        entries = [json.loads(memory.cat_file(marker)) for marker in markers]
        assert sorted(entry["file"] for entry in entries) == sorted(expected)
        # a re-run finds every article up to date from its marker and object; a changed object is converted again
        memory.pipe_file("/bucket-cluster/out/voa-6202743.ttl", b"# emptied\n")
        summary = convert_batch([str(ARTICLES)], url, None, quiet=True, cluster=cluster.scheduler_address)
        assert (summary.converted, summary.up_to_date) == (1, 5)
        assert memory.cat_file("/bucket-cluster/out/voa-6202743.ttl") == expected["voa-6202743.ttl"]
    finally:
        memory.rm("/bucket-cluster", recursive=True)


def test_an_object_store_file_resumes_from_its_manifest(cluster, small, tmp_path):
    memory = fsspec.filesystem("memory")
    url = "memory://bucket-stream/corpus.nq"
    try:
        first = convert_batch([str(ARTICLES)], url, None, quiet=True, cluster=cluster.scheduler_address)
        assert first.converted == 6
        assert memory.cat_file("/bucket-stream/corpus.nq") == (small / "all.nq").read_bytes()
        assert memory.isfile("/bucket-stream/.corpus.nq.kg-manifest.jsonl")
        again = convert_batch([str(ARTICLES)], url, None, quiet=True, cluster=cluster.scheduler_address)
        assert (again.converted, again.up_to_date) == (0, 6)
        assert memory.cat_file("/bucket-stream/corpus.nq") == (small / "all.nq").read_bytes()
    finally:
        memory.rm("/bucket-stream", recursive=True)


def test_urls_as_inputs_give_the_bytes_of_local_files(cluster, tmp_path):
    memory = fsspec.filesystem("memory")
    local = tmp_path / "feed"
    local.mkdir()
    try:
        for path in sorted(ARTICLES.glob("voa-*.txt"))[:2]:
            memory.pipe_file(f"/bucket-in/feed/{path.name}", path.read_bytes())
            shutil.copy(path, local / path.name)
        memory.pipe_file("/bucket-in/feed/.hidden.txt", b"not read")
        summary = convert_batch(["memory://bucket-in/feed/"], str(tmp_path / "in.nq"), None, quiet=True,
                                cluster=cluster.scheduler_address)
        assert summary.converted == 2 and not summary.failures
        convert_batch([str(local)], str(tmp_path / "local.nq"), None, jobs=1, quiet=True)
        assert (tmp_path / "in.nq").read_bytes() == (tmp_path / "local.nq").read_bytes()
    finally:
        memory.rm("/bucket-in", recursive=True)


def test_a_worker_of_another_version_stops_the_run_naming_it(cluster, tmp_path):
    def pretend(version):
        import kg
        import kg.batch.cluster

        kg.__version__ = version
        kg.batch.cluster._prepared = None

    client = distributed.Client(cluster.scheduler_address, set_as_default=False)
    try:
        original = client.run(lambda: __import__("kg").__version__)
        worker = sorted(original)[0]
        client.run(pretend, "9.9.9", workers=[worker])
        result = run_kg("convert", ARTICLES, "--cluster", cluster.scheduler_address, "-o", tmp_path / "x.nq", "-q")
    finally:
        client.run(pretend, original[worker], workers=[worker])
        client.close()
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"error: worker {worker}: runs news-kg 9.9.9 (the client runs ")
    assert "Traceback" not in result.stderr and not (tmp_path / "x.nq").exists()


def test_cluster_without_an_address_is_a_usage_error(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "DASK_SCHEDULER_ADDRESS"}
    result = subprocess.run([sys.executable, "-c", "import cli; cli.console()", "convert", str(ARTICLES),
                             "--cluster", "-o", str(tmp_path / "out/")], capture_output=True, text=True, env=env,
                            cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr == ("error: --cluster: no scheduler address given, and DASK_SCHEDULER_ADDRESS is not set; "
                             "give one (--cluster tcp://HOST:8786) or set DASK_SCHEDULER_ADDRESS\n")
    assert not (tmp_path / "out").exists()


def test_plain_convert_imports_no_dask(tmp_path):
    """`kg convert` without --cluster loads neither Dask nor fsspec (its start-up is unchanged)."""
    seen = tmp_path / "modules.txt"
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: open({str(seen)!r}, 'w').write('\\n'.join(sorted(sys.modules))))\n"
            "import cli; cli.console()\n")
    result = subprocess.run([sys.executable, "-c", code, "convert", str(ARTICLES / "belarus-2020-09-21.txt"),
                             "-o", str(tmp_path / "one.ttl")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    modules = set(seen.read_text().split("\n"))
    assert "kg.batch.runner" in modules and "spacy" in modules  # the convert ran, and the list is whole
    assert not {name for name in modules if name.split(".")[0] in {"dask", "distributed", "fsspec"}}


def test_a_user_lexicon_travels_to_the_workers(cluster, tmp_path):
    """The workers get the lexicon's bytes from the client (no shared filesystem needed), and use them."""
    lexicon = tmp_path / "people.yaml"
    lexicon.write_text("people:\n  - {label: Alexander Grigoryevich Lukashenko, "
                       "aliases: [Lukashenko, Alexander Lukashenko]}\n", encoding="utf-8")
    article = str(ARTICLES / "belarus-2020-09-21.txt")
    local = convert_batch([article, str(ARTICLES / "voa-6202743.txt")], str(tmp_path / "local.nq"), None, jobs=1,
                          quiet=True, lexicon_files=(str(lexicon),))
    on_cluster = convert_batch([article, str(ARTICLES / "voa-6202743.txt")], str(tmp_path / "cluster.nq"), None,
                               quiet=True, lexicon_files=(str(lexicon),), cluster=cluster.scheduler_address)
    assert local.converted == on_cluster.converted == 2
    assert (tmp_path / "cluster.nq").read_bytes() == (tmp_path / "local.nq").read_bytes()
    assert b"Alexander Grigoryevich Lukashenko" in (tmp_path / "cluster.nq").read_bytes()


def test_an_article_that_kills_every_worker_is_reported_not_retried_forever(cluster, tmp_path):
    from tests.fixtures.cluster import KillerArticle

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("belarus-2020-09-21", "voa-6202743"):
        shutil.copy(ARTICLES / f"{name}.txt", corpus / f"{name}.txt")
    shutil.copy(ARTICLES / "voa-6205674.txt", corpus / "poison-article.txt")
    client = distributed.Client(cluster.scheduler_address, set_as_default=False)
    try:
        client.register_plugin(KillerArticle("poison"), name="kg-killer-article")
        result = run_kg("convert", corpus, "--cluster", cluster.scheduler_address, "-o", tmp_path / "out.nq", "-q")
    finally:
        client.unregister_worker_plugin("kg-killer-article")
        client.close()
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        f"error: {corpus / 'poison-article.txt'}: the Dask workers converting it died each time it was tried; "
        "left out, not tried again (see the workers' logs)",
        f"1 failed, 2 articles converted and written to {tmp_path / 'out.nq'}"]
    assert "Traceback" not in result.stderr
    written = (tmp_path / "out.nq").read_bytes()
    assert b"article/belarus-2020-09-21>" in written and b"article/voa-6202743>" in written
    assert b"poison" not in written


def test_cluster_without_dask_installed_is_one_line(tmp_path):
    code = "import sys; sys.modules['distributed'] = None  # as if not installed\nimport cli; cli.console()\n"
    result = subprocess.run([sys.executable, "-c", code, "convert", str(ARTICLES), "--cluster", "tcp://127.0.0.1:9",
                             "-o", str(tmp_path / "out.nq")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr == ("error: --cluster: needs Dask's distributed package, which is not installed; "
                             "install the cluster extra: pip install 'news-kg[cluster]'\n")
    assert list(tmp_path.iterdir()) == []  # refused before any output was opened
