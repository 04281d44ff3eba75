"""Which satkers meet: the pairs that share the most events, and the satkers
closest to a given one (most shared events, then Jaccard overlap of their events)."""
from __future__ import annotations

from kg.model import Graph
from kg.analytics.projections import coattendance as project_coattendance
from kg.analytics.scope import Participation, Scope, display_name, find_node, node_id


def _event_names(graph: Graph, ids: list[str], limit: int = 5) -> list[str]:
    names = [display_name(graph, ("Event", i)) for i in ids[:limit]]
    return names + ([f"... {len(ids) - limit} more"] if len(ids) > limit else [])


def pairs(graph: Graph, scope: Scope | None = None, top: int | None = 10,
          labels=("Satker",), part: Participation | None = None) -> list[dict]:
    """The satker pairs that took part in the most events together."""
    g = project_coattendance(graph, scope, labels=labels, part=part)
    rows = []
    for u, v, d in g.edges(data=True):
        a, b = sorted((u, v), key=lambda n: (g.nodes[n]["name"], n))
        rows.append({"a": g.nodes[a]["name"], "b": g.nodes[b]["name"], "shared": d["weight"],
                     "events": _event_names(graph, d["events"]), "a_id": a, "b_id": b})
    rows.sort(key=lambda r: (-r["shared"], r["a"], r["b"]))
    return rows[:top] if top else rows


def closest(graph: Graph, satker: str, scope: Scope | None = None, top: int | None = 10,
            labels=("Satker",), part: Participation | None = None) -> list[dict]:
    """The satkers that shared most events with `satker` (name, alias or id)."""
    part = part or Participation(graph)
    me = find_node(graph, satker, ("Satker", "Organization"))
    scope = scope or Scope()
    mine_only = Scope(scope.period, scope.topic, node_id(me))  # only its own events: fast on big graphs
    g = project_coattendance(graph, mine_only, labels=tuple(set(labels) | {me[0]}), part=part)
    mine = node_id(me)
    if mine not in g:
        return []
    in_scope = set(part.select(scope))
    my_events = part.of_actor.get(me, set()) & in_scope
    rows = []
    for other, d in g[mine].items():
        key = (g.nodes[other]["label"], g.nodes[other]["id"])
        theirs = part.of_actor.get(key, set()) & in_scope
        union = len(my_events | theirs) or 1
        rows.append({"satker": g.nodes[other]["name"], "id": other, "shared": d["weight"],
                     "jaccard": round(d["weight"] / union, 4),
                     "events": _event_names(graph, d["events"])})
    rows.sort(key=lambda r: (-r["shared"], -r["jaccard"], r["satker"]))
    return rows[:top] if top else rows
