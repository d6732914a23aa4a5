"""Reliability, stores and queries (issue 13): a damaged store, a query that never ends, RDF nested deep
enough to crash a parser, a query that calls a SERVICE, a parameter that is almost an IRI, a busy port
for `kg serve`, and article graphs that speak for other articles.

Each case says what it observed (the `observe` fixture); RELIABILITY.md shows it.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import time

import pyoxigraph as ox
from typer.testing import CliRunner

from cli import app
from tests.fixtures.reliability import one_line

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n"
NO_ROWS = json.dumps({"head": {"vars": ["o"]}, "results": {"bindings": []}}).encode()


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


# ---- a damaged store


def test_reliability_fault_damaged_store(observe, tmp_path, store_graph_files):
    """Issue 13, F6: a store whose index files are damaged (each `.sst` file cut to 100 bytes; then, in a
    second store, 64 bytes in the middle of each flipped), given to `kg stats`, `kg query --store` and
    `kg load`; then the rebuild the message asks for."""
    graph = store_graph_files["shared"]
    lines = {}
    for damage in ("truncated", "flipped"):
        store = tmp_path / damage
        assert run_kg("load", graph, "--store", store).exit_code == 0
        for sst in store.glob("*.sst"):
            if damage == "truncated":
                os.truncate(sst, 100)
            else:
                data = bytearray(sst.read_bytes())
                middle = len(data) // 3
                data[middle:middle + 64] = bytes(byte ^ 0xFF for byte in data[middle:middle + 64])
                sst.write_bytes(bytes(data))
        lines[damage] = [one_line(run_kg(*args), 1) for args in (
            ("stats", "--store", store), ("query", "entities", "--store", store), ("load", graph, "--store", store))]
    rebuilt = tmp_path / "new-store"
    loaded = run_kg("load", graph, "--store", rebuilt)
    queried = run_kg("query", "entities", "--store", rebuilt, "--format", "csv")

    for damage, found in lines.items():
        assert all(line.startswith(f"error: {tmp_path / damage}: is damaged: its files cannot be read (RocksDB: ")
                   and line.endswith("; rebuild it: kg load the converted files into a new store (kg load FILE... "
                                     "--store NEW), then use NEW, or move it to where this one was") for line in found)
    assert loaded.exit_code == 0 and queried.exit_code == 0 and "Russia" in queried.stdout
    observe(f"exit 1 for each of stats, query and load, one line naming the store: `{lines['truncated'][0]}`; "
            f"the flipped bytes: `{lines['flipped'][0]}`; `kg load` of the converted file into a new store, "
            "as the line says, gives a store that answers.")


# ---- a query that never ends


def test_reliability_fault_runaway_query(observe, tmp_path, kg_process, store_graph_files):
    """Issue 13, F7: a four-way cartesian product (hours of work) over a file and over the store, with
    `--timeout 2`, and stopped with Ctrl-C (SIGINT to the process group, as a terminal sends it)."""
    query = tmp_path / "cartesian.rq"
    query.write_text(CARTESIAN)
    store = tmp_path / "store"
    assert run_kg("load", store_graph_files["shared"], "--store", store).exit_code == 0
    targets = {"file": [store_graph_files["shared"]], "store": ["--store", store]}
    timed_out, interrupted = {}, {}
    for name, target in targets.items():
        started = time.monotonic()
        code, stdout, stderr, _ = kg_process.run("query", query, *target, "--timeout", "2", timeout=60)
        took = time.monotonic() - started
        assert (code, stdout, len(stderr.splitlines())) == (1, b"", 1) and took < 5, (stderr, took)
        timed_out[name] = stderr.strip()

        process = kg_process.start("query", query, *target, start_new_session=True)
        time.sleep(1.5)  # started, and deep in the query
        stopped = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)
        process.wait(10)
        took = time.monotonic() - stopped
        try:
            os.killpg(process.pid, 0)
            left = True  # the query's process outlived the command
        except ProcessLookupError:
            left = False
        stderr = process.stderr.read().decode()
        assert (process.returncode, left) == (130, False) and took < 1.0 and len(stderr.splitlines()) == 1, stderr
        interrupted[name] = stderr.strip()

    assert timed_out["file"] == (f"error: {query}: no answer within 2 s, the query's deadline; it was stopped; give it "
                                 "longer with --timeout SECONDS (0: none), or ask for fewer rows (--limit N, "
                                 "--graph IRI)")
    assert set(interrupted.values()) == {f"error: {query}: interrupted (Ctrl-C); the query was stopped"}
    observe(f"--timeout 2: exit 1 after 2 s over the file and the store alike, one line: `{timed_out['file']}`. "
            f"Ctrl-C: exit 130 within a second, no process left behind: `{interrupted['file']}`. The query "
            "runs in a child process (pyoxigraph cannot cancel one), killed at the deadline (60 s unless "
            "--timeout says) or at Ctrl-C.")


# ---- RDF nested deep enough to crash a parser


def test_reliability_input_rdf_nested_too_deep(observe, tmp_path, kg_process):
    """Issue 13, F15: a 75 KB JSON-LD file of objects nested 5,000 deep (pyoxigraph's JSON-LD parser alone
    crashes on it) and one nested 50,000 deep, Turtle with blank nodes nested 300 deep and collections 300
    deep (rdflib's parser recurses past Python's limit), and N-Triples with quoted triples nested 300 deep,
    given to `kg validate`, `kg query` and `kg load`."""
    def json_ld(depth):
        return '{"@id": "urn:a", "urn:p": ' * depth + '"x"' + "}" * depth
    files = {
        "deep.jsonld": json_ld(5000), "deeper.jsonld": json_ld(50_000),
        "blank.ttl": "<urn:a> <urn:p> " + "[ <urn:p> " * 300 + '"x"' + " ]" * 300 + " .\n",
        "list.ttl": "<urn:a> <urn:p> " + "( " * 300 + '"x"' + " )" * 300 + " .\n",
        "quoted.nt": "<< " * 300 + "<urn:a> <urn:b> <urn:c>" + " >> <urn:p> <urn:o>" * 300 + " .\n",
    }
    lines = {}
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text)
        started = time.monotonic()
        for args, code in ((("validate", path), 2), (("query", "entities", path), 1),
                           (("load", path, "--store", tmp_path / "store"), 1)):
            returned, stdout, stderr, _ = kg_process.run(*args, timeout=120)
            assert (returned, stdout, len(stderr.splitlines())) == (code, b"", 1), (name, args, stderr)
            assert "nests more than 64 levels deep" in stderr
            lines.setdefault(name, stderr.strip())
        assert time.monotonic() - started < 30
    assert not (tmp_path / "store").exists()
    hint = ("a parser recurses that deep (pyoxigraph's crashes), so it is refused unread; kg convert's files "
            "nest 8 levels at most: regenerate it with kg convert")
    assert lines["deep.jsonld"] == (f"error: {tmp_path}/deep.jsonld: nests more than 64 levels deep (JSON objects "
                                    f"and arrays within each other); {hint}")
    observe(f"exit 2 (validate: unreadable) or 1 (query, load), one line each, within seconds, no crash, "
            f"nothing loaded: `{lines['deep.jsonld']}`; the Turtle files: `{lines['blank.ttl']}`; the "
            f"N-Triples likewise (quoted triples). The nesting is counted before any parser sees a file "
            f"(tests/rdf/test_nesting.py keeps the parser's crash as a reproducer).")


# ---- SERVICE


def test_reliability_attack_query_calls_service(observe, tmp_path, hostile_server, store_graph_files):
    """Issue 13, F16: a query file calling `SERVICE <http://127.0.0.1:PORT/x>` (and one spelling it
    `servi\\u0043e`, which SPARQL decodes to SERVICE), over files and over the store; then with
    `--allow-service`."""
    url, seen = hostile_server(lambda handler: (handler.send_response(200),
                                                handler.send_header("Content-Type", "application/sparql-results+json"),
                                                handler.send_header("Content-Length", str(len(NO_ROWS))),
                                                handler.end_headers(), handler.wfile.write(NO_ROWS)))
    plain, hidden = tmp_path / "service.rq", tmp_path / "hidden.rq"
    plain.write_text(f"SELECT * WHERE {{ ?s ?p ?o . SERVICE <{url}/x> {{ ?s ?q ?o }} }}\n")
    hidden.write_text(f"SELECT * WHERE {{ ?s ?p ?o . servi\\u0043e <{url}/x> {{ ?s ?q ?o }} }}\n")
    commented = tmp_path / "commented.rq"
    commented.write_text("# no SERVICE here\nSELECT ?s WHERE { ?s a ?type . FILTER(?type != 'SERVICE') }\n")
    store = tmp_path / "store"
    assert run_kg("load", store_graph_files["shared"], "--store", store).exit_code == 0
    targets = {"files": [store_graph_files["shared"]], "store": ["--store", store]}

    lines = [one_line(run_kg("query", query, *target), 2) for query in (plain, hidden) for target in targets.values()]
    clean = [run_kg("query", commented, *target) for target in targets.values()]
    refused_requests = len(seen)
    allowed = [run_kg("query", plain, *target, "--allow-service") for target in targets.values()]

    assert refused_requests == 0 and all(result.exit_code == 0 for result in clean)
    assert lines[0] == (f"error: {plain}: calls SERVICE <{url}/x>, which would send a request from this machine to "
                        "that address; pass --allow-service to let it")
    assert all(result.exit_code == 0 for result in allowed) and len(seen) >= 2
    observe(f"exit 2 over files and the store alike, one line, and the server saw no request: `{lines[0]}`; the "
            "escaped spelling likewise (rdflib's parser reads the query: a SERVICE in a comment or a string is "
            "no call, and runs); with --allow-service the query runs and the server is asked.")


# ---- a parameter that is almost an IRI


def test_reliability_input_param_iri_that_is_not_valid(observe, store_graph_files):
    """Issue 13, W13: `--param article='https://a b/c'`: meant as an IRI, but with a space in it."""
    line = one_line(run_kg("query", "timeline", store_graph_files["shared"], "--param", "article=https://a b/c"), 2)

    assert line == ("error: --param article: the value 'https://a b/c' looks like an IRI but is not a valid one "
                    "(Invalid IRI code point ' '); write it as a valid IRI (a space as %20), e.g. "
                    "article=https://w3id.org/news-kg/id/article/belarus-2020-09-21")
    observe(f"exit 2 (wrong usage), one line, where it silently became a literal that matched nothing: `{line}`.")


# ---- kg serve on a busy port


def test_reliability_fault_serve_on_a_busy_port(observe, tmp_path, kg_process):
    """Issue 13, W11: `kg serve --bind 127.0.0.1:PORT` where another program listens on PORT."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        code, stdout, stderr, _ = kg_process.run("serve", "--store", tmp_path / "store", "--bind",
                                                 f"127.0.0.1:{port}", timeout=30)

    assert (code, stdout, len(stderr.splitlines())) == (1, b"", 1), stderr
    assert stderr == (f"error: --bind 127.0.0.1:{port}: port {port} is in use by another program; stop it, or "
                      f"give another port, e.g. --bind 127.0.0.1:{port + 1}\n")
    shown = stderr.strip().replace(f"{port + 1}", "PORT+1").replace(f"{port}", "PORT")
    observe(f"exit 1, one line naming the port asked for, before any \"serving\" line: `{shown}`.")


