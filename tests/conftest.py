from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAGES = ROOT / "examples" / "pages"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def pages() -> list[Path]:
    return sorted(PAGES.glob("*.txt"))


@pytest.fixture(scope="session")
def score_extraction(shared, tmp_path_factory):
    """score_extraction(pages, gold_dir): the extractor's facts on `pages`
    scored by ../shared/eval/score.py against the gold files in `gold_dir`."""
    import importlib.util
    import json

    import kg

    spec = importlib.util.spec_from_file_location("kg_eval_score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    def run(pages, gold_dir):
        arts = kg.read_articles(sorted(pages)).articles
        out = tmp_path_factory.mktemp("extract") / "triples.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for fact in kg.extract_facts(arts):
                fh.write(json.dumps(fact.to_dict(), ensure_ascii=False) + "\n")
        return score.score(score.load_gold(gold_dir), score.load_predictions(str(out)))
    return run
