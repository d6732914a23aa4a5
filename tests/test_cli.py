"""Tests of the `kg` command line through typer.testing.CliRunner: exit codes, stdout, exact stderr."""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.main import get_command
from typer.testing import CliRunner

import cli
from cli import app
from kg.rdf.mint import article_iri
from kg.rdf.formats import OXIGRAPH_FORMATS, QUAD_FORMATS
from kg.rdf.write import write_graph

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "articles" / "belarus-2020-09-21.txt"
SECOND = DATA / "articles" / "voa-6202743.txt"
OX_FORMAT = OXIGRAPH_FORMATS  # the second parser reads what kg writes
EXTENSION_OF = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig", "nquads": ".nq"}


def run_kg(*args) -> "Result":  # noqa: F821 - typer.testing.Result
    """Run `kg ARGS` in-process; stdout and stderr come back apart (result.stdout, result.stderr)."""
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


def plain(text: str) -> str:
    """Click's usage error as one line: Rich's box drawing and line wrapping removed."""
    return " ".join(re.sub(r"[╭╮╰╯│─]", " ", text).split())


def rdflib_triples(data: bytes, fmt: str) -> Graph:
    """The triples of a serialisation, read with rdflib (graph names dropped)."""
    if fmt in QUAD_FORMATS:
        dataset = Dataset()
        dataset.parse(data=data, format=fmt)
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return Graph().parse(data=data, format=fmt)


def oxigraph_by_graph(data: bytes, fmt: str) -> dict:
    """Graph name -> number of quads, read with pyoxigraph: a second, independent parser."""
    counts: dict = defaultdict(int)
    for quad in pyoxigraph.parse(data, format=OX_FORMAT[fmt]):
        counts[quad.graph_name] += 1
    return dict(counts)


# ---- convert: output that two parsers read the same way


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "nquads", "json-ld"])
def test_convert_example_to_stdout_parses_in_rdflib_and_pyoxigraph(converted_articles, fmt):
    expected = converted_articles[EXAMPLE.stem].graph
    args = [] if fmt == "turtle" else ["--format", fmt]  # Turtle is the default

    result = run_kg("convert", EXAMPLE, *args)

    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert isomorphic(rdflib_triples(result.stdout_bytes, fmt), expected)
    by_graph = oxigraph_by_graph(result.stdout_bytes, fmt)
    assert sum(by_graph.values()) == len(expected)
    if fmt in QUAD_FORMATS:
        assert set(by_graph) == {pyoxigraph.NamedNode(str(article_iri(EXAMPLE.stem)))}


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_convert_several_articles_gives_one_named_graph_per_article(converted_articles, tmp_path, fmt):
    out = tmp_path / f"out{EXTENSION_OF[fmt]}"

    result = run_kg("convert", EXAMPLE, SECOND, "-o", out)

    assert result.exit_code == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")
    data = out.read_bytes()
    expected = {pyoxigraph.NamedNode(str(item.iri)): len(item.graph) for item in converted_articles.values()}
    assert oxigraph_by_graph(data, fmt) == expected
    dataset = Dataset()
    dataset.parse(data=data, format=fmt)
    for item in converted_articles.values():
        assert isomorphic(dataset.graph(item.iri), item.graph)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_issue_12_what_convert_writes_of_several_articles_load_takes(converted_articles, tmp_path, fmt):
    out, store = tmp_path / f"corpus{EXTENSION_OF[fmt]}", tmp_path / "store"

    converted = run_kg("convert", EXAMPLE, SECOND, "-o", out)
    loaded = run_kg("load", out, "--store", store)

    assert converted.exit_code == 0, converted.stderr
    assert loaded.exit_code == 0, loaded.stderr
    triples = sum(len(item.graph) for item in converted_articles.values())
    assert loaded.stderr == f"loaded 2 articles ({triples} triples) into {store}, which holds 0 happenings\n"  # two unrelated stories


