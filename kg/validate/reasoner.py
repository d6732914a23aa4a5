"""The ontology check: is ``ontology/news.ttl`` consistent, according to HermiT?

Input: the Turtle text of the ontology (by default the packaged one). Output:
an `OntologyCheck` the CLI prints. A missing Java runtime is a result
(``consistent=None``), not an error, because the rest of news-kg needs no Java.

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

REASONER = "HermiT (bundled with owlready2)"
JAVA_NEEDED = "HermiT needs a Java runtime: install one (e.g. apt-get install default-jre-headless) so that java is on PATH"


@dataclass(frozen=True)
class OntologyCheck:
    """What HermiT said about the ontology.

    `consistent` is True when the ontology is consistent and every class can
    have members, False when it is inconsistent or has an unsatisfiable class
    (`message` names them), and None when the reasoner could not run.
    `classes` and `properties` count the terms in the news-kg namespace.
    """

    consistent: bool | None
    classes: int
    properties: int
    reasoner: str
    message: str


def check_ontology(turtle: str | None = None) -> OntologyCheck:
    """Load the ontology into a private owlready2 World and run HermiT on it.

    `turtle` defaults to the packaged ``news.ttl``. owlready2 cannot read
    Turtle, so rdflib converts it to N-Triples first.
    """
    import owlready2

    nt = Graph().parse(data=turtle if turtle is not None else ontology_text("news"), format="turtle").serialize(
        format="nt", encoding="utf-8"
    )
    world = owlready2.World()
    onto = world.get_ontology(str(NKG_ONTOLOGY)).load(fileobj=BytesIO(nt), format="ntriples")
    namespace = str(NKG)
    classes = sum(1 for c in onto.classes() if c.iri.startswith(namespace))
    properties = sum(1 for p in onto.properties() if p.iri.startswith(namespace))

    def result(consistent: bool | None, message: str) -> OntologyCheck:
        return OntologyCheck(consistent, classes, properties, REASONER, message)

    if shutil.which(owlready2.JAVA_EXE) is None:
        return result(None, f"not checked: {JAVA_NEEDED}")
    try:
        # HermiT rejects xsd:date and xsd:gYear (not in the OWL 2 datatype map),
        # which nkg:date's range uses; they play no part in consistency here.
        owlready2.sync_reasoner_hermit(
            world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
        )
    except owlready2.OwlReadyInconsistentOntologyError:
        return result(False, "inconsistent: HermiT found a contradiction in the ontology")
    except OSError as error:
        return result(None, f"not checked: Java did not start ({error}); {JAVA_NEEDED}")
    except owlready2.OwlReadyJavaError as error:
        return result(None, f"not checked: HermiT failed: {_java_problem(error)}")
    unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
    if unsatisfiable:
        return result(False, f"incoherent: these classes can have no members: {', '.join(unsatisfiable)}")
    return result(True, f"consistent: {classes} classes and {properties} properties checked")


def _java_problem(error: Exception) -> str:
    """The first line of Java's own output, past owlready2's preamble."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("Java error message is")]
    return lines[0] if lines else "no message from Java"
