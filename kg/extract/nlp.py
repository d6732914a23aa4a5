"""Tokens, sentences and the parse: the pinned statistical English pipeline (`kg.extract.model`).

Every body paragraph is parsed (tags, lemmas, dependencies, named entities); a
sentence never crosses a line break. The blank English tokenizer (`english`) stays
for tokenizing the gazetteer's phrases, which need no parse.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import Lexicon
from kg.facts import Article

# Abbreviations the blank English tokenizer splits ("Lt." -> "Lt" ".") so that the
# sentencizer would end a sentence after them.
_ABBREVIATIONS = ("Lt.", "Col.", "Gen.", "Maj.", "Capt.", "Sgt.", "No.", "Gov.", "Sen.", "Rep.", "Brig.",
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


@lru_cache(maxsize=4)
def parser(lexicon: Lexicon | None = None) -> Language:
    """The checked statistical pipeline, with the same abbreviations kept whole as `english`."""
    from kg.extract.model import load_model

    nlp = load_model(lexicon=lexicon)
    for abbreviation in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


@lru_cache(maxsize=4)
def common_words(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The English words of the model's lemmatizer index (nouns, verbs, adjectives, adverbs), lower case:
    a sentence's capitalised first word that is one of them ("Turnout") is no name by its capital."""
    lemmatizer = parser(lexicon).get_pipe("lemmatizer")
    if not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(word for key in index.keys() for word in index[key])


def paragraph_docs(article: Article, lexicon: Lexicon | None = None) -> list[Doc]:
    """One parsed Doc per paragraph, in order (headings too: they are told apart by the caller).

    Token offsets are relative to the paragraph; add `Paragraph.start` to get
    offsets into `Article.text`.
    """
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    return list(parser(lexicon).pipe(texts))
