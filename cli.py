"""The `kg` command line: parses options, calls one function of `kg`, maps errors.

Every command runs under `reports_errors`, which turns a `KgError` into one
line ``error: <where>: <problem>; <hint>`` on stderr and `typer.Exit` with
the error's code, so the Typer app itself (and `typer.testing.CliRunner`)
sees the same exit codes and messages as a shell. Any other exception is a
bug and keeps its traceback.

Exit codes: 0 ok; 1 an input was rejected or a graph does not conform;
2 wrong usage (or, for `kg validate`, an RDF file that cannot be parsed);
130 stopped by Ctrl-C.

Nothing reaches the terminal with a control character or escape sequence in
it, whatever a file or a server put there (`kg.errors.printable`).
"""
from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Annotated, Optional, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kg import __version__
from kg.errors import Interrupted, KgError, NotConformant, UsageError, printable

EXIT_CODES = "Exit codes: 0 ok; 1 rejected input or a non-conforming graph; 2 wrong usage; 130 Ctrl-C."


# ---- help as a reader wants it: names and metavars, no Python type tags


class PlainArgument(TyperArgument):
    """An argument shown by its name: ``ARTICLE...``, ``[DATA]...`` (Typer writes ``{ARTICLE}...`` and
    a type column of Python types, ``<list[str]>``)."""

    def display_type_rich(self, ctx) -> None:
        return None

    def get_usage_pieces(self, ctx) -> list[str]:
        name = self.metavar or self.name.upper()
        name = name if self.required else f"[{name}]"
        return [name + ("..." if self.nargs != 1 else "")]


class PlainOption(TyperOption):
    """An option shown with its metavar, its choices (``turtle|nt|...``) or nothing (a flag): Typer writes
    ``<bool>`` and ``<turtle|nt|...>``."""

    def display_type_rich(self, ctx) -> str | None:
        if self.metavar is not None:
            return self.metavar
        if self.is_flag:
            return None
        shown = (super().display_type_rich(ctx) or "").strip("<>")
        return shown if "|" in shown else self.name.upper()  # choices, else the option's name


class PlainHelp:
    """A command's parameters shown as `PlainArgument` and `PlainOption`: the mixin of `KgCommand`, `KgGroup`.

    Typer makes its own parameter objects (and adds --help, --install-completion and
    --show-completion) and offers no hook for their class; the subclasses add no state, so
    changing an object's class changes how it is shown and nothing else.
    """

    def get_params(self, ctx) -> list:
        params = super().get_params(ctx)
        for param in params:
            if type(param) is TyperArgument:
                param.__class__ = PlainArgument
            elif type(param) is TyperOption:
                param.__class__ = PlainOption
        return params


class KgCommand(PlainHelp, TyperCommand):
    """Every `kg` command: help without type tags."""


class KgGroup(PlainHelp, TyperGroup):
    """`kg` and `kg ontology`: help without type tags."""


app = typer.Typer(
    name="kg",
    cls=KgGroup,
    help="news-kg: read news articles and state their facts as validated RDF.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=True,
)
ontology_app = typer.Typer(cls=KgGroup, help="Check the packaged OWL ontology.\n\nExit codes: 0 consistent; 1 inconsistent or not checked; 2 wrong usage.",
                           no_args_is_help=True)
app.add_typer(ontology_app, name="ontology")


def _print_version(asked: bool) -> None:
    if asked:
        typer.echo(f"news-kg {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print news-kg's version and exit.")] = False,
) -> None:
    """news-kg: read news articles and state their facts as validated RDF."""

Command = TypeVar("Command", bound=Callable)


class OutputFormat(str, Enum):
    turtle = "turtle"
    nt = "nt"
    json_ld = "json-ld"
    trig = "trig"
    nquads = "nquads"


class TableFormat(str, Enum):
    """Formats of rows (kg.store.results.FORMATS)."""

    table = "table"
    csv = "csv"
    json = "json"
    srj = "srj"
    srx = "srx"
    tsv = "tsv"


FORMAT_HELP = ("Output format: table (for reading: prefixed names, as wide as the terminal), csv, json (numbers "
               "as numbers, null where unbound), or a W3C SPARQL result format: srj (JSON), srx (XML), tsv.")


# ---- where graphs are loaded and queried (kg load, query, stats, serve; convert --load): kg/store/targets.py

StoreOption = Annotated[Optional[str], typer.Option(
    "--store", metavar="[PATH]", show_default=False,
    help="The embedded store (a directory); PATH left out: $KG_STORE, else .kg/store.")]
