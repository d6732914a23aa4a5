"""Run a saved or given SPARQL SELECT query over RDF files or any pyoxigraph store.

Input: a query (a saved query's name, see `kg.resources.query_names`, a
``.rq`` or ``.sparql`` file, ``-`` for stdin, or the query text: `load_query`),
RDF files in any format of `kg.rdf.formats`, and ``name=value`` parameters.
Output: a `kg.store.results.QueryResult` (which `kg.store.results` writes as
a table, CSV, JSON or a W3C result format).

Queries run on pyoxigraph: `query_files` reads each file into its own named
graph of an in-memory store (`kg.rdf.files.read_store`) and the query sees
their union; `select` runs a query on any store (`kg.store.embedded` too).
Parameters are bound with pyoxigraph's ``substitutions=`` (SEP-0007), never
pasted into the query text; Oxigraph binds only variables the query projects.

Before Oxigraph sees a query (`check_query`), its nesting is counted
(`kg.rdf.nesting`: Oxigraph's parser crashes on ``{`` nested 10,000 deep),
and a query that calls a ``SERVICE`` is refused unless the caller allows it
(``--allow-service``): Oxigraph would send that request from this machine,
to any address the query names. rdflib's SPARQL parser tells whether it
does (`calls_service`), and what form a query has (`only_select`).
"""
from __future__ import annotations

import difflib
import functools
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, UnknownName, UsageError
from kg.rdf.nesting import NestingCheck
from kg.resources import query_names, query_text
from kg.store.results import EVERY_ROW, QueryResult, Window

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IRI_VALUE = re.compile(r"<([^<>]*)>|(https?://.*)", re.DOTALL)
"""A value that is meant as an IRI: in angle brackets, or starting http:// or https:// (spaces and all)."""


Reader = Callable[[ox.QuerySolutions], object]
"""What `select` makes of a query's solutions instead of a `QueryResult`, while the store is open."""


@dataclass(frozen=True)
class Query:
    """A query's text and the name to report it by (saved name, file path, ``<stdin>``, ``the query text``)."""

    name: str
    text: str


def load_query(query: str | Path | Query) -> Query:
    """The query `query` stands for (a `Query` stands for itself), tried in this order:

    - ``-``: the query text read from stdin;
    - a path ending in ``.rq`` or ``.sparql``: that file;
    - a saved query's name (`kg.resources.query_names`);
    - text with a space or a brace in it, which no name has: the query itself.

    A saved name is only looked up among the packaged queries, so a name like
    ``../etc/passwd`` cannot reach other files.

    >>> load_query("SELECT * WHERE { ?s ?p ?o }").name
    'the query text'

    Raises:
        UnknownName: anything else, e.g. a misspelt name (the message suggests the closest).
        InputError: a query file or stdin that cannot be read, or holds no query.
    """
    if isinstance(query, Query):
        return query
    given = str(query)
    if given == STDIN:
        return _read_query(STDIN_NAME, lambda: _stdin_bytes().decode("utf-8"))
    if given.lower().endswith(QUERY_SUFFIXES):
        return _read_query(given, lambda: Path(given).read_text(encoding="utf-8"))
    names = query_names()
    if given in names:
        return Query(given, query_text(given))
    if any(character.isspace() or character in "{}" for character in given):
        return Query(TEXT_NAME, given)
    close = difflib.get_close_matches(given, names, n=1)
    raise UnknownName(None, f"no saved query named {given!r}",
                      f"did you mean {close[0]!r}? (kg queries lists them)" if close else
                      f"available: {', '.join(names)}; or give a .rq or .sparql file, - for stdin, or the query text")


QUERY_SUFFIXES = (".rq", ".sparql")
"""The extensions of query files."""
STDIN = "-"
STDIN_NAME = "<stdin>"
"""How messages name a query read from stdin."""
TEXT_NAME = "the query text"
"""How messages name a query given as text."""


def _stdin_bytes() -> bytes:
    if sys.stdin is None:  # kg query - <&-: Python sets sys.stdin to None
        raise InputError(STDIN_NAME, "is closed", "pipe the query in (kg query - < query.rq), or give a .rq file")
    stream = getattr(sys.stdin, "buffer", None)
    return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")


