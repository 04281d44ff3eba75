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


# The bars of the extraction issue (seed scores reached when pinned: core F1 0.968,
# precision 0.987, persons 0.982, dates 1.0, ORGANIZED 0.955, ABOUT 0.842).
def test_core_holds_and_attended(scores):
    assert scores["core"]["f1"] >= 0.95
    assert scores["core"]["precision"] >= 0.95


def test_persons(scores):
    assert scores["persons"]["f1"] >= 0.95


def test_event_dates(scores):
    assert scores["event_date"]["accuracy"] >= 0.95


def test_organized(scores):
    assert scores["ORGANIZED"]["f1"] >= 0.85


def test_topics(scores):
    assert scores["ABOUT"]["f1"] >= 0.75


def test_every_fact_points_at_its_sentence(shared):
    arts = kg.read_articles(sorted((shared / "seeds").glob("*.txt"))).articles
    for art in arts:
        for fact in kg.extract_article(art):
            ev = fact.evidence
            text = art.title if ev.field == "title" else art.body
            assert text[ev.start:ev.end] == ev.text
