"""Loading a store: idempotent, incremental, all-or-nothing, inside the schema.

StoreContract holds the tests every store must pass; test_neo4j.py runs the
same class against a live Neo4j server.
"""
import json
import subprocess
import sys

import pytest

from kg.model import Article, Edge, Graph, Node
from kg.schema import load as load_schema
from kg.store import StoreBusy, StoreError, WriteRefused, open_store
from kg.store.sample import sample_graph

FACT_PROPS = {"article", "sentence", "char_start", "char_end", "extractor", "confidence"}


def canon(g: Graph):
    nodes = {k: {p: v for p, v in n.props.items() if v not in (None, [])} for k, n in g.nodes.items()}
    edges = sorted((e.type, e.src, e.dst, json.dumps(e.props, sort_keys=True)) for e in g.edges)
    return nodes, edges


def only_articles(g: Graph, keep: set[str]) -> Graph:
    """The part of a graph that the given articles produced (with every node)."""
    out = Graph(nodes={k: Node(n.label, n.id, dict(n.props)) for k, n in g.nodes.items()
                       if n.label != "Article" or n.id in keep})
    out.edges = [Edge(e.type, e.src, e.dst, dict(e.props)) for e in g.edges
                 if e.props.get("article") in keep or "article" not in e.props]
    return out


NAMED = ("Person", "Role", "Satker", "Organization", "Event", "Topic")


def name_index(store) -> set[tuple]:
    return {(r["key"], label, r["id"]) for label in NAMED for r in store.cypher(
        f"MATCH (k:Name)-[:NAMES]->(n:{label}) RETURN k.key AS key, n.id AS id")}


def written_forms(g: Graph) -> set[tuple]:
    """What the Name index must hold for a graph: every name, alias and id, lower-cased."""
    out = set()
    for n in g.nodes.values():
        if n.label in NAMED:
            for form in [n.id, n.props.get("name")] + list(n.props.get("aliases") or []):
                if form:
                    out.add((form.lower(), n.label, n.id))
    return out


def counts(store):
    s = store.stats()
    return s["labels"], s["relationships"]


def failing(store, after: int, exc=RuntimeError):
    """Make the store's next load fail after `after` statements of its transaction
    (an engine error or Ctrl-C in the middle of a batch)."""
    orig = store._write

    def _write(work):
        def wrapped(run):
            n = [0]

            def run2(text, params):
                n[0] += 1
                if n[0] > after:
                    raise exc("injected failure")
                return run(text, params)
            return work(run2)
        try:
            return orig(wrapped)
        finally:
            store._write = orig
    store._write = _write