EndpointOption = Annotated[Optional[str], typer.Option(
    "--endpoint", metavar="URL", show_default=False,
    help="A SPARQL 1.1 server's base URL, with /query, /update and /store beneath it (Oxigraph's layout); "
         "credentials from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN.")]
QueryUrlOption = Annotated[Optional[str], typer.Option(
    "--query-url", metavar="URL", show_default=False,
    help="The server's SPARQL query URL (instead of --endpoint's /query); kg query and kg link read through it, and "
         "kg load asks it what the server's articles say of shared entities. Every command that talks to a server takes "
         "all four endpoint options, so one set fits them all.")]
UpdateUrlOption = Annotated[Optional[str], typer.Option(
    "--update-url", metavar="URL", show_default=False,
    help="The server's SPARQL update URL (instead of --endpoint's /update); loads through it when no graph store URL is known.")]
GraphStoreUrlOption = Annotated[Optional[str], typer.Option(
    "--graph-store-url", metavar="URL", show_default=False,
    help="The server's Graph Store Protocol URL (instead of --endpoint's /store).")]


_SCHEDULER = re.compile(r"^(tcp|tls|inproc|ucx|ws|wss)://|^[\w.\-]+:\d+$|^\[[0-9a-fA-F:]+\]:\d+$")
"""What a Dask scheduler's address looks like (``tcp://HOST:8786``, ``HOST:8786``): after ``--cluster``,
anything else is an input, and the address is left out."""


class OptionalStorePath(KgCommand):
    """A command whose ``--store`` may come without its PATH, which then means the default store
    (and whose ``--cluster``, on ``kg convert``, without its ADDRESS, which then means
    ``$DASK_SCHEDULER_ADDRESS``).

    Typer has no option with an optional value, so a ``--store`` followed by
    nothing or by another option gets an empty PATH before Click parses.
    """

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        given: list[str] = []
        for index, arg in enumerate(args):
            given.append(arg)
            if arg == "--":
                given.extend(args[index + 1:])
                break
            if arg == "--store" and (index + 1 == len(args) or args[index + 1].startswith("-")):
                given.append("")
            if arg == "--cluster" and (index + 1 == len(args) or not _SCHEDULER.match(args[index + 1])):
                given.append("")  # the address is left out: what follows is an input or another option
        return super().parse_args(ctx, given)


def report(err: KgError) -> None:
    """Print `err` on stderr: a SHACL report first if it has one, then ``error: <message>``."""
    if isinstance(err, NotConformant):
        typer.echo(printable(err.report, lines=True), err=True)
    typer.echo(f"error: {err.message}", err=True)


def note(kind: str, text: str) -> None:
    """Print ``<kind>: <text>`` on stderr, one line of plain text (file names may hold anything)."""
    typer.echo(f"{kind}: {printable(text)}", err=True)


def echo_data(text: str | bytes) -> None:
    """Print `text` (rows, a graph; bytes are UTF-8) on stdout; to a terminal, without control characters or
    escape sequences (a server's or a file's text could rewrite the screen), tabs and line ends kept."""
    import sys

    if sys.stdout.isatty():
        text = printable(text.decode("utf-8") if isinstance(text, bytes) else text, lines=True)
    typer.echo(text, nl=False)


class DataOutput:
    """Standard output as a binary file for rows written as they come (`kg query --endpoint`): bytes are
    passed on in chunks of `CHUNK`, and to a terminal as `echo_data` passes text (decoded as UTF-8 across
    the chunks' edges; an escape sequence cut by an edge loses both halves)."""

    CHUNK = 1 << 16

    def __init__(self) -> None:
        import codecs
        import sys

        self.pending = bytearray()
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace") if sys.stdout.isatty() else None

    def write(self, data: bytes) -> int:
        self.pending += data
        if len(self.pending) >= self.CHUNK:
            self.flush()
        return len(data)

    def flush(self, final: bool = False) -> None:
        """Pass on what is pending (`final`: the end of the output)."""
        data, self.pending = bytes(self.pending), bytearray()
        if self.decoder is not None:
            text = self.decoder.decode(data, final)
            if text:
                typer.echo(printable(text, lines=True), nl=False)
        elif data:
            typer.echo(data, nl=False)


def server_from_options(endpoint: str | None, query_url: str | None, update_url: str | None,
                        graph_store_url: str | None):
    """`kg.store.endpoint.endpoint_from_options` for the options given; None, without importing the HTTP
    client (http.client, ssl, urllib: ~0.1 s of a query's start-up), when none names a server."""
    if endpoint is None and query_url is None and update_url is None and graph_store_url is None:
        return None
    from kg.store.endpoint import endpoint_from_options

    return endpoint_from_options(endpoint, query_url=query_url, update_url=update_url,
                                 graph_store_url=graph_store_url)


