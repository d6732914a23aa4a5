"""Corpus-scale `convert`: a stream of sources -> worker processes -> sinks, in input order.

Input: the `kg.read.sources.Source` stream of the command line's inputs. Each
source is converted in a worker (`kg.batch.workers`), in input order, so the
output is the same bytes whatever the number of workers, and memory stays flat
however long the corpus is. Output (`kg.batch.sinks`): one file per article in a
directory, one N-Quads/TriG stream with a named graph per article, the union
graph (triple formats), and/or the store (``--load``).

One bad article never stops the batch: its failure (where and why) is kept
for the summary and the errors file, and the others go on. Re-running a
batch skips the articles whose output is up to date: see `kg.batch.manifest`.
"""
from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from kg.batch.manifest import fingerprint, source_digest
from kg.batch.outcome import Failure, Options, Outcome, Summary
from kg.batch.progress import Progress, progress_enabled, tracked
from kg.batch.remote import is_url, local_name
from kg.batch.sinks import (DirectorySink, LoadSink, Sink, StreamSink, UnionSink, output_is_input,
                            several_articles_in_triples)
from kg.batch.workers import default_jobs, run_ordered
from kg.errors import InputError, KgError, UsageError
from kg.read.calendar import out_of_range
from kg.read.sources import Skipped, Source, count_sources, file_identity, input_files, iter_sources


def convert_batch(inputs: list[str], output: str | None, fmt: str | None = None, *,
                  published: date | None = None, lexicon_files: tuple[str, ...] = (),
                  validate: bool = True, jobs: int | None = None, quiet: bool = False,
                  errors: str | None = None, force: bool = False, load: bool = False,
                  store: str | None = None, endpoint=None, stdin: BinaryIO | None = None,
                  encoding: str | None = None, cluster: str | None = None) -> Summary:
    """Convert every source of `inputs` and send the good ones to the outputs; see the module doc.

    Args:
        output: a directory (an existing one, or a name ending in ``/``): one
            file per article; a file or None/``-`` (stdout): TriG, N-Quads and
            JSON-LD stream one named graph per article; Turtle and N-Triples
            take one article only (several would merge into one graph).
        jobs: worker processes (default: the machine's cores); the output
            is the same for any number.
        quiet: no progress line (it is drawn only when stderr is a terminal).
        errors: the errors file (default: ``DIR/errors.log``, or
            ``FILE.errors.log`` for a batch of several articles into FILE).
        force: convert every article even if its output is up to date.
        encoding: the encoding of plain-text articles without a byte-order
            mark (default UTF-8; `kg.read.text.decode_text`).
        load, store, endpoint: also load each article into the store or a
            server (`kg.batch.sinks.LoadSink`); nothing goes to stdout then
            unless `output` says so.
        cluster: the address of a Dask scheduler whose workers convert the
            articles instead of local processes (`kg.batch.cluster`, the only
            module that imports Dask); the output is the same bytes.

    Inputs and `output` may be fsspec URLs (`kg.batch.remote`); a ``file://``
    URL is the local path it names.

    Raises (before any article is read) UsageError for a bad format, an
    output or errors file that is an input (also by another name: a
    symbolic or hard link), several articles into Turtle or N-Triples, a
    `published` out of the years 1800 to 2200; InputError for an output that
    cannot be written or a bad user lexicon. An article whose file in an
    output directory would be an input stops the batch with a UsageError.
    Failed articles are in `Summary.failures`; directory entries not read,
    in `Summary.skipped`.
    """
    from kg.extract.lexicon import load_lexicon

    if published is not None and out_of_range(published):
        raise UsageError(f"--published {published.isoformat()}", out_of_range(published),
                         "give the article's own date as YYYY-MM-DD")
    if cluster is not None:
        from kg.batch.cluster import check_dask, scheduler_address

        if jobs is not None:
            raise UsageError("--jobs", "--jobs and --cluster both given",
                             "--cluster converts on the cluster's workers: drop --jobs")
        cluster = scheduler_address(cluster)
        check_dask()
    inputs = [local_name(name) if name != "-" else name for name in inputs]
    output = local_name(output)
    if is_url(output):
        return _convert_to_url(inputs, output, fmt, published=published, lexicon_files=lexicon_files,
                               validate=validate, jobs=jobs, quiet=quiet, errors=errors, force=force, load=load,
                               store=store, endpoint=endpoint, stdin=stdin, encoding=encoding, cluster=cluster)
    directory = output_directory(output)
    local_inputs = [name for name in inputs if not is_url(name)]
    files = list(input_files(local_inputs))
    identities = frozenset(filter(None, map(file_identity, files)))
    chosen = _checked_format(output, fmt, directory, files)
    _check_errors_file(errors, directory, output, identities)
    if _union_of_several(inputs, output, chosen, directory, load):
        raise several_articles_in_triples(output, chosen)
    load_lexicon(lexicon_files)  # a bad user lexicon fails the run before any article
    sinks = _open_sinks(output, chosen, directory, resume=not force, load=load, store=store, endpoint=endpoint,
                        inputs=identities)
    summary = _run(inputs, sinks, chosen, str(directory) if directory is not None else output,
                   published=published, lexicon_files=lexicon_files, validate=validate, jobs=jobs, quiet=quiet,
                   stdin=stdin, encoding=encoding, cluster=cluster, output=output)
    summary.errors_file = _write_errors(summary, errors, directory, output)
    return summary