def _read_query(where: str, read) -> Query:
    """`read()`'s text as the query named `where`; InputError when it fails or holds no query."""
    try:
        text = read()
    except FileNotFoundError:
        raise InputError(where, "no such query file",
                         f"give a .rq or .sparql file, or one of: {', '.join(query_names())}") from None
    except UnicodeDecodeError as error:
        raise InputError(where, f"is not UTF-8 text ({error.reason} at byte {error.start})",
                         "save the query as UTF-8") from None
    except OSError as error:
        raise InputError(where, f"cannot read the query: {error.strerror or error}") from None
    if not text.strip():
        raise InputError(where, "holds no query", "give a SPARQL SELECT query")
    return Query(where, text)


def parse_params(items: Iterable[str] | Mapping[str, str] | None) -> dict[str, str]:
    """``["article=<https://…>", "n=3"]`` as a dict; a mapping passes through.

    >>> parse_params(["article=<https://w3id.org/news-kg/id/article/a>", "q=a=b"])
    {'article': '<https://w3id.org/news-kg/id/article/a>', 'q': 'a=b'}

    Raises UsageError for an item without ``=``, a name that is no SPARQL variable, or a value meant as
    an IRI that is not one (`param_term`).
    """
    if items is None:
        return {}
    pairs = items.items() if isinstance(items, Mapping) else (_split_param(item) for item in items)
    params = {}
    for name, value in pairs:
        name = name.strip().lstrip("?$")
        if not _VARIABLE.fullmatch(name):
            raise UsageError(None, f"parameter name {name!r} is not a SPARQL variable name",
                             "write name=value, e.g. article=<https://w3id.org/news-kg/id/article/x>")
        try:
            param_term(value)
        except UsageError as error:
            raise UsageError(f"--param {name}", error.problem, error.hint) from None
        params[name] = value
    return params


