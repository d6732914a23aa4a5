"""Where a batch's converted articles go, in input order, and what lets a re-run skip them.

Input: `kg.batch.outcome.Outcome`s in input order. Output, by sink:

- `DirectorySink`: one file per article, ``DIR/<article-id>.<ext>``, each
  written atomically.
- `StreamSink`: one N-Quads, TriG or JSON-LD stream with a named graph per
  article (a file, replaced atomically at the end, or stdout), appended
  article by article. Each article's block is what `kg.rdf.write` writes for
  it alone (`serialize_block`), so one article gives the same bytes as before;
  N-Quads blocks are sorted, TriG blocks repeat their ``@prefix`` lines, which
  TriG allows, and JSON-LD blocks are the items of one document's ``@graph``
  (`kg.rdf.write.stream_frame` opens, separates and closes them).
- `UnionSink`: one article in a triple format (Turtle, N-Triples). Several
  articles are refused: their union would merge their graphs, which no
  reader (``kg load``) can take apart again (`several_articles_in_triples`).
- `LoadSink`: the store or a SPARQL server (``--load``), in chunks.

Resuming: each sink that writes files keeps a manifest (`kg.batch.manifest`).
A stream to stdout, a character device or a FIFO is written as it goes, with
nothing to resume (`kg.rdf.write.output_file`).
"""
from __future__ import annotations

import glob
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Protocol

from kg.batch.manifest import (finished_writers, manifest_entry, output_digest, read_manifest, up_to_date, whole,
                               writer_tag)
from kg.batch.outcome import Outcome
from kg.errors import UsageError
from kg.rdf.mint import segment
from kg.rdf.formats import EXTENSIONS, FORMAT_NAMES
from kg.rdf.write import output_file, stream_frame, write_atomically, write_graph
from kg.read.sources import file_identity

SUFFIXES = {fmt: suffix for suffix, fmt in reversed(list(EXTENSIONS.items()))}
"""The file extension of each format, for per-article files (``.ttl``, ``.nt``, ...)."""


class Sink(Protocol):
    """Where the batch sends each outcome, in input order."""

    payload: str
    """What the sink needs of a converted article: ``fmt`` (bytes in the output format),
    ``nt`` (N-Triples bytes) or ``triples`` (the triples themselves)."""

    def previous(self, key: str, digest: str) -> dict | None:
        """The manifest entry that makes this source up to date here, or None to convert it."""

    def write(self, outcome: Outcome) -> None:
        """Take one converted or up-to-date article."""

    def finish(self, any_output: bool) -> None:
        """Put everything in place once the batch is done (`any_output`: an article got through)."""

    def abort(self) -> None:
        """Stop early, keeping what a re-run can resume from."""

    def report(self) -> str | None:
        """A line saying what was loaded where, for a sink that loads; None otherwise."""


class DirectorySink:
    """One file per article in `directory`, named by the article id; none written over an input.

    `inputs`: the identity of every input file (`kg.read.sources.file_identity`), so that an article
    whose file would be an input, by any name (a symbolic or hard link), is refused (`output_is_input`).
    """

    payload = "fmt"

    def __init__(self, directory: Path, fmt: str, resume: bool = True, inputs: frozenset = frozenset()):
        self.directory = directory
        self.fmt = fmt
        self.suffix = SUFFIXES[fmt]
        self.inputs = inputs
        self.manifest = directory / ".kg-manifest.jsonl"
        # Interrupted runs' journals name files they finished: they count too, the newest last.
        self.interrupted = finished_writers(directory, ".kg-manifest.*.partial.jsonl")
        self.old = {}
        if resume:
            for manifest in (self.manifest, *self.interrupted):
                self.old.update(read_manifest(manifest))
        directory.mkdir(exist_ok=True)
        # This run's manifest is written as it goes (nothing held in memory), under a name of its own,
        # and replaces the old one at the end.
        self.partial_manifest = directory / f".kg-manifest.{writer_tag()}.partial.jsonl"
        self.journal = open(self.partial_manifest, "w", encoding="utf-8")

    def previous(self, key: str, digest: str) -> dict | None:
        entry = self.old.get(key)
        if up_to_date(key, digest, entry) and whole(_read_file(self.directory / entry.get("file", "")), entry):
            return entry
        return None

    def write(self, outcome: Outcome) -> None:
        if outcome.up_to_date:
            entry = self.old[outcome.key]
        else:
            name = segment(outcome.article_id or "article") + self.suffix
            path = self.directory / name
            if file_identity(path) in self.inputs:
                raise output_is_input(path, f"the article of {outcome.where} would be written over it",
                                      "give another directory with -o DIR/")
            opening, _, closing = stream_frame(self.fmt)
            data = opening + outcome.payload + closing
            write_atomically(path, lambda out: out.write(data))
            entry = manifest_entry(outcome, file=name, length=len(data), sha256=output_digest(data))
        self.journal.write(json.dumps(entry, sort_keys=True) + "\n")
        self.journal.flush()

    def finish(self, any_output: bool) -> None:
        self.journal.flush()
        os.fsync(self.journal.fileno())
        self.journal.close()
        os.replace(self.partial_manifest, self.manifest)
        for journal in self.interrupted:
            journal.unlink(missing_ok=True)

    def abort(self) -> None:
        self.journal.close()

    def report(self) -> None:
        return None


