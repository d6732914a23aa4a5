"""The pipeline's layering (the import-linter contracts in pyproject.toml): the code keeps it, and a
stage that imports a later one breaks it with a message naming the import."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is a test extra: make test")


def _lint(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, capture_output=True, text=True,
                          timeout=120)


def test_the_code_keeps_every_layering_contract():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts:")[-1].replace("0 broken", "")


@pytest.mark.parametrize(("module", "wrong_import", "message"), [
    ("read/text.py", "import kg.batch.runner", "kg.read is not allowed to import kg.batch"),
    ("extract/events.py", "import kg.rdf.mint", "kg.extract is not allowed to import kg.rdf"),
    ("rdf/build.py", "from kg.store import query", "kg.rdf is not allowed to import kg.store"),
    ("store/targets.py", "import kg.pipeline", "kg.store is not allowed to import kg.pipeline"),
    ("extract/names.py", "import rdflib", "kg.extract is not allowed to import rdflib"),
    ("rdf/build.py", "import pyshacl", "kg.rdf is not allowed to import pyshacl"),
    ("batch/runner.py", "import distributed", "kg.batch.runner is not allowed to import distributed"),
    ("batch/remote.py", "import dask", "kg.batch.remote is not allowed to import dask"),
])
def test_a_wrong_import_breaks_a_contract(tmp_path, module, wrong_import, message):
    shutil.copytree(ROOT / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with open(tmp_path / "kg" / module, "a", encoding="utf-8") as source:
        source.write(f"\n{wrong_import}  # a deliberate wrong import\n")

    result = _lint(tmp_path)

    assert result.returncode == 1, result.stdout
    assert message in result.stdout
