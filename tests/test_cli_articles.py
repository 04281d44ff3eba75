"""`kg articles`: formats, exit codes, stdin, problems on stderr."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.sources import read_articles

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
COLUMNS = ["title", "id", "source", "position", "site", "place", "url", "date"]


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(main, ["articles", *args], input=input)


def gold_titles(shared: Path) -> list[str]:
    titles = []
    for f in sorted((shared / "eval" / "gold").glob("*.json")):
        titles += [a["title"] for a in json.loads(f.read_text(encoding="utf-8"))["articles"]]
    return titles


def test_seeds_as_json_are_the_gold_articles(shared):
    pages = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    res = run(*pages, "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert res.stderr == ""
    rows = json.loads(res.stdout)
    assert [r["title"] for r in rows] == gold_titles(shared)
    assert all(set(COLUMNS) <= set(r) and r["body"] for r in rows)


def test_table(shared):
    res = run(str(shared / "seeds" / "003_fc3a7f3fd000fb44.txt"))
    assert res.exit_code == 0
    header, rule, row = res.stdout.splitlines()
    assert header.split() == COLUMNS
    assert set(rule.replace(" ", "")) == {"-"}
    assert row.startswith("KPU NTT Hadiri Knowledge Sharing Tata Kelola Bakohumas Taha…")  # cut at 60
    assert "ntt.kpu.go.id" in row and "Kupang" in row


def test_csv_and_jsonl_agree():
    page = str(FIXTURES / "berita_satker.txt")
    rows = list(csv.DictReader(io.StringIO(run(page, "--format", "csv").stdout)))
    lines = [json.loads(ln) for ln in run(page, "--format", "jsonl").stdout.splitlines()]
    assert list(rows[0]) == COLUMNS
    assert [r["title"] for r in rows] == [r["title"] for r in lines]
    assert [r["date"] for r in rows] == [r["date"] for r in lines] == [
        "2025-10-27", "2025-10-28", "2025-10-29"]
    assert [int(r["position"]) for r in rows] == [1, 2, 3]


def test_jsonl_output_reads_back_as_the_same_articles(tmp_path):
    pages = [str(FIXTURES / n) for n in ("kpu_dalam_berita.txt", "article_wp.html", "list.json")]
    res = run(*pages, "--format", "jsonl")
    assert res.exit_code == 0
    out = tmp_path / "articles.jsonl"
    out.write_text(res.stdout, encoding="utf-8")
    again = read_articles([out])
    assert again.ok and again.problems == []
    first = read_articles(pages).articles
    assert [(a.id, a.title, a.site, a.place, a.url, a.date) for a in again.articles] == [
        (a.id, a.title, a.site, a.place, a.url, a.date) for a in first]


def test_stdin():
    page = (FIXTURES / "kpu_dalam_berita.txt").read_bytes()
    res = run("-", "--format", "jsonl", input=page)
    assert res.exit_code == 0
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert len(rows) == 3 and {r["source"] for r in rows} == {"-"}
    res = run("-", "--format", "json", input=(FIXTURES / "scraped.jsonl").read_bytes())
    assert [r["position"] for r in json.loads(res.stdout)] == [1, 3, 4]


def test_a_failing_input_exits_1_and_the_rest_is_listed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = run(str(tmp_path / "empty.txt"), str(FIXTURES / "bad.jsonl"), str(FIXTURES / "list.json"),
              "--format", "json")
    assert res.exit_code == 1
    assert len(json.loads(res.stdout)) == 4  # 2 from bad.jsonl, 2 from list.json
    errors = res.stderr.splitlines()
    assert errors[0] == f"kg: error: {tmp_path / 'empty.txt'}: empty file"
    assert errors[1].startswith(f"kg: error: {FIXTURES / 'bad.jsonl'}:2: malformed JSON")
    assert errors[-1] == f"kg: warning: {FIXTURES / 'bad.jsonl'}:5: date 'kemarin' not understood; ignored"
    assert len(errors) == 5


def test_strict_turns_warnings_into_failure(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("Berita\n\nKPU Kota Bandung Gelar Rapat\n\nBandung – KPU Kota Bandung menggelar "
                  "rapat di Café Braga.\n".encode("cp1252"))
    plain = run(str(f), "--format", "csv")
    assert plain.exit_code == 0
    assert plain.stderr.startswith(f"kg: warning: {f}: not UTF-8")
    strict = run(str(f), "--format", "csv", "--strict")
    assert strict.exit_code == 1
    assert strict.stdout == plain.stdout  # still lists what it read


def test_missing_path_and_usage():
    res = run("no/such/page.txt")
    assert res.exit_code == 1
    assert res.stderr == "kg: error: no/such/page.txt: no such file or folder\n"
    assert run().exit_code == 2  # PATH is required
    assert run(str(FIXTURES / "list.json"), "--format", "xml").exit_code == 2


def test_help_ends_with_an_example():
    res = CliRunner().invoke(main, ["articles", "--help"])
    assert res.exit_code == 0
    text = res.stdout.split("Options:")[0].rstrip().splitlines()
    assert "Example:" in [ln.strip() for ln in text]
    assert text[-1].strip().startswith("kg articles ")
