"""The event an article reports: its name, kind, dates, mode and place.

A KPU news item reports one main event, and names it early: in the first
sentences (`menghadiri kegiatan Knowledge Sharing ... Tahap III`, `menggelar
Rapat Koordinasi ...`, `webinar bertajuk "..."`) or in the headline after its
verb (`KPU NTT Ikuti Rakor Pengawasan ...`). A name starts at an event word
(kg.lang.events_data.EVENT_KINDS) and runs over the capitalised words after
it, through the small words that sit inside official names (`dalam Rangka`,
`di Lingkungan`), and stops where the date, the place or a clause begins.

The date is the best-placed date mention (kg.extract.dates): early, with a
weekday, in the sentence that names the event, and not marked as past
(`Pemilu 2019 lalu`). The mode comes from what the page says of the event
itself (`secara daring`, `via Zoom`), of some participants only (`diikuti
secara daring oleh ...`), and of a place where it was held (`di Hotel ...`):
an event held at a place that some followed online is hybrid; following an
online event from one's own office (`mengikuti ... dari Ruang Media Center`)
is not being at a venue.

Every part filled keeps a `Clue`: the sentence (or the headline) and the span
that fixed it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable

from kg.extract.dates import DateMention, find_dates, weekday_year, years_in
from kg.extract.fastre import guarded
from kg.extract.sentences import Sentence
from kg.lang import events_data as L
from kg.model import Article, Evidence

# ---------------------------------------------------------------- data types


@dataclass(frozen=True)
class Clue:
    """Where one part of an event was read. `start`/`end` span the phrase in
    the body (or in the title when `field` is "title"); `sentence` is the body
    sentence holding it (None for the title)."""

    field: str
    start: int
    end: int
    text: str
    rule: str
    sentence: Sentence | None = None

    def evidence(self, title: str = "") -> Evidence:
        """As kg.model.Evidence: the whole sentence and its offsets."""
        if self.sentence is None:
            return Evidence(title, 0, len(title), self.rule, "title")
        s = self.sentence
        return Evidence(s.text, s.start, s.end, self.rule, self.field)


@dataclass
class EventInfo:
    name: str
    kind: str | None = None
    date: date | None = None
    end_date: date | None = None
    mode: str | None = None  # daring | luring | hybrid
    platform: str | None = None
    venue: str | None = None
    city: str | None = None
    aliases: list[str] = field(default_factory=list)
    evidence: dict[str, Clue] = field(default_factory=dict)

    def props(self) -> dict:
        """The Event node properties of schema/graph.toml (dates as ISO)."""
        return {
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "mode": self.mode,
            "platform": self.platform,
            "venue": self.venue,
            "city": self.city,
            "aliases": [a for a in self.aliases if a != self.name],
        }


# ---------------------------------------------------------------- phrase lists, found by words

_WORD = re.compile(r"[^\W_]+")
_JOIN = {"", "-", "/"}  # what may stand between the words of one phrase (besides spaces)


class PhraseHit:
    """A found phrase, with the parts of re.Match that callers use."""

    __slots__ = ("_s", "_e", "_text", "phrase")

    def __init__(self, s: int, e: int, text: str, phrase: str):
        self._s, self._e, self._text, self.phrase = s, e, text, phrase

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._text[self._s:self._e]


_token_memo: dict[str, tuple] = {}


def _tokens(text: str) -> tuple[list[tuple[int, int]], list[str], list[str], list[bool]]:
    """Word spans, their lower-case and written forms, and whether each word
    joins the next one (only spaces, a hyphen or a slash between). Kept for
    the last few texts: one text is searched for several lists in a row."""
    got = _token_memo.get(text)
    if got is not None:
        return got
    spans = [m.span() for m in _WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    low = [w.lower() for w in words]
    joins = [text[spans[i][1]:spans[i + 1][0]].strip() in _JOIN for i in range(len(spans) - 1)] + [False]
    if len(_token_memo) > 64:
        _token_memo.clear()
    got = _token_memo[text] = (spans, low, words, joins)
    return got


class Phrases:
    """A list of phrases found by looking words up, one dict probe per word of
    the text, instead of one big regular-expression alternation tried at
    every character (which is what made tagging slow). The longest phrase at
    a word wins; found phrases do not overlap. A phrase written in capitals
    (AI, ZI) matches only in capitals when `exact_caps` is set."""

    def __init__(self, phrases: Iterable[str], exact_caps: bool = False):
        self.fold: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for p in phrases:
            caps = exact_caps and p.isupper()
            words = tuple(_WORD.findall(p) if caps else _WORD.findall(p.lower()))
            if words:
                (self.exact if caps else self.fold).setdefault(words[0], []).append((words, p))
        for table in (self.fold, self.exact):
            for v in table.values():
                v.sort(key=lambda x: -len(x[0]))
        self._starts: tuple[str | None, list[int]] = (None, [])

    def _candidates(self, text: str, low: list[str], words: list[str]) -> list[int]:
        """The words of `text` that begin some phrase, in order: found by one pass
        over the words for the text (kept for the last text, which is searched
        sentence by sentence), so the scan below visits only these."""
        if self._starts[0] is not text:
            fold, exact = self.fold, self.exact
            ks = [k for k, w in enumerate(low) if w in fold]
            if exact:
                ks = sorted(set(ks).union(k for k, w in enumerate(words) if w in exact))
            self._starts = (text, ks)
        return self._starts[1]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        spans, low, words, joins = _tokens(text)
        endpos = len(text) if endpos is None else endpos
        fold, exact = self.fold, self.exact
        first = bisect.bisect_left(spans, (pos, pos)) if pos else 0
        starts = self._candidates(text, low, words)
        nxt = first  # the first word not yet read (a phrase found covers its words)
        for i in starts[bisect.bisect_left(starts, first):]:
            if i < nxt:
                continue
            if spans[i][0] >= endpos:
                break
            cands = fold.get(low[i])
            more = exact.get(words[i]) if exact else None
            best = None
            for table, seq in ((cands, low), (more, words)):
                for cand, phrase in table or ():
                    n = len(cand)
                    if best is not None and n <= len(best[0]):
                        break
                    if (n == 1 or tuple(seq[i:i + n]) == cand and all(joins[i:i + n - 1])):
                        best = (cand, phrase)
                        break
            if best is None:
                continue
            n = len(best[0])
            yield PhraseHit(spans[i][0], spans[i + n - 1][1], text, best[1])
            nxt = i + n

    def search(self, text: str, pos: int = 0):
        return next(self.finditer(text, pos), None)

    def match(self, text: str, pos: int = 0):
        hit = self.search(text, pos)
        return hit if hit is not None and not text[pos:hit.start()].strip() else None


# ---------------------------------------------------------------- compiled data

def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_KIND_OF = {p: k for k, ps in L.EVENT_KINDS.items() for p in ps}
_CUE = Phrases(_KIND_OF)
_VERBS = {tuple(v.split()) for v in L.EVENT_VERBS}
_VERB_LEN = max(len(v) for v in _VERBS)


def _verb_before(text: str) -> bool:
    """Does `text` end with an event verb ("... menghadiri", "... hadir dalam")?"""
    words = _WORD.findall(text[-40:].lower())
    return any(tuple(words[-n:]) in _VERBS for n in range(1, min(_VERB_LEN, len(words)) + 1))
_TITLE_CUE = re.compile(rf"(?<![\w-])(?:{_alt(L.TITLE_CUES)})\s*:?\s*", re.I)
_AFTER_TITLE = re.compile(rf"\s*(?:(?:secara\s+)?(?:daring|virtual|online|luring)\s+)?(?:{_alt(L.TITLE_CUES)})"
                          rf"(?![\w-])\s*:?\s*", re.I)
_LEAD = re.compile(r"(?:(?<=\s)|^)(Pelaksanaan|Penyelenggaraan|Kegiatan|Acara)\s+$")  # "Pelaksanaan Orientasi ..."
# "kegiatan (daring) X", "mengikuti X": X is the event
_HEAD_BEFORE = re.compile(rf"(?:{_alt(L.NAME_HEADS_DROPPED)}|mengikuti|menghadiri)\s+(?:\w+\s+)?$", re.I)
# "kegiatan daring bertajuk ...": a title given to an event named only by a generic word
_TITLED_HEAD = re.compile(rf"(?:{_alt(L.NAME_HEADS_DROPPED)}|forum)\b[^.]{{0,30}}$", re.I)
_IN_VENUE = re.compile(r"(?:ruang|ruangan|aula|gedung|balai)\s+$", re.I)
_LOWER_PAREN = re.compile(r"\s*\([a-z][^()]*\)")  # "kunjungan kerja (kunker)": the short form again
_HEADS = re.compile(rf"^(?:{_alt(L.NAME_HEADS_DROPPED)})\s+", re.I)
_TOKEN = re.compile(r"[“”\"‘’()]|[,;:]|[^\s,;:()“”\"‘’]+")
_REG_CITED = re.compile(r"\b(?:nomor|no\.?)\s*\d+|\b\d+/\d{4}\b", re.I)
_CONNECT = set(L.NAME_CONNECTORS)
_STOP = set(L.NAME_STOPS)
_NUMBERING = set(L.NAME_NUMBERING)
_ORDINAL = set(L.ORDINALS)
_ROMAN = re.compile(r"^(?=[ivxlc]+$)m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$", re.I)
_WEEKDAYS = set(L.WEEKDAY_NUMBERS)
_QUOTES_OPEN = {"“": "”", '"': '"', "‘": "’"}

_MODE_TAGS: dict[str, set[str]] = {}
for _tag, _words in (("online", L.ONLINE_CUES), ("offline", L.OFFLINE_CUES), ("hybrid", L.HYBRID_CUES),
                     ("platform", L.PLATFORMS)):
    for _w in _words:
        _MODE_TAGS.setdefault(_w, set()).add(_tag)
# a mode phrase that names a platform ("aplikasi zoom", "via zoom") names it too
_PLATFORM_OF = {w: name for w in _MODE_TAGS for p, name in sorted(L.PLATFORMS.items(), key=lambda x: -len(x[0]))
                if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", w)}
for _w in _PLATFORM_OF:
    _MODE_TAGS[_w].add("platform")
_MODE_WORDS = Phrases(_MODE_TAGS)
_PARTLY = re.compile("|".join(f"(?:{p})" for p in L.PARTLY_ONLINE_PATTERNS), re.I)
_VENUE_HEAD = re.compile(rf"^(?:{_alt(L.VENUE_HEADS)})(?![\w-])", re.I)
_AT = re.compile(r"(?<![\w-])(?P<intro>(?:bertempat|berlokasi|berlangsung|dilaksanakan|digelar|"
                 r"diselenggarakan|diadakan)\s+)?di\s+(?=\S)", re.I)
_PARTLY, _TITLE_CUE = map(guarded, (_PARTLY, _TITLE_CUE))  # (kg.extract.fastre: same matches, fewer searches)
_NOT_PLACE = set(L.NOT_PLACE_AFTER_DI) | {"indonesia"}
_ORG_WORDS = {"kpu", "komisi", "bawaslu", "kip", "dprd", "pemerintah", "pemprov", "pemkab", "pemkot",
              "sekretariat", "universitas", "badan", "dinas", "kementerian", "mahkamah", "partai"}
_DATE_PAST_BEFORE = re.compile(rf"(?:{_alt(L.DATE_PAST_BEFORE)})\W*(?:\w+\W+)?$", re.I)
_DATE_AHEAD = re.compile(rf"(?<![\w-])(?:{_alt(L.DATE_AHEAD_BEFORE)})\s+(?:(?:{_alt(L.DATE_AHEAD_BETWEEN)}|\d{{4}})-?\s+){{0,6}}$",
                         re.I)
_DATE_PAST_AFTER = re.compile(rf"^\W*(?:{_alt(L.DATE_PAST_AFTER)})(?![\w-])", re.I)
_VOTING_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(L.DATE_VOTING_BEFORE, key=len, reverse=True))
_DATE_VOTING = re.compile(rf"(?<![\w-])(?:{_VOTING_WORDS})"
                          rf"\s+(?:(?:{_alt(L.DATE_AHEAD_BETWEEN)}|\d{{4}})-?\s+){{0,6}}$", re.I)
VOTING_DAY_PENALTY = 2.5  # below any date placed as events are dated, above none at all

EARLY = 5  # sentences searched for the event's name and place


# ---------------------------------------------------------------- names

def _capital(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() or any(c.isupper() for c in tok[1:3])
                          or bool(_ROMAN.match(tok) and tok.isupper()))


def _continue_name(text: str, pos: int, limit: int = 24) -> int:
    """The end of an event name whose head ends at `pos` in `text`."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, pos)]
    end, i, n = pos, 0, 0
    so_far = text[:pos]
    while i < len(toks) and n < limit:
        tok, s, e = toks[i]
        low = tok.lower()
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if tok == "(":
            j = i + 1
            while j < len(toks) and toks[j][0] != ")" and j - i <= 7:
                j += 1
            if j < len(toks) and toks[j][0] == ")" and j > i + 1 and (_capital(toks[i + 1][0]) or j == i + 2):
                end, i = toks[j][2], j + 1
                n += j - i
                continue
            break
        if tok in ",;:)" or tok in _QUOTES_OPEN or tok in "”’":
            break
        if low in _WEEKDAYS and (nxt.startswith("(") or nxt[:1].isdigit() or nxt == ","):
            break
        if low in _NUMBERING and (nxt[:1].isdigit() or _ROMAN.match(nxt) or nxt.lower() in _ORDINAL):
            end, i, n = toks[i + 1][2], i + 2, n + 2
            continue
        if _capital(tok) or tok in ("/", "-", "&") and _capital(nxt):
            end, i, n = e, i + 1, n + 1
            so_far = text[:end]
            continue
        if low == "tentang" and _REG_CITED.search(so_far[pos - 1 if pos else 0:]):
            break  # a regulation's long title is not part of the event's name
        if low in _STOP and not (low in _CONNECT and _capital(nxt) and low not in ("pada", "yang",
                                                                                   "secara", "oleh")):
            break
        if low == "di" and nxt.lower() != "lingkungan":
            break
        if low in _CONNECT and (_capital(nxt) or nxt.lower() in _CONNECT and nxt.lower() != "di"):
            i, n = i + 1, n + 1
            continue
        break
    return end


