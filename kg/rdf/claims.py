"""What one article's graph may say, checked before it is loaded beside other articles.

Input: an article's IRI and the quads of its graph (pyoxigraph terms). Output:
the `Description` of every shared node the graph speaks of, and an
`InputError` for what no article may say.

A store holds each article in its own named graph, but some nodes are shared by
every article that names them: entities (``id/person/…``, ``id/country/…``,
``id/city/…``, ``id/organization/…``, ``id/place/…``), roles (``id/role/…``)
and the software that made the graphs (``id/software/…``); queries over the
union (the saved query ``entities`` among them) read what all graphs say of
them. So an article's graph may speak

- of its own nodes (the article, and every IRI under it) freely;
- of a shared node only as `kg convert` does (`SHARED_PREDICATES`: its type,
  label, aliases, that this article mentions it; a role's holder, title and
  owner; software's version and digest), and in agreement with every other
  article (`Description.agrees`): the same types and facts, a label that is the
  same name (the same slug: "José Martí" and "Jose Marti" agree, "Evil Empire"
  and "Russia" do not); aliases are each article's own;
- of the vocabulary's individuals (``nkg:occurred``) only their type.

Another article's nodes, and that another article mentions an entity, are
never this graph's to state. With `strict`, a triple about any other node
(``<https://example.org/x>``) is refused too: no graph `kg convert` writes
holds one; ``kg load --no-validate`` lets it through.
"""
from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS

from kg.errors import InputError
from kg.rdf.namespace import ID, NKG, OWL, SCHEMA
from kg.slugs import slugify

_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_ALIAS, _MENTIONED = str(NKG.alias), str(NKG.mentionedIn)
_ALIAS_PLACE = str(NKG.aliasPlace)
# Links to other data sets (issue 14, kg.rdf.links): a function of the entity's key and label, so every
# article says the same of it; the places an article named it by are that article's own, as its aliases.
_LINKS = frozenset({str(OWL.sameAs), str(NKG.countryCode), str(NKG.cameoActorCode), _ALIAS_PLACE})
_ENTITY = frozenset({_TYPE, _LABEL, _ALIAS, _MENTIONED}) | _LINKS
SHARED_PREDICATES = {
    **{kind: _ENTITY for kind in ("person", "country", "city", "organization", "place")},
    "role": frozenset({_TYPE, str(NKG.holder), str(NKG.roleTitle), str(NKG.roleOf), _MENTIONED}),
    "software": frozenset({_TYPE, _LABEL, str(SCHEMA.softwareVersion), str(NKG.sha256)}),
}
"""What an article's graph may say of a shared node, by the node's kind (its first path segment under ``id/``)."""
_OWN_EACH = frozenset({_ALIAS, _MENTIONED, _ALIAS_PLACE})
"""What each article says of a shared node for itself: the names it used, that it mentions it."""
_VOCABULARY = str(NKG)
_HINT = ("each article's graph speaks of its own nodes, and of shared entities as kg convert writes them; "
         "regenerate it with kg convert")


@dataclass(frozen=True)
class Description:
    """What one article's graph says of a shared node, besides aliases and mentions: its facts (predicate and
    object, types included) and its labels."""

    facts: frozenset[tuple[str, str]]
    labels: frozenset[str]
    """The labels as written (for messages); labels agree when their slugs do."""
    names: frozenset[str] = frozenset()
    """The labels' slugs (`of` makes them)."""

    @classmethod
    def of(cls, facts, labels) -> Description:
        """The description of these facts and labels."""
        return cls(frozenset(facts), frozenset(labels), frozenset(slugify(label) for label in labels))

    def agrees(self, other: Description) -> bool:
        """Whether two articles say the same of the node: the same facts, the same name for it.

        >>> Description.of((), {"José Martí"}).agrees(Description.of((), {"Jose Marti"}))
        True
        """
        return self.facts == other.facts and self.names == other.names

    def shown(self) -> str:
        """What it says, for a message: its labels if it gives any, else its other facts."""
        if self.labels:
            return ("the labels " if len(self.labels) > 1 else "the label ") + " and ".join(
                repr(label) for label in sorted(self.labels))
        return "the facts " + ", ".join(f"<{p}> {o}" for p, o in sorted(self.facts)) if self.facts else "no facts"


