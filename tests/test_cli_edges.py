"""The CLI's edges (issue 14): missing and unreadable inputs, a store that is a
file or a folder or cannot be made, outputs that cannot be written or that
exist already, unknown formats, queries and commands, missing parameters,
for every command of `kg`. Each ends in one line on stderr naming what is
wrong, a non-zero exit, and nothing half-written: an output file is replaced
whole when the command succeeds and left as it was when it fails.

(The tests run as root, for whom chmod 000 hides nothing: unreadable inputs are
a folder given as a file, a dangling symlink and a FIFO; unwritable outputs a
path under a file, a missing folder and /proc.)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(str(p) for p in (ROOT / "examples" / "pages").glob("*.txt"))
# what a command may say on stderr before it finds the problem (reading a big graph takes a while)
PROGRESS = re.compile(r"kg: (reading graph from .* \.\.\.|\d+ nodes, \d+ edges in [\d.]+s)$")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("store") / "kpu.kg"
    res = CliRunner().invoke(main, ["build", *PAGES, "--store", str(path), "--quiet"])
    assert res.exit_code == 0, res.stderr
    return str(path)


@pytest.fixture()
def odd(tmp_path) -> dict[str, str]:
    """Paths that are not what a command needs."""
    (tmp_path / "notes.txt").write_text("just some notes\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    return {"missing": str(tmp_path / "missing.txt"), "file": str(tmp_path / "notes.txt"),
            "folder": str(tmp_path / "folder"), "dangling": str(tmp_path / "dangling.txt"),
            "fifo": str(tmp_path / "fifo.txt"), "under_file": str(tmp_path / "notes.txt" / "x"),
            "no_folder": str(tmp_path / "nodir" / "x"), "proc": "/proc/kg-test/x"}


def kg(*args: str):
    return CliRunner().invoke(main, list(args))


def one_error(res, *names: str) -> str:
    """The run failed with one line on stderr (after progress, if any) naming `names`."""
    assert res.exit_code not in (0, None), (res.exit_code, res.stdout[-300:], res.stderr)
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    lines = [ln for ln in res.stderr.splitlines() if not PROGRESS.match(ln)]
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), res.stderr
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def leftovers(folder) -> list[str]:
    return [p.name for p in Path(folder).iterdir() if p.name.endswith(".part") or p.name.startswith(".kg-part-")]


# ---------------------------------------------------------------- inputs

@pytest.mark.parametrize("kind", ["missing", "dangling", "fifo", "folder", "file"])
@pytest.mark.parametrize("command", ["extract", "articles", "build"])
def test_unreadable_inputs(odd, tmp_path, kind, command):
    args = [command, odd[kind]] + (["--store", str(tmp_path / "s.kg"), "--quiet"] if command == "build" else [])
    res = kg(*args)
    if command == "build":  # the problem, then the summary on stdout, then "no articles found in ..."
        errs = [ln for ln in res.stderr.splitlines() if ln.startswith("kg: error: ")]
        assert res.exit_code == 1 and errs and all(odd[kind] in ln for ln in errs), res.stderr
        assert len(res.stderr.splitlines()) == 2  # the input's problem and the verdict
    else:
        one_error(res, odd[kind])


def test_unreadable_input_through_the_real_entry(odd, tmp_path):
    """The installed `kg` in a subprocess: exit status 1, one line, no traceback."""
    for kind in ("missing", "dangling", "fifo"):
        proc = subprocess.run([sys.executable, "-m", "kg", "extract", odd[kind]], capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and odd[kind] in proc.stderr, proc.stderr


def test_file_name_with_a_newline_stays_one_line(tmp_path):
    bad = tmp_path / "a\nb.txt"
    bad.write_bytes(b"")
    line = one_error(kg("extract", str(bad)))
    assert "a\\nb.txt: empty file" in line


# ---------------------------------------------------------------- stores

READERS = [["stats"], ["query", "holders", "-p", "satker=KPU RI"], ["cypher", "MATCH (n) RETURN count(n)"],
           ["entities"], ["explain", "KPU RI"], ["sparql", "holders", "-p", "satker=KPU RI"],
           ["analytics", "centrality"], ["analytics", "topics"], ["analytics", "communities"],
           ["analytics", "coattendance"], ["analytics", "timeline"]]
OUTPUTS = [["export", "-o", "{out}.ttl"], ["viz", "-o", "{out}.html"], ["serve", "--load-only", "--data", "{out}"]]


@pytest.mark.parametrize("kind", ["missing", "file", "folder", "under_file"])
@pytest.mark.parametrize("args", READERS + OUTPUTS, ids=lambda a: " ".join(a[:2]))
def test_store_that_is_no_store(odd, tmp_path, kind, args):
    spec = odd[kind]
    before = digest(odd["file"])
    args = [a.replace("{out}", str(tmp_path / "out")) for a in args]
    one_error(kg(*args, "--store", spec), spec)
    assert digest(odd["file"]) == before  # a read never writes the file it was given as a store
    assert not list(tmp_path.glob("out*"))


NO_STORE_ARGS = [["stats"], ["entities"], ["cypher", "MATCH (n) RETURN count(n)"], ["build", *PAGES, "--quiet"]]


# (an empty file is a new store to a writer: test_build_into_an_empty_file_makes_a_store)
@pytest.mark.parametrize("kind,args", [(k, a) for k in ("file", "empty", "fifo") for a in NO_STORE_ARGS
                                       if not (k == "empty" and a[0] == "build")], ids=lambda x: str(x)[:12])
def test_a_file_that_is_no_store_is_named_so(odd, tmp_path, kind, args):
    """Not the engine's error (a byte offset, a missing table): one line saying what the path is."""
    (tmp_path / "empty.kg").write_bytes(b"")
    spec = str(tmp_path / "empty.kg") if kind == "empty" else odd[kind]
    line = one_error(kg(*args, "--store", spec), spec)
    assert "not a kg store" in line, line


