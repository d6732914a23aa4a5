"""The embedded triple store: an on-disk Oxigraph store (pyoxigraph), one named graph per article.

Input: `kg.rdf.files.ArticleGraph`s to load (``kg convert --load``; RDF files go
through `kg.store.bulkload`), saved queries to run, a store directory. Output: a
`kg.store.load.LoadReport`, `kg.store.query.QueryResult` rows, and `StoreStats`.

The store lives at ``./.kg/store`` unless ``--store PATH`` or the
``KG_STORE`` environment variable names another directory. Oxigraph lets one
process at a time open a store for writing (RocksDB's lock file); a store that
a running ``kg serve`` holds is reported as in use by that server, with its
address (`kg.store.serve.running_server`). Reading needs no lock: queries and
stats open the store read-only (``Store.read_only``), so they run beside a
``kg serve`` and see the store as it was when they opened it. Oxigraph calls a
read-only store beside a writer "undefined behavior": RocksDB then reads the
files as they were, and a compaction that removes one while it is read is an
I/O error, which is reported as a store that changed while read (run again).

Two ways in, with different guarantees:

- ``kg convert --load`` (`load_into_store`): each article replaces its named
  graph in one SPARQL Update request, which Oxigraph applies as one
  transaction (`kg.store.load.replace_graph_update`): a reader or a crash never
  sees an article missing or half there. About 100 articles a second.
- ``kg load FILE...`` (`kg.store.bulkload.bulk_load_files`): every file is parsed
  and checked first (a bad file loads nothing); then, chunk by chunk (whole
  articles, at most 100 and about 100,000 quads), the chunk's old graphs are
  removed and its quads written by Oxigraph's bulk loader, several times
  faster. The trade-off: pyoxigraph 0.5 has no transaction spanning calls,
  so the removal and the write are two steps. A crash (SIGKILL, power) between
  them leaves the chunk's articles *absent* (never doubled: a graph is removed
  before it is written). The write itself is documented as not transactional;
  in Oxigraph 0.5 a bulk write under 1,000,000 quads builds its index files
  aside and ingests them in one RocksDB ``IngestExternalFiles`` call, which
  RocksDB records atomically, so a chunk is there whole or not at all
  (tests/reliability/test_reliability_faults.py kills a 1,000-article load 20 times and
  finds every graph whole or absent). Either way a marker file in the store
  (``kg-load-unfinished.json``) names the chunk being written until it is
  done: after a crash, ``kg query --store``, ``kg stats`` and the next
  ``kg load`` warn which articles may be missing or old and which command to
  run again; running it again repairs them. Another process never sees the
  gap: one process at a time opens the store. A load of 10 chunks or more
  ends by compacting the store (`Store.optimize`), without which queries
  over many bulk-written index files run several times slower.

Queries see the union of all graphs as their default graph, so saved queries
run unchanged over many articles, and answer whole unless a `Window` limits the rows.
Both ways in keep the table of listings beside the store in step
(`kg.store.listings`), from which `query_store` answers the long saved listings
while it is fresh.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from typing import TYPE_CHECKING

from kg.errors import KgError, StoreError, UsageError
from kg.resources import query_names, query_text
from kg.store.query import Reader, check_query, checked_query, load_query, param_term, query_parameters, select
from kg.store.results import EVERY_ROW, QueryResult, Window

if TYPE_CHECKING:  # a query over the store imports no rdflib (~0.1 s of start-up)
    from kg.rdf.files import ArticleGraph
    from kg.store.load import LoadReport

DEFAULT_STORE = Path(".kg") / "store"
"""Where the store lives when neither ``--store`` nor ``KG_STORE`` says."""

STORE_ENV = "KG_STORE"
"""The environment variable naming the store directory."""

_ROCKSDB_MARKER = "CURRENT"  # every RocksDB directory has it; a store is one


def store_path(path: str | Path | None = None) -> Path:
    """The store directory: `path` if given (and not empty), else ``$KG_STORE``, else ``.kg/store``.

    >>> str(store_path("data/kg"))
    'data/kg'
    """
    if path not in (None, ""):
        return Path(path)
    from_env = os.environ.get(STORE_ENV, "")
    return Path(from_env) if from_env else DEFAULT_STORE


def open_store(path: Path, *, create: bool = False, read_only: bool = False) -> ox.Store:
    """Open the store at `path` for reading and writing; `create` makes a new one if none is there.

    `read_only` opens it for reading only, beside a process that holds it (a
    running ``kg serve``), as it is at this moment; it is never created then.

    Raises StoreError for no store (unless `create`), a file or a non-empty
    directory that holds no store, a damaged store (`damaged_store`), and
    (unless `read_only`) a store another process holds, naming the
    ``kg serve`` that holds it where one does.
    """
    if path.exists() and not path.is_dir():
        raise StoreError(str(path), "is a file, not a store directory",
                         "give a directory for --store (kg load creates it); to query RDF files, "
                         "give them without --store")
    if path.is_dir() and any(path.iterdir()) and not (path / _ROCKSDB_MARKER).exists():
        raise StoreError(str(path), "is a directory that holds no Oxigraph store",
                         "give an empty or new directory, or the store kg load made")
    if not path.exists() and (read_only or not create):
        raise StoreError(str(path), "no store here",
                         "load articles first (kg load FILE... or kg convert ARTICLE... --load), "
                         f"or name the store with --store PATH or {STORE_ENV}")
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except (OSError, RuntimeError) as error:
        if "lock" in str(error).lower() and not is_damage(error):
            raise store_in_use(path) from None
        raise_damage(path, error)
        raise StoreError(str(path), f"cannot open the store: {error}") from None


def is_damage(error: Exception) -> bool:
    """Whether `error` (pyoxigraph's OSError or RuntimeError) is RocksDB reporting damaged files."""
    return str(error).startswith("Corruption") or "Corruption:" in str(error)


def raise_damage(path: Path, error: OSError | RuntimeError) -> None:
    """Raise `damaged_store` for RocksDB's report of damaged files, and any other RuntimeError as it is
    (a bug); return for another OSError, which the caller reports as its own."""
    if is_damage(error):
        error.__traceback__ = None  # its frames hold the store, and a writer's lock, while the error is handled
        raise damaged_store(path, error) from None
    if isinstance(error, RuntimeError):
        raise error


def damaged_store(path: Path, error: Exception) -> StoreError:
    """The error for a store whose files are damaged (a truncated or changed index file): RocksDB's first
    sentence, and how to rebuild the store from the converted files."""
    text = " ".join(str(error).split())
    what = re.search(r"Corruption: (.+?)(?::| between | in |\. |$)", text)
    file = re.search(r"([\w-]+\.(?:sst|log)|MANIFEST-\d+)\b", text)
    detail = (what.group(1) if what else "corruption")[:100] + (f" in {file.group(1)}" if file else "")
    return StoreError(str(path), f"is damaged: its files cannot be read (RocksDB: {detail})",
                      "rebuild it: kg load the converted files into a new store (kg load FILE... --store NEW), "
                      "then use NEW, or move it to where this one was")


def store_in_use(path: Path) -> StoreError:
    """The error for a store another process holds: the `kg serve` at its address, where one holds it."""
    from kg.store.serve import running_server

    server = running_server(path)
    if server is None:
        return StoreError(str(path), "is in use by another process (a running kg serve, or another kg load)",
                          "stop it, or, if it is a kg serve, go through it: --endpoint http://HOST:PORT, "
                          "the address it printed")
    return StoreError(str(path), f"is in use by kg serve at {server.url} (process {server.pid})",
                      f"stop it, or go through it: --endpoint {server.url}")


def changed_while_read(path: Path, error: OSError) -> StoreError:
    """The error for a read-only store that a writer (a running ``kg serve``) changed under a reader."""
    return StoreError(str(path), f"cannot be read: {error}",
                      "another process may have changed it while it was read (a kg serve that takes "
                      "updates); run the command again, or go through the server with --endpoint")


def check_store(path: Path, *, create: bool = False, read_only: bool = False) -> None:
    """Raise what `open_store` would, then let the store go: a check before long work."""
    store = open_store(path, create=create, read_only=read_only)
    del store  # pyoxigraph releases the lock when the store object is freed


def load_into_store(path: Path, graphs: Sequence[ArticleGraph]) -> LoadReport:
    """Load each article graph into its named graph of the store at `path`, replacing the old one.

    Each article is one transaction: a failure leaves that article's old
    graph as it was, and the articles before it loaded whole. The store's
    happenings are then computed again (`kg.link.write.link_store`).

    Raises StoreError for a store that cannot be opened (see `open_store`),
    and for one that cannot be written (a full disk): the message says how
    many articles were loaded.
    """
    from kg.link.write import link_loaded, touched_happenings
    from kg.store.happenings import happenings_fresh, stamp_happenings
    from kg.store.listings import ListingWriter
    from kg.store.load import LoadReport, replace_graph_update

    listings = ListingWriter(path)  # before the store is opened for writing, which changes its files
    fresh = happenings_fresh(path)  # likewise
    store = open_store(path, create=True)
    done = 0
    loaded = [graph.iri for graph in graphs]
    try:
        listings.start(store)
        touched = touched_happenings(store, loaded) if fresh else set()  # before their old reports go
        for start in range(0, len(graphs), LISTING_CHUNK):
            listings.add(*_article_quads(graphs[start:start + LISTING_CHUNK]), checked=False)
        for graph in graphs:
            store.update(replace_graph_update(graph))
            done += 1
        linked = link_loaded(store, loaded, touched, str(path), fresh=fresh)  # the happenings (kg.link)
        store.flush()
    except BaseException as error:
        listings.abandon()
        if not isinstance(error, (OSError, RuntimeError)):
            raise
        raise_damage(path, error)
        before = (f"{done} of {len(graphs)} articles loaded whole before {graphs[done].iri}, which was not"
                  if done < len(graphs) else f"all {len(graphs)} articles loaded, but not flushed to disk")
        raise StoreError(str(path), f"cannot write to the store ({error}); {before}",
                         "free some disk space, then run the same command again: a reload replaces") from None
    finally:
        del store  # releases the store's lock now, even while the error is being handled
    listings.finish()  # the store closed: its files as this load leaves them
    stamp_happenings(path)
    return LoadReport(str(path), tuple(loaded), sum(graph.triples for graph in graphs), linked.stored)


LISTING_CHUNK = 100
"""Articles whose listing rows are made together (`kg.store.listings.ListingWriter.add`)."""


def _article_quads(graphs: Sequence[ArticleGraph]) -> tuple[list[str], list[ox.Quad]]:
    """The IRIs of `graphs` and their triples as quads, each in its article's graph."""
    quads = []
    for graph in graphs:
        name = ox.NamedNode(graph.iri)
        quads.extend(ox.Quad(triple.subject, triple.predicate, triple.object, name)
                     for triple in ox.parse(graph.ntriples, format=ox.RdfFormat.N_TRIPLES))
    return [graph.iri for graph in graphs], quads


def query_store(path: Path, query: str | Path, params: Iterable[str] | Mapping[str, str] | None = None,
                graph: str | None = None, window: Window = EVERY_ROW, *, allow_service: bool = False,
                read: Reader | None = None):
    """Run a query (see `kg.store.query.load_query`) over the store at `path`: the union of its graphs, or `graph`.

    Every row, unless `window` limits them, as a `QueryResult`, or what `read` makes of the solutions
    while the store is open (see `kg.store.query.select`). A kept saved listing (`kg.store.listing_rows.KEPT`)
    without parameters or `graph` is answered from the table beside the store while it is fresh
    (`kg.store.listings.listing_solutions`: the same rows), else through SPARQL. With ``article=IRI`` bound, a query
    whose ``# Parameters:`` name ``?article`` reads that article's graph only
    (an article's events are in its own graph). A query that calls a SERVICE
    runs only with `allow_service` (`kg.store.query.check_query`).

    Raises:
        StoreError: no store (see `open_store`), one changed while it was read or damaged; no graph `graph` in it.
        ResourceError, InputError, UsageError: as `kg.store.query.query_files`.
    """
    loaded, bindings = checked_query(query, params)
    check_query(loaded, allow_service=allow_service)
    window.check()
    if graph is None and not bindings and loaded.name in query_names() and loaded.text == query_text(loaded.name):
        from kg.store.listings import listing_solutions

        kept = listing_solutions(path, loaded.name, window)  # a kept listing, from the table beside the store
        if kept is not None:
            return QueryResult.of_solutions(kept) if read is None else read(kept)
    store = open_store(path, read_only=True)
    try:
        if graph is not None:
            _check_graph(store, path, graph)
        takes_article = "article" in (query_parameters(loaded.text) or ())
        article = param_term(bindings["article"]) if graph is None and takes_article and "article" in bindings else None
        if isinstance(article, ox.NamedNode):  # one article: its graph holds its rows
            return select(store, loaded, bindings, graphs=[article], window=window, allow_service=allow_service,
                          read=read)
        return select(store, loaded, bindings, graph=graph, window=window, allow_service=allow_service, read=read)
    except (OSError, RuntimeError) as error:
        raise_damage(path, error)
        raise changed_while_read(path, error) from None
    except KgError as error:
        # A user's error needs no traceback, whose frames would hold the store (and its lock) while
        # the error is handled; nor the error it replaced, which holds a traceback too.
        error.__traceback__ = error.__context__ = None
        raise
    finally:
        del store


def _check_graph(store: ox.Store, path: Path, graph: str) -> None:
    try:
        name = ox.NamedNode(graph)
    except ValueError as error:
        raise UsageError(None, f"--graph {graph!r} is not an IRI: {error}",
                         "give an article's IRI, e.g. https://w3id.org/news-kg/id/article/belarus-2020-09-21") from None
    if not store.contains_named_graph(name):
        raise StoreError(str(path), f"has no graph {graph}", "kg stats --store shows what it holds; "
                         "article graphs are named by the article's IRI")


@dataclass(frozen=True)
class StoreStats:
    """What a store holds: articles, stored triples, entities and events by type (most first)."""

    path: str
    articles: int
    triples: int
    """Triples counted in each article's graph: a label two articles give counts twice."""
    entities: tuple[tuple[str, int], ...]
    events: tuple[tuple[str, int], ...]

    def table(self) -> QueryResult:
        """The stats as rows ``(what, type, count)``, a total row before each breakdown.

        >>> StoreStats(".kg/store", 1, 5, (("Country", 2),), (("Loan", 1),)).table().rows[:3]
        (('articles', '', '1'), ('triples', '', '5'), ('entities', '', '2'))
        """
        rows = [("articles", None, self.articles), ("triples", None, self.triples)]
        for what, counts in (("entities", self.entities), ("events", self.events)):
            rows.append((what, None, sum(count for _, count in counts)))
            rows.extend((what, kind, count) for kind, count in counts)
        # Counts as xsd:integer literals, so --format json gives them as numbers; a total has no type.
        return QueryResult.of_terms(("what", "type", "count"), (
            (ox.Literal(what), None if kind is None else ox.Literal(kind), ox.Literal(count))
            for what, kind, count in rows))


def store_stats(path: Path) -> StoreStats:
    """Count what the store at `path` holds: entities as the saved query ``entities`` types them (read
    from the type index: the query itself takes minutes over 10,000 articles), events with
    ``events_by_type``.

    Raises StoreError for no store (see `open_store`), or one changed while it was read.
    """
    from kg.link.write import HAPPENINGS_GRAPH

    store = open_store(path, read_only=True)
    try:
        articles = _typed(store, "Article")
        typed = {kind: _typed(store, kind) for kind in _ENTITY_TYPES}
        typed["Place"] -= typed["Country"] | typed["City"]  # as `entities`: the specific type only
        entities = Counter({kind: len(nodes) for kind, nodes in typed.items() if nodes})
        events = select(store, load_query("events_by_type")).rows
        # the article graphs' triples: the default graph holds the store's happenings (kg.link), and so does
        # the graph of its own a kg link over a kg serve of the store writes
        triples = len(store) - sum(1 for graph in (ox.DefaultGraph(), ox.NamedNode(HAPPENINGS_GRAPH))
                                   for _ in store.quads_for_pattern(None, None, None, graph))
    except (OSError, RuntimeError) as error:
        raise_damage(path, error)
        raise changed_while_read(path, error) from None
    finally:
        del store  # releases the store's lock
    return StoreStats(
        path=str(path),
        articles=len(articles),
        triples=triples,
        entities=tuple(sorted(entities.items(), key=lambda item: (-item[1], item[0]))),
        events=tuple((kind, int(count)) for kind, count in events),
    )


_ENTITY_TYPES = ("Person", "Country", "City", "Organization", "Group", "Place")
"""The entity classes of the saved query ``entities``, by local name."""


def _typed(store: ox.Store, kind: str) -> set:
    """The distinct nodes of class ``nkg:<kind>`` in any graph of `store`."""
    from rdflib import RDF

    from kg.rdf.namespace import NKG

    found = store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(NKG[kind])))
    return {quad.subject for quad in found}
