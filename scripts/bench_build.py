#!/usr/bin/env python3
"""`kg build` end to end (read, extract, resolve, load) on a generated corpus:
articles per second overall, and the time of each batch, so a cost that grows
with what is already stored shows as later batches taking longer.

The corpus is scripts/bench_extract.py's: the seed articles recombined, their
regions and people swapped, written to a JSON Lines file and read back like
scraped pages.

    .venv/bin/python scripts/bench_build.py [--articles 5000] [--batch-size 500]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_extract import corpus  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.store import open_store  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--batch-size", type=int, default=500)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "corpus.jsonl"
        with pages.open("w", encoding="utf-8") as fh:
            for a in corpus(args.articles):
                fh.write(json.dumps({"title": a.title, "body": a.body, "url": f"https://kpu.example/{a.source}",
                                     "date": a.date}, ensure_ascii=False) + "\n")
        marks: list[tuple[float, str]] = []
        t0 = time.perf_counter()
        with open_store(str(Path(tmp) / "bench.kg")) as store:
            rep = build([str(pages)], store, batch_size=args.batch_size,
                        progress=lambda line: marks.append((time.perf_counter(), line)))
        total = time.perf_counter() - t0
    prev = t0
    for t, line in marks:
        print(f"{t - prev:6.1f}s  {line}")
        prev = t
    print(f"built {rep.articles} articles ({rep.facts} facts) in {total:.1f}s: {rep.articles / total:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
