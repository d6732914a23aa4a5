"""Tokens and sentences: spaCy's blank English pipeline, no model download.

A sentence never crosses a line break: headings, date lines and paragraphs
without final punctuation would otherwise be glued onto the next sentence.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.facts import Article

# Abbreviations the blank English tokenizer splits ("Lt." -> "Lt" ".") so that the
# sentencizer would end a sentence after them.
_ABBREVIATIONS = ("Lt.", "Col.", "Gen.", "Maj.", "Capt.", "Sgt.", "No.", "Gov.", "Sen.", "Rep.",
                  "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Rev.", "Pres.", "Jr.", "Sr.", "Co.",
                  "Corp.", "Inc.", "Ltd.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan.", "Feb.", "Aug.",
                  "Apr.", "Mar.", "Jun.", "Jul.")


@lru_cache(maxsize=1)
def english() -> Language:
    """The shared blank English pipeline with a sentencizer."""
    nlp = spacy.blank("en")
    for abbreviation in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


def paragraph_docs(article: Article) -> list[Doc]:
    """One Doc per body paragraph (headings excluded), in order.

    Token offsets are relative to the paragraph; add `Paragraph.start` to get
    offsets into `Article.text`.
    """
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    return list(english().pipe(texts))
