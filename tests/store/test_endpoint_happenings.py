"""Happenings linked over a SPARQL 1.1 server (issue 15: `kg link --endpoint`, and `kg load --endpoint`,
which links after it loads; kg/store/happenings.py link_endpoint): on a real Oxigraph server, the
happening triples the embedded store holds for the same files, in their own named graph, found by the
saved queries; on kg serve, one copy; and a server that fails mid-write is one line and exit 1.
Virtuoso: test_virtuoso_happenings.py."""
from __future__ import annotations

import csv
import io
import json
import sys
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest

import kg.store.endpoint
from kg.link.write import HAPPENINGS_GRAPH
from kg.store.embedded import open_store
from tests.test_cli import run_kg

JSON = {"Content-Type": "application/sparql-results+json"}


def results(*columns: str) -> bytes:
    """A SPARQL JSON answer of no rows with these columns."""
    return json.dumps({"head": {"vars": list(columns)}, "results": {"bindings": []}}).encode()


LINK_ANSWERS = [(200, results("articleGraph", "entity", "kind", "property", "value"), JSON),
                (200, results("articleGraph", "event", "slot", "entity"), JSON),
                (200, results("event", "type", "article", "published", "url", "date", "text"), JSON),
                (200, results("where", "happenings"), JSON)]
"""What a server that holds no article answers to the queries kg link sends, in their order."""


@pytest.fixture
def no_backoff(monkeypatch):
    monkeypatch.setattr(kg.store.endpoint, "RETRY_BACKOFF", 0.0)


@pytest.fixture(scope="module")
def corpus(happening_files) -> list[Path]:
    """Every article of the happenings corpus (VOA stories, the example and a second report of its march)."""
    return sorted(happening_files.values())


@pytest.fixture(scope="module")
def corpus_triples(corpus) -> int:
    """How many triples the articles of `corpus` hold (their named graphs), as kg load counts them."""
    from kg.rdf.files import read_store

    return sum(1 for quad in read_store(corpus) if not isinstance(quad.graph_name, ox.DefaultGraph))