def warn_if_unfinished(store: str | None) -> None:
    """Print a warning when the embedded store records a `kg load` that did not finish (`kg.store.bulkload`)."""
    from kg.store.bulkload import unfinished_load
    from kg.store.embedded import store_path

    path = store_path(store)
    found = unfinished_load(path)
    if found is not None:
        note("warning", f"{path}: {found.message()}")


def note_listing(store: str | None, name: str, params: list[str] | None, graph: str | None) -> None:
    """Print a note when a kept listing was answered through SPARQL, not the store's table (`kg.store.listings`)."""
    from kg.store.embedded import store_path
    from kg.store.listings import listing_note

    found = listing_note(store_path(store), name, params, graph)
    if found is not None:
        note("note", found)


def reports_errors(command: Command) -> Command:
    """Wrap a command so a `KgError` it raises becomes `report` + `typer.Exit(err.exit_code)`."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as err:
            report(err)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:  # Ctrl-C: one line and 130, not a traceback (nor Click's "Aborted!" and 1)
            report(Interrupted(None, "interrupted (Ctrl-C)"))
            raise typer.Exit(Interrupted.exit_code) from None
        except BrokenPipeError:
            _quiet_stdout()  # `kg query events x | head`: the reader has what it wanted
            raise typer.Exit(0) from None
        except OSError as err:
            if err.filename is not None:
                raise  # a file's own error is reported where the file is opened; this one is a bug
            report(KgError("<stdout>", f"cannot write: {err.strerror or err}",
                           "check the free space of what standard output goes to, or write to a file with -o"))
            _quiet_stdout()
            raise typer.Exit(1) from None

    return run


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush of what could not be
    written (a full disk, a closed pipe) raises nothing more at exit."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD, e.g. 2020-09-21") from None


def _encoding(value: str) -> str:
    from kg.read.text import check_encoding

    try:
        return check_encoding(value)
    except LookupError as error:
        raise typer.BadParameter(str(error)) from None


@app.command(cls=OptionalStorePath)
@reports_errors
def convert(
    articles: Annotated[list[str], typer.Argument(
        metavar="ARTICLE",
        help="Articles: .txt files, .html pages, .jsonl corpora (one article a line), directories of them, "
             "or '-' for stdin.", show_default=False)],
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="FILE|DIR/",
        help="Output file, written atomically (through a symbolic link, to the file it points to, keeping its "
             "mode; a read-only file is refused); a character device or FIFO is written straight through; "
             "a directory (DIR/ or an existing one): one file per article; '-' or none: stdout.")] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option(
        "--format", help="RDF format; default: from the -o extension (.ttl .nt .jsonld .trig .nq), else turtle.")] = None,
    published: Annotated[Optional[date], typer.Option(
        parser=_iso_date, metavar="YYYY-MM-DD",
        help="Publication date, overriding the article's date line.")] = None,
    lexicon: Annotated[Optional[list[str]], typer.Option(
        "--lexicon", metavar="FILE", help="A user lexicon YAML file (repeatable).")] = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
    load: Annotated[bool, typer.Option(
        "--load", help="Also load each converted article into the store (or --endpoint); stdout gets nothing "
                       "unless -o says.")] = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    query_url: QueryUrlOption = None,
    update_url: UpdateUrlOption = None,
    graph_store_url: GraphStoreUrlOption = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, metavar="N", show_default=False,
        help="Worker processes (default: the machine's cores); the output is the same for any N.")] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress line and no closing summary, which go to stderr only when it is a "
                              "terminal (failures are always reported).")] = False,
    errors: Annotated[Optional[str], typer.Option(
        "--errors", metavar="FILE", show_default=False,
        help="Where to list the failed articles (default: DIR/errors.log, or FILE.errors.log for several "
             "articles into -o FILE).")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Convert every article, even those whose output is up to date.")] = False,
    encoding: Annotated[Optional[str], typer.Option(
        "--encoding", parser=_encoding, metavar="NAME", show_default=False,
        help="Encoding of plain-text articles without a byte-order mark, e.g. cp1252 (default: UTF-8; "
             "UTF-16 and UTF-32 with a mark are read as such).")] = None,
    cluster: Annotated[Optional[str], typer.Option(
        "--cluster", metavar="[ADDRESS]", show_default=False,
        help="Convert on a Dask cluster's workers (tcp://HOST:8786; left out: $DASK_SCHEDULER_ADDRESS) instead "
             "of local processes; the same bytes. Needs Dask: the project's extra named cluster.")] = None,
) -> None:
    """Convert news articles into an RDF knowledge graph, validated against the shapes.

    Several articles go into one output as one named graph per article (its
    IRI): TriG, N-Quads or JSON-LD (compacted, with a @context), which kg
    load takes article by article. Turtle and N-Triples hold one graph, so
    several articles into one of them are refused before any work: use one
    of the others, or -o DIR/ for a file per article. An article that fails is reported on one line and skipped; the others are written.
    An entry of an input directory that is not read (a subdirectory, a broken symbolic link) is named in a note.
    An article whose graph breaks the shapes is not written; its report goes
    to stderr.

    With --load each converted article also replaces its graph in the
    embedded store (see `kg load`), or on the --endpoint server, whose
    happenings are linked once, at the end (see `kg link`).

    Corpora: articles are streamed to --jobs worker processes (or, with
    --cluster, a Dask cluster's workers) and written in input order. Inputs
    and -o may be fsspec URLs (s3://, gs://, file://, ...). When stderr is a terminal it shows a progress line and,
    for several articles, a closing summary (articles, triples, entities and
    events by type, failures). A re-run skips the articles whose output
    is up to date (same input bytes, same news-kg, the output still whole), so an
    interrupted batch resumes: with -o DIR/ or an N-Quads, TriG or JSON-LD file.

    Exit codes: 0 all converted; 1 an article was rejected or does not
    conform, or the store or server failed; 2 wrong usage (unknown option or format, bad date or one out of the years 1800-2200, an -o
    extension that names no format or contradicts --format, several articles into Turtle or N-Triples, an output or errors file that is an input).
    """
    from kg.batch.runner import convert_batch

    global _skip_teardown
    _skip_teardown = not load  # nothing to close at exit but files, closed before this returns (see `console`)
    target = None
    if load or store is not None or any(url is not None for url in (endpoint, query_url, update_url, graph_store_url)):
        # the store's modules only when asked for (~15 ms)
        from kg.store.endpoint import endpoint_from_options
        from kg.store.targets import check_load_options

        target = endpoint_from_options(endpoint, query_url=query_url, update_url=update_url,
                                       graph_store_url=graph_store_url)
        check_load_options(load, store, target)
    result = convert_batch(articles, output, fmt.value if fmt else None, published=published,
                           lexicon_files=tuple(lexicon or ()), validate=not no_validate, jobs=jobs,
                           quiet=quiet, errors=errors, force=force, load=load, store=store, endpoint=target,
                           encoding=encoding, cluster=cluster)
    if result.loaded:
        typer.echo(printable(result.loaded), err=True)
    for skipped in result.skipped:
        note("note", skipped.message)
    for failure in result.failures:
        report(failure.error())
    for line in result.closing_lines():
        typer.echo(printable(line), err=True)
    if result.ok:
        return
    raise typer.Exit(result.exit_code)


@app.command(cls=KgCommand)
@reports_errors
def validate(
    files: Annotated[list[str], typer.Argument(
        metavar="FILE", help="RDF files (.ttl .nt .jsonld .trig .nq; Turtle otherwise).", show_default=False)],
) -> None:
    """Validate RDF files against the news-kg shapes and print a report for each.

    The report lists each violation: focus node, path and message. TriG,
    N-Quads and JSON-LD files are validated as the union of all their graphs.

    Exit codes: 0 every file conforms; 1 a file does not conform; 2 a file
    cannot be parsed (the message gives its line) or wrong usage.
    """
    from kg.rdf.files import read_graph
    from kg.validate.shacl import validate_graph

    worst = 0
    for path in files:
        try:
            outcome = validate_graph(read_graph(path))
        except KgError as err:
            report(err)
            worst = max(worst, err.exit_code)
            continue
        echo_data(f"{path}: {outcome.render()}\n")
        if not outcome.conforms:
            worst = max(worst, 1)
    if worst:
        raise typer.Exit(worst)


def _saved_queries(incomplete: str) -> list[str]:
    """Shell completion of QUERY: the saved queries' names that start with what is typed."""
    from kg.resources import query_names

    return [name for name in query_names() if name.startswith(incomplete)]


@app.command(cls=OptionalStorePath)
@reports_errors
def query(
    name: Annotated[str, typer.Argument(
        metavar="QUERY", help="A saved query's name (see `kg queries`), a .rq or .sparql file, '-' for stdin, "
                              "or the query text itself.", show_default=False, autocompletion=_saved_queries)],
    data: Annotated[Optional[list[str]], typer.Argument(
        metavar="DATA", help="RDF files to query (their union); none with --store or --endpoint.",
        show_default=False)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help=FORMAT_HELP)] = TableFormat.table,
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", metavar="NAME=VALUE",
        help="Bind a query variable; <...> or http(s)://... binds an IRI, else a literal (repeatable).")] = None,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    query_url: QueryUrlOption = None,
    update_url: UpdateUrlOption = None,
    graph_store_url: GraphStoreUrlOption = None,
    graph: Annotated[Optional[str], typer.Option(
        "--graph", metavar="IRI", show_default=False,
        help="With --store or --endpoint: query this article's graph only, not the union.")] = None,
    limit: Annotated[Optional[int], typer.Option(
        "--limit", metavar="N", show_default=False,
        help="Give at most N rows (of the query's rows, in its order); default: every row.")] = None,
    offset: Annotated[int, typer.Option(
        "--offset", metavar="N", show_default=False,
        help="Skip the first N rows (with --limit: the next page of rows).")] = 0,
    timeout: Annotated[Optional[float], typer.Option(
        "--timeout", metavar="SECONDS", show_default=False,
        help="Stop the query after SECONDS (default 60; 0: never); with --endpoint, the request's deadline "
             "(default: KG_ENDPOINT_TIMEOUT, else 60).")] = None,
    allow_service: Annotated[bool, typer.Option(
        "--allow-service", help="Let the query call a SERVICE, which sends a request from this machine to the "
                                "address it names (refused otherwise, over files and the store).")] = False,
) -> None:
    """Run a SPARQL SELECT query (saved, a file, stdin or text) over RDF files, the store or a server; print the rows.

    With --store the query runs over the embedded store, with --endpoint
    over a SPARQL 1.1 server: over the union of all article graphs, or the
    one --graph names. Every row is printed, from files, a store or a
    server alike; --limit N and --offset N give fewer. A server's rows are
    printed as they arrive (a table's once all have come, for its widths),
    so a failure midway follows the rows printed before it. A query runs for 60
    seconds at most (--timeout), and Ctrl-C stops it at once. A query that
    calls a SERVICE is refused over files and the store without --allow-service.

    Exit codes: 0 ok; 1 a query or data file that cannot be read, a store
    or server that fails, a query past its deadline; 2 wrong usage (an unknown query name, a bad
    --param, files with --store, no files and no store, a SERVICE not allowed); 130 Ctrl-C.
    """
    from contextlib import suppress

    from kg.store.results import Window
    from kg.store.targets import write_query_output

    out = DataOutput()
    try:
        write_query_output(name, data or [], param or [], fmt=fmt.value, out=out, timeout=timeout, store=store,
                           graph=graph, endpoint=server_from_options(endpoint, query_url, update_url,
                                                                     graph_store_url),
                           window=Window(limit, offset), allow_service=allow_service)
    except BaseException:
        with suppress(OSError):  # the rows written before the error, if the output still takes them
            out.flush(final=True)
        raise
    if store is not None and endpoint is None:
        warn_if_unfinished(store)
        note_listing(store, name, param, graph)
    out.flush(final=True)


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("eval", cls=KgCommand)
@reports_errors
def eval_(
    gold: Annotated[Optional[list[str]], typer.Argument(
        metavar="GOLD", help="Gold annotation files (.yaml) or directories of them.", show_default=False)] = None,
    articles: Annotated[Optional[str], typer.Option("--articles", metavar="DIR", help="Directory holding <id>.txt for each gold file; default: articles/ beside the gold files' directory, else the gold files' own directory.")] = None,
    lexicon: Annotated[Optional[list[str]], typer.Option(
        "--lexicon", metavar="FILE", help="A user lexicon YAML file (repeatable), as for convert.")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="Report format: a readable text report, or JSON.")] = ReportFormat.text,
    core: Annotated[bool, typer.Option("--core", help="Also score events on type, agent and target alone "
                                                      "(core recall and precision, as kg-score --core).")] = False,
    happenings: Annotated[Optional[str], typer.Option(
        "--happenings", metavar="FILE", show_default=False,
        help="Score linking instead: a gold file of which reported events tell one happening "
             "(docs/happenings.md); pairwise precision and recall. No GOLD then.")] = None,
) -> None:
    """Score the converter against gold annotations: recall and precision per entity type,
    roles and event type, with the missed and spurious items. With --happenings, score the
    happenings linked across the gold file's articles instead.

    Exit codes: 0 scored; 1 an article could not be converted (its gold items count as
    missed) or a gold file is broken; 2 GOLD files and --happenings together, or neither.
    """
    from kg.evaluate.report import render_json, render_text
    from kg.evaluate.score import evaluate

    if happenings is not None:
        if gold or lexicon or core:
            raise UsageError(None, "--happenings scores linking alone",
                             "give no GOLD files, --lexicon or --core with it")
        from kg.evaluate.links import evaluate_links, render_links_json, render_links_text

        scored = evaluate_links(happenings, articles)
        typer.echo(render_links_json(scored) if fmt is ReportFormat.json else render_links_text(scored), nl=False)
        return

    evaluation = evaluate(gold or [], articles_dir=articles, lexicon_files=tuple(lexicon or ()))
    typer.echo(render_json(evaluation) if fmt is ReportFormat.json else render_text(evaluation, core), nl=False)
    for article in evaluation.errors:
        note("error", article.error)
    if evaluation.errors:
        raise typer.Exit(1)


