"""Shared pytest fixtures."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from kg.facts import Amount, Article, Count, Entity, Event, Facts, Paragraph, Role, Sentence
from kg.resources import ontology_text

SAMPLE_SENTENCES = (
    "More than 100,000 protesters marched through Minsk to Independence Square on Sept. 20 "
    "against President Alexander Lukashenko.",
    "Russia agreed to give Belarus a loan of about $1.5 billion, Finance Minister Anton Siluanov said.",
    "Riot police detained at least 250 protesters, the human rights group Viasna said.",
    "The Ministry of Internal Affairs said 442 protesters were detained.",
    "In August the European Union vowed to impose sanctions on Belarus.",
    "Lukashenko said in 2020 that he would not step down.",
    "It rained.",
)


def _sample_facts() -> Facts:
    """One small article whose facts use every slot of the vocabulary.

    Sentence 6 is cited by no event, so it must not appear in the graph.
    """
    headline = "Russia lends Belarus $1.5 billion"
    body = " ".join(SAMPLE_SENTENCES)
    text = f"{headline}\nSeptember 21, 2020\n\nMINSK, Belarus — {body}\n"
    sentences = []
    for index, sentence in enumerate(SAMPLE_SENTENCES):
        start = text.index(sentence)
        sentences.append(Sentence(index, start, start + len(sentence), sentence, paragraph=1))
    body_start = text.index("MINSK")
    article = Article(
        id="sample-2020-09-21",
        headline=headline,
        published=date(2020, 9, 21),
        text=text,
        paragraphs=(Paragraph(0, len(headline), is_heading=True), Paragraph(body_start, len(text) - 1)),
        source="tests/sample-2020-09-21.txt",
        dateline="MINSK, Belarus",
        url="https://example.org/news/sample 2020-09-21",
    )
    entities = (
        Entity("person/alexander-lukashenko", "Alexander Lukashenko", "Person",
               ("President Alexander Lukashenko", "Lukashenko")),
        Entity("person/anton-siluanov", "Anton Siluanov", "Person", ("Finance Minister Anton Siluanov",)),
        Entity("country/RU", "Russia", "Country"),
        Entity("country/BY", "Belarus", "Country", ("the government",)),
        Entity("city/minsk", "Minsk", "City"),
        Entity("place/independence-square", "Independence Square", "Place"),
        Entity("organization/viasna", "Viasna", "Organization", ("the human rights group Viasna",)),
        Entity("organization/ministry-of-internal-affairs", "Ministry of Internal Affairs", "Organization"),
        Entity("organization/european-union", "European Union", "Organization", ("EU",)),
        Entity("group/protesters", "protesters", "Group"),
        Entity("group/riot-police", "riot police", "Group", ("Riot police",)),
    )
    roles = (
        Role("person/anton-siluanov", "Finance Minister", "country/RU"),
        Role("person/alexander-lukashenko", "President", "country/BY"),
        Role("person/alexander-lukashenko", "veteran leader"),
    )
    events = (
        Event("Protest", 0, "marched", agents=("group/protesters",),
              targets=("person/alexander-lukashenko",),
              places=("city/minsk", "place/independence-square"), date="2020-09-20",
              count=Count(100000, "more than")),
        Event("Loan", 1, "loan", agents=("country/RU",), targets=("country/BY",),
              sources=("person/anton-siluanov",),
              amount=Amount(Decimal("1.5E+9"), "USD", "about")),
        Event("Arrest", 2, "detained", agents=("group/riot-police",), targets=("group/protesters",),
              places=("city/minsk",), sources=("organization/viasna",), date="2020-09-20",
              count=Count(250, "at least")),
        Event("Arrest", 3, "detained", targets=("group/protesters",), places=("city/minsk",),
              sources=("organization/ministry-of-internal-affairs",), date="2020-09-20",
              count=Count(442)),
        Event("Sanction", 4, "sanctions", status="planned", agents=("organization/european-union",),
              targets=("country/BY",), date="2020-08"),
        Event("Statement", 5, "said", agents=("person/alexander-lukashenko",), date="2020"),
    )
    return Facts(article=article, sentences=tuple(sentences), entities=entities, roles=roles,
                 events=events, extractor="news-kg", extractor_version="0.1.0")


@pytest.fixture
def sample_facts() -> Facts:
    """Hand-made `Facts` covering every slot: see `_sample_facts`."""
    return _sample_facts()


# ---- the ontology, the shapes and their contract, docs/vocabulary.md

VOCABULARY = Path(__file__).parent.parent / "docs" / "vocabulary.md"


@pytest.fixture(scope="session")
def ontology_graph() -> Graph:
    """``ontology/news.ttl``, parsed."""
    return Graph().parse(data=ontology_text("news"), format="turtle")


@pytest.fixture(scope="session")
def shapes_graph() -> Graph:
    """``ontology/shapes.ttl``, parsed."""
    return Graph().parse(data=ontology_text("shapes"), format="turtle")


def _table_rows(heading: str) -> list[list[str]]:
    """The body rows of the first Markdown table under `heading`, as cells."""
    section = VOCABULARY.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row] for row in rows[2:]]


@pytest.fixture(scope="session")
def vocabulary_classes() -> list[str]:
    """The class each row of the vocabulary's resource table types its nodes with, as a CURIE."""
    return [re.search(r"`(\w+:\w+)`", row[2]).group(1) for row in _table_rows("## Resources")]