class StoreContract:
    """Subclasses give a `store` fixture: an empty store."""

    def test_load_twice_gives_the_same_graph(self, store):
        store.load(sample_graph())
        first, c1 = canon(store.graph()), counts(store)
        rep = store.load(sample_graph())
        assert rep.articles_replaced == 4
        assert counts(store) == c1
        assert canon(store.graph()) == first
        assert c1[0]["Person"] == 6 and c1[1]["ATTENDED"] == 8 and c1[1]["HOLDS"] == 6

    def test_incremental_load_adds_new_articles(self, store, tmp_path):
        full = sample_graph()
        store.load(only_articles(full, {"a1", "a2", "a3"}))
        assert counts(store)[1]["HOLDS"] == 4
        store.load(only_articles(full, {"a4"}))
        assert counts(store)[1]["HOLDS"] == 6
        with open_store(str(tmp_path / "whole.kg")) as whole:
            whole.load(full)
            assert canon(store.graph()) == canon(whole.graph())

    def test_reextracted_article_replaces_only_its_own_facts(self, store):
        store.load(sample_graph())
        before = store.graph()
        g = only_articles(sample_graph(), {"a1"})
        g.edges = [e for e in g.edges if not (e.type == "SPOKE_AT" and e.src == ("Person", "person:reni-rinjani"))]
        g.edges.append(Edge("LED", ("Person", "person:reni-rinjani"),
                            ("Event", "event:2025-10-27/knowledge-sharing-bakohumas-tahap-iii"),
                            {"article": "a1", "sentence": "Dipimpin oleh Reni Rinjani.", "char_start": 300,
                             "char_end": 327, "extractor": "test", "confidence": 0.8, "date": "2025-10-27"}))
        store.load(g, [Article("a1", "t", "b", "x")])
        after = store.graph()
        key = lambda g, art: sorted((e.type, e.src, e.dst) for e in g.edges if e.props.get("article") == art)  # noqa: E731
        assert key(after, "a2") == key(before, "a2") and key(after, "a4") == key(before, "a4")
        a1 = key(after, "a1")
        assert ("LED", ("Person", "person:reni-rinjani"), ("Event", "event:2025-10-27/knowledge-sharing-bakohumas-tahap-iii")) in a1
        assert not any(t == "SPOKE_AT" and s == ("Person", "person:reni-rinjani") for t, s, _ in a1)
        assert len(a1) == len(key(before, "a1"))

    def test_an_article_read_again_with_no_facts_loses_its_old_ones(self, store):
        store.load(sample_graph())
        store.load(Graph(), [Article("a3", "t", "b", "x")])
        assert not [e for e in store.graph().edges if e.props.get("article") == "a3"]
        assert counts(store)[1]["HOLDS"] == 5

    @pytest.mark.parametrize("after", [1, 5, 12])
    @pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
    def test_a_failed_batch_leaves_nothing_behind(self, store, after, exc):
        full = sample_graph()
        store.load(only_articles(full, {"a1", "a2"}))
        before, c0 = canon(store.graph()), counts(store)
        failing(store, after, exc)
        with pytest.raises(exc):
            store.load(full)  # replaces a1, a2 and adds a3, a4: stops part way
        assert counts(store) == c0
        assert canon(store.graph()) == before
        store.load(full)  # and the store still works
        assert counts(store)[1]["HOLDS"] == 6

    def test_holds_keeps_first_and_last_seen(self, store):
        store.load(sample_graph())
        spans = {(e.src[1], e.props["article"]): (e.props.get("first_seen"), e.props.get("last_seen"))
                 for e in store.graph().edges if e.type == "HOLDS"}
        assert spans[("person:daniel-ratu", "a3")] == ("2024-03-01", "2025-11-03")
        assert spans[("person:daniel-ratu", "a4")] == ("2024-03-01", "2025-11-03")
        assert spans[("person:reni-rinjani", "a1")] == ("2025-10-27", "2025-10-27")
        store.load(Graph(), [Article("a4", "t", "b", "x")])  # the later sighting goes: the span shrinks
        spans = {e.src[1]: e.props.get("last_seen") for e in store.graph().edges if e.type == "HOLDS"}
        assert spans["person:daniel-ratu"] == "2024-03-01"

    def test_every_fact_keeps_its_provenance(self, store):
        store.load(sample_graph())
        schema = load_schema()
        facts = [e for e in store.graph().edges if schema.rels[e.type].fact]
        assert len(facts) == 28  # a1: 11, a2: 10, a3: 3, a4: 4
        for e in facts:
            assert FACT_PROPS <= set(e.props), e
            assert e.props["char_end"] > e.props["char_start"]

    def test_the_store_holds_only_what_the_schema_defines(self, store):
        g = sample_graph()
        g.add_node(Node("Person", "person:x", {"name": "X", "nickname": "x"}))
        g.add_node(Node("Unicorn", "u:1", {"name": "U"}))
        g.add_edge(Edge("LIKES", ("Person", "person:x"), ("Unicorn", "u:1"), {"article": "a1"}))
        rep = store.load(g)
        assert {(d.kind, d.reason) for d in rep.dropped} == {
            ("node-property", "Person has no property nickname in the schema"),
            ("node", "label Unicorn is not in the schema"), ("edge", "type LIKES is not in the schema")}
        schema = load_schema()
        dump = store.graph()
        for n in dump.nodes.values():
            assert n.label in schema.labels and set(n.props) <= set(schema.labels[n.label].properties)
        for e in dump.edges:
            assert e.type in schema.rels and set(e.props) <= set(schema.rels[e.type].properties)
            assert (e.src[0], e.dst[0]) in schema.rels[e.type].pairs

    def test_known_nodes_gain_aliases_and_keep_their_values(self, store):
        store.load(sample_graph())
        g = Graph()
        g.add_node(Node("Person", "person:reni-rinjani", {"name": "Reni Rinjani", "aliases": ["Reni R."]}))
        g.add_node(Node("Satker", "satker:kpu-provinsi-ntt", {"name": None, "aliases": ["KPU Prov. NTT"]}))
        rep = store.load(g)
        assert rep.nodes_updated == 2 and rep.nodes_created == 0
        n = store.graph().nodes
        assert n[("Person", "person:reni-rinjani")].props["aliases"] == ["Reni R.", "Reni Rinjani"]
        ntt = n[("Satker", "satker:kpu-provinsi-ntt")].props
        assert ntt["name"] == "KPU Provinsi Nusa Tenggara Timur" and "KPU Prov. NTT" in ntt["aliases"]
        assert ntt["level"] == "province"

    def test_find_nodes_by_name_or_alias(self, store):
        store.load(sample_graph())
        assert [n.id for n in store.find_nodes("Satker", "kpu ntt")] == ["satker:kpu-provinsi-ntt"]
        assert [n.id for n in store.find_nodes("Person", "M.Samsul Kadir")] == ["person:m-samsul-kadir"]
        assert store.find_nodes("Person", "Nobody") == []

    def test_the_name_index_holds_every_written_form_once(self, store):
        store.load(sample_graph())
        want = written_forms(store.graph())
        assert name_index(store) == want
        store.load(sample_graph())  # again: nothing doubles
        assert name_index(store) == want
        assert counts(store)[1]["NAMES"] == len(want)
        assert counts(store)[0]["Name"] == len({k for k, _, _ in want})
        g = Graph()  # a new alias of a stored person is indexed on the next load
        g.add_node(Node("Person", "person:reni-rinjani", {"name": "Reni Rinjani", "aliases": ["Ibu Reni"]}))
        store.load(g)
        assert ("ibu reni", "Person", "person:reni-rinjani") in name_index(store)
        assert [r["role"] for r in store.query("person_posts", {"person": "IBU RENI"})] == [
            "Kepala Bagian Humas dan Informasi Publik"]

    def test_cypher_is_read_only(self, store):
        store.load(sample_graph())
        rows = store.cypher("MATCH (p:Person)-[:HOLDS]->(r:Role) WHERE p.name = $n RETURN r.name AS role",
                            {"n": "Reni Rinjani"})
        assert rows == [{"role": "Kepala Bagian Humas dan Informasi Publik"}]
        with pytest.raises(WriteRefused):
            store.cypher("CREATE (:Person {id: 'person:intruder', name: 'Intruder'})")
        with pytest.raises(WriteRefused):
            store.cypher("MATCH (p:Person) DETACH DELETE p")
        assert counts(store)[0]["Person"] == 6

    def test_stats_counts_and_conflicts(self, store):
        store.load(sample_graph())
        s = store.stats()
        assert s["labels"]["Event"] == 3 and s["relationships"]["PART_OF"] == 3 and s["labels"]["Region"] == 0
        assert s["conflicts"] == [{"role": "Ketua", "org": "KPU Kota Kupang", "date": "2025-11-03",
                                   "holders": ["Daniel Ratu", "Maria Bano"]}]


    # ------------------------------------------------------------ one post found to be a form of another
    @staticmethod
    def _posts(*holds, moves=()) -> Graph:
        """Articles, a satker, posts and (person, post, article, date, sentence) HOLDS facts."""
        g = Graph(moves=list(moves))
        sat = g.add_node(Node("Satker", "satker:kpu-ri", {"name": "KPU RI", "aliases": ["KPU RI"]})).key
        for person, post, aid, date, sentence in holds:
            g.add_node(Node("Article", aid, {"title": f"Artikel {aid}", "date": date}))
            p = g.add_node(Node("Person", person, {"name": person.split(":")[1].title(), "aliases": []})).key
            name = {"anggota-divisi-hukum": "Anggota Divisi Hukum", "ketua-divisi-hukum": "Ketua Divisi Hukum"}[post]
            r = g.add_node(Node("Role", f"role:kpu-ri/{post}", {"name": name, "title": name.rsplit(" ", 1)[0],
                                                             "aliases": [name] + (["Anggota Divisi Hukum"] if "ketua" in post and moves else [])})).key
            g.add_edge(Edge("OF", r, sat, {}))
            g.add_edge(Edge("HOLDS", p, r, {"article": aid, "sentence": sentence, "char_start": 7,
                                            "char_end": 7 + len(sentence), "extractor": "test", "confidence": 0.8,
                                            "date": date}))
        return g

    A, K = ("Role", "role:kpu-ri/anggota-divisi-hukum"), ("Role", "role:kpu-ri/ketua-divisi-hukum")

    def test_a_later_batch_folds_a_stored_post_into_the_post_it_is_a_form_of(self, store):
        """Graph.moves (kg.resolve.roles.division_heads across batches): the stored
        HOLDS edges move, provenance and all, with the span of the new pair; the
        old post stays while somebody holds it, then goes with the Name keys only it had."""
        store.load(self._posts(("person:ani", "anggota-divisi-hukum", "a1", "2024-01-05", "Ani, Anggota Divisi Hukum."),
                               ("person:budi", "anggota-divisi-hukum", "a1", "2024-01-05", "Budi, Anggota Divisi Hukum.")))
        rep = store.load(self._posts(("person:ani", "ketua-divisi-hukum", "a2", "2025-03-01", "Ketua Divisi Hukum Ani."),
                                     moves=[("HOLDS", ("Person", "person:ani"), self.A, self.K)]))
        assert rep.edges_moved == 1 and rep.nodes_deleted == 0
        g = store.graph()
        holds = {(e.src[1], e.dst, e.props["article"]): e.props for e in g.edges if e.type == "HOLDS"}
        assert set(holds) == {("person:ani", self.K, "a1"), ("person:ani", self.K, "a2"), ("person:budi", self.A, "a1")}
        moved = holds[("person:ani", self.K, "a1")]
        assert {k: moved[k] for k in ("sentence", "char_start", "char_end", "extractor", "confidence", "date")} == {
            "sentence": "Ani, Anggota Divisi Hukum.", "char_start": 7, "char_end": 33, "extractor": "test",
            "confidence": 0.8, "date": "2024-01-05"}
        for k in (("person:ani", self.K, "a1"), ("person:ani", self.K, "a2")):
            assert (holds[k]["first_seen"], holds[k]["last_seen"]) == ("2024-01-05", "2025-03-01")
        assert self.A in g.nodes  # Budi still holds it
        rep = store.load(self._posts(("person:budi", "ketua-divisi-hukum", "a3", "2025-06-01", "Ketua Divisi Hukum Budi."),
                                     moves=[("HOLDS", ("Person", "person:budi"), self.A, self.K)]))
        assert rep.edges_moved == 1 and rep.nodes_deleted == 1
        g = store.graph()
        assert self.A not in g.nodes and self.K in g.nodes
        assert {(e.src[1], e.dst) for e in g.edges if e.type == "HOLDS"} == {("person:ani", self.K), ("person:budi", self.K)}
        c = counts(store)
        assert c[0]["Role"] == 1 and c[1]["HOLDS"] == 4 and c[1]["OF"] == 1
        names = name_index(store)
        assert not [n for n in names if n[2] == self.A[1]] and ("anggota divisi hukum", "Role", self.K[1]) in names
        assert c[0]["Name"] == len({n[0] for n in names})  # no Name key is left naming nothing

    # (the fold's statements: 14-17 move the edges, 18-21 their spans, 27-29 drop the old post, 36 its Name keys)
    @pytest.mark.parametrize("after", [3, 15, 17, 21, 29, 35])
    def test_a_failed_fold_leaves_nothing_behind(self, store, after):
        store.load(self._posts(("person:ani", "anggota-divisi-hukum", "a1", "2024-01-05", "Ani, Anggota Divisi Hukum.")))
        before, c0 = canon(store.graph()), counts(store)
        folding = self._posts(("person:ani", "ketua-divisi-hukum", "a2", "2025-03-01", "Ketua Divisi Hukum Ani."),
                              moves=[("HOLDS", ("Person", "person:ani"), self.A, self.K)])
        failing(store, after)
        with pytest.raises(RuntimeError):
            store.load(folding)
        assert counts(store) == c0 and canon(store.graph()) == before
        store.load(folding)
        assert counts(store)[0]["Role"] == 1 and counts(store)[1]["HOLDS"] == 2

    def test_written_forms_wait_in_the_form_index_for_their_node(self, store):
        batam = ("Satker", "satker:kpu-kota-batam")
        store.load(Graph(), [Article("a1", "t", "b", "x")], {batam: {"KPU kota batam"}})
        store.load(Graph(), [Article("a2", "t2", "b2", "x")], {batam: {"KPU Kota Batam"}, ("Organization", "org:x"): {"X"}})
        assert store.printed([batam, ("Organization", "satker:kpu-kota-batam")]) == {
            batam: {"KPU kota batam", "KPU Kota Batam"}}
        assert counts(store)[0]["Form"] == 2 and counts(store)[0]["Satker"] == 0
        assert not [k for k in store.graph().nodes if k[0] == "Form"]  # the store's own, like Name


