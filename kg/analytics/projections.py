"""The graph as networkx graphs, one per question an analyst asks.

Node names are `Label:id` strings (JSON-, GraphML- and HTML-friendly); every
node carries `label`, `id` and `name`. Projected edges carry `weight` (how many
events join the two ends) and `events` (their ids), so a number can always be
traced back to the events, and from them to the sentences.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from kg.model import Graph
from kg.analytics.scope import ACTORS, Participation, Scope, display_name, node_id

KINDS = ("full", "participation", "coattendance", "coparticipation", "satker_topic")


def _scalar(value):
    """networkx writers (GraphML, GEXF) take only scalars; lists become '; '-joined."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _add(g: nx.Graph, graph: Graph, key: tuple[str, str], **extra) -> str:
    n = node_id(key)
    if n not in g:
        g.add_node(n, label=key[0], id=key[1], name=display_name(graph, key), **extra)
    return n


def full(graph: Graph) -> nx.MultiDiGraph:
    """Every node and edge, properties included (lists joined, so it writes as GraphML)."""
    g = nx.MultiDiGraph()
    g.add_nodes_from((node_id(key), {**{k: _scalar(v) for k, v in node.props.items() if v is not None},
                                     "label": key[0], "id": key[1], "name": display_name(graph, key)})
                     for key, node in graph.nodes.items())
    for e in graph.edges:  # an edge may name a node the graph does not hold
        for key in (e.src, e.dst):
            if key not in graph.nodes:
                _add(g, graph, key)

    def edges():
        for e in graph.edges:
            # one edge per (type, article), as in the store: two reports of a fact stay two edges
            art = e.props.get("article")
            attrs = {k: _scalar(v) for k, v in e.props.items() if v is not None}
            attrs["type"] = e.type
            yield node_id(e.src), node_id(e.dst), f"{e.type}@{art}" if art else e.type, attrs

    g.add_edges_from(edges())
    return g


def participation(graph: Graph, scope: Scope | None = None, labels=ACTORS,
                  part: Participation | None = None) -> nx.Graph:
    """Actors (satkers, organizations, people) joined to the events they took part
    in: the bipartite graph centrality is measured on. Edge `roles` says how."""
    part = part or Participation(graph)
    g = nx.Graph()
    for ev in part.select(scope):
        e = _add(g, graph, ev, date=part.date.get(ev))
        for actor, how in part.takers.get(ev, {}).items():
            if actor[0] in labels:
                g.add_edge(_add(g, graph, actor), e, weight=1, roles=sorted(how))
    return g


def _weighted(g: nx.Graph, joined: dict) -> None:
    """Add the (u, v) -> [event ids] tally as weighted edges in one go (faster
    than growing the networkx graph edge by edge on a million facts)."""
    g.add_edges_from((u, v, {"weight": len(evs), "events": evs}) for (u, v), evs in joined.items())


def _co(graph: Graph, scope, labels, part) -> nx.Graph:
    part = part or Participation(graph)
    g = nx.Graph()
    joined: dict = defaultdict(list)
    for ev in part.select(scope):
        who = sorted(_add(g, graph, a) for a in part.takers.get(ev, {}) if a[0] in labels)
        for pair in combinations(who, 2):
            joined[pair].append(ev[1])
    _weighted(g, joined)
    return g


def coattendance(graph: Graph, scope: Scope | None = None, labels=("Satker",),
                 part: Participation | None = None) -> nx.Graph:
    """Satkers joined when they took part in the same event; weight = shared events.
    Pass labels=("Satker", "Organization") to bring in the other institutions."""
    return _co(graph, scope, labels, part)


def coparticipation(graph: Graph, scope: Scope | None = None, labels=("Person",),
                    part: Participation | None = None) -> nx.Graph:
    """People joined when they took part (attended, spoke, opened, led) in the same event."""
    return _co(graph, scope, labels, part)


def satker_topic(graph: Graph, scope: Scope | None = None, labels=("Satker",),
                 part: Participation | None = None) -> nx.Graph:
    """Bipartite satker-topic graph (`bipartite` 0 = satker, 1 = topic); weight =
    events the satker took part in about the topic."""
    part = part or Participation(graph)
    g = nx.Graph()
    joined: dict = defaultdict(list)
    for ev in part.select(scope):
        actors = [a for a in part.takers.get(ev, {}) if a[0] in labels]
        topics = [_add(g, graph, t, bipartite=1) for t in sorted(part.topics.get(ev, ()))] if actors else []
        for actor in actors:
            a = _add(g, graph, actor, bipartite=0)
            for t in topics:
                joined[(a, t)].append(ev[1])
    _weighted(g, joined)
    return g


def project(graph: Graph, kind: str = "full", scope: Scope | None = None,
            part: Participation | None = None, **kw) -> nx.Graph:
    """One entry point for every projection, by name (what `KG.to_networkx` calls)."""
    if kind == "full":
        if scope and (scope.period or scope.topic or scope.satker):
            raise ValueError("the full graph takes no period/topic/satker filter; use a projection")
        return full(graph)
    fn = {"participation": participation, "coattendance": coattendance,
          "coparticipation": coparticipation, "satker_topic": satker_topic}.get(kind)
    if fn is None:
        raise ValueError(f"unknown projection {kind!r}: choose one of {', '.join(KINDS)}")
    return fn(graph, scope, part=part, **kw)
