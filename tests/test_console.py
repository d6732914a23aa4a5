"""`kg` as its own process (`cli.console`, issue 11's start-up): the convert path and a query over the
store (issue 12) import nothing they do not use, and the exit without Python's teardown keeps the
output and the exit code."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path("tests") / "data" / "articles" / "belarus-2020-09-21.txt"  # relative to ROOT, the processes' cwd


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, cwd=ROOT, timeout=300)


def _imported_by(argv: list[str], unused: tuple[str, ...]) -> tuple[list[str], str]:
    """Run `kg argv` through `cli.main` in a fresh interpreter; the modules named by a prefix in `unused`
    that it imported (printed on stderr, after the command's own output), and its stdout."""
    code = (
        "import sys\n"
        f"sys.argv = {['kg', *argv]!r}\n"
        "import cli\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        f"print(sorted({{m for m in sys.modules if m.startswith({unused!r})}}), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stderr.strip().splitlines()[-1]), done.stdout


def test_convert_imports_nothing_it_does_not_use(tmp_path):
    imported, _ = _imported_by(["convert", str(EXAMPLE), "-o", str(tmp_path / "x.ttl")],
                               ("pyshacl", "pyoxigraph", "owlready2", "rich", "httpx", "requests", "weasel",
                                "kg.store"))
    assert imported == []
    assert (tmp_path / "x.ttl").stat().st_size > 10_000


def test_issue_12_a_query_over_the_store_imports_no_rdflib_nor_http_client(tmp_path):
    """Issue 12: a complete listing's start-up is part of its time; rdflib and the HTTP client (~0.2 s)
    are for loading and for servers, not for reading the store."""
    store = tmp_path / "store"
    loaded = _kg("load", str(Path("tests") / "data" / "expected" / "belarus-2020-09-21.ttl"), "--store", str(store))
    assert loaded.returncode == 0, loaded.stderr
    imported, rows = _imported_by(["query", "events", "--store", str(store), "--format", "csv"],
                                  ("rdflib", "pyshacl", "http.client", "ssl", "urllib.request", "kg.rdf.build",
                                   "kg.store.endpoint"))
    assert imported == []
    assert rows.startswith("event,type,agent,")
    assert len(rows.splitlines()) > 10


def test_the_console_writes_what_the_app_writes_and_exits_with_its_code(tmp_path):
    in_process = CliRunner().invoke(app, ["convert", str(EXAMPLE)], prog_name="kg")
    assert in_process.exit_code == 0

    done = _kg("convert", str(EXAMPLE))  # to stdout, a pipe: flushed before the process ends
    assert done.returncode == 0, done.stderr
    assert done.stdout == in_process.stdout_bytes

    done = _kg("convert", str(EXAMPLE), "-o", str(tmp_path / "x.ttl"))
    assert done.returncode == 0 and (tmp_path / "x.ttl").read_bytes() == in_process.stdout_bytes

    done = _kg("convert", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "y.ttl"))
    assert done.returncode == 1
    assert b"missing.txt: no such file" in done.stderr

    done = _kg("convert", "--bogus")
    assert done.returncode == 2
