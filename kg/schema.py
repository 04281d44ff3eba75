"""The graph schema, read from schema/graph.toml, and everything derived from it.

One file defines the graph; the embedded store's tables, Neo4j's constraints and
indexes, the Cypher linter's schema and the schema docs are all generated here,
so they cannot drift apart. `check_graph` is the gate every store load goes
through: a label, type or property the schema does not define never reaches a
store; it is dropped and reported with a reason, like a pruning step.
"""
from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.model import Edge, Graph, Node

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"  # the one place the schema lives
SCHEMA_FILE = SCHEMA_DIR / "graph.toml"  # labels, keys, properties, relationships, RDF terms
ONTOLOGY_FILE = SCHEMA_DIR / "kg.ttl"  # our own RDF terms
TOPICS_FILE = SCHEMA_DIR / "topics.ttl"  # the SKOS topic vocabulary
TYPES = ("STRING", "STRING[]", "DOUBLE", "INT64", "DATE", "BOOL")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Prop:
    name: str
    type: str
    doc: str = ""
    rdf: str | None = None


@dataclass
class Label:
    name: str
    key: str
    properties: dict[str, Prop]
    doc: str = ""
    rdf: str | None = None
    indexes: list[str] = field(default_factory=list)
    derived: bool = False


@dataclass
class Rel:
    name: str
    from_: list[str]
    to: list[str]
    properties: dict[str, Prop]  # its own plus, for a fact relationship, the provenance
    fact: bool = False
    doc: str = ""
    rdf: str | None = None
    derived: bool = False
    pairs: list[tuple[str, str]] = field(init=False)
    pair_set: frozenset = field(init=False, repr=False)

    def __post_init__(self):
        self.pairs = [(a, b) for a in self.from_ for b in self.to]
        self.pair_set = frozenset(self.pairs)


@dataclass
class Dropped:
    """One item check_graph refused, and why (for build reports and `kg stats`)."""

    kind: str  # node | edge | node-property | edge-property
    item: str
    reason: str


