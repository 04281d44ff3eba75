"""One article never stops a run: an article whose extraction raises, or runs
past its time limit, is named on one line and skipped, and every other article
is extracted and loaded, the same way in `kg.extract_facts`, `kg.build`,
`kg extract` and `kg build`.

The failing article is made by fault injection: a rule of the extractor is
wrapped to raise (or hang) for one title, as a rule's bug would on one page.
"""
from __future__ import annotations

import json
import time
import warnings

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.extract import pipeline as extraction
from kg.extract.pipeline import ArticleSkipped, extract_safely
from kg.store import open_store

PAGE = """Berita Terkini

KPU Kabupaten Sambas Gelar Rapat Koordinasi Tahapan

Sambas, kab-sambas.kpu.go.id - KPU Kabupaten Sambas menggelar rapat koordinasi tahapan di Aula Kantor KPU Kabupaten Sambas, Senin (7/10/2024). Rapat dibuka oleh Ketua KPU Kabupaten Sambas, Budi Santoso, dan dihadiri Bawaslu Kabupaten Sambas.

KPU Kabupaten Sambas Ikuti Bimtek Logistik

Sambas, kab-sambas.kpu.go.id - KPU Kabupaten Sambas mengikuti bimbingan teknis pengelolaan logistik yang diselenggarakan KPU Provinsi Kalimantan Barat, Selasa (8/10/2024). Bimtek dibuka oleh Sekretaris KPU Provinsi Kalimantan Barat, Rina Wulandari.

KPU Kabupaten Sambas Terima Audiensi Mahasiswa

Sambas, kab-sambas.kpu.go.id - KPU Kabupaten Sambas menerima audiensi mahasiswa Universitas Tanjungpura di Kantor KPU Kabupaten Sambas, Rabu (9/10/2024). Mahasiswa diterima Anggota KPU Kabupaten Sambas, Siti Aminah.
"""
BAD = "KPU Kabupaten Sambas Ikuti Bimtek Logistik"


@pytest.fixture()
def page(tmp_path):
    p = tmp_path / "sambas.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


@pytest.fixture()
def broken_rule(monkeypatch):
    """The main-event rule raises on one article, as a bug met by one page would."""
    real = extraction.participation.main_event

    def main_event(ctx):
        if ctx.article.title == BAD:
            raise ValueError("max() arg is an empty sequence")
        return real(ctx)
    monkeypatch.setattr(extraction.participation, "main_event", main_event)


@pytest.fixture()
def hanging_rule(monkeypatch):
    real = extraction.participation.main_event

    def main_event(ctx):
        if ctx.article.title == BAD:
            time.sleep(30)
        return real(ctx)
    monkeypatch.setattr(extraction.participation, "main_event", main_event)


def titles(facts) -> set[str]:
    return {f.article.title for f in facts}


def test_the_topics_crash_is_fixed(tmp_path):
    """An election named only as a place of something ('di Pilkada 2020') made a topic
    tally with no weight, and max() of nothing stopped the run (issue 13)."""
    p = tmp_path / "p.txt"
    p.write_text(PAGE.replace("dan dihadiri Bawaslu Kabupaten Sambas.",
                              "dan dihadiri Bawaslu Kabupaten Sambas. Partisipasi pemilih di Pilkada 2020 meningkat."),
                 encoding="utf-8")
    arts = kg.read_articles([str(p)]).articles
    skipped = []
    facts = list(kg.extract_facts(arts, skipped=skipped))
    assert skipped == []
    assert len(titles(facts)) == 3


def test_api_skips_the_failing_article_and_extracts_the_others(page, broken_rule):
    arts = kg.read_articles([str(page)]).articles
    assert len(arts) == 3
    skipped = []
    facts = list(kg.extract_facts(arts, skipped=skipped))
    assert titles(facts) == {a.title for a in arts} - {BAD}
    assert len(skipped) == 1
    line = str(skipped[0])
    assert "\n" not in line
    assert line.startswith(page.name) and BAD in line and "ValueError" in line and "empty sequence" in line


def test_api_warns_when_no_list_is_kept(page, broken_rule):
    arts = kg.read_articles([str(page)]).articles
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        facts = list(kg.extract_facts(arts))
    assert len(titles(facts)) == 2
    assert [str(w.message) for w in caught if w.category is ArticleSkipped] != []


def test_an_article_past_its_time_limit_is_skipped(page, hanging_rule):
    arts = kg.read_articles([str(page)]).articles
    t0 = time.monotonic()
    got = [extract_safely(a, time_limit=0.5) for a in arts]
    assert time.monotonic() - t0 < 10
    problems = [p for _, p in got if p is not None]
    assert len(problems) == 1 and BAD in str(problems[0]) and "ArticleTimeout" in str(problems[0])
    assert sum(1 for facts, p in got if p is None and facts) == 2


def test_build_loads_the_others_and_counts_the_skipped(page, broken_rule, tmp_path):
    store = open_store(str(tmp_path / "s.kg"))
    try:
        rep = kg.build([str(page)], store, progress=False)
        assert rep.skipped == 1 and rep.to_dict()["skipped"] == 1
        assert any(BAD in str(p) for p in rep.problems)
        rows = store.cypher("MATCH (a:Article) RETURN a.title AS title")
        assert {r["title"] for r in rows} == {a.title for a in kg.read_articles([str(page)]).articles} - {BAD}
    finally:
        store.close()


