"""Reliability, property tests (hypothesis): for generated input the converter either returns a graph
that conforms to the shapes or raises the project's own `InputError`, never another exception; and
the same input always gives the same graph.

The generators are derandomized (a fixed seed, no example database), so each run tries the same
inputs and RELIABILITY.md can show how many of each outcome it saw.
"""
from __future__ import annotations

import io
import json
import random
from collections import Counter
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read.sources import Source, read_source
from kg.extract.lexicon import load_lexicon
from kg.pipeline import build_graph, extract_facts, validate_graph
from kg.rdf.write import serialize_graph

LEXICON = load_lexicon(())
SETTINGS = dict(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

# News words the extractor has rules for, so that generated sentences reach deep into it.
WORDS = [
    "Russia", "Belarus", "Minsk", "Moscow", "Lagos", "Nigeria", "Kyiv", "the United States", "China",
    "President", "Alexander", "Lukashenko", "Finance", "Minister", "Anton", "Siluanov", "Prime",
    "spokeswoman", "Olga", "Chemodanova", "the Ministry of Internal Affairs", "the European Union", "EU",
    "Amnesty International", "Viasna", "Reuters", "police", "riot police", "protesters", "hackers",
    "opposition", "government", "the government", "the judge", "he", "she", "they", "it", "his", "their",
    "detained", "arrested", "marched", "protested", "said", "told", "says", "according to", "agreed",
    "loan", "lend", "lent", "sanctions", "imposed", "threatened", "denied", "accused", "killed", "attacked",
    "met", "visited", "elected", "election", "signed", "will", "would", "plans", "not", "was", "were",
    "on Monday", "on Sept. 20", "in August", "last week", "2020", "Sunday", "yesterday",
    "$1.5 billion", "1,500", "at least 250", "more than 100,000", "about", "euros", "rubles", "442",
    "of", "to", "in", "on", "at", "by", "with", "against", "for", "and", "or", "but", "that", "the", "a",
    ",", ".", ";", ":", "—", "–", "-", "'s", "’s", '"', "“", "”", "(", ")", "'",
]
ODD = ["\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202c", "\u2066", "\u200f", "é", "ß", "İ", "ﬁ",
       "\u0301", "😀", "中文", "שלום", "مرحبا", "Ω", "\xa0", "\t", "  ", "…", "№", "½", "Mr.", "U.S.", "St.",
       "O'Brien", "al-Assad", "McDonald's", "e.g.", "http://x.example/a", "#", "@user", "&amp;", "<b>"]
DATES = ["%B %d, %Y", "%Y-%m-%d", "%d %B %Y", "%b. %d, %Y", "%A, %B %d, %Y", "%B %d, %YUpdated: %B %d, %Y"]


# Any character but controls (which a reader rejects: see test_reliability_property_any_bytes_…) and
# surrogates (which no UTF-8 text holds).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=6)


@st.composite
def sentences(draw) -> str:
    tokens = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(ODD), TEXT),
                           min_size=1, max_size=25))
    joiner = draw(st.sampled_from([" ", " ", " ", ""]))
    return joiner.join(tokens) + draw(st.sampled_from([".", ".", "?", "!", "", ".\"", ":", " —"]))


@st.composite
def articles(draw) -> str:
    """Text laid out like an article (headline, date line, maybe a byline, paragraphs), made of news
    words, odd characters and arbitrary text."""
    headline = " ".join(draw(st.lists(st.sampled_from(WORDS + ODD), min_size=1, max_size=8)))
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    date_line = day.strftime(draw(st.sampled_from(DATES))) if draw(st.integers(0, 4)) else draw(TEXT)
    byline = draw(st.sampled_from(["", "By Jane Doe\n", "Reuters\n", "https://news.example.org/a\n"]))
    paragraphs = []
    for _ in range(draw(st.integers(0, 5))):
        paragraph = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
        if draw(st.booleans()):
            paragraph = draw(st.sampled_from(["MINSK, Belarus — ", "LAGOS (Reuters) - ", "KYIV -- "])) + paragraph
        paragraphs.append(paragraph)
    line_end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    body = draw(st.sampled_from(["\n", "\n\n"])).join(paragraphs)
    return f"{headline}\n{date_line}\n{byline}\n{body}\n".replace("\n", line_end)


def convert(source: Source) -> bytes | InputError:
    """Read, extract, build and validate one source: its graph as sorted N-Triples, or the InputError.

    Anything else it raises (another exception, a graph that breaks the shapes) fails the property.
    """
    try:
        facts = extract_facts(read_source(source), LEXICON)
        graph = build_graph(facts)
    except InputError as error:
        return error
    report = validate_graph(graph)
    assert report.conforms, report.render()
    out = io.BytesIO()
    serialize_graph(graph, out, "nt")
    return out.getvalue()


def text_source(data: bytes) -> Source:
    return Source(where="generated.txt", article_id="generated", kind="txt", data=data, key="generated")


def run_property(strategy, to_source, examples: int) -> Counter:
    """Convert every generated input twice; assert the property; count graphs and input errors."""
    seen: Counter = Counter()

    @settings(max_examples=examples, **SETTINGS)
    @given(strategy)
    def property_holds(value):
        first, second = convert(to_source(value)), convert(to_source(value))
        if isinstance(first, InputError):
            assert isinstance(second, InputError) and second.message == first.message
            seen["InputError"] += 1
        else:
            assert first == second, "the same input gave two graphs"
            seen["graph"] += 1

    property_holds()
    return seen


