"""Read stage: a file (or text) -> `Article`.

Plain-text articles come as the news sites and wire services print them: the
headline first, a date line that may be messy ("September 21, 2020Updated:
September 21, 2020"), optionally a source or byline line, then body paragraphs
separated by line breaks; section headings have no final punctuation; the
first paragraph may open with a dateline ("MINSK, Belarus—").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from kg.dates import parse_published
from kg.errors import InputError
from kg.facts import Article, Paragraph

MAX_BYTES = 20 * 1024 * 1024
HEADER_LINES = 4  # headline plus up to three date/source/byline lines

_URL = re.compile(r"https?://\S+")
_BYLINE = re.compile(r"^(by\s|voice of america\b|reuters\b|associated press\b|afp\b)", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,40})?)\s*(?:\([A-Za-z .]+\)\s*)?(?:—|–|--|\s-\s)\s*"
)
_SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'", ':', ')')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_article(path: str | Path, published: date | None = None) -> Article:
    """Read one plain-text article file.

    Raises InputError (with the path) for a missing, empty, binary or
    non-UTF-8 file and for an article with no publication date when none is
    given.
    """
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise InputError(where, "is a directory, not an article file", "give the .txt files in it")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except OSError as err:
        raise InputError(where, f"cannot be read ({err.strerror})") from None
    return parse_article(decode_text(data, where), article_id=path.stem, source=where, published=published)


def decode_text(data: bytes, where: str) -> str:
    """UTF-8 bytes -> text with ``\\n`` line ends, rejecting what is not text."""
    if not data.strip():
        raise InputError(where, "is empty", "expected a headline, a date line and paragraphs of text")
    if len(data) > MAX_BYTES:
        raise InputError(where, f"is larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one article")
    if b"\x00" in data:
        raise InputError(where, "is a binary file, not text", "expected a UTF-8 plain-text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            where,
            f"is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})",
            "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8",
        ) from None
    if _CONTROL.search(text[:4096]):
        raise InputError(where, "has control characters, so it is not plain text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_article(
    text: str, *, article_id: str, source: str, published: date | None = None
) -> Article:
    """Split decoded text into headline, date, paragraphs and dateline.

    >>> a = parse_article("Big news\\nMarch 2, 2021\\n\\nLAGOS, Nigeria — It rained.", article_id="x", source="x.txt")
    >>> a.headline, a.published.isoformat(), a.dateline
    ('Big news', '2021-03-02', 'LAGOS, Nigeria')
    """
    lines = _lines_with_offsets(text)
    if not lines:
        raise InputError(source, "has no text", "expected a headline, a date line and paragraphs")
    headline = lines[0][2].strip()
    header_end = 1
    found_date: date | None = None
    url: str | None = None
    for i in range(1, min(len(lines), HEADER_LINES)):
        line = lines[i][2].strip()
        line_date = parse_published(line) if len(line) < 120 else None
        line_url = _URL.search(line)
        if line_date and found_date is None and len(line.split()) <= 12:
            found_date = line_date
        elif line_url or _BYLINE.match(line):
            url = url or (line_url.group(0) if line_url else None)
        else:
            break
        header_end = i + 1
    published = published or found_date
    if published is None:
        raise InputError(
            source,
            "no publication date",
            "expected a date line under the headline (e.g. 'March 2, 2021'), or pass --published YYYY-MM-DD",
        )
    paragraphs = tuple(
        Paragraph(start, end, is_heading=_is_heading(body))
        for start, end, body in lines[header_end:]
    )
    if not paragraphs:
        raise InputError(source, "has a headline but no body text", "expected paragraphs after the date line")
    article = Article(
        id=article_id,
        headline=headline,
        published=published,
        text=text,
        paragraphs=paragraphs,
        source=source,
        url=url,
    )
    return _with_dateline(article)


def _lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, text), offsets trimmed of outer spaces."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        body = match.group(0)
        stripped = body.strip()
        if not stripped:
            continue
        start = match.start() + (len(body) - len(body.lstrip()))
        out.append((start, start + len(stripped), stripped))
    return out


def _is_heading(line: str) -> bool:
    words = line.split()
    return len(words) <= 10 and not line.endswith(_SENTENCE_END) and line[:1].isupper()


def _with_dateline(article: Article) -> Article:
    first = article.paragraphs[0]
    match = _DATELINE.match(article.text[first.start : first.end])
    if not match or match.end() >= first.end - first.start:
        return article
    moved = Paragraph(first.start + match.end(), first.end, first.is_heading)
    return replace(
        article,
        dateline=match.group("place").strip(),
        paragraphs=(moved,) + article.paragraphs[1:],
    )
