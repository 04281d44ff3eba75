"""Time the analytics on a generated graph of about N facts (default 1M), or on a store.

    .venv/bin/python scripts/bench_analytics.py                 # 1M generated facts
    .venv/bin/python scripts/bench_analytics.py --facts 100000 --json
    .venv/bin/python scripts/bench_analytics.py --store ./kpu.kg

The graph comes from kg.store.sample.synthetic_graph (the store benchmark's
generator), so both benchmarks measure the same shape of graph. Progress goes
to stderr, one line per step; the table (or --json) to stdout.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import analytics  # noqa: E402
from kg.analytics import Scope  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=1_000_000, help="facts to generate (default 1M)")
    ap.add_argument("--store", help="read this store instead of generating a graph")
    ap.add_argument("--pivots", type=int, help="betweenness pivots (default: kg.analytics.centrality's budget)")
    ap.add_argument("--json", action="store_true", help="print the timings as JSON")
    args = ap.parse_args(argv)
    steps: list[dict] = []

    def step(name, fn):
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t
        size = len(out) if hasattr(out, "__len__") else ""
        steps.append({"step": name, "seconds": round(dt, 2), "result size": size})
        print(f"bench: {name}: {dt:.2f}s", file=sys.stderr, flush=True)
        return out

    if args.store:
        from kg.store import open_store
        with open_store(args.store) as store:
            graph = step(f"read graph from {args.store}", store.graph)
    else:
        from kg.store.sample import synthetic_graph
        graph = step(f"generate {args.facts} facts", lambda: synthetic_graph(args.facts))
    facts = sum(1 for e in graph.edges if e.props.get("article"))
    part = step("index participation", lambda: analytics.Participation(graph))
    last_year = Scope.make(f"{max(d for d in part.date.values() if d)[:4]}")
    co = step("project coattendance", lambda: analytics.project(graph, "coattendance", part=part))
    step("project coparticipation", lambda: analytics.project(graph, "coparticipation", part=part))
    step("project satker_topic", lambda: analytics.project(graph, "satker_topic", part=part))
    step("project full (MultiDiGraph)", lambda: analytics.project(graph, "full"))
    step("centrality satker degree+pagerank+betweenness",
         lambda: analytics.centrality(graph, ("Satker",), "pagerank", part=part, sample=args.pivots))
    step("centrality person (last year)",
         lambda: analytics.centrality(graph, ("Person",), "degree", scope=last_year, part=part, sample=args.pivots))
    step("communities satker (Louvain)", lambda: analytics.communities(graph, "coattendance", part=part))
    some = max(co.degree, key=lambda t: t[1])[0] if len(co) else None
    if some:
        step("closest satkers to the busiest", lambda: analytics.closest(graph, some, part=part))
    step("timeline by topic", lambda: analytics.timeline(graph, by="topic", part=part))
    step("topics", lambda: analytics.topics(graph, part=part))
    from kg.viz import html_view
    step("html view (2000 nodes max)", lambda: html_view(graph, max_nodes=2000))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {"nodes": len(graph.nodes), "edges": len(graph.edges), "facts": facts,
               "peak_rss_mb": round(peak), "analytics_seconds":
               round(sum(s["seconds"] for s in steps if not s["step"].startswith(("generate", "read"))), 2),
               "steps": steps}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{summary['nodes']} nodes, {summary['edges']} edges ({facts} facts), peak RSS {summary['peak_rss_mb']} MB")
        w = max(len(s["step"]) for s in steps)
        for s in steps:
            print(f"{s['step']:<{w}}  {s['seconds']:>8.2f}s  {s['result size']}")
        print(f"{'analytics total':<{w}}  {summary['analytics_seconds']:>8.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
