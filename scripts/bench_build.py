#!/usr/bin/env python3
"""`kg build` end to end (read, extract, resolve, load) on a generated corpus,
with every figure of issue 11 in one run:

- a bare tokenization pass (`re.findall(r"\\w+", body)` over every body) and
  serial extraction of the same sample, side by side as a ratio;
- the build into a fresh embedded store: articles/s, seconds, peak resident
  memory (this process and, separately, the largest extraction worker);
- the same build again (no changes expected; should be faster than the first);
- 1,000 new articles added to the store built.

Catalogue p95 on the store built: keep it with --keep DIR, then
`scripts/bench_store.py --store DIR/bench.kg --reuse`.

The corpus is scripts/bench_extract.py's: the seed articles recombined, their
regions and people swapped, written to a JSON Lines file (streamed, never held
whole) and read back like scraped pages.

    .venv/bin/python scripts/bench_build.py [--articles 5000] [--batch-size 500] [--workers 2]

Profile of main 8d7ad2f before this work (cProfile, 5,000 articles, one
process, 133.7 s = 37 articles/s on the shared machine): extract_article 62.8 s
(48%; add_participation 20.6, main_event/extract_event 14.0, parse_sentence 13.2,
topics_for 10.7, re.Pattern.search 8.7 s tottime, events.finditer 10.2),
store.load 36.1 s (27%; ladybug query 22.4 s tottime), resolve 27.1 s (20%;
people 10.8, edges 3.7).

Extraction after the fast branch (c6ab414; py-spy sampling of 1,200 articles,
extraction alone, whose shares cProfile's overhead on small calls distorts):
add_participation 27%, main_event/extract_event 26%, Phrases.finditer 17% (of
which the word spans of each text, events._tokens, 9%), _Article.__init__ 15%
(sentences, organizations), topics_for 14%, parse_sentence 13%, named_people
12%, find_orgs 7%, find_dates 6%. A flat profile of rule code: no stage is
more than a quarter. Interleaved CPU-time runs of 600 articles (loaded machine,
load average 8 on 2 cores): main f65b6b2 3.83-3.86 s, this 3.16-3.28 s (about
185 articles/s a core; CPU ratio to tokenization about 140x against 160x).
The 1,500-article build (py-spy of the loading process): store.load 61%,
resolve 24%, waiting for the extraction workers 5%: the loader, not extraction,
sets the build rate.

Extraction after the literal guard (branch sext, bb65cbe; py-spy sampling of
1,000 generated articles, extraction alone): add_participation 33%,
main_event/extract_event 23%, topics_for 20%, _Article.__init__ 19%
(find_orgs 11%), Phrases.finditer 13% (the words of each body, events._tokens,
5%), parse_sentence 13%, named_people 7%, find_dates 4%; the guard itself
(kg.extract.fastre.Literal: one Aho-Corasick pass per text and the set
look-ups) 7%. In one process, the guards switched off and on in turn (300
articles, 4 times each, CPU time, load average about 5 on the 2 cores): best
1.44 s off, 1.28 s on (12% less). Across processes, `ratio()` above, main then
this branch, twice: main 155 / 159 articles/s in CPU time (152x / 167x),
branch 167 / 178 articles/s (157x / 148x). The aim of 5x is far: what is left
is the rules' own Python (tens of small stages per sentence), not the
matching machinery; a bare tokenization pass costs about 40 us an article,
extraction about 6 ms (CPU). scripts/bench_extract_ab.py runs such A/B pairs.

Scaling, branch sstore (2026-12-07, 2 shared cores, load average 1-3 from
other sessions; main 6331e48 and this branch run back to back, same counts):
  20k fresh: main 305.5 s (65 articles/s, peak 1.63 GiB) -> 208.3 s (96 articles/s, peak 1.58 GiB):
             extraction wait 7.0 s (3%), resolve 63.0 s (30%), store reads 20.0 s (10%), load 109.5 s (53%)
  5k fresh:  36.5 s (137 articles/s, peak 0.86 GiB): resolve 11.7 s, store reads 2.6 s, load 14.6 s
  re-run 20k: 3.5 s -> 4.4 s (0 changes); +1,000 into 20k: 17.8 s -> 20.5 s
From 5k to 20k the time grows 5.7 times for 4 times the articles (exponent about
1.26: load 7.5x, store reads 7.7x, resolve 5.4x), so 1M articles would take 2.9 h
if it were linear from 20k and about 8 h on that exponent; 100k and 200k were not
run (the machine was shared by 8 sessions at load 8-11 for most of the session).
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_extract import iter_corpus  # noqa: E402
import kg.pipeline as pipeline  # noqa: E402
from kg.extract.pipeline import extract_article  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.resolve.stored import Stored  # noqa: E402
from kg.store import open_store  # noqa: E402


def write_pages(path: Path, n: int, start: int = 0) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in iter_corpus(n, start=start):
            fh.write(json.dumps({"title": a.title, "body": a.body, "url": f"https://kpu.example/{a.source}",
                                 "date": a.date}, ensure_ascii=False) + "\n")


def ratio(sample: int) -> None:
    arts = list(iter_corpus(sample, seed=11))
    extract_article(arts[0])  # warm caches (gazetteer, vocabulary, regexes)
    t, c = time.perf_counter(), time.process_time()
    words = sum(len(re.findall(r"\w+", a.body)) for a in arts)
    tok, tok_cpu = time.perf_counter() - t, time.process_time() - c
    t, c = time.perf_counter(), time.process_time()
    facts = sum(len(extract_article(a)) for a in arts)
    ext, ext_cpu = time.perf_counter() - t, time.process_time() - c
    # (CPU time beside wall time: on a shared machine the wall clock counts the other processes' turns)
    print(f"tokenize {sample} bodies: {tok:.3f}s ({words} words); extract (1 process): {ext:.1f}s "
          f"({facts} facts, {sample / ext:,.0f} articles/s); extraction/tokenization = {ext / tok:,.0f}x "
          f"(aim <= 5x); in CPU time {ext_cpu:.1f}s / {tok_cpu:.3f}s = {ext_cpu / max(tok_cpu, 1e-9):,.0f}x "
          f"({sample / ext_cpu:,.0f} articles/s)", flush=True)


class Where:
    """Seconds of the build process spent waiting for the extraction workers,
    resolving, reading the store (kg.resolve.stored) and loading: where the time goes."""

    def __init__(self):
        self.t = dict.fromkeys(("extraction wait", "resolve", "store reads", "load"), 0.0)
        self._orig = {}

    def _timed(self, what: str, fn):
        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                self.t[what] += time.perf_counter() - t
        return timed

    def __enter__(self):
        self._orig = {"resolve": pipeline.resolve, "_extracted": pipeline._extracted,
                      "graph_for": Stored.graph_for, "held": Stored.held, "init": Stored.__init__}
        pipeline.resolve = self._timed("resolve", pipeline.resolve)
        extracted = self._orig["_extracted"]

        def waited(*a, **k):
            it = extracted(*a, **k)
            while True:
                t = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    self.t["extraction wait"] += time.perf_counter() - t
                yield item
        pipeline._extracted = waited
        for name in ("graph_for", "held", "__init__"):
            setattr(Stored, name, self._timed("store reads", getattr(Stored, name)))
        return self

    def __exit__(self, *exc):
        pipeline.resolve, pipeline._extracted = self._orig["resolve"], self._orig["_extracted"]
        Stored.graph_for, Stored.held, Stored.__init__ = self._orig["graph_for"], self._orig["held"], self._orig["init"]

    def line(self, total: float) -> str:
        rest = total - sum(self.t.values())
        return ", ".join(f"{k} {v:.1f}s ({v / total:.0%})" for k, v in [*self.t.items(), ("rest", rest)])


def timed_build(pages: list[str], store_path: Path, batch: int, workers: int, what: str):
    t = time.perf_counter()
    with Where() as where, open_store(str(store_path)) as store:
        store.load = where._timed("load", store.load)
        rep = build(pages, store, batch_size=batch, workers=workers, progress=False)
        t_close = time.perf_counter()
    dt = time.perf_counter() - t
    changes = rep.load.nodes_created + rep.load.nodes_updated + rep.load.edges_written
    print(f"{what}: {rep.articles} articles ({rep.facts} facts, {rep.skipped} skipped) in {dt:.1f}s: "
          f"{rep.articles / dt:,.0f} articles/s; nodes created {rep.load.nodes_created}, updated "
          f"{rep.load.nodes_updated}, edges written {rep.load.edges_written} ({changes} changes)", flush=True)
    print(f"  where the build process's time goes: {where.line(dt)}; rest includes closing the store "
          f"(checkpoint) {time.perf_counter() - t_close:.1f}s", flush=True)
    return rep, dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=500, help="articles for the tokenization ratio")
    ap.add_argument("--add", type=int, default=1000, help="new articles added after the build")
    ap.add_argument("--keep", help="keep the store and pages in this folder")
    args = ap.parse_args()
    ratio(args.sample)
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        pages, more = tmp / "corpus.jsonl", tmp / "more.jsonl"
        write_pages(pages, args.articles)
        write_pages(more, args.add, start=args.articles)
        store = tmp / "bench.kg"
        _, first = timed_build([str(pages)], store, args.batch_size, args.workers, "build (fresh store)")
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20
        print(f"peak resident memory: {me:.2f} GiB (build process), {kids:.2f} GiB (largest worker)", flush=True)
        _, again = timed_build([str(pages)], store, args.batch_size, args.workers, "build again (loaded)")
        print(f"re-run: {again:.1f}s against {first:.1f}s the first time", flush=True)
        timed_build([str(more)], store, args.batch_size, args.workers, f"add {args.add} new articles")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
