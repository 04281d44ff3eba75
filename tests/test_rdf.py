"""RDF export: every format round-trips, IRIs are stable, facts keep provenance.

`sample_graph()` is a hand-built graph of the shapes KPU pages give (a post and
its holder, an online rakor with attendees and a topic); the other export tests
import it.
"""
from __future__ import annotations

import io

import pyoxigraph
import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF, XSD

from kg.export import rdf
from kg.export.rdf import DEFAULT_BASE, ExportError, export, node_iri, parse, to_rdflib
from kg.model import Edge, Graph, Node

A1 = "a1b2c3d4e5f60718"
A2 = "0f1e2d3c4b5a6978"
SENT = 'Ketua KPU Provinsi NTT, Reni Rinjani, membuka "Rakor Pemutakhiran Data" secara daring.'


def prov(article: str, sentence: str = SENT, start: int = 0, **kw) -> dict:
    out = {"article": article, "sentence": sentence, "char_start": start, "char_end": start + len(sentence),
           "extractor": "test-rule", "confidence": 0.9, "date": "2024-03-05"}
    out.update(kw)
    return out


def sample_graph() -> Graph:
    g = Graph()
    for n in [
        Node("Article", A1, {"title": "Rakor Pemutakhiran Data", "source": "page1.txt", "site": "ntt.kpu.go.id",
                             "date": "2024-03-05", "body": SENT + "\nBaris kedua."}),
        Node("Article", A2, {"title": "KPU NTT ikuti rakor", "source": "page2.txt", "date": "2024-03-06"}),
        Node("Person", "person:reni-rinjani", {"name": "Reni Rinjani", "name_lower": "reni rinjani",
                                               "aliases": ["Reni Rinjani", "Reni R."], "titles": ["Dr."]}),
        Node("Person", "person:jose-ximenes", {"name": "José Ximenes", "aliases": []}),
        Node("Role", "role:ketua-kpu-provinsi-ntt", {"name": "Ketua KPU Provinsi NTT", "title": "Ketua",
                                                     "org": "KPU Provinsi NTT", "acting": False,
                                                     "single_holder": True}),
        Node("Role", "role:anggota-kpu-provinsi-ntt", {"name": "Anggota KPU Provinsi NTT", "title": "Anggota"}),
        Node("Satker", "satker:kpu-provinsi-ntt", {"name": "KPU Provinsi NTT", "level": "province",
                                                   "aliases": ["KPU NTT", "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur"],
                                                   "region_code": "53", "body": "KPU"}),
        Node("Satker", "satker:kpu-ri", {"name": "KPU RI", "level": "national", "body": "KPU"}),
        Node("Organization", "org:universitas-nusa-cendana", {"name": "Universitas Nusa Cendana", "kind": "university"}),
        Node("Event", "event:2024-03-05-rakor-pemutakhiran-data",
             {"name": "Rakor Pemutakhiran Data", "kind": "rakor", "date": "2024-03-05", "mode": "daring",
              "platform": "Zoom", "end_date": "2024-03-06"}),
        Node("Topic", "topic:pemutakhiran-data", {"name": "Pemutakhiran Data Pemilih",
                                                  "label_en": "Voter list updating"}),
        Node("Place", "place:kupang", {"name": "Kupang", "city": "Kupang"}),
        Node("Region", "region:53", {"name": "Nusa Tenggara Timur", "code": "53", "level": "province"}),
    ]:
        g.add_node(n)
    ev = ("Event", "event:2024-03-05-rakor-pemutakhiran-data")
    for e in [
        Edge("HOLDS", ("Person", "person:reni-rinjani"), ("Role", "role:ketua-kpu-provinsi-ntt"),
             prov(A1, first_seen="2024-03-05", last_seen="2024-03-05")),
        Edge("HOLDS", ("Person", "person:reni-rinjani"), ("Role", "role:ketua-kpu-provinsi-ntt"),
             prov(A2, "Reni Rinjani selaku Ketua KPU NTT hadir.", 40, date="2024-03-06",
                  first_seen="2024-03-06", last_seen="2024-03-06")),
        Edge("HOLDS", ("Person", "person:jose-ximenes"), ("Role", "role:anggota-kpu-provinsi-ntt"),
             prov(A2, "Anggota KPU NTT José Ximenes.", 100, confidence=0.75)),
        Edge("OF", ("Role", "role:ketua-kpu-provinsi-ntt"), ("Satker", "satker:kpu-provinsi-ntt")),
        Edge("OF", ("Role", "role:anggota-kpu-provinsi-ntt"), ("Satker", "satker:kpu-provinsi-ntt")),
        Edge("PART_OF", ("Satker", "satker:kpu-provinsi-ntt"), ("Satker", "satker:kpu-ri")),
        Edge("IN_REGION", ("Satker", "satker:kpu-provinsi-ntt"), ("Region", "region:53")),
        Edge("ORGANIZED", ("Satker", "satker:kpu-provinsi-ntt"), ev, prov(A1)),
        Edge("ATTENDED", ("Satker", "satker:kpu-provinsi-ntt"), ev, prov(A1)),
        Edge("ATTENDED", ("Organization", "org:universitas-nusa-cendana"), ev, prov(A2, "Undana hadir.", 7)),
        Edge("ATTENDED", ("Person", "person:jose-ximenes"), ev, prov(A2, "Anggota KPU NTT José Ximenes.", 100)),
        Edge("OPENED", ("Person", "person:reni-rinjani"), ev, prov(A1)),
        Edge("SPOKE_AT", ("Person", "person:jose-ximenes"), ev, prov(A2, "Anggota KPU NTT José Ximenes.", 100)),
        Edge("ABOUT", ev, ("Topic", "topic:pemutakhiran-data"), prov(A1)),
        Edge("HELD_AT", ev, ("Place", "place:kupang"), prov(A1)),
        Edge("REPORTS", ("Article", A1), ev, prov(A1)),
        Edge("MENTIONS", ("Article", A1), ("Person", "person:reni-rinjani"), prov(A1)),
    ]:
        g.add_edge(e)
    return g


