"""Graphs to load without running extraction: a small hand-made one whose
answers a reader can check by eye (tests, docs), and a synthetic one of any
size (the benchmark).

The small graph is shaped like what resolution makes of KPU pages: fact edges
carry their article and sentence, structural edges (OF, PART_OF, BROADER) none.
"""
from __future__ import annotations

import random

from kg.model import Edge, Graph, Node

ARTICLES = {
    "a1": ("KPU NTT Hadiri Knowledge Sharing Bakohumas Tahap III", "2025-10-27"),
    "a2": ("KPU NTT Gelar Rakor Pemutakhiran Data Pemilih Berkelanjutan", "2025-11-03"),
    "a3": ("Pelantikan Ketua KPU Kota Kupang", "2024-03-01"),
    "a4": ("KPU Kota Kupang Ikuti Rakor Pemutakhiran Data", "2025-11-03"),
}


def _sentence(g: Graph, type_, src, dst, article, sentence, start=0, **extra):
    date = ARTICLES[article][1]
    props = {"article": article, "sentence": sentence, "char_start": start, "char_end": start + len(sentence),
             "extractor": "sample", "confidence": 0.9, "date": date} | extra
    g.add_edge(Edge(type_, src, dst, props))


def sample_graph() -> Graph:
    g = Graph()
    for aid, (title, date) in ARTICLES.items():
        g.add_node(Node("Article", aid, {"title": title, "date": date, "source": "sample.txt", "site": "ntt.kpu.go.id"}))

    def node(label, nid, name, **props):
        return g.add_node(Node(label, nid, {"name": name, **props})).key

    ri = node("Satker", "satker:kpu-ri", "KPU RI", aliases=["Komisi Pemilihan Umum Republik Indonesia", "KPU RI"],
              level="national", body="KPU")
    ntt = node("Satker", "satker:kpu-provinsi-ntt", "KPU Provinsi Nusa Tenggara Timur",
               aliases=["KPU NTT", "KPU Provinsi NTT", "KPU Provinsi Nusa Tenggara Timur"], level="province", body="KPU")
    kaltim = node("Satker", "satker:kpu-provinsi-kaltim", "KPU Provinsi Kalimantan Timur",
                  aliases=["KPU Kaltim"], level="province", body="KPU")
    kupang = node("Satker", "satker:kpu-kota-kupang", "KPU Kota Kupang", aliases=["KPU Kota Kupang"], level="city", body="KPU")
    unw = node("Organization", "org:universitas-nusa-cendana", "Universitas Nusa Cendana", aliases=["Undana"], kind="university")
    for child, parent in ((ntt, ri), (kaltim, ri), (kupang, ntt)):
        g.add_edge(Edge("PART_OF", child, parent, {}))

    def role(nid, name, org, title, single=False):
        key = node("Role", nid, name, org=g.nodes[org].props["name"], title=title, single_holder=single, aliases=[name])
        g.add_edge(Edge("OF", key, org, {}))
        return key

    kabag = role("role:kpu-ri/kabag-humas", "Kepala Bagian Humas dan Informasi Publik", ri, "Kepala Bagian")
    sekr = role("role:kpu-provinsi-kaltim/plt-sekretaris", "Plt. Sekretaris", kaltim, "Sekretaris")
    ketua_ntt = role("role:kpu-provinsi-ntt/ketua", "Ketua", ntt, "Ketua", single=True)
    ketua_kpg = role("role:kpu-kota-kupang/ketua", "Ketua", kupang, "Ketua", single=True)

    reni = node("Person", "person:reni-rinjani", "Reni Rinjani", aliases=["Reni Rinjani"])
    samsul = node("Person", "person:m-samsul-kadir", "M. Samsul Kadir", aliases=["M.Samsul Kadir", "M. Samsul Kadir"])
    jemris = node("Person", "person:jemris-fointuna", "Jemris Fointuna", aliases=["Jemris Fointuna"])
    daniel = node("Person", "person:daniel-ratu", "Daniel Ratu", aliases=["Daniel Ratu"])
    yosef = node("Person", "person:yosef-lalo", "Yosef Lalo", aliases=["Yosef Lalo"])
    maria = node("Person", "person:maria-bano", "Maria Bano", aliases=["Maria Bano"])

    ks = node("Event", "event:2025-10-27/knowledge-sharing-bakohumas-tahap-iii", "Knowledge Sharing Bakohumas Tahap III",
              date="2025-10-27", kind="knowledge sharing", mode="daring", aliases=["Knowledge Sharing Tata Kelola Bakohumas Tahap III"])
    rakor = node("Event", "event:2025-11-03/rakor-pemutakhiran-data-pemilih", "Rakor Pemutakhiran Data Pemilih Berkelanjutan",
                 date="2025-11-03", kind="rakor", mode="luring", city="Kupang")
    lantik = node("Event", "event:2024-03-01/pelantikan-ketua-kpu-kota-kupang", "Pelantikan Ketua KPU Kota Kupang",
                  date="2024-03-01", kind="pelantikan")
    bako = node("Topic", "topic:bakohumas", "Bakohumas", aliases=["Badan Koordinasi Kehumasan"], label_en="Public relations coordination")
    kompub = node("Topic", "topic:komunikasi-publik", "Komunikasi Publik", label_en="Public communication")
    pdpb = node("Topic", "topic:pemutakhiran-data-pemilih", "Pemutakhiran Data Pemilih", aliases=["PDPB"])
    hotel = node("Place", "place:kupang/hotel-aston", "Hotel Aston Kupang", city="Kupang")
    g.add_edge(Edge("BROADER", bako, kompub, {}))

    s1 = "Acara dibuka oleh Kepala Bagian Humas dan Informasi Publik KPU RI Reni Rinjani."
    s2 = "Narasumber kegiatan ini adalah Plt. Sekretaris KPU Provinsi Kalimantan Timur M.Samsul Kadir."
    s3 = "KPU Provinsi NTT mengikuti Knowledge Sharing Tata Kelola Bakohumas Tahap III yang diselenggarakan KPU RI secara daring."
    _sentence(g, "HOLDS", reni, kabag, "a1", s1, 120)
    _sentence(g, "OPENED", reni, ks, "a1", s1, 120)
    _sentence(g, "HOLDS", samsul, sekr, "a1", s2, 210)
    _sentence(g, "SPOKE_AT", samsul, ks, "a1", s2, 210)
    _sentence(g, "SPOKE_AT", reni, ks, "a1", s1, 120)
    for sat in (ntt, ri, kaltim):
        _sentence(g, "ATTENDED", sat, ks, "a1", s3, 0)
    _sentence(g, "ORGANIZED", ri, ks, "a1", s3, 0)
    _sentence(g, "ABOUT", ks, bako, "a1", s3, 0)
    _sentence(g, "REPORTS", ("Article", "a1"), ks, "a1", s3, 0)

    t1 = "Ketua KPU Provinsi NTT Jemris Fointuna membuka Rakor Pemutakhiran Data Pemilih Berkelanjutan di Hotel Aston Kupang."
    t2 = "Rakor diikuti KPU Kota Kupang dan dosen Universitas Nusa Cendana sebagai narasumber, Yosef Lalo."
    _sentence(g, "HOLDS", jemris, ketua_ntt, "a2", t1, 0)
    _sentence(g, "OPENED", jemris, rakor, "a2", t1, 0)
    _sentence(g, "ORGANIZED", ntt, rakor, "a2", t1, 0)
    _sentence(g, "ATTENDED", ntt, rakor, "a2", t1, 0)
    _sentence(g, "ATTENDED", kupang, rakor, "a2", t2, 118)
    _sentence(g, "ATTENDED", unw, rakor, "a2", t2, 118)
    _sentence(g, "SPOKE_AT", yosef, rakor, "a2", t2, 118)
    _sentence(g, "ABOUT", rakor, pdpb, "a2", t1, 0)
    _sentence(g, "HELD_AT", rakor, hotel, "a2", t1, 0)
    _sentence(g, "REPORTS", ("Article", "a2"), rakor, "a2", t1, 0)

    u1 = "Daniel Ratu resmi dilantik sebagai Ketua KPU Kota Kupang."
    _sentence(g, "HOLDS", daniel, ketua_kpg, "a3", u1, 0)
    _sentence(g, "ATTENDED", kupang, lantik, "a3", u1, 0)
    _sentence(g, "REPORTS", ("Article", "a3"), lantik, "a3", u1, 0)

    # a second report of the rakor, from the city's site: the same event node, another article;
    # it names a second Ketua of KPU Kota Kupang on the same date as a2 (a conflict for `kg stats`)
    v1 = "Ketua KPU Kota Kupang Maria Bano bersama jajaran mengikuti Rakor Pemutakhiran Data Pemilih Berkelanjutan."
    _sentence(g, "HOLDS", daniel, ketua_kpg, "a4", "Ketua KPU Kota Kupang Daniel Ratu hadir.", 0)
    _sentence(g, "HOLDS", maria, ketua_kpg, "a4", v1, 60)
    _sentence(g, "ATTENDED", kupang, rakor, "a4", v1, 60)
    _sentence(g, "REPORTS", ("Article", "a4"), rakor, "a4", v1, 60)
    return g


