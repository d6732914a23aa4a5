"""A client for any SPARQL 1.1 server, on the standard library's urllib only.

Input: an `Endpoint` (three URLs), `kg.rdf.files.ArticleGraph`s to load, saved
queries to run. Output: a `kg.store.load.LoadReport` and `kg.store.query.QueryResult` rows.

- Loading puts one graph per article with the SPARQL 1.1 Graph Store HTTP
  Protocol (``PUT <graph-store>?graph=<article IRI>``, §5.3: the request
  replaces the graph). Without a graph store URL it sends the SPARQL Update of
  `kg.store.load.replace_graph_update` to the update URL. Either way one request
  replaces one article whole, so a reload never duplicates and a failure
  never leaves half an article.
- Querying POSTs the query form-encoded (``application/x-www-form-urlencoded``,
  SPARQL 1.1 Protocol §2.1.2: ``query=…`` with the dataset parameters beside it)
  and reads SPARQL JSON results. Every server answers that form; some never
  answer a direct POST of ``application/sparql-query`` (Virtuoso 7). ``--graph IRI`` becomes the
  standard ``default-graph-uri`` parameter; otherwise the request carries
  ``union-default-graph``, the parameter by which Oxigraph's server makes the
  default graph the union of all graphs. Other servers ignore it: GraphDB and
  Virtuoso query all graphs by default, Fuseki needs ``tdb2:unionDefaultGraph``.
- Parameters are bound by a trailing ``VALUES`` clause (SPARQL 1.1 §10.2.2)
  whose terms pyoxigraph writes and reads back before anything is sent;
  user text is never pasted into the query.
- Credentials come from ``KG_ENDPOINT_TOKEN`` (bearer) or
  ``KG_ENDPOINT_USER`` and ``KG_ENDPOINT_PASSWORD`` (basic), never from the
  command line: a URL with ``user:password@`` is refused. They are checked
  before any request (no control character; a token in Latin-1, as HTTP
  headers are), never printed (a server that echoes them, in an error or in
  a result row, has them replaced by ``***``), and redirects are not
  followed, so they never reach another host.
- TLS certificates are verified (``ssl.create_default_context``); there is
  no switch to turn that off.
- Each request has one deadline, ``KG_ENDPOINT_TIMEOUT`` seconds (default
  60) from its start, retries and their waits included: at the deadline its
  connection is shut, whatever phase it is in (connecting, sending, a server
  that trickles its answer). A refused connection and a 502, 503 or 504
  answer are tried again, at most `ATTEMPTS` times in all and only while
  the deadline leaves time for the wait (every request is idempotent); a
  timeout is never tried again (the server may still be working on the
  first try), and any other error is reported at once as `StoreError`.
- Rows are written as they arrive (`write_endpoint_query`): pyoxigraph parses
  the answer a piece at a time (`kg.store.answer`) and each row goes to the
  output as soon as it is whole, so memory holds a row, not the answer, and
  no answer is too long. What must be held at once, the answer before its
  head and any one row, may not pass ``KG_ENDPOINT_MAX_BYTES`` bytes (default
  `DEFAULT_MAX_BYTES`). A table needs every row for its columns' widths: its
  answer is kept in a temporary file (memory holds at most `SPOOL_BYTES`),
  read twice, and may not pass ``KG_ENDPOINT_MAX_BYTES`` whole (about seven
  times the largest listing of 10,000 articles): a longer one, or a
  ``Content-Length`` that says so, is refused. SPARQL JSON results nested
  deeper than `kg.rdf.nesting.MAX_NESTING` are refused before they are parsed
  (pyoxigraph crashes on deep triple terms), and an HTML page (a login page,
  a proxy's) is told apart from results.
- Whatever the server says (an error's text, a header) reaches messages only
  through `kg.errors.printable`, so no escape sequence reaches the terminal.
"""
from __future__ import annotations

import base64
import http.client
import math
import os
import socket
import ssl
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import InputError, StoreError, UsageError
from kg.rdf.files import ArticleGraph
from kg.rdf.nesting import NestingCheck
from kg.store.answer import MAX_BYTES_ENV, READ_BYTES, AnswerBody, answer_rows, replace_secrets
from kg.store.load import LoadReport, replace_graph_update
from kg.store.output import write_rows
from kg.store.query import Query, check_query, checked_query, only_select, param_term
from kg.store.results import EVERY_ROW, QueryResult, Window

