"""Corpus-scale `convert`: a stream of sources -> worker processes -> outputs, in input order.

Input: the `kg.read.sources.Source` stream of the command line's inputs. Each
source is read, extracted, built, validated and serialised in a worker
(`convert_source`); the parent process hands them out with a bounded window
of work in flight and takes the results back in input order, so the output
is the same bytes whatever the number of workers, and memory stays flat
however long the corpus is. Output (`kg.batch.sinks`): one file per article in a
directory, one N-Quads/TriG stream with a named graph per article, the union
graph (triple formats), and/or the store (``--load``).

One bad article never stops the batch: its failure (where and why) is kept
for the summary and the errors file, and the others go on. Re-running a
batch skips the articles whose output is up to date: see `kg.manifest`.
"""
from __future__ import annotations

import itertools
import os
import sys
import time
import traceback
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from kg.errors import InputError, KgError, NotConformant
from kg.read.sources import Source, count_sources, iter_sources, read_source
from kg.rdf.mint import article_iri

WINDOW_PER_WORKER = 8
"""Sources in flight per worker: enough to keep each busy, few enough to keep memory flat."""


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

    @classmethod
    def from_error(cls, error: KgError) -> Failure:
        return cls(error.where or "", error.message, error.exit_code,
                   error.report if isinstance(error, NotConformant) else None)

    def error(self) -> KgError:
        """A `KgError` to report; the message is kept whole."""
        if self.report is not None and self.message.endswith("see the report above"):
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
    errors_file: str | None = None
    seconds: float = 0.0
    words: int = 0
    loaded: str | None = None
    """The load report's line, when the batch loaded into a store or server."""

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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------- workers

_OPTIONS = Options()
_LEXICON = None


def prepare_worker(options: Options) -> None:
    """Load what every conversion needs, once per process: lexicons, name tables, spaCy, shapes.

    Costs ~1 s; a forked worker inherits it from the parent, which calls this first.
    """
    global _OPTIONS, _LEXICON
    from kg.extract.lexicon import load_lexicon
    from kg.extract.names import name_tables
    from kg.extract.nlp import english
    from kg.validate.shacl import _compiled_shapes, _shapes_graph

    _OPTIONS = options
    _LEXICON = load_lexicon(options.lexicon_files)
    name_tables(_LEXICON)
    english()
    if options.validate:
        _shapes_graph()
        _compiled_shapes()


def convert_source(job: tuple[int, Source, str]) -> Outcome:
    """Convert one source into an `Outcome` (read, extract, build, validate, serialise).

    Never raises for a bad article: a `KgError` becomes the outcome's
    failure; so does any other exception, with its traceback, as the bug it
    is, so that one article cannot stop a corpus.
    """
    from kg import pipeline  # the stages, looked up there (where tests replace them)
    from kg.rdf.write import serialize_graph

    index, source, digest = job
    options = _OPTIONS
    try:
        article = read_source(source, options.published, options.encoding)
        facts = pipeline.extract_facts(article, _LEXICON)
        graph = pipeline.build_graph(facts)
        if options.validate:
            report = pipeline.validate_graph(graph)
            if not report.conforms:
                raise NotConformant(source.where, report.render())
        iri = str(article_iri(article.id))
        payload = ntriples = b""
        triples: tuple = ()
        if "fmt" in options.payloads:
            payload = _serialise(serialize_graph, graph, options.fmt, iri)
        if "nt" in options.payloads:
            ntriples = _serialise(serialize_graph, graph, "nt", iri)
        if "triples" in options.payloads:
            triples = tuple(graph)
    except KgError as error:
        return Outcome(index, source.where, source.key, digest, failure=Failure.from_error(error))
    except Exception as error:  # a bug: reported with its traceback, the batch goes on
        detail = "".join(traceback.format_exception(error))
        return Outcome(index, source.where, source.key, digest, failure=Failure(
            source.where, f"{source.where}: internal error {type(error).__name__}: {error}; "
                          "this is a bug in news-kg, please report it with the article", 1, detail))
    entities = Counter(entity.type for entity in facts.entities)
    events = Counter(event.type for event in facts.events)
    return Outcome(index, source.where, source.key, digest, iri=iri, article_id=article.id,
                   payload=payload, ntriples=ntriples, triples=triples, count=len(graph),
                   entities=tuple(sorted(entities.items())), events=tuple(sorted(events.items())))


def _serialise(serialize_graph, graph, fmt: str, iri: str) -> bytes:
    import io

    buffer = io.BytesIO()
    serialize_graph(graph, buffer, fmt, iri)
    return buffer.getvalue()


# ---------------------------------------------------------------- the ordered, bounded pool

