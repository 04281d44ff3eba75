"""Concurrent use of one embedded store, by real processes (issue 14, item 4).

A second writer is refused at once with one line; a reader while a build
writes gets one line saying so, or (before and after) the answer of a whole
state; a writer waits for a reader to finish. docs/store.md, "Concurrent use
and killed builds", says the same.
"""
from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures"
BASE = sorted(str(p) for p in (FIX / "pages").glob("*.txt") if p.name != "header_only.txt")  # the others hold articles
NEW = sorted(str(p) for d in ("unseen", "unseen2") for p in (FIX / d).glob("*.txt"))
BEING_WRITTEN = "store is being written"
READERS = [
    ["stats", "--format", "json"],
    ["query", "search", "-p", "q=kpu", "--format", "json"],
    ["cypher", "MATCH (p:Person) RETURN count(*) AS n", "--format", "json"],
    ["cypher", "MATCH (a:Article)-[m:MENTIONS]->(x) RETURN count(m) AS n", "--format", "json"],
]


def kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, **kw)


def start_build(store: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *NEW, "--store", str(store), "--batch-size", "5"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def writing(store: Path) -> bool:
    """A writer holds the store's lock (a shared lock cannot be had)."""
    lock = store.with_name(store.name + ".lock")
    if not lock.exists():
        return False
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def wait_writing(proc: subprocess.Popen, store: Path) -> None:
    deadline = time.monotonic() + 60
    while not writing(store):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the build never took the store's lock"
        time.sleep(0.01)


def one_line_error(proc: subprocess.CompletedProcess, words: str) -> None:
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("kg: error: ") and words in proc.stderr, proc.stderr


@pytest.fixture()
def store(tmp_path) -> Path:
    s = tmp_path / "c.kg"
    assert kg("build", *BASE, "--store", str(s), "--quiet").returncode == 0
    return s


def test_a_second_writer_is_refused_at_once_with_one_line(store):
    first = start_build(store)
    try:
        wait_writing(first, store)
        t0 = time.monotonic()
        second = kg("build", *BASE, "--store", str(store), "--quiet")
        took = time.monotonic() - t0
        still = first.poll() is None
    finally:
        first.wait(timeout=300)
    assert first.returncode == 0, first.stderr.read()
    one_line_error(second, "store is busy (another process is writing to it)")
    assert still, "the first build ended before the second was refused: the test proved nothing"
    print(f"second writer refused in {took:.2f}s")


def test_readers_during_a_build_get_a_whole_state_or_one_line(store):
    before = {tuple(r): kg(*r, "--store", str(store)) for r in READERS}
    assert all(p.returncode == 0 for p in before.values()), [p.stderr for p in before.values()]
    build = start_build(store)
    answers, refused_while_writing = [], 0
    try:
        wait_writing(build, store)
        while build.poll() is None:
            for r in READERS:
                p = kg(*r, "--store", str(store))
                answers.append((tuple(r), p))
                if p.returncode and build.poll() is None:
                    refused_while_writing += 1
    finally:
        build.wait(timeout=300)
    assert build.returncode == 0, build.stderr.read()
    after = {tuple(r): kg(*r, "--store", str(store)) for r in READERS}
    assert all(p.stdout != before[r].stdout for r, p in after.items() if r[0] == "stats")  # the build changed it
    for r, p in answers:
        if p.returncode == 0:
            assert p.stdout in (before[r].stdout, after[r].stdout), (r, p.stdout[:300])
        else:
            one_line_error(p, BEING_WRITTEN)
    assert refused_while_writing, "no reader ran while the build wrote"
    print(f"{len(answers)} reads during the build: {sum(1 for _, p in answers if p.returncode)} refused, "
          f"{sum(1 for _, p in answers if not p.returncode)} answered")


def test_a_writer_waits_for_a_reader_to_finish(store):
    hold = ("import sys, time\nfrom kg.store import open_store\n"
            "with open_store(sys.argv[1], read_only=True) as s:\n"
            "    s.stats(); print('open', flush=True); time.sleep(3)\n")
    reader = subprocess.Popen([sys.executable, "-c", hold, str(store)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert reader.stdout.readline().strip() == "open"
        writer = kg("build", *BASE, "--store", str(store), "--quiet")
    finally:
        reader.wait(timeout=60)
    assert reader.returncode == 0
    assert writer.returncode == 0, writer.stderr
