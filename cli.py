"""The `kg` command line: parses options, calls one function of `kg`, maps errors.

Exit codes: 0 ok; 1 an input was rejected or a graph does not conform;
2 wrong usage (or, for `kg validate`, an RDF file that cannot be parsed).
"""
from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import KgError, NotConformant, UsageError

app = typer.Typer(
    name="kg",
    help="news-kg: read news articles and state their facts as validated RDF.\n\n"
         "Exit codes: 0 ok; 1 rejected input or a non-conforming graph; 2 wrong usage.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
ontology_app = typer.Typer(help="Check the packaged OWL ontology.", no_args_is_help=True)
app.add_typer(ontology_app, name="ontology")


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


def _fail(err: KgError) -> None:
    if isinstance(err, NotConformant):
        typer.echo(err.report, err=True)
    typer.echo(f"error: {err.message}", err=True)


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD") from None


@app.command()
def convert(
    articles: Annotated[list[str], typer.Argument(help="Article files (.txt) or directories of them.")],
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Output file; '-' or none: stdout.")] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option("--format", help="RDF format; default: from the -o extension, else Turtle.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD, overriding the article's date line.")] = None,
    lexicon: Annotated[Optional[list[str]], typer.Option("--lexicon", help="A user lexicon YAML file (repeatable).")] = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
) -> None:
    """Convert news articles into an RDF knowledge graph, validated against the shapes."""
    from kg.pipeline import convert_files

    result = convert_files(articles, output, fmt.value if fmt else None, published=_published(published),
                           lexicon_files=tuple(lexicon or ()), validate=not no_validate)
    for err in result.failures:
        _fail(err)
    if result.failures:
        done = len(result.converted)
        typer.echo(f"{len(result.failures)} article(s) failed, {done} converted", err=True)
        raise typer.Exit(1)


@app.command()
def validate(files: Annotated[list[str], typer.Argument(help="RDF files to validate.")]) -> None:
    """Validate RDF files against the news-kg shapes: 0 conforms, 1 does not, 2 unreadable."""
    from kg.rdffiles import parse_graph_file
    from kg.validate import validate_graph

    worst = 0
    for path in files:
        try:
            report = validate_graph(parse_graph_file(path))
        except KgError as err:
            _fail(err)
            worst = max(worst, err.exit_code)
            continue
        typer.echo(f"{path}: {report.render()}")
        worst = max(worst, 0 if report.conforms else 1)
    raise typer.Exit(worst)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A saved query's name (see `kg queries`) or a .rq file.")],
    data: Annotated[list[str], typer.Argument(help="RDF files to query (their union).")],
    fmt: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    param: Annotated[Optional[list[str]], typer.Option("--param", help="Bind a query variable: name=value (repeatable).")] = None,
) -> None:
    """Run a saved SPARQL query over RDF files and print the rows."""
    from kg.query import run_query, to_csv, to_json, to_table

    result = run_query(name, data, _params(param or []))
    render = {"table": to_table, "csv": to_csv, "json": to_json}[fmt.value]
    sys.stdout.write(render(result))


def _params(values: list[str]) -> dict[str, str]:
    out = {}
    for value in values:
        key, sep, bound = value.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{value!r}: expected name=value")
        out[key.strip()] = bound
    return out


@app.command()
def queries() -> None:
    """List the saved queries with what each answers."""
    from kg.query import describe_queries

    rows = describe_queries()
    width = max((len(name) for name, _ in rows), default=0)
    for name, purpose in rows:
        typer.echo(f"{name.ljust(width)}  {purpose}")


@ontology_app.command("check")
def ontology_check() -> None:
    """Load the ontology with owlready2 and ask HermiT whether it is consistent."""
    from kg.reasoner import check_ontology

    result = check_ontology()
    typer.echo(f"{result.classes} classes, {result.properties} properties; {result.reasoner}: {result.message}")
    if result.consistent is False:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point: run the app, turning project errors into messages."""
    try:
        app(standalone_mode=False)
    except KgError as err:
        _fail(err)
        sys.exit(err.exit_code)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(1)
    except Exception as err:  # click's usage errors: print them as click would
        from click.exceptions import ClickException

        if isinstance(err, ClickException):
            err.show()
            sys.exit(err.exit_code)
        raise
    sys.exit(0)


if __name__ == "__main__":
    main()
