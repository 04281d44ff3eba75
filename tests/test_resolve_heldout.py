"""Entity resolution on the held-out sets in tests/fixtures: each set's
entities.json (persons and satkers/organizations as alias lists, events as the
titles of the articles reporting one event) was written from the articles and
committed before the resolver's output on them was looked at; scored with
../shared/eval/score_entities.py like the seeds (tests/test_resolve_seeds.py).

| set | persons / satkers / events | whole before its rules | when pinned |
| --- | --- | --- | --- |
| unseen | 56 / 39 / 20 | 111/115 | 111/115 |
| unseen2 | 65 / 55 / 20 | 134/140 | 135/140 |
| unseen3 | 53 / 41 / 18 | 104/112 | 104/112 |
| unseen5 | 53 / 43 / 15 | 89/111 | 106/111 |
| unseen6 | 32 / 24 / 9 | 57/65 | 62/65 |
| unseen7 | 55 / 52 / 28 | 77/135 | 116/135 |
| unseen8 | 58 / 33 / 24 | 71/115 | 93/115 |
| unseen9 | 80 / 53 / 35 | 99/168 | 145/168 |
| unseen10 | 65 / 78 / 31 | 113/174 | 119/174 (133/174 in the third session) |
| unseen11 | 52 / 49 / 36 | 95/137 | 102/137 |
| unseen12 | 75 / 70 / 36 | 129/181 | 138/181 |
| unseen13 | 66 / 49 / 34 | 101/149 | 109/149 |
| unseen14 | 42 / 55 / 30 | 95/127 | 97/127 |

No wrong merge in any set, before or after. What is not whole is mostly not
resolution's: a person or organization the extractor does not read (a missing
cluster), and one successor body (Panwaslu Kota Palembang of 2018, Bawaslu Kota
Palembang of 2023) that the gold takes as one body and the graph as two. On the
real pages of unseen7-10 most clusters not whole are persons and organizations
the extractor does not read at all. The bars sit a little below the scores when pinned.
"""
from pathlib import Path

import pytest
from test_resolve_seeds import _score  # score_entities.py's counts per kind, and its explanations

from kg.resolve import entities

FIXTURES = Path(__file__).parent / "fixtures"

# set: (clusters, bar on the share of clusters that are exactly one node)
SETS = {
    "unseen": (115, 0.95),
    "unseen2": (140, 0.95),
    "unseen3": (112, 0.91),
    "unseen5": (111, 0.91),
    "unseen6": (65, 0.92),
    "unseen7": (135, 0.86),
    "unseen8": (115, 0.85),
    "unseen9": (168, 0.86),
    "unseen10": (174, 0.74),
    "unseen11": (137, 0.72),
    "unseen12": (181, 0.74),
    "unseen13": (149, 0.71),
    "unseen14": (127, 0.74),
}


def _gold(name: str) -> Path:
    return FIXTURES / name / "entities.json"


def _pages(name: str) -> list[str]:
    return sorted(str(p) for p in (FIXTURES / name).glob("*.txt"))


@pytest.fixture(scope="module")
def graphs():
    from kg.extract.pipeline import extract
    from kg.resolve import resolve
    from kg.sources import read_articles
    cache = {}

    def get(name: str):
        if name not in cache:
            arts = read_articles(_pages(name)).articles
            facts = list(extract(arts))
            cache[name] = resolve(arts, facts)
        return cache[name]
    return get


@pytest.mark.parametrize("name", sorted(SETS))
def test_entity_score_meets_the_bar(shared, graphs, name):
    clusters, bar = SETS[name]
    result, explain = _score(shared, entities(graphs(name)), _gold(name))
    assert sum(r["clusters"] for r in result.values()) == clusters
    wrong = sum(r["wrong_merges"] for r in result.values())
    whole = sum(r["whole"] for r in result.values())
    assert wrong == 0, "\n".join(e for e in explain if "merged" in e)
    assert whole / clusters >= bar, f"{whole}/{clusters} whole\n" + "\n".join(explain)


# unseen9 in batches of three gives one person another id (person:lord-arthur-malonda against
# person:lord-a-ch-malonda): a stored id is kept when fuller names come later, so that ids stay
# stable for whoever points at them; names and clusters are order-free (tests/test_build_order.py).
@pytest.mark.parametrize("name", sorted(set(SETS) - {"unseen9"}))
def test_a_build_in_batches_of_three_articles_resolves_like_one_batch(shared, tmp_path, name):
    from kg.pipeline import build
    from kg.store import open_store
    rows = {}
    for label, size in (("batched", 3), ("whole", 500)):
        with open_store(str(tmp_path / f"{label}.kg")) as store:
            build(_pages(name), store, batch_size=size, progress=False)
            rows[label] = entities(store.graph())
    clusters = {}
    for label, got in rows.items():
        clusters[label] = {(r["label"], r["id"], frozenset(r.get("aliases") or []), frozenset(r.get("articles") or []))
                           for r in got if r["label"] in ("Person", "Satker", "Organization", "Event")}
        result, _ = _score(shared, got, _gold(name))
        clusters[label + " score"] = {k: (r["whole"], r["split"], r["wrong_merges"]) for k, r in result.items()}
    assert clusters["batched score"] == clusters["whole score"]
    # the same nodes with the same written forms, whatever the batches
    assert {k[:2] for k in clusters["batched"]} == {k[:2] for k in clusters["whole"]}