class TestEmbeddedStore(StoreContract):
    @pytest.fixture
    def store(self, tmp_path):
        with open_store(str(tmp_path / "test.kg")) as s:
            yield s


def test_bulk_copy_gives_the_same_graph_as_unwind(tmp_path):
    with open_store(str(tmp_path / "a.kg")) as a, open_store(str(tmp_path / "b.kg"), bulk_threshold=1) as b:
        a.load(sample_graph())
        b.load(sample_graph())
        b.load(sample_graph())
        assert canon(a.graph()) == canon(b.graph())


def test_bulk_copy_gives_the_same_name_index_as_unwind(tmp_path):
    with open_store(str(tmp_path / "a.kg")) as a, open_store(str(tmp_path / "b.kg"), bulk_threshold=1) as b:
        a.load(sample_graph())
        b.load(sample_graph())
        assert name_index(a) == name_index(b) == written_forms(a.graph())


def test_bulk_copy_takes_a_quoted_comma_after_many_plain_rows(tmp_path):
    """Ladybug's CSV sniffer, left on, split a quoted "a, b" that came after
    some hundred unquoted rows (a post title with commas, after 478 others)."""
    g = Graph()
    for i in range(600):
        g.add_node(Node("Person", f"person:p{i}", {"name": f"Orang {i}"}))
    g.add_node(Node("Role", "role:x/kabag", {"name": "Kepala Bagian Keuangan, Umum, dan Logistik"}))
    for i in range(600):
        g.add_edge(Edge("HOLDS", ("Person", f"person:p{i}"), ("Role", "role:x/kabag"),
                        {"article": "a1", "sentence": f"Orang {i}, Kabag Keuangan, Umum, dan Logistik."}))
    with open_store(str(tmp_path / "q.kg"), bulk_threshold=1) as s:
        s.load(g)
        assert counts(s)[1]["HOLDS"] == 600
        assert s.find_nodes("Role", "kepala bagian keuangan, umum, dan logistik")[0].id == "role:x/kabag"


