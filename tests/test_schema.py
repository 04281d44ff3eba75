"""schema/graph.toml and what kg.schema derives from it."""
import re

import ladybug as lb
import pytest

from kg.model import Edge, Graph, Node
from kg.schema import check_graph, coerce, load, parse
from kg.store.statements import every_statement


def test_ladybug_ddl_creates_every_table(tmp_path):
    schema = load()
    db = lb.Database(str(tmp_path / "s.kg"))
    conn = lb.Connection(db)
    for ddl in schema.ladybug_ddl() + schema.ladybug_ddl():  # twice: IF NOT EXISTS
        conn.execute(ddl)
    tables = {r[1]: r[2] for r in conn.execute("CALL show_tables() RETURN *").get_all()}
    assert {k for k, v in tables.items() if v == "NODE"} == set(schema.labels)
    assert {k for k, v in tables.items() if v == "REL"} == set(schema.rels)
    cols = {r[1] for r in conn.execute("CALL table_info('HOLDS') RETURN *").get_all()}
    assert {"article", "sentence", "char_start", "char_end", "first_seen", "last_seen"} <= cols
    pairs = {(r[0], r[1]) for r in conn.execute("CALL show_connection('ATTENDED') RETURN *").get_all()}
    assert pairs == {("Satker", "Event"), ("Organization", "Event"), ("Person", "Event")}


def test_neo4j_ddl_has_a_key_constraint_per_label():
    ddl = load().neo4j_ddl()
    for label, lab in load().labels.items():
        assert (f"CREATE CONSTRAINT {label.lower()}_{lab.key} IF NOT EXISTS FOR (n:{label}) "
                f"REQUIRE n.{lab.key} IS UNIQUE") in ddl
    assert any("FOR ()-[r:HOLDS]-() ON (r.article)" in d for d in ddl)


def test_the_readme_schema_section_is_current():
    from kg.schema import README, readme_with_schema
    text = README.read_text(encoding="utf-8")
    assert "<!-- /schema -->" in text
    assert readme_with_schema(text) == text, "README schema section is stale: python -m kg.schema --readme"


def test_markdown_lists_every_label_and_type():
    md = load().markdown()
    for name in list(load().labels) + list(load().rels):
        assert f"`{name}`" in md


def test_check_graph_drops_what_the_schema_does_not_define():
    g = Graph()
    g.add_node(Node("Person", "person:a", {"name": "A", "shoe_size": 42}))
    g.add_node(Node("Role", "role:x/ketua", {"name": "Ketua"}))
    g.add_node(Node("Spaceship", "s:1", {"name": "X"}))
    g.add_node(Node("Event", "event:e", {"name": "E", "date": "27 Oktober 2025"}))
    g.add_edge(Edge("HOLDS", ("Person", "person:a"), ("Role", "role:x/ketua"), {"article": "a1", "mood": "ok"}))
    g.add_edge(Edge("PILOTS", ("Person", "person:a"), ("Spaceship", "s:1"), {}))
    g.add_edge(Edge("HOLDS", ("Role", "role:x/ketua"), ("Person", "person:a"), {"article": "a1"}))
    g.add_edge(Edge("ATTENDED", ("Person", "person:a"), ("Event", "event:e"), {}))
    out, dropped = check_graph(g)
    reasons = {(d.kind, d.item): d.reason for d in dropped}
    assert reasons[("node-property", "Person:person:a.shoe_size")] == "Person has no property shoe_size in the schema"
    assert reasons[("node", "Spaceship:s:1")] == "label Spaceship is not in the schema"
    assert reasons[("node-property", "Event:event:e.date")] == "'27 Oktober 2025' is not a DATE"
    assert "type PILOTS is not in the schema" in reasons.values()
    assert "HOLDS does not go from Role to Person" in reasons.values()
    assert "a fact relationship without its article" in reasons.values()
    assert any(k[0] == "edge-property" and k[1].endswith(".mood") for k in reasons)
    assert set(out.nodes) == {("Person", "person:a"), ("Role", "role:x/ketua"), ("Event", "event:e")}
    assert [(e.type, e.props) for e in out.edges] == [("HOLDS", {"article": "a1"})]
    assert len(dropped) == 7


def test_check_graph_refuses_the_derived_name_index():
    """Name nodes and NAMES edges are the stores' own look-up index: input
    that carries them (a dump fed back, say) must not write them."""
    g = Graph()
    g.add_node(Node("Person", "p", {"name": "A"}))
    g.add_node(Node("Name", "a", {}))
    g.add_edge(Edge("NAMES", ("Name", "a"), ("Person", "p"), {}))
    out, dropped = check_graph(g)
    assert set(out.nodes) == {("Person", "p")} and not out.edges
    assert [d.reason for d in dropped] == ["label Name is derived by the stores, not read from input",
                                           "type NAMES is derived by the stores, not read from input"]


def test_old_property_names_are_stored_under_the_new_ones():
    g = Graph()
    g.add_node(Node("Person", "p", {"name": "A"}))
    g.add_node(Node("Role", "r", {"name": "Ketua", "single": True}))
    g.add_edge(Edge("HOLDS", ("Person", "p"), ("Role", "r"), {"article": "a", "start": 3, "end": 9}))
    out, dropped = check_graph(g)
    assert not dropped
    assert out.nodes[("Role", "r")].props == {"name": "Ketua", "single_holder": True}
    assert out.edges[0].props == {"article": "a", "char_start": 3, "char_end": 9}


@pytest.mark.parametrize("type_,value,ok", [
    ("DATE", "2025-10-27", True), ("DATE", "2025-02-30", False), ("DATE", "27/10/2025", False),
    ("INT64", 3, True), ("INT64", True, False), ("DOUBLE", 1, True), ("BOOL", "yes", False),
    ("STRING[]", ["a", "b"], True), ("STRING[]", "a", False), ("STRING", 5, False),
])
def test_coerce(type_, value, ok):
    assert coerce(type_, value)[0] is ok


def test_writes_name_only_schema_labels_types_and_properties():
    """The static half of the schema gate: no statement kg writes with mentions
    a label, type or property graph.toml does not define."""
    schema = load()
    names = set(schema.labels) | set(schema.rels)
    props = set(schema.property_keys())
    for st in every_statement(schema):
        q = st["query"]
        for label in re.findall(r"[(\[]\w*:(\w+)", q):
            assert label in names, (st["name"], label)
        for var, prop in re.findall(r"\b([abne]|e2)\.(\w+)", q):
            assert prop in props, (st["name"], prop)


def test_bad_schema_files_are_refused_with_the_place():
    with pytest.raises(ValueError, match=r"labels.Person.name: unknown type 'TEXT'"):
        parse({"labels": {"Person": {"key": "id", "properties": {"id": {"type": "STRING"}, "name": {"type": "TEXT"}}}}})
    with pytest.raises(ValueError, match="unknown label 'Nobody'"):
        parse({"labels": {}, "relationships": {"X": {"from": ["Nobody"], "to": ["Nobody"]}}})
