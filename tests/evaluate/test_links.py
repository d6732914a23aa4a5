"""`kg eval --happenings` (kg.evaluate.links): pairwise precision and recall of same-happening links
against a gold file (docs/happenings.md, "Gold file"), on the project's corpus of several reports."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.evaluate.links import Event, GoldHappenings, GoldReport, read_gold_happenings, score_links
from tests.fixtures.happenings import HAPPENINGS_DIR
from tests.test_cli import run_kg

GOLD = HAPPENINGS_DIR / "gold.yaml"


def _event(n: int, article: str, text: str, kind: str = "Protest") -> Event:
    return Event(f"e/{n}", article, kind, "", text)


def test_links_pairwise_figures_count_pairs_over_extracted_events():
    gold = GoldHappenings("g.yaml", ("a", "b", "c"), (
        ("march", (GoldReport("a", "Protest", "march"), GoldReport("b", "Protest", "march"),
                   GoldReport("c", "Protest", "march"))),))
    events = [_event(1, "a", "a march"), _event(2, "b", "the march"), _event(3, "c", "march on"),
              _event(4, "c", "another thing")]
    scored = score_links(gold, events, [["e/1", "e/2"], ["e/3", "e/4"]])
    assert (scored.correct, scored.predicted, scored.gold) == (1, 2, 3)
    assert (scored.precision, round(scored.recall, 2)) == (0.5, 0.33)
    assert scored.wrong == (("e/3", "e/4"),)


def test_links_a_gold_report_extraction_missed_is_listed_and_lowers_end_to_end_recall():
    gold = GoldHappenings("g.yaml", ("a", "b"), (
        ("march", (GoldReport("a", "Protest", "march"), GoldReport("b", "Arrest", "march"))),))
    scored = score_links(gold, [_event(1, "a", "march"), _event(2, "b", "march")], [])
    assert scored.missing == (GoldReport("b", "Arrest", "march"),)
    assert (scored.gold, scored.gold_report_pairs, scored.recall_end_to_end) == (0, 1, 0.0)


def test_links_gold_file_of_the_corpus_reads(tmp_path):
    gold = read_gold_happenings(GOLD)
    assert len(gold.articles) == 8 and len(gold.happenings) > 15
    bad = tmp_path / "bad.yaml"
    bad.write_text("articles: [a]\nhappenings:\n  - id: x\n    reports: [{article: b, type: Protest, text: t}]\n")
    with pytest.raises(InputError, match="article b is not among the file's articles"):
        read_gold_happenings(bad)


@pytest.fixture(scope="module")
def scored_corpus():
    result = run_kg("eval", "--happenings", GOLD, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_links_corpus_figures_as_the_readme_gives_them(scored_corpus):
    # README, "Happenings": the figures of this corpus; a change to extraction or linking that moves
    # them updates the README with them
    assert (scored_corpus["precision"], scored_corpus["recall"]) == (0.7692, 0.1709)
    assert (scored_corpus["correct_pairs"], scored_corpus["predicted_pairs"], scored_corpus["gold_pairs"]) == (20, 26, 117)
    assert scored_corpus["recall_within_rule"] == round(20 / 26, 4)


def test_links_eval_wants_no_gold_files_with_happenings():
    result = run_kg("eval", "--happenings", GOLD, GOLD)
    assert result.exit_code == 2
    assert result.stderr == ("error: --happenings scores linking alone; give no GOLD files, --lexicon or --core "
                             "with it\n")
