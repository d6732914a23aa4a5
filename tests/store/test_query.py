"""Tests of the saved queries (queries/*.rq) and kg.store.query, on the sample_facts graph."""
from __future__ import annotations

import csv
import io
import json
import re

import pyoxigraph
import pytest

from kg.rdf.build import build_graph
from kg.errors import InputError, ResourceError, UnknownName, UsageError
from kg.rdf.namespace import NKG
from kg.store.query import Query, describe_queries, load_query, param_term, query_parameters, query_files
from kg.store.results import to_csv
from kg.resources import query_names, query_text
from kg.rdf.write import write_graph

ID = "https://w3id.org/news-kg/id/"
AID = "sample-2020-09-21"
ARTICLE = f"{ID}article/{AID}"
GROUPS = f"{ID}article/{AID}/group/"

# The contract of shared/tools/kg-score, in its order.
ENTITY_COLUMNS = ("entity", "label", "type", "aliases")
ROLE_COLUMNS = ("person", "role", "of")
EVENT_COLUMNS = ("event", "type", "agent", "target", "place", "date", "amount", "currency",
                 "count", "count_qualifier", "status", "source", "text")

SAVED = ("conflicts", "detentions", "entities", "events", "events_by_type", "gdelt_like", "happenings", "loans",
         "protests", "roles", "sanctions", "statements", "timeline")


@pytest.fixture
def sample_ttl(sample_facts, tmp_path):
    path = tmp_path / f"{AID}.ttl"
    write_graph(build_graph(sample_facts), path)
    return path


def _sentence(sample_facts, n: int) -> str:
    return sample_facts.sentences[n].text


# ---------------------------------------------------------------- the files


def test_query_saved_queries_are_all_there():
    assert tuple(query_names()) == SAVED


@pytest.mark.parametrize("name", SAVED)
def test_query_each_rq_parses_and_documents_itself(name, sample_ttl):
    text = query_text(name)
    pyoxigraph.Store().query(text)  # raises SyntaxError if it does not parse
    header = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    assert header[0].startswith("Purpose: ")
    assert any(line.startswith("Parameters:") for line in header)
    assert query_parameters(text) is not None
    # the columns the comment lists are the columns the query returns
    columns_at = next(i for i, line in enumerate(header) if line.startswith("Columns:"))
    documented = tuple(re.match(r"(\w+)\s", line + " ").group(1) for line in header[columns_at + 1:]
                       if re.match(r"\w+\s{2,}", line))
    assert query_files(name, [sample_ttl]).columns == documented


def test_query_describe_lists_every_saved_query():
    described = dict(describe_queries())
    assert tuple(described) == SAVED
    assert described["timeline"] == "all events in time order, undated ones last."
    assert all(purpose for purpose in described.values())


# ---------------------------------------------------------------- the contract


def test_query_entities_contract(sample_ttl):
    result = query_files("entities", [sample_ttl])
    assert result.columns == ENTITY_COLUMNS
    assert result.rows == (
        (GROUPS + "protesters", "protesters", "Group", ""),
        (GROUPS + "riot-police", "riot police", "Group", "Riot police"),
        (ID + "city/minsk", "Minsk", "City", ""),
        (ID + "country/by", "Belarus", "Country", "the government"),
        (ID + "country/ru", "Russia", "Country", ""),
        (ID + "organization/european-union", "European Union", "Organization", "EU"),
        (ID + "organization/ministry-of-internal-affairs", "Ministry of Internal Affairs", "Organization", ""),
        (ID + "organization/viasna", "Viasna", "Organization", "the human rights group Viasna"),
        (ID + "person/alexander-lukashenko", "Alexander Lukashenko", "Person",
         "Lukashenko | President Alexander Lukashenko"),
        (ID + "person/anton-siluanov", "Anton Siluanov", "Person", "Finance Minister Anton Siluanov"),
    )  # Independence Square, a site (nkg:Place), is no entity of the contract: a place of events only


def test_query_roles_contract(sample_ttl):
    result = query_files("roles", [sample_ttl])
    assert result.columns == ROLE_COLUMNS
    assert result.rows == (
        ("Alexander Lukashenko", "President", "Belarus"),
        ("Alexander Lukashenko", "veteran leader", ""),
        ("Anton Siluanov", "Finance Minister", "Russia"),
    )