def shared_kind(iri: str) -> str | None:
    """The kind of a shared node (``person``, ``role``, ...), None for any other IRI.

    >>> shared_kind("https://w3id.org/news-kg/id/country/ru"), shared_kind("https://w3id.org/news-kg/id/article/a")
    ('country', None)
    """
    if not iri.startswith(str(ID)):
        return None
    kind = iri[len(ID):].split("/", 1)[0]
    return kind if kind in SHARED_PREDICATES else None


def check_claims(article: str, quads: Iterable[ox.Quad], where: str, *, strict: bool = True) -> dict[str, Description]:
    """The descriptions of the shared nodes the graph of `article` speaks of, by IRI.

    Raises InputError (naming `where` and `article`) for a triple about another article's node, a mention
    of another article, a predicate no article states of a shared node, or a vocabulary individual given
    more than its type; with `strict`, also for a triple about any node that is neither the article's, a
    shared one, nor blank.
    """
    own = article + "/"
    facts: dict[str, set] = {}
    labels: dict[str, set[str]] = {}
    for quad in quads:
        subject = quad.subject
        if isinstance(subject, ox.BlankNode):
            continue
        node = subject.value if isinstance(subject, ox.NamedNode) else str(subject)
        if node == article or node.startswith(own):
            continue  # most triples: the predicate and object of these are not read
        predicate, value = quad.predicate.value, quad.object
        kind = shared_kind(node)
        if kind is not None:
            if predicate not in SHARED_PREDICATES[kind]:
                raise _claim(where, article, f"says <{predicate}> of the shared {kind} <{node}>, which no article "
                                             f"says of one")
            if predicate == _MENTIONED and (not isinstance(value, ox.NamedNode) or value.value != article):
                raise _claim(where, article, f"says that {value} mentions <{node}>: another article's word to give")
            if predicate == _LABEL:
                labels.setdefault(node, set()).add(str(value.value) if isinstance(value, ox.Literal) else str(value))
            if predicate not in _OWN_EACH and predicate != _LABEL:
                facts.setdefault(node, set()).add((predicate, str(value)))
            else:
                facts.setdefault(node, set())
            continue
        if node.startswith(str(ID)):
            raise _claim(where, article, f"speaks of <{node}>, which is another article's")
        if node.startswith(_VOCABULARY):
            if predicate != _TYPE or not (isinstance(value, ox.NamedNode) and value.value.startswith(_VOCABULARY)):
                raise _claim(where, article, f"says <{predicate}> of the vocabulary's <{node}>")
            continue
        if strict:
            raise _claim(where, article, f"speaks of <{node}>, which is neither this article's nor a shared entity")
    return {node: Description.of(found, labels.get(node, ())) for node, found in facts.items()}


def note_descriptions(seen: MutableMapping[str, tuple[Description, str, str]], found: dict[str, Description],
                      article: str, where: str) -> None:
    """Record in `seen` (node -> its description, the article that gave it and that article's file) what
    `article` (in the file `where`) says of its shared nodes; InputError when it disagrees with an earlier one."""
    for node, description in found.items():
        earlier = seen.setdefault(node, (description, article, where))
        if not earlier[0].agrees(description):
            raise disagreement(where, article, node, description, earlier[0], earlier[1])


def disagreement(where: str, article: str, node: str, description: Description, other: Description,
                 other_article: str) -> InputError:
    """The error for an article that says of a shared node other than what `other_article` says."""
    return InputError(where, f"article {article} gives the shared <{node}> {description.shown()}, where article "
                             f"{other_article} gives it {other.shown()}; no article may change what another "
                             f"says of an entity",
                      "a shared entity's label, type and facts are the same in every article: fix the file, or "
                      "regenerate it with kg convert")


def _claim(where: str, article: str, problem: str) -> InputError:
    return InputError(where, f"the graph of article {article} {problem}", _HINT)
