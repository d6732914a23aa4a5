"""Write a graph to a file or stdout, atomically, in one of the five RDF formats of `kg.rdf.formats`.

Input: an `rdflib.Graph` (as `kg.rdf.build.build_graph` makes it) or an
`rdflib.Dataset` (several articles, one named graph each). Output: bytes in
Turtle, N-Triples, JSON-LD, TriG or N-Quads, written to stdout or to a file.

TriG, N-Quads and JSON-LD keep each article in its named graph (the article's
IRI), so a file of many articles loads article by article. JSON-LD is compacted
against a context of the project's prefixes (`JSONLD_CONTEXT`), an object
``{"@context": …, "@graph": [{"@id": ARTICLE, "@graph": [nodes]}, …]}``; a
stream of articles is written as `stream_frame` opens it, each article's
`serialize_block`, and the frame's separators and close.

A file is written to a temporary file beside it, flushed to disk, and then
moved over the target with `os.replace`, so a reader never sees half a file
and a failed write leaves any old file as it was (style guide D.17). A
process killed while writing leaves only its hidden temporary file, which the
next write of the same file removes. `write_atomically` writes any other
bytes the same way (a batch's files of one article each, its failure report).

Only a regular file is ever replaced (`output_file`): a symbolic link is
written through (the file it points to is replaced, the link stays); a
replaced file keeps its permission bits, and a read-only one is refused, as a
shell's ``>`` refuses it; a character device (``/dev/null``) or a FIFO is
written straight through, with no temporary file, as ``>`` writes it; any
other kind of file (a socket, a block device) is refused. Two writers of one
file each write their own temporary file: the last rename wins, and the file
is whole either way.
"""
from __future__ import annotations

import glob
import io
import json
import os
import secrets
import stat
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.serializers.nquads import _nq_row

from kg.errors import InputError
from kg.rdf.build import PREFIXES
from kg.rdf.formats import QUAD_FORMATS, resolve_format
from kg.rdf.namespace import ID

_STDOUT = (None, "-")

JSONLD_CONTEXT = {"id": str(ID), **PREFIXES}
"""The ``@context`` of the JSON-LD kg writes: the prefixes of its graphs, and ``id:`` for its resources."""

_INDENT = "    "  # an article's named graph inside the document's "@graph" array


def stream_frame(fmt: str) -> tuple[bytes, bytes, bytes]:
    """What a file of several articles in `fmt` holds around their blocks (`serialize_block`): its
    opening, the separator between two articles, its close. Empty for all but JSON-LD, one document.

    >>> stream_frame("nquads")
    (b'', b'', b'')
    >>> stream_frame("json-ld")[1:]
    (b',\\n', b'\\n  ]\\n}\\n')
    """
    if fmt != "json-ld":
        return b"", b"", b""
    context = json.dumps(JSONLD_CONTEXT, indent=2, sort_keys=True).replace("\n", "\n  ")
    return f'{{\n  "@context": {context},\n  "@graph": [\n'.encode("utf-8"), b",\n", b"\n  ]\n}\n"


def serialize_block(graph: Graph, fmt: str, graph_name: str | URIRef | None = None) -> bytes:
    """One article's part of a stream of articles in `fmt`: for JSON-LD its named graph's object
    (without the document around it, `stream_frame`), else what `serialize_graph` writes for it alone."""
    if fmt != "json-ld":
        return _serialize_bytes(graph, fmt, graph_name)
    return _SEPARATOR.join(_jsonld_blocks(to_dataset(graph, graph_name)))


def to_dataset(graph: Graph, graph_name: str | URIRef | None = None) -> Dataset:
    """A dataset holding `graph`'s triples in one named graph.

    The name is `graph_name`, else the graph's identifier when that is an IRI
    (`build_graph` uses the article IRI), else the default graph. A dataset
    is returned as it is, with its own graph names.
    """
    if isinstance(graph, Dataset):
        return graph
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace, replace=True)
    name = URIRef(graph_name) if graph_name is not None else graph.identifier
    target = dataset.graph(name) if isinstance(name, URIRef) else dataset.default_graph
    for triple in graph:
        target.add(triple)
    return dataset