def _run(inputs: list[str], sinks: list[Sink], chosen: str, shown: str | None, *, published: date | None,
         lexicon_files: tuple[str, ...], validate: bool, jobs: int | None, quiet: bool, stdin: BinaryIO | None,
         encoding: str | None, cluster: str | None, output: str | None) -> Summary:
    """Convert the sources of `inputs` (locally, or on the `cluster`) into `sinks`, in input order."""
    options = Options(chosen, published, tuple(lexicon_files), validate,
                      tuple(sink.payload for sink in sinks), encoding)
    base = fingerprint(chosen, published, tuple(lexicon_files), validate, encoding)
    summary = Summary(output=shown, terminal=progress_enabled(quiet))
    total = count_sources(inputs) if summary.terminal and not any(map(is_url, inputs)) else None
    progress = Progress(total, summary.terminal)
    started = time.monotonic()
    work = _jobs(inputs, stdin, base, sinks, summary.skipped)
    if cluster is not None:
        from kg.batch.cluster import run_on_cluster  # Dask only when asked for

        outcomes = run_on_cluster(work, cluster, options, quiet=quiet)
    else:
        outcomes = run_ordered(work, jobs or default_jobs(), options)
    _drain(tracked(outcomes, progress), sinks, summary, output)
    summary.seconds = time.monotonic() - started
    for sink in sinks:
        try:
            sink.finish(summary.converted + summary.up_to_date > 0)
        except OSError as error:
            raise _unwritable(output, error) from None
        summary.loaded = sink.report() or summary.loaded
    return summary


def _convert_to_url(inputs: list[str], output: str, fmt: str | None, *, published: date | None,
                    lexicon_files: tuple[str, ...], validate: bool, jobs: int | None, quiet: bool,
                    errors: str | None, force: bool, load: bool, store: str | None, endpoint,
                    stdin: BinaryIO | None, encoding: str | None, cluster: str | None) -> Summary:
    """`convert_batch` into an fsspec URL (`kg.batch.remote`): a directory (one object per article and a
    marker each) or an N-Quads, TriG or JSON-LD object; the errors file beside it unless `errors` says."""
    from kg.batch.remote import RemoteDirectorySink, RemoteStreamSink, remote_directory, write_remote_text
    from kg.extract.lexicon import load_lexicon
    from kg.pipeline import output_format
    from kg.rdf.formats import QUAD_FORMATS

    if load:
        raise UsageError(output, "--load goes with a local -o or none", "load the output afterwards: kg load")
    directory = remote_directory(output)
    chosen = output_format(None, fmt) if directory else output_format(output.split("?")[0], fmt)
    if not directory and chosen not in QUAD_FORMATS:
        raise several_articles_in_triples(output, chosen)
    load_lexicon(lexicon_files)
    try:
        sink = (RemoteDirectorySink(output, chosen, resume=not force) if directory
                else RemoteStreamSink(output, chosen, resume=not force))
    except OSError as error:
        raise _unwritable(output, error) from None
    summary = _run(inputs, [sink], chosen, output, published=published, lexicon_files=lexicon_files,
                   validate=validate, jobs=jobs, quiet=quiet, stdin=stdin, encoding=encoding, cluster=cluster,
                   output=output)
    target = errors or (output.rstrip("/") + "/errors.log" if directory else f"{output}.errors.log")
    text = None
    if summary.failures:
        text = "".join(_failure_lines(failure) for failure in summary.failures)
    if errors is not None and not is_url(errors):
        if text is not None:
            _write_local(Path(errors), text)
    elif text is not None or errors is None:
        try:
            write_remote_text(target, text)
        except OSError as error:
            raise _unwritable(target, error) from None
    summary.errors_file = target if text is not None else None
    return summary


def _failure_lines(failure: Failure) -> str:
    """A failure as the errors file lists it: its line, then its report indented."""
    lines = [failure.message]
    if failure.report:
        lines.extend("    " + line for line in failure.report.rstrip("\n").splitlines())
    return "\n".join(lines) + "\n"


def _write_local(target: Path, text: str) -> None:
    from kg.rdf.write import write_atomically

    write_atomically(target, lambda out: out.write(text.encode("utf-8")))