def default_jobs() -> int:
    """The machine's cores available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_ordered(jobs: Iterable[tuple[int, Source, str] | Outcome], workers: int,
                options: Options) -> Iterator[Outcome]:
    """Convert `jobs` on `workers` processes and yield the outcomes in input order.

    An `Outcome` among the jobs (a bad input, an up-to-date article) passes
    through in its place. At most ``workers * WINDOW_PER_WORKER`` sources are
    in flight, so memory does not grow with the corpus. One worker runs
    in this process, with no pool at all.
    """
    prepare_worker(options)
    jobs = iter(jobs)
    head = list(itertools.islice(jobs, 2))
    jobs = itertools.chain(head, jobs)
    if len(head) < 2:  # one article: a pool would only add its start-up
        workers = 1
    if workers <= 1:
        for job in jobs:
            yield job if isinstance(job, Outcome) else convert_source(job)
        return
    import multiprocessing

    # fork: workers inherit the lexicons and tables prepare_worker just loaded.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    window: deque[Future | Outcome] = deque()
    limit = workers * WINDOW_PER_WORKER
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_initialise,
                             initargs=(options, method)) as pool:
        for job in jobs:
            window.append(job if isinstance(job, Outcome) else pool.submit(convert_source, job))
            while len(window) >= limit:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())


def _initialise(options: Options, method: str) -> None:
    _die_with_parent()
    if method != "fork":
        prepare_worker(options)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the batch process dies, even by SIGKILL:
    otherwise the workers of a killed `kg convert --jobs N` wait on their queue forever."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except OSError:
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)


def _result(item: Future | Outcome) -> Outcome:
    return item if isinstance(item, Outcome) else item.result()


# ---------------------------------------------------------------- progress

class Progress:
    """One line on stderr, redrawn at most 10 times a second: done/total, rate, ETA.

    Silent when `enabled` is False (stderr is not a terminal, or ``--quiet``).
    """

    def __init__(self, total: int | None, enabled: bool, stream: TextIO | None = None):
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = time.monotonic()
        self.drawn = 0.0

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.drawn >= 0.1 or self.done == self.total:
            self.drawn = now
            self.stream.write("\r" + self.line(now - self.started) + "\x1b[K")
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        """The progress text after `elapsed` seconds.

        >>> p = Progress(200, False); p.done = 50; p.line(10.0)
        ' 50/200 articles  25%  5.0 articles/s  ETA 0:30'
        """
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.total:
            width = len(str(self.total))
            left = (self.total - self.done) / rate if rate > 0 else 0
            eta = f"{int(left // 60)}:{int(left % 60):02d}"
            return (f"{self.done:>{width}}/{self.total} articles  {100 * self.done // self.total}%  "
                    f"{rate:.1f} articles/s  ETA {eta}")
        return f"{self.done} articles  {rate:.1f} articles/s"

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def progress_enabled(quiet: bool, stream: TextIO | None = None) -> bool:
    """Whether to draw progress: not `quiet`, and stderr is a terminal."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


def tracked(outcomes: Iterator[Outcome], progress: Progress) -> Iterator[Outcome]:
    """`outcomes`, advancing `progress` with each."""
    try:
        for outcome in outcomes:
            progress.advance()
            yield outcome
    finally:
        progress.close()


# ---------------------------------------------------------------- the batch

