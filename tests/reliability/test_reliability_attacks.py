"""Reliability, attacks: hostile query parameters, query names, files that ask for the network,
lexicons that ask for code, and servers that try to learn the credentials.

Each case says what it observed (the `observe` fixture); RELIABILITY.md shows it.
"""
from __future__ import annotations

import base64
import csv
import io
import json
import sys

from typer.testing import CliRunner

from cli import app

INJECTIONS = ['"} ; DROP ALL ; SELECT * {"', "Minsk\n# } ; DROP ALL ; SELECT * { #",
              "<http://x.example/> } ; DROP ALL ; SELECT * { <http://y.example/>"]
ECHO_RQ = ("# Parameters: ?value  any value: it is returned as given\n"
           "# Columns: value, triples\n"
           "SELECT ?value (COUNT(*) AS ?triples) WHERE { ?s ?p ?o } GROUP BY ?value\n")
TOKEN, USER, PASSWORD = "t0ken-SECRET-1", "ann", "pw-SECRET-2"
BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


def rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


# ---- query parameters


def test_reliability_attack_param_injection(observe, tmp_path, store_graph_files, oxigraph_server):
    """`kg query FILE.rq --param value=V` with V = `"} ; DROP ALL ; SELECT * {"`, a value with a newline
    and `#`, and an IRI-shaped one, over RDF files, the embedded store and a SPARQL server."""
    echo = tmp_path / "echo.rq"
    echo.write_text(ECHO_RQ, encoding="utf-8")
    data = store_graph_files["shared"]
    store = tmp_path / "store"
    assert run_kg("load", data, "--store", store).exit_code == 0
    assert run_kg("load", data, "--endpoint", oxigraph_server).exit_code == 0
    targets = {"files": [data], "store": ["--store", store], "server": ["--endpoint", oxigraph_server]}

    for name, target in targets.items():
        benign = run_kg("query", echo, *target, "--param", "value=Minsk", "--format", "csv")
        assert benign.exit_code == 0, benign.stderr
        triples = rows(benign.stdout)[0]["triples"]
        for value in INJECTIONS:
            result = run_kg("query", echo, *target, "--param", f"value={value}", "--format", "csv")
            assert result.exit_code == 0, result.stderr
            assert rows(result.stdout) == [{"value": value, "triples": triples}], name
        after = run_kg("query", echo, *target, "--param", "value=Minsk", "--format", "csv")
        assert after.stdout == benign.stdout  # nothing was dropped
    observe("exit 0 for every value over files, store and server: one row, the value returned verbatim as a "
            "literal and the same triple count as for `value=Minsk`; the data are all still there afterwards.")


def test_reliability_attack_param_injection_in_a_saved_query(observe, tmp_path, store_graph_files):
    """`kg query timeline --param article=V` (a saved query) with the injection values, over the store."""
    store = tmp_path / "store"
    assert run_kg("load", store_graph_files["shared"], "--store", store).exit_code == 0
    before = run_kg("query", "timeline", "--store", store, "--format", "csv")

    results = [run_kg("query", "timeline", "--store", store, "--param", f"article={value}", "--format", "csv")
               for value in INJECTIONS]

    assert all((result.exit_code, rows(result.stdout)) == (0, []) for result in results)
    assert run_kg("query", "timeline", "--store", store, "--format", "csv").stdout == before.stdout != ""
    observe("exit 0 and no rows for each (no article has that value as its IRI); the timeline is whole "
            "afterwards.")


def test_reliability_attack_update_as_a_query_file(observe, tmp_path, store_graph_files):
    """A query file holding `DROP ALL` (a SPARQL update), run with `kg query --store`."""
    store = tmp_path / "store"
    assert run_kg("load", store_graph_files["shared"], "--store", store).exit_code == 0
    before = run_kg("stats", "--store", store).stdout
    drop = tmp_path / "drop.rq"
    drop.write_text("DROP ALL\n")

    result = run_kg("query", drop, "--store", store)

    assert result.exit_code == 1 and result.stderr.startswith(f"error: {drop}: SPARQL syntax error: ")
    assert run_kg("stats", "--store", store).stdout == before
    observe(f"exit 1: `{result.stderr.strip()}`; the store is unchanged.")


