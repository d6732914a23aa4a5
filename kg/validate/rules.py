"""The ontology check without Java: the OWL 2 RL rules (owlrl, pure Python) over the ontology.

Input: the ontology as an `rdflib.Graph` (`kg.validate.reasoner` parses ``news.ttl``).
Output: a `RuleCheck`, the contradictions the rules derive and the classes that can
have no member.

This is weaker than HermiT, and says so where it is used (`kg.validate.reasoner`).
OWL 2 RL is a rule set (W3C OWL 2 Profiles, section 4.3): forward chaining finds a
contradiction only where the rules derive one (a node in two disjoint classes, a
member of ``owl:Nothing``, ...), and it never reasons by cases. HermiT is a complete
OWL 2 DL reasoner: what it calls consistent is proved so. The rules look at
individuals only, so to ask whether a class can have members each class of the
news-kg namespace gets a made-up member (a *witness*) first: a contradiction that
involves a witness says its class can have none (the OWL 2 RL way of testing a
class's satisfiability, sound but not complete).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import OWL, RDF, Graph, Namespace, URIRef

from kg.rdf.namespace import NKG

WITNESS = Namespace("urn:news-kg:witness:")
"""The made-up members, one per class: ``urn:news-kg:witness:Loan`` for ``nkg:Loan``."""

_WITNESS_NAME = re.compile(re.escape(str(WITNESS)) + r"([A-Za-z0-9_]+)")
# owlrl writes what it derives wrong as nodes of this type with an error message
# (owlrl.Closure.Core.closure: "err:ErrorMessage", "err:error").
_OWLRL_ERRORS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")


@dataclass(frozen=True)
class RuleCheck:
    """What the OWL 2 RL rules derived: `contradictions` among the ontology's own statements
    (owlrl's messages), and `empty_classes`, the IRIs of classes whose witness met one."""

    contradictions: tuple[str, ...]
    empty_classes: tuple[str, ...]


def check_owl_rl(ontology: Graph) -> RuleCheck:
    """Run the OWL 2 RL rules over a copy of `ontology`, with a witness in each class of the
    news-kg namespace, and sort what they derive wrong.

    Takes about half a second for ``news.ttl``; `ontology` itself is left as it was.
    """
    import owlrl  # here: only a machine without Java needs it

    graph = Graph(bind_namespaces="none")
    graph += ontology
    classes = {str(c)[len(str(NKG)):] for c in ontology.subjects(RDF.type, OWL.Class)
               if isinstance(c, URIRef) and str(c).startswith(str(NKG))}
    for name in sorted(classes):
        graph.add((WITNESS[name], RDF.type, URIRef(str(NKG) + name)))  # NKG[name] refuses a class it lacks
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    messages = sorted(str(message) for error in graph.subjects(RDF.type, _OWLRL_ERRORS.ErrorMessage)
                      for message in graph.objects(error, _OWLRL_ERRORS.error))
    empty = sorted({str(NKG) + name for message in messages for name in _WITNESS_NAME.findall(message)
                    if name in classes})
    return RuleCheck(tuple(m for m in messages if not _WITNESS_NAME.search(m)), tuple(empty))