@pytest.fixture(scope="session")
def vocabulary_event_types() -> dict[str, str | None]:
    """Event class name -> CAMEO code (None where the table says none)."""
    return {name: None if code.startswith("(") else code for name, code in _table_rows("## Event types")}


DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: the project's own copies of articles, gold files and goldens."""
    return DATA_DIR


@pytest.fixture(scope="session")
def example_article():
    """The example article the product was specified with, as read."""
    from kg.read import read_article

    return read_article(DATA_DIR / "articles" / "belarus-2020-09-21.txt")


# ---- the convert pipeline and the CLI (tests/test_pipeline.py, tests/test_cli.py)

EXAMPLE_ARTICLE = DATA_DIR / "articles" / "belarus-2020-09-21.txt"
SECOND_ARTICLE = DATA_DIR / "articles" / "voa-6202743.txt"
TINY_ARTICLE = ("Protesters march in Lagos\nMarch 2, 2021\n\n"
                "LAGOS, Nigeria — Thousands of protesters marched through Lagos on Monday, police said.\n")


@pytest.fixture(scope="session")
def converted_articles():
    """`kg.pipeline.convert_article` of the example and a second article, by file stem (validated)."""
    from kg.pipeline import convert_article

    return {path.stem: convert_article(path) for path in (EXAMPLE_ARTICLE, SECOND_ARTICLE)}


@pytest.fixture
def tiny_articles(tmp_path):
    """A function writing a short valid article as ``tmp_path/<name>.txt`` and returning its path."""

    def write(name: str = "tiny", text: str = TINY_ARTICLE) -> Path:
        path = tmp_path / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


BROKEN_EVENT = "/event/99"
"""The IRI suffix (after the article IRI) of the empty event `broken_graphs` adds."""


@pytest.fixture
def broken_graphs(monkeypatch):
    """A function making `kg.pipeline` build graphs that break the shapes.

    ``broken_graphs("a", "b")`` breaks the graphs of articles ``a`` and ``b``,
    ``broken_graphs()`` every graph, by adding an empty nkg:Event at
    ``<article IRI>/event/99``; it returns that suffix, `BROKEN_EVENT`.
    """
    from rdflib import RDF, URIRef

    import kg.pipeline
    from kg.namespace import NKG

    build = kg.pipeline.build_graph

    def install(*article_ids: str) -> str:
        def broken(facts):
            graph = build(facts)
            if not article_ids or facts.article.id in article_ids:
                graph.add((URIRef(f"{graph.identifier}{BROKEN_EVENT}"), RDF.type, NKG.Event))
            return graph

        monkeypatch.setattr(kg.pipeline, "build_graph", broken)
        return BROKEN_EVENT

    return install


# ---- golden files (tests/test_golden.py)

def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens", action="store_true", default=False,
        help="rewrite tests/data/expected/*.ttl from the current output instead of comparing "
             "(`make goldens`; read the diff before committing; CI never passes it)",
    )


@pytest.fixture(scope="session")
def update_goldens(request) -> bool:
    """Whether this run rewrites the golden files instead of comparing with them."""
    return bool(request.config.getoption("--update-goldens"))
