"""The extractor against the second held-out set, tests/fixtures/unseen2: six
pages, 20 articles from satker neither the seeds nor the first held-out set
cover (KPU Kota Bandung, KPU Kabupaten Sleman, KPU Provinsi Kalimantan Utara,
KPU Kabupaten Lombok Timur, the KPU RI secretariat, KPU Provinsi Gorontalo with
KPU Pohuwato and KPU Bone Bolango; Pemilu 2014/2019/2024, Pilkada
2015/2018/2020/2024), gold written by hand and committed before the extractor
ran on them. Scored with ../shared/eval/score.py, like the seeds.

Before the rules these pages brought, core F1 was 0.792 (0.785 on the gold as
first committed; one alias added since, see its history). The bars sit a
little below the scores reached when pinned (core F1 0.938, precision 0.944,
HOLDS 0.972, ATTENDED 0.905, ORGANIZED 1.0, ABOUT 0.708, persons 0.965,
dates 20/20). The rules were written against these pages, so from now on this
set, too, measures less than a fresh one would.
"""
from pathlib import Path

import pytest

UNSEEN2 = Path(__file__).parent / "fixtures" / "unseen2"


@pytest.fixture(scope="module")
def scores(score_extraction):
    return score_extraction(UNSEEN2.glob("*.txt"), UNSEEN2 / "gold")


def test_every_gold_article_is_aligned(scores):
    assert scores["articles"]["aligned"] == scores["articles"]["gold"] == 20
    assert scores["articles"]["unmatched_predicted"] == 0


# (relation, measure, bar)
BARS = [
    ("core", "f1", 0.92), ("core", "precision", 0.92), ("HOLDS", "f1", 0.95), ("ATTENDED", "f1", 0.88),
    ("ORGANIZED", "f1", 0.95), ("persons", "f1", 0.94), ("event_date", "accuracy", 0.95), ("ABOUT", "f1", 0.66),
]


@pytest.mark.parametrize("relation, measure, bar", BARS, ids=[f"{r}-{m}" for r, m, _ in BARS])
def test_scores_stay_above_their_bars(scores, relation, measure, bar):
    assert scores[relation][measure] >= bar
