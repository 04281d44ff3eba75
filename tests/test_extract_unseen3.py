"""The extractor against the third held-out set, tests/fixtures/unseen3: six
pages, 18 articles from satker no earlier set covers (KPU Kabupaten Deli
Serdang, KIP Aceh, KPU Kota Palembang, KPU Kota Batam, KPU Kabupaten Bima with
KPU Kabupaten Dompu, KPU Kabupaten Manokwari; Pemilu 2019/2024, Pilkada
2018/2020/2024), gold written by hand and committed before the extractor ran on
them. Scored with ../shared/eval/score.py, like the seeds.

Before the rules these pages brought, core F1 was 0.896 (precision 0.961,
HOLDS 0.913, ATTENDED 0.881, ORGANIZED 0.821, ABOUT 0.812, persons 0.906,
dates 17/18); the rules the first two sets and the seed catalogue brought in
the same branch had not changed that figure. The bars sit a little below the
scores reached when pinned (core F1 0.961, precision 0.982, HOLDS 0.942,
ATTENDED 0.976, ORGANIZED 0.952, ABOUT 0.919, persons 0.954, dates 18/18).
The rules were written against these pages, so from now on this set, too,
measures less than a fresh one would.
"""
from pathlib import Path

import pytest

UNSEEN3 = Path(__file__).parent / "fixtures" / "unseen3"


@pytest.fixture(scope="module")
def scores(score_extraction):
    return score_extraction(UNSEEN3.glob("*.txt"), UNSEEN3 / "gold")


def test_every_gold_article_is_aligned(scores):
    assert scores["articles"]["aligned"] == scores["articles"]["gold"] == 18
    assert scores["articles"]["unmatched_predicted"] == 0


# (relation, measure, bar)
BARS = [
    ("core", "f1", 0.94), ("core", "precision", 0.96), ("HOLDS", "f1", 0.92), ("ATTENDED", "f1", 0.95),
    ("ORGANIZED", "f1", 0.93), ("persons", "f1", 0.93), ("event_date", "accuracy", 0.95), ("ABOUT", "f1", 0.89),
]


@pytest.mark.parametrize("relation, measure, bar", BARS, ids=[f"{r}-{m}" for r, m, _ in BARS])
def test_scores_stay_above_their_bars(scores, relation, measure, bar):
    assert scores[relation][measure] >= bar
