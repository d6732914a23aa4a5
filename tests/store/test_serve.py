"""Tests of `kg serve` (kg/store/serve.py): the oxigraph server from the project's own dependencies,
serving the embedded store on a loopback port."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from kg.errors import UsageError
from kg.store.serve import check_bind, oxigraph_executable, server_command


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


@pytest.fixture
def no_exec(monkeypatch):
    """Record the command `kg serve` would become instead of replacing the test process."""
    calls = []
    monkeypatch.setattr(os, "execv", lambda path, argv: calls.append(argv))
    return calls


def test_serve_the_oxigraph_server_comes_with_the_dependencies():
    executable = oxigraph_executable()  # never skipped: pyproject.toml depends on the oxigraph package

    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, timeout=30)

    assert version.returncode == 0
    assert version.stdout.startswith("oxigraph")


def test_serve_command_line(tmp_path):
    command = server_command(tmp_path / "s", "127.0.0.1:9999")
    read_only = server_command(tmp_path / "s", "[::1]:9999", read_only=True)

    assert command[1:] == ["serve", "--location", str(tmp_path / "s"), "--bind", "127.0.0.1:9999",
                           "--union-default-graph"]
    assert read_only[1] == "serve-read-only"


def test_kg_serve_serves_the_store_with_its_union_graph(store_graph_files, tmp_path, unused_port,
                                                        server_process):
    store = tmp_path / "store"
    run_kg("load", store_graph_files["example"], store_graph_files["shared"], "--store", store)
    expected = run_kg("query", "timeline", "--store", store, "--format", "csv").stdout
    bind = f"127.0.0.1:{unused_port}"
    server = server_process([sys.executable, "-c", "import cli; cli.main()", "serve", "--store", str(store),
                             "--bind", bind], f"http://{bind}/", cwd=Path(__file__).parent.parent.parent)
    # kg serve becomes the server: same PID

    page = run_kg("query", "timeline", "--endpoint", f"http://{bind}", "--format", "csv")
    held = run_kg("load", store_graph_files["shared"], "--store", store)
    beside = run_kg("query", "timeline", "--store", store, "--format", "csv")  # issue 12, finding 10
    stats = run_kg("stats", "--store", store)

    assert page.exit_code == 0, page.stderr
    assert page.stdout == expected
    assert {row["article"] for row in csv.DictReader(io.StringIO(page.stdout))} == {
        "https://w3id.org/news-kg/id/article/belarus-2020-09-21",
        "https://w3id.org/news-kg/id/article/russia-belarus-2020-09-22"}
    assert held.exit_code == 1
    assert held.stderr == (f"error: {store}: is in use by kg serve at http://{bind} (process {server.pid}); "
                           f"stop it, or go through it: --endpoint http://{bind}\n")
    assert (beside.exit_code, beside.stdout) == (0, expected), beside.stderr
    assert stats.exit_code == 0, stats.stderr


def test_kg_serve_execs_oxigraph_and_warns_when_others_can_reach_it(tmp_path, no_exec, clean_endpoint_env):
    quiet = run_kg("serve", "--store", tmp_path / "s")
    open_to_all = run_kg("serve", "--store", tmp_path / "s", "--bind", "0.0.0.0:7878")

    assert (quiet.exit_code, open_to_all.exit_code) == (0, 0)
    assert quiet.stderr == (f"serving {tmp_path / 's'} at http://127.0.0.1:7878/ (query page; SPARQL at /query, "
                            "/update, /store); Ctrl-C stops\n")
    assert open_to_all.stderr.startswith("warning: 0.0.0.0:7878 is reachable from other machines, and the server "
                                         "accepts updates without credentials; ")
    assert [argv[1:] for argv in no_exec] == [
        ["serve", "--location", str(tmp_path / "s"), "--bind", bind, "--union-default-graph"]
        for bind in ("127.0.0.1:7878", "0.0.0.0:7878")]


def test_kg_serve_read_only_runs_beside_a_server_that_holds_the_store(tmp_path, no_exec):
    import pyoxigraph

    holder = pyoxigraph.Store(str(tmp_path / "s"))

    result = run_kg("serve", "--store", tmp_path / "s", "--bind", "127.0.0.1:9124", "--read-only")

    del holder
    assert result.exit_code == 0, result.stderr
    assert [argv[1] for argv in no_exec] == ["serve-read-only"]


def test_kg_serve_a_store_in_use_is_a_clear_error(tmp_path, no_exec):
    import pyoxigraph

    holder = pyoxigraph.Store(str(tmp_path / "s"))

    result = run_kg("serve", "--store", tmp_path / "s")

    del holder
    assert result.exit_code == 1
    assert "is in use by another process" in result.stderr
    assert no_exec == []


@pytest.mark.parametrize("bind", ["7878", "localhost", "127.0.0.1:0", "127.0.0.1:99999", ":7878"])
def test_serve_bad_bind_is_a_usage_error(bind, tmp_path, no_exec):
    with pytest.raises(UsageError):
        check_bind(bind)

    result = run_kg("serve", "--store", tmp_path / "s", "--bind", bind)

    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: --bind: {bind!r} is not host:port; ")
    assert no_exec == []
