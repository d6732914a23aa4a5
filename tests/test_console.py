"""`kg` as its own process (`cli.console`, issue 11's start-up): the convert path imports nothing it
does not use, and the exit without Python's teardown keeps the output and the exit code."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path("tests") / "data" / "articles" / "belarus-2020-09-21.txt"  # relative to ROOT, the processes' cwd


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, cwd=ROOT, timeout=300)


def test_convert_imports_nothing_it_does_not_use(tmp_path):
    code = (
        "import sys\n"
        f"sys.argv = ['kg', 'convert', {str(EXAMPLE)!r}, '-o', {str(tmp_path / 'x.ttl')!r}]\n"
        "import cli\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        "unused = ('pyshacl', 'pyoxigraph', 'owlready2', 'rich', 'httpx', 'requests', 'weasel', 'kg.store')\n"
        "print(sorted({m for m in sys.modules if m.startswith(unused)}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "x.ttl").stat().st_size > 10_000


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
