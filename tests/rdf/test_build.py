"""Tests of kg.rdf.build (Facts → RDF) and kg.rdf.mint (the IRIs it uses)."""
from __future__ import annotations

import dataclasses
import re
import time
from datetime import date
from decimal import Decimal

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf import mint
from kg.rdf.build import EVENT_TYPES, build_graph
from kg.errors import InputError
from kg.facts import Amount, Article, Entity, Event, Facts, Sentence
from kg.rdf.namespace import ID, NKG, PROV, SCHEMA

XSD = "http://www.w3.org/2001/XMLSchema#"
AID = "sample-2020-09-21"
ARTICLE = ID[f"article/{AID}"]


def event(n: int) -> URIRef:
    return ID[f"article/{AID}/event/{n}"]


def typed(value: str, datatype: str) -> Literal:
    return Literal(value, datatype=URIRef(XSD + datatype))


# ---------------------------------------------------------------- the graph


def test_build_article_and_provenance(sample_facts):
    g = build_graph(sample_facts)
    assert g.identifier == ARTICLE
    assert (ARTICLE, RDF.type, NKG.Article) in g
    assert (ARTICLE, SCHEMA.headline, Literal("Russia lends Belarus $1.5 billion")) in g
    assert (ARTICLE, SCHEMA.datePublished, typed("2020-09-21", "date")) in g
    assert (ARTICLE, NKG.sourceFile, Literal("sample-2020-09-21.txt")) in g  # its name: no directory
    assert (ARTICLE, NKG.dateline, Literal("MINSK, Belarus")) in g
    # the space of the URL is percent-encoded, so strict parsers accept it
    assert (ARTICLE, SCHEMA.url, URIRef("https://example.org/news/sample%202020-09-21")) in g
    extraction = ID[f"article/{AID}/extraction"]
    software = ID["software/news-kg/0.1.0"]
    assert set(g.predicate_objects(extraction)) == {
        (RDF.type, PROV.Activity), (PROV.used, ARTICLE), (PROV.wasAssociatedWith, software)}
    assert set(g.predicate_objects(software)) == {
        (RDF.type, PROV.SoftwareAgent), (RDFS.label, Literal("news-kg")),
        (SCHEMA.softwareVersion, Literal("0.1.0"))}


def test_build_entity_of_every_type(sample_facts):
    g = build_graph(sample_facts)
    expected = {
        ID["person/alexander-lukashenko"]: NKG.Person,
        ID["country/ru"]: NKG.Country,
        ID["city/minsk"]: NKG.City,
        ID["place/independence-square"]: NKG.Place,
        ID["organization/viasna"]: NKG.Organization,
        ID[f"article/{AID}/group/riot-police"]: NKG.Group,
    }
    for node, cls in expected.items():
        assert list(g.objects(node, RDF.type)) == [cls]
        assert (node, NKG.mentionedIn, ARTICLE) in g
    lukashenko = ID["person/alexander-lukashenko"]
    assert list(g.objects(lukashenko, RDFS.label)) == [Literal("Alexander Lukashenko")]
    assert set(g.objects(lukashenko, NKG.alias)) == {
        Literal("Lukashenko"), Literal("President Alexander Lukashenko")}


def test_build_roles(sample_facts):
    g = build_graph(sample_facts)
    roles = set(g.subjects(RDF.type, NKG.Role))
    assert len(roles) == 3
    siluanov = next(r for r in roles if (r, NKG.roleTitle, Literal("Finance Minister")) in g)
    assert (siluanov, NKG.holder, ID["person/anton-siluanov"]) in g
    assert (siluanov, NKG.roleOf, ID["country/ru"]) in g
    assert (siluanov, NKG.mentionedIn, ARTICLE) in g
    leader = next(r for r in roles if (r, NKG.roleTitle, Literal("veteran leader")) in g)
    assert (leader, NKG.roleOf, None) not in g


def test_build_loan_with_amount_and_qualifier(sample_facts):
    g = build_graph(sample_facts)
    loan = event(1)
    assert {NKG.Event, NKG.Loan} == set(g.objects(loan, RDF.type))
    assert (loan, NKG.agent, ID["country/ru"]) in g
    assert (loan, NKG.target, ID["country/by"]) in g
    assert (loan, NKG.source, ID["person/anton-siluanov"]) in g
    assert (loan, NKG.date, None) not in g
    amount = URIRef(f"{loan}/amount")
    assert (loan, NKG.amount, amount) in g
    assert set(g.predicate_objects(amount)) == {
        (RDF.type, NKG.MonetaryAmount),
        (NKG.value, typed("1500000000.0", "decimal")),  # Decimal("1.5E+9") in the Facts
        (NKG.currency, Literal("USD")),
        (NKG.qualifier, Literal("about")),
    }


