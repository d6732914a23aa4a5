"""Tests of the SPARQL 1.1 client (kg/store/endpoint.py): `kg load` and `kg query` with `--endpoint`
against a real Oxigraph server on a loopback port, and a scripted HTTP server for failures."""
from __future__ import annotations

import base64
import csv
import io
import json
import ssl
import time
from urllib.parse import parse_qs

import pytest
from typer.testing import CliRunner

import kg.store.endpoint
from cli import app
from kg.store.endpoint import Endpoint, endpoint_from_options, values_clause
from kg.errors import UsageError
from kg.rdf.mint import article_iri
from kg.resources import query_text, sparql_text

EXAMPLE_IRI = str(article_iri("belarus-2020-09-21"))
SHARED_IRI = str(article_iri("russia-belarus-2020-09-22"))
RUSSIA = "https://w3id.org/news-kg/id/country/ru"
JSON = {"Content-Type": "application/sparql-results+json"}
NO_ROWS = b'{"head": {"vars": ["x"]}, "results": {"bindings": []}}'
NO_DESCRIPTIONS = b'{"head": {"vars": ["node", "graph", "predicate", "object"]}, "results": {"bindings": []}}'
"""The answer of a server that holds nothing of the shared entities a load speaks of (issue 13, W12)."""


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


def rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


@pytest.fixture
def count_rq(tmp_path):
    """A query file counting the triples of the default graph (union or --graph)."""
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }\n")
    return path


@pytest.fixture
def no_backoff(monkeypatch):
    monkeypatch.setattr(kg.store.endpoint, "RETRY_BACKOFF", 0.0)


# ---- a real Oxigraph server


def test_endpoint_load_reload_gives_the_file_events_without_duplicates(oxigraph_server, store_graph_files,
                                                                       count_rq):
    example = store_graph_files["example"]
    from_file = run_kg("query", "events", example, "--format", "csv")
    in_file = run_kg("query", count_rq, example, "--format", "csv")

    first = run_kg("load", example, "--endpoint", oxigraph_server)
    again = run_kg("load", example, "--endpoint", oxigraph_server)
    from_server = run_kg("query", "events", "--endpoint", oxigraph_server, "--format", "csv")
    on_server = run_kg("query", count_rq, "--endpoint", oxigraph_server, "--format", "csv")

    assert (first.exit_code, again.exit_code, from_server.exit_code) == (0, 0, 0), first.stderr + again.stderr
    assert again.stderr.startswith("loaded 1 article (")
    assert again.stderr.endswith(f"into {oxigraph_server}/store, which holds 0 happenings\n")  # (kg linked)
    assert from_server.stdout == from_file.stdout
    assert len({row["event"] for row in rows(from_server.stdout)}) == len(rows(from_server.stdout))
    assert on_server.stdout == in_file.stdout  # the reload replaced the graph: no triple twice


def test_issue_12_a_servers_rows_come_out_as_the_files_do_in_every_format(oxigraph_server, store_graph_files):
    """Issue 12 (finding 4): the server's SPARQL JSON answer is read by pyoxigraph into RDF terms, so its
    numbers, nulls, prefixed names and W3C result formats are those of the same query over the file."""
    example = store_graph_files["example"]
    assert run_kg("load", example, "--endpoint", oxigraph_server).exit_code == 0

    for fmt in ("json", "srj", "srx", "tsv", "table"):
        from_file = run_kg("query", "events", example, "--format", fmt)
        from_server = run_kg("query", "events", "--endpoint", oxigraph_server, "--format", fmt)
        assert from_server.exit_code == 0, from_server.stderr
        assert from_server.stdout == from_file.stdout, fmt


