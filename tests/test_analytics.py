"""Analytics on graphs whose answers can be worked out by hand, and on the seed graph."""
from __future__ import annotations

import json

import networkx as nx
import pytest

import kg

from kg.analytics import (Period, Scope, ScopeError, centrality, closest, communities, find_node,
                          pairs, plot, project, timeline, topics, undated)
from kg.analytics.scope import ACTORS, PARTICIPATION
from kg.model import Edge, Graph, Node


def _edge(g, type_, src, dst, article="a1", date=None, sentence="s"):
    g.add_edge(Edge(type_, src, dst, {"article": article, "sentence": sentence, "char_start": 0,
                                      "char_end": len(sentence), "date": date}))


def small_graph() -> Graph:
    """Two clusters of satkers that meet at their own events, one bridge event.

    north: A, B, C meet at e1, e2, e3 (A and B at all three, C at e1 only)
    south: D, E meet at e4, e5
    e6 (bridge): C and D
    """
    g = Graph()
    sat = {s: ("Satker", f"kpu-{s.lower()}") for s in "ABCDE"}
    for s, key in sat.items():
        g.add_node(Node("Satker", key[1], {"name": f"KPU Kabupaten {s}", "aliases": [f"KPU {s}"]}))
    for t in ("pemilih", "daftar-pemilih", "logistik"):
        g.add_node(Node("Topic", t, {"name": t.replace("-", " ")}))
    g.add_edge(Edge("BROADER", ("Topic", "daftar-pemilih"), ("Topic", "pemilih")))
    events = {"e1": ("2025-01-10", ["A", "B", "C"], "daftar-pemilih", "rakor"),
              "e2": ("2025-01-20", ["A", "B"], "logistik", "rakor"),
              "e3": ("2025-02-03", ["A", "B"], "pemilih", "bimtek"),
              "e4": ("2025-03-01", ["D", "E"], "logistik", "bimtek"),
              "e5": (None, ["D", "E"], "logistik", "rakor"),
              "e6": ("2025-03-15", ["C", "D"], "pemilih", "webinar")}
    for ev, (date, who, topic, kind) in events.items():
        g.add_node(Node("Event", ev, {"name": f"Event {ev}", "date": date, "kind": kind}))
        for s in who:
            _edge(g, "ATTENDED", sat[s], ("Event", ev), article=f"art-{ev}", date=date,
                  sentence=f"KPU {s} hadir di {ev}.")
        _edge(g, "ABOUT", ("Event", ev), ("Topic", topic), article=f"art-{ev}", date=date)
    g.add_node(Node("Person", "budi", {"name": "Budi"}))
    g.add_node(Node("Person", "sari", {"name": "Sari"}))
    _edge(g, "SPOKE_AT", ("Person", "budi"), ("Event", "e1"), article="art-e1", date="2025-01-10")
    _edge(g, "OPENED", ("Person", "sari"), ("Event", "e1"), article="art-e1", date="2025-01-10")
    _edge(g, "SPOKE_AT", ("Person", "budi"), ("Event", "e6"), article="art-e6", date="2025-03-15")
    return g


def test_participation_labels_come_from_the_schema():
    import tomllib
    from kg.schema import SCHEMA_FILE
    data = tomllib.loads(SCHEMA_FILE.read_text())
    into_event = {n for n, r in data["relationships"].items() if "Event" in r["to"] and r.get("fact")}
    assert set(PARTICIPATION) == into_event - {"REPORTS"}
    assert set(ACTORS) == {"Satker", "Organization", "Person"}


