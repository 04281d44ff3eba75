"""Pages to store in one call: read -> extract -> resolve -> load.

Articles go through in batches; each batch is resolved against what the store
already holds and loaded in one transaction, so an error or Ctrl-C loses at
most the batch in flight and a re-run picks up where the pages left off
(loading is idempotent).
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from kg.extract.orgs import find_orgs
from kg.extract.pipeline import ARTICLE_TIME_LIMIT, extract_safely, warm
from kg.extract.sentences import split
from kg.model import Article, Graph, Node
from kg.progress import Progress
from kg.resolve import resolve
from kg.resolve.graph import ORG_LABELS
from kg.resolve.stored import Stored
from kg.sources import expand_paths, iter_file
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


def written_forms(articles: list) -> dict[tuple[str, str], set[str]]:
    """(label, id) -> every form in which the articles print that satker or organization
    (read in the extraction workers, beside the facts)."""
    forms: dict[tuple[str, str], set[str]] = {}
    for art in articles:
        for text in [art.title, *(s.text for s in split(art.body))]:
            for m in find_orgs(text):
                forms.setdefault((m.label, m.id), set()).add(" ".join(m.written.split()))
    return forms


def add_written_forms(graph: Graph, articles: list,
                      held: Callable[[list[tuple[str, str]]], set] | None = None,
                      forms: dict | None = None,
                      printed: Callable[[list[tuple[str, str]]], dict] | None = None) -> None:
    """Every form in which the articles print a satker or organization the graph
    has (or the store has: `held` says which of some keys it holds), as an alias
    of its node: facts carry one written form each, readers look an organization
    up by any ("KPU Provinsi NTT", "Bagi KPU NTT, ..."). `forms`: the articles'
    written_forms, when already read. `printed` gives, for the graph's
    organizations, the forms stored articles printed (the store's Form index,
    which the load of these articles adds to): an article loaded before its
    satker had a node is not read again, and its forms still reach the node."""
    forms = written_forms(articles) if forms is None else forms
    stored = held([k for k in forms if k not in graph.nodes]) if held else set()
    for key, written in forms.items():
        if key in graph.nodes or key in stored:
            graph.add_node(Node(key[0], key[1], {"aliases": sorted(written)}))
    if printed:
        for key, written in printed([k for k in graph.nodes if k[0] in ORG_LABELS]).items():
            if key in graph.nodes:
                graph.add_node(Node(key[0], key[1], {"aliases": sorted(written)}))


def _articles(paths: Iterable[str], rep: BuildReport, sizes: dict) -> Iterator[Article]:
    """Articles file by file (one file's articles held at a time, a large JSON
    Lines file's a part at a time: never every input's), each id once; `sizes` tracks bytes read against bytes in all, so
    progress can estimate the total before the last file is read."""
    files, problems = expand_paths(list(paths))
    rep.problems += problems
    rep.files = len(files)
    sizes["total"] = sum(_size(f) for f in files) or 1
    sizes["read"] = sizes["articles"] = 0
    ids: set[str] = set()
    for f in files:
        before = sizes["read"]
        for arts, probs in iter_file(f):  # a large JSON Lines file a part at a time
            rep.problems += probs
            # (bytes read so far, about: a part's JSON lines are about its texts' length)
            sizes["read"] = min(before + _size(f), sizes["read"] + sum(len(a.body) + len(a.title) + 80 for a in arts))
            for art in arts:
                if art.id not in ids:
                    ids.add(art.id)
                    sizes["articles"] += 1
                    yield art
        sizes["read"] = before + _size(f)


def _size(f: str) -> int:
    try:
        return os.path.getsize(f) if f != "-" else 0
    except OSError:
        return 0


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_chunk(arts: list[Article], time_limit: float | None = ARTICLE_TIME_LIMIT
                  ) -> tuple[list[Article], list, list, dict]:
    """One chunk through extraction: the articles kept, their facts, a Problem
    per article skipped (kg.extract.pipeline.extract_safely's contract) and the
    kept articles' written_forms (so the loading process need not read them).
    Runs in a pool worker, the main thread of its process, so the time limit holds."""
    kept, facts, problems = [], [], []
    for art in arts:
        got, problem = extract_safely(art, time_limit)
        if problem is None:
            kept.append(art)
            facts.extend(got)
        else:
            problems.append(problem)
    return kept, facts, problems, written_forms(kept)


def _extracted(chunks: Iterator[list], workers: int, time_limit: float | None = ARTICLE_TIME_LIMIT
               ) -> Iterator[tuple[list, list, list, dict]]:
    """Chunks extracted in order, by `workers` forked processes while the caller
    resolves and loads (at most workers + 1 chunks in flight: memory stays bounded);
    in this process when one worker is asked for or fork is not available.
    Warmed before the fork: workers share the loaded vocabulary and gazetteers."""
    warm()
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        for c in chunks:
            yield extract_chunk(c, time_limit)
        return
    with mp.get_context("fork").Pool(workers) as pool:
        flight: deque = deque()
        for c in chunks:
            flight.append(pool.apply_async(extract_chunk, (c, time_limit)))
            if len(flight) > workers:
                yield flight.popleft().get()
        while flight:
            yield flight.popleft().get()


def _unstored(chunks: Iterator[list], store: Store, rep: BuildReport, bar: Progress) -> Iterator[list]:
    """Chunks without the articles the store holds already (counted in
    rep.stored and rep.articles): a re-run reads nothing twice. Asked in this
    process, between loads, before a chunk goes to the workers."""
    for chunk in chunks:
        have = store.known("Article", [a.id for a in chunk])
        if have:
            rep.stored += len(have)
            rep.articles += len(have)
            bar.step(len(have))
            chunk = [a for a in chunk if a.id not in have]
        if chunk:
            yield chunk


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def build(paths: Iterable[str], store: Store, batch_size: int = 500,
          progress: bool | Callable[[str], None] = True, workers: int | None = None,
          reload: bool = False) -> BuildReport:
    """Read `paths`, extract, resolve and load into `store`, batch by batch.
    Extraction runs in `workers` processes (default: one per core) while this
    one resolves and loads. Articles the store holds already (same id: same
    title and body) are not read again unless `reload`. `progress` True draws a
    count, a rate and the time left on stderr; a callable gets one line per batch."""
    say = progress if callable(progress) else (lambda m: None)
    t0 = time.monotonic()
    rep = BuildReport()
    sizes: dict = {}
    n = max(1, int(batch_size))
    bar = Progress("build: articles", enabled=progress is True)
    chunks = _chunks(_articles(paths, rep, sizes), n)
    if not reload:
        chunks = _unstored(chunks, store, rep, bar)
    first = next(chunks, None)
    if first is None:
        bar.done(f"{rep.articles} articles, all stored already" if rep.stored else "no articles")
        rep.seconds = time.monotonic() - t0
        return rep
    # what each batch resolves against: the part of the store (earlier batches
    # included) its people and events could be, read by key (kg.resolve.stored)
    stored = Stored(store)
    workers = default_workers() if workers is None else workers
    for kept, facts, problems, forms in _extracted(itertools.chain([first], chunks), workers):
        rep.articles += len(kept) + len(problems)
        rep.problems += problems
        rep.skipped += len(problems)
        if kept:
            graph = resolve(kept, facts, existing=stored.graph_for(kept, facts))
            add_written_forms(graph, kept, stored.held, forms, store.printed)
            rep.load.add(store.load(graph, kept, forms))
            stored.loaded(graph)
        rep.facts += len(facts)
        rep.batches += 1
        read = sizes.get("read") or 0
        bar.total = int(sizes["articles"] * sizes["total"] / read) if read else None
        bar.step(len(kept) + len(problems))
        say(f"build: batch {rep.batches}: {rep.articles} articles, {rep.facts} facts, "
            f"{time.monotonic() - t0:.1f}s")
    bar.done(f"{rep.articles} articles, {rep.facts} facts")
    rep.seconds = time.monotonic() - t0
    return rep
