"""Inputs and outputs of ``kg convert`` named by fsspec URLs: ``s3://…``, ``gs://…``, ``memory://…``, any
filesystem fsspec knows (the ``[cluster]`` extra installs it).

A ``file://`` URL is a local path (`local_name`), read and written exactly as the path is, so
``-o file:///data/out/`` gives the bytes ``-o /data/out/`` does. Any other URL:

- Inputs (`remote_sources`): a file is one article (``.txt``, ``.html``) or a JSON Lines corpus
  (``.jsonl``); a directory gives its article files sorted by name, hidden ones left out, as a local
  directory does. Each source is named by its URL (``nkg:sourceFile``), a JSON Lines record by
  ``URL:LINE``.
- A directory output (`RemoteDirectorySink`, ``-o s3://bucket/out/``): one object per article, each
  written once, whole (an object store has no rename: an object appears whole or not at all), and
  after it a marker ``.kg-done/<sha256 of the source's key>.json`` holding the article's manifest
  entry: the resume record of an object store. A re-run skips an article whose marker matches and
  whose object is still the bytes the marker records.
- A file output (`RemoteStreamSink`, ``-o s3://bucket/corpus.nq``): the stream is written to a local
  temporary file and put whole at the end, then its manifest beside it
  (``.corpus.nq.kg-manifest.jsonl``), from which a re-run resumes (the old object and manifest are
  fetched first). An interrupted run leaves the old object as it was, and resumes from it only.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kg.batch.manifest import manifest_entry, output_digest, up_to_date, whole
from kg.batch.outcome import Outcome
from kg.batch.sinks import SUFFIXES, StreamSink
from kg.errors import InputError
from kg.rdf.mint import segment
from kg.rdf.write import stream_frame
from kg.read.sources import KINDS, Source, _jsonl_sources
from kg.read.text import MAX_BYTES, too_large

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
INSTALL_HINT = "install the cluster extra: pip install 'news-kg[cluster]'"


def is_url(name: str | None) -> bool:
    """Whether `name` is a URL (``scheme://…``) rather than a local path.

    >>> is_url("s3://bucket/x.nq"), is_url("file:///tmp/out/"), is_url("out/x.nq"), is_url(None)
    (True, True, False, False)
    """
    return name is not None and _URL.match(name) is not None


def local_name(name: str | None) -> str | None:
    """`name` with a ``file://`` URL made the local path it names (a trailing ``/`` kept); anything else
    as it is.

    >>> local_name("file:///tmp/out/"), local_name("file://localhost/tmp/a.nq"), local_name("s3://b/x")
    ('/tmp/out/', '/tmp/a.nq', 's3://b/x')
    """
    if name is None or not name.lower().startswith("file://"):
        return name
    rest = name[len("file://"):]
    if rest.startswith("localhost/"):
        rest = rest[len("localhost"):]
    from urllib.parse import unquote

    return unquote(rest)


def filesystem(url: str):
    """(fsspec filesystem, path within it) for `url`; InputError naming the URL when fsspec is missing
    or knows no such filesystem (a protocol whose package is not installed: s3fs, gcsfs, …)."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise InputError(url, "is a URL, and reading or writing URLs needs fsspec", INSTALL_HINT) from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as error:
        raise InputError(url, f"cannot be opened: {error}",
                         "install fsspec's package for this protocol (s3fs, gcsfs, adlfs, …)") from None


def remote_sources(url: str) -> Iterator[Source | InputError]:
    """The sources the fsspec URL `url` names, in order (see the module's docstring)."""
    try:
        fs, path = filesystem(url)
        if fs.isdir(path):
            names = sorted(entry for entry in fs.ls(path, detail=False)
                           if not posixpath.basename(entry.rstrip("/")).startswith(".")
                           and posixpath.splitext(entry)[1].lower() in KINDS and fs.isfile(entry))
            if not names:
                yield InputError(url, "directory has no article files", f"expected files ending in {', '.join(KINDS)}")
                return
            files = [(_url_of(url, path, name), name) for name in names]
        elif fs.isfile(path):
            files = [(url, path)]
        else:
            yield InputError(url, "no such file", "check the URL; give article files (.txt, .html, .jsonl) or "
                                                  "directories of them")
            return
    except InputError as error:
        yield error
        return
    except OSError as error:
        yield InputError(url, f"cannot be listed: {error}")
        return
    for where, name in files:
        yield from _file_sources(fs, where, name)


def _url_of(url: str, root: str, name: str) -> str:
    """The URL of the file `name` found in the directory `root` that `url` names."""
    return url.rstrip("/") + "/" + posixpath.relpath(name, root.rstrip("/") or "/")


def _file_sources(fs, where: str, name: str) -> Iterator[Source | InputError]:
    kind = KINDS.get(posixpath.splitext(name)[1].lower(), "txt")
    try:
        if kind == "jsonl":
            with fs.open(name, "rb") as lines:
                for item in _jsonl_sources(lines, where):
                    yield item if isinstance(item, InputError) else _keyed(item)
            return
        if fs.size(name) > MAX_BYTES:
            yield too_large(where)
            return
        data = fs.cat_file(name)
    except OSError as error:
        yield InputError(where, f"cannot be read ({getattr(error, 'strerror', None) or error})")
        return
    stem = posixpath.splitext(posixpath.basename(name))[0]
    yield Source(where=where, article_id=stem, kind=kind, data=data, key=where)


def _keyed(source: Source) -> Source:
    """A JSON Lines record of a URL, keyed by ``URL:LINE`` (a local path would be resolved)."""
    return Source(source.where, source.article_id, source.kind, source.data, key=source.where)


class RemoteDirectorySink:
    """One object per article under the directory URL `url`, and a marker per article as resume record."""

    payload = "fmt"

    def __init__(self, url: str, fmt: str, resume: bool = True):
        self.url = url
        self.fs, self.root = filesystem(url)
        self.root = self.root.rstrip("/")
        self.fmt = fmt
        self.suffix = SUFFIXES[fmt]
        self.resume = resume
        self.fs.makedirs(self.root, exist_ok=True)

    def _marker(self, key: str) -> str:
        return f"{self.root}/.kg-done/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.json"

    def previous(self, key: str, digest: str) -> dict | None:
        if not self.resume:
            return None
        try:
            entry = json.loads(self.fs.cat_file(self._marker(key)))
            if not (isinstance(entry, dict) and up_to_date(key, digest, entry)):
                return None
            data = self.fs.cat_file(f"{self.root}/{entry.get('file', '')}")
        except (OSError, ValueError):  # no marker or object yet, or a damaged marker: converted again
            return None
        return entry if whole(data, entry) else None

    def write(self, outcome: Outcome) -> None:
        if outcome.up_to_date:
            return  # its object and marker are there, checked by `previous`
        name = segment(outcome.article_id or "article") + self.suffix
        opening, _, closing = stream_frame(self.fmt)
        data = opening + outcome.payload + closing
        self.fs.pipe_file(f"{self.root}/{name}", data)  # once, whole
        entry = manifest_entry(outcome, file=name, length=len(data), sha256=output_digest(data))
        self.fs.pipe_file(self._marker(outcome.key), json.dumps(entry, sort_keys=True).encode("utf-8"))

    def finish(self, any_output: bool) -> None:
        pass

    def abort(self) -> None:
        pass

    def report(self) -> None:
        return None


class RemoteStreamSink:
    """One N-Quads, TriG or JSON-LD object at the file URL `url`: a `StreamSink` on a local temporary
    file, put whole at the end, then its manifest beside it."""

    payload = "fmt"

    def __init__(self, url: str, fmt: str, resume: bool = True):
        self.fs, self.path = filesystem(url)
        name = posixpath.basename(self.path)
        self.manifest = posixpath.join(posixpath.dirname(self.path), f".{name}.kg-manifest.jsonl")
        self.spool = Path(tempfile.mkdtemp(prefix="kg-stream-"))
        self.local = self.spool / name
        if resume:
            for remote, local in ((self.path, self.local), (self.manifest, self.spool / f".{name}.kg-manifest.jsonl")):
                try:
                    self.fs.get_file(remote, str(local))
                except FileNotFoundError:
                    pass
        self.inner = StreamSink(self.local, fmt, resume=resume)

    def previous(self, key: str, digest: str) -> dict | None:
        return self.inner.previous(key, digest)

    def write(self, outcome: Outcome) -> None:
        self.inner.write(outcome)

    def finish(self, any_output: bool) -> None:
        try:
            self.inner.finish(any_output)
            if any_output:
                self.fs.put_file(str(self.local), self.path)
                self.fs.put_file(str(self.inner.manifest), self.manifest)
        finally:
            shutil.rmtree(self.spool, ignore_errors=True)

    def abort(self) -> None:
        self.inner.abort()
        shutil.rmtree(self.spool, ignore_errors=True)

    def report(self) -> None:
        return None


def write_remote_text(url: str, text: str | None) -> None:
    """Put `text` at `url` as one object (the errors file of a remote output); None removes it."""
    fs, path = filesystem(url)
    if text is None:
        try:
            fs.rm_file(path)
        except FileNotFoundError:
            pass
        return
    fs.pipe_file(path, text.encode("utf-8"))


def remote_directory(url: str) -> bool:
    """Whether the output URL `url` names a directory: it ends in ``/`` or is one."""
    if url.endswith("/"):
        return True
    fs, path = filesystem(url)
    try:
        return fs.isdir(path)
    except OSError:
        return False
