"""Reliability, bad input: every input a user may feed `kg convert` gives one clear line, the right
exit code, no partial output and no traceback, or a graph that conforms.

Each case says what it observed (the `observe` fixture); RELIABILITY.md shows it.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import pyoxigraph
from rdflib import RDFS, Graph, URIRef
from typer.testing import CliRunner

from cli import app
from kg.extract.extractor import extract_facts
from kg.rdf.namespace import NKG
from kg.read.text import MAX_BYTES, MAX_LINE, read_article
from kg.validate.shacl import validate_graph

ARTICLE = ("Protesters march in Lagos\nMarch 2, 2021\n\n"
           "LAGOS, Nigeria — Thousands of protesters marched through Lagos on Monday, police said.\n"
           "Police detained at least 20 protesters, Amnesty International said.\n")
SECRET = "TOP-SECRET-CONTENT"
SCHEMA_URL = URIRef("https://schema.org/url")
RDFS_LABEL = RDFS.label
PAGE = ("<html><head><title>Protesters march in Lagos</title>"
        '<meta property="article:published_time" content="2021-03-02">{head}</head>'
        "<body>{body}<article><p>LAGOS, Nigeria - Thousands of protesters marched through Lagos on Monday, "
        "police said.</p><p>Police detained at least 20 protesters, Amnesty International said.</p>"
        "</article></body></html>")


def run_kg(*args, input=None):
    return CliRunner().invoke(app, [str(arg) for arg in args], input=input, prog_name="kg")


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def rejected(observe, tmp_path: Path, *args, input=None) -> str:
    """Run ``kg convert ARGS -o <old file>``: assert exit 1, one ``error:`` line, no traceback, the old
    output untouched and nothing else written; observe and return the line."""
    out = tmp_path / "out"
    old = write(out / "graph.ttl", "old content\n")

    result = run_kg("convert", *args, "-o", old, input=input)

    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines)) == (1, 1), result.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in result.stderr and result.stdout == ""
    assert sorted(os.listdir(out)) == ["graph.ttl"] and old.read_text() == "old content\n"
    observe(f"exit 1: `{lines[0]}`; the old output file is as it was and nothing else is written.")
    return lines[0]


def converted(*args, input=None) -> Graph:
    """Run ``kg convert ARGS --format nt``: assert exit 0 with nothing on stderr, and a conforming graph."""
    result = run_kg("convert", *args, "--format", "nt", input=input)
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    graph = Graph().parse(data=result.stdout_bytes, format="nt")
    assert validate_graph(graph).conforms
    return graph


def without_source(graph: Graph) -> set:
    """The graph's triples but the source file's name, to compare graphs read from different files."""
    return {triple for triple in graph if triple[1] != NKG.sourceFile}


@pytest.fixture
def reference(tmp_path) -> set:
    """The triples of `ARTICLE` saved as UTF-8 with LF line ends, as ``ref/lagos.txt``."""
    return without_source(converted(write(tmp_path / "ref" / "lagos.txt", ARTICLE)))


# ---- bytes that are no text, or not UTF-8


def test_reliability_input_empty_file(observe, tmp_path):
    """An empty file."""
    line = rejected(observe, tmp_path, write(tmp_path / "empty.txt", b""))
    assert line.endswith("is empty; expected a headline, a date line and paragraphs of text")


def test_reliability_input_whitespace_only(observe, tmp_path):
    """A file of blank lines, spaces and tabs."""
    line = rejected(observe, tmp_path, write(tmp_path / "blank.txt", b" \n\t\r\n\n"))
    assert line.endswith("is empty; expected a headline, a date line and paragraphs of text")


def test_reliability_input_binary_file(observe, tmp_path):
    """A binary file (a PNG image) named .txt."""
    line = rejected(observe, tmp_path, write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50))
    assert line.endswith("is a binary file, not text; expected a UTF-8 plain-text article")


def test_reliability_input_truncated_utf8(observe, tmp_path):
    """UTF-8 text cut short in the middle of a character (the first byte of an em dash, then the end)."""
    data = ARTICLE.encode("utf-8")
    line = rejected(observe, tmp_path, write(tmp_path / "cut.txt", data[:data.index("—".encode()) + 1]))
    assert "ends in the middle of a UTF-8 character" in line and "cut short" in line


def test_reliability_input_windows_1252(observe, tmp_path):
    """A Windows-1252 (Western European) file: an en dash and a "café" that are not UTF-8."""
    text = ARTICLE.replace("—", "–").replace("on Monday", "at a café on Monday")
    line = rejected(observe, tmp_path, write(tmp_path / "cp1252.txt", text.encode("cp1252")))
    assert "it looks like Windows-1252" in line and "pass --encoding cp1252" in line


def test_reliability_input_windows_1252_with_encoding_option(observe, tmp_path, reference):
    """The Windows-1252 file again, with the `--encoding cp1252` the message asked for."""
    article = write(tmp_path / "lagos.txt", ARTICLE.encode("cp1252", errors="strict"))

    graph = converted(article, "--encoding", "cp1252")

    assert without_source(graph) == reference
    observe("exit 0: the same graph as from the UTF-8 file, and it conforms to the shapes.")


def test_reliability_input_cyrillic_windows_1251(observe, tmp_path):
    """A Russian article saved as Windows-1251."""
    text = "Протесты в Минске\n21 сентября 2020\n\nМИНСК — Тысячи протестующих прошли по улицам Минска.\n"
    line = rejected(observe, tmp_path, write(tmp_path / "minsk.txt", text.encode("cp1251")))
    assert "is not UTF-8 text" in line and "--encoding cp1251" in line


def test_reliability_input_utf8_with_one_invalid_byte(observe, tmp_path):
    """UTF-8 text (with a euro sign) holding one stray Windows-1252 byte."""
    text = ARTICLE.encode("utf-8").replace(b"Thousands", "€ Thousands".encode("utf-8") + b"\x96")
    line = rejected(observe, tmp_path, write(tmp_path / "stray.txt", text))
    assert "is UTF-8 text with an invalid byte 0x96" in line


def test_reliability_input_utf16_with_bom(observe, tmp_path, reference):
    """UTF-16 text with a byte-order mark (as Windows Notepad saves "Unicode"), both byte orders."""
    little = converted(write(tmp_path / "le" / "lagos.txt", ARTICLE.encode("utf-16")))
    big = converted(write(tmp_path / "be" / "lagos.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be")))

    assert without_source(little) == without_source(big) == reference
    observe("exit 0: detected by its byte-order mark; the same graph as from UTF-8, and it conforms.")


def test_reliability_input_utf16_without_bom(observe, tmp_path):
    """UTF-16 (little-endian) text without a byte-order mark."""
    line = rejected(observe, tmp_path, write(tmp_path / "utf16.txt", ARTICLE.encode("utf-16-le")))
    assert "looks like UTF-16-LE text without a byte-order mark; pass --encoding utf-16-le" in line


def test_reliability_input_unknown_encoding_option(observe, tmp_path):
    """`--encoding` with names that are no text encodings: `base64` (a bytes codec) and a made-up one."""
    article = write(tmp_path / "lagos.txt", ARTICLE)
    results = [run_kg("convert", article, "--encoding", name) for name in ("base64", "klingon")]

    messages = [" ".join(re.sub(r"[╭╮╰╯│─]", " ", result.stderr).split()) for result in results]
    for result, message in zip(results, messages):
        assert result.exit_code == 2 and result.stdout == "" and "Traceback" not in result.stderr
        assert "Invalid value for '--encoding'" in message
    said = re.search(r"Invalid value for '--encoding': .*?gb18030", messages[1]).group()
    observe(f"exit 2 (wrong usage) before any article is read, with the usage text and `{said}`.")


# ---- text that is fine, written differently


def test_reliability_input_utf8_with_bom(observe, tmp_path, reference):
    """UTF-8 text that starts with a byte-order mark."""
    graph = converted(write(tmp_path / "bom" / "lagos.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))

    assert without_source(graph) == reference
    observe("exit 0: the mark is dropped; the same graph as without it, and it conforms.")


def test_reliability_input_crlf_line_ends(observe, tmp_path, reference):
    """Windows (CRLF) and old Mac (CR) line ends."""
    crlf = converted(write(tmp_path / "crlf" / "lagos.txt", ARTICLE.replace("\n", "\r\n")))
    cr = converted(write(tmp_path / "cr" / "lagos.txt", ARTICLE.replace("\n", "\r")))

    assert without_source(crlf) == without_source(cr) == reference
    observe("exit 0: the same graph as with LF line ends (offsets count one character a line end), "
            "and it conforms.")


def test_reliability_input_zero_width_and_right_to_left(observe, tmp_path):
    """Zero-width spaces and joiners, a BOM inside the text, bidi overrides, and Hebrew and Arabic words."""
    text = ("Protesters\u200b march in La\u200dgos\nMarch 2, 2021\n\n"
            "LAGOS, Nigeria — Thousands of \u202eprotesters\u202c marched through \u200fLagos\ufeff on Monday, "
            "police said. \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627, said the sign.\n")
    article = write(tmp_path / "bidi.txt", text)

    graph = converted(article)
    facts = extract_facts(read_article(article))

    assert facts.sentences and all(facts.article.text[s.start:s.end] == s.text for s in facts.sentences)
    assert "\u202e" in "".join(s.text for s in facts.sentences)
    assert all(read_article(article).text[int(b):int(e)] == str(t) for t, b, e in graph.query(
        "SELECT ?t ?b ?e { ?s a nkg:Sentence ; nkg:text ?t ; nkg:beginIndex ?b ; nkg:endIndex ?e }",
        initNs={"nkg": NKG}))
    observe("exit 0: the graph conforms; the characters are kept, and every sentence's text is the "
            "article's text at the sentence's offsets.")


# ---- web pages


def test_reliability_input_html_scripts_and_styles(observe, tmp_path):
    """A web page with scripts, styles, noscript, inline handlers and JSON data blocks."""
    page = PAGE.format(
        head="<script>var trackingScript = 'SCRIPT-TEXT';</script><style>p { font-family: STYLE-TEXT }</style>"
             '<script type="application/ld+json">{"x": "JSONLD-TEXT"}</script>',
        body='<noscript>NOSCRIPT-TEXT</noscript><div onclick="HANDLER-TEXT()">Menu</div>')

    result = run_kg("convert", write(tmp_path / "page.html", page), "--format", "nt")

    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    out = result.stdout
    assert "Amnesty International" in out
    assert not [word for word in ("SCRIPT", "STYLE", "JSONLD", "NOSCRIPT", "HANDLER") if f"{word}-TEXT" in out]
    assert validate_graph(Graph().parse(data=result.stdout_bytes, format="nt")).conforms
    observe("exit 0: the article's text only; no script, style, noscript, JSON-LD or handler text in the "
            "graph, which conforms.")


def test_reliability_input_html_internal_entity_xxe(observe, tmp_path):
    """A page whose DOCTYPE declares an external entity naming a local secret file (XXE)."""
    secret = write(tmp_path / "secret.txt", SECRET)
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
            + PAGE.format(head="", body="<p>&xxe;</p>"))

    line = rejected(observe, tmp_path, write(tmp_path / "xxe.html", page))

    assert "declares XML entities" in line and SECRET not in line


def test_reliability_input_html_billion_laughs(observe, tmp_path):
    """A page with nested entity declarations that expand to gigabytes ("billion laughs")."""
    levels = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    page = f'<!DOCTYPE html [<!ENTITY l0 "lol">{levels}]>' + PAGE.format(head="", body="<p>&l9;</p>")

    line = rejected(observe, tmp_path, write(tmp_path / "laughs.html", page))

    assert "declares XML entities" in line


def test_reliability_input_html_external_dtd_and_xinclude(observe, tmp_path, scripted_server):
    """A page naming an external DTD on a server and another in a file (with an entity for a secret
    file), using that entity, and an XInclude of the secret."""
    url, seen = scripted_server((200, b'<!ENTITY remote "REMOTE-TEXT">', {}))
    secret = write(tmp_path / "secret.txt", SECRET)
    dtd = write(tmp_path / "evil.dtd", f'<!ENTITY secret SYSTEM "{secret.as_uri()}">')
    pages = [f'<!DOCTYPE html SYSTEM "{url}/evil.dtd">', f'<!DOCTYPE html SYSTEM "{dtd.as_uri()}">']
    body = f'<p>&secret; &remote;</p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}" parse="text"/>'

    outputs = [run_kg("convert", write(tmp_path / f"dtd{i}.html", doctype + PAGE.format(head="", body=body)))
               for i, doctype in enumerate(pages)]

    for result in outputs:
        assert (result.exit_code, result.stderr) == (0, ""), result.stderr
        assert SECRET not in result.stdout and "REMOTE-TEXT" not in result.stdout
    assert seen == []
    observe("exit 0: the page is read; no DTD is fetched (the server saw no request), no entity is "
            "expanded and no XInclude is followed: the secret is not in the graph.")


def test_reliability_input_xml_with_external_entity(observe, tmp_path):
    """An XML file (not a web page) with an external entity naming a secret file, named .xml."""
    secret = write(tmp_path / "secret.txt", SECRET)
    xml = f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n<r>&xxe;</r>\n'

    line = rejected(observe, tmp_path, write(tmp_path / "feed.xml", xml))

    assert "is XML or HTML markup, not a plain-text article" in line and SECRET not in line


# ---- size


def test_reliability_input_200_mb_file(observe, tmp_path, kg_process):
    """A 200 MB article file and a 200 MB web page (an article, then padding), as a separate process."""
    articles = [tmp_path / "huge.txt", tmp_path / "huge.html"]
    for article in articles:
        with open(article, "wb") as out:
            out.write(ARTICLE.encode("utf-8"))
            out.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    old = write(tmp_path / "out" / "graph.nq", "old content\n")  # two articles: a named graph each

    code, stdout, stderr, peak = kg_process.run("convert", *articles, "-o", old)

    lines = stderr.splitlines()
    assert (code, stdout) == (1, b"")
    for article, line in zip(articles, lines):
        assert line == (f"error: {article}: is larger than the {MAX_BYTES // 2**20} MB limit for one article; "
                        "split it into one file per article")
    assert lines[2:] == ["2 failed, 0 articles converted"]
    assert old.read_text() == "old content\n"
    assert sorted(os.listdir(old.parent)) == ["graph.nq", "graph.nq.errors.log"]  # the failures, listed
    baseline = _baseline_peak(kg_process, tmp_path)
    assert peak < baseline + MAX_BYTES / 2**20, f"peak memory {peak:.0f} MB (one article: {baseline:.0f}): the file was read"
    observe(f"exit 1: `{lines[0]}`, the same for the page; refused before they are read (kg's peak memory "
            "stays below one file's size); the old output is as it was, the failures are listed in "
            "`graph.nq.errors.log`.")


def _baseline_peak(kg_process, tmp_path) -> float:
    """kg's peak memory (MB) converting one small article, on this machine."""
    small = write(tmp_path / "baseline" / "small.txt", ARTICLE)
    code, _, _, peak = kg_process.run("convert", small, "-o", tmp_path / "baseline" / "small.ttl")
    assert code == 0
    return peak


