"""Every write and dump statement kg sends to a store, generated from the schema.

The same text runs on Ladybug and on Neo4j (the lint test checks each of them
with Neo4j's own linter), so both stores share one loader. The forms follow
what both engines do alike:
- nodes are upserted in two statements, CREATE (with its properties as the
  node's map) for new ids and MATCH ... SET for known ones (Ladybug's MERGE slows down as a table grows);
- fact edges are CREATEd: the loader first deletes the article's earlier edges,
  so each (type, src, dst, article) is new by construction; so are structural
  edges with an end the batch created, and the rest are MERGEd;
- dates travel as ISO strings and are written with date(); lists are never null.
"""
from __future__ import annotations

from kg.schema import Rel, Schema


def _set(var: str, props: list[str], types: dict[str, str]) -> str:
    parts = []
    for p in props:
        val = f"date(r.{p})" if types[p] == "DATE" else f"r.{p}"
        parts.append(f"{var}.{p} = {val}")
    return ", ".join(parts)


def existing_nodes(schema: Schema, label: str) -> str:
    lab = schema.labels[label]
    cols = ", ".join(f"n.{p} AS {p}" for p in lab.properties if p != lab.key)
    return f"UNWIND $ids AS id MATCH (n:{label} {{{lab.key}: id}}) RETURN n.{lab.key} AS {lab.key}" + (f", {cols}" if cols else "")


def known_ids(schema: Schema, label: str) -> str:
    """Which of $ids are stored (an article already loaded, an organization already known)."""
    key = schema.labels[label].key
    return f"UNWIND $ids AS id MATCH (n:{label} {{{key}: id}}) RETURN n.{key} AS id"


def _map(props: list[str], types: dict[str, str]) -> str:
    """Properties written as the new element's map, not by a SET after it:
    Ladybug then writes each row once (a quarter to a third faster for edges)."""
    return ", ".join(f"{p}: date(r.{p})" if types[p] == "DATE" else f"{p}: r.{p}" for p in props)


def create_nodes(schema: Schema, label: str, props: list[str]) -> str:
    lab = schema.labels[label]
    types = {k: p.type for k, p in lab.properties.items()}
    return f"UNWIND $rows AS r CREATE (n:{label} {{{', '.join([f'{lab.key}: r.{lab.key}'] + ([_map(props, types)] if props else []))}}})"


def update_nodes(schema: Schema, label: str, props: list[str]) -> str:
    lab = schema.labels[label]
    types = {k: p.type for k, p in lab.properties.items()}
    return f"UNWIND $rows AS r MATCH (n:{label} {{{lab.key}: r.{lab.key}}}) SET {_set('n', props, types)}"


def _ends(schema: Schema, src: str, dst: str) -> str:
    return (f"MATCH (a:{src} {{{schema.labels[src].key}: r.src}}) "
            f"MATCH (b:{dst} {{{schema.labels[dst].key}: r.dst}})")


def create_edges(schema: Schema, rel: Rel, src: str, dst: str, props: list[str]) -> str:
    types = {k: p.type for k, p in rel.properties.items()}
    m = f" {{{_map(props, types)}}}" if props else ""
    return f"UNWIND $rows AS r {_ends(schema, src, dst)} CREATE (a)-[e:{rel.name}{m}]->(b) RETURN count(e) AS n"


def merge_edges(schema: Schema, rel: Rel, src: str, dst: str, props: list[str]) -> str:
    """Structural edges (no article): one per (type, src, dst)."""
    types = {k: p.type for k, p in rel.properties.items()}
    s = _set("e", props, types)
    return (f"UNWIND $rows AS r {_ends(schema, src, dst)} MERGE (a)-[e:{rel.name}]->(b)"
            + (f" SET {s}" if s else "") + " RETURN count(e) AS n")


def article_edges(rel: Rel, src: str, dst: str) -> str:
    """The (src, dst) pairs an article's edges join: needed to refresh spans."""
    return (f"UNWIND $articles AS aid MATCH (a:{src})-[e:{rel.name}]->(b:{dst}) WHERE e.article = aid "
            f"RETURN DISTINCT a.id AS src, b.id AS dst")


def delete_article_edges(rel: Rel) -> str:
    return f"UNWIND $articles AS aid MATCH ()-[e:{rel.name}]->() WHERE e.article = aid DELETE e"


def span_rows(rel: Rel, src: str, dst: str) -> str:
    """The dated edges of the given sources (anchored on one end: fast on both engines)."""
    return (f"UNWIND $ids AS id MATCH (a:{src} {{id: id}})-[e:{rel.name}]->(b:{dst}) "
            f"RETURN a.id AS src, b.id AS dst, e.date AS date, e.first_seen AS first, e.last_seen AS last")


