"""The Name look-up index: each written form of an entity (its name, every
alias and its id, lower-cased) is a Name node keyed by that text, with a NAMES
edge to every entity written so.

Why a graph index and not a property index: Ladybug indexes primary keys only,
so a catalogue look-up "name or alias is X" scanned the whole label (40 ms at
80k people, and it let the planner pick bad join orders after it); a key
look-up is 0.2 ms. Neo4j cannot index list elements either. With Name, the
look-up is one key match, in the same Cypher text on both stores:

    MATCH (:Name {key: $satker})-[:NAMES]->(s:Satker)

(the catalogue lower-cases `$satker` first: see kg.queries, parameter type `name`).

The stores derive it on every load (and for a store made before it existed);
it is never read from input and never exported as part of the graph, except to
the neo4j-admin CSV, whose store would otherwise answer no look-up.
"""
from __future__ import annotations

from typing import Iterable

from kg.model import Edge, Node
from kg.queries import name_key
from kg.schema import Schema

LABEL, REL = "Name", "NAMES"


def forms(node: Node) -> set[str]:
    """What a user may type for this node, as the Name keys it gets."""
    out = {name_key(node.id)}
    name = node.props.get("name")
    if name:
        out.add(name_key(name))
    out.update(name_key(a) for a in node.props.get("aliases") or () if a)
    out.discard("")
    return out


def targets(schema: Schema) -> list[str]:
    """The labels looked up by name: the ends NAMES goes to."""
    return list(schema.rels[REL].to)


def index(schema: Schema, nodes: Iterable[Node]) -> tuple[dict[tuple, Node], list[Edge]]:
    """Name nodes and NAMES edges for `nodes` (those of other labels are ignored)."""
    wanted = set(targets(schema))
    names: dict[tuple, Node] = {}
    edges: list[Edge] = []
    for node in nodes:
        if node.label not in wanted:
            continue
        for key in forms(node):
            k = (LABEL, key)
            if k not in names:
                names[k] = Node(LABEL, key, {})
            edges.append(Edge(REL, k, (node.label, node.id), {}))
    return names, edges
