"""The resolved graph: structural edges, provenance, and runs that meet a store."""
from test_resolve_kit import article, event, fact, holds, person, satker

from kg.resolve import entities, resolve

NTT, SMG = "KPU Provinsi Nusa Tenggara Timur", "KPU Kota Semarang"


def _run1():
    a = article("KPU NTT Ikuti Rakor", date="2025-10-20")
    e = event(a, "Rapat Koordinasi Pengawasan", "rakor", "2025-10-20")
    return a, [fact(a, satker(NTT, "KPU NTT"), "ATTENDED", e),
               fact(a, satker("KPU RI", "Komisi Pemilihan Umum Republik Indonesia"), "ORGANIZED", e),
               holds(a, "Melanie Sari Willa Hege", "Plt. Sekretaris", NTT),
               fact(a, person("Melanie Sari Willa Hege"), "ATTENDED", e)]


def test_satker_hierarchy_region_and_aliases():
    a, facts = _run1()
    b = article("Semarang", site="kota-semarang.kpu.go.id")
    facts.append(fact(b, satker(SMG), "ATTENDED", event(b, "Rapat Pleno", "rapat pleno", "2025-10-21")))
    g = resolve([a, b], facts)
    part_of = {(e.src[1], e.dst[1]) for e in g.edges if e.type == "PART_OF"}
    assert part_of == {("satker:kpu-provinsi-nusa-tenggara-timur", "satker:kpu-ri"),
                       ("satker:kpu-kota-semarang", "satker:kpu-provinsi-jawa-tengah")}
    regions = {(e.src[1], e.dst[1]) for e in g.edges if e.type == "IN_REGION"}
    assert ("satker:kpu-provinsi-nusa-tenggara-timur", "region:53") in regions
    assert g.nodes[("Region", "region:53")].props["name"] == "Nusa Tenggara Timur"
    ntt = g.nodes[("Satker", "satker:kpu-provinsi-nusa-tenggara-timur")]
    assert {"KPU NTT", NTT} <= set(ntt.props["aliases"]) and ntt.props["level"] == "province"


def test_fact_edges_keep_provenance_and_structural_edges_exist_once():
    a, facts = _run1()
    g = resolve([a], facts + facts)  # the same facts twice: no duplicate edges
    holds_edges = [e for e in g.edges if e.type == "HOLDS"]
    assert len(holds_edges) == 1
    p = holds_edges[0].props
    assert p["article"] == a.id and p["sentence"] and p["char_end"] > p["char_start"] >= 0 and p["extractor"] == "test"
    assert p["date"] == p["first_seen"] == p["last_seen"] == "2025-10-20"
    assert len([e for e in g.edges if e.type == "REPORTS"]) == 1
    mentions = {e.dst[1] for e in g.edges if e.type == "MENTIONS"}
    assert mentions == {"satker:kpu-provinsi-nusa-tenggara-timur", "satker:kpu-ri", "person:melanie-sari-willa-hege"}
    keys = [(e.type, e.src, e.dst, e.props.get("article")) for e in g.edges]
    assert len(keys) == len(set(keys))


def test_rerun_against_the_store_keeps_ids_and_adds_nothing_new():
    a, facts = _run1()
    first = resolve([a], facts)
    again = resolve([a], facts, existing=first)
    assert {k for k in again.nodes} == {k for k in first.nodes}
    assert sorted(e.key for e in again.edges if "article" in e.props) == \
        sorted(e.key for e in first.edges if "article" in e.props)


def test_a_new_page_merges_into_stored_people_and_events():
    a, facts = _run1()
    stored = resolve([a], facts)
    # a later run: another site reports the same rakor, and NTT prints Melanie with initials
    b = article("KPU Kota Semarang Ikuti Rakor Pengawasan KPU RI", site="kota-semarang.kpu.go.id")
    e = event(b, "Rapat Koordinasi Pengawasan", "rakor", "2025-10-20")
    c = article("Rapat Bakohumas Tahap II", date="2025-08-21")
    g = resolve([b, c], [fact(b, satker(SMG), "ATTENDED", e), fact(b, satker("KPU RI"), "ORGANIZED", e),
                         holds(c, "Melanie S.W. Hege", "Plt Sekretaris", NTT)],
                existing=stored)
    ev = entities(g, ("Event",))
    assert [r["id"] for r in ev] == [f"event:{a.id}"]  # the stored event, not a new one
    assert {e.src[1] for e in g.edges if e.type == "ATTENDED"} == {"satker:kpu-kota-semarang"}
    people = entities(g, ("Person",))
    assert [r["id"] for r in people] == ["person:melanie-sari-willa-hege"]
    assert "Melanie S.W. Hege" in people[0]["aliases"]
    # the post timeline spans both runs
    span = [e.props for e in g.edges if e.type == "HOLDS"]
    assert [(p["first_seen"], p["last_seen"]) for p in span] == [("2025-08-21", "2025-10-20")]


def test_a_post_in_a_sub_unit_hangs_the_unit_under_its_commission():
    """`Kepala Bagian ... pada Biro SDM Sekretariat Jenderal KPU`: the bureau is part
    of the secretariat general, which is part of KPU RI, though neither is named
    alone in any fact (satker_units must find them)."""
    import kg
    from kg.model import Article
    body = ("KPU Provinsi NTT melaksanakan apel pagi pada Senin (27/10/2025). Turut hadir Riki Arantes, Kepala "
            "Bagian Kinerja dan Kesejahteraan Pegawai pada Biro SDM Sekretariat Jenderal KPU.")
    art = Article.make("Apel Pagi KPU NTT", body, "t.txt", site="ntt.kpu.go.id")
    g = resolve([art], list(kg.extract_article(art)))
    part_of = {(e.src[1], e.dst[1]) for e in g.edges if e.type == "PART_OF"}
    assert {("satker:biro-sdm-sekretariat-jenderal-kpu", "satker:sekretariat-jenderal-kpu"),
            ("satker:sekretariat-jenderal-kpu", "satker:kpu-ri")} <= part_of
    role = g.nodes[("Role", "role:biro-sdm-sekretariat-jenderal-kpu/kepala-bagian-kinerja-kesejahteraan-pegawai")]
    assert role.props["org"] == "Biro SDM Sekretariat Jenderal KPU"
    assert g.nodes[("Satker", "satker:sekretariat-jenderal-kpu")].props["name"] == "Sekretariat Jenderal KPU"
