"""`kg.validate.reasoner.check_ontology`: owlready2 loads ``news.ttl`` and HermiT judges it."""
from __future__ import annotations

import shutil

import pytest

from kg.validate.reasoner import check_ontology
from kg.resources import ontology_text

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (java on PATH)")


@needs_java
def test_reasoner_finds_ontology_consistent():
    check = check_ontology()
    assert check.consistent is True, check.message
    assert (check.classes, check.properties) == (33, 28)  # nkg:LanguageModel, nkg:parsedWith, nkg:sha256 (issue 11)
    assert "HermiT" in check.reasoner


@needs_java
def test_reasoner_reports_individual_in_disjoint_classes():
    # Person and Organization are disjoint, so one node cannot be both.
    turtle = ontology_text("news") + (
        "\n<https://w3id.org/news-kg/id/x> a <https://w3id.org/news-kg/ns#Person> ,"
        " <https://w3id.org/news-kg/ns#Organization> .\n"
    )
    check = check_ontology(turtle)
    assert check.consistent is False
    assert check.message.startswith("inconsistent")


@needs_java
def test_reasoner_reports_unsatisfiable_class():
    # Event classes are pairwise disjoint, so a Loan that is a Payment can have no members.
    turtle = ontology_text("news") + (
        "\n<https://w3id.org/news-kg/ns#Loan> <http://www.w3.org/2000/01/rdf-schema#subClassOf>"
        " <https://w3id.org/news-kg/ns#Payment> .\n"
    )
    check = check_ontology(turtle)
    assert check.consistent is False
    assert check.message == "incoherent: these classes can have no members: https://w3id.org/news-kg/ns#Loan"


def test_reasoner_without_java_says_what_is_needed(monkeypatch):
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", "no-such-java-runtime")
    check = check_ontology()
    assert check.consistent is None
    assert "Java runtime" in check.message
    assert check.classes == 33
