"""People and their posts, read from one sentence.

A sentence is cut into items: POST phrases (`Kepala Bagian Keuangan, Umum, dan
Logistik KPU Provinsi NTT`), NAMEs (capitalised words that are neither unit
words nor organizations), ORGs (from kg.extract.orgs), and the small words that
bind them (`,` `(` `)` `selaku` `yang juga menjabat sebagai` `dan`). The rules
then pair posts with names in the orders Indonesian news writes them:

    POST NAME                      Ketua KPU Provinsi NTT Jemris Fointuna
    POST, NAME                     Ketua KPU RI, Mochammad Afifuddin
    NAME, POST                     Sutarja, Arsiparis dari Dinas Arsip ...
    NAME selaku POST               Baharudin Hamzah selaku Ketua Divisi ...
    NAME (POST)                    Petrus Kanisius Nahak (Kadiv Hukum ...)
    POST yang juga menjabat sebagai POST NAME   (two posts, one person)
    POST ORG NAME, NAME dan NAME   (a list sharing the post)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace, field
from functools import lru_cache

from kg.extract import orgs as orgs_mod
from kg.extract.fastre import trie
from kg.lang import cues, names_data, pages, posts, regions, roles_data, words
from kg.model import slug

_TITLES_BEFORE = sorted({t.lower().rstrip(".") for t in words.NAME_TITLES_BEFORE}, key=len, reverse=True)
_TITLES_AFTER = {t.lower().replace(".", "") for t in words.NAME_TITLES_AFTER}
_ABBREV = {a.lower().rstrip(".") for a in words.ABBREVIATIONS}
_LOWER_TITLES = {t.lower().rstrip(".") for t in words.NAME_TITLES_LOWER}
_BALINESE = names_data.BALINESE_NAME_WORDS


def _phrase_list(items):
    out = []
    for p in items:
        toks = tuple(t.lower().rstrip(".") for t in p.split())
        out.append((toks, p))
    return sorted(set(out), key=lambda x: -len(x[0]))


_INTERNAL = _phrase_list(posts.INTERNAL_HEADS)
_EXTERNAL = _phrase_list(posts.EXTERNAL_HEADS)
_INTERNAL_SET = {t for t, _ in _INTERNAL}
_HEADS = sorted({t for t, _ in _INTERNAL} | {t for t, _ in _EXTERNAL}, key=len, reverse=True)
_ACTING = _phrase_list(posts.ACTING)
_UNIT = posts.UNIT_WORDS
_NOT_NAMES = posts.NOT_NAMES
_PARTICLES = {"bin", "binti", "van", "von", "de", "da", "al", "el"}
_RANK_IN_NAME = names_data.RANK_WORDS_IN_NAMES

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][A-Za-zÀ-ÖØ-öø-ÿ0-9'’./&-]*|[,;:()“”\"]")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?$|^[A-Z]\.?$")
_GLUED = re.compile(r"^(dan|serta|beserta|bersama)([A-Z][a-z]+)$")

SELAKU = [("selaku",), ("sebagai",), ("yang", "menjabat", "sebagai"), ("yang", "merupakan"),
          ("yang", "menjabat"), ("bertindak", "sebagai"),
          # a profession or duty stated of the person: "Rina, yang berprofesi sebagai dosen di ..."
          ("yang", "berprofesi", "sebagai"), ("berprofesi", "sebagai"), ("yang", "bertugas", "sebagai")]
ALSO = [("yang", "juga", "menjabat", "sebagai"), ("yang", "juga", "menjabat"), ("yang", "juga", "sebagai"),
        ("sekaligus", "sebagai"), ("sekaligus",), ("merangkap",), ("juga", "sebagai"),
        ("yang", "juga", "merupakan"), ("yang", "juga", "selaku"),
        ("yang", "juga", "berprofesi", "sebagai"), ("juga", "berprofesi", "sebagai"), ("yang", "juga")]
AND = {"dan", "serta", "bersama", "beserta", "&"}
LINK = {"pada", "dari", "di"}
# Words after which "Nama Post" without a comma is a person and a post ("oleh Arif
# Rahman Ketua KPU X"); elsewhere capitalised words before a post are mostly a
# title-case phrase ("Alokasi Kursi Anggota DPRD").
NAME_POST_AFTER = {"oleh", "kepada", "hadir", "dihadiri", "bersama", "dipimpin", "dibuka", "disampaikan",
                   "didampingi", "saudara", "saudari", "bapak", "ibu"}
BYLINE_WORDS = {w for w in pages.BYLINE_WORDS if " " not in w}  # "Oleh : Nama Post", a column's byline


class Tok:
    """A token; `low` is its lower-case form without a final period, computed once."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower().rstrip(".")


def tokenize(text: str) -> list[Tok]:
    """The sentence's tokens; read once for the stages that ask (names without a post,
    then posts): the last texts' tokens are kept (Tok is never changed after this)."""
    return list(_tokenize(text))


@lru_cache(maxsize=64)
def _tokenize(text: str) -> tuple[Tok, ...]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        t, s = m.group(), m.start()
        g = _GLUED.match(t)
        if g:  # "besertaOperator": a missing space in the source
            out.append(Tok(g.group(1), s, s + len(g.group(1))))
            out.append(Tok(g.group(2), s + len(g.group(1)), m.end()))
            continue
        if t.endswith(".") and len(t) > 1 and not _INITIALS.match(t) and t.lower().rstrip(".") not in _ABBREV:
            if "." not in t[:-1] or not re.search(r"\.[A-Z]", t):
                out.append(Tok(t[:-1], s, m.end() - 1))
                continue
        out.append(Tok(t, s, m.end()))
    return tuple(out)


@dataclass
class Name:
    name: str  # without titles
    written: str
    titles: list[str]
    start: int
    end: int
    ntok: int


@dataclass
class Post:
    head: str  # canonical head, e.g. "Ketua Divisi"
    name: str  # canonical post title, e.g. "Ketua Divisi Hukum dan Pengawasan"
    written: str
    acting: bool
    internal: bool
    org: object | None  # an OrgMention when the phrase names it
    start: int
    end: int
    former: bool = False  # "mantan Ketua KPU X": read for the sentence's shape, held by no one now


@dataclass
class Holding:
    person: Name
    post: Post
    org: object | None  # OrgMention (explicit, or from context)
    org_source: str  # explicit | list | sentence | home
    rule: str


@dataclass
class SentenceParse:
    names: list[Name] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    former: list[Name] = field(default_factory=list)  # holders of a former post: persons, no holding


def _by_first(phrases):
    """Phrases indexed by their first word, longest first: one dict lookup per token."""
    out: dict[str, list] = {}
    for ptoks, value in phrases:
        out.setdefault(ptoks[0], []).append((ptoks, value))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


_HEADS_BY_FIRST = _by_first([(h, h) for h in _HEADS])
_ACTING_BY_FIRST = _by_first(_ACTING)
_ALSO_BY_FIRST = _by_first([(a, a) for a in ALSO])
_SELAKU_BY_FIRST = _by_first([(a, a) for a in SELAKU])


def _match(toks: list[Tok], i: int, phrases) -> tuple[int, object] | None:
    if isinstance(phrases, dict):
        phrases = phrases.get(toks[i].low, ())
    for ptoks, value in phrases:
        n = len(ptoks)
        if i + n <= len(toks) and tuple(t.low for t in toks[i:i + n]) == ptoks:
            return n, value
    return None


def _is_cap(t: Tok) -> bool:
    return t.text[:1].isupper()


# Nouns derived with pe(N)-/per-/ke- ... -an ("Penggunaan", "Perkembangan", "Kebutuhan"): a sentence's first
# word when a byline or heading runs into the text ("... Divisi Parmas dan SDM Penggunaan media digital ...");
# never an Indonesian person's name (those in -an, "Setiawan", "Ridwan", do not open so).
_DERIVED_NOUN = re.compile(r"(?:pe|ke)[a-z]{5,}an")


def _name_token(t: Tok) -> bool:
    if not _is_cap(t):
        return False
    low = t.low
    if low in _NOT_NAMES or low in _UNIT or low in posts.ROMAN or low in BYLINE_WORDS \
            or _DERIVED_NOUN.fullmatch(low):
        return False
    if len(t.text) >= 2 and t.text.isupper() and not _INITIALS.match(t.text):
        return False  # acronyms: KPU, PSI, PPK
    if any(c.isdigit() for c in t.text) or "/" in t.text:
        return False
    return True


