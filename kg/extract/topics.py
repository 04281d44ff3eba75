"""What an event is about: 1-4 concepts of the vocabulary in schema/topics.ttl.

A concept is chosen by its cue phrases (its prefLabel and `kg:cue`s),
weighted by where they occur: the headline and the event's name say most, the
first sentence and a sentence saying what the event dealt with (`Rapat ini
membahas ...`) less, the rest of the body least; a cue said again adds a
little. Cues inside the name of a unit or a post (`Divisi Partisipasi
Masyarakat dan SDM`, `Biro Pengadaan Barang/Jasa`) and inside the venue do
not count: they name who or where, not what.

Concepts with `kg:yearLabel` / `kg:numberLabel` also make instances
(`Pilkada 2024`, `Perpres 46/2025`), narrower than the concept they come from.
The election an event serves is a topic even when the article names only its
kind: its date says which one (kg.lang.elections, the voting days). A message
theme (`kg:theme`: hoaxes, money politics) that an outreach event's body names
is a topic too, as the third one.

The vocabulary is parsed with rdflib once per process, then kept compiled
(two regular expressions over all cues) so tagging an article is two scans.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.extract.events import Phrases
from kg.extract.fastre import guarded, trie
from kg.extract.sentences import Sentence
from kg.lang import events_data as L
from kg.lang.elections import AFTER_DAYS, PEMILU, PILKADA, served
from kg.model import Article, Evidence, slug
from kg.schema import TOPICS_FILE

KG_NS = "https://w3id.org/kpu-kg/ontology#"
TOPIC_NS = "https://w3id.org/kpu-kg/topic/"

MAX_TOPICS = 4
THRESHOLD = 2.0  # a cue in the headline, the name or the first sentence; or one said often
FALLBACK = 1.5  # the best concept, when none reaches THRESHOLD, if at least this
W_TITLE, W_NAME, W_FIRST, W_EARLY, W_PURPOSE, W_BODY = 3.0, 3.0, 2.0, 1.5, 2.0, 1.0
W_REPEAT, W_REPEAT_CAP = 0.3, 1.2
W_NARROWER = 0.6  # a chosen narrower concept lends its broader one this much
MIN_TOPICS, MIN_SCORE = 2, 1.5  # below two topics, take the next ones down to MIN_SCORE
# the events whose message is their subject: a kg:theme concept the body names is a topic of theirs, up to
# THEME_UPTO topics (readers give about three), never a fourth
OUTREACH_KINDS = {"sosialisasi", "pendidikan pemilih", "diskusi", "seminar", "webinar", "workshop", "fgd"}
THEME_UPTO = 3
_AMENDED = re.compile(r"\batas\s+$", re.I)
# "tahapan Pilkada 2024 sedang berjalan", "informasi tahapan Pemilu 2024": an election named as the
# stages under way is the time of the event, not what it serves (no year bonus from such a mention)
_STAGES_OF = re.compile(r"\b(?:tahapan|masa|jadwal)\s+$", re.I)
# "Menjelang hari pemungutan suara 17 April", "sepekan menjelang pemungutan suara": in the body a
# stage named as the time of the event is not its subject (a headline's "Jelang Coklit" is)
_TIME_OF = re.compile(r"\b(?:(?:menjelang|jelang|pasca|seusai|usai|sebelum|setelah)\s+(?:hari\s+)?|pada\s+hari\s+)$", re.I)
# "riset partisipasi setelah Pilkada 2024": an election after which something follows is not the one served
_AFTER = re.compile(r"\b(?:setelah|sesudah|usai|seusai|selepas|pasca)\s+$", re.I)
_AT = re.compile(r"\b(?:di|ke)\s+(?:(?:gedung|kantor|aula|ruang)\s+)?$")
# "menjadi bagian dari upaya memperkuat kapasitas SDM pengadaan": what a purpose sentence says the event
# strengthens is its aim, said of every event; it weighs as the body does, not as what the event dealt with
_GOAL = re.compile(r"\b(?:memperkuat|menguatkan|meningkatkan|mengembangkan|mewujudkan|upaya)\s+$", re.I)
_ON = re.compile(r"\bpada\s+$", re.I)  # "pada hari pemungutan suara" (the cue "hari pemungutan")
# "Renstra Komisi Pemilihan Umum Tahun 2025-2029", "Komisi Pemilihan Umum (KPU) Kabupaten X": the commission's
# name holds the words of the election; a cue that starts inside it names who, not what
_KPU_NAME = re.compile(r"\bKomisi\s+Pemilihan\s+Umum\b", re.I)
# "tindak lanjut dari amanat Undang-Undang Nomor 7 Tahun 2017", "sesuai PKPU Nomor 1 Tahun 2025", "sebagaimana
# diperintahkan dalam Putusan Mahkamah Konstitusi": a rule or ruling cited as the basis of the event is not its subject
_CITED = re.compile(r"\b(?:sesuai(?:\s+dengan)?(?:\s+ketentuan)?|berdasarkan|mengacu\s+(?:pada|kepada)|merujuk\s+(?:pada|kepada)"
                    r"|amanat|diamanatkan(?:\s+(?:dalam|oleh))?|sebagaimana\s+(?:diatur|diperintahkan|diamanatkan|dimaksud|tertuang)"
                    r"(?:\s+(?:dalam|pada|oleh))?|atas\s+dasar|dasar\s+hukum(?:nya)?|menindaklanjuti|tindak\s+lanjut\s+dari)\s+$", re.I)
# "dalam rangka persiapan Pemilu dan Pemilihan Serentak Tahun 2024": the pair is how KPU pages name a whole
# election season (the general election and the regional ones of the same year); said in the body it is the
# time of the event, not an election it serves (readers tag neither half from it)
_SEASON = re.compile(r"\bpemilu(?:\s+serentak)?\s+(?:dan|serta|&)\s+pemilihan\b", re.I)
# "Berdasarkan Keputusan KPU Kabupaten X Nomor 1/PP.02.3-Kpt/2017 tentang Tahapan, Program dan Jadwal ...": the
# title of a decree or regulation cited as the basis of the event names what the decree is about, not the event
_CITED_TITLE = re.compile(r"\b(?:berdasarkan|sesuai(?:\s+dengan)?|mengacu\s+(?:pada|kepada)|merujuk\s+(?:pada|kepada)"
                          r"|menindaklanjuti|sebagaimana\s+diatur\s+dalam)\s+(?:surat\s+)?(?:keputusan|peraturan|surat\s+edaran)"
                          r"\b[^\n]{0,120}?\btentang\s+(?:[\w,/-]+\s+){0,3}$", re.I)
# "agar dapat digunakan pada tahapan pemilu selanjutnya": a stage said to come next is the time after the event
_NEXT = re.compile(r"\s+(?:selanjutnya|berikutnya)\b", re.I)
_KPU_NAME, _CITED = map(guarded, (_KPU_NAME, _CITED))  # (kg.extract.fastre: same matches, fewer searches)
LAW_ROOT = "topic:hukum-pemilu"
W_TIME = 0.5
# "melaporkan dugaan pelanggaran seperti politik uang dan kampanye hitam": a theme given as an example of
# something else is not one the event dealt with
_EXAMPLE = re.compile(r"\b(?:seperti|misalnya|contohnya|antara lain|termasuk)\s+(?:[\w-]+\s+){0,4}$", re.I)
VOTER_EDUCATION = "topic:pendidikan-pemilih"
AUDIENCES = {"topic:pemilih-pemula", "topic:pemilih-disabilitas", "topic:masyarakat-adat", "topic:keterwakilan-perempuan",
             "topic:pemilu-inklusif"}
_SOSIALISASI = re.compile(r"\bsosiali[sz]asi", re.I)
AD_HOC, SWORN_IN, REPLACEMENT = "topic:badan-adhoc", "topic:pelantikan-", "topic:pergantian-antarwaktu"
_AD_HOC_BODY = re.compile(r"\b(?:(?-i:PPK|PPS|KPPS|PPDP)|pantarlih|panitia pemilihan kecamatan|panitia pemungutan suara"
                          r"|kelompok penyelenggara pemungutan suara|petugas pemutakhiran data pemilih)\b", re.I)
_AD_HOC_KEYS = {"panitia pemilihan kecamatan": "ppk", "panitia pemungutan suara": "pps", "ppdp": "pantarlih",
                "kelompok penyelenggara pemungutan suara": "kpps", "petugas pemutakhiran data pemilih": "pantarlih"}
ELECTION_DAYS = {"topic:pemilu": PEMILU, "topic:pilkada": PILKADA}
# "Dalam pertemuan tersebut, Komisi I menanyakan kesiapan ...": what a meeting or a visit dealt with
_PURPOSE_MORE = (r"\b(?:dalam|pada)\s+(?:pertemuan|audiensi|kunjungan|diskusi|dialog|rapat)\s+(?:tersebut|itu|ini)\b"
                 r"[^.]{0,60}?\b(?:menanyakan|mempertanyakan|membahas|mendiskusikan|berdiskusi|dibahas|menyoroti)\b",)


@dataclass(frozen=True)
class Concept:
    id: str  # topic:<slug>
    label: str  # Indonesian prefLabel
    label_en: str
    alt_labels: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    taggable: bool = True
    year_label: tuple[str, str] | None = None  # ("Pilkada {year}", "{year} Regional Elections")
    number_label: tuple[str, str] | None = None
    label_cue: bool = True  # the prefLabel is a cue too, unless kg:labelIsCue false (a one-word name: Evaluasi)
    theme: bool = False  # kg:theme true: a message theme, a topic even when the body names it once

    @property
    def iri(self) -> str:
        return TOPIC_NS + self.id.split(":", 1)[1]


@dataclass(frozen=True)
class TopicHit:
    id: str
    label: str
    label_en: str
    score: float
    evidence: Evidence  # the sentence (or headline) of the strongest cue
    cue: str  # the cue as written
    cue_start: int  # span of the cue in the body (or the title when evidence.field == "title")
    cue_end: int
    broader: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


# ---------------------------------------------------------------- the vocabulary

def _id(iri: str) -> str:
    return "topic:" + iri.rsplit("/", 1)[-1]


@lru_cache(maxsize=4)
def vocabulary(path: str | Path | None = None) -> list[Concept]:
    """The concepts of schema/topics.ttl, parsed once per process."""
    import rdflib
    from rdflib.namespace import SKOS

    p = Path(path) if path else TOPICS_FILE
    try:
        g = rdflib.Graph().parse(p, format="turtle")
    except Exception as exc:  # rdflib raises many kinds
        raise ValueError(f"{p}: not a readable Turtle vocabulary: {str(exc).splitlines()[0]}") from exc
    cue_p, tag_p = rdflib.URIRef(KG_NS + "cue"), rdflib.URIRef(KG_NS + "taggable")
    label_cue_p, theme_p = rdflib.URIRef(KG_NS + "labelIsCue"), rdflib.URIRef(KG_NS + "theme")
    year_p, num_p = rdflib.URIRef(KG_NS + "yearLabel"), rdflib.URIRef(KG_NS + "numberLabel")

    def by_lang(s, prop) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for o in g.objects(s, prop):
            out.setdefault(getattr(o, "language", None) or "", []).append(str(o))
        return out

    concepts = []
    for s in sorted(set(g.subjects(rdflib.RDF.type, SKOS.Concept)), key=str):
        pref = by_lang(s, SKOS.prefLabel)
        if not pref.get("id"):
            raise ValueError(f"{p}: {s} has no Indonesian skos:prefLabel")
        alts = by_lang(s, SKOS.altLabel)

        def template(prop):
            t = by_lang(s, prop)
            return (t["id"][0], (t.get("en") or t["id"])[0]) if t.get("id") else None

        concepts.append(Concept(
            id=_id(str(s)), label=pref["id"][0], label_en=(pref.get("en") or pref["id"])[0],
            alt_labels=tuple(alts.get("id", []) + alts.get("en", [])),
            cues=tuple(sorted({str(o) for o in g.objects(s, cue_p)})),
            broader=tuple(sorted(_id(str(o)) for o in g.objects(s, SKOS.broader))),
            taggable=str(g.value(s, tag_p)).lower() != "false",  # a Literal(False) is falsy: no `or`
            year_label=template(year_p), number_label=template(num_p),
            label_cue=str(g.value(s, label_cue_p)).lower() != "false",
            theme=str(g.value(s, theme_p)).lower() == "true",
        ))
    return concepts


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


# "Pilkada Serentak Tahun 2024"; "Pemilihan Bupati dan Wakil Bupati Bone Bolango Tahun 2015": the
# region of the election (capitalised words) may stand before the year
# "Pemilu Anggota DPR, DPD dan DPRD Tahun 2014": a list of the chambers too
# "Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Walikota dan Wakil Walikota serentak
# Tahun 2015": the chambers or heads listed, then "serentak"
_YEAR_AFTER = re.compile(r"(?:\s+serentak)?(?:\s+(?:nasional|lanjutan))?(?:\s+anggota)?"
                         r"(?:(?:\s*,)?(?:\s+(?:dan|serta))?\s+(?-i:[A-Z][\w'’/-]*)){0,12}?"
                         r"(?:\s+serentak)?(?:\s+tahun)?\s+(?P<year>(?:19|20)\d\d)(?![\w/])", re.I)
_NUMBER_AFTER = re.compile(r"\s+(?:(?:nomor|no\.?)\s*)?(?P<number>\d{1,4})\s*(?:tahun\s+|/\s*)"
                           r"(?P<year>(?:19|20)\d\d)(?![\w/])", re.I)


class _Compiled:
    """The vocabulary as one phrase index and lookup tables."""

    def __init__(self, concepts: list[Concept]):
        self.by_id = {c.id: c for c in concepts}
        self.ids: dict[str, set[str]] = {}
        for c in concepts:
            for cue in ((c.label,) if c.label_cue else ()) + c.cues:
                self.ids.setdefault(cue, set()).add(c.id)
        self.phrases = Phrases(self.ids, exact_caps=True)
        # the cues that make instances, looked up on their own: a longer cue of another concept
        # ("Sosialisasi Pemilu" in "Sosialisasi Pemilu 2024", "Buku Pilkada" in "Buku Pilkada 2024")
        # must not hide the election or the regulation it overlaps
        self.inst_ids = {cue: {i for i in ids if self.by_id[i].year_label or self.by_id[i].number_label}
                         for cue, ids in self.ids.items()}
        self.inst_ids = {cue: ids for cue, ids in self.inst_ids.items() if ids}
        self.inst_phrases = Phrases(self.inst_ids, exact_caps=True)
        self.purpose = re.compile("|".join(f"(?:{p})" for p in (*L.PURPOSE_PATTERNS, *_PURPOSE_MORE)), re.I)
        # "anggota KPU Gianyar divisi Keuangan, Umum dan Logistik": pages write the head in lower case too;
        # the capitalised name after it still says it is a unit
        self.unit = re.compile(
            rf"(?:{_first_letter_first(L.UNIT_HEADS)})(?:\s+(?:[A-Z][\w/&.-]*|dan|serta|&)|,(?=\s*[A-Z]))+")

    def hits(self, text: str) -> list[tuple[int, int, str, set[str]]]:
        return [(h.start(), h.end(), h.group(), self.ids[h.phrase]) for h in self.phrases.finditer(text)]

    def instances(self, text: str, hits=None) -> list[tuple[int, int, str, Concept, str, str]]:
        """(start, end, written, concept, label, label_en) of `Pilkada 2024`, `Perpres 46/2025`; `hits`
        are the text's `hits()` when the caller has them."""
        out = []
        # a longer cue of another concept that begins where the election's cue begins names something
        # else: "Pemilihan Kepala Desa 2019", "Pemilihan Ketua OSIS"
        longer = {s: (e, ids) for s, e, _, ids in (self.hits(text) if hits is None else hits)}
        for h in self.inst_phrases.finditer(text):
            s, e = h.start(), h.end()
            for cid in self.inst_ids[h.phrase]:
                if s in longer and longer[s][0] > e and cid not in longer[s][1]:
                    continue
                c = self.by_id[cid]
                for template, rx in ((c.year_label, _YEAR_AFTER), (c.number_label, _NUMBER_AFTER)):
                    if template is None:
                        continue
                    m = rx.match(text, e)
                    if m is None:
                        continue
                    if rx is _NUMBER_AFTER and _AMENDED.search(text, max(0, s - 40), s):
                        continue  # "Perubahan Kedua atas Perpres 16/2018": the amended rule is not the subject
                    vals = m.groupdict()
                    out.append((s, m.end(), text[s:m.end()], c, template[0].format(**vals),
                                template[1].format(**vals)))
        return out

    def masks(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.unit.finditer(text)]