def test_issue_12_json_ld_is_compacted_with_a_context(converted_articles):
    result = run_kg("convert", EXAMPLE, "--format", "json-ld")

    document = json.loads(result.stdout)
    assert set(document) == {"@context", "@graph"}
    assert document["@context"]["nkg"] == "https://w3id.org/news-kg/ns#"
    (named,) = document["@graph"]
    assert named["@id"] == str(article_iri(EXAMPLE.stem))
    assert {"@id": str(article_iri(EXAMPLE.stem)), "@type": "nkg:Article"}.items() <= next(
        node for node in named["@graph"] if node["@id"] == named["@id"]).items()


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_issue_12_several_articles_into_a_triple_format_are_refused(tmp_path, fmt):
    out = tmp_path / f"corpus{EXTENSION_OF[fmt]}"

    result = run_kg("convert", EXAMPLE, SECOND, "-o", out)

    assert result.exit_code == 2
    name = {"turtle": "Turtle", "nt": "N-Triples"}[fmt]
    assert result.stderr == (f"error: {out}: several articles cannot share one {name} graph: their triples would "
                             "merge, and kg load could not take the articles apart; write a named graph per article "
                             "(-o FILE.trig, FILE.nq or FILE.jsonld, or --format trig), or one file per article "
                             "(-o DIR/)\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "fmt"), [("out.nq", "nquads"), ("out.json", "json-ld"), ("out.txt", "nt")])
def test_convert_takes_the_format_from_the_extension_or_format(tiny_articles, tmp_path, name, fmt):
    out = tmp_path / name
    args = ["--format", fmt] if name.endswith(".txt") else []

    result = run_kg("convert", tiny_articles(), "-o", out, *args)

    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sum(oxigraph_by_graph(out.read_bytes(), fmt).values()) > 0


def test_convert_dash_writes_to_stdout(tiny_articles):
    result = run_kg("convert", tiny_articles(), "-o", "-")

    assert result.exit_code == 0, result.stderr
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 0


def test_convert_published_overrides_the_date_line(tiny_articles):
    no_date = tiny_articles("nodate", "Protesters march in Lagos\n\nProtesters marched through Lagos, police said.\n")

    result = run_kg("convert", no_date, "--published", "2021-03-02")

    assert result.exit_code == 0, result.stderr
    assert "2021-03-02" in result.stdout


# ---- convert: bad input gives one line on stderr, exit 1, and no output


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Inputs `kg convert` must reject, built in `tmp`: name -> (path, the message after 'error: ')."""
    (tmp / "empty-dir").mkdir()
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp / "latin1.txt").write_bytes("Café owners protest in Paris\nMarch 2, 2021\n\nThey marched.\n".encode("latin-1"))
    (tmp / "no-date.txt").write_text("Protesters march in Lagos\n\nProtesters marched through Lagos.\n",
                                     encoding="utf-8")
    return {
        "missing": (tmp / "missing.txt",
                    "no such file; check the path; give article files (.txt, .html, .jsonl) or directories of them"),
        "empty-dir": (tmp / "empty-dir", "directory has no article files; expected files ending in .txt, .html, .htm, .jsonl"),
        "empty": (tmp / "empty.txt", "is empty; expected a headline, a date line and paragraphs of text"),
        "binary": (tmp / "binary.txt", "is a binary file, not text; expected a UTF-8 plain-text article"),
        "latin-1": (tmp / "latin1.txt", "is not UTF-8 text (byte 0xe9 at offset 3); it looks like Windows-1252 "
                                        "(Western European); pass --encoding cp1252 (a superset of Latin-1), "
                                        "or convert it to UTF-8"),
        "no-date": (tmp / "no-date.txt", "no publication date; expected a date line under the headline "
                                         "(e.g. 'March 2, 2021'), or pass --published YYYY-MM-DD"),
    }


BAD_INPUTS = ["missing", "empty-dir", "empty", "binary", "latin-1", "no-date"]


@pytest.mark.parametrize("output", ["stdout", "new file", "existing file"])
@pytest.mark.parametrize("case", BAD_INPUTS)
def test_convert_rejects_bad_input_with_one_line_and_no_output(tmp_path, case, output):
    path, problem = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out" / "graph.ttl"
    out.parent.mkdir()
    if output == "existing file":
        out.write_text("old content\n", encoding="utf-8")
    args = [] if output == "stdout" else ["-o", out]

    result = run_kg("convert", path, *args)

    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: {problem}\n"
    assert result.stdout == ""
    if output == "existing file":
        assert out.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in out.parent.iterdir()) == (["graph.ttl"] if output == "existing file" else [])


def test_convert_goes_on_after_bad_inputs_and_lists_each_on_one_line(tiny_articles, tmp_path):
    bad = _bad_inputs(tmp_path)
    good = tiny_articles("good")
    out = tmp_path / "out.trig"
    inputs = [bad["missing"][0], good, bad["binary"][0], bad["empty-dir"][0]]

    result = run_kg("convert", *inputs, "-o", out)

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad['missing'][0]}: {bad['missing'][1]}",
        f"error: {bad['binary'][0]}: {bad['binary'][1]}",
        f"error: {bad['empty-dir'][0]}: {bad['empty-dir'][1]}",
        f"3 failed, 1 article converted and written to {out}",
    ]
    assert oxigraph_by_graph(out.read_bytes(), "trig").keys() == {pyoxigraph.NamedNode(str(article_iri("good")))}


def test_convert_a_directory_with_a_bad_article_writes_the_good_ones(tiny_articles, tmp_path):
    tiny_articles("a")
    tiny_articles("c")
    bad = tiny_articles("b", "")

    result = run_kg("convert", tmp_path, "--format", "nquads")

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad}: is empty; expected a headline, a date line and paragraphs of text",
        "1 failed, 2 articles converted",
    ]
    graphs = oxigraph_by_graph(result.stdout_bytes, "nquads")
    assert graphs.keys() == {pyoxigraph.NamedNode(str(article_iri(name))) for name in "ac"}


def test_convert_non_conforming_graph_prints_the_report_and_writes_nothing(tiny_articles, tmp_path, broken_graphs):
    suffix = broken_graphs()
    article = tiny_articles()
    out = tmp_path / "out.ttl"
    out.write_text("old content\n", encoding="utf-8")

    result = run_kg("convert", article, "-o", out)

    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("The graph does not conform to the news-kg shapes: ")
    focus = f"<{article_iri('tiny')}{suffix}>"
    assert f"Violation: {focus} nkg:status: An event needs exactly one nkg:status" in result.stderr
    assert lines[-1] == f"error: {article}: the graph does not conform to the shapes; see the report above"
    assert all(line.startswith("Violation: ") for line in lines[1:-1])
    assert out.read_text(encoding="utf-8") == "old content\n"


def test_convert_no_validate_writes_a_non_conforming_graph(tiny_articles, broken_graphs):
    broken_graphs()

    result = run_kg("convert", tiny_articles(), "--no-validate")

    assert result.exit_code == 0
    assert result.stderr == ""


# ---- convert: wrong usage exits 2 before any work


USAGE_ERRORS = {
    # Click's own checks: the message is inside its usage text
    "unknown option": (["--bogus"], "No such option: --bogus"),
    "bad --published": (["--published", "2020-13-01"],
                        "Invalid value for '--published': '2020-13-01' is not a date; "
                        "expected YYYY-MM-DD, e.g. 2020-09-21"),
    "unknown --format": (["--format", "xml"], "Invalid value for '--format'"),
    "unknown --format in -o": (["-o", "{tmp}/out.ttl", "--format", "rdfxml"], "Invalid value for '--format'"),
    # news-kg's checks: exactly one line
    "conflicting --format and -o": (["--format", "nt", "-o", "{tmp}/out.ttl"],
                                    "error: {tmp}/out.ttl: the extension .ttl means turtle, but --format is nt; "
                                    "drop --format or change the extension\n"),
    "-o extension with no format": (["-o", "{tmp}/out.rdf"],
                                    "error: {tmp}/out.rdf: cannot tell the RDF format from the extension '.rdf'; "
                                    "use one of .ttl, .nt, .jsonld, .json, .trig, .nq or give the format "
                                    "(turtle, nt, json-ld, trig, nquads)\n"),
    "-o is the input": (["--format", "turtle", "-o", "{article}"],
                        "error: {article}: is also an input article; give another file for -o\n"),
}


@pytest.mark.parametrize("case", USAGE_ERRORS)
def test_convert_usage_errors_exit_2_and_write_nothing(tiny_articles, tmp_path, case):
    article = tiny_articles("article")
    before = article.read_bytes()
    options, message = USAGE_ERRORS[case]
    fill = {"tmp": tmp_path, "article": article}

    result = run_kg("convert", article, *[option.format(**fill) for option in options])

    assert result.exit_code == 2
    assert result.stdout == ""
    message = message.format(**fill)
    if message.startswith("error: "):
        assert result.stderr == message
    else:
        assert result.stderr.startswith("Usage: kg convert [OPTIONS]")
        assert message in plain(result.stderr)
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
    assert article.read_bytes() == before


def test_convert_without_articles_is_a_usage_error():
    result = run_kg("convert")

    assert result.exit_code == 2
    assert "Missing argument" in plain(result.stderr)


def test_unknown_exceptions_keep_their_traceback(monkeypatch, tiny_articles):
    import kg.batch.runner

    def bug(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(kg.batch.runner, "convert_batch", bug)

    result = run_kg("convert", tiny_articles())

    assert result.exit_code == 1
    assert isinstance(result.exception, RuntimeError)
    assert "error:" not in result.stderr


# ---- main(): the console script keeps the exit code


@pytest.mark.parametrize(("args", "code", "stderr"), [
    (["validate", "{tmp}/bad.ttl"], 2,
     "error: {tmp}/bad.ttl:2:1: not valid Turtle: Unexpected end; "
     "fix the file or regenerate it with kg convert\n"),
    (["convert", "{tmp}/missing.txt"], 1,
     "error: {tmp}/missing.txt: no such file; check the path; give article files (.txt, .html, .jsonl) "
     "or directories of them\n"),
    (["convert", "--bogus"], 2, None),
])
def test_issue_2_main_exits_with_the_command_code(monkeypatch, capsys, tmp_path, args, code, stderr):
    """`main` used to run the app with standalone_mode=False, which returns typer.Exit's code: kg exited 0."""
    (tmp_path / "bad.ttl").write_text("<a> <b> \n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["kg", *[arg.format(tmp=tmp_path) for arg in args]])

    with pytest.raises(SystemExit) as done:
        cli.main()

    assert done.value.code == code
    err = capsys.readouterr().err
    if stderr is None:
        assert "No such option: --bogus" in plain(err)
    else:
        assert err == stderr.format(tmp=tmp_path)


# ---- validate


@pytest.fixture
def example_files(converted_articles, tmp_path):
    """The example article's graph written as .ttl, and with one event's status removed, as .trig and .nq."""
    from kg.rdf.namespace import NKG

    graph = converted_articles[EXAMPLE.stem].graph
    good = tmp_path / "good.ttl"
    write_graph(graph, good)
    broken = Graph(identifier=graph.identifier)
    for prefix, namespace in graph.namespaces():
        broken.bind(prefix, namespace)
    broken += graph
    event = sorted(broken.subjects(NKG.status, None))[0]
    broken.remove((event, NKG.status, None))
    files = {"good": good, "event": event, "graph": broken}
    for fmt in ("trig", "nquads"):
        files[fmt] = tmp_path / f"broken{EXTENSION_OF[fmt]}"
        write_graph(broken, files[fmt])
    return files


def test_validate_conforming_file(example_files):
    result = run_kg("validate", example_files["good"])

    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{example_files['good']}: The graph conforms to the news-kg shapes.\n"
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_validate_reports_focus_node_path_and_message_in_named_graphs(example_files, fmt):
    from kg.validate.shacl import validate_graph

    path = example_files[fmt]

    result = run_kg("validate", path)

    assert result.exit_code == 1
    assert result.stdout == f"{path}: {validate_graph(example_files['graph']).render()}\n"
    assert (f"Violation: <{example_files['event']}> nkg:status: An event needs exactly one nkg:status"
            in result.stdout)
    assert result.stderr == ""


def test_validate_several_files_reports_each_and_exits_with_the_worst(example_files, tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n", encoding="utf-8")

    result = run_kg("validate", example_files["good"], example_files["nquads"], bad)

    assert result.exit_code == 2
    assert result.stdout.startswith(f"{example_files['good']}: The graph conforms")
    assert f"{example_files['nquads']}: The graph does not conform" in result.stdout
    assert result.stderr == (f"error: {bad}:2:17: not valid N-Triples: The object of a triple must be an IRI, "
                             "a blank node or a literal; fix the file or regenerate it with kg convert\n")


def test_validate_a_missing_file_exits_2(tmp_path):
    result = run_kg("validate", tmp_path / "none.ttl")

    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'none.ttl'}: no such file\n"


# ---- query and queries


@pytest.fixture(scope="session")
def example_turtle(converted_articles, tmp_path_factory) -> Path:
    """The example article's graph as a Turtle file."""
    path = tmp_path_factory.mktemp("query") / "example.ttl"
    write_graph(converted_articles[EXAMPLE.stem].graph, path)
    return path


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "srj", "srx", "tsv"])
def test_query_prints_the_rows_in_each_format(example_turtle, fmt):
    from kg.store.query import query_files
    from kg.store.results import format_result

    result = run_kg("query", "events_by_type", example_turtle, "--format", fmt)

    assert result.exit_code == 0, result.stderr
    assert result.stdout == format_result(query_files("events_by_type", [example_turtle]), fmt)
    assert result.stdout.count("Arrest") == 1 and result.stdout.endswith("\n")


