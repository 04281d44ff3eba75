#!/usr/bin/env python3
"""The store side of `kg build` (resolve + load) at scale: a fresh build of N
articles, the same build again, and 1,000 new articles added; each with the
seconds spent resolving, loading and elsewhere; then the catalogue's p95 on
the store built.

Extraction is not what this measures (scripts/bench_build.py does): the facts
of each article are extracted once, in a process pool, and kept in a cache file
(--cache) that later runs reuse; the build then takes them from the cache.

The corpus recombines the seed pages' articles with realistic cardinalities:
satkers from the 552-region gazetteer (Provinsi/Kabupaten/Kota X), people
from a pool of some thousands of names, one random date in 2014-2025 per
article (so events are mostly unique), the article number in the title.

    .venv/bin/python scripts/bench_load.py --articles 20000 --cache bench-data/c20k.pickle
    .venv/bin/python scripts/bench_load.py --articles 20000 --keep bench-data/s20k.kg --queries

Figures (2026-12-07, 2 shared cores, load average 5-14 from other sessions, so
+-30%; main 4fd9ce7 -> branch store; --steps fresh,add,rerun --cache ...):
  5k fresh        261 s -> 237 s (resolve 84 -> 67 s, load 158 -> 143 s; store reads 0.1 -> 6.8 s)
  +1,000 into 5k   60 s ->  54 s (store reads: dump 10.6 s -> look-ups 3.0 s)
  re-run of 5k     97 s (reloaded, 123,030 writes) -> 3.6 s (passed over, 0 writes)
  20k fresh      1523 s -> 1019 s (resolve 553 -> 271 s)
  +1,000 into 20k 125-165 s on both (load ~40-95 s, checkpoint at close up to 23 s)

Branch sstore (2026-12-07; load average 5-11 from up to 8 sessions, the runs
not back to back, so take the shares, not the seconds; same counts before and
after: the stores are the same):
  5k fresh under cProfile  645 s -> 627 s: people() 171.8 -> 96.8 s, cluster 149.4 -> 67.3 s,
                           try_merge 596,492 -> 266,058 calls (blocking by key, kg/resolve/people.py)
  20k fresh               1380 s -> 1166 s (resolve 461 -> 374 s, load 659 -> 544 s, store reads 158 -> 128 s)
  +1,000 into 20k           32 s (resolve 5.9, load 15.8, store reads 2.5); re-run of 20k 4.0 s, 0 changes
"""
from __future__ import annotations

import argparse
import gc
import datetime as dt
import json
import multiprocessing as mp
import os
import pickle
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import kg  # noqa: E402
import kg.pipeline as pipeline  # noqa: E402
from kg.extract.pipeline import extract_safely  # noqa: E402
from kg.lang import regions  # noqa: E402
from kg.store import open_store  # noqa: E402

FIRST = ["Budi", "Siti", "Andi", "Rina", "Yohanes", "Maria", "Agus", "Dewi", "Made", "Nyoman", "Teuku", "Fransiska",
         "Ahmad", "Yusuf", "Hendra", "Lestari", "Wayan", "Ketut", "Putu", "Robert", "Stefanus", "Imelda", "Rahmat",
         "Fitri", "Joko", "Slamet", "Bambang", "Sri", "Hasan", "Ilham", "Nurul", "Rizky", "Dimas", "Ayu", "Fajar",
         "Gilang", "Hana", "Irfan", "Kartika", "Lukas", "Markus", "Natalia", "Oktavia", "Paulus", "Rudi", "Sinta",
         "Taufik", "Umar", "Vivi", "Wahyuni", "Yosef", "Zainal", "Arief", "Benny", "Citra", "Daniel", "Erni", "Ferry"]
LAST = ["Santoso", "Lubis", "Siregar", "Wijaya", "Pratama", "Nainggolan", "Tanjung", "Sihombing", "Mahendra",
        "Kusuma", "Harahap", "Nasution", "Simanjuntak", "Hutapea", "Manurung", "Saragih", "Purba", "Ginting",
        "Tarigan", "Sembiring", "Setiawan", "Hidayat", "Saputra", "Gunawan", "Kurniawan", "Permana", "Suryadi",
        "Rahman", "Hakim", "Syahputra", "Situmorang", "Pangaribuan", "Tampubolon", "Marpaung", "Sinaga", "Damanik",
        "Manik", "Bria", "Seran", "Nahak", "Kase", "Tallo", "Fanggidae", "Ndoen", "Lado", "Benu", "Rohi", "Pello"]
