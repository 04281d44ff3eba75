"""Resolution: facts in, one node per real thing out (a `Graph`).

`resolve()` is the only entry point the pipeline calls. This first version maps
each entity id to one node (ids are already built from normalised names); the
rules that merge written forms across articles live in the modules beside it.
"""
from __future__ import annotations

from typing import Iterable

from kg.model import Article, Edge, Fact, Graph, Node

PROVENANCE_OF = lambda f: {  # noqa: E731
    "article": f.article.id,
    "sentence": f.evidence.text,
    "char_start": f.evidence.start,
    "char_end": f.evidence.end,
    "extractor": f.evidence.rule,
    "confidence": round(f.confidence, 3),
    "date": f.article.date,
}


def _node(entity) -> Node:
    props = {"name": entity.name}
    for k, v in entity.props.items():
        if k not in ("written", "org_id", "org_label", "parent_id", "parent", "parent_label"):
            props[k] = v
    written = entity.props.get("written")
    aliases = {entity.name} | ({written} if written else set())
    props["aliases"] = sorted(a for a in aliases if a)
    return Node(entity.label, entity.id, props)


def resolve(articles: Iterable[Article], facts: Iterable[Fact], existing: Graph | None = None) -> Graph:
    graph = Graph()
    for art in articles:
        graph.add_node(Node("Article", art.id, {
            "title": art.title, "source": art.source, "site": art.site, "place": art.place,
            "url": art.url, "date": art.date, "body": art.body}))
    for f in facts:
        s, o = graph.add_node(_node(f.subject)), graph.add_node(_node(f.object))
        graph.add_edge(Edge(f.predicate, s.key, o.key, PROVENANCE_OF(f)))
        for ent, node in ((f.subject, s), (f.object, o)):
            if ent.label == "Role" and ent.props.get("org_id"):
                org = graph.add_node(Node(ent.props.get("org_label", "Satker"), ent.props["org_id"],
                                          {"name": ent.props.get("org"), "aliases": [ent.props.get("org")]}))
                graph.add_edge(Edge("OF", node.key, org.key, {}))
            if ent.label == "Event":
                graph.add_edge(Edge("REPORTS", ("Article", f.article.id), node.key, PROVENANCE_OF(f)))
    # structural edges once each
    seen, edges = set(), []
    for e in graph.edges:
        k = e.key if e.type not in ("OF", "REPORTS") else (e.type, e.src, e.dst)
        if k not in seen:
            seen.add(k)
            edges.append(e)
    graph.edges = edges
    return graph