def test_issue_12_query_json_has_numbers_and_nulls(example_turtle):
    """Issue 12 (finding 4): every value was a string and a missing one ""."""
    result = run_kg("query", "loans", example_turtle, "--format", "json")

    assert result.exit_code == 0, result.stderr
    loan = json.loads(result.stdout)[0]
    assert (loan["lender"], loan["borrower"], loan["amount"], loan["currency"]) == ("Russia", "Belarus",
                                                                                   1500000000, "USD")
    assert loan["source"] is None
    counts = json.loads(run_kg("query", "events_by_type", example_turtle, "--format", "json").stdout)
    assert all(isinstance(row["count"], int) for row in counts)


def test_issue_12_query_table_has_prefixed_names_and_the_width_of_columns(example_turtle, monkeypatch):
    """Issue 12 (finding 4): every cell was cut at 40 characters, and COLUMNS=200 changed nothing."""
    monkeypatch.setenv("COLUMNS", "120")
    narrow = run_kg("query", "events", example_turtle)
    monkeypatch.delenv("COLUMNS")
    piped = run_kg("query", "events", example_turtle)  # not a terminal, no COLUMNS: one line a row

    assert narrow.exit_code == piped.exit_code == 0
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 120
    rows = piped.stdout.splitlines()[2:]
    assert len(rows) == len(run_kg("query", "events", example_turtle, "--format", "csv").stdout.splitlines()) - 1
    assert rows[0].startswith(f"id:article/{EXAMPLE.stem}/event/") and "…" not in piped.stdout
    assert "https://w3id.org/news-kg/" not in piped.stdout