def synthetic_graph(n_facts: int, seed: int = 7) -> Graph:
    """About n_facts fact edges over KPU-shaped nodes (1 fact : 0.2 nodes), for the benchmark."""
    rnd = random.Random(seed)
    g = Graph()
    n_art = max(1, n_facts // 25)
    n_sat, n_org, n_per = max(2, n_facts // 200), max(2, n_facts // 500), max(2, n_facts // 12)
    n_role, n_ev, n_top = max(2, n_facts // 40), max(2, n_facts // 25), 200
    sat = [g.add_node(Node("Satker", f"satker:s{i}", {"name": f"KPU Kabupaten {i}", "aliases": [f"KPU Kab {i}"], "level": "regency"})).key
           for i in range(n_sat)]
    org = [g.add_node(Node("Organization", f"org:o{i}", {"name": f"Universitas {i}", "aliases": []})).key for i in range(n_org)]
    per = [g.add_node(Node("Person", f"person:p{i}", {"name": f"Orang Nomor {i}", "aliases": [f"Orang {i}"]})).key for i in range(n_per)]
    top = [g.add_node(Node("Topic", f"topic:t{i}", {"name": f"Topik {i}", "aliases": []})).key for i in range(n_top)]
    role = []
    for i in range(n_role):
        r = g.add_node(Node("Role", f"role:r{i}", {"name": f"Jabatan {i % 50}", "single_holder": i % 3 == 0, "aliases": []})).key
        g.add_edge(Edge("OF", r, sat[i % n_sat], {}))
        role.append(r)
    for i in range(1, n_sat):
        g.add_edge(Edge("PART_OF", sat[i], sat[(i - 1) // 10], {}))
    arts, evs = [], []
    for i in range(n_art):
        d = f"20{20 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        arts.append((g.add_node(Node("Article", f"a{i}", {"title": f"Berita {i}", "date": d})).key, d))
    for i in range(n_ev):
        d = arts[i % n_art][1]
        evs.append(g.add_node(Node("Event", f"event:e{i}", {"name": f"Rakor {i}", "date": d, "kind": "rakor", "aliases": []})).key)
    kinds = [("HOLDS", per, role), ("ATTENDED", sat, evs), ("ATTENDED", org, evs), ("ORGANIZED", sat, evs),
             ("SPOKE_AT", per, evs), ("ABOUT", evs, top), ("ATTENDED", per, evs), ("OPENED", per, evs)]
    weights = [20, 30, 5, 10, 10, 15, 5, 5]
    seen = set()
    while len(g.edges) < n_facts + n_role + n_sat - 1:
        t, S, D = rnd.choices(kinds, weights)[0]
        (a, d) = arts[rnd.randrange(n_art)]
        s, o = S[rnd.randrange(len(S))], D[rnd.randrange(len(D))]
        if (t, s, o, a[1]) in seen:
            continue
        seen.add((t, s, o, a[1]))
        sent = f"Kalimat {len(g.edges)} tentang {g.nodes[s].props['name']}, \"{t}\" {g.nodes[o].props['name']}."
        g.add_edge(Edge(t, s, o, {"article": a[1], "sentence": sent, "char_start": 0, "char_end": len(sent),
                                  "extractor": "synthetic", "confidence": 0.8, "date": d}))
    return g