def _title_at(toks: list[Tok], i: int) -> int:
    """Number of tokens of academic/religious titles starting at i."""
    n = 0
    while i + n < len(toks):
        low = toks[i + n].text.lower().rstrip(".")
        if low in _TITLES_BEFORE and (_is_cap(toks[i + n]) or (
                low in _LOWER_TITLES and i + n + 1 < len(toks) and _is_cap(toks[i + n + 1]))):
            n += 1
        elif n and _retired_at(toks, i + n):
            n += 3  # "Letjen TNI (Purn) Budi ...": the rank of a retired officer
        else:
            break
    return n


def _retired_at(toks: list[Tok], k: int) -> bool:
    """ "(Purn)", "(Purn.)" after a rank: the officer is retired; part of the titles."""
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.lower().rstrip(".") == "purn" \
        and toks[k + 2].text == ")"


def _balinese_at(toks: list[Tok], i: int) -> bool:
    """ "I Made ...", "I Gusti ...": the marker "I" opens a Balinese name."""
    return toks[i].text == "I" and i + 1 < len(toks) and toks[i + 1].low in _BALINESE \
        and _is_cap(toks[i + 1])


def _rank_in_name(toks: list[Tok], k: int, j: int) -> bool:
    """ "Rizky Pratama", "Yoga Pratama Putra": a rank word (Ahli Pratama, Ahli
    Muda) that follows a name word already read is part of the name, unless a
    unit or head word follows it ("... Ahli Pratama Bidang ...")."""
    t = toks[k]
    if k == j or t.low not in _RANK_IN_NAME or not _is_cap(t) or not _name_token_but_unit(toks[k - 1]):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not _is_cap(nxt) or _name_token(nxt)


def _initial_inside(toks: list[Tok], k: int, j: int) -> bool:
    """ "Florence V. Yunita", "Rudi I. Pratama": a one-letter initial with its dot between
    two name words, not a roman numeral."""
    t = toks[k]
    return k > j and len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." \
        and k + 1 < len(toks) and _name_token(toks[k + 1])


def _name_token_but_unit(t: Tok) -> bool:
    return _name_token(t) or t.low in _RANK_IN_NAME


# A degree printed without dots keeps its capitals inside the word ("SSi", "MSi",
# "SPd", "SH", "MM"): a name word is never written so.
_DOTLESS_DEGREE = re.compile(r"^(?:[A-Z][a-z]*){2,3}$|^[A-Z]{2,4}$")


def _degree_len(toks: list[Tok], k: int) -> int:
    """Tokens of one academic degree at k: "M.Hum", "S.Sos." or spaced "M. A.",
    "S. Sos" (0 when none). A one-token degree needs its dot ("MA" may be a name)."""
    for n in (3, 2, 1):
        part = toks[k:k + n]
        if len(part) < n or any(not t.text[:1].isalpha() for t in part):
            continue
        if n == 1 and "." not in part[0].text and not _DOTLESS_DEGREE.match(part[0].text):
            continue
        if n > 1 and (not part[0].text.endswith(".") or len(part[0].text) > 2
                      or any(len(t.text.rstrip(".")) > 4 for t in part)):
            continue
        if "".join(t.text for t in part).lower().replace(".", "") in _TITLES_AFTER:
            return n
    return 0


def _degrees_at(toks: list[Tok], k: int, after_comma: bool = False) -> int:
    """Tokens of the degrees that start at k ("S.Sos M.Pd", "S. Sos, M. Pd" is two
    calls). Not after a comma, a name word after them makes them initials ("M. A.
    Rahman"); after one, they are degrees ("..., S.H. Materi ...": a new sentence)."""
    n = 0
    while True:
        d = _degree_len(toks, k + n)
        if not d:
            break
        n += d
    if n and not after_comma and k + n < len(toks) and _name_token(toks[k + n]) \
            and all(len(t.text.rstrip(".")) <= 1 for t in toks[k:k + n]):
        return 0  # only single letters can be initials: "SSi MSi. Dijelaskan" stays degrees
    return n


_AREA_HEADS = _by_first([(tuple(h.split()), h) for h in posts.AREA_HEAD_ORGS])
_REGION_HEADS = _by_first([(tuple(h.split()), h) for h in posts.REGION_HEAD_ORGS])


def _head_at(toks: list[Tok], k: int, heads=_AREA_HEADS) -> bool:
    """Whether the head of a district or village ("Camat", "Lurah", "Kepala Desa")
    starts at k: a title, never a word of a name. (Not the heads of regional offices:
    "AKBP Rudi Kapolres X" is a name before its post, which a head read there would
    give to the name after it; after a name with a rank or title before it, "AKBP Rudi
    Kapolres X", they cut it, and the post is the name's.)"""
    t = toks[k]
    return _is_cap(t) and t.low in heads and _match(toks, k, heads) is not None


def _mid_title(toks: list[Tok], k: int) -> bool:
    """A title of two letters or more ("Hj.", "Drs.", "AKBP", "Bapak") at k, a name word
    after it: a title opens a name, so the words before it are another's."""
    n = _title_at(toks, k)
    return n > 0 and all(len(t.low) >= 2 for t in toks[k:k + n]) and k + n < len(toks) \
        and _name_token(toks[k + n]) and not _degrees_at(toks, k + n)


def _read_name(toks: list[Tok], i: int, text: str) -> tuple[Name, int] | None:
    """A person's name starting at i (titles first), and the index after it."""
    j = i + _title_at(toks, i)
    titles = [t.text for t in toks[i:j]]
    k = j + 1 if j < len(toks) and _balinese_at(toks, j) else j
    siti = k + 1 < len(toks) and toks[k].text == "St." and _name_token(toks[k + 1])
    if siti:
        k += 1  # "Hj. St. Nurhayati": "St." is Siti, the first word of the name
    elif _degrees_at(toks, k):
        return None  # "M. A.", "M.Pd": a degree after a comma is no name of its own
    while k < len(toks) and k - j < 6:
        t = toks[k]
        if k > j and _degrees_at(toks, k):
            break  # "Siti Aminah M.Hum": a degree without a comma ends the name
        if k > j and (_head_at(toks, k) or (j > i and _head_at(toks, k, _REGION_HEADS))):
            break  # "Sambutan Camat Tondano ...", "AKBP Rudi Kapolres X": a head is no word of a name
        if k > j and _mid_title(toks, k):
            return None  # "Kebonsari Hj. Siti Aminah": the words before a title are not the person's
        if _name_token(t) or (t.text.lower() in _PARTICLES and k > j and k + 1 < len(toks)
                                and _name_token(toks[k + 1])) or _rank_in_name(toks, k, j) \
                or _initial_inside(toks, k, j):
            k += 1
        else:
            break
    if k == j or all(t.low in _PARTICLES for t in toks[j:k]):
        return None  # "..., Kepala Kesbangpol, De" (a page cut off mid-word): a particle alone is no name
    if j == i and toks[j].low in posts.PLACE_NAME_TAILS:
        return None  # "Universitas Indonesia Timur", "Lurah Kapuas Kanan Hulu": the rest of a place's name
    # a head word right after ends the name ("... Hamzah Ketua Divisi")
    name_toks = toks[j:k]
    if siti and len(name_toks) == 1:
        return None
    # degree suffixes after a comma: "Nama, S.H., M.Si."
    end = k
    while True:
        n = _degrees_at(toks, end + 1, after_comma=True) if end < len(toks) and toks[end].text == "," else 0
        if n:  # "Nama, S.H., M.Si.", "Nama, M. Hum"
            titles.append(" ".join(t.text for t in toks[end + 1:end + 1 + n]))
            end += 1 + n
            continue
        n = _degrees_at(toks, end)
        if not n:
            break
        titles.append(" ".join(t.text for t in toks[end:end + n]))  # "Nama M.Pd"
        end += n
    name = text[name_toks[0].start:name_toks[-1].end]
    name = re.sub(r"\s+", " ", name)
    written = text[toks[i].start:toks[end - 1].end]
    return Name(name, written, titles, toks[i].start, toks[end - 1].end, len(name_toks)), end


# "Inspektur Kabupaten Kapuas" heads the regency's Inspektorat; "Inspektur Wilayah II"
# or "Inspektur Investigasi" is a post of the commission's own Inspektorat: a title that is
# both names its office only when a region's level word follows it
_REGION_LEVEL_WORDS = {"kabupaten", "kab", "kota", "provinsi", "prov"}