def test_query_binds_a_param(example_turtle):
    iri = article_iri(EXAMPLE.stem)

    result = run_kg("query", "timeline", example_turtle, "--format", "csv", "--param", f"article=<{iri}>")
    other = run_kg("query", "timeline", example_turtle, "--format", "csv", "--param", "article=<urn:none>")

    assert (result.exit_code, other.exit_code) == (0, 0), result.stderr + other.stderr
    assert len(result.stdout.splitlines()) > 1
    assert len(other.stdout.splitlines()) == 1  # the header alone


@pytest.mark.parametrize(("args", "code", "stderr"), [
    (["nosuch", "{data}"], 2, None),
    (["events", "{data}", "--param", "article"], 2, "error: parameter 'article' has no '='; write name=value\n"),
    (["events", "{data}", "--param", "nosuch=1"], 2,
     "error: events: the query takes no parameter nosuch; it takes: none\n"),
    (["events", "{missing}"], 1, "error: {missing}: no such file\n"),
])
def test_query_errors(example_turtle, tmp_path, args, code, stderr):
    fill = {"data": example_turtle, "missing": tmp_path / "missing.ttl"}

    result = run_kg("query", *[arg.format(**fill) for arg in args])

    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    if stderr is not None:
        assert result.stderr.startswith(stderr.format(**fill))


