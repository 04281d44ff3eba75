"""kg.extract.fastre rewrites patterns for speed: every rewrite must find the
same matches as the pattern it replaces, on every page of the fixtures."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.extract.fastre import Literal, first_char_guarded, guarded, required, trie, words_trie
from kg.extract.sentences import split
from kg.lang import cues, orgs_data

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    arts = kg.read_articles([str(ROOT / "examples" / "pages"), str(ROOT / "tests" / "fixtures")]).articles
    out = [a.title for a in arts] + [s.text for a in arts for s in split(a.body)]
    return out + ["KPU kabupaten", "kpu Kabupaten Sambas", "Ketua KPU", "ketuanya", "Bawaslu-nya", ""]


def spans(pat: re.Pattern, texts: list[str]) -> list:
    return [[(m.span(), m.groups()) for m in pat.finditer(t)] for t in texts]


@pytest.mark.parametrize("flags", [0, re.I])
def test_a_trie_matches_what_the_sorted_alternation_matches(texts, flags):
    words = [*orgs_data.CONTEXT_BODIES, "KPU", "KPU Kabupaten", "kpu kab", "Ketua", "Ketua KPU", "Ke", "a.n.", "S.H."]
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    for shape in (r"(?<![\w-])(%s)(?![\w-])", r"\b(?:%s)", r"(%s)\s+[A-Z]"):
        old = re.compile(shape % alt, flags)
        new = re.compile(shape % words_trie(words, ignore_case=bool(flags)), flags)
        assert spans(new, texts) == spans(old, texts)
    assert any(spans(old, texts))  # the texts do hold matches
    t = re.compile(trie(["ab", "abc", "b"]))
    assert [t.match(w).group() for w in ("abc", "abd", "b")] == ["abc", "ab", "b"] and t.match("a") is None


@pytest.mark.parametrize("source", [
    r"\b(?i:%s)\s+(?=[A-Z])" % cues.ATTRIBUTION_BEFORE,
    r"(?:%s)\s*[,:]?\s*$" % "|".join(cues.ATTENDED_BEFORE),
    r"(?:^|[.,;]\s+|\bdan\s+)(?=[A-Z][a-z]+(?: [A-Z][a-z]+)*\s+%s\b)" % cues.PERSON_SPOKE_AFTER,
    r"(?<![\w-])(Bawaslu|KPU)\s+Provinsi",
    r"(?:x)?\d+",
])
def test_a_guarded_pattern_finds_the_same_matches(texts, source):
    for flags in (0, re.I):
        old = re.compile(source, flags)
        new = guarded(old)
        assert spans(new, texts) == spans(old, texts)
        assert [bool(new.search(t[-80:])) for t in texts] == [bool(old.search(t[-80:])) for t in texts]


def test_what_cannot_be_guarded_is_left_as_it_is():
    for source in (r"a*", r".b", r"\w+", r"(?i)ketua", r"[^a]b"):
        pat = re.compile(source)
        assert first_char_guarded(pat) is pat
    for source in (r"a*", r".b", r"\w+", r"[^a]b", r"ab|cde", r"(?:ketua)?\s+\d"):
        pat = re.compile(source)
        assert guarded(pat) is pat  # no literal of 3 characters in every match
    assert guarded(re.compile(r"\b(?:ketua|anggota)\b", re.I)).pattern.startswith("(?i:(?=[ak]))")


def test_the_literals_every_match_holds():
    def lits(source, flags=0):
        return required(re.compile(source, flags))
    # each set holds a literal of every match: all sets, the most selective first
    assert lits(r"\b(?:Ketua|Anggota)\s+KPU", re.I) == [[("anggota", True), ("ketua", True)], [("kpu", True)]]
    assert lits(r"(?i:di)\s+oleh(?=\s+Bupati)") == [[("Bupati", False)], [("oleh", False)]]  # a lookahead holds too
    assert lits(r"(?<!secara )dari\s+(?:daring|online)") == [[("daring", False), ("online", False)], [("dari", False)]]
    assert lits(r"(?:rapat )?pleno|(?:x)+syarat") == [[("pleno", False), ("syarat", False)]]
    assert lits(r"(?:rapat)?\s+pleno|a") is None  # one way through holds no literal
    assert lits(r"ab\s+cd") is None  # none of 3 characters


@pytest.mark.parametrize("text", ["Dihadiri oleh KETUA", "dihadiri ole", "ditutup", "\u0130ni dihad\u0131ri oleh", ""])
def test_a_literal_guard_answers_as_the_pattern(text):
    pat = re.compile(r"dihadiri\s+oleh|ditutup\s+oleh|ole\b", re.I)
    new = guarded(pat)
    assert isinstance(new, Literal)
    for t in (text, text + " ditutup oleh", "x" + text):
        assert [m.span() for m in new.finditer(t)] == [m.span() for m in pat.finditer(t)]
        assert new.sub("#", t) == pat.sub("#", t) and new.split(t) == pat.split(t)
        assert bool(new.search(t)) == bool(pat.search(t)) and bool(new.match(t)) == bool(pat.match(t))
    assert new.flags == pat.flags and new.groups == pat.groups


def _literal_patterns():
    from kg.extract import dates, events, orgs, participation, people, pipeline, topics
    out = []
    for mod in (dates, events, orgs, participation, people, pipeline, topics):
        for name, v in vars(mod).items():
            for p in (v if isinstance(v, list) else [v]):
                if isinstance(p, Literal):
                    out.append((f"{mod.__name__}.{name}", p))
    return out


def test_every_literal_guard_of_the_rules_finds_what_its_pattern_finds(texts):
    """The guarded cue patterns of the rules, on every fixture sentence, the same in capitals, and with
    the characters that re.I folds to ASCII and str.lower() does not (the Kelvin sign, a dotless i)."""
    pats = _literal_patterns()
    assert len(pats) >= 10
    odd = str.maketrans({"k": "\u212a", "i": "\u0131", "s": "\u017f", "I": "\u0130"})
    variants = texts + [t.upper() for t in texts[::4]] + [t.translate(odd) for t in texts[1::4]]
    rejected = 0
    for name, lit in pats:
        for t in variants:
            got = [m.span() for m in lit.finditer(t)]
            assert got == [m.span() for m in lit.re.finditer(t)], (name, t)
            assert bool(lit.search(t, len(t) // 2)) == bool(lit.re.search(t, len(t) // 2)), (name, t)
            rejected += not lit.may_match(t)
    assert rejected > len(variants)  # the guards do turn texts away


def test_the_characters_that_re_folds_to_ascii_are_all_known():
    from kg.extract.fastre import _FOLDS_TO_ASCII
    ascii_alnum = re.compile(r"[a-z0-9]", re.I)
    folds = {chr(c) for c in range(0x80, 0x30000) if ascii_alnum.fullmatch(chr(c))}
    assert folds == set(_FOLDS_TO_ASCII)
