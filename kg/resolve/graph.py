"""Building the resolved Graph from facts: nodes once each, edges rewritten.

Order matters and is fixed: the topic vocabulary first (every concept of
schema/topics.ttl a Topic node, every skos:broader a BROADER edge, in every
graph whether or not a fact names the concept: `topic_events` walks BROADER,
and loading it again MERGEs rather than duplicates), organizations and posts
next (their ids are canonical already), then events (merged on organizer,
date, kind and name), then people (who may use the merged events, posts and
organizations as context), then every fact edge rewritten onto the resolved
nodes, then the structural edges (REPORTS, MENTIONS, OF, PART_OF, IN_REGION,
BROADER) and the HOLDS first/last dates.
"""
from __future__ import annotations

import re
from typing import Iterable

from kg import schema as schema_mod
from kg.extract.topics import vocabulary
from kg.model import Article, Edge, Entity, Fact, Graph, Node
from kg.resolve import events as ev
from kg.resolve import people
from kg.resolve.aliases import event_forms, org_forms, person_forms, topic_forms
from kg.resolve.names import parse
from kg.resolve.roles import better_name, division_heads, normalise_post, role_id

ORG_LABELS = ("Satker", "Organization")
ORG_PROPS = {"Satker": ("level", "region_code", "body"), "Organization": ("kind",)}
EVENT_PROPS = ("kind", "date", "end_date", "mode", "platform", "venue", "city")
PERSON_EVENT = ("ATTENDED", "SPOKE_AT", "OPENED", "LED")


def provenance(f: Fact, date: str | None) -> dict:
    return {"article": f.article.id, "sentence": f.evidence.text, "char_start": f.evidence.start,
            "char_end": f.evidence.end, "extractor": f.evidence.rule,
            "confidence": round(f.confidence, 3), "date": date}


def _aliases(*values) -> list[str]:
    out = set()
    for v in values:
        for a in ([v] if isinstance(v, str) else (v or [])):
            a = " ".join(str(a).split())
            if a:
                out.add(a)
    return sorted(out)


def _clean(props: dict) -> dict:
    return {k: v for k, v in props.items() if v not in (None, "", [])}


