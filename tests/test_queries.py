"""The catalogue: every query's answer on the sample graph, written out by hand
from kg/store/sample.py (read its sentences to check them), plus the rules
the catalogue files follow. QueryContract runs on Neo4j too (test_neo4j.py)."""
import re

import pytest

from kg import queries
from kg.store import StoreError, open_store
from kg.store.sample import sample_graph

KS = "Knowledge Sharing Bakohumas Tahap III"
RAKOR = "Rakor Pemutakhiran Data Pemilih Berkelanjutan"
NTT = "KPU Provinsi Nusa Tenggara Timur"


def pick(rows, *cols):
    return [tuple(r[c] for c in cols) for r in rows]


class QueryContract:
    """Subclasses give `loaded`: a store holding sample_graph()."""

    def test_holders(self, loaded):
        rows = loaded.query("holders", {"satker": "KPU Kota Kupang"})
        assert pick(rows, "role", "person", "first_seen", "last_seen", "articles") == [
            ("Ketua", "Daniel Ratu", "2024-03-01", "2025-11-03", 2),
            ("Ketua", "Maria Bano", "2025-11-03", "2025-11-03", 1)]
        # an alias, any case, finds the same satker
        assert pick(loaded.query("holders", {"satker": "kpu ntt"}), "satker", "role", "person") == [
            (NTT, "Ketua", "Jemris Fointuna")]

    def test_person_posts(self, loaded):
        rows = loaded.query("person_posts", {"person": "M.Samsul Kadir"})
        assert pick(rows, "person", "role", "org", "first_seen") == [
            ("M. Samsul Kadir", "Plt. Sekretaris", "KPU Provinsi Kalimantan Timur", "2025-10-27")]

    def test_post_history(self, loaded):
        rows = loaded.query("post_history", {"role": "Ketua"})
        assert pick(rows, "org", "person", "first_seen", "last_seen") == [
            ("KPU Kota Kupang", "Daniel Ratu", "2024-03-01", "2025-11-03"),
            ("KPU Kota Kupang", "Maria Bano", "2025-11-03", "2025-11-03"),
            (NTT, "Jemris Fointuna", "2025-11-03", "2025-11-03")]
        rows = loaded.query("post_history", {"role": "role:kpu-provinsi-ntt/ketua"})
        assert pick(rows, "person") == [("Jemris Fointuna",)]

    def test_satker_events_in_a_period(self, loaded):
        rows = loaded.query("satker_events", {"satker": "KPU NTT"})
        assert [(r["date"], r["event"], r["organized"], sorted(r["topics"])) for r in rows] == [
            ("2025-10-27", KS, False, ["Bakohumas"]),
            ("2025-11-03", RAKOR, True, ["Pemutakhiran Data Pemilih"])]
        rows = loaded.query("satker_events", {"satker": "KPU Kota Kupang", "from": "2024-01-01", "to": "2024-12-31"})
        assert pick(rows, "date", "event", "organized") == [("2024-03-01", "Pelantikan Ketua KPU Kota Kupang", False)]

    def test_event_with_everyone_who_took_part(self, loaded):
        rows = loaded.query("event", {"event": "Knowledge Sharing Tata Kelola Bakohumas Tahap III"})  # an alias
        assert {r["event"] for r in rows} == {KS} and all(r["topics"] == ["Bakohumas"] for r in rows)
        got = sorted((r["relation"], r["who"], r["kind"], tuple(sorted(r["roles"]))) for r in rows)
        assert got == [
            ("ATTENDED", "KPU Provinsi Kalimantan Timur", "Satker", ()),
            ("ATTENDED", NTT, "Satker", ()),
            ("ATTENDED", "KPU RI", "Satker", ()),
            ("OPENED", "Reni Rinjani", "Person", ("Kepala Bagian Humas dan Informasi Publik",)),
            ("ORGANIZED", "KPU RI", "Satker", ()),
            ("SPOKE_AT", "M. Samsul Kadir", "Person", ("Plt. Sekretaris",)),
            ("SPOKE_AT", "Reni Rinjani", "Person", ("Kepala Bagian Humas dan Informasi Publik",))]
        spoke = [r for r in rows if r["who"] == "M. Samsul Kadir"][0]
        assert spoke["sentence"].startswith("Narasumber kegiatan ini adalah") and spoke["article"] == "a1"

    def test_topic_events_include_narrower_topics(self, loaded):
        rows = loaded.query("topic_events", {"topic": "Komunikasi Publik"})  # Bakohumas is narrower
        assert [(r["date"], r["event"], r["organizers"]) for r in rows] == [("2025-10-27", KS, ["KPU RI"])]
        assert loaded.query("topic_events", {"topic": "PDPB"})[0]["event"] == RAKOR

    def test_co_attendance_ranked(self, loaded):
        rows = loaded.query("co_attendance", {"satker": "KPU Kota Kupang"})
        assert pick(rows, "satker", "events") == [(NTT, 1)]
        rows = loaded.query("co_attendance", {"satker": "KPU NTT", "limit": "2"})
        assert pick(rows, "satker", "events") == [("KPU Kota Kupang", 1), ("KPU Provinsi Kalimantan Timur", 1)]

    def test_topic_speakers(self, loaded):
        rows = loaded.query("topic_speakers", {"topic": "bakohumas"})
        assert pick(rows, "speaker", "events") == [("M. Samsul Kadir", 1), ("Reni Rinjani", 1)]
        assert pick(loaded.query("topic_speakers", {"topic": "Pemutakhiran Data Pemilih"}), "speaker") == [("Yosef Lalo",)]

    def test_satker_units(self, loaded):
        rows = loaded.query("satker_units", {"satker": "KPU NTT"})
        assert sorted(pick(rows, "relation", "unit")) == [("child", "KPU Kota Kupang"), ("parent", "KPU RI")]
        rows = loaded.query("satker_units", {"satker": "KPU RI"})
        assert sorted(pick(rows, "relation", "unit")) == [("child", "KPU Provinsi Kalimantan Timur"), ("child", NTT)]

    def test_search_across_labels(self, loaded):
        rows = loaded.query("search", {"q": "KUPANG"})
        assert pick(rows, "label", "name") == [("Event", "Pelantikan Ketua KPU Kota Kupang"), ("Satker", "KPU Kota Kupang")]
        rows = loaded.query("search", {"q": "undana"})  # by alias
        assert pick(rows, "label", "name") == [("Organization", "Universitas Nusa Cendana")]

    def test_explain(self, loaded):
        rows = loaded.explain("Daniel Ratu")
        assert pick(rows, "subject", "relation", "object", "article", "date") == [
            ("Daniel Ratu", "HOLDS", "Ketua", "a3", "2024-03-01"),
            ("Daniel Ratu", "HOLDS", "Ketua", "a4", "2025-11-03")]
        assert rows[0]["sentence"] == "Daniel Ratu resmi dilantik sebagai Ketua KPU Kota Kupang."
        assert (rows[0]["char_start"], rows[0]["char_end"]) == (0, len(rows[0]["sentence"]))
        rows = loaded.explain("PDPB")  # a topic: its facts point at it
        assert pick(rows, "subject", "relation", "object") == [(RAKOR, "ABOUT", "Pemutakhiran Data Pemilih")]

    def test_errors_name_the_problem(self, loaded):
        with pytest.raises(StoreError, match="unknown query 'holder'"):
            loaded.query("holder", {})
        with pytest.raises(StoreError, match="missing parameter satker"):
            loaded.query("holders", {})
        with pytest.raises(StoreError, match="unknown parameter sat"):
            loaded.query("holders", {"satker": "KPU RI", "sat": "x"})
        # a bad date is refused before the engine sees it, whether or not the satker exists
        for satker in ("KPU RI", "no such satker"):
            with pytest.raises(StoreError, match=r"parameter from must be an ISO date \(YYYY-MM-DD\), not '2025-13-01'"):
                loaded.query("satker_events", {"satker": satker, "from": "2025-13-01"})


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    with open_store(str(tmp_path_factory.mktemp("q") / "q.kg")) as s:
        s.load(sample_graph())
        yield s


class TestEmbeddedQueries(QueryContract):
    pass


def test_every_query_file_has_a_header_and_declares_its_parameters():
    cat = queries.catalogue()
    assert {"holders", "person_posts", "post_history", "satker_events", "event", "topic_events", "co_attendance",
            "topic_speakers", "satker_units", "search", "explain"} <= set(cat)
    for q in cat.values():
        assert q.doc and len(q.doc) > 20, q.name
        for text in [q.text, *q.variants.values()]:
            used = set(re.findall(r"\$(\w+)", text))
            assert used == {p.name for p in q.params}, q.name


def test_variants_differ_from_their_twin_only_where_the_dialects_do():
    for q in queries.catalogue().values():
        for dialect, text in q.variants.items():
            assert dialect == "ladybug"
            norm = lambda t: re.sub(r"labels\((\w)\)\[0\]|label\((\w)\)", "LABEL",  # noqa: E731
                                    t.replace("type(r)", "TYPE").replace("label(r)", "TYPE"))
            assert norm(text) == norm(q.text), q.name
