"""Turn one article's `Facts` into an RDF graph shaped as ``docs/vocabulary.md`` says.

Input: `kg.facts.Facts`. Output: an `rdflib.Graph` whose identifier is the
article's IRI (so `kg.rdf.write` can put it into a named graph of that name).
This and `kg.rdf.mint` are the only modules that make RDF terms.

Decisions beyond the vocabulary table:

- Labels, aliases, titles, texts and triggers are plain ``xsd:string``
  literals, without a language tag: the article's language is not known for
  certain, and plain strings compare simply in SPARQL.
- Only the sentences that some event cites as evidence are written, which
  keeps the graph small; their offsets still point into the article file.
- A status individual used by an event is typed ``nkg:EventStatus`` in the
  article graph too, so the graph validates without the ontology.
- ``nkg:sourceFile`` is the name of the file the article was read from, never
  its path (`source_name`): the same file gives the same graph wherever it lies
  and however it was named on the command line, and no local directory leaks
  into shared data.
- Amount values are written as canonical XSD 1.0 ``xsd:decimal`` lexical forms
  in plain notation (``1500000000.0``, never ``1.5E+9``), which survive a
  Turtle round trip through rdflib; queries print them as ``1500000000``.

The same `Facts` always give the same triples: no blank nodes, no clock.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory
# The module, not XSD itself: pytest's doctest collection probes module globals,
# and XSD (an open DefinedNamespace) warns on unknown attributes.
from rdflib import namespace as rdflib_namespace

from kg.rdf import mint
from kg.rdf.links import Links, entity_links
from kg.rdf.listing import add_listing_values
from kg.errors import InputError
from kg.facts import ENTITY_TYPES, EVENT_STATUSES, Amount, Count, Event, Facts
from kg.rdf.namespace import GEONAMES, NIF, NKG, OWL, PROV, SCHEMA, SEM, SKOS

_DIRECTORIES = re.compile(r".*[\\/]")


def source_name(where: str) -> str:
    r"""What ``nkg:sourceFile`` records of where an article came from: the file's name, no directory.

    `where` is `kg.facts.Article.source`, as messages name the input: a path as typed,
    ``path:line`` for a JSON Lines record, ``<stdin>`` or ``<text>``.

    >>> source_name("/home/ana/news/belarus.txt"), source_name("news\\voa.html"), source_name("feeds/c.jsonl:3")
    ('belarus.txt', 'voa.html', 'c.jsonl:3')
    >>> source_name("<stdin>")
    '<stdin>'
    """
    return _DIRECTORIES.sub("", where) or where


EVENT_TYPES = (
    "Statement", "Denial", "Criticism", "Accusation", "Threat", "Meeting", "Loan", "Payment",
    "Sanction", "Protest", "ForceDisplay", "Restriction", "Arrest", "Release", "Assault",
    "DataLeak", "Election",
)
"""The event classes of the vocabulary (each ⊑ ``nkg:Event``)."""

_XSD_NS = str(rdflib_namespace.XSD)
_XSD_DATE = rdflib_namespace.XSD.date
_XSD_GYEARMONTH = rdflib_namespace.XSD.gYearMonth
_XSD_GYEAR = rdflib_namespace.XSD.gYear
_XSD_DECIMAL = rdflib_namespace.XSD.decimal
_XSD_INTEGER = rdflib_namespace.XSD.integer
_XSD_NON_NEGATIVE_INTEGER = rdflib_namespace.XSD.nonNegativeInteger

PREFIXES = {
    "nkg": str(NKG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "sem": str(SEM),
    "nif": str(NIF),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": _XSD_NS,
}
"""The prefixes bound in every graph `build_graph` returns."""

# ISO 8601 at the three precisions the annotation contract allows ("Dates").
_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), _XSD_DATE),
    (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), _XSD_GYEARMONTH),
    (re.compile(r"\d{4}"), _XSD_GYEAR),
)


def build_graph(facts: Facts) -> Graph:
    """The RDF graph of one article's facts.

    Args:
        facts: what `extract` found in one article.

    Returns:
        A new `rdflib.Graph` with identifier = the article IRI and the
        prefixes of `PREFIXES` bound.

    Raises:
        ValueError: facts that break their own contract (an unknown entity or
            event type or status, an event citing a sentence that is not in
            `facts.sentences`, a malformed date, an amount that is no number).
        InputError: an article URL that cannot be made into an IRI.
    """
    article = facts.article
    aid = article.id
    article_node = mint.article_iri(aid)
    # SimpleMemory: one article's graph needs no per-context indexes, and adding to
    # it costs half of rdflib's default Memory store (build was a fifth of a batch).
    graph = Graph(store=SimpleMemory(), identifier=article_node, bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    add = graph.add

    # Article (vocabulary: "article") and the extraction that read it.
    add((article_node, RDF.type, NKG.Article))
    add((article_node, SCHEMA.headline, Literal(article.headline)))
    add((article_node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=_XSD_DATE)))
    add((article_node, NKG.sourceFile, Literal(source_name(article.source))))
    if article.url:
        try:
            add((article_node, SCHEMA.url, mint.url_iri(article.url)))
        except ValueError as error:
            raise InputError(article.source, f"the article URL cannot be used: {error}",
                             "give an absolute http(s) URL") from None
    if article.dateline:
        add((article_node, NKG.dateline, Literal(article.dateline)))

    extraction = mint.extraction_iri(aid)
    software = mint.software_iri(facts.extractor, facts.extractor_version)
    add((extraction, RDF.type, PROV.Activity))
    add((extraction, PROV.used, article_node))
    add((extraction, PROV.wasAssociatedWith, software))
    add((software, RDF.type, PROV.SoftwareAgent))
    add((software, RDFS.label, Literal(facts.extractor)))
    add((software, SCHEMA.softwareVersion, Literal(facts.extractor_version)))
    if facts.parser is not None:
        name, version, digest = facts.parser
        model = mint.software_iri(name, version)
        add((extraction, NKG.parsedWith, model))
        add((model, RDF.type, NKG.LanguageModel))
        add((model, RDFS.label, Literal(name)))
        add((model, SCHEMA.softwareVersion, Literal(version)))
        add((model, NKG.sha256, Literal(digest)))

    links: dict[str, Links] = {}
    for entity in facts.entities:
        if entity.type not in ENTITY_TYPES:
            raise ValueError(f"entity {entity.key!r} has type {entity.type!r}, not one of {', '.join(ENTITY_TYPES)}")
        node = mint.entity_iri(entity.key, aid)
        add((node, RDF.type, NKG[entity.type]))
        add((node, RDFS.label, Literal(entity.label)))
        for alias in entity.aliases:
            add((node, NKG.alias, Literal(alias)))
        add((node, NKG.mentionedIn, article_node))
        links[entity.key] = entity_links(entity)
        _add_links(graph, node, links[entity.key])

    for role in facts.roles:
        node = mint.role_iri(role.person, role.title, role.of, aid)
        add((node, RDF.type, NKG.Role))
        add((node, NKG.holder, mint.entity_iri(role.person, aid)))
        add((node, NKG.roleTitle, Literal(role.title)))
        if role.of is not None:
            add((node, NKG.roleOf, mint.entity_iri(role.of, aid)))
        add((node, NKG.mentionedIn, article_node))

    sentences = {sentence.index: sentence for sentence in facts.sentences}
    cited: set[int] = set()
    event_nodes = []
    for number, event in enumerate(facts.events):
        node = mint.event_iri(aid, number)
        _add_event(graph, event, node, aid, article_node, extraction)
        if event.sentence not in sentences:
            raise ValueError(f"event {number} ({event.type}) cites sentence {event.sentence}, "
                             f"which is not among the article's sentences")
        cited.add(event.sentence)
        event_nodes.append(node)
    add_listing_values(graph, facts, event_nodes, links)

    for index in sorted(cited):
        sentence = sentences[index]
        node = mint.sentence_iri(aid, index)
        add((node, RDF.type, NKG.Sentence))
        add((node, NKG.text, Literal(sentence.text)))
        add((node, NKG.beginIndex, Literal(str(sentence.start), datatype=_XSD_NON_NEGATIVE_INTEGER)))
        add((node, NKG.endIndex, Literal(str(sentence.end), datatype=_XSD_NON_NEGATIVE_INTEGER)))
        add((node, NKG.inArticle, article_node))
    return graph


def _add_links(graph: Graph, node: URIRef, links: Links) -> None:
    """An entity's links to other data sets (issue 14; `kg.rdf.links` says where they come from)."""
    if links.geonames is not None:
        graph.add((node, OWL.sameAs, geonames_iri(links.geonames)))
    if links.country is not None:
        graph.add((node, NKG.countryCode, Literal(links.country)))
    if links.cameo is not None:
        graph.add((node, NKG.cameoActorCode, Literal(links.cameo)))
    for place in links.alias_places:
        graph.add((node, NKG.aliasPlace, geonames_iri(place)))


