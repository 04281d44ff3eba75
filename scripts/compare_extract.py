#!/usr/bin/env python3
"""`kg extract` of this tree against the same command at a git revision, byte
for byte, on every page set we have: examples/pages, each tests/fixtures set
and ../shared/seeds. A change meant to make extraction faster, not different,
must print "identical" for every set.

    .venv/bin/python scripts/compare_extract.py [--ref main] [--keep DIR]

The revision is checked out in a temporary git worktree and run with this
tree's interpreter, its package imported from that tree, so both sides read
their own rules and schema files. Both sides run with the same PYTHONHASHSEED
(each of --seeds): the order of two topics tied on one cue follows set
iteration (kg.extract.topics.topics_for, `for cid in ids`), so two runs of the
same code can differ under different seeds. Exit status 1 when any set differs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
NL = b"\n"
# `kg` from `tree`: an editable install's import hook would find this tree's package first
RUN = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, '__module__', '')"
       ".startswith('__editable__')]; sys.path.insert(0, {tree!r}); import kg; "
       "assert kg.__file__.startswith({tree!r}), kg.__file__; from kg.cli import main; sys.argv[0] = 'kg'; main()")


def page_sets() -> list[Path]:
    sets = [ROOT / "examples" / "pages", *sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if p.is_dir())]
    if SEEDS.is_dir():
        sets.append(SEEDS)
    return sets


def extract(tree: Path, pages: Path, out: Path, seed: str) -> int:
    """`kg extract PAGES -o OUT` with `tree`'s package; the exit status (1: some article skipped)."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    cmd = [sys.executable, "-c", RUN.format(tree=str(tree)), "extract", str(pages), "-o", str(out), "--no-progress"]
    res = subprocess.run(cmd, env=env, cwd=tree, capture_output=True, text=True)
    if res.returncode not in (0, 1):
        raise SystemExit(f"{tree}: kg extract {pages} failed: {res.stderr.strip().splitlines()[-1:]}")
    return res.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="main", help="git revision to compare with (default: main)")
    ap.add_argument("--seeds", default="0,1", help="PYTHONHASHSEED values to run both sides under (default: 0,1)")
    ap.add_argument("--keep", help="keep both sides' JSONL in this folder")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="kg-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    ref_tree = work / "ref-tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(ref_tree), args.ref], check=True)
    runs = differ = 0
    try:
        for seed in args.seeds.split(","):
            for pages in page_sets():
                here = work / f"{pages.parent.name}-{pages.name}.{seed}.here.jsonl"
                there = work / f"{pages.parent.name}-{pages.name}.{seed}.ref.jsonl"
                rc_here, rc_ref = extract(ROOT, pages, here, seed), extract(ref_tree, pages, there, seed)
                a, b = here.read_bytes(), there.read_bytes()
                same = a == b and rc_here == rc_ref
                runs += 1
                differ += not same
                print(f"seed {seed} {pages.name:16} {a.count(NL):6} facts  {'identical' if same else 'DIFFERENT'}"
                      f"{'' if rc_here == rc_ref else f' (exit {rc_here} here, {rc_ref} at {args.ref})'}", flush=True)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(ref_tree)], check=False)
    print(f"{runs - differ} of {runs} runs (page sets x seeds) identical to {args.ref}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
