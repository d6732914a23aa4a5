"""Read stage for web pages: HTML bytes -> `Article`, through trafilatura.

trafilatura (a maintained main-text extractor) finds the article's text and
its metadata (title, publication date) and drops navigation, scripts,
styles, comments and boilerplate; nothing here strips tags by hand. The
article's URL is the page's canonical link, else its ``og:url``, and only
when that is an absolute http(s) URL (`page_url`): a ``<base href>`` names
where relative links point (often a CDN of assets), never the page.
The text it returns is laid out as a plain-text article (headline, date line,
paragraphs) and read by `kg.read.text.parse_article`, so offsets point into that
text, which `Article.text` holds.

Offline and safe: the page is parsed here with lxml's HTML parser with
network access off and handed to trafilatura as a tree, so nothing is ever
fetched (trafilatura and htmldate fetch only when given a URL, never done
here). A page that declares entities (``<!ENTITY``, the XML external entity
and "billion laughs" vectors) is rejected before parsing.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from kg.errors import InputError
from kg.facts import Article
from kg.read.text import MAX_BYTES, parse_article

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def read_html(data: bytes, *, where: str, article_id: str, published: date | None = None) -> Article:
    """One HTML page as an `Article`: its main text, title, date and URL.

    `published` overrides the page's own date. Raises InputError (naming
    `where`) for an empty or oversized page, one that declares entities, one
    with no main text, and one with no publication date when none is given.

    >>> page = (b"<html><head><title>Rain in Lagos</title><script>var x = 1;</script></head>"
    ...         b"<body><article><p>LAGOS, Nigeria - It rained all day in Lagos on Monday.</p>"
    ...         b"</article></body></html>")
    >>> a = read_html(page, where="rain.html", article_id="rain", published=date(2021, 3, 1))
    >>> a.headline, a.dateline, "var x" in a.text
    ('Rain in Lagos', 'LAGOS, Nigeria', False)
    """
    if not data.strip():
        raise InputError(where, "is empty", "expected an HTML page with an article")
    if len(data) > MAX_BYTES:
        raise InputError(where, f"is larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one article")
    if _ENTITY_DECLARATION.search(data):
        raise InputError(where, "declares XML entities (<!ENTITY ...>), which are refused",
                         "a web page needs none; remove the DOCTYPE's internal subset")
    tree = _parse(data, where)
    document = _extract(tree, where)
    text = (document.text or "").strip()
    title = " ".join((document.title or "").split())
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the page's <h1>, which trafilatura keeps as the first line
    if not lines:
        raise InputError(where, "has no main text that trafilatura could find",
                         "check that it is an article page, not an index or a script-only page")
    page_date = _page_date(document.date)
    day = published or page_date
    if day is None:
        raise InputError(where, "no publication date in the page's metadata",
                         "pass --published YYYY-MM-DD")
    headline = title or lines[0]
    body = "\n\n".join(lines)
    article = parse_article(f"{headline}\n{day.isoformat()}\n\n{body}\n", article_id=article_id,
                            source=where, published=day)
    url = page_url(tree)
    return replace(article, url=url) if url else article


def page_url(tree) -> str | None:
    """The page's own URL from its markup (an lxml tree): the canonical link, else ``og:url``, when it is an
    absolute http(s) URL with a host and no space; None otherwise. ``<base href>`` is never read: it says
    where relative links resolve (``https://static.cdn.example/assets/``), not where the page is.

    >>> import lxml.html
    >>> page_url(lxml.html.fromstring('<html><head><base href="https://cdn.example/a/">'
    ...                               '<meta property="og:url" content="https://news.example/story-1"></head></html>'))
    'https://news.example/story-1'
    """
    candidates = tree.xpath('//link[contains(concat(" ", normalize-space(translate(@rel, "CANONICAL", '
                            '"canonical")), " "), " canonical ")]/@href')
    candidates += tree.xpath('//meta[translate(@property, "OGURL", "ogurl")="og:url"]/@content')
    for candidate in candidates:
        url = str(candidate).strip()
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname and not re.search(r"[\s\x00-\x1f\x7f<>\"]", url):
            return url
    return None


def _parse(data: bytes, where: str):
    """The page as an lxml tree, parsed offline."""
    import lxml.html

    encoding = _encoding(data)
    parser = lxml.html.HTMLParser(encoding=encoding, no_network=True, remove_comments=True,
                                  remove_pis=True, huge_tree=False)
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except Exception as error:  # lxml raises several types for input it cannot parse
        raise InputError(where, f"cannot be parsed as HTML ({error})") from None


def _extract(tree, where: str):
    """trafilatura's reading of the page `tree`: its main text and metadata."""
    import trafilatura

    # htmldate's "extensive search" guesses a date from any text (a copyright line gives
    # January 1st); a news date has to come from the page's markup, its URL or --published.
    dates = {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                           include_tables=False, include_images=False,
                                           include_links=False, deduplicate=False,
                                           date_extraction_params=dates)
    if document is None:
        raise InputError(where, "has no main text that trafilatura could find",
                         "check that it is an article page, not an index or a script-only page")
    return document


def _encoding(data: bytes) -> str:
    """The page's declared charset, else UTF-8 (the web's default since HTML5)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            "".encode(name)
            return name
        except LookupError:
            pass
    return "utf-8"


def _page_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
