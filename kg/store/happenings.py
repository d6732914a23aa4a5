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
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import KgError, StoreError
from kg.link.write import LinkReport, link_store

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
