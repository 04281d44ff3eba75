"""Regular expressions of long word lists, written so that Python's engine
reads them quickly, with the same matches.

An alternation `w1|w2|...` of a hundred words is tried branch by branch at
every position of the text (the cost of issue 11's profile: `_ANY_HEAD` took
84 µs a sentence). The same words as a trie, `K(?:etua|PU)|...`, are decided by
one character at a time. Two words that match at one position are a prefix of
one another, and the trie tries the longer first, as an alternation sorted
longest first does: every match is the same.
"""
from __future__ import annotations

import re
from typing import Iterable


def trie(words: Iterable[str], ignore_case: bool = False) -> str:
    """One pattern (no group captured) matching exactly what the alternation
    of `words` sorted longest first matches, from the words as written (not
    escaped: pass re.escape'd words for literals). `ignore_case`: the pattern
    is compiled with re.I; words are folded first, so that "KPU" and "kpu X",
    one branch under re.I, are one branch of the trie too."""
    root: dict = {}
    for w in {w.lower() if ignore_case else w for w in words}:
        node = root
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}  # a word ends here
    return _pattern(root)


def _atoms(pattern: str) -> list[str]:
    """`pattern` cut into atoms: an escaped character (`\\.`, `\\ `) stays one."""
    out, i = [], 0
    while i < len(pattern):
        n = 2 if pattern[i] == "\\" and i + 1 < len(pattern) else 1
        out.append(pattern[i:i + n])
        i += n
    return out


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [atom + _pattern(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the longer words first, then the word that ends here
        return f"(?:{body})?" if len(branches) > 1 or len(_atoms(body)) > 1 else f"{body}?"
    return body


def check(words: Iterable[str]) -> None:
    """Raise unless every word is a plain literal (escaped or a word character):
    a trie of regular-expression syntax (`a|b`, `x*`) is not the same pattern."""
    for w in words:
        for atom in _atoms(w):
            if len(atom) == 1 and not (atom.isalnum() or atom in " _-'’/&,") and atom not in "\"":
                raise ValueError(f"not a literal for a trie: {w!r}")


def words_trie(words: Iterable[str], ignore_case: bool = False) -> str:
    """`trie` of literal words, escaped here."""
    return trie((re.escape(w) for w in words), ignore_case)


# ---------------------------------------------------------------- a guard on the first character

_MAX_CLASS = 400  # a first character class larger than this guards nothing worth its cost
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)...": flags that must stay first


def guarded(pattern: re.Pattern) -> "re.Pattern | Literal":
    """`pattern` behind the cheap checks below: a literal every match holds
    (Literal), a first character (first_char_guarded). Same matches."""
    return literal_guarded(first_char_guarded(pattern))


def first_char_guarded(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead for the characters a match can start with
    (`(?=[dhkmp])` before `(?:dihadiri|kepada|...)`), when they can be read off
    the pattern: the engine then tries the alternatives only where one could
    begin, instead of at every position. Same matches (the lookahead is a
    necessary condition of every match); the pattern as it was when the first
    characters cannot be told (a pattern that may match the empty string, or
    start with any character)."""
    anchored: set = set()
    try:
        from re import _parser as parser
        first, nullable = _first(list(parser.parse(pattern.pattern, pattern.flags)), parser,
                                 bool(pattern.flags & re.I), anchored)
    except Exception:  # noqa: BLE001 - a construct the walk does not know: no guard
        return pattern
    if first is None or nullable or not first[0] or len(first[0]) > _MAX_CLASS \
            or _GLOBAL_FLAGS.match(pattern.pattern):
        return pattern
    chars, ci = first
    if not ci and _literal_start(list(parser.parse(pattern.pattern, pattern.flags)), parser):
        return pattern  # the engine reads the first characters of such a pattern itself
    klass = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    guard = f"(?i:(?={klass}))" if ci else f"(?={klass})"
    if anchored:  # "(?:^|[.,;]\s+)...": a match also starts where `^` holds
        guard = f"(?:^|{guard})"
    return re.compile(guard + pattern.pattern, pattern.flags)


def _first(items, parser, ci: bool, anchored: set):
    """((first characters, any of them read case-insensitively), nullable) of a
    parsed sequence; (None, _) when unknown. An alternative that is `^` alone
    adds itself to `anchored` (a match through it starts where `^` holds)."""
    c = parser
    chars: set[str] = set()
    any_ci = False
    for op, av in items:
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        if op is c.LITERAL:
            return (chars | {chr(av)}, any_ci or ci), False
        if op is c.IN:
            got = _class(av, c)
            if got is None:
                return None, False
            return (chars | got, any_ci or ci), False
        if op is c.SUBPATTERN:
            _, add, dele, sub = av
            sub_ci = (ci or bool(add & re.I)) and not (dele & re.I)
            got, nullable = _first(list(sub), parser, sub_ci, anchored)
        elif op is c.BRANCH:
            got, nullable = (set(), False), False
            for alt in av[1]:
                if list(alt) == [(c.AT, c.AT_BEGINNING)]:
                    anchored.add("^")
                    continue
                g, n = _first(list(alt), parser, ci, anchored)
                if g is None:
                    return None, False
                got = (got[0] | g[0], got[1] or g[1])
                nullable = nullable or n
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, _, sub = av
            got, nullable = _first(list(sub), parser, ci, anchored)
            nullable = nullable or lo == 0
        else:
            return None, False
        if got is None:
            return None, False
        chars |= got[0]
        any_ci = any_ci or got[1]
        if not nullable:
            return (chars, any_ci), False
    return (chars, any_ci), True


def _literal_start(items, c) -> bool:
    """Does every way through start with a literal character (what lets the
    engine skip ahead on its own: `(?:digelar|diadakan)`, not `\\b(?:...)` or
    `(?:turut )?hadir`)?"""
    if not items:
        return False
    op, av = items[0]
    if op is c.LITERAL:
        return True
    if op is c.SUBPATTERN:
        return not (av[1] & re.I) and _literal_start(list(av[3]), c)
    if op is c.BRANCH:
        return all(_literal_start(list(alt), c) for alt in av[1])
    return False


def _class(items, c) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None  # a category (\s, \w), a negated class
    return out


# ---------------------------------------------------------------- a guard on words every match contains

_MIN_LITERAL = 3  # a required literal shorter than this is in almost every text: no guard
# the characters outside ASCII that re.I matches with an ASCII letter ("ı" with "i", the Kelvin sign with "k"):
# str.lower() does not fold them to ASCII, so a text holding one is searched by the pattern itself
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


class Literal:
    """A compiled pattern behind a check that its text holds the literals
    every match contains (`required`). The literals of every such
    pattern sit in one Aho-Corasick automaton, run once over each text (kept
    for the last texts: the rules ask one sentence many patterns in a row), so
    a pattern whose words are not in a sentence costs a set look-up, not a
    search. The methods of re.Pattern that rules call, with the same results;
    the rest through to the pattern."""

    __slots__ = ("re", "_ids")

    def __init__(self, pattern: re.Pattern, clauses: list[list[tuple[str, bool]]]):
        self.re = pattern
        self._ids = tuple(frozenset(_LITERALS.setdefault(lit, len(_LITERALS)) for lit in c) for c in clauses)
        _found.clear()  # (the texts read so far were not looked at for these literals)

    def may_match(self, text: str) -> bool:
        found = _found.get(text)
        if found is None:
            found = _find(text)
        if found is True:
            return True
        for ids in self._ids:
            if ids.isdisjoint(found):
                return False
        return True

    def search(self, string, *args, **kw):
        return self.re.search(string, *args, **kw) if self.may_match(string) else None

    def match(self, string, *args, **kw):
        return self.re.match(string, *args, **kw) if self.may_match(string) else None

    def fullmatch(self, string, *args, **kw):
        return self.re.fullmatch(string, *args, **kw) if self.may_match(string) else None

    def finditer(self, string, *args, **kw):
        return self.re.finditer(string, *args, **kw) if self.may_match(string) else iter(())

    def findall(self, string, *args, **kw):
        return self.re.findall(string, *args, **kw) if self.may_match(string) else []

    def sub(self, repl, string, *args, **kw):
        return self.re.sub(repl, string, *args, **kw) if self.may_match(string) else string

    def subn(self, repl, string, *args, **kw):
        return self.re.subn(repl, string, *args, **kw) if self.may_match(string) else (string, 0)

    def split(self, string, *args, **kw):
        return self.re.split(string, *args, **kw) if self.may_match(string) else [string]

    def __getattr__(self, name):  # pattern, flags, groups, groupindex
        return getattr(self.re, name)

    def __repr__(self) -> str:
        return f"Literal({self.re!r})"


_LITERALS: dict[tuple[str, bool], int] = {}  # (literal, read case-insensitively) -> id, of every Literal made
_automata: list = [0, None, None]  # (literals they hold, case-sensitive automaton, lower-case automaton)
_found: dict[str, frozenset | bool] = {}  # text -> ids of the literals in it (True: any pattern may match)


def _find(text: str) -> frozenset | bool:
    """The ids of the literals `text` holds (True when a character that re.I folds to
    ASCII and str.lower() does not leaves the case-insensitive ones unknown)."""
    if _automata[0] != len(_LITERALS):
        _build()
    if len(_found) > 256:
        _found.clear()
    cs, ci = _automata[1], _automata[2]
    if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        got: frozenset | bool = True
    else:
        got = frozenset([i for _, i in cs.iter(text)] + [i for _, i in ci.iter(text.lower())])
    _found[text] = got
    return got


def _build() -> None:
    import ahocorasick

    autos = []
    for fold in (False, True):
        a = ahocorasick.Automaton()
        for (lit, ci), i in _LITERALS.items():
            if ci == fold:
                a.add_word(lit, i)
        if len(a) == 0:
            a.add_word("\0\0\0", -1)  # (an automaton of no word cannot be searched)
        a.make_automaton()
        autos.append(a)
    _automata[:] = [len(_LITERALS), *autos]
    _found.clear()


def literal_guarded(pattern: re.Pattern) -> "re.Pattern | Literal":
    """`pattern` behind the literal check of Literal when every match holds one of some
    words, else `pattern` itself."""
    clauses = required(pattern)
    return pattern if clauses is None else Literal(pattern, clauses)


def required(pattern: re.Pattern) -> list[list[tuple[str, bool]]] | None:
    """Sets of literals such that every match of `pattern` contains at least
    one literal of each set (`\\bKomisi\\s+Pemilihan`: "komisi", and
    "pemilihan"); each literal with whether it is read case-insensitively (then
    in lower case). None when no set can be read off the pattern whose
    literals are all _MIN_LITERAL long or more (a shorter one is in almost
    every text and guards nothing)."""
    try:
        from re import _parser as parser
        got = _required(list(parser.parse(pattern.pattern, pattern.flags)), parser, bool(pattern.flags & re.I))
    except Exception:  # noqa: BLE001 - a construct the walk does not know: no guard
        return None
    got = sorted({tuple(sorted(set(c))) for c in got if min(len(w) for w, _ in c) >= _MIN_LITERAL},
                 key=_selective, reverse=True)
    return [list(c) for c in got[:_MAX_CLAUSES]] or None


_MAX_CLAUSES = 3


def _selective(clause) -> tuple[int, int]:
    """How few texts a set of literals lets through, roughly: the longer its shortest literal, then the fewer."""
    return min(len(w) for w, _ in clause), -len(clause)


def _required(items, c, ci: bool) -> list[list[tuple[str, bool]]]:
    """Of a parsed sequence: the sets of literals its parts each require."""
    clauses: list[list[tuple[str, bool]]] = []
    run: list[str] = []

    def close():
        if run:
            clauses.append([("".join(run), ci)])
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av)
            if ci and not ch.isascii():
                close()
                continue
            run.append(ch.lower() if ci else ch)
            continue
        close()
        if op is c.SUBPATTERN:
            _, add, dele, sub = av
            clauses += _required(list(sub), c, (ci or bool(add & re.I)) and not (dele & re.I))
        elif op is c.BRANCH:
            alts = [_required(list(alt), c, ci) for alt in av[1]]
            if all(alts):  # one set: the best of each way through, together
                clauses.append([w for alt in alts for w in max(alt, key=_selective)])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            clauses += _required(list(av[2]), c, ci)
        elif op is c.ASSERT:  # a lookahead or lookbehind holds in the text too
            clauses += _required(list(av[1]), c, ci)
    close()
    return clauses
