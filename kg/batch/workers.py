"""The workers: each converts a source (read, extract, build, validate, serialise) into an `Outcome`.

`run_ordered` hands the sources to worker processes with a bounded window of
work in flight and takes the outcomes back in input order, so the output is
the same bytes for any number of workers and memory stays flat however long
the corpus is. Every worker loads the lexicons, tables and shapes once
(`prepare_worker`); a forked worker inherits them from the parent. The model
loads at a worker's first article (`kg.extract.nlp.parser`).
"""
from __future__ import annotations

import itertools
import os
import sys
import traceback
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from kg.batch.outcome import Failure, Options, Outcome
from kg.errors import KgError, NotConformant
from kg.rdf.mint import article_iri
from kg.read.sources import Source, read_source

WINDOW_PER_WORKER = 8
"""Sources in flight per worker: enough to keep each busy, few enough to keep memory flat."""

_OPTIONS = Options()
_LEXICON = None


def prepare_worker(options: Options) -> None:
    """Load what every conversion needs, once per process: lexicons, name tables, shapes.

    Costs ~0.1 s with the caches of `kg.cache` (~1 s without); a forked worker inherits it from
    the parent, which calls this first.
    """
    global _OPTIONS, _LEXICON
    from kg.extract.lexicon import load_lexicon
    from kg.extract.names import name_tables
    from kg.validate.shacl import prepare_shapes

    _OPTIONS = options
    _LEXICON = load_lexicon(options.lexicon_files)
    name_tables(_LEXICON)  # loads the blank English pipeline too, if the tables are not cached and must be built
    if options.validate:
        prepare_shapes()


def convert_source(job: tuple[int, Source, str]) -> Outcome:
    """Convert one source into an `Outcome` (read, extract, build, validate, serialise).

    Never raises for a bad article: a `KgError` becomes the outcome's
    failure; so does any other exception, with its traceback, as the bug it
    is, so that one article cannot stop a corpus.
    """
    from kg import pipeline  # the stages, looked up there (where tests replace them)
    from kg.rdf.write import serialize_block

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
        if "fmt" in options.payloads:  # a file of its own gets the format's frame around it (kg.batch.sinks)
            payload = serialize_block(graph, options.fmt, iri)
        if "nt" in options.payloads:
            ntriples = serialize_block(graph, "nt", iri)
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
