"""The project's error types. The library raises them; `cli.py` turns them into
one line on stderr and an exit code (1 for rejected input or a non-conforming
graph, 2 for wrong usage). Any other exception is a bug and keeps its traceback.

Messages say what went wrong, where (file, and line where known), what was
expected and how to fix it.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error the project reports to its users."""

    exit_code = 1

    def __init__(self, where: str | None, problem: str, hint: str | None = None):
        self.where = where
        self.problem = problem
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.where}: {self.problem}" if self.where else self.problem
        return f"{text}; {self.hint}" if self.hint else text


class InputError(KgError):
    """An input file (article, RDF, lexicon, query) that cannot be used."""


class ResourceError(KgError):
    """A packaged resource or a name that does not exist (query, format)."""


class UnknownName(ResourceError):
    """A name the user gave (a saved query's) that names nothing: wrong usage, as Click's own."""

    exit_code = 2


class UsageError(KgError):
    """Options that do not fit together."""

    exit_code = 2


class NotConformant(KgError):
    """A graph that does not conform to the SHACL shapes."""

    def __init__(self, where: str | None, report: str):
        self.report = report
        super().__init__(where, "the graph does not conform to the shapes", "see the report above")


class StoreError(KgError):
    """A triple store or SPARQL endpoint that cannot be used."""


class UnreadableGraph(InputError):
    """An RDF file that cannot be parsed: `kg validate` exits 2 for it, as for usage."""

    exit_code = 2


class ModelError(KgError):
    """The statistical English model that extraction parses with is missing, of another
    version, or not byte-identical to the one the project pins (`kg.extract.model`)."""