@pytest.fixture
def graph() -> Graph:
    return sample_graph()


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "trig", "jsonld"])
def test_every_format_round_trips(graph, tmp_path, fmt):
    path = tmp_path / f"out{rdf.FORMATS[fmt][0]}"
    stats = export(graph, path, fmt)
    expected = to_rdflib(graph)
    assert stats.triples >= len(expected) > 200  # written lines; a plain triple repeats per article
    back = parse(path)
    union = back.graph(URIRef("urn:x-kg:union"))  # collect all graphs of the dataset into one
    for s, p, o, _ in back.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(to_isomorphic(union), to_isomorphic(expected))


def test_trig_keeps_each_article_in_its_own_graph(graph, tmp_path):
    path = tmp_path / "out.trig"
    export(graph, path)
    ds = parse(path)
    g1 = ds.graph(rdf.article_graph_iri(DEFAULT_BASE, A1))
    g2 = ds.graph(rdf.article_graph_iri(DEFAULT_BASE, A2))
    art1 = node_iri(DEFAULT_BASE, "Article", A1)
    derived = {o for o in g1.objects(None, rdf.PROV.wasDerivedFrom)}
    assert derived == {art1}
    assert len(g2) > 0 and art1 not in set(g2.objects(None, rdf.PROV.wasDerivedFrom))


def test_exports_load_into_oxigraph(graph, tmp_path):
    for fmt, media in [("turtle", pyoxigraph.RdfFormat.TURTLE), ("ntriples", pyoxigraph.RdfFormat.N_TRIPLES),
                       ("trig", pyoxigraph.RdfFormat.TRIG), ("jsonld", pyoxigraph.RdfFormat.JSON_LD)]:
        path = tmp_path / f"out{rdf.FORMATS[fmt][0]}"
        export(graph, path, fmt)
        store = pyoxigraph.Store()
        store.load(path=str(path), format=media)
        expected = to_rdflib(graph, named_graphs=True)
        quads = len(list(expected.quads((None, None, None, None))))
        assert len(store) == (quads if fmt == "trig" else len(to_rdflib(graph))), fmt


def test_iris_are_stable_and_follow_node_ids(graph):
    one = to_rdflib(graph)
    two = to_rdflib(sample_graph())
    assert set(one) == set(two)  # no blank nodes, so plain set equality holds
    assert node_iri(DEFAULT_BASE, "Person", "person:reni-rinjani") == URIRef(DEFAULT_BASE + "person/reni-rinjani")
    assert node_iri(DEFAULT_BASE, "Article", A1) == URIRef(f"{DEFAULT_BASE}article/{A1}")
    assert node_iri(DEFAULT_BASE, "Person", "person:a b/c") == URIRef(DEFAULT_BASE + "person/a%20b%2Fc")
    other = to_rdflib(graph, base="https://example.org/kg/")
    assert len(other) == len(one)
    ours = [t for tr in other for t in tr if isinstance(t, URIRef) and str(t).startswith(DEFAULT_BASE)]
    assert ours and all(t.startswith(str(rdf.KG)) for t in ours)  # only ontology terms keep theirs