ORIG = re.compile(r"\b(Reni Rinjani|Wahyu Dinata|Baharudin Hamzah|Henry Casandra Gultom|Petrus [A-Z][a-z]+"
                  r"|Betty Epsilon Idroos|[A-Z][a-z]+ [A-Z][a-z]+ [A-Z]\.[A-Z][a-z]+\.?)\b")
PLACE = re.compile(r"\b(Provinsi Nusa Tenggara Timur|Provinsi Daerah Khusus Jakarta|Provinsi Jawa Tengah"
                   r"|Kota Semarang|Provinsi NTT|NTT)\b")
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def corpus(n: int, start: int = 0, seed: int = 11):
    """Articles start..start+n (the same numbers give the same articles)."""
    base = kg.read_articles([str(ROOT / "examples" / "pages")]).articles
    places = [r.full for r in regions.regions()]
    day0 = dt.date(2014, 1, 1).toordinal()
    for k in range(start, start + n):
        rnd = random.Random(seed * 10_000_019 + k)
        src = base[k % len(base)]
        place = rnd.choice(places)
        names: dict[str, str] = {}

        def person(m):
            return names.setdefault(m.group(0), f"{rnd.choice(FIRST)} {rnd.choice(LAST)}")
        d = dt.date.fromordinal(day0 + rnd.randrange(12 * 365))
        body = ORIG.sub(person, src.body)
        body = PLACE.sub(place, body)
        body = re.sub(r"\((\d{1,2})/(\d{1,2})(?:/\d{2,4})?\)", f"({d.day}/{d.month}/{d.year})", body)
        body = re.sub(r"\b\d{1,2} (?:" + "|".join(BULAN) + r") \d{4}\b", f"{d.day} {BULAN[d.month - 1]} {d.year}", body)
        title = PLACE.sub(place, ORIG.sub(person, src.title)) + f" {k}"
        yield {"title": title, "body": body, "url": f"https://kpu.example/bench/{k}", "date": d.isoformat()}


def write_pages(path: Path, n: int, start: int = 0) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in corpus(n, start):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _extract(arts):
    return {a.id: extract_safely(a) for a in arts}


def fill_cache(pages: list[Path], cache: dict, procs: int) -> None:
    arts = [a for a in kg.read_articles([str(p) for p in pages]).articles if a.id not in cache]
    if not arts:
        return
    t = time.perf_counter()
    chunks = [arts[i:i + 200] for i in range(0, len(arts), 200)]
    with mp.get_context("fork").Pool(procs) as pool:
        for got in pool.imap_unordered(_extract, chunks):
            cache.update(got)
    print(f"extracted {len(arts)} articles for the cache in {time.perf_counter() - t:.0f}s "
          f"({procs} processes)", flush=True)


class Timers:
    """Seconds spent in the pipeline's resolve, its store loads and its store reads."""

    def __init__(self, cache: dict):
        self.t = {"resolve": 0.0, "load": 0.0, "store reads": 0.0}
        orig_resolve = pipeline.resolve

        def resolve(*a, **k):
            t = time.perf_counter()
            try:
                return orig_resolve(*a, **k)
            finally:
                self.t["resolve"] += time.perf_counter() - t
        pipeline.resolve = resolve
        pipeline.extract_safely = lambda art, *a, **k: cache[art.id] if art.id in cache else extract_safely(art)

    def wrap(self, store):
        for name, what in (("load", "load"), ("graph", "store reads"), ("nodes", "store reads"),
                           ("known", "store reads"), ("pairs", "store reads"), ("date_spans", "store reads"),
                           ("events_near", "store reads"), ("name_rows", "store reads")):
            fn = getattr(store, name, None)
            if fn is None:
                continue

            def timed(*a, _fn=fn, _what=what, **k):
                t = time.perf_counter()
                try:
                    return _fn(*a, **k)
                finally:
                    self.t[_what] += time.perf_counter() - t
            setattr(store, name, timed)
        return store

    def reset(self):
        for k in self.t:
            self.t[k] = 0.0