@app.command(cls=KgCommand)
@reports_errors
def queries() -> None:
    """List the saved queries with what each answers.

    Exit codes: 0 ok.
    """
    from kg.store.query import describe_queries

    rows = describe_queries()
    width = max((len(name) for name, _ in rows), default=0)
    for name, purpose in rows:
        typer.echo(f"{name.ljust(width)}  {purpose}")


@app.command(cls=OptionalStorePath)
@reports_errors
def load(
    files: Annotated[list[str], typer.Argument(
        metavar="FILE", help="RDF files kg convert wrote: one article each, or TriG, N-Quads or JSON-LD with a graph per "
                             "article.",
        show_default=False)],
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    query_url: QueryUrlOption = None,
    update_url: UpdateUrlOption = None,
    graph_store_url: GraphStoreUrlOption = None,
    no_validate: Annotated[bool, typer.Option(
        "--no-validate", help="Load graphs that break the shapes or speak of nodes of no article or entity "
                              "(refused otherwise); no graph may still change what another article says.")] = False,
    connections: Annotated[Optional[int], typer.Option(
        "--connections", min=1, max=64, metavar="N", show_default=False,
        help="To a server: at most N requests in flight at once (default 1, in order).")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="To a server: send only the articles it does not already hold whole (same number of "
                         "triples in the article's graph), as an interrupted load of the same files leaves them.")] = False,
    no_link: Annotated[bool, typer.Option(
        "--no-link", help="To a server: leave its happenings as they are (a load of many shards can link once, "
                          "at the end, with kg link and the same server options).")] = False,
) -> None:
    """Load converted graphs into the embedded store, or a SPARQL 1.1 server.

    Each article goes into its own named graph, the article's IRI; loading
    it again replaces that graph, so a reload never duplicates. Entities
    shared by several articles meet on one IRI, so queries over the union
    graph answer across articles. Every file is read before anything is
    loaded. Into the embedded store, articles go in chunks of up to 100
    through Oxigraph's bulk loader: after a crash, the next kg load, query
    or stats names the chunk that may be missing, and the same command
    again repairs it. On a server each article is one request (Graph Store
    Protocol PUT, else SPARQL Update) that replaces it whole.

    Each article's graph is checked before anything is loaded: it must
    conform to the shapes (unless --no-validate), speak only of its own
    nodes and of shared entities, and say of a shared entity (its label,
    type, facts) what the other articles say, in the files and in the store
    (a server is asked through its query URL, so a load to a server needs
    one: --endpoint, or --query-url beside the other URLs).

    Then the happenings are linked (docs/happenings.md): in the store,
    those the loaded articles reach; on a server, all of them again from
    every article it holds, into their graph of their own (as kg link),
    unless --no-link.

    Exit codes: 0 loaded; 1 a file that cannot be read or holds no single
    article per graph, a graph that does not conform or speaks for another
    article, a store or server that fails; 2 wrong usage (a server without
    a query URL among them).
    """
    from kg.store.endpoint import endpoint_from_options
    from kg.store.targets import load_files_into_target

    target = endpoint_from_options(endpoint, query_url=query_url, update_url=update_url,
                                   graph_store_url=graph_store_url)
    report = load_files_into_target(files, store=store, endpoint=target, validate=not no_validate,
                                    connections=connections, resume=resume, link=not no_link)
    typer.echo(printable(report.render()), err=True)
    if target is None:
        warn_if_unfinished(store)