def test_build_arrest_with_count_and_source(sample_facts):
    g = build_graph(sample_facts)
    arrest = event(2)
    count = URIRef(f"{arrest}/count")
    assert (arrest, NKG.count, count) in g
    assert set(g.predicate_objects(count)) == {
        (RDF.type, NKG.PeopleCount), (NKG.value, typed("250", "integer")),
        (NKG.qualifier, Literal("at least"))}
    assert (arrest, NKG.source, ID["organization/viasna"]) in g
    assert (arrest, NKG.place, ID["city/minsk"]) in g
    assert (arrest, NKG.status, NKG.occurred) in g
    assert (arrest, NKG.trigger, Literal("detained")) in g
    assert (arrest, NKG.reportedIn, ARTICLE) in g
    assert (arrest, PROV.wasGeneratedBy, ID[f"article/{AID}/extraction"]) in g
    # the second source's figure is a second claim, not merged into the first
    assert (URIRef(f"{event(3)}/count"), NKG.value, typed("442", "integer")) in g


@pytest.mark.parametrize("n, lexical, datatype", [
    (0, "2020-09-20", "date"), (4, "2020-08", "gYearMonth"), (5, "2020", "gYear")])
def test_build_dates_at_their_precision(sample_facts, n, lexical, datatype):
    g = build_graph(sample_facts)
    assert list(g.objects(event(n), NKG.date)) == [typed(lexical, datatype)]


def test_build_status_individuals(sample_facts):
    g = build_graph(sample_facts)
    assert (event(4), NKG.status, NKG.planned) in g
    assert set(g.subjects(RDF.type, NKG.EventStatus)) == {NKG.planned, NKG.occurred}


def test_build_only_cited_sentences(sample_facts):
    g = build_graph(sample_facts)
    sentences = set(g.subjects(RDF.type, NKG.Sentence))
    assert sentences == {ID[f"article/{AID}/sentence/{n}"] for n in range(6)}
    first = ID[f"article/{AID}/sentence/0"]
    text = sample_facts.article.text
    begin = int(g.value(first, NKG.beginIndex))
    end = int(g.value(first, NKG.endIndex))
    assert text[begin:end] == str(g.value(first, NKG.text))
    assert g.value(first, NKG.beginIndex).datatype == URIRef(XSD + "nonNegativeInteger")
    assert (event(0), NKG.evidence, first) in g


def test_build_is_deterministic(sample_facts):
    first, second = build_graph(sample_facts), build_graph(sample_facts)
    assert set(first) == set(second)
    assert isomorphic(first, second)
    assert first.serialize(format="turtle") == second.serialize(format="turtle")


def test_build_has_no_blank_nodes(sample_facts):
    g = build_graph(sample_facts)
    assert not any(isinstance(term, BNode) for triple in g for term in triple)


def test_build_iris_are_valid_for_pyoxigraph(sample_facts):
    for triple in build_graph(sample_facts):
        for term in triple:
            if isinstance(term, URIRef):
                pyoxigraph.NamedNode(str(term))  # raises ValueError on a bad IRI


def test_build_binds_prefixes(sample_facts):
    prefixes = dict(build_graph(sample_facts).namespaces())
    for prefix in ("nkg", "schema", "prov", "sem", "nif", "skos", "xsd"):
        assert prefix in prefixes
    assert "@prefix nkg: <https://w3id.org/news-kg/ns#>" in build_graph(sample_facts).serialize(format="turtle")


def test_build_is_fast(sample_facts):
    # about 300 triples: three copies of the sample's events
    facts = dataclasses.replace(sample_facts, events=sample_facts.events * 3)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        graph = build_graph(facts)
        graph.serialize(format="nt")
        timings.append(time.perf_counter() - start)
    assert len(graph) > 250
    assert min(timings) < 0.05