def _tidy(name: str) -> str:
    name = _LOWER_PAREN.sub("", " ".join(name.split())).strip(" ,;:-–.")
    name = _HEADS.sub("", name)
    words = name.split(" ")
    if words and words[0].lower() in L.NAME_EXPANSIONS:
        words[0] = L.NAME_EXPANSIONS[words[0].lower()]
    name = " ".join(words)
    return name[:1].upper() + name[1:]


def _title_case_cue(cue: str) -> str:
    return " ".join(w if any(c.isupper() for c in w) else
                    (w.upper() if w.lower() in ("fgd", "rdp", "dkt", "mou") else w.capitalize())
                    for w in cue.split())


def _quoted_or_run(text: str, pos: int) -> tuple[str, int, int] | None:
    """A title given after `bertajuk`/`bertema`: quoted, or a capitalised run."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos < len(text) and text[pos] in _QUOTES_OPEN:
        close = _QUOTES_OPEN[text[pos]]
        stop = [i for i in (text.find(close, pos + 1), text.find("”", pos + 1), text.find('"', pos + 1))
                if i > 0]
        end = min(stop) if stop else len(text)
        return text[pos + 1:end].strip(), pos + 1, end
    if pos < len(text) and _capital(text[pos:pos + 3]):
        end = _continue_name(text, pos, limit=30)
        if end > pos:
            return text[pos:end].strip(), pos, end
    return None


@dataclass
class _Cand:
    name: str
    kind: str | None
    proper: bool  # the name has words of its own beyond the event word
    introduced: bool  # an event verb stands before it
    clue: Clue
    aliases: list[str] = field(default_factory=list)


def _candidates(text: str, base: int, fld: str, sent: Sentence | None, full: str | None = None) -> list[_Cand]:
    """Event phrases in one sentence; `full` is the body the sentence starts at
    `base` in (searched in place, so the body is split into words once)."""
    out: list[_Cand] = []
    used_titles: set[int] = set()
    hits = (_CUE.finditer(text) if full is None else
            (PhraseHit(h.start() - base, h.end() - base, text, h.phrase)
             for h in _CUE.finditer(full, base, base + len(text))))
    for m in hits:
        cue = m.group()
        if _IN_VENUE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "di ruang rapat KPU ...", "Aula Rapat": a room, not an event
        kind = _KIND_OF[m.phrase]
        start = m.start()
        # "Pelaksanaan Orientasi ...": a capitalised head word just before the cue
        before = text[:start]
        lead = _LEAD.search(before)
        if lead and cue[:1].isupper():
            start = lead.start(1)
        end = _continue_name(text, m.end())
        proper = end > m.end()
        if cue[:1].isupper():
            name = _tidy(text[start:end])
        else:  # "webinar bertajuk ...", "apel pagi rutin", "menerima kunjungan Bawaslu ..."
            start = m.start()
            name = _tidy(_title_case_cue(cue) + text[m.end():end])
        aliases = []
        t = _AFTER_TITLE.match(text, end)
        if t:
            got = _quoted_or_run(text, t.end())
            if got:
                title, ts, te = got
                used_titles.add(ts)
                aliases.append(title)
                if not proper:
                    name = _tidy(_title_case_cue(cue) + " " + title)
                    proper = True
                    end = te
        intro = _verb_before(text[max(0, start - 40):start]) or start == 0 or bool(
            _HEAD_BEFORE.search(text, max(0, start - 30), start))
        out.append(_Cand(name, kind, bool(proper), intro,
                         Clue(fld, base + start, base + end, text[start:end], f"event.name.{fld}", sent), aliases))
    for t in _TITLE_CUE.finditer(text):
        if any(c.clue.start - base <= t.start() <= c.clue.end - base + 40 for c in out):
            continue  # belongs to a named event phrase already
        if not _TITLED_HEAD.search(text, max(0, t.start() - 40), t.start()):
            continue
        got = _quoted_or_run(text, t.end())
        if got and got[1] not in used_titles:
            title, ts, te = got
            kinds = [_KIND_OF[k.phrase] for k in _CUE.finditer(title)]
            out.append(_Cand(_tidy(title), kinds[0] if kinds else None, True, True,
                             Clue(fld, base + ts, base + te, title, f"event.title.{fld}", sent)))
    out.sort(key=lambda c: c.clue.start)
    return out


def _headline(title: str) -> _Cand | None:
    """`KPU NTT Ikuti Rakor X, ...` -> Rakor X; a headline that starts with an
    event word is the event's name up to its first comma or colon."""
    m = _CUE.match(title)
    if m:
        seps = [title.find(","), title.find(":"), title.find(" | "), title.find(" – ")]
        seps += [m.start() for m in re.finditer(r"(?<!\bse) - ", title)][:1]
        end = min([i for i in seps if i > 0] or [len(title)])
        name = _tidy(title[:end])
        return _Cand(name, _KIND_OF[m.phrase], end > m.end(), True,
                     Clue("title", 0, end, title[:end], "event.name.title"))
    hits = list(_CUE.finditer(title))
    # after its verb ("Ikuti Rakor X"); else the first event word written as a
    # name ("KPU Lampung Launching Aplikasi X": headlines drop the verb)
    for m in [h for h in hits if _verb_before(title[:h.start()])] + [h for h in hits if h.group()[:1].isupper()]:
        end = _continue_name(title, m.end())
        name = _tidy(title[m.start():end])
        return _Cand(name, _KIND_OF[m.phrase], end > m.end(), True,
                     Clue("title", m.start(), end, title[m.start():end], "event.name.title"))
    return None


