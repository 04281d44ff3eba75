"""ABOUT on tests/fixtures/topics_holdout3: six articles of ordinary KPU news from
Garut and NTB (continuous voter-data updating, a PPK written test, Sirekap
training, a governor-election recapitulation, campaign-finance reports, voters
with disabilities). Their gold holds the ABOUT relation only and was committed
before the extractor ran on them: ABOUT P 0.692, R 0.643, F1 0.667 then, and
still now (no concept for Bimtek or the CAT test; a governor election named
without its year is not Pilkada 2024; "Jelang Pemungutan Suara" in a headline
counts as a topic). The bar sits a little below.

The fifth unseen set's ABOUT, before the topic work on it 0.590 (P 0.857), is
0.710 (P 1.000) since its prefLabels and cues; its bar is kept here, beside the
extraction bars of tests/test_extract_heldout.py.
"""
from pathlib import Path

FIX = Path(__file__).parent / "fixtures"


def test_topics_holdout3_about_stays_above_its_bar(score_extraction):
    s = score_extraction((FIX / "topics_holdout3").glob("*.txt"), FIX / "topics_holdout3" / "gold")
    assert s["articles"]["aligned"] == s["articles"]["gold"] == 6
    assert s["ABOUT"]["f1"] >= 0.64 and s["ABOUT"]["precision"] >= 0.66


def test_unseen5_about_stays_above_its_bar(score_extraction):
    s = score_extraction((FIX / "unseen5").glob("*.txt"), FIX / "unseen5" / "gold")
    assert s["ABOUT"]["f1"] >= 0.69 and s["ABOUT"]["precision"] >= 0.95