@pytest.fixture(scope="module")
def embedded_happenings(corpus, tmp_path_factory) -> set[ox.Triple]:
    """The happening triples (the default graph) of an embedded store kg load filled with `corpus`."""
    store = tmp_path_factory.mktemp("embedded") / "store"
    loaded = run_kg("load", *corpus, "--store", store)
    assert loaded.exit_code == 0, loaded.stderr
    held = open_store(store, read_only=True)
    try:
        return {quad.triple for quad in held.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    finally:
        del held


def server_graph(base: str, graph: str = HAPPENINGS_GRAPH) -> set[ox.Triple]:
    """The triples of `graph` on the Oxigraph server at `base` (Graph Store Protocol GET); none if absent."""
    request = urllib.request.Request(f"{base}/store?graph={quote(graph, safe='')}",
                                     headers={"Accept": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return {quad.triple for quad in ox.parse(answer.read(), format=ox.RdfFormat.N_TRIPLES)}
    except urllib.error.HTTPError as error:
        assert error.code == 404
        return set()


def csv_rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


# ---- a real Oxigraph server


def test_load_to_a_server_links_the_happenings_the_embedded_store_holds(oxigraph_server, corpus, corpus_triples,
                                                                        embedded_happenings):
    loaded = run_kg("load", *corpus, "--endpoint", oxigraph_server)

    on_server = server_graph(oxigraph_server)
    assert loaded.exit_code == 0, loaded.stderr
    happenings = {triple.subject for triple in embedded_happenings}
    assert loaded.stderr == (f"loaded {len(corpus)} articles ({corpus_triples} triples) into {oxigraph_server}/store, "
                             f"which holds {len(happenings)} happenings\n")
    assert len(happenings) > 10
    assert on_server == embedded_happenings  # same happenings, same IRIs, every triple


def test_kg_link_over_a_server_loaded_without_linking(oxigraph_server, corpus, embedded_happenings):
    """Shards loaded with --no-link, in two loads, then kg link once: the same triples; and again, the graph
    is replaced, not added to."""
    first = run_kg("load", *corpus[:4], "--endpoint", oxigraph_server, "--no-link")
    second = run_kg("load", *corpus[4:], "--endpoint", oxigraph_server, "--no-link")
    unlinked = server_graph(oxigraph_server)
    linked = run_kg("link", "--endpoint", oxigraph_server)
    once = server_graph(oxigraph_server)
    stale = ox.Triple(ox.NamedNode("https://w3id.org/news-kg/id/happening/stale"),
                      ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                      ox.NamedNode("https://w3id.org/news-kg/ns#Happening"))
    insert = f"INSERT DATA {{ GRAPH {ox.NamedNode(HAPPENINGS_GRAPH)} {{ {stale} }} }}".encode("utf-8")
    with urllib.request.urlopen(urllib.request.Request(f"{oxigraph_server}/update", data=insert, headers={
            "Content-Type": "application/sparql-update"}), timeout=30):
        pass  # a happening of an earlier linking that no article tells any more
    stale_there = stale in server_graph(oxigraph_server)
    again = run_kg("link", "--endpoint", oxigraph_server)

    assert (first.exit_code, second.exit_code, linked.exit_code, again.exit_code) == (0, 0, 0, 0), linked.stderr
    assert "happening" not in first.stderr + second.stderr
    assert unlinked == set()
    reports = sum(1 for triple in embedded_happenings if triple.predicate.value.endswith("#report"))
    happenings = {triple.subject for triple in embedded_happenings}
    assert linked.stderr.startswith(f"linked {reports} of ")
    assert linked.stderr.endswith(f" reported events into {len(happenings)} happenings in {oxigraph_server}/store\n")
    assert once == embedded_happenings
    assert stale_there and server_graph(oxigraph_server) == embedded_happenings  # replaced, not added to


def test_loads_in_parts_end_with_the_happenings_of_every_article(oxigraph_server, corpus, embedded_happenings):
    """Each load links again over every article the server holds: the happenings of the first part that a
    later report joins are replaced, none is left behind."""
    for part in (corpus[:3], corpus[3:7], corpus[7:]):
        loaded = run_kg("load", *part, "--endpoint", oxigraph_server)
        assert loaded.exit_code == 0, loaded.stderr

    assert server_graph(oxigraph_server) == embedded_happenings


def test_convert_load_to_a_server_links_once_at_the_end(oxigraph_server, embedded_happenings, tmp_path):
    """kg convert --load --endpoint loads in chunks and links the server once, after the last."""
    from tests.fixtures.happenings import EXAMPLE_ARTICLE, HAPPENINGS_DIR, SECOND_MINSK_REPORT

    converted = run_kg("convert", HAPPENINGS_DIR / "articles", SECOND_MINSK_REPORT, EXAMPLE_ARTICLE, "--load",
                       "--endpoint", oxigraph_server, "-o", tmp_path / "out.nq", "-q")

    assert converted.exit_code == 0, converted.stderr
    assert f"which holds {len({t.subject for t in embedded_happenings})} happenings" in converted.stderr
    assert server_graph(oxigraph_server) == embedded_happenings


def test_link_through_sparql_update_only(oxigraph_server, corpus, embedded_happenings):
    """Without a graph store URL the happenings' graph is replaced by one SPARQL Update."""
    urls = ["--query-url", f"{oxigraph_server}/query", "--update-url", f"{oxigraph_server}/update"]
    loaded = run_kg("load", *corpus, *urls)

    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stderr.endswith(f"into {oxigraph_server}/update, which holds "
                                  f"{len({t.subject for t in embedded_happenings})} happenings\n")
    assert server_graph(oxigraph_server) == embedded_happenings


@pytest.mark.parametrize("name", ["happenings", "conflicts"])
def test_saved_happening_queries_over_the_server_give_the_rows_of_the_files(oxigraph_server, corpus, name):
    loaded = run_kg("load", *corpus, "--endpoint", oxigraph_server)

    over_files = run_kg("query", name, *corpus, "--format", "csv")
    over_server = run_kg("query", name, "--endpoint", oxigraph_server, "--format", "csv")

    assert loaded.exit_code == 0, loaded.stderr
    assert over_server.exit_code == 0, over_server.stderr
    assert len(csv_rows(over_files.stdout)) > 1
    assert over_server.stdout == over_files.stdout


def test_the_happenings_graph_is_no_article(oxigraph_server, corpus):
    """The listings over the server read the articles' graphs as they do the files: the happenings' graph
    adds no row."""
    loaded = run_kg("load", *corpus, "--endpoint", oxigraph_server)

    assert loaded.exit_code == 0, loaded.stderr
    for name in ("events", "timeline", "entities", "statements"):
        over_server = run_kg("query", name, "--endpoint", oxigraph_server, "--format", "csv")
        assert over_server.stdout == run_kg("query", name, *corpus, "--format", "csv").stdout, name


# ---- kg serve: the server of the embedded store


def test_link_through_kg_serve_keeps_one_copy_and_the_store_counts_articles_only(corpus, corpus_triples,
                                                                                  embedded_happenings,
                                                                                  tmp_path, unused_port,
                                                                                  server_process):
    """kg load --store linked the store (its default graph); kg load --endpoint through kg serve links again
    into the happenings' graph, which lands in the store: the default graph's copy goes, the saved queries
    give the rows of the files, and kg stats and kg index count the articles only."""
    store = tmp_path / "store"
    first = run_kg("load", *corpus[:6], "--store", store)
    bind = f"127.0.0.1:{unused_port}"
    server_process([sys.executable, "-c", "import cli; cli.main()", "serve", "--store", str(store), "--bind", bind],
                   f"http://{bind}/", cwd=Path(__file__).parent.parent.parent)

    through = run_kg("load", *corpus[6:], "--endpoint", f"http://{bind}")
    rows = run_kg("query", "happenings", "--endpoint", f"http://{bind}", "--format", "csv")
    stats = run_kg("stats", "--store", store, "--format", "csv")

    assert (first.exit_code, through.exit_code, rows.exit_code, stats.exit_code) == (0, 0, 0, 0), through.stderr
    assert rows.stdout == run_kg("query", "happenings", *corpus, "--format", "csv").stdout
    assert server_graph(f"http://{bind}") == embedded_happenings
    counted = {row["what"]: row["count"] for row in csv_rows(stats.stdout) if not row["type"]}
    assert counted["articles"] == str(len(corpus))
    assert int(counted["triples"]) == corpus_triples  # the articles' triples only, as kg load counts them


def test_a_store_linked_through_kg_serve_is_linked_again_at_its_next_load(corpus, embedded_happenings, tmp_path,
                                                                          unused_port, server_process):
    """The happenings' graph a server wrote into the store goes at the store's next linking: one copy, in
    the default graph, and kg index makes rows for the articles only."""
    store = tmp_path / "store"
    bind = f"127.0.0.1:{unused_port}"
    run_kg("load", corpus[0], "--store", store)
    server = server_process([sys.executable, "-c", "import cli; cli.main()", "serve", "--store", str(store),
                             "--bind", bind], f"http://{bind}/", cwd=Path(__file__).parent.parent.parent)
    through = run_kg("load", *corpus[1:-1], "--endpoint", f"http://{bind}")
    from tests.fixtures.servers import stop_by_pid

    stop_by_pid(server)
    index = run_kg("index", "--store", store)
    shown = run_kg("show", "--store", store, "-o", tmp_path / "story.html")
    after = run_kg("load", corpus[-1], "--store", store)

    assert (through.exit_code, index.exit_code, after.exit_code) == (0, 0, 0), through.stderr + after.stderr
    assert f"{len(corpus) - 1} articles" in index.stderr
    assert shown.stderr.endswith(f", {len(corpus) - 1} of {len(corpus) - 1} articles\n")
    held = open_store(store, read_only=True)
    try:
        assert not held.contains_named_graph(ox.NamedNode(HAPPENINGS_GRAPH))
        assert {quad.triple for quad in held.quads_for_pattern(None, None, None, ox.DefaultGraph())} \
            == embedded_happenings
    finally:
        del held


# ---- failures


def test_a_server_that_fails_mid_write_is_one_line_and_exit_1(scripted_server, no_backoff):
    url, seen = scripted_server(*LINK_ANSWERS, (500, b"disk\nfull \x1b[31m", {}))

    result = run_kg("link", "--endpoint", url)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {url}/update: cannot write the happenings: the server answered 500 "
                                    "Internal Server Error: disk full ")
    assert result.stderr.endswith("; the server failed: see its log; the server's happenings are as they were, and "
                                  "its articles as loaded: run kg link with the same server options again\n")
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr
    # (the server's articles tell no happening: the write is the drop of the graph, through SPARQL Update)
    assert [(method, path.split("?")[0]) for method, path, _, _ in seen] == [("POST", "/query")] * 4 + [("POST", "/update")]


def test_a_kg_serve_copy_is_removed_in_the_request_that_writes_the_happenings(scripted_server, no_backoff):
    """The default graph's own happenings (a kg serve of a linked store) go in the same SPARQL Update as the
    new graph: a failed write leaves both copies as they were, as the message says."""
    held = json.dumps({"head": {"vars": ["where", "happenings"]}, "results": {"bindings": [
        {"where": {"type": "literal", "value": "default"},
         "happenings": {"type": "literal", "value": "3",
                        "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode()
    url, seen = scripted_server(*LINK_ANSWERS[:3], (200, held, JSON), (500, b"disk full", {}))

    result = run_kg("link", "--endpoint", url)

    assert result.exit_code == 1 and "the server's happenings are as they were" in result.stderr
    writes = [body.decode("utf-8") for method, path, _, body in seen if path.startswith("/update")]
    assert len(writes) == 1 and "DELETE" in writes[0] and "DROP SILENT GRAPH" in writes[0], writes


def test_a_load_whose_linking_fails_says_the_articles_are_loaded(scripted_server, store_graph_files, no_backoff):
    no_descriptions = results("node", "graph", "predicate", "object")
    url, seen = scripted_server((200, no_descriptions, JSON), (201, b"", {}), *LINK_ANSWERS, (503, b"busy", {}))

    result = run_kg("load", store_graph_files["example"], "--endpoint", url)

    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error: {url}/update: 1 article loaded, but linking failed: cannot write the happenings: the server "
        "answered 503 Service Unavailable: busy; ")
    assert result.stderr.count("\n") == 1


def test_a_server_that_answers_garbage_to_a_link_query_is_one_line(hostile_server):
    def respond(handler):
        body = b"<html>\x1b]0;owned\x07 login</html>"
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)

    url, _ = hostile_server(respond)

    result = run_kg("link", "--endpoint", url)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {url}/query: ")
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr and "\x07" not in result.stderr


@pytest.mark.parametrize(("args", "stderr"), [
    (["--store", "s", "--endpoint", "http://127.0.0.1:9"], "error: --store and --endpoint both given"),
    (["--update-url", "http://127.0.0.1:9/update"], "error: no query URL: kg link reads the server's articles"),
    (["--query-url", "http://127.0.0.1:9/query"], "error: no URL to write the happenings through"),
])
def test_link_usage_errors_exit_2(args, stderr, clean_endpoint_env):
    result = run_kg("link", *args)

    assert result.exit_code == 2
    assert result.stderr.startswith(stderr)


def test_no_link_is_for_servers(store_graph_files, tmp_path):
    result = run_kg("load", store_graph_files["example"], "--store", tmp_path / "s", "--no-link")

    assert result.exit_code == 2
    assert result.stderr.startswith("error: --no-link: is for loading to a server (--endpoint)")


def test_the_packaged_drop_names_the_happenings_graph():
    """``kg/sparql/drop_happenings.ru`` spells the graph's IRI (an update takes no parameter)."""
    from kg.resources import sparql_update_text

    dropped = sparql_update_text("drop_happenings").rstrip().splitlines()[-1]

    assert dropped == f"DROP SILENT GRAPH {ox.NamedNode(HAPPENINGS_GRAPH)}"


def test_articles_of_no_happening_leave_no_happenings_graph(oxigraph_server, store_graph_files):
    """A server whose articles tell no happening: the graph is dropped (through SPARQL Update), not filled."""
    urls = ["--query-url", f"{oxigraph_server}/query", "--update-url", f"{oxigraph_server}/update"]
    loaded = run_kg("load", store_graph_files["example"], *urls)
    linked = run_kg("link", "--endpoint", oxigraph_server)

    assert (loaded.exit_code, linked.exit_code) == (0, 0), loaded.stderr + linked.stderr
    assert loaded.stderr.endswith(", which holds 0 happenings\n")
    assert linked.stderr == f"linked 0 of 35 reported events into 0 happenings in {oxigraph_server}/update\n"
    assert server_graph(oxigraph_server) == set()


def test_a_write_that_fails_leaves_the_servers_happenings_as_they_were(oxigraph_server, corpus, no_backoff,
                                                                       clean_endpoint_env):
    """A real server behind a proxy that fails every write after the reads: kg link says so in one line,
    exits 1, and the happenings' graph is the one the last linking wrote (one request replaces it whole)."""
    import http.server

    from tests.fixtures.servers import _serve_on_loopback, _stop_servers

    first = run_kg("load", *corpus[:5], "--endpoint", oxigraph_server)
    before = server_graph(oxigraph_server)
    more = run_kg("load", *corpus[5:], "--endpoint", oxigraph_server, "--no-link")

    class Proxy(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.startswith("/query"):
                request = urllib.request.Request(oxigraph_server + self.path, data=body, method="POST",
                                                 headers={key: self.headers[key] for key in ("Content-Type", "Accept")})
                with urllib.request.urlopen(request, timeout=30) as answer:
                    status, kind, reply = answer.status, answer.headers["Content-Type"], answer.read()
            else:
                status, kind, reply = 500, "text/plain", b"the disk is full\x1b[2J"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        do_PUT = do_POST

        def log_message(self, *args):
            pass

    servers: list = []
    proxy = _serve_on_loopback(Proxy, servers)
    try:
        failed = run_kg("link", "--endpoint", proxy)
    finally:
        _stop_servers(servers)

    assert (first.exit_code, more.exit_code) == (0, 0)
    assert failed.exit_code == 1
    assert failed.stderr.startswith(f"error: {proxy}/store: cannot write the happenings: the server answered 500 "
                                    "Internal Server Error: the disk is full")
    assert failed.stderr.count("\n") == 1 and "\x1b" not in failed.stderr
    assert before and server_graph(oxigraph_server) == before


def test_the_servers_columns_are_read_by_name(scripted_server):
    """A server may give the columns of an answer in another order than the SELECT clause: the rows reach
    linking in the clause's order (`kg.link.reports.Select`)."""
    from kg.store.endpoint import endpoint_from_options
    from kg.store.happenings import _endpoint_rows

    answer = {"head": {"vars": ["entity", "slot", "event", "articleGraph"]},
              "results": {"bindings": [{"entity": {"type": "uri", "value": "urn:entity"},
                                        "slot": {"type": "uri", "value": "urn:slot"},
                                        "event": {"type": "uri", "value": "urn:event"},
                                        "articleGraph": {"type": "uri", "value": "urn:graph"}}]}}
    url, _ = scripted_server((200, json.dumps(answer).encode(), JSON))

    rows = list(_endpoint_rows(endpoint_from_options(url), "link_slots"))

    assert rows == [tuple(ox.NamedNode(f"urn:{name}") for name in ("graph", "event", "slot", "entity"))]
