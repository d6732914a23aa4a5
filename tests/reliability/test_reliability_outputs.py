"""Reliability, outputs: what `-o` may name besides a new file (a FIFO, a device, a symbolic link, a
read-only file, a file another run writes at the same time) and a re-run over outputs damaged since.
Only a regular file is ever replaced, and no output is kept that is not whole.

Each case says what it observed (the `observe` fixture); RELIABILITY.md shows it.
"""
from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from cli import app
from kg.batch.runner import convert_batch


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


def one_line_error(result, code: int) -> str:
    """The one ``error:`` line of a run that failed with `code` and printed no traceback."""
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines)) == (code, 1), result.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in result.stderr
    return lines[0]


def read_fifo(path: Path) -> tuple[threading.Thread, list[bytes]]:
    """A reader of the FIFO `path` in a thread of its own (opening a FIFO waits for its writer), and what it read."""
    got: list[bytes] = []

    def read() -> None:
        with open(path, "rb") as fifo:
            got.append(fifo.read())

    reader = threading.Thread(target=read, daemon=True)  # a daemon: if kg never opens the FIFO, it is left behind
    reader.start()
    return reader, got


def character_device(directory: Path) -> Path | None:
    """A character device to write to: a node made like /dev/null (major 1, minor 3) in `directory` where this
    process may make one (root), else /dev/null itself where this process cannot replace it (not root); None
    otherwise. A root process never tries the system's /dev/null, which a bug could replace."""
    node = directory / "null-device"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with open(node, "wb") as device:
            device.write(b"x")
        return node
    except OSError:
        node.unlink(missing_ok=True)
    return Path(os.devnull) if os.geteuid() != 0 else None


def test_reliability_fault_output_onto_a_fifo_or_a_device(observe, tmp_path, data_dir):
    """Issue 13, F1/F2: `-o` naming a FIFO (one article as N-Triples, six as N-Quads) and a character device
    (a node made like /dev/null with mknod, as root; /dev/null itself otherwise)."""
    articles = data_dir / "articles"
    article = articles / "belarus-2020-09-21.txt"
    reference = {fmt: tmp_path / f"reference.{fmt}" for fmt in ("nt", "nq")}
    assert run_kg("convert", article, "-o", reference["nt"]).exit_code == 0
    assert run_kg("convert", articles, "-o", reference["nq"], "-q").exit_code == 0

    for fmt, source in (("nt", article), ("nq", articles)):
        fifo = tmp_path / "pipes" / f"graph.{fmt}"
        fifo.parent.mkdir(exist_ok=True)
        os.mkfifo(fifo)
        reader, got = read_fifo(fifo)
        result = run_kg("convert", source, "-o", fifo, "-q")
        reader.join(60)
        assert (result.exit_code, result.stderr) == (0, ""), result.stderr
        assert not reader.is_alive(), "kg never opened the FIFO: its reader waits forever"
        assert got == [reference[fmt].read_bytes()]
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.listdir(fifo.parent) == [fifo.name]
        fifo.unlink()

    device = character_device(tmp_path)
    if device is None:
        pytest.skip("this machine lets this process make no device node, and it may replace /dev/null")
    before = os.stat(device)
    results = [run_kg("convert", article, "--format", "nt", "-o", device),
               run_kg("convert", articles, "--format", "nquads", "-o", device, "-q")]
    after = os.stat(device)
    assert [(r.exit_code, r.stderr) for r in results] == [(0, ""), (0, "")], [r.stderr for r in results]
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not [p for p in device.parent.iterdir() if p.name.startswith(f".{device.name}")]
    observe("exit 0 each, nothing on stderr: the FIFO's reader got the same bytes as a regular file gets (one "
            "article, and six streamed as N-Quads), and the FIFO is still a FIFO with nothing beside it; the "
            "character device is still the same device (inode and device number), with no temporary, partial "
            "or manifest file beside it.")


