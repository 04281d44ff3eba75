"""The read-only door: `kg cypher`, `KG.cypher` and `Store.cypher` refuse every
statement that writes, loads or writes files, changes a setting or
administers the store, and such a statement changes neither the store's
counts nor its files (names, sizes, modification times, hashes). Parameters
are values: quotes, backslashes and Cypher in them stay data.

Found by this test: `kg cypher "CHECKPOINT"` on a built store failed with an
IO error and left it in "checkpoint recovery pending", so every later
`kg stats`/`kg query`/`kg cypher` failed until a writer opened it;
`COPY (MATCH ...) TO 'file'` wrote a file and `LOAD FROM 'file'` read one
through the read-only open.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.store import WriteRefused, open_store
from kg.store.readonly import Refused, check

EXAMPLES = sorted(str(p) for p in (Path(__file__).parent.parent / "examples" / "pages").glob("*.txt"))


def files(folder: Path) -> dict:
    """Every file of the folder the store lives in: size, mtime and hash."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ro")
    store = folder / "s.kg"
    res = CliRunner().invoke(main, ["build", *EXAMPLES, "--store", str(store), "--quiet"])
    assert res.exit_code == 0, res.output
    (folder / "data.csv").write_text("id\nperson:intruder\n", encoding="utf-8")
    with open_store(str(store), read_only=True) as s:
        stats = s.stats()
    assert stats["labels"]["Person"] > 10
    return store, stats


WRITES = [
    "CREATE (:Person {id: 'person:intruder', name: 'Intruder'})",
    "MERGE (p:Person {id: 'person:intruder'})",
    "MATCH (p:Person) SET p.name = 'x'",
    "MATCH (p:Person) DELETE p",
    "MATCH (p:Person) DETACH DELETE p",
    "MATCH (p:Person) REMOVE p.name",
    "match (p:Person) detach delete p",
    "MaTcH (p:Person) SeT p.name = 'x'",
    "MATCH (p:Person)\n/* only a look */ SET p.name = 'x' // really",
    "MATCH (p:Person) RETURN p.name; CREATE (:Person {id: 'person:intruder'})",
    "MATCH (n:Person) RETURN count(n) AS n;\nMATCH (p:Person) DETACH DELETE p",
    "CALL { MATCH (p:Person) DETACH DELETE p }",
    "MATCH (p:Person) CALL { WITH p CREATE (:Person {id: p.id + 'x'}) } RETURN 1",
    "CALL db.createLabel('X')",
    "CALL checkpoint_threshold=1",
    "CALL threads=1",
    "UNWIND [1, 2] AS x FOREACH (y IN [x] | CREATE (:Person {id: toString(y)}))",
    "CHECKPOINT",
    "checkpoint;",
    "COPY Person FROM '{dir}/data.csv'",
    "COPY (MATCH (p:Person) RETURN p.id) TO '{dir}/out.csv'",
    "LOAD FROM '{dir}/data.csv' RETURN *",
    "LOAD CSV FROM 'file:///{dir}/data.csv' AS row RETURN row",
    "LOAD EXTENSION fts",
    "INSTALL fts",
    "ATTACH '{dir}/other.kg' AS o (dbtype lbug)",
    "DETACH DATABASE o",
    "USE o",
    "EXPORT DATABASE '{dir}/exported'",
    "IMPORT DATABASE '{dir}/exported'",
    "DROP TABLE Person",
    "ALTER TABLE Person ADD intruder STRING",
    "CREATE MACRO twice(x) AS x * 2",
    "BEGIN TRANSACTION",
    "RETURN 1 AS x; COMMIT",
    "MATCH (p:Person) WITH p LIMIT 1 MERGE (p)-[:HOLDS]->(:Role {id: 'role:x'})",
]


@pytest.mark.parametrize("text", WRITES)
def test_a_write_or_admin_statement_is_refused_and_changes_nothing(built, text):
    store, stats = built
    text = text.replace("{dir}", str(store.parent))
    before = files(store.parent)
    res = CliRunner().invoke(main, ["cypher", text, "--store", str(store)])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {store}: refused: "), res.stderr
    assert "read-only" in lines[0]
    with kg.open(str(store), read_only=True) as g:  # the Python API's read path
        with pytest.raises(WriteRefused):
            g.cypher(text)
        with pytest.raises(WriteRefused):
            g.store.cypher(text, {})
    assert files(store.parent) == before
    with open_store(str(store), read_only=True) as s:
        assert s.stats() == stats


