"""Shared pytest fixtures."""
from __future__ import annotations

import http.server
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from kg.facts import Amount, Article, Count, Entity, Event, Facts, Paragraph, Role, Sentence
from kg.resources import ontology_text

SAMPLE_SENTENCES = (
    "More than 100,000 protesters marched through Minsk to Independence Square on Sept. 20 "
    "against President Alexander Lukashenko.",
    "Russia agreed to give Belarus a loan of about $1.5 billion, Finance Minister Anton Siluanov said.",
    "Riot police detained at least 250 protesters, the human rights group Viasna said.",
    "The Ministry of Internal Affairs said 442 protesters were detained.",
    "In August the European Union vowed to impose sanctions on Belarus.",
    "Lukashenko said in 2020 that he would not step down.",
    "It rained.",
)


def _sample_facts() -> Facts:
    """One small article whose facts use every slot of the vocabulary.

    Sentence 6 is cited by no event, so it must not appear in the graph.
    """
    headline = "Russia lends Belarus $1.5 billion"
    body = " ".join(SAMPLE_SENTENCES)
    text = f"{headline}\nSeptember 21, 2020\n\nMINSK, Belarus — {body}\n"
    sentences = []
    for index, sentence in enumerate(SAMPLE_SENTENCES):
        start = text.index(sentence)
        sentences.append(Sentence(index, start, start + len(sentence), sentence, paragraph=1))
    body_start = text.index("MINSK")
    article = Article(
        id="sample-2020-09-21",
        headline=headline,
        published=date(2020, 9, 21),
        text=text,
        paragraphs=(Paragraph(0, len(headline), is_heading=True), Paragraph(body_start, len(text) - 1)),
        source="tests/sample-2020-09-21.txt",
        dateline="MINSK, Belarus",
        url="https://example.org/news/sample 2020-09-21",
    )
    entities = (
        Entity("person/alexander-lukashenko", "Alexander Lukashenko", "Person",
               ("President Alexander Lukashenko", "Lukashenko")),
        Entity("person/anton-siluanov", "Anton Siluanov", "Person", ("Finance Minister Anton Siluanov",)),
        Entity("country/RU", "Russia", "Country"),
        Entity("country/BY", "Belarus", "Country", ("the government",)),
        Entity("city/minsk", "Minsk", "City"),
        Entity("place/independence-square", "Independence Square", "Place"),
        Entity("organization/viasna", "Viasna", "Organization", ("the human rights group Viasna",)),
        Entity("organization/ministry-of-internal-affairs", "Ministry of Internal Affairs", "Organization"),
        Entity("organization/european-union", "European Union", "Organization", ("EU",)),
        Entity("group/protesters", "protesters", "Group"),
        Entity("group/riot-police", "riot police", "Group", ("Riot police",)),
    )
    roles = (
        Role("person/anton-siluanov", "Finance Minister", "country/RU"),
        Role("person/alexander-lukashenko", "President", "country/BY"),
        Role("person/alexander-lukashenko", "veteran leader"),
    )
    events = (
        Event("Protest", 0, "marched", agents=("group/protesters",),
              targets=("person/alexander-lukashenko",),
              places=("city/minsk", "place/independence-square"), date="2020-09-20",
              count=Count(100000, "more than")),
        Event("Loan", 1, "loan", agents=("country/RU",), targets=("country/BY",),
              sources=("person/anton-siluanov",),
              amount=Amount(Decimal("1.5E+9"), "USD", "about")),
        Event("Arrest", 2, "detained", agents=("group/riot-police",), targets=("group/protesters",),
              places=("city/minsk",), sources=("organization/viasna",), date="2020-09-20",
              count=Count(250, "at least")),
        Event("Arrest", 3, "detained", targets=("group/protesters",), places=("city/minsk",),
              sources=("organization/ministry-of-internal-affairs",), date="2020-09-20",
              count=Count(442)),
        Event("Sanction", 4, "sanctions", status="planned", agents=("organization/european-union",),
              targets=("country/BY",), date="2020-08"),
        Event("Statement", 5, "said", agents=("person/alexander-lukashenko",), date="2020"),
    )
    return Facts(article=article, sentences=tuple(sentences), entities=entities, roles=roles,
                 events=events, extractor="news-kg", extractor_version="0.1.0")


@pytest.fixture
def sample_facts() -> Facts:
    """Hand-made `Facts` covering every slot: see `_sample_facts`."""
    return _sample_facts()


