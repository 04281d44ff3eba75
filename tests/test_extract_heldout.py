"""The extractor against the held-out sets in tests/fixtures: pages in the seed
format from satker the seeds do not cover, gold written by hand and committed
before the extractor ran on them, scored with ../shared/eval/score.py like the
seeds.

| set | pages / articles | satker | core F1 before its rules | when pinned |
| --- | --- | --- | --- | --- |
| unseen | 6 / 20 | KIP Aceh Besar, KPU Jayawijaya, Bali, Banyuwangi, Kota Ambon, Kota Palangka Raya | 0.758 | 0.974 |
| unseen2 | 6 / 20 | KPU Kota Bandung, Sleman, Kalimantan Utara, Lombok Timur, the KPU RI secretariat, Gorontalo | 0.792 | 0.959 |
| unseen3 | 6 / 18 | KPU Deli Serdang, KIP Aceh, Kota Palembang, Kota Batam, Bima with Dompu, Manokwari | 0.896 | 0.961 |
| unseen4 | 6 / 18 | KPU Sumatera Barat, Agam, Kota Pekanbaru with Riau, Lampung with DKPP, Banyumas with Jawa Tengah, Papua Selatan with Merauke | 0.883 | 0.960 |
| unseen5 | 5 / 15 | KPU Sulawesi Utara, Kota Kendari with Sulawesi Tenggara, NTB, Kalimantan Selatan with DKPP and Tanah Laut, Bengkulu | 0.853 | 0.964 |
| unseen6 | 3 / 9 | KPU Kotawaringin Timur with Kalimantan Tengah, Sulawesi Barat with Mamuju Tengah, Jambi with Muaro Jambi | 0.882 (0.913 after two alias corrections of its gold) | 0.977 |
| unseen7 | 20 / 28 | real pages, 13 sites of Sumatra and Kalimantan, 2017-2026 | 0.570 | 0.696 |
| unseen8 | 16 / 24 | real pages, 15 sites of Java, Bali and Nusa Tenggara, 2014-2026 | 0.598 | 0.676 |
| unseen9 | 23 / 37 | real pages, 18 sites of Sulawesi, Maluku Utara and Papua, 2015-2025 | 0.612 | 0.685 |

unseen1-6 were written in imitation of the seeds; unseen7-9 are stored copies of
real listing and article pages as the sites print them (teasers, counters, no
dateline, ALL-CAPS headlines, cut bodies, old sites), and score far lower: they
are the honest measure (see each SET.md). unseen7 and unseen9 were the
development sets of the rules written after them; unseen8 was kept blind to
most of them. unseen8 has two articles no reader aligns yet: a photo caption
read as a headline (803) and a home-page date line over a title.

"Before" is the honest figure of how the extractor did on pages it had not
seen; each set's rules were then written against it, so from then on it
measures less than a fresh set would. The bars sit a little below the scores
reached when pinned: they catch a rule that breaks other regions' pages.
The organisation rules of issue 13's second round (branch orgs2, check set unseen8)
raised unseen7 to core 0.787 (ATTENDED 0.836, ORGANIZED 0.923) and unseen9 to 0.719
(ATTENDED 0.779, ORGANIZED 0.831); their bars follow.
"""
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# set: (articles, {(relation, measure): bar}); ALIGNED: the sets where fewer are aligned
# (aligned, predicted articles not in gold)
SETS = {
    "unseen": (20, {("core", "f1"): 0.94, ("core", "precision"): 0.95, ("HOLDS", "f1"): 0.95,
                    ("ATTENDED", "f1"): 0.92, ("ORGANIZED", "f1"): 0.93, ("persons", "f1"): 0.94,
                    ("event_date", "accuracy"): 0.9, ("ABOUT", "f1"): 0.85}),
    "unseen2": (20, {("core", "f1"): 0.92, ("core", "precision"): 0.92, ("HOLDS", "f1"): 0.95,
                     ("ATTENDED", "f1"): 0.88, ("ORGANIZED", "f1"): 0.95, ("persons", "f1"): 0.94,
                     ("event_date", "accuracy"): 0.95, ("ABOUT", "f1"): 0.85}),
    "unseen3": (18, {("core", "f1"): 0.94, ("core", "precision"): 0.96, ("HOLDS", "f1"): 0.92,
                     ("ATTENDED", "f1"): 0.95, ("ORGANIZED", "f1"): 0.93, ("persons", "f1"): 0.93,
                     ("event_date", "accuracy"): 0.95, ("ABOUT", "f1"): 0.92}),
    "unseen4": (18, {("core", "f1"): 0.94, ("core", "precision"): 0.96, ("HOLDS", "f1"): 0.96,
                     ("ATTENDED", "f1"): 0.91, ("ORGANIZED", "f1"): 0.94, ("persons", "f1"): 0.94,
                     ("event_date", "accuracy"): 0.95, ("ABOUT", "f1"): 0.82}),
    "unseen5": (15, {("core", "f1"): 0.94, ("core", "precision"): 0.95, ("HOLDS", "f1"): 0.94,
                     ("ATTENDED", "f1"): 0.94, ("ORGANIZED", "f1"): 0.95, ("persons", "f1"): 0.95,
                     ("event_date", "accuracy"): 0.95}),
    "unseen6": (9, {("core", "f1"): 0.95, ("core", "precision"): 0.97, ("HOLDS", "f1"): 0.95,
                    ("ATTENDED", "f1"): 0.94, ("ORGANIZED", "f1"): 0.95, ("persons", "f1"): 0.96,
                    ("event_date", "accuracy"): 0.95}),
    "unseen7": (28, {("core", "f1"): 0.76, ("HOLDS", "f1"): 0.67, ("ATTENDED", "f1"): 0.81,
                     ("ORGANIZED", "f1"): 0.89, ("persons", "f1"): 0.72, ("event_date", "accuracy"): 0.85,
                     ("ABOUT", "f1"): 0.75}),
    "unseen8": (24, {("core", "f1"): 0.65, ("HOLDS", "f1"): 0.59, ("ATTENDED", "f1"): 0.70,
                     ("ORGANIZED", "f1"): 0.73, ("persons", "f1"): 0.64, ("event_date", "accuracy"): 0.85,
                     ("ABOUT", "f1"): 0.49}),
    "unseen9": (37, {("core", "f1"): 0.69, ("HOLDS", "f1"): 0.62, ("ATTENDED", "f1"): 0.75,
                     ("ORGANIZED", "f1"): 0.80, ("persons", "f1"): 0.66, ("event_date", "accuracy"): 0.77,
                     ("ABOUT", "f1"): 0.73}),
}
ALIGNED = {"unseen8": (22, 1)}
BARS = [(name, rel, measure, bar) for name, (_, bars) in SETS.items() for (rel, measure), bar in bars.items()]


@pytest.fixture(scope="module")
def scores(score_extraction):
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            cache[name] = score_extraction((FIXTURES / name).glob("*.txt"), FIXTURES / name / "gold")
        return cache[name]
    return get


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_gold_article_is_aligned(scores, name):
    s = scores(name)
    aligned, extra = ALIGNED.get(name, (SETS[name][0], 0))
    assert s["articles"]["gold"] == SETS[name][0]
    assert s["articles"]["aligned"] >= aligned
    assert s["articles"]["unmatched_predicted"] <= extra


@pytest.mark.parametrize("name, relation, measure, bar", BARS, ids=[f"{n}-{r}-{m}" for n, r, m, _ in BARS])
def test_scores_stay_above_their_bars(scores, name, relation, measure, bar):
    assert scores(name)[relation][measure] >= bar
