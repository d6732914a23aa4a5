"""Run a query in a child process that a deadline or Ctrl-C ends at once.

Input: a function that runs a query and returns its output text, a deadline
in seconds and the name of what runs, for messages. Output: that text, or
the `KgError` the function raised, raised again here.

pyoxigraph cannot cancel a query: once ``Store.query`` is evaluating, the
process runs it to its end, deaf to SIGINT (Python's handler runs only
between bytecodes). So ``kg query`` over files or the store forks (POSIX
``fork``: the child has every module already imported, so it starts in
milliseconds) and the child runs the query, formats the rows and sends the
text back through a pipe. The parent waits on the pipe: at the deadline, or
when Ctrl-C interrupts it, it kills the child (SIGKILL) and reports it. A
crash of the query engine (a segmentation fault) kills the child, not the
command, and is reported as such.

Where there is no ``fork`` (Windows), the function runs in this process, unbounded.
"""
from __future__ import annotations

import gc
import os
import pickle
import selectors
import signal
import time
import traceback
from collections.abc import Callable

from kg.errors import Interrupted, KgError, StoreError, UsageError

DEFAULT_TIMEOUT = 60.0
"""Seconds a query over files or the store may take unless ``--timeout`` says."""
MAX_TIMEOUT = 86_400.0
"""The longest ``--timeout``: a day."""

_OK, _ERROR, _BUG = "ok", "error", "bug"


def check_timeout(seconds: float | None) -> float | None:
    """`seconds` as a deadline: None (no deadline) for None or 0; UsageError for a negative, absurd or NaN one.

    >>> check_timeout(60), check_timeout(0)
    (60.0, None)
    """
    if seconds is None or seconds == 0:
        return None
    if not 0 < seconds <= MAX_TIMEOUT:  # NaN too
        raise UsageError("--timeout", f"{seconds!r} is not a number of seconds from 0 to {MAX_TIMEOUT:,.0f} (a day)",
                         "e.g. --timeout 300; 0 for no deadline")
    return float(seconds)


def run_within(work: Callable[[], str | bytes], seconds: float | None, where: str) -> str | bytes:
    """`work()`'s text, computed in a child process killed after `seconds` (None: never) or on Ctrl-C.

    Raises:
        StoreError: the deadline passed (the message names `where` and ``--timeout``), or the child died
            of a signal (a crash of the query engine).
        Interrupted: Ctrl-C (SIGINT) in this process; the child is killed first.
        KgError: what `work` raised, as it raised it.
    """
    if not hasattr(os, "fork"):
        return work()
    reading, writing = os.pipe()
    gc.freeze()  # the child's collections skip what the parent made, so its pages stay shared, not copied
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(reading)
        _child(work, writing)
    gc.unfreeze()
    os.close(writing)
    try:
        payload = _receive(reading, child, seconds, where)
    finally:
        os.close(reading)
        status = _reap(child)
    return _result(payload, status, where)


def _child(work: Callable[[], str | bytes], writing: int) -> None:
    """Run `work` and send its outcome, pickled, through `writing`; never return."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
        try:
            outcome = (_OK, work())
        except KgError as error:
            outcome = (_ERROR, error)
        except BaseException:  # a bug: the parent raises it with this traceback
            outcome = (_BUG, traceback.format_exc())
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(writing, view):]
    except BaseException:
        code = 70  # EX_SOFTWARE: the parent reports a child that sent nothing
    finally:
        os._exit(code)  # no atexit functions, no flush of buffers the parent owns


def _receive(reading: int, child: int, seconds: float | None, where: str) -> bytes:
    """All the child sends, until it closes the pipe; kills it at the deadline or on Ctrl-C."""
    deadline = None if seconds is None else time.monotonic() + seconds
    chunks = []
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(reading, selectors.EVENT_READ)
            while True:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    _kill(child)
                    raise StoreError(where, f"no answer within {seconds:g} s, the query's deadline; it was stopped",
                                     "give it longer with --timeout SECONDS (0: none), or ask for fewer rows "
                                     "(--limit N, --graph IRI)")
                if selector.select(left):
                    chunk = os.read(reading, 1 << 20)
                    if not chunk:
                        return b"".join(chunks)
                    chunks.append(chunk)
    except KeyboardInterrupt:
        _kill(child)
        raise Interrupted(where, "interrupted (Ctrl-C); the query was stopped") from None


def _result(payload: bytes, status: int, where: str) -> str | bytes:
    """The text the child sent, or the error it sent or died of (`status`: its wait status)."""
    if not payload:
        if os.WIFSIGNALED(status):
            name = signal.Signals(os.WTERMSIG(status)).name
            raise StoreError(where, f"the query engine crashed ({name}) running it",
                             "the query or the data holds something Oxigraph cannot handle; simplify the query")
        raise StoreError(where, "the query process ended without an answer "
                                f"(exit status {os.waitstatus_to_exitcode(status)})")
    kind, value = pickle.loads(payload)
    if kind == _ERROR:
        raise value
    if kind == _BUG:
        raise RuntimeError(f"the query process failed:\n{value}")
    return value


def _kill(child: int) -> None:
    try:
        os.kill(child, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(child: int) -> int:
    """Wait for `child` to end; its wait status."""
    try:
        return os.waitpid(child, 0)[1]
    except ChildProcessError:  # reaped already
        return 0