# ---- the ontology, the shapes and their contract, docs/vocabulary.md

VOCABULARY = Path(__file__).parent.parent / "docs" / "vocabulary.md"


@pytest.fixture(scope="session")
def ontology_graph() -> Graph:
    """``ontology/news.ttl``, parsed."""
    return Graph().parse(data=ontology_text("news"), format="turtle")


@pytest.fixture(scope="session")
def shapes_graph() -> Graph:
    """``ontology/shapes.ttl``, parsed."""
    return Graph().parse(data=ontology_text("shapes"), format="turtle")


def _table_rows(heading: str) -> list[list[str]]:
    """The body rows of the first Markdown table under `heading`, as cells."""
    section = VOCABULARY.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row] for row in rows[2:]]


@pytest.fixture(scope="session")
def vocabulary_classes() -> list[str]:
    """The class each row of the vocabulary's resource table types its nodes with, as a CURIE."""
    return [re.search(r"`(\w+:\w+)`", row[2]).group(1) for row in _table_rows("## Resources")]


@pytest.fixture(scope="session")
def vocabulary_event_types() -> dict[str, str | None]:
    """Event class name -> CAMEO code (None where the table says none)."""
    return {name: None if code.startswith("(") else code for name, code in _table_rows("## Event types")}


DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: the project's own copies of articles, gold files and goldens."""
    return DATA_DIR


@pytest.fixture(scope="session")
def example_article():
    """The example article the product was specified with, as read."""
    from kg.read.text import read_article

    return read_article(DATA_DIR / "articles" / "belarus-2020-09-21.txt")


# ---- the convert pipeline and the CLI (tests/test_pipeline.py, tests/test_cli.py)

EXAMPLE_ARTICLE = DATA_DIR / "articles" / "belarus-2020-09-21.txt"
SECOND_ARTICLE = DATA_DIR / "articles" / "voa-6202743.txt"
TINY_ARTICLE = ("Protesters march in Lagos\nMarch 2, 2021\n\n"
                "LAGOS, Nigeria — Thousands of protesters marched through Lagos on Monday, police said.\n")


@pytest.fixture(scope="session")
def converted_articles():
    """`kg.pipeline.convert_article` of the example and a second article, by file stem (validated)."""
    from kg.pipeline import convert_article

    return {path.stem: convert_article(path) for path in (EXAMPLE_ARTICLE, SECOND_ARTICLE)}


@pytest.fixture
def tiny_articles(tmp_path):
    """A function writing a short valid article as ``tmp_path/<name>.txt`` and returning its path."""

    def write(name: str = "tiny", text: str = TINY_ARTICLE) -> Path:
        path = tmp_path / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


BROKEN_EVENT = "/event/99"
"""The IRI suffix (after the article IRI) of the empty event `broken_graphs` adds."""


@pytest.fixture
def broken_graphs(monkeypatch):
    """A function making `kg.pipeline` build graphs that break the shapes.

    ``broken_graphs("a", "b")`` breaks the graphs of articles ``a`` and ``b``,
    ``broken_graphs()`` every graph, by adding an empty nkg:Event at
    ``<article IRI>/event/99``; it returns that suffix, `BROKEN_EVENT`.
    """
    from rdflib import RDF, URIRef

    import kg.pipeline
    from kg.rdf.namespace import NKG

    build = kg.pipeline.build_graph

    def install(*article_ids: str) -> str:
        def broken(facts):
            graph = build(facts)
            if not article_ids or facts.article.id in article_ids:
                graph.add((URIRef(f"{graph.identifier}{BROKEN_EVENT}"), RDF.type, NKG.Event))
            return graph

        monkeypatch.setattr(kg.pipeline, "build_graph", broken)
        return BROKEN_EVENT

    return install


# ---- golden files (tests/test_golden.py)

def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens", action="store_true", default=False,
        help="rewrite tests/data/expected/*.ttl from the current output instead of comparing "
             "(`make goldens`; read the diff before committing; CI never passes it)",
    )


@pytest.fixture(scope="session")
def update_goldens(request) -> bool:
    """Whether this run rewrites the golden files instead of comparing with them."""
    return bool(request.config.getoption("--update-goldens"))


# ---- triple stores and SPARQL servers (tests/test_store.py, test_endpoint.py, test_serve.py)