def test_a_writing_open_refuses_them_too(tmp_path):
    """`Store.cypher` on a store opened for writing runs on its own read-only
    open, behind the same door."""
    with open_store(str(tmp_path / "w.kg")) as s:
        for text in ("CHECKPOINT", "CALL threads=1", "CREATE (:Person {id: 'p'})"):
            with pytest.raises(WriteRefused):
                s.cypher(text)
        assert s.stats()["labels"]["Person"] == 0


def test_reads_still_pass_and_the_store_stays_readable(built):
    store, stats = built
    before = files(store.parent)
    runner = CliRunner()
    for text in ["MATCH (p:Person) RETURN count(p) AS n",
                 "match (p:Person) where p.name contains 'a' or p.name = 'CREATE' return p.name as name",  # a word inside a string
                 "MATCH (p:Person) RETURN p.name AS `SET`, 'a; DELETE' AS s LIMIT 1",  # a name, a literal
                 "MATCH (p:Person) RETURN p.id AS id // CREATE (:X)\nLIMIT 1",  # a comment
                 "CALL show_tables() RETURN name",
                 "MATCH (n:Person) RETURN count(n) AS n; MATCH (r:Role) RETURN count(r) AS n"]:
        res = runner.invoke(main, ["cypher", text, "--store", str(store), "--format", "json"])
        assert res.exit_code == 0, (text, res.stderr)
        assert json.loads(res.stdout)
    for cmd in (["stats"], ["query", "holders", "-p", "satker=KPU RI"], ["entities"]):
        res = runner.invoke(main, [*cmd, "--store", str(store)])
        assert res.exit_code == 0, res.stderr
    assert files(store.parent) == before


@pytest.mark.parametrize("value", [
    "' }) DETACH DELETE n //",
    "\\' OR 1=1 //",
    "x\\\\'; CREATE (:Person {id: 'p'}); //",
    '"}) MATCH (n) DETACH DELETE n RETURN "',
    "Reni Rinjani",
    "$n",
    "` CHECKPOINT `",
])
def test_parameters_are_data(built, value):
    store, stats = built
    before = files(store.parent)
    res = CliRunner().invoke(main, ["cypher", "RETURN $v AS v", "-p", f"v={value}", "--store", str(store),
                                    "--format", "json"])
    assert res.exit_code == 0, res.stderr
    try:  # -p reads VALUE as JSON when it parses (a quoted "..." is a JSON string)
        want = json.loads(value)
    except ValueError:
        want = value
    assert json.loads(res.stdout) == [{"v": want}]
    with kg.open(str(store), read_only=True) as g:
        assert g.cypher("MATCH (p:Person) WHERE p.name = $v RETURN p.id AS id", v=value) == (
            g.cypher("MATCH (p:Person) WHERE p.name = 'Reni Rinjani' RETURN p.id AS id") if value == "Reni Rinjani"
            else [])
        assert g.stats() == stats
    assert files(store.parent) == before


@pytest.mark.parametrize("text,ok", [
    ("MATCH (n) RETURN n.set AS s", True),             # a property named like a clause
    ("MATCH (n:Load) RETURN n", True),                 # a label
    ("RETURN 'it''s' AS s", True),
    ("RETURN 'a\\' CREATE' AS s", True),               # the escaped quote keeps CREATE inside the string
    ("RETURN 'a\\\\' CREATE (:P)", False),             # an escaped backslash ends it: CREATE is code
    ("RETURN 'unterminated CREATE", False),
    ("RETURN 1 /* CREATE", False),
    ("RETURN `a``b` AS x", True),
    ("RETURN `CREATE` AS x", True),
    ("CALL db.labels() YIELD label RETURN label", True),
    ("CALL\tdb.createLabel('x')", False),
    ("OPTIONAL CALL { CREATE (:P) }", False),
])
def test_the_door_reads_words_outside_strings_comments_and_names(text, ok):
    if ok:
        check(text)
    else:
        with pytest.raises(Refused):
            check(text)