def test_reliability_fault_output_through_a_symbolic_link_or_onto_a_read_only_file(observe, tmp_path, data_dir):
    """Issue 13, W7/W8: `-o` naming a symbolic link to a file of mode 0640, a link to a file not there yet,
    and a read-only file (mode 0444)."""
    article = data_dir / "articles" / "voa-6202743.txt"
    target, link = tmp_path / "graphs" / "target.ttl", tmp_path / "link.ttl"
    target.parent.mkdir()
    target.write_text("old content\n")
    target.chmod(0o640)
    link.symlink_to(target)
    new_link = tmp_path / "new.ttl"
    new_link.symlink_to(target.parent / "made.ttl")
    read_only = tmp_path / "read-only.ttl"
    read_only.write_text("old content\n")
    read_only.chmod(0o444)

    written = [run_kg("convert", article, "-o", path) for path in (link, new_link)]
    refused = run_kg("convert", article, "-o", read_only)

    assert [(r.exit_code, r.stderr) for r in written] == [(0, ""), (0, "")]
    assert link.is_symlink() and os.readlink(link) == str(target) and new_link.is_symlink()
    assert target.read_text().startswith("@prefix") and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert (target.parent / "made.ttl").read_bytes() == target.read_bytes()
    line = one_line_error(refused, 1)
    assert line == f"error: {read_only}: is read-only (mode 0444), so it is not replaced; make it writable " \
                   "(chmod u+w), or give another file"
    assert read_only.read_text() == "old content\n" and stat.S_IMODE(read_only.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graphs", "link.ttl", "new.ttl", "read-only.ttl"]
    observe("a link is written through: exit 0, the link is still a link and the file it points to holds the "
            "graph with its mode 0640 kept; a link to a file not there yet makes that file; a read-only file is "
            f"refused: exit 1: `{line}`, and it is as it was (content and mode 0444).")


def test_reliability_fault_two_converts_onto_one_output(observe, tmp_path, kg_process, data_dir):
    """Issue 13, W9: two `kg convert` runs at once writing the same output: `-o same.nq`, then `-o same/`."""
    articles = data_dir / "articles"
    reference = tmp_path / "reference"
    assert run_kg("convert", articles, "-o", f"{reference}/", "-q").exit_code == 0
    assert run_kg("convert", articles, "-o", f"{reference}.nq", "-q").exit_code == 0

    outcomes = []
    for output in (tmp_path / "same.nq", f"{tmp_path / 'same'}/"):
        processes = [kg_process.start("convert", articles, "-o", output, "--jobs", "1", "-q") for _ in range(2)]
        overlapped = all(process.poll() is None for process in processes)
        outcomes += [(process.wait(120), process.communicate()[1].decode()) for process in processes]
        assert overlapped, "a run ended before the other began"

    assert outcomes == [(0, "")] * 4, outcomes
    assert (tmp_path / "same.nq").read_bytes() == Path(f"{reference}.nq").read_bytes()
    assert {p.name: p.read_bytes() for p in (tmp_path / "same").iterdir() if not p.name.startswith(".")} == \
           {p.name: p.read_bytes() for p in reference.iterdir() if not p.name.startswith(".")}
    hidden = sorted(p.name for p in [*tmp_path.iterdir(), *(tmp_path / "same").iterdir()] if p.name.startswith("."))
    assert hidden == [".kg-manifest.jsonl", ".reference.nq.kg-manifest.jsonl", ".same.nq.kg-manifest.jsonl"]
    observe("exit 0 for all four runs (two at once into one N-Quads file, then two at once into one directory), "
            "nothing on stderr: each run writes under names of its own and the last to finish puts its output "
            "in place, so the file and the directory's files are whole, the same bytes as a run alone; no "
            "partial file or manifest is left.")


def test_reliability_fault_resume_over_damaged_outputs(observe, tmp_path, data_dir):
    """Issue 13, W10: a re-run into the same output after outputs were damaged: in a directory, one file
    emptied, one cut short and one with a byte changed; in an N-Quads file, a byte changed in one article."""
    articles = data_dir / "articles"
    out, stream = tmp_path / "out", tmp_path / "out.nq"
    assert convert_batch([str(articles)], f"{out}/", jobs=1).ok and convert_batch([str(articles)], str(stream), jobs=1).ok
    expected = {p.name: p.read_bytes() for p in out.glob("*.ttl")}
    expected_stream = stream.read_bytes()
    first, second, third, *kept = sorted(expected)
    (out / first).write_bytes(b"")
    (out / second).write_bytes(expected[second][:100])
    changed = bytearray(expected[third])
    changed[-10] ^= 0x20
    (out / third).write_bytes(bytes(changed))
    stamps = {name: (out / name).stat().st_mtime_ns for name in kept}
    damaged = bytearray(expected_stream)
    damaged[len(damaged) // 2] ^= 0x20
    stream.write_bytes(bytes(damaged))

    again = convert_batch([str(articles)], f"{out}/", jobs=1)
    again_stream = convert_batch([str(articles)], str(stream), jobs=1)

    assert (again.converted, again.up_to_date) == (3, len(expected) - 3)
    assert {p.name: p.read_bytes() for p in out.glob("*.ttl")} == expected
    assert {name: (out / name).stat().st_mtime_ns for name in kept} == stamps
    assert (again_stream.converted, again_stream.up_to_date) == (1, len(expected) - 1)
    assert stream.read_bytes() == expected_stream
    observe(f"the directory: the 3 damaged files converted again, the other {len(kept)} kept untouched, every file "
            f"the bytes of the first run; the N-Quads file: the damaged article converted again, {len(kept) + 2} "
            "copied, the file the bytes of the first run (each manifest line records its output's length and "
            "SHA-256, checked before an output is kept).")


def test_reliability_input_output_or_errors_file_is_an_input(observe, tmp_path, data_dir):
    """Issue 13, F4: an errors file or an output that is an input: `--errors story.txt` (with a missing input,
    so there is a failure to list), `--errors` a hard link to it, `-o` a symbolic link to it, `-o` a file of
    an input directory, and `-o DIR/` where the article's file would be a link to it."""
    story = tmp_path / "story.txt"
    story.write_bytes((data_dir / "articles" / "voa-6202743.txt").read_bytes())
    original = story.read_bytes()
    os.link(story, tmp_path / "hard.log")
    (tmp_path / "link.ttl").symlink_to(story)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "story.ttl").symlink_to(story)
    missing = tmp_path / "missing.txt"
    runs = [("convert", story, missing, "-o", f"{tmp_path / 'new'}/", "--errors", story),
            ("convert", story, missing, "-o", tmp_path / "story.nq", "--errors", tmp_path / "hard.log"),
            ("convert", story, "-o", tmp_path / "link.ttl"),
            ("convert", tmp_path, "-o", story, "--format", "nt"),
            ("convert", story, "-o", f"{tmp_path / 'out'}/")]

    lines = [one_line_error(run_kg(*args), 2) for args in runs]

    assert story.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hard.log", "link.ttl", "out", "story.txt"]
    assert lines[0] == (f"error: {story}: is an input, and the list of failed articles would be written over it; "
                        "give another file with --errors")
    assert lines[1].startswith(f"error: {tmp_path / 'hard.log'}: is an input, and the list of failed articles")
    assert lines[2:4] == [f"error: {tmp_path / 'link.ttl'}: is also an input article; give another file for -o",
                          f"error: {story}: is also an input article; give another file for -o"]
    assert lines[4] == (f"error: {tmp_path / 'out' / 'story.ttl'}: is an input, and the article of {story} would be "
                        "written over it; give another directory with -o DIR/")
    observe("exit 2 (wrong usage) for each, one line, and the input is as it was: " +
            "; ".join(f"`{line}`" for line in (lines[0], lines[2], lines[4])) + "; the hard link and the file "
            "of an input directory likewise (inputs are compared by device and inode, so any name counts).")
