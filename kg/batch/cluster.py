"""``kg convert --cluster``: the batch's conversions on a Dask cluster's workers instead of local processes.

The only module that imports Dask (``distributed``); ``kg convert`` without ``--cluster`` never loads
it (an import-linter contract and a test say so). `run_on_cluster` takes the place of
`kg.batch.workers.run_ordered`: the same jobs in, the same `Outcome`s out, in input order, so the
runner's sinks write the same bytes as ``--jobs N`` for the same ``-o`` (the client reads the inputs
and writes the outputs; the workers only convert).

- **Same converter everywhere.** Before any article, every worker computes its identity (news-kg's
  version; the fingerprint of its code, packaged lexicons, shapes, the user lexicons and the options,
  `kg.batch.manifest.fingerprint`; the model's name, version and file hashes, checked on the worker,
  `kg.extract.model.model_identity`) and compares it with the client's; a worker that joins later does
  so at its first task. A mismatch stops the run with one line naming the worker and what differs.
  User lexicons travel with the work (their bytes), so workers need no shared filesystem for them.
- **Failures.** A bad article is an `Outcome` with its failure, as locally: never retried. A worker
  that dies has its unfinished articles re-run by Dask on the others; an article on which workers
  die again and again (Dask's ``distributed.scheduler.allowed-failures``, 3 by default) is tried once
  more alone, then reported as failed, not retried forever.
- **Memory** stays flat: at most ``WINDOW_PER_WORKER`` articles a worker thread are in flight.
- **Progress**: the scheduler, its workers and dashboard on stderr (unless ``--quiet``); kg's own
  progress line as for ``--jobs``.
"""
from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kg.batch.outcome import Failure, Options, Outcome
from kg.batch.remote import INSTALL_HINT
from kg.batch.workers import WINDOW_PER_WORKER, convert_source, prepare_worker
from kg.errors import InputError, KgError, UsageError
from kg.read.sources import Source

ADDRESS_VARIABLE = "DASK_SCHEDULER_ADDRESS"
CONNECT_SECONDS = 30
"""How long the client tries to reach the scheduler, and waits for a first worker."""


def scheduler_address(given: str | None) -> str:
    """The scheduler to use: `given`, else ``$DASK_SCHEDULER_ADDRESS``; UsageError when neither says.

    >>> scheduler_address("tcp://10.0.0.5:8786")
    'tcp://10.0.0.5:8786'
    """
    address = given or os.environ.get(ADDRESS_VARIABLE, "").strip()
    if not address:
        raise UsageError("--cluster", f"no scheduler address given, and {ADDRESS_VARIABLE} is not set",
                         "give one (--cluster tcp://HOST:8786) or set DASK_SCHEDULER_ADDRESS")
    return address


def check_dask() -> None:
    """Raise UsageError when Dask's distributed package cannot be imported (before any output is opened)."""
    try:
        import distributed  # noqa: F401  (--cluster was given: it is needed anyway)
    except ImportError:
        raise UsageError("--cluster", "needs Dask's distributed package, which is not installed",
                         INSTALL_HINT) from None


@dataclass(frozen=True)
class Identity:
    """What decides an article's output on a machine: news-kg's version, the fingerprint of its code,
    lexicons, shapes and options, and the model (name, version, sha256 of its files)."""

    version: str
    fingerprint: str
    model: str

    def differences(self, client: Identity) -> str:
        """What differs from the `client`'s identity, said for a person."""
        said = []
        if self.version != client.version:
            said.append(f"news-kg {self.version} (the client runs {client.version})")
        if self.fingerprint != client.fingerprint:
            said.append(f"code, lexicons or shapes with fingerprint {self.fingerprint[:12]}… "
                        f"(the client's {client.fingerprint[:12]}…)")
        if self.model != client.model:
            said.append(f"the model {self.model} (the client's {client.model})")
        return "; ".join(said)