def test_reliability_attack_graph_option_injection(observe, tmp_path, store_graph_files):
    """`--graph` with a value that tries to close the IRI: `urn:x> } ; DROP ALL ; SELECT * { <urn:y`."""
    store = tmp_path / "store"
    assert run_kg("load", store_graph_files["shared"], "--store", store).exit_code == 0

    result = run_kg("query", "events", "--store", store, "--graph", "urn:x> } ; DROP ALL ; SELECT * { <urn:y")

    assert result.exit_code == 2 and "is not an IRI" in result.stderr and len(result.stderr.splitlines()) == 1
    assert run_kg("query", "events", "--store", store, "--format", "csv").stdout.count("\n") > 1
    observe(f"exit 2: `{result.stderr.strip()}`; the store is unchanged.")


# ---- query names


NAMES = ["../../../../etc/passwd", "/etc/passwd", "..", "../queries/entities", "entities/../../x", "~/.ssh/id_rsa",
         "%2e%2e%2fetc%2fpasswd", "entities\x00.rq.txt"]


def test_reliability_attack_query_name_outside_the_query_folder(observe, tmp_path, monkeypatch, store_graph_files):
    """Query names that try to reach other files: `../../../../etc/passwd`, `/etc/passwd`, `..`,
    `../queries/entities`, `entities/../../x`, `~/.ssh/id_rsa`, URL-encoded dots, a NUL byte; and a
    file named `entities` in the working directory."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "entities").write_text("SELECT ('LOCAL FILE' AS ?x) {}\n")
    data = store_graph_files["shared"]

    results = [run_kg("query", name, data) for name in NAMES]
    saved = run_kg("query", "entities", data, "--format", "csv")
    explicit = tmp_path / "mine.rq"
    explicit.write_text("SELECT ('EXPLICIT' AS ?x) {}\n")
    given = run_kg("query", explicit, data, "--format", "csv")

    for name, result in zip(NAMES, results):
        assert result.exit_code == 2 and result.stderr.startswith(f"error: no saved query named {name!r}; ")
        assert result.stderr.count("\n") == 1
    assert saved.exit_code == 0 and "LOCAL FILE" not in saved.stdout
    assert given.stdout == "x\nEXPLICIT\n"
    observe(f"exit 2 (usage) for each name: `{results[0].stderr.strip()}` (and likewise); `entities` runs the saved "
            "query, not the local file; a path ending in .rq is read, as given.")


# ---- no network


# Runs kg with every connection, datagram and name lookup refused and logged. Creating a socket is
# allowed, so that an attempt shows up as the connection it tries (urllib3, imported by trafilatura,
# creates an IPv6 socket at import time to probe for IPv6 support, and connects nowhere).
NETWORK_GUARD = r"""
import os, sys
LOG = os.environ["KG_TEST_NETWORK_LOG"]
BLOCKED = {"socket.connect", "socket.connect_ex", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto",
           "socket.sendmsg", "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}
def guard(event, args):
    if event in BLOCKED:
        with open(LOG, "a") as log:
            log.write(f"{os.getpid()} {event} {args!r}\n")
        raise OSError(f"the test disabled the network ({event})")
sys.addaudithook(guard)  # inherited by the forked workers
sys.argv = ["kg", *sys.argv[1:]]
import cli
cli.main()
"""


def test_reliability_attack_convert_opens_no_network_connection(observe, tmp_path, kg_process, scripted_server):
    """`kg convert` with 2 workers of a text article, a JSON Lines record and a web page full of remote
    references (DTD, stylesheet, script, image, iframe, base, meta refresh, @import) to a loopback server,
    with every connection, datagram and name lookup refused and logged (an audit hook)."""
    url, seen = scripted_server((200, b"REMOTE-CONTENT", {}))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Protesters march in Lagos\nMarch 2, 2021\n\nLAGOS, Nigeria — Police detained "
                                  f"20 protesters in Lagos, police said. See {url}/more.\n", encoding="utf-8")
    (corpus / "b.jsonl").write_text(json.dumps({"id": "b", "title": "Loan", "published": "2020-09-21",
                                                "url": f"{url}/b", "text": "Russia lent Belarus $1.5 billion."})
                                    + "\n", encoding="utf-8")
    (corpus / "c.html").write_text(
        f'<!DOCTYPE html SYSTEM "{url}/x.dtd"><html><head><base href="{url}/"><title>Rain in Lagos</title>'
        f'<meta http-equiv="refresh" content="0; url={url}/r"><link rel="stylesheet" href="{url}/s.css">'
        f'<script src="{url}/s.js"></script><style>@import url("{url}/i.css");</style>'
        f'<link rel="canonical" href="{url}/c"><meta property="article:published_time" content="2021-03-02">'
        f'</head><body><article><p>LAGOS, Nigeria - It rained in Lagos on Monday, police said.</p>'
        f'<img src="{url}/i.png"><iframe src="{url}/f"></iframe><object data="{url}/o"></object></article>'
        "</body></html>", encoding="utf-8")
    log = tmp_path / "network.log"
    kg_process.env = {**kg_process.env, "KG_TEST_NETWORK_LOG": str(log)}
    kg_process.command = [sys.executable, "-c", NETWORK_GUARD]

    code, stdout, stderr, _ = kg_process.run("convert", corpus, "--jobs", "2", "--format", "nquads", "-q")

    assert code == 0, stderr
    assert len({line.split()[-2] for line in stdout.decode().splitlines()}) == 3  # three article graphs
    assert not log.exists(), log.read_text()
    assert seen == [] and b"REMOTE-CONTENT" not in stdout
    observe("exit 0: the three articles converted; no connection was tried and no name looked up (the audit "
            "log is empty); the loopback server named in them saw no request.")


def test_reliability_attack_json_ld_remote_context(observe, tmp_path, scripted_server):
    """A JSON-LD file whose `@context` is a URL (on a loopback server), given to `kg validate`, `kg query`
    and `kg load`."""
    url, seen = scripted_server((200, json.dumps({"@context": {"name": "http://schema.org/name"}}).encode(),
                                 {"Content-Type": "application/ld+json"}))
    evil = tmp_path / "evil.jsonld"
    evil.write_text(json.dumps({"@context": f"{url}/context.jsonld", "@id": "http://x.example/a", "name": "A"}))

    results = [run_kg("validate", evil), run_kg("query", "entities", evil),
               run_kg("load", evil, "--store", tmp_path / "store")]

    for result in results:
        assert result.exit_code in (1, 2) and result.stderr == (
            f"error: {evil}: names a remote JSON-LD @context, which is never fetched; put the context in "
            "the file itself, as kg convert writes it\n")
    assert seen == []
    observe(f"exit 2 (validate, unreadable) or 1: `{results[0].stderr.strip()}`; the server saw no request.")


# ---- user lexicons


def test_reliability_attack_lexicon_yaml_code_execution(observe, tmp_path, monkeypatch):
    """A `--lexicon` YAML file with a `!!python/object/apply:os.system` tag that would create a file."""
    monkeypatch.chdir(tmp_path)
    lexicon = tmp_path / "evil.yaml"
    lexicon.write_text('organizations: !!python/object/apply:os.system ["touch PWNED"]\n')
    article = tmp_path / "a.txt"
    article.write_text("Lagos\nMarch 2, 2021\n\nPolice said it rained.\n")

    result = run_kg("convert", article, "--lexicon", lexicon)

    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1 and result.stdout == ""
    assert not (tmp_path / "PWNED").exists()
    observe(f"exit 1 before any article is read: `{result.stderr.strip()}`; no code ran.")


def test_reliability_attack_lexicon_yaml_alias_bomb(observe, tmp_path):
    """A `--lexicon` YAML "billion laughs": nine levels of aliases, each nine times the one before."""
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    lexicon = tmp_path / "bomb.yaml"
    lexicon.write_text("\n".join(levels) + "\norganizations: *a8\n")
    article = tmp_path / "a.txt"
    article.write_text("Lagos\nMarch 2, 2021\n\nPolice said it rained.\n")

    result = run_kg("convert", article, "--lexicon", lexicon)

    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1 and result.stdout == ""
    observe(f"exit 1 at once: `{result.stderr.strip()}`.")


# ---- control characters for the terminal


def test_reliability_attack_terminal_escapes(observe, tmp_path):
    """An escape sequence (ESC [2J, clear screen) in an article's JSON text, and in a label of an RDF
    file given to `kg query` (table output)."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "title": "Lagos", "published": "2021-03-02",
                                "text": "Police \u001b[2J detained 20 protesters in Lagos, police said."}) + "\n")
    graph = tmp_path / "labels.ttl"
    graph.write_text('<urn:x> a <https://w3id.org/news-kg/ns#Country> ; '
                     '<http://www.w3.org/2000/01/rdf-schema#label> "Ru\\u001b[2Jssia" .\n')

    converted = run_kg("convert", feed)
    queried = run_kg("query", "entities", graph)

    assert converted.exit_code == 1 and "control character (U+001B)" in converted.stderr
    assert queried.exit_code == 0 and "\x1b" not in queried.stdout and "Ru\ufffd[2Jssia" in queried.stdout
    observe(f"convert: exit 1: `{converted.stderr.strip()}`; query: exit 0, the table shows `Ru\ufffd[2Jssia` "
            "(the escape replaced).")