LAYOUT = {"query": "/query", "update": "/update", "graph_store": "/store"}
"""The paths under ``--endpoint`` (Oxigraph server's layout)."""

TOKEN_ENV = "KG_ENDPOINT_TOKEN"
USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
TIMEOUT_ENV = "KG_ENDPOINT_TIMEOUT"
DEFAULT_TIMEOUT = 60.0
"""Seconds a request may take, retries included, unless ``KG_ENDPOINT_TIMEOUT`` says."""
MAX_TIMEOUT = 86_400.0
"""The longest deadline ``KG_ENDPOINT_TIMEOUT`` may set: a day."""
DEFAULT_MAX_BYTES = 1 << 30
"""The most of an answer held at once unless ``KG_ENDPOINT_MAX_BYTES`` says: 1 GiB (a table's answer whole,
in a temporary file; a streamed answer's head, or one row). The longest listing measured, ``events`` over
10,000 articles (235,000 rows), is about 140 MB of SPARQL JSON."""
SPOOL_BYTES = 16 << 20
"""The part of a kept answer held in memory; the rest waits in a temporary file."""
ERROR_BYTES = 1 << 16
"""The most of an error answer read (its text is cut to 300 characters anyway)."""

UNION_PARAMETER = "union-default-graph"
ATTEMPTS = 3
"""Tries per request at most: the first and two retries (refused connections and `RETRIED` only)."""
RETRY_BACKOFF = 0.5
"""Seconds before the first retry; each further retry waits twice as long."""
RETRIED = frozenset({502, 503, 504})
"""HTTP statuses that mean "try again later" (a proxy or a busy server)."""

_JSON_RESULTS = "application/sparql-results+json"
_HINT_AUTH = f"set {USER_ENV} and {PASSWORD_ENV}, or {TOKEN_ENV}, to the server's credentials"


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server's URLs (None: not known) and how patiently to talk to it."""

    query_url: str | None = None
    update_url: str | None = None
    graph_store_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    """Each request's deadline in seconds, retries included."""
    attempts: int = ATTEMPTS
    backoff: float = RETRY_BACKOFF
    max_bytes: int = DEFAULT_MAX_BYTES
    """The most of an answer held at once, in bytes (`DEFAULT_MAX_BYTES`)."""


def endpoint_from_options(endpoint: str | None = None, *, query_url: str | None = None,
                          update_url: str | None = None,
                          graph_store_url: str | None = None) -> Endpoint | None:
    """The `Endpoint` that ``--endpoint`` and the three ``--*-url`` options name; None if none is given.

    ``--endpoint`` is a base URL with `LAYOUT` beneath it; each ``--*-url`` overrides one.

    >>> endpoint_from_options("http://127.0.0.1:7878/").query_url
    'http://127.0.0.1:7878/query'
    >>> endpoint_from_options(None) is None
    True

    Raises UsageError for a URL that is not http(s), holds credentials or
    (for ``--endpoint``) a query string, for a bad ``KG_ENDPOINT_TIMEOUT`` or
    ``KG_ENDPOINT_MAX_BYTES``, and for credentials no request can carry.
    """
    if endpoint is None and query_url is None and update_url is None and graph_store_url is None:
        return None
    urls = {"query": query_url, "update": update_url, "graph_store": graph_store_url}
    for kind, url in urls.items():
        if url is not None:
            _check_url(url, f"--{kind.replace('_', '-')}-url")
    if endpoint is not None:
        base = _check_url(endpoint, "--endpoint")
        if base.query or base.fragment:
            raise UsageError("--endpoint", "the base URL has a query or fragment",
                             "give the server's base URL, or the exact URLs with --query-url, "
                             "--update-url and --graph-store-url")
        for kind, path in LAYOUT.items():
            if urls[kind] is None:
                urls[kind] = endpoint.rstrip("/") + path
    _auth_headers()  # credentials no request can carry fail now, before any work
    return Endpoint(urls["query"], urls["update"], urls["graph_store"], timeout=_timeout(),
                    attempts=ATTEMPTS, backoff=RETRY_BACKOFF, max_bytes=_max_bytes())


