"""Read stage: a file (or text) -> `Article`.

Plain-text articles come as the news sites and wire services print them: the
headline first, a date line that may be messy ("September 21, 2020Updated:
September 21, 2020"), optionally a source or byline line, then body paragraphs
separated by line breaks; section headings have no final punctuation; the
first paragraph may open with a dateline ("MINSK, Belarus—").
"""
from __future__ import annotations

import codecs
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from kg.read.calendar import date_line_problem, out_of_range, parse_published
from kg.errors import InputError
from kg.facts import Article, Paragraph

MAX_BYTES = 20 * 1024 * 1024
"""The largest article file read; a larger one is refused before it is read."""
MAX_LINE = 100_000
"""The longest line (a paragraph) in characters: a longer one is no prose (a lost line break, a blob);
the extractor would take ~15 s on 900,000 characters, and spaCy refuses more than 1,000,000."""
HEADER_LINES = 4  # headline plus up to three date/source/byline lines

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Windows-1252's typographic characters (0x80-0x9F), which Latin-1 lacks.
_CP1252_PUNCTUATION = frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
_MARKUP = re.compile(r"<(?:\?xml\b|!DOCTYPE\b|html\b|rss\b|feed\b|!--)", re.IGNORECASE)

_URL = re.compile(r"https?://\S+")
_BYLINE = re.compile(r"^(by\s|voice of america\b|reuters\b|associated press\b|afp\b)", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-/ ]{1,40}(?:,\s*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"[A-Z][A-Za-z.'\- ]{1,40}?)?)"  # "ISLAMABAD/PENTAGON —": two places; not "MINSK, Saturday, March 9"
    r"(?:,\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"  # "NEWARK, N.J., Tuesday, March 11, 2025 (AP) —"
    r"(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"  # "KHARTOUM, May 4 (Reuters) - ",
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{4})?)"  # "ACCRA, Friday
    # 11 July 2025 (AFP) - ": day first (a month's name: not "GAZA, 5 Dead - ")
    r"|,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)?"  # "KYIV, Saturday (AFP) - ": a weekday alone
    # "NAIROBI, June 26, 2024 (AFP) - ": the day of the wire copy
    r"\s*(?:\([A-Za-z .]+\)\s*)?(?:—|–|--|\s-\s|(?<=\))\.-\s)\s*"  # (EFE's "MADRID, 11 Feb. 2025 (EFE).- ")
)
# "Riesa (dpa) - ", "Berlin (AFP) — ": a place in title case, which only a news agency's name after it makes a dateline
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})(?P<day>)\s*"
    r"\((?:dpa|AFP|AP|Reuters|EFE|ANSA|Xinhua|PTI|IANS|Yonhap|Kyodo|Lusa|KNA|APA|TASS|Anadolu|Bernama|Antara)\)"
    r"\s*(?:—|–|--|-|\.-)\s+")


def _wire_dateline(line: str) -> re.Match[str] | None:
    """The wire dateline a line opens with ("NAIROBI, June 26, 2024 (AFP) - ", "Riesa (dpa) - "), or None."""
    return _DATELINE.match(line) or _AGENCY_DATELINE.match(line)
_SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'", ':', ')')
# C0 and C1 controls but tab, line ends and form feed: no text holds them, and in a terminal
# (kg query's table) an escape sequence could rewrite the screen.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_LETTER = re.compile(r"[^\W\d_]")
# Half of a UTF-16 pair, alone: no character, and no UTF-8 encoder takes it (a JSON "\ud800" escape gives one).
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_article(path: str | Path, published: date | None = None, encoding: str | None = None) -> Article:
    """Read one plain-text article file.

    `encoding` decodes a file without a byte-order mark (default UTF-8; see
    `decode_text`). Raises InputError (with the path) for a missing, empty,
    binary, oversized or undecodable file and for an article with no
    publication date when none is given.
    """
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise InputError(where, "is a directory, not an article file", "give the .txt files in it")
    try:
        if path.stat().st_size > MAX_BYTES:  # refused unread: memory stays flat whatever the size
            raise too_large(where)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except OSError as err:
        raise InputError(where, f"cannot be read ({err.strerror})") from None
    return parse_article(decode_text(data, where, encoding), article_id=path.stem, source=where, published=published)


