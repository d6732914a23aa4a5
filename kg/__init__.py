"""news-kg: read news articles and state their facts as validated RDF.

The Python API (the README's "From Python" shows it at work):

- ``convert_text(text, *, published, id=None) -> rdflib.Graph``: one article's text;
- ``convert_file(path) -> rdflib.Graph``: one ``.txt`` or ``.html`` article;
- ``query(name_or_text, graph_or_store, **params) -> list[dict]``: a saved query's name, a query
  file or the query text, over a graph or a store; rows of Python values.

They live in `kg.api`. Importing `kg` imports nothing else: each name is looked up on first use
(PEP 562's module ``__getattr__``), so that ``kg convert``, which imports ``kg`` first, starts no
slower for them.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "convert_file", "convert_text", "query"]

_API = frozenset({"convert_file", "convert_text", "query"})


def __getattr__(name: str):
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)