def test_query_events_contract(sample_ttl, sample_facts):
    result = query_files("events", [sample_ttl])
    assert result.columns == EVENT_COLUMNS
    e = f"{ARTICLE}/event/"
    s = [_sentence(sample_facts, n) for n in range(6)]
    assert result.rows == (
        (e + "0", "Protest", "protesters", "Alexander Lukashenko", "Independence Square | Minsk",
         "2020-09-20", "", "", "100000", "more than", "occurred", "", s[0]),
        (e + "1", "Loan", "Russia", "Belarus", "", "", "1500000000", "USD", "", "", "occurred",
         "Anton Siluanov", s[1]),
        (e + "2", "Arrest", "riot police", "protesters", "Minsk", "2020-09-20", "", "", "250",
         "at least", "occurred", "Viasna", s[2]),
        (e + "3", "Arrest", "", "protesters", "Minsk", "2020-09-20", "", "", "442", "exactly",
         "occurred", "Ministry of Internal Affairs", s[3]),
        (e + "4", "Sanction", "European Union", "Belarus", "", "2020-08", "", "", "", "", "planned",
         "", s[4]),
        (e + "5", "Statement", "Alexander Lukashenko", "", "", "2020", "", "", "", "", "occurred",
         "", s[5]),
    )


def test_query_contract_csv_reads_as_kg_score_reads_it(sample_ttl):
    rows = list(csv.DictReader(io.StringIO(to_csv(query_files("events", [sample_ttl])))))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    loan = next(row for row in rows if row["type"] == "Loan")
    assert (loan["amount"], loan["currency"]) == ("1500000000", "USD")


@pytest.mark.parametrize("extension", [".nt", ".jsonld", ".trig", ".nq"])
def test_query_any_written_format_gives_the_same_rows(sample_facts, sample_ttl, tmp_path, extension):
    other = tmp_path / f"copy{extension}"
    write_graph(build_graph(sample_facts), other)
    for name in ("entities", "roles", "events"):
        assert query_files(name, [other]) == query_files(name, [sample_ttl])


@pytest.mark.parametrize("extension", [".jsonld", ".trig"])
def test_query_a_file_with_no_named_graph_in_a_quad_format(sample_facts, sample_ttl, tmp_path, extension):
    """JSON-LD or TriG with the article in its default graph (another tool's, or kg's JSON-LD before issue 12)
    answers as the same triples in Turtle do: the default graph becomes the file's named graph."""
    other = tmp_path / f"plain{extension}"
    # rdflib's JSON-LD of a plain graph has no named graph; Turtle is TriG whose triples are all in the default graph
    other.write_bytes(build_graph(sample_facts).serialize(format={".jsonld": "json-ld", ".trig": "turtle"}[extension],
                                                          encoding="utf-8"))
    for name in ("entities", "events"):
        assert query_files(name, [other]) == query_files(name, [sample_ttl])


def test_query_several_files_are_queried_as_their_union(sample_facts, sample_ttl, tmp_path):
    copy = tmp_path / "copy.nq"
    write_graph(build_graph(sample_facts), copy)
    assert query_files("entities", [sample_ttl, copy]) == query_files("entities", [sample_ttl])


def test_issue_12_entities_give_the_aliases_of_every_article(sample_facts, sample_ttl, tmp_path):
    """An entity that one article names by an alias and another article names by none keeps the alias:
    the query read the aliases in each article's graph, and the article without one left an unbound
    alias in the entity's group, which made Oxigraph's GROUP_CONCAT unbound: no alias at all."""
    from rdflib import URIRef

    graph = build_graph(sample_facts)
    graph.remove((URIRef(ID + "country/by"), NKG.alias, None))
    without = tmp_path / "without.nq"
    write_graph(graph, without)
    alone = dict((row[0], row[3]) for row in query_files("entities", [sample_ttl]).rows)
    both = dict((row[0], row[3]) for row in query_files("entities", [without, sample_ttl]).rows)
    assert alone[ID + "country/by"] == "the government"
    assert both == alone


def test_query_entities_under_inference_keeps_the_specific_type(sample_facts, tmp_path):
    graph = build_graph(sample_facts)
    from rdflib import RDF, URIRef

    graph.add((URIRef(ID + "country/by"), RDF.type, NKG.Place))
    path = tmp_path / "inferred.ttl"
    write_graph(graph, path)
    rows = query_files("entities", [path]).rows
    assert len(rows) == 10
    assert (ID + "country/by", "Belarus", "Country", "the government") in rows


# ---------------------------------------------------------------- the reader's questions


def test_query_loans(sample_ttl, sample_facts):
    assert query_files("loans", [sample_ttl]).rows == (
        ("Russia", "Belarus", "1500000000", "USD", "occurred", "", "Anton Siluanov", _sentence(sample_facts, 1)),)