def _read_post(toks: list[Tok], i: int, text: str, org_at: dict) -> tuple[Post, int] | None:
    """A post phrase at i: [acting] HEAD [unit words] [(ABBR)] [pada|dari ORG] [Divisi ...].
    A head in lower case ("Wenti, ketua KPU Kota Bandung", "dosen Fakultas Hukum
    UII") is a post only when its organization follows it."""
    if not _is_cap(toks[i]):
        p = _read_post(_capitalised(toks, i, org_at), i, text, org_at) if toks[i].low in _LOWER_HEADS else None
        if p is not None and p[0].org is None and p[0].head.lower() in posts.SUBORDINATE_HEADS:
            e = _course_end(toks, p[1])
            if e + 1 < len(toks) and toks[e].text == "," and _name_token(toks[e + 1]):
                return p[0], e  # "dosen pengampu mata kuliah X, Nama": the institution from the context
        if p is None or (p[0].org is None and not _context_post(toks, i, p[1])):
            return None
        return p
    j = i
    acting = False
    m = _match(toks, j, _ACTING_BY_FIRST)
    if m:
        acting, j = True, j + m[0]
    if j >= len(toks) or toks[j].low not in _HEADS_BY_FIRST:
        return None
    head = None
    for ptoks, _ in _HEADS_BY_FIRST[toks[j].low]:
        n = len(ptoks)
        if j + n <= len(toks) and tuple(t.low for t in toks[j:j + n]) == ptoks and _is_cap(toks[j]) \
                and not any(x in org_at for x in range(j + 1, j + n)):
            head = ptoks
            break
    if head is None:  # a bare "Plt." is not a post
        return None
    k = j + len(head)
    head_low = " ".join(head)
    bare = head_low in posts.BARE_HEADS or (head_low in posts.REGION_HEAD_ORGS and (
        head not in _INTERNAL_SET or (k < len(toks) and toks[k].low in _REGION_LEVEL_WORDS)))
    if bare and k < len(toks) and toks[k].low in posts.TEAMS_AFTER_BARE_HEADS and _is_cap(toks[k]):
        bare = False  # "Ketua Pokja Kampanye": the head of a team, named by its unit words
    units_end = k
    if not bare:
        units_end = _read_units(toks, k, org_at)
    k = units_end
    org = None
    area_post = ""  # "Sekretaris Desa" without the village's name: its kind
    # "(PPK)" / "(Kapusdatin)": an abbreviation of the post
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _is_cap(toks[k + 1]) \
            and not _bracketed_name(toks, k + 1):
        k += 3
    # the organization: straight after, or after pada/dari
    kk = k
    if kk < len(toks) and toks[kk].low in LINK and kk + 1 < len(toks):
        kk += 1
        # sub-unit words before the organization ("pada Jaksa Agung Muda Bidang ... Kejaksaan Agung")
        scan = kk
        while scan < len(toks) and scan not in org_at and scan - kk < 10 and \
                (toks[scan].low in _UNIT or _is_cap(toks[scan])) and toks[scan].text not in ",;()":
            scan += 1
        if scan in org_at:
            kk = scan
    if kk not in org_at and not bare and units_end < len(toks):
        # unit words the lexicon lacks, up to the organization they belong to:
        # "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinas Kesehatan ..."
        scan = units_end
        while scan < len(toks) and scan not in org_at and scan - units_end < 6 and \
                (toks[scan].low in ("dan", "&") or (_is_cap(toks[scan]) and toks[scan].low not in _NOT_NAMES
                                                     and not _title_at(toks, scan))):
            scan += 1
        if scan in org_at and scan > units_end and toks[scan - 1].low not in ("dan", "&"):
            units_end = k = kk = scan
    if kk in org_at:
        org, k = org_at[kk]
        if k < len(toks) and k > 0 and toks[k].text == toks[k - 1].text:
            k += 1  # a word printed twice
        if k < len(toks) and toks[k].text == "RI" and "RI" not in org.written.split():
            k += 1  # "Anggota DKPP RI M. Tio ...": the national body's "RI" the reader left
        if k + 2 < len(toks) and toks[k].text == "(" and (k + 1 in org_at or toks[k + 1].text.isupper()):
            close = next((x for x in range(k + 2, min(k + 5, len(toks))) if toks[x].text == ")"), None)
            if close is not None:
                k = close + 1  # "Ketua Komisi Pemilihan Umum Republik Indonesia (KPU RI) Nama": its abbreviation
        if k + 1 < len(toks) and toks[k].low == "unsur" and not _is_cap(toks[k + 1]):
            k += 2  # "Anggota TPD unsur masyarakat, Dedi ...": the seat, not part of the post
            while k < len(toks) and k - 2 < len(toks) and toks[k].low.isalpha() and not _is_cap(toks[k]) \
                    and toks[k].low not in AND:
                k += 1  # "unsur tokoh masyarakat"
    elif head_low == "komisioner" and k < len(toks) and toks[k].low in ("kabupaten", "kab", "kota", "provinsi") \
            and _is_cap(toks[k]):
        # "komisioner Kota Malang, Aminah": a commissioner of a region is in its KPU
        om = orgs_mod.office_of("KPU", text, toks[k].start)
        if om is not None:
            org = om
            while k < len(toks) and toks[k].start < om.end:
                k += 1
    elif head_low in posts.REGION_HEAD_ORGS and k < len(toks):
        # "Kapolres Aceh Besar", "Pj. Bupati Aceh Besar", "Dandim 1702/Jayawijaya":
        # the head names its office, the words after it the region
        om = orgs_mod.office_of(posts.REGION_HEAD_ORGS[head_low], text, toks[k].start)
        if om is not None:
            org = om
            while k < len(toks) and toks[k].start < om.end:
                k += 1
    if org is None and head_low in posts.AREA_HEAD_ORGS and kk not in org_at:
        org, k = _area_office(toks, k, text, posts.AREA_HEAD_ORGS[head_low])
    if org is None and k < len(toks) and k not in org_at and toks[k].low in posts.AREA_WORDS and _is_cap(toks[k]):
        # "Sekretaris Desa Sumberejo, Tri ...", "Ketua RT ...": the post is in the village or district
        org, k = _area_office(toks, k, text, posts.AREA_WORDS[toks[k].low])
        if org is None and k + 2 < len(toks) and toks[k + 1].text == "," and _name_token(toks[k + 2]) \
                and head_low not in posts.AREA_HEAD_ORGS:
            # "..., dan Sekretaris Desa, Wati": the village's post; the village is the one named before
            units_end = k = k + 1
            area_post = posts.AREA_WORDS[toks[k - 1].low]
    if org is None and k < len(toks) and k not in org_at and toks[k].text in _BARE_BODIES and not _bare_body_named(toks, k):
        low_region = _lower_region(toks, k + 1, text)
        if low_region:
            # "Ketua KPU minahasa Meidy ...": the region printed in lower case
            org = orgs_mod.canonical_org(f"{toks[k].text} {low_region}")
            k += 1 + len(low_region.split()) if org is not None else 1
        else:
            k += 1  # "Sekretaris Jenderal KPU, Dr. X": the body without its region; the context says which
    if org is None and head not in _INTERNAL_SET and k + 1 < len(toks) and _acronym_body(toks[k]) \
            and (toks[k + 1].text == "," or _name_token(toks[k + 1]) or _title_at(toks, k + 1)):
        # "Rektor UNISSAS, Dr. H. Arnadi": a body no table knows, written as its acronym
        org = orgs_mod.OrgMention(toks[k].start, toks[k].end, toks[k].text, toks[k].text, "Organization",
                                  f"org:{slug(toks[k].text)}", kind="other")
        k += 1
    n = _region_of_unit(toks, j, k, text) if org is None and not bare and k == units_end > j + len(head) else 0
    if n:
        k = units_end = k + n
    post_end = k
    # division after the organization: "Anggota KPU RI Divisi Hukum dan Pengawasan"
    division = ""
    d = k
    if d < len(toks) and toks[d].text == "," and d + 1 < len(toks) and toks[d + 1].low == "divisi":
        d += 1
    if org is not None and d + 1 < len(toks) and toks[d].low == "di" and toks[d + 1].low in ("divisi", "bidang") \
            and _is_cap(toks[d + 1]) and head_low in _DIVISION_WITHOUT_ORG:
        d += 1  # "Komisioner KPU X di Bidang Hukum dan Teknis, Nama"
    if (org is not None or head_low in _DIVISION_WITHOUT_ORG) and d < len(toks) and (
            toks[d].low == "divisi" or (toks[d].low == "bidang" and d > k and head_low in _DIVISION_WITHOUT_ORG)):
        e = _read_units(toks, d + 1, org_at)
        if e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")" and not _bracketed_name(toks, e + 1):
            e += 3  # "(Sosparmas)"; not "Divisi Teknis (Erfanudin)", its holder
        if e > d + 1:
            division = text[toks[d].start:toks[e - 1].end]
            division = re.sub(r"\s*\([^)]*\)$", "", division)
            k = e
            post_end = e
            if org is None and k in org_at:  # "Komisioner Divisi Hukum KPU Kota X": the body after the division
                org, k = org_at[k]
                post_end = k
    if not division and org is not None and head_low in _DIVISION_WITHOUT_ORG:
        e, division = _division_clause(toks, k)
        if division:  # "komisioner KPU X yang membidangi sosialisasi dan SDM, Nama"
            k = post_end = e
    written_head = text[toks[i].start:toks[units_end - 1].end] if units_end > i else toks[i].text
    canon_head = posts.HEAD_EXPANSIONS.get(head_low, " ".join(toks[x].text for x in range(j, j + len(head))))
    rest = text[toks[j + len(head) - 1].end:toks[units_end - 1].end].strip() if units_end > j + len(head) else ""
    if rest.islower():  # "ketua divisi hukum dan pengawasan KPU X": printed as a title
        rest = " ".join(w if w in ("dan", "&", "pada") else w[:1].upper() + w[1:] for w in rest.split())
    name = (canon_head + (" " + rest if rest else "")).strip()
    if division:
        name = f"{name} {division}"
    if head_low in ("kepala", "wakil kepala") and org is not None and (
            getattr(org, "level", None) == "unit" or re.match(r"(?:Biro|Bagian|Bidang)\s", org.written)):
        # "Kepala Biro Pemerintahan Setda Provinsi Lampung": the post names the unit it heads
        unit = re.split(r"\s*\(|\s+(?:KPU|Komisi|Sekretariat|Setjen)\b", org.written)[0]
        name = f"{canon_head} {unit}"
    elif head_low in ("kepala", "wakil kepala") and org is not None and not rest and not division:
        # "Kepala Dinas Kependudukan ... Provinsi X", "Kepala Kantor Pos Y": the head of a
        # service or office holds "Kepala Dinas", "Kepala Kantor" in it (a Badan's head is
        # printed and read both ways, "Kepala" and "Kepala Badan X": left "Kepala")
        family = re.match(r"(Dinas|Kantor)\s", org.written)
        if family:
            name = f"{canon_head} {family[1]}"
    if acting:
        name = f"{posts.HEAD_EXPANSIONS.get(toks[i].low, toks[i].text)} {name}"
    name = re.sub(r"\s+", " ", name).strip(" ,")
    if getattr(org, "kind", None) == "legislature" and org.parent and org.name.startswith("Komisi "):
        # "Ketua Komisi II DPRD X" holds `Ketua Komisi II` in the DPRD
        parent = orgs_mod.canonical_org(org.parent)
        if parent is not None:
            name = f"{name} {org.name[:len(org.name) - len(org.parent)].strip()}"
            written = re.sub(r"^Komisi\s+\S+\s+", "", org.written)
            org = replace(parent, start=org.end - len(written), end=org.end, written=written)
    internal = head in _INTERNAL_SET and not area_post
    team = _TEAM.search(name) if org is None else None
    if team and team.start() > 0:
        # "Ketua Tim Kampanye Paslon 01", "Koordinator Kampanye Pasangan Calon Nomor Urut 2": a
        # candidate's team, not the commission's; the post is held in the team
        written = team[1]
        org = orgs_mod.OrgMention(toks[i].start, toks[post_end - 1].end, written, written, "Organization",
                                  f"org:{slug(written)}", kind="campaign")
        name, internal = name[:team.start(2)].strip(), False  # "Ketua Tim Kampanye" in "Tim Kampanye Paslon 01"
    return Post(canon_head, name, re.sub(r"\s+", " ", written_head), acting, internal, org,
                toks[i].start, toks[post_end - 1].end), k


