"""`kg.read.sources`: files, directories, JSON Lines and stdin as a lazy stream of sources."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from kg.errors import InputError
from kg.read.sources import Source, count_sources, iter_sources, read_source

TEXT = "Protesters march in Lagos\nMarch 2, 2021\n\nLAGOS, Nigeria — Thousands marched through Lagos, police said.\n"
RECORD = {"id": "wire-1", "title": "Protesters march in Lagos", "published": "2021-03-02T08:00:00Z",
          "text": "LAGOS, Nigeria — Thousands marched through Lagos, police said.\nPolice detained 20.",
          "url": "https://news.example.org/wire-1"}


def _jsonl(*records) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def test_inputs_directory_gives_article_files_sorted_without_hidden_ones(tmp_path):
    for name in ("b.txt", "a.html", "c.jsonl", ".kg-manifest.jsonl", "notes.md", "errors.log"):
        (tmp_path / name).write_bytes(_jsonl(RECORD) if name.endswith("jsonl") else TEXT.encode())

    sources = list(iter_sources([str(tmp_path)]))

    assert [(s.where.rsplit("/", 1)[1], s.kind) for s in sources] == [
        ("a.html", "html"), ("b.txt", "txt"), ("c.jsonl:1", "jsonl")]
    assert count_sources([str(tmp_path)]) == 3


def test_inputs_bad_paths_become_errors_in_place(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty").mkdir()

    items = list(iter_sources([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt"), str(tmp_path / "empty")]))

    assert [type(item).__name__ for item in items] == ["InputError", "Source", "InputError"]
    assert items[0].problem == "no such file"
    assert items[2].problem == "directory has no article files"


def test_inputs_jsonl_is_streamed_one_record_per_line(tmp_path):
    corpus = tmp_path / "feed.jsonl"
    corpus.write_bytes(_jsonl(RECORD, {**RECORD, "id": 7}) + b"\n")

    sources = iter_sources([str(corpus)])
    first = next(sources)  # a generator: the file is read as it goes

    assert first.where == f"{corpus}:1"
    article = read_source(first)
    assert (article.id, article.headline, article.published) == ("wire-1", RECORD["title"], date(2021, 3, 2))
    assert article.url == RECORD["url"]
    assert [p.is_heading for p in article.paragraphs] == [False, False]
    assert read_source(next(sources)).id == "7"
    assert list(sources) == []


@pytest.mark.parametrize(("line", "problem"), [
    (b"{not json", "is not valid JSON"),
    (b"[1, 2]", "is a JSON list, not an object"),
    (json.dumps({**RECORD, "text": ""}).encode(), "has no text"),
    (json.dumps({**RECORD, "published": "yesterday"}).encode(), "field 'published' is not a date"),
])
def test_inputs_bad_jsonl_record_names_its_line(line, problem):
    source = Source(where="feed.jsonl:3", article_id="", kind="jsonl", data=line, key="k")

    with pytest.raises(InputError, match=problem) as raised:
        read_source(source)
    assert raised.value.where == "feed.jsonl:3"


def test_inputs_stdin_text_html_or_jsonl():
    text = list(iter_sources(["-"], stdin=io.BytesIO(TEXT.encode())))
    records = list(iter_sources(["-"], stdin=io.BytesIO(b"  " + _jsonl(RECORD, RECORD))))
    page = list(iter_sources(["-"], stdin=io.BytesIO(b"<html><body><p>x</p></body></html>")))

    assert [(s.where, s.kind, s.article_id) for s in text] == [("<stdin>", "txt", "stdin")]
    assert [(s.where, s.kind) for s in records] == [("<stdin>:1", "jsonl"), ("<stdin>:2", "jsonl")]
    assert [s.kind for s in page] == ["html"]
    assert read_source(text[0]).headline == "Protesters march in Lagos"


def test_issue_13_closed_stdin_is_an_input_error(monkeypatch):
    """F14: ``kg convert - <&-`` leaves sys.stdin None: one error in the place of stdin's articles."""
    monkeypatch.setattr("sys.stdin", None)

    (item,) = iter_sources(["-"])

    assert isinstance(item, InputError) and item.message.startswith("<stdin>: is closed")


def test_issue_13_jsonl_record_over_the_limit_is_refused_in_its_place(monkeypatch):
    """W4: a record over the size limit is an error for its line; the records around it are read."""
    monkeypatch.setattr("kg.read.sources.MAX_BYTES", 400)
    monkeypatch.setattr("kg.read.sources._CHUNK", 16)
    stream = io.BytesIO(_jsonl(RECORD) + b'{"text": "' + b"x" * 1000 + b'"}\n' + _jsonl({**RECORD, "id": "w-2"}))

    items = list(iter_sources(["-"], stdin=stream))

    assert [type(item).__name__ for item in items] == ["Source", "InputError", "Source"]
    assert items[1].message.startswith("<stdin>:2: is larger than the")
    assert read_source(items[2]).id == "w-2"
