"""`kg entities` over a real embedded store loaded with a resolved graph."""
import json

from click.testing import CliRunner
from test_resolve_kit import article, event, fact, holds, person, satker

from kg.cli import main
from kg.resolve import resolve
from kg.store import open_store


def test_entities_lists_resolved_nodes_from_the_store(tmp_path):
    a, b = article("Apel Pagi"), article("Rapat Bakohumas Tahap II")
    ntt = "KPU Provinsi Nusa Tenggara Timur"
    e = event(b, "Knowledge Sharing Bakohumas Tahap II", "knowledge sharing", "2025-08-21")
    facts = [holds(a, "Melanie Sari Willa Hege", "Plt. Sekretaris", ntt),
             holds(b, "Melanie S.W. Hege", "Kepala Bagian Perencanaan, Data, dan Informasi", ntt),
             fact(b, satker(ntt, "KPU NTT"), "ATTENDED", e), fact(b, person("Melanie S.W. Hege"), "ATTENDED", e)]
    spec = str(tmp_path / "t.kg")
    with open_store(spec) as st:
        st.load(resolve([a, b], facts), [a, b])
    res = CliRunner().invoke(main, ["entities", "--store", spec, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    people = [r for r in rows if r["label"] == "Person"]
    assert [p["name"] for p in people] == ["Melanie Sari Willa Hege"]
    assert "Melanie S.W. Hege" in people[0]["aliases"] and people[0]["merges"]
    events = [r for r in rows if r["label"] == "Event"]
    assert [ev["articles"] for ev in events] == [["Rapat Bakohumas Tahap II"]]
    assert any(r["label"] == "Satker" and "KPU NTT" in r["aliases"] for r in rows)
    table = CliRunner().invoke(main, ["entities", "--store", spec, "--label", "Person"])
    assert table.exit_code == 0 and "Melanie Sari Willa Hege" in table.output and "Satker" not in table.output


def test_entities_on_a_missing_store_is_one_line_error(tmp_path):
    res = CliRunner().invoke(main, ["entities", "--store", str(tmp_path / "nope.kg")])
    assert res.exit_code != 0
    assert "nope.kg" in res.output and len(res.output.strip().splitlines()) == 1


def test_a_second_run_resolves_against_the_stored_graph(tmp_path):
    ntt = "KPU Provinsi Nusa Tenggara Timur"
    a = article("Apel Pagi")
    ea = event(a, "Rapat Koordinasi Pengawasan", "rakor", "2025-10-20", "2025-10-22")
    spec = str(tmp_path / "t.kg")
    with open_store(spec) as st:
        st.load(resolve([a], [holds(a, "Melanie Sari Willa Hege", "Plt. Sekretaris", ntt),
                              fact(a, satker(ntt), "ATTENDED", ea), fact(a, satker("KPU RI"), "ORGANIZED", ea)]), [a])
    b = article("Semarang Ikuti Rakor Pengawasan", site="kota-semarang.kpu.go.id")
    eb = event(b, "Rakor Pengawasan", "rakor", "2025-10-21")
    with open_store(spec) as st:
        g = resolve([b], [holds(b, "Melanie S.W. Hege", "Plt Sekretaris", ntt),
                          fact(b, satker("KPU Kota Semarang"), "ATTENDED", eb),
                          fact(b, satker("KPU RI"), "ORGANIZED", eb)], existing=st.graph())
        st.load(g, [b])
    res = CliRunner().invoke(main, ["entities", "--store", spec, "--format", "json"])
    rows = json.loads(res.output)
    assert [r["name"] for r in rows if r["label"] == "Person"] == ["Melanie Sari Willa Hege"]
    events = [r for r in rows if r["label"] == "Event"]
    assert len(events) == 1 and events[0]["articles"] == sorted([a.title, b.title])
