"""Pages to store in one call: read -> extract -> resolve -> load.

Articles go through in batches; each batch is resolved against what the store
already holds and loaded in one transaction, so an error or Ctrl-C loses at
most the batch in flight and a re-run picks up where the pages left off
(loading is idempotent).
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from kg.extract.orgs import find_orgs
from kg.extract.pipeline import extract_safely
from kg.extract.sentences import split
from kg.model import Graph, Node
from kg.resolve import resolve
from kg.sources import read_articles
from kg.store.base import LoadReport, Store


@dataclass
class BuildReport:
    files: int = 0
    articles: int = 0
    skipped: int = 0  # articles whose extraction failed: reported in problems, not loaded
    facts: int = 0
    batches: int = 0
    seconds: float = 0.0
    problems: list = field(default_factory=list)  # kg.sources.Problem, one line each
    load: LoadReport = field(default_factory=LoadReport)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "skipped": self.skipped, "facts": self.facts, "batches": self.batches,
                "seconds": round(self.seconds, 2), "problems": len(self.problems), **self.load.to_dict()}


def _stderr(msg: str) -> None:
    sys.stderr.write(f"kg: {msg}\n")
    sys.stderr.flush()


def add_written_forms(graph: Graph, articles: list, existing: Graph | None = None) -> None:
    """Every form in which the articles print a satker or organization the graph
    has, as an alias of its node: facts carry one written form each, readers
    look an organization up by any ("KPU Provinsi NTT", "Bagi KPU NTT, ...")."""
    forms: dict[tuple[str, str], set[str]] = {}
    for art in articles:
        for text in [art.title, *(s.text for s in split(art.body))]:
            for m in find_orgs(text):
                forms.setdefault((m.label, m.id), set()).add(" ".join(m.written.split()))
    for key, written in forms.items():
        if key in graph.nodes or (existing is not None and key in existing.nodes):
            graph.add_node(Node(key[0], key[1], {"aliases": sorted(written)}))


def build(paths: Iterable[str], store: Store, batch_size: int = 500,
          progress: bool | Callable[[str], None] = True) -> BuildReport:
    """Read `paths`, extract, resolve and load into `store`, batch by batch.
    `progress` True writes a line per batch on stderr; a callable gets the lines."""
    say = progress if callable(progress) else (_stderr if progress else (lambda m: None))
    t0 = time.monotonic()
    rep = BuildReport()
    read = read_articles(list(paths))
    rep.problems = list(read.problems)
    arts = read.articles
    rep.articles = len(arts)
    n = max(1, int(batch_size))
    total = (len(arts) + n - 1) // n
    # what later batches resolve against: the store as it was, plus every batch
    # loaded since, edges included (posts, satkers and events are the context
    # that lets initials and spelling slips merge)
    existing = store.graph(text=False) if arts else Graph()
    for i in range(0, len(arts), n):
        batch = arts[i:i + n]
        facts, kept = [], []
        for art in batch:  # an article whose extraction fails is reported and left out, the rest go on
            got, problem = extract_safely(art)
            if problem is None:
                kept.append(art)
                facts.extend(got)
            else:
                rep.problems.append(problem)
                rep.skipped += 1
        batch = kept
        graph = resolve(batch, facts, existing=existing)
        add_written_forms(graph, batch, existing)
        rep.load.add(store.load(graph, batch))
        rep.facts += len(facts)
        rep.batches += 1
        for node in graph.nodes.values():
            existing.add_node(Node(node.label, node.id, dict(node.props)))
        existing.edges.extend(graph.edges)
        say(f"build: batch {rep.batches}/{total}: {min(i + n, len(arts))}/{len(arts)} articles, {rep.facts} facts, "
            f"{time.monotonic() - t0:.1f}s")
    rep.seconds = time.monotonic() - t0
    return rep
