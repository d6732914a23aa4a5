"""The table of listings kept beside the embedded store: the kept saved listings' rows, ready to write.

Input: the store directory; articles' graphs as kg's writers of the store write
them (`ListingWriter`). Output: a kept listing's rows as pyoxigraph's
`QuerySolutions` (`listing_solutions`), which ``kg query`` writes as it writes
a query's, or None when the table cannot answer, and the query runs through
SPARQL as before.

Over 10,000 articles a complete listing through SPARQL takes 5-10 s (Oxigraph
joins a dozen columns of 233,000 events and sorts them by strings); the table
answers in about a second. The saved query stays the definition: the rows are
those the same ``.rq`` gives over each few articles' graphs when they are
written (`kg.store.listing_rows`), merged in its order (`kg.store.listing_order`).

The table is a SQLite file in the store directory (`TABLE_FILE`). It answers only
while it is fresh (`table_state`): made for these saved queries (`definition`) and
stamped with the store's files as kg last wrote them (`store_files`: the names,
sizes and times of RocksDB's files, which any writer changes, even one that opens
the store for writing and writes nothing; a reader changes none). So every write kg
does not make in step (a ``kg serve`` that takes updates, another program, a
``kg load`` killed midway) leaves the table stale, and listings answer through
SPARQL, with a note that says how to make the table again (``kg index``).
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.store.results import EVERY_ROW, Window

TABLE_FILE = "kg-listings.sqlite"
"""The table's file in the store directory."""
JOURNAL_FILE = TABLE_FILE + "-journal"
"""SQLite's rollback journal of the table, there while a write is under way or after one was killed: a
reader, which opens the table read-only and cannot roll it back, leaves such a table alone."""
FORMAT = "1"
"""The table's layout, its rows' text and keys (`kg.store.listing_rows`, `kg.store.listing_order`): a table of
another format is stale. Change it with any of them (the kept queries' texts are in `definition` already)."""
SERVER_FILE = "kg-serve.json"
"""The file a ``kg serve`` that takes updates writes into the store as it starts (`kg.store.serve`)."""
_ROCKSDB_FILES = re.compile(r"\d+\.(?:sst|log|blob)|CURRENT|IDENTITY|MANIFEST-\d+|OPTIONS-\d+")
"""RocksDB's files that hold or name the store's data; not its info logs (LOG), lock, or kg's own files."""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS listing (query TEXT PRIMARY KEY, header BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS row (query TEXT NOT NULL, key BLOB NOT NULL, article TEXT NOT NULL,
                                text BLOB NOT NULL, PRIMARY KEY (query, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS row_article ON row (article);
"""


@dataclass(frozen=True)
class TableState:
    """Whether the table answers for the store (`fresh`); if not, why, for the note on stderr."""

    fresh: bool
    reason: str = ""
    remade: bool = True
    """Whether ``kg index`` makes it fresh (not for graphs whose listings a table cannot keep)."""


def store_files(path: Path) -> str:
    """A digest of the names, sizes and modification times of the store's RocksDB files at `path`.

    Oxigraph changes them at every write, and whenever it opens the store for writing (a new manifest
    and log); opened read-only, it changes none.
    """
    found = []
    with os.scandir(path) as entries:
        for entry in entries:
            if _ROCKSDB_FILES.fullmatch(entry.name):
                stat = entry.stat()
                found.append(f"{entry.name} {stat.st_size} {stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(sorted(found)).encode("utf-8")).hexdigest()


def definition() -> str:
    """A digest of the table's format and the kept saved queries' texts: a table made for others is stale."""
    from kg.store.listing_rows import kept_queries

    digest = hashlib.sha256(FORMAT.encode("utf-8"))
    for kept in kept_queries():
        digest.update(b"\0" + kept.name.encode("utf-8") + b"\0" + kept.text.encode("utf-8"))
    return digest.hexdigest()


def _connect(path: Path, *, write: bool = False, file: Path | None = None) -> sqlite3.Connection:
    """The table of the store at `path` (or `file`); read-only unless `write`, which creates it if need be."""
    file = file or path / TABLE_FILE
    if write:
        connection = sqlite3.connect(file, isolation_level=None)
        connection.executescript(_SCHEMA)
    else:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    return connection


def _meta(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute("SELECT name, value FROM meta"))


def _state(connection: sqlite3.Connection, path: Path) -> TableState:
    meta = _meta(connection)
    if meta.get("definition") != definition():
        return TableState(False, "its table of listings was made for other saved queries (another version of kg)")
    if meta.get("reason"):
        return TableState(False, meta["reason"], remade=meta.get("remade") == "yes")
    if meta.get("store") != store_files(path):
        server = path / SERVER_FILE
        if server.exists() and server.stat().st_mtime_ns > int(meta.get("written", "0")):
            return TableState(False, "a kg serve that takes updates has run on the store since its table of "
                                     "listings was made")
        return TableState(False, "the store was written since its table of listings was made (by a kg serve "
                                 "that takes updates, another program, or a kg load that did not finish)")
    return TableState(True)


def table_state(path: Path) -> TableState:
    """Whether the table of the store at `path` answers for it, and if not, why."""
    if not (path / TABLE_FILE).is_file():
        return TableState(False, "it has no table of listings (the store was written before kg kept one, or by "
                                 "another program)")
    if (path / JOURNAL_FILE).exists():
        return TableState(False, "a write of its table of listings is under way, or did not finish")
    try:
        connection = _connect(path)
        try:
            return _state(connection, path)
        finally:
            connection.close()
    except sqlite3.Error as error:
        return TableState(False, f"its table of listings cannot be read ({error})")


def listing_solutions(path: Path, name: str, window: Window = EVERY_ROW) -> ox.QuerySolutions | None:
    """The rows of the kept listing `name` that `window` keeps, from the table of the store at `path`, as
    pyoxigraph's solutions of the saved query; None when the table cannot answer (none, stale, busy)."""
    from kg.store.listing_rows import KEPT

    if name not in KEPT or not (path / TABLE_FILE).is_file() or (path / JOURNAL_FILE).exists():
        return None
    try:
        connection = _connect(path)
        try:
            connection.execute("BEGIN")  # the freshness and the rows read in one transaction
            if not _state(connection, path).fresh:
                return None
            found = connection.execute("SELECT header FROM listing WHERE query = ?", (name,)).fetchone()
            if found is None:
                return None
            rows = connection.execute("SELECT text FROM row WHERE query = ? ORDER BY key LIMIT ? OFFSET ?",
                                      (name, -1 if window.limit is None else window.limit, window.offset))
            text = b"\n".join([found[0], *(row for (row,) in rows), b""])
        finally:
            connection.close()
    except sqlite3.Error:  # a writer holds it (kg load, kg index): the store is being written too
        return None
    return ox.parse_query_results(text, format=ox.QueryResultsFormat.TSV)


def listing_note(path: Path, name: str, params: Iterable[str] | None, graph: str | None) -> str | None:
    """The note for a listing over the store at `path` that the table could not answer, or None: what
    `kg query` prints on stderr, one line saying why and how to make the table again."""
    from kg.store.listing_rows import KEPT

    if name not in KEPT or params or graph is not None or not (path / "CURRENT").exists():
        return None
    state = table_state(path)
    if state.fresh:
        return None
    hint = (f"make it again: kg index --store {path}" if state.remade else
            "they answer so while the store holds such graphs")
    return f"{path}: {name} answered through SPARQL, slower: {state.reason}; {hint}"


class ListingWriter:
    """Keeps the table in step with one of kg's writes of the store (`kg load`, ``kg convert --load``).

    Made before the store is opened for writing, then `start`-ed, given each chunk of articles' graphs as
    they are written (`add`), and `finish`-ed once the store is closed, which stamps the table with the
    store's files. A table that was not fresh before the write stays as it was: ``kg index`` makes it again.
    """

    def __init__(self, path: Path):
        self.path = path
        self.new = False
        self.keeping = table_state(path).fresh
        self.server = _server_stamp(path)
        self.reason = ""
        self.connection: sqlite3.Connection | None = None

    def start(self, store: ox.Store) -> None:
        """Open the table for this write to `store`, open for writing (no other kg writer runs meanwhile).

        A store that holds no graph yet gets its table made with it, whatever table it had.
        """
        from kg.link.write import article_graphs

        if not self.keeping and next(article_graphs(store), None) is None:
            self.keeping = self.new = True
        if not self.keeping:
            return
        try:
            self.connection = _connect(self.path, write=True)
            self.connection.execute("BEGIN IMMEDIATE")
            if self.new:
                self.connection.execute("DELETE FROM row")
            self.connection.executemany("INSERT OR REPLACE INTO listing VALUES (?, ?)", _headers())
        except sqlite3.Error:  # a table that cannot be written is left stale: the store's files move on
            self.abandon()

    def add(self, articles: Sequence[str], quads: Sequence[ox.Quad], *, checked: bool) -> None:
        """Replace the rows of `articles` by those of their graphs (`quads`); `checked`: `kg load` checked
        what the graphs say (`kg.rdf.claims`)."""
        if self.connection is None or self.reason:
            return
        rows, self.reason = _rows(articles, quads, checked=checked)
        if self.reason:
            return
        try:
            self.connection.executemany("DELETE FROM row WHERE article = ?", ((article,) for article in articles))
            self.connection.executemany("INSERT OR REPLACE INTO row VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error:
            self.abandon()

    def finish(self) -> None:
        """Stamp the table with the store's files as this write left them (the store closed), and commit."""
        if self.connection is None:
            return
        remade = False
        if not self.reason and _server_stamp(self.path) != self.server:
            self.reason, remade = "a kg serve that takes updates started while the store was written", True
        try:
            if self.reason:  # the rows stay as they were; the stamp says why they no longer answer
                self.connection.execute("ROLLBACK")
                self.connection.execute("BEGIN IMMEDIATE")
            _stamp(self.connection, self.path, self.reason, remade=remade)
            self.connection.execute("COMMIT")
        except sqlite3.Error:
            pass
        self.abandon()

    def abandon(self) -> None:
        """Close the table, leaving it as it was unless `finish` committed (a write that failed left the
        store's files other than its stamp says)."""
        if self.connection is not None:
            connection, self.connection = self.connection, None
            try:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
            finally:
                connection.close()


def _rows(articles: Sequence[str], quads: Sequence[ox.Quad], *,
          checked: bool) -> tuple[list[tuple[str, bytes, str, bytes]], str]:
    """The table rows of the graphs of `articles`, or why they cannot be kept."""
    from kg.store.listing_rows import NotKept, listing_rows, tableable

    try:
        tableable(articles, quads, checked=checked)
        return [(row.query, row.key, row.article, row.text) for row in listing_rows(articles, quads)], ""
    except NotKept as error:
        return [], f"{error}, which a table of listings cannot keep"


def _headers() -> list[tuple[str, bytes]]:
    from kg.store.listing_rows import kept_queries

    return [(kept.name, kept.header) for kept in kept_queries()]


def _server_stamp(path: Path) -> tuple[int, int] | None:
    """The inode and time of the file a starting ``kg serve`` that takes updates writes (None: none)."""
    try:
        stat = (path / SERVER_FILE).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def _stamp(connection: sqlite3.Connection, path: Path, reason: str, *, remade: bool) -> None:
    """Write the table's stamp: fresh for the store's files now, unless `reason` says why it is not;
    `remade`: ``kg index`` would make it fresh."""
    meta = {"definition": definition(), "store": "" if reason else store_files(path), "reason": reason,
            "remade": "yes" if remade else "no", "written": str(time.time_ns())}
    connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())


@dataclass(frozen=True)
class IndexReport:
    """What ``kg index`` made: the table of the store at `path`, over `articles`, with `rows` rows, or
    `reason` why it is not kept."""

    path: str
    articles: int
    rows: int
    reason: str = ""

    def render(self) -> str:
        """One line for stderr."""
        if self.reason:
            return f"{self.path}: listings answer through SPARQL: {self.reason}"
        rows, articles = ("row" if self.rows == 1 else "rows"), ("article" if self.articles == 1 else "articles")
        return f"made the table of listings of {self.path}: {self.rows} {rows} of {self.articles} {articles}"


INDEX_CHUNK = 100
"""Articles read from the store and run together by ``kg index``."""


def index_store(path: Path) -> IndexReport:
    """Make the table of the store at `path` anew from what the store holds: ``kg index``.

    The store is opened for writing, so nothing writes it meanwhile; the new table replaces the old one
    only when it is whole (a temporary file renamed over it).

    Raises StoreError as `kg.store.embedded.open_store` does, and for a store that cannot be read.
    """
    from kg.errors import StoreError
    from kg.link.write import article_graphs
    from kg.store.embedded import open_store, raise_damage

    store = open_store(path)
    temporary = path / f".{TABLE_FILE}.tmp"
    temporary.unlink(missing_ok=True)
    connection = _connect(path, write=True, file=temporary)
    articles = rows = 0
    reason = ""
    try:
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO listing VALUES (?, ?)", _headers())
        graphs = sorted(name.value for name in article_graphs(store))  # not the happenings a server wrote
        for start in range(0, len(graphs), INDEX_CHUNK):
            chunk = graphs[start:start + INDEX_CHUNK]
            quads = [quad for graph in chunk for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
            found, reason = _rows(chunk, quads, checked=False)
            if reason:
                break
            connection.executemany("INSERT INTO row VALUES (?, ?, ?, ?)", found)
            articles, rows = articles + len(chunk), rows + len(found)
    except (OSError, RuntimeError) as error:
        connection.close()
        temporary.unlink(missing_ok=True)
        raise_damage(path, error)
        raise StoreError(str(path), f"cannot read the store: {error}") from None
    finally:
        del store  # closed before the stamp: closing changes the store's files
    _stamp(connection, path, reason, remade=False)
    connection.execute("COMMIT")
    connection.close()
    (path / JOURNAL_FILE).unlink(missing_ok=True)  # a killed writer's: it would be rolled back into the new table
    os.replace(temporary, path / TABLE_FILE)
    return IndexReport(str(path), articles, rows, reason)