def to_triples(graph: Graph) -> Graph:
    """`graph` itself, or for a dataset the union of all its graphs."""
    if not isinstance(graph, Dataset):
        return graph
    union = Graph(bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        union.bind(prefix, namespace)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def serialize_graph(graph: Graph, destination: IO[bytes], fmt: str,
                    graph_name: str | URIRef | None = None) -> None:
    """Write `graph` to a binary stream in `fmt` (one of `kg.rdf.formats.FORMATS`).

    Triple formats get the union of a dataset's graphs; TriG and N-Quads get
    named graphs (see `to_dataset`); JSON-LD keeps a dataset's graphs. The same
    graph always gives the same bytes.
    """
    if fmt == "nquads" and not isinstance(graph, Dataset):
        # One graph: rdflib's own N-Quads rows, without first copying the graph
        # into a Dataset (3x faster; the bytes are the same).
        name = URIRef(graph_name) if graph_name is not None else graph.identifier
        context = name if isinstance(name, URIRef) else None
        rows = sorted(_nq_row(triple, context) for triple in graph)
        destination.write("".join(rows).encode("utf-8", "replace"))
        return
    source = to_dataset(graph, graph_name) if fmt in QUAD_FORMATS else to_triples(graph)
    if fmt == "json-ld":
        opening, separator, closing = stream_frame(fmt)
        destination.write(opening + separator.join(_jsonld_blocks(source)) + closing)
        return
    if fmt in ("turtle", "trig"):  # rdflib sorts subjects and predicates itself
        source.serialize(destination=destination, format=fmt, encoding="utf-8")
        return
    # rdflib writes N-Triples and N-Quads in hash order, which changes from one
    # process to the next; sorting makes the same graph give the same bytes.
    data = source.serialize(format=fmt, encoding="utf-8")
    lines = sorted(line for line in data.split(b"\n") if line.strip())
    destination.write(b"".join(line + b"\n" for line in lines))


_SEPARATOR = stream_frame("json-ld")[1]


def _jsonld_blocks(dataset: Dataset) -> list[bytes]:
    """The items of a JSON-LD document's ``@graph`` for `dataset`, in order: an object
    ``{"@id": NAME, "@graph": [nodes]}`` for each named graph (by name), then the default graph's nodes."""
    blocks = []
    named = sorted((g for g in dataset.graphs() if isinstance(g.identifier, URIRef)
                    and g.identifier != dataset.default_graph.identifier and len(g)), key=lambda g: str(g.identifier))
    for graph in named:
        blocks.append({"@id": str(graph.identifier), "@graph": _jsonld_nodes(graph)})
    blocks.extend(_jsonld_nodes(dataset.default_graph))
    return [textwrap.indent(json.dumps(block, indent=2, ensure_ascii=False), _INDENT).encode("utf-8")
            for block in blocks]


def _jsonld_nodes(graph: Graph) -> list:
    """The node objects of `graph`'s triples, compacted against `JSONLD_CONTEXT` by rdflib, in a stable order
    (rdflib's follows hashes, which change from one process to the next)."""
    if not len(graph):
        return []
    triples = Graph(bind_namespaces="none")
    triples += graph
    compacted = json.loads(triples.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True))
    compacted.pop("@context", None)
    nodes = compacted["@graph"] if set(compacted) == {"@graph"} else [compacted]
    return _sorted_json(nodes)