def _split_param(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep:
        raise UsageError(None, f"parameter {item!r} has no '='", "write name=value")
    return name, value


def param_term(value: str | ox.NamedNode | ox.Literal) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: an IRI for ``<…>`` or ``http(s)://…``, else a literal; a term as it is.

    >>> param_term("<urn:x>"), param_term("https://example.org/a"), param_term("Minsk")
    (<NamedNode value=urn:x>, <NamedNode value=https://example.org/a>, <Literal value=Minsk datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)

    Raises UsageError for a value meant as an IRI that is not a valid one (``https://a b/c``): bound as
    text, it would silently match nothing.
    """
    if isinstance(value, (ox.NamedNode, ox.Literal)):  # from the Python API (`kg.api.query`)
        return value
    match = _IRI_VALUE.fullmatch(value.strip())
    if match is None:
        return ox.Literal(value)
    iri = match.group(1) if match.group(1) is not None else match.group(2)
    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        raise UsageError(None, f"the value {value!r} looks like an IRI but is not a valid one ({error})",
                         "write it as a valid IRI (a space as %20), e.g. "
                         "article=https://w3id.org/news-kg/id/article/belarus-2020-09-21") from None


def query_parameters(text: str) -> tuple[str, ...] | None:
    """The variables a query's ``# Parameters:`` comment names; None if it has none.

    >>> query_parameters("# Parameters: ?article (optional)\\n#   ?n  a number\\n# Columns: x\\nSELECT ...")
    ('article', 'n')
    >>> query_parameters("# Parameters: none.\\nSELECT ...")
    ()
    """
    section = _comment_section(text, "Parameters")
    if section is None:
        return None
    # A parameter is a line (or the heading's rest) that starts with its ?variable.
    found = (re.match(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", line) for line in section)
    return tuple(dict.fromkeys(match.group(1) for match in found if match))


def needs_happenings(text: str) -> bool:
    """Whether a query reads happenings (its header has a ``# Linking:`` section): over files they are
    linked in memory first (`kg.link.write.link_store`), as kg load and kg link keep them in a store.

    >>> needs_happenings("# Purpose: x\\n# Linking: the happenings must be there\\nSELECT ..."), needs_happenings("SELECT ...")
    (True, False)
    """
    return _comment_section(text, "Linking") is not None


def _header(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return lines


def _comment_section(text: str, title: str) -> list[str] | None:
    collected: list[str] | None = None
    for line in _header(text):
        heading = re.match(r"([A-Z][a-z]+):\s*(.*)", line)
        if heading:
            if collected is not None:
                break
            if heading.group(1) == title:
                collected = [heading.group(2)]
        elif collected is not None:
            collected.append(line)
    return collected


def describe_queries() -> list[tuple[str, str]]:
    """``(name, first line of its purpose)`` for every saved query, by name."""
    described = []
    for name in query_names():
        text = query_text(name)
        header = _header(text)
        purpose = next((line.partition(":")[2].strip() for line in header if line.startswith("Purpose:")),
                       header[0] if header else "")
        described.append((name, purpose))
    return described


def query_files(query: str | Path, paths: Sequence[str | Path],
                params: Iterable[str] | Mapping[str, str] | None = None, window: Window = EVERY_ROW, *,
                allow_service: bool = False, read: Reader | None = None):
    """Run a SELECT `query` (saved name, query file, ``-`` or text: `load_query`) over the RDF `paths`.

    A query that reads happenings (`needs_happenings`: ``happenings``, ``conflicts``) gets them linked in
    memory over the files' articles first.

    Args:
        query: a saved query's name (``events``), a ``.rq``/``.sparql`` file, ``-`` or the text.
        paths: RDF files; their union is queried.
        params: ``name=value`` strings or a mapping: the value binds ``?name``,
            as an IRI when written ``<…>`` or ``http(s)://…``, else as a literal.
        window: the rows to give (every one unless it limits them).
        allow_service: run a query that calls a SERVICE (else refused: `check_query`).
        read: what to make of the solutions instead of a `QueryResult` (see `select`).

    Raises:
        UnknownName: an unknown saved query name (exit code 2).
        InputError: a query with a syntax error, a file that cannot be loaded.
        UsageError: a parameter the query does not take, a query that is no SELECT, a SERVICE not allowed.
    """
    loaded, bindings = checked_query(query, params)
    check_query(loaded, allow_service=allow_service)
    from kg.rdf.files import read_store  # rdflib (~0.1 s): only a query over files needs it

    store = read_store(paths)
    if needs_happenings(loaded.text):
        from kg.link.write import link_store

        link_store(store)
    return select(store, loaded, bindings, window=window.check(), allow_service=allow_service,
                  read=read)


def checked_query(query: str | Path,
                  params: Iterable[str] | Mapping[str, str] | None) -> tuple[Query, dict[str, str]]:
    """The query `query` names and its parsed `params`, checked against its ``# Parameters:``.

    Raises as `query_files` does for an unknown query or parameter.
    """
    loaded = load_query(query)
    bindings = parse_params(params)
    declared = query_parameters(loaded.text)
    if declared is not None:
        unknown = [name for name in bindings if name not in declared]
        if unknown:
            raise UsageError(loaded.name, f"the query takes no parameter {', '.join(unknown)}",
                             f"it takes: {', '.join(declared) or 'none'}")
    return loaded, bindings


def select(store: ox.Store, query: Query, params: Mapping[str, str] | None = None, *,
           graph: str | None = None, graphs: Sequence[ox.NamedNode] | None = None,
           window: Window = EVERY_ROW, allow_service: bool = False, read: Reader | None = None):
    """Run `query` on `store` with `params` bound; the rows `window` keeps (every one unless it says),
    as a `QueryResult`, or what `read` makes of the solutions (e.g. `kg.store.results.write_solutions`).

    The default graph is the union of all graphs, or the named graph `graph`
    (an IRI) when given; `graphs` limits the named graphs (one article's).
    The query is checked first (`check_query`): a SERVICE call only runs with `allow_service`.
    """
    check_query(query, allow_service=allow_service)
    substitutions = {ox.Variable(name): param_term(value) for name, value in (params or {}).items()}
    # the saved queries read each article from its named graph (GRAPH ?articleGraph), so one
    # article is chosen by naming its graph as the only named graph (and the default graph)
    dataset = {"default_graph": ox.NamedNode(graph), "named_graphs": [ox.NamedNode(graph)]} if graph \
        else {"use_default_graph_as_union": True}
    if graphs is not None and not graph:
        dataset["named_graphs"] = list(graphs)
    try:
        solutions = store.query(query.text, substitutions=substitutions or None, **dataset)
    except SyntaxError as error:
        raise InputError(query.name, f"SPARQL syntax error: {error.msg}",
                         "check the query text") from None
    except RuntimeError as error:
        # Oxigraph refuses to bind a variable the SELECT does not project.
        if substitutions and "projection" in str(error):
            raise UsageError(query.name, str(error), "bind only variables the query returns") from None
        raise
    if not isinstance(solutions, ox.QuerySolutions):
        raise UsageError(query.name, "only SELECT queries can be run", "rewrite it as a SELECT")
    return QueryResult.of_solutions(solutions, window) if read is None else read(solutions)


MAX_QUERY_NESTING = 64
"""The deepest a query's groups, brackets and parentheses may nest (the saved queries: 10 at most)."""

# A SERVICE call needs the keyword, in any case, or a \u escape, which SPARQL 1.1 §19.2 decodes
# before the query is parsed (``SERVI\u0043E``): a query with neither needs no parse to tell.
_MAY_CALL_SERVICE = re.compile(r"service|\\[uU]", re.IGNORECASE)


def check_query(query: Query, *, allow_service: bool = False) -> None:
    """Raise before a query reaches Oxigraph: InputError when it nests deeper than `MAX_QUERY_NESTING`,
    UsageError when it calls a SERVICE (`calls_service`) and `allow_service` is not given.

    >>> check_query(Query("q.rq", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"))
    Traceback (most recent call last):
    kg.errors.UsageError: q.rq: calls SERVICE <http://127.0.0.1:9/sparql>, which would send a request from this machine to that address; pass --allow-service to let it
    """
    nesting = NestingCheck("turtle", query.name, limit=MAX_QUERY_NESTING,
                           hint="Oxigraph's parser recurses that deep (and crashes); write the groups flatter")
    nesting.feed(query.text.encode("utf-8", "surrogatepass"))
    nesting.finish()
    if allow_service:
        return
    services = calls_service(query)
    if services:
        raise UsageError(query.name, f"calls SERVICE {services[0]}, which would send a request from this machine "
                         "to that address", "pass --allow-service to let it")


def calls_service(query: Query) -> list[str]:
    """The services (IRIs in ``<…>``, or a variable) that `query` calls; [] for none. rdflib's parser reads
    it (no text search, which comments, strings and escapes fool), only when the text could call one.

    >>> calls_service(Query("q", "SELECT * { ?s ?p 'service' }")), calls_service(Query("q", "SELECT * { SERVI\\u0043E ?x { } }"))
    ([], ['?x'])

    Raises UsageError when the text could call one and rdflib cannot parse it.
    """
    if not _MAY_CALL_SERVICE.search(query.text) or query.name in query_names():
        return []
    found = []
    for node in _parse_nodes(query):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            term = node.get("term")
            found.append(f"<{term}>" if type(term).__name__ == "URIRef" else f"?{term}")
    return found


def only_select(query: Query) -> None:
    """Raise UsageError when rdflib's parser reads `query` as no SELECT (a saved query is one; a query
    it cannot parse is left to the server, which may know more SPARQL than rdflib).

    >>> only_select(Query("q.rq", "CONSTRUCT WHERE { ?s ?p ?o }"))
    Traceback (most recent call last):
    kg.errors.UsageError: q.rq: only SELECT queries can be run; rewrite it as a SELECT
    """
    if query.name in query_names():
        return
    try:
        form = _parsed(query.text)[1].name
    except UsageError:
        return
    if form != "SelectQuery":
        raise UsageError(query.name, "only SELECT queries can be run", "rewrite it as a SELECT")


@functools.lru_cache(maxsize=4)
def _parsed(text: str):
    """rdflib's parse tree of `text`: [prologue, query] (read only). UsageError when it cannot parse it."""
    from rdflib.plugins.sparql.parser import parseQuery  # pyparsing: ~70 ms, only for queries that need it

    try:
        return parseQuery(text)
    except Exception as error:  # pyparsing's ParseException, and whatever a strange query raises
        raise UsageError(None, f"rdflib cannot parse the query ({' '.join(str(error).split())[:200]})",
                         "a query that may call a SERVICE is run only when parsed; pass --allow-service to run "
                         "it unparsed") from None


def _parse_nodes(query: Query):
    """Every node of `query`'s rdflib parse tree, depth first, without recursion."""
    try:
        stack = [_parsed(query.text)]
    except UsageError as error:
        raise UsageError(query.name, error.problem, error.hint) from None
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
