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
    assert set(topics) == {_id(c) for c in concepts} and len(topics) == len(concepts) >= 139
    for c in concepts:
        node = topics[_id(c)].props
        pref = {o.language: str(o) for o in ttl.objects(c, SKOS.prefLabel)}
        assert node["name"] == pref["id"] and node["label_en"] == pref["en"]
        assert node["name_lower"] == pref["id"].lower()
        # altLabels only: a fact naming the concept does not add its prefLabel to them
        assert sorted(node.get("aliases") or []) == sorted(str(o) for o in ttl.objects(c, SKOS.altLabel))
    edges = [(e.src[1], e.dst[1]) for e in g.edges if e.type == "BROADER"]
    assert len(edges) == len(set(edges)) == len(broader) == len(set(ttl.subject_objects(SKOS.broader))) >= 150
    assert set(edges) == broader
    assert all(not e.props for e in g.edges if e.type == "BROADER")  # structural: no provenance
    assert [e.dst[1] for e in g.edges if e.type == "ABOUT"] == ["topic:kearsipan"]


def test_the_build_loads_the_hierarchy_once(seeds, broader, ttl):
    store, once = seeds
    labels, rels = _counts(store)
    assert (labels, rels) == once  # a second build of the same pages changes no count
    stored = {(e.src[1], e.dst[1]) for e in store.graph().edges if e.type == "BROADER"}
    concepts = set(ttl.subjects(RDF.type, SKOS.Concept))
    assert stored >= broader and len(broader) == len(set(ttl.subject_objects(SKOS.broader)))
    # the vocabulary's concepts, plus the instances the seeds name (Pilkada 2024, ...)
    instances = {k[1] for k in store.graph().nodes if k[0] == "Topic"} - {a for a, _ in broader} - {b for _, b in broader}
    assert labels["Topic"] == len(concepts) + len(instances) and all(i.startswith("topic:") for i in instances)
    # each instance is narrower than the concept it came from, once
    extra = stored - broader
    assert extra and {a for a, _ in extra} <= instances and rels["BROADER"] == len(stored)


def test_an_incremental_build_keeps_one_hierarchy(tmp_path, pages, broader):
    from kg.pipeline import build
    with open_store(str(tmp_path / "step.kg")) as store:
        build([str(p) for p in pages[:2]], store, progress=False)
        first = _counts(store)
        assert first[0]["Topic"] >= 87 and first[1]["BROADER"] >= 95
        build([str(p) for p in pages[2:]], store, batch_size=5, progress=False)
        labels, rels = _counts(store)
    assert rels["BROADER"] >= 95 and labels["Topic"] >= first[0]["Topic"]


def test_topic_events_of_a_broad_topic_are_the_events_of_its_narrower_ones(seeds, broader):
    store, _ = seeds
    g = store.graph()
    about: dict[str, set[str]] = {}
    for e in g.edges:
        if e.type == "ABOUT":
            about.setdefault(e.dst[1], set()).add(e.src[1])
    checked = 0
    # the vocabulary's hierarchy and the instances the extractor made under its concepts (Pilkada 2024)
    hierarchy = {(e.src[1], e.dst[1]) for e in g.edges if e.type == "BROADER"}
    assert hierarchy >= broader
    for topic in sorted({b for _, b in broader}):  # every concept with a narrower one
        expected = set().union(*(about.get(t, set()) for t in _closure(hierarchy, topic)))
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
    exported = {(s, o) for s, o in bare.subject_objects(SKOS.broader)}
    hierarchy = {(iri(e.src[1]), iri(e.dst[1])) for e in store.graph().edges if e.type == "BROADER"}
    assert exported == hierarchy and exported >= {(iri(a), iri(b)) for a, b in broader}
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


def test_an_instance_topic_is_found_under_its_concept():
    """`Pilkada 2024` (an instance the vocabulary makes from Pilkada) has a
    BROADER edge to Pilkada, carried by the extractor's Topic fact, so the
    concept's topic_events finds the events about the instance."""
    from kg.extract.pipeline import extract_article
    from kg.model import Article
    a = Article("a-pilkada", "KPU Kota Depok Gelar Rakor Pemilihan Wali Kota dan Wakil Wali Kota Depok Tahun 2024",
                "Depok - KPU Kota Depok menggelar Rapat Koordinasi Persiapan Pemilihan Wali Kota dan Wakil Wali "
                "Kota Depok Tahun 2024 pada Rabu (5/6/2024).", "t.txt", site="kota-depok.kpu.go.id")
    facts = extract_article(a)
    topics = {f.object.id: f.object for f in facts if f.predicate == "ABOUT"}
    assert "topic:pilkada-2024" in topics and topics["topic:pilkada-2024"].props["broader"] == ["topic:pilkada"]
    g = resolve([a], facts)
    assert (("Topic", "topic:pilkada-2024"), ("Topic", "topic:pilkada")) in {
        (e.src, e.dst) for e in g.edges if e.type == "BROADER"}


def test_topic_events_of_a_concept_find_its_instances_events(tmp_path, pages):
    from kg.extract.topics import vocabulary
    from kg.pipeline import build
    with open_store(str(tmp_path / "inst.kg")) as store:
        build([str(p) for p in pages], store, progress=False)
        g = store.graph()
        concepts = {c.id for c in vocabulary()}
        inst = {e.src[1] for e in g.edges if e.type == "BROADER" and e.dst[1] == "topic:pilkada"
                and e.src[1] not in concepts}
        about = {e.src[1] for e in g.edges if e.type == "ABOUT" and e.dst[1] in inst}
        assert inst and about
        rows = store.query("topic_events", {"topic": "Pilkada"})
        assert about <= {r["id"] for r in rows}


def test_an_article_reporting_no_event_keeps_its_topics_in_the_graph():
    # a headline without a body (a JSONL record with an empty body) reports no event: its topics
    # hang from the Article node (schema: ABOUT from Article too). An announcement with a body is
    # an event its headline names (tests/test_reporting_event.py).
    import kg
    a = kg.Article.make("Pengumuman Jadwal Layanan PPID Selama Cuti Bersama", "", "test.txt")
    facts = [f for f in kg.extract_article(a) if f.predicate == "ABOUT"]
    g = resolve([a], facts)
    about = [(e.src[0], e.dst[1]) for e in g.edges if e.type == "ABOUT"]
    assert ("Article", "topic:ppid") in about