COUNT_QUERY = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"


def test_issue_12_query_takes_its_text_from_an_argument_stdin_or_a_sparql_file(example_turtle, tmp_path):
    """Issue 12 (finding 5): `kg query 'SELECT ...'`, `kg query -` and `x.sparql` said "no saved query named"."""
    (tmp_path / "count.sparql").write_text(COUNT_QUERY + "\n", encoding="utf-8")

    given = run_kg("query", COUNT_QUERY, example_turtle, "--format", "csv")
    piped = CliRunner().invoke(app, ["query", "-", str(example_turtle), "--format", "csv"], prog_name="kg",
                               input=COUNT_QUERY)
    filed = run_kg("query", tmp_path / "count.sparql", example_turtle, "--format", "csv")

    assert (given.exit_code, piped.exit_code, filed.exit_code) == (0, 0, 0), given.stderr + piped.stderr
    assert given.stdout == piped.stdout == filed.stdout
    assert given.stdout.startswith("triples\n") and int(given.stdout.split()[1]) > 100


@pytest.mark.parametrize(("name", "hint"), [
    ("loan", "did you mean 'loans'? (kg queries lists them)"),
    ("event", "did you mean 'events'? (kg queries lists them)"),
    ("xyzzy", "available: conflicts, detentions, entities, events, events_by_type, gdelt_like, happenings, loans, "
              "protests, roles, sanctions, statements, timeline; or give a .rq or .sparql file, - for stdin, or the query text"),
])
def test_issue_12_an_unknown_query_name_is_a_usage_error_naming_the_closest(example_turtle, name, hint):
    result = run_kg("query", name, example_turtle)

    assert result.exit_code == 2
    assert (result.stdout, result.stderr) == ("", f"error: no saved query named {name!r}; {hint}\n")