def _check_url(url: str, option: str):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(option, f"{url!r} is not an http:// or https:// URL",
                         "give a server URL, e.g. http://127.0.0.1:7878")
    if parts.username is not None or parts.password is not None:
        # The URL is not repeated: it holds a secret.
        raise UsageError(option, "the URL holds credentials", f"remove them and {_HINT_AUTH}")
    return parts


def _timeout() -> float:
    """``KG_ENDPOINT_TIMEOUT`` in seconds: more than 0, at most `MAX_TIMEOUT` (a timer of 1e10 s overflows)."""
    value = os.environ.get(TIMEOUT_ENV, "")
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds <= MAX_TIMEOUT:  # NaN too
        raise UsageError(TIMEOUT_ENV, f"{value[:40]!r} is not a number of seconds above 0 and at most "
                         f"{MAX_TIMEOUT:,.0f} (a day)", "e.g. 60, or unset it for the default of 60")
    return seconds


def _max_bytes() -> int:
    """``KG_ENDPOINT_MAX_BYTES``: a whole number of bytes, at least 1,000."""
    value = os.environ.get(MAX_BYTES_ENV, "")
    if not value:
        return DEFAULT_MAX_BYTES
    if not value.isdigit() or not 1000 <= int(value) <= 1 << 50:
        raise UsageError(MAX_BYTES_ENV, f"{value[:40]!r} is not a number of bytes from 1000 to 2**50",
                         f"e.g. {4 << 30} (4 GiB), or unset it for the default of {DEFAULT_MAX_BYTES} (1 GiB)")
    return int(value)


def _credential(name: str, *, latin1: bool) -> str:
    """The credential the environment variable `name` holds ("" if unset), checked without ever showing it.

    Raises UsageError for a control character (a line end copied with it would split the HTTP header,
    RFC 9110 §5.5) and, with `latin1`, for a character an HTTP header cannot carry.
    """
    value = os.environ.get(name, "")
    if any(ord(character) < 0x20 or 0x7f <= ord(character) < 0xa0 for character in value):
        raise UsageError(name, "holds a control character (a tab, a line end or another; it is not shown)",
                         f"set {name} again without it, e.g. with printf '%s' or tr -d '\\r\\n'")
    if latin1 and any(ord(character) > 0xff for character in value):
        raise UsageError(name, "holds a character outside Latin-1, which an HTTP header cannot carry "
                         "(it is not shown)", f"set {name} to the token exactly as the server issued it")
    return value


