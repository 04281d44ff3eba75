"""Kill `kg build` with SIGKILL while it adds pages to a store that already
holds data, and check what the kill left (issue 14, item 2).

    .venv/bin/python scripts/kill_trials.py --trials 40            # random moments
    .venv/bin/python scripts/kill_trials.py --moments loading-copy,closing --trials 4

Each trial copies a store built from the base pages, runs `kg build NEW
--store COPY` as a child process and kills it at one moment, found from what
the build does rather than from a hook in the code:

  reading          a random delay before the first batch is loaded (reading, extracting, resolving)
  loading          the store's write-ahead log grows: a batch's UNWIND statements are being written
  loading-copy     a `kg-copy-*.csv` appears in the child's TMPDIR: a batch's COPY FROM is in flight
                   (never, now, into a store that holds data: COPY goes only into empty tables)
  checkpoint       the store file changes while the log holds the batch: the commit's checkpoint
  between-batches  the progress line of batch 1 is out: batch 1 is committed, batch 2 is being made
  closing          the progress line of the last batch is out: the store is checkpointing on close

After the kill the store must open (`kg stats`), hold no duplicate key, no
edge to a missing article, no Name without its entity or entity without its
Name, and hold the base articles plus the articles of whole batches only (a
prefix of the build's batches, each article with as many facts as one clean
build gives it). Then the build runs again to its end and must give the
`kg stats` and `kg entities` of one clean build of all the pages into a fresh
store. Prints one line per trial and a summary; exit status 1 if any failed.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"  # the project's seed pages where they are, else the sample pages
BASE_PAGES = [str(SEEDS if SEEDS.is_dir() else FIXTURES / "pages")]
NEW_PAGES = [str(FIXTURES / d) for d in ("unseen", "unseen2")]
BATCH = 20  # articles per batch: two batches of the new pages
MOMENTS = ("reading", "loading", "checkpoint", "between-batches", "closing")  # and loading-copy, on request


def kg(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, cwd=ROOT)
    if check and proc.returncode not in (0,):
        raise RuntimeError(f"kg {' '.join(args)}: exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return proc


def pages(dirs: list[str]) -> list[str]:
    """The page files of the folders (or the files named), in the order a build reads them."""
    return [p for d in dirs for p in (sorted(glob.glob(os.path.join(d, "*.txt"))) if os.path.isdir(d) else [d])]


def build_args(paths: list[str], store: Path) -> list[str]:
    return ["build", *paths, "--store", str(store), "--batch-size", str(BATCH), "--format", "json"]


def state(store: Path) -> dict:
    """What the store holds: what `kg stats` and `kg entities` print (the same
    calls, in this process) and what Cypher on the store finds wrong."""
    from kg.resolve import entities as list_entities
    from kg.schema import load as load_schema
    from kg.store import open_store
    from kg.store.names import forms
    with open_store(str(store), read_only=True) as s:
        stats = s.stats()
        graph = s.graph()
        rows = list_entities(graph)
        named = s.cypher("MATCH (k:Name)-[:NAMES]->(x) RETURN k.key AS key, label(x) AS label, x.id AS id")
    wrong_names = sum(1 for r in named if (r["label"], r["id"]) not in graph.nodes
                      or r["key"] not in forms(graph.nodes[(r["label"], r["id"])]))
    stats = [{"kind": k, "name": n, "count": c} for k in ("labels", "relationships") for n, c in stats[k].items()] + \
        [{"kind": "conflict", **c} for c in stats["conflicts"]]
    entities = sorted({(r["label"], r["name"] or "", tuple(sorted(r["aliases"]))) for r in rows})
    schema = load_schema()
    problems, facts = [f"{wrong_names} NAMES edges to an entity not so named"] if wrong_names else [], {}
    with open_store(str(store), read_only=True) as s:
        one = lambda text: s.cypher(text)[0]["n"]  # noqa: E731
        for label, lab in schema.labels.items():
            n = one(f"MATCH (x:{label}) WITH x.{lab.key} AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS n")
            if n:
                problems.append(f"{n} duplicate {label} keys")
            if label in ("Person", "Role", "Satker", "Organization", "Event") and \
                    (n := one(f"MATCH (x:{label}) WHERE NOT EXISTS {{ MATCH (:Name)-[:NAMES]->(x) }} RETURN count(*) AS n")):
                problems.append(f"{n} {label} nodes without a Name")
        if n := one("MATCH (k:Name) WHERE NOT EXISTS { MATCH (k)-[:NAMES]->() } RETURN count(*) AS n"):
            problems.append(f"{n} Name nodes without an entity")
        for rel in schema.rels.values():
            if not rel.fact:
                continue
            if n := one(f"MATCH ()-[r:{rel.name}]->() WHERE NOT EXISTS {{ MATCH (a:Article) WHERE a.id = r.article }} "
                        "RETURN count(*) AS n"):
                problems.append(f"{n} {rel.name} edges citing a missing article")
            for r in s.cypher(f"MATCH ()-[r:{rel.name}]->() RETURN r.article AS a, count(*) AS n"):
                facts[r["a"]] = facts.get(r["a"], 0) + r["n"]
        articles = {r["id"] for r in s.cypher("MATCH (a:Article) RETURN a.id AS id")}
    return {"stats": sorted(json.dumps(r, sort_keys=True) for r in stats), "entities": entities, "problems": problems, "facts": facts, "articles": articles}


def same(a: dict, b: dict) -> bool:
    return all(a[k] == b[k] for k in ("stats", "entities"))


def batches(paths: list[str], before: set[str]) -> list[set[str]]:
    """The articles of each batch the build makes, in order (as kg.pipeline cuts them)."""
    from kg.sources import read_articles
    ids = [a.id for a in read_articles(paths).articles]
    return [set(ids[i:i + BATCH]) for i in range(0, len(ids), BATCH)]


@dataclass
class Setup:
    work: Path
    base: Path  # the store of the base pages, closed cleanly
    base_state: dict
    clean: dict  # one clean build of base + new pages into a fresh store
    new: list[str]
    batches: list[set[str]] = field(default_factory=list)


def prepare(work: Path) -> Setup:
    base = work / "base.kg"
    kg(*build_args(pages(BASE_PAGES), base))
    base_state = state(base)
    fresh = work / "fresh.kg"
    kg(*build_args(pages(BASE_PAGES) + pages(NEW_PAGES), fresh))
    setup = Setup(work, base, base_state, state(fresh), pages(NEW_PAGES))
    setup.batches = batches(setup.new, base_state["articles"])
    return setup


def kill_at(moment: str, store: Path, setup: Setup, rnd: random.Random) -> tuple[str, float]:
    """Start the build and SIGKILL it at `moment`; returns what was seen when it
    was killed (or 'finished' if the build ended first) and the seconds it ran."""
    tmp = Path(tempfile.mkdtemp(dir=setup.work, prefix="tmp-"))
    env = dict(os.environ, TMPDIR=str(tmp))
    wal = store.with_name(store.name + ".wal")
    proc = subprocess.Popen([sys.executable, "-m", "kg", *build_args(setup.new, store)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # stderr as it comes, byte chunks: the progress bar redraws with "\r" and no
    # newline, so a line reader would hand over batch 1's count only with batch 2's
    chunks: list[bytes] = []
    threading.Thread(target=lambda: chunks.extend(iter(lambda: os.read(proc.stderr.fileno(), 4096), b"")),
                     daemon=True).start()
    t0 = time.monotonic()
    wal0 = wal.stat().st_size if wal.exists() else 0
    file0 = (store.stat().st_size, store.stat().st_mtime_ns)
    delay = rnd.uniform(0.5, 2.5)  # the child's imports take about 1 s
    total = sum(len(b) for b in setup.batches)
    seen = None
    while proc.poll() is None and seen is None:
        # the progress bar's count after each batch ("build: articles: 20/40 (50%), ...")
        lines = re.split(r"[\r\n]", b"".join(chunks).decode("utf-8", "replace"))
        done = [x for x in lines if re.search(r"build: articles: [1-9]\d*/", x)]
        if moment == "reading" and not done and time.monotonic() - t0 > delay and \
                (wal.stat().st_size if wal.exists() else 0) == wal0:
            seen = f"reading ({time.monotonic() - t0:.2f}s, no batch loaded)"
        elif moment == "loading" and wal.exists() and wal.stat().st_size > wal0:
            seen = f"loading (write-ahead log {wal0} -> {wal.stat().st_size} bytes, after {len(done)} batches)"
        elif moment == "loading-copy" and list(tmp.glob("kg-copy-*.csv")):
            seen = f"loading-copy (COPY FROM in flight, after {len(done)} batches)"
        elif moment == "checkpoint" and wal.exists() and wal.stat().st_size > wal0 and \
                (store.stat().st_size, store.stat().st_mtime_ns) != file0:
            seen = f"checkpoint (the store file changes while the log holds {wal.stat().st_size} bytes, " \
                   f"after {len(done)} batches)"
        elif moment == "between-batches" and (part := [x for x in done if not re.search(rf"articles: {total}/", x)]):
            seen = f"between-batches ({part[-1].strip().split(' (')[0]})"
        elif moment == "closing" and any(re.search(rf"articles: ({total}/{total}\b|\d+ articles, )", x) for x in lines):
            seen = "closing (last batch loaded, checkpoint on close)"
        else:
            time.sleep(0.002)
    if seen is not None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)
    return (seen or f"finished (exit {proc.returncode})"), time.monotonic() - t0


def check_after_kill(store: Path, setup: Setup) -> tuple[str, list[str]]:
    """The state a kill left: 'before' or 'k batches'; and what is wrong with it."""
    opened = kg("stats", "--store", str(store), "--format", "json", check=False)  # the command a user runs
    if opened.returncode != 0:
        return "unreadable", [f"kg stats: {opened.stderr.strip()}"]
    now = state(store)
    wrong = list(now["problems"])
    new = now["articles"] - setup.base_state["articles"]
    k = next((k for k in range(len(setup.batches) + 1) if new == set().union(*setup.batches[:k])), None)
    if k is None:
        wrong.append(f"{len(new)} new articles are not whole batches")
    for a in new:
        if now["facts"].get(a, 0) != setup.clean["facts"].get(a, 0):
            wrong.append(f"article {a}: {now['facts'].get(a, 0)} facts, a clean build gives {setup.clean['facts'].get(a, 0)}")
    if k == 0 and not same(now, setup.base_state):
        wrong.append("no batch stored, yet the counts or entities changed")
    return ("before" if k == 0 else f"{k} of {len(setup.batches)} batches"), wrong


def trial(i: int, moment: str, setup: Setup, rnd: random.Random) -> dict:
    store = setup.work / f"trial{i}.kg"
    shutil.copy(setup.base, store)
    seen, secs = kill_at(moment, store, setup, rnd)
    try:
        left, wrong = check_after_kill(store, setup)
    except RuntimeError as exc:  # the store did not open or answer
        left, wrong = "unreadable", [str(exc)]
    from kg.pipeline import build
    from kg.store import StoreError, open_store
    try:  # the same build again, run to its end (in this process: the same code as `kg build`)
        with open_store(str(store)) as s:
            build(setup.new, s, batch_size=BATCH, progress=False)
    except StoreError as exc:
        wrong.append(f"re-run failed: {exc}")
    else:
        after = state(store)
        wrong += after["problems"]
        for k in ("stats", "entities"):
            if after[k] != setup.clean[k]:
                extra = sorted(set(map(str, after[k])) - set(map(str, setup.clean[k])))[:3]
                missing = sorted(set(map(str, setup.clean[k])) - set(map(str, after[k])))[:3]
                wrong.append(f"re-run: {k} differ from one clean build: has {extra}, lacks {missing}")
    for p in store.parent.glob(store.name + "*"):
        if not wrong:  # a failed trial's store stays in the work folder, to look at
            p.unlink()
    return {"trial": i, "moment": moment, "seen": seen, "seconds": round(secs, 2), "left": left,
            "ok": not wrong, "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--moments", default=",".join(MOMENTS), help="comma-separated, drawn at random per trial")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--work", default=None, help="folder for the stores (default: a temporary one)")
    ap.add_argument("--batch-size", type=int, default=BATCH)
    ap.add_argument("--new", default=",".join(NEW_PAGES), help="comma-separated folders of the pages to add")
    a = ap.parse_args(argv)
    globals().update(BATCH=a.batch_size, NEW_PAGES=a.new.split(","))
    rnd = random.Random(a.seed)
    moments = a.moments.split(",")
    work = Path(a.work or tempfile.mkdtemp(prefix="kg-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    setup = prepare(work)
    print(f"base store: {len(setup.base_state['articles'])} articles; adding {len(setup.new)} pages in "
          f"{len(setup.batches)} batches of {BATCH} articles; work folder {work}", flush=True)
    results = []
    for i in range(a.trials):
        r = trial(i, moments[i % len(moments)] if a.seed is None and a.trials <= len(moments)
                  else rnd.choice(moments), setup, rnd)
        results.append(r)
        print(f"trial {i}: {r['moment']:<16} killed at: {r['seen']}; left: {r['left']}; "
              f"{'ok' if r['ok'] else 'FAILED: ' + '; '.join(r['wrong'])}", flush=True)
    bad = [r for r in results if not r["ok"]]
    hit: dict[str, int] = {}
    for r in results:
        hit[r["seen"].split(" ")[0]] = hit.get(r["seen"].split(" ")[0], 0) + 1
    print(f"{len(results)} trials, {len(results) - len(bad)} ok, {len(bad)} failed; moments hit: "
          + ", ".join(f"{k} {v}" for k, v in sorted(hit.items())))
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
