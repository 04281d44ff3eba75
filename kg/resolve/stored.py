"""What the store holds that a batch could merge into, read by key look-ups.

`resolve(..., existing=graph)` matches new mentions against the Person and
Event nodes of `existing`. Handing it the whole store cost a dump per build
(15 s and 1.7 GB at 1M facts) and a cost per build that grew with the store;
`Stored.graph_for` hands it only the part the rules can reach, so a build's
cost follows its batch:

- people: the stored people a new mention could merge with under
  people.cluster's rules: a full name sharing a blocking key with it
  (people.name_keys: a word, and what the first and the last token can
  match), a bare name by its first or last word. Found in indexes of stored
  names that this object keeps (one read of the names per build, then every
  batch's people added as it loads): a batch reads the namesakes it could
  be, not every person sharing a first name, so its cost stays flat as the
  store grows. Their posts, the post's organization and the span of
  dates of each post held; of their events and articles only those the batch
  can share (a stored person is compared with new records only, whose events
  and articles are the batch's), so only those are read;
- events: the stored events of a kind the batch reports whose dates overlap a
  new event's (the only ones the clustering compares with a new one), and those
  the batch's articles already report; their organizers, participants' names
  and, of their reporting articles, the batch's.

The graph it returns answers every question the resolver asks of `existing`
as the whole store did (tests/test_resolve_stored.py compares): the stored
people it leaves out are ones no rule could merge a new mention into.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from kg.model import Article, Edge, Fact, Graph
from kg.resolve import events as ev
from kg.resolve import people
from kg.resolve.graph import ORG_LABELS, _aliases, _iso
from kg.resolve.names import parse
from kg.resolve.roles import normalise_post, role_id

MAX_SPAN_DAYS = 400  # a longer event is looked up as multi-day (events_spanning) instead of day by day


def _words(names: Iterable[str], full_only: bool) -> set[str]:
    out = set()
    for w in _aliases(*names):
        for t in parse(w).tokens:
            if not full_only or t.kind == "full":
                out.add(t.group or t.text)
    return out


class Part(Graph):
    """The part of the store a batch could reach; the stored posts of the people
    a batch resolves to are fetched when the resolver knows who they are
    (`holds_of`): every post each held, with one edge per first and last date."""

    def __init__(self, store):
        super().__init__()
        self.store = store
        self.mentioned: dict[str, int] = {}  # stored person -> articles mentioning it (all, not only the batch's)

    def holds_of(self, persons: set[tuple[str, str]]) -> list[Edge]:
        """Every post the `persons` held, one edge per first and last date; the
        posts' nodes join the part (a stored post that turns out to be a form of
        another gives it its printed forms, as the whole store would)."""
        out = []
        for r in self.store.date_spans("HOLDS", "Person", "Role", [p for lab, p in persons if lab == "Person"]):
            for d in sorted({r["first_date"], r["last_date"]} - {None}) or [None]:
                out.append(Edge("HOLDS", ("Person", r["src"]), ("Role", r["dst"]),
                                {k: v for k, v in (("date", d), ("first_seen", r["first_seen"]),
                                                   ("last_seen", r["last_seen"])) if v}))
        missing = {e.dst[1] for e in out if e.dst not in self.nodes}
        for n in self.store.nodes("Role", missing) if missing else []:
            self.nodes[n.key] = n
        return out


def _posts(facts: list[Fact]) -> tuple[set[str], set[str]]:
    """The post ids (as the resolver makes them) and organization ids the batch's HOLDS facts name."""
    roles, orgs = set(), set()
    posts: dict[str, str] = {}  # a batch names the same few posts thousands of times
    for f in facts:
        if f.predicate == "HOLDS" and f.object.label == "Role":
            p = f.object.props
            org_id = p.get("org_id") or (f"org:{p['org']}" if p.get("org") else None)
            name = f.object.name
            if name not in posts:
                posts[name] = normalise_post(name)
            roles.add(role_id(org_id, posts[name]))
            if p.get("org_id"):
                orgs.add(p["org_id"])
    return roles, orgs


def _forms(names: Iterable) -> list:
    return [n for n in (parse(w) for w in _aliases(*names)) if n.tokens]


