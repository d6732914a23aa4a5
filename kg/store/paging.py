"""Pages of articles: what a listing query answers over a large store by default.

Input: the embedded store, a saved query whose header says ``# Paging: by
article``, and the page the user asked for (``--page N``, ``--page-size N``,
``--all``). Output: the named graphs of that page's articles, which
`kg.store.query.select` gives the query as its only named graphs, and a note for
stderr saying which articles the rows cover and how to get the others.

Oxigraph answers a listing query in time proportional to the rows it makes
(about 20 ms an article for ``events``): 10,000 articles take minutes, one
page of 20 articles a fraction of a second. Each page holds whole articles,
in the order of their IRIs; the rows of a page are exactly the query's rows
over those articles, in the query's order.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF

from kg.errors import UsageError
from kg.rdf.namespace import NKG

PAGE_SIZE = 20
"""Articles a page of a listing query covers unless ``--page-size`` says."""


@dataclass(frozen=True)
class Page:
    """A page of articles, counted from 1; ``size=None`` means every article (``--all``)."""

    number: int = 1
    size: int | None = PAGE_SIZE


@dataclass(frozen=True)
class ArticlePage:
    """The article graphs of one page, and a note on what the page covers ("" when it is every article)."""

    graphs: tuple[ox.NamedNode, ...] | None
    """None: no restriction (the page holds every article)."""
    note: str


def check_page(page: Page) -> None:
    """Raise UsageError for a page number or size below 1."""
    if page.number < 1 or (page.size is not None and page.size < 1):
        raise UsageError(None, "--page and --page-size count from 1", "e.g. --page 2 --page-size 50")


def article_page(store: ox.Store, page: Page) -> ArticlePage:
    """The article graphs of `page` in `store` (articles sorted by IRI), with its note.

    Raises UsageError for a page after the last one.
    """
    check_page(page)
    found = store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(NKG.Article)))
    graphs = sorted({quad.graph_name for quad in found if isinstance(quad.graph_name, ox.NamedNode)},
                    key=lambda graph: graph.value)
    total = len(graphs)
    if page.size is None or (page.number == 1 and total <= page.size):
        return ArticlePage(None, "")
    pages = -(-total // page.size)
    if page.number > pages:
        raise UsageError(None, f"--page {page.number} is past the last page: {total:,} articles make {pages:,} "
                               f"pages of {page.size}", f"give --page 1 to {pages}")
    start = (page.number - 1) * page.size
    chosen = tuple(graphs[start:start + page.size])
    more = (f"--page {page.number + 1} for the next, " if page.number < pages else "")
    note = (f"note: rows of articles {start + 1:,}-{start + len(chosen):,} of {total:,} (page {page.number:,} "
            f"of {pages:,}, articles in IRI order); {more}--page-size N for bigger pages, --all for every "
            "article at once (slow on a large store)")
    return ArticlePage(chosen, note)
