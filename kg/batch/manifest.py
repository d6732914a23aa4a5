"""The resume manifest: what lets a re-run skip the articles whose output is up to date.

Resuming (the manifest): a directory keeps ``.kg-manifest.jsonl``, a stream
file ``.<name>.kg-manifest.jsonl`` beside it; a line per article gives the
input's key, the digest of its bytes with the converter's fingerprint (see
`fingerprint`), and where its output is. A source whose digest matches is
up to date: a directory keeps its file, a stream copies its old block, once
the output's bytes are checked against the length and SHA-256 its line
records (a file cut short, emptied or edited since is converted again). A
run writes its manifest as it goes (a stream also its data), each run under
names of its own (`writer_tag`: ``.kg-manifest.<tag>.partial.jsonl``,
``.<name>.<tag>.kg-partial``), and puts them in place at the end, so an
interrupted batch resumes from what it had finished (`finished_writers`),
two runs at once never write the same file (the last to finish wins), and
no manifest is held in memory.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kg.batch.outcome import Outcome
from kg.rdf.write import process_running

CODE_SUFFIXES = (".py", ".yaml", ".tsv", ".sha256")
"""What counts as the converter's code and data in the package: modules, lexicons (YAML and TSV) and the
model's file hashes (a batch converted with another model is converted again)."""


def fingerprint(fmt: str, published, lexicon_files: tuple[str, ...], validate: bool,
                encoding: str | None = None) -> str:
    """A digest of everything besides the input that decides an article's output.

    The extractor's version and name, the source of every `kg` module and
    packaged lexicon (a rule changed without a version bump still counts),
    the shapes, the user lexicons' bytes and the options. Digests of inputs
    start from it, so any change reconverts.
    """
    from kg import __version__
    from kg.extract.extractor import EXTRACTOR
    from kg.resources import ontology_text

    digest = hashlib.sha256(f"{EXTRACTOR} {__version__} {fmt} {published} {validate}".encode()
                            + (f" {encoding}".encode() if encoding else b""))
    for name, data in package_files(code_root()):
        digest.update(name.encode() + b"\0" + data)
    digest.update(ontology_text("shapes").encode())
    for name in lexicon_files:
        digest.update(Path(name).read_bytes())
    return digest.hexdigest()


def code_root() -> Traversable:
    """The installed `kg` package: its modules and lexicons are the converter's code."""
    return resources.files("kg")


def package_files(root: Traversable, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """Every module and packaged lexicon under `root`, subpackages included, as (relative path, bytes),
    sorted by path: the code and data whose change must reconvert an article."""
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from package_files(entry, f"{name}/")
        elif entry.name.endswith(CODE_SUFFIXES):
            yield name, entry.read_bytes()


def source_digest(base: str, data: bytes) -> str:
    """The digest that says whether a source's output is up to date."""
    return hashlib.sha256(base.encode() + b"\0" + data).hexdigest()


def manifest_entry(outcome: Outcome, **where) -> dict:
    return {"key": outcome.key, "digest": outcome.digest, "iri": outcome.iri, "triples": outcome.count,
            "entities": dict(outcome.entities), "events": dict(outcome.events), **where}


_FIELDS = {"key": str, "digest": str, "iri": str, "triples": int, "entities": dict, "events": dict}
_OPTIONAL = {"file": str, "offset": int, "length": int, "sha256": str}


def _entry(line: bytes) -> dict | None:
    """The manifest entry a line holds, or None when it holds none (damaged, edited, cut short)."""
    try:
        entry = json.loads(line.decode("utf-8"))
    except ValueError:  # not UTF-8, not JSON
        return None
    if not isinstance(entry, dict):
        return None
    if any(not isinstance(entry.get(k), t) or isinstance(entry.get(k), bool) and t is int for k, t in _FIELDS.items()):
        return None
    if any(k in entry and (not isinstance(entry[k], t) or isinstance(entry[k], bool)) for k, t in _OPTIONAL.items()):
        return None
    return entry


def read_manifest(path: Path) -> dict[str, dict]:
    """The entries of the manifest at `path` by key; nothing when it is missing. A line that holds no
    entry (a last line cut short by an interruption, or a damaged file) is left out, and said once on
    stderr when it is not the last: its articles are converted again, which is safe."""
    import sys

    entries: dict[str, dict] = {}
    try:
        data = path.read_bytes()
    except OSError:
        return entries
    lines = data.splitlines()
    bad = []
    for number, line in enumerate(lines, 1):
        entry = _entry(line) if line.strip() else {}
        if entry is None:
            bad.append(number)
        elif entry:
            entries[entry["key"]] = entry
    # a last line with no line end is one an interruption cut short; any other bad line is damage
    damaged = [n for n in bad if n < len(lines) or data.endswith(b"\n")]
    if damaged:
        sys.stderr.write(f"warning: {path}: line {damaged[0]} is no manifest entry ({len(damaged)} such line(s)); "
                         "the articles it does not name are converted again\n")
    return entries


def up_to_date(outcome_key: str, digest: str, entry: dict | None) -> bool:
    """Whether a manifest `entry` says a source with this key and digest needs no work."""
    return entry is not None and entry.get("key") == outcome_key and entry.get("digest") == digest


def output_digest(data: bytes) -> str:
    """The SHA-256 of an output's bytes, which a manifest line records to check them before they are kept."""
    return hashlib.sha256(data).hexdigest()


def whole(data: bytes | None, entry: dict) -> bool:
    """Whether `data` (an output file's bytes, a stream's block; None: unreadable) are the bytes `entry`
    recorded: not cut short, emptied or changed since."""
    return data is not None and len(data) == entry.get("length") and output_digest(data) == entry.get("sha256")


_TAG = re.compile(r"\.(\d+)-[0-9a-f]{8}(?=\.)")


def writer_tag() -> str:
    """A name part of this run's own: its process id and a random token (``<pid>-<hex>``)."""
    return f"{os.getpid()}-{secrets.token_hex(4)}"


def finished_writers(directory: Path, pattern: str) -> list[Path]:
    """The files in `directory` matching `pattern` (a glob) that runs no longer writing left: those whose
    `writer_tag` names a process that is gone, or this one (a run it stopped). Another running batch's
    files are left alone."""
    found = []
    for path in sorted(directory.glob(pattern)):
        tags = _TAG.findall(path.name)  # the last: the name before it may hold one too
        if tags and (int(tags[-1]) == os.getpid() or not process_running(int(tags[-1]))):
            found.append(path)
    return found
