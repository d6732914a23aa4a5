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


def for_or_against(doc: Doc, sent: Span, start: int) -> bool:
    """"a pro-Palestinian rally", "an anti-NATO march": the name after "pro-" or "anti-" is what a word is for or
    against, no actor there."""
    return start - 2 >= sent.start and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti") \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


# Words of a sea or a land named after a state or a town: before "of" ("the Gulf of Guinea") or after the name
# ("the Niger Delta").
_FEATURES_OF = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits", "Bight"})
_FEATURES_AFTER = frozenset({"Delta", "Basin", "River", "Valley", "Strait"})


def feature_named_for(doc: Doc, lo: int, hi: int, a: int, b: int) -> tuple[int, int] | None:
    """The span of a sea or a land named after the state or town at [a, b) ("the Gulf of Guinea", "the Bay of
    Bengal", "the Niger Delta", "the Congo Basin"), within tokens [lo, hi); else None."""
    if a - 2 >= lo and doc[a - 1].lower_ == "of" and doc[a - 2].text in _FEATURES_OF:
        return a - 2, b
    if b < hi and doc[b].text in _FEATURES_AFTER and not (b + 1 < hi and doc[b + 1].text[:1].isupper()):
        return a, b + 1  # (but "the Bangladesh River Police" is a body)
    return None


def named_as(doc: Doc, lo: int, a: int) -> bool:
    """Whether the name at token `a` is what something is called ("a neighbourhood known as Colombia", "a camp
    called Texas"), no place of that name; tokens before `lo` are not read."""
    return a - 2 >= lo and (doc[a - 1].lower_ == "as" and doc[a - 2].lower_ == "known"
                            or doc[a - 1].lower_ in ("called", "dubbed", "nicknamed") and doc[a - 2].pos_ == "NOUN"
                            and doc[a - 1].dep_ == "acl")  # (not "The president called Russia a terrorist state")


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