_LOWER_HEADS = {h[0] for h in _HEADS}
_TEAM = re.compile(r"\s((?:Tim\s+(?:Kampanye|Pemenangan|Sukses)\s+)?((?:Paslon|Pasangan\s+Calon)(?:\s+Nomor(?:\s+Urut)?)?\s+\d+))$")


# Words that make a post a former one ("mantan Anggota KPU X, Nama"): its holder is a
# person, but holds it no longer
_FORMER = {"mantan", "eks", "bekas", "purnatugas"}

_DIVISION_VERBS = {"membidangi", "membawahi", "membawahkan", "menangani", "mengampu"}


def _division_clause(toks: list[Tok], k: int) -> tuple[int, str]:
    """ "Anggota KPU X yang membidangi Divisi Teknis, Nama", "komisioner KPU X yang
    membidangi sosialisasi dan pengembangan SDM, Nama": a member's division written as
    a clause, in any case, up to the comma before the holder. (index after it, the
    division as "Divisi ...") or (k, "")."""
    if not (k + 2 < len(toks) and toks[k].low == "yang" and toks[k + 1].low in _DIVISION_VERBS):
        return k, ""
    e = k + 2
    if toks[e].low in ("divisi", "bidang"):
        e += 1
    words = []
    while e < len(toks) and (toks[e].low in _UNIT or toks[e].text == ",") and len(words) < 12:
        if toks[e].text == "," or toks[e].low in ("dan", "&"):
            nxt = e + 1
            if nxt < len(toks) and toks[nxt].low in ("dan", "&"):
                nxt += 1
            if not (nxt < len(toks) and toks[nxt].low in _UNIT and toks[nxt].low not in ("dan", "&")):
                break
        words.append(toks[e].text if toks[e].text == "," or toks[e].low in ("dan", "&") or toks[e].text.isupper()
                     else toks[e].text[:1].upper() + toks[e].text[1:])
        e += 1
    if not words or not (e + 1 < len(toks) and toks[e].text == "," and _name_token(toks[e + 1])
                         or e + 2 < len(toks) and toks[e].text == "," and _title_at(toks, e + 1)):
        return k, ""
    return e, "Divisi " + " ".join(words).replace(" ,", ",")


def _bracketed_name(toks: list[Tok], k: int) -> bool:
    """ "Divisi Teknis (Erfanudin)": one word in brackets after a post is its holder
    when written as a name (not "(PPK)", "(Kapusdatin)": capitals inside, or a head)."""
    t = toks[k]
    return _name_token(t) and sum(c.isupper() for c in t.text) == 1 and t.low not in _HEADS_BY_FIRST \
        and t.low not in posts.HEAD_EXPANSIONS and t.low not in roles_data.DIVISION_ABBREVIATIONS


_UNIT_FAMILY = {"dinas", "badan", "kantor", "inspektorat", "satpol"}


def _region_of_unit(toks: list[Tok], j: int, k: int, text: str) -> int:
    """ "Kepala Dinas Pendidikan Wonogiri Siti Maryam": the region after an agency's
    name, which the organization reader did not take, belongs to the agency, not to
    the name after it (the number of its tokens at k, or 0)."""
    if not any(t.low in _UNIT_FAMILY for t in toks[j:k]):
        return 0
    for n in (2, 1):
        holder = k + n + 1 if k + n < len(toks) and toks[k + n].text == "," else k + n
        if holder < len(toks) and all(_is_cap(t) and t.text.isalpha() for t in toks[k:k + n]) \
                and _name_token(toks[holder]) and regions.lookup(text[toks[k].start:toks[k + n - 1].end]):
            return n
    return 0


def _lower_region(toks: list[Tok], k: int, text: str) -> str:
    """A region name printed in lower case at k ("minahasa", "kota bitung"), capitalised; or ""."""
    for n in (3, 2, 1):
        part = toks[k:k + n]
        if len(part) == n and all(t.text.isalpha() and t.text.islower() for t in part):
            words = " ".join(t.text.capitalize() for t in part)
            if regions.lookup(words):
                return words
    return ""


def _acronym_body(t: Tok) -> bool:
    """A word in capitals that may name a body: "UNISSAS", "AISI" (not a known word, a numeral, a post)."""
    return 3 <= len(t.text) <= 8 and t.text.isalpha() and t.text.isupper() and t.low not in _NOT_NAMES \
        and t.low not in _UNIT and t.low not in posts.ROMAN and t.low not in _HEADS_BY_FIRST \
        and t.low not in posts.HEAD_EXPANSIONS and t.low not in _TITLES_AFTER and t.low not in _TITLES_BEFORE


