"""What the saved listings show of an event, written on the event when its graph is built (issue 12).

Input: a `kg.facts.Facts` and the IRIs `kg.rdf.build` gave its events. Output: triples added to
that article's `rdflib.Graph`.

A listing of 200,000 events that joins every event to its entities' labels and concatenates them
(``GROUP_CONCAT`` over a union) takes a minute on Oxigraph; reading what the listing shows from the
event itself, one or two triples a column, takes a few seconds. So each event also carries:

- ``nkg:agentLabels``, ``nkg:targetLabels``, ``nkg:placeLabels``, ``nkg:sourceLabels``: the labels
  of its agents (targets, places, sources) in this article, distinct, sorted by code point and joined
  with " | ", exactly as the queries used to show them; absent when the event has none;
- ``nkg:speakerLabel``: one value for each distinct label of who said it (a source, or the agent of
  a speech act: Statement, Denial, Criticism, Accusation, Threat), one row each in ``statements``;
- ``nkg:readingOrder``: its position (0, 1, ...) among the article's events, by the offset of its
  evidence sentence, then by its IRI: the order ``events`` and ``timeline`` list an article's events in.

The values are the article's own: in a store, a shared entity's label is read in each article's graph
(every entity has exactly one label there, shapes.ttl), as the queries read it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdflib_namespace

from kg.facts import Event, Facts
from kg.rdf.links import Links
from kg.rdf.namespace import NKG

SEPARATOR = " | "
"""Between the values of one listing cell (the queries' ``GROUP_CONCAT`` separator before issue 12)."""

SPEECH_ACTS = frozenset({"Statement", "Denial", "Criticism", "Accusation", "Threat"})
"""The event types whose agent is a speaker (queries/statements.rq)."""

_XSD_INTEGER = rdflib_namespace.XSD.integer


def joined_labels(labels: set[str]) -> str:
    """Labels as one listing cell: distinct, sorted by code point (as SPARQL orders plain strings).

    >>> joined_labels({"Minsk", "Belarus", "Łódź"})
    'Belarus | Minsk | Łódź'
    """
    return SEPARATOR.join(sorted(labels))


def add_listing_values(graph: Graph, facts: Facts, nodes: Sequence[URIRef],
                       links: Mapping[str, Links] | None = None) -> None:
    """Add to `graph` what the listings show of each event of `facts` (`nodes[i]` is event i's IRI);
    `links` (entity key -> `Links`) gives the codes ``nkg:agentCodes``, ``nkg:targetCodes`` and
    ``nkg:placeFeatures`` (issue 14), joined as the labels are."""
    labels: dict[str, set[str]] = {}
    for entity in facts.entities:
        labels.setdefault(entity.key, set()).add(entity.label)
    links = links or {}

    def labels_of(keys: Sequence[str]) -> set[str]:
        return {label for key in keys for label in labels.get(key, ())}

    def codes_of(keys: Sequence[str]) -> set[str]:
        return {code for key in keys if key in links and (code := links[key].cameo)}

    def features_of(keys: Sequence[str]) -> list[str]:
        found = {links[key].geonames for key in keys if key in links and links[key].geonames is not None}
        return [str(feature) for feature in sorted(found)]

    add = graph.add
    for event, node in zip(facts.events, nodes):
        for prop, keys in ((NKG.agentLabels, event.agents), (NKG.targetLabels, event.targets),
                           (NKG.placeLabels, event.places), (NKG.sourceLabels, event.sources)):
            names = labels_of(keys)
            if names:
                add((node, prop, Literal(joined_labels(names))))
        for prop, codes in ((NKG.agentCodes, codes_of(event.agents)), (NKG.targetCodes, codes_of(event.targets))):
            if codes:
                add((node, prop, Literal(joined_labels(codes))))
        features = features_of(event.places)
        if features:
            add((node, NKG.placeFeatures, Literal(SEPARATOR.join(features))))
        for speaker in sorted(_speakers(event, labels_of)):
            add((node, NKG.speakerLabel, Literal(speaker)))
    for position, node in enumerate(_reading_order(facts, nodes)):
        add((node, NKG.readingOrder, Literal(str(position), datatype=_XSD_INTEGER)))


def _speakers(event: Event, labels_of) -> set[str]:
    speakers = labels_of(event.sources)
    if event.type in SPEECH_ACTS:
        speakers |= labels_of(event.agents)
    return speakers


def _reading_order(facts: Facts, nodes: Sequence[URIRef]) -> list[URIRef]:
    """The events' IRIs by their evidence sentence's offset, then by IRI (as SPARQL orders IRIs)."""
    start = {sentence.index: sentence.start for sentence in facts.sentences}
    keyed = sorted((start[event.sentence], str(node), node) for event, node in zip(facts.events, nodes))
    return [node for _, _, node in keyed]