def test_a_store_made_before_the_name_index_gets_it_on_open(tmp_path):
    path = str(tmp_path / "old.kg")
    with open_store(path) as s:
        s.load(sample_graph())
        want = name_index(s)
        s._write(lambda run: run("MATCH (k:Name) DETACH DELETE k", {}))  # as an older kg left it
        assert name_index(s) == set()
    with open_store(path) as s:
        assert name_index(s) == want
        assert s.query("holders", {"satker": "KPU NTT"})


def test_a_store_made_before_a_property_or_end_pair_existed_gets_it_on_open(tmp_path):
    import copy
    path = str(tmp_path / "older.kg")
    older = copy.deepcopy(load_schema())
    del older.labels["Person"].properties["titles"]
    del older.rels["HOLDS"].properties["last_seen"]
    older.rels["ABOUT"].from_ = ["Event"]  # before an article with no event could have topics
    older.rels["ABOUT"].__post_init__()
    open_store(path, schema=older).close()
    g = sample_graph()
    topic = next(k for k in g.nodes if k[0] == "Topic")
    art = next(k for k in g.nodes if k[0] == "Article")
    g.add_edge(Edge("ABOUT", art, topic, {"article": art[1], "sentence": "s", "char_start": 0, "char_end": 1}))
    with open_store(path) as s, open_store(str(tmp_path / "fresh.kg")) as fresh:  # the current schema
        assert s._columns["Person"][-1] == "titles"  # added at the end, where COPY expects it
        assert s._rel_columns["HOLDS"][-1] == "last_seen"
        s.load(g)
        fresh.load(g)
        assert canon(s.graph()) == canon(fresh.graph())
        assert any(e.type == "ABOUT" and e.src == art for e in s.graph().edges)
        assert all(e.props.get("last_seen") for e in s.graph().edges if e.type == "HOLDS")