@app.command(cls=OptionalStorePath)
@reports_errors
def index(store: StoreOption = None) -> None:
    """Make the store's table of listings again from what the store holds.

    kg load and kg convert --load keep a table beside the embedded store
    with the rows of the long saved listings (events, timeline, statements,
    detentions, protests, gdelt_like), which kg query --store answers from
    in a second where SPARQL takes several. A store written otherwise (a kg
    serve that takes updates, another program, an interrupted kg load, a
    store loaded before kg kept the table) has a stale table: its listings
    answer through SPARQL, with a note, until this command makes it again.
    The store is held for writing meanwhile.

    Exit codes: 0 made (or, for graphs a table cannot keep, said why not);
    1 no store, or one in use or that cannot be read.
    """
    from kg.store.embedded import store_path
    from kg.store.listings import index_store

    typer.echo(printable(index_store(store_path(store)).render()), err=True)


@app.command(cls=OptionalStorePath)
@reports_errors
def link(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    query_url: QueryUrlOption = None,
    update_url: UpdateUrlOption = None,
    graph_store_url: GraphStoreUrlOption = None,
) -> None:
    """Compute the happenings again: the reported events of several articles
    that tell one real-world occurrence (docs/happenings.md).

    kg load and kg convert --load link at every load; this command is for a
    store loaded before they did, or written by another program. Each
    article's events stay as they are; the happenings (nkg:Happening, with
    their reports, counts of articles and sources, dates and participants)
    replace those the store held. The same articles, loaded in any order,
    give the same happenings with the same IRIs.

    With --endpoint (or the --*-url options) the happenings are computed
    over every article graph a SPARQL 1.1 server holds, read through its
    query URL, and replace the content of their own named graph,
    https://w3id.org/news-kg/id/happenings, in one request (Graph Store
    Protocol PUT, else SPARQL Update): for a server loaded with
    kg load --no-link, or by another program. The saved queries
    happenings and conflicts find them there; a write that fails leaves
    the graph as it was.

    Exit codes: 0 linked; 1 no store, or one in use or that cannot be read
    or written; a server that fails or cannot be reached; 2 wrong usage
    (--store with a server, a server without a query URL).
    """
    from kg.store.targets import link_target

    typer.echo(printable(link_target(store, server_from_options(endpoint, query_url, update_url,
                                                                graph_store_url)).render()), err=True)


