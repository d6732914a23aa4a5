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
  command line: a URL with ``user:password@`` is refused. They are never
  printed, and redirects are not followed, so they never reach another host.
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
"""
from __future__ import annotations

import base64
import http.client
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import StoreError, UsageError
from kg.rdf.files import ArticleGraph
from kg.store.load import LoadReport, replace_graph_update
from kg.store.query import checked_query, param_term
from kg.store.results import EVERY_ROW, QueryResult, Window

LAYOUT = {"query": "/query", "update": "/update", "graph_store": "/store"}
"""The paths under ``--endpoint`` (Oxigraph server's layout)."""

TOKEN_ENV = "KG_ENDPOINT_TOKEN"
USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
TIMEOUT_ENV = "KG_ENDPOINT_TIMEOUT"
DEFAULT_TIMEOUT = 60.0
"""Seconds a request may take, retries included, unless ``KG_ENDPOINT_TIMEOUT`` says."""

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
    (for ``--endpoint``) a query string, and for a bad ``KG_ENDPOINT_TIMEOUT``.
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
    return Endpoint(urls["query"], urls["update"], urls["graph_store"], timeout=_timeout(),
                    attempts=ATTEMPTS, backoff=RETRY_BACKOFF)


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
    value = os.environ.get(TIMEOUT_ENV, "")
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise UsageError(TIMEOUT_ENV, f"{value!r} is not a positive number of seconds", "e.g. 60")
    return seconds


def _auth_headers() -> dict[str, str]:
    """The Authorization header the environment asks for; none when it sets no credentials."""
    token = os.environ.get(TOKEN_ENV, "")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV)
    if not user:
        return {}
    if password is None:
        raise UsageError(None, f"{USER_ENV} is set but {PASSWORD_ENV} is not", "set both, or neither")
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


