"""The page kg show writes, in a real browser: headless Chromium over the DevTools protocol (issue 14).

Skips, with the reason, only where Chromium is not installed (`tests.fixtures.browser`); ``.ci/run``
installs it. Screenshots are left in ``out/test-artefacts/``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.show import show
from kg.show.story import read_story
from tests.fixtures.browser import ARTEFACTS

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "expected" / "belarus-2020-09-21.ttl"
LOAN = "https://w3id.org/news-kg/id/article/belarus-2020-09-21/event/32"

# Where a node is drawn, in page coordinates: its place on the canvas plus the canvas's place on the page.
NODE_ON_PAGE = """(() => {{
  const node = kgShow.cy.getElementById({iri!r});
  const box = document.getElementById("graph").getBoundingClientRect();
  const p = node.renderedPosition();
  return [box.left + p.x, box.top + p.y];
}})()"""
# The nodes whose centre lies inside the drawing's box: what the reader sees drawn.
DRAWN_NODES = """(() => {
  const box = document.getElementById("graph").getBoundingClientRect();
  return kgShow.cy.nodes().not(".hidden").filter(n => {
    const p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
  }).length;
})()"""


@pytest.fixture(scope="module")
def example_page(tmp_path_factory) -> Path:
    page = tmp_path_factory.mktemp("page") / "story.html"
    show([GOLDEN], output=page)
    return page


def test_browser_draws_every_node_and_a_click_on_an_event_shows_its_sentence(browser, example_page):
    story = read_story([GOLDEN])
    expected_nodes = len(story.events) + len(story.entities)

    browser.open(example_page.as_uri())
    browser.wait_for("document.body.dataset.complete === 'yes'")

    assert int(browser.evaluate("document.body.dataset.nodes")) == expected_nodes
    assert browser.evaluate(DRAWN_NODES) == expected_nodes
    assert browser.evaluate("document.querySelectorAll('#timeline li, #undated li').length") == len(story.events)
    x, y = browser.evaluate(NODE_ON_PAGE.format(iri=LOAN))
    browser.click(x, y)
    evidence = browser.wait_for("document.querySelector('#details .evidence')?.textContent")
    assert evidence.startswith("Moscow agreed to give a $1.5 billion loan to prop up Lukashenko")
    assert browser.evaluate("document.querySelector('#details h2').textContent") == "Loan"
    shot = browser.screenshot(ARTEFACTS / "show-example-loan-clicked.png")
    assert shot.stat().st_size > 20_000  # a drawing with text, not a blank page (~5 kB)


def test_browser_filters_hide_events_and_the_timeline_follows(browser, example_page):
    browser.open(example_page.as_uri() + "#types=Loan,Sanction,Protest")
    browser.wait_for("document.body.dataset.complete === 'yes'")

    story = read_story([GOLDEN])
    kept = [event for event in story.events if event.type in ("Loan", "Sanction", "Protest")]
    named = {iri for event in kept for _, iris in event.slots for iri in iris}
    assert int(browser.evaluate("document.body.dataset.nodes")) == len(kept) + len(named)
    assert browser.evaluate("document.querySelectorAll('#timeline li:not(.hidden), #undated li:not(.hidden)')"
                            ".length") == len(kept)
    browser.evaluate("document.querySelector('input[name=type][value=Arrest]').click()")
    arrests = sum(event.type == "Arrest" for event in story.events)
    assert browser.evaluate("document.querySelectorAll('#timeline li:not(.hidden), #undated li:not(.hidden)')"
                            ".length") == len(kept) + arrests
    browser.screenshot(ARTEFACTS / "show-example-filtered.png")


def test_browser_draws_a_large_story_in_parts_and_every_node_comes(browser, tmp_path):
    from kg.rdf.write import write_atomically
    from kg.show.page import render_page
    from kg.show.story import Cap, ShownArticle, ShownEntity, ShownEvent, Story

    article = "https://example.org/article"
    entities = tuple(ShownEntity(f"https://example.org/entity/{n}", "Group", f"group {n}") for n in range(40))
    events = tuple(ShownEvent(f"https://example.org/event/{n}", article, n, "Protest", "occurred", f"2020-09-{n % 28 + 1:02d}",
                              "marched", f"Sentence {n}.", None, None,
                              (("agent", (entities[n % 40].iri,)), ("target", (entities[(n * 7 + 1) % 40].iri,))))
                   for n in range(1_800))  # 1,840 nodes: above the first part's 1,500
    story = Story("A large story", (ShownArticle(article, "A large story", "2020-09-30", len(events)),), events,
                  entities, Cap(0, len(events), len(events), 1, 1))
    page = tmp_path / "large.html"
    text = render_page(story).encode("utf-8")
    write_atomically(page, lambda out: out.write(text))

    browser.open(page.as_uri())
    browser.wait_for("document.body.dataset.complete === 'yes'")

    assert int(browser.evaluate("document.body.dataset.nodes")) == browser.evaluate(DRAWN_NODES) == 1_840
    assert int(browser.evaluate("document.body.dataset.drawMs")) <= int(browser.evaluate("document.body.dataset.completeMs"))
    x, y = browser.evaluate(NODE_ON_PAGE.format(iri="https://example.org/event/1799"))
    browser.click(x, y)
    assert browser.wait_for("document.querySelector('#details .evidence')?.textContent") == "Sentence 1799."
    browser.screenshot(ARTEFACTS / "show-large.png")