SHARED_ENTITY_ARTICLE = (
    "Russia lends Belarus $1 billion\nSeptember 22, 2020\n\n"
    "MOSCOW, Russia — Russia agreed to give Belarus a loan of $1 billion, the Finance Ministry said on "
    "Tuesday. Police detained 20 protesters in Minsk.\n")
"""A second article that names Russia, Belarus and Minsk, as the example article does."""


@pytest.fixture(scope="session")
def store_graph_files(tmp_path_factory, converted_articles):
    """Turtle files kg convert would write: ``example`` (the example article) and ``shared``
    (`SHARED_ENTITY_ARTICLE`, sharing entities with it), by name."""
    from kg.pipeline import convert_article
    from kg.rdf.write import write_graph

    directory = tmp_path_factory.mktemp("graphs")
    article = directory / "russia-belarus-2020-09-22.txt"
    article.write_text(SHARED_ENTITY_ARTICLE, encoding="utf-8")
    files = {}
    for name, converted in (("example", converted_articles["belarus-2020-09-21"]),
                            ("shared", convert_article(article))):
        files[name] = directory / f"{converted.facts.article.id}.ttl"
        write_graph(converted.graph, files[name], graph_name=converted.iri)
    return files


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 right now."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def unused_port() -> int:
    """A loopback port where nothing listens: a server that is down."""
    return free_port()


def wait_until_answers(url: str, process=None, seconds: float = 15.0) -> None:
    """Poll `url` until it answers (any HTTP status); fail after `seconds` or if `process` exits."""
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        if process is not None and process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}: {process.stderr.read()!r}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{url} did not answer within {seconds} s")
            time.sleep(0.05)


def stop_by_pid(process) -> None:
    """Kill a server by its PID and reap it (Oxigraph has no graceful stop; committed data survives)."""
    import os
    import signal

    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def clean_endpoint_env(monkeypatch):
    """No proxy for loopback requests and no credentials or timeout from the developer's environment."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                 "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN", "KG_ENDPOINT_TIMEOUT",
                 "KG_STORE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server_process(clean_endpoint_env):
    """A function starting a server process (a command line) and waiting, bounded, until `url`
    answers; it returns the `subprocess.Popen`. Every one is stopped by its PID afterwards."""
    import subprocess

    started = []

    def start(command: list[str], url: str, **popen):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
        started.append(process)
        wait_until_answers(url, process)
        return process

    yield start
    for process in started:
        stop_by_pid(process)


@pytest.fixture
def oxigraph_server(tmp_path, server_process):
    """A real ``oxigraph serve`` (from the oxigraph package) on a free loopback port, over a new
    store in tmp_path; its base URL. Stopped by its PID afterwards."""
    from kg.errors import StoreError
    from kg.store.serve import oxigraph_executable

    try:
        executable = oxigraph_executable()
    except StoreError as error:
        pytest.skip(f"the oxigraph server is not installed ({error.message})")
    base = f"http://127.0.0.1:{free_port()}"
    server_process([str(executable), "serve", "--location", str(tmp_path / "server-store"),
                    "--bind", base.removeprefix("http://")], f"{base}/query?query=ASK%7B%7D")
    return base


@pytest.fixture
def scripted_server(clean_endpoint_env):
    """A function starting a loopback HTTP server that answers requests with scripted
    ``(status, body, headers)`` replies (the last one repeats); it returns the base URL and
    the list of requests seen as ``(method, path, headers)``."""

    servers = []

    def start(*replies):
        seen = []

        class Handler(_QuietHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                seen.append((self.command, self.path, dict(self.headers)))
                status, body, headers = replies[min(len(seen), len(replies)) - 1]
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return _serve_on_loopback(Handler, servers), seen

    yield start
    _stop_servers(servers)


# ---- reliability cases (tests/test_reliability_*.py) and the table of RELIABILITY.md
#
# A reliability case is a test that tries one bad input, fault or attack and says what it
# observed with the `observe` fixture. Each case is a row of RELIABILITY.md: its name, what it
# tries (its docstring's first line), what it observed and whether it passed. The rows come from
# running the cases: `make reliability` (pytest --update-reliability) rewrites the file, and
# tests/test_reliability_table.py fails when a row no longer says what its case observes.

RELIABILITY_MD = Path(__file__).parent.parent / "RELIABILITY.md"
RELIABILITY_SECTIONS = {"input": "Bad input", "property": "Property tests", "fault": "Faults",
                        "attack": "Attacks"}
RELIABILITY_PREFIX = "test_reliability_"

_addoption_before_reliability = pytest_addoption


def pytest_addoption(parser):  # noqa: F811 - extends the options above
    _addoption_before_reliability(parser)
    parser.addoption(
        "--update-reliability", action="store_true", default=False,
        help="rewrite RELIABILITY.md from what the reliability cases observe in this run "
             "(`make reliability`; CI never passes it)")


class ReliabilityCase:
    """One reliability case of this session: where its row goes and what it observed."""

    def __init__(self, item):
        self.nodeid = item.nodeid
        self.name = item.name[len(RELIABILITY_PREFIX):]
        self.section = RELIABILITY_SECTIONS[self.name.split("_", 1)[0]]
        doc = (getattr(item, "function", None).__doc__ or "").strip()
        self.tried = " ".join(doc.split("\n\n", 1)[0].split()) or "(no docstring)"
        self.observed: list[str] = []
        self.outcome = "not run"

    def row(self) -> str:
        """The case's Markdown table row."""
        cells = [f"`{self.name}`", self.tried, " ".join(self.observed) or "(nothing observed)", self.outcome]
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