def _read_file(path: Path) -> bytes | None:
    """The bytes of the regular file `path`; None when it is missing or no regular file."""
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def output_is_input(path: Path | str, problem: str, hint: str) -> UsageError:
    """The error for an output (a file, a per-article file, the errors file) that is one of the inputs."""
    return UsageError(str(path), f"is an input, and {problem}", hint)


class StreamSink:
    """N-Quads, TriG or JSON-LD with a named graph per article, to `path` (None: stdout).

    A regular file is written beside it under a name of this run's own and replaces it at the end; a
    character device or a FIFO is written as it goes, as stdout is (`kg.rdf.write.output_file`).
    """

    payload = "fmt"

    def __init__(self, path: Path | None, fmt: str, resume: bool = True):
        self.fmt = fmt
        self.old: dict[str, dict] = {}
        self.sources: dict[str, BinaryIO] = {}
        self.offset = 0
        self.opening, self.separator, self.closing = stream_frame(fmt)
        self.blocks = 0
        self.journal = None
        self.leftovers: list[Path] = []
        output = output_file(path) if path is not None else None
        self.path = output.path if output is not None else None
        if output is None or output.in_place:  # stdout, a device, a FIFO: written as it goes, nothing to resume
            self.out = open(output.path, "wb") if output is not None else (
                sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None)
            self.owns_out = output is not None
            return
        hidden = self.path.parent / f".{self.path.name}"
        self.manifest = Path(f"{hidden}.kg-manifest.jsonl")
        tag = writer_tag()
        self.partial = Path(f"{hidden}.{tag}.kg-partial")
        self.partial_manifest = _manifest_of(self.partial)
        # What interrupted runs finished (their partial files, their processes gone) can be copied.
        interrupted = finished_writers(self.path.parent, f"{glob.escape(hidden.name)}.*.kg-partial")
        for data in interrupted:
            self.leftovers += [data, _manifest_of(data)]
        if resume:
            self._remember(self.path, self.manifest)
            for data in interrupted:
                self._remember(data, _manifest_of(data))
        self.out = open(self.partial, "wb")
        self.owns_out = True
        if output.mode is not None:  # the file it replaces keeps its permissions
            os.fchmod(self.out.fileno(), output.mode)
        self.journal = open(self.partial_manifest, "w", encoding="utf-8")

    def _remember(self, data: Path, manifest: Path) -> None:
        if not data.is_file():
            return
        size = data.stat().st_size
        handle = None
        for key, entry in read_manifest(manifest).items():
            if key in self.old or entry.get("offset", 0) + entry.get("length", 0) > size:
                continue
            handle = handle or open(data, "rb")
            self.old[key] = {**entry, "data": handle}
            self.sources[str(data)] = handle

    def previous(self, key: str, digest: str) -> dict | None:
        entry = self.old.get(key)
        return entry if up_to_date(key, digest, entry) and whole(_block(entry), entry) else None

    def write(self, outcome: Outcome) -> None:
        if outcome.up_to_date:
            entry = self.old[outcome.key]
            block = _block(entry)
            entry = {k: v for k, v in entry.items() if k != "data"}
        else:
            block = outcome.payload
            entry = manifest_entry(outcome, sha256=output_digest(block))
        self._emit(self.separator if self.blocks else self.opening)
        self.blocks += 1
        self._emit(block)
        entry.update(offset=self.offset - len(block), length=len(block))
        if self.journal is not None:
            self.out.flush()
            self.journal.write(json.dumps(entry, sort_keys=True) + "\n")
            self.journal.flush()

    def _emit(self, data: bytes) -> None:
        if self.out is None:  # a text-only stdout (a test's io.StringIO)
            sys.stdout.write(data.decode("utf-8"))
        else:
            self.out.write(data)
        self.offset += len(data)

    def finish(self, any_output: bool) -> None:
        if self.blocks:
            self._emit(self.closing)
        if self.journal is None:
            if self.out is not None:
                self.out.flush()
                if self.owns_out:
                    self.out.close()
            return
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()
        self.journal.flush()
        os.fsync(self.journal.fileno())
        self.journal.close()
        self._close_sources()
        if any_output:  # the journal's offsets point into the partial file, now the output
            os.replace(self.partial, self.path)
            os.replace(self.partial_manifest, self.manifest)
        else:
            self.partial.unlink()
            self.partial_manifest.unlink(missing_ok=True)
        for leftover in self.leftovers:
            leftover.unlink(missing_ok=True)

    def abort(self) -> None:
        """Stop, keeping the partial file and its manifest for the next run to resume from."""
        if self.owns_out:
            self.out.close()
        if self.journal is not None:
            self.journal.close()
        self._close_sources()

    def _close_sources(self) -> None:
        for handle in self.sources.values():
            handle.close()

    def report(self) -> None:
        return None