def _first_letter_first(heads) -> str:
    """The alternation `(?<![\\w-])(?:[Dd]ivisi|[Dd]eputi Bidang|...)` (longest
    first; a head in either case of its first letter) written as
    `D(?<![\\w-].)(?:eputi Bidang|ivisi)|d(?<![\\w-].)(?:...)`: the same matches
    (the look-behind checks the same character, one step on; the rest of the
    heads as a trie, kg.extract.fastre), but the engine skips to the letters a
    head begins with instead of trying the look-behind at every position, and
    reads the rest one character at a time, not head by head (issue 11)."""
    rests: dict[str, list[str]] = {}
    for h in heads:
        for c in dict.fromkeys((h[0].upper(), h[0].lower())):
            rests.setdefault(c, []).append(re.escape(h[1:]))
    return "|".join(f"{re.escape(c)}(?<![\\w-].)(?:{trie(rs)})" for c, rs in sorted(rests.items()))


@lru_cache(maxsize=4)
def _compiled(path: str | None = None) -> _Compiled:
    return _Compiled(vocabulary(path))


def concept(topic_id: str) -> Concept | None:
    return _compiled().by_id.get(topic_id)


# ---------------------------------------------------------------- tagging

@dataclass
class _Tally:
    concept: Concept
    label: str
    label_en: str
    weights: list[float]
    best: tuple[float, int, str, int, int, Evidence] | None = None  # (weight, -pos, cue, s, e, evidence)
    broader: tuple[str, ...] = ()
    bonus: float = 0.0
    anchored: bool = False  # named once other than as the stages under way (see _STAGES_OF)
    said: bool = False  # named once other than as an example (see _EXAMPLE)

    def add(self, w: float, cue: str, s: int, e: int, ev: Evidence, order: int, passing: bool = False) -> None:
        self.weights.append(w)
        self.anchored = self.anchored or not passing
        key = (w, -order)
        if self.best is None or key > self.best[:2]:
            self.best = (w, -order, cue, s, e, ev)

    @property
    def score(self) -> float:
        if not self.weights:  # a tally made for its bonus alone: no cue was seen
            return self.bonus
        top = max(self.weights)
        return top + min(W_REPEAT * (len(self.weights) - 1), W_REPEAT_CAP) + self.bonus


