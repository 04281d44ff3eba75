"""kg.open on a real embedded store: catalogue methods, projections, and the CLI."""
from __future__ import annotations

import inspect
import json

import networkx as nx
import pytest
from click.testing import CliRunner

import kg
from kg.api import KG, from_graph
from kg.cli import main
from kg.queries import catalogue
from kg.store import open_store
from kg.store.sample import sample_graph


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "kpu.kg"
    with open_store(str(path)) as store:
        store.load(sample_graph())
    return str(path)


@pytest.fixture()
def g(store_path):
    with kg.open(store_path) as opened:
        yield opened


def test_every_catalogue_query_is_a_method_with_its_parameters(g):
    cat = catalogue()
    listed = {row["query"]: row for row in g.queries()}
    assert set(listed) == set(cat)
    for name, q in cat.items():
        method = getattr(g, listed[name]["method"])
        params = list(inspect.signature(method).parameters)
        assert params == [p.name + "_" if p.name in ("from", "in") else p.name for p in q.params]
        assert q.doc.split()[0] in method.__doc__


def test_catalogue_method_gives_what_the_store_gives(g):
    via_method = g.satker_events(satker="KPU NTT", from_="2025-01-01")
    via_store = g.store.query("satker_events", {"satker": "KPU NTT", "from": "2025-01-01"})
    assert via_method == via_store and via_method
    with pytest.raises(TypeError, match="unexpected keyword"):
        g.satker_events(satkr="KPU NTT")


def test_projections_from_the_store_match_the_graph_loaded(g):
    # the same analytics on the stored graph and on the in-memory graph it was loaded from
    loaded = from_graph(sample_graph())
    for kind in ("coattendance", "coparticipation", "satker_topic", "participation"):
        a, b = loaded.to_networkx(kind), g.to_networkx(kind)
        assert set(a.nodes) == set(b.nodes), kind
        assert {(frozenset((u, v)), d["weight"]) for u, v, d in a.edges(data=True)} == \
               {(frozenset((u, v)), d["weight"]) for u, v, d in b.edges(data=True)}, kind


def test_full_graph_keeps_every_edge_and_its_provenance(g):
    G = g.to_networkx("full")
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_edges() == len(sample_graph().edges)
    opened = [d for _, _, d in G.edges(data=True) if d["type"] == "OPENED"]
    assert opened and all(d["sentence"] and d["article"] and d["char_end"] > d["char_start"] for d in opened)


def test_centrality_through_the_api(g):
    rows = g.centrality(top=None)
    attended = {}
    for e in sample_graph().edges:  # by hand: distinct events each satker took part in
        if e.src[0] == "Satker" and e.dst[0] == "Event":
            attended.setdefault(e.src[1], set()).add(e.dst)
    assert {r["id"]: r["events"] for r in rows} == {k: len(v) for k, v in attended.items()}
    assert rows[0]["events"] == max(len(v) for v in attended.values())


def test_in_memory_kg_refuses_queries_clearly():
    with pytest.raises(RuntimeError, match="in-memory"):
        from_graph(sample_graph()).search(q="KPU")


# ------------------------------------------------------------------ CLI

def run(*args):
    return CliRunner().invoke(main, list(args))


def test_cli_centrality_json(store_path):
    res = run("analytics", "centrality", "--store", store_path, "--format", "json", "--top", "2")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 2 and rows[0]["rank"] == 1 and rows[0]["events"] >= rows[1]["events"]


def test_cli_communities_and_coattendance_csv(store_path):
    res = run("analytics", "communities", "--store", store_path, "--format", "csv", "--min-size", "1")
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0] == "community,size,weight,members,ids"
    res = run("analytics", "coattendance", "--store", store_path, "--satker", "KPU NTT", "--format", "json")
    assert res.exit_code == 0, res.output
    names = {r["satker"] for r in json.loads(res.stdout)}
    assert names == {"KPU RI", "KPU Provinsi Kalimantan Timur", "KPU Kota Kupang"}


def test_cli_timeline_plot_and_topics(store_path, tmp_path):
    png = tmp_path / "t.png"
    res = run("analytics", "timeline", "--store", store_path, "--by", "topic", "--plot", str(png),
              "--format", "json", "--period", "2025")
    assert res.exit_code == 0, res.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    rows = json.loads(res.stdout)
    assert {r["month"] for r in rows} == {"2025-10", "2025-11"}
    res = run("analytics", "topics", "--store", store_path, "--format", "json", "--topic", "Komunikasi Publik")
    assert [r["id"] for r in json.loads(res.stdout)] == ["topic:bakohumas"]


@pytest.mark.parametrize("args,message", [
    (["analytics", "timeline", "--period", "2025-13"], "bad month"),
    (["analytics", "coattendance", "--satker", "KPU Planet Mars"], "no Satker/Organization named"),
    (["analytics", "centrality", "--topic", "nothing like it"], "no Topic named"),
])
def test_cli_bad_input_is_one_line(store_path, args, message):
    res = run(*args, "--store", store_path)
    assert res.exit_code != 0
    err = [line for line in res.stderr.splitlines() if line.startswith("kg: error")]
    assert len(err) == 1 and message in err[0]


def test_cli_viz_writes_a_focused_view(store_path, tmp_path):
    out = tmp_path / "v.html"
    res = run("viz", "--store", store_path, "--focus", "KPU Kota Kupang", "--hops", "1", "-o", str(out))
    assert res.exit_code == 0, res.output
    from test_viz import _data
    ids = {n["id"] for n in _data(out.read_text())["nodes"]}
    # one hop from the city: its events and the posts of its own (OF), nothing further
    assert "Event:event:2024-03-01/pelantikan-ketua-kpu-kota-kupang" in ids
    assert "Satker:satker:kpu-provinsi-ntt" in ids  # PART_OF
    assert "Place:place:kupang/hotel-aston" not in ids and "Person:person:jemris-fointuna" not in ids


def test_the_api_names_are_functions_whatever_was_imported_before():
    import kg
    import kg.extract.orgs  # noqa: F401  (importing a subpackage must not shadow an API function)
    import kg.resolve.names  # noqa: F401
    for name in ("read_articles", "extract_facts", "extract_article", "resolve_facts", "build", "open_store", "open"):
        assert callable(getattr(kg, name)), name