def identity(options: Options) -> Identity:
    """This process's `Identity` for `options` (whose lexicon files are paths here)."""
    from kg import __version__
    from kg.batch.manifest import fingerprint
    from kg.extract.model import model_identity

    try:
        found = model_identity()
        model = f"{found.name} {found.version} sha256 {found.sha256[:16]}…"
    except KgError as error:  # missing or changed model files
        model = f"that cannot be used: {error.message}"
    return Identity(__version__, fingerprint(options.fmt, options.published, options.lexicon_files,
                                             options.validate, options.encoding), model)


@dataclass(frozen=True)
class Setup:
    """What every worker needs for a run: the options, the user lexicons' bytes, the client's identity."""

    options: Options
    lexicons: tuple[tuple[str, bytes], ...]
    client: Identity


@dataclass(frozen=True)
class WorkerProblem:
    """A worker's answer when it does not run the client's converter, or cannot convert at all: stops the run."""

    worker: str
    message: str


_prepared: Setup | None = None
"""The setup this worker process was last made ready for (`_prepare`): the check runs once per setup."""
_lock = threading.Lock()
"""One conversion at a time in a worker process: spaCy's pipeline is shared, and threads gain nothing
(the work holds the GIL); start workers with ``--nthreads 1`` and as many processes as cores."""


def _worker_address(worker=None) -> str:
    from distributed import get_worker

    try:
        return (worker or get_worker()).address
    except ValueError:  # not in a worker's task
        return f"process {os.getpid()}"


def _prepare(setup: Setup, worker=None) -> WorkerProblem | None:
    """Make this worker process ready for `setup` (once): write the user lexicons here, check the
    identity against the client's, load the lexicons, tables and shapes. A `WorkerProblem` if it differs."""
    global _prepared
    if _prepared == setup:
        return None
    paths = []
    if setup.lexicons:
        directory = Path(tempfile.mkdtemp(prefix="kg-lexicons-"))
        for number, (name, data) in enumerate(setup.lexicons):
            path = directory / f"{number}-{Path(name).name}"
            path.write_bytes(data)
            paths.append(str(path))
    options = replace(setup.options, lexicon_files=tuple(paths))
    mine = identity(options)
    if mine != setup.client:
        address = _worker_address(worker)
        return WorkerProblem(address, f"worker {address}: runs {mine.differences(setup.client)}")
    prepare_worker(options)
    _prepared = setup
    return None


def check_worker(setup: Setup, dask_worker=None) -> WorkerProblem | None:
    """Run on every worker before any article (`distributed.Client.run`, which passes `dask_worker`)."""
    with _lock:
        try:
            return _prepare(setup, dask_worker)
        except Exception as error:
            address = _worker_address(dask_worker)
            return WorkerProblem(address, f"worker {address}: cannot convert: {type(error).__name__}: "
                                          f"{_one_line(error)}")


def convert_task(job: tuple[int, Source, str], setup: Setup) -> Outcome | WorkerProblem:
    """One article on a worker: `kg.batch.workers.convert_source` (which reports a bad article in its
    `Outcome`), once the worker is checked; a `WorkerProblem` when the worker differs or cannot work."""
    with _lock:
        try:
            problem = _prepare(setup)
        except Exception as error:  # the worker itself fails (a full disk for the lexicons, a broken install)
            address = _worker_address()
            return WorkerProblem(address, f"worker {address}: cannot convert: {type(error).__name__}: "
                                          f"{_one_line(error)}")
        if problem is not None:
            return problem
        return convert_source(job)


def run_on_cluster(jobs: Iterable[tuple[int, Source, str] | Outcome], address: str, options: Options,
                   *, quiet: bool = False) -> Iterator[Outcome]:
    """Convert `jobs` on the Dask cluster at `address` and yield the outcomes in input order (see the
    module's docstring); an `Outcome` among the jobs passes through in its place.

    Raises InputError for a scheduler that cannot be reached, a cluster without workers, one that
    goes away during the run (the sinks keep what a re-run resumes from), and a worker that does not
    run the client's converter.
    """
    check_dask()
    from distributed import Client

    client = _connect(Client, address)
    try:
        setup = Setup(options, tuple((name, Path(name).read_bytes()) for name in options.lexicon_files),
                      identity(options))
        threads = _check_workers(client, address, setup, quiet)
        # The setup goes with each task (a few hundred bytes, more with user lexicons), not scattered once:
        # scattered data dies with the workers that hold it, and a worker that replaces them needs it too.
        yield from _ordered(client, address, jobs, setup, max(2, threads * WINDOW_PER_WORKER))
    finally:
        _close(client)