def set_span(rel: Rel, src: str, dst: str) -> str:
    """Written in a second statement: Ladybug cannot SET after an aggregating WITH."""
    return (f"UNWIND $rows AS r MATCH (a:{src} {{id: r.src}})-[e:{rel.name}]->(b:{dst} {{id: r.dst}}) "
            f"SET e.first_seen = date(r.first), e.last_seen = date(r.last)")


def edges_between(schema: Schema, rel: Rel, src: str, dst: str) -> str:
    """Every `rel` edge from r.src to r.dst, with all its properties (a stored
    fact edge the loader moves onto another end, provenance and all)."""
    cols = "".join(f", e.{p} AS {p}" for p in rel.properties)
    return (f"UNWIND $rows AS r {_ends(schema, src, dst)} MATCH (a)-[e:{rel.name}]->(b) "
            f"RETURN a.{schema.labels[src].key} AS src, b.{schema.labels[dst].key} AS dst{cols}")


def delete_edges_between(schema: Schema, rel: Rel, src: str, dst: str) -> str:
    return f"UNWIND $rows AS r {_ends(schema, src, dst)} MATCH (a)-[e:{rel.name}]->(b) DELETE e"


def delete_nodes(schema: Schema, label: str) -> str:
    """Nodes and their edges: a post that turned out to be a form of another, and
    the Name keys only it was written as."""
    key = schema.labels[label].key
    return f"UNWIND $ids AS id MATCH (n:{label} {{{key}: id}}) DETACH DELETE n"


TEXT = {"body", "sentence", "char_start", "char_end", "extractor", "confidence"}  # what graph(text=False) leaves out


def dump_nodes(schema: Schema, label: str, text: bool = True) -> str:
    lab = schema.labels[label]
    cols = ", ".join(f"n.{p} AS {p}" for p in lab.properties if text or p not in TEXT)
    return f"MATCH (n:{label}) RETURN {cols} ORDER BY n.{lab.key}"


def dump_edges(schema: Schema, rel: Rel, src: str, dst: str, text: bool = True) -> str:
    cols = "".join(f", e.{p} AS {p}" for p in rel.properties if text or p not in TEXT)
    return (f"MATCH (a:{src})-[e:{rel.name}]->(b:{dst}) "
            f"RETURN a.{schema.labels[src].key} AS src, b.{schema.labels[dst].key} AS dst{cols}")


def count_label(label: str) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_rel(rel: Rel) -> str:
    return f"MATCH ()-[e:{rel.name}]->() RETURN count(e) AS n"


def find_by_name(schema: Schema, label: str) -> str:
    """Existing nodes of a label by name, alias or id ($name as its Name key),
    for a resolver to merge into."""
    lab = schema.labels[label]
    cols = ", ".join(f"n.{p} AS {p}" for p in lab.properties)
    return f"MATCH (:Name {{key: $name}})-[:NAMES]->(n:{label}) RETURN {cols}"


def node_names(schema: Schema, label: str) -> str:
    """What the Name index is made of, for a store written before it existed."""
    alias = "n.aliases" if "aliases" in schema.labels[label].properties else "[]"
    return f"MATCH (n:{label}) RETURN n.id AS id, n.name AS name, {alias} AS aliases"


def events_on(schema: Schema) -> str:
    """Events starting on one of $days (a list of dates): the stored events a
    batch's events could be, found without reading every event."""
    return f"MATCH (n:Event) WHERE n.date IN $days RETURN {_columns(schema, 'Event')}"


def events_spanning(schema: Schema) -> str:
    """Events of more than one day that overlap $lo..$hi (ISO dates): the ones
    starting before a batch's first day that `events_on` misses."""
    return ("MATCH (n:Event) WHERE n.end_date > n.date AND n.end_date >= date($lo) AND n.date <= date($hi) "
            f"RETURN {_columns(schema, 'Event')}")


def _columns(schema: Schema, label: str) -> str:
    return ", ".join(f"n.{p} AS {p}" for p in schema.labels[label].properties if p not in TEXT)


def edges_from(schema: Schema, rel: Rel, src: str, dst: str) -> str:
    """The (src, dst) pairs of `rel` edges leaving the nodes $ids (each pair once)."""
    return (f"UNWIND $ids AS id MATCH (a:{src} {{{schema.labels[src].key}: id}})-[:{rel.name}]->(b:{dst}) "
            f"RETURN DISTINCT a.{schema.labels[src].key} AS src, b.{schema.labels[dst].key} AS dst")


def edges_into(schema: Schema, rel: Rel, src: str, dst: str) -> str:
    """The (src, dst) pairs of `rel` edges reaching the nodes $ids (each pair once)."""
    return (f"UNWIND $ids AS id MATCH (a:{src})-[:{rel.name}]->(b:{dst} {{{schema.labels[dst].key}: id}}) "
            f"RETURN DISTINCT a.{schema.labels[src].key} AS src, b.{schema.labels[dst].key} AS dst")