def test_endpoint_union_answers_across_articles_and_shared_entities_meet(oxigraph_server, store_graph_files):
    loaded = run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--endpoint", oxigraph_server)

    events = rows(run_kg("query", "timeline", "--endpoint", oxigraph_server, "--format", "csv").stdout)
    entities = rows(run_kg("query", "entities", "--endpoint", oxigraph_server, "--format", "csv").stdout)

    assert loaded.exit_code == 0, loaded.stderr
    assert {row["article"] for row in events} == {EXAMPLE_IRI, SHARED_IRI}
    assert [row["label"] for row in entities if row["entity"] == RUSSIA] == ["Russia"]
    both = run_kg("query", "events", store_graph_files["example"], store_graph_files["shared"], "--format", "csv")
    assert run_kg("query", "events", "--endpoint", oxigraph_server, "--format", "csv").stdout == both.stdout


def test_endpoint_graph_and_param_select_one_article(oxigraph_server, store_graph_files):
    run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--endpoint", oxigraph_server)

    one = run_kg("query", "timeline", "--endpoint", oxigraph_server, "--graph", SHARED_IRI, "--format", "csv")
    bound = run_kg("query", "timeline", "--endpoint", oxigraph_server, "--param", f"article={SHARED_IRI}",
                   "--format", "csv")
    from_file = run_kg("query", "timeline", store_graph_files["shared"], "--format", "csv")

    assert one.stdout == bound.stdout == from_file.stdout
    assert {row["article"] for row in rows(one.stdout)} == {SHARED_IRI}


def test_endpoint_load_through_sparql_update(oxigraph_server, store_graph_files, count_rq):
    update = f"{oxigraph_server}/update"
    for _ in range(2):
        result = run_kg("load", store_graph_files["shared"], "--update-url", update,
                        "--query-url", f"{oxigraph_server}/query")
        assert result.exit_code == 0, result.stderr

    counted = run_kg("query", count_rq, "--query-url", f"{oxigraph_server}/query", "--format", "csv")

    assert result.stderr.endswith(f"into {update}, which holds 0 happenings\n")
    assert counted.stdout == run_kg("query", count_rq, store_graph_files["shared"], "--format", "csv").stdout


@pytest.mark.parametrize("value", ['x" } } ; DROP ALL ; SELECT * { ?s ?p "', "a\\u0022b", "<urn:x> } #", "é\n\t"])
def test_endpoint_param_values_are_never_query_text(oxigraph_server, store_graph_files, value):
    run_kg("load", store_graph_files["shared"], "--endpoint", oxigraph_server)

    result = run_kg("query", "timeline", "--endpoint", oxigraph_server, "--param", f"article={value}",
                    "--format", "csv")
    after = run_kg("query", "timeline", "--endpoint", oxigraph_server, "--format", "csv")

    assert result.exit_code == 0, result.stderr
    assert rows(result.stdout) == []
    assert rows(after.stdout)  # nothing was dropped


def test_values_clause_round_trips_every_value():
    clause = values_clause({"a": "<urn:x>", "b": 'say "hi" \\u0022 }'})

    assert clause == '\nVALUES (?a ?b) { (<urn:x> "say \\"hi\\" \\\\u0022 }") }\n'


# ---- failures: a server that is down or answers an error


def test_endpoint_down_is_a_clear_message(store_graph_files, clean_endpoint_env, no_backoff, unused_port):
    url = f"http://127.0.0.1:{unused_port}"

    loaded = run_kg("load", store_graph_files["shared"], "--endpoint", url)
    queried = run_kg("query", "events", "--endpoint", url)

    assert (loaded.exit_code, queried.exit_code) == (1, 1)
    assert loaded.stderr == (f"error: {url}/query: cannot reach the server (Connection refused) after 3 attempts; "
                             "nothing loaded; check that the server runs and the URL\n")
    assert queried.stderr == (f"error: {url}/query: cannot reach the server (Connection refused) after 3 attempts; "
                              "check that the server runs and the URL\n")


@pytest.mark.parametrize(("status", "tries", "hint"), [
    (500, 1, "the server failed: see its log"),
    (503, 3, "the server failed: see its log"),
    (400, 1, "the server rejected the request: see its message"),
    (401, 1, "set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN, to the server's credentials"),
    (404, 1, "check the URL: --endpoint takes the server's base URL"),
])
def test_endpoint_error_status_is_a_clear_message(scripted_server, no_backoff, status, tries, hint):
    url, seen = scripted_server((status, b"something broke\nin detail", {}))

    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 1
    reason = {500: "Internal Server Error", 503: "Service Unavailable", 400: "Bad Request", 401: "Unauthorized",
              404: "Not Found"}[status]
    assert result.stderr.startswith(f"error: {url}/query: the server answered {status} {reason}: "
                                    f"something broke in detail; {hint}")
    assert len(seen) == tries


