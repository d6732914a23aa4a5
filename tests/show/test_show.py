"""Tests of kg show without a browser: what kg.show.story reads, what kg.show.page writes, the command."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from kg.errors import UsageError
from kg.show.page import render_page
from kg.show.story import Cap, ShownArticle, ShownEntity, ShownEvent, Story, read_story

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "expected" / "belarus-2020-09-21.ttl"
EXAMPLE = "https://w3id.org/news-kg/id/article/belarus-2020-09-21"
RUSSIA = "https://w3id.org/news-kg/id/country/ru"
LOAN = f"{EXAMPLE}/event/32"


def run_kg(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="kg")


@pytest.fixture(scope="module")
def two_article_store(store_graph_files, tmp_path_factory) -> Path:
    """An embedded store holding the example and a second article that also names Russia and Belarus."""
    from kg.store.targets import load_files_into_target

    path = tmp_path_factory.mktemp("show") / "store"
    load_files_into_target(list(store_graph_files.values()), store=str(path))
    return path


def page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="story-data">(.*?)</script>', page, re.DOTALL)
    return json.loads(found.group(1))


def test_show_reads_every_event_of_a_file_and_the_entities_they_name():
    story = read_story([GOLDEN])

    assert story.title == "Belarus Mass Rallies, Police Data Leak Keep Pressure on Lukashenko"
    assert [(a.iri, a.published, a.events) for a in story.articles] == [(EXAMPLE, "2020-09-21", 35)]
    assert len(story.events) == 35 and not story.cap.capped
    named = {iri for event in story.events for _, iris in event.slots for iri in iris}
    assert {entity.iri for entity in story.entities} == named
    loan = next(event for event in story.events if event.iri == LOAN)
    assert (loan.type, loan.status, loan.amount) == ("Loan", "occurred", "1,500,000,000 USD")
    assert dict(loan.slots) == {"agent": (RUSSIA,), "target": ("https://w3id.org/news-kg/id/country/by",)}
    assert loan.text.startswith("Moscow agreed to give a $1.5 billion loan")
    russia = next(entity for entity in story.entities if entity.iri == RUSSIA)
    assert (russia.label, russia.type, russia.aliases, russia.code, russia.geonames) == \
        ("Russia", "Country", ("Moscow",), "RUS", "https://sws.geonames.org/2017370/")
    putin = next(entity for entity in story.entities if entity.label == "Vladimir Putin")
    assert putin.roles == ("President of Russia",)


def test_show_over_a_store_one_article_or_an_entitys(two_article_store):
    one = read_story(store=two_article_store, article=EXAMPLE)
    russia = read_story(store=two_article_store, entity=RUSSIA)

    assert [a.iri for a in one.articles] == [EXAMPLE] and len(one.events) == 35
    assert len(russia.articles) == 2 and russia.articles[0].published == "2020-09-22"  # newest first
    assert russia.title == "Russia: 2 articles" and russia.focus == RUSSIA
    assert len(russia.events) == sum(a.events for a in russia.articles) == russia.cap.events_total


def test_show_caps_whole_articles_newest_first_and_says_so(two_article_store):
    everything = read_story(store=two_article_store, entity=RUSSIA, max_events=0)
    newest = everything.articles[0]

    capped = read_story(store=two_article_store, entity=RUSSIA, max_events=newest.events)
    tiny = read_story(store=two_article_store, article=EXAMPLE, max_events=5)

    assert capped.cap == Cap(newest.events, newest.events, everything.cap.events_total, 1, 2) and capped.cap.capped
    assert [a.iri for a in capped.articles] == [newest.iri]
    assert tiny.cap == Cap(5, 5, 35, 1, 1) and len(tiny.events) == 5  # one article above the cap: its first events
    page = render_page(capped)
    assert page_data(page)["cap"] == {"limit": newest.events, "eventsShown": newest.events,
                                      "eventsTotal": everything.cap.events_total, "articlesShown": 1,
                                      "articlesTotal": 2}


@pytest.mark.parametrize(("options", "problem"), [
    ({"article": EXAMPLE, "entity": RUSSIA}, "--article and --entity both given"),
    ({"max_events": -1}, "--max-events -1 is negative"),
    ({"entity": "https://w3id.org/news-kg/id/country/zz"}, "no article to show in entity"),
])
def test_show_refuses_what_it_cannot_show(options, problem):
    with pytest.raises(UsageError) as caught:
        read_story([GOLDEN], **options)
    assert caught.value.problem.startswith(problem)


def test_show_page_is_self_contained_and_keeps_text_inside_its_elements():
    nasty = "</script><script>alert(1)</script> & <b>"
    story = Story(nasty, (ShownArticle("https://example.org/a", nasty, "2020-01-01", 1),),
                  (ShownEvent("https://example.org/e", "https://example.org/a", 0, "Loan", "occurred", None, None,
                              nasty, None, None, (("agent", ("https://example.org/x",)),)),),
                  (ShownEntity("https://example.org/x", "Person", nasty),), Cap(500, 1, 1, 1, 1))

    page = render_page(story)

    assert page.count("</script>") == 3  # the data, the library, the page's script: nothing else closes one
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page)  # nothing fetched
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt; - kg show</title>" in page
    assert page_data(page)["events"][0]["text"] == nasty
    assert "Cytoscape.js 3.35.0" in page


def test_show_command_writes_the_page_and_says_how_much_it_drew(tmp_path):
    out = tmp_path / "story.html"

    result = run_kg("show", GOLDEN, "-o", out)

    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {out}: 35 events, 1 of 1 articles\n"
    assert len(page_data(out.read_text(encoding="utf-8"))["events"]) == 35


@pytest.mark.parametrize(("args", "message"), [
    (["--article", EXAMPLE, "--entity", RUSSIA], "error: --article and --entity both given; "
                                                 "show one article, or one entity's articles\n"),
    ([], None),
])
def test_show_command_usage_errors_exit_2(tmp_path, args, message):
    result = run_kg("show", *([GOLDEN] if args else []), *args, "-o", tmp_path / "x.html")

    assert result.exit_code == 2
    assert result.stderr == (message or "error: nothing to show; give RDF files, or --store [PATH]\n")
    assert not (tmp_path / "x.html").exists()


def test_show_assets_are_the_pinned_cytoscape_release():
    import importlib.util

    spec = importlib.util.spec_from_file_location("fetch_cytoscape", ROOT / "scripts" / "fetch_cytoscape.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assets = ROOT / "kg" / "show" / "assets"
    first_line = (assets / "cytoscape.min.js").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"/* Cytoscape.js {script.VERSION} (MIT licence: LICENSE-cytoscape.txt), {script.URL} */"
    assert "The MIT License" in (assets / "LICENSE-cytoscape.txt").read_text(encoding="utf-8") or \
        "MIT" in (assets / "LICENSE-cytoscape.txt").read_text(encoding="utf-8")