def _connect(client_type, address: str):
    try:
        return client_type(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(address, f"cannot reach the Dask scheduler: {_one_line(error)}",
                         "check the address (tcp://HOST:8786) and that the scheduler runs") from None


def _close(client) -> None:
    try:
        client.close(timeout=10)
    except Exception:  # a scheduler already gone: nothing left to close
        pass


def _check_workers(client, address: str, setup: Setup, quiet: bool) -> int:
    """Wait for a first worker, check every worker's identity, say where the dashboard is; the number of
    worker threads."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        answers = client.run(check_worker, setup)
        workers = client.scheduler_info(n_workers=-1)["workers"]
    except (OSError, TimeoutError) as error:
        raise InputError(address, f"the Dask cluster has no worker ready: {_one_line(error)}",
                         "start workers: dask worker " + address + " --nthreads 1") from None
    except Exception as error:  # the scheduler went away, or refused the request
        raise InputError(address, f"the workers could not be checked: {_one_line(error)}",
                         "check the scheduler's and the workers' logs") from None
    for worker in sorted(answers):
        if answers[worker] is not None:
            raise _stopped(answers[worker])
    threads = sum(info.get("nthreads", 1) for info in workers.values()) or 1
    if not quiet:
        sys.stderr.write(f"cluster: {address}, {len(workers)} worker(s), {threads} thread(s); "
                         f"dashboard: {client.dashboard_link}\n")
        sys.stderr.flush()
    return threads


def _ordered(client, address: str, jobs: Iterable, setup: Setup, limit: int) -> Iterator[Outcome]:
    window: deque = deque()
    for job in jobs:
        window.append(job if isinstance(job, Outcome) else (job, _submit(client, job, setup)))
        while len(window) >= limit:
            yield _result(client, window.popleft(), address, setup)
    while window:
        yield _result(client, window.popleft(), address, setup)


def _submit(client, job: tuple[int, Source, str], setup: Setup, attempt: int = 1):
    index, _, digest = job
    return client.submit(convert_task, job, setup, key=f"kg-convert-{index}-{digest[:16]}-{attempt}", pure=False)


def _result(client, item, address: str, setup: Setup) -> Outcome:
    """The outcome of a window's `item`. An article whose workers died (Dask's KilledWorker) is submitted
    once more, alone: Dask counts a death against every article waiting on that worker too, so an
    innocent neighbour of an article that crashes workers can be given up with it; a second time, it is
    reported as failed."""
    from distributed.scheduler import KilledWorker

    if isinstance(item, Outcome):
        return item
    job, future = item
    index, source, digest = job
    for attempt in (1, 2):
        try:
            outcome = future.result()
        except KilledWorker:
            future.release()
            if attempt == 1:
                future = _submit(client, job, setup, attempt=2)
                continue
            message = (f"{source.where}: the Dask workers converting it died each time it was tried; "
                       "left out, not tried again (see the workers' logs)")
            return Outcome(index, source.where, source.key, digest, failure=Failure(source.where, message))
        except Exception as error:  # the scheduler or the connection to it went away
            future.release()
            raise InputError(address, f"the Dask cluster stopped answering: {_one_line(error)}",
                             "a re-run resumes from the articles written so far") from None
        future.release()
        break
    if isinstance(outcome, WorkerProblem):
        raise _stopped(outcome)
    return outcome


def _stopped(problem: WorkerProblem) -> InputError:
    """The error that stops the run for a worker's `problem`."""
    hint = ("see the worker's log" if ": cannot convert: " in problem.message
            else "install the same news-kg, lexicons and model on every worker and the client")
    return InputError(None, problem.message, hint)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."