def test_build_into_an_empty_file_makes_a_store(tmp_path):
    path = tmp_path / "new.kg"
    path.write_bytes(b"")
    assert kg("build", *PAGES, "--store", str(path), "--quiet").exit_code == 0
    res = kg("stats", "--store", str(path), "--format", "json")
    assert res.exit_code == 0 and '"Article"' in res.stdout


@pytest.mark.parametrize("kind", ["file", "folder", "under_file", "proc"])
def test_build_into_a_store_that_cannot_be(odd, kind):
    before = digest(odd["file"])
    one_error(kg("build", *PAGES, "--store", odd[kind], "--quiet"), odd[kind])
    assert digest(odd["file"]) == before  # a text file is not turned into a store


# ---------------------------------------------------------------- outputs

WRITERS = [
    lambda store, out: ["extract", *PAGES[:1], "-o", out],
    lambda store, out: ["export", "--store", store, "--format", "turtle", "-o", out],
    lambda store, out: ["export", "--store", store, "--format", "jsonld", "-o", out],
    lambda store, out: ["viz", "--store", store, "-o", out],
    lambda store, out: ["analytics", "timeline", "--store", store, "--plot", out + ".png"],
]
WRITER_IDS = ["extract", "export-turtle", "export-jsonld", "viz", "timeline-plot"]


@pytest.mark.parametrize("kind", ["under_file", "no_folder", "folder", "proc"])
@pytest.mark.parametrize("writer", WRITERS, ids=WRITER_IDS)
def test_output_that_cannot_be_written(store, odd, kind, writer):
    args = writer(store, odd[kind])
    if kind == "no_folder" and args[0] == "export":  # export makes the folders of its file
        pytest.skip("kg export creates missing folders")
    if kind == "folder" and args[0] == "analytics":
        pytest.skip("the plot goes to FOLDER.png")
    one_error(kg(*args), odd[kind])


def test_neo4j_csv_onto_a_file(store, odd):
    before = digest(odd["file"])
    one_error(kg("export", "--store", store, "--format", "neo4j-csv", "-o", odd["file"]), odd["file"])
    assert digest(odd["file"]) == before


@pytest.mark.parametrize("writer", WRITERS, ids=WRITER_IDS)
def test_existing_output_kept_when_the_run_fails(tmp_path, odd, writer):
    """A failing run (here: its input or store is missing) leaves an existing
    output as it was, and no temporary file beside it."""
    out = tmp_path / "existing.out"
    args = writer(odd["missing"], str(out))
    if args[0] == "extract":
        args[1] = odd["missing"]
    target = Path(args[-1])
    target.write_text("precious\n", encoding="utf-8")
    one_error(kg(*args), odd["missing"])
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("writer", WRITERS, ids=WRITER_IDS)
def test_existing_output_replaced_whole(store, tmp_path, writer):
    """Re-running a command replaces its output: a new file (os.replace), with
    the mode the old one had."""
    out = tmp_path / "existing.out"
    args = writer(store, str(out))
    target = Path(args[-1])
    target.write_text("old\n" * 100_000, encoding="utf-8")
    target.chmod(0o640)
    res = kg(*args)
    assert res.exit_code == 0, res.stderr
    assert "old\n" not in target.read_text(encoding="utf-8", errors="replace")[:10]
    assert target.stat().st_size > 0 and target.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


def test_neo4j_csv_replaces_its_files_and_keeps_others(store, tmp_path):
    out = tmp_path / "import"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    (out / "import.sh").write_text("old", encoding="utf-8")
    res = kg("export", "--store", store, "--format", "neo4j-csv", "-o", str(out))
    assert res.exit_code == 0, res.stderr
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert (out / "import.sh").read_text(encoding="utf-8").startswith("#!/bin/sh")
    assert leftovers(out) == []


