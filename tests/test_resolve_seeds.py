"""The entity score on the seed pages: extraction, then resolution, then
../shared/eval/score_entities.py against entities.json. Bar: no wrong merge
and at least 95% of the gold clusters exactly one node."""
import importlib.util
import json
import sys

import pytest

from kg.resolve import entities, resolve


def _score(shared, rows, gold_path=None):
    spec = importlib.util.spec_from_file_location("score_entities", shared / "eval" / "score_entities.py")
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(shared / "eval"))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(shared / "eval"))
    gold = json.loads((gold_path or shared / "eval" / "entities.json").read_text(encoding="utf-8"))
    out, explain = {}, []
    for kind, (labels, _) in mod.KINDS.items():
        mine = [r for r in rows if r["label"].lower() in labels]
        out[kind] = mod.score_kind(gold.get(kind, []), mine, kind, explain)
    return out, explain


@pytest.fixture(scope="module")
def seed_graph(shared):
    from kg.extract.pipeline import extract
    from kg.sources import read_articles
    arts = read_articles(sorted(str(p) for p in (shared / "seeds").glob("*.txt"))).articles
    facts = list(extract(arts))
    assert facts
    return arts, facts, resolve(arts, facts)


def test_entity_score_meets_the_bar(shared, seed_graph):
    result, explain = _score(shared, entities(seed_graph[2]))
    wrong = sum(r["wrong_merges"] for r in result.values())
    whole = sum(r["whole"] for r in result.values())
    total = sum(r["clusters"] for r in result.values())
    assert wrong == 0, "\n".join(e for e in explain if "merged" in e)
    assert whole / total >= 0.95, f"{whole}/{total} whole\n" + "\n".join(explain)


def test_seed_run_is_stable_against_its_own_store_graph(seed_graph):
    arts, facts, first = seed_graph
    again = resolve(arts, facts, existing=first)
    assert set(again.nodes) == set(first.nodes)


def test_a_build_in_small_batches_resolves_like_one_batch(shared, tmp_path):
    """Later batches resolve against earlier ones with their edges: the context
    (posts, satkers, events) that initials and spelling slips need."""
    from kg.pipeline import build
    from kg.store import open_store
    pages = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    with open_store(str(tmp_path / "batched.kg")) as store:
        build(pages, store, batch_size=3, progress=False)
        batched = entities(store.graph())
    with open_store(str(tmp_path / "whole.kg")) as store:
        build(pages, store, batch_size=500, progress=False)
        whole = entities(store.graph())
    scored = {}
    for name, rows in (("batched", batched), ("whole", whole)):
        result, _ = _score(shared, rows)
        scored[name] = (sum(r["whole"] for r in result.values()), sum(r["wrong_merges"] for r in result.values()))
    assert scored["batched"] == scored["whole"]
