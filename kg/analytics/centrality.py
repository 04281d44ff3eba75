"""Who is central: degree, betweenness and PageRank of satkers and people.

Measured on the participation graph (actors joined to the events they took
part in) by default, so a satker's degree is the number of events it took part
in, a figure a reader can check against the articles; any other projection can
be named instead (`kind="coattendance"`: degree = distinct co-attendees).
"""
from __future__ import annotations

import networkx as nx

from kg.model import Graph
from kg.analytics.projections import project
from kg.analytics.scope import Participation, Scope, node_id

MEASURES = ("degree", "betweenness", "pagerank")
PIVOT_BUDGET = 10_000_000  # edge visits betweenness may spend by default


def centrality(graph: Graph, labels=("Satker",), by: str = "degree", top: int | None = 10,
               scope: Scope | None = None, kind: str = "participation",
               exact_up_to: int = 2000, sample: int | None = None,
               part: Participation | None = None) -> list[dict]:
    """Rows ranked by `by` (ties by name): label, id, name, events, degree,
    betweenness, pagerank. Betweenness costs a graph walk per pivot: it is exact
    on graphs up to `exact_up_to` nodes and estimated from `sample` seeded pivots
    above that (same graph, same estimate); by default as many pivots as fit in
    about PIVOT_BUDGET edge visits (at least 10, at most 100), so a big graph
    costs seconds, not hours."""
    if by not in MEASURES:
        raise ValueError(f"unknown measure {by!r}: choose one of {', '.join(MEASURES)}")
    if isinstance(labels, str):
        labels = (labels,)
    part = part or Participation(graph)
    g = project(graph, kind, scope, part=part)
    if kind == "full":
        g = nx.Graph(g)
    if len(g) == 0:
        return []
    if sample is None:
        sample = max(10, min(100, PIVOT_BUDGET // max(1, g.number_of_edges())))
    k = min(sample, len(g)) if len(g) > exact_up_to else None
    between = nx.betweenness_centrality(g, k=k, seed=0, normalized=True)
    rank = nx.pagerank(g, weight="weight") if g.number_of_edges() else {n: 1 / len(g) for n in g}
    in_scope = set(part.select(scope))
    rows = []
    for n, data in g.nodes(data=True):
        if data.get("label") not in labels:
            continue
        key = (data["label"], data["id"])
        rows.append({
            "label": data["label"], "id": data["id"], "name": data.get("name"),
            "events": len(part.of_actor.get(key, set()) & in_scope),
            "degree": g.degree(n),
            "betweenness": round(between.get(n, 0.0), 6),
            "pagerank": round(rank.get(n, 0.0), 6),
        })
    rows.sort(key=lambda r: (-r[by], -r["events"], r["name"] or "", r["id"]))
    rows = rows[:top] if top else rows
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return [{"rank": r.pop("rank"), **r} for r in rows]
