"""Where graphs go and queries run: RDF files, the embedded store, or a SPARQL 1.1 server.

Input: what the command line gave (files, ``--store``, an `kg.store.endpoint.Endpoint`
built from ``--endpoint`` and the ``--*-url`` options, ``--graph``). Output:
the `kg.store.load.LoadReport` or `kg.store.query.QueryResult` of the one target they
name (`write_query_output`: the rows as ``kg query`` prints them). Options that name
two targets, or none, are a `UsageError` raised before any work.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import UsageError
from kg.store.results import EVERY_ROW, Window

if TYPE_CHECKING:  # a query over the store imports neither rdflib nor the HTTP client (~0.2 s of start-up)
    from kg.link.write import LinkReport
    from kg.rdf.files import ArticleGraph
    from kg.store.endpoint import Endpoint
    from kg.store.load import LoadReport
    from kg.store.query import Reader


def check_target(store: str | None, endpoint: Endpoint | None) -> None:
    """Raise UsageError when both a store and an endpoint are given: a load or query has one target."""
    if store is not None and endpoint is not None:
        raise UsageError(None, "--store and --endpoint both given",
                         "use the embedded store (--store) or a server (--endpoint), not both")


def check_load_options(load: bool, store: str | None, endpoint: Endpoint | None) -> None:
    """For ``kg convert``: --store and --endpoint need --load, name one target, and a store must be usable.

    The store is opened (and created) here, so a store that another process
    holds fails the run before any article is converted.
    """
    if not load:
        if store is not None or endpoint is not None:
            raise UsageError(None, "--store and --endpoint say where --load loads", "add --load")
        return
    check_target(store, endpoint)
    if endpoint is None:
        from kg.store.embedded import check_store, store_path

        check_store(store_path(store), create=True)


def load_into_target(graphs: Sequence[ArticleGraph], *, store: str | None = None,
                endpoint: Endpoint | None = None) -> LoadReport:
    """Load `graphs` into the embedded store (`store`: see `kg.store.embedded.store_path`) or `endpoint`.

    Each article's graph replaces any earlier graph of the same IRI, atomically.

    Raises UsageError for both targets, and StoreError as `kg.store.embedded.load_into_store`
    and `kg.store.endpoint.load_into_endpoint` do.
    """
    check_target(store, endpoint)
    if endpoint is not None:
        from kg.store.endpoint import load_into_endpoint

        return load_into_endpoint(endpoint, graphs)
    from kg.store.embedded import load_into_store, store_path

    return load_into_store(store_path(store), graphs)


def load_files_into_target(paths: Sequence[str | Path], *, store: str | None = None,
                           endpoint: Endpoint | None = None, validate: bool = True, connections: int | None = None,
                           resume: bool = False, link: bool = True) -> LoadReport:
    """`kg load`: the article graphs in `paths` into the embedded store (`kg.store.bulkload.bulk_load_files`),
    or to `endpoint` (`kg.rdf.files.read_article_graphs`, then `load_into_target`).

    Every file is read, and every article's graph checked (`kg.store.load.check_articles`: the shapes
    only with `validate`), before anything is loaded, so a bad file loads nothing. What a graph says of
    shared entities is held to the other articles of the embedded store, or of the server, which is
    asked through its query URL (`kg.store.server_check`): a load to a server needs one.

    To a server, `connections` requests at most are in flight at once (default one), and with `resume`
    the articles it already holds whole are not sent again (`kg.store.endpoint.load_into_endpoint`). Then,
    with `link`, the server's happenings are computed again over every article it holds
    (`kg.store.happenings.link_endpoint`); without, they are left as they were (``kg load --no-link``: a
    load of many shards links once at the end, with ``kg link --endpoint``).

    Raises UsageError for both targets, for a server without a query URL, and for `connections`,
    `resume` or not `link` without a server, before any file is read; StoreError for a failed load, or a
    failed linking after a load (saying the articles are loaded).
    """
    check_target(store, endpoint)
    if endpoint is None and (connections is not None or resume):
        raise UsageError("--connections" if connections is not None else "--resume",
                         "is for loading to a server (--endpoint)",
                         "the embedded store is loaded by Oxigraph's bulk loader, whose reloads replace anyway")
    if endpoint is None and not link:
        raise UsageError("--no-link", "is for loading to a server (--endpoint)",
                         "the embedded store links at every load only what the loaded articles reach")
    if endpoint is None:
        from kg.store.bulkload import bulk_load_files
        from kg.store.embedded import store_path

        return bulk_load_files(store_path(store), paths, validate=validate)
    if endpoint.query_url is None:
        raise UsageError(None, "no query URL: before it loads, kg load asks the server what its articles "
                               "already say of shared entities",
                         "give --query-url as well (the server's SPARQL query URL), or --endpoint with the "
                         "server's base URL")
    from kg.rdf.files import read_article_graphs
    from kg.rdf.scan import article_quads, scan_graph_files
    from kg.store.load import check_articles
    from kg.store.server_check import check_against_endpoint

    graphs = read_article_graphs(paths)
    described = check_articles(article_quads(scan_graph_files(paths)), validate=validate)
    check_against_endpoint(endpoint, described, {graph.iri for graph in graphs})
    from kg.store.endpoint import load_into_endpoint

    report = load_into_endpoint(endpoint, graphs, connections=connections or 1, resume=resume)
    if not link:
        return report
    return replace(report, happenings=link_after_load(endpoint, len(report.articles) + len(report.held)))


def link_after_load(endpoint: Endpoint, loaded: int) -> int:
    """Link the happenings of the server after a load of `loaded` articles (`kg.store.happenings.link_endpoint`);
    how many it holds.

    Raises StoreError as `link_endpoint` does, its message saying the articles are loaded.
    """
    from kg.errors import StoreError
    from kg.store.happenings import link_endpoint

    try:
        return link_endpoint(endpoint).stored
    except StoreError as error:
        raise StoreError(error.where, f"{loaded} article{'' if loaded == 1 else 's'} loaded, but linking failed: "
                         f"{error.problem}", error.hint) from None


def link_target(store: str | None, endpoint: Endpoint | None) -> LinkReport:
    """`kg link`: recompute the happenings of the embedded store (`store`: see `kg.store.embedded.store_path`)
    or of `endpoint` (`kg.store.happenings.link_endpoint`).

    Raises UsageError for both targets; otherwise as `kg.store.happenings.link_store_at` and
    `link_endpoint` do.
    """
    check_target(store, endpoint)
    if endpoint is not None:
        from kg.store.happenings import link_endpoint

        return link_endpoint(endpoint)
    from kg.store.embedded import store_path
    from kg.store.happenings import link_store_at

    return link_store_at(store_path(store))


def check_query_inputs(data: Sequence[str], store: str | None, endpoint: Endpoint | None) -> None:
    """Raise UsageError when a query is given two targets: a store and an endpoint, or files and either."""
    check_target(store, endpoint)
    if data and (store is not None or endpoint is not None):
        raise UsageError(None, "RDF files and a store or endpoint both given",
                         "query the files, or drop them to query --store or --endpoint")


def query_target(query: str | Path, data: Sequence[str], params: Iterable[str] | None = None, *,
                 store: str | None = None, endpoint: Endpoint | None = None,
                 graph: str | None = None, window: Window = EVERY_ROW, allow_service: bool = False,
                 read: Reader | None = None):
    """`kg query`: run a query (see `kg.store.query.load_query`) over RDF files `data`, a store, or an endpoint.

    The answer is a `QueryResult`; over files and the store, `read` may make something else of the
    solutions (see `kg.store.query.select`); over a server it is not used.

    ``store=""`` means the default store (``--store`` without a path). Over a
    store or a server the default graph is the union of the article graphs,
    or the one named `graph`.

    Every row, from files, a store or a server alike, unless `window` limits them.
    A query that calls a SERVICE runs over files and the store only with
    `allow_service` (over a server, the server decides).

    Raises UsageError for files with a store or endpoint, for none of the
    three, for `graph` over files and a negative limit or offset; otherwise as
    the target's query does.
    """
    check_query_inputs(data, store, endpoint)
    window.check()
    if endpoint is not None:
        from kg.store.endpoint import query_endpoint

        return query_endpoint(endpoint, query, params, graph, window)
    if store is not None:
        from kg.store.embedded import query_store, store_path

        return query_store(store_path(store), query, params, graph, window, allow_service=allow_service,
                           read=read)
    if not data:
        raise UsageError(None, "nothing to query", "give RDF files, --store [PATH] or --endpoint URL")
    if graph is not None:
        raise UsageError(None, "--graph needs --store or --endpoint", "drop --graph to query files")
    from kg.store.query import query_files

    return query_files(query, data, params, window, allow_service=allow_service, read=read)


def write_query_output(query: str | Path, data: Sequence[str], params: Iterable[str] | None = None, *, fmt: str,
                       out, timeout: float | None = None, store: str | None = None,
                       endpoint: Endpoint | None = None, graph: str | None = None, window: Window = EVERY_ROW,
                       allow_service: bool = False) -> None:
    """`kg query`: write the rows of `query_target` to `out` (a binary file) in the format `fmt`
    (`kg.store.output.write_rows`; a table as wide as `kg.store.output.terminal_width` allows).

    A complete answer over files or the store in a format pyoxigraph writes (csv, tsv, srj, srx) is
    written by pyoxigraph straight from the solutions, as UTF-8 bytes (`kg.store.results.write_solutions`).

    Over files and the store the query runs in a child process, killed after
    `timeout` seconds (None: `kg.store.deadline.DEFAULT_TIMEOUT`; 0: never) or
    at Ctrl-C (`kg.store.deadline.run_within`), and its rows are written when it
    ends. Over a server each row is written as it arrives
    (`kg.store.endpoint.write_endpoint_query`), within the request's deadline:
    `timeout` when given, else the endpoint's (``KG_ENDPOINT_TIMEOUT``).

    Raises as `query_target`, and StoreError at the deadline, `kg.errors.Interrupted` at Ctrl-C.
    """
    from kg.store.deadline import DEFAULT_TIMEOUT, MAX_TIMEOUT, check_timeout, run_within
    from kg.store.output import terminal_width
    from kg.store.query import load_query
    from kg.store.results import WRITTEN_FORMATS, format_result, write_solutions

    seconds = check_timeout(DEFAULT_TIMEOUT if timeout is None else timeout)
    check_query_inputs(data, store, endpoint)
    window.check()
    loaded = load_query(query)  # here, so an unknown name or unreadable file fails before the child starts
    if endpoint is not None:
        from kg.store.endpoint import write_endpoint_query

        if timeout is not None:
            endpoint = replace(endpoint, timeout=seconds or MAX_TIMEOUT)
        write_endpoint_query(endpoint, loaded, params, graph, window, fmt=fmt, out=out,
                             width=terminal_width() if fmt == "table" else None)
        return

    def output() -> str | bytes:
        if endpoint is None and fmt in WRITTEN_FORMATS and window == EVERY_ROW:
            return query_target(loaded, data, params, store=store, graph=graph, allow_service=allow_service,
                                read=functools.partial(write_solutions, fmt=fmt))
        return format_result(query_target(loaded, data, params, store=store, endpoint=endpoint, graph=graph,
                                          window=window, allow_service=allow_service), fmt)

    written = run_within(output, seconds, loaded.name)
    out.write(written if isinstance(written, bytes) else written.encode("utf-8"))