def test_a_failed_bulk_copy_rolls_back(tmp_path):
    with open_store(str(tmp_path / "b.kg"), bulk_threshold=1) as b:
        seen = []
        orig = b._run
        b._run = lambda text, params: seen.append(text) or orig(text, params)
        b.load(sample_graph())
        b._run = orig
        assert sum(t.startswith("COPY") for t in seen) >= 8
    with open_store(str(tmp_path / "c.kg"), bulk_threshold=1) as b:
        failing(b, len(seen) - 1)  # the last statement fails, after every COPY
        with pytest.raises(RuntimeError):
            b.load(sample_graph())
        assert sum(counts(b)[1].values()) == 0 and sum(counts(b)[0].values()) == 0


def test_the_store_persists_and_reopens_read_only(tmp_path):
    path = str(tmp_path / "p.kg")
    with open_store(path) as s:
        s.load(sample_graph())
        want = canon(s.graph())
    with open_store(path, read_only=True) as s:
        assert canon(s.graph()) == want
        with pytest.raises(WriteRefused):
            s.load(sample_graph())


@pytest.mark.parametrize("bulk_threshold", [1, 10**9], ids=["copy", "unwind"])
def test_a_crash_right_after_a_commit_keeps_the_whole_batch(tmp_path, bulk_threshold):
    """The process dies once load() has committed: at the first CHECKPOINT kg
    itself sends, or when load() returns, before any close. The next open must
    find the whole batch (COPY bypasses Ladybug's log, so a batch that used it
    has to be checkpointed within its commit, not after it)."""
    path = str(tmp_path / "crash.kg")
    code = ("import os, sys\nfrom kg.store import open_store\nfrom kg.store.sample import sample_graph\n"
            "s = open_store(sys.argv[1], bulk_threshold=int(sys.argv[2]))\n"
            "conn = s._conn\n"
            "class Dying:\n"
            "    def __getattr__(self, k): return getattr(conn, k)\n"
            "    def execute(self, q, *a):\n"
            "        if q.strip().upper() == 'CHECKPOINT': os._exit(0)\n"
            "        return conn.execute(q, *a)\n"
            "s._conn = Dying()\n"
            "s.load(sample_graph())\nos._exit(0)\n")
    proc = subprocess.run([sys.executable, "-c", code, path, str(bulk_threshold)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    with open_store(str(tmp_path / "ref.kg")) as ref:
        ref.load(sample_graph())
        want = canon(ref.graph()), name_index(ref)
    with open_store(path) as s:
        assert (canon(s.graph()), name_index(s)) == want


def test_a_second_writer_is_told_the_store_is_busy(tmp_path):
    path = str(tmp_path / "busy.kg")
    with open_store(path) as s:
        s.load(sample_graph())
        code = ("import sys\nfrom kg.store import open_store, StoreBusy\n"
                "try:\n    open_store(sys.argv[1])\nexcept StoreBusy as e:\n    print(e); sys.exit(3)\n")
        proc = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 3, proc.stderr
        assert proc.stdout.strip() == f"{path}: store is busy (another process is writing to it)"


def test_kg_store_env_and_missing_store(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env.kg"))
    with open_store(None) as s:
        assert s.spec == str(tmp_path / "env.kg")
    with pytest.raises(StoreError, match="no such store"):
        open_store(str(tmp_path / "missing.kg"), read_only=True)