def _shown(url: str) -> str:
    """`url` without its query string, for messages."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def send(endpoint: Endpoint, method: str, url: str, *, body: bytes, content_type: str,
         params: Sequence[tuple[str, str]] = (), accept: str | None = None) -> tuple[str, bytes]:
    """Send one request within its deadline (`Endpoint.timeout`); the answer's type and body.

    A refused connection and a `RETRIED` status are tried again (at most
    `Endpoint.attempts` tries, while the deadline leaves time for the
    wait); a timeout is not.

    Raises StoreError naming the URL (without its query string) for a server
    that cannot be reached, a TLS certificate that does not verify, no whole
    answer by the deadline, and an HTTP error status (with the start of the
    server's message).
    """
    target = url + (("&" if "?" in url else "?") + urlencode(params) if params else "")
    headers = {"Content-Type": content_type, **_auth_headers()}
    if accept:
        headers["Accept"] = accept
    where = _shown(url)
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
                    answer = response.read()
                if watch.fired:  # a shut socket can read as the end of an answer that has no length
                    raise _timed_out(where, endpoint)
                return response.headers.get("Content-Type", ""), answer
            except urllib.error.HTTPError as error:
                try:
                    message = error.read()
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
    finally:
        timer.cancel()
    raise AssertionError("unreachable: the last attempt returns or raises")


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
    return sorted((value for value in found if value), key=len, reverse=True)


def redact(text: str) -> str:
    """`text` with the environment's credentials replaced by ``***``: a server may echo a request's headers.

    >>> os.environ[TOKEN_ENV] = "t0ken"; redact("bad header: Bearer t0ken"); del os.environ[TOKEN_ENV]
    'bad header: Bearer ***'
    """
    for secret in _secrets():
        text = text.replace(secret, "***")
    return text


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
        hint = f"redirects are not followed; give the URL it names ({_shown(headers.get('Location', '?'))})"
    elif status >= 500:
        hint = "the server failed: see its log"
    else:
        hint = "the server rejected the request: see its message"
    return StoreError(where, redact(said), redact(hint))


def load_into_endpoint(endpoint: Endpoint, graphs: Sequence[ArticleGraph]) -> LoadReport:
    """Put each article graph in its named graph on the server, replacing the old one.

    Uses the Graph Store Protocol when `endpoint` has a graph store URL, else
    SPARQL Update. Articles go one by one; each request replaces one article
    whole.

    Raises:
        UsageError: neither a graph store nor an update URL.
        StoreError: a failed request; the message says how many articles
            were loaded before it (running the command again is safe).
    """
    if endpoint.graph_store_url is None and endpoint.update_url is None:
        raise UsageError(None, "no URL to load through", "give --endpoint URL, --graph-store-url or --update-url")
    loaded: list[str] = []
    for graph in graphs:
        try:
            if endpoint.graph_store_url is not None:
                # N-Triples is Turtle too, and every Graph Store server reads Turtle.
                send(endpoint, "PUT", endpoint.graph_store_url, body=graph.ntriples,
                     content_type="text/turtle; charset=utf-8", params=[("graph", graph.iri)])
            else:
                send(endpoint, "POST", endpoint.update_url, body=replace_graph_update(graph).encode("utf-8"),
                     content_type="application/sparql-update; charset=utf-8")
        except StoreError as error:
            if not loaded:
                raise StoreError(error.where, f"{error.problem}; nothing loaded", error.hint) from None
            done = f"{len(loaded)} of {len(graphs)} articles loaded whole before {graph.iri}, which was not"
            raise StoreError(error.where, f"{error.problem}; {done}",
                             f"{error.hint}; then run the same command again: a reload replaces") from None
        loaded.append(graph.iri)
    target = _shown(endpoint.graph_store_url or endpoint.update_url)
    return LoadReport(target, tuple(loaded), sum(graph.triples for graph in graphs))


def values_clause(params: Mapping[str, str]) -> str:
    """A trailing ``VALUES`` clause binding each parameter (see `kg.store.query.param_term`); "" for none.

    The terms are written by pyoxigraph and parsed back before use, so a
    value can only ever be one IRI or one literal.

    >>> values_clause({"article": "<https://w3id.org/news-kg/id/article/a>", "q": 'say "hi"'})
    '\\nVALUES (?article ?q) { (<https://w3id.org/news-kg/id/article/a> "say \\\\"hi\\\\"") }\\n'
    """
    if not params:
        return ""
    names = list(params)
    terms = [param_term(params[name]) for name in names]
    clause = (f"\nVALUES ({' '.join('?' + name for name in names)}) "
              f"{{ ({' '.join(str(term) for term in terms)}) }}\n")
    solutions = list(ox.Store().query("SELECT * WHERE {}" + clause))
    if len(solutions) != 1 or [solutions[0][name] for name in names] != terms:
        raise UsageError(None, "a parameter value cannot be sent to a server intact", "check the --param values")
    return clause


def query_endpoint(endpoint: Endpoint, query: str | Path, params: Iterable[str] | Mapping[str, str] | None = None,
                   graph: str | None = None, window: Window = EVERY_ROW) -> QueryResult:
    """Run a query (see `kg.store.query.load_query`) on the server: over the union of its graphs, or `graph`.

    Every row of the server's answer, unless `window` limits them (the query is
    sent as it is, and the window taken from its answer).

    Raises:
        UsageError: no query URL; a query that is no SELECT; a bad parameter.
        StoreError: a failed request, or an answer that is no SPARQL JSON result.
        ResourceError, InputError: as `kg.store.query.query_files`.
    """
    loaded, bindings = checked_query(query, params)
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
    content_type, body = send(endpoint, "POST", endpoint.query_url, body=form.encode("ascii"),
                              content_type="application/x-www-form-urlencoded", accept=_JSON_RESULTS)
    return _results(body, content_type, _shown(endpoint.query_url), loaded.name, window.check())


def _results(body: bytes, content_type: str, where: str, name: str, window: Window) -> QueryResult:
    """The server's SPARQL JSON answer as rows, read by pyoxigraph: RDF terms as the embedded store gives them."""
    if "json" not in content_type.lower():
        raise UsageError(name, f"the server answered {content_type or 'no content type'}, not SELECT results",
                         "only SELECT queries can be run")
    try:
        solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if not isinstance(solutions, ox.QuerySolutions):
            raise UsageError(name, "only SELECT queries can be run", "rewrite it as a SELECT")
        return QueryResult.of_solutions(solutions, window)
    except (SyntaxError, ValueError):
        raise StoreError(where, "the answer is not SPARQL JSON results",
                         "check that --query-url is the server's SPARQL query URL") from None
