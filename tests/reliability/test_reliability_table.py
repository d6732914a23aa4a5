"""RELIABILITY.md: a row for every reliability case, saying what it observed when it last ran.

The rows are written by `make reliability` (pytest --update-reliability) from the cases'
own observations (the `observe` fixture in conftest.py); this test fails when a case that
passed in this run observed something its row does not say, or when a case has no row.
"""
from __future__ import annotations

import difflib
import re

import pytest

HEADER = """# Reliability: what was tried

Every row below is a test in `tests/reliability/test_reliability_*.py` that tries one bad input, fault or
attack on news-kg, named after what it tries. The *observed* column is what that test
recorded when it ran (temporary paths shown as `<tmp>`, loopback ports as `PORT`); *result*
is whether the test passed. `make reliability` rewrites this file from a run of the tests,
and `make test` fails when a row no longer says what its test observes, so the table stays
current. Exit codes: 0 ok, 1 rejected input or a failure, 2 wrong usage.
"""

_ROW = re.compile(r"^\| `([^`]+)` \|")


def rows_of(text: str) -> dict[str, tuple[str, str]]:
    """The table rows of RELIABILITY.md by case name, each with its section."""
    rows, section = {}, ""
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif match := _ROW.match(line):
            rows[match.group(1)] = (section, line)
    return rows


def render(sections: tuple[str, ...], rows: dict[str, tuple[str, str]]) -> str:
    """The whole file: the header, then one table per section (rows: name -> (section, row))."""
    out = [HEADER]
    for section in sections:
        lines = [row for name, (where, row) in rows.items() if where == section]
        if lines:
            out.append(f"\n## {section}\n\n| case | what it tries | observed | result |\n| --- | --- | --- | --- |\n")
            out.append("".join(line + "\n" for line in lines))
    return "".join(out)


@pytest.mark.reliability_table
def test_reliability_table_is_current(reliability_log, update_reliability):
    path = reliability_log.path
    old_text = path.read_text(encoding="utf-8") if path.exists() else ""
    written = rows_of(old_text)
    cases = list(reliability_log.cases.values())
    if not cases:
        pytest.skip("no reliability case was collected")
    if update_reliability:
        rows = {}
        for case in cases:  # a case not run this time keeps its old row
            kept = case.outcome == "not run" and case.name in written
            rows[case.name] = written[case.name] if kept else (case.section, case.row())
        if not reliability_log.all_files:  # so do the cases of files not collected
            for name, row in written.items():
                rows.setdefault(name, row)
        path.write_text(render(reliability_log.sections, rows), encoding="utf-8")
        return
    problems = []
    for case in cases:
        if case.name not in written:
            problems.append(f"{case.name}: no row")
        elif case.outcome == "pass" and written[case.name][1] != case.row():
            diff = difflib.ndiff([written[case.name][1]], [case.row()])
            problems.append(f"{case.name}: the row says something else than the case observed:\n" + "\n".join(diff))
    if reliability_log.all_files:
        names = {case.name for case in cases}
        problems += [f"{name}: a row for a case that no longer exists" for name in written if name not in names]
    assert not problems, "RELIABILITY.md is out of date; run `make reliability`:\n" + "\n".join(problems)