def test_endpoint_retries_a_busy_server_then_goes_on(scripted_server, no_backoff):
    url, seen = scripted_server((503, b"", {}), (200, NO_ROWS, JSON))

    result = run_kg("query", "events", "--endpoint", url, "--format", "csv")

    assert result.exit_code == 0, result.stderr
    assert result.stdout == "x\n"
    assert len(seen) == 2


def test_issue_12_the_deadline_holds_against_a_server_that_trickles(slow_server, monkeypatch):
    """Issue 12 (finding 3): one deadline per request. A byte every 50 ms never lets a socket timeout
    fire; the deadline still ends the request (a timeout not retried: test_reliability_fault_endpoint_slow)."""
    url, seen = slow_server(10.0, trickle=True)
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "0.6")

    started = time.monotonic()
    result = run_kg("query", "events", "--endpoint", url)
    took = time.monotonic() - started

    assert result.exit_code == 1
    assert "no whole answer within 0.6 s, the request's deadline" in result.stderr
    assert len(seen) == 1 and took < 2.0


def test_issue_12_retries_stop_at_the_deadline(scripted_server, monkeypatch):
    """A busy server (503) is tried again only while the wait still ends before the deadline."""
    url, seen = scripted_server((503, b"busy", {}))
    monkeypatch.setattr(kg.store.endpoint, "RETRY_BACKOFF", 0.4)  # waits 0.4 s, then 0.8 s
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "1.0")

    started = time.monotonic()
    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {url}/query: the server answered 503 Service Unavailable: busy; ")
    assert len(seen) == 2 and time.monotonic() - started < 1.0


def test_endpoint_failure_midway_says_what_was_loaded(scripted_server, store_graph_files, no_backoff):
    url, seen = scripted_server((200, NO_DESCRIPTIONS, JSON), (201, b"", {}), (500, b"disk full", {}))

    result = run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--endpoint", url)

    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {url}/store: the server answered 500 Internal Server Error: disk full; 1 of 2 articles loaded "
        f"whole before {SHARED_IRI}, which was not; the server failed: see its log; then run the same command "
        "again: a reload replaces\n")
    assert [(method, path.split("?")[0]) for method, path, _, _ in seen] == [("POST", "/query"), ("PUT", "/store"),
                                                                          ("PUT", "/store")]


def test_endpoint_redirects_are_not_followed(scripted_server):
    url, seen = scripted_server((302, b"", {"Location": "https://elsewhere.example/query?key=1"}))

    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 1
    assert "redirects are not followed; give the URL it names (https://elsewhere.example/query)" in result.stderr
    assert len(seen) == 1


def test_endpoint_answer_that_is_not_json_results(scripted_server):
    url, _ = scripted_server((200, b"<html>hello</html>", {"Content-Type": "application/json"}))

    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {url}/query: the answer is not SPARQL JSON results; ")


# ---- rows written as they arrive (issue 13, F9)

ROWS_HEAD = b'{"head": {"vars": ["x"]}, "results": {"bindings": ['


def x_rows(count: int, start: int = 0) -> bytes:
    """`count` SPARQL JSON bindings of ?x, "row N", joined by commas."""
    return b", ".join(b'{"x": {"type": "literal", "value": "row %d"}}' % i for i in range(start, start + count))


