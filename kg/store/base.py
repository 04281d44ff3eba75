"""The store interface and the loader both stores share.

A store only has to say how to run a statement inside one write transaction,
how to run a trusted read, and how to run a user's read-only Cypher; loading,
the catalogue, explain, stats and the dump are written once here, in Cypher
both engines run alike (kg.store.statements).
"""
from __future__ import annotations

import datetime as _dt
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from kg import queries
from kg.model import Article, Edge, Graph, Node
from kg.schema import Dropped, Schema, load as load_schema
from kg.store import forms as form_index
from kg.store import names as name_index
from kg.store import readonly
from kg.store import statements as st

Run = Callable[[str, dict], list[dict]]


class StoreError(Exception):
    """Anything a user can fix: the message is one line naming the store."""


class StoreBusy(StoreError):
    pass


class WriteRefused(StoreError):
    pass


@dataclass
class LoadReport:
    articles: int = 0
    nodes_created: int = 0
    nodes_updated: int = 0
    edges_written: int = 0
    edges_skipped: int = 0  # an end is neither in the graph nor in the store
    articles_replaced: int = 0  # already stored: their earlier fact edges were replaced
    edges_moved: int = 0  # stored fact edges re-pointed (Graph.moves)
    nodes_deleted: int = 0  # old ends of moved edges that nothing reached any more
    dropped: list[Dropped] = field(default_factory=list)

    COUNTS = ("articles", "nodes_created", "nodes_updated", "edges_written", "edges_skipped", "articles_replaced",
              "edges_moved", "nodes_deleted")

    def add(self, other: "LoadReport") -> None:
        for k in self.COUNTS:
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.dropped.extend(other.dropped)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in self.COUNTS}
        out["dropped"] = len(self.dropped)
        return out