def _key(t: _Tally) -> str:
    return t.concept.id if t.label == t.concept.label else "topic:" + slug(t.label)


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _article_date(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.date[:10]) if article.date else None
    except ValueError:
        return None


def _just_held(t: _Tally, on: date) -> bool:
    """The election was held in the months before the event: its results, disputes and elected follow
    ("Pilkada 2020" at a DKPP hearing of February 2021)."""
    day = ELECTION_DAYS.get(t.concept.id, {}).get(int(t.label[-4:]))
    return day is not None and 0 <= (on - day).days <= AFTER_DAYS


STAGES_ROOT, INSTITUTION_ROOT = "topic:penyelenggaraan-pemilu", "topic:tata-kelola"
RESULT_DISPUTE, PROCESS_DISPUTE = "topic:phpu", "topic:sengketa-proses"
_MK = re.compile(r"\b(?-i:MK)\b|\bmahkamah\s+konstitusi\b", re.I)
_PROCESS_ONLY = {"sengketa proses", "ptun"}


def _dispute_at_court(tallies: dict[str, _Tally], article: Article, sentences: list[Sentence]) -> None:
    """A dispute the Constitutional Court hears is over the results: the law sends process disputes to Bawaslu
    and the PTUN, results to the MK. A `gugatan` or `sengketa pemilu` of an article whose headline or first
    sentences name the MK is a Perselisihan Hasil Pemilihan, as readers tag it."""
    t = tallies.get(PROCESS_DISPUTE)
    if t is None or not t.weights or t.best is None or _norm(t.best[2]) in _PROCESS_ONLY:
        return
    other = tallies.get(RESULT_DISPUTE)
    if other is not None and other.weights:
        return
    if not _MK.search(" ".join([article.title] + [s.text for s in sentences[:3]])):
        return
    c = concept(RESULT_DISPUTE)
    tallies[RESULT_DISPUTE] = _Tally(c, c.label, c.label_en, list(t.weights), t.best, c.broader, t.bonus,
                                     t.anchored, t.said)
    del tallies[PROCESS_DISPUTE]