def holders_in(schema: Schema, label: str) -> str:
    """Who holds which post of the organizations $ids (each person, post, organization once)."""
    return (f"UNWIND $ids AS id MATCH (p:Person)-[:HOLDS]->(r:Role)-[:OF]->(o:{label} {{id: id}}) "
            "RETURN DISTINCT p.id AS person, r.id AS role, o.id AS org")


def sources_counted(rel: Rel, src: str, dst: str) -> str:
    """Per target of $ids, how many `src` nodes reach it by `rel` (how many articles
    mention a stored person: what the resolver weighs its names by, without
    reading every article)."""
    return (f"UNWIND $ids AS id MATCH (a:{src})-[:{rel.name}]->(b:{dst} {{id: id}}) "
            "RETURN b.id AS id, count(DISTINCT a) AS n")


def date_span(rel: Rel, src: str, dst: str) -> str:
    """Per (src, dst) pair of the sources $ids, the range of its edges' dates and
    spans: all a resolver reads of a post's history (one row per pair, not per article)."""
    return (f"UNWIND $ids AS id MATCH (a:{src} {{id: id}})-[e:{rel.name}]->(b:{dst}) "
            "RETURN a.id AS src, b.id AS dst, min(e.date) AS first_date, max(e.date) AS last_date, "
            "min(e.first_seen) AS first_seen, max(e.last_seen) AS last_seen")


def every_statement(schema: Schema) -> list[dict]:
    """All statements above with every property, named, with their parameters:
    what the lint test feeds to Neo4j's linter."""
    out = []

    def add(name, query, params):
        out.append({"name": name, "query": query, "params": params})

    for label, lab in schema.labels.items():
        props = [p for p in lab.properties if p != lab.key]
        add(f"existing_nodes.{label}", existing_nodes(schema, label), ["ids"])
        add(f"known_ids.{label}", known_ids(schema, label), ["ids"])
        add(f"create_nodes.{label}", create_nodes(schema, label, props), ["rows"])
        if props:
            add(f"update_nodes.{label}", update_nodes(schema, label, props), ["rows"])
        add(f"dump_nodes.{label}", dump_nodes(schema, label), [])
        add(f"delete_nodes.{label}", delete_nodes(schema, label), ["ids"])
        add(f"count_label.{label}", count_label(label), [])
    for label in schema.rels["NAMES"].to:
        add(f"find_by_name.{label}", find_by_name(schema, label), ["name"])
        add(f"node_names.{label}", node_names(schema, label), [])
    for rel in schema.rels.values():
        props = list(rel.properties)
        add(f"count_rel.{rel.name}", count_rel(rel), [])
        if rel.fact:
            add(f"delete_article_edges.{rel.name}", delete_article_edges(rel), ["articles"])
        for src, dst in rel.pairs:
            tag = f"{rel.name}.{src}.{dst}"
            add(f"dump_edges.{tag}", dump_edges(schema, rel, src, dst), [])
            add(f"create_edges.{tag}", create_edges(schema, rel, src, dst, props), ["rows"])
            if rel.fact:
                add(f"article_edges.{tag}", article_edges(rel, src, dst), ["articles"])
                add(f"edges_between.{tag}", edges_between(schema, rel, src, dst), ["rows"])
                add(f"delete_edges_between.{tag}", delete_edges_between(schema, rel, src, dst), ["rows"])
            else:
                add(f"merge_edges.{tag}", merge_edges(schema, rel, src, dst, props), ["rows"])
            if "first_seen" in rel.properties:
                add(f"span_rows.{tag}", span_rows(rel, src, dst), ["ids"])
                add(f"set_span.{tag}", set_span(rel, src, dst), ["rows"])
    add("events_on", events_on(schema), ["days"])
    for label in schema.rels["OF"].to:
        add(f"holders_in.{label}", holders_in(schema, label), ["ids"])
    add("events_spanning", events_spanning(schema), ["lo", "hi"])
    for rel in schema.rels.values():
        for src, dst in rel.pairs:
            add(f"edges_from.{rel.name}.{src}.{dst}", edges_from(schema, rel, src, dst), ["ids"])
            add(f"edges_into.{rel.name}.{src}.{dst}", edges_into(schema, rel, src, dst), ["ids"])
            add(f"sources_counted.{rel.name}.{src}.{dst}", sources_counted(rel, src, dst), ["ids"])
            if "first_seen" in rel.properties:
                add(f"date_span.{rel.name}.{src}.{dst}", date_span(rel, src, dst), ["ids"])
    for i, ddl in enumerate(schema.neo4j_ddl()):
        add(f"neo4j_ddl.{i}", ddl, [])
    return out