def _sorted_json(value, key: str | None = None):
    if isinstance(value, dict):
        return {k: _sorted_json(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        if key == "@list":  # an RDF collection: its order is data
            return items
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def write_graph(graph: Graph, path: str | Path | None = None, fmt: str | None = None, *,
                graph_name: str | URIRef | None = None) -> str:
    """Write `graph` to `path` (``None`` or ``"-"``: stdout) and return the format used.

    Args:
        graph: an `rdflib.Graph` or `rdflib.Dataset`.
        path: the output file; its extension gives the format when `fmt` is None.
        fmt: one of `kg.rdf.formats.FORMATS`.
        graph_name: the named graph for TriG/N-Quads (default: the graph's IRI identifier).

    Raises:
        UsageError: an unknown format or extension.
        InputError: a file or directory that cannot be written; nothing is
            left behind and an existing file keeps its old content.
    """
    fmt = resolve_format(path, fmt)
    if path in _STDOUT:
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:  # a text-only stream, e.g. io.StringIO in a test
            data = _serialize_bytes(graph, fmt, graph_name)
            sys.stdout.write(data.decode("utf-8"))
        else:
            sys.stdout.flush()
            serialize_graph(graph, stream, fmt, graph_name)
            stream.flush()
        return fmt
    write_atomically(Path(path), lambda out: serialize_graph(graph, out, fmt, graph_name))
    return fmt


def _serialize_bytes(graph: Graph, fmt: str, graph_name: str | URIRef | None) -> bytes:
    buffer = io.BytesIO()
    serialize_graph(graph, buffer, fmt, graph_name)
    return buffer.getvalue()


@dataclass(frozen=True)
class OutputFile:
    """Where a file output goes, and how it is written there (`output_file`)."""

    path: Path
    """The file written: the path given, its symbolic links resolved, so a link is written through and
    stays a link (for a device or a FIFO, the path as given: opening it follows the links)."""
    in_place: bool
    """True for a character device (``/dev/null``) or a FIFO: written straight through, as a shell's
    ``>`` writes it, since renaming over it would put a regular file in its place; False for a regular
    file, or none yet: a temporary file beside it replaces it."""
    mode: int | None = None
    """The permission bits of the regular file replaced, which the new file keeps; None for a new file."""


def output_file(path: str | Path) -> OutputFile:
    """How to write the output file `path`: what it is now decides (see the module's docstring).

    >>> output_file("/dev/null").in_place
    True

    Raises InputError for a path that cannot be looked up (a loop of symbolic
    links), a directory, a socket or block device, and a read-only file.
    """
    path = Path(path)
    try:
        found = os.stat(path)  # follows symbolic links: what a write would reach
    except FileNotFoundError:  # a new file, or a link to one not there yet: created where the link points
        return OutputFile(Path(os.path.realpath(path)), in_place=False)
    except OSError as error:
        raise InputError(str(path), f"cannot be written: {error.strerror or error}",
                         "check the path (a symbolic link must lead to a file)") from None
    kind = found.st_mode
    if stat.S_ISCHR(kind) or stat.S_ISFIFO(kind):
        return OutputFile(path, in_place=True)
    if stat.S_ISDIR(kind):
        raise InputError(str(path), "is a directory", "give a file name, e.g. out.ttl")
    if not stat.S_ISREG(kind):
        what = "a socket" if stat.S_ISSOCK(kind) else "a block device" if stat.S_ISBLK(kind) else "not a file"
        raise InputError(str(path), f"is {what}, which kg does not write to",
                         "give a regular file, a character device such as /dev/null, or a FIFO")
    mode = stat.S_IMODE(kind)
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise InputError(str(path), f"is read-only (mode {mode:04o}), so it is not replaced",
                         "make it writable (chmod u+w), or give another file")
    return OutputFile(Path(os.path.realpath(path)), in_place=False, mode=mode)


def write_atomically(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write the file `target` by calling `write` with a binary stream, atomically.

    The stream is a temporary file beside `target`, flushed to disk and then
    moved over `target` (see the module's docstring): a reader never sees half
    a file, and a failure leaves any old file as it was. A symbolic link is
    written through, a replaced file keeps its mode, and a character device or
    a FIFO is written straight through (`output_file`).

    Raises InputError for a directory or file that cannot be written; any
    other exception `write` raises passes through, and nothing is left behind.
    """
    output = output_file(target)
    if output.in_place:
        _write_in_place(output.path, write)
        return
    target = output.path
    directory = target.parent
    try:
        temp, descriptor = _open_temp(directory, target.name)
    except OSError as error:
        raise InputError(str(directory), f"cannot write a file here: {error.strerror or error}",
                         "check that the directory exists and is writable") from None
    try:
        with os.fdopen(descriptor, "wb") as out:
            if output.mode is not None:
                os.fchmod(out.fileno(), output.mode)
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException as error:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        if isinstance(error, OSError):
            raise InputError(str(target), f"cannot write: {error.strerror or error}",
                             "check the path and the free space; any old file is unchanged") from None
        raise
    _fsync_directory(directory)
    _remove_orphans(directory, target.name)


def _write_in_place(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a character device or a FIFO straight through (no temporary file: it cannot be replaced)."""
    try:
        with open(path, "wb") as out:  # a FIFO's open waits for its reader, as a shell's > does
            write(out)
    except OSError as error:
        raise InputError(str(path), f"cannot write: {error.strerror or error}",
                         "check that the FIFO's reader reads to the end, or that the device takes writes") from None


def _open_temp(directory: Path, name: str) -> tuple[Path, int]:
    # O_EXCL with a random name: never clobbers another writer's temp file; mode
    # 0o666 lets the umask decide the permissions, as for any new file. The
    # writer's process id in the name tells `_remove_orphans` whose file it is.
    while True:
        temp = directory / f".{name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
        try:
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue


def _remove_orphans(directory: Path, name: str) -> None:
    """Remove the temporary files of `name` left by writers that were killed (their process is gone).

    Best effort: the file itself is written, so a leftover that cannot be removed is no error.
    """
    for temp in directory.glob(f".{glob.escape(name)}.*-*.tmp"):
        owner = temp.name[len(name) + 2:].partition("-")[0]
        if owner.isdigit() and not process_running(int(owner)):
            try:
                temp.unlink()
            except OSError:
                pass


def process_running(pid: int) -> bool:
    """Whether a process with id `pid` runs on this machine (as any user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable (POSIX); directories cannot be opened on Windows.
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
