"""The plain data that flows through kg: pages -> articles -> facts -> graph.

Every stage takes and returns these dataclasses, so a stage can be swapped or
tested alone. Nothing here knows about files, stores or RDF.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': the readable tail of every node id."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def normalise_text(text: str) -> str:
    """The form an article is hashed in: case, spacing and quote styles do not
    make two copies of one article into two articles."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[“”„\"]", '"', text)
    text = re.sub(r"[’‘`´]", "'", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def article_id(title: str, body: str) -> str:
    digest = hashlib.sha1(f"{normalise_text(title)}\n{normalise_text(body)}".encode()).hexdigest()
    return digest[:16]


@dataclass
class Article:
    """One news item. `id` is a content hash, so the same article read from two
    pages or in two runs is one article."""

    id: str
    title: str
    body: str
    source: str  # file name (or "-" for stdin)
    position: int = 0  # 1-based index of the article in its source (line number for JSONL)
    site: str | None = None  # e.g. "ntt.kpu.go.id", from the dateline or the input
    place: str | None = None  # dateline place, e.g. "Kupang"
    url: str | None = None
    date: str | None = None  # ISO date when the input gives one
    section: str | None = None  # the page's section header, e.g. "Berita Terkini"
    body_offset: int = 0  # where the body starts in the source text (for tracing back)
    # years of the dates written in full in the other articles of the same listing page: a yearless
    # "Selasa (17/10)" of an article that names no year of its own is read against them
    page_years: tuple[int, ...] = ()

    @classmethod
    def make(cls, title: str, body: str, source: str, **kw: Any) -> "Article":
        return cls(id=article_id(title, body), title=title.strip(), body=body, source=source, **kw)

    def ref(self) -> dict:
        """The article as FORMAT.md puts it on every fact line."""
        return {"id": self.id, "title": self.title, "source": self.source}


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its character span in the article
    body (end exclusive), and which rule read it. `field` is "title" when the fact
    comes from the headline instead of the body."""

    text: str
    start: int
    end: int
    rule: str = ""
    field: str = "body"

    def to_dict(self) -> dict:
        out = {"text": self.text, "start": self.start, "end": self.end, "rule": self.rule}
        if self.field != "body":
            out["field"] = self.field
        return out


@dataclass
class Entity:
    """A node as one fact sees it. `props` holds the label's extra properties from
    schema/graph.toml (`org` on a Role, `date`/`kind`/`mode` on an Event, ...)."""

    label: str
    id: str
    name: str
    props: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"label": self.label, "id": self.id, "name": self.name}
        out.update({k: v for k, v in self.props.items() if v not in (None, [], "")})
        return out


@dataclass
class Fact:
    """One triple with its provenance: what `kg extract` writes, one JSON line each."""

    article: Article
    subject: Entity
    predicate: str
    object: Entity
    evidence: Evidence
    confidence: float = 0.9
    date: str | None = None  # ISO date the fact holds at: the event's date, else the article's

    def to_dict(self) -> dict:
        out = {
            "article": self.article.ref(),
            "subject": self.subject.to_dict(),
            "predicate": self.predicate,
            "object": self.object.to_dict(),
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }
        if self.date:
            out["date"] = self.date
        return out


# ---------------------------------------------------------------- the graph

@dataclass
class Node:
    """A resolved node, one per real thing; what the stores and exports hold."""

    label: str
    id: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return (self.label, self.id)


@dataclass
class Edge:
    """A resolved relationship. Fact relationships carry their provenance in
    `props` (the provenance properties of schema/graph.toml); one edge per
    (type, source, target, article), so re-extracting an article replaces its own
    edges and nobody else's."""

    type: str
    src: tuple[str, str]  # (label, id)
    dst: tuple[str, str]
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple:
        return (self.type, self.src, self.dst, self.props.get("article"))


@dataclass
class Graph:
    """Nodes by (label, id) and edges: the unit a store loads and an export reads."""

    nodes: dict[tuple[str, str], Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    # stored fact edges this graph re-points, (type, src, old dst, new dst): a post
    # printed in an earlier batch that this one finds to be a form of another
    # (kg.resolve.roles.division_heads). The loader moves them, provenance and
    # all, and deletes an old end that no edge of the type reaches any more.
    moves: list[tuple[str, tuple[str, str], tuple[str, str], tuple[str, str]]] = field(default_factory=list)

    def add_node(self, node: Node) -> Node:
        have = self.nodes.get(node.key)
        if have is None:
            self.nodes[node.key] = node
            return node
        for k, v in node.props.items():
            if k == "aliases":
                have.props["aliases"] = sorted(set(have.props.get("aliases") or []) | set(v or []))
            elif have.props.get(k) in (None, "", []):
                have.props[k] = v
        return have

    def add_edge(self, edge: Edge) -> None:
        self.edges.append(edge)
