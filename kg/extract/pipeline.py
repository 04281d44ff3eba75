"""Article -> facts: the one way through extraction.

    sentences (kg.extract.sentences)
      -> organizations per sentence (kg.extract.orgs)
      -> names and posts per sentence (kg.extract.people)
      -> the article's main event, its date, mode and place (kg.extract.events)
      -> who took part and how (kg.extract.participation)
      -> topics (kg.extract.topics)
      -> Facts, each with its sentence and offsets

Entity ids here are per mention (names slugged); kg.resolve merges them into
one node per real thing.
"""
from __future__ import annotations

import re
import signal
from dataclasses import replace
import threading
import warnings
from typing import Iterable, Iterator

from kg.extract import orgs as orgs_mod
from kg.extract import participation
from kg.extract.entities import person_entity, role_entity
from kg.extract.people import Holding, Name, parse_sentence
from kg.extract.sentences import Sentence, split
from kg.lang import pages, posts, regions
from kg.model import Article, Entity, Evidence, Fact, slug
from kg.sources.problems import Problem

KPU_RI = "KPU RI"


# ---------------------------------------------------------------- the article

class _Article:
    """What the rules of one article share: sentences, their organizations, the
    satker that wrote it, and the facts found so far."""

    def __init__(self, article: Article):
        self.article = article
        self.sentences: list[Sentence] = split(article.body)
        self.orgs: list[list] = [orgs_mod.find_orgs(s.text) for s in self.sentences]
        self.title_orgs = orgs_mod.find_orgs(article.title)
        # "Universitas Pasundan (Unpas)" once, then "FISIP Unpas": the abbreviation names the body
        abbrs = orgs_mod.learn_abbreviations([s.text for s in self.sentences], self.orgs)
        self.abbrs = abbrs
        if abbrs:
            self.orgs = [orgs_mod.with_abbreviations(s.text, oms, abbrs) for s, oms in zip(self.sentences, self.orgs)]
            self.title_orgs = orgs_mod.with_abbreviations(article.title, self.title_orgs, abbrs)
        self.home = self._home_satker()
        # "Bawaslu", "Kesbangpol" without a region: the home satker's region's; "Kapolres dan
        # Dandim Ngawi": offices named by their heads' titles (attendance only: posts read the titles)
        named = [om for oms in self.orgs for om in oms]
        for i, s in enumerate(self.sentences):
            placed = [p for p in orgs_mod.bare_bodies(s.text, self.orgs[i], self.home)
                      if not any(orgs_mod.same_office(p, om) and om.name != p.name for om in named)]
            if placed:
                spans = {(om.start, om.end) for om in placed}
                self.orgs[i] = sorted([om for om in self.orgs[i] if (om.start, om.end) not in spans] + placed,
                                      key=lambda om: om.start)
        self.head_orgs = [orgs_mod.head_offices(s.text, oms, self.home) for s, oms in zip(self.sentences, self.orgs)]
        self.facts: list[Fact] = []
        self._seen: set[tuple] = set()

    def _home_satker(self):
        site = (self.article.site or "").lower()
        if site:
            sub = re.sub(r"(^www\.|\.?kpu\.go\.id$)", "", site).replace("-", " ").strip()
            # (names are read capitalised: "kota-palu" -> "KPU Kota Palu")
            om = orgs_mod.canonical_org(f"KPU {sub.title()}" if sub else "KPU RI")
            local = _dateline_satker(self.article.place) if not sub else None
            if local is not None and any(o.id == local.id for o in self._first_satkers()):
                return local  # "Makassar, kpu.go.id - KPU Kota Makassar ...": a local site's post in KPU RI's dateline
            if om is not None and not om.generic:
                return om
        first = self._first_satkers()
        return first[0] if first else _dateline_satker(self.article.place)

    def _first_satkers(self):
        """The satkers the headline and the first two sentences name, in order."""
        return [om for group in [self.title_orgs] + self.orgs[:2] for om in group
                if om.label == "Satker" and not om.generic]

    def evidence(self, where: int | Evidence, rule: str) -> Evidence:
        """`where`: a sentence index (-1: the headline), or an Evidence a stage made itself."""
        if isinstance(where, Evidence):
            return where if where.rule else Evidence(where.text, where.start, where.end, rule, where.field)
        if where < 0:
            return Evidence(self.article.title, 0, len(self.article.title), rule, field="title")
        s = self.sentences[where]
        return Evidence(s.text, s.start, s.end, rule)

    def add(self, subj: Entity, pred: str, obj: Entity, where: int | Evidence, rule: str, conf: float,
            date: str | None = None) -> None:
        key = (subj.id, pred, obj.id, obj.props.get("org"))
        if key in self._seen:
            return
        self._seen.add(key)
        self.facts.append(Fact(self.article, subj, pred, obj, self.evidence(where, rule), conf, date))


