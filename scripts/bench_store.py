"""Benchmark the embedded store: load a generated graph of N facts, then time
every catalogue query (median and p95 over varied parameters).

    .venv/bin/python scripts/bench_store.py            # 1M facts
    .venv/bin/python scripts/bench_store.py --facts 100000 --runs 20
    .venv/bin/python scripts/bench_store.py --store bench-data/1m.kg --reuse --only explain

Prints the figures; the store file goes in a temporary directory unless --store.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import queries  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.sample import synthetic_graph  # noqa: E402


def post_and_org(g, rnd: random.Random) -> dict:
    """A post title with the satker one of its posts belongs to (a random pair would match nothing)."""
    of = [e for e in g.edges if e.type == "OF"]
    e = of[rnd.randrange(len(of))]
    return {"role": g.nodes[e.src].props["name"], "satker": g.nodes[e.dst].props["name"]}


def params_for(name: str, g, rnd: random.Random) -> dict:
    def some(label):
        keys = [k for k in g.nodes if k[0] == label]
        return g.nodes[keys[rnd.randrange(len(keys))]].props["name"]
    return {
        "holders": lambda: {"satker": some("Satker")},
        "person_posts": lambda: {"person": some("Person")},
        "post_history": lambda: post_and_org(g, rnd),
        "satker_events": lambda: {"satker": some("Satker"), "from": "2022-01-01", "to": "2023-12-31"},
        "event": lambda: {"event": some("Event")},
        "topic_events": lambda: {"topic": some("Topic")},
        "co_attendance": lambda: {"satker": some("Satker")},
        "topic_speakers": lambda: {"topic": some("Topic")},
        "satker_units": lambda: {"satker": some("Satker")},
        "search": lambda: {"q": some("Person")[-5:]},
        "explain": lambda: {"name": some("Person")},
        "conflicts": lambda: {},
    }[name]()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--store", help="store file (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="time the queries on --store as it is, without loading")
    ap.add_argument("--only", default="", help="comma-separated queries to time (default: all)")
    ap.add_argument("--skip", default="", help="comma-separated queries not to time")
    args = ap.parse_args()

    t = time.perf_counter()
    g = synthetic_graph(args.facts)
    n_facts = sum(1 for e in g.edges if "article" in e.props)
    print(f"generated {len(g.nodes):,} nodes, {n_facts:,} facts, {len(g.edges) - n_facts:,} structural edges "
          f"in {time.perf_counter() - t:.1f}s", flush=True)
    tmp = tempfile.TemporaryDirectory()
    path = args.store or str(Path(tmp.name) / "bench.kg")
    with open_store(path, read_only=args.reuse) as store:
        if args.reuse:
            print(f"reusing {path}: {store.stats()['labels']}", flush=True)
        else:
            load(store, g, n_facts)
    with open_store(path, read_only=True) as store:
        rnd = random.Random(1)
        skip = set(filter(None, args.skip.split(",")))
        only = set(filter(None, args.only.split(",")))
        print(f"\n{'query':16} {'median ms':>10} {'p95 ms':>8} {'rows':>6}")
        for name in queries.catalogue():
            if name in skip or (only and name not in only):
                continue
            time_query(store, name, g, rnd, args.runs)
    tmp.cleanup()


def load(store, g, n_facts: int) -> None:
    """A fresh load of everything, then an incremental batch whose articles are
    already stored (their fact edges are replaced)."""
    t = time.perf_counter()
    rep = store.load(g)
    secs = time.perf_counter() - t
    print(f"load (fresh): {secs:.1f}s, {n_facts / secs:,.0f} facts/s  {rep.to_dict()}", flush=True)
    sub = synthetic_graph(max(1000, n_facts // 100), seed=99)
    t = time.perf_counter()
    store.load(sub)
    print(f"load (incremental, {sum(1 for e in sub.edges if 'article' in e.props):,} facts, "
          f"articles replaced): {time.perf_counter() - t:.1f}s", flush=True)


def time_query(store, name: str, g, rnd: random.Random, runs: int) -> None:
    store.query(name, params_for(name, g, rnd))  # warm-up
    times, rows = [], 0
    for _ in range(runs):
        p = params_for(name, g, rnd)
        t = time.perf_counter()
        rows += len(store.query(name, p))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(f"{name:16} {statistics.median(times):10.1f} {p95:8.1f} {rows / runs:6.1f}", flush=True)


if __name__ == "__main__":
    main()