def test_query_sanctions(sample_ttl, sample_facts):
    assert query_files("sanctions", [sample_ttl]).rows == (
        ("European Union", "Belarus", "planned", "2020-08", _sentence(sample_facts, 4)),)


def test_query_protests(sample_ttl, sample_facts):
    assert query_files("protests", [sample_ttl]).rows == (
        (f"{ARTICLE}/event/0", "protesters", "100000", "more than", "Independence Square | Minsk",
         "2020-09-20", "", _sentence(sample_facts, 0)),)


def test_query_detentions_show_conflicting_figures_side_by_side(sample_ttl):
    rows = query_files("detentions", [sample_ttl]).rows
    assert [(r[3], r[4], r[7]) for r in rows] == [
        ("250", "at least", "Viasna"), ("442", "exactly", "Ministry of Internal Affairs")]


def test_query_statements(sample_ttl):
    rows = query_files("statements", [sample_ttl]).rows
    assert [(r[0], r[1]) for r in rows] == [
        ("Alexander Lukashenko", "Statement"), ("Anton Siluanov", "Loan"),
        ("Ministry of Internal Affairs", "Arrest"), ("Viasna", "Arrest")]


def test_query_timeline_orders_by_date_undated_last(sample_ttl):
    rows = query_files("timeline", [sample_ttl]).rows
    assert [(r[0], r[1]) for r in rows] == [
        ("2020", "Statement"), ("2020-08", "Sanction"), ("2020-09-20", "Protest"),
        ("2020-09-20", "Arrest"), ("2020-09-20", "Arrest"), ("", "Loan")]


def test_query_events_by_type(sample_ttl):
    result = query_files("events_by_type", [sample_ttl])
    assert result.columns == ("type", "count")
    assert result.rows == (("Arrest", "2"), ("Loan", "1"), ("Protest", "1"), ("Sanction", "1"),
                           ("Statement", "1"))


def test_query_events_by_type_names_every_event_class_of_the_ontology():
    """events_by_type lists the event classes (an index lookup each, fast on a large store): all of them."""
    import rdflib

    from kg.store.query import load_query
    from kg.resources import ontology_text

    ontology = rdflib.Graph().parse(data=ontology_text("news"), format="turtle")
    nkg = rdflib.Namespace("https://w3id.org/news-kg/ns#")
    classes = {str(c).split("#")[1] for c in ontology.subjects(rdflib.RDFS.subClassOf, nkg.Event)}
    text = load_query("events_by_type").text
    listed = set(re.findall(r"nkg:(\w+)", text[text.index("VALUES ?class"):text.index("}")]))
    assert listed == classes and len(classes) == 17


TYPE_TABLE = re.compile(r"VALUES \(\?class \?type\) \{(.*?)\}", re.DOTALL)
STATUS_TABLE = re.compile(r"VALUES \(\?statusNode \?status\) \{(.*?)\}", re.DOTALL)


@pytest.mark.parametrize("name", ["events", "timeline", "statements"])
def test_query_listing_tables_name_every_class_and_status_of_the_ontology(name):
    """The listings name an event's type and status from a table of the ontology's event classes and
    statuses (no IRI read back from the store to cut its local name): each table is whole, and each
    entry's name is the local name of its IRI."""
    import rdflib

    from kg.store.query import load_query
    from kg.resources import ontology_text

    ontology = rdflib.Graph().parse(data=ontology_text("news"), format="turtle")
    nkg = rdflib.Namespace("https://w3id.org/news-kg/ns#")
    classes = {str(c).split("#")[1] for c in ontology.subjects(rdflib.RDFS.subClassOf, nkg.Event)}
    statuses = {str(s).split("#")[1] for s in ontology.subjects(rdflib.RDF.type, nkg.EventStatus)}
    text = load_query(name).text
    tables = [(TYPE_TABLE, classes), (STATUS_TABLE, statuses)]
    found = 0
    for table, expected in tables:
        for entries in table.findall(text):
            pairs = re.findall(r'\(nkg:(\w+) "(\w+)"\)', entries)
            assert {iri for iri, _ in pairs} == expected and all(iri == local for iri, local in pairs)
            found += 1
    assert found, f"{name}: no table of classes or statuses"


# ---------------------------------------------------------------- parameters


@pytest.mark.parametrize("value", [f"<{ARTICLE}>", ARTICLE])
def test_query_timeline_binds_article(sample_ttl, value):
    rows = query_files("timeline", [sample_ttl], [f"article={value}"]).rows
    assert len(rows) == 6
    assert {row[-1] for row in rows} == {ARTICLE}
    assert query_files("timeline", [sample_ttl], {"article": f"<{ID}article/other>"}).rows == ()