def _dateline_satker(place: str | None):
    """The KPU a page without a site writes from, by its dateline's place ("KETAPANG -",
    "Kotamobagu, ...", "KPU BANTEN -"): a satker's own site datelines its reports with its
    seat's name. A town that is no regency or city (a regency's seat) gives none."""
    if not place:
        return None
    om = orgs_mod.canonical_org(place)
    if om is not None and om.label == "Satker" and not om.generic:
        return om
    region = regions.pick(regions.index().get(regions.key(place), ()), "city") or regions.lookup(place)
    if region is None:
        return None
    om = orgs_mod.canonical_org(f"KPU {region.full if region.level != 'province' else 'Provinsi ' + region.name}")
    return om if om is not None and not om.generic else None


def _context_org(ctx: _Article, i: int, h: Holding):
    """The organization of a post the sentence does not name: the nearest satker
    named in the sentence (before the post first), else the article's satker."""
    before = [om for om in ctx.orgs[i] if om.end <= h.post.start and om.label == "Satker"
              and not om.generic]
    after = [om for om in ctx.orgs[i] if om.start >= h.post.end and om.label == "Satker"
             and not om.generic]
    if before:
        return before[-1], "sentence"
    if after and not (ctx.home is not None and _joined_later(ctx.sentences[i].text, h.post.end, after[0].start)):
        return after[0], "sentence"
    if ctx.home is not None:
        return ctx.home, "home"
    return None, ""


_LATER_PARTY = re.compile(r"\b(?:bersama|beserta|serta|dan|didampingi|dengan)\b.*\b(?:perwakilan|unsur|pihak|jajaran)\b",
                          re.I)


def _joined_later(text: str, post_end: int, org_start: int) -> bool:
    """ "Kasubbag Keuangan Sheilla bersama staf dan perwakilan Bawaslu": an organization
    after the post that a company word brings in is another party, not the post's."""
    return bool(_LATER_PARTY.search(text, post_end, org_start))


def _institution_of(ctx: _Article, i: int, h: Holding):
    """The institution of a subordinate post printed without it (posts.SUBORDINATE_HEADS):
    the nearest organization of a fitting kind before the post in its sentence,
    else the last one in the sentence before."""
    kinds = posts.SUBORDINATE_HEADS.get(h.post.head.lower())
    if h.post.head.lower() in posts.SCHOOL_HEADS:
        def fit(om):  # "Wakil Kepala Sekolah Bidang Humas, Abu ..." after "di SMA Negeri 17 Makassar"
            return bool(_SCHOOL.match(om.name)) and not om.generic
    elif kinds:
        def fit(om):
            return om.kind in kinds and not om.generic
    else:
        return None
    fits = [om for om in ctx.orgs[i] if om.end <= h.post.start and fit(om)]
    if not fits and i > 0:
        fits = [om for om in ctx.orgs[i - 1] if fit(om)]
    if not fits and h.post.head.lower() in posts.SCHOOL_HEADS:
        fits = [om for om in ctx.title_orgs if fit(om)]
    return fits[-1] if fits else None


_SCHOOL = re.compile(r"(?:SMA|SMK|SMP|SD|MA|MAN|MAS|MTs|MTsN|MI|MIN|SLB|SMAN|SMKN|SMPN|SDN|Sekolah|Madrasah|Pondok Pesantren)\b")


