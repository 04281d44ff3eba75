"""Which events an analysis looks at, and who took part in them.

Every analytic is about events: satkers meet at events, events are about
topics, events have dates. `Participation` reads a `kg.model.Graph` once into
plain dicts so each analysis is a few loops over them, the same whichever store
the graph came from. `Scope` is the user's filter (period, topic, satker).
"""
from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from kg.model import Graph
from kg.schema import load as load_schema



def _takers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who can take part in an event, and how, from schema/graph.toml: the fact
    relationships into Event, less the article that reports it."""
    rels = [r for r in load_schema().rels.values() if r.fact and "Event" in r.to and "Article" not in r.from_]
    actors = sorted({lab for r in rels for lab in r.from_})
    return tuple(actors), tuple(r.name for r in rels)


ACTORS, PARTICIPATION = _takers()


class ScopeError(ValueError):
    """A filter the graph cannot answer: a bad period, an unknown name."""


def node_id(key: tuple[str, str]) -> str:
    """The string a (label, id) key is known by in networkx, JSON and HTML."""
    return f"{key[0]}:{key[1]}"


def iso(value) -> str | None:
    """A date from either store (str, date, datetime, neo4j Date) as 'YYYY-MM-DD'."""
    if value in (None, ""):
        return None
    text = value.iso_format() if hasattr(value, "iso_format") else str(value)
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else None


@dataclass(frozen=True)
class Period:
    """Inclusive ISO date bounds; either may be open. Written `FROM..TO`, where
    each side is a year, a month or a day: `2025-01..2025-03` is Jan 1 to Mar 31."""

    start: str | None = None
    end: str | None = None

    @staticmethod
    def _bound(text: str, upper: bool) -> str:
        text = text.strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
        if not m:
            raise ScopeError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(m[1]), m[2], m[3]
        if month is None:
            return f"{year:04d}-12-31" if upper else f"{year:04d}-01-01"
        month = int(month)
        if not 1 <= month <= 12:
            raise ScopeError(f"bad month in {text!r}")
        last = calendar.monthrange(year, month)[1]
        if day is None:
            day = last if upper else 1
        elif not 1 <= int(day) <= last:
            raise ScopeError(f"bad day in {text!r}")
        return f"{year:04d}-{month:02d}-{int(day):02d}"

    @classmethod
    def parse(cls, text: str | None = None, start: str | None = None, end: str | None = None) -> "Period":
        """`FROM..TO` (either side may be empty), or a single YYYY[-MM[-DD]] meaning
        that whole span; `start`/`end` (the --from/--to options) narrow it further."""
        lo = hi = None
        if text:
            if ".." in text:
                a, b = text.split("..", 1)
            else:
                a = b = text
            lo = cls._bound(a, False) if a.strip() else None
            hi = cls._bound(b, True) if b.strip() else None
        if start:
            lo = cls._bound(start, False)
        if end:
            hi = cls._bound(end, True)
        if lo and hi and lo > hi:
            raise ScopeError(f"period starts after it ends: {lo}..{hi}")
        return cls(lo, hi)

    def __bool__(self) -> bool:
        return bool(self.start or self.end)

    def contains(self, date: str | None) -> bool:
        if not self:
            return True
        if date is None:  # an undated event cannot be placed in a period
            return False
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)

    def __str__(self) -> str:
        return f"{self.start or ''}..{self.end or ''}"


def _forms(props: dict) -> set[str]:
    forms = {props.get("name"), props.get("name_lower"), props.get("title")}
    forms.update(props.get("aliases") or [])
    return {f.casefold() for f in forms if isinstance(f, str) and f}


def find_node(graph: Graph, text: str, labels: Iterable[str]) -> tuple[str, str]:
    """The node a user means by `text`: its id, its `Label:id`, a name or alias
    (any case), the satker an abbreviated name stands for (kg.extract.orgs), else
    the one node whose name contains it. Ambiguity is an error naming the
    candidates, never a silent guess."""
    labels = tuple(labels)
    want = text.strip().casefold()
    cands = [k for k in graph.nodes if k[0] in labels]
    exact = [k for k in cands if want in (k[1].casefold(), node_id(k).casefold())
             or want in _forms(graph.nodes[k].props)]
    if len(exact) == 1:
        return exact[0]
    if not exact:  # a written form resolution did not keep: "KPU NTT" is KPU Provinsi NTT
        from kg.extract.orgs import canonical_org
        org = canonical_org(text)
        if org is not None and org.label in labels and (org.label, org.id) in graph.nodes:
            return (org.label, org.id)
    partial = exact or [k for k in cands if any(want in f for f in _forms(graph.nodes[k].props))]
    if len(partial) == 1:
        return partial[0]
    what = "/".join(labels)
    if not partial:
        raise ScopeError(f"no {what} named {text!r} in the graph")
    names = sorted(display_name(graph, k) for k in partial)
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    raise ScopeError(f"{text!r} matches {len(names)} {what} nodes: {'; '.join(names[:5])}{more}")


def display_name(graph: Graph, key: tuple[str, str]) -> str:
    node = graph.nodes.get(key)
    props = node.props if node else {}
    return str(props.get("name") or props.get("title") or key[1])


class Participation:
    """The graph read as events: each event's date, topics and participants."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.events: set[tuple[str, str]] = {k for k in graph.nodes if k[0] == "Event"}
        self.date: dict[tuple[str, str], str | None] = {}
        self.topics: dict[tuple, set[tuple]] = defaultdict(set)
        self.takers: dict[tuple, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.of_actor: dict[tuple, set[tuple]] = defaultdict(set)
        self.narrower: dict[tuple, set[tuple]] = defaultdict(set)
        seen_dates: dict[tuple, list[str]] = defaultdict(list)
        for e in graph.edges:
            if e.type in PARTICIPATION and e.dst[0] == "Event" and e.src[0] in ACTORS:
                self.events.add(e.dst)
                self.takers[e.dst][e.src].add(e.type)
                self.of_actor[e.src].add(e.dst)
            elif e.type == "ABOUT" and e.src[0] == "Event":
                self.events.add(e.src)
                self.topics[e.src].add(e.dst)
            elif e.type == "BROADER":
                self.narrower[e.dst].add(e.src)
            else:
                continue
            d = iso(e.props.get("date"))
            if d:
                seen_dates[e.dst if e.dst[0] == "Event" else e.src].append(d)
        for ev in self.events:
            node = graph.nodes.get(ev)
            own = iso(node.props.get("date")) if node else None
            self.date[ev] = own or (min(seen_dates[ev]) if seen_dates.get(ev) else None)

    def topic_closure(self, topic: tuple[str, str]) -> set[tuple[str, str]]:
        """A topic and every topic narrower than it, so `pemilih` finds `daftar pemilih`."""
        out, todo = set(), [topic]
        while todo:
            t = todo.pop()
            if t not in out:
                out.add(t)
                todo.extend(self.narrower.get(t, ()))
        return out

    def select(self, scope: "Scope | None" = None) -> list[tuple[str, str]]:
        """The events in scope, sorted by (date, id) so every result is reproducible."""
        scope = scope or Scope()
        events = [ev for ev in self.events if scope.period.contains(self.date.get(ev))]
        if scope.topic:
            topics = self.topic_closure(find_node(self.graph, scope.topic, ("Topic",)))
            events = [ev for ev in events if self.topics.get(ev, set()) & topics]
        if scope.satker:
            who = find_node(self.graph, scope.satker, ("Satker", "Organization"))
            events = [ev for ev in events if who in self.takers.get(ev, {})]
        return sorted(events, key=lambda ev: (self.date.get(ev) or "9999", ev[1]))


@dataclass(frozen=True)
class Scope:
    """The filter every analytic takes: events in a period, about a topic, with a satker."""

    period: Period = Period()
    topic: str | None = None
    satker: str | None = None

    @classmethod
    def make(cls, period: str | Period | None = None, topic: str | None = None,
             satker: str | None = None, start: str | None = None, end: str | None = None) -> "Scope":
        if not isinstance(period, Period):
            period = Period.parse(period, start, end)
        return cls(period, topic or None, satker or None)
