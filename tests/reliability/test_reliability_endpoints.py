"""Reliability, hostile and broken SPARQL servers (issue 13): answers nested without end, answers that
never end or drip, escape sequences and echoed credentials, HTML pages, credentials and deadlines no
request can use, and queries that are no SELECT. Every server here listens on loopback only and
bounds what it sends, in bytes and in time.

Each case says what it observed (the `observe` fixture); RELIABILITY.md shows it.
"""
from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

import kg.store.endpoint
from cli import app
from tests.fixtures.reliability import one_line

TOKEN = "t0ken-SECRET-3"
JSON_TYPE = "application/sparql-results+json"
HEAD = b'{"head": {"vars": ["x"]}, "results": {"bindings": ['
ROW = b'{"x": {"type": "literal", "value": "' + b"a" * 200 + b'"}},'
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch):
    monkeypatch.setattr(kg.store.endpoint, "RETRY_BACKOFF", 0.0)


def answer(handler, status: int, body: bytes, content_type: str = JSON_TYPE) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


# ---- answers nested without end, long without end, or slow without end


def test_reliability_attack_endpoint_deeply_nested_json(observe, hostile_server, kg_process):
    """Issue 13, F8: a server answering 200 with SPARQL JSON nested 200,000 deep: arrays in a binding, and
    triple terms within triple terms (on which pyoxigraph's parser crashes the process)."""
    depth = 200_000
    arrays = HEAD + b'{"x": {"type": "literal", "value": "a", "more": ' + b"[" * depth + b"]" * depth + b"}}]}}"
    triple = (b'{"type": "triple", "value": {"subject": {"type": "uri", "value": "urn:s"}, '
              b'"predicate": {"type": "uri", "value": "urn:p"}, "object": ')
    triples = HEAD + b'{"x": ' + triple * depth + b'{"type": "uri", "value": "urn:o"}' + b"}}" * depth + b"}]}}"
    lines = []
    for body in (arrays, triples):
        url, seen = hostile_server(lambda handler, body=body: answer(handler, 200, body))

        code, stdout, stderr, _ = kg_process.run("query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url,
                                                 timeout=60)

        assert (code, stdout, len(stderr.splitlines())) == (1, b"", 1), stderr
        assert stderr == (f"error: {url}/query: the answer nests more than 64 levels deep (JSON objects and arrays "
                          "within each other); no SPARQL JSON results nest that deep; check the server\n")
        lines.append(stderr.strip())
    observe(f"exit 1 for both, one line, no crash: `{lines[0]}` (the answer's nesting is counted as it "
            "arrives, before any parser sees it).")


