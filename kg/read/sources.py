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
"""
from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.facts import Article
from kg.read.text import MAX_BYTES, decode_text, parse_article, too_large

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


def iter_sources(inputs: list[str], stdin: BinaryIO | None = None) -> Iterator[Source | InputError]:
    """The sources `inputs` name, in order, with an `InputError` in place of each bad input.

    A file is taken as given (its extension gives its kind; an unknown one is
    read as plain text); a directory gives its ``.txt``, ``.html``, ``.htm``
    and ``.jsonl`` files, sorted by name, leaving out hidden ones (``.name``,
    such as a batch's manifest); ``-`` reads `stdin` (default:
    ``sys.stdin``'s bytes). A file named twice is taken once.
    """
    seen: set[Path] = set()
    for item in inputs:
        if item == STDIN:
            yield from _stdin_sources(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(item)
        if path.is_dir():
            found = _listing(path)
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
        files = _listing(path) if path.is_dir() else [path]
        for file in files:
            if limit is not None and total >= limit:
                return total
            if KINDS.get(file.suffix.lower()) == "jsonl":
                try:
                    with open(file, "rb") as lines:
                        total += sum(1 for _ in itertools.islice((line for line in lines if line.strip()),
                                                                 None if limit is None else limit - total))
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _listing(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir()
                  if p.suffix.lower() in KINDS and not p.name.startswith(".") and p.is_file())


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


def _jsonl_sources(lines: BinaryIO, where: str) -> Iterator[Source]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield Source(where=f"{where}:{number}", article_id="", kind="jsonl", data=line,
                         key=f"{Path(where).resolve() if where != '<stdin>' else where}:{number}")


def _stdin_sources(stream: BinaryIO) -> Iterator[Source]:
    head = stream.peek(1) if hasattr(stream, "peek") else b""
    if not head:
        data = stream.read()
        head, rest = data, None
    else:
        rest = stream
        data = None
    first = head.lstrip()[:1]
    if first == b"{":
        lines = rest if rest is not None else iter(data.splitlines(keepends=True))
        yield from _jsonl_sources(lines, "<stdin>")
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
