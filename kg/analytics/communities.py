"""Groups of satkers (or people) that meet at the same events: Louvain
communities from networkx on a weighted projection, with a fixed seed so the
same graph always gives the same groups."""
from __future__ import annotations

import networkx as nx

from kg.model import Graph
from kg.analytics.projections import project
from kg.analytics.scope import Participation, Scope


def communities(graph: Graph, kind: str = "coattendance", scope: Scope | None = None,
                resolution: float = 1.0, seed: int = 0, min_size: int = 1,
                top: int | None = None, part: Participation | None = None) -> list[dict]:
    """One row per community, largest first: community (1-based), size, members
    (names, most connected first), ids. Nodes with no co-attendee are their own
    community of one; `min_size=2` hides them."""
    g = project(graph, kind, scope, part=part)
    if kind == "full":
        g = nx.Graph(g)
    if len(g) == 0:
        return []
    groups = nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=seed)
    strength = dict(g.degree(weight="weight"))

    def order(n):
        return (-strength.get(n, 0), g.nodes[n].get("name") or "", n)

    groups = [sorted(c, key=order) for c in groups if len(c) >= min_size]
    groups.sort(key=lambda c: (-len(c), order(c[0])))
    groups = groups[:top] if top else groups
    rows = []
    for i, members in enumerate(groups, 1):
        inside = g.subgraph(members)
        rows.append({
            "community": i, "size": len(members),
            "weight": int(inside.size(weight="weight")),
            "members": [g.nodes[n].get("name") for n in members],
            "ids": members,
        })
    return rows