def plain(value: Any) -> Any:
    """Results in JSON-ready Python: dates as ISO strings on both stores."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        return value.iso_format()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _chunks(rows: list, size: int) -> Iterable[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


class Store(ABC):
    dialect = "cypher"  # which catalogue variant this store runs
    spec = ""

    def __init__(self, batch_size: int = 5000, schema: Schema | None = None):
        self.schema = schema or load_schema()
        self.batch_size = max(1, int(batch_size))
        # structural edges (no article: never deleted by a load) this store has
        # MERGEd in a committed batch, with their properties: every batch hands
        # the same topic hierarchy, Name edges and posts again, and a MERGE that
        # finds them costs as much as a write. Only edges met a second time are
        # kept (a fresh event's edges are CREATEd once), so it holds the
        # recurring part of the graph, not the graph.
        self._merged: set[tuple] = set()
        self._merging: set[tuple] = set()

    # ---------------------------------------------------------- engine parts
    @abstractmethod
    def _write(self, work: Callable[[Run], Any]) -> Any:
        """Run `work(run)` in one write transaction: all of it or nothing."""

    @abstractmethod
    def _read(self, text: str, params: dict) -> list[dict]:
        """A trusted read (catalogue, stats, dump)."""

    @abstractmethod
    def _user_read(self, text: str, params: dict) -> list[dict]:
        """A user's statement that passed the door, on a read-only session; the
        engine refuses writes there too (WriteRefused)."""

    def cypher(self, text: str, params: dict | None = None) -> list[dict]:
        """Any read-only Cypher. Statements that write, load or write files,
        change settings or administer are refused before they reach the engine
        (kg.store.readonly); parameters are values, never Cypher."""
        try:
            readonly.check(text)
        except readonly.Refused as exc:
            raise WriteRefused(f"{self.spec}: refused: {exc}, and kg cypher is read-only") from None
        return self._user_read(text, dict(params or {}))

    @abstractmethod
    def close(self) -> None: ...

    def _bulk_nodes(self, run: Run, label: str, rows: list[dict]) -> list[dict]:
        """A faster path for many new nodes; returns the rows it did not write."""
        return rows

    def _bulk_edges(self, run: Run, rel, src: str, dst: str, rows: list[dict]) -> int | None:
        """A faster path for many new edges whose ends all exist; None = not taken."""
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---------------------------------------------------------- loading
    def _ensure_name_index(self) -> None:
        """A store written before the Name index existed gets it on its first
        writing open, so catalogue look-ups find what it already holds."""
        if self._read(st.count_label(name_index.LABEL), {})[0]["n"]:
            return
        nodes = []
        for label in name_index.targets(self.schema):
            for row in self._read(st.node_names(self.schema, label), {}):
                nodes.append(Node(label, row["id"], {"name": row["name"], "aliases": row["aliases"] or []}))
        if not nodes:
            return
        g = Graph()
        names, edges = name_index.index(self.schema, nodes)
        g.nodes.update(names)
        g.edges.extend(edges)

        def work(run: Run) -> None:
            rep = LoadReport()
            self._write_edges(run, g, rep, {}, self._upsert_nodes(run, g, rep))
        self._committed(work)

    def load(self, graph: Graph, articles: list[Article] | None = None,
             forms: dict[tuple[str, str], set[str]] | None = None) -> LoadReport:
        """Add a batch to the store in one transaction. Articles in the batch
        (given, or read off the graph) lose their earlier fact edges first, so
        loading again replaces rather than duplicates. `forms`: how the batch's
        articles print each satker or organization ((label, id) -> forms), kept
        in the Form index (kg.store.forms) with the batch."""
        g, dropped = self.schema.check_graph(graph)
        batch = {a.id for a in articles or []}
        batch |= {nid for (lab, nid) in g.nodes if lab == "Article"}
        for e in g.edges:
            if self.schema.rels[e.type].fact:
                batch.add(e.props["article"])
        for aid in batch:  # every article a fact cites is a node, so a reload can find its edges
            g.nodes.setdefault(("Article", aid), Node("Article", aid, {}))
        names, name_edges = name_index.index(self.schema, g.nodes.values())
        g.nodes.update(names)
        g.edges.extend(name_edges)
        g.nodes.update(form_index.nodes(forms or {}))

        moves = [m for m in graph.moves if self.schema.rels.get(m[0]) and self.schema.rels[m[0]].fact]

        def work(run: Run) -> LoadReport:
            rep = LoadReport(articles=len(batch), dropped=list(dropped))
            before = self._upsert_nodes(run, g, rep)
            stale = sorted(batch & before.get("Article", set()))
            pairs = self._delete_article_edges(run, stale) if stale else {}
            rep.articles_replaced = len(stale)
            self._move_edges(run, moves, rep)
            self._write_edges(run, g, rep, pairs, before)
            self._drop_unreached(run, moves, rep)
            return rep

        return self._committed(work)

    def _committed(self, work: Callable[[Run], Any]) -> Any:
        """self._write, and the structural edges it MERGEd remembered once it has committed."""
        self._merging = set()
        try:
            out = self._write(work)
        except BaseException:
            self._merging = set()
            raise
        self._merged |= self._merging
        self._merging = set()
        return out

    def _upsert_nodes(self, run: Run, g: Graph, rep: LoadReport) -> dict[str, set[str]]:
        """CREATE new nodes, MATCH-SET known ones whose values change; lists are
        merged, a known value is only replaced by a new non-empty one (a build
        hands every batch the whole topic vocabulary, which then changes nothing).
        Returns the ids that existed."""
        by_label: dict[str, list[Node]] = {}
        for node in g.nodes.values():
            by_label.setdefault(node.label, []).append(node)
        existed: dict[str, set[str]] = {}
        for label, nodes in by_label.items():
            lab = self.schema.labels[label]
            names = [p for p in lab.properties if p != lab.key]
            lists = {p for p in names if lab.properties[p].type == "STRING[]"}
            have: dict[str, dict] = {}
            ids = [n.id for n in nodes] if run(st.count_label(label), {})[0]["n"] else []  # none stored: none to ask
            for part in _chunks(ids, self.batch_size):
                for row in run(st.existing_nodes(self.schema, label), {"ids": part}):
                    have[row[lab.key]] = plain(row)
            existed[label] = set(have)
            new, old = [], []
            for n in nodes:
                props = dict(n.props)
                if "name_lower" in lab.properties and props.get("name"):
                    props["name_lower"] = props["name"].lower()
                if n.id in have:
                    cur = have[n.id]
                    row = {}
                    for p in names:
                        if p in lists:
                            row[p] = sorted(set(cur.get(p) or []) | set(props.get(p) or []))
                        else:
                            row[p] = props[p] if props.get(p) not in (None, "") else cur.get(p)
                    if any(row[p] != (sorted(cur.get(p) or []) if p in lists else cur.get(p)) for p in names):
                        old.append(row | {lab.key: n.id})
                else:
                    new.append({p: ([] if p in lists else None) for p in names} | props | {lab.key: n.id})
            if not lab.derived:  # the report counts the graph, not the look-up index
                rep.nodes_created += len(new)
                rep.nodes_updated += len(old)
            new = self._bulk_nodes(run, label, new) if new else new
            for rows, make in ((new, st.create_nodes), (old, st.update_nodes)):
                if not rows:
                    continue
                props = self._sendable(rows, names)
                rows = [{k: r.get(k) for k in [lab.key] + props} for r in rows]
                for part in _chunks(rows, self.batch_size):
                    if props or make is st.create_nodes:
                        run(make(self.schema, label, props), {"rows": part})
        return existed

    @staticmethod
    def _sendable(rows: list[dict], names: list[str]) -> list[str]:
        """Properties worth a SET in this batch: a column that is null in every
        row would not even bind on Ladybug (it cannot type the null), so it is left out."""
        return [p for p in names if any(r.get(p) is not None for r in rows)]

    def _delete_article_edges(self, run: Run, stale: list[str]) -> dict:
        pairs: dict[tuple, set] = {}
        for rel in self.schema.rels.values():
            if not rel.fact:
                continue
            for part in _chunks(stale, self.batch_size):
                if "first_seen" in rel.properties:
                    for src, dst in rel.pairs:
                        for row in run(st.article_edges(rel, src, dst), {"articles": part}):
                            pairs.setdefault((rel.name, src, dst), set()).add((row["src"], row["dst"]))
                run(st.delete_article_edges(rel), {"articles": part})
        return pairs

    def _move_edges(self, run: Run, moves: list[tuple], rep: LoadReport) -> None:
        """The stored fact edges `moves` re-points (Graph.moves): each is read
        with its provenance, created on its new end and deleted from the old
        one; the dated ones get the span of their new (src, dst) pair."""
        groups: dict[tuple, dict[tuple, str]] = {}
        for type_, src, old, new in moves:
            groups.setdefault((type_, src[0], old[0]), {})[(src[1], old[1])] = new[1]
        for (type_, src, dst), new_of in groups.items():
            rel = self.schema.rels[type_]
            keys = [{"src": s, "dst": d} for s, d in sorted(new_of)]
            moved = []
            for part in _chunks(keys, self.batch_size):
                for r in run(st.edges_between(self.schema, rel, src, dst), {"rows": part}):
                    r = plain(r)
                    moved.append(r | {"dst": new_of[(r["src"], r["dst"])]})
            if not moved:
                continue
            for part in _chunks(keys, self.batch_size):
                run(st.delete_edges_between(self.schema, rel, src, dst), {"rows": part})
            # one edge per (src, dst, article), as one build makes: an article's edge
            # the new end has already, or two old ends' edges of one article, once
            have = set()
            for part in _chunks(sorted({(r["src"], r["dst"]) for r in moved}), self.batch_size):
                have |= {(r["src"], r["dst"], r.get("article")) for r in run(
                    st.edges_between(self.schema, rel, src, dst), {"rows": [{"src": a, "dst": b} for a, b in part]})}
            kept = []
            for r in sorted(moved, key=lambda r: (r.get("char_start") or 0, str(r.get("sentence")), str(r))):
                if (r["src"], r["dst"], r.get("article")) not in have:
                    have.add((r["src"], r["dst"], r.get("article")))
                    kept.append(r)
            moved = kept
            props = self._sendable(moved, [p for p in rel.properties if p not in ("first_seen", "last_seen")])
            n = 0
            for part in _chunks(moved, self.batch_size):
                part = [{k: r.get(k) for k in ["src", "dst"] + props} for r in part]
                res = run(st.create_edges(self.schema, rel, src, dst, props), {"rows": part})
                n += res[0]["n"] if res else 0
            if n != len(moved):  # a new end is missing: the batch goes, nothing is lost
                raise StoreError(f"{self.spec}: cannot move {len(moved) - n} {type_} edges: their new end is not stored")
            rep.edges_moved += n
            if "first_seen" in rel.properties:
                self._respan(run, rel, src, dst, {(r["src"], r["dst"]) for r in moved})

    def _respan(self, run: Run, rel, src: str, dst: str, pairs: set[tuple[str, str]]) -> None:
        """first_seen/last_seen of the stored edges of `pairs`: the min/max of their dates."""
        dates: dict[tuple, list] = {}
        for part in _chunks(sorted({s for s, _ in pairs}), self.batch_size):
            for r in run(st.span_rows(rel, src, dst), {"ids": part}):
                r = plain(r)
                if (r["src"], r["dst"]) in pairs and r["date"]:
                    dates.setdefault((r["src"], r["dst"]), []).append(r["date"])
        fix = [{"src": s, "dst": d, "first": min(dates[(s, d)]) if (s, d) in dates else None,
                "last": max(dates[(s, d)]) if (s, d) in dates else None} for s, d in sorted(pairs)]
        for part in _chunks(fix, self.batch_size):
            run(st.set_span(rel, src, dst), {"rows": part})

    def _drop_unreached(self, run: Run, moves: list[tuple], rep: LoadReport) -> None:
        """The old ends of `moves` that no edge of the moved type reaches any
        more (a post nobody holds: it was a form of another) go, with their
        edges and the Name keys that named only them."""
        olds: dict[tuple, set[str]] = {}
        for type_, src, old, _ in moves:
            olds.setdefault((type_, src[0], old[0]), set()).add(old[1])
        gone: dict[str, set[str]] = {}
        for (type_, src, dst), ids in olds.items():
            rel = self.schema.rels[type_]
            reached = set()
            for part in _chunks(sorted(ids), self.batch_size):
                reached |= {r["dst"] for r in run(st.edges_into(self.schema, rel, src, dst), {"ids": part})}
            gone.setdefault(dst, set()).update(ids - reached)
        keys: set[str] = set()
        for label, ids in gone.items():
            ids = sorted(ids)
            for part in _chunks(ids, self.batch_size):
                for row in run(st.existing_nodes(self.schema, label), {"ids": part}):
                    row = plain(row)
                    nid = row.pop(self.schema.labels[label].key)
                    keys |= name_index.forms(Node(label, nid, row))
                run(st.delete_nodes(self.schema, label), {"ids": part})
            if not self.schema.labels[label].derived:
                rep.nodes_deleted += len(ids)
        if not keys:
            return
        named = set()
        for label in name_index.targets(self.schema):
            for part in _chunks(sorted(keys), self.batch_size):
                named |= {r["src"] for r in run(st.edges_from(self.schema, self.schema.rels[name_index.REL],
                                                              name_index.LABEL, label), {"ids": part})}
        for part in _chunks(sorted(keys - named), self.batch_size):
            run(st.delete_nodes(self.schema, name_index.LABEL), {"ids": part})

    def _write_edges(self, run: Run, g: Graph, rep: LoadReport, pairs: dict, before: dict) -> None:
        fact: dict[tuple, dict[tuple, Edge]] = {}
        structural: dict[tuple, dict[tuple, Edge]] = {}
        for e in g.edges:
            rel = self.schema.rels[e.type]
            group = (e.type, e.src[0], e.dst[0])
            if rel.fact:
                fact.setdefault(group, {})[e.key] = e  # the last reading of a key wins
            else:
                structural.setdefault(group, {})[(e.src, e.dst)] = e
        for group in pairs:
            fact.setdefault(group, {})
        for (type_, src, dst), edges in fact.items():
            self._write_group(run, g, rep, self.schema.rels[type_], src, dst, list(edges.values()),
                              st.create_edges, pairs.get((type_, src, dst), set()), before)
        for (type_, src, dst), edges in structural.items():
            # an edge with an end this batch created is new too: CREATE it (in bulk
            # when big); the rest may be stored already and need MERGE
            old_src, old_dst = before.get(src, set()), before.get(dst, set())

            def fresh(e: Edge) -> bool:
                return ((e.src in g.nodes and e.src[1] not in old_src)
                        or (e.dst in g.nodes and e.dst[1] not in old_dst))
            new = [e for e in edges.values() if fresh(e)]
            maybe, known = [], 0
            for e in edges.values():
                if not fresh(e):
                    k = (type_, e.src, e.dst, tuple(sorted(e.props.items())))
                    if k in self._merged:
                        known += 1
                    else:
                        maybe.append(e)
                        self._merging.add(k)
            if not self.schema.rels[type_].derived:  # as a MERGE that found it would count it
                rep.edges_written += known
            for part, make in ((new, st.create_edges), (maybe, st.merge_edges)):
                if part:
                    self._write_group(run, g, rep, self.schema.rels[type_], src, dst, part, make, set(), before)

    def _write_group(self, run: Run, g: Graph, rep: LoadReport, rel, src: str, dst: str, edges: list[Edge],
                     make, touched: set, before: dict) -> None:
        rows = [dict(e.props, src=e.src[1], dst=e.dst[1]) for e in edges]  # props: checked by the schema
        if "first_seen" in rel.properties:
            self._spans(run, rel, src, dst, rows, touched, before)
        if not rows:
            return
        props = self._sendable(rows, list(rel.properties))
        n = None
        if make is st.create_edges and all(e.src in g.nodes and e.dst in g.nodes for e in edges):
            n = self._bulk_edges(run, rel, src, dst, rows)
        if n is None:
            cols = ["src", "dst"] + props
            n = 0
            for part in _chunks(rows, self.batch_size):
                part = [{k: r.get(k) for k in cols} for r in part]  # one shape for every row
                res = run(make(self.schema, rel, src, dst, props), {"rows": part})
                n += res[0]["n"] if res else 0
        if not rel.derived:
            rep.edges_written += n
            rep.edges_skipped += len(rows) - n

    def _spans(self, run: Run, rel, src: str, dst: str, rows: list[dict], touched: set, before: dict) -> None:
        """first_seen/last_seen = min/max date over every article's edge of a
        (src, dst) pair: set on the new rows here, and updated on stored edges
        of the pairs this batch touches (only sources that existed can have any)."""
        ids = sorted({r["src"] for r in rows} | {s for s, _ in touched})
        known = before.get(src, set()) | {s for s, _ in touched}  # only these can have stored edges
        old = [i for i in ids if i in known]
        dates: dict[tuple, list] = {}
        stored: dict[tuple, tuple] = {}
        for part in _chunks(old, self.batch_size):
            for r in run(st.span_rows(rel, src, dst), {"ids": part}):
                r = plain(r)
                key = (r["src"], r["dst"])
                if r["date"]:
                    dates.setdefault(key, []).append(r["date"])
                stored.setdefault(key, (r["first"], r["last"]))
        for r in rows:
            if r.get("date"):
                dates.setdefault((r["src"], r["dst"]), []).append(r["date"])
        span = {k: (min(v), max(v)) for k, v in dates.items()}
        for r in rows:
            r["first_seen"], r["last_seen"] = span.get((r["src"], r["dst"]), (None, None))
        fix = [{"src": k[0], "dst": k[1], "first": span.get(k, (None, None))[0], "last": span.get(k, (None, None))[1]}
               for k, have in stored.items() if have != span.get(k, (None, None))]
        for part in _chunks(fix, self.batch_size):
            run(st.set_span(rel, src, dst), {"rows": part})

    # ---------------------------------------------------------- reading
    def query(self, name: str, params: dict | None = None) -> list[dict]:
        """A named catalogue query (kg/queries); unknown names and missing
        parameters are StoreErrors."""
        try:
            q = queries.get(name)
            bound = q.bind(params or {})
        except queries.QueryError as exc:
            raise StoreError(str(exc)) from None
        return [plain(r) for r in self._read(q.text_for(self.dialect), bound)]

    def explain(self, name: str) -> list[dict]:
        """The sentences behind every fact about the entity called `name`."""
        rows = self.query("explain", {"name": name})
        return sorted(rows, key=lambda r: (r.get("date") or "", r.get("article") or "", r.get("char_start") or 0,
                                           r.get("relation") or "", r.get("subject") or "", r.get("object") or ""))

    def stats(self) -> dict:
        labels = {lab: self._read(st.count_label(lab), {})[0]["n"] for lab in self.schema.labels}
        rels = {r.name: self._read(st.count_rel(r), {})[0]["n"] for r in self.schema.rels.values()}
        conflicts = sorted((c | {"holders": sorted(c["holders"])} for c in self.query("conflicts", {})),
                           key=lambda c: tuple(str(c.get(k)) for k in sorted(c)))  # one order, however loaded
        return {"labels": labels, "relationships": rels, "conflicts": conflicts}

    def find_nodes(self, label: str, name: str) -> list[Node]:
        """Stored nodes of `label` whose name, an alias or id is `name` (any case),
        by one Name-index seek: for scripts that look an entity up before adding
        to it (`kg build` resolves against `graph(text=False)` instead)."""
        lab = self.schema.labels[label]
        out = []
        for row in self._read(st.find_by_name(self.schema, label), {"name": queries.name_key(name)}):
            row = plain(row)
            nid = row.pop(lab.key)
            out.append(Node(label, nid, {k: v for k, v in row.items() if v not in (None, [])}))
        return out

    # ---------------------------------------------------------- key look-ups
    # What a build reads of the store: only the nodes and edges its batch could
    # touch, by key, in chunks (kg.resolve.stored decides which), so that its
    # cost follows the batch, not the store.
    def _node(self, label: str, row: dict) -> Node:
        row = plain(row)
        nid = row.pop(self.schema.labels[label].key)
        return Node(label, nid, {k: v for k, v in row.items() if v not in (None, [])})

    def nodes(self, label: str, ids: Iterable[str]) -> list[Node]:
        """The stored nodes of `label` among `ids`."""
        out = []
        for part in _chunks(sorted(set(ids)), self.batch_size):
            out += [self._node(label, r) for r in self._read(st.existing_nodes(self.schema, label), {"ids": part})]
        return out

    def printed(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
        """(label, id) -> the forms in which stored articles print it, for the
        satkers and organizations `keys` (the Form index: kg.store.forms)."""
        wanted = set(keys)
        out: dict[tuple[str, str], set[str]] = {}
        for n in self.nodes(form_index.LABEL, {nid for _, nid in wanted}):
            key = (n.props.get("kind"), n.id)
            if key in wanted:
                out[key] = set(n.props.get("forms") or [])
        return out

    def name_rows(self, label: str) -> list[dict]:
        """id, name and aliases of every stored node of `label` (a resolver's name index)."""
        return self._read(st.node_names(self.schema, label), {})

    def known(self, label: str, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are stored nodes of `label`."""
        out: set[str] = set()
        for part in _chunks(sorted(set(ids)), self.batch_size):
            out |= {r["id"] for r in self._read(st.known_ids(self.schema, label), {"ids": part})}
        return out

    def pairs(self, rel: str, src: str, dst: str, ids: Iterable[str], into: bool = False) -> list[tuple[str, str]]:
        """(src id, dst id) of the stored `rel` edges leaving (or, `into`, reaching)
        the nodes `ids`, each pair once."""
        make = st.edges_into if into else st.edges_from
        out = []
        for part in _chunks(sorted(set(ids)), self.batch_size):
            out += [(r["src"], r["dst"]) for r in self._read(make(self.schema, self.schema.rels[rel], src, dst),
                                                            {"ids": part})]
        return out

    def sources_counted(self, rel: str, src: str, dst: str, ids: Iterable[str]) -> dict[str, int]:
        """Target id -> how many `src` nodes reach it by `rel`, for the targets `ids`."""
        out: dict[str, int] = {}
        for part in _chunks(sorted(set(ids)), self.batch_size):
            out.update({r["id"]: int(r["n"]) for r in self._read(
                st.sources_counted(self.schema.rels[rel], src, dst), {"ids": part})})
        return out

    def holders_in(self, label: str, ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(person, post, organization) for the posts of the organizations `ids` of `label`."""
        out = []
        for part in _chunks(sorted(set(ids)), self.batch_size):
            out += [(r["person"], r["role"], r["org"]) for r in self._read(st.holders_in(self.schema, label),
                                                                           {"ids": part})]
        return out

    def date_spans(self, rel: str, src: str, dst: str, ids: Iterable[str]) -> list[dict]:
        """Per stored (src, dst) pair of `rel` from `ids`: first/last date and span."""
        out = []
        for part in _chunks(sorted(set(ids)), self.batch_size):
            out += [plain(r) for r in self._read(st.date_span(self.schema.rels[rel], src, dst), {"ids": part})]
        return out

    def events_near(self, days: Iterable[str], lo: str, hi: str) -> list[Node]:
        """Stored events starting on one of `days` (ISO dates), and those of
        several days overlapping lo..hi."""
        out = {}
        for part in _chunks(sorted(set(days)), self.batch_size):
            dates = [_dt.date.fromisoformat(d) for d in part]
            for r in self._read(st.events_on(self.schema), {"days": dates}):
                n = self._node("Event", r)
                out[n.id] = n
        for r in self._read(st.events_spanning(self.schema), {"lo": lo, "hi": hi}):
            n = self._node("Event", r)
            out[n.id] = n
        return list(out.values())

    def graph(self, text: bool = True) -> Graph:
        """Everything in the store as a Graph (RDF export and analytics read this);
        the Name index is the store's own and stays out. `text=False` leaves out
        what a resolver does not read (statements.TEXT: article bodies, and the
        sentence, offsets, extractor and confidence of facts): at 1M facts a
        build then holds 1.7 GB instead of 2.1 GB."""
        g = Graph()
        for label, lab in self.schema.labels.items():
            if lab.derived:
                continue
            for row in self._read(st.dump_nodes(self.schema, label, text), {}):
                row = plain(row)
                nid = row.pop(lab.key)
                g.nodes[(label, nid)] = Node(label, nid, {k: v for k, v in row.items() if v not in (None, [])})
        for rel in self.schema.rels.values():
            if rel.derived:
                continue
            for src, dst in rel.pairs:
                for row in self._read(st.dump_edges(self.schema, rel, src, dst, text), {}):
                    row = plain(row)
                    s, d = row.pop("src"), row.pop("dst")
                    g.edges.append(Edge(rel.name, (src, s), (dst, d), {k: v for k, v in row.items() if v is not None}))
        return g