def test_plain_triples_use_public_vocabularies(graph):
    g = to_rdflib(graph)
    B = DEFAULT_BASE
    person, post = URIRef(B + "person/reni-rinjani"), URIRef(B + "role/ketua-kpu-provinsi-ntt")
    unit, event = URIRef(B + "satker/kpu-provinsi-ntt"), URIRef(B + "event/2024-03-05-rakor-pemutakhiran-data")
    org, sdo, skos = rdf.ORG, rdf.SDO, rdf.SKOS
    assert (person, org.holds, post) in g
    assert (post, RDF.type, org.Post) in g and (post, org.postIn, unit) in g
    assert (unit, RDF.type, org.OrganizationalUnit) in g
    assert (unit, org.subOrganizationOf, URIRef(B + "satker/kpu-ri")) in g
    assert (event, sdo.attendee, unit) in g and (event, sdo.organizer, unit) in g  # read backwards
    assert (event, sdo.eventAttendanceMode, sdo.OnlineEventAttendanceMode) in g
    assert (event, sdo.startDate, Literal("2024-03-05", datatype=XSD.date)) in g
    assert (event, sdo.about, URIRef(B + "topic/pemutakhiran-data")) in g
    assert (unit, skos.altLabel, Literal("KPU NTT", lang="id")) in g
    topic = URIRef(B + "topic/pemutakhiran-data")
    assert (topic, skos.prefLabel, Literal("Voter list updating", lang="en")) in g
    assert (topic, skos.prefLabel, Literal("Pemutakhiran Data Pemilih", lang="id")) in g
    title = next(g.objects(post, org.role))
    assert (title, RDF.type, org.Role) in g and (title, skos.prefLabel, Literal("Ketua", lang="id")) in g


def test_each_fact_carries_its_sentence_and_offsets(graph):
    g = to_rdflib(graph)
    B = DEFAULT_BASE
    facts = set(g.subjects(RDF.type, rdf.KG.Assertion))
    assert len(facts) == sum(1 for e in graph.edges if e.props.get("article"))
    for e in graph.edges:
        if not e.props.get("article"):
            continue
        f = rdf.fact_iri(B, e)
        assert (f, rdf.PROV.wasDerivedFrom, node_iri(B, "Article", e.props["article"])) in g
        span = g.value(f, rdf.KG.evidence)
        sels = set(g.objects(span, rdf.OA.hasSelector))
        pos = next(s for s in sels if (s, RDF.type, rdf.OA.TextPositionSelector) in g)
        quote = next(s for s in sels if (s, RDF.type, rdf.OA.TextQuoteSelector) in g)
        assert g.value(pos, rdf.OA.start).toPython() == e.props["char_start"]
        assert g.value(pos, rdf.OA.end).toPython() == e.props["char_end"]
        assert str(g.value(quote, rdf.OA.exact)) == e.props["sentence"]
        assert g.value(f, rdf.PROV.wasGeneratedBy) is not None


def test_holds_is_a_dated_membership(graph):
    g = to_rdflib(graph)
    e = graph.edges[1]
    f = rdf.fact_iri(DEFAULT_BASE, e)
    org = rdf.ORG
    assert (f, RDF.type, org.Membership) in g
    assert g.value(f, org.member) == URIRef(DEFAULT_BASE + "person/reni-rinjani")
    assert g.value(f, org.organization) == URIRef(DEFAULT_BASE + "satker/kpu-provinsi-ntt")
    interval = g.value(f, org.memberDuring)
    assert (interval, RDF.type, rdf.TIME.Interval) in g
    begin = g.value(interval, rdf.TIME.hasBeginning)
    assert g.value(begin, rdf.TIME.inXSDDate) == Literal("2024-03-06", datatype=XSD.date)


def test_bad_values_are_skipped_and_reported(graph, tmp_path):
    graph.nodes[("Event", "event:2024-03-05-rakor-pemutakhiran-data")].props["date"] = "Selasa (5/3)"
    stats = export(graph, tmp_path / "x.nt")
    assert any("Selasa" in s for s in stats.skipped)
    assert "Selasa" not in (tmp_path / "x.nt").read_text()


def test_unknown_format_and_bad_file_name_the_problem(graph, tmp_path):
    with pytest.raises(ExportError, match="x.xml.*unknown RDF format"):
        export(graph, tmp_path / "x.xml")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(ExportError, match=r"bad.ttl: not valid turtle: Bad syntax \(objectList expected\)$"):
        parse(bad)


def test_export_to_a_stream_streams_ntriples(graph):
    buf = io.StringIO()
    stats = export(graph, buf, "ntriples")
    lines = buf.getvalue().splitlines()
    assert len(lines) == stats.triples and all(line.endswith(" .") for line in lines)