def test_build_keeps_what_the_store_held_of_a_skipped_article(page, tmp_path, monkeypatch):
    """Read again later (--reload) and failing then, an article keeps the facts it was loaded with."""
    path = str(tmp_path / "s.kg")
    store = open_store(path)
    try:
        kg.build([str(page)], store, progress=False)
        before = store.stats()
    finally:
        store.close()
    real = extraction.participation.main_event
    monkeypatch.setattr(extraction.participation, "main_event",
                        lambda ctx: (_ for _ in ()).throw(RuntimeError("boom")) if ctx.article.title == BAD
                        else real(ctx))
    store = open_store(path)
    try:
        rep = kg.build([str(page)], store, progress=False, reload=True)  # read again, not passed over as stored
        assert rep.skipped == 1
        assert store.stats() == before
    finally:
        store.close()


def test_cli_extract_writes_the_others_and_exits_1(page, broken_rule, tmp_path):
    out = tmp_path / "t.jsonl"
    res = CliRunner().invoke(main, ["extract", str(page), "-o", str(out), "--no-progress"])
    assert res.exit_code == 1
    err = [ln for ln in res.stderr.splitlines() if BAD in ln]
    assert len(err) == 1 and "skipped" in err[0] and page.name in err[0]
    facts = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert {f["article"]["title"] for f in facts} == {a.title for a in kg.read_articles([str(page)]).articles} - {BAD}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_build_loads_the_others_and_exits_1(page, broken_rule, tmp_path, workers):
    res = CliRunner().invoke(main, ["build", str(page), "--store", str(tmp_path / "s.kg"), "--quiet",
                                    "--format", "json", "--workers", workers, "--batch-size", "1"])
    assert res.exit_code == 1
    assert sum(1 for ln in res.stderr.splitlines() if BAD in ln) == 1
    report = json.loads(res.stdout)[0]
    assert report["articles"] == 2 and report["skipped"] == 1 and report["facts"] > 0


def test_pool_workers_skip_and_time_out_as_serial_does(page, hanging_rule):
    """Each pool worker runs extract_safely in its own main thread: the time limit
    interrupts a hanging article there, and the skipped article comes back as a
    Problem, its chunk's other articles kept (the same answer as one process)."""
    from kg.pipeline import _chunks, _extracted
    arts = kg.read_articles([str(page)]).articles

    def run(workers):
        kept, problems = [], []
        for k, _, probs, _ in _extracted(_chunks(arts, 2), workers=workers, time_limit=0.5):
            kept += [a.title for a in k]
            problems += [str(p) for p in probs]
        return kept, problems
    t0 = time.monotonic()
    pooled = run(2)
    assert time.monotonic() - t0 < 20
    assert pooled[0] == [a.title for a in arts if a.title != BAD]
    assert len(pooled[1]) == 1 and BAD in pooled[1][0] and "ArticleTimeout" in pooled[1][0]
    assert pooled == run(1)


def test_pool_build_reports_the_skipped_article_as_serial_does(page, broken_rule, tmp_path):
    """Two workers, one article per batch: the failed article is reported, counted
    and not loaded, and the store holds what the serial build's does."""
    def built(workers):
        store = open_store(str(tmp_path / f"w{workers}.kg"))
        try:
            rep = kg.build([str(page)], store, progress=False, batch_size=1, workers=workers)
            titles = {r["title"] for r in store.cypher("MATCH (a:Article) RETURN a.title AS title")}
            return rep.skipped, rep.articles, [str(p) for p in rep.problems], titles, store.stats()
        finally:
            store.close()
    pooled = built(2)
    assert pooled[0] == 1 and pooled[1] == 3
    assert len(pooled[2]) == 1 and BAD in pooled[2][0]
    assert BAD not in pooled[3] and len(pooled[3]) == 2
    assert pooled == built(1)


def test_build_and_extract_agree_on_the_status_of_a_file_without_an_article(page, tmp_path):
    """A file that holds no article is a problem for both commands: each names it
    on one line, keeps the other file's articles, and exits 1."""
    notes = tmp_path / "notes.txt"
    notes.write_text("menu\n", encoding="utf-8")
    ext = CliRunner().invoke(main, ["extract", str(page), str(notes), "-o", str(tmp_path / "t.jsonl"), "--no-progress"])
    bld = CliRunner().invoke(main, ["build", str(page), str(notes), "--store", str(tmp_path / "s.kg"), "--quiet",
                                    "--format", "json"])
    assert (ext.exit_code, bld.exit_code) == (1, 1)
    for res in (ext, bld):
        assert sum(1 for ln in res.stderr.splitlines() if "notes.txt" in ln) == 1, res.stderr
    report = json.loads(bld.stdout)[0]
    assert report["articles"] == len(kg.read_articles([str(page)]).articles) and report["problems"] == 1
    assert (tmp_path / "t.jsonl").read_text(encoding="utf-8").count("\n") > 0
