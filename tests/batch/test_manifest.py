"""The resume manifest's fingerprint (`kg.batch.manifest`): any change of the converter's code or data,
in any subpackage, converts an article again."""
from __future__ import annotations

import shutil
from pathlib import Path

import kg
import kg.batch.manifest
from kg.batch.manifest import fingerprint, package_files
from kg.batch.runner import convert_batch


def test_package_files_walk_every_subpackage_and_the_lexicons():
    names = {name for name, _ in package_files(kg.batch.manifest.code_root())}
    assert {"errors.py", "pipeline.py", "extract/events.py", "rdf/build.py", "batch/manifest.py",
            "lexicons/events.yaml"} <= names
    assert not any("__pycache__" in name for name in names)


def test_a_change_in_a_subpackage_module_converts_the_article_again(tiny_articles, tmp_path, monkeypatch):
    code = tmp_path / "code" / "kg"
    shutil.copytree(Path(kg.__file__).parent, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(kg.batch.manifest, "code_root", lambda: code)
    article, out = tiny_articles(), tmp_path / "out"

    first = convert_batch([str(article)], f"{out}/", jobs=1)
    again = convert_batch([str(article)], f"{out}/", jobs=1)
    before = fingerprint("turtle", None, (), True)
    with open(code / "extract" / "events.py", "a", encoding="utf-8") as module:
        module.write("\n# a rule changed\n")
    changed = convert_batch([str(article)], f"{out}/", jobs=1)

    assert (first.converted, again.converted, again.up_to_date) == (1, 0, 1)
    assert fingerprint("turtle", None, (), True) != before
    assert (changed.converted, changed.up_to_date) == (1, 0)
