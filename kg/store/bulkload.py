"""`kg load FILE... --store`: converted files into the embedded store at bulk speed, chunk by chunk.

Input: RDF files `kg convert` wrote, a store directory. Output: a
`kg.store.load.LoadReport`; the store holds each article in its named graph.

Every file is parsed and checked first (`kg.rdf.scan.scan_graph_files`; then
each article's graph, `kg.store.load.check_articles`: what it says, and that it
conforms to the shapes unless ``--no-validate``; and what it says of shared
entities against the store, `kg.store.load.check_against_store`), so a bad
file loads nothing. Then, for each chunk of whole articles (about
100,000 quads): a marker file in the store directory names the chunk's
articles, their old named graphs are removed (`Store.remove_graph`), and the
chunk's quads are written with `Store.bulk_extend`, which builds the index
files aside and ingests them into RocksDB in one step. See `kg.store.embedded` for what
a crash can leave, and how `unfinished_load` reports it. Each chunk's rows of the kept
listings go into the table beside the store as it is written, in one transaction that
commits once the store is closed (`kg.store.listings.ListingWriter`): a load that does
not finish leaves the table stale, never wrong.
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import KgError, StoreError

if TYPE_CHECKING:  # `unfinished_load`, which every command on a store asks, needs no rdflib (~0.1 s)
    from kg.store.load import LoadReport

COMPACT_AFTER = 10
"""Chunks after which a load compacts the store (`Store.optimize`): each chunk adds index files, and a
store of many small ones answers queries several times slower (measured at 10,000 articles)."""

_STRAY_FILES = "bulk-*.sst"
"""The index files Oxigraph's bulk loader writes into the store directory before ingesting them."""

MARKER = "kg-load-unfinished.json"
"""The marker file in the store directory: present while a load is writing, or after one was interrupted."""


@dataclass(frozen=True)
class UnfinishedLoad:
    """What the marker of an interrupted load says: its files, and the articles that may be missing or old."""

    files: tuple[str, ...]
    articles: tuple[str, ...]

    def message(self) -> str:
        """One line: what may be wrong, and the command that repairs it."""
        noun = "article" if len(self.articles) == 1 else "articles"
        first = f" (first {self.articles[0]})" if self.articles else ""
        return (f"an earlier kg load was interrupted: {len(self.articles)} {noun}{first} may be missing or "
                f"their old version; run it again: kg load {' '.join(self.files)}")


def unfinished_load(path: Path) -> UnfinishedLoad | None:
    """The interrupted load the store at `path` records, or None when every load there finished."""
    try:
        data = json.loads((path / MARKER).read_text(encoding="utf-8"))
        return UnfinishedLoad(tuple(data["files"]), tuple(data["articles"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):  # unreadable: still a load that did not finish
        return UnfinishedLoad(("FILE...",), ())


def bulk_load_files(path: Path, paths: Sequence[str | Path], *, validate: bool = True) -> LoadReport:
    """Load the article graphs in `paths` into the store at `path`, each replacing its old graph.

    Every graph is checked first (`kg.store.load.check_articles`; the shapes only with `validate`). The
    loaded articles' reports are then linked into the store's happenings (`kg.link.write.link_loaded`:
    what they may reach, or every article when the store's happenings are not fresh,
    `kg.store.happenings.happenings_fresh`).

    Raises:
        InputError, UsageError: a file that cannot be loaded, a graph that says what it may not, or
            contradicts the store about a shared entity (nothing is written then).
        NotConformant: with `validate`, a graph that breaks the shapes (nothing is written then).
        StoreError: a store that cannot be opened (see `kg.store.embedded.open_store`), or
            written (a full disk): the message says how many articles were loaded.
    """
    from kg.link.write import link_loaded, touched_happenings
    from kg.rdf.scan import article_chunks, article_quads, scan_graph_files
    from kg.store.embedded import open_store, raise_damage
    from kg.store.happenings import happenings_fresh, stamp_happenings
    from kg.store.listings import ListingWriter
    from kg.store.load import LoadReport, check_against_store, check_articles

    files = scan_graph_files(paths)
    described = check_articles(article_quads(files), validate=validate)
    total = sum(len(graph_file.articles) for graph_file in files)
    listings = ListingWriter(path)  # before the store is opened for writing, which changes its files
    fresh = happenings_fresh(path)  # likewise
    store = open_store(path, create=True)
    loaded = [iri for graph_file in files for iri in graph_file.articles]
    try:
        listings.start(store)
        check_against_store(store, described, set(loaded), str(path))
        touched = touched_happenings(store, loaded) if fresh else set()  # before their old reports go
    except (OSError, RuntimeError) as error:
        listings.abandon()
        del store  # releases the store's lock now, even while the error is being handled
        raise_damage(path, error)
        raise
    except KgError as error:
        # Its traceback's frames would hold the store (and its lock) while the error is handled.
        error.__traceback__ = error.__context__ = None
        listings.abandon()
        del store
        raise
    earlier = unfinished_load(path)
    left_over = set(earlier.articles) if earlier else set()
    if earlier is not None:  # what the bulk loader of a killed load left aside: never ingested, never read
        for stray in path.glob(_STRAY_FILES):
            stray.unlink(missing_ok=True)
    shown = tuple(str(item) for item in paths)
    if left_over:  # the marker must name the command that repairs them too
        shown += tuple(item for item in earlier.files if item not in shown)
    done, first, chunks = 0, None, 0
    try:
        for chunk in article_chunks(files):
            chunks += 1
            first = chunk.articles[0]
            left_over.difference_update(chunk.articles)
            _write_marker(path, shown, (*sorted(left_over), *chunk.articles))
            listings.add(chunk.articles, chunk.quads, checked=validate)
            for iri in chunk.articles:
                store.remove_graph(ox.NamedNode(iri))
            store.bulk_extend(chunk.quads)
            done += len(chunk.articles)
        first = None
        linked = link_loaded(store, loaded, touched, str(path), fresh=fresh)  # the happenings (kg.link)
        store.flush()
        if chunks >= COMPACT_AFTER:
            store.optimize()
        if left_over:
            _write_marker(path, earlier.files, tuple(sorted(left_over)))
        else:
            (path / MARKER).unlink(missing_ok=True)
    except BaseException as error:
        listings.abandon()
        if not isinstance(error, (OSError, RuntimeError)):
            raise
        raise_damage(path, error)
        before = (f"{done} of {total} articles loaded whole before {first}, which was not" if first
                  else f"all {total} articles loaded, but not flushed to disk")
        raise StoreError(str(path), f"cannot write to the store ({error}); {before}",
                         "free some disk space, then run the same command again: a reload replaces") from None
    finally:
        del store  # releases the store's lock now, even while the error is being handled
    listings.finish()  # the store closed: its files as this load leaves them
    stamp_happenings(path)
    triples = sum(sum(graph_file.triples) for graph_file in files)
    return LoadReport(str(path), tuple(loaded), triples, linked.stored)


def _write_marker(path: Path, files: tuple[str, ...], articles: tuple[str, ...]) -> None:
    """Write the marker atomically (a temporary file, flushed, then renamed over it)."""
    marker = path / MARKER
    temporary = path / f".{MARKER}.tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump({"files": list(files), "articles": list(articles)}, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, marker)
