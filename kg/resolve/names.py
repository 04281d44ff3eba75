"""Person-name forms: what makes two printed names one name.

A name is parsed into tokens, each a full word, an initial (`S.`, `W`, the
letters of `SN`) or an abbreviation (`Moch.`). Two names are compatible when
their tokens line up in order and each pair agrees; the kinds of agreement
used (`initial`, `abbreviation`, `variant`, `slip`, `short form`) say how
much the match needs context before people.py may merge on it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.lang.names_data import GROUP_ABBREVIATIONS, VARIANT_GROUPS
from kg.lang.words import NAME_TITLES_AFTER, NAME_TITLES_BEFORE

_GROUP_OF = {v: g for g, vs in VARIANT_GROUPS.items() for v in vs}
_BEFORE = {tuple(t.split()) for t in NAME_TITLES_BEFORE}
_BEFORE_LEN = sorted({len(t) for t in _BEFORE}, reverse=True)
_AFTER = set(NAME_TITLES_AFTER)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@dataclass(frozen=True)
class Tok:
    text: str  # folded lower-case
    kind: str  # "full" | "initial" | "abbrev"

    @property
    def group(self) -> str | None:
        return _GROUP_OF.get(self.text)


@dataclass(frozen=True)
class Name:
    written: str  # the name as printed, titles removed
    tokens: tuple[Tok, ...]
    titles: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Exact identity: the same tokens, whatever the dots and spaces."""
        return " ".join(t.text for t in self.tokens)

    @property
    def full(self) -> list[Tok]:
        return [t for t in self.tokens if t.kind == "full"]

    @property
    def bare(self) -> bool:
        return len(self.tokens) == 1


def strip_titles(written: str) -> tuple[str, list[str]]:
    """`Prof. Ir. Wayan Firdaus Mahmudy, M.Kom.` -> (`Wayan Firdaus Mahmudy`, [`Prof.`, `Ir.`, `M.Kom.`])."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", written or "")).strip(" ,;")
    titles: list[str] = []
    if "," in text:  # degrees after a comma: "Nama, S.H., M.Si."
        text, _, tail = text.partition(",")
        titles += [t.strip() for t in tail.split(",") if t.strip()]
    words = text.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in _BEFORE_LEN:
            if len(words) > n and tuple(w.lower().rstrip(".") for w in words[:n]) in _BEFORE:
                titles += words[:n]
                words = words[n:]
                changed = True
                break
    # degrees after the name without a comma count only when printed as degrees
    while len(words) > 1:
        last = words[-1]
        if last.lower().rstrip(".") in _AFTER and ("." in last or last.isupper()) and len(last.rstrip(".")) > 1:
            titles.insert(len(titles), last)
            words.pop()
        else:
            break
    return " ".join(words), titles


@lru_cache(maxsize=100_000)
def parse(written: str) -> Name:
    name, titles = strip_titles(written)
    toks: list[Tok] = []
    for word in re.sub(r"\.(?=\S)", ". ", name).split():
        dotted = word.endswith(".")
        core = word.rstrip(".")
        if not fold(core):
            continue
        if len(fold(core)) == 1:
            toks.append(Tok(fold(core), "initial"))
        elif core.isupper() and 2 <= len(core) <= 3 and not re.search(r"[AEIOU]", core) and len(name.split()) > 1:
            toks += [Tok(c.lower(), "initial") for c in core]  # "Andrew SN Kette"
        elif dotted or fold(core) in GROUP_ABBREVIATIONS:
            toks.append(Tok(fold(core), "abbrev"))
        else:
            toks.append(Tok(fold(core), "full"))
    return Name(name, tuple(toks), tuple(titles))


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (adjacent swaps count one): the size of a typing slip."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def token_match(a: Tok, b: Tok) -> str | None:
    if a.text == b.text:
        return "exact"
    if a.group and a.group == b.group:
        return "variant"
    if a.kind == "initial" or b.kind == "initial":
        i, o = (a, b) if a.kind == "initial" else (b, a)
        return "initial" if o.kind != "initial" and o.text.startswith(i.text) else None
    if a.kind == "abbrev" or b.kind == "abbrev":
        s, o = (a, b) if a.kind == "abbrev" else (b, a)
        return "abbreviation" if o.text.startswith(s.text) else None
    if a.text[0] == b.text[0] and min(len(a.text), len(b.text)) >= 5:
        limit = 2 if min(len(a.text), len(b.text)) >= 10 else 1
        if edit_distance(a.text, b.text) <= limit:
            return "slip"
    return None


def _align(short: tuple[Tok, ...], long: tuple[Tok, ...]) -> list[str] | None:
    """Match every token of `short` to a token of `long` in order, first to first
    and last to last; tokens of `long` left over are dropped middle names."""
    if len(short) == len(long):
        kinds = [token_match(a, b) for a, b in zip(short, long)]
        return None if None in kinds else kinds
    if len(short) < 2:
        return None
    first, last = token_match(short[0], long[0]), token_match(short[-1], long[-1])
    if not first or not last:
        return None
    kinds, j = [first], 1
    for tok in short[1:-1]:
        while j < len(long) - 1 and not token_match(tok, long[j]):
            j += 1
        if j >= len(long) - 1:
            return None
        kinds.append(token_match(tok, long[j]))
        j += 1
    return kinds + [last, "short form"]


def compare(a: Name, b: Name) -> set[str] | None:
    """The kinds of agreement that make `a` and `b` one name, or None.

    {"exact"} alone is the same name. A bare one-token name is never compatible
    here (see `back_reference`). A match needs one full token agreeing exactly
    (at least 3 letters) and allows at most one spelling slip, so a shared token
    alone (`Tri Tujiana` / `Handi Tri Ujiono`) is not a match.
    """
    if not a.tokens or not b.tokens or a.bare or b.bare:
        return None
    short, long = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    kinds = _align(short.tokens, long.tokens)
    if kinds is None:
        return None
    anchors = [x for x, y in zip(short.tokens, long.tokens) if x.kind == y.kind == "full" and x.text == y.text and len(x.text) >= 3]
    if not anchors and not any(t.kind == "full" and len(t.text) >= 3 and t.text in {u.text for u in long.tokens} for t in short.tokens):
        return None
    if kinds.count("slip") > 1:
        return None
    return set(kinds)


def back_reference(bare: Name, full: Name) -> bool:
    """`ujar Reni` after `Reni Rinjani`: a one-token name that is the first or last
    full word of a longer name (or, for an abbreviated first word, the next one)."""
    if not bare.bare or full.bare or bare.tokens[0].kind != "full":
        return False
    tok = bare.tokens[0]
    fulls = full.full
    if not fulls:
        return False
    ends = {fulls[0].text, fulls[-1].text}
    if tok.text in ends:
        return True
    return bool(tok.group) and tok.group in {t.group for t in (fulls[0], fulls[-1])}


def fullness(name: Name) -> tuple[int, int]:
    """How complete a form is: full words first, then all tokens."""
    return (len(name.full), len(name.tokens))