class ReliabilityLog:
    """The reliability cases collected in this session, by node id, in collection order."""

    path = RELIABILITY_MD
    sections = tuple(RELIABILITY_SECTIONS.values())

    def __init__(self):
        self.cases: dict[str, ReliabilityCase] = {}
        self.all_files = False
        """Whether every tests/test_reliability_*.py file was collected (then the table can be whole)."""


_RELIABILITY = ReliabilityLog()


def pytest_collection_modifyitems(session, config, items):
    """Register the reliability cases, and run the table check after all of them."""
    for item in items:
        if "observe" in getattr(item, "fixturenames", ()) and item.name.startswith(RELIABILITY_PREFIX):
            _RELIABILITY.cases[item.nodeid] = ReliabilityCase(item)
    files = {Path(str(item.fspath)).name for item in items}
    _RELIABILITY.all_files = {path.name for path in Path(__file__).parent.glob("test_reliability_*.py")} <= files
    last = [item for item in items if item.get_closest_marker("reliability_table")]
    items[:] = [item for item in items if item not in last] + last


def pytest_configure(config):
    config.addinivalue_line("markers", "reliability_table: checks (or rewrites) RELIABILITY.md; runs last")


def pytest_runtest_logreport(report):
    case = _RELIABILITY.cases.get(report.nodeid)
    if case is None:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        if hasattr(report, "wasxfail"):
            case.outcome = "known bug (xfail)"
        elif report.passed:
            case.outcome = "pass"
        elif report.skipped:
            case.outcome = "skipped"
        else:
            case.outcome = "FAIL"
            crash = getattr(report.longrepr, "reprcrash", None)
            if crash is not None:
                case.observed.append("Failed: " + " ".join(crash.message.split())[:300])


_PORT = re.compile(r"(127\.0\.0\.1|localhost):(?!7878\b)\d+")  # 7878: kg serve's own port, in hints


@pytest.fixture
def observe(request, tmp_path_factory):
    """A function recording what a reliability case observed: one sentence a call, for its row.

    Temporary paths become ``<tmp>``, loopback ports ``PORT`` and line breaks ``⏎``, so that
    the row is the same on every machine and every run.
    """
    case = _RELIABILITY.cases.get(request.node.nodeid)
    base = re.compile(re.escape(str(tmp_path_factory.getbasetemp())) + r"/[^/\s'\"]+")

    def record(text: str) -> None:
        text = _PORT.sub(r"\1:PORT", base.sub("<tmp>", str(text)))
        sentence = " ⏎ ".join(line.strip() for line in text.strip().splitlines())
        if case is not None:
            case.observed.append(sentence)

    return record


@pytest.fixture
def reliability_log() -> ReliabilityLog:
    """The reliability cases of this session, with what each observed."""
    return _RELIABILITY


@pytest.fixture(scope="session")
def update_reliability(request) -> bool:
    """Whether this run rewrites RELIABILITY.md instead of checking it."""
    return bool(request.config.getoption("--update-reliability"))