_NOMINAL = re.compile(rf"(?<![\w-])({_alt(L.NOMINAL_VERBS)})\s+((?:[\w/'’.-]+\s+){{0,8}}?(?:[\w/'’-]+$)?)"
                      rf"(?=(?:{_alt(L.NOMINAL_STOPS)})(?![\w])|[,.;:(]|$)", re.I)
_LEADING_COUNT = re.compile(r"^(?:\d[\d.]*\s+)?(?:orang\s+)?")


def _nominal(sentences: list[Sentence], title: str) -> tuple[int | None, _Cand] | None:
    """No event word: a verb that names the event by its noun, "melantik 150
    anggota Panitia Pemilihan Kecamatan (PPK)" -> Pelantikan Anggota Panitia
    Pemilihan Kecamatan; in the first sentences, else in the headline."""
    for i, s in [(i, s) for i, s in enumerate(sentences)] + [(None, None)]:
        text = s.text if s is not None else title
        m = _NOMINAL.search(text)
        if not m:
            continue
        noun, kind = L.NOMINAL_VERBS[m.group(1).lower()]
        words = _LEADING_COUNT.sub("", m.group(2).strip())
        name = _tidy(f"{noun} " + " ".join(w[:1].upper() + w[1:] for w in words.split()))
        base = s.start if s is not None else 0
        clue = Clue("body" if s is not None else "title", base + m.start(), base + m.end(),
                    text[m.start():m.end()], "event.name.verb", s)
        return i, _Cand(name, kind, bool(words), True, clue)
    return None