def endless(announce: int | None, limit_bytes: int = 300 << 20, limit_seconds: float = 30.0):
    """An answer of SPARQL JSON rows that never ends (the server stops after `limit_bytes` or
    `limit_seconds`), with a ``Content-Length`` of `announce` bytes, or none (it ends when it closes)."""
    def respond(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", JSON_TYPE)
        if announce is not None:
            handler.send_header("Content-Length", str(announce))
        handler.end_headers()
        handler.wfile.write(HEAD)
        sent, until, block = 0, time.monotonic() + limit_seconds, ROW * 300
        while sent < limit_bytes and time.monotonic() < until:
            handler.wfile.write(block)
            sent += len(block)
    return respond


def test_reliability_attack_endpoint_endless_answer(observe, hostile_server, kg_process):
    """Issue 13, F9: a server announcing `Content-Length: 10737418240` (10 GiB) and streaming rows, and one
    streaming rows without end and without a length, with `KG_ENDPOINT_MAX_BYTES=20000000` (20 MB)."""
    kg_process.env["KG_ENDPOINT_MAX_BYTES"] = "20000000"
    lines, peaks = [], []
    for announce in (10 << 30, None):
        url, seen = hostile_server(endless(announce))

        started = time.monotonic()
        code, stdout, stderr, peak = kg_process.run("query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", url,
                                                    timeout=60)

        assert (code, stdout, len(stderr.splitlines())) == (1, b"", 1), stderr
        assert len(seen) == 1 and time.monotonic() - started < 30
        assert peak < 150, peak  # one chunk in memory at a time, not 20 MB of rows, let alone 10 GiB
        lines.append(stderr.strip())
        peaks.append(peak)
    assert re.fullmatch(r"error: http://127\.0\.0\.1:\d+/query: the answer announces 10,737,418,240 bytes past "
                        r"20,000,000 bytes, the most kg reads; ask for fewer rows \(--limit, --graph\), or, for a "
                        r"listing that large, raise KG_ENDPOINT_MAX_BYTES \(bytes\)", lines[0])
    assert "the answer goes on past 20,000,000 bytes, the most kg reads;" in lines[1]
    observe(f"exit 1 for both, one request each, kg's peak memory under 150 MB: `{lines[0]}` (refused on "
            f"the header, unread); `{lines[1]}` (read in chunks into a temporary file, stopped at the limit). "
            "The limit's default is 1 GiB, about seven times the longest listing of 10,000 articles.")


MILLIONS = 2_000_000
"""Rows of the long answer: about 610 MB of SPARQL JSON."""
LONG_HEAD = b'{"head": {"vars": ["event", "amount", "text"]}, "results": {"bindings": ['


def long_row(i: int) -> bytes:
    """Row `i` of the long answer, as SPARQL JSON: an event's IRI, a whole number and a text."""
    return (b'{"event": {"type": "uri", "value": "https://w3id.org/news-kg/id/article/story-%d/event/%d"}, '
            b'"amount": {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "%d"}, '
            b'"text": {"type": "literal", "value": "Moscow agreed to give a loan of $%d, the \\"ministry\\" said"}}'
            % (i // 10, i % 10, i, i))


def long_answer(handler) -> None:
    """`MILLIONS` rows, written as they are made (the server holds 10,000 at a time), ended by closing."""
    handler.send_response(200)
    handler.send_header("Content-Type", JSON_TYPE)
    handler.end_headers()
    handler.wfile.write(LONG_HEAD)
    for start in range(0, MILLIONS, 10_000):
        handler.wfile.write((b", " if start else b"") + b", ".join(map(long_row, range(start, start + 10_000))))
    handler.wfile.write(b"]}}")


def test_reliability_fault_endpoint_answer_of_millions_of_rows(observe, hostile_server, kg_process, tmp_path):
    """Issue 13, F9: a server answering 2,000,000 rows (about 610 MB of SPARQL JSON, streamed without a
    length), asked for CSV with `KG_ENDPOINT_MAX_BYTES=20000000` (20 MB), and as a table."""
    import hashlib

    kg_process.env["KG_ENDPOINT_MAX_BYTES"] = "20000000"
    url, seen = hostile_server(long_answer)
    output = tmp_path / "rows.csv"

    started = time.monotonic()
    with open(output, "wb") as written:
        code, _, stderr, peak = kg_process.run("query", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", url,
                                               "--format", "csv", "--timeout", "300", stdout=written, timeout=400)
    took = time.monotonic() - started
    table = kg_process.run("query", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", url, timeout=120)

    assert (code, stderr) == (0, ""), stderr
    expected = hashlib.sha256(b"event,amount,text\n")
    for start in range(0, MILLIONS, 10_000):
        expected.update(b"".join(b'https://w3id.org/news-kg/id/article/story-%d/event/%d,%d,"Moscow agreed to give '
                                 b'a loan of $%d, the ""ministry"" said"\n' % (i // 10, i % 10, i, i)
                                 for i in range(start, start + 10_000)))
    with open(output, "rb") as read:
        assert hashlib.file_digest(read, "sha256").hexdigest() == expected.hexdigest()
    assert peak < 150, peak  # a row at a time, not 610 MB of answer (nor the 20 MB held at most)
    line = table[2].strip()
    assert (table[0], len(table[2].splitlines()), table[1]) == (1, 1, b""), table[2]
    assert line.endswith("the answer goes on past 20,000,000 bytes, the most kg reads; ask for fewer rows (--limit, "
                         "--graph), or, for a listing that large, raise KG_ENDPOINT_MAX_BYTES (bytes)")
    assert took < 300
    observe("csv: exit 0 within its deadline (--timeout 300), nothing on stderr, every row written as it came "
            "(the 2,000,001 lines are the bytes expected); kg's peak memory under 150 MB, for an answer of about "
            "610 MB: no byte limit applies to a streamed answer, only to what is held at once (its head, one row: "
            "20 MB here). The table, whose widths need every row, keeps the answer in a temporary file, at most "
            f"KG_ENDPOINT_MAX_BYTES: exit 1, `{line}`.")
    assert len(seen) == 2


def test_reliability_fault_endpoint_drips_one_byte_a_second(observe, hostile_server):
    """Issue 13, F10: a server that answers 200 and then sends its body one byte a second, with
    `KG_ENDPOINT_TIMEOUT=2`."""
    def drip(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", JSON_TYPE)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for byte in HEAD[:30]:  # 30 s at most
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(1.0)

    url, seen = hostile_server(drip)
    os.environ["KG_ENDPOINT_TIMEOUT"] = "2"
    try:
        started = time.monotonic()
        result = run_kg("query", "events", "--endpoint", url)
        took = time.monotonic() - started
    finally:
        del os.environ["KG_ENDPOINT_TIMEOUT"]

    line = one_line(result, 1)
    assert line == (f"error: {url}/query: no whole answer within 2 s, the request's deadline; not tried again; "
                    "check the server, or give it longer: KG_ENDPOINT_TIMEOUT sets the deadline in seconds")
    assert took < 3.5 and len(seen) == 1
    observe(f"exit 1 after 2 s (not one timeout per read: the deadline covers the whole request), one request, "
            f"not tried again: `{line}`.")


# ---- what a server says, on the terminal


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b1m\u202eevil"


def in_a_terminal(kg_process, *args) -> bytes:
    """What ``kg ARGS`` writes to a terminal (a pseudo-terminal as its stdout), within 60 s."""
    main, side = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "cli", *args], stdout=side, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, env=kg_process.env)
    kg_process.started.append(process)
    os.close(side)
    shown, until = b"", time.monotonic() + 60
    try:
        while time.monotonic() < until:
            ready, _, _ = select.select([main], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(main, 65536)
                except OSError:  # the terminal's other side closed: kg is done
                    break
                if not chunk:
                    break
                shown += chunk
            elif process.poll() is not None:
                break
    finally:
        os.close(main)
    process.wait(10)
    return shown


def test_reliability_attack_endpoint_escape_sequences(observe, hostile_server, kg_process, store_graph_files):
    """Issue 13, F11: escape sequences from a server (an OSC that retitles the terminal, clear screen,
    colours, a C1 CSI, a right-to-left override) in its error message, to `kg query` and `kg load`, and in a
    row printed to a terminal in every format."""
    url, _ = hostile_server(lambda handler: answer(handler, 400, f"bad {ESCAPES} query".encode(), "text/plain"))
    errors = [run_kg("query", "events", "--endpoint", url), run_kg("load", store_graph_files["shared"],
                                                                     "--endpoint", url)]
    row = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
        {"x": {"type": "literal", "value": f"Minsk {ESCAPES} Lagos"}}]}}).encode()
    rows_url, _ = hostile_server(lambda handler: answer(handler, 200, row))
    shown = {fmt: in_a_terminal(kg_process, "query", "SELECT ?x WHERE { ?x ?p ?o }", "--endpoint", rows_url,
                                "--format", fmt) for fmt in ("table", "csv", "json", "srj", "srx", "tsv")}

    lines = [one_line(result, 1) for result in errors]
    assert not any(CONTROL.search(line) or "\u202e" in line for line in lines)
    assert lines[0] == (f"error: {url}/query: the server answered 400 Bad Request: bad \ufffd\ufffd\ufffdred\ufffd"
                        "\ufffdevil query; the server rejected the request: see its message")
    for fmt, text in shown.items():
        text = text.decode("utf-8", "replace").replace("\r\n", "\n")
        assert "Minsk" in text and "Lagos" in text, (fmt, text)
        assert not CONTROL.search(text.replace("\t", " ")) and "\u202e" not in text, (fmt, text)
    observe(f"exit 1, one line each, every escape sequence and control character shown as U+FFFD: "
            f"`{lines[0]}`, and the load likewise; the row, printed to a terminal (a pseudo-terminal) in each of "
            "table, csv, json, srj, srx and tsv, holds no control character either (JSON escapes them itself; "
            "piped to a file or program, the others keep the bytes the server sent).")


def test_reliability_attack_endpoint_echoes_credentials_in_rows(observe, hostile_server, monkeypatch):
    """Issue 13, W16: a server that echoes the bearer token back in a result row: in a literal, an IRI and a
    blank node's name, printed in every format."""
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", TOKEN)
    row = json.dumps({"head": {"vars": ["said", "where", "who"]}, "results": {"bindings": [
        {"said": {"type": "literal", "value": f"your token is {TOKEN}"},
         "where": {"type": "uri", "value": f"https://evil.example/{TOKEN}"},
         "who": {"type": "bnode", "value": f"b{TOKEN}"}}]}}).encode()
    url, seen = hostile_server(lambda handler: answer(handler, 200, row))

    results = {fmt: run_kg("query", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", url, "--format", fmt)
               for fmt in ("table", "csv", "json", "srj", "srx", "tsv")}

    assert seen[0][2]["Authorization"] == f"Bearer {TOKEN}"  # the server did get it
    for fmt, result in results.items():
        assert result.exit_code == 0, result.stderr
        assert TOKEN not in result.stdout and "your token is ***" in result.stdout, (fmt, result.stdout)
    assert "https://evil.example/***" in results["csv"].stdout
    observe("exit 0 in every format (table, csv, json, srj, srx, tsv): the token appears in none; the literal "
            "reads `your token is ***`, the IRI `https://evil.example/***` (credentials are redacted in rows "
            "as in messages).")


# ---- credentials and deadlines no request can use


def test_reliability_fault_endpoint_unusable_credentials(observe, hostile_server, monkeypatch):
    """Issue 13, F12: `KG_ENDPOINT_TOKEN=$'S3cret\\r'` (a line end copied with it), a token with a character
    outside Latin-1, and a user name and a password holding a control character."""
    url, seen = hostile_server(lambda handler: answer(handler, 200, b""))
    secrets = {"KG_ENDPOINT_TOKEN": ["S3cret-TOKEN\r", "S3cret-\u20ac-TOKEN"],
               "KG_ENDPOINT_USER": ["ann\nSECRET-USER"], "KG_ENDPOINT_PASSWORD": ["pw\tSECRET-PASS"]}
    lines = []
    for name, values in secrets.items():
        for value in values:
            monkeypatch.setenv(name, value)
            if name == "KG_ENDPOINT_PASSWORD":
                monkeypatch.setenv("KG_ENDPOINT_USER", "ann")
            for args in (("query", "events"), ("load", "x.nt")):
                result = run_kg(*args, "--endpoint", url)
                line = one_line(result, 2)
                assert "SECRET" not in line and "S3cret" not in line
                lines.append(line)
            monkeypatch.delenv(name)
            monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)

    assert seen == []  # refused before any request
    assert lines[0] == ("error: KG_ENDPOINT_TOKEN: holds a control character (a tab, a line end or another; it is "
                        "not shown); set KG_ENDPOINT_TOKEN again without it, e.g. with printf '%s' or tr -d '\\r\\n'")
    observe(f"exit 2 (wrong usage) for each, with `kg query` and `kg load`, before any request (the server saw "
            f"none); one line that never shows the credential: `{lines[0]}`; `{lines[2]}`; the user name and "
            "the password likewise.")


def test_reliability_fault_endpoint_absurd_timeouts(observe, hostile_server, monkeypatch, tmp_path):
    """Issue 13, F13: `KG_ENDPOINT_TIMEOUT` of 1e10, -5, 0, nan and inf; `kg query --timeout` of 1e10, -1
    and nan."""
    url, seen = hostile_server(lambda handler: answer(handler, 200, b""))
    data = tmp_path / "empty.nt"
    data.write_text("<urn:a> <urn:b> <urn:c> .\n")
    lines = []
    for value in ("1e10", "-5", "0", "nan", "inf"):
        monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", value)
        lines.append(one_line(run_kg("query", "events", "--endpoint", url), 2))
    monkeypatch.delenv("KG_ENDPOINT_TIMEOUT")
    for value in ("1e10", "-1", "nan"):
        lines.append(one_line(run_kg("query", "entities", data, "--timeout", value), 2))

    assert seen == []
    assert lines[0] == ("error: KG_ENDPOINT_TIMEOUT: '1e10' is not a number of seconds above 0 and at most 86,400 "
                        "(a day); e.g. 60, or unset it for the default of 60")
    assert lines[5] == ("error: --timeout: 10000000000.0 is not a number of seconds from 0 to 86,400 (a day); "
                        "e.g. --timeout 300; 0 for no deadline")
    observe(f"exit 2 (wrong usage) for each, one line, no request sent: `{lines[0]}` (and the same for -5, 0, nan "
            f"and inf); `{lines[5]}` (and the same for -1 and nan).")


# ---- answers that are no SELECT results


def test_reliability_input_construct_query_everywhere(observe, hostile_server, tmp_path, store_graph_files):
    """Issue 13, W14: a CONSTRUCT query given to `kg query` over files, the embedded store and a server."""
    construct = tmp_path / "graph.rq"
    construct.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }\n")
    store = tmp_path / "store"
    assert run_kg("load", store_graph_files["shared"], "--store", store).exit_code == 0
    url, seen = hostile_server(lambda handler: answer(handler, 406, b"Not Acceptable", "text/plain"))

    lines = [one_line(run_kg("query", construct, *target), 2)
             for target in ([store_graph_files["shared"]], ["--store", store], ["--endpoint", url])]

    assert set(lines) == {f"error: {construct}: only SELECT queries can be run; rewrite it as a SELECT"}
    assert seen == []  # the server is not asked
    observe(f"exit 2 for each of files, store and server, the same line: `{lines[0]}`; the server is not asked.")


def test_reliability_fault_endpoint_answers_html_page(observe, hostile_server):
    """Issue 13, W15: a server (or a proxy in front of it) answering 200 with an HTML login page."""
    page = b"<!DOCTYPE html><html><body><form>Sign in</form></body></html>"
    url, seen = hostile_server(lambda handler: answer(handler, 200, page, "text/html; charset=utf-8"))

    line = one_line(run_kg("query", "events", "--endpoint", url), 1)

    assert line == (f"error: {url}/query: the server answered with an HTML page, not SPARQL results; check that the "
                    "URL is the server's SPARQL query URL (--endpoint, --query-url); a login page asks for "
                    "credentials: set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN, to the "
                    "server's credentials")
    observe(f"exit 1, one line that blames the answer, not the query: `{line}`.")