def _region_before_name(toks: list[Tok], i: int, text: str) -> int:
    """Tokens of a region name that opens a 'name' right after a post: the post's
    region, the reader's organization left it ("... Jawa Tengah Rudi Hartono"). A
    one-word region needs two name words after it (a given name may be a place's)."""
    for n in (2, 1):
        rest = 0
        while i + n + rest < len(toks) and _name_token(toks[i + n + rest]):
            rest += 1
        if rest >= (1 if n == 2 else 2) and all(_is_cap(t) and t.text.isalpha() for t in toks[i:i + n]) \
                and regions.lookup(text[toks[i].start:toks[i + n - 1].end]):
            return n
    return 0


def _course_end(toks: list[Tok], k: int) -> int:
    """After a lecturer's head, the course taught ("mata kuliah Pengantar Ilmu Politik"): the index after it."""
    if k + 2 < len(toks) and toks[k].low == "mata" and toks[k + 1].low == "kuliah":
        e = k + 2
        while e < len(toks) and e - k < 8 and (_is_cap(toks[e]) or toks[e].low == "dan"):
            e += 1
        return e
    return k


def _area_office(toks: list[Tok], k: int, text: str, kind: str):
    """ "camat Poasia, La Ode ...": up to three capitalised words of the area's
    name after the head, then the comma before the holder: (the district or
    village as an organization, index after it), or (None, k)."""
    e = k
    if e < len(toks) and toks[e].low == kind.lower():
        e += 1  # "Camat Kecamatan Poasia"
    s = e
    while e < len(toks) and e - s < 3 and _is_cap(toks[e]) and toks[e].low not in _NOT_NAMES \
            and not _title_at(toks, e):
        e += 1
    area_end = e
    if e > s and e + 1 < len(toks) and toks[e].low in ("kecamatan", "distrik") and _is_cap(toks[e]):
        # "Kepala Desa Sukamaju Kecamatan Ngrambe, Suparno": the village's district after its name
        f = e + 1
        while f < len(toks) and f - e <= 3 and _is_cap(toks[f]) and toks[f].low not in _NOT_NAMES:
            f += 1
        if f > e + 1:
            e = f
    if e > s and e == area_end and (e == len(toks) or toks[e].text != ","):
        area_end = e = _area_before_holder(toks, s, e, text)
        if e == s:
            return None, k
    elif e == s or e + 1 >= len(toks) or toks[e].text != "," or not _name_token(toks[e + 1]):
        return None, k
    area = " ".join(t.text for t in toks[s:area_end])
    om = orgs_mod.area_office(text, toks[k].start, toks[e - 1].end, f"{kind} {area}")
    return replace(om, written=om.name), e  # "Camat Poasia": the office is Kecamatan Poasia, printed or not


# Words that continue the name of a district or village after its first word
# ("Tondano Barat", "Ilir Timur I", "Sukamaju Baru").
_AREA_NAME_TAIL = {"barat", "timur", "utara", "selatan", "tengah", "hulu", "hilir", "ilir", "ulu", "baru", "raya",
                   "laut", "darat", "atas", "bawah", "dalam", "luar", "lama", "jaya", "kota", "pesisir", "kepulauan"}


def _area_before_holder(toks: list[Tok], s: int, e: int, text: str) -> int:
    """ "Camat Wonosari Budi Santoso", "Lurah Kebonsari Hj. Siti Aminah": an area's
    name and its head's holder with no comma between. A title after the words read
    ends the area; otherwise the area is its first word and the words that continue
    an area's name (or a name of the region list), and at least two name words must
    follow it (a head written without its area, "Camat Budi Santoso", is left alone).
    The index after the area, or s when none is read."""
    if _mid_title(toks, e):
        return e
    a = s + 1
    for n in (3, 2):
        if s + n <= len(toks) and all(_is_cap(t) for t in toks[s:s + n]) \
                and regions.lookup(text[toks[s].start:toks[s + n - 1].end]):
            a = s + n
            break
    while a < len(toks) and (toks[a].low in _AREA_NAME_TAIL or toks[a].low in posts.ROMAN) and _is_cap(toks[a]):
        a += 1
    if _mid_title(toks, a):
        return a
    holder = a
    while holder < len(toks) and _name_token(toks[holder]):
        holder += 1
    return a if holder - a >= 2 else s


def _context_post(toks: list[Tok], i: int, end: int) -> bool:
    """ "didampingi operator JDIH, Nadia Putri": a lower-case internal post with its
    unit, then a comma and the holder; the satker comes from the context. A member's
    head in lower case is a post after its holder ("Rudi, komisioner yang juga ...")
    and before the list of its other holders ("empat komisioner lainnya masing-masing: A, B")."""
    if toks[i].low in posts.LOWER_MEMBER_HEADS and end == i + 1:
        after_name = i >= 2 and toks[i - 1].text == "," and _name_token(toks[i - 2])
        before_list = end < len(toks) and toks[end].low == "lainnya"
        return after_name or before_list
    if toks[i].low in posts.LOWER_ABBREVIATED_HEADS and end > i + 1 and end < len(toks):
        # "kasubag Tekmas Rudi Hartono", "kadiv Hukum, Sari": the abbreviation is a post's in any case
        z = end + 1 if toks[end].text == "," else end
        return z < len(toks) and (_name_token(toks[z]) or _title_at(toks, z) > 0)
    return toks[i].low in posts.LOWER_CONTEXT_HEADS and end > i + 1 and end + 1 < len(toks) \
        and toks[end].text == "," and _name_token(toks[end + 1])
_BARE_BODIES = {"KPU", "KIP"}


def _bare_body_named(toks: list[Tok], k: int) -> bool:
    """Whether the body word at k is followed by more of its own name (a region, RI)."""
    return k + 1 < len(toks) and _is_cap(toks[k + 1]) and toks[k + 1].text not in (",",) and \
        not _name_token(toks[k + 1]) and toks[k + 1].low not in _TITLES_BEFORE and toks[k + 1].low != "divisi"
# "Komisioner Divisi Perencanaan, Data dan Informasi Iwan Setiawan": a member's
# division read even when the organization is left to the context
_DIVISION_WITHOUT_ORG = {"anggota", "komisioner"}


def _capitalised(toks: list[Tok], i: int, org_at: dict | None = None) -> list[Tok]:
    """The tokens with the one at i capitalised (a copy; offsets unchanged). A post
    printed all in lower case up to its organization ("Susi, ketua divisi hukum dan
    pengawasan KPU Kota X") has its unit words capitalised too: lower-case unit words
    count only when the organization closes them, so running text is left alone."""
    out = list(toks)
    end = i + 1
    if org_at is not None:
        while end < len(toks) and end not in org_at and toks[end].low in _UNIT and not _is_cap(toks[end]):
            end += 1
        if end not in org_at or toks[end - 1].low in ("dan", "&", "pada"):
            end = i + 1
    for x in range(i, end):
        t = toks[x]
        out[x] = Tok(t.text[:1].upper() + t.text[1:], t.start, t.end)
    return out


def _read_units(toks: list[Tok], k: int, org_at: dict) -> int:
    """Extend over division/section words: commas and 'dan' only when a unit word follows."""
    end = k
    x = k
    while x < len(toks) and x not in org_at:
        t = toks[x]
        low = t.low
        if low in ("dan", "&", ",") or t.text == ",":
            nxt = x + 1
            if nxt < len(toks) and toks[nxt].low in ("dan", "&"):
                nxt += 1
            if nxt < len(toks) and toks[nxt].low in _UNIT and toks[nxt].low not in ("dan", "&", "pada") \
                    and _is_cap(toks[nxt]):
                x = nxt
                continue
            if nxt + 1 < len(toks) and toks[nxt].low in _UNIT and toks[nxt].low not in ("dan", "&", "pada", "serta") \
                    and (low in ("dan", "&") or nxt > x + 1) \
                    and (_name_token(toks[nxt + 1]) or _title_at(toks, nxt + 1) or _balinese_at(toks, nxt + 1)) \
                    and end > k:
                # "divisi Program dan data Ni Luh ...": the last unit word in lower case after "dan", its
                # holder after it (not ", serta Nama": a list of holders goes on)
                end = x = nxt + 1
                continue
            break
        if _balinese_at(toks, x):
            break  # "... Hukum I Made Suardana": the holder's name, no roman numeral of the unit
        if low == "nomor" and x > k and toks[x - 1].low in ("paslon", "calon"):
            y = x + 2 if x + 1 < len(toks) and toks[x + 1].low == "urut" else x + 1
            if y < len(toks) and toks[y].text.isdigit():
                x = end = y + 1  # "Tim Kampanye Paslon Nomor Urut 2": the candidates' number
                continue
        if (low in _UNIT and low not in ("pada", "dan", "&") and (_is_cap(t) or t.text.isupper())) \
                or low in posts.ROMAN or t.text.isdigit() or (t.text.isupper() and len(t.text) <= 6
                                                               and low not in _NOT_NAMES
                                                               and low not in _TITLES_BEFORE):
            x += 1
            end = x
            continue
        break
    return end