def _manifest_of(partial: Path) -> Path:
    """The journal that goes with a stream's partial data file."""
    return partial.with_name(partial.name + "-manifest.jsonl")


def _block(entry: dict) -> bytes:
    """The old block a stream's manifest `entry` points to, read from its file."""
    entry["data"].seek(entry["offset"])
    return entry["data"].read(entry["length"])


def several_articles_in_triples(output: str | None, fmt: str) -> UsageError:
    """The error for several articles into one Turtle or N-Triples output: their graphs would merge, and
    ``kg load`` (or anyone) could not tell them apart again, so ``kg convert`` refuses before it starts."""
    return UsageError(output if output not in (None, "-") else "<stdout>",
                      f"several articles cannot share one {FORMAT_NAMES[fmt]} graph: their triples would merge, "
                      "and kg load could not take the articles apart",
                      "write a named graph per article (-o FILE.trig, FILE.nq or FILE.jsonld, or --format trig), "
                      "or one file per article (-o DIR/)")


class UnionSink:
    """One article's graph in a triple format, written at the end (held in memory); a second article is
    refused (`several_articles_in_triples`), where the inputs could not be counted before the start (stdin)."""

    payload = "triples"

    def __init__(self, path: str | None, fmt: str):
        self.path = path
        self.fmt = fmt
        self.graph = None

    def previous(self, key: str, digest: str) -> dict | None:
        return None

    def write(self, outcome: Outcome) -> None:
        from rdflib import Graph, URIRef

        from kg.rdf.build import PREFIXES

        if self.graph is not None:
            raise several_articles_in_triples(self.path, self.fmt)
        self.graph = Graph(identifier=URIRef(outcome.iri), bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        for triple in outcome.triples:
            self.graph.add(triple)

    def finish(self, any_output: bool) -> None:
        if self.graph is not None:  # its own graph, named by its IRI, as kg.rdf.write always wrote it
            write_graph(self.graph, self.path, self.fmt)

    def abort(self) -> None:
        pass

    def report(self) -> None:
        return None


class LoadSink:
    """The store (``--store``) or a SPARQL server (``--endpoint``), fed in chunks of `chunk` articles."""

    payload = "nt"

    def __init__(self, store: str | None, endpoint, chunk: int = 200):
        self.store = store
        self.endpoint = endpoint
        self.chunk = chunk
        self.pending: list = []
        self.articles: list[str] = []
        self.triples = 0
        self.target: str | None = None
        self.happenings: int | None = None
        """The happenings the store held after the last chunk; over a server, after the linking at the end."""

    def previous(self, key: str, digest: str) -> dict | None:
        return None

    def write(self, outcome: Outcome) -> None:
        from kg.rdf.files import ArticleGraph

        self.pending.append(ArticleGraph(outcome.iri, outcome.ntriples, outcome.count, outcome.where))
        if len(self.pending) >= self.chunk:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        from kg.store.targets import load_into_target

        report = load_into_target(self.pending, store=self.store, endpoint=self.endpoint)
        self.target = report.target
        self.articles.extend(report.articles)
        self.triples += report.triples
        self.happenings = report.happenings
        self.pending = []

    def finish(self, any_output: bool) -> None:
        self._flush()
        if self.endpoint is not None and self.articles:
            # A server's happenings are linked again over every article it holds: once, at the end, not
            # at every chunk (kg.store.happenings.link_endpoint).
            from kg.store.targets import link_after_load

            self.happenings = link_after_load(self.endpoint, len(self.articles))

    def abort(self) -> None:
        self._flush()  # what was converted is loaded: each article is its own transaction (a server: not linked)

    def report(self) -> str | None:
        from kg.store.load import LoadReport

        if self.target is None:
            return None
        return LoadReport(self.target, tuple(self.articles), self.triples, self.happenings).render()


__all__ = ["Sink", "DirectorySink", "StreamSink", "UnionSink", "LoadSink"]
