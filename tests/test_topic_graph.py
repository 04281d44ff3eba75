"""The topic vocabulary in the graph: every concept of schema/topics.ttl a Topic
node, every skos:broader a BROADER edge, so `topic_events` and `topic_speakers`
find the events of narrower topics. What the tests expect is read from
topics.ttl here with rdflib, not through kg's own reader."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import RDF, SKOS

from kg.model import Entity
from kg.resolve import resolve
from kg.schema import TOPICS_FILE
from kg.store import open_store
from test_resolve_kit import article, event, fact


def _id(iri) -> str:
    return "topic:" + str(iri).rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def ttl():
    return rdflib.Graph().parse(TOPICS_FILE, format="turtle")


@pytest.fixture(scope="module")
def broader(ttl) -> set[tuple[str, str]]:
    return {(_id(s), _id(o)) for s, o in ttl.subject_objects(SKOS.broader)}


def _closure(broader: set[tuple[str, str]], topic: str) -> set[str]:
    """The topic and every topic under it, through skos:broader."""
    out, todo = set(), [topic]
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t)
            todo += [n for n, b in broader if b == t]
    return out


def _counts(store):
    s = store.stats()
    return s["labels"], s["relationships"]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, pages):
    """The seed pages through `kg build`, then built into the same store again."""
    from kg.pipeline import build
    path = tmp_path_factory.mktemp("topic-graph") / "seeds.kg"
    with open_store(str(path)) as store:
        build([str(p) for p in pages], store, progress=False)
        once = _counts(store)
        build([str(p) for p in pages], store, progress=False)
        yield store, once


def test_a_resolved_graph_holds_the_whole_vocabulary(ttl, broader):
    a = article("KPU NTT Gelar Rakor Kearsipan", date="2025-11-10")
    e = event(a, "Rakor Kearsipan", "rakor", "2025-11-10")
    arsip = Entity("Topic", "topic:kearsipan", "Kearsipan", {"label_en": "Records Management"})  # as extraction names it
    g = resolve([a], [fact(a, e, "ABOUT", arsip)])
    topics = {k[1]: n for k, n in g.nodes.items() if k[0] == "Topic"}
    concepts = set(ttl.subjects(RDF.type, SKOS.Concept))
    assert set(topics) == {_id(c) for c in concepts} and len(topics) == 80
    for c in concepts:
        node = topics[_id(c)].props
        pref = {o.language: str(o) for o in ttl.objects(c, SKOS.prefLabel)}
        assert node["name"] == pref["id"] and node["label_en"] == pref["en"]
        assert node["name_lower"] == pref["id"].lower()
        # altLabels only: a fact naming the concept does not add its prefLabel to them
        assert sorted(node.get("aliases") or []) == sorted(str(o) for o in ttl.objects(c, SKOS.altLabel))
    edges = [(e.src[1], e.dst[1]) for e in g.edges if e.type == "BROADER"]
    assert len(edges) == len(set(edges)) == len(broader) == 88
    assert set(edges) == broader
    assert all(not e.props for e in g.edges if e.type == "BROADER")  # structural: no provenance
    assert [e.dst[1] for e in g.edges if e.type == "ABOUT"] == ["topic:kearsipan"]


def _instance_edges(store, broader) -> set[tuple[str, str]]:
    """BROADER edges from an instance the articles name (Pilkada 2020 under
    Pilkada) rather than from the vocabulary."""
    concepts = {a for a, _ in broader} | {b for _, b in broader}
    return {(e.src[1], e.dst[1]) for e in store.graph().edges if e.type == "BROADER" and e.src[1] not in concepts}


def test_the_build_loads_the_hierarchy_once(seeds, broader):
    store, once = seeds
    labels, rels = _counts(store)
    assert (labels, rels) == once  # a second build of the same pages changes no count
    stored = {(e.src[1], e.dst[1]) for e in store.graph().edges if e.type == "BROADER"}
    instances = _instance_edges(store, broader)
    assert stored == broader | instances and len(broader) == 88
    assert rels["BROADER"] == len(stored)
    concepts = {b for _, b in broader} | {a for a, _ in broader}
    assert instances and all(b in concepts for _, b in instances)  # an instance sits under a concept
    assert ("topic:pilkada-2020", "topic:pilkada") in instances
    # the 80 concepts, plus the instances the seeds name (Pilkada 2024, ...)
    instances = {k[1] for k in store.graph().nodes if k[0] == "Topic"} - {a for a, _ in broader} - {b for _, b in broader}
    assert labels["Topic"] == 80 + len(instances) and all(i.startswith("topic:") for i in instances)


def test_an_incremental_build_keeps_one_hierarchy(tmp_path, pages, broader):
    from kg.pipeline import build
    with open_store(str(tmp_path / "step.kg")) as store:
        build([str(p) for p in pages[:2]], store, progress=False)
        first = _counts(store)
        assert first[0]["Topic"] >= 80 and first[1]["BROADER"] == 88 + len(_instance_edges(store, broader))
        build([str(p) for p in pages[2:]], store, batch_size=5, progress=False)
        labels, rels = _counts(store)
        assert rels["BROADER"] == 88 + len(_instance_edges(store, broader))
        assert labels["Topic"] >= first[0]["Topic"]


def test_topic_events_of_a_broad_topic_are_the_events_of_its_narrower_ones(seeds, broader):
    store, _ = seeds
    g = store.graph()
    broader = broader | _instance_edges(store, broader)
    about: dict[str, set[str]] = {}
    for e in g.edges:
        if e.type == "ABOUT":
            about.setdefault(e.dst[1], set()).add(e.src[1])
    checked = 0
    for topic in sorted({b for _, b in broader}):  # every concept with a narrower one
        expected = set().union(*(about.get(t, set()) for t in _closure(broader, topic)))
        rows = store.query("topic_events", {"topic": topic})
        assert {r["id"] for r in rows} == expected, topic
        checked += len(expected - about.get(topic, set()))
    assert checked > 0  # some events were found only through a narrower topic
    arsip = {r["event"]: sorted(r["topics"]) for r in store.query("topic_events", {"topic": "Kearsipan"})}
    # about Dokumentasi Pemilu (under Kearsipan) and Penerbitan Buku, never tagged Kearsipan itself
    assert arsip["Rapat Koordinasi Finalisasi Buku Pilkada 2024"] == ["Dokumentasi Pemilu", "Penerbitan Buku"]
    speakers = store.query("topic_speakers", {"topic": "Kehumasan"})  # Bakohumas is under Kehumasan
    assert {s["speaker"] for s in speakers} >= {"Tri Tujiana"}


def test_the_seed_export_carries_the_hierarchy_between_topic_iris(seeds, broader, ttl):
    from kg.export import rdf, shacl
    store, _ = seeds
    base = rdf.DEFAULT_BASE
    iri = lambda t: rdflib.URIRef(base + "topic/" + t.split(":", 1)[1])  # noqa: E731
    bare = rdf.to_rdflib(store.graph(), vocabulary=False)  # from the graph's BROADER edges alone
    assert {(s, o) for s, o in bare.subject_objects(SKOS.broader)} == {
        (iri(a), iri(b)) for a, b in broader | _instance_edges(store, broader)}
    full = rdf.to_rdflib(store.graph())
    for c in set(ttl.subjects(RDF.type, SKOS.Concept)):  # labelled as the vocabulary labels them
        for p in (SKOS.prefLabel, SKOS.altLabel):
            assert set(full.objects(c, p)) == set(ttl.objects(c, p)), (c, p)
    report = shacl.validate(full)
    assert report.conforms, report.violations[:5]


def test_the_seed_export_round_trips(seeds, tmp_path):
    from rdflib.compare import isomorphic, to_isomorphic
    from kg.export import rdf
    store, _ = seeds
    graph = store.graph()
    path = tmp_path / "seeds.ttl"
    rdf.export(graph, path)
    back = rdflib.Graph().parse(path, format="turtle")
    assert isomorphic(to_isomorphic(back), to_isomorphic(rdf.to_rdflib(graph)))
