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
| unseen7 | 20 / 28 | real pages, 13 sites of Sumatra and Kalimantan, 2017-2026 | 0.570 | 0.893 |
| unseen8 | 16 / 24 | real pages, 15 sites of Java, Bali and Nusa Tenggara, 2014-2026 | 0.598 | 0.795 |
| unseen9 | 23 / 37 | real pages, 18 sites of Sulawesi, Maluku Utara and Papua, 2015-2025 | 0.612 | 0.850 |
| unseen10 | 24 / 31 | real pages, 19 sites from Bangka Belitung to Papua Pegunungan, 2014-2026 | 0.611 | 0.695 |
| unseen11 | 24 / 36 | real pages, 16 sites of Java, Sumatra and Kalimantan, 2017-2026 (blind in the third session) | 0.752 | 0.800 |
| unseen12 | 26 / 36 | real pages, 18 sites of Sulawesi, Bali, Nusa Tenggara and Papua, 2015-2025 (blind in the third session) | 0.745 | 0.775 |
| unseen13 | 24 / 34 | real pages, 14 sites from Sumatera Barat to Papua Pegunungan, 2017-2026, 32% of 2014-2019 (blind in the fifth session) | 0.704 | 0.788 |
| unseen14 | 21 / 30 | real pages, 12 sites, 2014-2026, 13% of 2014-2019 (blind in the fifth session) | 0.696 | 0.702 |

unseen1-6 were written in imitation of the seeds; unseen7-10 are stored copies of
real listing and article pages as the sites print them (teasers, counters, no
dateline, ALL-CAPS headlines, cut bodies, old sites), and score far lower: they
are the honest measure (see each SET.md). unseen7 and unseen9 were the
development sets of most rules written after them; unseen8 the check set of
three of the four rounds of the second session (but its SET.md named the miss
kinds); unseen10 was built in that session as a blind set: the HOLDS,
organisation and topic rounds never saw it (they moved it 0.611 -> 0.633 while
they moved their development sets by 0.10-0.20), the page-reader round looked at
three of its pages (0.633 -> 0.695). unseen8's article 807 (a body cut to its
dateline) aligns since every article has an event its headline names.
unseen11 and unseen12 were built blind in the third session while the HOLDS,
organisation and page-shape rounds worked on unseen7-9 with unseen10 as their
check set; each round alone moved them 0.752/0.745 -> 0.756/0.742 (posts),
0.759/0.758 (organisations), 0.788/0.756 (page shapes). One rule was then
found on them (every article reports an event; a participant-less event is its
KPU's): 0.803/0.766 alone; all together 0.800/0.762, and 0.800/0.775 after a
fix of the posts round's pairing (", serta B"). The bars of unseen7-12 are
this session's figures less 0.02. The rules round for issue 13 on organisations
(development sets unseen7, unseen9, unseen11; check sets unseen8, unseen10, unseen12,
scores only) moved core 0.928 -> 0.957, 0.890 -> 0.893, 0.800 -> 0.889 on its
development sets and 0.920 -> 0.920, 0.753 -> 0.762, 0.775 -> 0.775 on its check
sets; the bars of unseen7 and unseen11 follow (less 0.02).
unseen13 and unseen14 were built blind in the fifth session, gold first, for issue 13 (64 articles
from 26 sites no fixture used). Their before-figures (0.704, 0.696) were taken on main 5c05a71;
the three rule rounds merged after them (topics, posts, page shapes with organisations), written on
unseen7, unseen9 and unseen11, moved them 0.704 -> 0.701 and 0.696 -> 0.702 while they moved their
development sets by +0.016 to +0.029: the rules do not transfer. unseen13 was then read for a count
of its misses and became a development set; unseen14 stays the check set. The round written on
unseen13 (HOLDS pairing, reader, invitation lists) moved it 0.701 -> 0.788 and unseen14 not at all
(0.702); unseen13's bars follow (less 0.02-0.03).

"Before" is the honest figure of how the extractor did on pages it had not
seen; each set's rules were then written against it, so from then on it
measures less than a fresh set would. The bars sit a little below the scores
reached when pinned: they catch a rule that breaks other regions' pages.
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
    "unseen7": (28, {("core", "f1"): 0.93, ("HOLDS", "f1"): 0.94, ("ATTENDED", "f1"): 0.92,
                     ("ORGANIZED", "f1"): 0.9, ("persons", "f1"): 0.93, ("event_date", "accuracy"): 0.93,
                     ("ABOUT", "f1"): 0.76}),
    "unseen8": (24, {("core", "f1"): 0.89, ("HOLDS", "f1"): 0.85, ("ATTENDED", "f1"): 0.94,
                     ("ORGANIZED", "f1"): 0.85, ("persons", "f1"): 0.84, ("event_date", "accuracy"): 0.98,
                     ("ABOUT", "f1"): 0.67}),
    "unseen9": (37, {("core", "f1"): 0.86, ("HOLDS", "f1"): 0.9, ("ATTENDED", "f1"): 0.83,
                     ("ORGANIZED", "f1"): 0.81, ("persons", "f1"): 0.93, ("event_date", "accuracy"): 0.91,
                     ("ABOUT", "f1"): 0.77}),
    "unseen10": (31, {("core", "f1"): 0.73, ("HOLDS", "f1"): 0.71, ("ATTENDED", "f1"): 0.74,
                      ("ORGANIZED", "f1"): 0.68, ("persons", "f1"): 0.78, ("event_date", "accuracy"): 0.9,
                      ("ABOUT", "f1"): 0.75}),
    "unseen11": (36, {("core", "f1"): 0.86, ("HOLDS", "f1"): 0.87, ("ATTENDED", "f1"): 0.86,
                      ("ORGANIZED", "f1"): 0.88, ("persons", "f1"): 0.78, ("event_date", "accuracy"): 0.86,
                      ("ABOUT", "f1"): 0.57}),
    "unseen12": (36, {("core", "f1"): 0.74, ("HOLDS", "f1"): 0.79, ("ATTENDED", "f1"): 0.69,
                      ("ORGANIZED", "f1"): 0.81, ("persons", "f1"): 0.85, ("event_date", "accuracy"): 0.85,
                      ("ABOUT", "f1"): 0.59}),
    "unseen13": (34, {("core", "f1"): 0.76, ("HOLDS", "f1"): 0.68, ("ATTENDED", "f1"): 0.82,
                      ("ORGANIZED", "f1"): 0.92, ("persons", "f1"): 0.65, ("event_date", "accuracy"): 0.86,
                      ("ABOUT", "f1"): 0.55}),
    "unseen14": (30, {("core", "f1"): 0.68, ("HOLDS", "f1"): 0.67, ("ATTENDED", "f1"): 0.68,
                      ("ORGANIZED", "f1"): 0.66, ("persons", "f1"): 0.80, ("event_date", "accuracy"): 0.78,
                      ("ABOUT", "f1"): 0.52}),
}
# 1120 an opinion column no reader finds; 1214 a PHP warning read as a title
ALIGNED = {"unseen11": (35, 0), "unseen12": (36, 1), "unseen13": (34, 1), "unseen14": (29, 2)}
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
