"""Benchmark: export a generated graph of N facts (default 1,000,000) to every
RDF format (N-Triples, Turtle, TriG streamed; JSON-LD in memory only up to
--jsonld-max facts) and to neo4j-admin CSVs, and report triples (records) per second.

    .venv/bin/python scripts/bench_export.py            # 1M facts
    .venv/bin/python scripts/bench_export.py --facts 100000 --formats ntriples,neo4j-csv

The graph comes from kg.store.sample.synthetic_graph (the store benchmark's
generator), so both benchmarks measure the same shape of data.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export import export  # noqa: E402
from kg.export.rdf import FORMATS  # noqa: E402
from kg.store.sample import synthetic_graph  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--formats", default="ntriples,turtle,trig,neo4j-csv,jsonld")
    ap.add_argument("--jsonld-max", type=int, default=50_000, help="skip JSON-LD above this many facts")
    ap.add_argument("--keep", help="directory to keep the outputs in (default: a temp dir, removed)")
    args = ap.parse_args()

    t = time.perf_counter()
    graph = synthetic_graph(args.facts)
    print(f"generated {len(graph.nodes)} nodes, {len(graph.edges)} edges in {time.perf_counter() - t:.1f}s",
          file=sys.stderr)
    out = Path(args.keep or tempfile.mkdtemp(prefix="kg-bench-export-"))
    out.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for fmt in args.formats.split(","):
            if fmt == "jsonld" and args.facts > args.jsonld_max:
                print(f"skip jsonld: {args.facts} facts > --jsonld-max {args.jsonld_max} (built in memory)",
                      file=sys.stderr)
                continue
            target = out / ("csv" if fmt == "neo4j-csv" else f"export{FORMATS[fmt][0]}")
            stats = export(graph, target, fmt)
            size = (sum(f.stat().st_size for f in target.iterdir()) if target.is_dir() else target.stat().st_size)
            row = {"format": fmt, "facts": args.facts, "nodes": len(graph.nodes), "edges": len(graph.edges),
                   "unit": "records" if fmt == "neo4j-csv" else "triples", "count": stats.triples,
                   "seconds": round(stats.seconds, 2), "per_second": round(stats.triples / stats.seconds),
                   "megabytes": round(size / 1e6, 1)}
            results.append(row)
            print(json.dumps(row), flush=True)
            if target.is_file() and not args.keep:
                target.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
    print(f"cpu: {os.cpu_count()} cores; python {sys.version.split()[0]}", file=sys.stderr)


if __name__ == "__main__":
    main()
