"""The project's error types. The library raises them; `cli.py` turns them into
one line on stderr and an exit code (1 for rejected input or a non-conforming
graph, 2 for wrong usage). Any other exception is a bug and keeps its traceback.

Messages say what went wrong, where (file, and line where known), what was
expected and how to fix it. A message is one line of plain text (`printable`):
whatever a file or a server put in it, no control character or escape
sequence reaches the terminal.
"""
from __future__ import annotations

import re

# An escape sequence whole (ECMA-48 §5.4: CSI, and OSC, DCS, APC, PM and SOS strings up to their
# terminator), else one C0 or C1 control, DEL, or a bidirectional override or isolate (which
# reorders what a terminal shows: "Trojan Source", CVE-2021-42574).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b.?"
    r"|[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", re.DOTALL)
_LINE_BREAKS = re.compile(r"[\t\n\r]+")


def printable(text: str, *, lines: bool = False) -> str:
    """`text` with every escape sequence and control character replaced by U+FFFD (one for a whole
    sequence); tabs and line breaks become a space, or with `lines` stay as they are.

    >>> printable("a\\x1b]0;pwned\\x07b\\x1b[2Jc\\r\\nd")
    'a\ufffdb\ufffdc d'
    """
    if not lines:
        text = _LINE_BREAKS.sub(" ", text)
        return _ESCAPES.sub("\ufffd", text)
    return _ESCAPES.sub(lambda match: match.group() if match.group() in "\t\n" else "\ufffd", text)


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
        return printable(f"{text}; {self.hint}" if self.hint else text)

    def __reduce__(self):
        # Pickled whole (a query's child process sends its error to the parent, `kg.store.deadline`);
        # Exception's own pickling would call __init__ with the message alone.
        return _restore, (type(self), dict(self.__dict__))


def _restore(cls: type, state: dict) -> KgError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error.message)
    return error


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

    def __init__(self, where: str | None, report: str, hint: str = "see the report above"):
        self.report = report
        super().__init__(where, "the graph does not conform to the shapes", hint)


class StoreError(KgError):
    """A triple store or SPARQL endpoint that cannot be used."""


class Interrupted(KgError):
    """The user stopped the command (Ctrl-C): exit code 130, as a shell gives for SIGINT (128 + 2)."""

    exit_code = 130


class UnreadableGraph(InputError):
    """An RDF file that cannot be parsed: `kg validate` exits 2 for it, as for usage."""

    exit_code = 2


class ModelError(KgError):
    """The statistical English model that extraction parses with is missing, of another
    version, or not byte-identical to the one the project pins (`kg.extract.model`)."""
