"""`kg link --store`: the happenings of an embedded store computed again from its articles (issue 15);
and the stamp by which a load knows it may link only what it loaded.

Input: the path of an embedded store. Output: the store, its default graph holding its happenings
(`kg.link.write.link_store`), and a `LinkReport`. For a store loaded before kg linked at every load, or
one written by another program. The table of listings beside the store stays fresh: its rows are the
articles', which linking does not change, and it is stamped again after the write as a kg load does.

A load links only what its articles may reach (`kg.link.write.link_loaded`), which is right only if the
store's happenings were the linking of its articles before. Each kg write that links (kg load, kg convert
--load, kg link) so stamps the store with its files as it leaves them (`STAMP_FILE`: the digest
`kg.store.listings.store_files` gives, which any writer changes); a load of a store whose stamp does not
match (written by another program or a ``kg serve`` that takes updates, a load killed midway, a store from
before kg kept the stamp) links every article again, as ``kg link --store`` does.

Over a SPARQL 1.1 server (`link_endpoint`: ``kg link --endpoint``, and ``kg load --endpoint`` after it
loads) the happenings are computed again from every article the server holds, read with the queries
`kg.link.reports` runs on a store, and replace the content of one named graph of their own,
`kg.link.write.HAPPENINGS_GRAPH`, in one request.
"""
from __future__ import annotations

import os
from pathlib import Path

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.errors import KgError, StoreError, UsageError
from kg.link.write import LinkReport, link_store

if TYPE_CHECKING:
    from kg.store.endpoint import Endpoint

STAMP_FILE = "kg-happenings.stamp"
"""The file in the store directory that holds the digest of the store's files as kg last linked it."""


def happenings_fresh(path: Path) -> bool:
    """Whether the happenings of the store at `path` are the linking of its articles: its files are as the
    last kg write that linked left them. Asked before the store is opened for writing, which changes them."""
    from kg.store.listings import store_files

    try:
        return (path / STAMP_FILE).read_text(encoding="ascii").strip() == store_files(path)
    except (OSError, UnicodeDecodeError):
        return False


def stamp_happenings(path: Path) -> None:
    """Stamp the store at `path` (closed: closing changes its files) as linked; atomically (a temporary file
    renamed over the stamp). A stamp that cannot be written leaves the next load linking every article."""
    from kg.store.listings import store_files

    temporary = path / f".{STAMP_FILE}.tmp"
    try:
        temporary.write_text(store_files(path) + "\n", encoding="ascii")
        os.replace(temporary, path / STAMP_FILE)
    except OSError:
        temporary.unlink(missing_ok=True)


def link_store_at(path: Path) -> LinkReport:
    """Recompute the happenings of the embedded store at `path`.

    Raises StoreError for no store, one in use or damaged (`kg.store.embedded.open_store`), or one that
    cannot be written (a full disk; its happenings are then as before or none, never half-written
    articles: the article graphs are not touched).
    """
    from kg.store.embedded import open_store, raise_damage
    from kg.store.listings import ListingWriter

    listings = ListingWriter(path)  # before the store is opened for writing, which changes its files
    store = open_store(path)
    try:
        listings.start(store)
        report = link_store(store, str(path))
        store.flush()
    except BaseException as error:
        listings.abandon()
        if isinstance(error, KgError):
            error.__traceback__ = error.__context__ = None
            raise
        if not isinstance(error, (OSError, RuntimeError)):
            raise
        raise_damage(path, error)
        raise StoreError(str(path), f"cannot write the happenings to the store ({error})",
                         "free some disk space, then run kg link --store again") from None
    finally:
        del store  # releases the store's lock now, even while the error is being handled
    listings.finish()  # the store closed: its files as this write leaves them
    stamp_happenings(path)
    return report


