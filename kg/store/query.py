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
"""
from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, UnknownName, UsageError
from kg.rdf.files import read_store
from kg.resources import query_names, query_text
from kg.store.results import EVERY_ROW, QueryResult, Window

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IRI_VALUE = re.compile(r"<([^<>]*)>|(https?://\S*)")


@dataclass(frozen=True)
class Query:
    """A query's text and the name to report it by (saved name, file path, ``<stdin>``, ``the query text``)."""

    name: str
    text: str


def load_query(query: str | Path) -> Query:
    """The query `query` stands for, tried in this order:

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

    Raises UsageError for an item without ``=`` or a name that is no SPARQL variable.
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

    Raises UsageError for an IRI that is not valid.
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
        raise UsageError(None, f"parameter value {value!r} is not a valid IRI: {error}") from None


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
                params: Iterable[str] | Mapping[str, str] | None = None, window: Window = EVERY_ROW) -> QueryResult:
    """Run a SELECT `query` (saved name, query file, ``-`` or text: `load_query`) over the RDF `paths`.

    Args:
        query: a saved query's name (``events``), a ``.rq``/``.sparql`` file, ``-`` or the text.
        paths: RDF files; their union is queried.
        params: ``name=value`` strings or a mapping: the value binds ``?name``,
            as an IRI when written ``<…>`` or ``http(s)://…``, else as a literal.
        window: the rows to give (every one unless it limits them).

    Raises:
        UnknownName: an unknown saved query name (exit code 2).
        InputError: a query with a syntax error, a file that cannot be loaded.
        UsageError: a parameter the query does not take, or a query that is no SELECT.
    """
    loaded, bindings = checked_query(query, params)
    return select(read_store(paths), loaded, bindings, window=window.check())


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
           window: Window = EVERY_ROW) -> QueryResult:
    """Run `query` on `store` with `params` bound; the rows `window` keeps (every one unless it says).

    The default graph is the union of all graphs, or the named graph `graph`
    (an IRI) when given; `graphs` limits the named graphs (one article's).
    """
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
    return QueryResult.of_solutions(solutions, window)