def _auth_headers() -> dict[str, str]:
    """The Authorization header the environment asks for; none when it sets no credentials.

    Raises UsageError for credentials no request can carry (`_credential`), and a user without a password.
    """
    token = _credential(TOKEN_ENV, latin1=True)
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = _credential(USER_ENV, latin1=False), _credential(PASSWORD_ENV, latin1=False)
    if not user:
        return {}
    if PASSWORD_ENV not in os.environ:
        raise UsageError(None, f"{USER_ENV} is set but {PASSWORD_ENV} is not", "set both, or neither")
    if ":" in user:
        raise UsageError(USER_ENV, "holds a colon, which Basic authentication cannot carry in a user name "
                         "(RFC 7617 §2)", "give the user name alone")
    pair = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return {"Authorization": f"Basic {pair}"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Turn a redirect into an error: following it could send credentials to another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _Watch:
    """The sockets of one request's connections, shut when its deadline comes.

    A socket timeout bounds each wait for bytes, not the request: a server
    that sends a byte now and then would hold it forever. Shutting the
    socket from a timer wakes any read or write in progress, so no request
    outlasts its deadline.
    """

    def __init__(self) -> None:
        self.sockets: list[socket.socket] = []
        self.fired = False

    def connection(self, base: type) -> type:
        """`base` (an `http.client` connection class) recording each socket it connects."""
        watch = self

        class Watched(base):
            def connect(self):
                super().connect()
                watch.sockets.append(self.sock)
                if watch.fired:
                    watch.shut()

        return Watched

    def shut(self) -> None:
        """The deadline: shut every socket of the request (a later one is shut as it connects)."""
        self.fired = True
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed


def _opener(watch: _Watch | None = None) -> urllib.request.OpenerDirector:
    """An opener that follows no redirect, verifies TLS and lets `watch` see its sockets."""
    watch = watch or _Watch()
    context = ssl.create_default_context()

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(watch.connection(http.client.HTTPConnection), req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(watch.connection(http.client.HTTPSConnection), req, context=context)

    return urllib.request.build_opener(_NoRedirect, Plain, Secure(context=context))


def shown_url(url: str) -> str:
    """`url` without its query string, for messages."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def send(endpoint: Endpoint, method: str, url: str, *, body: bytes, content_type: str,
         params: Sequence[tuple[str, str]] = (), accept: str | None = None, answer=None,
         nesting: NestingCheck | None = None, consume: Callable[[str, AnswerBody], None] | None = None) -> str:
    """Send one request within its deadline (`Endpoint.timeout`); the answer's content type.

    The answer's body is given to `consume` (with its content type) as an
    `AnswerBody` that holds at most `Endpoint.max_bytes` at once, or else
    written to `answer` (a binary file), or read and dropped: at most
    `Endpoint.max_bytes` of it. `nesting`, given when the answer should be
    SPARQL JSON results, counts its nesting as it comes, and an HTML page is
    refused unread. A refused connection and a `RETRIED` status are tried
    again (at most `Endpoint.attempts` tries, while the deadline leaves time
    for the wait); a timeout is not. `consume` runs within the deadline; what
    it raises passes through (an error writing its output too).

    Raises StoreError naming the URL (without its query string) for a server
    that cannot be reached, a TLS certificate that does not verify, no whole
    answer by the deadline, an answer too long or nested too deep, and an
    HTTP error status (with the start of the server's message).
    """
    target = url + (("&" if "?" in url else "?") + urlencode(params) if params else "")
    headers = {"Content-Type": content_type, **_auth_headers()}
    if accept:
        headers["Accept"] = accept
    where = shown_url(url)
    deadline = time.monotonic() + endpoint.timeout
    watch = _Watch()
    opener = _opener(watch)
    timer = threading.Timer(endpoint.timeout, watch.shut)
    timer.daemon = True
    timer.start()
    try:
        for attempt in range(1, endpoint.attempts + 1):
            request = urllib.request.Request(target, data=body, method=method, headers=headers)
            try:
                with opener.open(request, timeout=max(deadline - time.monotonic(), 0.001)) as response:
                    answer_type = response.headers.get("Content-Type", "")
                    if nesting is not None and _is_html(answer_type):  # results were asked for
                        raise _html_page(where)
                    if consume is None:
                        _read_answer(response, answer, endpoint, where, nesting)
                    else:
                        _consume(consume, answer_type, AnswerBody(response, where, limit=endpoint.max_bytes,
                                                                  nesting=nesting), watch, endpoint)
                if watch.fired:  # a shut socket can read as the end of an answer that has no length
                    raise _timed_out(where, endpoint)
                return answer_type
            except urllib.error.HTTPError as error:
                try:
                    message = error.read(ERROR_BYTES)
                except (http.client.HTTPException, OSError):
                    message = b""
                if watch.fired:
                    raise _timed_out(where, endpoint) from None
                if error.code in RETRIED and _wait_to_retry(endpoint, attempt, deadline):
                    continue
                raise _status_error(where, error.code, error.reason, message, error.headers) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
                reason = getattr(error, "reason", error)
                if watch.fired or isinstance(reason, TimeoutError):
                    raise _timed_out(where, endpoint) from None
                if isinstance(reason, ssl.SSLError):
                    detail = getattr(reason, "verify_message", None) or reason.reason or str(reason)
                    raise StoreError(where, f"TLS failed: {detail}",
                                     "TLS is always verified: give the server a certificate this machine "
                                     "trusts, or point SSL_CERT_FILE at its CA bundle") from None
                if isinstance(reason, ConnectionRefusedError) and _wait_to_retry(endpoint, attempt, deadline):
                    continue
                tries = f" after {attempt} attempts" if attempt > 1 else ""
                problem = f"cannot reach the server ({getattr(reason, 'strerror', None) or reason}){tries}"
                raise StoreError(where, problem, "check that the server runs and the URL") from None
    except _OutputFailed as failed:
        raise failed.error from None  # writing the rows failed, not the server: as any write to stdout
    finally:
        timer.cancel()
    raise AssertionError("unreachable: the last attempt returns or raises")


class _OutputFailed(Exception):
    """An error that writing an answer's rows raised (a closed pipe, a full disk), carried past `send`'s
    handlers of the server's errors."""

    def __init__(self, error: OSError):
        super().__init__(error)
        self.error = error


def _consume(consume, answer_type: str, body: AnswerBody, watch: _Watch, endpoint: Endpoint) -> None:
    """`consume(answer_type, body)`; what it raises, told apart: the server's answer cut short by the
    deadline (a shut socket reads as the end of the answer), or the output."""
    try:
        consume(answer_type, body)
    except StoreError:
        if watch.fired:
            raise _timed_out(body.where, endpoint) from None
        raise
    except OSError as error:
        if error is body.read_error:
            raise
        raise _OutputFailed(error) from error


def _read_answer(response, answer, endpoint: Endpoint, where: str, nesting: NestingCheck | None) -> None:
    """Read `response`'s body in chunks into `answer` (None: dropped), counting its bytes and nesting.

    Raises StoreError for a body (or a ``Content-Length``) over `Endpoint.max_bytes` and for one nested
    too deep; the deadline (`_Watch`) ends a body that never ends.
    """
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > endpoint.max_bytes:
        raise _too_long(where, endpoint, f"announces {int(length):,} bytes")
    read = 0
    while chunk := response.read(READ_BYTES):
        read += len(chunk)
        if read > endpoint.max_bytes:
            raise _too_long(where, endpoint, "goes on")
        if nesting is not None:
            try:
                nesting.feed(chunk)
            except InputError as error:
                raise StoreError(where, f"the answer {error.problem}", error.hint) from None
        if answer is not None:
            answer.write(chunk)


def _too_long(where: str, endpoint: Endpoint, what: str) -> StoreError:
    return StoreError(where, f"the answer {what} past {endpoint.max_bytes:,} bytes, the most kg reads",
                      f"ask for fewer rows (--limit, --graph), or, for a listing that large, raise "
                      f"{MAX_BYTES_ENV} (bytes)")


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")


def _html_page(where: str) -> StoreError:
    return StoreError(where, "the server answered with an HTML page, not SPARQL results",
                      "check that the URL is the server's SPARQL query URL (--endpoint, --query-url); a login "
                      f"page asks for credentials: {_HINT_AUTH}")


def _wait_to_retry(endpoint: Endpoint, attempt: int, deadline: float) -> bool:
    """Wait before try `attempt` + 1 and say True; False when none is left or the deadline would pass first."""
    wait = endpoint.backoff * 2 ** (attempt - 1)
    if attempt >= endpoint.attempts or time.monotonic() + wait >= deadline:
        return False
    time.sleep(wait)
    return True


def _timed_out(where: str, endpoint: Endpoint) -> StoreError:
    return StoreError(where, f"no whole answer within {endpoint.timeout:g} s, the request's deadline; not tried again",
                      f"check the server, or give it longer: {TIMEOUT_ENV} sets the deadline in seconds")


def _secrets() -> list[str]:
    """The credentials the environment holds, in every form a request carries them."""
    token, user, password = (os.environ.get(name, "") for name in (TOKEN_ENV, USER_ENV, PASSWORD_ENV))
    pair = f"{user}:{password}" if user and password else ""
    found = [token, password, pair, base64.b64encode(pair.encode("utf-8")).decode("ascii") if pair else ""]
    return [value for value in found if value]


def redact(text: str) -> str:
    """`text` with the environment's credentials replaced by ``***``: a server may echo a request's headers.

    >>> os.environ[TOKEN_ENV] = "t0ken"; redact("bad header: Bearer t0ken"); del os.environ[TOKEN_ENV]
    'bad header: Bearer ***'
    """
    return replace_secrets(text, _secrets())


def _status_error(where: str, status: int, reason: str, message: bytes, headers) -> StoreError:
    # Redacted before it is cut, so that no prefix of a secret survives the cut.
    text = redact(" ".join(message.decode("utf-8", "replace").split()))[:300]
    said = f"the server answered {status} {reason}".rstrip() + (f": {text}" if text else "")
    if status in (401, 403):
        hint = _HINT_AUTH
    elif status == 404:
        hint = ("check the URL: --endpoint takes the server's base URL with /query, /update and /store "
                "beneath it; other layouts need --query-url, --update-url or --graph-store-url")
    elif 300 <= status < 400:
        hint = f"redirects are not followed; give the URL it names ({shown_url(headers.get('Location', '?'))})"
    elif status >= 500:
        hint = "the server failed: see its log"
    else:
        hint = "the server rejected the request: see its message"
    return StoreError(where, redact(said), redact(hint))


def load_into_endpoint(endpoint: Endpoint, graphs: Sequence[ArticleGraph], *, connections: int = 1,
                       resume: bool = False) -> LoadReport:
    """Put each article graph in its named graph on the server, replacing the old one.

    Uses the Graph Store Protocol when `endpoint` has a graph store URL, else
    SPARQL Update. Each request replaces one article whole; at most
    `connections` requests are in flight at once (one: in order, one by one).
    With `resume`, the articles whose graph the server already holds with the
    same number of triples are not sent again (`held_graphs`): what an
    interrupted load of the same files left whole.

    Raises:
        UsageError: neither a graph store nor an update URL; `resume` without a query URL.
        StoreError: a failed request; the message says how many articles
            were loaded before it (running the command again is safe).
    """
    if endpoint.graph_store_url is None and endpoint.update_url is None:
        raise UsageError(None, "no URL to load through", "give --endpoint URL, --graph-store-url or --update-url")
    skipped: list[ArticleGraph] = []
    if resume:
        held = held_graphs(endpoint, [graph.iri for graph in graphs])
        skipped = [graph for graph in graphs if held.get(graph.iri) == graph.triples]
        graphs = [graph for graph in graphs if held.get(graph.iri) != graph.triples]
    loaded: list[str] = []
    failed: tuple[ArticleGraph, StoreError] | None = None
    if connections <= 1:
        for graph in graphs:
            try:
                _put(endpoint, graph)
            except StoreError as error:
                failed = graph, error
                break
            loaded.append(graph.iri)
    else:
        failed = _put_concurrently(endpoint, graphs, connections, loaded)
    if failed is not None:
        graph, error = failed
        if not loaded and not skipped:
            raise StoreError(error.where, f"{error.problem}; nothing loaded", error.hint)
        done = f"{len(loaded) + len(skipped)} of {len(graphs) + len(skipped)} articles loaded whole"
        done += (f" before {graph.iri}, which was not" if connections <= 1
                 else f"; {graph.iri} was not, nor those after it not yet sent")
        raise StoreError(error.where, f"{error.problem}; {done}",
                         f"{error.hint}; then run the same command again: a reload replaces")
    target = shown_url(endpoint.graph_store_url or endpoint.update_url)
    return LoadReport(target, tuple(loaded), sum(graph.triples for graph in graphs),
                      held=tuple(g.iri for g in skipped))


def _put(endpoint: Endpoint, graph: ArticleGraph) -> None:
    """One request that replaces the article `graph` whole on the server."""
    if endpoint.graph_store_url is not None:
        # N-Triples is Turtle too, and every Graph Store server reads Turtle.
        send(endpoint, "PUT", endpoint.graph_store_url, body=graph.ntriples,
             content_type="text/turtle; charset=utf-8", params=[("graph", graph.iri)])
    else:
        send(endpoint, "POST", endpoint.update_url, body=replace_graph_update(graph).encode("utf-8"),
             content_type="application/sparql-update; charset=utf-8")


def _put_concurrently(endpoint: Endpoint, graphs: Sequence[ArticleGraph], connections: int,
                      loaded: list[str]) -> tuple[ArticleGraph, StoreError] | None:
    """`_put` each graph with at most `connections` requests in flight; the IRIs of those that landed go
    to `loaded`. At the first failure no more are sent, those in flight are waited for, and the failure
    (the first in input order) is returned."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    failures: list[tuple[int, ArticleGraph, StoreError]] = []
    with ThreadPoolExecutor(connections, thread_name_prefix="kg-load") as pool:
        running = {}
        pending = iter(enumerate(graphs))
        while True:
            while not failures and len(running) < connections and (item := next(pending, None)) is not None:
                running[pool.submit(_put, endpoint, item[1])] = item
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                index, graph = running.pop(future)
                error = future.exception()
                if error is None:
                    loaded.append(graph.iri)
                elif isinstance(error, StoreError):
                    failures.append((index, graph, error))
                else:
                    raise error
    if not failures:
        return None
    _, graph, error = min(failures, key=lambda failure: failure[0])
    return graph, error


HELD_BATCH = 500
"""Article IRIs asked about in one request by `held_graphs`."""


def held_graphs(endpoint: Endpoint, iris: Sequence[str]) -> dict[str, int]:
    """How many triples the server holds in the named graph of each of `iris` (those it holds at all),
    asked through the query URL with the packaged query ``held_graphs`` (`kg/sparql/held_graphs.rq`), the
    IRIs bound by a ``VALUES`` clause pyoxigraph writes (`values_rows`).

    Raises UsageError without a query URL, StoreError as `send` does.
    """
    from kg.resources import sparql_text

    if endpoint.query_url is None:
        raise UsageError(None, "no query URL: --resume asks the server which articles it holds",
                         "give --endpoint URL or --query-url")
    text = sparql_text("held_graphs")
    held: dict[str, int] = {}

    def gather(columns: list[str], rows: Iterator[tuple]) -> None:
        at = {name: columns.index(name) for name in ("graph", "triples") if name in columns}
        for row in rows:
            graph, count = (row[at["graph"]], row[at["triples"]]) if len(at) == 2 else (None, None)
            if isinstance(graph, ox.NamedNode) and isinstance(count, ox.Literal):
                try:
                    held[graph.value] = int(count.value)
                except ValueError:
                    pass

    for start in range(0, len(iris), HELD_BATCH):
        clause = values_rows(["graph"], [[ox.NamedNode(iri)] for iri in iris[start:start + HELD_BATCH]])
        ask_rows(endpoint, Query("held_graphs.rq", text.replace("  # VALUES\n", clause, 1)), gather)
    return held


def values_clause(params: Mapping[str, str]) -> str:
    """A trailing ``VALUES`` clause binding each parameter (see `kg.store.query.param_term`); "" for none.

    The terms are written by pyoxigraph and parsed back before use (`values_rows`), so a
    value can only ever be one IRI or one literal.

    >>> values_clause({"article": "<https://w3id.org/news-kg/id/article/a>", "q": 'say "hi"'})
    '\\nVALUES (?article ?q) { (<https://w3id.org/news-kg/id/article/a> "say \\\\"hi\\\\"") }\\n'
    """
    if not params:
        return ""
    try:
        return values_rows(list(params), [[param_term(value) for value in params.values()]])
    except ValueError:
        raise UsageError(None, "a parameter value cannot be sent to a server intact",
                         "check the --param values") from None


def values_rows(names: Sequence[str], rows: Sequence[Sequence[ox.NamedNode | ox.Literal]]) -> str:
    """A trailing ``VALUES`` clause binding the variables `names` to each row of RDF terms in turn.

    pyoxigraph writes each term, and reads the clause back before it is used: it binds exactly
    these terms, one solution a row, or ValueError is raised. No text is pasted into a query.

    >>> values_rows(["node"], [[ox.NamedNode("urn:a")], [ox.NamedNode("urn:b")]])
    '\\nVALUES (?node) { (<urn:a>) (<urn:b>) }\\n'
    """
    clause = (f"\nVALUES ({' '.join('?' + name for name in names)}) "
              f"{{ {' '.join('(' + ' '.join(str(term) for term in row) + ')' for row in rows)} }}\n")
    solutions = list(ox.Store().query("SELECT * WHERE {}" + clause))
    if [[solution[name] for name in names] for solution in solutions] != [list(row) for row in rows]:
        raise ValueError("the VALUES clause does not read back as its terms")
    return clause


def query_endpoint(endpoint: Endpoint, query: str | Path, params: Iterable[str] | Mapping[str, str] | None = None,
                   graph: str | None = None, window: Window = EVERY_ROW) -> QueryResult:
    """Run a query (see `kg.store.query.load_query`) on the server: over the union of its graphs, or `graph`;
    every row of the server's answer, unless `window` limits them, held as one `QueryResult`.

    Raises as `write_endpoint_query`.
    """
    kept: list[QueryResult] = []
    _stream_query(endpoint, query, params, graph,
                  lambda columns, rows: kept.append(QueryResult.of_terms(columns, window.take(rows))))
    return kept[0]


def write_endpoint_query(endpoint: Endpoint, query: str | Path,
                         params: Iterable[str] | Mapping[str, str] | None = None, graph: str | None = None,
                         window: Window = EVERY_ROW, *, fmt: str, out, width: int | None = None) -> None:
    """Run a query on the server (as `query_endpoint`) and write its rows to `out` (a binary file) in the
    format `fmt` (`kg.store.output.write_rows`) as they arrive: memory holds a row, not the answer.

    A table needs every row for its widths (within `width` characters a line, when given): its answer is
    kept in a temporary file, at most `Endpoint.max_bytes`, and read twice. A window's rows read, the
    rest of the answer is not. A SERVICE in the query is the server's to call, or refuse. Credentials
    the server echoes in a row are replaced by ``***`` (`redact`).

    Raises:
        UsageError: no query URL; a query that is no SELECT; a bad parameter.
        StoreError: a failed request, or an answer that is no SPARQL JSON result; the rows written
            before it stay written.
        ResourceError, InputError: as `kg.store.query.query_files`.
        OSError: writing to `out` failed.
    """
    window.check()
    if fmt != "table":
        _stream_query(endpoint, query, params, graph,
                      lambda columns, rows: write_rows(columns, lambda: window.take(rows), fmt, out))
        return
    loaded, form, where = _query_form(endpoint, query, params, graph)
    with tempfile.SpooledTemporaryFile(SPOOL_BYTES) as answer:
        content_type = send(endpoint, "POST", endpoint.query_url, body=form, content_type=_FORM, accept=_JSON_RESULTS,
                            answer=answer, nesting=_results_nesting(where))

        def rows():
            answer.seek(0)
            return window.take(answer_rows(AnswerBody(answer, where), content_type, loaded.name, _secrets())[1])

        answer.seek(0)
        columns = answer_rows(AnswerBody(answer, where), content_type, loaded.name)[0]
        write_rows(columns, rows, "table", out, width=width)


_FORM = "application/x-www-form-urlencoded"


def _query_form(endpoint: Endpoint, query: str | Path, params, graph: str | None) -> tuple[Query, bytes, str]:
    """The query, checked, the form that asks the server for it, and the query URL as messages show it."""
    loaded, bindings = checked_query(query, params)
    check_query(loaded, allow_service=True)
    only_select(loaded)
    if endpoint.query_url is None:
        raise UsageError(None, "no URL to query", "give --endpoint URL or --query-url")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as error:
            raise UsageError(None, f"--graph {graph!r} is not an IRI: {error}") from None
    dataset = [("default-graph-uri", graph), ("named-graph-uri", graph)] if graph is not None \
        else [(UNION_PARAMETER, "")]
    form = urlencode([("query", loaded.text + values_clause(bindings)), *dataset])
    return loaded, form.encode("ascii"), shown_url(endpoint.query_url)


def _results_nesting(where: str) -> NestingCheck:
    return NestingCheck("json", where, hint="no SPARQL JSON results nest that deep; check the server")


def _stream_query(endpoint: Endpoint, query: str | Path, params, graph: str | None, rows_to) -> None:
    """Send the query; `rows_to(columns, rows)` gets the answer's rows as they are parsed (`kg.store.answer`)."""
    loaded, form, where = _query_form(endpoint, query, params, graph)
    _ask(endpoint, form, where, loaded.name, rows_to)


def ask_rows(endpoint: Endpoint, query: Query,
             rows_to: Callable[[list[str], Iterator[tuple]], None]) -> None:
    """Send kg's own SELECT `query` (a packaged one, `kg.resources.sparql_text`, with its values bound by
    `values_rows`) to the query URL as it is; `rows_to(columns, rows)` gets the rows as they are parsed.

    Raises UsageError for no query URL, StoreError as `send` does and for an answer that is no SPARQL JSON
    results.
    """
    if endpoint.query_url is None:
        raise UsageError(None, "no URL to query", "give --endpoint URL or --query-url")
    form = urlencode([("query", query.text)]).encode("ascii")
    _ask(endpoint, form, shown_url(endpoint.query_url), query.name, rows_to)


def _ask(endpoint: Endpoint, form: bytes, where: str, name: str, rows_to) -> None:
    send(endpoint, "POST", endpoint.query_url, body=form, content_type=_FORM, accept=_JSON_RESULTS,
         nesting=_results_nesting(where),
         consume=lambda content_type, body: rows_to(*answer_rows(body, content_type, name, _secrets())))