# ---- article graphs that speak for other articles


def test_reliability_attack_load_graphs_that_speak_for_other_articles(observe, tmp_path, store_graph_files):
    """Issue 13, W12: `kg load` of Turtle graphs beside a loaded article that shares Russia with them: one
    of the article itself with a foreign triple; one of a new article giving Russia a second label ("Evil
    Empire"), with and without `--no-validate`; one stating a fact about the loaded article's event; one
    saying the loaded article mentions an entity."""
    real = store_graph_files["shared"]
    text = real.read_text(encoding="utf-8")
    real_iri = "https://w3id.org/news-kg/id/article/russia-belarus-2020-09-22"
    forged = text.replace("article/russia-belarus-2020-09-22", "article/forged-2020-09-23")
    ru, label = "<https://w3id.org/news-kg/id/country/ru>", "<http://www.w3.org/2000/01/rdf-schema#label>"
    graphs = {
        "foreign": text + '\n<https://example.org/x> <https://example.org/p> "foreign" .\n',
        "label": forged + f'\n{ru} {label} "Evil Empire" .\n',
        "event": forged + f'\n<{real_iri}/event/0> <https://w3id.org/news-kg/ns#agent> {ru} .\n',
        "mention": forged + f"\n{ru} <https://w3id.org/news-kg/ns#mentionedIn> <{real_iri}> .\n",
    }
    store = tmp_path / "store"
    assert run_kg("load", real, "--store", store).exit_code == 0
    before = run_kg("query", "entities", "--store", store, "--format", "csv").stdout
    lines, reports = {}, {}
    for name, graph in graphs.items():
        path = tmp_path / f"{name}.ttl"
        path.write_text(graph, encoding="utf-8")
        for option in ((), ("--no-validate",)) if name != "foreign" else ((),):
            result = run_kg("load", path, "--store", store, *option)
            assert result.exit_code == 1 and result.stdout == "" and "Traceback" not in result.stderr, result.stderr
            *report, line = result.stderr.splitlines()
            lines[name, bool(option)] = line
            reports[name, bool(option)] = report
    after = run_kg("query", "entities", "--store", store, "--format", "csv").stdout
    anyway = run_kg("load", tmp_path / "foreign.ttl", "--store", store, "--no-validate")

    assert after == before  # nothing loaded: the store says of Russia what it said
    assert anyway.exit_code == 0, anyway.stderr  # a node of no article: the user's word lets it in
    assert lines["foreign", False] == (
        f"error: {tmp_path}/foreign.ttl: the graph of article {real_iri} speaks of <https://example.org/x>, which is "
        "neither this article's nor a shared entity; each article's graph speaks of its own nodes, and of shared "
        "entities as kg convert writes them; regenerate it with kg convert")
    assert reports["label", False][0].startswith("The graph does not conform to the news-kg shapes: 1 violation.")
    assert lines["label", True].startswith(f"error: {tmp_path}/label.ttl: article https://w3id.org/news-kg/id/article/"
                                           f"forged-2020-09-23 gives the shared {ru[:-1]}> the labels 'Evil Empire' "
                                           f"and 'Russia', where article {real_iri} (in {store}) gives it the label "
                                           "'Russia'; no article may change what another says of an entity")
    assert "speaks of <" + real_iri + "/event/0>, which is another article's" in lines["event", True]
    assert "mentions <https://w3id.org/news-kg/id/country/ru>: another article's word to give" in lines["mention", True]
    observe(f"exit 1 for each, and the store is as it was (its entities listing the same bytes): the foreign "
            f"triple: `{lines['foreign', False]}` (with --no-validate it loads, at the user's word: it changes no "
            f"article); the second label: the shapes' report and "
            f"`{lines['label', False]}`, and with --no-validate still `{lines['label', True]}`; the fact about the "
            f"loaded article's event: `{lines['event', True]}`; the mention: `{lines['mention', True]}` (these three "
            "whatever --no-validate says).")