_ANY_HEAD = re.compile(r"\b(?:%s)\b" % trie({re.escape(h[0]) for h in _HEADS} | {re.escape(a[0][0]) for a in _ACTING},
                                            ignore_case=True), re.I)


def parse_sentence(text: str, orgs: list) -> SentenceParse:
    """Find names and post holdings in one sentence. `orgs` are OrgMentions with
    offsets relative to `text`. A sentence without a post word holds no post:
    skipped before tokenizing, which is most of the cost."""
    if not _ANY_HEAD.search(text):
        return SentenceParse()
    toks = tokenize(text)
    # map token index -> (OrgMention, index after it)
    org_at: dict[int, tuple[object, int]] = {}
    in_org: set[int] = set()
    for om in orgs:
        first = next((x for x, t in enumerate(toks) if t.start >= om.start), None)
        if first is None:
            continue
        last = first
        while last < len(toks) and toks[last].end <= om.end:
            last += 1
        if last > first:
            org_at[first] = (om, last)
            in_org.update(range(first, last))

    items: list[tuple[str, object, int, int]] = []  # (kind, value, tok_start, tok_end)
    i = 0
    while i < len(toks):
        t = toks[i]
        if i in org_at:
            om, e = org_at[i]
            items.append(("ORG", om, i, e))
            i = e
            continue
        p = _read_post(toks, i, text, org_at)
        if p:
            post, e = p
            if i > 0 and toks[i - 1].low in _FORMER:
                post.former = True
            items.append(("POST", post, i, e))
            i = e
            continue
        if t.low == "salah" and i + 2 < len(toks) and toks[i + 1].low == "satu" and items \
                and items[-1][0] in ("COMMA", "SELAKU") and _read_post(toks, i + 2, text, org_at):
            i += 2  # "Rudi, salah satu anggota PPK X": one of the post's holders, the post all the same
            continue
        m = _match(toks, i, _ALSO_BY_FIRST)
        if m and not (i + m[0] < len(toks) and (toks[i + m[0]].low in _HEADS_BY_FIRST
                                                 or _match(toks, i + m[0], _ACTING_BY_FIRST))):
            m = None  # "lainnya yang juga turut hadir yaitu A": no second post follows
        if m:
            items.append(("ALSO", None, i, i + m[0]))
            i += m[0]
            continue
        m = _match(toks, i, _SELAKU_BY_FIRST)
        if m:
            items.append(("SELAKU", None, i, i + m[0]))
            i += m[0]
            continue
        after_region_word = i > 0 and toks[i - 1].low in ("kabupaten", "kota", "provinsi", "kab", "kecamatan",
                                                          "desa", "kelurahan", "se", "wilayah") \
            and i - 1 not in in_org  # "Ketua KPU Provinsi Umi ...": the organization ended, a name follows
        if i not in in_org and not after_region_word and (_name_token(t) or _title_at(toks, i)
                                                          or _balinese_at(toks, i)):
            if items and items[-1][0] in ("POST", "ORG"):
                i += _region_before_name(toks, i, text)  # "Kepala Bagian Hukum Jawa Tengah Rudi Hartono"
            r = _read_name(toks, i, text)
            if r and r[1] > i:
                nm, e = r
                # a name cannot swallow a post head: cut at the first head word
                items.append(("NAME", nm, i, e))
                i = e
                continue
        if t.text == ",":
            items.append(("COMMA", None, i, i + 1))
        elif t.text == ";":
            items.append(("SEMI", None, i, i + 1))
        elif t.text == "(":
            items.append(("LPAR", None, i, i + 1))
        elif t.text == ")":
            items.append(("RPAR", None, i, i + 1))
        elif t.low in AND:
            items.append(("AND", None, i, i + 1))
        else:
            items.append(("OTHER", t.text, i, i + 1))
        i += 1
    return _bind(items)


def _listed_name(items, kinds, z: int) -> int | None:
    """The first NAME of a list that a list word opens right after a post:
    ", diantaranya A", " yakni: A", ", masing-masing A" (posts.LIST_OPENERS)."""
    if z < len(items) and kinds[z] == "COMMA":
        z += 1
    # "anggota KPU X lainnya (yang juga turut hadir) yaitu A, B": the others of the post
    if z < len(items) and kinds[z] == "OTHER" and str(items[z][1]).lower() == "lainnya":
        z += 1
        while z < len(items) and kinds[z] == "OTHER" and str(items[z][1]).lower() in posts.LIST_LEAD_WORDS:
            z += 1
        if z < len(items) and (kinds[z] == "COMMA" or (kinds[z] == "OTHER" and items[z][1] == ":")):
            z += 1  # "anggota KPU X lainnya, yakni A dan B"
            if z < len(items) and kinds[z] == "NAME":
                return z  # "anggota KPU X lainnya, A dan B": the others named straight after
    for opener in posts.LIST_OPENERS:
        n = len(opener)
        if all(z + q < len(items) and kinds[z + q] == "OTHER" and str(items[z + q][1]).lower() == w
               for q, w in enumerate(opener)):
            y = z + n
            # "masing-masing: A", "masing-masing, A": the opener's punctuation before the list
            if y < len(items) and (kinds[y] == "COMMA" or (kinds[y] == "OTHER" and items[y][1] == ":")):
                y += 1
            return y if y < len(items) and kinds[y] == "NAME" else None
    return None


def _member_division(items, kinds, a: int) -> None:
    """'Anggota KPU X masing-masing A (Divisi Hukum) dan B (Divisi Teknis)': a bare
    division in brackets after a listed name is that member's division of the
    post that opened the list (Anggota Divisi Hukum, in KPU X)."""
    post = items[a][1]
    if post.head.lower() != "divisi" or post.org is not None:
        return
    z = a - 2  # the name
    while z > 0:
        z -= 1
        if kinds[z] == "POST" and kinds[z - 1] == "LPAR":
            continue  # the division of a name listed before
        if kinds[z] == "POST":
            opener = items[z][1]
            if opener.head.lower() in posts.DIVISION_MEMBER_HEADS and _listed_name(items, kinds, z + 1) is not None:
                post.name, post.org = f"{opener.name} {post.name}", opener.org
            return
        if kinds[z] not in ("NAME", "COMMA", "AND", "LPAR", "RPAR", "POST", "OTHER"):
            return


def _tail(items, kinds, b: int) -> int:
    """The index after a post whose last item is b, over up to three capitalised
    words or numbers the readers did not place when a comma follows them ("Sekretaris
    Disdukcapil, A", "Ketua Tim Kampanye Paslon 01, B"): the organization unread, the
    holder still after the comma."""
    z = b + 1
    while z < len(items) and z - b <= 3 and kinds[z] == "OTHER" and \
            (str(items[z][1])[:1].isupper() or str(items[z][1]).isdigit()):
        z += 1
    return z if z > b + 1 and z < len(items) and kinds[z] == "COMMA" else b + 1


def _runs(items, kinds, groups) -> dict[int, tuple[str, bool]]:
    """Runs of posts and names joined by commas, 'dan' or semicolons ("Ketua KPU X,
    A, Anggota Divisi Y, B dan C, Sekretaris, D"): for each post group's first item,
    the run's order and whether the post ends the run with no name after it. A run
    that opens with a name and ends with a post pairs each name with the post after
    it ("A, Ketua KPU X, B, Anggota KPU Y"); any other run pairs each post with the
    names after it, so the pairs never shift by one when the run opens with a word
    read as a name or ends with one."""
    start_of = {a: _tail(items, kinds, b) - 1 for a, b in groups}
    runs: list[list[tuple[str, int]]] = []
    cur: list[tuple[str, int]] = []
    x = 0
    while x < len(items):
        if x in start_of:
            cur.append(("P", x))
            x = start_of[x] + 1
            continue
        if kinds[x] == "NAME":
            cur.append(("N", x))
            x += 1
            continue
        if cur and kinds[x] in ("COMMA", "AND", "SEMI") and x + 1 < len(items) and \
                (kinds[x + 1] == "NAME" or x + 1 in start_of or
                 (kinds[x + 1] == "AND" and x + 2 < len(items) and (kinds[x + 2] == "NAME" or x + 2 in start_of))):
            x += 1
            continue
        if cur:
            runs.append(cur)
        cur = []
        x += 1
    if cur:
        runs.append(cur)
    out: dict[int, tuple[str, bool]] = {}
    for run in runs:
        seq = "".join(k for k, _ in run)
        if seq.count("P") < 2:
            continue
        order = "name" if seq[0] == "N" and seq[-1] == "P" else "post"
        for q, (k, idx) in enumerate(run):
            if k == "P":
                out[idx] = (order, "N" not in seq[q + 1:].split("P")[0])
    return out


