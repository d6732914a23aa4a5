"""The whole path for the `convert` command: read -> extract -> build ->
validate -> write, article by article.

A failed article is reported and skipped; the others are converted and the
run ends with the list of failures, so nothing that could be converted is lost.
What cannot work at all (a bad format, an output path that cannot be
written, a bad user lexicon) fails before any article is read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.rdf.build import build_graph
from kg.errors import InputError, KgError, NotConformant, UsageError
from kg.extract.extractor import extract_facts
from kg.facts import Facts
from kg.extract.lexicon import load_lexicon
from kg.rdf.mint import article_iri
from kg.read.text import read_article
from kg.validate.shacl import validate_graph
from kg.rdf.write import EXTENSIONS, QUAD_FORMATS, resolve_format, write_graph

ARTICLE_SUFFIXES = (".txt",)
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


@dataclass
class BatchResult:
    """What a `convert` run did: the articles converted and the failures.

    `fmt` is the format written (one of `kg.rdf.write.FORMATS`); nothing was
    written when `converted` is empty.
    """

    fmt: str = "turtle"
    converted: list[Converted] = field(default_factory=list)
    failures: list[KgError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def attempted(self) -> int:
        """How many inputs were tried: the articles converted plus the failures."""
        return len(self.converted) + len(self.failures)


def expand_inputs(inputs: list[str]) -> list[Path | InputError]:
    """The article files `inputs` name, in order, with an `InputError` for each input that names none.

    A file is taken as given; a directory gives its article files, sorted. A
    missing path or a directory without article files becomes an
    `InputError` in its place, so the other inputs still get converted. A
    file named twice (directly and through its directory) is taken once.
    """
    expanded: list[Path | InputError] = []
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                expanded.append(InputError(item, "directory has no article files",
                                           f"expected files ending in {', '.join(ARTICLE_SUFFIXES)}"))
                continue
        elif path.exists():
            found = [path]
        else:
            expanded.append(InputError(item, "no such file",
                                       "check the path; give article files (.txt) or directories of them"))
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                expanded.append(file)
    return expanded


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


def check_output(output: str | None, inputs: list[Path]) -> None:
    """Fail early for an output file that could not be written or would overwrite an input.

    Raises InputError for a missing parent directory or a directory given
    as the file, and UsageError for an output that is one of the inputs.
    """
    if output in _STDOUT:
        return
    target = Path(output)
    if target.is_dir():
        raise InputError(output, "is a directory", "give a file name for -o, e.g. out.ttl")
    parent = target.parent
    if not parent.is_dir():
        raise InputError(output, f"directory {str(parent)!r} does not exist", "create it first")
    resolved = target.resolve()
    if any(path.resolve() == resolved for path in inputs):
        raise UsageError(output, "is also an input article", "give another file for -o")


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
                  validate: bool = True, write: bool = True) -> BatchResult:
    """Convert every article of `inputs` and write the good ones to `output`.

    One article goes out as one graph; several go out as one dataset with a
    named graph per article (its IRI) in TriG/N-Quads, or as their union
    otherwise. Nothing is written when no article converts; a file is
    replaced atomically, so a failed run leaves an old one as it was.

    Raises (before reading any article) UsageError for a bad format or an
    output that is an input, and InputError for an output that cannot be
    written or a bad user lexicon. Each article that fails is an entry of
    `BatchResult.failures`, in input order. With `write` False nothing is
    written (``kg convert --load`` without ``-o`` only loads).
    """
    result = BatchResult(fmt=output_format(output, fmt))
    expanded = expand_inputs(inputs)
    check_output(output, [item for item in expanded if isinstance(item, Path)])
    load_lexicon(lexicon_files)  # a bad user lexicon fails the run before any article
    sources: dict[URIRef, Path] = {}
    for path in expanded:
        if isinstance(path, InputError):
            result.failures.append(path)
            continue
        try:
            converted = convert_article(path, published=published, lexicon_files=lexicon_files,
                                        validate=validate)
        except KgError as err:
            result.failures.append(err)
            continue
        if converted.iri in sources:
            result.failures.append(InputError(
                str(path), f"has the same article IRI as {sources[converted.iri]} ({converted.iri})",
                "rename one of them: the IRI comes from the file name"))
            continue
        sources[converted.iri] = path
        result.converted.append(converted)
    if result.converted and write:
        _write(result.converted, output, result.fmt)
    return result


def _write(converted: list[Converted], output: str | None, fmt: str) -> None:
    if len(converted) == 1:
        only = converted[0]
        write_graph(only.graph, output, fmt, graph_name=only.iri)
        return
    if fmt in QUAD_FORMATS:
        dataset = Dataset()
        for item in converted:
            named = dataset.graph(item.iri)
            for prefix, namespace in item.graph.namespaces():
                dataset.bind(prefix, namespace)
            for triple in item.graph:
                named.add(triple)
        write_graph(dataset, output, fmt)
        return
    union = Graph(bind_namespaces="none")
    for prefix, namespace in converted[0].graph.namespaces():
        union.bind(prefix, namespace)
    for item in converted:
        union += item.graph
    write_graph(union, output, fmt)