@pytest.mark.parametrize("text,start,end", [
    ("2025-01..2025-03", "2025-01-01", "2025-03-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025", "2025-01-01", "2025-12-31"),
    ("..2025-06-15", None, "2025-06-15"),
    ("2025-10..", "2025-10-01", None),
])
def test_period_parse(text, start, end):
    p = Period.parse(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("text", ["2025-13", "last year", "2025-03..2025-01", "2025-02-30"])
def test_period_rejects_bad_input(text):
    with pytest.raises(ScopeError):
        Period.parse(text)


def test_find_node_by_alias_id_and_part_of_name_and_ambiguity():
    g = small_graph()
    assert find_node(g, "kpu a", ["Satker"]) == ("Satker", "kpu-a")
    assert find_node(g, "Satker:kpu-b", ["Satker"]) == ("Satker", "kpu-b")
    assert find_node(g, "kabupaten c", ["Satker"]) == ("Satker", "kpu-c")
    with pytest.raises(ScopeError, match="matches 5"):
        find_node(g, "kabupaten", ["Satker"])
    with pytest.raises(ScopeError, match="no Satker"):
        find_node(g, "KPU Z", ["Satker"])


def test_coattendance_weights_are_shared_events():
    G = project(small_graph(), "coattendance")
    assert G["Satker:kpu-a"]["Satker:kpu-b"]["weight"] == 3
    assert sorted(G["Satker:kpu-a"]["Satker:kpu-b"]["events"]) == ["e1", "e2", "e3"]
    assert G["Satker:kpu-d"]["Satker:kpu-e"]["weight"] == 2
    assert G["Satker:kpu-c"]["Satker:kpu-d"]["weight"] == 1
    assert not G.has_edge("Satker:kpu-a", "Satker:kpu-e")
    assert all(G.nodes[n]["label"] == "Satker" for n in G)


def test_period_and_topic_narrow_the_projection():
    g = small_graph()
    jan = project(g, "coattendance", Scope.make("2025-01"))
    assert jan["Satker:kpu-a"]["Satker:kpu-b"]["weight"] == 2 and "Satker:kpu-d" not in jan
    # 'pemilih' takes in the narrower 'daftar pemilih' (e1) besides e3 and e6
    voters = project(g, "coattendance", Scope.make(topic="pemilih"))
    assert voters["Satker:kpu-a"]["Satker:kpu-b"]["weight"] == 2
    assert voters.has_edge("Satker:kpu-c", "Satker:kpu-d")


def test_other_projections():
    g = small_graph()
    people = project(g, "coparticipation")
    assert people["Person:budi"]["Person:sari"]["weight"] == 1
    bi = project(g, "satker_topic")
    assert nx.is_bipartite(bi)
    assert bi["Satker:kpu-d"]["Topic:logistik"]["weight"] == 2
    full = project(g, "full")
    assert full.number_of_edges() == len(g.edges)
    assert full.number_of_nodes() == len(g.nodes)
    with pytest.raises(ValueError, match="unknown projection"):
        project(g, "nope")


def test_full_projection_writes_as_graphml(tmp_path):
    path = tmp_path / "g.graphml"
    nx.write_graphml(project(small_graph(), "full"), path)
    back = nx.read_graphml(path)
    assert back.nodes["Satker:kpu-a"]["aliases"] == "KPU A"


def test_centrality_degree_is_events_attended():
    g = small_graph()
    rows = centrality(g, ("Satker",), "degree", top=None)
    by_id = {r["id"]: r for r in rows}
    # attendance counted by hand from small_graph's table
    assert {k: v["events"] for k, v in by_id.items()} == {"kpu-a": 3, "kpu-b": 3, "kpu-c": 2,
                                                          "kpu-d": 3, "kpu-e": 2}
    assert all(r["degree"] == r["events"] for r in rows)
    assert [r["rank"] for r in rows] == [1, 2, 3, 4, 5]


def test_centrality_betweenness_finds_the_bridge():
    rows = centrality(small_graph(), ("Satker",), "betweenness", top=2, kind="coattendance")
    # C and D are the only path between the two clusters
    assert {r["id"] for r in rows} == {"kpu-c", "kpu-d"}
    assert rows[0]["betweenness"] > 0


def test_centrality_of_people_and_sampling_agrees_on_order():
    g = small_graph()
    people = centrality(g, ("Person",), "pagerank")
    assert [r["id"] for r in people][0] == "budi"
    exact = centrality(g, ("Satker",), "betweenness", top=None)
    # every node a pivot: the estimate is the exact value
    sampled = centrality(g, ("Satker",), "betweenness", top=None, exact_up_to=0,
                         sample=len(project(g, "participation")))
    assert [r["betweenness"] for r in exact] == [r["betweenness"] for r in sampled]
    assert [r["id"] for r in exact] == [r["id"] for r in sampled]


def test_communities_split_the_clusters_and_are_reproducible():
    g = small_graph()
    rows = communities(g, "coattendance", min_size=1)
    groups = [set(r["ids"]) for r in rows]
    assert {"Satker:kpu-a", "Satker:kpu-b"} <= groups[0] or {"Satker:kpu-a", "Satker:kpu-b"} <= groups[1]
    assert not any({"Satker:kpu-a", "Satker:kpu-e"} <= s for s in groups)
    assert sum(r["size"] for r in rows) == 5
    assert communities(g, "coattendance", min_size=1) == rows


def test_closest_and_pairs():
    g = small_graph()
    rows = closest(g, "KPU A")
    assert [r["id"] for r in rows] == ["Satker:kpu-b", "Satker:kpu-c"]
    assert rows[0]["shared"] == 3 and rows[0]["jaccard"] == 1.0
    assert rows[1]["jaccard"] == round(1 / 4, 4)  # e1 shared; A's e1-e3 with C's e1, e6
    top = pairs(g, top=1)[0]
    assert (top["a"], top["b"], top["shared"]) == ("KPU Kabupaten A", "KPU Kabupaten B", 3)


def test_timeline_and_topics():
    g = small_graph()
    rows = timeline(g, by="topic")
    assert {"month": "2025-01", "series": "logistik", "events": 1} in rows
    assert {"month": "2025-03", "series": "pemilih", "events": 1} in rows
    assert sum(r["events"] for r in rows) == 5  # e5 has no date
    assert undated(g) == 1
    total = timeline(g, by="total", scope=Scope.make(satker="KPU D"))
    assert total == [{"month": "2025-03", "series": "events", "events": 2}]
    t = {r["id"]: r for r in topics(g)}
    assert t["logistik"]["events"] == 3 and t["logistik"]["satkers"] == 4
    assert (t["logistik"]["first"], t["logistik"]["last"]) == ("2025-01", "2025-03")
    assert t["daftar-pemilih"]["people"] == 2


def test_plot_writes_a_png(tmp_path):
    out = tmp_path / "t.png"
    plot(timeline(small_graph(), by="kind"), out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ seed graph

@pytest.fixture(scope="module")
def seed_graph(pages):
    result = kg.read_articles([str(p) for p in pages])
    graph = kg.resolve_facts(result.articles, list(kg.extract_facts(result.articles)))
    assert any(k[0] == "Event" for k in graph.nodes)
    return graph


def _events_attended(graph):
    """Count by hand from the edges: distinct events each satker attended or organized."""
    seen = {}
    for e in graph.edges:
        if e.type in ("ATTENDED", "ORGANIZED") and e.src[0] == "Satker":
            seen.setdefault(e.src, set()).add(e.dst)
    return {k: len(v) for k, v in seen.items()}


def _gold(shared):
    """From the annotators' gold (not our code): per article, the satkers that
    attended or organized its event, each as its list of written forms."""
    out = []
    for path in sorted((shared / "eval" / "gold").glob("*.json")):
        for art in json.loads(path.read_text())["articles"]:
            forms = {}
            for k in ("attended", "organized"):
                for x in art.get(k) or []:
                    forms[x["org"][0]] = x["org"]
            out.append(forms)
    return out


def _node_of(graph, forms):
    for f in forms:
        try:
            return find_node(graph, f, ["Satker", "Organization"])
        except ScopeError:
            continue
    return None


def test_seed_most_central_satker_is_the_one_gold_says_takes_part_most(seed_graph, shared):
    from collections import Counter
    gold = _gold(shared)
    counts = Counter(name for art in gold for name in art)
    forms = {name: f for art in gold for name, f in art.items()}
    (first, n1), (second, n2), (_, n3) = counts.most_common(3)
    assert n1 > n2 > n3, "gold gives no clear first and second"
    top = centrality(seed_graph, ("Satker",), "degree", top=2)
    assert [(r["label"], r["id"]) for r in top] == [_node_of(seed_graph, forms[first]),
                                                    _node_of(seed_graph, forms[second])]
    counted = _events_attended(seed_graph)
    assert top[0]["events"] == counted[(top[0]["label"], top[0]["id"])] == max(counted.values())


def test_seed_communities_follow_the_gold_ties(seed_graph, shared):
    from collections import Counter
    from itertools import combinations
    rows = communities(seed_graph, "coattendance", min_size=1)
    members = [n for r in rows for n in r["ids"]]
    assert len(members) == len(set(members))
    assert set(members) == {f"{k[0]}:{k[1]}" for k in _events_attended(seed_graph)}
    where = {n: r["community"] for r in rows for n in r["ids"]}
    gold = _gold(shared)
    forms = {name: f for art in gold for name, f in art.items()}
    ties = Counter(p for art in gold for p in combinations(sorted(art), 2))
    strong = [p for p, n in ties.items() if n >= 3 and "se-" not in " ".join(p)]
    assert strong, "gold has no strong ties"
    for a, b in strong:  # satkers the gold shows together at 3+ events share a community
        ka, kb = _node_of(seed_graph, forms[a]), _node_of(seed_graph, forms[b])
        assert where[f"{ka[0]}:{ka[1]}"] == where[f"{kb[0]}:{kb[1]}"], (a, b)
    # the strongest tie (a national body and a province) and a regional cluster stay apart
    (a, _), _ = ties.most_common(1)[0]
    home = where["%s:%s" % _node_of(seed_graph, forms[a])]
    elsewhere = [p for p in strong if where["%s:%s" % _node_of(seed_graph, forms[p[0]])] != home]
    assert elsewhere, "every strong tie fell into one community"
    G = project(seed_graph, "coattendance")
    for r in rows:  # Louvain never joins satkers that share no path
        assert nx.is_connected(G.subgraph(r["ids"])) or r["size"] == 1
    json.dumps(rows)  # rows must serialise for --format json