@app.command(cls=OptionalStorePath)
@reports_errors
def stats(
    store: StoreOption = None,
    fmt: Annotated[TableFormat, typer.Option("--format", help=FORMAT_HELP)] = TableFormat.table,
) -> None:
    """Print what the embedded store holds: articles, triples, entities and events by type.

    The store is opened read-only, so this runs beside a kg serve.

    Exit codes: 0 ok; 1 no store, or one that cannot be read.
    """
    from kg.store.embedded import store_path, store_stats
    from kg.store.results import format_result

    stats_table = store_stats(store_path(store)).table()
    warn_if_unfinished(store)
    echo_data(format_result(stats_table, fmt.value))


@app.command(cls=OptionalStorePath)
@reports_errors
def show(
    data: Annotated[Optional[list[str]], typer.Argument(
        metavar="DATA", help="RDF files to show (as kg query reads them); none with --store.",
        show_default=False)] = None,
    output: Annotated[str, typer.Option(
        "-o", "--output", metavar="FILE", help="The HTML page to write (one self-contained file).",
        show_default=False)] = ...,
    store: StoreOption = None,
    article: Annotated[Optional[str], typer.Option(
        "--article", metavar="IRI", show_default=False, help="Show this article only.")] = None,
    entity: Annotated[Optional[str], typer.Option(
        "--entity", metavar="IRI", show_default=False,
        help="Show the articles that mention this entity (kg query entities lists them).")] = None,
    max_events: Annotated[int, typer.Option(
        "--max-events", metavar="N",
        help="Draw at most N events, whole articles newest first (0: every event).")] = 500,
) -> None:
    """Write one offline HTML page that draws a story: its entities, events, timeline and evidence.

    The page opens in any browser without a network (the drawing library,
    Cytoscape.js, is inlined). Over RDF files it shows every article in
    them; over the store (--store) every article, one (--article) or those
    that mention an entity (--entity). Above --max-events events it draws
    whole articles, newest first, and says what it left out.

    Exit codes: 0 written; 1 a file or store that cannot be read, or an
    output that cannot be written; 2 wrong usage (files with --store,
    --article with --entity, nothing to show).
    """
    from kg.show import show as write_show_page

    cap = write_show_page(data or [], output=output, store=store, article=article, entity=entity,
                          max_events=max_events)
    shown = f"{cap.events_shown} of {cap.events_total} events" if cap.capped else f"{cap.events_total} events"
    typer.echo(f"wrote {output}: {shown}, {cap.articles_shown} of {cap.articles_total} articles", err=True)


