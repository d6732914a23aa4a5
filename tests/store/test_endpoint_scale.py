"""Issue 16: ``kg load --endpoint --connections N`` keeps at most N requests in flight, and ``--resume`` sends
only the articles a server does not already hold whole; on a real Oxigraph server and a counting fake one."""
from __future__ import annotations

import json
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from typer.testing import CliRunner

from cli import app
from tests.fixtures.servers import _QuietHandler, _serve_on_loopback, _stop_servers

NO_DESCRIPTIONS = b'{"head": {"vars": ["node", "graph", "predicate", "object"]}, "results": {"bindings": []}}'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


def copies(example, directory, count: int) -> list:
    """`count` copies of the converted example, each with its own article IRI (and so its own nodes)."""
    text = example.read_text(encoding="utf-8")
    made = []
    for number in range(count):
        path = directory / f"copy-{number}.ttl"
        path.write_text(text.replace("article/belarus-2020-09-21", f"article/belarus-2020-09-21-copy-{number}"),
                        encoding="utf-8")
        made.append(path)
    return made


def server_count(base: str) -> int:
    request = urllib.request.Request(f"{base}/query?{urlencode({'query': COUNT})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request) as answer:
        return int(json.loads(answer.read())["results"]["bindings"][0]["n"]["value"])


def test_connections_bound_the_requests_in_flight(clean_endpoint_env, store_graph_files, tmp_path):
    state = {"now": 0, "most": 0, "puts": 0, "first": None, "last": None}
    lock = threading.Lock()

    class Handler(_QuietHandler):
        def _answer(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.command == "PUT":
                with lock:
                    state["now"] += 1
                    state["puts"] += 1
                    state["most"] = max(state["most"], state["now"])
                    if state["first"] is None:
                        state["first"] = time.monotonic()
                time.sleep(0.15)
                with lock:
                    state["now"] -= 1
                    state["last"] = time.monotonic()
                body, headers = b"", {}
            else:
                body, headers = NO_DESCRIPTIONS, {"Content-Type": "application/sparql-results+json"}
            self.send_response(201 if self.command == "PUT" else 200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    servers: list = []
    url = _serve_on_loopback(Handler, servers)
    try:
        files = copies(store_graph_files["example"], tmp_path, 9)
        result = run_kg("load", *files, "--endpoint", url, "--connections", "3", "--no-link")
    finally:
        _stop_servers(servers)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("loaded 9 articles (")
    assert state["puts"] == 9 and state["most"] == 3
    # they overlapped: the server was busy with the nine PUTs for less time than nine in a row take
    # (timed at the server, from the first PUT's arrival to the last one's answer, so that the
    # start of the kg process, which a busy machine slows, is not part of it)
    assert state["last"] - state["first"] < 9 * 0.15


def test_resume_sends_only_what_the_server_lacks(oxigraph_server, store_graph_files, tmp_path):
    files = copies(store_graph_files["example"], tmp_path, 4)
    first = run_kg("load", *files, "--endpoint", oxigraph_server, "--connections", "4")
    assert first.exit_code == 0, first.stderr
    whole = server_count(oxigraph_server)

    again = run_kg("load", *files, "--endpoint", oxigraph_server, "--resume")
    assert again.exit_code == 0, again.stderr
    held = first.stderr.rpartition(", which holds ")[2]  # the happenings the first load linked ("23 happenings")
    assert held.endswith(" happenings\n") and int(held.split()[0]) > 0, first.stderr
    assert again.stderr == (f"loaded 0 articles (0 triples) into {oxigraph_server}/store; "
                            f"4 already there whole, not sent again, which holds {held}")

    # an interrupted load: one article missing, one cut short on the server
    update = ("DROP GRAPH <https://w3id.org/news-kg/id/article/belarus-2020-09-21-copy-1> ; "
              "DELETE WHERE { GRAPH <https://w3id.org/news-kg/id/article/belarus-2020-09-21-copy-2> "
              "{ ?s <https://schema.org/headline> ?o } }")
    request = urllib.request.Request(f"{oxigraph_server}/update", data=update.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request).close()
    assert server_count(oxigraph_server) < whole

    resumed = run_kg("load", *files, "--endpoint", oxigraph_server, "--resume", "--connections", "2")
    assert resumed.exit_code == 0, resumed.stderr
    assert resumed.stderr.startswith("loaded 2 articles (")
    assert resumed.stderr.endswith(f"; 2 already there whole, not sent again, which holds {held}")
    assert server_count(oxigraph_server) == whole


def test_connections_and_resume_are_for_a_server(tmp_path, store_graph_files):
    result = run_kg("load", store_graph_files["example"], "--store", tmp_path / "store", "--connections", "2")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --connections: is for loading to a server (--endpoint)")
    assert not (tmp_path / "store").exists()


def test_virtuoso_bulk_loader_reads_the_nquads_shards_as_the_readme_says(virtuoso_instance, tmp_path):
    """The README's route for a corpus too large for Oxigraph, on a real Virtuoso 7: N-Quads shards (one of
    them gzipped) written by kg convert, read by Virtuoso's own bulk loader (ld_dir, rdf_loader_run,
    checkpoint), answer every listing as the files do."""
    import gzip
    import shutil
    import subprocess

    from kg.batch.runner import convert_batch

    articles = sorted((Path(__file__).parent.parent / "data" / "articles").glob("voa-*.txt"))[:3]
    shards = virtuoso_instance.directory / "shards"
    shards.mkdir()
    convert_batch([str(articles[0]), str(articles[1])], str(tmp_path / "part-0.nq"), None, jobs=1, quiet=True)
    convert_batch([str(articles[2])], str(shards / "part-1.nq"), None, jobs=1, quiet=True)
    with open(tmp_path / "part-0.nq", "rb") as plain, gzip.open(shards / "part-0.nq.gz", "wb") as packed:
        shutil.copyfileobj(plain, packed)
    # '*.nq' and '*.nq.gz', not '*.nq*', which takes the manifest kg convert keeps beside a shard too
    for statement in (f"ld_dir('{shards}', '*.nq', 'https://w3id.org/news-kg/graph/unused');",
                      f"ld_dir('{shards}', '*.nq.gz', 'https://w3id.org/news-kg/graph/unused');",
                      "rdf_loader_run();", "checkpoint;"):
        done = subprocess.run([*virtuoso_instance.isql, f"exec={statement}"], capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0 and "Error" not in done.stdout, done.stdout + done.stderr
    status = subprocess.run([*virtuoso_instance.isql, "exec=SELECT ll_state, ll_error FROM DB.DBA.load_list;"],
                            capture_output=True, text=True, timeout=60).stdout
    rows = [line.split(None, 1) for line in status.splitlines() if line[:1].isdigit() and "Rows." not in line]
    assert rows == [["2", "NULL"], ["2", "NULL"]], status  # both shards loaded (state 2), no error
    files = [tmp_path / "part-0.nq", shards / "part-1.nq"]
    for name in ("events", "entities", "timeline"):
        from_files = run_kg("query", name, *files, "--format", "csv")
        on_server = run_kg("query", name, "--query-url", f"{virtuoso_instance.base}/sparql", "--format", "csv")
        assert on_server.exit_code == 0, on_server.stderr
        assert on_server.stdout == from_files.stdout and from_files.stdout.count("\n") > 3, name
