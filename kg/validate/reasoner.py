"""The ontology check: is ``ontology/news.ttl`` consistent, according to HermiT?

Input: the Turtle text of the ontology (by default the packaged one). Output:
an `OntologyCheck` the CLI prints. HermiT needs Java, which the rest of news-kg
does not: without a Java runtime (none on PATH, or one that does not start) the
check says so and runs the OWL 2 RL rules instead (`kg.validate.rules`, owlrl:
pure Python), a weaker check whose result says that it is weaker.

This is the only module that imports owlready2; the import happens inside
`check_ontology` because it is slow. (The module is not called ``ontology.py``:
``kg.ontology`` is the package holding the ``.ttl`` files.)
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from io import BytesIO

from rdflib import Graph

from kg.rdf.namespace import NKG, NKG_ONTOLOGY
from kg.resources import ontology_text
from kg.validate.rules import check_owl_rl

REASONER = "HermiT (bundled with owlready2)"
RULES = "OWL 2 RL rules (owlrl, pure Python)"
JAVA_NEEDED = "HermiT needs a Java runtime: install one (e.g. apt-get install default-jre-headless) so that java is on PATH"
WEAKER = ("checked with the OWL 2 RL rules instead, which is weaker than HermiT: they find only the "
          "contradictions their rules derive, and cannot prove the ontology consistent as HermiT does")


@dataclass(frozen=True)
class OntologyCheck:
    """What HermiT said about the ontology.

    `consistent` is True when the ontology is consistent and every class can
    have members, False when it is inconsistent or has an unsatisfiable class
    (`message` names them), and None when the reasoner could not run.
    `classes` and `properties` count the terms in the news-kg namespace.
    `note` says why HermiT did not judge it and what judged it instead (the
    weaker OWL 2 RL rules), None when HermiT did.
    """

    consistent: bool | None
    classes: int
    properties: int
    reasoner: str
    message: str
    note: str | None = None


def check_ontology(turtle: str | None = None) -> OntologyCheck:
    """Load the ontology into a private owlready2 World and run HermiT on it; without Java, the OWL 2 RL rules.

    `turtle` defaults to the packaged ``news.ttl``. owlready2 cannot read
    Turtle, so rdflib converts it to N-Triples first. Where no Java runtime
    is on PATH, or it does not start, `kg.validate.rules.check_owl_rl` judges
    instead, and the result's `note` says why and that it is weaker.
    """
    import owlready2

    ontology = Graph().parse(data=turtle if turtle is not None else ontology_text("news"), format="turtle")
    nt = ontology.serialize(format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(str(NKG_ONTOLOGY)).load(fileobj=BytesIO(nt), format="ntriples")
    namespace = str(NKG)
    classes = sum(1 for c in onto.classes() if c.iri.startswith(namespace))
    properties = sum(1 for p in onto.properties() if p.iri.startswith(namespace))

    def result(consistent: bool | None, message: str) -> OntologyCheck:
        return OntologyCheck(consistent, classes, properties, REASONER, message)

    def rules_instead(why: str) -> OntologyCheck:
        return _rules_result(check_owl_rl(ontology), classes, properties, f"{why}; {WEAKER}")

    if shutil.which(owlready2.JAVA_EXE) is None:
        return rules_instead(JAVA_NEEDED)
    try:
        # HermiT rejects xsd:date and xsd:gYear (not in the OWL 2 datatype map),
        # which nkg:date's range uses; they play no part in consistency here.
        owlready2.sync_reasoner_hermit(
            world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
        )
    except owlready2.OwlReadyInconsistentOntologyError:
        return result(False, "inconsistent: HermiT found a contradiction in the ontology")
    except OSError as error:
        return rules_instead(f"Java did not start ({error}); {JAVA_NEEDED}")
    except owlready2.OwlReadyJavaError as error:
        return result(None, f"not checked: HermiT failed: {_java_problem(error)}")
    unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
    if unsatisfiable:
        return result(False, f"incoherent: these classes can have no members: {', '.join(unsatisfiable)}")
    return result(True, f"consistent: {classes} classes and {properties} properties checked")


def _rules_result(found, classes: int, properties: int, note: str) -> OntologyCheck:
    """The `OntologyCheck` of what the OWL 2 RL rules found (`kg.validate.rules.RuleCheck`)."""
    if found.contradictions:
        return OntologyCheck(False, classes, properties, RULES,
                             f"inconsistent: the rules derive a contradiction: {found.contradictions[0]}", note)
    if found.empty_classes:
        return OntologyCheck(False, classes, properties, RULES,
                             f"incoherent: these classes can have no members: {', '.join(found.empty_classes)}", note)
    return OntologyCheck(True, classes, properties, RULES,
                         f"consistent as far as the rules reach: no contradiction derived, and each of the "
                         f"{classes} classes can have a member", note)


def _java_problem(error: Exception) -> str:
    """The first line of Java's own output, past owlready2's preamble."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("Java error message is")]
    return lines[0] if lines else "no message from Java"
