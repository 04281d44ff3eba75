"""Resolution: facts in, one node per real thing out (a `Graph`).

`resolve()` is the only entry point the pipeline calls. The rules live beside
it, one module each: names.py (what makes two printed names one name),
people.py (when two names are one person), roles.py (one post however
printed), events.py (one event however many sites report it), graph.py
(building nodes and edges), report.py (entity list, post conflicts, timelines).

Across runs, pass what is already stored as `existing` (a Graph, e.g. the
store's `.graph()`): new mentions are matched against its Person and Event
nodes by the same rules, and stored ids win, so a re-run or a new page adds
aliases and edges to the nodes that exist instead of making new ones.
"""
from __future__ import annotations

from typing import Iterable

from kg.model import Article, Fact, Graph
from kg.resolve.graph import build
from kg.resolve.report import conflicts, entities, timeline

__all__ = ["resolve", "entities", "conflicts", "timeline"]


def resolve(articles: Iterable[Article], facts: Iterable[Fact], existing: Graph | None = None) -> Graph:
    return build(articles, facts, existing)