# ---------------------------------------------------------------- dates

# Days after a span of days in which a page still reports it ("Jumat (16/6)" after "12-14/6").
RANGE_REPORT_DAYS = timedelta(days=3)
# The longest span of days that is one event (a stage, "24 Juni hingga 24 Juli", is not).
EVENT_SPAN_DAYS = timedelta(days=7)


def _date_score(dm: DateMention, idx: int, body: str, name_sentence: int | None) -> float:
    score = 3.0 if idx <= 1 else 2.0 if idx <= 3 else 1.0
    if dm.weekday is not None:
        score += 1.0
    if name_sentence is not None and idx == name_sentence:
        score += 1.5
    if _DATE_AHEAD.search(body[max(0, dm.start - 60):dm.start]):
        score -= 4.0
    elif _DATE_VOTING.search(body[max(0, dm.start - 60):dm.start]):
        score -= VOTING_DAY_PENALTY
    if _DATE_PAST_BEFORE.search(body[max(0, dm.start - 30):dm.start]) or \
            _DATE_PAST_AFTER.match(body[dm.end:dm.end + 20]):
        score -= 4.0
    return score


_RELATIVE = re.compile(rf"(?<![\w-])(?:{_alt(L.RELATIVE_DAYS)})(?![\w-])", re.I)
# a weekday named without its date ("pada Senin", "Jumat lalu"), capitalised (lower-case "minggu" is a week)
_BARE_WEEKDAY = re.compile(rf"(?<![\w-])(?:{_alt(w.capitalize() for w in L.WEEKDAY_NUMBERS)})(?![\w'’-])"
                           rf"(?!\s*,?\s*\(?\d)(?P<ahead>\s+(?:depan|mendatang|besok|nanti))?")


