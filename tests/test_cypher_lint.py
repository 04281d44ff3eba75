"""Every Cypher statement kg can send to Neo4j, checked by Neo4j's own linter.

The linter (npm @neo4j-cypher/language-support, pinned in tools/cypherlint) runs
once over all statements: the loader's writes and dumps, the constraints and
indexes, and every catalogue query, each with its parameter names declared and
with the schema given, so an unknown label, type or property is reported too.
"""
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg import queries
from kg.schema import load
from kg.store.statements import every_statement

ROOT = Path(__file__).resolve().parents[1]
LINT = ROOT / "tools" / "cypherlint"
# keys of the row maps the loader sends as parameters ($rows, $pairs), not graph properties
ROW_KEYS = ["src", "dst", "first", "last"]


def _statements() -> list[dict]:
    out = every_statement(load())
    for q in queries.catalogue().values():
        out.append({"name": f"query.{q.name}", "query": q.text_for("neo4j"), "params": [p.name for p in q.params]})
    return out


def _lint(statements: list[dict]) -> dict:
    # not a skip: every statement kg sends to Neo4j must be linted, and the test command installs the linter
    assert shutil.which("node"), "node is not installed: the Cypher lint needs node >= 20"
    assert (LINT / "node_modules" / "@neo4j-cypher" / "language-support").is_dir(), \
        "the linter is not installed: run `npm ci` in tools/cypherlint (scripts/test.sh does)"
    schema = load().lint_schema()
    schema["propertyKeys"] = sorted(set(schema["propertyKeys"]) | set(ROW_KEYS))
    proc = subprocess.run(["node", str(LINT / "cypherlint.cjs")], input=json.dumps(
        {"schema": schema, "statements": statements}), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def linted() -> dict:
    return _lint(_statements() + [
        # the linter must catch what Ladybug accepts and Neo4j does not, or this test proves nothing
        {"name": "probe.ladybug_label", "query": "MATCH (n) RETURN label(n)", "params": []},
        {"name": "probe.undeclared_param", "query": "MATCH (n:Person {id: $pid}) RETURN n.name", "params": []},
        {"name": "probe.unknown_property", "query": "MATCH (n:Person) RETURN n.nmae", "params": []},
    ])


def test_the_linter_catches_errors_and_schema_slips(linted):
    by = {r["name"]: r for r in linted["results"]}
    assert not by["probe.ladybug_label"]["ok"]
    assert not by["probe.undeclared_param"]["ok"]
    assert by["probe.unknown_property"]["diagnostics"], "an unknown property must at least warn"


def test_every_statement_is_valid_neo4j_cypher(linted):
    results = [r for r in linted["results"] if not r["name"].startswith("probe.")]
    assert len(results) == len(_statements())
    bad = [f"{r['name']}: {d['severity']} {d['line']}:{d['col']} {d['message']}"
           for r in results for d in r["diagnostics"]]
    assert not bad, "\n".join(bad)


def test_all_kinds_of_statement_are_linted():
    names = {s["name"].split(".")[0] for s in _statements()}
    assert {"create_nodes", "update_nodes", "create_edges", "merge_edges", "delete_article_edges",
            "set_span", "neo4j_ddl", "query"} <= names
    assert {s["name"] for s in _statements() if s["name"].startswith("query.")} == \
        {f"query.{n}" for n in queries.catalogue()}
