"""Mentions and token helpers shared by the mention and role readers: texts of spans,
and whether a token looks like part of a name. Token texts are computed once per doc."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens [start, end) of a paragraph doc naming an entity."""

    start: int
    end: int
    key: str
    type: str
    text: str
    locative: bool = False
    agentive: bool = False


def is_namey(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0].isalpha() and any(c.isupper() for c in text[1:])))


@lru_cache(maxsize=64)
def token_texts(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The doc's token texts (curly apostrophes straightened) and trailing spaces, once per doc."""
    return tuple(t.text.replace("’", "'") for t in doc), tuple(t.whitespace_ for t in doc)


@lru_cache(maxsize=64)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases if p)


def span_text(doc: Doc, start: int, end: int) -> str:
    if end <= start:
        return ""
    texts, spaces = token_texts(doc)
    return "".join(texts[k] + spaces[k] for k in range(start, end - 1)) + texts[end - 1]


def quoted_tokens(doc: Doc, sent: Span) -> set[int]:
    """Tokens of `sent` inside quotation marks (a quote left open runs to the end)."""
    inside, out = False, set()
    for k in range(sent.start, sent.end):
        text = doc[k].text
        if text == "“" or (text == '"' and not inside):
            inside = True
        elif text == "”" or text == '"':
            inside = False
        elif inside:
            out.add(k)
    return out