def _relative_day(sentences: list[Sentence], ref: date) -> tuple[timedelta, Clue | None]:
    """How far from the article's own date `ref` the first sentences put the event ("kemarin": a day
    before; "pada Senin": the last Monday up to it, "Senin depan": the next), and where they say so;
    no such word: the same day, no clue."""
    for s in sentences:
        hits = [m for m in (_RELATIVE.search(s.text), _BARE_WEEKDAY.search(s.text)) if m]
        if not hits:
            continue
        m = min(hits, key=lambda h: h.start())
        if m.re is _RELATIVE:
            days = L.RELATIVE_DAYS[" ".join(m.group().lower().split())]
        else:
            wd = L.WEEKDAY_NUMBERS[m.group().split()[0].lower()]
            days = (wd - ref.weekday()) % 7 if m["ahead"] else -((ref.weekday() - wd) % 7)
        return timedelta(days=days), Clue("body", s.start + m.start(), s.start + m.end(), m.group(),
                                           "event.date.relative", s)
    return timedelta(0), None


def _ranks(body: str, sentences: list[Sentence]) -> list[int]:
    """Each sentence's place in the text, a sentence glued to the one before (no space between) sharing its place."""
    out, r = [], -1
    for s in sentences:
        if r < 0 or s.start == 0 or body[s.start - 1].isspace():
            r += 1
        out.append(r)
    return out