def geonames_iri(feature: int) -> URIRef:
    """The IRI of a GeoNames feature, with its final slash (without it is the page about the feature).

    >>> str(geonames_iri(625144))
    'https://sws.geonames.org/625144/'
    """
    return GEONAMES[f"{int(feature)}/"]


def _add_event(graph: Graph, event: Event, node: URIRef, aid: str, article_node: URIRef,
               extraction: URIRef) -> None:
    add = graph.add
    if event.type not in EVENT_TYPES:
        raise ValueError(f"event type {event.type!r} is not one of {', '.join(EVENT_TYPES)}")
    if event.status not in EVENT_STATUSES:
        raise ValueError(f"event status {event.status!r} is not one of {', '.join(EVENT_STATUSES)}")
    add((node, RDF.type, NKG.Event))
    add((node, RDF.type, NKG[event.type]))
    for slot, keys in ((NKG.agent, event.agents), (NKG.target, event.targets),
                       (NKG.place, event.places), (NKG.source, event.sources)):
        for key in keys:
            add((node, slot, mint.entity_iri(key, aid)))
    if event.date is not None:
        add((node, NKG.date, date_literal(event.date)))
    if event.amount is not None:
        _add_amount(graph, mint.amount_iri(node), event.amount)
        add((node, NKG.amount, mint.amount_iri(node)))
    if event.count is not None:
        _add_count(graph, mint.count_iri(node), event.count)
        add((node, NKG.count, mint.count_iri(node)))
    status = NKG[event.status]
    add((node, NKG.status, status))
    add((status, RDF.type, NKG.EventStatus))
    if event.trigger:
        add((node, NKG.trigger, Literal(event.trigger)))
    add((node, NKG.evidence, mint.sentence_iri(aid, event.sentence)))
    add((node, NKG.reportedIn, article_node))
    add((node, PROV.wasGeneratedBy, extraction))


