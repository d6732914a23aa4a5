"""What passes between the batch's parts: the options every worker gets, and each source's outcome.

`Options` go to every worker once; each source comes back as an `Outcome`
(converted, up to date, or a `Failure`), in input order; the `Summary`
counts them for the closing lines and the exit code.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg.errors import InputError, KgError, NotConformant


@dataclass(frozen=True)
class Options:
    """What every worker needs to convert a source (picklable, set once per worker)."""

    fmt: str = "turtle"
    published: date | None = None
    lexicon_files: tuple[str, ...] = ()
    validate: bool = True
    payloads: tuple[str, ...] = ("fmt",)
    """What to serialise: ``fmt`` (the output format), ``nt`` (N-Triples, for loading), ``triples``."""
    encoding: str | None = None
    """How plain-text articles without a byte-order mark are encoded (None: UTF-8)."""


@dataclass(frozen=True)
class Failure:
    """Why a source was not converted, as text (errors do not cross process boundaries whole)."""

    where: str
    message: str
    exit_code: int = 1
    report: str | None = None
    """A SHACL report, or a traceback for an unexpected error (a bug)."""

    not_conformant: bool = False
    """Whether the graph broke the shapes (`report` is then the SHACL report)."""

    @classmethod
    def from_error(cls, error: KgError) -> Failure:
        if isinstance(error, NotConformant):
            return cls(error.where or "", error.message, error.exit_code, error.report, not_conformant=True)
        return cls(error.where or "", error.message, error.exit_code)

    def error(self) -> KgError:
        """A `KgError` to report, of the type that failed; the message is kept whole."""
        if self.not_conformant:
            return NotConformant(self.where, self.report)
        error = InputError(None, self.message)
        error.exit_code = self.exit_code
        return error


@dataclass(frozen=True)
class Outcome:
    """One source's result, in the order of the inputs: converted, up to date, or failed."""

    index: int
    where: str
    key: str
    digest: str
    iri: str | None = None
    article_id: str | None = None
    payload: bytes = b""
    ntriples: bytes = b""
    triples: tuple = ()
    count: int = 0
    entities: tuple[tuple[str, int], ...] = ()
    events: tuple[tuple[str, int], ...] = ()
    failure: Failure | None = None
    up_to_date: bool = False


@dataclass
class Summary:
    """What a batch did, for the closing lines and the exit code."""

    output: str | None = None
    converted: int = 0
    up_to_date: int = 0
    triples: int = 0
    entities: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    skipped: list = field(default_factory=list)
    """The entries of input directories not read (`kg.read.sources.Skipped`), each for a note."""
    errors_file: str | None = None
    seconds: float = 0.0
    words: int = 0
    loaded: str | None = None
    """The load report's line, when the batch loaded into a store or server."""
    terminal: bool = False
    """Whether progress was drawn (stderr is a terminal, no ``--quiet``): the closing summary is shown too."""

    @property
    def attempted(self) -> int:
        return self.converted + self.up_to_date + len(self.failures)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def exit_code(self) -> int:
        return max((f.exit_code for f in self.failures), default=0)

    def add(self, outcome: Outcome) -> None:
        """Count `outcome` in."""
        if outcome.failure is not None:
            self.failures.append(outcome.failure)
            return
        if outcome.up_to_date:
            self.up_to_date += 1
        else:
            self.converted += 1
        self.triples += outcome.count
        self.entities.update(dict(outcome.entities))
        self.events.update(dict(outcome.events))

    def lines(self) -> list[str]:
        """The closing summary: counts, then entities and events by type (most first)."""
        articles = f"{_count(self.attempted, 'article')}: {self.converted} converted"
        if self.up_to_date:
            articles += f", {self.up_to_date} up to date"
        articles += f", {len(self.failures)} failed; {_count(self.triples, 'triple')}"
        if self.seconds > 0 and self.converted:
            articles += f"; {self.seconds:.1f} s, {self.converted / self.seconds:.1f} articles/s"
        out = [articles]
        for name, counts in (("entities", self.entities), ("events", self.events)):
            ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            listed = ", ".join(f"{kind} {n}" for kind, n in ranked) or "none"
            out.append(f"{name} ({sum(counts.values())}): {listed}")
        return out


    def closing_lines(self) -> list[str]:
        """What `kg convert` prints on stderr when the batch ends (besides each failure's own line).

        For several articles: the summary and where the failures are listed, when
        progress was drawn; and, when some failed, how many failed and were converted.
        """
        out: list[str] = []
        if self.attempted > 1 and self.terminal:
            out.extend(self.lines())
            if self.errors_file:
                out.append(f"the failures are listed in {self.errors_file}")
        if not self.ok and self.attempted > 1:
            done = self.converted + self.up_to_date
            written = f" and written to {self.output}" if done and self.output not in (None, "-") else ""
            out.append(f"{len(self.failures)} failed, {_count(done, 'article')} converted{written}")
        return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
