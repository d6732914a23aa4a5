"""Packaged data files: the ontology and shapes (`kg.ontology`), the saved
queries (`kg.queries`), the queries kg sends for its own checks and reads (`kg.sparql`),
the lexicons (`kg.lexicons`) and the page `kg show` writes (`kg.show`'s ``assets/``).

They are found through importlib.resources, so an installed `kg` works from
any directory. Nothing is read at import time.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from kg.errors import ResourceError

ONTOLOGY_PACKAGE = "kg.ontology"
QUERIES_PACKAGE = "kg.queries"
SPARQL_PACKAGE = "kg.sparql"
LEXICONS_PACKAGE = "kg.lexicons"
SHOW_PACKAGE = "kg.show"


def _files(package: str, suffix: str) -> dict[str, Traversable]:
    return {
        entry.name[: -len(suffix)]: entry
        for entry in resources.files(package).iterdir()
        if entry.name.endswith(suffix)
    }


def _pick(package: str, suffix: str, name: str, kind: str) -> Traversable:
    available = _files(package, suffix)
    if name not in available:
        raise ResourceError(
            None,
            f"no {kind} named {name!r}",
            f"available: {', '.join(sorted(available)) or 'none'}",
        )
    return available[name]


def ontology_text(name: str = "news") -> str:
    """The Turtle text of a packaged ontology file (``news`` or ``shapes``)."""
    return _pick(ONTOLOGY_PACKAGE, ".ttl", name, "ontology file").read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Names of the saved queries, sorted."""
    return sorted(_files(QUERIES_PACKAGE, ".rq"))


def query_text(name: str) -> str:
    """The SPARQL text of the saved query `name` (without ``.rq``).

    A name is looked up among the packaged files only, so it cannot reach
    other files on disk.
    """
    return _pick(QUERIES_PACKAGE, ".rq", name, "saved query").read_text(encoding="utf-8")


def sparql_text(name: str) -> str:
    """The SPARQL text of the query `name` (without ``.rq``) that kg sends for its own work, e.g. the
    shared entities a server's articles describe (``shared_descriptions``); not a saved query."""
    return _pick(SPARQL_PACKAGE, ".rq", name, "packaged SPARQL query").read_text(encoding="utf-8")


def sparql_update_text(name: str) -> str:
    """The SPARQL Update text of the packaged update `name` (without ``.ru``) that kg sends for its own work,
    e.g. removing a server's default-graph happenings (``drop_default_happenings``)."""
    return _pick(SPARQL_PACKAGE, ".ru", name, "packaged SPARQL update").read_text(encoding="utf-8")


def lexicon_file(name: str) -> Traversable:
    """A packaged lexicon file by its full file name, e.g. ``events.yaml``."""
    entry = resources.files(LEXICONS_PACKAGE) / name
    if not entry.is_file():
        raise ResourceError(None, f"no packaged lexicon named {name!r}")
    return entry


def show_asset(name: str) -> str:
    """The text of a file the page of ``kg show`` is made from (``assets/`` of `kg.show`): its template,
    script and style, the drawing library (``cytoscape.min.js``) and its licence."""
    entry = resources.files(SHOW_PACKAGE) / "assets" / name
    if not entry.is_file():
        raise ResourceError(None, f"no packaged page asset named {name!r}", "reinstall news-kg")
    return entry.read_text(encoding="utf-8")
