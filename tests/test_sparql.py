"""SPARQL on pyoxigraph: the twins in kg/queries/*.rq answer what their Cypher
queries answer, on a real embedded store loaded with the store's sample graph
(and on the seed pages once extraction can build them)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.export import rdf, sparql
from kg.export.sparql import SparqlError
from kg.store import open_store
from kg.store.sample import sample_graph
from test_rdf import sample_graph as export_sample

CASES = [
    ("holders", {"satker": "KPU Kota Kupang"}),
    ("holders", {"satker": "kpu ntt"}),
    ("holders", {"satker": "satker:kpu-ri"}),
    ("satker_events", {"satker": "KPU NTT"}),
    ("satker_events", {"satker": "KPU Provinsi NTT", "from": "2025-11-01", "to": "2025-12-31"}),
    ("satker_events", {"satker": "Universitas Nusa Cendana"}),
    ("topic_events", {"topic": "Komunikasi Publik"}),
    ("topic_events", {"topic": "PDPB"}),
    ("co_attendance", {"satker": "KPU Provinsi NTT"}),
    ("co_attendance", {"satker": "KPU Kota Kupang", "limit": 1}),
]


def cell(v):
    """A value as both stores and both query languages give it: ISO dates, lists sorted."""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, (list, tuple)):
        return tuple(sorted(cell(x) for x in v))
    return v


def _norm(rows: list[dict]) -> list[tuple]:
    return [tuple((k, cell(v)) for k, v in sorted(r.items())) for r in rows]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    path = tmp_path_factory.mktemp("sparql") / "sample.kg"
    store = open_store(str(path))
    store.load(sample_graph())
    yield store, sparql.load_graph(store.graph())
    store.close()


def test_every_twin_has_a_cypher_twin_and_a_case():
    from kg import queries
    names = set(sparql.twins())
    assert names == {"holders", "satker_events", "topic_events", "co_attendance"}
    assert names <= set(queries.catalogue())
    assert names == {name for name, _ in CASES}
    for name, twin in sparql.twins().items():  # same parameters as the Cypher query
        assert [p.name for p in twin.params] == [p.name for p in queries.get(name).params], name


@pytest.mark.parametrize("name,params", CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_twin_answers_like_cypher(stores, name, params):
    store, ox = stores
    cypher = store.query(name, params)
    answer = sparql.query(ox, name, params)
    assert cypher, f"{name} {params}: the case must have an answer to compare"
    assert _norm(answer) == _norm(cypher)


def test_sparql_over_an_exported_file(tmp_path):
    path = tmp_path / "x.trig"
    rdf.export(export_sample(), path)
    store = sparql.load_file(path)
    rows = sparql.query(store, "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name")
    assert [r["name"] for r in rows] == ["José Ximenes", "Reni Rinjani"]
    rows = sparql.query(store, "holders", {"satker": "KPU NTT"})
    assert [(r["person"], r["articles"]) for r in rows] == [("José Ximenes", 1), ("Reni Rinjani", 2)]
    assert sparql.query(store, "ASK { ?e a schema:Event }") == [{"result": True}]


def test_errors_are_one_line(tmp_path):
    store = sparql.load_graph(export_sample())
    with pytest.raises(SparqlError, match="SPARQL syntax"):
        sparql.query(store, "SELECT ?x WHERE { ?x")
    with pytest.raises(SparqlError, match="missing parameter satker"):
        sparql.query(store, "holders")
    with pytest.raises(SparqlError, match="unknown parameter who"):
        sparql.query(store, "holders", {"satker": "x", "who": "y"})
    with pytest.raises(SparqlError, match="unknown SPARQL query"):
        sparql.query(store, "holderz")
    with pytest.raises(SparqlError, match="no such file"):
        sparql.load_file(tmp_path / "none.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .")
    with pytest.raises(SparqlError, match="bad.ttl: not valid ttl"):
        sparql.load_file(bad)


def test_cli_export_validate_sparql(tmp_path):
    import json

    from click.testing import CliRunner

    from kg.cli import main
    path = tmp_path / "s.kg"
    with open_store(str(path)) as store:
        store.load(sample_graph())
    runner = CliRunner()
    ttl = tmp_path / "out.ttl"
    res = runner.invoke(main, ["export", "--store", str(path), "-o", str(ttl)])
    assert res.exit_code == 0, res.output
    assert ttl.stat().st_size > 1000
    res = runner.invoke(main, ["validate", str(ttl)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["sparql", "holders", "-p", "satker=KPU Kota Kupang", "--rdf", str(ttl),
                               "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    with open_store(str(path), read_only=True) as store:
        assert _norm(rows) == _norm(store.query("holders", {"satker": "KPU Kota Kupang"}))
    res = runner.invoke(main, ["export", "--store", str(path), "--format", "neo4j-csv", "-o", str(tmp_path / "csv")])
    assert res.exit_code == 0 and (tmp_path / "csv" / "import.sh").is_file()
    broken = tmp_path / "broken.ttl"
    broken.write_text(ttl.read_text().replace('"2025-11-03"^^xsd:date', '"3 November"^^xsd:date'))
    res = runner.invoke(main, ["validate", str(broken), "--format", "csv"])
    assert res.exit_code == 1 and "schema:startDate" in res.stdout
    res = runner.invoke(main, ["sparql", "SELECT ?x WHERE {", "--rdf", str(ttl)])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "SPARQL syntax" in res.stderr
    res = runner.invoke(main, ["export", "--store", str(tmp_path / "none.kg"), "-o", str(ttl)])
    assert res.exit_code == 1 and "none.kg: no such store" in res.stderr


SEED_CASES = [
    ("holders", {"satker": "KPU Provinsi Nusa Tenggara Timur"}),
    ("holders", {"satker": "KPU RI"}),
    ("satker_events", {"satker": "KPU Kota Semarang"}),
    ("satker_events", {"satker": "KPU Provinsi Nusa Tenggara Timur", "from": "2025-10-01", "to": "2025-10-31"}),
    ("topic_events", {"topic": "Kearsipan"}),  # a broad topic: its events are about narrower ones
    ("co_attendance", {"satker": "KPU Provinsi Nusa Tenggara Timur"}),
]


@pytest.fixture(scope="module")
def seed_stores(tmp_path_factory, pages):
    """The seed pages through the real pipeline: read, extract, resolve, load."""
    from kg.pipeline import build
    path = tmp_path_factory.mktemp("sparql-seeds") / "seeds.kg"
    store = open_store(str(path))
    build([str(p) for p in pages], store, progress=False)
    yield store, sparql.load_graph(store.graph())
    store.close()


@pytest.mark.parametrize("name,params", SEED_CASES, ids=[f"seed-{i}" for i in range(len(SEED_CASES))])
def test_twin_answers_like_cypher_on_the_seeds(seed_stores, name, params):
    store, ox = seed_stores
    cypher = store.query(name, params)
    assert cypher, f"{name} {params}: the case must have an answer to compare"
    assert _norm(sparql.query(ox, name, params)) == _norm(cypher)
