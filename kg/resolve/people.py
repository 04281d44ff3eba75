"""People: one Person node per real person across articles, pages and runs.

Rules, strongest first (each merge records "rule: evidence"):
- back-reference: inside one article a bare name (`ujar Reni`) is the one named
  person whose first or last word it is; never when two could be meant;
- same name: the same tokens once titles, dots and spacing are gone
  (`M.Samsul Kadir` = `M. Samsul Kadir`, `Bapak Tri Tujiana` = `Tri Tujiana`);
- initials, name variant, spelling slip, middle name dropped: the names line up
  (names.compare) AND the two share context: a post, an organization, an event
  or an article. A name match alone is not enough, a shared word never is;
- a bare name across articles: only with the same post in the same organization.
Clusters grow by complete linkage: every written form in one cluster must be
compatible with every form in the other, so chains (`M. Samsul` -> `Muhammad
Samsul` -> `Mahmud Samsul`) cannot form. Two nodes already stored are never
merged into one here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from kg.model import slug
from kg.resolve.aliases import person_forms
from kg.resolve.names import Name, back_reference, compare, fullness, parse

MAX_BLOCK = 400  # records sharing one blocking key (or a bare name's word); larger blocks are left to exact keys


@dataclass
class PersonRecord:
    """One person as one article (or the store) sees them."""

    id: str  # entity id in the article, or the stored node id
    forms: list[Name]
    articles: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    printed: set[str] = field(default_factory=set)  # as printed, titles included
    existing: bool = False
    merges: list[str] = field(default_factory=list)
    mentioned: int = 0  # a stored person: in how many stored articles (its names' weight)

    @property
    def best(self) -> Name:
        return max(self.forms, key=lambda n: (*fullness(n), len(n.written)))


class Clusters:
    """Union-find over records that keeps, per cluster, the union of their context."""

    def __init__(self, records: list[PersonRecord]):
        self.records = records
        self.parent = list(range(len(records)))
        self.members = {i: [i] for i in range(len(records))}
        self.reasons: dict[int, list[str]] = {i: list(r.merges) for i, r in enumerate(records)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, reason: str) -> None:
        a, b = sorted((self.find(i), self.find(j)))
        if a == b:
            return
        self.parent[b] = a
        self.members[a] += self.members.pop(b)
        self.reasons[a] += self.reasons.pop(b) + [reason]

    def ctx(self, root: int, attr: str) -> set[str]:
        out: set[str] = set()
        for m in self.members[root]:
            out |= getattr(self.records[m], attr)
        return out

    def forms(self, root: int) -> list[Name]:
        seen, out = set(), []
        for m in self.members[root]:
            for f in self.records[m].forms:
                if f.key and f.key not in seen:
                    seen.add(f.key)
                    out.append(f)
        return out

    def groups(self) -> list[tuple[list[PersonRecord], list[str]]]:
        return [([self.records[m] for m in sorted(ms)], self.reasons[r]) for r, ms in sorted(self.members.items())]


_RULE_OF = [("slip", "spelling slip"), ("initial", "initials"), ("abbreviation", "name variant"),
            ("variant", "name variant"), ("short form", "middle name dropped")]


def _shared_context(c: Clusters, a: int, b: int) -> str | None:
    for attr, what in (("roles", "same post"), ("orgs", "same organization"),
                       ("events", "same event"), ("articles", "same article")):
        common = c.ctx(a, attr) & c.ctx(b, attr)
        if common:
            return f"{what} {sorted(common)[0]}"
    return None


def _names_agree(c: Clusters, a: int, b: int) -> tuple[set[str], Name, Name] | None:
    """Complete linkage on names: every non-bare form of one cluster lines up
    with every non-bare form of the other."""
    fa = [f for f in c.forms(a) if not f.bare]
    fb = [f for f in c.forms(b) if not f.bare]
    if not fa or not fb:
        return None
    kinds: set[str] = set()
    for x in fa:
        for y in fb:
            k = compare(x, y)
            if k is None:
                return None
            kinds |= k
    return kinds, max(fa, key=fullness), max(fb, key=fullness)


def _existing_ids(c: Clusters, root: int) -> set[str]:
    return {c.records[m].id for m in c.members[root] if c.records[m].existing}


def try_merge(c: Clusters, i: int, j: int) -> str | None:
    """The reason clusters of records i and j are one person, or None."""
    a, b = c.find(i), c.find(j)
    if a == b or len(_existing_ids(c, a) | _existing_ids(c, b)) > 1:
        return None
    agree = _names_agree(c, a, b)
    if agree is None:
        return _bare_merge(c, a, b)
    kinds, x, y = agree
    if kinds <= {"exact"}:
        return f"same name: {x.written!r} = {y.written!r}"
    context = _shared_context(c, a, b)
    if not context:
        return None
    rule = next(r for k, r in _RULE_OF if k in kinds)
    return f"{rule}: {x.written!r} ~ {y.written!r}, {context}"


def _bare_merge(c: Clusters, a: int, b: int) -> str | None:
    """A bare name in one article and a full name (or the same bare name) in
    another: one person only when both hold the same post in the same org."""
    fa, fb = c.forms(a), c.forms(b)
    bare_a = all(f.bare for f in fa)
    bare_b = all(f.bare for f in fb)
    if not (bare_a or bare_b):
        return None
    common = c.ctx(a, "roles") & c.ctx(b, "roles")
    if not common:
        return None
    short, other = (fa, fb) if bare_a else (fb, fa)
    tok = short[0]
    if all(f.bare for f in other):
        ok = all(f.key == tok.key for f in other)
    else:
        ok = all(back_reference(tok, f) for f in other if not f.bare)
    if not ok:
        return None
    full = max(other, key=fullness)
    return f"bare name, same post: {tok.written!r} ~ {full.written!r}, {sorted(common)[0]}"


def back_references(c: Clusters) -> None:
    """Inside each article, attach bare names to the one person they can mean."""
    by_article: dict[str, list[int]] = {}
    for i, r in enumerate(c.records):
        if not r.existing:
            for art in r.articles:
                by_article.setdefault(art, []).append(i)
    for art, idx in sorted(by_article.items()):
        for i in idx:
            rec = c.records[i]
            if not all(f.bare for f in rec.forms):
                continue
            bare = rec.forms[0]
            cands = {c.find(j) for j in idx if j != i and any(
                not f.bare and back_reference(bare, f) for f in c.records[j].forms)}
            if len(cands) == 1:
                target = cands.pop()
                full = max((f for f in c.forms(target) if not f.bare), key=fullness)
                c.union(i, target, f"back-reference: {bare.written!r} -> {full.written!r} in article {art}")


def _words(r: PersonRecord) -> set[str]:
    """The name words a record is filed under (full words of 3 letters or more, a variant by its group)."""
    return {t.group or t.text for f in r.forms for t in f.tokens if t.kind == "full" and len(t.text) >= 3}


def _ends(t) -> set[str]:
    """What any token `t` can match (names.token_match) shares with it: the
    first letter (exact, initial, abbreviation, slip) or the variant group."""
    return {t.text[0]} | ({"=" + t.group} if t.group else set())


def name_keys(forms: list[Name]) -> set[tuple[str, str, str]]:
    """Blocking keys of the full (not bare) forms of a person: (a word of 3
    letters or more, what the first token can match, what the last token can
    match). names.compare lines up first with first and last with last and
    needs one such word in both, so two forms it accepts always share a key;
    the keys stay small where a word alone does not (every `Budi`, against
    every `B... Santoso`)."""
    out = set()
    for f in forms:
        if f.bare:
            continue
        firsts, lasts = _ends(f.tokens[0]), _ends(f.tokens[-1])
        for t in f.tokens:
            if len(t.text) >= 3:
                out |= {(t.text, a, b) for a in firsts for b in lasts}
    return out


def end_words(forms: list[Name]) -> set[str]:
    """The first and last full words of each form (text and variant group):
    the words a bare name can refer back to (names.back_reference)."""
    out = set()
    for f in forms:
        full = f.full
        for t in (full[0], full[-1]) if full else ():
            out |= {t.text} | ({t.group} if t.group else set())
    return out


def _pairs(records: list[PersonRecord]) -> set[tuple[int, int]]:
    """The record pairs worth a try_merge. Two records with a full form each
    merge only if forms of theirs pass names.compare (complete linkage), so
    they share a key (name_keys) and, as before, a name word; a record of bare
    names only merges by _bare_merge, with anyone sharing its word. Pairs of
    records that share a word but could never merge are not made: their number
    grew with the square of a common name's records."""
    words = [_words(r) for r in records]
    by_key: dict[tuple, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    bare = []
    for i, r in enumerate(records):
        for w in words[i]:
            by_word.setdefault(w, []).append(i)
        if all(f.bare for f in r.forms):
            bare.append(i)
        else:
            for k in name_keys(r.forms):
                by_key.setdefault(k, []).append(i)
    pairs = set()
    for idx in by_key.values():
        if len(idx) <= MAX_BLOCK:
            pairs.update((i, j) for i, j in combinations(idx, 2) if words[i] & words[j])
    for i in bare:
        for w in words[i]:
            idx = by_word[w]
            if len(idx) <= MAX_BLOCK:
                pairs.update((min(i, j), max(i, j)) for j in idx if j != i)
    return pairs


def cluster(records: list[PersonRecord]) -> list[tuple[list[PersonRecord], list[str]]]:
    """Groups of records that are one person, each with the reasons of its merges."""
    c = Clusters(records)
    # exact keys first: cheap, and they give later rules the most context
    by_key: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        if not r.best.bare:
            by_key.setdefault(r.best.key, []).append(i)
    for key, idx in sorted(by_key.items()):
        for j in idx[1:]:
            reason = try_merge(c, idx[0], j)
            if reason:
                c.union(idx[0], j, reason)
    back_references(c)
    for i, j in sorted(_pairs(records)):
        if records[i].existing and records[j].existing:
            continue  # stored nodes were resolved when they were stored
        reason = try_merge(c, i, j)
        if reason:
            c.union(i, j, reason)
    return c.groups()


def person_id(group: list[PersonRecord]) -> str:
    """A stored id wins (ids stay stable across runs); otherwise the fullest form's slug."""
    stored = sorted(r.id for r in group if r.existing)
    if stored:
        return stored[0]
    best = max((r.best for r in group), key=lambda n: (*fullness(n), len(n.written), n.written))
    return f"person:{slug(' '.join(best.written.split()))}"


def canonical_name(group: list[PersonRecord]) -> str:
    """The fullest form; among equally full forms the one most articles print
    (a stored person counts each of its forms once per article it is in).
    Always chosen anew, the stored name being one candidate, and never one of
    the spellings person_forms makes (a stored node's aliases hold those): so
    the pages in any order, or split over builds, give the person one name."""
    counts: dict[str, int] = {}
    forms: dict[str, Name] = {}
    made = {m for r in group for f in r.forms for m in person_forms(f.written)}
    for r in group:
        for f in r.forms:
            plain = " ".join(f.written.split())
            if plain and (plain not in made or not r.existing):
                counts[plain] = counts.get(plain, 0) + max(1, r.mentioned or len(r.articles))
                forms[plain] = f
    if not forms:
        return max(" ".join(f.written.split()) for r in group for f in r.forms)
    return max(forms, key=lambda w: (*fullness(forms[w]), counts[w], len(w), w))