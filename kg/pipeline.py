"""The whole path for the `convert` command: read -> extract -> build ->
validate -> write, article by article.

A failed article is reported and skipped; the others are converted and the
run ends with the list of failures, so nothing that could be converted is lost.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Dataset, Graph

from kg.build import build_graph
from kg.errors import InputError, KgError, NotConformant
from kg.extract import extract_facts
from kg.facts import Facts
from kg.lexicon import load_lexicon
from kg.mint import article_iri
from kg.read import read_article
from kg.validate import validate_graph
from kg.write import QUAD_FORMATS, resolve_format, write_graph

ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Converted:
    """One article's facts and graph."""

    facts: Facts
    graph: Graph


@dataclass
class BatchResult:
    """What a `convert` run did: the articles converted and the failures."""

    converted: list[Converted] = field(default_factory=list)
    failures: list[KgError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given; directories as their article files, sorted.

    Raises InputError for a directory with no article files in it.
    """
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                raise InputError(item, "directory has no article files",
                                 f"expected files ending in {', '.join(ARTICLE_SUFFIXES)}")
            paths += found
        else:
            paths.append(path)
    return paths


def convert_article(path: str | Path, *, published: date | None = None,
                    lexicon_files: tuple[str, ...] = (), validate: bool = True) -> Converted:
    """Convert one article file into a validated graph.

    Raises InputError for an unusable file and NotConformant (with the report)
    when the graph breaks the shapes.
    """
    article = read_article(path, published)
    facts = extract_facts(article, load_lexicon(lexicon_files))
    graph = build_graph(facts)
    if validate:
        report = validate_graph(graph)
        if not report.conforms:
            raise NotConformant(str(path), report.render())
    return Converted(facts, graph)


def convert_files(inputs: list[str], output: str | None, fmt: str | None = None, *,
                  published: date | None = None, lexicon_files: tuple[str, ...] = (),
                  validate: bool = True) -> BatchResult:
    """Convert every article of `inputs` and write the good ones to `output`.

    One article goes out as one graph; several go out as one dataset with a
    named graph per article in TriG/N-Quads, or as their union otherwise.
    """
    fmt = resolve_format(output, fmt)
    load_lexicon(lexicon_files)  # a bad user lexicon fails the run before any article
    result = BatchResult()
    for path in expand_inputs(inputs):
        try:
            result.converted.append(convert_article(path, published=published,
                                                    lexicon_files=lexicon_files, validate=validate))
        except KgError as err:
            result.failures.append(err)
    if result.converted:
        _write(result.converted, output, fmt)
    return result


def _write(converted: list[Converted], output: str | None, fmt: str) -> None:
    if len(converted) == 1:
        only = converted[0]
        write_graph(only.graph, output, fmt, graph_name=article_iri(only.facts.article.id))
        return
    if fmt in QUAD_FORMATS:
        dataset = Dataset()
        for item in converted:
            named = dataset.graph(article_iri(item.facts.article.id))
            for prefix, namespace in item.graph.namespaces():
                dataset.bind(prefix, namespace)
            for triple in item.graph:
                named.add(triple)
        write_graph(dataset, output, fmt)
        return
    union = Graph()
    for prefix, namespace in converted[0].graph.namespaces():
        union.bind(prefix, namespace)
    for item in converted:
        union += item.graph
    write_graph(union, output, fmt)