def _add_amount(graph: Graph, node: URIRef, amount: Amount) -> None:
    graph.add((node, RDF.type, NKG.MonetaryAmount))
    graph.add((node, NKG.value, Literal(decimal_lexical(amount.value), datatype=_XSD_DECIMAL)))
    graph.add((node, NKG.currency, Literal(amount.currency)))
    if amount.qualifier:
        graph.add((node, NKG.qualifier, Literal(amount.qualifier)))


def _add_count(graph: Graph, node: URIRef, count: Count) -> None:
    graph.add((node, RDF.type, NKG.PeopleCount))
    graph.add((node, NKG.value, Literal(str(int(count.value)), datatype=_XSD_INTEGER)))
    graph.add((node, NKG.qualifier, Literal(count.qualifier)))


def date_literal(text: str) -> Literal:
    """An ISO date at its own precision as a typed literal.

    >>> date_literal("2020-09-20").datatype.endswith("#date")
    True
    >>> date_literal("2020-08").datatype.endswith("#gYearMonth")
    True
    >>> str(date_literal("2020"))
    '2020'

    Raises ValueError for anything else (``2020-13``, ``20 Sept``).
    """
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(text):
            if datatype == _XSD_DATE:
                try:
                    date.fromisoformat(text)
                except ValueError:
                    raise ValueError(f"date {text!r} is not a day of the calendar") from None
            return Literal(text, datatype=datatype)
    raise ValueError(f"date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


def decimal_lexical(value: Decimal | int | str) -> str:
    """The canonical (XSD 1.0) ``xsd:decimal`` lexical form of `value`, in plain notation.

    >>> decimal_lexical(Decimal("1.5E+9"))
    '1500000000.0'
    >>> decimal_lexical(Decimal("221.30"))
    '221.3'

    Raises ValueError for NaN and infinities, which xsd:decimal has not.
    """
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"amount {value!r} is not a finite number")
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    # XSD 1.0 canonical form keeps one fractional digit; rdflib writes a decimal
    # without one as "1500000000.0" in Turtle, so only this form round-trips.
    return text if "." in text else text + ".0"