def test_endpoint_rows_written_before_the_deadline_stay_and_the_error_says_it(hostile_server, monkeypatch):
    """A streamed answer that stops coming: the rows that came are written, then one line and exit 1."""
    def stall(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.write(ROWS_HEAD + x_rows(3) + b", ")
        handler.wfile.flush()
        time.sleep(5)

    url, _ = hostile_server(stall)
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "1")

    result = run_kg("query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url, "--format", "csv")

    assert result.exit_code == 1
    assert result.stdout == "x\nrow 0\nrow 1\nrow 2\n"
    assert result.stderr.startswith(f"error: {url}/query: no whole answer within 1 s, the request's deadline; ")


def test_endpoint_limit_reads_no_further_than_its_rows(hostile_server):
    """--limit: once its rows are written, the rest of the answer is not read (here it would never end)."""
    def endless(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.write(ROWS_HEAD + x_rows(1))
        until = time.monotonic() + 20
        while time.monotonic() < until:
            handler.wfile.write(b", " + x_rows(1000, 1))

    url, _ = hostile_server(endless)

    started = time.monotonic()
    result = run_kg("query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url, "--format", "json",
                    "--limit", "2", "--offset", "1")

    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"x": "row 1"}, {"x": "row 2"}]
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("body", [
    b'{"results": {"bindings": [' + x_rows(3000) + b']}, "head": {"vars": ["x"]}}',
    ROWS_HEAD + x_rows(1) + b', {"x": {"type": "literal", "value": "' + b"a" * 200_000 + b'"}}]}}'],
    ids=["rows before the head", "one long row"])
def test_endpoint_what_is_held_at_once_has_a_limit(scripted_server, monkeypatch, body):
    """The parser keeps rows that come before the head, and a row until it is whole: at most
    KG_ENDPOINT_MAX_BYTES of them."""
    url, _ = scripted_server((200, body, JSON))
    monkeypatch.setenv("KG_ENDPOINT_MAX_BYTES", "100000")

    result = run_kg("query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url, "--format", "tsv")

    assert result.exit_code == 1
    assert result.stderr.endswith(
        f"{url}/query: the answer holds more than 100,000 bytes before its head, or in one row, the most kg "
        "holds at once; check the server; for values that large, raise KG_ENDPOINT_MAX_BYTES (bytes)\n")


def test_endpoint_rows_to_a_full_device_is_one_line(hostile_server, kg_process):
    """Writing the streamed rows fails (a full disk): the output's error, not the server's."""
    import subprocess

    from pathlib import Path

    if not Path("/dev/full").exists():
        pytest.skip("this machine has no /dev/full")
    url, _ = hostile_server(lambda handler: _answer(handler, ROWS_HEAD + x_rows(20_000) + b"]}}"))

    with open("/dev/full", "w") as full:
        process = subprocess.run([*kg_process.command, "query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url,
                                  "--format", "csv"], stdout=full, stderr=subprocess.PIPE, text=True,
                                 env=kg_process.env, timeout=60)

    assert process.returncode == 1, process.stderr
    assert process.stderr.startswith("error: <stdout>: cannot write: No space left on device; ")
    assert len(process.stderr.splitlines()) == 1


def _answer(handler, body: bytes) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


# ---- what goes over the wire: protocols, credentials, TLS


def test_endpoint_requests_follow_the_standard_protocols(scripted_server, store_graph_files):
    url, seen = scripted_server((200, NO_DESCRIPTIONS, JSON), (204, b"", {}), (200, NO_ROWS, JSON))

    run_kg("load", store_graph_files["shared"], "--endpoint", url, "--no-link")  # linking: test_endpoint_happenings.py
    run_kg("query", "events", "--endpoint", url, "--graph", SHARED_IRI)

    (check, check_path, _, asked), (put, _, put_headers, _), (post, query_path, post_headers, form) = seen
    assert (check, check_path, put, post) == ("POST", "/query", "PUT", "POST")
    # issue 13 (W12): the load first asks what the server's articles say of the shared entities: the packaged
    # query as it is, the entities bound by a trailing VALUES clause, no dataset (it reads every named graph)
    checked = parse_qs(asked.decode("ascii"))
    assert list(checked) == ["query"] and checked["query"][0].startswith(sparql_text("shared_descriptions"))
    assert "<https://w3id.org/news-kg/id/country/ru>" in checked["query"][0].partition("VALUES (?node)")[2]
    assert seen[1][1] == "/store?graph=https%3A%2F%2Fw3id.org%2Fnews-kg%2Fid%2Farticle%2Frussia-belarus-2020-09-22"
    assert put_headers["Content-Type"].startswith("text/turtle")
    # issue 12 (finding 2): the query goes form-encoded (SPARQL 1.1 Protocol §2.1.2), its dataset beside it
    assert query_path == "/query"
    assert post_headers["Content-Type"] == "application/x-www-form-urlencoded"
    fields = parse_qs(form.decode("ascii"), keep_blank_values=True)
    assert fields["query"] == [query_text("events")]
    assert fields["default-graph-uri"] == fields["named-graph-uri"] == [SHARED_IRI]
    assert post_headers["Accept"] == "application/sparql-results+json"
    assert "Authorization" not in post_headers


def test_endpoint_union_parameter_without_graph(scripted_server):
    url, seen = scripted_server((200, NO_ROWS, JSON))

    run_kg("query", "events", "--endpoint", url)

    assert parse_qs(seen[0][3].decode("ascii"), keep_blank_values=True)["union-default-graph"] == [""]


def test_endpoint_credentials_come_from_the_environment_and_are_never_printed(scripted_server, monkeypatch):
    url, seen = scripted_server((401, b"", {}))
    monkeypatch.setenv("KG_ENDPOINT_USER", "ann")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")

    basic = run_kg("query", "events", "--endpoint", url)
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "t0ken")
    bearer = run_kg("query", "events", "--endpoint", url)

    assert seen[0][2]["Authorization"] == "Basic " + base64.b64encode(b"ann:s3cret-pw").decode()
    assert seen[1][2]["Authorization"] == "Bearer t0ken"
    for result in (basic, bearer):
        assert result.exit_code == 1
        assert "s3cret-pw" not in result.stderr + result.stdout and "t0ken" not in result.stderr + result.stdout


