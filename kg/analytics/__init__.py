"""Graph analytics over a `kg.model.Graph`, so they run the same on every store.

    from kg.analytics import Scope, centrality, communities
    rows = centrality(graph, labels=("Satker",), by="pagerank", scope=Scope.make("2025-10"))
"""
from kg.analytics.scope import Participation, Period, Scope, ScopeError, find_node, node_id
from kg.analytics.projections import KINDS, project
from kg.analytics.centrality import MEASURES, centrality
from kg.analytics.communities import communities
from kg.analytics.coattendance import closest, pairs
from kg.analytics.timeline import SERIES, plot, timeline, topics, undated

__all__ = ["KINDS", "MEASURES", "SERIES", "Participation", "Period", "Scope", "ScopeError",
           "centrality", "closest", "communities", "find_node", "node_id",
           "pairs", "plot", "project", "timeline", "topics", "undated"]
