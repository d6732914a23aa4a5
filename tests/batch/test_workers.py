"""Workers of a killed batch do not outlive it (issue 6: faults)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")


def _processes_mentioning(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmdline:
            found.append(int(entry.name))
    return found


def test_batch_workers_die_with_a_sigkilled_parent(tmp_path, data_dir):
    articles = tmp_path / "articles-for-kill"
    articles.mkdir()
    for i in range(40):
        shutil.copy(data_dir / "articles" / "voa-8010046.txt", articles / f"a{i}.txt")
    parent = subprocess.Popen([sys.executable, "-m", "cli", "convert", str(articles), "-o",
                               str(tmp_path / "out.nq"), "--jobs", "2", "-q"],
                              cwd=Path(__file__).parent.parent.parent, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while len(_processes_mentioning(str(articles))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)  # the parent and its two workers are running
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while _processes_mentioning(str(articles)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_mentioning(str(articles)) == []
    assert not (tmp_path / "out.nq").exists()
