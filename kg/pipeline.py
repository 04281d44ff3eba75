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
from kg.resolve.stored import Stored
from kg.sources import read_articles
from kg.store.base import LoadReport, Store


@dataclass
class BuildReport:
    files: int = 0
    articles: int = 0
    skipped: int = 0  # articles whose extraction failed: reported in problems, not loaded
    stored: int = 0  # articles the store holds already: not read again (unless reload)
    facts: int = 0
    batches: int = 0
    seconds: float = 0.0
    problems: list = field(default_factory=list)  # kg.sources.Problem, one line each
    load: LoadReport = field(default_factory=LoadReport)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "skipped": self.skipped, "stored": self.stored, "facts": self.facts,
                "batches": self.batches, "seconds": round(self.seconds, 2), "problems": len(self.problems), **self.load.to_dict()}


def _stderr(msg: str) -> None:
    sys.stderr.write(f"kg: {msg}\n")
    sys.stderr.flush()


def add_written_forms(graph: Graph, articles: list,
                      held: Callable[[list[tuple[str, str]]], set] | None = None) -> None:
    """Every form in which the articles print a satker or organization the graph
    has (or the store has: `held` says which of some keys it holds), as an alias
    of its node: facts carry one written form each, readers look an organization
    up by any ("KPU Provinsi NTT", "Bagi KPU NTT, ...")."""
    forms: dict[tuple[str, str], set[str]] = {}
    for art in articles:
        for text in [art.title, *(s.text for s in split(art.body))]:
            for m in find_orgs(text):
                forms.setdefault((m.label, m.id), set()).add(" ".join(m.written.split()))
    stored = held([k for k in forms if k not in graph.nodes]) if held else set()
    for key, written in forms.items():
        if key in graph.nodes or key in stored:
            graph.add_node(Node(key[0], key[1], {"aliases": sorted(written)}))


def build(paths: Iterable[str], store: Store, batch_size: int = 500,
          progress: bool | Callable[[str], None] = True, reload: bool = False) -> BuildReport:
    """Read `paths`, extract, resolve and load into `store`, batch by batch.
    Articles the store holds already (same id: same title and body) are not read
    again unless `reload`. `progress` True writes a line per batch on stderr; a
    callable gets the lines."""
    say = progress if callable(progress) else (_stderr if progress else (lambda m: None))
    t0 = time.monotonic()
    rep = BuildReport()
    read = read_articles(list(paths))
    rep.problems = list(read.problems)
    arts = read.articles
    rep.articles = len(arts)
    n = max(1, int(batch_size))
    total = (len(arts) + n - 1) // n
    # what each batch resolves against: the part of the store (earlier batches
    # included) its people and events could be, read by key (kg.resolve.stored)
    stored = Stored(store) if arts else None
    for i in range(0, len(arts), n):
        batch = arts[i:i + n]
        if not reload:
            have = store.known("Article", [a.id for a in batch])
            rep.stored += len(have)
            batch = [a for a in batch if a.id not in have]
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
        if batch:
            graph = resolve(batch, facts, existing=stored.graph_for(batch, facts))
            add_written_forms(graph, batch, stored.held)
            rep.load.add(store.load(graph, batch))
            stored.loaded(graph)
        rep.facts += len(facts)
        rep.batches += 1
        say(f"build: batch {rep.batches}/{total}: {min(i + n, len(arts))}/{len(arts)} articles, {rep.facts} facts, "
            f"{time.monotonic() - t0:.1f}s")
    rep.seconds = time.monotonic() - t0
    return rep
