"""`kg link --store`: the happenings of an embedded store computed again from its articles (issue 15).

Input: the path of an embedded store. Output: the store, its default graph holding its happenings
(`kg.link.write.link_store`), and a `LinkReport`. For a store loaded before kg linked at every load, or
one written by another program. The table of listings beside the store stays fresh: its rows are the
articles', which linking does not change, and it is stamped again after the write as a kg load does.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import KgError, StoreError
from kg.link.write import LinkReport, link_store


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
    return report