INJECTIONS = [
    '"} ; DROP ALL ; SELECT * {"',
    "x\n# a comment\n} UNION { ?s ?p ?o",
    "> } <urn:x> ?p ?o . #",
    "<urn:a> } ; DROP ALL ; SELECT * { <urn:b>",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_query_parameter_values_are_never_query_text(sample_ttl, value):
    result = query_files("timeline", [sample_ttl], {"article": value})
    assert result.columns[-1] == "article"
    assert result.rows == ()  # bound to a value no event has: nothing else changed


@pytest.mark.parametrize("value", INJECTIONS)
def test_query_parameter_value_arrives_verbatim(sample_ttl, tmp_path, value):
    query = tmp_path / "echo.rq"
    query.write_text(
        "# Purpose: echo a parameter next to the loans.\n"
        "# Parameters:\n#   ?value  anything\n# Columns:\n#   value  the bound value\n"
        "PREFIX nkg: <https://w3id.org/news-kg/ns#>\n"
        "SELECT ?value ?loan WHERE { ?loan a nkg:Loan }\n", encoding="utf-8")
    rows = query_files(str(query), [sample_ttl], {"value": value}).rows
    assert rows == ((value, f"{ARTICLE}/event/1"),)


def test_query_param_terms():
    assert param_term("<urn:x>") == pyoxigraph.NamedNode("urn:x")
    assert param_term("https://example.org/a") == pyoxigraph.NamedNode("https://example.org/a")
    assert param_term("Minsk") == pyoxigraph.Literal("Minsk")
    assert param_term("urn:x") == pyoxigraph.Literal("urn:x")
    with pytest.raises(UsageError):
        param_term("<not an iri>")


def test_query_unknown_parameter_is_a_usage_error(sample_ttl):
    with pytest.raises(UsageError, match="events: the query takes no parameter article"):
        query_files("events", [sample_ttl], ["article=x"])
    with pytest.raises(UsageError, match="has no '='"):
        query_files("timeline", [sample_ttl], ["article"])


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("name", ["../etc/passwd", "/etc/passwd", "nope"])
def test_query_unknown_name_lists_the_available_ones(sample_ttl, name):
    with pytest.raises(UnknownName) as caught:
        query_files(name, [sample_ttl])
    assert "available: " + ", ".join(SAVED) in str(caught.value)
    assert caught.value.exit_code == 2 and isinstance(caught.value, ResourceError)


@pytest.mark.parametrize(("name", "closest"), [("entities.txt", "entities"), ("loan", "loans"),
                                               ("timelines", "timeline"), ("event_by_type", "events_by_type")])
def test_query_unknown_name_suggests_the_closest(name, closest):
    with pytest.raises(UnknownName, match=f"no saved query named '{name}'; did you mean '{closest}'"):
        load_query(name)


def test_query_is_a_name_a_file_stdin_or_the_text(tmp_path, monkeypatch):
    (tmp_path / "mine.SPARQL").write_text("SELECT * {}", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"ASK {}")))

    assert load_query("loans") == Query("loans", query_text("loans"))
    assert load_query(tmp_path / "mine.SPARQL") == Query(str(tmp_path / "mine.SPARQL"), "SELECT * {}")
    assert load_query("-") == Query("<stdin>", "ASK {}")
    assert load_query("SELECT*{?s?p?o}") == Query("the query text", "SELECT*{?s?p?o}")
    with pytest.raises(InputError, match="no such query file"):
        load_query(tmp_path / "nope.sparql")


def test_query_missing_rq_file(sample_ttl, tmp_path):
    with pytest.raises(InputError, match="nope.rq: no such query file"):
        query_files(str(tmp_path / "nope.rq"), [sample_ttl])


def test_query_syntax_error_names_the_query(sample_ttl, tmp_path):
    query = tmp_path / "broken.rq"
    query.write_text("SELECT * WHERE { ?s ?p }", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.rq: SPARQL syntax error"):
        query_files(str(query), [sample_ttl])


def test_query_bad_rdf_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\nex:a ex:b "oops .\n', encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(f"{bad}:3:")):
        query_files("entities", [bad])


def test_query_missing_rdf_file(tmp_path):
    with pytest.raises(InputError, match="missing.ttl: no such file"):
        query_files("entities", [tmp_path / "missing.ttl"])


def test_query_unknown_rdf_extension(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text("", encoding="utf-8")
    with pytest.raises(UsageError, match="'.rdf'"):
        query_files("entities", [path])