@pytest.mark.parametrize(("url", "stderr"), [
    ("http://ann:s3cret-pw@127.0.0.1:7878", "error: --endpoint: the URL holds credentials; remove them and set "
                                            "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN"),
    ("ftp://127.0.0.1/", "error: --endpoint: 'ftp://127.0.0.1/' is not an http:// or https:// URL"),
    ("http://127.0.0.1:7878/?x=1", "error: --endpoint: the base URL has a query or fragment"),
])
def test_endpoint_bad_urls_are_usage_errors(url, stderr, clean_endpoint_env):
    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 2
    assert result.stderr.startswith(stderr)
    assert "s3cret-pw" not in result.stderr


def test_endpoint_user_without_password_is_a_usage_error(scripted_server, monkeypatch):
    url, seen = scripted_server((200, NO_ROWS, JSON))
    monkeypatch.setenv("KG_ENDPOINT_USER", "ann")

    result = run_kg("query", "events", "--endpoint", url)

    assert result.exit_code == 2
    assert result.stderr == ("error: KG_ENDPOINT_USER is set but KG_ENDPOINT_PASSWORD is not; "
                             "set both, or neither\n")
    assert seen == []


def test_endpoint_tls_is_verified():
    handlers = [h for h in kg.store.endpoint._opener().handlers if hasattr(h, "_context")]

    assert handlers and all(h._context.verify_mode == ssl.CERT_REQUIRED and h._context.check_hostname
                            for h in handlers)


def test_endpoint_layout_and_overrides():
    fuseki = endpoint_from_options(query_url="http://h/ds/sparql", update_url="http://h/ds/update",
                                   graph_store_url="http://h/ds/data")
    oxigraph = endpoint_from_options("https://h:7878/", query_url="https://h:7878/sparql")

    assert fuseki == Endpoint("http://h/ds/sparql", "http://h/ds/update", "http://h/ds/data")
    assert (oxigraph.query_url, oxigraph.update_url, oxigraph.graph_store_url) == (
        "https://h:7878/sparql", "https://h:7878/update", "https://h:7878/store")


def test_endpoint_timeout_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "2.5")
    assert endpoint_from_options("http://h").timeout == 2.5
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "soon")
    with pytest.raises(UsageError):
        endpoint_from_options("http://h")