def link_endpoint(endpoint: Endpoint) -> LinkReport:
    """Recompute the happenings of every article graph a SPARQL 1.1 server holds, and make them the content
    of its graph `kg.link.write.HAPPENINGS_GRAPH`: the happenings the embedded store would hold for the
    same articles, with the same IRIs.

    The reports are read through the query URL with the packaged queries of `kg.link.reports` (over the
    server's named graphs: each article's, as ``kg load --endpoint`` puts it), clustered as in a store, and
    written in one request that replaces the graph whole: a Graph Store Protocol PUT where the server has a
    graph store URL, else the SPARQL Update of `kg.store.load.replace_graph_update`. A request that fails
    so leaves the graph as it was (the articles are never touched); no happening at all drops the graph
    (``kg/sparql/drop_happenings.ru``) where the server has an update URL. Happenings the server's default
    graph holds of its own (`_default_holds_happenings`: a ``kg serve`` of a store kg load linked) are
    removed in that same SPARQL Update request (``kg/sparql/drop_default_happenings.ru`` first), so that the
    saved queries meet one copy and a failed request leaves both copies as they were.

    Raises UsageError without a query URL or a URL to write through; StoreError (one line, the server's
    words filtered as `kg.store.endpoint.send` filters them) for a failed request or an answer that is no
    SPARQL JSON results.
    """
    import pyoxigraph as ox

    from kg.link.cluster import link_reports
    from kg.link.reports import reports_from_rows
    from kg.link.write import HAPPENINGS_GRAPH, happening_quads
    from kg.rdf.files import ArticleGraph
    from kg.resources import sparql_update_text
    from kg.store.endpoint import send, shown_url
    from kg.store.load import replace_graph_update

    if endpoint.query_url is None:
        raise UsageError(None, "no query URL: kg link reads the server's articles through it",
                         "give --endpoint URL, or --query-url beside --graph-store-url or --update-url")
    if endpoint.graph_store_url is None and endpoint.update_url is None:
        raise UsageError(None, "no URL to write the happenings through",
                         "give --endpoint URL, --graph-store-url or --update-url")
    reports = reports_from_rows(lambda name: _endpoint_rows(endpoint, name))
    happenings = link_reports(reports)
    quads = list(happening_quads(happenings, HAPPENINGS_GRAPH))
    ntriples = ox.serialize((quad.triple for quad in quads), format=ox.RdfFormat.N_TRIPLES) or b""
    in_default = endpoint.update_url is not None and _default_holds_happenings(endpoint)
    # the default graph's copy goes in the same request as the new happenings (one request, one transaction:
    # a failure leaves both as they were)
    first = sparql_update_text("drop_default_happenings").rstrip() + " ;\n" if in_default else ""
    try:
        if not quads and endpoint.update_url is not None:  # no happening: Virtuoso refuses an empty INSERT DATA
            send(endpoint, "POST", endpoint.update_url, body=(first + sparql_update_text("drop_happenings")).encode(),
                 content_type="application/sparql-update; charset=utf-8")
        elif endpoint.graph_store_url is not None and not in_default:
            # N-Triples is Turtle too, and every Graph Store server reads Turtle (as kg.store.endpoint loads).
            send(endpoint, "PUT", endpoint.graph_store_url, body=ntriples,
                 content_type="text/turtle; charset=utf-8", params=[("graph", HAPPENINGS_GRAPH)])
        else:
            update = first + replace_graph_update(ArticleGraph(HAPPENINGS_GRAPH, ntriples, len(quads), "happenings"))
            send(endpoint, "POST", endpoint.update_url, body=update.encode("utf-8"),
                 content_type="application/sparql-update; charset=utf-8")
    except StoreError as error:
        raise StoreError(error.where, f"cannot write the happenings: {error.problem}",
                         f"{error.hint}; the server's happenings are as they were, and its articles as "
                         "loaded: run kg link with the same server options again") from None
    linked = sum(len(happening.reports) for happening in happenings)
    written = endpoint.update_url if not quads and endpoint.update_url is not None else endpoint.graph_store_url
    target = shown_url(written or endpoint.update_url)
    return LinkReport(target, len(reports), len(happenings), linked, len(happenings))


def _default_holds_happenings(endpoint: Endpoint) -> bool:
    """Whether the server's default graph holds happenings no named graph holds (``happenings_held.rq``):
    more happening nodes are typed in its default graph than in its named graphs. Never where the default
    graph is the union of the named graphs alone (Virtuoso); on a ``kg serve``, whose default graph is the
    union of every graph, those of the store's own default graph count twice."""
    counts: dict[str, int] = {}
    for where, happenings in _endpoint_rows(endpoint, "happenings_held"):
        try:
            counts[where.value] = int(happenings.value)
        except (AttributeError, ValueError):
            pass  # an unbound or odd count: nothing to remove
    return counts.get("default", 0) > counts.get("named", 0)


def _endpoint_rows(endpoint: Endpoint, name: str) -> Iterator[tuple]:
    """The rows the server answers to the packaged query `name` (`kg.link.reports.Select`), in the order of
    the query's SELECT clause whatever order the server gives its columns in."""
    import pyoxigraph as ox

    from kg.resources import sparql_text
    from kg.store.endpoint import ask_rows, shown_url
    from kg.store.query import Query

    text = sparql_text(name)
    wanted = [variable.value for variable in ox.Store().query(text).variables]  # the SELECT clause's order
    kept: list[tuple] = []

    def gather(columns: list[str], rows) -> None:
        if sorted(columns) != sorted(wanted):
            raise StoreError(shown_url(endpoint.query_url), f"the server answered {name}.rq with other columns "
                             "than it asks for", "check that the query URL is a SPARQL 1.1 server's")
        at = [columns.index(column) for column in wanted]
        kept.extend(tuple(row[index] for index in at) for row in rows)

    ask_rows(endpoint, Query(f"{name}.rq", text), gather)
    return iter(kept)
