"""The `kg` command line: parses options, calls one function of `kg`, maps errors.

Every command runs under `reports_errors`, which turns a `KgError` into one
line ``error: <where>: <problem>; <hint>`` on stderr and `typer.Exit` with
the error's code, so the Typer app itself (and `typer.testing.CliRunner`)
sees the same exit codes and messages as a shell. Any other exception is a
bug and keeps its traceback.

Exit codes: 0 ok; 1 an input was rejected or a graph does not conform;
2 wrong usage (or, for `kg validate`, an RDF file that cannot be parsed).
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Annotated, Optional, TypeVar

import typer

from kg.errors import KgError, NotConformant

EXIT_CODES = "Exit codes: 0 ok; 1 rejected input or a non-conforming graph; 2 wrong usage."

app = typer.Typer(
    name="kg",
    help="news-kg: read news articles and state their facts as validated RDF.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
ontology_app = typer.Typer(help="Check the packaged OWL ontology.\n\nExit codes: 0 consistent; 1 inconsistent or not checked; 2 wrong usage.",
                           no_args_is_help=True)
app.add_typer(ontology_app, name="ontology")

Command = TypeVar("Command", bound=Callable)


class OutputFormat(str, Enum):
    turtle = "turtle"
    nt = "nt"
    json_ld = "json-ld"
    trig = "trig"
    nquads = "nquads"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def report(err: KgError) -> None:
    """Print `err` on stderr: a SHACL report first if it has one, then ``error: <message>``."""
    if isinstance(err, NotConformant):
        typer.echo(err.report, err=True)
    typer.echo(f"error: {err.message}", err=True)


def reports_errors(command: Command) -> Command:
    """Wrap a command so a `KgError` it raises becomes `report` + `typer.Exit(err.exit_code)`."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as err:
            report(err)
            raise typer.Exit(err.exit_code) from None

    return run


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD, e.g. 2020-09-21") from None


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@app.command()
@reports_errors
def convert(
    articles: Annotated[list[str], typer.Argument(
        metavar="ARTICLE", help="Article files (.txt) or directories of them.", show_default=False)],
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="FILE", help="Output file, written atomically; '-' or none: stdout.")] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option(
        "--format", help="RDF format; default: from the -o extension (.ttl .nt .jsonld .trig .nq), else turtle.")] = None,
    published: Annotated[Optional[date], typer.Option(
        parser=_iso_date, metavar="YYYY-MM-DD",
        help="Publication date, overriding the article's date line.")] = None,
    lexicon: Annotated[Optional[list[str]], typer.Option(
        "--lexicon", metavar="FILE", help="A user lexicon YAML file (repeatable).")] = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
) -> None:
    """Convert news articles into an RDF knowledge graph, validated against the shapes.

    Several articles go into one output: one named graph per article (its
    IRI) in TriG and N-Quads, their union in the other formats. An article
    that fails is reported on one line and skipped; the others are written.
    An article whose graph breaks the shapes is not written; its report goes
    to stderr.

    Exit codes: 0 all converted; 1 an article was rejected or does not
    conform; 2 wrong usage (unknown option or format, bad date, an -o
    extension that names no format or contradicts --format).
    """
    from kg.pipeline import convert_files

    result = convert_files(articles, output, fmt.value if fmt else None, published=published,
                           lexicon_files=tuple(lexicon or ()), validate=not no_validate)
    if result.ok:
        return
    for err in result.failures:
        report(err)
    if result.attempted > 1:
        written = f" and written to {output}" if result.converted and output not in (None, "-") else ""
        typer.echo(f"{len(result.failures)} failed, {_count(len(result.converted), 'article')} converted"
                   f"{written}", err=True)
    raise typer.Exit(max(err.exit_code for err in result.failures))