def run_build(timers: Timers, pages: list[Path], path: Path, batch: int, what: str):
    timers.reset()
    t = time.perf_counter()
    with open_store(str(path)) as store:
        timers.wrap(store)
        rep = pipeline.build([str(p) for p in pages], store, batch_size=batch, progress=False)
        t_close = time.perf_counter()
    total = time.perf_counter() - t
    close = time.perf_counter() - t_close
    rest = total - sum(timers.t.values()) - close
    changes = rep.load.nodes_created + rep.load.nodes_updated + rep.load.edges_written
    print(f"{what}: {rep.articles} articles, {rep.facts} facts in {total:.1f}s = {rep.articles / total:,.0f} "
          f"articles/s, {rep.facts / total:,.0f} facts/s | " + ", ".join(f"{k} {v:.1f}s" for k, v in timers.t.items())
          + f", close {close:.1f}s, rest {rest:.1f}s | nodes created {rep.load.nodes_created}, updated "
          f"{rep.load.nodes_updated}, edges written {rep.load.edges_written} ({changes} changes)", flush=True)
    return rep


def entities_of(path: Path) -> list:
    with open_store(str(path), read_only=True) as store:
        return kg.resolve.entities(store.graph(text=False))


def query_p95(path: Path, runs: int) -> None:
    from bench_store import time_query
    from kg import queries
    with open_store(str(path), read_only=True) as store:
        g = store.graph(text=False)
        rnd = random.Random(1)
        print(f"\n{'query':16} {'median ms':>10} {'p95 ms':>8} {'rows':>6}")
        for name in queries.catalogue():
            time_query(store, name, g, rnd, runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--add", type=int, default=1000, help="new articles added after the fresh build")
    ap.add_argument("--add-start", type=int, help="number of the first added article (default: --articles)")
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--cache", help="facts cache file (made if missing, extended if short)")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--keep", help="keep the store built at this path")
    ap.add_argument("--start-from", help="copy this store and build into the copy (with --steps add)")
    ap.add_argument("--queries", action="store_true", help="catalogue median/p95 on the store built")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--steps", default="fresh,rerun,add", help="which builds, in order (fresh, rerun, add)")
    ap.add_argument("--entities", help="after each step write the store's entities to ENTITIES.STEP.json")
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} (2 cores, shared)", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-load-"))
    try:
        first, added = tmp / "corpus.jsonl", tmp / "added.jsonl"
        write_pages(first, args.articles)
        write_pages(added, args.add, start=args.articles if args.add_start is None else args.add_start)
        cache: dict = {}
        if args.cache and Path(args.cache).exists():
            with open(args.cache, "rb") as fh:
                cache = pickle.load(fh)
        n0 = len(cache)
        fill_cache([first, added], cache, args.procs)
        if args.cache and len(cache) != n0:
            Path(args.cache).parent.mkdir(parents=True, exist_ok=True)
            with open(args.cache, "wb") as fh:
                pickle.dump(cache, fh, protocol=pickle.HIGHEST_PROTOCOL)
        gc.freeze()  # the cache's millions of objects are not the build's: keep them out of every collection
        timers = Timers(cache)
        store = Path(args.keep) if args.keep else tmp / "bench.kg"
        for old in (store, Path(str(store) + ".wal")):
            if old.exists():
                old.unlink()
        if args.start_from:  # a store built before (e.g. --steps fresh --keep X), copied
            shutil.copy(args.start_from, store)
        steps = {"fresh": ([first], f"fresh build ({args.articles})"), "rerun": ([first], "re-run of the same build"),
                 "add": ([added], f"+{args.add} new articles")}
        for step in args.steps.split(","):
            run_build(timers, steps[step][0], store, args.batch_size, steps[step][1])
            if args.entities:
                Path(f"{args.entities}.{step}.json").write_text(
                    json.dumps(entities_of(store), ensure_ascii=False, indent=0, default=str))
        print(f"store file: {store.stat().st_size / 1e6:.0f} MB; load average now {os.getloadavg()[0]:.2f}", flush=True)
        if args.queries:
            query_p95(store, args.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