# ---- credentials


def test_reliability_attack_credentials_never_shown(observe, tmp_path, scripted_server, monkeypatch, unused_port,
                                                    store_graph_files):
    """Credentials in KG_ENDPOINT_TOKEN / KG_ENDPOINT_USER + KG_ENDPOINT_PASSWORD, and a server that echoes
    them in its error (400), refuses them (401), redirects elsewhere (302), or is down; and a URL holding
    `user:password@`. Everything kg prints or writes is searched for them."""
    monkeypatch.setattr("kg.store.endpoint.RETRY_BACKOFF", 0.0)
    out = tmp_path / "out"
    outputs, sent = [], []
    modes = [({"KG_ENDPOINT_TOKEN": TOKEN}, f"Bearer {TOKEN}", TOKEN),
             ({"KG_ENDPOINT_USER": USER, "KG_ENDPOINT_PASSWORD": PASSWORD}, f"Basic {BASIC} / {PASSWORD}", PASSWORD)]
    for credentials, header, secret in modes:
        for name, value in credentials.items():
            monkeypatch.setenv(name, value)
        # What a server could echo: the header it was sent, and the secret in its messages and redirects.
        servers = [scripted_server((400, f"bad header: {header}".encode(), {})),
                   scripted_server((401, f"wrong password {secret}".encode(), {})),
                   scripted_server((302, b"", {"Location": f"https://elsewhere.example/{secret}?k={secret}"})),
                   (f"http://127.0.0.1:{unused_port}", [])]
        for url, _ in servers:
            outputs.append(run_kg("query", "events", "--endpoint", url))
            outputs.append(run_kg("load", store_graph_files["shared"], "--endpoint", url))
            outputs.append(run_kg("convert", store_graph_files["shared"].with_suffix(".txt"), "--load",
                                  "--endpoint", url, "-o", f"{out}/"))
        sent += [headers.get("Authorization") for _, seen in servers for _, _, headers, _ in seen]
        for name in credentials:
            monkeypatch.delenv(name)
    outputs.append(run_kg("query", "events", "--endpoint", f"http://{USER}:{PASSWORD}@127.0.0.1:7878"))

    assert f"Bearer {TOKEN}" in sent and f"Basic {BASIC}" in sent  # the server did get them
    shown = "".join(result.stdout + result.stderr for result in outputs)
    shown += "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    leaked = [secret for secret in (TOKEN, PASSWORD, BASIC) if secret in shown]
    assert leaked == [] and all(result.exit_code in (1, 2) for result in outputs)
    assert "bad header: Bearer ***;" in shown and "bad header: Basic *** / ***;" in shown
    observe(f"{len(outputs)} runs, each exit 1 or 2 with one line; the token, the password and their base64 "
            "form appear in no output and no file (an echoing server's message reads `bad header: Bearer ***` or "
            "`bad header: Basic *** / ***`); a URL with credentials is refused without being repeated.")
