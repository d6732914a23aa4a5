"""Tests of kg.rdf.links: GeoNames, ISO 3166 and CAMEO actor codes on entities and events (issue 14)."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL

from kg.api import query
from kg.facts import Entity
from kg.rdf.links import Links, entity_links
from kg.rdf.namespace import ID, NKG

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "dictionaries" / "petrarch2"
GOLDEN = ROOT / "tests" / "data" / "expected" / "belarus-2020-09-21.ttl"
ARTICLE = "https://w3id.org/news-kg/id/article/belarus-2020-09-21"


@pytest.fixture(scope="module")
def golden() -> Graph:
    return Graph().parse(GOLDEN, format="turtle")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared PETRARCH-2 dictionaries are not next to the checkout")
def test_make_actor_codes_reproduces_the_packaged_table(tmp_path):
    spec = importlib.util.spec_from_file_location("make_actor_codes", ROOT / "scripts" / "make_actor_codes.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--dictionaries", str(SHARED), "--out", str(tmp_path)]) == 0
    name = "actor_codes.tsv"
    assert (tmp_path / name).read_bytes() == (ROOT / "kg" / "lexicons" / name).read_bytes()


@pytest.mark.parametrize(("entity", "links"), [
    (Entity("country/RU", "Russia", "Country", ("Moscow", "the Kremlin")), Links(2017370, "RU", "RUS", (524901,))),
    (Entity("country/BY", "Belarus", "Country"), Links(630336, "BY", "BLR")),
    (Entity("country/US", "United States", "Country"), Links(6252001, "US", "USA")),
    (Entity("city/minsk-by", "Minsk", "City"), Links(625144, "BY")),
    (Entity("city/brest-by", "Brest", "City"), Links(629634, "BY")),  # not Brest, France
    (Entity("city/nowhere-by", "Nowhere", "City"), Links(country="BY")),  # no GeoNames id known: none
    (Entity("organization/nato", "NATO", "Organization"), Links(cameo="IGOWSTNAT")),
    (Entity("organization/european-union", "European Union", "Organization", ("Brussels", "EU")),
     Links(cameo="IGOEUREEC", alias_places=(2800866,))),
    (Entity("organization/acme", "Acme Mining", "Organization"), Links()),
    (Entity("group/police", "police", "Group"), Links(cameo="COP")),
    (Entity("group/protesters", "protesters", "Group"), Links(cameo="OPP")),
    (Entity("group/belarusian-police", "Belarusian police", "Group"), Links(cameo="BLRCOP")),
    (Entity("group/police", "police", "Group", ("Belarusian police",)), Links(cameo="BLRCOP")),  # told in an alias
    (Entity("group/us-officials", "U.S. government officials", "Group"), Links(cameo="USAGOV")),
    (Entity("group/belarusians", "Belarusians", "Group"), Links(cameo="BLR")),
    (Entity("group/crowd", "Belarusian crowd of something", "Group"), Links()),  # a country alone, no agent
    (Entity("person/vladimir-putin", "Vladimir Putin", "Person"), Links()),  # people get no code
])
def test_entity_links(entity, links):
    assert entity_links(entity) == links


def test_the_examples_places_and_actors_carry_their_links(golden):
    def node(path):
        return ID[path]

    geonames = {"city/minsk-by": 625144, "city/brest-by": 629634, "country/by": 630336, "country/ru": 2017370,
                "country/us": 6252001}
    for path, feature in geonames.items():
        assert set(golden.objects(node(path), OWL.sameAs)) == {URIRef(f"https://sws.geonames.org/{feature}/")}, path
        assert golden.value(node(path), NKG.countryCode) == Literal(path[-2:].upper())
    # Moscow and Brussels are told as Russia and the EU (metonymy): the cities are their alias places.
    assert URIRef("https://sws.geonames.org/524901/") in set(golden.objects(node("country/ru"), NKG.aliasPlace))
    assert URIRef("https://sws.geonames.org/2800866/") in set(
        golden.objects(node("organization/european-union"), NKG.aliasPlace))
    codes = {"country/ru": "RUS", "country/by": "BLR", "country/us": "USA", "organization/european-union": "IGOEUREEC",
             "organization/nato": "IGOWSTNAT", "article/belarus-2020-09-21/group/police": "COP",
             "article/belarus-2020-09-21/group/riot-police": "COP",
             "article/belarus-2020-09-21/group/protesters": "OPP"}
    for path, code in codes.items():
        assert golden.value(node(path), NKG.cameoActorCode) == Literal(code), path


def test_gdelt_like_gives_one_row_per_event_with_its_codes(golden):
    dataset_graph = golden
    rows = query("gdelt_like", dataset_graph)
    events = set(golden.subjects(NKG.reportedIn, URIRef(ARTICLE)))
    assert len(rows) == len(events) == len({row["event"] for row in rows})
    assert list(rows[0]) == ["event", "date", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode",
                             "ActionGeo_FeatureID", "NumSources", "SourceArticle"]
    loan = next(row for row in rows if row["EventCode"] == "071")
    assert (loan["Actor1Code"], loan["Actor1Name"], loan["Actor2Code"], loan["Actor2Name"]) == \
        ("RUS", "Russia", "BLR", "Belarus")
    assert loan["NumSources"] == 1 and loan["SourceArticle"] == ARTICLE
    sanction = next(row for row in rows if row["EventCode"] == "163")
    assert (sanction["Actor1Code"], sanction["Actor2Code"]) == ("IGOEUREEC", "BLR")
    protests_in_minsk = [row for row in rows if row["EventCode"] == "14" and row["ActionGeo_FeatureID"] == "625144"]
    assert protests_in_minsk
    assert all(re.fullmatch(r"([A-Z]{3})+( \| ([A-Z]{3})+)*", row[column])
               for row in rows for column in ("Actor1Code", "Actor2Code") if row[column])


def test_gdelt_like_event_codes_are_the_ontologys(ontology_graph):
    from kg.resources import query_text

    table = dict(re.findall(r'\(nkg:(\w+) (?:"(\d+)"|UNDEF)\)', query_text("gdelt_like")))
    ontology = {str(cls).rpartition("#")[2]: str(code) for cls, code in ontology_graph.subject_objects(NKG.cameoCode)}
    event_classes = {str(cls).rpartition("#")[2] for cls in ontology_graph.subjects(
        URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), NKG.Event)}
    assert set(table) == event_classes
    assert {name: code for name, code in table.items() if code} == ontology
