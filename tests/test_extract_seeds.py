"""The extractor against the hand-made gold of the seed pages (../shared/eval).

The bars are the extraction issue's; the hidden pages from other KPU sites are
scored the same way.
"""
import pytest

import kg


@pytest.fixture(scope="module")
def scores(shared, score_extraction):
    return score_extraction((shared / "seeds").glob("*.txt"), shared / "eval" / "gold")


def test_every_gold_article_is_aligned(scores):
    assert scores["articles"]["aligned"] == scores["articles"]["gold"]
    assert scores["articles"]["unmatched_predicted"] == 0


# The extraction issue asked for core F1 and precision >= 0.95, persons >= 0.95,
# dates >= 0.95, ORGANIZED >= 0.85, ABOUT >= 0.75. The bars now sit a little
# below what the seeds score (2026-12-01: core F1 0.991, precision 0.994,
# HOLDS 0.994, ATTENDED 0.987, ORGANIZED 0.978, ABOUT 0.874, persons 0.988,
# dates 24/24), so a rule that costs the seeds shows.
BARS = [
    ("core", "f1", 0.98), ("core", "precision", 0.98), ("HOLDS", "f1", 0.98), ("ATTENDED", "f1", 0.97),
    ("ORGANIZED", "f1", 0.95), ("persons", "f1", 0.97), ("event_date", "accuracy", 0.95), ("ABOUT", "f1", 0.86),
]


@pytest.mark.parametrize("relation, measure, bar", BARS, ids=[f"{r}-{m}" for r, m, _ in BARS])
def test_scores_stay_above_their_bars(scores, relation, measure, bar):
    assert scores[relation][measure] >= bar


def test_every_fact_points_at_its_sentence(shared):
    arts = kg.read_articles(sorted((shared / "seeds").glob("*.txt"))).articles
    for art in arts:
        for fact in kg.extract_article(art):
            ev = fact.evidence
            text = art.title if ev.field == "title" else art.body
            assert text[ev.start:ev.end] == ev.text