class KgProcesses:
    """`kg` run as a separate process, as a shell runs it: for kills, resource limits and peak memory.

    Every process started is killed (by its PID) and reaped at the end of the test.
    """

    def __init__(self, env: dict[str, str]):
        import sys

        self.command = [sys.executable, "-m", "cli"]
        self.env = env
        self.started = []

    def start(self, *args, stdin=None, file_size_limit: int | None = None, **popen):
        """Start ``kg ARGS``; stdout and stderr are pipes. `file_size_limit` (bytes) makes larger
        writes fail with EFBIG, as a full disk fails them."""
        import resource
        import subprocess

        def limit():
            if file_size_limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

        process = subprocess.Popen(self.command + [str(arg) for arg in args],
                                   stdin=subprocess.DEVNULL if stdin is None else stdin,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env,
                                   preexec_fn=limit, **popen)
        self.started.append(process)
        return process

    # A process's peak memory (ru_maxrss) starts from what its parent held when it forked, so `run`
    # starts kg from a small Python process, which reports kg's own peak to a file.
    _MEASURED = ("import os, sys\n"
                 "pid = os.fork()\n"
                 "if pid == 0:\n"
                 "    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])\n"
                 "_, status, usage = os.wait4(pid, 0)\n"
                 "with open(os.environ['KG_TEST_PEAK_FILE'], 'w') as out:\n"
                 "    out.write(str(usage.ru_maxrss))\n"
                 "sys.exit(os.waitstatus_to_exitcode(status))\n")

    def run(self, *args, input: bytes | None = None, timeout: float = 120, **options):
        """Run ``kg ARGS`` to its end: (exit code, stdout bytes, stderr text, kg's peak memory in MB)."""
        import os
        import subprocess
        import sys
        import tempfile
        import threading

        descriptor, peak_file = tempfile.mkstemp(prefix="kg-peak-")
        os.close(descriptor)
        command, env = self.command, self.env
        self.command = [sys.executable, "-c", self._MEASURED, *self.command[1:]]
        self.env = {**self.env, "KG_TEST_PEAK_FILE": peak_file}
        try:
            process = self.start(*args, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                                 **options)
        finally:
            self.command, self.env = command, env
        out: dict[str, bytes] = {}
        readers = [threading.Thread(target=lambda name=name, stream=stream: out.__setitem__(name, stream.read()))
                   for name, stream in (("stdout", process.stdout), ("stderr", process.stderr))]
        for reader in readers:
            reader.start()
        if input is not None:
            try:
                process.stdin.write(input)
            except BrokenPipeError:  # it stopped reading: what it read decided
                pass
            finally:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass
        process.wait(timeout)
        for reader in readers:
            reader.join(timeout)
        with open(peak_file) as measured:
            peak = int(measured.read() or 0) / 1024
        os.unlink(peak_file)
        return process.returncode, out["stdout"], out["stderr"].decode("utf-8", "replace"), peak

    def stop_all(self) -> None:
        for process in self.started:
            if process.returncode is None and process.poll() is None:
                stop_by_pid(process)
            for stream in (process.stdin, process.stdout, process.stderr):
                if stream is not None:
                    stream.close()


@pytest.fixture
def kg_process(clean_endpoint_env):
    """A `KgProcesses`: ``kg_process.run("convert", ...)`` and ``kg_process.start(...)``, in a
    clean environment (no proxy, no credentials, no KG_STORE)."""
    import os

    processes = KgProcesses(dict(os.environ))
    yield processes
    processes.stop_all()


@pytest.fixture
def slow_server(clean_endpoint_env):
    """A function starting a loopback HTTP server that waits `seconds` before every answer (a
    busy or hung SPARQL server); it returns the base URL and the list of request paths seen."""
    import time

    servers = []

    def start(seconds: float):
        seen = []

        class Handler(_QuietHandler):
            def _answer(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen.append(self.path)
                time.sleep(seconds)
                try:
                    self.send_response(204)
                    self.end_headers()
                except OSError:  # the client gave up first
                    pass

        return _serve_on_loopback(Handler, servers), seen

    yield start
    _stop_servers(servers)


class _QuietHandler(http.server.BaseHTTPRequestHandler):
    """A fake server's handler: GET, POST and PUT all go to `_answer`; nothing is logged."""

    def _answer(self):
        raise NotImplementedError

    def do_GET(self):
        self._answer()

    do_POST = do_PUT = do_GET

    def log_message(self, *args):
        pass


def _serve_on_loopback(handler, servers: list) -> str:
    """Start a threaded HTTP server for `handler` on a free loopback port; its base URL."""
    import threading

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    servers.append(server)
    return f"http://127.0.0.1:{server.server_address[1]}"


def _stop_servers(servers: list) -> None:
    for server in servers:
        server.shutdown()
        server.server_close()
