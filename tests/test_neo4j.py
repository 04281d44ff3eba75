"""The store and catalogue tests, run against a live Neo4j server.

Set NEO4J_URI (and NEO4J_USERNAME / NEO4J_PASSWORD) to run them, e.g. after
`docker compose up -d`:  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=kpu-graph bash scripts/test.sh
The tests empty the database they are given: never point them at real data.
"""
import os

import pytest

from kg.store import open_store
from kg.store.sample import sample_graph
from test_queries import QueryContract
from test_store_embedded import StoreContract

URI = os.environ.get("NEO4J_URI")
pytestmark = [pytest.mark.neo4j,
              pytest.mark.skipif(not URI, reason="NEO4J_URI is not set: no Neo4j server to test against "
                                               "(docker compose up -d, then NEO4J_URI=bolt://localhost:7687)")]


def _empty(store):
    store._write(lambda run: run("MATCH (n) DETACH DELETE n", {}))


@pytest.fixture
def store():
    with open_store(URI) as s:
        _empty(s)
        yield s
        _empty(s)


@pytest.fixture(scope="module")
def loaded():
    with open_store(URI) as s:
        _empty(s)
        s.load(sample_graph())
        yield s
        _empty(s)


class TestNeo4jStore(StoreContract):
    # test_incremental_load_adds_new_articles compares with an embedded store built from the same graph
    pass


class TestNeo4jQueries(QueryContract):
    pass


def test_the_same_answers_as_the_embedded_store(tmp_path, loaded):
    from kg import queries
    with open_store(str(tmp_path / "e.kg")) as emb:
        emb.load(sample_graph())
        params = {"holders": {"satker": "KPU Kota Kupang"}, "person_posts": {"person": "Reni Rinjani"},
                  "post_history": {"role": "Ketua"}, "satker_events": {"satker": "KPU NTT"},
                  "event": {"event": "Rakor Pemutakhiran Data Pemilih Berkelanjutan"},
                  "topic_events": {"topic": "Komunikasi Publik"}, "co_attendance": {"satker": "KPU NTT"},
                  "topic_speakers": {"topic": "Bakohumas"}, "satker_units": {"satker": "KPU NTT"},
                  "search": {"q": "kpu"}, "explain": {"name": "Reni Rinjani"}, "conflicts": {}}
        assert set(params) == set(queries.catalogue())
        for name, p in params.items():
            norm = lambda rows: sorted(repr(sorted((k, sorted(v) if isinstance(v, list) else v)  # noqa: E731
                                                   for k, v in r.items())) for r in rows)
            assert norm(loaded.query(name, p)) == norm(emb.query(name, p)), name