# Nouns of the pe-an / ke-an / per-an families ("Penetapan", "Pergantian", "Keputusan"),
# which open title-case phrases before a post, never a person's name
_NOUN = re.compile(r"^(?:Pe|Ke)[a-z]{3,}an$")


def _name_post_cue(items, kinds, z: int) -> bool:
    """Item `z` is a word after which "Nama Post" needs no comma ("oleh Arif Rahman Ketua KPU X"), also
    as a byline writes it ("Oleh : Arif Rahman Anggota KPU X", "Penulis: ...")."""
    if z >= 1 and kinds[z] == "OTHER" and items[z][1] == ":" and kinds[z - 1] == "OTHER" \
            and str(items[z - 1][1]).lower() in BYLINE_WORDS:
        return True
    return z >= 0 and kinds[z] == "OTHER" and str(items[z][1]).lower() in NAME_POST_AFTER


# Quote attributions before a name ("pungkas Rudi Divisi Hukum KPU X"): a one-word
# name after one is a speaker, not the tail of a title-case phrase.
_ATTRIBUTION = re.compile(r"^%s$" % cues.ATTRIBUTION_BEFORE)


def _sentence_end(items, kinds, z: int) -> bool:
    """Item z ends a sentence that the splitter left joined, at a degree's or an initial's
    dot ("... menggantikan Burhan, SH. Rudi Hartono Ketua KPU X mengatakan ..."): the
    name after it opens a new clause."""
    if z < 0 or kinds[z] not in ("NAME", "OTHER"):
        return False
    written = items[z][1].written if kinds[z] == "NAME" else str(items[z][1])
    return written.endswith(".") and not written.endswith("..")


def _name_then_post_in_clause(items, kinds, a: int, b: int) -> bool:
    """ "KPU BLITAR - Rudi Hartono Anggota KPU Provinsi Jawa Timur menghadiri ...", "Dalam
    sambutannya Rudi Hartono Ketua KPU X menyampaikan": a name of two words or more
    right before a post that names its organization, in running text (a lower-case word,
    a label's colon ("Oleh: Rudi Hartono Anggota KPU X", "Penulis : ...") or nothing before the name, a lower-case word or the end after the post), is the
    post's holder. In a title-case phrase ("Alokasi Kursi Anggota DPRD X") the words
    around are capitalised."""
    nm, post = items[a - 1][1], items[b][1]
    quoted = a >= 2 and kinds[a - 2] == "OTHER" and _ATTRIBUTION.match(str(items[a - 2][1]))
    if (nm.ntok < 2 and not quoted) or nm.titles or post.org is None or getattr(post.org, "label", "") != "Satker" \
            or any(_NOUN.match(w) for w in nm.name.split()):
        return False  # "Pergantian Antar Waktu Anggota KPU X": a noun phrase, no person
    before_ok = a - 1 == 0 or (kinds[a - 2] == "OTHER" and (str(items[a - 2][1])[:1].islower()
                                                             or items[a - 2][1] == ":")) \
        or kinds[a - 2] in ("ORG", "COMMA") and a - 2 == 0 or _sentence_end(items, kinds, a - 2)
    after = b + 1
    after_ok = after >= len(items) or (kinds[after] == "OTHER" and (str(items[after][1])[:1].islower()
                                                                    or bool(_NOUN.match(str(items[after][1]))))) \
        or kinds[after] in ("COMMA",)
    return before_ok and after_ok


def _separator(items, kinds, z: int) -> bool:
    """A comma, or the colon or semicolon some pages print between a post and its
    holder ("Ketua KPU Kota X: Nama", "Pimpinan Bawaslu Kota X; Nama")."""
    return kinds[z] in ("COMMA", "SEMI") or (kinds[z] == "OTHER" and items[z][1] == ":")


def _member_and_division(out: SentenceParse) -> None:
    """ "Anggota KPU X, Rudi selaku Divisi Hukum", "Komisioner KPU X (Rudi), Divisi
    Teknis": a member's post and a bare division given to one person in one sentence
    are one post, the member's seat in that division (Anggota Divisi Hukum, in KPU X),
    as the guidelines record it; two holdings would count the division as a second post."""
    for h in list(out.holdings):
        if h.post.head.lower() != "divisi" or h not in out.holdings:
            continue
        member = next((m for m in out.holdings if m.person is h.person and m is not h
                       and m.post.head.lower() in posts.DIVISION_MEMBER_HEADS
                       and m.post.name == m.post.head and not m.post.acting
                       and (h.org is None or m.org is None or h.org.name == m.org.name)), None)
        if member is None:
            continue
        member.post = replace(member.post, name=f"{member.post.name} {h.post.name}",
                              start=min(member.post.start, h.post.start), end=max(member.post.end, h.post.end))
        if member.org is None and h.org is not None:
            member.org, member.org_source = h.org, h.org_source
        out.holdings.remove(h)


def _glued_pairs(items, kinds, groups, bound_name, bound_post, bind) -> None:
    """ "Narasumber A Ketua Bawaslu X, B Jaksa Gakkumdu, dan C Sekretaris KPU X": a list
    whose every entry is a name with its post right after it, no comma between. Two such
    entries or more, joined by commas or 'dan', pair each name with its own post; read
    as post-comma-name the pairs would shift by one."""
    glued = [g for g in groups if g[0] >= 1 and kinds[g[0] - 1] == "NAME"
             and g[0] not in bound_post and g[0] - 1 not in bound_name]
    chains: list[list[tuple[int, int]]] = []
    for g in glued:
        if chains:
            prev = chains[-1][-1]
            gap = kinds[_tail(items, kinds, prev[1]):g[0] - 1]
            if gap and all(k in ("COMMA", "AND") for k in gap) and len(gap) <= 2:
                chains[-1].append(g)
                continue
        chains.append([g])
    for chain in chains:
        if len(chain) >= 2:
            for g in chain:
                bind(g[0] - 1, g, "name post-list")


