"""Who took part in an article's main event, and how.

Organizations attend or organize by cue words around their mention
(kg.lang.cues); the host attends too; an organization whose officials open,
lead, speak at or attend the event attends it (a sub-unit's officials count for
their commission: Biro SDM Setjen KPU -> KPU RI). People get SPOKE_AT, OPENED,
LED or ATTENDED from the nearest cue before their name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.extract import events as events_mod
from kg.extract import orgs as orgs_mod
from kg.extract import topics as topics_mod
from kg.extract.entities import org_entity, person_entity, top_satker
from kg.extract.fastre import guarded
from kg.extract.people import _LOWER_HEADS as _HEAD_WORDS
from kg.extract.people import Name, _read_name, tokenize
from kg.lang import cues, events_data, posts, regions
from kg.lang.orgs_data import HEAD_OFFICE_UNITS, PUPIL_WORDS
from kg.model import Entity, slug

# (a station named with its kind: "diselenggarakan oleh Lembaga Penyiaran Publik RRI Kendari")
# ("penyelenggara: KPU X" names the host; after a passive verb a comma ends the clause: "saat rapat
# pleno dilaksanakan, Bawaslu X menyampaikan masukan" names no host)
_PASSIVE_HOST = [c for c in cues.ORGANIZED_BEFORE if c.startswith(("di", "yang"))]
_ORG_BEFORE = re.compile(r"(?:(?:%s)\s*|(?:%s)\s*[,:]?\s*)(?:para |seluruh |sejumlah |jajaran |pihak |rombongan |"
                         r"pengurus |\d+ |lembaga penyiaran publik (?:\(lpp\) )?|lpp )*$"
                         % ("|".join(_PASSIVE_HOST), "|".join(c for c in cues.ORGANIZED_BEFORE if c not in _PASSIVE_HOST)))
# (a region after a bracketed abbreviation: "Persatuan Tunanetra Indonesia (Pertuni) Kabupaten Deli Serdang menggelar";
# "KPU kabupaten yang menyelenggarakan pemilihan pada 2020" holds the election, not the event;
# "diawasi oleh Bawaslu dalam melakukan rekapitulasi": a clause of purpose or time names no host)
_ORG_AFTER = re.compile(r"^\s*(?:\([^)]{1,15}\)\s*)?(?:(?:provinsi|kabupaten|kota)(?:\s+[a-z]+){1,3}\s+)?(?:(?!\s*(?:dalam|saat|ketika|untuk|guna|agar|sebelum|setelah|sesudah)\b)(?![\w -]{0,20}?\b(?:mengikuti|menghadiri|ikuti|hadiri|hadir)\b)[\w -]{0,20}?\s)?(?:%s)\b(?!\s+(?:pemilihan|pemilu|pilkada)\b)"
                        % "|".join(cues.ORGANIZED_AFTER))
_ATT_AFTER = re.compile(r"^\s*(?:\([^)]{1,15}\)\s*)?(?:%s)\b" % "|".join(cues.ATTENDED_AFTER))
# words that may stand between a cue and its organization: "diikuti oleh seluruh PPPK di lingkungan ORG",
# "diikuti oleh Divisi Hukum dan Pengawasan ORG", "bersama Asisten Pemerintahan ORG"
_FILLER = r"(?:(?:para|seluruh|sejumlah|setiap|jajaran|pihak|rombongan|pengurus|perwakilan|yakni|yaitu|\d+|" \
          r"divisi|bagian|subbagian|staf|anggota|ketua|kepala|sekretaris|asisten|pegawai|pppk|asn|operator|" \
          r"lingkungan|di|dari|dan|&|serentak|%s)[\s,]+)*" % "|".join(sorted(posts.UNIT_WORDS - {"pada"}))
_ATT_BEFORE = re.compile(r"(?:%s)\s*[,:]?\s*%s$" % ("|".join(cues.ATTENDED_BEFORE), _FILLER))
_OPENED_BEFORE = re.compile(r"(?:%s)\s*[,:]?\s*%s$" % (cues.OPENED_BEFORE, _FILLER))
_REPORTED = re.compile(r"(?:%s)\s*%s$" % ("|".join(cues.REPORTED_TO_BEFORE), _FILLER))
_PERSON_CUES = [(rel, re.compile(r"\b(?:%s)\b" % pat)) for rel, pat in cues.PERSON_ROLE_BEFORE]
_ATTRIB = re.compile(r"\b(?i:%s)\s+(?=[A-Z])" % cues.ATTRIBUTION_BEFORE)
# where a name without a post starts: after "ujar", after "narasumber", before a speech verb
_NAME_SPOTS = [
    _ATTRIB,
    re.compile(r"\b(?i:narasumber(?: utama)?|pemateri|pembicara|moderator|pakar [\w ]{1,20}?)"
               r"(?:\s+(?:kegiatan(?: ini)?|acara(?: ini)?|lainnya|yang lain))?\s*[,:]?\s*(?:yakni |yaitu |adalah )?(?=[A-Z])"),
    re.compile(r"\b(?i:%s)\s+(?=[A-Z])" % cues.LED_BY_BEFORE),
    re.compile(r"(?:^|[.,;]\s+|\bdan\s+)(?=[A-Z][a-z]+(?: [A-Z][a-z]+)*\s+(?:juga |pun |kemudian |lebih lanjut )?"
               r"%s\b)" % cues.PERSON_SPOKE_AFTER),
    # a party to a complaint or case: "diadukan oleh Suryadi Wijaya, warga ...", "pelapor, Budi, ..."
    re.compile(r"\b(?i:%s)\s*[,:]?\s*(?=[A-Z])" % cues.PARTY_TO_CASE_BEFORE),
    # a citizen named as such: "..., Rina Wati, warga Desa X, ..."
    re.compile(r"(?:^|[.,;]\s+|\b(?:oleh|dan)\s+)(?=[A-Z][a-z]+(?: [A-Z][a-z]+){0,3},\s+(?:%s)\b)"
               % cues.CITIZEN_AFTER_NAME),
]
_SPEAKER_WORD = re.compile(r"\b%s\b" % cues.SPEAKER_WORD, re.I)
_SPEAKER_AFTER_NAME = re.compile(cues.SPEAKER_AFTER_NAME, re.I)
_SPEAKER_LIST_NEXT = re.compile(cues.SPEAKER_LIST_NEXT, re.I)
_SPEAKER_SPAN_END = re.compile(r"\b(?:untuk|guna|agar|supaya|dalam rangka|sehingga|karena|namun|bahwa|dibuka|"
                               r"dipimpin|diselenggarakan|digelar|dilaksanakan|sedangkan|sementara|didampingi|"
                               r"dihadiri|diikuti|peserta(?:nya)?|%s)\b|;" % cues.PERSON_SPOKE_AFTER, re.I)
_SPEAKER_FROM = re.compile(r"\b(?:%s|%s)(?: utama| lainnya)?\s+(?:dari|asal)\s+$"
                           % (cues.SPEAKER_WORD, cues.EXPERT_WORD), re.I)
_AND_NAME = re.compile(r"\s*(?:,\s*)?(?:dan|serta)\s+(?=[A-Z][a-z])")
_COMMA_CAP = re.compile(r",\s*(?=[A-Z])")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w.])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?= \($)")
_ATT_LIST = re.compile(r"\b(?:%s)\b" % "|".join(cues.ATTENDED_LIST_OPENERS))
_LIST_END = re.compile(cues.LIST_END)
_MEETING_PARTIES = re.compile(cues.MEETING_PARTIES_OPENER)
_LIST_NAMED = re.compile(r"[^.;:]{0,100}?\b(?:yaitu|yakni|antara lain|di ?antaranya|meliputi)\b")
_WITH = re.compile(r"^\s*(?:bersama(?: dengan)?|dan|serta|bekerja\s?sama dengan)\s*$")  # "KPU X bersama KPU Y menggelar ..."
_LIST_GLUE = re.compile(r"^[\s,]*(?:lain(?:nya)?\b[\s,]*)?(?:dan|serta|,|seperti|antara lain|yaitu|yakni|termasuk)?\s*$")
_SECOND_EVENT = re.compile(cues.SECOND_EVENT, re.I)
_OTHER_EVENT = re.compile(cues.OTHER_EVENT, re.I)
# a body named as where someone once held a post ("mantan Ketua KPU X", "eks anggota Bawaslu Y",
# "purnatugas Sekretaris KPU Z"): the person takes part, the body does not through this mention
# (not past a clause: "mantan Ketua KPU X yang kini menjabat Kepala Dinas Y" holds a post in Y now)
_FORMER_OF = re.compile(r"\b(?:%s)\s+(?:(?!(?:yang|kini|sekarang|menjabat|serta|juga|dan\s+(?:juga\s+)?(?:kini|sekarang))\b)"
                        r"[\w./-]+\s+){1,6}$" % "|".join(cues.FORMER_WORDS))
# a legislature named as the office an election fills ("rekapitulasi suara Pemilu Presiden dan Wakil
# Presiden, DPR, DPD dan DPRD", "calon anggota DPD", "alokasi kursi anggota DPRD Kota X"): no body at the event
_ELECTED_BEFORE = re.compile(
    r"\b(?:pemilu|pemilihan(?: umum)?|pileg|legislatif|calon|caleg|bacaleg|kursi|dapil|daerah pemilihan)"
    r"(?:\s*\([^)]{1,12}\))?(?:\s+anggota)?"
    r"(?:[\s,]+(?:dan\s+|serta\s+)?(?:presiden(?: dan wakil presiden)?|(?:dpr|dpd|dprd|dpra|dprk)"
    r"(?:\s+(?:ri|provinsi|kabupaten/kota|kabupaten|kota|aceh))?(?:\s+[a-z]+){0,3}?))*[\s,]*(?:dan\s+|serta\s+)?$")
# a school or campus the event is held at or brought to, or named for its pupils: it takes part
# ("sosialisasi di SMA Negeri 1 X", "KPU Goes to Campus ke Universitas Y", "kepada siswa SMKN 2 Z")
_EDUCATION_KINDS = {"school", "university", "faculty"}
# ("Andi Rahma, mahasiswa Universitas X": a person's school, said of the person)
_PUPIL_OF_NAME = re.compile(r"[A-Z][\w.']*,\s+(?:%s)\s+$" % "|".join(map(re.escape, PUPIL_WORDS)), re.I)
# ("bertempat di Aula SMA X", "di Auditorium Masjid SMA Y", "di Halaman Upacara SMK Z": a hall of the school)
_SCHOOL_HALLS = ("aula", "auditorium", "gedung", "halaman", "lapangan", "masjid", "musala", "ruang", "ruangan")
_AT_SCHOOL = re.compile(r"(?:\b(?:di|ke)(?:\s+(?:%s)(?:\s+[\w.]+){0,2}?)?|%s)\s+$" % (
    "|".join(_SCHOOL_HALLS),
    "|".join(r"\b" + re.escape(w) for w in sorted(PUPIL_WORDS, key=len, reverse=True))))

# the body an attended event is named for holds it: "mengikuti Rakor Persiapan Pilkada KPU Provinsi X",
# "menghadiri Rapat Paripurna DPRD Kota Y" (the words between name the event, no clause: no "yang",
# "bersama", "di", comma; an installation's or a test's body is who is sworn in or tested, not the host)
_OWNER_STOPS = ("yang", "bersama", "dengan", "di", "ke", "kepada", "bagi", "untuk", "oleh", "dan", "serta", "antara",
                "sebagai", "para", "seluruh", "se", "dari", "anggota", "calon", "pasangan", "peserta", "mitra",
                "secara", "terkait", "tentang", "sama", "tim", "jajaran", "pimpinan", "ketua", "komisioner",
                # a body's act the event deals with: "Kajian Putusan MK", "Sosialisasi Peraturan Bawaslu"
                "putusan", "keputusan", "peraturan", "regulasi", "undang-undang", "uu", "pkpu", "perbawaslu",
                "surat", "edaran", "hasil", "data", "program", "kebijakan", "produk")
_OWNED_KINDS = sorted({p for k, ps in events_data.EVENT_KINDS.items() if k not in ("pelantikan", "tes", "audiensi",
                                                                                   "kunjungan", "koordinasi")
                       for p in ps}, key=len, reverse=True)
_OWNER_BEFORE = re.compile(r"\b(?:menghadiri|mengikuti|hadiri|ikuti|hadir (?:dalam|pada|di))\s+(?:kegiatan\s+|acara\s+)?"
                           r"(?:%s)(?:\s+(?!(?:%s)\b)[\w/&.-]+){0,8}?\s+$" % (
                               "|".join(map(re.escape, _OWNED_KINDS)), "|".join(_OWNER_STOPS)))

# the cue patterns searched at every position of every sentence (or of the words before each
# organization), with a guard on their first character: same matches, fewer tries (kg.extract.fastre)
_ATTRIB, _ATT_BEFORE, _REPORTED, _SECOND_EVENT, _SPEAKER_FROM, _SPEAKER_SPAN_END = map(
    guarded, (_ATTRIB, _ATT_BEFORE, _REPORTED, _SECOND_EVENT, _SPEAKER_FROM, _SPEAKER_SPAN_END))
_SPEAKER_WORD = guarded(_SPEAKER_WORD)
_NAME_SPOTS = [guarded(p) for p in _NAME_SPOTS]


def second_event_cuts(sentences) -> list[int]:
    """Per sentence, where a second event starts (its length when none does):
    who is named after that point took part in the other event."""
    return [_second_event_cut(s.text) for s in sentences]


@lru_cache(maxsize=128)  # asked twice an article (organizations, then people)
def _second_event_cut(text: str) -> int:
    cuts = [m.start() for m in (_SECOND_EVENT.search(text), _OTHER_EVENT.search(text)) if m]
    return min(cuts) if cuts else len(text) + 1


def main_event(ctx):
    """The article's event as an Entity, with the EventInfo that holds where
    each part was read; (None, None) when the article has no body."""
    # every news article of a KPU site reports something a body did: with no event word and no
    # body named early, the headline still names it (a notice, a statement, a recap)
    info = events_mod.extract_event(ctx.article, ctx.sentences, headline=True)
    if info is None:
        return None, None
    ent = Entity("Event", f"event:{ctx.article.id}", info.name or ctx.article.title,
                 {k: v for k, v in info.props().items() if v})
    return ent, info


# a candidate pair: "Pasangan Calon Nomor Urut 1 A & B", "nomor urut 2 C-D", "Kedua Paslon yakni A-B dan C-D"
_CANDIDATES = re.compile(r"\b(?i:(?:nomor|no\.?)\s+urut\s+\d+|(?:paslon|pasangan calon|pasangan|kandidat)"
                         r"(?:\s+[\w/]+){0,6}?\s+(?:yakni|yaitu|adalah|masing-masing))\s*[,:]?\s*(?=[A-Z])")
_PAIR_DASH = re.compile(r"(?<=[a-z.])\s?-\s?(?=[A-Z])")  # "Sarundajang-Careig", "Ayunda - Mahyeldi"
_NEXT_NAME = re.compile(r"\s*(?:,\s*(?:(?i:dan|serta)\s+)?|\s+(?i:dan|serta)\s+|\s*&\s*)(?=[A-Z]|(?:dr|drh|drg|ir|hj?)\.)")
_CANDIDATES = guarded(_CANDIDATES)  # (kg.extract.fastre)


def _listed_after(toks, text, nm, org_spans, single=False) -> list[Name]:
    """The names listed after a name read at a spot ("disampaikan oleh A, B serta C";
    "A & B"): each further name of two words or more, or with a title, up to the first
    word that is not one (a post, a verb)."""
    out = []
    while True:
        m = _NEXT_NAME.match(text, nm.end)
        k = next((x for x, t in enumerate(toks) if t.start >= m.end()), None) if m else None
        r = _read_name(toks, k, text) if k is not None else None
        if not r or any(a <= r[0].start < b for a, b in org_spans) \
                or not (r[0].ntok >= 2 or r[0].titles or (single and len(r[0].name) >= 4)) \
                or r[0].name.split()[0].lower() in _HEAD_WORDS:
            return out
        nm = r[0]
        out.append(nm)


def named_people(ctx) -> list[tuple[Name, int]]:
    """Names without a post: quote attributions (`ujar Reni`), speakers
    (`narasumber Michael Yard dari IFES`), a name followed by a speech verb, and
    the names listed after any of them; candidate pairs (`nomor urut 1 A-B`)."""
    out = []
    for i, s in enumerate(ctx.sentences):
        text = s.text
        for m in _CANDIDATES.finditer(text):
            # the pair's dash read as a comma (same length, offsets hold)
            fixed = text[:m.end()] + _PAIR_DASH.sub(lambda d: "," + " " * (len(d[0]) - 1), text[m.end():])
            toks = tokenize(fixed)
            k = next((x for x, t in enumerate(toks) if t.start >= m.end()), None)
            r = _read_name(toks, k, fixed) if k is not None else None
            if r and (r[0].ntok >= 2 or r[0].titles or len(r[0].name) >= 4):
                out.append((r[0], i))
                out.extend((n, i) for n in _listed_after(toks, fixed, r[0], [], single=True))
        spots = [m.end() for pat in _NAME_SPOTS for m in pat.finditer(s.text)]
        # "Narasumber dari ORG, Nama, memaparkan ...": the name after the speaker's organization
        spots += [om.end + len(g[0]) for om in ctx.orgs[i]
                  if _SPEAKER_FROM.search(s.text, max(0, om.start - 40), om.start)
                  for g in [_COMMA_CAP.match(s.text, om.end)] if g]
        # "Rahmat Saputra (PPK Poasia) dan Nur Afni (PPK Kambu)": a name with its body in brackets
        spots += [g.start() for om in ctx.orgs[i]
                  for g in [_NAME_BEFORE_BRACKET.search(s.text, max(0, om.start - 60), om.start)]
                  if g and not any(w.lower() in posts.NOT_NAMES for w in g[0].split())]
        members = [(om.end + len(g[0]), bool(_FROM_ORG.search(s.text, max(0, om.start - 20), om.start)))
                   for om in ctx.orgs[i] for g in [_AFTER_ORG.match(s.text, om.end)] if g]
        froms = [g.start(1) for om in ctx.orgs[i]
                 for g in [_NAME_FROM_ORG.search(s.text, max(0, om.start - 70), om.start)] if g]
        if not spots and not members and not froms:
            continue
        toks = tokenize(s.text)
        org_spans = [(om.start, om.end) for om in ctx.orgs[i]]
        out.extend((nm, i) for nm in _names_after_orgs(toks, s.text, members, org_spans))
        out.extend((nm, i) for nm in _names_from_orgs(toks, s.text, froms, org_spans))
        for pos in sorted(set(spots)):
            r = _name_at(toks, s.text, pos, org_spans)
            if not r:
                continue  # "dibuka oleh Komisioner KPU X": a post, whose holder the posts' rules read
            nm = r[0]
            if nm.ntok == 1 and len(nm.name) < 3:
                continue
            out.append((nm, i))
            # "adalah Siti Aminah dan Joko Purnomo", "oleh A, B serta C": the names listed after it
            out.extend((n, i) for n in _listed_after(toks, s.text, nm, org_spans))
    return out


def _name_at(toks, text: str, pos: int, org_spans) -> tuple[Name, int] | None:
    """The name read at the first token from offset `pos`, unless it lies inside an
    organization's mention or opens with a post's head word (a post, whose holder the
    posts' rules read)."""
    k = bisect_left([t.start for t in toks], pos)
    r = _read_name(toks, k, text) if k < len(toks) else None
    if not r or any(a <= r[0].start < b for a, b in org_spans) or r[0].name.split()[0].lower() in _HEAD_WORDS:
        return None
    return r


_AFTER_ORG = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s*,?\s+(?=[A-Z][a-z])")
_VERB_OR_NOUN = re.compile(r"^(?:Me|Di|Ber|Ter|Se)[a-z]{3,}$|^(?:Pe|Ke)[a-z]{3,}an$")
_FROM_ORG = re.compile(r"\b(?:dari|oleh|perwakilan|mewakili)\s+$", re.I)
_SPOKE = re.compile(r"\s*(?:juga\s+|pun\s+|kemudian\s+)?%s\b" % cues.PERSON_SPOKE_AFTER)
_NAME_ENDS = re.compile(r"\s*(?:[.,;:]|\(|$|dan\b|serta\b)")


def _names_after_orgs(toks, text: str, spots: list[tuple[int, bool]], org_spans) -> list[Name]:
    """ "Bawaslu Kampar Amin Hidayat mengingatkan ...", "disampaikan oleh Komisi Penyiaran
    Indonesia, Irwan Ade Saputra.": a name of two words or more right after an organization
    is one of its people, though no post is written, when a speech verb follows it, or when
    the organization is what someone came from or spoke for ("dari", "oleh", "perwakilan")
    and the name ends there. Title-case phrases ("KPU X Gelar Rapat Pleno") are kept out
    by their verbs and nouns."""
    out = []
    for pos, from_org in spots:
        r = _name_at(toks, text, pos, org_spans)
        if not r or not 2 <= r[0].ntok <= 4 or any(_VERB_OR_NOUN.match(w) for w in r[0].name.split()):
            continue
        nm, e = r
        after = nm.end if e >= len(toks) else toks[e - 1].end
        if not (_SPOKE.match(text, after) or (from_org and _NAME_ENDS.match(text, after))):
            continue
        out.append(nm)
    return out


# "host tamu Lisa Abdillah dari Samara FM", ", Widiatno Eko Nugroho Dari Direktorat ...": a
# name (its words capitalised, the word before it not) and "dari" right before an organization
_NAME_FROM_ORG = re.compile(r"(?:^|[,;:]\s*|\s(?=[a-z][\w-]*\s)[a-z][\w-]*\s+)"
                            r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+(?i:dari|asal)\s+$")


def _names_from_orgs(toks, text: str, spots: list[int], org_spans) -> list[Name]:
    """Who came from an organization: a name of two words or more before "dari ORG"
    ("Ahmad Rofi'i dari Disporapar memaparkan ...") is a person of the article; the
    phrase's nouns and verbs ("Pemilih Pemula dari SMA X") are none."""
    out = []
    for pos in spots:
        r = _name_at(toks, text, pos, org_spans)
        if not r or r[0].ntok < 2 or any(_VERB_OR_NOUN.match(w) for w in r[0].name.split()):
            continue
        nm, e = r
        if e >= len(toks) or toks[e].low not in ("dari", "asal"):
            continue  # the name must run up to "dari"
        out.append(nm)
    return out


def _initialled(parts: list[str], full: str) -> bool:
    """ "Vinda Maya S." for "Vinda Maya Setianingrum": the name's last word printed as its
    initial, the words before it the fuller name's own (checked by the caller)."""
    words = full.replace(".", ". ").split()
    p = parts[-1] if parts else ""
    return len(parts) >= 2 and len(p) == 1 and p.isupper() and len(words) == len(parts) \
        and words[-1][:1].upper() == p and len(words[-1].strip(".")) > 1


def back_references(names: dict[str, Name]) -> dict[str, str]:
    """Map a bare or shorter form (`Reni`, `Prof. Wayan`) to the fullest name in
    the article that contains it as whole words; names that match no fuller name
    (or several) stay themselves."""
    full = [n for n in names if len(n.split()) >= 2]
    out = {}
    for n in names:
        parts = n.replace(".", ". ").split()
        parts = [p.strip(".") for p in parts]
        cands = []
        for f in full:
            initial = _initialled(parts, f)
            if f != n and (len(f.split()) > len(n.split()) or initial) \
                    and all(p.lower() in [w.lower().strip(".") for w in f.replace(".", ". ").split()]
                            or (initial and x == len(parts) - 1) for x, p in enumerate(parts)):
                cands.append(f)
        if len(cands) == 1:
            out[n] = cands[0]
    return out


def _mentions(ctx, people, holdings) -> list[list[tuple[int, int, str]]]:
    """Per sentence, where each person of the article is named: (start, end, name as keyed)."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in ctx.sentences]
    for h, i in holdings:
        out[i].append((h.person.start, h.person.end, h.person.name))
    forms = {}
    for key, (nm, _) in people.items():
        for form in {key, nm.written}:
            if len(form) >= 3:
                forms[form] = key
    pats = [(f, re.compile(r"(?<![\w.])%s(?!\w)" % re.escape(f)), k) for f, k in forms.items()]
    for i, s in enumerate(ctx.sentences):
        for form, pat, key in pats:
            if form in s.text:  # (the pattern matches the form as written: a sentence without it has none)
                out[i].extend((m.start(), m.end(), key) for m in pat.finditer(s.text))
    return out


def _speakers(ctx, mentions) -> set[str]:
    """Names (as keyed) that spoke at the event: named in the clause after a
    speaker word, in a list the next sentence opens after one, or followed by one."""
    out: set[str] = set()
    open_list = False
    for i, s in enumerate(ctx.sentences):
        spans = []
        if open_list and _SPEAKER_LIST_NEXT.match(s.text.lstrip()):
            spans.append((0, len(s.text)))
        open_list = False
        for m in _SPEAKER_WORD.finditer(s.text):
            end = _SPEAKER_SPAN_END.search(s.text, m.end())
            spans.append((m.end(), end.start() if end else len(s.text)))
            if end is None and not any(m.end() <= a for a, _, _ in mentions[i]):
                open_list = True  # "menghadirkan sejumlah narasumber." then "Di antaranya A; B"
        for a, b, key in mentions[i]:
            if any(x <= a < y for x, y in spans) or _SPEAKER_AFTER_NAME.match(s.text[b:b + 80]):
                out.add(key)
    return out


def _org_facts(ctx):
    found: dict[str, tuple[str, object, int, str]] = {}

    def note(rel, om, i, rule):
        if om is None:
            return
        have = found.get(om.id)
        if have is None or (rel == "ORGANIZED" and have[0] != "ORGANIZED"):
            found[om.id] = (rel, om, i, rule)

    cuts = second_event_cuts(ctx.sentences)
    for i, s in enumerate(ctx.sentences):
        oms = sorted(ctx.orgs[i] + ctx.head_orgs[i], key=lambda om: om.start) if ctx.head_orgs[i] else ctx.orgs[i]
        low = s.text.lower()
        lists = _attendance_lists(low, i < 3) if oms else []
        for k, om in enumerate(oms):
            if om.start >= cuts[i]:
                continue  # named in a second event of the article
            if om.kind == "legislature" and _ELECTED_BEFORE.search(low, max(0, om.start - 120), om.start):
                continue
            before = low[max(0, om.start - 80):om.start]
            after = low[om.end:om.end + 60]
            # a list of organizations shares the cue of its first member
            j = k
            while j > 0 and _glued(oms[j - 1], low[oms[j - 1].end:oms[j].start]):
                j -= 1
            before_list = low[max(0, oms[j].start - 80):oms[j].start]
            # "A dan B menandatangani", "A, B dan C melakukan ...": the last of the row carries the verb
            partner, q = None, k
            while q + 1 < len(oms) and (_WITH.match(low[oms[q].end:oms[q + 1].start])
                                        or _glued(oms[q], low[oms[q].end:oms[q + 1].start])):
                partner, q = oms[q + 1], q + 1
            if _REPORTED.search(before) or (j < k and _REPORTED.search(before_list)):
                continue  # sent or reported to: no part in the event
            if _FORMER_OF.search(before):
                continue  # "hadir mantan Ketua Bawaslu X, Budi": the person is there, not the body
            if _ORG_BEFORE.search(before) or _ORG_BEFORE.search(before_list):
                note("ORGANIZED", om, i, "org:organized-by")
            elif i < 3 and (_ORG_AFTER.match(after) or (
                    partner is not None and _ORG_AFTER.match(low[partner.end:partner.end + 60]))):
                note("ORGANIZED", om, i, "org:organizes")
            elif i < 3 and (_OWNER_BEFORE.search(before) or _OWNER_BEFORE.search(before_list)):
                note("ORGANIZED", om, i, "org:named-event")
            elif _ATT_AFTER.match(after) or _ATT_BEFORE.search(before) or _ATT_BEFORE.search(before_list) or (
                    partner is not None and _ATT_AFTER.match(low[partner.end:partner.end + 60])):
                note("ATTENDED", om, i, "org:attends")
            elif not om.generic and _OPENED_BEFORE.search(before):
                note("ATTENDED", om, i, "org:opened-by")
            elif any(a <= om.start < b for a, b in lists):
                note("ATTENDED", om, i, "org:attendance-list")
            elif om.kind in _EDUCATION_KINDS and (i < 3 or any(t.name == om.name for t in ctx.title_orgs)) \
                    and (_AT_SCHOOL.search(before) or (j < k and oms[j].kind in _EDUCATION_KINDS
                                                       and _AT_SCHOOL.search(before_list))) \
                    and not _PUPIL_OF_NAME.search(s.text, max(0, om.start - 60), om.start):
                note("ATTENDED", om, i, "org:school")
    for om in ctx.title_orgs:
        low = ctx.article.title.lower()
        after, before = low[om.end:om.end + 40], low[max(0, om.start - 60):om.start]
        if _ORG_AFTER.match(after) or _ORG_BEFORE.search(before) or _OWNER_BEFORE.search(before):
            note("ORGANIZED", om, -1, "org:title-organizes")
        elif _ATT_AFTER.match(after) or _ATT_BEFORE.search(before):
            note("ATTENDED", om, -1, "org:title-attends")
        elif om.kind in _EDUCATION_KINDS and _AT_SCHOOL.search(before):  # "Sosialisasi Pilkada di SMAN 6"
            note("ATTENDED", om, -1, "org:title-school")
    return _merge_groups(found)


_CUT_REGION = re.compile(r"^\s+[a-z]+(?=[\s,])")


def _glued(prev, between: str) -> bool:
    """Two organizations of one list: only list words between them, or the one
    word of a region name cut short after the first ("Sekretariat KPU Provinsi
    Sumatera dan Sekretariat KPU Kab/Kota")."""
    if _LIST_GLUE.match(between):
        return True
    return bool(prev.generic and re.search(r"\b(?:provinsi|kabupaten|kota)$", prev.name, re.I)
                and _LIST_GLUE.match(_CUT_REGION.sub("", between, count=1)))


def _attendance_lists(low: str, reports: bool = False) -> list[tuple[int, int]]:
    """Spans of the lists that an attendance cue opens, each up to the clause that ends it
    (`reports`: a sentence that reports the event, where a meeting's parties are listed too)."""
    out = []
    opens = list(_ATT_LIST.finditer(low)) + (list(_MEETING_PARTIES.finditer(low)) if reports else [])
    for m in opens:
        end = _LIST_END.search(low, m.end())
        # "dihadiri tiga instansi yang berkompeten ... yaitu A, B dan C": the clause names the list
        while end is not None and end.group() == "yang":
            more = _LIST_NAMED.match(low, end.end())
            if more is None:
                break
            end = _LIST_END.search(low, more.end())
        out.append((m.end(), end.start() if end else len(low)))
    return out


def _scoped(name: str) -> bool:
    return bool(re.search(r"\bse[- ]|\bseluruh\b", name, re.I))


def _merge_groups(found: dict) -> dict:
    """Sub-units attend as their commission (Biro X Setjen KPU -> KPU RI); a
    group named without its scope ("KPU kabupaten/kota") is the scoped group of
    the same article ("KPU kabupaten/kota se-NTT") when there is one."""
    out: dict = {}
    for key, (rel, om, i, rule) in found.items():
        if om.label == "Satker" and om.level == "unit":
            om = top_satker(om)
        have = out.get(om.id)
        if have is None or (rel == "ORGANIZED" and have[0] != "ORGANIZED"):
            out[om.id] = (rel, om, i, rule)
    # a sub-unit of another organization present (Departemen X FISIP UI / FISIP UI; DPW PSI / PSI) is one party
    others = [v[1] for v in out.values() if v[1].label == "Organization"]
    for key in list(out):
        om = out[key][1]
        if om.label == "Organization" and any(o is not om and (re.search(r"\b%s\b" % re.escape(om.name), o.name)
                                                               or _stands_for(om, o))
                                              for o in others):
            del out[key]  # ... and a Setda beside its Pemerintah (the Bupati's office) is one party too
    # "pihak Polri siap mengamankan" beside Polres X of the same article: the force is there as its unit
    local = {v[1].kind for v in out.values() if v[1].label == "Organization" and v[1].level != "national"}
    for key in list(out):
        om = out[key][1]
        if om.label == "Organization" and om.level == "national" and om.kind in _FORCES and om.kind in local \
                and om.name in _FORCES[om.kind]:
            del out[key]
    groups = [v[1] for v in out.values() if v[1].generic]
    both_levels = any(re.search(r"kabupaten/kota|kab/kota", g.name, re.I) for g in groups)
    for key in list(out):
        om = out[key][1]
        if om.generic and not _scoped(om.name):
            stem = om.name.lower()
            if any(g is not om and _scoped(g.name) and g.name.lower().startswith(stem) for g in groups):
                del out[key]
            elif re.fullmatch(r"KPU Provinsi", om.name, re.I) and both_levels:
                pass  # "Anggota KPU Provinsi dan KPU Kabupaten/Kota": the level, beside the other level
            elif not re.search(r"/|\bprovinsi\b.*\bkabupaten", om.name, re.I) and len(om.name.split()) <= 2 \
                    and om.kind != "party":  # ("Partai Politik" is the parties' whole name)
                del out[key]  # "KPU Kabupaten": a name cut short, not a group
        elif om.generic and _vaguer_group(om, groups):
            del out[key]
    return out


# national forces that a page names for their local unit
_FORCES = {"police": {"Kepolisian Negara Republik Indonesia"}, "military": {"Tentara Nasional Indonesia"}}

_GROUP_SCOPE = re.compile(r"^(?P<body>.+?)\s+(?P<level>(?:provinsi|kabupaten/kota|kabupaten|kota)\s+)?"
                          r"(?P<scope>se-.+)$", re.I)


def _vaguer_group(om, groups) -> bool:
    """`KPU se-Indonesia` beside `KPU Provinsi se-Indonesia` of the same article
    is that group named without its level."""
    m = _GROUP_SCOPE.match(om.name)
    if not m or m["level"]:
        return False
    for g in groups:
        n = _GROUP_SCOPE.match(g.name)
        if g is not om and n and n["level"] and n["body"].lower() == m["body"].lower() \
                and n["scope"].lower() == m["scope"].lower():
            return True
    return False


# a bare KPU opening a sentence, after a dateline ("TONDANO - ", "Palu, kota-palu.kpu.go.id — ")
_BARE_KPU = re.compile(r"^(?:[^—–]{0,60}?\s[—–-]+\s*)?(?:Komisi Pemilihan Umum\s*\(KPU\)|KPU)\s+(?P<next>[\w(]+)")


def _bare_kpu(text: str):
    """Where a bare KPU that opens `text` ends (None when a region or level follows it: 'KPU Minahasa')."""
    m = _BARE_KPU.match(text)
    if not m or m["next"].lower() in ("ri", "pusat", "provinsi", "kabupaten", "kab", "kota") \
            or regions.lookup(m["next"]) is not None or regions.lookup(text[m.start("next"):m.start("next") + 30]
                                                                    .split(",")[0]) is not None:
        return None
    return m.start("next")


# "X mengikuti Sosialisasi secara daring bersama dengan ORG": the body one follows an event with gives it
_FOLLOWED_WITH = re.compile(r"\b(?:mengikuti|ikuti)\s[^.;,]{0,80}?\bbersama(?: dengan)?\s*$")


def organizer_fallback(ctx, found: dict, holdings, person_rel) -> None:
    """No organizer named: the organization of the official who opened or led
    the event hosts it; else the body that is the subject of the first sentence
    when its verb is not one of attending."""
    if any(v[0] == "ORGANIZED" for v in found.values()):
        return
    for i, oms in enumerate(ctx.orgs[:3]):
        low = ctx.sentences[i].text.lower()
        for k, om in enumerate(oms):
            start = oms[k - 1].end if k else 0
            if not om.generic and _FOLLOWED_WITH.search(low[start:om.start]):
                om = top_satker(om) if om.label == "Satker" else om
                found[om.id] = ("ORGANIZED", om, i, "org:followed-with")
                return
    for want in ("OPENED", "LED"):
        for h, i in holdings:
            if person_rel.get(h.person.name, (None,))[0] == want:
                om = top_satker(h.org) if h.org.label == "Satker" else h.org
                found[om.id] = ("ORGANIZED", om, i, f"org:host-{want.lower()}")
                return
        if want == "OPENED":  # "dibuka oleh Ketua KPU X: Nama": the post read, its holder not
            for key, (rel, om, i, rule) in list(found.items()):
                if rule == "org:opened-by":
                    found[key] = ("ORGANIZED", om, i, "org:host-opened")
                    return
    if ctx.sentences and ctx.orgs and ctx.orgs[0]:
        om = ctx.orgs[0][0]
        text = ctx.sentences[0].text
        lead = text[:om.start]
        if len(re.sub(r"^[^—–-]*[—–-]\s*", "", lead)) <= 3 and not _ATT_AFTER.match(text[om.end:om.end + 60].lower()) \
                and om.label == "Satker" and not om.generic:
            found[om.id] = ("ORGANIZED", om, 0, "org:host-subject")
            return
    # "Komisi Pemilihan Umum (KPU) telah menyiapkan ...", headline "KPU Gelar ...": a bare KPU as the
    # subject is the satker whose site reports it
    home = ctx.home
    if home is None or any(v[0] == "ORGANIZED" for v in found.values()):
        return
    for i, text in ([(0, ctx.sentences[0].text)] if ctx.sentences else []) + [(-1, ctx.article.title)]:
        end = _bare_kpu(text)
        if end is not None and not _ATT_AFTER.match(" " + text[end:end + 60].lower()):
            found[home.id] = ("ORGANIZED", home, i, "org:host-bare-kpu")
            return


def _reporting_satker(ctx, found: dict) -> None:
    """A KPU site reports what a satker did even when no sentence says who took
    part (an announcement, a statement, a recap, a podcast): that satker holds the
    event. The KPU the headline names comes first (a repost of another KPU's news
    names it there), then the one the first sentence names, then the site's own."""
    for i, oms in [(-1, ctx.title_orgs)] + ([(0, ctx.orgs[0])] if ctx.orgs else []):
        for om in oms:
            if om.label == "Satker" and not om.generic:
                found[om.id] = ("ORGANIZED", om, i, "org:reporting-satker")
                return
    if ctx.home is not None:
        found[ctx.home.id] = ("ORGANIZED", ctx.home, -1, "org:reporting-site")


def _venue_host(info, found: dict, title: str) -> None:
    """The satker whose office or hall the event was held in hosts it, and so
    attends ("bertempat di Aula Rumah Pintar Pemilu KPU Kabupaten X"); it holds
    the event when no one else is said to and it was not held online. A
    broadcaster whose studio it was in holds it ("dialog di Studio Pro 1 RRI
    Pekanbaru"), unless the text names who did."""
    clue = info.evidence.get("venue")
    if not info.venue or clue is None:
        return
    if re.match(r"(?i)studio\b", info.venue):
        media = [om for om in orgs_mod.find_orgs(info.venue) if om.kind == "media"]
        if media and not any(v[0] == "ORGANIZED" and not v[3].startswith("org:host") for v in found.values()):
            for key in [k for k, v in found.items() if v[0] == "ORGANIZED"]:
                rel, om, i, rule = found[key]
                found[key] = ("ATTENDED", om, i, rule)
            found[media[0].id] = ("ORGANIZED", media[0], clue.evidence(title), "org:studio-host")
            return
    # (online, the hall is where one participant sat, not the host's)
    hosted = info.mode in ("daring", "hybrid") or any(v[0] == "ORGANIZED" for v in found.values())
    for om in orgs_mod.find_orgs(info.venue):
        if om.label == "Satker" and not om.generic:
            top = top_satker(om)
            if not hosted:  # "KPU X menghadiri ... di Aula Kantor Bawaslu Y": no one else holds it, Y does
                found[top.id] = ("ORGANIZED", top, clue.evidence(title), "org:venue-organizer")
                hosted = True
            elif top.id not in found:
                found[top.id] = ("ATTENDED", top, clue.evidence(title), "org:venue-host")


def _part_of_found(om, found: dict) -> bool:
    """An official's organization that is a unit of one already taking part, or
    the whole of one (FISIP Unpas beside Unpas): the same party."""
    if om.label != "Organization":
        return False
    for _, o, _, _ in found.values():
        if o.label == "Organization" and (re.search(r"\b%s\b" % re.escape(o.name), om.name)
                                          or re.search(r"\b%s\b" % re.escape(om.name), o.name)
                                          or _abbreviated(om, o) or _abbreviated(o, om)
                                          or _stands_for(om, o)):
            return True  # (a Setda beside its Pemerintah, the office of the head it stands for)
    return False


def _stands_for(unit, whole) -> bool:
    """The Setda of a Pemerintah present: the office of the head (the Bupati,
    the Gubernur) is that government, one party (orgs_data.HEAD_OFFICE_UNITS)."""
    return bool(unit.parent) and whole.name == unit.parent and any(
        unit.name.startswith(u) for u in HEAD_OFFICE_UNITS)


def _abbreviated(short, full) -> bool:
    """`Diskominfo Kalimantan Utara` is `Dinas Komunikasi, ... (Diskominfo) Provinsi
    Kalimantan Utara` of the same article: the abbreviation its full name gave, same region."""
    first = short.written.split()[0] if short.written else ""
    return bool(first) and short.region_code is not None and short.region_code == full.region_code \
        and f"({first})" in full.written


_OPENS_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:saat|ketika|sewaktu) membuka\b")
_LEADS_AFTER = re.compile(r"^\s*,?\s*(?:%s)\b" % cues.PERSON_LED_AFTER)


def _person_relation(text: str, start: int, end: int | None = None) -> str | None:
    if end is not None and _OPENS_AFTER.match(text[end:end + 80].lower()):
        return "OPENED"
    if end is not None and _LEADS_AFTER.match(text[end:end + 40].lower()):
        return "LED"
    before = text[max(0, start - 120):start].lower()
    best, pos = None, -1
    for rel, pat in _PERSON_CUES:
        for m in pat.finditer(before):
            if m.end() > pos:
                best, pos = rel, m.end()
    return best


def add_topics(ctx, subject: Entity | None, info, date) -> None:
    """The 1-4 topics of the article: ABOUT from its main event, or (subject None) from the article
    itself when it reports no event (an announcement, a notice): the guidelines tag every article's topics."""
    subject = subject or Entity("Article", ctx.article.id, ctx.article.title)
    for hit in topics_mod.topics_for(ctx.article, info, ctx.sentences):
        # an instance (Pilkada 2024) carries the concept it is narrower than, for the resolver's BROADER edge
        topic = Entity("Topic", hit.id, hit.label,
                       {"label_en": hit.label_en, **({"broader": list(hit.broader)} if hit.broader else {})})
        rule = "topic:cue" if subject.label == "Event" else "topic:article"
        ctx.add(subject, "ABOUT", topic, hit.evidence, rule, min(0.9, 0.5 + 0.1 * float(hit.score or 1)), date)


def add_participation(ctx, event: Entity, info, people, canon, holdings, date) -> None:
    # organizations
    found = _org_facts(ctx)
    # officials who took part bring their organization
    person_rel: dict[str, tuple[str, int]] = {}
    cuts = second_event_cuts(ctx.sentences)
    for h, i in holdings:
        if h.person.start >= cuts[i]:
            continue  # an official of a second event of the article
        rel = _person_relation(ctx.sentences[i].text, h.post.start if h.post.start < h.person.start
                               else h.person.start, h.person.end) or "ATTENDED"
        person_rel.setdefault(h.person.name, (rel, i))
        om = top_satker(h.org) if h.org.label == "Satker" else h.org
        if om is not None and om.id not in found and not _part_of_found(om, found):
            found[om.id] = ("ATTENDED", om, i, f"org:official-{rel.lower()}")
    organizer_fallback(ctx, found, holdings, person_rel)
    _venue_host(info, found, ctx.article.title)
    if not found:
        _reporting_satker(ctx, found)
    # a unit of the organizer (Komisi I DPRD X at the DPRD's plenary) takes part as the organizer
    hosts = {v[1].name for v in found.values() if v[0] == "ORGANIZED"}
    for key in [k for k, v in found.items() if v[0] != "ORGANIZED" and v[1].label == "Organization"
                and v[1].kind == "legislature" and v[1].parent in hosts]:
        del found[key]
    speakers = {canon.get(k, k) for k in _speakers(ctx, _mentions(ctx, people, holdings))}
    for rel, om, i, rule in found.values():
        ent = org_entity(om)
        if rel == "ORGANIZED":
            ctx.add(ent, "ORGANIZED", event, i, rule, 0.85, date)
        ctx.add(ent, "ATTENDED", event, i, rule, 0.85 if rel == "ATTENDED" else 0.8, date)
    # people
    for name, (nm, i) in people.items():
        full = canon.get(name, name)
        if full != name:
            continue  # a back-reference: the full name carries the facts
        rel = person_rel.get(name, (None, i))[0] or _person_relation(ctx.sentences[i].text, nm.start)
        if name in speakers and rel in (None, "ATTENDED"):
            rel = "SPOKE_AT"
        ent = person_entity(nm)
        if rel:
            ctx.add(ent, rel, event, i, f"person:{rel.lower()}", 0.8, date)
        else:
            ctx.add(Entity("Article", ctx.article.id, ctx.article.title), "MENTIONS", ent, i,
                    "person:mentioned", 0.7, date)
    # topics and place
    add_topics(ctx, event, info, date)
    place = info.venue or info.city
    clue = info.evidence.get("venue") or info.evidence.get("city")
    if place and clue is not None:
        # a venue is one place within its city: "Aula" or "Ruang Rapat" of two towns are two places
        key = f"{slug(info.city)}/{slug(info.venue)}" if info.venue and info.city else slug(place)
        ent = Entity("Place", f"place:{key}", place, {"city": info.city})
        ctx.add(event, "HELD_AT", ent, clue.evidence(ctx.article.title), "event:place", 0.8, date)