class Builder:
    def __init__(self, articles: Iterable[Article], facts: Iterable[Fact], existing: Graph | None):
        self.facts = list(facts)
        self.articles = {a.id: a for a in articles}
        for f in self.facts:
            self.articles.setdefault(f.article.id, f.article)
        self.old = existing or Graph()
        self.g = Graph()
        self.schema = schema_mod.load()
        self.role_of: dict[str, tuple[str, str]] = {}  # role entity id + org -> node key
        self.event_of: dict[str, tuple[str, str]] = {}
        self.person_of: dict[tuple[str, str], tuple[str, str]] = {}  # (article, entity id)
        self.article_event: dict[str, Entity] = {}
        self._instance_broader: set[tuple] = set()  # (instance topic key, concept id) edges made
        for f in self.facts:
            for e in (f.subject, f.object):
                if e.label == "Event":
                    self.article_event.setdefault(f.article.id, e)

    # ------------------------------------------------------------ nodes
    def build(self) -> Graph:
        for art in self.articles.values():
            self.g.add_node(Node("Article", art.id, _clean({
                "id": art.id, "title": art.title, "source": art.source, "site": art.site,
                "place": art.place, "url": art.url, "date": art.date, "body": art.body})))
        concepts = self.topics()
        for f in self.facts:
            for e in (f.subject, f.object):
                if e.label in ORG_LABELS:
                    self.org(e)
                elif e.label == "Role":
                    self.role(e)
                elif e.label == "Topic" and e.id in concepts:
                    continue  # the vocabulary's node, named as the vocabulary names it
                elif e.label == "Topic":
                    self.instance_topic(e, concepts)
                elif e.label not in ("Person", "Event", "Article"):
                    self.plain(e)
        self.events()
        self.people()
        self.edges()
        return self.g

    def _put(self, label: str, id_: str, props: dict) -> Node:
        props = _clean(props)
        if label in ORG_LABELS and props.get("name"):
            # the fuller of every name the node was given, here or in the store:
            # a choice by a sort, not by which article came first, so the pages
            # in any order or split over runs give the same name
            props["name"] = better_name(props["name"], *self._names(label, id_))
        if "name" in props and label != "Article":
            props["name_lower"] = props["name"].lower()
        known = self.schema.labels.get(label)
        if known is not None:  # only the schema's properties (schema/graph.toml)
            props = {k: v for k, v in props.items() if k in known.properties}
        node = self.g.add_node(Node(label, id_, {"id": id_, **props}))
        if label in ORG_LABELS and props.get("name"):
            node.props.update({k: props[k] for k in ("name", "name_lower") if k in props})
        return node

    def _names(self, label: str, id_: str) -> list[str]:
        """The names a node already has: in this graph and in the store."""
        return [n.props["name"] for n in (self.g.nodes.get((label, id_)), self.old.nodes.get((label, id_)))
                if n is not None and n.props.get("name")]

    def topics(self) -> set[str]:
        """The vocabulary as it is: each concept a Topic (name the Indonesian
        prefLabel, label_en the English one, aliases the altLabels), each
        skos:broader a BROADER edge. Returns the concepts' ids."""
        concepts = vocabulary()
        ids = {c.id for c in concepts}
        for c in concepts:
            self._put("Topic", c.id, {"name": c.label, "label_en": c.label_en, "aliases": list(c.alt_labels)})
        for c in concepts:
            for b in c.broader:
                if b in ids:
                    self._structural("BROADER", ("Topic", c.id), ("Topic", b))
        return ids

    def instance_topic(self, e: Entity, concepts: set[str]) -> Node:
        """A topic the vocabulary makes from a concept (Pilkada 2024 from Pilkada,
        Perpres 46/2025 from Peraturan Presiden): its node, and a BROADER edge to
        the concept it came from, so the concept's `topic_events` find it."""
        node = self.plain(e)
        for b in e.props.get("broader") or ():
            if b in concepts and b != e.id and (node.key, b) not in self._instance_broader:
                self._instance_broader.add((node.key, b))
                self._structural("BROADER", node.key, ("Topic", b))
        return node

    def org(self, e: Entity) -> Node:
        p = e.props
        props = {"name": e.name, "aliases": _aliases(e.name, p.get("written"), org_forms(e))}
        props.update({k: p.get(k) for k in ORG_PROPS.get(e.label, ())})
        node = self._put(e.label, e.id, props)
        # the units it belongs to, nearest first (Biro SDM -> Setjen KPU -> KPU RI)
        chain = list(p.get("ancestors") or [])
        if not chain and p.get("parent_id"):
            chain = [{"label": p.get("parent_label") or ("Organization" if p["parent_id"].startswith("org:") else "Satker"),
                      "id": p["parent_id"], "name": p.get("parent")}]
        child = node
        for a in chain:
            if a["id"] == child.id:
                break
            parent = self.org(Entity(a["label"], a["id"], a["name"],
                                     {k: v for k, v in a.items() if k not in ("label", "id", "name", "parent_id")}))
            self._structural("PART_OF", child.key, parent.key)
            child = parent
        if e.label == "Satker" and p.get("region_code"):
            code = str(p["region_code"])
            region = self._put("Region", f"region:{code}", {
                "code": code, "level": p.get("level"), "name": region_name(e.name, p.get("level"))})
            self._structural("IN_REGION", node.key, region.key)
        return node

    def role(self, e: Entity) -> tuple[str, str]:
        p = e.props
        org_id = p.get("org_id") or (f"org:{p['org']}" if p.get("org") else None)
        cache = f"{e.id}|{org_id}|{e.name}"
        if cache in self.role_of:
            return self.role_of[cache]
        post = normalise_post(e.name)
        rid = role_id(org_id, post)
        name = better_name(post.name, *self._names("Role", rid))  # stored too: see _put
        node = self._put("Role", rid, {
            "name": name, "title": post.title, "org": p.get("org"), "acting": bool(post.acting or p.get("acting")),
            "single_holder": post.single, "aliases": _aliases(e.name, post.name, p.get("written"))})
        node.props["name"], node.props["name_lower"] = name, name.lower()
        if p.get("org_id"):
            o = p.get("org_entity")
            if o and o.get("id") == p["org_id"]:  # the organization as extraction read it
                org = self.org(Entity(o["label"], o["id"], o["name"],
                                      {k: v for k, v in o.items() if k not in ("label", "id", "name")}))
            else:
                org = self._put(p.get("org_label") or "Satker", p["org_id"],
                                {"name": p.get("org"), "aliases": _aliases(p.get("org"))})
            self._structural("OF", node.key, org.key)
        self.role_of[cache] = node.key
        return node.key

    def plain(self, e: Entity) -> Node:
        forms = topic_forms(e.id) if e.label == "Topic" else []
        return self._put(e.label, e.id, {**{k: v for k, v in e.props.items() if k != "written"},
                                         "name": e.name, "aliases": _aliases(e.name, e.props.get("written"), forms)})

    # ------------------------------------------------------------ events
    def _person_keys(self) -> dict[str, set[str]]:
        """Per article, the full names (2+ words) it mentions: shared participants."""
        keys: dict[str, set[str]] = {}
        for f in self.facts:
            for e in (f.subject, f.object):
                if e.label == "Person":
                    n = parse(e.name)
                    if len(n.full) >= 2:
                        keys.setdefault(f.article.id, set()).add(n.key)
        return keys

    def events(self) -> None:
        records, entities = [], {}
        person_keys = self._person_keys()
        organizers: dict[str, set[str]] = {}
        for f in self.facts:
            if f.predicate == "ORGANIZED" and f.object.label == "Event":
                organizers.setdefault(f.object.id, set()).add(f.subject.id)
        for f in self.facts:
            for e in (f.subject, f.object):
                if e.label == "Event" and e.id not in entities:
                    entities[e.id] = e
                    art = self.articles.get(f.article.id)
                    records.append(ev.EventRecord(
                        id=e.id, name=e.name, kind=e.props.get("kind") or "", date=e.props.get("date"),
                        end_date=e.props.get("end_date"), organizers=organizers.get(e.id, set()),
                        participants=person_keys.get(f.article.id, set()), articles={f.article.id},
                        sites={art.site} if art and art.site else set()))
        stored = self._stored_events(records)
        reported = {a: r.id for r in stored for a in r.articles}
        for r in records:  # an article read again keeps the event it reports in the store
            if reported.get(next(iter(r.articles))):
                r.entity, r.id = r.id, reported[next(iter(r.articles))]
        records += stored
        for group, reasons in ev.cluster_events(records):
            stored = sorted(r.id for r in group if r.existing)
            eid = stored[0] if stored else min(r.id for r in group)
            old = self.old.nodes.get(("Event", eid))
            props = dict(old.props) if old else {}
            names = [r.name for r in group if r.name]
            ents = [entities[r.entity or r.id] for r in group if (r.entity or r.id) in entities]
            for k in EVENT_PROPS:
                vals = [e.props.get(k) for e in ents if e.props.get(k)]
                if vals and props.get(k) in (None, ""):
                    props[k] = vals[0]
            dates = [d for d in [props.get("date")] + [e.props.get("date") for e in ents] if d]
            ends = [d for d in [props.get("end_date")] + [e.props.get("end_date") for e in ents] if d]
            if dates:
                props["date"] = min(dates)
            if ends and max(ends) > props["date"]:
                props["end_date"] = max(ends)
            props["mode"] = ev.merged_mode([props.get("mode")] + [e.props.get("mode") for e in ents])
            if names:  # the fullest name given, stored or new: by a sort, so any order gives one name
                props["name"] = max([n for n in [props.get("name")] if n] + names, key=lambda n: (len(n), n))
            written = names + [a for e in ents for a in e.props.get("aliases") or []]
            props["aliases"] = _aliases(props.get("aliases"), written, [f for w in written for f in event_forms(w)])
            if reasons:
                props["merges"] = sorted(set(props.get("merges") or []) | set(reasons))
            self.g.nodes.pop(("Event", eid), None)
            node = self._put("Event", eid, props)
            for r in group:
                self.event_of[r.entity or r.id] = node.key

    def _edges_by(self) -> tuple[dict, dict]:
        """Stored edges indexed once by source and by target."""
        if not hasattr(self, "_by_src"):
            self._by_src, self._by_dst = {}, {}
            for e in self.old.edges:
                self._by_src.setdefault(e.src, []).append(e)
                self._by_dst.setdefault(e.dst, []).append(e)
        return self._by_src, self._by_dst

    def _stored_holds(self, persons: set[tuple[str, str]]) -> list[Edge]:
        """The stored HOLDS edges of these people: every post they held (a post
        may be a form of one of them) and its dates. Asked of `existing` when it
        can fetch them by key (kg.resolve.stored: only the batch's holders are
        read), else taken from its edges."""
        fetch = getattr(self.old, "holds_of", None)
        if fetch is not None:
            return fetch(persons)
        by_src, _ = self._edges_by()
        return [e for p in persons for e in by_src.get(p, []) if e.type == "HOLDS"]

    def _stored_events(self, new: list[ev.EventRecord]) -> list[ev.EventRecord]:
        """Stored events a new report could be: same kind, dates near the new ones."""
        kinds = {ev.kind_of(r.kind) for r in new if r.date}
        dates = [d for r in new for d in (r.date, r.end_date) if d]
        if not kinds or not dates:
            return []
        lo, hi = min(dates), max(dates)
        by_src, by_dst = self._edges_by()
        out = []
        for (label, nid), node in self.old.nodes.items():
            p = node.props
            if label != "Event" or ev.kind_of(p.get("kind")) not in kinds:
                continue
            start, end = _iso(p.get("date")), _iso(p.get("end_date")) or _iso(p.get("date"))
            if not start or start > hi or end < lo:
                continue
            into = by_dst.get(node.key, [])
            out.append(ev.EventRecord(
                id=nid, name=p.get("name") or "", kind=p.get("kind") or "", date=start,
                end_date=_iso(p.get("end_date")), existing=True,
                organizers={e.src[1] for e in into if e.type == "ORGANIZED"},
                participants={parse(self.old.nodes[e.src].props.get("name", "")).key for e in into
                              if e.src[0] == "Person" and e.src in self.old.nodes},
                articles={e.src[1] for e in into if e.type == "REPORTS"}))
        return out

    # ------------------------------------------------------------ people
    def people(self) -> None:
        records: dict[tuple[str, str], people.PersonRecord] = {}
        for f in self.facts:
            aid = f.article.id
            for e in (f.subject, f.object):
                if e.label != "Person":
                    continue
                rec = records.get((aid, e.id))
                if rec is None:
                    forms = [parse(w) for w in _aliases(e.name, e.props.get("written"))]
                    rec = records[(aid, e.id)] = people.PersonRecord(
                        id=e.id, forms=[n for n in forms if n.tokens], articles={aid},
                        printed=set(_aliases(e.name, e.props.get("written"))),
                        titles=list(e.props.get("titles") or []))
                    for n in forms:
                        rec.titles += [t for t in n.titles if t not in rec.titles]
                    if aid in self.article_event:
                        rec.events.add(self.event_of[self.article_event[aid].id][1])
                if f.subject is e and f.predicate == "HOLDS" and f.object.label == "Role":
                    rkey = self.role(f.object)
                    rec.roles.add(rkey[1])
                    if f.object.props.get("org_id"):
                        rec.orgs.add(f.object.props["org_id"])
                other = f.object if f.subject is e else f.subject
                if other.label == "Event":
                    rec.events.add(self.event_of[other.id][1])
        recs = [r for r in records.values() if r.forms]
        recs += self._stored_people(recs)
        for group, reasons in people.cluster(recs):
            pid = people.person_id(group)
            old = self.old.nodes.get(("Person", pid))
            props = dict(old.props) if old else {}
            merges = list(dict.fromkeys(list(props.get("merges") or []) + reasons))
            written = [f.written for r in group for f in r.forms]
            printed = [w for r in group for w in r.printed]
            aliases = _aliases(props.get("aliases"), written, printed, [f for w in written for f in person_forms(w)])
            props.update({
                "name": people.canonical_name(group),
                "aliases": aliases,
                "titles": sorted({t for r in group for t in r.titles} | set(props.get("titles") or [])),
                "merges": merges})
            self._put("Person", pid, props)
            for r in group:
                for a in r.articles:
                    self.person_of[(a, r.id)] = ("Person", pid)
                if r.existing:
                    self.person_of[("", r.id)] = ("Person", pid)

    def _stored_people(self, new: list[people.PersonRecord]) -> list[people.PersonRecord]:
        """Stored people a new mention could be: those sharing a name word with it."""
        words = {t.group or t.text for r in new for f in r.forms for t in f.tokens if t.kind == "full"}
        by_src, by_dst = self._edges_by()
        role_org = {e.src: e.dst for e in self.old.edges if e.type == "OF"}
        out = []
        for (label, nid), node in self.old.nodes.items():
            if label != "Person":
                continue
            p = node.props
            forms = [n for n in (parse(w) for w in _aliases(p.get("name"), p.get("aliases"))) if n.tokens]
            if not any((t.group or t.text) in words for f in forms for t in f.tokens):
                continue
            rec = people.PersonRecord(id=nid, forms=forms, titles=list(p.get("titles") or []),
                                      existing=True, merges=list(p.get("merges") or []))
            for e in by_src.get(node.key, []):
                if e.type == "HOLDS":
                    rec.roles.add(e.dst[1])
                    if e.dst in role_org:
                        rec.orgs.add(role_org[e.dst][1])
                elif e.dst[0] == "Event":
                    rec.events.add(e.dst[1])
            rec.articles |= {e.src[1] for e in by_dst.get(node.key, []) if e.type == "MENTIONS"}
            # (a part of the store read by key holds only the batch's articles: it says how many there are)
            rec.mentioned = getattr(self.old, "mentioned", {}).get(nid) or len(rec.articles)
            out.append(rec)
        return out

    # ------------------------------------------------------------ edges
    def key_of(self, e: Entity, aid: str) -> tuple[str, str]:
        if e.label == "Person":
            return self.person_of[(aid, e.id)]
        if e.label == "Event":
            return self.event_of[e.id]
        if e.label == "Role":
            return self.role(e)
        if e.label == "Article":  # Article nodes are keyed by the bare article id
            return ("Article", e.id.removeprefix("article:"))
        return (e.label, e.id)

    def _date(self, aid: str) -> str | None:
        e = self.article_event.get(aid)
        if e is not None and e.props.get("date"):
            return e.props["date"]
        art = self.articles.get(aid)
        return art.date if art else None

    def _structural(self, type_: str, src, dst) -> None:
        self.g.add_edge(Edge(type_, src, dst, {}))

    def _same_posts(self) -> dict[tuple, tuple]:
        """(person, role) -> the role it is a form of, for that person (roles.division_heads)."""
        held: dict[tuple, set[str]] = {}
        for f in self.facts:
            if f.predicate == "HOLDS" and f.object.label == "Role":
                held.setdefault(self.key_of(f.subject, f.article.id), set()).add(self.key_of(f.object, f.article.id)[1])
        by_person: dict[tuple, set[str]] = {}
        for e in self._stored_holds(set(held)):
            by_person.setdefault(e.src, set()).add(e.dst[1])
        out = {}
        for person, roles in held.items():
            stored = by_person.get(person, set())
            for a, k in division_heads(roles | stored).items():
                out[(person, ("Role", a))] = ("Role", k)
                if a in stored:  # printed in an earlier batch: the store moves its edges (Graph.moves)
                    self.g.moves.append(("HOLDS", person, ("Role", a), ("Role", k)))
        return out

    def edges(self) -> None:
        facts_edges, seen = [], set()
        same = self._same_posts()
        for f in self.facts:
            aid = f.article.id
            src, dst = self.key_of(f.subject, aid), self.key_of(f.object, aid)
            if f.predicate == "HOLDS":
                dst = same.get((src, dst), dst)
            prov = provenance(f, getattr(f, "date", None) or self._date(aid))
            edge = Edge(f.predicate, src, dst, dict(prov))
            if edge.key not in seen:
                seen.add(edge.key)
                facts_edges.append(edge)
            for key in (src, dst):
                if key[0] in ("Person", *ORG_LABELS):
                    m = Edge("MENTIONS", ("Article", aid), key, dict(prov))
                    if m.key not in seen:
                        seen.add(m.key)
                        facts_edges.append(m)
                elif key[0] == "Event":
                    r = Edge("REPORTS", ("Article", aid), key, dict(prov))
                    if r.key not in seen:
                        seen.add(r.key)
                        facts_edges.append(r)
        holds_spans(facts_edges, self._stored_holds({e.src for e in facts_edges if e.type == "HOLDS"}))
        held = {e.dst for e in facts_edges if e.type == "HOLDS"}
        for (_, form), post in same.items():  # its printed forms are the post's (either may be stored only)
            node = self.g.nodes.get(form) or self.old.nodes.get(form)
            if node is not None and node.props.get("aliases"):
                self.g.add_node(Node("Role", post[1], {"id": post[1], "aliases": node.props["aliases"]}))
        for role in {r for _, r in same} - held:  # a post nobody holds any more was a form of another
            self.g.nodes.pop(role, None)
        structural, skeys = [], set()
        for e in self.g.edges:
            k = (e.type, e.src, e.dst)
            if k not in skeys and e.src in self.g.nodes and e.dst in self.g.nodes:
                skeys.add(k)
                structural.append(e)
        self.g.edges = facts_edges + structural


