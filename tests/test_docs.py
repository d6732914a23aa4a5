"""The README and docs/vocabulary.md say what the code does (issue 12, finding 11): the example's
triple count, the server options of each command, the IRI patterns of the vocabulary."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GOLDEN = ROOT / "tests" / "data" / "expected" / "belarus-2020-09-21.ttl"  # the example, as test_golden keeps it
BASE = "https://w3id.org/news-kg/"
ID = BASE + "id/"

_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_SEGMENT = _SLUG + r"(?:--[0-9a-f]{8})?"  # a slug, or a slug and a hash (docs/vocabulary.md)
_PLACEHOLDERS = {"n": r"\d+", "iso-alpha2": "[a-z]{2}", "version": r"[0-9a-z]+(?:[.-][0-9a-z]+)*",
                 "of-path": r"[a-z]+/" + _SLUG,
                 "event-iri": re.escape(ID) + _SEGMENT.join(("article/", r"/event/\d+"))}
"""Placeholders of the vocabulary's IRI patterns; ``{…slug}`` is a slug, any other (``{aid}``, ``{…-segment}``)
a segment."""

_PARTS = {"[": "(?:", "]": ")?"}  # an optional part of a template


@pytest.fixture(scope="module")
def example() -> Graph:
    """The example's graph as the golden file holds it (test_golden keeps it equal to what the code makes)."""
    return Graph().parse(GOLDEN, format="turtle")


def test_issue_12_the_readme_triple_count_is_the_example_graphs(example):
    counts = re.findall(r"loaded 1 article \((\d+) triples\)", README)
    assert counts and {int(count) for count in counts} == {len(example)}, (
        "README's `kg convert examples/belarus-2020-09-21.txt --load` line: put the example graph's size in it")


def _readme_table(header: str) -> list[list[str]]:
    """The rows (cells) of the README's table whose header line starts with `header`."""
    lines = README[README.index(header):].splitlines()
    rows = []
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_issue_12_the_readme_server_options_exist_on_their_command():
    from typer.main import get_command

    from cli import app

    commands = get_command(app).commands
    options = {name: {opt for param in commands[name].params for opt in param.opts} for name in ("query", "load")}
    rows = _readme_table("| server | `kg query` | `kg load` |")
    assert [row[0].split(" (")[0] for row in rows] == ["Oxigraph", "Apache Jena Fuseki", "GraphDB", "Virtuoso"]
    for server, *cells in rows:
        for command, cell in zip(("query", "load"), cells):
            named = re.findall(r"(--[a-z-]+) ", cell.strip("`"))
            assert named and set(named) <= options[command], (server, command, named)


def _placeholder(name: str) -> str:
    return _PLACEHOLDERS.get(name) or (_SLUG if name.endswith("slug") else _SEGMENT)


def _iri_patterns(rows: list[list[str]]) -> dict[str, re.Pattern]:
    """Each row of the vocabulary's resource table: its first type (a full IRI) -> its IRI pattern."""
    prefixes = {"nkg": "https://w3id.org/news-kg/ns#", "prov": "http://www.w3.org/ns/prov#"}
    patterns = {}
    for row in rows:
        template = re.match(r"`([^`]+)`", row[1]).group(1)
        prefix, _, name = re.match(r"`([^`]+)`", row[2]).group(1).partition(":")
        regex = "".join(_PARTS.get(part) or (_placeholder(part[1:-1]) if part.startswith("{") else re.escape(part))
                        for part in re.split(r"(\{[a-z0-9-]+\}|\[|\])", template))
        patterns[prefixes[prefix] + name] = re.compile(regex if template.startswith("{") else re.escape(BASE) + regex)
    return patterns


def test_issue_12_the_vocabulary_iri_patterns_are_those_of_the_graph(example, vocabulary_resource_rows):
    patterns = _iri_patterns(vocabulary_resource_rows)
    checked = 0
    for kind, pattern in patterns.items():
        nodes = set(example.subjects(RDF.type, URIRef(kind)))
        wrong = sorted(str(node) for node in nodes if not pattern.fullmatch(str(node)))
        assert not wrong, f"docs/vocabulary.md's IRI for {kind} is {pattern.pattern}, but the graph has {wrong[:3]}"
        checked += bool(nodes)
    assert checked >= 14  # every row but those the example has no node of (nkg:Place)


def _readme_commands() -> list[tuple[str, list[str], str]]:
    """Every `kg COMMAND ...` the README shows (in code blocks and inline code), outside "What is not done
    yet": (command, its --options, the text it was read from)."""
    text = README[:README.index("## What is not done yet")]
    spans = re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S) + re.findall(r"`([^`\n]+)`", text)
    found = []
    for span in spans:
        for line in span.splitlines():
            line = line.split("  #")[0]  # a code block's comment is prose
            for match in re.finditer(r"(?:^|[\s(;&])kg ([a-z][a-z-]*)((?: +[^\s;&]+)*)", line):
                options = re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", match.group(2))
                found.append((match.group(1), options, line.strip()))
    return found


def test_issue_12_every_command_and_option_the_readme_shows_exists():
    """The README's commands and options are the CLI's (issue 12: "README kept true by a test")."""
    from typer.main import get_command

    from cli import app

    group = get_command(app)
    shown = _readme_commands()
    assert len(shown) > 30, shown  # the reader finds the README's commands
    wrong = []
    for name, options, line in shown:
        command = group.commands.get(name)
        if command is None:
            wrong.append(f"`kg {name}` is no command: {line}")
            continue
        known = {opt for param in command.params for opt in param.opts + param.secondary_opts} | {"--help"}
        if hasattr(command, "commands"):  # a group of its own (kg ontology check)
            known |= {opt for sub in command.commands.values() for param in sub.params
                      for opt in param.opts + param.secondary_opts}
        wrong += [f"`kg {name}` has no option {option}: {line}" for option in options if option not in known]
    assert not wrong, "\n".join(wrong)


def _readme_samples() -> list[tuple[str, str]]:
    """The README's examples that show a command's output right after it: (command line, output)."""
    samples = []
    for block in re.findall(r"```\n(.*?)```", README, flags=re.S):
        lines = block.splitlines()
        for k, line in enumerate(lines):
            if not line.startswith("$ kg "):
                continue
            output = []
            for following in lines[k + 1:]:
                if following.startswith("$ "):
                    break
                output.append(following)
            if output:
                samples.append((line[2:].split("  #")[0].strip(), "\n".join(output)))
    return samples


def test_issue_12_the_readme_samples_are_what_the_code_prints(tmp_path, monkeypatch):
    """Each README example that shows output (run on the example article, in a terminal 100 columns wide)
    prints exactly that output: the samples are the code's, not written by hand."""
    import shlex
    import shutil

    from typer.testing import CliRunner

    from cli import app

    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "belarus-2020-09-21.txt", tmp_path / "examples")
    (tmp_path / "out").mkdir()
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    samples = [(command, output) for command, output in _readme_samples()
               if "--store" not in command and "--load" not in command and "ontology" not in command]
    assert len(samples) >= 3, samples
    runner = CliRunner()
    runner.invoke(app, ["convert", "examples/belarus-2020-09-21.txt", "-o", "out/belarus.ttl"], prog_name="kg")
    for command, expected in samples:
        result = runner.invoke(app, shlex.split(command)[1:], prog_name="kg", terminal_width=100)
        printed = (result.stdout + result.stderr if hasattr(result, "stderr") else result.output).rstrip("\n")
        assert [line.rstrip() for line in printed.splitlines()] == [line.rstrip() for line in expected.splitlines()], (
            f"README's `{command}` shows output the code does not print:\n{printed}")
