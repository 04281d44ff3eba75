"""Events: the same event reported by two sites is one Event.

Two reports are one event when they agree on everything they both state: the
same kind, overlapping dates (both must give one), the same organizer when
both name one, the same stage of a series (`Tahap II` is not `Tahap III`), and
names that share most of their words. A report that names no organizer needs
a shared participant instead. Every merge keeps its reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.lang.events_data import KIND_SYNONYMS, NAME_STOPWORDS, ORDINAL_WORDS, STAGE_WORDS
from kg.resolve.names import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_STAGE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, STAGE_WORDS), key=len, reverse=True))
                       + r")\s*(?:ke\s*-?\s*)?([0-9]+|[ivx]+|" + "|".join(ORDINAL_WORDS) + r")\b")


@dataclass
class EventRecord:
    """One event as reported (or as stored): what the merge rules look at."""

    id: str
    name: str = ""
    kind: str = ""
    date: str | None = None
    end_date: str | None = None
    organizers: set[str] = field(default_factory=set)  # resolved org node ids
    participants: set[str] = field(default_factory=set)  # person name keys
    articles: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)
    existing: bool = False
    entity: str = ""  # the extracted entity id when `id` was taken from the store


@lru_cache(maxsize=4096)
def kind_of(kind: str | None) -> str:
    k = " ".join((kind or "").lower().split())
    return KIND_SYNONYMS.get(k, k)


def stages(name: str) -> set[tuple[str, int]]:
    """`Tahap III` -> {("tahap", 3)}; the parts of a series that must not merge."""
    out = set()
    for word, num in _STAGE_RE.findall((name or "").lower()):
        n = int(num) if num.isdigit() else _ROMAN.get(num) or ORDINAL_WORDS.get(num)
        if n:
            out.add((word.replace("tahapan", "tahap"), n))
    return out


def years(name: str) -> set[str]:
    return set(re.findall(r"\b(?:19|20)\d\d\b", name or ""))


@lru_cache(maxsize=65536)
def _kind_words(kind: str) -> frozenset[str]:
    k = kind_of(kind)
    words = set(k.split()) | set(kind.lower().split())
    for long, short in KIND_SYNONYMS.items():
        if short == k:
            words |= set(long.split())
    return frozenset(words)


@lru_cache(maxsize=65536)
def name_words(name: str, kind: str = "") -> frozenset[str]:
    """The words that tell one event's name from another's (kind words and
    fillers such as `kegiatan`, `dalam`, `KPU` dropped)."""
    drop = _kind_words(kind or "")
    words = {fold(w) for w in re.split(r"[^\w]+", (name or "").lower())}
    return frozenset(w for w in words if w and w not in NAME_STOPWORDS and w not in drop and not w.isdigit())


def _span(r: EventRecord) -> tuple[str, str] | None:
    if not r.date:
        return None
    return (r.date, r.end_date or r.date)


def same_event(a: EventRecord, b: EventRecord) -> str | None:
    """The reason `a` and `b` are one event ("rule: evidence"), or None."""
    if a.articles & b.articles:
        return None  # one article reports one main event
    ka, kb = kind_of(a.kind), kind_of(b.kind)
    if not ka or ka != kb:
        return None
    sa, sb = _span(a), _span(b)
    if not sa or not sb or sa[0] > sb[1] or sb[0] > sa[1]:
        return None
    if stages(a.name) != stages(b.name) or (years(a.name) and years(b.name) and years(a.name) != years(b.name)):
        return None
    wa, wb = name_words(a.name, a.kind), name_words(b.name, b.kind)
    if not wa or not wb:
        return None
    shared = wa & wb
    overlap = len(shared) / min(len(wa), len(wb))
    if overlap < 0.6:
        return None
    if a.organizers and b.organizers:
        if not a.organizers & b.organizers:
            return None
        support = f"organizer {sorted(a.organizers & b.organizers)[0]}"
    else:
        common = a.participants & b.participants
        if not common:
            return None
        support = f"participant {sorted(common)[0]}"
    dates = sa[0] if sa == sb else f"{sa[0]}..{sa[1]} ~ {sb[0]}..{sb[1]}"
    return (f"same event: {ka} {dates}, {support}, "
            f"names {a.name!r} ~ {b.name!r} ({overlap:.2f})")


def merged_mode(modes: list[str]) -> str | None:
    """Reports that disagree on daring/luring describe a hybrid event."""
    seen = {m for m in modes if m}
    if not seen:
        return None
    if len(seen) == 1:
        return seen.pop()
    return "hybrid"


def _conflict(a: EventRecord, b: EventRecord) -> bool:
    """What no two reports of one event can disagree on (complete linkage)."""
    if a.id == b.id:
        return False
    if a.articles & b.articles or kind_of(a.kind) != kind_of(b.kind) or stages(a.name) != stages(b.name):
        return True
    if a.organizers and b.organizers and not a.organizers & b.organizers:
        return True
    sa, sb = _span(a), _span(b)
    return not sa or not sb or sa[0] > sb[1] or sb[0] > sa[1]


def cluster_events(records: list[EventRecord]) -> list[tuple[list[EventRecord], list[str]]]:
    """Groups of records that are one event, each with the reasons of its merges.

    Records with one id (the same article read again, or the stored node) are one
    event; otherwise candidates are compared by kind, in date order, while their
    dates can still overlap. Two stored events are never merged here.
    """
    groups: dict[int, list[int]] = {}
    reasons: dict[int, list[str]] = {}
    root: dict[int, int] = {}
    first_of_id: dict[str, int] = {}
    for i, r in enumerate(records):
        j = first_of_id.setdefault(r.id, i)
        root[i] = root[j] if j != i else i
        groups.setdefault(root[i], []).append(i)
        reasons.setdefault(root[i], [])

    def merge(i: int, j: int, reason: str) -> bool:
        a, b = sorted((root[i], root[j]))
        if a == b:
            return False
        ga, gb = groups[a], groups[b]
        if any(_conflict(records[x], records[y]) for x in ga for y in gb):
            return False
        if len({records[x].id for x in ga + gb if records[x].existing}) > 1:
            return False
        for x in gb:
            root[x] = a
        groups[a] = ga + groups.pop(b)
        reasons[a] += reasons.pop(b) + [reason]
        return True

    by_kind: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        if r.date and kind_of(r.kind):
            by_kind.setdefault(kind_of(r.kind), []).append(i)
    for kind, idx in sorted(by_kind.items()):
        idx.sort(key=lambda i: (records[i].date, records[i].id))
        for n, i in enumerate(idx):
            end = records[i].end_date or records[i].date
            for j in idx[n + 1:]:
                if records[j].date > end:
                    break
                if records[i].existing and records[j].existing:
                    continue  # never merged here (merge() refuses): a large store has many such pairs
                reason = same_event(records[i], records[j])
                if reason:
                    merge(i, j, reason)
    return [([records[i] for i in sorted(g)], reasons[r]) for r, g in sorted(groups.items())]
