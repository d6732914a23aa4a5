"""The cache of compiled artefacts: what start-up would otherwise rebuild from the packaged
files in every process (the name tables, the entity ruler's phrase forms, the packaged lexicon,
the model files' verification).

Each entry is one JSON file in `cache_dir`, named by its kind and a key: the sha256 of
everything it is built from (`source_digest`), so a changed source makes a new key and the
entry is rebuilt; an entry is never trusted on its name alone where its builder can check it.
Entries are written atomically (a temporary file, then a rename). A missing, unreadable or
corrupt entry reads as None (the caller builds it again) and an entry that cannot be written
(an unwritable or missing cache folder, a full disk) is skipped: the cache can make a run
faster, never make it fail.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

CACHE_ENV = "KG_CACHE_DIR"
"""Where compiled tables are cached: $KG_CACHE_DIR, else $XDG_CACHE_HOME/news-kg, else ~/.cache/news-kg."""


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "news-kg"


def source_digest(label: str, *sources: bytes | str) -> str:
    """The sha256 of `label` and `sources` (file contents as bytes, anything else as text), each
    length-prefixed so that two different lists of sources never give the same bytes.

    >>> source_digest("x", b"ab", "c") == source_digest("x", b"a", "bc")
    False
    """
    digest = hashlib.sha256(label.encode("utf-8") + b"\0")
    for source in sources:
        data = source if isinstance(source, bytes) else source.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def entry_path(kind: str, key: str) -> Path:
    return cache_dir() / f"{kind}-{key}.json"


def read_entry(kind: str, key: str) -> Any | None:
    """The JSON value cached as `kind` under `key`; None when there is none or it cannot be read."""
    try:
        return json.loads(entry_path(kind, key).read_bytes())
    except (OSError, ValueError, RuntimeError):  # RuntimeError: no home directory to find the cache in
        return None


def write_entry(kind: str, key: str, value: Any) -> None:
    """Cache `value` (JSON) as `kind` under `key`, atomically; never fail the run for it."""
    temporary = None
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(value, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, folder / f"{kind}-{key}.json")
        temporary = None
    except (OSError, ValueError, TypeError, RuntimeError):
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