@app.command(cls=OptionalStorePath)
@reports_errors
def serve(
    store: StoreOption = None,
    bind: Annotated[str, typer.Option(
        "--bind", metavar="HOST:PORT", help="Where to listen; other machines reach only a non-loopback address.")
    ] = "127.0.0.1:7878",
    read_only: Annotated[bool, typer.Option(
        "--read-only", help="Serve queries only: no updates, no Graph Store writes.")] = False,
) -> None:
    """Serve the embedded store as a SPARQL 1.1 server with a query page (Oxigraph's).

    The default graph is the union of the article graphs. While it runs the
    server holds the store for writing: load through it with --endpoint
    http://HOST:PORT; kg query --store and kg stats still read the store
    beside it. Ctrl-C stops it.

    Exit codes: 0 stopped; 1 the store is in use by another writer, the port
    by another program, or the server is not installed; 2 wrong usage (a bad
    --bind); otherwise the server's own.
    """
    from kg.store.serve import check_port, exposure_warning, serve as run_server
    from kg.store.embedded import check_store, store_path

    location = store_path(store)
    check_port(bind)
    check_store(location, create=not read_only, read_only=read_only)
    warning = exposure_warning(bind, read_only=read_only)
    if warning:
        note("warning", warning)
    typer.echo(f"serving {location} at http://{bind}/ (query page; SPARQL at /query, /update, /store); "
               "Ctrl-C stops", err=True)
    code = run_server(location, bind, read_only=read_only)
    if code:
        raise typer.Exit(code)