def _sentence_index(sentences: list[Sentence], pos: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    return len(sentences)


def _ref_date(article: Article) -> date | None:
    if article.date:
        try:
            return date.fromisoformat(article.date[:10])
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------- place

def _places(text: str) -> Iterable[tuple[str, str | None, int, int, bool]]:
    """(venue or city, city after it, start, end, is_venue) for every `di X`."""
    for m in _AT.finditer(text):
        pos = m.end()
        first = re.match(r"[^\s,;.()]+", text[pos:])
        if not first:
            continue
        word = first.group()
        head = _VENUE_HEAD.match(text[pos:])
        if not head and (not _capital(word) or word.lower() in _NOT_PLACE):
            continue
        if word.lower() in _NOT_PLACE:
            continue
        start = pos
        if head:
            pos = pos + head.end()
        end = _continue_place(text, pos)
        if end <= start:
            continue
        place = text[start:end].rstrip(".")
        place = place[:1].upper() + place[1:]
        if head:
            place = " ".join(w.capitalize() if w.islower() and w not in _CONNECT else w for w in place.split())
        city = None
        rest = re.match(r",\s*((?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,2})(?=\s*(?:,|\.|$|\s+pada|\s+\(|\s+[a-z]))",
                        text[end:])
        if rest and rest.group(1).split()[0].lower() not in _ORG_WORDS | _WEEKDAYS:
            city = rest.group(1).rstrip(".")
        is_venue = bool(head) or bool(m["intro"] and m["intro"].lower().startswith(("bertempat", "berlokasi")))
        if not is_venue and word.lower() in _ORG_WORDS:
            continue  # "di KPU X", "di Komisi ..." without a venue word: an office, not a place name
        yield place, city, m.start(), end, is_venue


def _continue_place(text: str, pos: int) -> int:
    end = pos
    for m in _TOKEN.finditer(text, pos):
        tok = m.group()
        if _capital(tok) or tok in ("/", "-", "&") or (tok.lower() in ("dan", "se", "of") and end > pos):
            end = m.end()
            continue
        if tok.islower() and end == pos and tok.lower() in ("kantor", "media", "rapat", "utama", "kerja",
                                                           "pintar", "pemilu", "center", "pertemuan"):
            end = m.end()
            continue
        break
    return end


# ---------------------------------------------------------------- the main event

def extract_event(article: Article, sentences: list[Sentence], headline: bool = False) -> EventInfo | None:
    """The article's main event, or None when the page names none. `headline`: the caller
    knows a body took part (an organization named early), so with no event word anywhere the
    headline names what the article reports ("KPU Gelar Deklarasi ...", "Tim Balon Berdatangan ke KPU X")."""
    body, title = article.body, article.title
    ctx = years_in(title) + years_in(body) or list(article.page_years)
    ref = _ref_date(article)
    if ref:
        ctx.append(ref.year)

    # a sentence end typed without its space ("terpilih.Ketua") splits a sentence for reading names,
    # not for telling how early in the text something is said
    rank = _ranks(body, sentences)
    early = sum(1 for r in rank if r < EARLY)

    # -- name and kind
    cands: list[tuple[int, _Cand]] = []
    for i, s in enumerate(sentences[:early]):
        cands += [(i, c) for c in _candidates(s.text, s.start, "body", s, body)]
    head = _headline(title)
    # "rekrutmen berjalan melalui seleksi administrasi, tes tertulis dan wawancara": a stage the body recounts
    # is the event only when the headline names that kind too
    cands = [(i, c) for i, c in cands if c.kind not in L.HEADLINE_KINDS or (head is not None and head.kind == c.kind)]
    # the first event phrase with a name of its own that a verb introduces; a
    # bare one ("menggelar rapat internal") that a verb introduces before any
    # such phrase stands, unless the headline names the same event more fully
    chosen: tuple[int | None, _Cand] | None = None
    bare: tuple[int, _Cand] | None = None
    for i, c in cands:
        if c.introduced and c.proper:
            chosen = (i, c)
            break
        if c.introduced and bare is None:
            bare = (i, c)
        elif c.proper and i <= 1 and bare is None:
            chosen = (i, c)
            break
    if chosen is None:
        bare = bare or (cands[0] if cands else None)
        if head and head.proper and (bare is None or bare[1].kind is None or (
                head.kind == bare[1].kind and head.name.lower().startswith(bare[1].name.lower()))):
            chosen = (None, head)
        elif bare:
            chosen = bare
        elif head:
            chosen = (None, head)
    if chosen is None:
        chosen = _nominal(sentences[:early], title)
    if chosen is None and sentences and title.strip() and not headline:
        # no event word, but the first two sentences date what they tell ("Pasca pengesahan RUU, Jumat (26/9),
        # KPU belum ...", "dari tanggal 19 sd 28 September 2020"): a statement or notice of that day, which
        # the headline names
        two = sum(1 for r in rank if r < 2)  # the first two sentences: a date further on is of a step ahead
        headline = any(_date_score(dm, 0, body, None) > 2.0 for dm in find_dates(body[:sentences[two - 1].end], ctx, ref))
    if chosen is None and headline and sentences and title.strip():
        name = _tidy(title.strip().rstrip("."))
        chosen = (None, _Cand(name, None, True, False, Clue("title", 0, len(title), title, "event.name.headline")))
    if chosen is None:
        return None
    name_idx, cand = chosen
    info = EventInfo(name=cand.name, kind=cand.kind, aliases=list(cand.aliases))
    info.evidence["name"] = cand.clue
    if head and head.name != info.name:
        info.aliases.append(head.name)
    info.aliases = list(dict.fromkeys(a for a in info.aliases if a and a != info.name))
    if info.kind is None:
        info.kind = next((c.kind for _, c in cands if c.kind), None) or (head.kind if head else None)

    # -- date
    best: tuple[float, int, DateMention] | None = None
    scored = []
    known = set(ctx) | set(article.page_years)
    for dm in find_dates(body, ctx, ref):
        dm = weekday_year(dm, known)
        idx = _sentence_index(sentences, dm.start)
        sc = _date_score(dm, rank[idx] if idx < len(rank) else idx + len(rank) - len(sentences), body,
                         rank[name_idx] if name_idx is not None else None)
        scored.append((sc, idx, dm))
        if best is None or sc > best[0]:
            best = (sc, idx, dm)
    if best is not None and best[2].end_date is None:
        # "Jumat (16/6) ... Bimtek berlangsung Senin-Rabu (12-14/6)": a span of days that
        # holds (or just ends before) the best-placed date is the event's; it starts on its first day
        span = next((c for c in scored if c[0] > 0 and c[2].end_date
                     and c[2].end_date - c[2].date <= EVENT_SPAN_DAYS  # not a stage of a month
                     and c[2].date <= best[2].date <= c[2].end_date + RANGE_REPORT_DAYS), None)
        if span is not None:
            best = span
    if best is not None and best[0] > 0:
        dm = best[2]
        info.date, info.end_date = dm.date, dm.end_date
        sent = sentences[best[1]] if best[1] < len(sentences) else None
        info.evidence["date"] = Clue("body", dm.start, dm.end, dm.written, "event.date", sent)
    else:
        tdates = find_dates(title, ctx, ref)
        if tdates:
            dm = tdates[0]
            info.date, info.end_date = dm.date, dm.end_date
            info.evidence["date"] = Clue("title", dm.start, dm.end, dm.written, "event.date.title")
    if info.date is None and ref is not None:
        # the text dates nothing: the page's date of the article (a date line, a dated dateline), which
        # news is written on, or a day off it ("kemarin")
        shift, clue = _relative_day(sentences[:early], ref)
        info.date = ref + shift
        info.evidence["date"] = clue or Clue("article", 0, 0, article.date or "", "event.date.article")

    # -- place
    near = [name_idx] if name_idx is not None else []
    order = near + [i for i in range(early) if i not in near]
    for i in order:
        s = sentences[i]
        found = list(_places(s.text))
        venue = next((p for p in found if p[4]), None)
        city_only = next((p for p in found if not p[4]), None)
        if venue:
            info.venue = venue[0]
            info.evidence["venue"] = Clue("body", s.start + venue[2], s.start + venue[3],
                                          s.text[venue[2]:venue[3]], "event.venue", s)
            if venue[1]:
                info.city = venue[1]
                info.evidence["city"] = info.evidence["venue"]
        if city_only and not info.city:
            info.city = city_only[1] or city_only[0]
            info.evidence["city"] = Clue("body", s.start + city_only[2], s.start + city_only[3],
                                         s.text[city_only[2]:city_only[3]], "event.city", s)
        if info.venue or info.city:
            break

    # -- mode and platform
    _mode(info, body, sentences, article)
    return info


def _clue_at(sentences: list[Sentence], m: re.Match, rule: str) -> Clue:
    i = _sentence_index(sentences, m.start())
    s = sentences[i] if i < len(sentences) else None
    return Clue("body", m.start(), m.end(), m.group(), rule, s)


def _mode(info: EventInfo, body: str, sentences: list[Sentence], article: Article) -> None:
    hybrid = online = offline = plat = None
    partly = _PARTLY.search(body)
    for m in _MODE_WORDS.finditer(body):  # one pass over the body for all mode words
        tags = _MODE_TAGS[m.phrase]
        if hybrid is None and "hybrid" in tags:
            hybrid = m
        if online is None and "online" in tags and not (partly and partly.start() <= m.start() < partly.end()):
            online = m
        if offline is None and "offline" in tags:
            offline = m
        if plat is None and "platform" in tags:
            plat = m
    if plat is None:
        plat = next((m for m in _MODE_WORDS.finditer(article.title) if "platform" in _MODE_TAGS[m.phrase]), None)
    if plat:
        info.platform = _PLATFORM_OF[plat.phrase]
    at_venue = "venue" in info.evidence or ("city" in info.evidence and "venue" not in info.evidence)
    if hybrid:
        info.mode, clue = "hybrid", _clue_at(sentences, hybrid, "event.mode.hybrid")
    elif (online or partly) and offline:
        info.mode, clue = "hybrid", _clue_at(sentences, offline, "event.mode.both")
    elif partly and at_venue and not online:
        info.mode, clue = "hybrid", _clue_at(sentences, partly, "event.mode.partly-online")
    elif online or partly:
        info.mode, clue = "daring", _clue_at(sentences, online or partly, "event.mode.online")
    elif info.kind in L.ONLINE_KINDS:
        info.mode, clue = "daring", info.evidence["name"]
    elif offline:
        info.mode, clue = "luring", _clue_at(sentences, offline, "event.mode.offline")
    elif at_venue:
        info.mode = "luring"
        clue = info.evidence.get("venue") or info.evidence["city"]
    elif info.kind in L.IN_PERSON_KINDS:
        info.mode, clue = "luring", info.evidence["name"]
    else:
        return
    info.evidence["mode"] = clue
    if info.mode == "daring" and info.venue is None and info.city is not None:
        info.city = None  # "KPU se-Jawa Tengah di ..." is where the participants are
        del info.evidence["city"]
    if info.city is None and info.mode in ("luring", "hybrid") and info.venue and article.place:
        info.city = article.place
        info.evidence["city"] = info.evidence["venue"]
