"""The namespaces of the graphs news-kg writes, as rdflib terms.

`NKG` mirrors every term of ``ontology/news.ttl`` (a test keeps the two equal);
`SCHEMA`, `SEM` and `NIF` list the outside terms the graphs use. All of them
have ``_fail = True``, so a misspelt term raises ``AttributeError`` instead of
minting a wrong IRI:

>>> NKG.Loan
rdflib.term.URIRef('https://w3id.org/news-kg/ns#Loan')
>>> NKG.Loon
Traceback (most recent call last):
...
AttributeError: term 'Loon' not in namespace 'https://w3id.org/news-kg/ns#'

This is the only module that spells the namespace IRIs.
"""
from __future__ import annotations

from rdflib import URIRef
# The module, not the class, is imported: pytest's doctest collection probes
# every module attribute, and the bare DefinedNamespace base warns on that.
from rdflib import namespace as rdflib_namespace
from rdflib.namespace import OWL, PROV, SKOS, Namespace

__all__ = ["GEONAMES", "ID", "NIF", "NKG", "NKG_ONTOLOGY", "OWL", "PROV", "SCHEMA", "SEM", "SKOS"]

NKG_ONTOLOGY = URIRef("https://w3id.org/news-kg/ns")
"""The IRI of the ontology document (`NKG` terms are this plus ``#``)."""

ID = Namespace("https://w3id.org/news-kg/id/")
"""Where the graph's resources live: articles, entities, events."""

GEONAMES = Namespace("https://sws.geonames.org/")
"""GeoNames features: a place with id 625144 is ``https://sws.geonames.org/625144/`` (the final slash is
part of the feature's IRI; without it is the page about it)."""


class NKG(rdflib_namespace.DefinedNamespace):
    """The news-kg ontology, ``ontology/news.ttl``."""

    _fail = True

    # owl:Class
    Accusation: URIRef
    Actor: URIRef
    Arrest: URIRef
    Article: URIRef
    Assault: URIRef
    City: URIRef
    Country: URIRef
    Criticism: URIRef
    DataLeak: URIRef
    Denial: URIRef
    Election: URIRef
    Entity: URIRef
    Event: URIRef
    EventStatus: URIRef
    ForceDisplay: URIRef
    Group: URIRef
    Happening: URIRef
    LanguageModel: URIRef
    Loan: URIRef
    Meeting: URIRef
    MonetaryAmount: URIRef
    Organization: URIRef
    Payment: URIRef
    PeopleCount: URIRef
    Person: URIRef
    Place: URIRef
    Protest: URIRef
    Release: URIRef
    Restriction: URIRef
    Role: URIRef
    Sanction: URIRef
    Sentence: URIRef
    Statement: URIRef
    Threat: URIRef

    # owl:ObjectProperty
    agent: URIRef
    aliasPlace: URIRef
    amount: URIRef
    count: URIRef
    evidence: URIRef
    holder: URIRef
    inArticle: URIRef
    mentionedIn: URIRef
    parsedWith: URIRef
    participant: URIRef
    place: URIRef
    report: URIRef
    reportedIn: URIRef
    roleOf: URIRef
    source: URIRef
    status: URIRef
    target: URIRef

    # owl:DatatypeProperty
    agentCodes: URIRef
    agentLabels: URIRef
    articleCount: URIRef
    beginIndex: URIRef
    cameoActorCode: URIRef
    countryCode: URIRef
    currency: URIRef
    date: URIRef
    dateFrom: URIRef
    dateTo: URIRef
    dateline: URIRef
    endIndex: URIRef
    placeFeatures: URIRef
    placeLabels: URIRef
    qualifier: URIRef
    readingOrder: URIRef
    roleTitle: URIRef
    sha256: URIRef
    sourceCount: URIRef
    sourceFile: URIRef
    sourceLabels: URIRef
    speakerLabel: URIRef
    targetCodes: URIRef
    targetLabels: URIRef
    text: URIRef
    trigger: URIRef
    value: URIRef

    # owl:AnnotationProperty
    alias: URIRef
    cameoCode: URIRef

    # nkg:EventStatus individuals
    denied: URIRef
    occurred: URIRef
    ongoing: URIRef
    planned: URIRef
    threatened: URIRef

    _NS = Namespace("https://w3id.org/news-kg/ns#")


class SCHEMA(rdflib_namespace.DefinedNamespace):
    """The schema.org terms news-kg uses."""

    _fail = True

    City: URIRef
    Country: URIRef
    Event: URIRef
    MonetaryAmount: URIRef
    NewsArticle: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    datePublished: URIRef
    headline: URIRef
    softwareVersion: URIRef
    url: URIRef

    _NS = Namespace("https://schema.org/")


class SEM(rdflib_namespace.DefinedNamespace):
    """The Simple Event Model terms news-kg uses."""

    _fail = True

    Event: URIRef

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


class NIF(rdflib_namespace.DefinedNamespace):
    """The NIF Core terms news-kg uses."""

    _fail = True

    Sentence: URIRef

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