def _unit_of_head(h: Holding):
    """`Kepala Biro Teknis` holds the post in `Biro Teknis ... Sekretariat Jenderal KPU`."""
    head = h.post.head.lower()
    unit = posts.UNIT_OF_HEAD.get(head)
    if not unit or h.org is None:
        return h.org
    # a bureau exists only in the Setjen of KPU RI: a context satker is no evidence against that
    if h.org.name not in (KPU_RI, "Sekretariat Jenderal KPU") and h.org_source == "explicit":
        return h.org
    rest = h.post.name[len(h.post.head):].strip() if h.post.name.startswith(h.post.head) else ""
    name = f"{unit} {rest}".strip()
    name = f"{name} Sekretariat Jenderal KPU" if unit == "Biro" else f"{name} KPU"
    return orgs_mod.canonical_org(name) or h.org


_UNIT_HEAD = re.compile(r"\s(?=(?:Direktorat|Biro|Inspektorat|Pusat|Badan|Dinas|Fakultas|Departemen|Lembaga|"
                        r"Kantor|Balai|Sekretariat)\b)")


_DIVISION_SEAT = re.compile(r"(?:Anggota|Komisioner)\s+Divisi\s")


def _division_seat(post_name: str) -> bool:
    """A member's seat in a division ("Anggota Divisi Hukum", "Komisioner Divisi
    Teknis"): the guidelines' one entry for a member whose division the page also
    gives. A division's head ("Ketua Divisi Teknis") is a post besides the membership."""
    return bool(_DIVISION_SEAT.match(post_name))


def _split_unit(h: Holding) -> None:
    """A post outside KPU whose phrase ends in a unit name holds in that unit."""
    m = _UNIT_HEAD.search(h.post.name)
    if not m or m.start() == 0:
        return
    unit = h.post.name[m.end():].strip()
    if len(unit.split()) < 2:
        return
    om = orgs_mod.canonical_org(unit)
    if om is None:
        om = orgs_mod.OrgMention(h.post.start, h.post.end, unit, unit, "Organization", f"org:{slug(unit)}")
    h.post.name = h.post.name[:m.start()].strip()
    if h.post.name in ("Kepala", "Wakil Kepala") and re.match(r"(?:Dinas|Kantor)\s", unit):
        h.post.name = f"{h.post.name} {unit.split()[0]}"  # as people._read_post names them
    h.org, h.org_source = om, "explicit"


def _spelled_out(ctx: _Article, acronym: str):
    """The organization the article writes in full before "(ACRONYM)", if any."""
    for sent, oms in zip(ctx.sentences, ctx.orgs):
        for om in oms:
            if re.match(r"\s*\(\s*%s\s*\)" % re.escape(acronym), sent.text[om.end:om.end + len(acronym) + 6]):
                return om
    return None


def _province_body(om, home):
    """ "Ketua KPU Provinsi Umi ...", "Anggota Bawaslu Provinsi Delfinus": a provincial
    body written without its province (the holder's name follows) is the one of the
    province of the article's satker; None for any other collective."""
    if om.name not in ("KPU Provinsi", "Bawaslu Provinsi") or home is None or not home.region_code:
        return None
    region = regions.by_code().get(home.region_code)
    province = region and (region if region.level == "province" else regions.by_code().get(region.province_code))
    placed = province and orgs_mod.canonical_org(f"{om.name} {province.name}")
    return placed if placed is not None and not placed.generic else None


def _is_place(name: Name) -> bool:
    """A 'name' that is a region (`Bupati Pesawaran`; `Kepala Badan ... (BKAD) Kalimantan Utara`) is a place."""
    return regions.lookup(name.name) is not None


