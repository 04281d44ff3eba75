"""The build's fast path (extraction in forked pool workers, chunk by chunk)
gives exactly the facts of the plain serial `extract_article`, fact by fact:
subject, predicate, object, org, evidence offsets and rule, confidence, date."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.extract.pipeline import extract_article
from kg.pipeline import _chunks, _extracted, written_forms

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path("/work/shared/seeds")
SETS = [ROOT / "examples" / "pages", *sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if p.is_dir())]
if SEEDS.is_dir():
    SETS.append(SEEDS)


def _row(f) -> tuple:
    return (f.article.id, f.subject.label, f.subject.id, f.subject.name, f.predicate, f.object.label, f.object.id,
            f.object.name, f.object.props.get("org"), f.evidence.text, f.evidence.start, f.evidence.end,
            f.evidence.rule, f.evidence.field, round(f.confidence, 6), getattr(f, "date", None))


@pytest.mark.parametrize("pages", SETS, ids=lambda p: p.name)
def test_pool_gives_the_serial_facts(pages):
    arts = kg.read_articles([str(pages)]).articles
    if not arts:
        pytest.skip(f"no articles in {pages}")
    serial = [_row(f) for a in arts for f in extract_article(a)]
    pooled, kept, forms = [], [], {}
    for k, facts, problems, got in _extracted(_chunks(arts, 7), workers=2):
        assert problems == []
        kept += [a.id for a in k]
        pooled += [_row(f) for f in facts]
        for key, written in got.items():
            forms.setdefault(key, set()).update(written)
    assert forms == written_forms(arts)  # the organizations' written forms, read in the workers
    assert kept == [a.id for a in arts]
    assert pooled == serial
    assert serial  # every page set yields facts
