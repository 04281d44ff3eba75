"""Benchmark: `kg serve` on a generated graph of N facts (default 100,000): the
export, the Oxigraph bulk load and count, the server's start, and the catalogue
twins over HTTP (median and max of --runs runs each).

    .venv/bin/python scripts/bench_endpoint.py
    .venv/bin/python scripts/bench_endpoint.py --facts 1000000 --runs 5

The graph comes from kg.store.sample.synthetic_graph, as in the store and
export benchmarks. The server listens on a free port of 127.0.0.1 and is
stopped at the end.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export import endpoint  # noqa: E402
from kg.store.sample import synthetic_graph  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="data directory to keep (default: a temp dir, removed)")
    args = ap.parse_args()

    t = time.perf_counter()
    graph = synthetic_graph(args.facts)
    print(f"generated {len(graph.nodes)} nodes, {len(graph.edges)} edges in {time.perf_counter() - t:.1f}s")
    tmp = None if args.keep else tempfile.TemporaryDirectory(prefix="bench-endpoint-")
    data = Path(args.keep or tmp.name) / "ep"
    t = time.perf_counter()
    loaded = endpoint.load(data, graph=graph, progress=True)
    secs = time.perf_counter() - t
    print(f"export + load + count: {loaded.quads} quads in {secs:.1f}s ({loaded.quads / secs:,.0f} quads/s)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t = time.perf_counter()
    with endpoint.serve(data, port) as srv:
        print(f"server answering in {time.perf_counter() - t:.2f}s at {srv.url}")
        satker = next(n.props["name"] for n in graph.nodes.values() if n.label == "Satker")
        topic = next((n.props["name"] for n in graph.nodes.values() if n.label == "Topic"), "Pemutakhiran Data")
        cases = [("holders", {"satker": satker}), ("satker_events", {"satker": satker}),
                 ("topic_events", {"topic": topic}), ("co_attendance", {"satker": satker})]
        for name, params in cases:
            times, rows = [], 0
            for _ in range(args.runs):
                t = time.perf_counter()
                rows = len(endpoint.query(srv.url, name, params, timeout=600))
                times.append(time.perf_counter() - t)
            print(f"{name:14s} {rows:5d} rows  median {statistics.median(times) * 1000:8.1f} ms"
                  f"  max {max(times) * 1000:8.1f} ms")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
