"""One article through every stage: read -> extract -> build -> validate.

The layer under `kg.batch` (which runs these stages for a corpus, in workers,
and writes the outputs) and `kg.api`: `convert_article` for one file,
`convert_read_article` for an `Article` already read, and the checks of an
output and its format that fail a run before any article is read.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rdflib import Graph, URIRef

from kg.rdf.build import build_graph
from kg.errors import InputError, NotConformant, UsageError
from kg.extract.extractor import extract_facts
from kg.facts import Article, Facts
from kg.extract.lexicon import load_lexicon
from kg.rdf.mint import article_iri
from kg.read.sources import file_identity
from kg.read.text import read_article
from kg.validate.shacl import validate_graph
from kg.rdf.formats import EXTENSIONS, resolve_format

_STDOUT = (None, "-")


@dataclass(frozen=True)
class Converted:
    """One article's facts and graph."""

    facts: Facts
    graph: Graph

    @property
    def iri(self) -> URIRef:
        """The article's IRI: the name of its graph in TriG and N-Quads."""
        return article_iri(self.facts.article.id)


def output_format(output: str | None, fmt: str | None) -> str:
    """The format to write to `output` (None or ``-``: stdout): `fmt`, else the extension's.

    >>> output_format("out.nq", None), output_format(None, "nt"), output_format("out.data", "nt")
    ('nquads', 'nt', 'nt')

    Raises UsageError for an unknown format, an extension that names no
    format when `fmt` is None, and an `fmt` the extension contradicts.
    """
    chosen = resolve_format(output, fmt)
    if fmt is not None and output not in _STDOUT:
        suffix = Path(output).suffix.lower()
        implied = EXTENSIONS.get(suffix)
        if implied is not None and implied != chosen:
            raise UsageError(output, f"the extension {suffix} means {implied}, but --format is {chosen}",
                             "drop --format or change the extension")
    return chosen


def check_output(output: str | None, inputs: Iterable[str | Path]) -> None:
    """Fail early for an output file that could not be written or would overwrite an input.

    Raises InputError for a missing parent directory or a directory given
    as the file, and UsageError for an output that is one of the `inputs`
    files, by any name (a symbolic or hard link).
    """
    if output in _STDOUT:
        return
    target = Path(output)
    if target.is_dir():
        raise InputError(output, "is a directory", "give a file name for -o, e.g. out.ttl")
    parent = target.parent
    if not parent.is_dir():
        raise InputError(output, f"directory {str(parent)!r} does not exist", "create it first")
    found = file_identity(target)
    if found is not None and any(file_identity(path) == found for path in inputs):
        raise UsageError(output, "is also an input article", "give another file for -o")


def convert_article(path: str | Path, *, published: date | None = None,
                    lexicon_files: tuple[str, ...] = (), validate: bool = True) -> Converted:
    """Convert one article file into a validated graph.

    Raises InputError for an unusable file and NotConformant (with the report)
    when the graph breaks the shapes.
    """
    return convert_read_article(read_article(path, published), lexicon_files=lexicon_files, validate=validate)


def convert_read_article(article: Article, *, lexicon_files: tuple[str, ...] = (),
                         validate: bool = True) -> Converted:
    """Convert an article already read (`kg.read`) into a validated graph.

    Raises InputError for an article the stages cannot use and NotConformant
    (with the report, named by ``article.source``) when the graph breaks the shapes.
    """
    facts = extract_facts(article, load_lexicon(lexicon_files))
    graph = build_graph(facts)
    if validate:
        report = validate_graph(graph)
        if not report.conforms:
            raise NotConformant(article.source, report.render())
    return Converted(facts, graph)