def convert_batch(inputs: list[str], output: str | None, fmt: str | None = None, *,
                  published: date | None = None, lexicon_files: tuple[str, ...] = (),
                  validate: bool = True, jobs: int | None = None, quiet: bool = False,
                  errors: str | None = None, force: bool = False, load: bool = False,
                  store: str | None = None, endpoint=None, stdin: BinaryIO | None = None,
                  encoding: str | None = None) -> Summary:
    """Convert every source of `inputs` and send the good ones to the outputs; see the module doc.

    Args:
        output: a directory (an existing one, or a name ending in ``/``): one
            file per article; a file or None/``-`` (stdout): TriG/N-Quads
            stream one named graph per article, triple formats the union.
        jobs: worker processes (default: the machine's cores); the output
            is the same for any number.
        quiet: no progress line (it is drawn only when stderr is a terminal).
        errors: the errors file (default: ``DIR/errors.log``, or
            ``FILE.errors.log`` for a batch of several articles into FILE).
        force: convert every article even if its output is up to date.
        encoding: the encoding of plain-text articles without a byte-order
            mark (default UTF-8; `kg.read.text.decode_text`).
        load, store, endpoint: also load each article into the store or a
            server (`kg.store.targets.load_graphs`); nothing goes to stdout then
            unless `output` says so.

    Raises (before any article is read) UsageError for a bad format or an
    output that is an input, InputError for an output that cannot be
    written or a bad user lexicon. Failed articles are in `Summary.failures`.
    """
    from kg.extract.lexicon import load_lexicon
    from kg.pipeline import check_output, output_format
    from kg.batch.sinks import (DirectorySink, LoadSink, StreamSink, UnionSink, fingerprint,
                          source_digest)
    from kg.rdf.write import QUAD_FORMATS

    directory = output_directory(output)
    if directory is not None:
        chosen = output_format(None, fmt)
        if not directory.parent.is_dir():
            raise InputError(output, f"directory {str(directory.parent)!r} does not exist", "create it first")
    else:
        chosen = output_format(output, fmt)
        check_output(output, [Path(item) for item in inputs if item != "-" and Path(item).is_file()])
    load_lexicon(lexicon_files)  # a bad user lexicon fails the run before any article
    write = output is not None or not load
    sinks: list = []
    payloads: list[str] = []
    if write:
        try:
            if directory is not None:
                sinks.append(DirectorySink(directory, chosen, resume=not force))
            elif chosen in QUAD_FORMATS:
                sinks.append(StreamSink(None if output in (None, "-") else Path(output), chosen, resume=not force))
            else:
                sinks.append(UnionSink(output, chosen))
        except OSError as error:  # a read-only or full output directory
            raise _unwritable(output, error) from None
        payloads.append("triples" if isinstance(sinks[0], UnionSink) else "fmt")
    if load:
        sinks.append(LoadSink(store, endpoint))
        payloads.append("nt")
    options = Options(chosen, published, tuple(lexicon_files), validate, tuple(payloads), encoding)
    base = fingerprint(chosen, published, tuple(lexicon_files), validate, encoding)

    def work() -> Iterator[tuple[int, Source, str] | Outcome]:
        for index, item in enumerate(iter_sources(inputs, stdin)):
            if isinstance(item, KgError):
                yield Outcome(index, item.where or "", "", "", failure=Failure.from_error(item))
                continue
            digest = source_digest(base, item.data)
            entries = [sink.previous(item.key, digest) for sink in sinks]
            if entries and all(entries):
                entry = entries[0]
                yield Outcome(index, item.where, item.key, digest, iri=entry["iri"], count=entry["triples"],
                              entities=tuple(sorted(entry["entities"].items())),
                              events=tuple(sorted(entry["events"].items())), up_to_date=True)
            else:
                yield index, item, digest

    summary = Summary(output=str(directory) if directory is not None else output)
    enabled = progress_enabled(quiet)
    progress = Progress(count_sources(inputs) if enabled else None, enabled)
    seen: dict[str, str] = {}
    started = time.monotonic()
    try:
        for outcome in tracked(run_ordered(work(), jobs or default_jobs(), options), progress):
            if outcome.failure is None and outcome.iri in seen:
                clash = InputError(outcome.where, f"has the same article IRI as {seen[outcome.iri]} ({outcome.iri})",
                                   "give each article its own id: the IRI comes from the file name or the id field")
                outcome = replace(outcome, failure=Failure.from_error(clash))
            if outcome.failure is None:
                seen[outcome.iri] = outcome.where
                for sink in sinks:
                    sink.write(outcome)
            summary.add(outcome)
    except OSError as error:  # the disk filled up, or the output went read-only
        for sink in sinks:
            try:
                sink.abort()
            except OSError:
                pass
        raise _unwritable(output, error) from None
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    summary.seconds = time.monotonic() - started
    for sink in sinks:
        try:
            sink.finish(summary.converted + summary.up_to_date > 0)
        except OSError as error:
            raise _unwritable(output, error) from None
        if isinstance(sink, LoadSink) and sink.report() is not None:
            summary.loaded = sink.report().render()
    summary.errors_file = _write_errors(summary, errors, directory, output)
    return summary


def _unwritable(output: str | None, error: OSError) -> InputError:
    """The error for an output that cannot be written (no space, read-only), naming the -o argument."""
    return InputError(output if output not in (None, "-") else "<stdout>",
                      f"cannot write: {error.strerror or error}",
                      "check the free space and that the directory is writable; a re-run keeps what was finished")


def output_directory(output: str | None) -> Path | None:
    """The directory `output` names for one file per article, or None for a file or stdout.

    >>> output_directory("out/"), output_directory("out.nq"), output_directory(None)
    (PosixPath('out'), None, None)
    """
    if output in (None, "-"):
        return None
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return Path(output)
    return None


def _write_errors(summary: Summary, errors: str | None, directory: Path | None, output: str | None) -> str | None:
    """Write the failures to the errors file; remove a stale default one after a clean run."""
    from kg.rdf.write import _write_atomically

    if errors is not None:
        target = Path(errors)
    elif directory is not None:
        target = directory / "errors.log"
    elif output not in (None, "-") and summary.attempted > 1:
        target = Path(f"{output}.errors.log")
    else:
        return None
    if not summary.failures:
        if errors is None:
            target.unlink(missing_ok=True)
        return None
    lines = []
    for failure in summary.failures:
        lines.append(failure.message)
        if failure.report:
            lines.extend("    " + line for line in failure.report.rstrip("\n").splitlines())
    text = "\n".join(lines) + "\n"
    _write_atomically(target, lambda out: out.write(text.encode("utf-8")))
    return str(target)