@pytest.mark.parametrize("change, message", [
    (lambda f: dataclasses.replace(f, events=(Event("Picnic", 0, "ate"),)), "event type 'Picnic'"),
    (lambda f: dataclasses.replace(f, events=(Event("Loan", 0, "lent", status="maybe"),)), "status 'maybe'"),
    (lambda f: dataclasses.replace(f, events=(Event("Loan", 99, "lent"),)), "sentence 99"),
    (lambda f: dataclasses.replace(f, events=(Event("Loan", 0, "lent", date="2020-13"),)), "2020-13"),
    (lambda f: dataclasses.replace(f, events=(Event("Loan", 0, "lent", date="2020-02-30"),)), "2020-02-30"),
    (lambda f: dataclasses.replace(f, entities=(Entity("person/x", "X", "Alien"),)), "type 'Alien'"),
    (lambda f: dataclasses.replace(f, entities=(Entity("planet/x", "X", "Place"),)), "planet/x"),
])
def test_build_rejects_facts_that_break_the_contract(sample_facts, change, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        build_graph(change(sample_facts))


def test_build_every_event_type(sample_facts):
    events = tuple(Event(name, 0, "x") for name in EVENT_TYPES)
    g = build_graph(dataclasses.replace(sample_facts, events=events))
    for n, name in enumerate(EVENT_TYPES):
        assert (event(n), RDF.type, NKG[name]) in g


def test_build_bad_url_is_an_input_error(sample_facts):
    article = dataclasses.replace(sample_facts.article, url="not a url")
    with pytest.raises(InputError, match="tests/sample-2020-09-21.txt: the article URL"):
        build_graph(dataclasses.replace(sample_facts, article=article))


# ---------------------------------------------------------------- mint


def test_mint_entity_iris_follow_the_vocabulary():
    assert str(mint.entity_iri("country/BY", "a")) == "https://w3id.org/news-kg/id/country/by"
    assert mint.entity_iri("country/BY", "a") == mint.entity_iri("country/by", "b")
    assert str(mint.entity_iri("person/vladimir-putin", "a")).endswith("/id/person/vladimir-putin")
    assert str(mint.entity_iri("organization/gazprom", "a")).endswith("/id/organization/gazprom")
    assert str(mint.entity_iri("city/minsk", "a")).endswith("/id/city/minsk")
    assert str(mint.entity_iri("place/gaza-strip", "a")).endswith("/id/place/gaza-strip")
    assert str(mint.entity_iri("group/riot-police", "b-1")).endswith("/id/article/b-1/group/riot-police")
    # groups are scoped to their article, everything else is shared
    assert mint.entity_iri("group/police", "a") != mint.entity_iri("group/police", "b")
    assert mint.entity_iri("city/minsk", "a") == mint.entity_iri("city/minsk", "b")


def test_mint_role_event_and_sentence_iris():
    role = mint.role_iri("person/anton-siluanov", "Finance Minister", "country/RU", "a")
    assert re.fullmatch(r".*/id/role/anton-siluanov/finance-minister--[0-9a-f]{8}/country/ru", str(role))
    assert mint.role_iri("person/x", "President", None, "a") != mint.role_iri("person/x", "president", None, "a")
    assert str(mint.event_iri("a", 3)).endswith("/id/article/a/event/3")
    assert str(mint.sentence_iri("a", 3)).endswith("/id/article/a/sentence/3")
    assert str(mint.amount_iri(mint.event_iri("a", 3))).endswith("/event/3/amount")
    with pytest.raises(ValueError):
        mint.role_iri("group/police", "chief", None, "a")


@given(st.text(), st.text())
def test_mint_distinct_keys_give_distinct_iris(a, b):
    for kind in ("person", "organization", "city", "place", "group"):
        iri_a = mint.entity_iri(f"{kind}/{a}", "art")
        iri_b = mint.entity_iri(f"{kind}/{b}", "art")
        pyoxigraph.NamedNode(str(iri_a))
        assert (iri_a == iri_b) == (a == b)
        assert iri_a == mint.entity_iri(f"{kind}/{a}", "art")


def test_mint_slug_collisions_are_disambiguated():
    keys = ["person/Anna Smith", "person/anna smith", "person/anna-smith", "person/Anna  Smith", "person/Ánna Smith"]
    assert len({mint.entity_iri(k, "a") for k in keys}) == len(keys)
    assert str(mint.entity_iri("person/anna-smith", "a")).endswith("/person/anna-smith")


@given(st.text(), st.text(min_size=1))
def test_mint_any_article_id_and_title_give_valid_iris(article_id, title):
    for iri in (mint.article_iri(article_id), mint.event_iri(article_id, 7),
                mint.entity_iri("group/x", article_id), mint.extraction_iri(article_id),
                mint.role_iri("person/p", title, "group/g", article_id),
                mint.software_iri("news-kg", title)):
        pyoxigraph.NamedNode(str(iri))


# ---------------------------------------------------------------- round trips


def _facts_with_labels(label: str, alias: str, headline: str, amount: Decimal = Decimal(1)) -> Facts:
    text = f"{headline}\n\nBody."
    article = Article(id="gen", headline=headline, published=date(2021, 3, 2), text=text,
                      paragraphs=(), source="gen.txt")
    sentence = Sentence(0, len(text) - 5, len(text), "Body.", 0)
    return Facts(
        article=article,
        sentences=(sentence,),
        entities=(Entity(f"person/{label}", label, "Person", (alias,)),
                  Entity(f"group/{alias}", alias, "Group")),
        events=(Event("Statement", 0, alias, agents=(f"person/{label}",), targets=(f"group/{alias}",)),
                Event("Payment", 0, label, amount=Amount(amount, "EUR"))),
    )


@settings(max_examples=60, deadline=None)
@given(st.text(), st.text(), st.text(), st.decimals(allow_nan=False, allow_infinity=False))
def test_build_turtle_round_trip_keeps_labels(label, alias, headline, amount):
    graph = build_graph(_facts_with_labels(label, alias, headline, amount))
    parsed = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(graph, parsed)
    person = mint.entity_iri(f"person/{label}", "gen")
    assert (person, RDFS.label, Literal(label)) in parsed
    assert (person, NKG.alias, Literal(alias)) in parsed
    assert (mint.article_iri("gen"), SCHEMA.headline, Literal(headline)) in parsed
    value = parsed.value(mint.amount_iri(mint.event_iri("gen", 1)), NKG.value)
    assert Decimal(str(value)) == amount