class Stored:
    """Indexes of the stored people's names, read once per build and kept up
    to date as batches load, that say which stored people a batch's mentions
    could be (people.cluster's rules, by key, not every namesake)."""

    def __init__(self, store):
        self.store = store
        self.keys: dict[tuple, set[str]] = {}  # people.name_keys of full forms -> people
        self.ends: dict[str, set[str]] = {}  # first/last full word -> people (a bare mention's)
        self.bare: dict[str, set[str]] = {}  # word -> people known by a bare name only
        for row in store.name_rows("Person"):
            self._index(row["id"], [row.get("name"), row.get("aliases") or []])

    def _index(self, pid: str, names: list) -> None:
        forms = _forms(names)
        for k in people.name_keys(forms):
            self.keys.setdefault(k, set()).add(pid)
        for w in people.end_words(forms):
            self.ends.setdefault(w, set()).add(pid)
        if all(f.bare for f in forms):
            for w in _words(names, full_only=True):
                self.bare.setdefault(w, set()).add(pid)

    def loaded(self, graph: Graph) -> None:
        """Add a loaded batch's people to the indexes (stale entries only widen
        the candidates: the resolver's own test then leaves them out)."""
        for (label, nid), node in graph.nodes.items():
            if label == "Person":
                self._index(nid, [node.props.get("name"), node.props.get("aliases") or []])

    def held(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of the (label, id) keys are stored nodes."""
        by_label: dict[str, list[str]] = {}
        for label, nid in keys:
            by_label.setdefault(label, []).append(nid)
        return {(label, nid) for label, ids in by_label.items() for nid in self.store.known(label, ids)}

    def graph_for(self, articles: list[Article], facts: list[Fact]) -> "Part":
        g = Part(self.store)
        aids = sorted({a.id for a in articles} | {f.article.id for f in facts})
        events = self._events(g, facts, aids)
        people = self._candidates(facts)
        # every person with an edge into a candidate event (participants), and
        # the people a new mention could be
        into: list[tuple[str, str, str, str]] = []
        for rel in self.store.schema.rels.values():
            for src, dst in rel.pairs:
                if dst == "Event" and (src == "Person" or rel.name == "ORGANIZED") and events:
                    into += [(rel.name, src, s, d) for s, d in self.store.pairs(rel.name, src, dst, events, into=True)]
        for rel, src, s, d in into:
            g.add_edge(Edge(rel, (src, s), ("Event", d), {}))
        # the stored satkers, organizations and posts the batch names: the resolver
        # names each by the fullest name it was ever given (kg.resolve.graph._put)
        roles, orgs = _posts(facts)
        named: dict[str, set[str]] = {"Role": set(roles)}
        for f in facts:
            for e in (f.subject, f.object):
                if e.label in ORG_LABELS:
                    named.setdefault(e.label, set()).add(e.id)
            if f.predicate == "HOLDS" and f.object.props.get("org_id"):  # the post's organization
                named.setdefault(f.object.props.get("org_label") or "Satker", set()).add(f.object.props["org_id"])
        for label, ids in named.items():
            for n in self.store.nodes(label, ids) if ids else []:
                g.nodes[n.key] = n
        pids = people | {s for _, src, s, _ in into if src == "Person"}
        for n in self.store.nodes("Person", pids):
            g.nodes[n.key] = n
        people = {p for p in people if ("Person", p) in g.nodes}
        if people:
            # their posts among the batch's, and their posts in the batch's organizations
            for s, d in self.store.pairs("HOLDS", "Person", "Role", roles, into=True):
                if s in people:
                    g.add_edge(Edge("HOLDS", ("Person", s), ("Role", d), {}))
            for label in self.store.schema.rels["OF"].to:
                for p, r, o in self.store.holders_in(label, orgs):
                    if p in people:
                        g.add_edge(Edge("HOLDS", ("Person", p), ("Role", r), {}))
                        g.add_edge(Edge("OF", ("Role", r), (label, o), {}))
            for s, d in self.store.pairs("MENTIONS", "Article", "Person", aids):
                if d in people:
                    g.add_edge(Edge("MENTIONS", ("Article", s), ("Person", d), {}))
            g.mentioned = self.store.sources_counted("MENTIONS", "Article", "Person", people)
        return g

    def _candidates(self, facts: list[Fact]) -> set[str]:
        """The stored people a batch's mentions could merge with (people.cluster):
        a full name by a shared key (names that line up) or, with a person known
        by a bare name only, by its first or last word; a bare name by the first
        or last word of a stored name."""
        names = set()
        for f in facts:
            for e in (f.subject, f.object):
                if e.label == "Person":
                    names.update(_aliases(e.name, e.props.get("written")))
        out: set[str] = set()
        for form in _forms(names):
            if form.bare:
                for w in _words([form.written], full_only=True):
                    out |= self.ends.get(w, set()) | self.bare.get(w, set())
            else:
                for k in people.name_keys([form]):
                    out |= self.keys.get(k, set())
                for w in people.end_words([form]):
                    out |= self.bare.get(w, set())
        return out

    def _events(self, g: Graph, facts: list[Fact], aids: list[str]) -> list[str]:
        """The stored events the batch's events could be (their nodes go into `g`,
        with the batch's REPORTS edges into them); returns their ids."""
        spans: dict[str, list[tuple[str, str]]] = {}
        dates = []
        for f in facts:
            for e in (f.subject, f.object):
                if e.label != "Event":
                    continue
                start, end = _iso(e.props.get("date")), _iso(e.props.get("end_date"))
                dates += [d for d in (start, end) if d]
                if start:
                    spans.setdefault(ev.kind_of(e.props.get("kind") or ""), []).append((start, end or start))
        if not spans or not dates:
            return []
        lo, hi = min(dates), max(dates)
        days = set()
        for kind_spans in spans.values():
            for start, end in kind_spans:
                d0, d1 = dt.date.fromisoformat(start), dt.date.fromisoformat(max(start, end))
                days |= {(d0 + dt.timedelta(i)).isoformat() for i in range(min((d1 - d0).days, MAX_SPAN_DAYS) + 1)}

        def in_range(n) -> tuple[str, str] | None:
            """The old rule (`_stored_events`): a kind the batch has, dates within lo..hi."""
            p = n.props
            start, end = _iso(p.get("date")), _iso(p.get("end_date")) or _iso(p.get("date"))
            if ev.kind_of(p.get("kind")) not in spans or not start or start > hi or end < lo:
                return None
            return start, end

        found = {}
        for n in self.store.events_near(sorted(days), lo, hi):
            span = in_range(n)
            # compared with a new event only when their dates overlap
            if span and any(s <= span[1] and span[0] <= e for s, e in spans[ev.kind_of(n.props.get("kind"))]):
                found[n.id] = n
        reports = self.store.pairs("REPORTS", "Article", "Event", aids)
        more = {d for _, d in reports} - set(found)
        for n in self.store.nodes("Event", more) if more else []:
            if in_range(n):
                found[n.id] = n
        for n in found.values():
            g.nodes[n.key] = n
        for s, d in reports:
            if d in found:
                g.add_edge(Edge("REPORTS", ("Article", s), ("Event", d), {}))
        return sorted(found)