def observed(seen: Counter, examples: int, what: str, floor: int) -> str:
    """What a property run saw, in words that hold on every run: the exact mix of outcomes depends on
    what hypothesis generates, which varies a little with what ran before it in the process."""
    assert seen["graph"] + seen["InputError"] >= 0.9 * examples and seen["graph"] >= floor
    assert seen["InputError"] > 0  # the generator reaches the error paths too
    return (f"{examples} generated {what}, each converted twice: each gave a conforming graph (at least "
            f"{floor} did) or an InputError, the same bytes or message both times; no other exception.")


def test_reliability_property_articles_give_a_conforming_graph_or_an_input_error(observe):
    """Generated article-like text: headline, date line, byline, datelines and paragraphs of news words,
    odd characters (zero-width, bidi, emoji, combining marks) and arbitrary text, with any line ends."""
    seen = run_property(articles(), lambda text: text_source(text.encode("utf-8")), 300)
    observe(observed(seen, 300, "articles", floor=100))


def test_reliability_property_any_bytes_give_a_graph_or_an_input_error(observe):
    """Arbitrary bytes, and arbitrary Unicode text encoded as UTF-8 or UTF-16, as a .txt article."""
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-8-sig"])
    data = st.one_of(st.binary(max_size=400),
                     st.builds(lambda text, encoding: text.encode(encoding, "surrogatepass"), st.text(max_size=300),
                               encodings),
                     st.builds(lambda text, encoding: text.encode(encoding), articles(), encodings))
    seen = run_property(data, text_source, 300)
    observe(observed(seen, 300, "byte strings", floor=50))


def test_reliability_property_json_lines_records_give_a_graph_or_an_input_error(observe):
    """Generated JSON Lines records: objects with the expected fields of any JSON type, and broken lines."""
    value = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30), articles(),
                      st.lists(st.integers(), max_size=3))
    good = st.fixed_dictionaries(
        {"id": st.one_of(TEXT.filter(str.strip), st.integers()), "title": sentences(),
         # half of them in the years of publication dates (kg.read.calendar), half any day (an InputError)
         "published": st.one_of(st.dates(date(1800, 1, 1), date(2200, 12, 31)), st.dates()).map(str),
         "text": articles()},
        optional={"url": st.one_of(st.just("https://news.example.org/a"), st.just("https://news.example.org/b"),
                                   TEXT)})
    anything = st.fixed_dictionaries({}, optional={"id": value, "title": value, "published": value,
                                                   "text": value, "url": value})
    encoded = good.map(lambda r: json.dumps(r).encode("utf-8"))
    line = st.one_of(encoded, encoded, encoded, anything.map(lambda r: json.dumps(r).encode("utf-8")),
                     st.binary(max_size=60), encoded.map(lambda line: line[:-3]))
    seen = run_property(line, lambda data: Source(where="feed.jsonl:1", article_id="", kind="jsonl",
                                                  data=data, key="k"), 150)
    observe(observed(seen, 150, "JSON lines", floor=10))


def test_reliability_property_web_pages_give_a_graph_or_an_input_error(observe):
    """Generated web pages: a title, a date in the markup or none, scripts, styles, DOCTYPEs with and
    without entities, and paragraphs of generated article text."""
    paragraph = sentences().map(lambda text: f"<p>{text}</p>")
    parts = st.lists(st.one_of(
        paragraph, paragraph, st.sampled_from([
            "<script>var a = '</p>';</script>", "<style>p{}</style>", "<!-- note -->", "<br>", "</div>",
            "<h2>Section</h2>", "<p>", "&nbsp;", "&#x202e;", "&bogus;", "<![CDATA[x]]>", "<?php echo 1; ?>"])),
        min_size=1, max_size=12)
    recent = st.dates(date(2000, 1, 1), date(2024, 12, 31)).map(str)  # htmldate takes no date before 1995
    page = st.builds(
        lambda doctype, title, day, body: (
            f"{doctype}<html><head><title>{title}</title>"
            + (f'<meta property="article:published_time" content="{day}">' if day else "")
            + f"</head><body><article>{''.join(body)}</article></body></html>").encode("utf-8"),
        st.sampled_from(["", "", "<!DOCTYPE html>", '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd">',
                         '<!DOCTYPE x [<!ENTITY e "y">]>']),
        st.sampled_from(WORDS + ODD + [""]),
        st.one_of(recent, recent, st.none(), st.dates().map(str)),
        parts)
    seen = run_property(page, lambda data: Source(where="page.html", article_id="page", kind="html",
                                                  data=data, key="k"), 80)
    observe(observed(seen, 80, "web pages", floor=5))


def test_reliability_property_same_corpus_same_bytes_in_other_processes(observe, tmp_path, kg_process):
    """40 generated articles converted by two processes with different hash seeds and worker counts."""
    rng = random.Random(40)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(40):
        body = " ".join(" ".join(rng.choices(WORDS, k=rng.randint(5, 20))) + "." for _ in range(rng.randint(1, 6)))
        (corpus / f"a{k:02d}.txt").write_text(f"{' '.join(rng.choices(WORDS, k=5))}\nMarch {k % 28 + 1}, 2021\n\n"
                                              f"{body}\n", encoding="utf-8")
    runs = []
    for seed, jobs in (("0", "1"), ("4242", "2")):
        kg_process.env = {**kg_process.env, "PYTHONHASHSEED": seed}
        runs.append(kg_process.start("convert", corpus, "-o", tmp_path / f"out-{seed}.nq", "--jobs", jobs, "-q"))
    results = [(process.wait(120), process.communicate()[1]) for process in runs]

    outputs = [(tmp_path / f"out-{seed}.nq").read_bytes() for seed in ("0", "4242")]
    assert [code for code, _ in results] == [0, 0], results
    assert outputs[0] == outputs[1] and outputs[0]
    observe("exit 0 both; the two N-Quads files are the same bytes.")