@ontology_app.command("check", cls=KgCommand)
@reports_errors
def ontology_check() -> None:
    """Load the ontology with owlready2 and ask HermiT whether it is consistent.

    HermiT needs Java. Without it the check says so and applies the OWL 2 RL
    rules instead (owlrl, pure Python): a weaker check, as the note on stderr says.

    Exit codes: 0 consistent; 1 inconsistent, or not checked (HermiT failed).
    """
    from kg.validate.reasoner import check_ontology

    result = check_ontology()
    if result.note:
        typer.echo(f"note: {result.note}", err=True)
    typer.echo(f"{result.classes} classes, {result.properties} properties; {result.reasoner}: {result.message}")
    if result.consistent is not True:
        raise typer.Exit(1)


def main() -> None:
    """Run the app; it exits with the command's code."""
    app(prog_name="kg")


def console() -> None:
    """Console entry point (`kg = "cli:console"`, and ``python -m cli``): `main`, as the whole process.

    Two trades that only a process of its own may make, so not `main` (which tests call in theirs):
    """
    # Trade 1: the cyclic garbage collector runs after 100,000 net allocations instead of 700. Start-up
    # makes about a million long-lived objects (spaCy, the model, the cached tables), and the default's
    # frequent collections walk the new ones again and again to find no garbage: ~0.05 s of a
    # one-article convert. Cyclic garbage is freed a little later (peak memory measured the same).
    gc.set_threshold(100_000, 10, 10)
    try:
        main()
    except SystemExit as done:
        if _skip_teardown:
            _exit_without_teardown(done.code)
        raise


_skip_teardown = False
"""Set by a command after which `console` may end the process without Python's teardown."""


def _exit_without_teardown(code) -> None:
    """End the process now with `code`, once the output is flushed and the exit functions have run.

    Trade 2: Python's own exit then frees, one by one, the million objects spaCy, the model and the
    tables made (~0.15 s of a one-article convert), memory the system takes back at once anyway.
    Only `convert` without --load asks for it (no store to close; its output files are closed and
    renamed into place before it returns), only with no other thread running, and the `atexit`
    functions (logging, multiprocessing) still run. Returns, for Python's ordinary exit, when
    anything is unusual: a code that is no number, a flush that fails (a closed pipe), no
    ``atexit._run_exitfuncs``.
    """
    import atexit
    import os
    import sys
    import threading

    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if not (code is None or isinstance(code, int)) or threading.active_count() > 1 or run_exit_functions is None:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        run_exit_functions()
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        return
    os._exit(code or 0)

if __name__ == "__main__":
    console()