def _iso(value) -> str | None:
    return None if value in (None, "") else str(value)[:10]


def holds_spans(edges: list[Edge], stored: list[Edge] = ()) -> None:
    """first_seen/last_seen on every HOLDS edge: the span of dates at which the
    person was seen in the post, over this run and the stored edges."""
    dates: dict[tuple, list[str]] = {}
    for e in list(stored) + [e for e in edges if e.type == "HOLDS"]:
        for k in ("date", "first_seen", "last_seen"):
            d = _iso(e.props.get(k))
            if d:
                dates.setdefault((e.src, e.dst), []).append(d)
    for e in edges:
        if e.type == "HOLDS" and dates.get((e.src, e.dst)):
            e.props["first_seen"] = min(dates[(e.src, e.dst)])
            e.props["last_seen"] = max(dates[(e.src, e.dst)])


def region_name(satker: str, level: str | None) -> str:
    """`KPU Provinsi Nusa Tenggara Timur` -> `Nusa Tenggara Timur`; `KPU Kota Semarang` -> `Kota Semarang`."""
    m = re.search(r"\b(Provinsi|Kabupaten|Kota)\b\s*(.*)", satker or "")
    if not m:
        return satker
    return m.group(2) if m.group(1) == "Provinsi" else f"{m.group(1)} {m.group(2)}"


def build(articles: Iterable[Article], facts: Iterable[Fact], existing: Graph | None = None) -> Graph:
    return Builder(articles, facts, existing).build()