def too_large(where: str) -> InputError:
    """The error for an input over `MAX_BYTES`."""
    return InputError(where, f"is larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one article",
                      "split it into one file per article")


def check_encoding(name: str) -> str:
    """`name` if Python knows it as a text encoding, e.g. ``cp1252``.

    >>> check_encoding("latin-1")
    'latin-1'

    Raises LookupError naming some that exist.
    """
    try:
        known = codecs.lookup(name)
    except LookupError:
        known = None
    if known is None or not getattr(known, "_is_text_encoding", True):
        raise LookupError(f"{name!r} is not a text encoding Python knows; e.g. cp1252, latin-1, utf-16, "
                          "cp1251, shift_jis, gb18030")
    return name


def decode_text(data: bytes, where: str, encoding: str | None = None) -> str:
    """Article bytes -> text with ``\\n`` line ends, rejecting what is not text.

    A byte-order mark decides the encoding (UTF-8, UTF-16 or UTF-32, either
    byte order); otherwise `encoding`, by default UTF-8. Bytes that do not
    decode get a message saying what they look like and which ``--encoding``
    to pass.

    >>> decode_text("Caf\\u00e9\\r\\n".encode("utf-16"), "a.txt")
    'Café\\n'
    """
    if not data.strip():
        raise InputError(where, "is empty", "expected a headline, a date line and paragraphs of text")
    if len(data) > MAX_BYTES:
        raise too_large(where)
    bom, declared = next(((bom, name) for bom, name in _BOMS if data.startswith(bom)), (b"", None))
    chosen = declared or encoding or "utf-8"
    if declared is None and encoding is None and b"\x00" in data:
        raise _nul_error(data, where)
    try:
        text = data[len(bom):].decode(chosen)
    except UnicodeDecodeError as err:
        raise _decode_error(data, bom, chosen, err, where, given=encoding is not None and not bom) from None
    if "\x00" in text:
        raise InputError(where, "is a binary file, not text", "expected a UTF-8 plain-text article")
    if not text.strip():
        raise InputError(where, "is empty", "expected a headline, a date line and paragraphs of text")
    if _MARKUP.match(text.lstrip()):
        raise InputError(where, "is XML or HTML markup, not a plain-text article",
                         "give a web page a .html name (its main text is read), or the article's text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, where, numbered=True)
    return text


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in `text` (half of a UTF-16 pair, which is no character), or None.

    >>> lone_surrogate("caf\\ud800e"), lone_surrogate("café")
    ('\\ud800', None)
    """
    found = _SURROGATE.search(text)
    return found.group() if found else None


def check_text(text: str, where: str, numbered: bool = False) -> None:
    """Raise InputError for text no article holds: a control character, a lone surrogate, or a line over
    `MAX_LINE`.

    `numbered`: `text` is a file's, so the error names the line as ``where:line``; otherwise (text
    made from a web page or a JSON record) it says only that the text holds it.
    """
    def at(offset: int) -> tuple[str, str]:
        line = text.count("\n", 0, offset) + 1
        return (f"{where}:{line}", "") if numbered else (where, " in its text")

    control = _CONTROL.search(text)
    if control:
        place, inside = at(control.start())
        c1 = "\x80" <= control.group() <= "\x9f"  # Windows-1252 punctuation read as Latin-1
        raise InputError(place, f"has a control character (U+{ord(control.group()):04X}){inside}, so it is not "
                         "plain text", "it looks like Windows-1252 read as Latin-1: pass --encoding cp1252" if c1
                         else "remove it; an article is text: letters, punctuation, spaces and line breaks")
    surrogate = _SURROGATE.search(text)
    if surrogate:
        place, inside = at(surrogate.start())
        raise InputError(place, f"has a lone surrogate (U+{ord(surrogate.group()):04X}){inside}, half of a UTF-16 "
                         "pair, which is no character", "write the whole character, or remove it")
    start = 0
    for line in text.split("\n"):
        if len(line) > MAX_LINE:
            place, inside = at(start)
            raise InputError(place, f"has a line of {len(line.strip()):,} characters{inside}, over the "
                             f"{MAX_LINE:,}-character limit for one paragraph", "break it into paragraphs, one a line")
        start += len(line) + 1


def _nul_error(data: bytes, where: str) -> InputError:
    """Zero bytes without a byte-order mark: UTF-16 text that lost its mark, or a binary file."""
    head = data[:4096]
    even, odd = head[0::2], head[1::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros) and other.count(0) < 0.05 * max(len(other), 1):
            return InputError(where, f"looks like {name.upper()} text without a byte-order mark",
                              f"pass --encoding {name}, or convert it to UTF-8")
    return InputError(where, "is a binary file, not text", "expected a UTF-8 plain-text article")


def _decode_error(data: bytes, bom: bytes, chosen: str, err: UnicodeDecodeError, where: str,
                  given: bool) -> InputError:
    """Why `data` is not `chosen` text, and what to pass or do instead."""
    offset = len(bom) + err.start
    byte = f"byte 0x{data[offset]:02x} at offset {offset}"
    if given:
        return InputError(where, f"is not {chosen} text ({byte})",
                          "check --encoding: pass the encoding the file was saved in")
    if bom and chosen != "utf-8":
        return InputError(where, f"starts with a {chosen[:6].upper()} byte-order mark but is not {chosen} text "
                          f"({byte})", "fetch or save the file again, whole")
    if err.reason == "unexpected end of data":
        return InputError(where, f"ends in the middle of a UTF-8 character ({byte}), so it was cut short",
                          "fetch or save the file again, whole")
    before = data[len(bom):offset].decode("utf-8", "replace")
    if not before.isascii():
        return InputError(where, f"is UTF-8 text with an invalid {byte}",
                          "fix or remove that byte (iconv -f utf-8 -t utf-8 -c drops invalid bytes)")
    legacy = data.decode("cp1252", "replace")
    letters = [ch for ch in legacy if ch.isalpha()]
    foreign = [ch for ch in legacy if not ch.isascii()]
    if (letters and "\ufffd" not in legacy and sum(not ch.isascii() for ch in letters) < 0.3 * len(letters)
            and all(ch.isalpha() or ch in _CP1252_PUNCTUATION or ch in "\u00a0«»°±£¥§©®·¿¡" for ch in foreign)):
        return InputError(where, f"is not UTF-8 text ({byte}); it looks like Windows-1252 (Western European)",
                          "pass --encoding cp1252 (a superset of Latin-1), or convert it to UTF-8")
    return InputError(where, f"is not UTF-8 text ({byte})",
                      "pass the encoding it was saved in, e.g. --encoding cp1251 (Cyrillic), shift_jis, "
                      "gb18030, or convert it to UTF-8")


def parse_article(
    text: str, *, article_id: str, source: str, published: date | None = None
) -> Article:
    """Split decoded text into headline, date, paragraphs and dateline.

    >>> a = parse_article("Big news\\nMarch 2, 2021\\n\\nLAGOS, Nigeria — It rained.", article_id="x", source="x.txt")
    >>> a.headline, a.published.isoformat(), a.dateline
    ('Big news', '2021-03-02', 'LAGOS, Nigeria')
    """
    check_text(text, source)
    lines = _lines_with_offsets(text)
    if not lines:
        raise InputError(source, "has no text", "expected a headline, a date line and paragraphs")
    headline = lines[0][2].strip()
    header_end = 1
    found_date: date | None = None
    url: str | None = None
    for i in range(1, min(len(lines), HEADER_LINES)):
        line = lines[i][2].strip()
        wire = _wire_dateline(line)
        if wire and wire["day"] and wire.end() < len(line):
            break  # "NAIROBI, June 26, 2024 (AFP) - Police fired.": the first paragraph, its dateline dated
        line_date = parse_published(line) if len(line) < 120 else None
        line_url = _URL.search(line)
        if line_url and len(_URL.sub("", line).split()) > 8:
            line_url = None  # a paragraph that cites a link, not a source line ("Voice of America — URL")
        if line_date and found_date is None and len(line.split()) <= 12:
            found_date = line_date
        elif line_url or _BYLINE.match(line) and not (
                found_date is not None and _prose(line)
                and not (i + 1 < len(lines) and _wire_dateline(lines[i + 1][2]))):
            url = url or (line_url.group(0) if line_url else None)
        elif found_date is None and _masthead(line) and i + 1 < min(len(lines), HEADER_LINES) \
                and _date_line(lines[i + 1][2]):
            pass  # "Felixstowe Gazette" over "Published: 2025-06-06": the outlet's name, no paragraph (not "What we
            # know" over "Police detained 100 people on March 9, 2024.": a heading over a sentence)
        else:
            if published is None and found_date is None and len(line) < 120 and len(line.split()) <= 12:
                _check_date_line(line, f"{source}:{text.count(chr(10), 0, lines[i][0]) + 1}")
            break
        header_end = i + 1
    if published is None and found_date is None and header_end < len(lines):
        # "NAIROBI, June 26, 2024 (AFP) - ...": wire copy whose dateline carries the whole date
        wire = _wire_dateline(lines[header_end][2])
        if wire and wire["day"] and re.search(r"\d{4}$", wire["day"]):
            found_date = parse_published(wire["day"])
    published = published or found_date
    if published is None:
        raise InputError(
            source,
            "no publication date",
            "expected a date line under the headline (e.g. 'March 2, 2021'), or pass --published YYYY-MM-DD",
        )
    if out_of_range(published):
        raise InputError(source, f"the publication date {published.isoformat()} {out_of_range(published)}",
                         "give the article's own date")
    paragraphs = tuple(
        Paragraph(start, end, is_heading=_is_heading(body))
        for start, end, body in lines[header_end:]
    )
    if not paragraphs:
        raise InputError(source, "has a headline but no body text", "expected paragraphs after the date line")
    if not any(not p.is_heading and _LETTER.search(text, p.start, p.end) for p in paragraphs):
        raise InputError(source, "has no sentences: every line after the date line is a heading or has no words",
                         "expected paragraphs of prose, each ending in a full stop or other final punctuation")
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


def _date_line(line: str) -> bool:
    """Whether a line is a date line alone ("Published: 2025-06-06", "Updated 10:42 AM EST, Sat March 9, 2024"), no
    sentence that holds a date."""
    line = line.strip()
    return 0 < len(line.split()) <= 12 and len(line) < 120 and not line.endswith((".", "!", "?", '"', "”")) \
        and parse_published(line) is not None


def _masthead(line: str) -> bool:
    """Whether a header line is short enough, and unpunctuated enough, to be an outlet's or a section's name
    ("Felixstowe Gazette", "World | Africa"), not a sentence."""
    return 0 < len(line.split()) <= 6 and not line.rstrip().endswith(_SENTENCE_END) and _LETTER.search(line) is not None


_CREDIT_WORDS = re.compile(r"\b(?:contributed|reporting|reported by|staff|correspondents?|writers?|editors?|"
                           r"bureau|compiled|written)\b", re.I)


def _prose(line: str) -> bool:
    """Whether a line under the date line that opens like a byline is a sentence of the story ("Reuters
    reported on Friday that police detained 12 people."): a byline or a credit line ("By Jane Doe and John
    Smith, Reuters.", "Voice of America's Ayaz Gul contributed to this report.") opens with "By", is short,
    ends in no full stop, or names who wrote it."""
    return not line.lower().startswith("by ") and len(line.split()) > 6 \
        and line.rstrip().endswith((".", "!", "?", '"', "”")) and not _CREDIT_WORDS.search(line)


def _check_date_line(line: str, where: str) -> None:
    """Raise InputError when `line`, under the headline, holds a date that is no publication date
    ("February 31, 2021", "December 31, 9999"): saying so beats "no publication date"."""
    problem = date_line_problem(line)
    if problem is not None:
        raise InputError(where, f"the date line {problem}", "fix the date line, or pass --published YYYY-MM-DD")


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
    match = _wire_dateline(article.text[first.start : first.end])
    if not match or match.end() >= first.end - first.start:
        return article
    moved = Paragraph(first.start + match.end(), first.end, first.is_heading)
    return replace(
        article,
        dateline=match.group("place").strip(),
        paragraphs=(moved,) + article.paragraphs[1:],
    )
