"""neo4j-admin import CSVs: Neo4j's header syntax, types from graph.toml, every
relationship end present in its ID space, and a command line naming every file."""
from __future__ import annotations

import csv
import re

import pytest

from kg import schema
from kg.export import export
from kg.export.neo4j_csv import export_csv
from kg.model import Edge, Node
from kg.store import names
from test_rdf import sample_graph

HEADER = re.compile(r"^(\w+:ID\(\w+\)|:LABEL|:START_ID\(\w+\)|:END_ID\(\w+\)|:TYPE|\w+:(string|string\[\]|long|double|date|boolean))$")


def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_files_follow_neo4j_header_syntax(tmp_path):
    g = sample_graph()
    stats = export(g, tmp_path, fmt="neo4j-csv")
    s = schema.load()
    index_nodes, index_edges = names.index(s, g.nodes.values())  # the look-up index goes along
    assert stats.nodes == len(g.nodes) + len(index_nodes) and stats.relationships == len(g.edges) + len(index_edges)
    ids: dict[str, set] = {}
    for name in stats.files:
        if not name.endswith(".csv"):
            continue
        header, rows = _read(tmp_path / name)
        assert all(HEADER.match(h) for h in header), (name, header)
        if name.startswith("nodes_"):
            label = name[len("nodes_"):-4]
            assert header[0] == f"{s.labels[label].key}:ID({label})" and header[-1] == ":LABEL"
            assert {r[-1] for r in rows} == {label}
            ids[label] = {r[0] for r in rows}
            for h in header[1:-1]:  # every property column is a schema property with its type
                prop, typ = h.split(":")
                assert s.labels[label].properties[prop].type in {"string": ("STRING",), "string[]": ("STRING[]",),
                                                                 "long": ("INT64",), "double": ("DOUBLE",),
                                                                 "date": ("DATE",), "boolean": ("BOOL",)}[typ]
    for name in stats.files:
        if name.startswith("rels_"):
            header, rows = _read(tmp_path / name)
            src = header[0][len(":START_ID("):-1]
            dst = header[1][len(":END_ID("):-1]
            assert header[2] == ":TYPE"
            for r in rows:
                assert r[0] in ids[src] and r[1] in ids[dst], (name, r[:2])
    for f in stats.files[:-2]:
        assert f"={f}" in stats.command
    assert stats.command.startswith("neo4j-admin database import full neo4j")
    assert (tmp_path / "import.sh").read_text().count("--nodes=") == len(ids)
    assert "CREATE CONSTRAINT person_id" in (tmp_path / "constraints.cypher").read_text()
    assert "CREATE CONSTRAINT name_key" in (tmp_path / "constraints.cypher").read_text()
    assert "kpu ntt" in ids["Name"]  # an alias of KPU Provinsi NTT, found as Neo4j's catalogue looks it up


def test_values_are_written_in_neo4j_forms(tmp_path):
    g = sample_graph()
    export_csv(g, tmp_path)
    header, rows = _read(tmp_path / "nodes_Satker.csv")
    row = dict(zip(header, next(r for r in rows if r[0] == "satker:kpu-provinsi-ntt")))
    assert row["aliases:string[]"].split("|") == g.nodes[("Satker", "satker:kpu-provinsi-ntt")].props["aliases"]
    header, rows = _read(tmp_path / "nodes_Role.csv")
    row = dict(zip(header, next(r for r in rows if r[0] == "role:ketua-kpu-provinsi-ntt")))
    assert row["single_holder:boolean"] == "true" and row["acting:boolean"] == "false"
    header, rows = _read(tmp_path / "rels_HOLDS_Person_Role.csv")
    assert len(rows) == 3
    got = {(r[0], dict(zip(header, r))["article:string"]): dict(zip(header, r)) for r in rows}
    e = g.edges[1]
    r = got[(e.src[1], e.props["article"])]
    assert r["char_start:long"] == str(e.props["char_start"]) and r["date:date"] == "2024-03-06"
    assert r["sentence:string"] == e.props["sentence"] and r["first_seen:date"] == "2024-03-06"


def test_bad_input_is_dropped_and_reported_not_written(tmp_path):
    g = sample_graph()
    g.add_node(Node("Person", "person:x|y", {"name": "X", "aliases": ["a|b", "c;d"]}))
    g.add_edge(Edge("HOLDS", ("Person", "person:nobody"), ("Role", "role:ketua-kpu-provinsi-ntt"),
                    {"article": "zz", "sentence": "s", "char_start": 0, "char_end": 1}))
    g.nodes[("Event", "event:2024-03-05-rakor-pemutakhiran-data")].props["date"] = "Selasa"
    stats = export_csv(g, tmp_path)
    assert any("person:nobody" in d for d in stats.dropped)
    assert any("Selasa" in d for d in stats.dropped)
    assert "U+001F" in stats.command  # | and ; both occur in a list value
    header, rows = _read(tmp_path / "nodes_Person.csv")
    assert next(r for r in rows if r[0] == "person:x|y")[header.index("aliases:string[]")] == "a|b\x1fc;d"


def test_a_file_in_the_way_is_an_error(tmp_path):
    from kg.export import ExportError
    (tmp_path / "f").write_text("x")
    with pytest.raises(ExportError, match="f: neo4j-csv writes a directory"):
        export_csv(sample_graph(), tmp_path / "f")
