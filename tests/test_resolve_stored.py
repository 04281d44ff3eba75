"""A build resolves each batch against the part of the store its people and
events could be (kg.resolve.stored), read by key: the store it leaves must be
the one that resolving against the whole store (a dump before every batch)
leaves, node for node and edge for edge, on real pages in small batches (so
that people and events are matched across batches)."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.extract.pipeline import extract_safely
from kg.pipeline import add_written_forms, build, written_forms
from kg.resolve import resolve
from kg.resolve.stored import Stored
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SETS = ["unseen9", "unseen5", "unseen"]  # sets with the same people and satkers over several articles


def _pages() -> list[str]:
    out = []
    for s in SETS:
        out += sorted(str(p) for p in (ROOT / "tests" / "fixtures" / s).glob("*.txt"))
    return out + sorted(str(p) for p in (ROOT / "examples" / "pages").glob("*.txt"))


def _dump_build(paths: list[str], store, n: int) -> None:
    """The way kg.pipeline.build resolved before: against the whole store."""
    arts = kg.read_articles(paths).articles
    for i in range(0, len(arts), n):
        batch, facts = [], []
        for a in arts[i:i + n]:
            got, problem = extract_safely(a)
            if problem is None:
                batch.append(a)
                facts += got
        existing = store.graph(text=False)
        graph = resolve(batch, facts, existing=existing)
        forms = written_forms(batch)  # kept in the store's Form index, as build keeps them
        add_written_forms(graph, batch, lambda keys: {k for k in keys if k in existing.nodes}, forms, store.printed)
        store.load(graph, batch, forms)


def _contents(store) -> tuple[dict, list]:
    g = store.graph()
    nodes = {k: n.props for k, n in g.nodes.items()}
    edges = sorted((e.type, e.src, e.dst, sorted(e.props.items())) for e in g.edges)
    return nodes, edges


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stored")
    paths = _pages()
    assert len(paths) > 30
    with open_store(str(tmp / "dump.kg")) as a:
        _dump_build(paths, a, 6)
        dumped = _contents(a)
    with open_store(str(tmp / "keys.kg")) as b:
        rep = build(paths, b, batch_size=6, progress=False)
        keyed = _contents(b)
        again = build(paths, b, batch_size=6, progress=False)
        after = _contents(b)
    return dumped, keyed, rep, again, after


def test_key_lookups_leave_the_store_the_whole_store_dump_leaves(two_stores):
    dumped, keyed, rep, _, _ = two_stores
    assert rep.batches > 10
    people = [k for k in keyed[0] if k[0] == "Person"]
    merged = [k for k in people if keyed[0][k].get("merges")]
    assert len(people) > 50 and merged  # resolution had work to do across batches
    assert keyed[0] == dumped[0]
    assert keyed[1] == dumped[1]


def test_a_rerun_reads_nothing_again_and_changes_nothing(two_stores):
    _, keyed, rep, again, after = two_stores
    assert again.stored == rep.articles - rep.skipped and again.facts == 0
    assert again.load.nodes_created == again.load.nodes_updated == again.load.edges_written == 0
    assert after == keyed


def test_the_context_of_a_batch_is_a_small_part_of_the_store(tmp_path):
    paths = _pages()
    with open_store(str(tmp_path / "s.kg")) as store:
        build(paths[:-5], store, batch_size=50, progress=False)
        arts = kg.read_articles(paths[-5:]).articles
        facts = [f for a in arts for f in extract_safely(a)[0]]
        whole = store.graph(text=False)
        part = Stored(store).graph_for(arts, facts)
    assert part.nodes and len(part.nodes) * 5 < len(whole.nodes)
    assert len(part.edges) * 5 < len(whole.edges)
    for key, node in part.nodes.items():  # what it holds is what the store holds (text=False leaves some out)
        assert {k: v for k, v in node.props.items() if k in whole.nodes[key].props} == whole.nodes[key].props
