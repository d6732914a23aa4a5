"""`kg.validate.reasoner.check_ontology`: owlready2 loads ``news.ttl`` and HermiT judges it; without Java,
the OWL 2 RL rules (`kg.validate.rules`)."""
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
    # nkg:LanguageModel, nkg:parsedWith, nkg:sha256 (issue 11); the six listing values (issue 12); nkg:Happening and its six properties (issue 15)
    assert (check.classes, check.properties) == (34, 46)
    assert "HermiT" in check.reasoner


def test_issue_12_without_java_the_owl_rl_rules_check_instead_and_say_they_are_weaker(no_java):
    check = check_ontology()
    assert check.consistent is True, check.message
    assert (check.classes, check.properties) == (34, 46)
    assert check.reasoner == "OWL 2 RL rules (owlrl, pure Python)"
    assert check.message == ("consistent as far as the rules reach: no contradiction derived, and each of the 34 "
                             "classes can have a member")
    assert check.note.startswith("HermiT needs a Java runtime: install one (e.g. apt-get install "
                                 "default-jre-headless) so that java is on PATH; checked with the OWL 2 RL rules "
                                 "instead, which is weaker than HermiT: ")


# Person and Organization are disjoint, so one node cannot be both.
IN_DISJOINT_CLASSES = ("\n<https://w3id.org/news-kg/id/x> a <https://w3id.org/news-kg/ns#Person> ,"
                       " <https://w3id.org/news-kg/ns#Organization> .\n")
# Event classes are pairwise disjoint, so a Loan that is a Payment can have no members.
LOAN_IS_A_PAYMENT = ("\n<https://w3id.org/news-kg/ns#Loan> <http://www.w3.org/2000/01/rdf-schema#subClassOf>"
                     " <https://w3id.org/news-kg/ns#Payment> .\n")
BOTH = [pytest.param(True, marks=needs_java, id="HermiT"), pytest.param(False, id="OWL 2 RL rules")]


@pytest.mark.parametrize("java", BOTH, indirect=True)
def test_reasoner_reports_individual_in_disjoint_classes(java):
    check = check_ontology(ontology_text("news") + IN_DISJOINT_CLASSES)
    assert check.consistent is False
    assert check.message == ("inconsistent: HermiT found a contradiction in the ontology" if java else
                             "inconsistent: the rules derive a contradiction: Disjoint classes "
                             "https://w3id.org/news-kg/ns#Person and https://w3id.org/news-kg/ns#Organization "
                             "have a common individual https://w3id.org/news-kg/id/x")


@pytest.mark.parametrize("java", BOTH, indirect=True)
def test_reasoner_reports_unsatisfiable_class(java):
    # the rules find it too: the made-up member of nkg:Loan they add meets the contradiction
    check = check_ontology(ontology_text("news") + LOAN_IS_A_PAYMENT)
    assert check.consistent is False
    assert check.message == "incoherent: these classes can have no members: https://w3id.org/news-kg/ns#Loan"


def test_issue_12_kg_ontology_check_without_java_exits_0_with_a_note(no_java):
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["ontology", "check"], prog_name="kg")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("34 classes, 46 properties; OWL 2 RL rules (owlrl, pure Python): consistent as far as "
                             "the rules reach: no contradiction derived, and each of the 34 classes can have a member\n")
    assert result.stderr.startswith("note: HermiT needs a Java runtime: ")
    assert "weaker than HermiT" in result.stderr