def test_extract_of_nothing_readable_leaves_the_output(tmp_path, odd):
    out = tmp_path / "triples.jsonl"
    out.write_text('{"old": 1}\n', encoding="utf-8")
    one_error(kg("extract", odd["file"], "-o", str(out)), odd["file"])  # notes.txt: no article
    assert out.read_text(encoding="utf-8") == '{"old": 1}\n'


def test_killed_extract_leaves_the_old_output(tmp_path):
    """SIGKILL in the middle of writing: the old output is whole (the killed
    run's temporary file is what remains of it)."""
    lines = [json.dumps({"title": f"KPU Kota Kupang Gelar Rapat Koordinasi {i}",
                         "body": f"Kupang, kota-kupang.kpu.go.id - KPU Kota Kupang menggelar rapat koordinasi ke-{i} "
                                 f"tahapan pemilihan di Aula KPU Kota Kupang, Senin (7/10/2024). Rapat dibuka oleh "
                                 f"Ketua KPU Kota Kupang, Budi Santoso {i}."}) for i in range(20_000)]
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "triples.jsonl"
    out.write_text('{"old": 1}\n', encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "extract", str(src), "-o", str(out), "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(p.stat().st_size > 0 for p in tmp_path.glob(".triples*.part")):
            time.sleep(0.1)
        assert proc.poll() is None, "extract ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert out.read_text(encoding="utf-8") == '{"old": 1}\n'


# ---------------------------------------------------------------- unknown formats, queries, commands; missing parameters

@pytest.mark.parametrize("args, names", [
    (["extract", "x.txt", "--format", "xml"], ["'xml'", "kg extract --help"]),
    (["articles", "x.txt", "--format", "xml"], ["'xml'"]),
    (["stats", "--format", "xml"], ["'xml'"]),
    (["export", "-o", "x", "--format", "xml"], ["'xml'"]),
    (["entities", "--label", "Thing"], ["'Thing'"]),
    (["analytics", "centrality", "--by", "fame"], ["'fame'"]),
    (["nosuch"], ["'nosuch'", "kg --help"]),
    (["analytics", "nosuch"], ["'nosuch'"]),
    (["extract"], ["PATHS"]),
    (["cypher"], ["TEXT"]),
    (["explain"], ["NAME"]),
    (["export"], ["-o"]),
    (["stats", "--bogus"], ["--bogus"]),
    (["build", *PAGES, "--batch-size", "0"], ["--batch-size"]),
])
def test_usage_errors_are_one_line(args, names):
    res = kg(*args)
    assert res.exit_code == 2
    one_error(res, *names)


def test_usage_error_through_the_real_entry():
    proc = subprocess.run([sys.executable, "-m", "kg", "stats", "--format", "xml"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "kg"], capture_output=True, text=True, timeout=120)
    assert "Usage: kg" in proc.stdout + proc.stderr  # `kg` alone still shows the help


@pytest.mark.parametrize("args, names", [
    (["query", "nosuch"], ["unknown query 'nosuch'"]),
    (["query", "holders"], ["missing parameter satker"]),
    (["query", "holders", "-p", "satker"], ["'satker' is not KEY=VALUE"]),
    (["query", "holders", "-p", "=KPU"], ["'=KPU' is not KEY=VALUE"]),
    (["query", "satker_events", "-p", "satker=KPU RI", "-p", "from=yesterday"], ["from", "'yesterday'"]),
    (["cypher", "MATCH (n RETURN n"], ["Parser exception"]),
    (["cypher", "CREATE (n:Person {id: 'x'})"], ["refused"]),
    (["explain", "Nobody Whatsoever"], ["'Nobody Whatsoever'"]),
    (["sparql", "nosuch"], ["unknown SPARQL query 'nosuch'"]),
    (["sparql", "holders"], ["missing parameter satker"]),
    (["sparql", "SELEC ?x"], ["SPARQL syntax"]),
    (["sparql", "@/nonexistent/q.rq"], ["/nonexistent/q.rq"]),
    (["analytics", "centrality", "--period", "soon"], ["'soon'"]),
    (["analytics", "topics", "--topic", "No Such Topic At All"], ["No Such Topic At All"]),
])
def test_unknown_queries_and_bad_parameters(store, args, names):
    one_error(kg(*args, "--store", store), *names)


def test_sparql_and_validate_inputs(odd, tmp_path):
    one_error(kg("sparql", "SELECT * WHERE { ?s ?p ?o }"), "exactly one of")
    one_error(kg("sparql", "SELECT * WHERE { ?s ?p ?o }", "--rdf", odd["missing"]), odd["missing"])
    one_error(kg("validate", odd["missing"]), odd["missing"])
    one_error(kg("validate", odd["file"]), odd["file"])
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b", encoding="utf-8")
    one_error(kg("validate", str(bad)), str(bad))
    one_error(kg("serve", "--rdf", odd["missing"], "--load-only", "--data", str(tmp_path / "d")), odd["missing"])
    one_error(kg("serve", "--store", "x.kg", "--rdf", "x.ttl"), "one of")
