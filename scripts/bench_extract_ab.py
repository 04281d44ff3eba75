#!/usr/bin/env python3
"""Extraction speed of this tree against a git revision, A/B back to back on
the same generated corpus (scripts/bench_extract.py's), one process a side,
the sides interleaved round by round: on a machine shared with other jobs
only runs close in time compare, so every run is printed, not an average.

Each run prints articles/s in CPU time (the process's own; wall time counts
the other jobs' turns), the ratio to a bare `re.findall(r"\\w+", body)` pass
over the same bodies (issue 11's aim: <= 5x), the facts and a digest of their
JSON: a change meant to make extraction faster, not different, shows the same
digest on both sides.

    .venv/bin/python scripts/bench_extract_ab.py [--ref main] [--articles 800] [--rounds 2]

The revision is checked out in a temporary git worktree and run with this
tree's interpreter, its package imported from that tree (as
scripts/compare_extract.py does).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

# one side: `tree`'s package, the corpus from `pages`, the figures as one JSON line
RUN = r'''
import hashlib, json, re, sys, time
sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, "__module__", "").startswith("__editable__")]
sys.path.insert(0, {tree!r})
import kg
assert kg.__file__.startswith({tree!r}), kg.__file__
from kg.extract.pipeline import extract_article
from kg.model import Article
arts = [Article.make(d["title"], d["body"], source=d["source"], position=d["position"], site=d["site"],
                     place=d["place"]) for d in map(json.loads, open({pages!r}, encoding="utf-8"))]
for a in arts[:30]:
    extract_article(a)  # warm caches (gazetteer, vocabulary, regexes)
c = time.process_time()
words = sum(len(re.findall(r"\w+", a.body)) for a in arts)
tok = time.process_time() - c
c, t = time.process_time(), time.perf_counter()
facts = [f.to_dict() for a in arts for f in extract_article(a)]
cpu, wall = time.process_time() - c, time.perf_counter() - t
digest = hashlib.sha1("\n".join(json.dumps(f, sort_keys=True, ensure_ascii=False) for f in facts).encode()).hexdigest()
print(json.dumps({{"articles": len(arts), "cpu": cpu, "wall": wall, "tok": tok, "facts": len(facts),
                  "digest": digest[:12]}}))
'''


def write_corpus(path: Path, n: int) -> None:
    from bench_extract import iter_corpus
    with path.open("w", encoding="utf-8") as fh:
        for a in iter_corpus(n, seed=11):
            fh.write(json.dumps({"title": a.title, "body": a.body, "source": a.source, "position": a.position,
                                 "site": a.site, "place": a.place}, ensure_ascii=False) + "\n")


def run(tree: Path, pages: Path) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    res = subprocess.run([sys.executable, "-c", RUN.format(tree=str(tree), pages=str(pages))], env=env, cwd=tree,
                         capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"{tree}: extraction failed: {res.stderr.strip().splitlines()[-1:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="main", help="git revision to compare with (default: main)")
    ap.add_argument("--articles", type=int, default=800)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-ab-"))
    pages, ref_tree = work / "corpus.jsonl", work / "ref-tree"
    write_corpus(pages, args.articles)
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(ref_tree), args.ref], check=True)
    digests = set()
    try:
        for k in range(1, args.rounds + 1):
            for name, tree in ((args.ref, ref_tree), ("this tree", ROOT)):
                r = run(tree, pages)
                digests.add(r["digest"])
                print(f"round {k} {name:10}: {r['articles'] / r['cpu']:5,.0f} articles/s CPU ({r['cpu']:.2f} s; wall "
                      f"{r['wall']:.2f} s), extraction/tokenization = {r['cpu'] / max(r['tok'], 1e-9):,.0f}x in CPU "
                      f"time; {r['facts']} facts, digest {r['digest']}", flush=True)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(ref_tree)], check=False)
        shutil.rmtree(work, ignore_errors=True)
    print("same facts on both sides" if len(digests) == 1 else "FACTS DIFFER between the sides")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