@dataclass
class Schema:
    labels: dict[str, Label]
    rels: dict[str, Rel]
    provenance: dict[str, Prop]
    prefixes: dict[str, str]
    renamed: dict[str, str] = field(default_factory=dict)  # old property name -> new

    # ------------------------------------------------------------ derived
    def property_keys(self) -> list[str]:
        keys = {p for lab in self.labels.values() for p in lab.properties}
        keys |= {p for rel in self.rels.values() for p in rel.properties}
        return sorted(keys)

    def ladybug_ddl(self) -> list[str]:
        """CREATE ... IF NOT EXISTS for every table: safe to run on every open."""
        out = []
        for lab in self.labels.values():
            cols = [f"{p.name} {p.type}" + (" PRIMARY KEY" if p.name == lab.key else "")
                    for p in lab.properties.values()]
            out.append(f"CREATE NODE TABLE IF NOT EXISTS {lab.name}({', '.join(cols)})")
        for rel in self.rels.values():
            parts = [f"FROM {a} TO {b}" for a, b in rel.pairs]
            parts += [f"{p.name} {p.type}" for p in rel.properties.values()]
            out.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({', '.join(parts)})")
        return out

    def neo4j_ddl(self) -> list[str]:
        """Key constraints first (they also index the key), then lookup indexes,
        then an index on `article` of every fact relationship (incremental loads
        delete an article's edges by it)."""
        out = [f"CREATE CONSTRAINT {lab.name.lower()}_{lab.key} IF NOT EXISTS "
               f"FOR (n:{lab.name}) REQUIRE n.{lab.key} IS UNIQUE" for lab in self.labels.values()]
        for lab in self.labels.values():
            out += [f"CREATE INDEX {lab.name.lower()}_{p} IF NOT EXISTS FOR (n:{lab.name}) ON (n.{p})"
                    for p in lab.indexes]
        out += [f"CREATE INDEX {rel.name.lower()}_article IF NOT EXISTS "
                f"FOR ()-[r:{rel.name}]-() ON (r.article)" for rel in self.rels.values() if rel.fact]
        return out

    def lint_schema(self) -> dict:
        """The DbSchema Neo4j's linter takes, so it warns on unknown names."""
        return {
            "labels": sorted(self.labels),
            "relationshipTypes": sorted(self.rels),
            "propertyKeys": self.property_keys(),
            "graphSchema": [{"from": a, "to": b, "relType": r.name}
                            for r in self.rels.values() for a, b in r.pairs],
        }

    def markdown(self) -> str:
        """The schema section of the README."""
        lines = ["## Graph schema", "", "Generated from `schema/graph.toml` by `kg.schema`.", "",
                 "### Nodes", "", "| label | key | properties | RDF | what |", "| --- | --- | --- | --- | --- |"]
        for lab in self.labels.values():
            props = ", ".join(f"`{p.name}` {p.type}" for p in lab.properties.values() if p.name != lab.key)
            lines.append(f"| `{lab.name}` | `{lab.key}` | {props} | {lab.rdf or ''} | {lab.doc} |")
        lines += ["", "### Relationships", "", "| type | from | to | properties | RDF | what |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for rel in self.rels.values():
            own = [p for p in rel.properties.values() if p.name not in self.provenance or not rel.fact]
            props = ", ".join(f"`{p.name}` {p.type}" for p in own)
            if rel.fact:
                props = (props + ", " if props else "") + "provenance"
            lines.append(f"| `{rel.name}` | {', '.join(rel.from_)} | {', '.join(rel.to)} | {props} | "
                         f"{rel.rdf or ''} | {rel.doc} |")
        lines += ["", "Provenance on every fact relationship: " +
                  ", ".join(f"`{p.name}` {p.type} ({p.doc})" for p in self.provenance.values()) + ".", ""]
        return "\n".join(lines)

    # ------------------------------------------------------------ checking
    def check_graph(self, graph: Graph) -> tuple[Graph, list[Dropped]]:
        """A copy of `graph` holding only what the schema defines, with values in
        the stores' shapes (dates as ISO strings, lists never None), and the
        list of everything left out with the reason. Derived labels and types
        (the Name index) are refused too: the stores make them, input cannot.
        Every store load goes through here, so the common case (a string where
        a STRING goes) is checked inline rather than through coerce()."""
        dropped: list[Dropped] = []
        out = Graph()
        for key, node in graph.nodes.items():
            lab = self.labels.get(node.label)
            if lab is None or lab.derived:
                why = "is derived by the stores, not read from input" if lab else "is not in the schema"
                dropped.append(Dropped("node", f"{node.label}:{node.id}", f"label {node.label} {why}"))
                continue
            if not isinstance(node.id, str) or not node.id:
                dropped.append(Dropped("node", f"{node.label}:{node.id!r}", "empty or non-string id"))
                continue
            out.nodes[key] = Node(node.label, node.id, self._check_props(
                node.props, lab.properties, lab.key, lambda k: f"{node.label}:{node.id}.{k}", node.label,
                "node-property", dropped))
        for e in graph.edges:
            rel = self.rels.get(e.type)
            if rel is None or rel.derived:
                why = "is derived by the stores, not read from input" if rel else "is not in the schema"
                dropped.append(Dropped("edge", _edge_item(e), f"type {e.type} {why}"))
                continue
            if (e.src[0], e.dst[0]) not in rel.pair_set:
                dropped.append(Dropped("edge", _edge_item(e), f"{e.type} does not go from {e.src[0]} to {e.dst[0]}"))
                continue
            if (e.src not in out.nodes and e.src in graph.nodes) or (e.dst not in out.nodes and e.dst in graph.nodes):
                gone = e.src if e.src not in out.nodes and e.src in graph.nodes else e.dst
                dropped.append(Dropped("edge", _edge_item(e), f"its end {gone[0]}:{gone[1]} was dropped"))
                continue
            if rel.fact and not e.props.get("article"):
                dropped.append(Dropped("edge", _edge_item(e), "a fact relationship without its article"))
                continue
            if _already_plain(e.props, rel.properties):  # the common case: nothing to copy or convert
                out.edges.append(e)
                continue
            out.edges.append(Edge(e.type, e.src, e.dst, self._check_props(
                e.props, rel.properties, None, lambda k: f"{_edge_item(e)}.{k}", e.type, "edge-property", dropped)))
        return out, dropped

    def _check_props(self, given: dict, defined: dict[str, Prop], key: str | None, where, owner: str,
                     kind: str, dropped: list[Dropped]) -> dict:
        props = {}
        for k, v in given.items():
            p = defined.get(k)
            if p is None:
                k = self.renamed.get(k, k)
                p = defined.get(k)
            if k == key:
                continue
            if p is None:
                dropped.append(Dropped(kind, where(k), f"{owner} has no property {k} in the schema"))
                continue
            if v.__class__ is _PLAIN.get(p.type) or (p.type == "DATE" and v in _GOOD_DATES):
                props[k] = v
                continue
            ok, val = coerce(p.type, v)
            if ok and p.type == "DATE" and val is not None:
                _GOOD_DATES.add(val)
            if not ok:
                dropped.append(Dropped(kind, where(k), f"{v!r} is not a {p.type}"))
                continue
            props[k] = val
        return props


_PLAIN = {"STRING": str, "INT64": int, "DOUBLE": float, "BOOL": bool}  # values that need no conversion
_GOOD_DATES: set[str] = set()  # ISO dates already checked: a load sees the same few thousand again and again


def _already_plain(given: dict, defined: dict[str, Prop]) -> bool:
    """Every value already in the stores' form, under its schema name."""
    for k, v in given.items():
        p = defined.get(k)
        if p is None or not (v.__class__ is _PLAIN.get(p.type) or (p.type == "DATE" and v in _GOOD_DATES)):
            return False
    return True


def _edge_item(e: Edge) -> str:
    return f"{e.type} {e.src[0]}:{e.src[1]} -> {e.dst[0]}:{e.dst[1]}"


def coerce(type_: str, value: Any) -> tuple[bool, Any]:
    """(ok, value in the form both stores take). None is always fine."""
    if value is None:
        return True, ([] if type_ == "STRING[]" else None)
    if type_ == "STRING":
        return isinstance(value, str), value
    if type_ == "STRING[]":
        if isinstance(value, (list, tuple, set)) and all(isinstance(x, str) for x in value):
            return True, sorted(set(value))  # a set in effect: one order, so loads compare equal
        return False, value
    if type_ == "BOOL":
        return isinstance(value, bool), value
    if type_ == "INT64":
        return isinstance(value, int) and not isinstance(value, bool), value
    if type_ == "DOUBLE":
        return isinstance(value, (int, float)) and not isinstance(value, bool), float(value) if isinstance(value, (int, float)) else value
    if type_ == "DATE":
        if isinstance(value, _dt.datetime):
            return True, value.date().isoformat()
        if isinstance(value, _dt.date):
            return True, value.isoformat()
        if isinstance(value, str) and _ISO_DATE.match(value):
            try:
                _dt.date.fromisoformat(value)
                return True, value
            except ValueError:
                return False, value
        return False, value
    return False, value


def _prop(name: str, spec: dict, where: str) -> Prop:
    type_ = spec.get("type")
    if type_ not in TYPES:
        raise ValueError(f"{SCHEMA_FILE.name}: {where}.{name}: unknown type {type_!r} (one of {', '.join(TYPES)})")
    return Prop(name, type_, spec.get("doc", ""), spec.get("rdf"))


def parse(data: dict) -> Schema:
    prov = {k: _prop(k, v, "provenance") for k, v in data.get("provenance", {}).items()}
    indexes = data.get("indexes", {})
    labels = {}
    for name, spec in data.get("labels", {}).items():
        props = {k: _prop(k, v, f"labels.{name}") for k, v in spec.get("properties", {}).items()}
        key = spec.get("key", "id")
        if key not in props:
            raise ValueError(f"{SCHEMA_FILE.name}: labels.{name}: key {key!r} is not one of its properties")
        idx = list(indexes.get(name, []))
        for p in idx:
            if p not in props:
                raise ValueError(f"{SCHEMA_FILE.name}: indexes.{name}: {p!r} is not a property of {name}")
        labels[name] = Label(name, key, props, spec.get("doc", ""), spec.get("rdf"), idx, bool(spec.get("derived")))
    rels = {}
    for name, spec in data.get("relationships", {}).items():
        own = {k: _prop(k, v, f"relationships.{name}") for k, v in spec.get("properties", {}).items()}
        fact = bool(spec.get("fact", False))
        props = ({**prov, **own} if fact else own)
        for end in list(spec.get("from", [])) + list(spec.get("to", [])):
            if end not in labels:
                raise ValueError(f"{SCHEMA_FILE.name}: relationships.{name}: unknown label {end!r}")
        rels[name] = Rel(name, list(spec["from"]), list(spec["to"]), props, fact, spec.get("doc", ""), spec.get("rdf"),
                         bool(spec.get("derived")))
    return Schema(labels, rels, prov, dict(data.get("prefixes", {})), dict(data.get("renamed", {})))


@lru_cache(maxsize=None)
def load(path: str | None = None) -> Schema:
    p = Path(path) if path else SCHEMA_FILE
    with open(p, "rb") as fh:
        return parse(tomllib.load(fh))


def check_graph(graph: Graph) -> tuple[Graph, list[Dropped]]:
    return load().check_graph(graph)


README = SCHEMA_DIR.parent / "README.md"
_README_BLOCK = re.compile(r"(<!-- schema:[^\n]*-->\n).*?(<!-- /schema -->)", re.S)


def readme_with_schema(text: str) -> str:
    """The README with its schema section regenerated from graph.toml."""
    return _README_BLOCK.sub(lambda m: m.group(1) + load().markdown().rstrip() + "\n" + m.group(2), text)


if __name__ == "__main__":  # python -m kg.schema [--readme]
    import sys
    if sys.argv[1:] == ["--readme"]:
        README.write_text(readme_with_schema(README.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(load().markdown())
