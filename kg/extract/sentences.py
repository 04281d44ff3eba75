"""Sentence splitting for Indonesian news prose, keeping character offsets.

Every fact points back at its sentence by offsets into the article body, so the
splitter never rewrites text: it only finds boundaries. A period ends a sentence
unless it closes an abbreviation (`Dr.`, `Plt.`, `Kab.`), an initial (`S.W.`,
`G.`) or a number (`46/2025.` is an end, `1.000` is not).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang import words

_ABBREV = {a.lower().rstrip(".") for a in words.ABBREVIATIONS}

# a candidate end: . ! ? (and a closing quote or bracket after it), then space.
# Only from the first mark of a run, and without backtracking into it: on a run
# of 100,000 dots with no space after, the plain pattern took minutes (issue 14).
# The look-behind is checked after the first mark (`[.!?](?<![.!?]{2})`, the same
# condition one step on): a pattern that begins with a character class lets the
# engine skip to the marks instead of trying the look-behind at every position.
_END = re.compile(r"[.!?](?<![.!?]{2})[.!?]*+[\"'”’)]*+(?=\s|$)")
_NEXT_START = re.compile(r"\s+[\"'“‘(]?[A-Z0-9]")
# an end typed without the space after it ("terpilih.Ketua KPU", "pukul 09.00 WITA.Selanjutnya"): after
# a word of three letters or more (an initial or "M.Si" is shorter) or a number, before a capitalised word
_GLUED_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[A-Z]{3})|(?<=\d{2}))[.!?]+[\"'”’)]*(?=[A-Z][a-z]+)")
_NOT_STARTS = {"com", "id", "net", "org", "co", "go", "info"}  # "Detik.Com": a domain


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int  # exclusive


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def _is_boundary(text: str, end_pos: int, mark: str) -> bool:
    """end_pos: index just after the punctuation run (and closing quotes)."""
    if "!" in mark or "?" in mark:
        return True
    dot = text.rfind(".", 0, end_pos)
    word = _word_before(text, dot)
    bare = word.rstrip(".").lower()
    if not word:
        return True
    last = word.split(".")[-1] if "." in word else word
    # initials: single capital letters (G. / S.W. / M.Samsul)
    if len(last) == 1 and last.isupper():
        return False
    if bare in _ABBREV or last.lower() in _ABBREV:
        return False
    # the next thing must look like a sentence start
    return bool(_NEXT_START.match(text, end_pos)) or end_pos >= len(text.rstrip())


def _glued_boundary(text: str, m: re.Match) -> bool:
    word = _word_before(text, m.start() + 1).rstrip(".").split(".")[-1]
    nxt = re.match(r"[A-Za-z]+", text[m.end():]).group().lower()
    if word[:1].isupper() and word[1:].islower() and len(word) < 5:
        return False  # "Muh.Rizal", "Andi.Baso": a name's short part
    return word.lower() not in _ABBREV and nxt not in _NOT_STARTS


def split(text: str) -> list[Sentence]:
    """Split a body into sentences; paragraphs (blank or single newlines between
    lines) always end a sentence."""
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text):
        p_start, p_text = para.start(), para.group()
        cur = 0
        ends = [m.end() for m in _END.finditer(p_text) if _is_boundary(p_text, m.end(), m.group())]
        if "." in p_text or "!" in p_text or "?" in p_text:
            ends += [m.end() for m in _GLUED_END.finditer(p_text) if _glued_boundary(p_text, m)]
        for end in sorted(ends):
            _add(out, p_text, p_start, cur, end)
            cur = end
        _add(out, p_text, p_start, cur, len(p_text))
    return out


def _add(out: list[Sentence], para: str, base: int, a: int, b: int) -> None:
    chunk = para[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        start = base + a + lead
        out.append(Sentence(chunk, start, start + len(chunk)))