def _bind(items) -> SentenceParse:
    out = SentenceParse()
    kinds = [k for k, *_ in items]
    out.names = [v for k, v, *_ in items if k == "NAME"]
    out.posts = [v for k, v, *_ in items if k == "POST"]
    bound_name: set[int] = set()
    bound_post: set[int] = set()

    # group POST (ALSO POST)* into one unit of posts held by one person
    groups: list[tuple[int, int]] = []  # (first item index, last item index)
    x = 0
    while x < len(items):
        if kinds[x] == "POST":
            y = x
            # "Sekretaris KPU X selaku Atasan PPID, Nama": one person, two posts
            while y + 2 < len(items) and kinds[y + 1] in ("ALSO", "SELAKU") and kinds[y + 2] == "POST":
                y += 2
            groups.append((x, y))
            x = y + 1
        else:
            x += 1

    # "Kapolresta Pekanbaru diwakili Kabag Ops AKBP Sunarto": the deputy's post is
    # in the office of the one it stands in for
    for z in range(2, len(items)):
        if not (kinds[z] == "POST" and items[z][1].org is None):
            continue
        y = z - 1
        if y >= 1 and kinds[y] == "OTHER" and str(items[y][1]).lower() == "oleh":
            y -= 1  # "diwakili oleh"
        if y < 1 or kinds[y] != "OTHER" or str(items[y][1]).lower() not in ("diwakili", "mewakili"):
            continue
        y -= 1
        if y >= 1 and kinds[y] == "OTHER" and str(items[y][1]).lower() == "yang":
            y -= 1  # "Kapolres X yang diwakili Kabag Ops ..."
        if y >= 0 and kinds[y] == "POST" and items[y][1].org is not None:
            items[z][1].org = items[y][1].org

    def posts_of(g):
        return [items[z][1] for z in range(g[0], g[1] + 1) if kinds[z] == "POST"]

    def bind(name_idx, g, rule):
        nm = items[name_idx][1]
        # "dari ORG, NAME, POST": the organization stands before the name, the post after it
        first_org = items[name_idx - 2][1] if rule == "name, post" and name_idx >= 2 and \
            kinds[name_idx - 1] == "COMMA" and kinds[name_idx - 2] == "ORG" else None
        for post in posts_of(g):
            org = post.org or first_org
            first_org = first_org or post.org
            out.holdings.append(Holding(nm, post, org, "explicit" if org else "", rule))
        bound_name.add(name_idx)
        for z in range(g[0], g[1] + 1):
            bound_post.add(z)

    def followed_by_own_post(n):
        """NAME , [selaku] POST  or  NAME ( POST : the name has its own post after it."""
        z = n + 1
        if z < len(items) and kinds[z] == "COMMA":
            z += 1
        if z < len(items) and kinds[z] == "SELAKU":
            return True
        if z < len(items) and kinds[z] == "LPAR" and z + 1 < len(items) and kinds[z + 1] == "POST":
            return True
        if z < len(items) and kinds[z] == "POST" and z > n + 1:
            return True
        return False

    # POST ( NAME ): "Ketua KPU Kabupaten X (Nama)", "Kasubbag Hukum (Nama)"
    for g in groups:
        b = g[1]
        if b + 3 < len(items) and kinds[b + 1] == "LPAR" and kinds[b + 2] == "NAME" and kinds[b + 3] == "RPAR" \
                and not (g[0] >= 2 and kinds[g[0] - 1] == "LPAR" and kinds[g[0] - 2] == "NAME"):
            bind(b + 2, g, "post(name)")
    # NAME ( POST )
    for g in groups:
        if g[0] in bound_post:
            continue
        a = g[0]
        if a >= 2 and kinds[a - 1] == "LPAR" and kinds[a - 2] == "NAME" and \
                g[1] + 1 < len(items) and kinds[g[1] + 1] == "RPAR":
            _member_division(items, kinds, a)
            bind(a - 2, g, "name(post)")
    # NAME [,] selaku POST
    for g in groups:
        a = g[0]
        if a in bound_post:
            continue
        if a >= 2 and kinds[a - 1] == "SELAKU":
            n = a - 2 if kinds[a - 2] == "NAME" else (a - 3 if a >= 3 and kinds[a - 2] == "COMMA"
                                                     and kinds[a - 3] == "NAME" else None)
            if n is not None and n not in bound_name:
                bind(n, g, "name selaku post")
                m = n - 2
                if items[a][1].head.lower() == "divisi" and m >= 0 and kinds[n - 1] == "COMMA" \
                        and kinds[m] == "POST" and m not in bound_post \
                        and items[m][1].head.lower() in posts.DIVISION_MEMBER_HEADS:
                    # "Anggota KPU X, Rudi selaku Divisi Hukum": the member's post too (one seat, merged below)
                    bind(n, next(gg for gg in groups if gg[1] == m), "post, name")
    run_of = _runs(items, kinds, groups)
    for a, b in groups:
        if _tail(items, kinds, b) > b + 1 and items[a][1].org is None:
            # "Sekretaris Disdukcapil, A", "Ketua BAWASLU, B": the post names an
            # organization left unread, so neither the list's nor the satker's
            items[a][1].internal = False

    def closes_list(n):
        """Whether the name at n ends its post's list: its own post follows it, and
        in a run ordered post-first only a post that ends the run with no name."""
        z = n + 1
        if z < len(items) and kinds[z] == "COMMA" and z + 1 < len(items) and z + 1 in run_of:
            order, last = run_of[z + 1]
            if order == "post" and not last:
                return False
        return followed_by_own_post(n)

    _glued_pairs(items, kinds, groups, bound_name, bound_post, bind)

    # POST NAME / POST, NAME / NAME, POST
    for g in groups:
        a, b = g
        if a in bound_post:
            continue
        nxt = _tail(items, kinds, b)
        direct = nxt < len(items) and kinds[nxt] == "NAME" and nxt not in bound_name
        comma_next = (nxt + 1 < len(items) and _separator(items, kinds, nxt) and kinds[nxt + 1] == "NAME"
                      and nxt + 1 not in bound_name)
        prev = None
        if a >= 2 and kinds[a - 1] == "COMMA" and kinds[a - 2] == "NAME" and a - 2 not in bound_name:
            prev = a - 2
        target = None
        rule = ""
        listed = _listed_name(items, kinds, nxt)
        if direct:
            target, rule = nxt, "post name"
        elif listed is not None and listed not in bound_name:
            # "Komisioner KPU X, diantaranya A, B dan C": the post's holders, listed
            target, rule = listed, "post, list"
        elif comma_next and prev is not None:
            # NAME1, POST, NAME2, POST2 ... : the names come first in this sentence
            order = run_of.get(a, (None,))[0]
            if order is None:
                order = "name" if followed_by_own_post(nxt + 1) else "post"
            target, rule = (prev, "name, post") if order == "name" else (nxt + 1, "post, name")
        elif comma_next:
            target, rule = nxt + 1, "post, name"
        elif prev is not None:
            target, rule = prev, "name, post"
        elif a >= 1 and kinds[a - 1] == "NAME" and a - 1 not in bound_name and (
                (a == 1 and not any(_NOUN.match(w) for w in items[0][1].name.split())) or _name_post_cue(items, kinds, a - 2)
                or (items[a - 1][1].titles and items[a][1].head.lower() in posts.REGION_HEAD_ORGS)
                or _name_then_post_in_clause(items, kinds, a, b)):
            # "Arif Rahman Ketua KPU X membuka ...": a name right before its post, no comma between
            target, rule = a - 1, "name post"
        if target is None:
            continue
        if rule == "post, list" and a >= 2 and kinds[a - 1] == "AND" and kinds[a - 2] == "POST" \
                and a - 2 not in bound_post and items[a - 2][1].org is None and items[a][1].org is not None:
            # "Ketua dan Anggota Bawaslu X masing-masing A, B dan C": the first listed
            # holds the first post, in the organization of the second; the others the second
            items[a - 2][1].org = items[a][1].org
            bind(target, (a - 2, a - 2), rule)
        else:
            bind(target, g, rule)
        if rule == "name, post" and target >= 2 and kinds[target - 1] == "AND":
            # "A dan B, Staf Subbagian Teknis KPU X", "A, B dan C, Staf ...": the names
            # listed before the post all hold it
            z = target - 1
            while z >= 1 and kinds[z] in ("AND", "COMMA") and kinds[z - 1] == "NAME" and z - 1 not in bound_name \
                    and not (z >= 2 and kinds[z - 2] in ("POST", "ORG", "LPAR", "SELAKU", "ALSO")):
                bind(z - 1, g, "name-list, post")
                z -= 2
        if target > b:  # a list sharing the post: POST NAME, NAME dan NAME
            z = target + 1
            if z + 1 < len(items) and kinds[z] == "COMMA" and kinds[z + 1] == "AND":
                z += 1  # "A, dan B"
            while z + 1 < len(items) and (kinds[z] in ("COMMA", "AND") or (kinds[z] == "SEMI" and rule == "post, list")) \
                    and kinds[z + 1] == "NAME" and not closes_list(z + 1):
                bind(z + 1, g, "post name-list")
                z += 2
                if z < len(items) and kinds[z] == "COMMA" and z + 1 < len(items) and kinds[z + 1] == "AND":
                    z += 1

    # "Ketua KPU X, Yohanis Malo, yang juga Koordinator Divisi Hukum": a second post of the
    # person named before it (held already or not)
    for g in groups:
        a = g[0]
        if a in bound_post or a < 2 or kinds[a - 1] != "ALSO":
            continue
        n = a - 2 if kinds[a - 2] == "NAME" else (a - 3 if a >= 3 and kinds[a - 2] == "COMMA"
                                                 and kinds[a - 3] == "NAME" else None)
        if n is not None:
            bind(n, g, "name also post")

    _member_and_division(out)
    out.former = [h.person for h in out.holdings if h.post.former]
    out.holdings = [h for h in out.holdings if not h.post.former]

    # posts without an organization: the previous post's organization in a list
    last_org = None
    for h in sorted(out.holdings, key=lambda h: h.post.start):
        if h.org is not None:
            last_org = h.org
        elif last_org is not None and h.post.internal:
            h.org, h.org_source = last_org, "list"
        elif last_org is not None and h.post.name.split()[-1] in posts.AREA_WORDS.values() \
                and last_org.name.startswith(h.post.name.split()[-1] + " "):
            h.org, h.org_source = last_org, "list"  # "Kepala Desa X, A, dan Sekretaris Desa, B"
    return out