@app.command()
@reports_errors
def validate(
    files: Annotated[list[str], typer.Argument(
        metavar="FILE", help="RDF files (.ttl .nt .jsonld .trig .nq; Turtle otherwise).", show_default=False)],
) -> None:
    """Validate RDF files against the news-kg shapes and print a report for each.

    The report lists each violation: focus node, path and message. TriG and
    N-Quads files are validated as the union of all their graphs.

    Exit codes: 0 every file conforms; 1 a file does not conform; 2 a file
    cannot be parsed (the message gives its line) or wrong usage.
    """
    from kg.rdffiles import parse_graph_file
    from kg.validate import validate_graph

    worst = 0
    for path in files:
        try:
            outcome = validate_graph(parse_graph_file(path))
        except KgError as err:
            report(err)
            worst = max(worst, err.exit_code)
            continue
        typer.echo(f"{path}: {outcome.render()}")
        if not outcome.conforms:
            worst = max(worst, 1)
    if worst:
        raise typer.Exit(worst)


@app.command()
@reports_errors
def query(
    name: Annotated[str, typer.Argument(
        metavar="QUERY", help="A saved query's name (see `kg queries`) or a .rq file.", show_default=False)],
    data: Annotated[list[str], typer.Argument(
        metavar="DATA", help="RDF files to query (their union).", show_default=False)],
    fmt: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", metavar="NAME=VALUE",
        help="Bind a query variable; <...> or http(s)://... binds an IRI, else a literal (repeatable).")] = None,
) -> None:
    """Run a saved SPARQL query (or a .rq file) over RDF files and print the rows.

    Exit codes: 0 ok; 1 an unknown query, a query or data file that cannot
    be read; 2 wrong usage (a bad --param).
    """
    from kg.query import run_query, to_csv, to_json, to_table

    result = run_query(name, data, param or [])
    render = {"table": to_table, "csv": to_csv, "json": to_json}[fmt.value]
    typer.echo(render(result), nl=False)


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("eval")
@reports_errors
def eval_(
    gold: Annotated[list[str], typer.Argument(help="Gold annotation files (.yaml) or directories of them.")],
    articles: Annotated[Optional[str], typer.Option("--articles", help="Directory holding <id>.txt for each gold file; default: articles/ beside the gold files' directory, else the gold files' own directory.")] = None,
    lexicon: Annotated[Optional[list[str]], typer.Option("--lexicon", help="A user lexicon YAML file (repeatable), as for convert.")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Report format: a readable text report, or JSON.")] = ReportFormat.text,
) -> None:
    """Score the converter against gold annotations: recall and precision per entity type,
    roles and event type, with the missed and spurious items.

    Exit codes: 0 scored; 1 an article could not be converted (its gold items count as
    missed) or a gold file is broken.
    """
    from kg.evaluate import evaluate, render_json, render_text

    evaluation = evaluate(gold, articles_dir=articles, lexicon_files=tuple(lexicon or ()))
    typer.echo(render_json(evaluation) if fmt is ReportFormat.json else render_text(evaluation), nl=False)
    for article in evaluation.errors:
        typer.echo(f"error: {article.error}", err=True)
    if evaluation.errors:
        raise typer.Exit(1)


@app.command()
@reports_errors
def queries() -> None:
    """List the saved queries with what each answers.

    Exit codes: 0 ok.
    """
    from kg.query import describe_queries

    rows = describe_queries()
    width = max((len(name) for name, _ in rows), default=0)
    for name, purpose in rows:
        typer.echo(f"{name.ljust(width)}  {purpose}")


@ontology_app.command("check")
@reports_errors
def ontology_check() -> None:
    """Load the ontology with owlready2 and ask HermiT whether it is consistent.

    Exit codes: 0 consistent; 1 inconsistent, or not checked (e.g. no Java).
    """
    from kg.reasoner import check_ontology

    result = check_ontology()
    typer.echo(f"{result.classes} classes, {result.properties} properties; {result.reasoner}: {result.message}")
    if result.consistent is not True:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point (`kg = "cli:main"`): run the app; it exits with the command's code."""
    app(prog_name="kg")


if __name__ == "__main__":
    main()