def test_issue_12_a_query_text_keeps_its_parameters_bound(example_turtle):
    value = '"} UNION { ?s ?p ?o } #'

    result = run_kg("query", "SELECT ?v WHERE {}", example_turtle, "--format", "csv", "--param", f"v={value}")

    assert result.exit_code == 0, result.stderr
    assert result.stdout == f'v\n"""}} UNION {{ ?s ?p ?o }} #"\n'


@pytest.mark.parametrize(("stdin", "stderr"), [
    (b"", "error: <stdin>: holds no query; give a SPARQL SELECT query\n"),
    (b"SELECT \xff", "error: <stdin>: is not UTF-8 text (invalid start byte at byte 7); save the query as UTF-8\n"),
    (b"SELECT * WHERE { ?s }", "error: <stdin>: SPARQL syntax error: "),
])
def test_query_from_stdin_that_holds_no_query(example_turtle, stdin, stderr):
    result = CliRunner().invoke(app, ["query", "-", str(example_turtle)], prog_name="kg", input=stdin)

    assert result.exit_code == 1
    assert result.stderr.startswith(stderr) and result.stderr.count("\n") == 1


def test_queries_lists_every_saved_query_with_its_purpose():
    from kg.store.query import describe_queries

    result = run_kg("queries")

    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [name for name, _ in describe_queries()]
    assert all(line.endswith(purpose) for line, (_, purpose) in zip(lines, describe_queries()))