def _checked_format(output: str | None, fmt: str | None, directory: Path | None, files: list[Path]) -> str:
    """The output format, once the output is known to be writable and not one of the input `files`."""
    from kg.pipeline import check_output, output_format

    if directory is not None:
        if not directory.parent.is_dir():
            raise InputError(output, f"directory {str(directory.parent)!r} does not exist", "create it first")
        return output_format(None, fmt)
    chosen = output_format(output, fmt)
    check_output(output, files)
    return chosen


def _check_errors_file(errors: str | None, directory: Path | None, output: str | None,
                       identities: frozenset[tuple[int, int]]) -> None:
    """Raise UsageError when the errors file (given, or the default one) is an input."""
    target = _errors_target(errors, directory, output)
    if target is not None and file_identity(target) in identities:
        raise output_is_input(target, "the list of failed articles would be written over it",
                              "give another file with --errors")


def _errors_target(errors: str | None, directory: Path | None, output: str | None) -> Path | None:
    """Where the failures are listed: `errors`, else ``DIR/errors.log``, else ``FILE.errors.log`` beside a
    regular output file (not beside a device or a FIFO: its failures are on stderr, as for stdout)."""
    from kg.rdf.write import output_file

    if errors is not None:
        return Path(errors)
    if directory is not None:
        return directory / "errors.log"
    if output not in (None, "-") and not output_file(output).in_place:
        return Path(f"{output}.errors.log")
    return None


def _union_of_several(inputs: list[str], output: str | None, fmt: str, directory: Path | None, load: bool) -> bool:
    """Whether several articles would go into one Turtle or N-Triples output (`UnionSink`), as far as the
    inputs can be counted before the start (stdin cannot: the sink refuses its second article)."""
    from kg.rdf.formats import QUAD_FORMATS

    writes_one_file = directory is None and (output is not None or not load)
    return writes_one_file and fmt not in QUAD_FORMATS and (count_sources(inputs, limit=2) or 0) > 1


def _open_sinks(output: str | None, fmt: str, directory: Path | None, *, resume: bool, load: bool,
                store: str | None, endpoint, inputs: frozenset[tuple[int, int]]) -> list[Sink]:
    """The sinks the options ask for: a file sink unless only loading, and the load sink with --load."""
    from kg.rdf.formats import QUAD_FORMATS

    sinks: list[Sink] = []
    if output is not None or not load:
        try:
            if directory is not None:
                sinks.append(DirectorySink(directory, fmt, resume=resume, inputs=inputs))
            elif fmt in QUAD_FORMATS:
                sinks.append(StreamSink(None if output in (None, "-") else Path(output), fmt, resume=resume))
            else:
                sinks.append(UnionSink(output, fmt))
        except OSError as error:  # a read-only or full output directory
            raise _unwritable(output, error) from None
    if load:
        sinks.append(LoadSink(store, endpoint))
    return sinks


def _jobs(inputs: list[str], stdin: BinaryIO | None, base: str, sinks: list[Sink],
          skipped: list[Skipped]) -> Iterator[tuple[int, Source, str] | Outcome]:
    """The work for the workers: a source to convert, or an `Outcome` already known (a bad input, an
    article every sink has up to date). A directory entry not read goes to `skipped`."""
    for index, item in enumerate(_sources(inputs, stdin)):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
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


def _sources(inputs: list[str], stdin: BinaryIO | None) -> Iterator[Source | KgError | Skipped]:
    """The sources of `inputs` in order: local ones as `kg.read.sources.iter_sources` reads them, fsspec
    URLs as `kg.batch.remote.remote_sources` does."""
    if not any(map(is_url, inputs)):
        yield from iter_sources(inputs, stdin)
        return
    from kg.batch.remote import remote_sources

    for is_remote, group in itertools.groupby(inputs, key=is_url):
        names = list(group)
        if is_remote:
            for name in names:
                yield from remote_sources(name)
        else:
            yield from iter_sources(names, stdin)


def _drain(outcomes: Iterator[Outcome], sinks: list[Sink], summary: Summary, output: str | None) -> None:
    """Send each good outcome to every sink and count it in; a second article with the same IRI fails.

    On a write error every sink aborts (keeping what a re-run resumes from) and the
    error names the output.
    """
    seen: dict[str, str] = {}
    try:
        for outcome in outcomes:
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
    from kg.rdf.write import write_atomically

    target = _errors_target(errors, directory, output)
    if target is None or (errors is None and directory is None and summary.attempted <= 1):
        return None
    if not summary.failures:
        if errors is None:
            target.unlink(missing_ok=True)
        return None
    text = "".join(_failure_lines(failure) for failure in summary.failures)
    write_atomically(target, lambda out: out.write(text.encode("utf-8")))
    return str(target)