def _ancestors(c: Concept) -> set[str]:
    seen, todo = set(), list(c.broader)
    while todo:
        b = todo.pop()
        if b not in seen:
            seen.add(b)
            parent = concept(b)
            todo.extend(parent.broader if parent else ())
    return seen


def _of_elections(c: Concept) -> bool:
    """The concept is one of an election's stages, bodies or outreach (under Penyelenggaraan Pemilu), not
    of the institution's own running (under Tata Kelola too: Keterbukaan Informasi, PPID)."""
    up = _ancestors(c)
    return STAGES_ROOT in up and INSTITUTION_ROOT not in up


def _of_stages(tallies: dict[str, _Tally]) -> bool:
    """Only an event of an election's stages serves one: a gratification briefing, a PPID plenary or an
    SPIP meeting held in the months before a Pemilu does not (readers tag no election there)."""
    return any(k == t.concept.id and k not in ELECTION_DAYS and t.score >= FALLBACK and _of_elections(t.concept)
               for k, t in tallies.items())


def _election_by_date(tallies: dict[str, _Tally], on: date | None) -> None:
    """An event that names the kind of its election but not the year ("Pilkada", "pemungutan suara
    Pemilihan Gubernur dan Wakil Gubernur") serves the election of that kind its date falls before
    or just after (kg.lang.elections): that election is one of its topics, as readers tag it. The
    kind must be said where it weighs (the headline, the first sentences) or more than once. An
    election named with its year only in passing stays out: "tahapan Pemilu 2024" is the time of a
    meeting, not its subject."""
    if on is None or not _of_stages(tallies):
        return
    if any(k != t.concept.id and t.concept.year_label and t.label[-4:].isdigit() and t.score >= THRESHOLD
           for k, t in tallies.items()):
        return
    kinds = sorted((t for k, t in tallies.items() if k in ELECTION_DAYS and t.weights and t.anchored
                    and t.score >= FALLBACK), key=lambda t: -t.score)
    for kind in kinds:
        year = served(ELECTION_DAYS[kind.concept.id], on)
        if year is None:
            continue
        c = kind.concept
        label, en = c.year_label[0].format(year=year), c.year_label[1].format(year=year)
        t = tallies.setdefault("topic:" + slug(label), _Tally(c, label, en, [], broader=(c.id,)))
        if t.best is None:
            t.best = kind.best
        t.anchored = True
        t.bonus = max(t.bonus, THRESHOLD - t.score)
        return