# ---- ontology check


@pytest.mark.parametrize(("consistent", "code"), [(True, 0), (False, 1), (None, 1)])
def test_ontology_check_exit_code(monkeypatch, consistent, code):
    import kg.validate.reasoner

    outcome = kg.validate.reasoner.OntologyCheck(consistent, 20, 30, "HermiT", "a message")
    monkeypatch.setattr(kg.validate.reasoner, "check_ontology", lambda: outcome)

    result = run_kg("ontology", "check")

    assert result.exit_code == code
    assert result.stdout == "20 classes, 30 properties; HermiT: a message\n"


# ---- help


def _commands(command, path=("kg",)):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = [" ".join(path) for path, _ in _commands(get_command(app))]


def test_every_command_and_option_has_help():
    for path, command in _commands(get_command(app)):
        assert command.help, f"{' '.join(path)} has no help"
        assert "Exit codes: 0" in command.help, f"{' '.join(path)} does not document its exit codes"
        if hasattr(command, "commands"):
            assert command.no_args_is_help, f"{' '.join(path)} should show help when run bare"
        for param in command.params:
            assert getattr(param, "help", None), f"{' '.join(path)} {param.name} has no help"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_exits_0_and_documents_exit_codes(command):
    result = run_kg(*command.split()[1:], "--help")

    assert result.exit_code == 0
    assert "Exit codes: 0" in plain(result.stdout)


@pytest.mark.parametrize("group", [[], ["ontology"]])
def test_groups_without_arguments_show_help(group):
    result = run_kg(*group)

    assert result.exit_code == 2  # Click's no_args_is_help: help, and a usage exit code
    assert "Usage: kg" in result.stdout


# ---- version, shell completion, help without type tags (issue 12, finding 6)


def test_issue_12_version():
    """Issue 12 (finding 6): there was no --version."""
    from importlib.metadata import version

    import kg

    result = run_kg("--version")

    assert result.exit_code == 0
    assert result.stdout == f"news-kg {kg.__version__}\n"
    assert kg.__version__ == version("news-kg")


def test_issue_12_shell_completion_completes_commands_options_and_saved_queries():
    """Issue 12 (finding 6): no shell completion. Typer's own, as bash asks for it (--install-completion
    writes the same script into the shell's start-up file)."""
    def complete(words: str) -> list[str]:
        env = {"_KG_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        result = CliRunner().invoke(app, [], prog_name="kg", env=env)
        assert result.exit_code == 0, result.output
        return result.stdout.split()

    assert complete("kg que") == ["query", "queries"]
    assert complete("kg query ev") == ["events", "events_by_type"]
    assert complete("kg query x --format s") == ["srj", "srx"]
    script = run_kg("--show-completion", "bash")
    assert script.exit_code == 0 and "_KG_COMPLETE=complete_bash" in script.stdout


TYPE_TAGS = re.compile(r"<(bool|str|int|float|path|list\[[^>]*\]|[a-z-]+(\|[a-z-]+)+)>|\{[A-Z]+\}")


@pytest.mark.parametrize("command", COMMANDS)
def test_issue_12_help_shows_no_type_tags(command):
    """Issue 12 (finding 6): help showed `<bool>`, `<list[str]>`, `{ARTICLE}...`."""
    result = run_kg(*command.split()[1:], "--help")

    assert result.exit_code == 0
    assert TYPE_TAGS.search(result.stdout) is None, TYPE_TAGS.search(result.stdout).group()
