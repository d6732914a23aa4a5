"""What a SPARQL server's articles say of shared entities, held against the article graphs ``kg load`` sends it.

Input: an `kg.store.endpoint.Endpoint` with a query URL, what the graphs being loaded say of shared
nodes (`kg.store.load.Described`, from `kg.store.load.check_articles`) and the IRIs of the articles
they replace. Output: nothing, or the `InputError` that ``kg load --store`` gives for the same graph
(`kg.store.load.hold_to_article`, `kg.rdf.claims.disagreement`), raised before anything is loaded.

The server is asked with the packaged query ``shared_descriptions`` (``kg/sparql/``): every triple
but aliases and mentions that a named graph holds about the nodes, bound `BATCH` nodes a request by
a trailing ``VALUES`` clause that pyoxigraph writes and reads back (`kg.store.endpoint.values_rows`).
The answer is read row by row (`kg.store.answer`), and the rows of the articles being replaced are
dropped as they come. Each node is held to every other article the server holds, not to one as in the
embedded store: a server's articles may have been loaded by other clients, never held to the rule.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import pyoxigraph as ox

from kg.errors import StoreError
from kg.resources import sparql_text
from kg.store.endpoint import Endpoint, ask_rows, shown_url, values_rows
from kg.store.load import Described, hold_to_article
from kg.store.query import Query

QUERY = "shared_descriptions"
"""The packaged query (``kg/sparql/shared_descriptions.rq``) that asks the server."""
COLUMNS = ("node", "graph", "predicate", "object")
BATCH = 200
"""Shared nodes asked for in one request (a few tens of kilobytes of query)."""


def check_against_endpoint(endpoint: Endpoint, described: Described, loading: set[str]) -> None:
    """Raise InputError when an article being loaded says of a shared node other than what an article the
    server already holds (and that is not being replaced: `loading`) says of it.

    Raises StoreError as `kg.store.endpoint.send` does (naming the query URL; nothing is loaded yet), and
    UsageError without a query URL.
    """
    where = shown_url(endpoint.query_url or "")
    text = sparql_text(QUERY)
    nodes = list(described)
    order = {node: index for index, node in enumerate(nodes)}
    for start in range(0, len(nodes), BATCH):
        batch = nodes[start:start + BATCH]
        held: dict[tuple[str, str], list[ox.Quad]] = {}

        def gather(columns: list[str], rows: Iterator[tuple]) -> None:
            for node, graph, quad in _quads(columns, rows, where):
                if graph not in loading and node in described:
                    held.setdefault((node, graph), []).append(quad)

        try:
            clause = values_rows(["node"], [[ox.NamedNode(node)] for node in batch])
        except ValueError:
            raise StoreError(where, "the shared entities' IRIs cannot be sent to the server intact",
                             "check the files: kg convert writes valid IRIs") from None
        try:
            ask_rows(endpoint, Query(f"{QUERY}.rq", text + clause), gather)
        except StoreError as error:
            raise StoreError(error.where, f"{error.problem}; nothing loaded", error.hint) from None
        for (node, graph), quads in sorted(held.items(), key=lambda item: (order[item[0][0]], item[0][1])):
            hold_to_article(described, node, graph, quads, where)


def _quads(columns: Sequence[str], rows: Iterator[tuple], where: str) -> Iterator[tuple[str, str, ox.Quad]]:
    """Each row of the answer as (node, graph, the quad it is); rows that are no such quad are passed over
    (a server's own graphs may hold anything)."""
    try:
        at = [columns.index(name) for name in COLUMNS]
    except ValueError:
        raise StoreError(where, f"the server answered the columns {', '.join(columns)}, not {', '.join(COLUMNS)}",
                         "check that --query-url is the server's SPARQL query URL") from None
    for row in rows:
        node, graph, predicate, value = (row[index] for index in at)
        if isinstance(node, ox.NamedNode) and isinstance(graph, ox.NamedNode) and \
                isinstance(predicate, ox.NamedNode) and value is not None:
            yield node.value, graph.value, ox.Quad(node, predicate, value, graph)