def topics_for(article: Article, event, sentences: list[Sentence]) -> list[TopicHit]:
    """The 1-4 topics of the article's main event, best first."""
    comp = _compiled()
    tallies: dict[str, _Tally] = {}
    name_span = None
    venue_span = None
    if event is not None:
        clue = event.evidence.get("name")
        if clue is not None:
            name_span = (clue.field, clue.start, clue.end)
        v = event.evidence.get("venue")
        if v is not None and v.field == "body":
            venue_span = (v.start, v.end)
    starts = [s.start for s in sentences]
    purpose = {i for i, s in enumerate(sentences[:8]) if comp.purpose.search(s.text)}
    order = 0

    def tally(key: str, c: Concept, label: str, label_en: str, broader: tuple[str, ...]) -> _Tally:
        t = tallies.get(key)
        if t is None:
            t = tallies[key] = _Tally(c, label, label_en, [], broader=broader)
        return t

    for fld, text in (("title", article.title), ("body", article.body)):
        masks = comp.masks(text)
        if fld == "body" and venue_span:
            masks.append(venue_span)
        found = comp.hits(text)
        inst_spans = []
        for s, e, written, c, label, en in comp.instances(text, list(found)):
            key = "topic:" + slug(label)
            found.append((s, e, written, {key}))
            inst_spans.append((s, e, c.id))
            tally(key, c, label, en, (c.id,))
        kpu_names = [(m.start(), m.end()) for m in _KPU_NAME.finditer(text)]
        seasons = [(m.start(), m.end()) for m in _SEASON.finditer(text)] if fld == "body" else []
        for s, e, cue, ids in sorted(found, key=lambda h: (h[0], -h[1])):
            if _inside(masks, s, e) or any(a < s < b for a, b in kpu_names):
                continue
            if cue[:1].isupper() and cue[1:2].islower() and _AT.search(text, max(0, s - 16), s):
                continue  # "sidang di Mahkamah Konstitusi": the institution named as the place
            # a cue within the cue of a narrower concept ("pemungutan dan penghitungan suara" in "simulasi
            # pemungutan dan penghitungan suara") counts for the narrower one only
            ids = {cid for cid in ids if not any(
                a < e and s < b and any(cid in comp.by_id[n].broader for n in other if n in comp.by_id)
                for a, b, _, other in found)}
            if fld == "title":
                w, ev = W_TITLE, Evidence(article.title, 0, len(article.title), "", "title")
            else:
                i = max(0, bisect.bisect_right(starts, s) - 1)
                sent = sentences[i] if sentences else Sentence(text, 0, len(text))
                w = W_FIRST if i == 0 else W_EARLY if i <= 2 else W_BODY
                if i in purpose and not _GOAL.search(text, max(0, s - 16), s):
                    w = max(w, W_PURPOSE)
                ev = Evidence(sent.text, sent.start, sent.end, "", "body")
            if name_span and name_span[0] == fld and name_span[1] <= s and e <= name_span[2]:
                w = max(w, W_NAME)
            cited = fld == "body" and w < W_NAME and bool(_CITED.search(text, max(0, s - 48), s))
            timed = fld == "body" and w < W_NAME and bool(
                _TIME_OF.search(text, max(0, s - 20), s) or _NEXT.match(text, e)
                or _CITED_TITLE.search(text, max(0, s - 200), s)
                or cue.lower().startswith("hari ") and _ON.search(text, max(0, s - 6), s))
            for cid in sorted(ids):  # a set: sorted, so that ties come out alike in every run
                if cid in comp.by_id:
                    # a cue that is part of an instance ("Pilkada" in "Pilkada 2024") counts for the instance
                    if any(a <= s and e <= b and src == cid for a, b, src in inst_spans):
                        continue
                    c = comp.by_id[cid]
                    t = tally(cid, c, c.label, c.label_en, c.broader)
                else:
                    t = tallies[cid]
                order += 1
                passing = (cid not in comp.by_id and fld == "body" and w < W_FIRST
                           and bool(_STAGES_OF.search(text, max(0, s - 12), s) or _AFTER.search(text, max(0, s - 10), s)))
                if cited and LAW_ROOT in _ancestors(t.concept):
                    t.add(W_TIME, cue, s, e, Evidence(ev.text, ev.start, ev.end, f"topic.cue:{_norm(cue)}", ev.field),
                          order, True)
                    continue
                if cid not in comp.by_id and w < W_NAME and any(a <= s < b for a, b in seasons):
                    t.add(W_TIME, cue, s, e, Evidence(ev.text, ev.start, ev.end, f"topic.cue:{_norm(cue)}", ev.field),
                          order, True)
                    continue
                if timed and cid in comp.by_id:  # an election named as the time still is the one served
                    t.add(W_TIME, cue, s, e, Evidence(ev.text, ev.start, ev.end, f"topic.cue:{_norm(cue)}", ev.field),
                          order, True)
                    continue
                t.add(w, cue, s, e, Evidence(ev.text, ev.start, ev.end, f"topic.cue:{_norm(cue)}", ev.field), order,
                      passing)
                t.said = t.said or not _EXAMPLE.search(text, max(0, s - 40), s)

    # the election of the event's year or the next one is what the event serves, wherever the body names it
    # (unless the event already has an election of its own)
    on = event.date if event is not None and event.date else _article_date(article)
    year = on.year if on else None
    elections = [t for k, t in tallies.items() if k != t.concept.id and t.concept.year_label
                 and t.label[-4:].isdigit()]
    if year and not any(t.score >= THRESHOLD for t in elections):
        for t in elections:
            if t.anchored and (int(t.label[-4:]) in (year, year + 1) or _just_held(t, on)):
                t.bonus = max(t.bonus, THRESHOLD - t.score)
    _election_by_date(tallies, on)
    _dispute_at_court(tallies, article, sentences)
    ranked = sorted((t for k, t in tallies.items() if t.concept.taggable or k != t.concept.id),
                    key=lambda t: (-t.score, -t.best[1] if t.best else 0))
    chosen = [t for t in ranked if t.score >= THRESHOLD]
    # what is said of a narrower concept is said of its broader one too
    lent = {b for t in chosen for b in t.broader}
    for t in ranked:
        if t.concept.id in lent and t not in chosen:
            t.bonus = W_NARROWER
    ranked.sort(key=lambda t: (-t.score, -t.best[1] if t.best else 0))
    # a numbered regulation whose kind is a topic itself is that topic said again (see below): it takes no place
    kinds = {t.concept.id for t in ranked if _key(t) == t.concept.id and t.score >= THRESHOLD}
    ranked = [t for t in ranked if not (t.concept.number_label and _key(t) != t.concept.id and t.concept.id in kinds)]
    chosen = [t for t in ranked if t.score >= THRESHOLD][:MAX_TOPICS]
    for t in ranked:
        if len(chosen) >= MIN_TOPICS:
            break
        if t not in chosen and t.anchored and t.score >= (MIN_SCORE if chosen else FALLBACK):
            chosen.append(t)
    # a broader concept the body names itself, beside a narrower one chosen (Dokumentasi Pemilu beside
    # Penerbitan Buku), is a topic too, down to MIN_SCORE
    for t in ranked:
        if len(chosen) >= MAX_TOPICS:
            break
        if t not in chosen and t.bonus == W_NARROWER and t.weights and t.score >= MIN_SCORE and t.anchored:
            chosen.append(t)
    # a sosialisasi to an audience of voters (first-time voters, voters with disabilities, an adat community)
    # is voter education, as readers tag it, though the page never says "pendidikan pemilih"
    if event is not None and event.kind == "sosialisasi" and len(chosen) < MAX_TOPICS and not any(
            t.concept.id == VOTER_EDUCATION for t in chosen) and any(t.concept.id in AUDIENCES for t in chosen):
        for fld, text in (("title", article.title), ("body", article.body)):
            m = _SOSIALISASI.search(text)
            if m:
                c = comp.by_id[VOTER_EDUCATION]
                t = tallies.get(c.id) or _Tally(c, c.label, c.label_en, [], broader=c.broader)
                if t.best is None:
                    i = max(0, bisect.bisect_right(starts, m.start()) - 1)
                    sent = (Sentence(text, 0, len(text)) if fld == "title" or not sentences else sentences[i])
                    t.best = (W_BODY, 0, m.group(), m.start(), m.end(), Evidence(
                        sent.text, sent.start, sent.end, "topic.audience:sosialisasi", fld))
                chosen.append(t)
                break
    # the swearing-in of an ad hoc body (PPK Se-Kabupaten X Siap Dilantik, 5586 Anggota PPS Resmi Dilantik) is a
    # topic beside the body itself, as readers tag it, though the page never says "pelantikan PPK"; the
    # swearing-in of a replacement is the replacement (Pergantian Antarwaktu)
    if event is not None and event.kind == "pelantikan" and len(chosen) < MAX_TOPICS and any(
            t.concept.id == AD_HOC for t in chosen) and not any(
            t.concept.id.startswith(SWORN_IN) or t.concept.id == REPLACEMENT for t in chosen):
        where = [("title", article.title, 0)] + ([("body", s.text, s.start) for s in sentences[:3]])
        for fld, text, base in where:
            m = _AD_HOC_BODY.search(text)
            if m is None:
                continue
            written = m.group()
            c = comp.by_id[SWORN_IN + _AD_HOC_KEYS.get(written.lower(), written.lower())]
            t = tallies.get(c.id) or _Tally(c, c.label, c.label_en, [], broader=c.broader)
            if t.best is None:
                ev = Evidence(text, base, base + len(text), "topic.sworn-in:" + written.lower(), fld) if fld == "body" \
                    else Evidence(article.title, 0, len(article.title), "topic.sworn-in:" + written.lower(), "title")
                t.best = (W_BODY, 0, written, base + m.start(), base + m.end(), ev)
            chosen.append(t)
            break
    # a message theme the body names (hoaxes, money politics in a talk to first-time voters) is a topic
    # too, as the third one (readers give about three)
    outreach = event is not None and event.kind in OUTREACH_KINDS
    for t in ranked:
        if len(chosen) >= THEME_UPTO or not outreach:
            break
        if t not in chosen and t.concept.theme and t.concept.id == _key(t) and t.anchored and t.said \
                and t.score >= W_BODY:
            chosen.append(t)
    # "Bimtek PKPU Nomor 3 Tahun 2019" beside "Peraturan KPU": one regulation said twice; readers tag it once,
    # by its kind, and the numbered instance stays only where the kind itself is not a topic
    kinds = {t.concept.id for t in chosen if _key(t) == t.concept.id}
    chosen = [t for t in chosen if not (t.concept.number_label and _key(t) != t.concept.id and t.concept.id in kinds)]
    out = []
    for t in chosen:
        w, _, cue, s, e, ev = t.best
        key = t.concept.id if t.label == t.concept.label else "topic:" + slug(t.label)
        out.append(TopicHit(key, t.label, t.label_en, round(t.score, 3), ev, cue, s, e, t.broader,
                            t.concept.alt_labels if key == t.concept.id else ()))
    return out
