"""Batch inputs: files, directories, JSON Lines corpora and stdin -> a stream of `Source`s.

A `Source` is one article's raw bytes and where they came from; `read_source`
turns it into an `Article` (in a worker process). Sources are produced lazily,
one at a time, so a corpus of any size is never held in memory: a directory
is listed (names only), a JSON Lines file is read line by line.

Kinds, by extension: ``.txt`` plain-text articles (`kg.read.text`), ``.html`` /
``.htm`` web pages (`kg.read.html`), ``.jsonl`` corpora with one JSON object per
line (``id``, ``title``, ``published``, ``text``, optional ``url``). ``-``
reads stdin: JSON Lines when its first character is ``{``, a web page when
it is ``<``, else one plain-text article.

Nothing is left out silently: a directory's entries that are not read but
look meant as articles (subdirectories, which are not descended into, and
article names that lead to no regular file: a dangling symbolic link, a loop
of them, a FIFO) each come as a `Skipped` note. A JSON Lines record over the
size limit of one article is refused without being held in memory.
"""
from __future__ import annotations

import errno
import io
import itertools
import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.facts import Article
from kg.read.text import MAX_BYTES, decode_text, lone_surrogate, parse_article, too_large

KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
"""Input file extensions and the kind of input each is."""

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One article's input, not yet read.

    `where` names it in messages and in ``nkg:sourceFile`` (a path, or
    ``path:line`` for a JSON Lines record); `key` identifies it across runs
    (for resuming); `data` is the file's bytes or the JSON line.
    """

    where: str
    article_id: str
    kind: str
    data: bytes
    key: str


@dataclass(frozen=True)
class Skipped:
    """An entry of an input directory that is not read, and why: named in a note, never left out silently."""

    where: str
    problem: str

    @property
    def message(self) -> str:
        return f"{self.where}: {self.problem}"


def iter_sources(inputs: list[str], stdin: BinaryIO | None = None) -> Iterator[Source | InputError | Skipped]:
    """The sources `inputs` name, in order, with an `InputError` in place of each bad input.

    A file is taken as given (its extension gives its kind; an unknown one is
    read as plain text); a directory gives its ``.txt``, ``.html``, ``.htm``
    and ``.jsonl`` files, sorted by name, leaving out hidden ones (``.name``,
    such as a batch's manifest) and files of other extensions; a `Skipped`
    names each other entry it does not read (see the module's docstring);
    ``-`` reads `stdin` (default: ``sys.stdin``'s bytes; an `InputError`
    when it is closed). A file named twice is taken once.
    """
    seen: set[Path] = set()
    for item in inputs:
        if item == STDIN:
            yield from _stdin_or_error(stdin)
            continue
        path = Path(item)
        if path.is_dir():
            found, skipped = _listing(path)
            yield from skipped
            if not found:
                yield InputError(item, "directory has no article files",
                                 f"expected files ending in {', '.join(KINDS)}")
                continue
        elif path.exists():
            found = [path]
        else:
            yield InputError(item, "no such file",
                             "check the path; give article files (.txt, .html, .jsonl) or directories of them")
            continue
        for file in found:
            resolved = file.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            yield from _file_sources(file)


def input_files(inputs: list[str]) -> Iterator[Path]:
    """Every file `inputs` name, as `iter_sources` reads them, without reading them: the files given that
    exist, and the article files of the directories given (so that no output is written over one)."""
    for item in inputs:
        path = Path(item)
        if item == STDIN:
            continue
        if path.is_dir():
            yield from _listing(path)[0]
        elif path.exists():
            yield path


def file_identity(path: str | Path) -> tuple[int, int] | None:
    """The (device, inode) of the file `path` leads to, the same by any name (a symbolic or hard link);
    None when there is none."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def count_sources(inputs: list[str], limit: int | None = None) -> int | None:
    """How many sources `inputs` will give (for a progress bar); None when stdin is among them.

    Counts lines of JSON Lines files without parsing them, so a broken line
    still counts as one (it becomes one failure). With a `limit` it stops
    counting there (``limit=2``: are there several?).
    """
    total = 0
    for item in inputs:
        if item == STDIN:
            return None
        path = Path(item)
        files = _listing(path)[0] if path.is_dir() else [path]
        for file in files:
            if limit is not None and total >= limit:
                return total
            if KINDS.get(file.suffix.lower()) == "jsonl":
                try:
                    with open(file, "rb") as lines:
                        total += sum(1 for _ in itertools.islice(_record_lines(lines),
                                                                 None if limit is None else limit - total))
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _listing(directory: Path) -> tuple[list[Path], list[Skipped]]:
    """A directory's article files, sorted by name, and a `Skipped` for each entry not read that a reader
    may have meant as an article: a subdirectory, an article name that leads to no regular file."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    with os.scandir(directory) as listing:  # the entries' kinds come with the names: no stat for most
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(directory, entry.name)
        article_name = path.suffix.lower() in KINDS
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:  # a loop of symbolic links
            is_dir = is_file = False
        if is_dir:
            skipped.append(Skipped(str(path), "is a directory, not read: directories are not descended into; "
                                              "give it as an input of its own to convert its articles"))
        elif article_name and is_file:
            files.append(path)
        elif article_name:
            skipped.append(Skipped(str(path), _not_a_file(path)))
    return files, skipped


def _not_a_file(path: Path) -> str:
    """Why the directory entry `path`, named like an article, is not read: it leads to no regular file."""
    try:
        kind = path.stat().st_mode  # follows symbolic links
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "is a loop of symbolic links, not read"
        if error.errno == errno.ENOENT and path.is_symlink():
            return f"is a symbolic link to {os.readlink(path)!r}, which does not exist; not read"
        return f"cannot be read ({error.strerror or error}); not read"
    what = "a FIFO" if stat.S_ISFIFO(kind) else "a socket" if stat.S_ISSOCK(kind) else "a device"
    return f"is {what}, not a regular file, so it is not read; give it as an input of its own to read it"


def _file_sources(path: Path) -> Iterator[Source | InputError]:
    kind = KINDS.get(path.suffix.lower(), "txt")
    where = str(path)
    if kind == "jsonl":
        try:
            with open(path, "rb") as lines:
                yield from _jsonl_sources(lines, where)
        except OSError as error:
            yield InputError(where, f"cannot be read ({error.strerror})")
        return
    try:
        if path.stat().st_size > MAX_BYTES:  # refused unread, so memory stays flat whatever the size
            yield too_large(where)
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(where, f"cannot be read ({error.strerror})")
        return
    yield Source(where=where, article_id=path.stem, kind=kind, data=data, key=str(path.resolve()))


_CHUNK = 1024 * 1024
"""Bytes of a JSON Lines line read at a time."""


def _record_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """The non-blank lines of a JSON Lines stream, numbered from 1; None in place of a line over
    `MAX_BYTES`, which is read past a chunk at a time (readline with a bound), never held whole."""
    number = 0
    while chunk := stream.readline(_CHUNK):
        number += 1
        chunks, size = [chunk], len(chunk)
        while not chunk.endswith(b"\n") and (chunk := stream.readline(_CHUNK)):
            size += len(chunk)
            if size > MAX_BYTES + 1:
                chunks.clear()  # over the limit: hold nothing more, read on to the line's end
            else:
                chunks.append(chunk)
        if size - chunk.endswith(b"\n") > MAX_BYTES:
            yield number, None
        elif (line := b"".join(chunks)).strip():
            yield number, line


def _jsonl_sources(lines: BinaryIO, where: str) -> Iterator[Source | InputError]:
    for number, line in _record_lines(lines):
        if line is None:
            yield too_large(f"{where}:{number}")
            continue
        yield Source(where=f"{where}:{number}", article_id="", kind="jsonl", data=line,
                     key=f"{Path(where).resolve() if where != '<stdin>' else where}:{number}")


def _stdin_or_error(stdin: BinaryIO | None) -> Iterator[Source | InputError]:
    """The sources on `stdin` (None: the process's); an InputError when it is closed or cannot be read."""
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:  # kg convert - <&-: Python sets sys.stdin to None
        yield InputError("<stdin>", "is closed", "give the articles on standard input (kg convert - < story.txt) "
                                                 "or as files")
        return
    try:
        yield from _stdin_sources(stream)
    except OSError as error:
        yield InputError("<stdin>", f"cannot be read ({error.strerror or error})",
                         "give the articles on standard input (kg convert - < story.txt) or as files")


def _stdin_sources(stream: BinaryIO) -> Iterator[Source | InputError]:
    head = stream.peek(1) if hasattr(stream, "peek") else b""
    if not head:
        data = stream.read()
        head, rest = data, None
    else:
        rest = stream
        data = None
    first = head.lstrip()[:1]
    if first == b"{":
        yield from _jsonl_sources(rest if rest is not None else io.BytesIO(data), "<stdin>")
        return
    if data is None:
        data = stream.read(MAX_BYTES + 1)  # one byte over the limit is enough to refuse it
    kind = "html" if first == b"<" else "txt"
    yield Source(where="<stdin>", article_id="stdin", kind=kind, data=data, key="<stdin>")


def read_source(source: Source, published: date | None = None, encoding: str | None = None) -> Article:
    """Read one source into an `Article`; `published` overrides the article's own date.

    `encoding` decodes a plain-text article without a byte-order mark
    (default UTF-8); web pages declare their own, JSON Lines are UTF-8.

    Raises InputError naming `source.where` for anything that is not a
    usable article (bad bytes, a JSON line that is not a record of the
    expected fields, a page without main text or date).
    """
    if source.kind == "html":
        from kg.read.html import read_html

        return read_html(source.data, where=source.where, article_id=source.article_id, published=published)
    if source.kind == "jsonl":
        return _read_record(source, published)
    return parse_article(decode_text(source.data, source.where, encoding), article_id=source.article_id,
                         source=source.where, published=published)


def _read_record(source: Source, published: date | None) -> Article:
    where = source.where
    try:
        record = json.loads(source.data)
    except (UnicodeDecodeError, ValueError) as error:
        raise InputError(where, f"is not valid JSON ({error})",
                         "each line must be one JSON object: id, title, published, text, optional url") from None
    if not isinstance(record, dict):
        raise InputError(where, f"is a JSON {type(record).__name__}, not an object",
                         "each line must be one JSON object: id, title, published, text, optional url")
    missing = [name for name in ("id", "title", "text") if not record.get(name)]
    if not published and not record.get("published"):
        missing.append("published")
    if missing:
        raise InputError(where, f"has no {', '.join(missing)}",
                         "each line needs id, title, published (YYYY-MM-DD) and text; url is optional")
    for name in ("title", "text", "url", "published"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(where, f"field {name!r} is not a string")
    for name in ("id", "title", "text", "url", "published"):
        if isinstance(record.get(name), str) and (half := lone_surrogate(record[name])):
            raise InputError(where, f"field {name!r} has a lone surrogate (U+{ord(half):04X}), half of a UTF-16 "
                             "pair, which is no character", "write the whole character, or remove its \\u escape")
    if not isinstance(record["id"], (str, int)) or isinstance(record["id"], bool):
        raise InputError(where, "field 'id' is neither a string nor a number")
    day = published or _record_date(record["published"], where)
    title = " ".join(record["title"].split())
    body = record["text"].replace("\r\n", "\n").replace("\r", "\n")
    article = parse_article(f"{title}\n{day.isoformat()}\n\n{body}\n", article_id=str(record["id"]),
                            source=where, published=day)
    url = (record.get("url") or "").strip()
    if url:
        from dataclasses import replace

        article = replace(article, url=url)
    return article


def _record_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(where, f"field 'published' is not a date: {value!r}",
                         "give it as YYYY-MM-DD (a full ISO timestamp is fine too)") from None