def test_reliability_input_200_mb_on_stdin(observe, kg_process, tmp_path):
    """200 MB of text piped to `kg convert -`."""
    data = ARTICLE.encode("utf-8") + b"x" * (200 * 1024 * 1024)

    code, stdout, stderr, peak = kg_process.run("convert", "-", input=data)

    assert (code, stdout) == (1, b"")
    assert stderr.startswith("error: <stdin>: is larger than the 20 MB limit for one article")
    baseline = _baseline_peak(kg_process, tmp_path)
    # at most a few times the limit is held, never the 200 MB
    assert peak < baseline + 4 * MAX_BYTES / 2**20, f"peak memory {peak:.0f} MB (one article: {baseline:.0f})"
    observe(f"exit 1: `{stderr.strip()}`; only the first {MAX_BYTES // 2**20} MB are read.")


def test_reliability_input_single_1_mb_line(observe, tmp_path):
    """A file that is one line of 1 MB (no line break at all)."""
    line = rejected(observe, tmp_path, write(tmp_path / "line.txt", "word " * (2**20 // 5)))
    assert f"over the {MAX_LINE:,}-character limit for one paragraph" in line and ":1:" in line


def test_reliability_input_1_mb_paragraph(observe, tmp_path):
    """An article whose body is one paragraph of 1 MB of sentences."""
    body = "Thousands of protesters marched through Lagos on Monday, police said. " * 15000
    line = rejected(observe, tmp_path, write(tmp_path / "para.txt", f"Lagos\nMarch 2, 2021\n\n{body}\n"))
    assert line.startswith(f"error: {tmp_path / 'para.txt'}:4: has a line of 1,049,999 characters")


# ---- no facts to read


def test_reliability_input_no_sentences(observe, tmp_path):
    """An article whose body is only dashes, asterisks and numbers."""
    line = rejected(observe, tmp_path, write(tmp_path / "dashes.txt", "Lagos\nMarch 2, 2021\n\n— — —\n\n* * *\n2021\n"))
    assert "has no sentences" in line


def test_reliability_input_headings_only(observe, tmp_path):
    """An article whose body is only section headings (short lines without a full stop)."""
    line = rejected(observe, tmp_path, write(tmp_path / "headings.txt",
                                             "Lagos\nMarch 2, 2021\n\nPhotos\nRelated Stories\nMost Read\n"))
    assert "has no sentences" in line


def test_reliability_input_no_date(observe, tmp_path):
    """An article with no date line and no `--published`."""
    line = rejected(observe, tmp_path, write(tmp_path / "undated.txt", "Lagos\n\nPolice said it rained.\n"))
    assert "no publication date" in line and "--published" in line


def test_reliability_input_impossible_or_out_of_range_dates(observe, tmp_path):
    """Issue 13, W5: date lines "February 31, 2021", "December 31, 9999" and "9999-12-31"; a JSON Lines
    record published 9999-12-31; `--published 9999-12-31` and `--published 1799-12-31`."""
    body = "\n\nLAGOS, Nigeria — Thousands of protesters marched through Lagos on Monday, police said.\n"
    # `rejected` checks each run (observing nothing: one sentence below says what all did)
    lines = [rejected(lambda _: None, tmp_path, write(tmp_path / f"{name}.txt", f"Lagos\n{line}{body}"))
             for name, line in (("february", "February 31, 2021"), ("far", "December 31, 9999"),
                                ("iso", "9999-12-31"))]
    record = {"id": "wire-1", "title": "Lagos", "published": "9999-12-31", "text": body.strip()}
    lines.append(rejected(lambda _: None, tmp_path, write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")))
    usage = [run_kg("convert", write(tmp_path / "lagos.txt", ARTICLE), "--published", day)
             for day in ("9999-12-31", "1799-12-31")]

    assert lines[0] == (f"error: {tmp_path / 'february.txt'}:2: the date line 'February 31, 2021' is no day of "
                        "the calendar: February 2021 has 28 days; fix the date line, or pass --published YYYY-MM-DD")
    assert lines[1] == (f"error: {tmp_path / 'far.txt'}:2: the date line 'December 31, 9999' is out of range: a "
                        "publication date falls in the years 1800 to 2200; fix the date line, or pass --published "
                        "YYYY-MM-DD")
    assert "'9999-12-31' is out of range" in lines[2]
    assert lines[3].startswith(f"error: {tmp_path / 'feed.jsonl'}:1: the publication date 9999-12-31 is out of range")
    for result, day in zip(usage, ("9999-12-31", "1799-12-31")):
        assert (result.exit_code, result.stdout) == (2, "") and result.stderr == (
            f"error: --published {day}: is out of range: a publication date falls in the years 1800 to 2200; "
            "give the article's own date as YYYY-MM-DD\n")
    observe(f"exit 1 each, one line, and the old output file is as it was: `{lines[0]}`; `{lines[1]}`; the ISO "
            f"date line likewise; the record: `{lines[3]}`. `--published`: exit 2 (wrong usage) before any article "
            f"is read, one line: `{usage[0].stderr.strip()}`; the same for 1799-12-31.")


# ---- corpora


def test_reliability_input_jsonl_with_one_broken_line(observe, tmp_path):
    """A JSON Lines corpus of three records whose second line is cut short."""
    record = {"title": "Protesters march in Lagos", "published": "2021-03-02",
              "text": "LAGOS, Nigeria — Thousands of protesters marched through Lagos, police said."}
    lines = [json.dumps({**record, "id": f"wire-{i}"}) for i in (1, 2, 3)]
    corpus = write(tmp_path / "feed.jsonl", "\n".join([lines[0], lines[1][:40], lines[2]]) + "\n")
    out = tmp_path / "out.nq"

    result = run_kg("convert", corpus, "-o", out)

    errors = result.stderr.splitlines()
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert errors[0].startswith(f"error: {corpus}:2: is not valid JSON")
    graphs = {quad.graph_name for quad in pyoxigraph.parse(path=str(out))}
    assert {graph.value.rsplit("/", 1)[1] for graph in graphs} == {"wire-1", "wire-3"}
    observe(f"exit 1: `{errors[0]}` (line 2 named), then `{errors[-1]}`; lines 1 and 3 are in the output.")


def test_reliability_input_jsonl_lone_surrogate(observe, tmp_path):
    """Issue 13, W3: JSON Lines records whose text, and whose title, hold a lone surrogate (a `\\ud800`
    escape without its pair), between two good records."""
    record = {"title": "Protesters march in Lagos", "published": "2021-03-02",
              "text": "LAGOS, Nigeria — Thousands of protesters marched through Lagos, police said."}
    lines = [json.dumps({**record, "id": "wire-1"}),
             json.dumps({**record, "id": "wire-2", "text": record["text"].replace("Thousands", "Thou\ud800sands")}),
             json.dumps({**record, "id": "wire-3", "title": "Lagos \udfff"}),
             json.dumps({**record, "id": "wire-4"})]
    corpus = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "out.nq"

    result = run_kg("convert", corpus, "-o", out)

    errors = result.stderr.splitlines()
    assert result.exit_code == 1 and "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert errors[:2] == [
        f"error: {corpus}:2: field 'text' has a lone surrogate (U+D800), half of a UTF-16 pair, which is no "
        "character; write the whole character, or remove its \\u escape",
        f"error: {corpus}:3: field 'title' has a lone surrogate (U+DFFF), half of a UTF-16 pair, which is no "
        "character; write the whole character, or remove its \\u escape"]
    graphs = {quad.graph_name for quad in pyoxigraph.parse(path=str(out))}
    assert {graph.value.rsplit("/", 1)[1] for graph in graphs} == {"wire-1", "wire-4"}
    observe(f"exit 1: `{errors[0]}`, and the same naming the title of line 3; lines 1 and 4 are in the output.")


def test_reliability_input_jsonl_huge_single_line(observe, tmp_path):
    """Issue 13, W4: a JSON Lines record of 60 MB on one line (three times the limit for one article) between
    two good records."""
    import tracemalloc

    from kg.read.sources import iter_sources

    record = {"title": "Protesters march in Lagos", "published": "2021-03-02",
              "text": "LAGOS, Nigeria — Thousands of protesters marched through Lagos, police said."}
    corpus = tmp_path / "feed.jsonl"
    with open(corpus, "w", encoding="utf-8") as out:
        out.write(json.dumps({**record, "id": "wire-1"}) + "\n")
        out.write(json.dumps({**record, "id": "wire-2", "text": "word " * (12 * 2**20)}) + "\n")
        out.write(json.dumps({**record, "id": "wire-3"}) + "\n")

    result = run_kg("convert", corpus, "-o", tmp_path / "out.nq")
    tracemalloc.start()
    items = [type(item).__name__ for item in iter_sources([str(corpus)])]
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()

    errors = result.stderr.splitlines()
    assert result.exit_code == 1 and errors[0] == (
        f"error: {corpus}:2: is larger than the {MAX_BYTES // 2**20} MB limit for one article; split it into one "
        "file per article")
    assert items == ["Source", "InputError", "Source"]
    assert peak < MAX_BYTES / 2**20 + 4, f"reading the records held {peak:.0f} MB: the long line was read whole"
    graphs = {quad.graph_name for quad in pyoxigraph.parse(path=str(tmp_path / "out.nq"))}
    assert {graph.value.rsplit("/", 1)[1] for graph in graphs} == {"wire-1", "wire-3"}
    observe(f"exit 1: `{errors[0]}`; lines 1 and 3 are in the output; reading the records held at most the "
            f"{MAX_BYTES // 2**20} MB limit (and a little) at once, never the 60 MB line whole.")


def test_reliability_input_directory_with_links_and_subdirectories(observe, tmp_path):
    """Issue 13, W1: an input directory holding an article, a symbolic link to a missing file, a loop of
    symbolic links, a FIFO and a subdirectory (with an article), all named like articles, and a README."""
    folder = tmp_path / "feeds"
    write(folder / "lagos.txt", ARTICLE)
    write(folder / "older" / "abuja.txt", ARTICLE)
    write(folder / "README.md", "notes\n")
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.html")

    result = run_kg("convert", folder, "-o", tmp_path / "out.nq")

    assert (result.exit_code, result.stdout) == (0, ""), result.stderr
    assert result.stderr.splitlines() == [
        f"note: {folder / 'gone.txt'}: is a symbolic link to '{folder / 'deleted.txt'}', which does not exist; not "
        "read",
        f"note: {folder / 'loop.txt'}: is a loop of symbolic links, not read",
        f"note: {folder / 'older'}: is a directory, not read: directories are not descended into; give it as an "
        "input of its own to convert its articles",
        f"note: {folder / 'pipe.html'}: is a FIFO, not a regular file, so it is not read; give it as an input of "
        "its own to read it"]
    graphs = {quad.graph_name for quad in pyoxigraph.parse(path=str(tmp_path / "out.nq"))}
    assert {graph.value.rsplit("/", 1)[1] for graph in graphs} == {"lagos"}
    observe("exit 0 (as documented: a directory gives its article files), the article converted, and a note "
            "on stderr naming each entry not read: " + "; ".join(f"`{line}`" for line in result.stderr.splitlines())
            + "; the README (not named as an article) is left out silently, as before.")


def test_reliability_input_stdin_closed(observe, tmp_path, kg_process, data_dir):
    """Issue 13, F14: `kg convert -` and `kg query -` with standard input closed (`<&-`)."""
    graph = tmp_path / "graph.ttl"
    assert run_kg("convert", data_dir / "articles" / "voa-6202743.txt", "-o", graph).exit_code == 0
    closed = ["sh", "-c", 'exec "$@" <&-', "sh", *kg_process.command]
    import subprocess

    results = [subprocess.run([*closed, *args], capture_output=True, text=True, env=kg_process.env, timeout=120)
               for args in (["convert", "-"], ["query", "-", str(graph)])]

    for result in results:
        assert (result.returncode, result.stdout) == (1, "") and len(result.stderr.splitlines()) == 1, result.stderr
    assert results[0].stderr == ("error: <stdin>: is closed; give the articles on standard input "
                                 "(kg convert - < story.txt) or as files\n")
    assert results[1].stderr == ("error: <stdin>: is closed; pipe the query in (kg query - < query.rq), or give a "
                                 ".rq file\n")
    observe(f"exit 1, one line each: `{results[0].stderr.strip()}` and `{results[1].stderr.strip()}`.")


def test_reliability_input_html_base_href_is_no_page_url(observe, tmp_path):
    """Issue 13, W2: web pages whose `<base href="https://static.cdn.example/assets/">` names a CDN: one
    with nothing else, one with a relative canonical link and an `og:url`, one with a canonical link."""
    base = '<base href="https://static.cdn.example/assets/">'
    pages = {"base": base,
             "og": base + '<link rel="canonical" href="/lagos-protest"><meta property="og:url" '
                          'content="https://news.example/2021/03/02/lagos-protest">',
             "canonical": base + '<link rel="Canonical" href="https://news.example/lagos">'}
    found = {}
    for name, head in pages.items():
        graph = converted(write(tmp_path / f"{name}.html", PAGE.format(head=head, body="")))
        found[name] = sorted(str(url) for url in graph.objects(None, SCHEMA_URL))

    assert found == {"base": [], "og": ["https://news.example/2021/03/02/lagos-protest"],
                     "canonical": ["https://news.example/lagos"]}
    observe("exit 0 for each: the page with only a base gets no schema:url (the CDN is not the article's URL); "
            "a relative canonical link is passed over for the absolute og:url; an absolute canonical link "
            "(rel in any case) is the URL.")


def test_reliability_input_name_mixing_scripts(observe, tmp_path):
    """Issue 13, W6: an article naming "Vladimir Рutin" (a Cyrillic Р among Latin letters), "Vladimir Rutin"
    and "Vladimir Putin"."""
    text = ("Leaders meet in Minsk\nMarch 2, 2021\n\nMINSK, Belarus — Russian President Vladimir \u0420utin met "
            "Vladimir Rutin in Minsk on Monday, officials said.\nVladimir Putin criticized Alexander Lukashenko "
            "on Tuesday, officials said.\n")
    graph = converted(write(tmp_path / "names.txt", text))

    people = {str(label): str(person).rsplit("/", 1)[1] for person, label in graph.subject_objects(RDFS_LABEL)
              if "/person/" in str(person)}
    assert people["Vladimir \u0420utin"] == "vladimir-rutin--b881788b"
    assert people["Vladimir Rutin"] == "vladimir-rutin" and people["Vladimir Putin"] == "vladimir-putin"
    observe("exit 0: three people, three IRIs: `person/vladimir-rutin--b881788b` for the name that mixes "
            "scripts (its slug, then 8 hex digits of its SHA-1: no name written in one script has a slug with "
            "`--`), `person/vladimir-rutin` and `person/vladimir-putin`.")