_BYLINE = re.compile(r"(?:%s)\s*:\s*[A-Z]" % "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(pages.BYLINE_WORDS, key=len, reverse=True)), re.I)


# who signs a news report for the office, not an author: "Oleh: Humas KPU X", "Oleh : Tim Redaksi"
_DESK = {"humas", "hupmas", "tim", "admin", "administrator", "redaksi", "webmaster", "kpu", "kip", "sekretariat",
         "subbag", "subbagian", "bagian", "divisi", "panitia"}


def _column(article: Article) -> bool:
    """An opinion column: on a page of columns ("Opini"), or its text opening with the author's byline
    ("Oleh : Nama, Anggota KPU X ..."; not the press desk's, "Oleh: Humas KPU X", which signs news). It
    sets out a view, so it reports no event any body attended or held; the author's post and the topics
    still stand."""
    if (article.section or "").lower().strip(" :") in pages.OPINION_SECTIONS:
        return True
    body = article.body.lstrip()
    m = _BYLINE.match(body)
    return m is not None and body[m.end() - 1:].split(maxsplit=1)[0].lower().strip(".,:") not in _DESK


def extract_article(article: Article) -> list[Fact]:
    ctx = _Article(article)
    event, info = participation.main_event(ctx)
    date = event.props.get("date") if event is not None else None
    date = date or article.date

    people: dict[str, tuple[Name, int]] = {}  # person id -> (fullest name, sentence)
    holdings: list[tuple[Holding, int]] = []
    unheld: list[tuple[Name, int]] = []  # persons whose post names no organization
    for i, s in enumerate(ctx.sentences):
        parse = parse_sentence(s.text, ctx.orgs[i])
        unheld += [(nm, i) for nm in parse.former if not _is_place(nm)]  # "mantan Ketua X, Nama": a person
        kept = []
        for h in parse.holdings:
            if _is_place(h.person):
                continue
            if h.org is None and not h.post.internal:
                _split_unit(h)
                if h.org is not None:
                    h.org = orgs_mod.placed_office(h.org, ctx.home)
            if h.org is None and not h.post.internal:
                h.org, h.org_source = _institution_of(ctx, i, h), "sentence"
            if h.org is None and not h.post.internal:
                h.org, h.org_source = orgs_mod.home_office(h.post.head, ctx.home, h.post.start, h.post.end), "home"
            if h.org is None:
                if not h.post.internal:
                    if len(h.person.name.split()) >= 2 and "," in s.text[h.post.end:h.person.start]:
                        unheld.append((h.person, i))  # a person all the same
                    continue
                h.org, h.org_source = _context_org(ctx, i, h)
                if h.org is None:
                    continue
            if h.org.kind == "other" and h.org.name == h.org.written and h.org.name.isupper():
                om = ctx.abbrs.get(h.org.name) or _spelled_out(ctx, h.org.name)
                if om is not None:  # "Rektor UNISSAS" where the article spells UNISSAS out
                    h.org = replace(om, start=h.org.start, end=h.org.end, written=h.org.written)
            if h.org.generic:
                h.org = _province_body(h.org, ctx.home)
                if h.org is None:
                    continue
            h.org = _unit_of_head(h)
            holdings.append((h, i))
            kept.append(h)
        for h in kept:
            people.setdefault(h.person.name, (h.person, i))
    for nm, i in participation.named_people(ctx) + unheld:
        if not _is_place(nm):
            people.setdefault(nm.name, (nm, i))

    canon = participation.back_references({k: v[0] for k, v in people.items()})
    for h, _ in holdings:
        h.person.name = canon.get(h.person.name, h.person.name)
    # "Anggota KPU RI, Rudi ..." then "Anggota, Rudi menyampaikan": a post the context placed is
    # in the organization the article names for the same person and post
    named = {(h.person.name, h.post.name): h for h, _ in holdings if h.org_source in ("explicit", "")}
    for h, _ in holdings:
        if h.org_source in ("home", "sentence") and (h.person.name, h.post.name) in named:
            h.org, h.org_source = named[(h.person.name, h.post.name)].org, "article"
    seated = {(h.person.name, h.org.name) for h, _ in holdings if _division_seat(h.post.name)}
    for h, i in holdings:
        if h.post.head.lower() in posts.DIVISION_MEMBER_HEADS and h.post.name == h.post.head \
                and (h.person.name, h.org.name) in seated:
            continue  # "Anggota KPU X, Rudi" and later "Rudi, Anggota KPU X Divisi Hukum": one seat, the fuller title
        conf = 0.95 if h.org_source in ("explicit", "") else 0.85 if h.org_source == "list" else 0.75
        ctx.add(person_entity(h.person), "HOLDS", role_entity(h), i, f"holds:{h.rule}:{h.org_source or 'explicit'}",
                conf, date)
    if event is not None and _column(article):
        participation.add_topics(ctx, event, info, date)  # a view: its topics, no one attending
    elif event is not None:
        participation.add_participation(ctx, event, info, people, canon, holdings, date)
    else:  # no event: what the article itself is about
        participation.add_topics(ctx, None, info, date)
    return ctx.facts


# ---------------------------------------------------------------- one article never stops a run

ARTICLE_TIME_LIMIT = 30.0  # seconds; seed articles take a few milliseconds


class ArticleTimeout(Exception):
    pass


class ArticleSkipped(UserWarning):
    """Warned when an article whose extraction failed is skipped and the caller
    keeps no list of them."""


def skipped_problem(article: Article, exc: BaseException) -> Problem:
    """The one line that tells which article was skipped and why."""
    words = " ".join(str(exc).split())[:200]
    what = type(exc).__name__ + (f": {words}" if words else "")
    title = " ".join(article.title.split())[:120]
    return Problem(article.source, f"article {article.position or '?'} \"{title}\" skipped: extraction failed ({what})")


def _timed(article: Article, limit: float | None) -> list[Fact]:
    """`extract_article` under a wall-clock limit, where a timer can interrupt it
    (the main thread of a process with SIGALRM); elsewhere without one."""
    if not limit or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return extract_article(article)

    def expire(signum, frame):
        raise ArticleTimeout(f"took more than {limit:g} s")

    before = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return extract_article(article)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


_WARM_TITLE = "KPU Kabupaten Sambas Gelar Rapat Koordinasi Tahapan Pemilu"
_WARM_BODY = ("Sambas, kab-sambas.kpu.go.id - KPU Kabupaten Sambas menggelar rapat koordinasi tahapan "
              "pemutakhiran data pemilih di Aula Kantor KPU Kabupaten Sambas, Senin (7/10/2024). Rapat dibuka "
              "oleh Ketua KPU Kabupaten Sambas, Budi Santoso, dan dihadiri Bawaslu Kabupaten Sambas.")
_warm = False


def warm() -> None:
    """Load what extraction loads on first use (the topic vocabulary, gazetteers,
    compiled patterns) by extracting one small article, once per process: the
    first article then pays no warm-up under its time limit, and pool workers
    forked after this inherit it all instead of each loading it again."""
    global _warm
    if not _warm:
        _warm = True
        extract_article(Article.make(_WARM_TITLE, _WARM_BODY, source="warm-up", site="kab-sambas.kpu.go.id"))


def extract_safely(article: Article, time_limit: float | None = ARTICLE_TIME_LIMIT) -> tuple[list[Fact], Problem | None]:
    """The article's facts, or none and the Problem that says why it was skipped."""
    try:
        return _timed(article, time_limit), None
    except Exception as exc:  # noqa: BLE001 - any rule's failure is the article's, not the run's
        return [], skipped_problem(article, exc)


def extract(articles: Iterable[Article], skipped: list | None = None,
            time_limit: float | None = ARTICLE_TIME_LIMIT) -> Iterator[Fact]:
    """Facts of every article; an article whose extraction raises (or runs past
    `time_limit` seconds) is skipped and its Problem appended to `skipped`
    (warned as ArticleSkipped when no list is given), so one page never costs
    the rest of the batch."""
    warm()
    for art in articles:
        facts, problem = extract_safely(art, time_limit)
        if problem is not None:
            if skipped is None:
                warnings.warn(str(problem), ArticleSkipped, stacklevel=2)
            else:
                skipped.append(problem)
        yield from facts
