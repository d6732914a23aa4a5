"""The rows of the kept listings for a few articles: the saved queries themselves, run over their graphs.

Input: whole articles' graphs (their IRIs and quads), as `kg load` writes them
to the store or ``kg index`` reads them back. Output: `ListingRow`s, each row
of a kept listing (`KEPT`) with its article, its sort key (`kg.store.listing_order`)
and its text as pyoxigraph writes it in the W3C TSV results format, which keeps
every term whole (IRI, datatype, language), so that the rows read back from the
table are the terms the query gave.

The articles are put into an in-memory store, each in its named graph as in the
embedded store, and each kept query runs once over all of them: the same saved
``.rq`` text, so a kept row cannot say other than the query does. A row is then
told to its article by its first IRI cell that only one of the articles' graphs
describes (a listing's row always holds its event's IRI, which lives in its article's
graph); a query whose rows cannot all be told so is run again article by article.

A row of the query over the whole store is a row of the query over one article's
graph when no node but the shared entities is described in two articles' graphs
(`tableable`): what `kg load` checks of every graph (`kg.rdf.claims`), and a
graph with blank nodes (which a file may share between its graphs) is not kept.
"""
from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from kg.errors import InputError
from kg.resources import query_text
from kg.store.listing_order import RowOrder, Unorderable, row_order

KEPT = ("detentions", "events", "gdelt_like", "protests", "statements", "timeline")
"""The saved queries whose rows the store's table keeps: every listing without parameters that reads each
article's own nodes and missed its time at 10,000 articles through SPARQL (BENCHMARKS.md), and protests,
within noise of it. ``timeline`` takes ``?article``, which reads one article's graph and needs no table."""

_TSV = ox.QueryResultsFormat.TSV


class NotKept(ValueError):
    """Graphs whose listings the table cannot keep: the reason, for the note that says listings answer
    through SPARQL."""


@dataclass(frozen=True)
class ListingRow:
    """One row of a kept listing: the query, the row's sort key, its article and its text (a TSV line)."""

    query: str
    key: bytes
    article: str
    text: bytes


@dataclass(frozen=True)
class KeptQuery:
    """A kept listing: its name, its text, its columns' TSV header line and its rows' order."""

    name: str
    text: str
    header: bytes
    order: RowOrder


@cache
def kept_queries() -> tuple[KeptQuery, ...]:
    """The kept listings (`KEPT`), each read once; an order the table cannot follow is a bug."""
    kept = []
    for name in KEPT:
        text = query_text(name)
        header = _tsv(ox.Store().query(text)).split(b"\n", 1)[0]
        columns = [variable.removeprefix("?") for variable in header.decode("utf-8").split("\t")]
        order = row_order(text, columns)
        if order is None:
            raise AssertionError(f"the saved query {name} is kept beside the store but its ORDER BY is not read")
        kept.append(KeptQuery(name, text, header, order))
    return tuple(kept)


def tableable(articles: Sequence[str], quads: Sequence[ox.Quad], *, checked: bool) -> None:
    """Raise NotKept when a graph of `articles` (`quads`, each in its article's graph) may join another
    article's in a listing: a blank node, or (unless `checked`: `kg load` checked them) a node that is
    neither the article's nor a shared entity (`kg.rdf.claims.check_claims`)."""
    for quad in quads:
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            raise NotKept(f"the graph {quad.graph_name} holds blank nodes")
    if checked:
        return
    from kg.rdf.claims import check_claims

    graphs: dict[str, list[ox.Quad]] = {article: [] for article in articles}
    for quad in quads:
        graphs[quad.graph_name.value].append(quad)
    for article, graph in graphs.items():
        try:
            check_claims(article, graph, article, strict=True)
        except InputError as error:
            raise NotKept(error.problem) from None


def listing_rows(articles: Sequence[str], quads: Sequence[ox.Quad]) -> Iterator[ListingRow]:
    """Every row of every kept listing over the graphs of `articles` (`quads`: each in its article's graph).

    Raises NotKept for a row whose sort key cannot be made (`kg.store.listing_order.Unorderable`).
    """
    store = ox.Store()
    store.extend(quads)
    owners: dict[str, str | None] = {}
    for kept in kept_queries():
        try:
            # Every named graph of the store is an article's of `articles`: a query given no list of them
            # reads the same graphs, in half the time Oxigraph takes to match each graph against a list.
            yield from _told_rows(kept, store, None, owners)
        except _Untold:
            for article in articles:
                yield from _told_rows(kept, store, [ox.NamedNode(article)], owners, article=article)


class _Untold(Exception):
    """A row of a query over several articles that no IRI in it tells to one article."""


def _told_rows(kept: KeptQuery, store: ox.Store, names: list[ox.NamedNode] | None, owners: dict[str, str | None],
               article: str | None = None) -> list[ListingRow]:
    """The rows of `kept` over `store`, its GRAPH patterns over the graphs `names` (None: every named graph),
    each told to its article (`article`, else `_owner`)."""
    text = _tsv(store.query(kept.text, use_default_graph_as_union=True, named_graphs=names))
    lines = text.split(b"\n")[1:-1]  # the header, and the empty piece after the last line end
    solutions = ox.parse_query_results(text, format=_TSV)
    places: dict[str, int] = {}
    rows = []
    for line, solution in zip(lines, solutions, strict=True):
        cells = tuple(solution)
        owner = article or _owner(cells, store, owners)
        place = places[owner] = places.get(owner, -1) + 1
        try:
            key = kept.order.key(cells, owner, place)
        except Unorderable as error:
            raise NotKept(f"the rows of {kept.name} cannot be ordered in a table: {error}") from None
        rows.append(ListingRow(kept.name, key, owner, line))
    return rows


def _owner(cells: tuple, store: ox.Store, owners: dict[str, str | None]) -> str:
    """The one article graph that describes the first IRI of `cells` only one graph describes."""
    for cell in cells:
        if isinstance(cell, ox.NamedNode):
            if cell.value not in owners:
                graphs = {quad.graph_name.value for quad in store.quads_for_pattern(cell, None, None, None)}
                owners[cell.value] = graphs.pop() if len(graphs) == 1 else None
            if owners[cell.value] is not None:
                return owners[cell.value]
    raise _Untold


def _tsv(solutions: ox.QuerySolutions) -> bytes:
    out = io.BytesIO()
    solutions.serialize(out, format=_TSV)
    return out.getvalue()
