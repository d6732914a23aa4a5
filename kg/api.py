"""The Python API, exported by `kg`: articles in, graphs out; graphs and stores in, rows of Python values out.

Input: an article's text (`convert_text`) or file (`convert_file`); a query and
an `rdflib.Graph`, a pyoxigraph store, an embedded store's directory or an RDF
file (`query`). Output: a validated `rdflib.Graph`; a list of dicts, one per
row, of Python values (`kg.store.results.python_value`).

The top layer: it runs `kg.pipeline` and `kg.store` as the command line does, and
raises the same `kg.errors` types (a `KgError`'s ``message`` is the line `kg` prints).
"""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.errors import InputError, UsageError
from kg.pipeline import convert_read_article
from kg.read.sources import Skipped, iter_sources, read_source
from kg.read.text import parse_article
from kg.slugs import slugify
from kg.store.query import checked_query, select
from kg.store.results import QueryResult, python_value

TEXT_SOURCE = "<text>"
"""How messages (and the graph's ``nkg:sourceFile``) name an article given as text."""
DEFAULT_GRAPH = "urn:news-kg:graph"
"""The graph name of a `query`'s rdflib graph that has none of its own (a blank node)."""


def convert_text(text: str, *, published: date | str, id: str | None = None) -> Graph:
    """Convert one article's text into its validated graph.

    The text is as ``kg convert`` reads a ``.txt`` file: the headline on the
    first line, then paragraphs, one a line (a date line under the headline
    may be there; `published` wins over it).

    Args:
        text: the article.
        published: its publication date, a `datetime.date` or an ISO string ``YYYY-MM-DD``.
        id: the article's id, the last part of its IRI; default: the headline's
            slug and the date, e.g. ``russia-lends-belarus-2020-09-21``.

    Returns:
        An `rdflib.Graph` named by the article's IRI, conforming to the shapes.

    Raises:
        UsageError: `published` is not a date.
        InputError: text that holds no article (empty, a control character, no body).
        NotConformant: a graph that breaks the shapes (a bug; the report is in its message).
    """
    day = _date(published)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = parse_article(text, article_id=id or "text", source=TEXT_SOURCE, published=day)
    if id is None:
        article = replace(article, id=f"{slugify(article.headline)}-{day.isoformat()}")
    return convert_read_article(article).graph


def convert_file(path: str | os.PathLike, *, published: date | str | None = None) -> Graph:
    """Convert one article file, ``.txt`` or ``.html``, into its validated graph, as ``kg convert`` does.

    `published` (a date or ``YYYY-MM-DD``) overrides the article's own date.

    Raises:
        InputError: a file that cannot be read or holds no article (the message names it).
        UsageError: a file of many articles (JSON Lines) or a directory: ``kg convert`` takes those.
        NotConformant: a graph that breaks the shapes.
    """
    day = None if published is None else _date(published)
    sources = [item for item in iter_sources([os.fspath(path)]) if not isinstance(item, Skipped)]
    for source in sources:
        if isinstance(source, InputError):  # in the place of a bad input
            raise source
    if len(sources) != 1:
        raise UsageError(os.fspath(path), f"holds {len(sources)} articles",
                         "convert_file takes one article; run kg convert for a corpus")
    return convert_read_article(read_source(sources[0], day)).graph


def query(name_or_text: str | os.PathLike, graph_or_store, **params) -> list[dict]:
    """Run a SELECT query over a graph or a store; its rows as dicts of Python values.

    Args:
        name_or_text: a saved query's name (``loans``; see ``kg queries``), a
            ``.rq`` or ``.sparql`` file, or the query text.
        graph_or_store: an `rdflib.Graph` (a `rdflib.Dataset` keeps its named
            graphs), a `pyoxigraph.Store`, or a path: an embedded store's
            directory (``kg load`` makes one) or an RDF file. The query's default
            graph is the union of all graphs.
        params: values for the query's variables, bound, never pasted into its
            text: a string ``<…>`` or ``http(s)://…`` binds an IRI, another
            string a literal; an int, float, bool or `datetime.date` a typed
            literal; an rdflib or pyoxigraph term itself.

    Returns:
        One dict a row, keys in column order: int or float for numbers, bool,
        `datetime.date` for an ``xsd:date``, str for IRIs and other literals,
        None where the variable is unbound.

    Raises:
        UnknownName: no saved query of that name (the message suggests the closest).
        InputError, UsageError, StoreError: as ``kg query`` reports them.
    """
    bindings = {name: _term(value) for name, value in params.items()}
    if isinstance(graph_or_store, (str, os.PathLike)) and Path(graph_or_store).is_dir():
        from kg.store.embedded import query_store, store_path

        result = query_store(store_path(graph_or_store), name_or_text, bindings)
    else:
        loaded, checked = checked_query(name_or_text, bindings)
        result = select(_store(graph_or_store), loaded, checked)
    return rows_of(result)


def rows_of(result: QueryResult) -> list[dict]:
    """`result`'s rows as dicts of Python values (`kg.store.results.python_value`)."""
    return [dict(zip(result.columns, map(python_value, row))) for row in result.cell_terms()]


def _date(value: date | str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UsageError("published", f"{value!r} is not a date",
                         "give a datetime.date or YYYY-MM-DD, e.g. 2020-09-21") from None


def _term(value) -> ox.NamedNode | ox.Literal | str:
    """A parameter's value as a term (`kg.store.query.param_term` reads a string)."""
    if isinstance(value, (ox.NamedNode, ox.Literal, str)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype))) if value.datatype \
            else ox.Literal(str(value))
    if isinstance(value, (bool, int, float)):
        return ox.Literal(value)
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    raise UsageError(None, f"a parameter value of type {type(value).__name__} cannot be bound",
                     "give a str, int, float, bool, datetime.date or an RDF term")


def _store(graph_or_store) -> ox.Store:
    """An in-memory store holding `graph_or_store`'s triples, each graph named (the saved queries read
    an article from its named graph); a store or an RDF file as it is."""
    if isinstance(graph_or_store, ox.Store):
        return graph_or_store
    if isinstance(graph_or_store, (str, os.PathLike)):
        from kg.rdf.files import read_store

        return read_store([graph_or_store])
    if not isinstance(graph_or_store, Graph):
        raise UsageError(None, f"cannot query a {type(graph_or_store).__name__}",
                         "give an rdflib Graph, a pyoxigraph Store, or a store directory or RDF file path")
    store = ox.Store()
    if graph_or_store.context_aware:  # a Dataset: its graphs keep their names, the default graph gets one
        data = graph_or_store.serialize(format="nquads", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS)
        default = ox.DefaultGraph()
        quads = list(store.quads_for_pattern(None, None, None, default))
        named = ox.NamedNode(DEFAULT_GRAPH)
        store.extend(ox.Quad(quad.subject, quad.predicate, quad.object, named) for quad in quads)
        for quad in quads:
            store.remove(quad)
        return store
    name = graph_or_store.identifier
    store.load(graph_or_store.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
               to_graph=ox.NamedNode(str(name) if isinstance(name, URIRef) else DEFAULT_GRAPH))
    return store