def test_reliability_attack_load_through_a_server_graphs_that_speak_for_other_articles(observe, tmp_path,
                                                                                         store_graph_files,
                                                                                         oxigraph_server):
    """Issue 13, W12 over a SPARQL server: `kg load --endpoint` (Oxigraph's server) beside an article the server
    holds that shares Russia: a new article that calls Russia "Evil Empire" (a graph that conforms), one that
    gives it a second label with `--no-validate`, the first through `--update-url` and `--graph-store-url`
    with and without `--query-url`; then a reload of the held article and a second real article."""
    url = oxigraph_server
    real = store_graph_files["shared"]
    real_iri = "https://w3id.org/news-kg/id/article/russia-belarus-2020-09-22"
    triples = ox.serialize(ox.parse(path=str(real)), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    forged = triples.replace("article/russia-belarus-2020-09-22", "article/forged-2020-09-23")
    ru, label = "<https://w3id.org/news-kg/id/country/ru>", "<http://www.w3.org/2000/01/rdf-schema#label>"
    assert f'{ru} {label} "Russia" .' in forged
    renamed = tmp_path / "renamed.nt"
    renamed.write_text(forged.replace(f'{ru} {label} "Russia" .', f'{ru} {label} "Evil Empire" .'), encoding="utf-8")
    second = tmp_path / "second.nt"
    second.write_text(forged + f'{ru} {label} "Evil Empire" .\n', encoding="utf-8")
    urls = ["--update-url", f"{url}/update", "--graph-store-url", f"{url}/store"]
    assert run_kg("load", real, "--endpoint", url).exit_code == 0
    before = run_kg("query", "entities", "--endpoint", url, "--format", "csv").stdout

    refused = {"renamed": run_kg("load", renamed, "--endpoint", url),
               "second": run_kg("load", second, "--endpoint", url, "--no-validate"),
               "urls": run_kg("load", renamed, *urls, "--query-url", f"{url}/query")}
    no_query_url = run_kg("load", renamed, *urls)
    after = run_kg("query", "entities", "--endpoint", url, "--format", "csv").stdout
    reload = run_kg("load", real, "--endpoint", url)
    other = run_kg("load", store_graph_files["example"], "--endpoint", url)

    lines = {name: one_line(result, 1) for name, result in refused.items()}
    usage = one_line(no_query_url, 2)
    assert after == before  # nothing loaded: the server says of Russia what it said
    assert lines["renamed"] == (
        f"error: {renamed}: article https://w3id.org/news-kg/id/article/forged-2020-09-23 gives the shared "
        f"{ru[:-1]}> the label 'Evil Empire', where article {real_iri} (in {url}/query) gives it the label "
        "'Russia'; no article may change what another says of an entity; a shared entity's label, type and facts "
        "are the same in every article: fix the file, or regenerate it with kg convert")
    assert lines["urls"] == lines["renamed"]
    assert "gives the shared <https://w3id.org/news-kg/id/country/ru> the labels 'Evil Empire' and 'Russia', " \
           f"where article {real_iri} (in {url}/query)" in lines["second"]
    assert usage == ("error: no query URL: before it loads, kg load asks the server what its articles already say "
                     "of shared entities; give --query-url as well (the server's SPARQL query URL), or --endpoint "
                     "with the server's base URL")
    assert (reload.exit_code, other.exit_code) == (0, 0), reload.stderr + other.stderr
    observe(f"exit 1 for each, and the server is as it was (its entities listing the same bytes): the new name, "
            f"in a graph that conforms to the shapes: `{lines['renamed']}` (the server is asked with the packaged "
            f"query kg/sparql/shared_descriptions.rq, the nodes bound by a VALUES clause pyoxigraph writes and reads "
            f"back); the second label, with --no-validate: `{lines['second']}`; through --update-url and "
            f"--graph-store-url with --query-url, the same line; without --query-url, exit 2 before any file is "
            f"read: `{usage}`. A reload of the held article (it is not held to itself) and a second real article "
            f"sharing Russia, Belarus and Minsk load: exit 0.")
