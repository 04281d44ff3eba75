"""Organization mentions in a sentence: election bodies (label Satker) and every
other institution (label Organization), each with its canonical name.

How it reads a sentence: one pass over its words; a word that can open a name
("KPU", "Komisi", "Sekretariat", "Universitas", "Polda", an abbreviation from the
lexicon, ...) hands the text to the parsers for that word, which read on from
there: a qualifier ("RI", "Provinsi", "Kab.", "se-", ...) and a region name
looked up in the gazetteer (kg/lang/regions.py, a dict lookup, not a regex of
552 names). Among all candidates the longest win, without overlaps, so
"Biro SDM Sekretariat Jenderal KPU" is one mention, not three.

Canonical names (what resolution keys nodes on):
  KPU RI, KPU Provinsi Nusa Tenggara Timur, KPU Kabupaten Tapanuli Tengah,
  KPU Kota Semarang, KIP Aceh, KIP Kabupaten Aceh Besar, Bawaslu RI,
  Bawaslu Provinsi X, Bawaslu Kota X, DKPP, Sekretariat Jenderal KPU,
  Biro SDM Sekretariat Jenderal KPU, Sekretariat KPU Provinsi X,
  Inspektorat Utama KPU, Pusat Data dan Informasi KPU; collectives (generic=True):
  KPU Kabupaten/Kota se-Nusa Tenggara Timur, KPU Provinsi se-Indonesia, ...
  Others: the full name with the region's canonical name
  (Pemerintah Provinsi Daerah Khusus Jakarta, Dinas Arsip Provinsi Jawa Tengah).

A bare "KPU" is left out of find_orgs (it is as often "the KPU of this page" as
KPU RI); canonical_org("KPU") answers KPU RI for callers that know it is meant
as the institution. Aceh's bodies are KIP whatever the page writes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extract.fastre import guarded, words_trie
from kg.lang import orgs_data as D
from kg.lang import posts as P
from kg.lang import regions as R
from kg.lang import words as W
from kg.model import slug


@dataclass(frozen=True)
class OrgMention:
    start: int  # offsets in the text given to find_orgs (end exclusive)
    end: int
    written: str  # as printed
    name: str  # canonical
    label: str  # "Satker" | "Organization"
    id: str  # satker:<slug> | org:<slug>
    level: str | None = None  # national | province | regency | city | unit
    region_code: str | None = None  # Kemendagri code
    parent: str | None = None  # canonical name of the unit it belongs to
    parent_id: str | None = None
    generic: bool = False  # a collective ("KPU kabupaten/kota se-NTT"), not one unit
    kind: str | None = None  # Organization kind (orgs_data.KINDS)
    body: str | None = None  # Satker: KPU | KIP | Bawaslu | Panwaslih | DKPP


ACEH = "11"


@lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    return slug(name)


def _mention(text: str, start: int, end: int, name: str, label: str, **kw) -> OrgMention:
    prefix = "satker:" if label == "Satker" else "org:"
    parent = kw.get("parent")
    if parent and "parent_id" not in kw:
        kw["parent_id"] = prefix + _slug(parent)
    return OrgMention(start=start, end=end, written=text[start:end], name=name, label=label,
                      id=prefix + _slug(name), **kw)


def _alt(words, flags=0, boundary=True) -> re.Pattern:
    """A regex of literal alternatives, longest first, ending at a word boundary."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{body})" + (r"(?![A-Za-z0-9])" if boundary else ""), flags)


_SP = re.compile(r"[ \t]*")
_SP1 = re.compile(r"[ \t]+")


def _skip(text: str, i: int) -> int:
    return _SP.match(text, i).end()


# ------------------------------------------------------------------ election bodies

def _body_regex(table: dict, after: str = r"(?![A-Za-z0-9])") -> re.Pattern:
    """Bodies by short name or in full ("Komisi Pemilihan Umum (KPU)"); the group
    that matched is the short name."""
    parts = []
    # (longest full name first: "Panitia Pengawas Pemilihan Umum" is Panwaslu, not Panwaslih and "Umum")
    for short, fulls in sorted(table.items(), key=lambda kv: -max(map(len, kv[1]), default=0)):
        full = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fulls)
        caps = f"|{short.upper()}" if short.upper() != short else ""  # "BAWASLU" in a headline in capitals
        parts.append(rf"(?P<{short}>(?:{full})(?:\s*\({short}\))?|{short}{caps})")
    return re.compile("(?:" + "|".join(parts) + ")" + after)


_BODY = _body_regex(D.ELECTION_BODIES)
_NATIONAL = _alt(D.NATIONAL_WORDS)
_KIND = {
    "province": _alt(D.PROVINCE_WORDS, re.I, boundary=False),
    "regency": _alt(D.REGENCY_WORDS, re.I, boundary=False),
    "city": _alt(D.CITY_WORDS, re.I),
}
_KIND_END = re.compile(r"(?![A-Za-z])")
_KABKOTA = re.compile(r"(?i)(?:kabupaten|kabuparen|kab\.?)\s*(?:/|\s)\s*kota(?![a-z])")
_PROV_KABKOTA = re.compile(r"(?i)(?:provinsi|prov\.?)\s+dan\s+(?:kabupaten|kab\.?)\s*/\s*kota(?![a-z])")
_PROV_KIP = re.compile(r"(?i)provinsi\s*/\s*KIP\s+Aceh(?![a-z])")
_SCOPE = re.compile(r"(?i)\s*(?:se\s*-\s*|se\s+|seluruh\s+|di\s+seluruh\s+|di\s+|lainnya\s+di\s+)")
_INDONESIA = re.compile(r"Indonesia(?![A-Za-z])")
_JOINT = re.compile(r"\s*/\s*KIP(?![A-Za-z])")
_SHARED_SCOPE = re.compile(r"(?i)\s+(?:dan|serta|&)\s+(?:KPU\s+|KIP\s+|Bawaslu\s+)?(?:kabupaten|kab\.?)\s*/\s*kota\s+"
                           r"(?:se\s*-\s*|se\s+|seluruh\s+)")
_SHARED_NATIONAL_SCOPE = re.compile(r"(?i)\s+(?:dan|serta)\s+(?:KPU\s+)?(?:kabupaten|kab\.?)\s*/\s*kota\s+"
                                    r"(?:se\s*-\s*|se\s+|seluruh\s+)indonesia(?![a-z])")


def _kind_at(text: str, i: int) -> tuple[str, int] | None:
    """A kind word (Provinsi, Kab., Kota, with slips) at i: (level, end)."""
    for level, rx in _KIND.items():
        m = rx.match(text, i)
        if m and (m.group().endswith(".") or _KIND_END.match(text, m.end())):
            return level, m.end()
    return None


def _region_at(text: str, i: int, level: str | None = None,
               bare: bool = True) -> tuple[R.Region, int, bool] | None:
    """A region at i, with or without its kind word: (region, end, kind word given); also
    written in lower case ("Polres gowa", "Pemkab kabupaten bantul"), read as if capitalised."""
    hit = _region_as_written(text, i, level, bare)
    if hit is None and _LOWER_AFTER.match(text, i):
        view = _capitalised_after(text, _skip(text, i))
        hit = _region_as_written(view, i, level, bare) if view else None
    return hit


_LOWER_AFTER = re.compile(r"[ \t]*(?:[A-Za-z]+[ \t.]+)?[a-z]")


def _region_as_written(text: str, i: int, level: str | None, bare: bool) -> tuple[R.Region, int, bool] | None:
    i = _skip(text, i)
    k = _kind_at(text, i)
    if k:
        if level and k[0] != level and not (level == "local" and k[0] != "province"):
            return None
        hit = R.match(text, k[1], k[0])
        return (hit[0], hit[1], True) if hit else None
    if not bare:
        return None
    hit = R.match(text, i, None if level == "local" else level)
    if hit and level == "local" and hit[0].level == "province":
        return None
    return (hit[0], hit[1], False) if hit else None


def _scope_at(text: str, i: int) -> tuple[R.Region | None, int] | None:
    """ "se-NTT", "se - Sumatera Utara", "se-Provinsi NTT", "se-Indonesia", "di Jawa
    Tengah": the region a collective covers (None = all Indonesia)."""
    m = _SCOPE.match(text, i)
    if not m:
        return None
    j = m.end()
    ind = _INDONESIA.match(text, j)
    if ind:
        return None, ind.end()
    hit = _region_at(text, j, "province")
    return (hit[0], hit[1]) if hit else None


def _satker_name(body: str, level: str, region: R.Region | None) -> str:
    if body == "DKPP":
        return "DKPP"
    if level == "national":
        return f"{body} RI"
    if region.province_code == ACEH and body in ("KPU", "KIP"):
        body = "KIP"
    if level == "province":
        if region.code == ACEH and body in ("KIP", "Panwaslih"):
            return f"{body} Aceh"
        return f"{body} Provinsi {region.name}"
    return f"{body} {region.full}"


def _satker_parent(body: str, level: str, region: R.Region | None) -> str | None:
    if level == "national" or body == "DKPP":
        return None
    if level == "province":
        return f"{'Bawaslu' if body == 'Panwaslih' else 'KPU' if body == 'KIP' else body} RI"
    return _satker_name(body, "province", region.province)


def _specific(text, start, end, body, level, region) -> OrgMention:
    if region is not None and region.province_code == ACEH and body == "KPU":
        body = "KIP"
    name = _satker_name(body, level, region)
    return _mention(text, start, end, name, "Satker", level=level,
                    region_code=region.code if region else None,
                    parent=_satker_parent(body, level, region), body=body)


def _collective(text, start, end, body, what: str, scope: R.Region | None | bool) -> OrgMention:
    """what: "Provinsi", "Kabupaten/Kota", "Provinsi dan Kabupaten/Kota" or ""."""
    body = "KPU" if body == "KIP" else body
    name = f"{body} {what}".strip()
    if scope is not False:
        name += f" se-{scope.name if scope else 'Indonesia'}"
    return _mention(text, start, end, name, "Satker", generic=True, body=body,
                    region_code=scope.code if scope else None)


_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")
_CAP_WORD = re.compile(r"[A-Z][a-z'’-]*(?![\w])")


def _capitalised_after(text: str, q: int) -> str | None:
    """`text` with the words at q written with capitals, same length ("KPU kota batam",
    "KPU minahasa menggelar"), or None when no word in lower case stands there."""
    out, i = [], q
    for k in range(5):
        m = _LOWER_WORD.match(text, i)
        if not m:  # "KPU Provinsi Sulawesi utara": capitalised words, then one in lower case
            m = _CAP_WORD.match(text, i)
            if m:
                g = _SP1.match(text, m.end())
                if not g:
                    break
                i = g.end()
                continue
        if not m:
            break
        w = m.group()
        out.append((m.start(), w if w == "dan" or (m.start() == q and w in D.LOWER_NOT_REGION) else w.capitalize()))
        g = _SP1.match(text, m.end())
        if not g:
            break
        i = g.end()
    if not out or out[0][1][0].islower():
        return None
    chars = list(text)
    for start, w in out:
        chars[start:start + len(w)] = w
    return "".join(chars)


@lru_cache(maxsize=1024)
def _election(text: str, i: int, bare: bool = False) -> OrgMention | None:
    """An election body at i, also when the writer put its region in lower case ("KPU
    minahasa", "KPU kota batam"): the region is read as if capitalised."""
    om = _election_at(text, i, bare)
    if om is not None and not om.generic and om.level != "national":
        return om
    m = _BODY.match(text, i)
    q = _skip(text, m.end()) if m else None
    if q is None or q == m.end():
        return om
    view = _capitalised_after(text, q)
    alt = _election_at(view, i, bare) if view else None
    if alt is not None and not alt.generic and alt.level != "national" and (om is None or alt.end > om.end):
        return replace(alt, written=text[alt.start:alt.end])
    return om


_CUT_TAIL = re.compile(r"[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]*){0,2})[ \t]*$")


def _cut_region(text: str, i: int, level: str) -> tuple[R.Region, int] | None:
    """A body cut off mid-word at the end of a page ("... oleh KPU Provinsi Kalimantan Bar"):
    the one region of the level whose name the cut words begin."""
    m = _CUT_TAIL.match(text, i)
    if not m or len(m[1]) < 5:
        return None
    cut = re.sub(r"\s+", " ", m[1]).lower()
    cands = [r for r in R.regions() if r.level == level and r.name.lower().startswith(cut) and r.name.lower() != cut]
    return (cands[0], m.end(1)) if len(cands) == 1 else None


def _election_at(text: str, i: int, bare: bool = False) -> OrgMention | None:
    """An election body at i and what follows it: "KPU Provinsi NTT", "Komisi
    Pemilihan Umum (KPU) RI", "KPU Kab. Kendal", "KPU kabupaten/kota se-NTT",
    "Bawaslu Kota Semarang", "KPU Jateng". With bare=True a body with nothing
    after it is the national one."""
    m = _BODY.match(text, i)
    if not m:
        return None
    body = m.lastgroup
    j = m.end()
    jm = _JOINT.match(text, j)
    if jm and body == "KPU":
        j = jm.end()
    if body == "DKPP":
        return _specific(text, i, j, body, "national", None)
    ri = re.match(r"-RI(?![A-Za-z0-9])", text[j:j + 4])
    if ri:  # "KPU-RI", "Bawaslu-RI"
        return _specific(text, i, j + 3, body, "national", None)
    q = _skip(text, j)
    if q == j and q < len(text) and text[q] not in "/":
        return _specific(text, i, j, body, "national", None) if bare else None
    n = _NATIONAL.match(text, q)
    if n:
        return _specific(text, i, n.end(), body, "national", None)
    for rx, what in ((_PROV_KABKOTA, "Provinsi dan Kabupaten/Kota"), (_KABKOTA, "Kabupaten/Kota"),
                     (_PROV_KIP, "Provinsi")):
        g = rx.match(text, q)
        if g:
            sc = _scope_at(text, g.end())
            if sc:
                return _collective(text, i, sc[1], body, what, sc[0])
            return _collective(text, i, g.end(), body, what, False)
    k = _kind_at(text, q)
    if k:
        level, kend = k
        hit = R.match(text, kend, level) or _cut_region(text, kend, level)
        if hit:
            return _specific(text, i, hit[1], body, hit[0].level, hit[0])
        sc = _scope_at(text, kend)
        if sc and level == "province" and sc[0] is None:
            return _collective(text, i, sc[1], body, "Provinsi", None)
        what = {"province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}[level]
        if sc and level != "province":  # "KPU kabupaten se-Papua Pegunungan"
            return _collective(text, i, sc[1], body, what, sc[0])
        sh = _SHARED_SCOPE.match(text, kend) if level == "province" else None
        prov = _region_at(text, sh.end(), "province") if sh else None
        if prov:  # "KPU Provinsi dan KPU Kab/Kota se-Provinsi Papua Barat Daya": the province's KPU
            om = _specific(text, i, kend, body, "province", prov[0])
            return replace(om, written=om.name)
        if level == "province" and _SHARED_NATIONAL_SCOPE.match(text, kend):
            # "KPU provinsi dan KPU kabupaten/kota se-Indonesia": the scope is shared
            return _collective(text, i, kend, body, what, None)
        kend = kend - 1 if text[kend - 1] == "." and level == "regency" else kend
        return _collective(text, i, kend, body, what, False)
    sc = _scope_at(text, q) if text[q:q + 2].lower() == "se" else None
    if sc:
        return _collective(text, i, sc[1], body, "Kabupaten/Kota" if sc[0] else "", sc[0])
    hit = R.match(text, q)
    if hit:
        region = hit[0]
        if body == "KIP" and region.province_code != ACEH:
            return None  # KIP elsewhere is Komisi Informasi Pusat
        return _specific(text, i, hit[1], body, region.level, region)
    if body == "KIP":
        return None
    return _specific(text, i, j, body, "national", None) if bare else None


# --- units of an election body

_SETJEN = _alt(D.SECRETARIAT_GENERAL)
_SEKRETARIAT = re.compile(r"Sekretariat\s+")
_BIRO = re.compile(r"Biro\s+((?:(?:[A-Z][\w/.&-]*|dan|,)\s*){1,9}?)\s*(?=(?:Sekretariat\s+Jenderal|Setjen|KPU|Komisi\s+Pemilihan|Bawaslu)(?![a-z]))")
_INSPEKTORAT = re.compile(r"Inspektorat(?:\s+(Utama)|\s+(Wilayah\s+[IVX]+))?\s+(?:Inspektorat\s+Utama\s+)?")
_PUSDATIN = re.compile(r"(?:Pusat\s+Data\s+dan\s+Informasi|Pusdatin)(?:\s*\((?:Ka)?[Pp]usdatin\))?\s+")
_COLLECTIVE_PREFIX = re.compile(r"(?i)(?:satuan\s+kerja|satker)\s+")


def _unit_name(words: str) -> str:
    words = re.sub(r"\s+", " ", words).strip(" ,")
    for long, short in D.UNIT_ABBREVIATIONS.items():
        words = re.sub(re.escape(long), short, words, flags=re.I)
    return words


def _national_of(text: str, i: int) -> OrgMention | None:
    """The national body at i, also when written bare ("... Sekretariat Jenderal KPU")."""
    e = _election(text, i, bare=True)
    return e if e and e.level == "national" else None


def _setjen(text: str, i: int) -> OrgMention | None:
    m = _SETJEN.match(text, i)
    if not m:
        return None
    e = _national_of(text, _skip(text, m.end()))
    if not e or e.body not in ("KPU", "Bawaslu"):
        return None
    return _mention(text, i, e.end, f"Sekretariat Jenderal {e.body}", "Satker", level="unit",
                    parent=e.name, body=e.body)


def _sekretariat(text: str, i: int) -> OrgMention | None:
    m = _SEKRETARIAT.match(text, i)
    if not m:
        return None
    e = _election(text, m.end())
    if not e:
        return None
    if e.level == "national":
        return _mention(text, i, e.end, f"Sekretariat Jenderal {e.body}", "Satker", level="unit",
                        parent=e.name, body=e.body)
    if e.generic:
        return replace(_mention(text, i, e.end, f"Sekretariat {e.name}", "Satker", body=e.body,
                                region_code=e.region_code), generic=True)
    return _mention(text, i, e.end, f"Sekretariat {e.name}", "Satker", level="unit",
                    region_code=e.region_code, parent=e.name, body=e.body)


def _biro(text: str, i: int) -> OrgMention | None:
    m = _BIRO.match(text, i)
    if not m:
        return None
    j = m.end()
    owner = _setjen(text, j) or _national_of(text, j)
    if not owner:
        return None
    setjen = owner.name if owner.level == "unit" else f"Sekretariat Jenderal {owner.body}"
    return _mention(text, i, owner.end, f"Biro {_unit_name(m.group(1))} {setjen}", "Satker",
                    level="unit", parent=setjen, body=owner.body)


def _inspektorat(text: str, i: int) -> OrgMention | None:
    m = _INSPEKTORAT.match(text, i)
    if not m:
        return None
    e = _national_of(text, m.end())
    if not e or e.body != "KPU":
        return None
    main = f"{D.INSPECTORATE} KPU"
    if m.group(2):
        wil = re.sub(r"\s+", " ", m.group(2))
        return _mention(text, i, e.end, f"Inspektorat {wil} KPU", "Satker", level="unit",
                        parent=main, body="KPU")
    return _mention(text, i, e.end, main, "Satker", level="unit",
                    parent="Sekretariat Jenderal KPU", body="KPU")


def _pusdatin(text: str, i: int) -> OrgMention | None:
    m = _PUSDATIN.match(text, i)
    if not m:
        return None
    e = _national_of(text, m.end())
    if not e or e.body != "KPU":
        return None
    return _mention(text, i, e.end, "Pusat Data dan Informasi KPU", "Satker", level="unit",
                    parent="Sekretariat Jenderal KPU", body="KPU")


def _satuan_kerja(text: str, i: int) -> OrgMention | None:
    m = _COLLECTIVE_PREFIX.match(text, i)
    if not m:
        return None
    b = _BODY.match(text, m.end())
    if not b:
        return None
    e = _election(text, m.end())
    if e and e.generic:
        return replace(e, start=i, written=text[i:e.end])
    if e:
        return None
    return _mention(text, i, b.end(), f"Satuan Kerja {b.lastgroup}", "Satker", generic=True,
                    body=b.lastgroup)


# ------------------------------------------------------------------ the lexicon

_WORD = re.compile(r"[A-Za-z0-9]+(?:[-/'’.&][A-Za-z0-9]+)*")
_OPENER = re.compile(r"[A-Za-z]+|\d+")  # the unit the dispatch table is keyed on
_BETWEEN = re.compile(r"[ \t]*[,]?[ \t]+|[ \t]*/[ \t]*|-")


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: str


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict, dict]:
    """(abbreviations: word -> entry, case-sensitive; names: first word -> [(words, entry)])."""
    abbr: dict[str, _Entry] = {}
    names: dict[str, list] = {}
    for table in (D.UNIVERSITIES, D.PARTIES, D.MINISTRIES, D.AGENCIES, D.COMMUNITY):
        for canonical, kind, aliases in table:
            e = _Entry(canonical, kind)
            for form in (canonical, *aliases):
                ws = _words(form)
                if len(ws) == 1 and (form.isupper() or form != form.capitalize()):
                    abbr[form] = e
                else:
                    names.setdefault(ws[0], []).append((ws, e))
    for lst in names.values():
        lst.sort(key=lambda x: -len(x[0]))
    return abbr, names


def _close(a: str, b: str) -> int:
    """0 = same word, 1 = one slip (plural s, one letter missing/extra/changed in a
    long word), 2 = different."""
    if a == b:
        return 0
    if a.rstrip("s") == b.rstrip("s"):
        return 0
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return 2
    if len(a) == len(b):
        return 1 if sum(x != y for x, y in zip(a, b)) == 1 else 2
    s, t = (a, b) if len(a) < len(b) else (b, a)
    return 1 if any(t[:k] + t[k + 1:] == s for k in range(len(t))) else 2


def _word_run(text: str, i: int, n: int) -> list[re.Match]:
    """Up to n words from i, separated by spaces, commas, slashes or hyphens, or by an
    abbreviation in brackets ("Badan Pengusahaan (BP) Batam": the name's words run on)."""
    out = []
    while len(out) < n:
        m = _WORD.match(text, i)
        if not m:
            break
        out.append(m)
        p = _PAREN.match(text, m.end())
        g = _BETWEEN.match(text, p.end() if p and p[1].isupper() else m.end())
        if not g:
            break
        i = g.end()
    return out


_PAREN = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9 .&-]{0,15})\)")
_RI = re.compile(r"\s+(?:RI|Republik\s+Indonesia)(?![A-Za-z])")
_PERWAKILAN = re.compile(r"\s+Perwakilan(?![A-Za-z])")
_CHAPTER_WORD = re.compile(r"\s+(%s)(?=\s)" % "|".join(D.CHAPTER_WORDS))


@lru_cache(maxsize=1024)
def _lexicon_at(text: str, i: int) -> tuple[_Entry, int] | None:
    abbr, names = _lexicon()
    first = _WORD.match(text, i)
    if not first:
        return None
    w = first.group()
    best = None
    cands = names.get(w.lower())
    if cands and w[0].isupper():
        run = _word_run(text, i, max(len(c[0]) for c in cands))
        low = [m.group().lower() for m in run]
        for ws, e in cands:
            if len(ws) > len(low):
                continue
            if tuple(low[:len(ws)]) == ws:
                best = (e, run[len(ws) - 1].end())
                break
            if len(ws) < 3 or tuple(low[:2]) != ws[:2]:
                continue  # slips are looked for only in long names that start right
            slips = 0
            for a, b in zip(ws, low):
                slips += _close(a, b)
                if slips > 1:
                    break
            else:
                best = (e, run[len(ws) - 1].end())
                break
    if best is None and w in abbr:
        best = (abbr[w], first.end())
    if best is None and w.endswith("-RI") and w[:-3] in abbr:  # "Komisi II DPR-RI", "BPK-RI"
        best = (abbr[w[:-3]], first.end())
    if best is None:
        return None
    e, end = best
    p = _PAREN.match(text, end)
    if p and (p.group(1) in abbr and abbr[p.group(1)] == e or p.group(1).isupper()):
        end = p.end()
    r = _RI.match(text, end)
    if r and not e.name.endswith("Indonesia"):
        end = r.end()
    return e, end


_NATIONAL_KINDS = {"ministry", "agency", "court", "prosecutor", "police", "legislature", "military"}


def _lexicon_org(text: str, i: int) -> OrgMention | None:
    hit = _lexicon_at(text, i)
    if not hit:
        return None
    e, end = hit
    if e.name in D.HAS_REGIONAL_OFFICES:
        j = end
        pw = _PERWAKILAN.match(text, j)
        # ("BPKP NTT", "BPS Sleman": an abbreviation takes its region bare too)
        short = text[i:end].isupper()
        reg = _region_at(text, pw.end() if pw else j, bare=bool(pw) or short)
        if reg and (pw or reg[2] or short):
            office = " Perwakilan" if e.name in D.NAMED_PERWAKILAN else ""
            return _mention(text, i, reg[1], f"{e.name}{office} {reg[0].full}", "Organization",
                            kind=e.kind, level=reg[0].level, region_code=reg[0].code, parent=e.name)
    if e.name in D.REGIONAL_CHAPTERS:  # "MUI Kota Ambon", "PPDI Kabupaten Karangasem", "IDI Wilayah Jambi"
        cw = _CHAPTER_WORD.match(text, end)
        reg = _region_at(text, cw.end() if cw else end)
        if reg:
            where = f"{cw[1]} {reg[0].name if reg[0].level == 'province' else reg[0].full}" if cw else reg[0].full
            return _mention(text, i, reg[1], f"{e.name} {where}", "Organization", kind=e.kind,
                            level=reg[0].level, region_code=reg[0].code, parent=e.name)
    level = "national" if e.kind in _NATIONAL_KINDS else None
    return _mention(text, i, end, e.name, "Organization", kind=e.kind, level=level)


# ------------------------------------------------------------------ other families

def _headed(table: dict) -> re.Pattern:
    return _alt(list(table))


_GOV = _headed(D.GOVERNMENT_HEADS)
_POLICE = _headed(D.POLICE_HEADS)
_PROSECUTOR = _headed(D.PROSECUTOR_HEADS)
_COURT = _headed(D.COURT_HEADS)
_KI = _alt(D.INFORMATION_COMMISSION)
_PARTY_OFFICE = _headed(D.PARTY_OFFICES)
_REGIONAL_OFFICE = _alt(D.REGIONAL_OFFICE_WORDS)
_PROVINCE_OFFICE = _alt(D.PROVINCE_OFFICE_WORDS)
_SUBUNIT = _alt(D.SUBUNIT_WORDS)
_UNIV_HEAD = _alt(D.UNIVERSITY_WORDS)
_FACULTY_ABBR = _alt(list(D.FACULTIES))
_FAKULTAS = re.compile(r"Fakultas\s+")
_KEMENTERIAN = re.compile(r"Kementerian\s+")
_RANKS = "|".join(sorted({t.capitalize() for t in W.NAME_TITLES_BEFORE if " " not in t} |
                         {t.upper() for t in W.NAME_TITLES_BEFORE if " " not in t}, key=len, reverse=True))
_MILITARY = re.compile(r"(" + "|".join(D.MILITARY_UNITS) + r")\s+([0-9IVXL]+(?:[./-][0-9]+)*)\s*/\s*"
                       r"([A-Z][\w-]*(?:\s+(?!(?:%s)\b)[A-Z][\w-]*){0,2})" % _RANKS)  # "Kodim 0101/Kota Banda Aceh"
_COLLECTIVE_ORG = re.compile(r"(?:\d[\d.]*\s+)?(" + "|".join(map(re.escape, D.COLLECTIVE_ORGS)) + r")(?![A-Za-z])")


def _government(text: str, i: int) -> OrgMention | None:
    m = _GOV.match(text, i)
    if not m:
        return None
    head, level = D.GOVERNMENT_HEADS[re.sub(r"\s+", " ", m.group())]
    reg = _region_at(text, m.end(), level)
    p = None if reg else _PAREN.match(text, m.end())
    if p:  # "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten X": the abbreviation between name and region
        reg = _region_at(text, p.end(), level)
    if not reg:
        return None
    region = reg[0]
    kind = "legislature" if head in D.LEGISLATURE_HEADS else "government"
    name = f"{head} {region.full}"
    parent = f"Pemerintah {region.full}" if head not in ("Pemerintah", "DPRD") else None
    return _mention(text, i, reg[1], name, "Organization", kind=kind, level=region.level,
                    region_code=region.code, parent=parent)


def _short(region: R.Region) -> str:
    """A region's name without its kind word when that name is unambiguous
    ("Polres Sikka"), with it when a regency and a city share it
    ("Kejaksaan Negeri Kota Kupang")."""
    if region.level == "province" or len(R.index().get(R.key(region.name), ())) == 1:
        return region.name
    return region.full


def _regional(table: dict, rx: re.Pattern, kind: str, level: str | None, with_kind: bool):
    def parse(text: str, i: int) -> OrgMention | None:
        m = rx.match(text, i)
        if not m:
            return None
        head = table[re.sub(r"\s+", " ", m.group())]
        reg = _region_at(text, m.end(), level)
        if not reg:
            return None
        region = reg[0]
        name = f"{head} {region.full if with_kind else _short(region)}"
        return _mention(text, i, reg[1], name, "Organization", kind=kind, level=region.level,
                        region_code=region.code)
    return parse


_NOT_AREA = {"kota", "kabupaten", "provinsi", "wilayah", "daerah", "jajaran", "setempat", "polri"}
_AREA_WORD = re.compile(r"\s+((?!(?:%s)\b)[A-Z][a-z]{3,})(?![\w-])" % _RANKS)


_vertical_office = _regional(D.VERTICAL_OFFICES, _headed(D.VERTICAL_OFFICES), "agency", None, False)


def _or_area(table: dict, rx: re.Pattern, kind: str):
    """An office of a region ("Kejaksaan Negeri Sleman"), or of a town that is no
    region but names the office ("Kejaksaan Negeri Purwokerto", "Pengadilan Negeri Cibinong")."""
    in_region = _regional(table, rx, kind, None, False)

    def parse(text: str, i: int) -> OrgMention | None:
        om = in_region(text, i)
        if om is not None and om.name.startswith(D.SECTOR_UNITS) and om.end < len(text):
            # "Polsek Bintan Timur": a sector is a district, whose name may hold its regency's
            m = rx.match(text, i)
            a = _AREA_NAME.match(text, m.end()) if m else None
            if a is not None and a.end(1) > om.end and " " in a[1]:
                head = table[re.sub(r"\s+", " ", m.group())]
                return _mention(text, i, a.end(1), f"{head} {a[1]}", "Organization", kind=kind)
        if om is not None:
            return om
        m = rx.match(text, i)
        a = _AREA_WORD.match(text, m.end()) if m else None
        if a is None or a[1].lower() in _NOT_AREA:
            return None
        head = table[re.sub(r"\s+", " ", m.group())]
        if head in D.SECTOR_UNITS:  # a district of two words: "Polsek Wenang Selatan"
            a2 = _AREA_NAME.match(text, m.end())
            if a2 is not None and a2.end(1) > a.end():
                return _mention(text, i, a2.end(1), f"{head} {a2[1]}", "Organization", kind=kind)
        return _mention(text, i, a.end(), f"{head} {a[1]}", "Organization", kind=kind)
    return parse


# a police command of a region ("Polres Sikka"), or of an area that is no region
# ("Polresta Barelang": Batam, Rempang, Galang)
_police = _or_area(D.POLICE_HEADS, _POLICE, "police")
_prosecutor = _or_area(D.PROSECUTOR_HEADS, _PROSECUTOR, "prosecutor")
_court = _or_area(D.COURT_HEADS, _COURT, "court")
_BROADCASTER = re.compile(r"(?:LPP[ \t]+)?(%s)(?![A-Za-z])" % "|".join(D.PUBLIC_BROADCASTERS))  # "LPP TVRI Jambi"


def _broadcaster_station(text: str, i: int) -> OrgMention | None:
    """A station of the public broadcasters, named by its region or town:
    "RRI Pekanbaru", "TVRI Aceh", "LPP RRI Ternate"."""
    m = _BROADCASTER.match(text, i) or _BROADCASTER_FULL.match(text, i)
    if not m:
        return None
    reg = _region_at(text, m.end())
    if reg:
        place, end = _short(reg[0]), reg[1]
    else:
        a = _AREA_WORD.match(text, m.end())
        if a is None or a[1].lower() in _NOT_AREA:
            return None
        place, end = a[1], a.end()
    short = m[1] if m[1] in D.PUBLIC_BROADCASTERS else _BROADCASTER_SHORT[re.sub(r"\s+", " ", m[1])]
    return _mention(text, i, end, f"{short} {place}", "Organization", kind="media",
                    parent=D.PUBLIC_BROADCASTERS[short])


# "Lembaga Penyiaran Publik Radio Republik Indonesia (LPP RRI) Jember": the full name, its
# abbreviation between it and the station's place
_BROADCASTER_SHORT = {full: short for short, full in D.PUBLIC_BROADCASTERS.items()}
_BROADCASTER_SHORT.update({full[len("Lembaga Penyiaran Publik "):]: short for full, short in list(_BROADCASTER_SHORT.items())})
_BROADCASTER_FULL = re.compile(r"(%s)(?:[ \t]*\((?:LPP[ \t]+)?(?:%s)\))?(?![A-Za-z])" % (
    "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_BROADCASTER_SHORT, key=len, reverse=True)),
    "|".join(D.PUBLIC_BROADCASTERS)))


_MEDIA_HEAD = re.compile(r"(?:%s)\s+" % "|".join(h.lower() for h in P.MEDIA_HEADS), re.I)
_OUTLET_WORD = re.compile(r"[A-Z][\w.&'’-]*|[0-9]+(?![\w])")


def _media_outlet(text: str, i: int) -> OrgMention | None:
    """ "jurnalis Radar Banyumas, Bayu ...": the capitalised words after a press
    post are the outlet, whatever its name (a lexicon could never hold them all)."""
    m = _MEDIA_HEAD.match(text, i)
    if not m:
        return None
    s = e = m.end()
    n = 0
    while n < 4:
        w = _OUTLET_WORD.match(text, e)
        if not w or w.group().lower().rstrip(".") in P.NOT_NAMES - {"media"}:
            break
        e, n = w.end(), n + 1
        g = re.match(r"[ \t]+(?=[A-Z0-9])", text[e:])
        if not g:
            break
        e += g.end()
    e = len(text[:e].rstrip())
    if n == 0 or not text[e:e + 2].startswith(","):
        return None  # the outlet, then the comma before the holder's name
    name = re.sub(r"\s+", " ", text[s:e])
    return _mention(text, s, e, name, "Organization", kind="media")


_LEGISLATURE_COMMISSION = re.compile(r"Komisi[ \t]+([IVX]{1,4}|[A-E])[ \t]+(?=DPR)")


def _legislature_commission(text: str, i: int) -> OrgMention | None:
    """ "Komisi I DPRD Provinsi Kalimantan Utara", "Komisi II DPR RI": a commission of a legislature."""
    m = _LEGISLATURE_COMMISSION.match(text, i)
    if not m:
        return None
    inner = _government(text, m.end()) or _lexicon_org(text, m.end())
    if inner is None or not (inner.name.startswith(("DPR", "Dewan Perwakilan")) or inner.kind == "legislature"):
        return None
    return _mention(text, i, inner.end, f"Komisi {m[1]} {inner.name}", "Organization", kind="legislature",
                    level=inner.level, region_code=inner.region_code, parent=inner.name)


def _information_commission(text: str, i: int) -> OrgMention | None:
    m = _KI.match(text, i)
    if not m:
        return None
    p = _PAREN.match(text, m.end())  # "Komisi Informasi (KI) Provinsi Bengkulu"
    reg = _region_at(text, p.end() if p and p[1] in D.INFORMATION_COMMISSION else m.end())
    if not reg:
        return None
    return _mention(text, i, reg[1], f"Komisi Informasi {reg[0].full}", "Organization",
                    kind="agency", level=reg[0].level, region_code=reg[0].code,
                    parent="Komisi Informasi Pusat")


_SENTENCE_END_WORD = re.compile(r"[A-Z][a-z]{4,}\.")  # no abbreviation: "Kab.", "Prov." are shorter
_NAME_WORD = re.compile(r"(?:[A-Z][\w/.'’&-]*|dan|\d+)(?![\w])")
_NAME_GAP = re.compile(r"[ \t]+")
# a comma inside a name of three parts: "Dinas Komunikasi, Informatika dan Statistik",
# "Fakultas Hukum, Ilmu Sosial dan Ilmu Politik" (a "dan" ends the run within three words)
_NAME_COMMA = re.compile(r",[ \t]+(?!(?:%s)\b)(?=(?:[A-Z][a-z]+,?[ \t]+){0,3}dan[ \t]+[A-Z])"
                         % "|".join(D.REGIONAL_OFFICE_WORDS + ["Fakultas", "Universitas", "Kantor"]))


def _name_words(text: str, i: int, limit: int = 8, paren: bool = False):
    """Capitalised words (and "dan") from i: yields (start, end) of each. With
    paren=True an abbreviation in brackets between them is passed over:
    "Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Sleman". A comma
    is passed over inside a name of parts joined by "dan" (_NAME_COMMA)."""
    n = 0
    while n < limit:
        m = _NAME_WORD.match(text, i)
        if not m:
            return
        if _SENTENCE_END_WORD.fullmatch(m.group()):  # "... Universitas Tomakaka." ends the sentence
            yield m.start(), m.end() - 1
            return
        yield m.start(), m.end()
        n += 1
        end = m.end()
        if paren:
            ab = _ABBR_AFTER.match(text, end)
            if ab:
                end = ab.end()
        g = _NAME_GAP.match(text, end) or (n < 5 and _NAME_COMMA.match(text, end))
        if not g:
            return
        i = g.end()


# another office opening inside a name, after "dan", "serta" or a comma: a list, no one name
_NEXT_OFFICE = re.compile(r"(?:,|\s(?:dan|serta|&))\s+(?:%s)\s" % "|".join(D.REGIONAL_OFFICE_WORDS))


def _regional_office(text: str, i: int) -> OrgMention | None:
    """ "Dinas Arsip dan Perpustakaan Provinsi Jawa Tengah": a name running up to a
    kind word and its region (or up to its bracketed abbreviation and a region:
    "Badan Keuangan dan Aset Daerah (BKAD) Kalimantan Utara")."""
    m = _REGIONAL_OFFICE.match(text, i)
    if not m:
        return None
    if m.group() == "Kantor" and _REGIONAL_OFFICE.match(text, _skip(text, m.end())):
        return None  # "Kantor Dinas Sosial Kabupaten X" is the office of the Dinas, read on its own
    after_abbr = False
    province_office = bool(_PROVINCE_OFFICE.match(text, i))
    for s, e in _name_words(text, _skip(text, m.end()), paren=True):
        if _BODY.match(text, s):
            return None  # "Kantor KPU Provinsi NTT" is a place; the KPU is read on its own
        if _NEXT_OFFICE.search(text, i, e + 1):
            return None  # "Dinas Kesehatan Hewan dan Dinas Sosial Kabupaten X": two offices, each read on its own
        reg = _region_at(text, s) if after_abbr and s > _skip(text, m.end()) else None
        if reg:
            return _office(text, i, s, *reg[:2])
        after_abbr = bool(_ABBR_AFTER.match(text, e))
        k = _kind_at(text, s)
        if k:
            if s == _skip(text, m.end()):
                return None
            hit = R.match(text, k[1], k[0])
            return _office(text, i, s, *hit) if hit else None
        if province_office and s > _skip(text, m.end()):  # "Kanwil Kemenkumham Sulawesi Utara"
            hit = R.match(text, s, "province")
            if hit and hit[0].level == "province":
                return _bare_office(text, i, s, *hit)
    return None


def _bare_office(text: str, i: int, s: int, region: R.Region, end: int) -> OrgMention:
    """A ministry's regional office with its province written bare: named as written."""
    words = re.sub(r"\s+", " ", _PAREN.sub("", text[i:s])).strip(" ,")
    return _mention(text, i, end, f"{words} {region.name}", "Organization", kind="government",
                    level=region.level, region_code=region.code)


def _office(text: str, i: int, s: int, region: R.Region, end: int) -> OrgMention:
    """The office whose own name runs from i to s, in `region` (written up to end)."""
    words = re.sub(r"\s+", " ", _PAREN.sub("", text[i:s])).strip(" ,")
    return _mention(text, i, end, f"{words} {region.full}", "Organization", kind="government",
                    level=region.level, region_code=region.code, parent=f"Pemerintah {region.full}")


def _university(text: str, i: int) -> OrgMention | None:
    hit = _lexicon_at(text, i)
    if hit and hit[0].kind == "university":
        return _mention(text, i, hit[1], hit[0].name, "Organization", kind="university")
    m = _UNIV_HEAD.match(text, i)
    if not m:
        return None
    end = None
    for n, (s, e) in enumerate(_name_words(text, _skip(text, m.end()), 5)):
        reg = R.match(text, s)
        if reg:
            end = reg[1]
            break
        if n >= 3 or text[s:e] in ("Dr", "Prof", "Dosen", "Ketua", "Rektor", "Dekan"):
            break
        end = e
    if end is None:
        return None
    name = re.sub(r"\s+", " ", text[i:end])
    return _mention(text, i, end, name, "Organization", kind="university")


def _faculty(text: str, i: int) -> OrgMention | None:
    fa = _FACULTY_ABBR.match(text, i)
    if fa:
        u = _university(text, _skip(text, fa.end()))
        if not u:
            return None
        full = D.FACULTIES[fa.group()]
        return _mention(text, i, u.end, f"{full} {u.name}", "Organization", kind="faculty",
                        parent=u.name)
    m = _FAKULTAS.match(text, i)
    if not m:
        return None
    for s, e in _name_words(text, m.end()):
        if s == m.end():
            continue
        u = _university(text, s)
        if u:
            words = re.sub(r"\s+", " ", text[i:s]).strip(" ,")
            return _mention(text, i, u.end, f"{words} {u.name}", "Organization", kind="faculty",
                            parent=u.name)
    return None


_POLICE_UNIT = _alt(list(D.POLICE_UNITS))


def _police_unit(text: str, i: int) -> OrgMention | None:
    """ "Satbrimob Polda NTB", "Satlantas Polres Gowa": a unit of the police command written after it."""
    m = _POLICE_UNIT.match(text, i)
    if not m:
        return None
    cmd = _police(text, _skip(text, m.end()))
    if cmd is None:
        return None
    unit = D.POLICE_UNITS[re.sub(r"\s+", " ", m.group())]
    return _mention(text, i, cmd.end, f"{unit} {cmd.name}", "Organization", kind="police", parent=cmd.name,
                    level=cmd.level, region_code=cmd.region_code)


_CAMPUS_UNIT = _alt(list(D.CAMPUS_UNITS))


def _campus_unit(text: str, i: int) -> OrgMention | None:
    """ "LPPM UIN Walisongo", "Badan Eksekutif Mahasiswa (BEM) Universitas Jambi": a campus's
    own body, a unit of the campus written after it; alone, its kind's name (_of_campus
    gives it the campus the sentence names)."""
    m = _CAMPUS_UNIT.match(text, i)
    if not m:
        return None
    unit = D.CAMPUS_UNITS[re.sub(r"\s+", " ", m.group())]
    end = m.end()
    p = _PAREN.match(text, end)
    if p and p[1] in D.CAMPUS_UNITS:
        end = p.end()
    u = _university(text, _skip(text, end))
    if u:
        return _mention(text, i, u.end, f"{unit} {u.name}", "Organization", kind="faculty", parent=u.name)
    return _mention(text, i, end, unit, "Organization", kind="faculty")


def _of_campus(taken: list[OrgMention]) -> list[OrgMention]:
    """A campus body standing alone in a sentence that names one campus: that campus's
    ("Launching Buku UIN X yang diselenggarakan oleh LPPM")."""
    campuses = {t.name for t in taken if t.kind == "university"}
    if len(campuses) != 1:
        return taken
    (campus,) = campuses
    out = []
    for t in taken:
        if t.kind == "faculty" and t.parent is None and t.name in D.CAMPUS_UNITS.values():
            name = f"{t.name} {campus}"
            t = replace(t, name=name, id=f"org:{_slug(name)}", parent=campus, parent_id=f"org:{_slug(campus)}")
        out.append(t)
    return out


def _party_office(text: str, i: int) -> OrgMention | None:
    m = _PARTY_OFFICE.match(text, i)
    if not m:
        return None
    office, level = D.PARTY_OFFICES[re.sub(r"\s+", " ", m.group())]
    j = m.end()
    p = _PAREN.match(text, j)
    if p and p[1] in D.PARTY_OFFICES:  # "Dewan Pimpinan Daerah (DPD) Partai Golkar Kota Kediri"
        j = p.end()
    hit = _lexicon_at(text, _skip(text, j))
    if not hit or hit[0].kind != "party":
        return None
    party, end = hit
    reg = _region_at(text, end, level if office != "DPD" else None) if office != "DPP" else None
    name = f"{office} {party.name}"
    kw = {}
    if reg:
        end = reg[1]
        name += f" {reg[0].full}"
        kw = {"level": reg[0].level, "region_code": reg[0].code}
    return _mention(text, i, end, name, "Organization", kind="party", parent=party.name, **kw)


_HEAD_UNITS = {"Deputi"}  # unit words that are also the title of the unit's head
_HOLDER_AFTER = re.compile(r",[ \t]*(?:[A-Z][a-z]*\.[ \t]*)*[A-Z][a-z]+")


def _subunit(text: str, i: int) -> OrgMention | None:
    """ "Direktorat Advokasi Pemerintah Pusat LKPP", "Departemen Ilmu Politik FISIP
    UI": a unit's words, then an organization the lexicon knows."""
    m = _SUBUNIT.match(text, i)
    if not m:
        return None
    start = _skip(text, m.end())
    for s, e in _name_words(text, start):
        if s == start and not text[s:e].isupper():
            continue
        org = _faculty(text, s) or _lexicon_org(text, s)
        if org and org.label == "Organization" and m.group() in _HEAD_UNITS and _HOLDER_AFTER.match(text, org.end):
            return None  # "Deputi Bidang X BP Batam, Sudirman Saad": a post and its holder, read by people
        if org and org.label == "Organization" and m.group() == "Perwakilan" and s == start \
                and (org.parent or org.name) in D.HAS_REGIONAL_OFFICES:
            return _regional_office_of(text, i, org)  # "Perwakilan BPKP NTT": BPKP's office of NTT
        if org and org.label == "Organization":
            words = re.sub(r"\s+", " ", text[i:s]).strip(" ,")
            return _mention(text, i, org.end, f"{words} {org.name}", "Organization", kind=org.kind,
                            parent=org.name)
    return None


def _regional_office_of(text: str, i: int, org: OrgMention) -> OrgMention:
    """The regional office of a national institution written "Perwakilan <institution> <region>"."""
    if org.region_code:
        return replace(org, start=i, written=text[i:org.end])
    reg = _region_at(text, org.end)
    if not reg:
        return _mention(text, i, org.end, f"Perwakilan {org.name}", "Organization", kind=org.kind, parent=org.name)
    office = " Perwakilan" if org.name in D.NAMED_PERWAKILAN else ""
    return _mention(text, i, reg[1], f"{org.name}{office} {reg[0].full}", "Organization", kind=org.kind,
                    level=reg[0].level, region_code=reg[0].code, parent=org.name)


def _ministry(text: str, i: int) -> OrgMention | None:
    m = _KEMENTERIAN.match(text, i)
    if not m or _lexicon_at(text, i):
        return None
    end = None
    for s, e in _name_words(text, m.end()):
        if text[s:e] == "dan" and end is None:
            return None
        end = e
    if end is None:
        return None
    if text[end - 3:end] == "dan":
        end = text.rfind(" ", i, end - 3)
    name = re.sub(r"\s+", " ", text[i:end])
    return _mention(text, i, end, name, "Organization", kind="ministry", level="national")


# "Kodim 1509", "Lantamal IV": a numbered command written without its place is that command
_MILITARY_NUMBERED = re.compile(r"(" + "|".join(D.MILITARY_UNITS) + r")\s+(\d{3,4}|[IVX]{1,4})(?![\w/-])")


def _military(text: str, i: int) -> OrgMention | None:
    m = _MILITARY.match(text, i)
    if not m:
        n = _MILITARY_NUMBERED.match(text, i)
        if n is None:
            return None
        # "Kodim 0602 Serang", "Dandim 1614 Dompu": the number, then the place without its slash
        reg = _region_at(text, n.end(), "local", bare=False) or _region_at(text, n.end(), "local")
        if reg and text[n.end():n.end() + 1] in " \t":
            place = re.sub(r"\s+", " ", text[_skip(text, n.end()):reg[1]])
            return _mention(text, i, reg[1], f"{n.group(1)} {n.group(2)}/{place}", "Organization", kind="military")
        return _mention(text, i, n.end(), f"{n.group(1)} {n.group(2)}", "Organization", kind="military")
    name = f"{m.group(1)} {m.group(2)}/{m.group(3)}"
    return _mention(text, i, m.end(), name, "Organization", kind="military")



_NOT_AREA_WORD = "|".join(D.NOT_AREA_WORDS)
_AREA_NAME = re.compile(r"[ \t]+((?!(?:%s|%s)\b)[A-Z][a-z][\w'’-]*(?:[ \t]+(?!(?:%s|%s)\b)[A-Z][a-z][\w'’-]*)?)(?![\w-])"
                        % (_RANKS, _NOT_AREA_WORD, _RANKS, _NOT_AREA_WORD))
_MILITARY_AREA = re.compile(r"(%s)(?![\w-])" % "|".join(D.MILITARY_AREA_UNITS))


def _area_after(text: str, j: int, words: int = 2) -> tuple[str, int] | None:
    """The area a local unit or command is named by: a region ("Kabupaten Ngawi",
    "Madiun"), else up to `words` capitalised words that are no rank or list word."""
    reg = _region_at(text, j)
    if reg:  # as written: "Madiun" names a regency and a city, the unit is the town's
        return re.sub(r"\s+", " ", text[_skip(text, j):reg[1]]), reg[1]
    a = _AREA_NAME.match(text, j)
    if not a or a[1].split()[0].lower() in _NOT_AREA:
        return None
    area = a[1] if words > 1 else a[1].split()[0]
    return area, a.start(1) + len(area)


def _military_area(text: str, i: int) -> OrgMention | None:
    """ "Kodim Ngawi", "Koramil Paron": a command named by its area, not its number."""
    m = _MILITARY_AREA.match(text, i)
    if not m or _MILITARY.match(text, i):
        return None
    area = _area_after(text, m.end(), 1)
    if area is None:
        return None
    return _mention(text, i, area[1], f"{m[1]} {area[0]}", "Organization", kind="military")


_LOCAL_UNIT = _headed(D.LOCAL_UNITS)
_PRISON_CLASS = re.compile(r"[ \t]+(?:Kelas[ \t]+)?(I{1,3}|IV)[ \t]?([AB])?(?![\w])")
_LOCAL_AREA_WORD = re.compile(r"[ \t]+(?:%s)(?=[ \t])" % "|".join(D.LOCAL_UNIT_AREA_WORDS))


def _local_unit(text: str, i: int) -> OrgMention | None:
    """ "Lapas Kelas IIA Madiun", "KUA Kecamatan Paron", "Puskesmas Sukorejo",
    "Pemerintah Desa Sukamaju": a local service or government named by its area."""
    m = _LOCAL_UNIT.match(text, i)
    if not m:
        return None
    head = D.LOCAL_UNITS[re.sub(r"\s+", " ", m.group())]
    j, cls = m.end(), ""
    c = _PRISON_CLASS.match(text, j)
    if c:  # "Kelas IIA", "II B"
        j, cls = c.end(), f" Kelas {c[1]}{c[2] or ''}"
    w = _LOCAL_AREA_WORD.match(text, j)
    if w and head not in ("Kecamatan", "Kelurahan", "Pemerintah Desa"):
        j = w.end()
    area = _area_after(text, j)
    if area is None or area[0].split()[0] in D.ADHOC_AREA_WORDS:
        return None  # "Pemerintah Desa Kelurahan": the village governments, no one village
    return _mention(text, i, area[1], re.sub(r"\s+", " ", text[i:area[1]]), "Organization", kind="government")

_AREA_UNIT = re.compile(r"(%s)(?![\w-])" % "|".join(D.LOCAL_UNIT_AREA_WORDS))
_ACTOR_BEFORE = re.compile(r"(?i)\b(?:perwakilan|pihak|aparat|aparatur|jajaran|unsur)[ \t]+(?:dari[ \t]+)?$")


def _village_actor(text: str, i: int) -> OrgMention | None:
    """ "perwakilan Kelurahan Saoka", "pihak Desa Sukamaju": a village or district named as who
    came for it is its government (elsewhere "di Kelurahan X" is a place)."""
    m = _AREA_UNIT.match(text, i)
    if not m or not _ACTOR_BEFORE.search(text, max(0, i - 30), i):
        return None
    area = _area_after(text, m.end())
    if area is None or area[0].split()[0] in D.ADHOC_AREA_WORDS:
        return None
    return _mention(text, i, area[1], f"{m[1]} {area[0]}", "Organization", kind="government")


_NAMED_BODY = _alt(D.NAMED_BODY_WORDS)


def _named_body(text: str, i: int) -> OrgMention | None:
    """ "Keuskupan Amboina", "Klasis GPM Pulau Ambon": the opener and up to four
    capitalised words of its own name."""
    m = _NAMED_BODY.match(text, i)
    if not m:
        return None
    end = None
    for s, e in _name_words(text, _skip(text, m.end()), 4):
        if text[s:e] == "dan" or text[s:e].isdigit():
            break
        end = e
    if end is None:
        return None
    while text[end - 1] in ".,":
        end -= 1  # the sentence's full stop
    return _mention(text, i, end, re.sub(r"\s+", " ", text[i:end]), "Organization", kind="religious")


_CIVIL = _alt(D.CIVIL_SOCIETY_OPENERS)
_ABBR_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&-]{1,14})\)")


def _civil_society(text: str, i: int) -> OrgMention | None:
    """ "Sasana Inklusi dan Gerakan Advokasi Difabel (SIGAB)": an opener, up to
    eight capitalised words (and "dan", "untuk") of its name, then its
    abbreviation in brackets, without which the words are no evidence of a body."""
    m = _CIVIL.match(text, i)
    if not m:
        return None
    j, end = m.end(), None
    for _ in range(8):
        w = re.compile(r"[ \t]+([A-Z][\w'’-]*|dan|untuk)(?![\w])").match(text, j)
        if not w:
            break
        j = w.end()
        if w.group(1) not in ("dan", "untuk"):
            end = j
    if end is None:
        return None
    ab = _ABBR_AFTER.match(text, end)
    if not ab:
        return _community(text, i, m.end()) if m.group() == "Komunitas" else None
    name = re.sub(r"\s+", " ", text[i:end])
    reg = _region_at(text, ab.end())  # its chapter: "Gerakan ... (Gerkatin) NTB"
    if reg:
        return _mention(text, i, reg[1], f"{name} {reg[0].full}", "Organization", kind="ngo",
                        level=reg[0].level, region_code=reg[0].code, parent=name)
    return _mention(text, i, ab.end(), name, "Organization", kind="ngo")


_COMMUNITY_WORD = re.compile(r"[ \t]+((?!(?:%s)\b)[A-Z][\w'’-]*)(?![\w])" % "|".join(D.NOT_AREA_WORDS))


def _community(text: str, i: int, j: int) -> OrgMention | None:
    """ "Komunitas Peduli Pemilu Sulut", "Komunitas Kampung KB": a community is named by the
    capitalised words after the word (up to four), with its region when one ends them."""
    end, n = None, 0
    while n < 4:
        reg = _region_at(text, j) if end is not None else None
        if reg:
            name = re.sub(r"\s+", " ", text[i:end])
            return _mention(text, i, reg[1], f"{name} {reg[0].full}", "Organization", kind="ngo",
                            level=reg[0].level, region_code=reg[0].code, parent=name)
        w = _COMMUNITY_WORD.match(text, j)
        if not w:
            break
        if re.search(r"[a-z][A-Z]", w[1]):
            return None  # "Komunitas PerwaponSetelah": a header run into the next sentence, no clean name
        j = end = w.end()
        n += 1
    if end is None:
        return None
    return _mention(text, i, end, re.sub(r"\s+", " ", text[i:end]), "Organization", kind="ngo")


_STATUS = "|".join(sorted(map(re.escape, D.SCHOOL_STATUS), key=len, reverse=True))
_SCHOOL = re.compile(r"(%s)(?:[ \t]+(%s))?[ \t]+(\d{1,3})(?![\w])" %
                     ("|".join(sorted(map(re.escape, D.SCHOOL_TYPES), key=len, reverse=True)), _STATUS))
_NAMED_SCHOOL = re.compile(r"(%s)[ \t]+(%s)((?:[ \t]+(?!(?:Dan|Di|Pada|Yang|Untuk|Se)\b)[A-Z][a-z][\w'’-]*){1,3})"
                           r"(?:[ \t]+H\.[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?" %
                           ("|".join(sorted(map(re.escape, D.SCHOOL_TYPES), key=len, reverse=True)), _STATUS))
_PLACE_WORD = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)(?![\w])")
# a private school named for its foundation, with no status word: "SMA Al-Irsyad Tegal",
# "SMK PGRI 2 Kudus", "SMP Santo Yoseph Denpasar"
_FOUNDATION_SCHOOL = re.compile(r"(%s)[ \t]+(?:%s)" % (
    "|".join(sorted(map(re.escape, D.SCHOOL_TYPES), key=len, reverse=True)),
    "|".join(D.SCHOOL_FOUNDATIONS)))
_SCHOOL_NUMBER = re.compile(r"[ \t]+\d{1,3}(?![\w])")


def _school(text: str, i: int) -> OrgMention | None:
    """ "SLB Negeri 1 Sleman", "SMAN 3 Kota Bandung": a school type, its number
    and the place (a region, else one capitalised word)."""
    m = _SCHOOL.match(text, i)
    if not m:
        # "SMA Negeri Titian Teras", "SMK Swasta Bina Karya": a state or private
        # school with a name instead of a number; "SMA Islam Al Azhar 9 Yogyakarta",
        # "SMA Al-Irsyad Tegal": a foundation's school, with its number and place
        n = _NAMED_SCHOOL.match(text, i) or _FOUNDATION_SCHOOL.match(text, i)
        if not n:
            return None
        num = _SCHOOL_NUMBER.match(text, n.end())
        if num is None and n.re is _NAMED_SCHOOL:
            return _mention(text, i, n.end(), re.sub(r"\s+", " ", n.group()), "Organization", kind="school")
        end = _school_place(text, num.end() if num else n.end())
        return _mention(text, i, end, re.sub(r"\s+", " ", text[i:end]), "Organization", kind="school")
    end = _school_place(text, m.end())
    name = re.sub(r"\s+", " ", text[i:end])
    if m[1] in D.SCHOOL_SHORT and not m[2]:  # "SMAN 17 Makassar" -> SMA Negeri 17 Makassar
        name = D.SCHOOL_SHORT[m[1]] + name[len(m[1]):]
    return _mention(text, i, end, name, "Organization", kind="school")


def _school_place(text: str, end: int) -> int:
    """The end of a school's place after its number or name: a region, else one capitalised word."""
    hit = R.match(text, _skip(text, end))
    if hit:
        return hit[1]
    w = _PLACE_WORD.match(text, end)
    return w.end() if w and w.group(1) not in W_NOT_PLACE else end


W_NOT_PLACE = {"Dan", "Di", "Pada", "Yang", "Untuk"}


_PARTY_GROUP = re.compile(r"(?i)(?:partai[ \t]+politik|parpol)(?![a-z])")
_PARTY_GROUP_BEFORE = re.compile(r"(?i)\b(?:%s)(?:[ \t]+(?:dari|masing-masing))?[ \t]+$" % "|".join(D.PARTY_GROUP_BEFORE))
_LIST_ITEM_BEFORE = re.compile(r"(?:[A-Z][\w.)-]*|\d+)[ \t]*,[ \t]*$")  # after a name ("Kodim 0602 Serang, "), not a clause
_LIST_ITEM_AFTER = re.compile(r"[ \t]*(?:,|(?:dan|serta)(?![\w]))")
_PARPOL = re.compile(r"(?i)(?:partai\s+politik|parpol)\s+peserta\s+(pemilu|pemilihan\s+umum)"
                     r"(?:\s+(?:tahun\s+)?((?:19|20)\d\d))?(?![a-z0-9])")


def _parties_in_election(text: str, i: int) -> OrgMention | None:
    """ "partai politik peserta Pemilu 2024": the parties of one election, as a group."""
    m = _PARPOL.match(text, i)
    if not m:
        # "perwakilan partai politik": the parties as a group, named by who came for them
        # (or an item of a list of bodies: "..., Kodim 0602 Serang, partai politik, serta ..."); named as
        # written, "Partai Politik": "peserta pemilu" the page does not say
        g = _PARTY_GROUP.match(text, i)
        if g and (_PARTY_GROUP_BEFORE.search(text, max(0, i - 30), i)
                  or (_LIST_ITEM_BEFORE.search(text, max(0, i - 40), i) and _LIST_ITEM_AFTER.match(text, g.end()))):
            return _mention(text, i, g.end(), "Partai Politik", "Organization", kind="party", generic=True)
        return None
    name = "Partai Politik Peserta Pemilu" + (f" {m.group(2)}" if m.group(2) else "")
    return _mention(text, i, m.end(), name, "Organization", kind="party", generic=True)


def _collective_org(text: str, i: int) -> OrgMention | None:
    m = _COLLECTIVE_ORG.match(text, i)
    if not m:
        return None
    sc = _scope_at(text, m.end())
    if not sc:
        return None
    scope = sc[0]
    name = f"{m.group(1)} se-{scope.full if scope else 'Indonesia'}"
    return _mention(text, i, sc[1], name, "Organization", kind="other", generic=True,
                    region_code=scope.code if scope else None)


_ADHOC = _body_regex(D.ADHOC_BODIES, r"(?![A-Za-z0-9/])")
# (the next body by short name or in full, the list words in any case: "PPK DAN PPS", "Panitia
# Pemilihan Kecamatan (PPK) dan Panitia Pemungutan Suara (PPS) se-Kota X")
_ADHOC_AND = re.compile(r"[ \t]*(?:,[ \t]*(?:(?i:dan|serta))?|(?i:dan|serta)|&)[ \t]+")
_AREA_WORDS = "|".join(D.ADHOC_AREA_WORDS)
_ADHOC_AREA = re.compile(r"[ \t]+(?:(?:%s)[ \t]+)?((?:[A-Z][a-z][\w'’-]*)(?:[ \t]+(?!(?:%s)\b)[A-Z][a-z][\w'’-]*){0,2})"
                         r"(?=[ \t]*(?:[,;.)]|$|[ \t]+[a-z]|[ \t]+(?:%s)\b))" % (_AREA_WORDS, _AREA_WORDS, _AREA_WORDS))


def _adhoc_scope(text: str, i: int) -> tuple[str, int] | None:
    """ "se-Kabupaten Sleman", "se-Kota Ambon", "se-Indonesia": (the area, end)."""
    m = _SCOPE.match(text, i)
    if not m or not text[i:m.end()].strip().lower().startswith("se"):
        return None
    if _INDONESIA.match(text, m.end()):
        return "Indonesia", m.end() + len("Indonesia")
    hit = _region_at(text, m.end())
    if hit:
        return hit[0].full, hit[1]
    d = _DISTRICT_SCOPE.match(text, m.end())
    area = _area_after(text, d.end()) if d else None
    if area:
        # "PPS se-Kecamatan Tamalate", "KPPS se-Distrik Wamena": a district, no region of the gazetteer
        return f"{' '.join(d[1].split())} {area[0]}", area[1]
    return None


_DISTRICT_SCOPE = re.compile(r"(Kecamatan|Distrik|Kapanewon|Kemantren)(?=[ \t])")


# (who is sworn in, trained, invited or brought in, also after other bodies of the list:
# "dihadiri Bawaslu, PPK, ...", "melibatkan PPK sebagai pelatih")
_ADHOC_TAKEN = re.compile(r"(?i)\b(?:melantik|dilantik(?:nya)?|bagi|diikuti(?: oleh)?|dihadiri(?: oleh)?|mengundang|"
                          r"melibatkan|menghadirkan)(?: para| seluruh)?"
                          r"(?: [\d.]+)?(?: orang)?(?: calon)?(?: anggota| ketua| operator| petugas)?"
                          r"(?-i:[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,5}"
                          r"(?:[ \t]*,(?:[ \t]*(?:dan|serta))?|[ \t]+(?:dan|serta)))*[ \t]+$")


def _adhoc(text: str, i: int) -> OrgMention | None:
    """An ad hoc election body with its area: "PPK se-Kabupaten Aceh Besar",
    "PPK dan PPS se-Kabupaten Jayawijaya" (both share the scope), "PPK Darul
    Imarah", "Panitia Pemungutan Suara (PPS) Desa Sukamaju"."""
    m = _ADHOC.match(text, i)
    if not m or (i > 0 and text[i - 1] == "(" and text[m.end():m.end() + 1] == ")"):
        return None  # "Pejabat Pembuat Komitmen (PPK)"; "Rahmat (PPK Poasia)" is the body
    short, end = m.lastgroup, m.end()
    br = _BRACKET_AFTER.match(text, end)
    if br and not any(re.sub(r"\s+", " ", br[1]).lower() == f.lower() for f in D.ADHOC_BODIES[short]):
        return None  # "PPK (Pejabat Pembuat Komitmen)": the bracket says what the letters stand for here
    sc = _adhoc_scope(text, br.end() if br else end)  # "PPK (Panitia Pemilihan Kecamatan) se-Kabupaten X"
    if sc:
        return _mention(text, i, sc[1], f"{short} se-{sc[0]}", "Organization", kind="adhoc", generic=True)
    j = end
    while True:  # "PPK, PPS dan KPPS se-...": the list shares the last one's scope
        a = _ADHOC_AND.match(text, j)
        if not a:
            break
        n = _ADHOC.match(text, a.end())
        if not n:
            break
        j = n.end()
        sc = _adhoc_scope(text, j)
        if sc:
            return _mention(text, i, end, f"{short} se-{sc[0]}", "Organization", kind="adhoc", generic=True)
    area = _ADHOC_AREA.match(text, end)
    if area and not R.match(text, area.start(1)) and area.group(1).split()[0].lower() not in _AREA_STOP:
        return _mention(text, i, area.end(), f"{short} {area.group(1)}", "Organization", kind="adhoc")
    if _ADHOC_TAKEN.search(text, max(0, i - 80), i):
        # "melantik 135 anggota Panitia Pemilihan Kecamatan (PPK)", "bimtek bagi KPPS": the body of the
        # page's own area, sworn in or trained
        p = _PAREN.match(text, end)
        return _mention(text, i, p.end() if p and p[1] == short else end, D.ADHOC_BODIES[short][0],
                        "Organization", kind="adhoc")
    return None


_BRACKET_AFTER = re.compile(r"[ \t]*\(([A-Z][a-z]+(?:[ \t]+[A-Za-z]+){1,5})\)")
_AREA_STOP = {"se", "kabupaten", "kota", "provinsi", "tahun", "pemilu", "pemilihan", "pilkada", "kpu"}


# ------------------------------------------------------------------ dispatch

_ELECTION_PARSERS = (_election, _setjen, _sekretariat, _biro, _inspektorat, _pusdatin, _satuan_kerja)
_OTHER_PARSERS = (_lexicon_org, _government, _legislature_commission, _police, _prosecutor, _court, _information_commission,
                  _regional_office, _university, _faculty, _campus_unit, _police_unit, _party_office, _subunit, _ministry,
                  _military, _military_area, _local_unit, _village_actor, _collective_org, _adhoc, _named_body, _parties_in_election, _civil_society,
                  _school)


def _first_words() -> dict[str, tuple]:
    """First word of every opener -> the parsers to try there. Lexicon names are
    reached through their own first words."""
    table: dict[str, list] = {}

    def add(words, parser, fold=False):
        for w in words:
            first = _OPENER.match(w).group()
            for f in {first, first.lower(), first.capitalize()} if fold else {first}:
                lst = table.setdefault(f, [])
                if parser not in lst:
                    lst.append(parser)

    bodies = [*D.ELECTION_BODIES, *(b.upper() for b in D.ELECTION_BODIES),
              *(f for fs in D.ELECTION_BODIES.values() for f in fs)]
    add(bodies, _election)
    add(D.SECRETARIAT_GENERAL, _setjen)
    add(["Sekretariat"], _sekretariat)
    add(["Biro"], _biro)
    add(["Inspektorat"], _inspektorat)
    add(D.DATA_CENTRE, _pusdatin)
    add(D.COLLECTIVE_PREFIXES, _satuan_kerja, fold=True)
    abbr, names = _lexicon()
    add(list(abbr), _lexicon_org)
    for first in names:
        first = _OPENER.match(first).group()
        for f in (first.capitalize(), first.upper()):  # names are capitalised in running text
            table.setdefault(f, [])
            for p in (_lexicon_org, _university, _party_office):
                if p not in table[f]:
                    table[f].append(p)
    add(list(D.GOVERNMENT_HEADS), _government)
    add(list(D.POLICE_HEADS), _police)
    add(list(D.VERTICAL_OFFICES), _vertical_office)
    add(list(D.PROSECUTOR_HEADS), _prosecutor)
    add(list(D.COURT_HEADS), _court)
    add(D.INFORMATION_COMMISSION, _information_commission)
    add(["Komisi"], _legislature_commission)
    add(list(D.PUBLIC_BROADCASTERS) + ["LPP", "Lembaga", "Radio", "Televisi"], _broadcaster_station)
    add(P.MEDIA_HEADS, _media_outlet, fold=True)
    add(D.REGIONAL_OFFICE_WORDS, _regional_office)
    add(D.UNIVERSITY_WORDS, _university)
    add(["Fakultas", *D.FACULTIES], _faculty)
    add(list(D.CAMPUS_UNITS), _campus_unit)
    add(list(D.POLICE_UNITS), _police_unit)
    add(list(D.PARTY_OFFICES), _party_office)
    add(D.SUBUNIT_WORDS, _subunit)
    add(["Kementerian"], _ministry)
    add(D.MILITARY_UNITS, _military)
    add(D.MILITARY_AREA_UNITS, _military_area)
    add(list(D.LOCAL_UNITS), _local_unit)
    add(D.LOCAL_UNIT_AREA_WORDS, _village_actor)
    add(D.COLLECTIVE_ORGS, _collective_org)
    add([*D.ADHOC_BODIES, *(f for fs in D.ADHOC_BODIES.values() for f in fs)], _adhoc)
    add(D.NAMED_BODY_WORDS, _named_body)
    add(["Partai", "Parpol"], _parties_in_election, fold=True)
    add(D.CIVIL_SOCIETY_OPENERS, _civil_society)
    add(D.SCHOOL_TYPES, _school)
    return {k: tuple(v) for k, v in table.items()}


def _trie_regex(words) -> str:
    """A regex matching any of `words`, shaped as a trie ("K(?:PU|IP|em(?:...))")
    so the engine tests a position in a few steps instead of trying every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


@lru_cache(maxsize=1)
def _dispatch() -> tuple[dict[str, tuple], re.Pattern]:
    """The opener table, and one regex that finds its words in a sentence: an
    opener starts after a non-word character (so "PKPU" and "e-KPU" are no "KPU")
    and ends where a word ends."""
    table = _first_words()
    rx = re.compile(r"(?<![A-Za-z0-9_-])(?:" + _trie_regex(table) + r")(?![A-Za-z])")
    return table, rx


def _candidates(text: str):
    table, rx = _dispatch()
    for m in rx.finditer(text):
        s = m.start()
        for p in table[m.group()]:
            c = p(text, s)
            if c is not None:
                yield c


# "Ketua Kpu Kabupaten Ngawi", "kpu kota batam", "bawaslu": an election body's name in
# irregular case (not in a site's address, "sikka.kpu.go.id"); read as printed usually, offsets unchanged
_KPU_CASE = re.compile(r"(?<![\w./-])(?:Kpu|kpu|Dkpp|dkpp|bawaslu)(?![\w./-])")
_KPU_CASED = {"kpu": "KPU", "dkpp": "DKPP", "bawaslu": "Bawaslu"}


def find_orgs(text: str) -> list[OrgMention]:
    """Every organization mention in `text`, longest first without overlaps,
    returned in text order. Election bodies win ties against other readings.
    A text in capitals (a headline: "RAKOR BERSAMA POLRES GOWA DAN DINAS
    PENDIDIKAN") is read as if written with capitals only where names have them."""
    if _in_capitals(text):
        view = _capitalised_view(text)
        return _find(view) or _find(text)  # (written as the view writes it: "Polres Gowa", same span)
    return _find(text)


def _in_capitals(text: str) -> bool:
    letters = list(filter(str.isalpha, text))  # (filter and map: no Python frame a character)
    return len(letters) >= 12 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _table_words(value, out: dict) -> dict:
    """The words the tables write with two capitals or more ("KPU", "SMKN", "MTsN"), by their
    upper-case form."""
    if isinstance(value, str):
        for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", value):
            if sum(c.isupper() for c in w) >= 2:
                out.setdefault(w.upper(), w)
    elif isinstance(value, dict):
        for k, v in value.items():
            _table_words(k, out)
            _table_words(v, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _table_words(v, out)
    return out


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in dir(D):
        if name.isupper():
            _table_words(getattr(D, name), out)
    for w in ("RI", "TNI", "POLRI", "DPR", "DPD", "DPRD", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"):
        out.setdefault(w, w)
    return out


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]+(?![a-z])")
_SMALL_WORDS = {"DAN", "SERTA", "DI", "KE", "DARI", "DENGAN", "BERSAMA", "YANG", "UNTUK", "PADA", "OLEH", "SE",
                "ATAU", "DALAM", "TENTANG"}


@lru_cache(maxsize=256)
def _capitalised_view(text: str) -> str:
    """`text` in capitals rewritten, same length, as running text writes it: acronyms the tables
    know stay ("KPU", "DPRD", "SMKN"), list words go small ("DAN"), other words are capitalised."""
    known = _acronyms()

    def word(m):
        w = m[0]
        if w in known:
            return known[w]
        return w.lower() if w in _SMALL_WORDS else w.capitalize()
    return _CAPS_WORD.sub(word, text)


def _find(text: str) -> list[OrgMention]:
    text = _KPU_CASE.sub(lambda m: _KPU_CASED[m[0].lower()], text)  # offsets unchanged
    cands = sorted((c for c in _candidates(text) if not _rank_branch(text, c)),
                   key=lambda c: (c.start - c.end, c.label != "Satker", c.start))
    taken: list[OrgMention] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken += _shared_scope(text, taken)
    taken = _listed_units(*_with_own_abbreviation(text, taken))
    return sorted(_of_campus(taken), key=lambda c: c.start)


_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+|[ \t]*&[ \t]*")
_LIST_OPENER = re.compile(r"[^.;:()]{0,60}?\b(?:yaitu|yakni|antara lain|di ?antaranya|meliputi|masing-masing)"
                          r"[ \t]*:?[ \t]*")


def _region_list(text: str, j: int, province: str | None, first: bool) -> list[tuple[R.Region, int, int]]:
    """The regencies and cities listed from j ("Sikka, Ende dan Kabupaten Nagekeo"), each
    with its span; none unless the list is closed by "dan"/"serta"/"&" and every one lies in
    `province` (when given). `first`: the list opens with a region, not a separator."""
    out, closed = [], False
    while True:
        sep = None
        if not (first and not out):
            sep = _LIST_SEP.match(text, j)
            if not sep:
                break
            j = sep.end()
        s = _skip(text, j)
        hit = _region_at(text, s, "local")
        if not hit or hit[0].level == "province" or (province and hit[0].province_code != province):
            break
        out.append((hit[0], s, hit[1]))
        closed = sep is not None and bool(re.search(r"dan|serta|&", sep.group()))
        j = hit[1]
    return out if closed else []


def _members_follow(text: str, j: int, taken: list[OrgMention]) -> bool:
    """Two satkers or more listed from j ("KPU Kabupaten A, KPU Kabupaten B dan KPU Kota C")."""
    n = 0
    for u in sorted((u for u in taken if u.start >= j), key=lambda u: u.start):
        gap = text[j:u.start]
        if u.label != "Satker" or u.generic or not (n == 0 and not gap.strip() or n and _LIST_SEP.fullmatch(gap)):
            break
        n, j = n + 1, u.end
    return n >= 2


def _with_own_abbreviation(text: str, taken: list[OrgMention]) -> tuple[str, list[OrgMention]]:
    """ "Universitas Jenderal Soedirman (Unsoed)": the abbreviation in brackets right after a name,
    read as the same body, belongs to that mention (one body, and the list it stands in goes on)."""
    taken = sorted(taken, key=lambda c: c.start)
    out: list[OrgMention] = []
    for c in taken:
        prev = out[-1] if out else None
        if prev is not None and c.name == prev.name and c.end < len(text) and text[c.end] == ")" \
                and re.fullmatch(r"[ \t]*\([ \t]*", text[prev.end:c.start]):
            out[-1] = replace(prev, end=c.end + 1, written=text[prev.start:c.end + 1])
            continue
        out.append(c)
    return text, out


def _listed_units(text: str, taken: list[OrgMention]) -> list[OrgMention]:
    """Satkers one body word serves for ("KPU Kabupaten Ngada, Sikka dan Ende": three KPUs),
    and the regencies and cities that spell out a collective ("5 KPU Kabupaten/Kota ... yaitu
    Kota Pontianak, Kabupaten Mempawah, Kubu Raya dan Sanggau": those five, not the collective)."""
    out = []
    for t in taken:
        if t.label != "Satker" or not t.body or t.body == "DKPP":
            out.append(t)
            continue
        if t.generic and "Kabupaten/Kota" in t.name:
            o = _LIST_OPENER.match(text, t.end)
            items = _region_list(text, o.end(), t.region_code, True) if o else []
            if len(items) >= 2 and not any(u.start < items[-1][2] and u.end > o.end() for u in taken):
                out += [_specific(text, a, b, t.body, r.level, r) for r, a, b in items]
                continue
            if o is None or not _members_follow(text, o.end(), taken):
                out.append(t)  # (else "KPU kabupaten/kota se-X, yakni KPU Kabupaten A, KPU Kota B": those, read already)
            continue
        out.append(t)
        if not t.generic and t.level in ("regency", "city"):
            region = R.by_code().get(t.region_code or "")
            items = _region_list(text, t.end, region.province_code if region else None, False)
            if items and not any(u.start < items[-1][2] and u.end > t.end for u in taken):
                out += [_specific(text, a, b, t.body, r.level, r) for r, a, b in items]
    return out


_RANK_BEFORE = re.compile(r"\b(?:%s)\.?[ \t]+$" % "|".join(
    re.escape(t) for t in sorted({t for t in W.NAME_TITLES_BEFORE if " " not in t and len(t) > 3}, key=len, reverse=True)), re.I)


def _rank_branch(text: str, c: OrgMention) -> bool:
    """ "Brigjen TNI Bobby Prapurna": the branch after a rank is part of the
    title, and the post before it ("Danrem 142/Tatag, ...") keeps its holder."""
    return text[c.start:c.end] in ("TNI", "Polri") and bool(_RANK_BEFORE.search(text, max(0, c.start - 20), c.start))


_BODY_AND = re.compile(r"\b(KPU|Bawaslu|KIP)\s+(?:dan|serta|&)\s+$")


def _shared_scope(text: str, taken: list[OrgMention]) -> list[OrgMention]:
    """ "KPU dan Bawaslu kabupaten/kota se-Sumatera Selatan": the first body shares
    the group of the second."""
    out = []
    for c in taken:
        if not (c.generic and c.body) or c.start < 5:
            continue
        m = _BODY_AND.search(text, max(0, c.start - 20), c.start)
        if m and m[1] != c.body and c.name.startswith(c.body + " "):
            name = m[1] + c.name[len(c.body):]
            out.append(replace(c, start=m.start(1), end=m.end(1), written=m[1], name=name,
                               id=f"satker:{_slug(name)}", body=m[1]))
    return out


_ABBR_DEF = re.compile(r"\s*\(([A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]{1,11})?)\)")  # (Unpas), (UM Sumbar)
_ABBR_SKIP = {"dan", "&", "serta", "untuk", "di", "dari", "of", "the", "and", "for"}


def _abbr_fits(abbr: str, words: list[str]) -> bool:
    """`unpas` fits Universitas Pasundan, `bkad` Badan Keuangan dan Aset Daerah:
    the abbreviation is a run of word prefixes, one or more letters per word
    (a small word may give none)."""
    if not words:
        return not abbr
    w = words[0].lower()
    if w in _ABBR_SKIP and _abbr_fits(abbr, words[1:]):
        return True
    return any(abbr[:n] == w[:n] and _abbr_fits(abbr[n:], words[1:]) for n in range(1, min(len(abbr), len(w)) + 1))


def learn_abbreviations(texts: list[str], mentions: list[list[OrgMention]]) -> dict[str, OrgMention]:
    """Abbreviations an article defines after an organization ("Universitas
    Pasundan (Unpas)"): the shortest end of the name the abbreviation fits,
    for the later mentions of the abbreviation alone."""
    out: dict[str, OrgMention] = {}
    for text, oms in zip(texts, mentions):
        for om in oms:
            m = _ABBR_DEF.match(text, om.end)  # not inside the mention: "Forum Group Discussion (FGD)" is no body
            if not m or m[1] in out or find_orgs(m[1]):
                continue
            words = om.written.split()
            for k in range(len(words) - 1, -1, -1):
                if _abbr_fits(m[1].lower().replace(" ", ""), words[k:]):
                    phrase = " ".join(words[k:])
                    c = om if k == 0 else canonical_org(phrase)
                    if c is None:
                        c = OrgMention(0, 0, phrase, phrase, "Organization", f"org:{_slug(phrase)}")
                    out[m[1]] = c
                    break
    return out


_FACULTY_BEFORE = re.compile(r"(?<![\w-])(%s)[ \t]+$" % "|".join(map(re.escape, D.FACULTIES)))


def with_abbreviations(text: str, oms: list[OrgMention], abbrs: dict[str, OrgMention]) -> list[OrgMention]:
    """`oms` and a mention for every learned abbreviation standing alone in `text`."""
    if not abbrs:
        return oms
    extra = []
    for abbr, om in abbrs.items():
        for m in re.finditer(r"(?<![\w(-])%s(?![\w)-])" % re.escape(abbr), text):
            if all(m.end() <= t.start or m.start() >= t.end for t in oms):
                fa = _FACULTY_BEFORE.search(text, 0, m.start())
                if fa and om.kind == "university":  # "FISIP UM Sumbar": the faculty of the body
                    full = D.FACULTIES[fa[1]]
                    extra.append(_mention(text, fa.start(1), m.end(), f"{full} {om.name}", "Organization",
                                          kind="faculty", parent=om.name))
                else:
                    extra.append(replace(om, start=m.start(), end=m.end(), written=abbr))
    return sorted(oms + extra, key=lambda c: c.start) if extra else oms


def area_office(text: str, start: int, end: int, name: str) -> OrgMention:
    """A district or village named by its head's title ("camat Poasia" -> Kecamatan
    Poasia): not in the gazetteer, so read only there."""
    return _mention(text, start, end, name, "Organization", kind="government")


def canonical_org(name: str) -> OrgMention | None:
    """The organization a name on its own means ("KPU NTT", "Setjen KPU", "KPU"),
    or None when the whole string is not one organization name. A bare election
    body ("KPU", "Bawaslu", "Komisi Pemilihan Umum") is the national one."""
    text = re.sub(r"\s+", " ", name or "").strip(" ,.;:")
    if not text:
        return None
    bare = _election(text, 0, bare=True)
    if bare and bare.end == len(text):
        return bare
    for m in find_orgs(text):
        if m.start == 0 and m.end == len(text):
            return m
    return None


def ancestors(m: OrgMention) -> list[OrgMention]:
    """The chain of parents of a mention, nearest first: KPU Kota Semarang ->
    [KPU Provinsi Jawa Tengah, KPU RI]."""
    out = []
    seen = {m.name}
    while m.parent and m.parent not in seen:
        p = canonical_org(m.parent)
        if p is None:
            break
        out.append(p)
        seen.add(p.name)
        m = p
    return out


def office_of(opener: str, text: str, pos: int) -> OrgMention | None:
    """The regional office a head's title names, read from the region written
    at `pos`: office_of("Polres", "Kapolres Aceh Besar AKBP ...", 9) is Polres
    Aceh Besar, with offsets in `text` (the region's words). The office is not
    printed, so its canonical name stands for the written one."""
    prefix = opener + " "
    rest = text[pos:pos + 80]
    for om in find_orgs(prefix + rest):
        if om.start == 0 and om.end > len(prefix):
            end = pos + om.end - len(prefix)
            return replace(om, start=pos, end=end, written=om.name)
        if om.start > 0:
            break
    return None


# ------------------------------------------------------------ bodies the context places

_CONTEXT_BODY = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(
    map(re.escape, sorted(D.CONTEXT_BODIES, key=len, reverse=True))))
_CONTEXT_NOT_BEFORE = re.compile(D.CONTEXT_BODY_NOT_BEFORE)
_HEAD_TITLES = sorted({*P.REGION_HEAD_ORGS, *P.AREA_HEAD_ORGS}, key=len, reverse=True)
_HEAD_TITLE = re.compile(r"(?<![\w-])(?:Pj\.?\s+|Plt\.?\s+|Plh\.?\s+)?(%s)(?![\w-])" % "|".join(
    r"\s+".join(w.capitalize() if w != "dan" else w for w in h.split()) for h in _HEAD_TITLES))
_ELECTION_OF_HEAD = re.compile(r"(?i)\b(?:pemilihan|pilkada|pilbup|pilwalkot|pilgub|calon|cabup|cawabup|paslon|"
                               r"pasangan|kandidat|pencalonan|mantan|kursi|jabatan|"
                               # a building named by its head: "di Kantor Gubernur X", "Rumah Dinas Bupati"
                               r"kantor|rumah dinas|rumah jabatan|rujab|pendopo|pendapa|aula|gedung|halaman|piala)\s+$")
_HEAD_AND = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+|\s*&\s*)(?=[A-Z])")


def _context_region(home: OrgMention | None, scope: str) -> R.Region | None:
    """The region a body named without one is in, from the article's satker."""
    if home is None or not home.region_code:
        return None
    region = R.by_code().get(home.region_code)
    if region is None:
        return None
    if scope == "local":
        return region if region.level in ("regency", "city") else None
    if scope == "province":
        return region if region.level == "province" else R.by_code().get(region.province_code)
    return region


def _placed(opener: str, region: R.Region, start: int, end: int, written: str) -> OrgMention | None:
    """ "Polres" + Ngawi -> Polres Ngawi, at the written span."""
    probe = f"{opener} {_short(region)}"
    for om in find_orgs(probe):
        if om.start == 0 and om.end == len(probe):
            return replace(om, start=start, end=end, written=om.name)  # not printed: its name stands for it
    return None


# a body's or head's word written in capitals or with odd capitals ("BAWASLU", "KAPOLRES", "KesbangPol")
_KNOWN_WORDS = {w.lower(): w for w in [*D.CONTEXT_BODIES, *(t.split()[0].capitalize() for t in _HEAD_TITLES)]
                if " " not in w}
_KNOWN_FOLD = re.compile(r"(?<![\w-])(%s)(?![\w-])" % words_trie(_KNOWN_WORDS, ignore_case=True),
                         re.I)
# of those, the words that are names in lower case too ("pejabat polres dan dandim", "jajaran
# bawaslu"); "bupati", "camat", "kepala" written small are common nouns ("calon bupati")
_COMMON_WORDS = {"bupati", "gubernur", "camat", "lurah", "kades", "keuchik", "geuchik", "kepala", "komandan",
                 "sekretaris", "wakil", "wali", "walikota", "sekda"}


@lru_cache(maxsize=128)  # each sentence is folded twice (bare_bodies, head_offices)
def fold_known(text: str) -> str:
    """`text` with the bodies' and heads' words written as the tables write them, same length,
    so that offsets hold: "perwakilan KAPOLRES, DANDIM 1509, Ketua BAWASLU" -> "Kapolres", ..."""
    return _KNOWN_FOLD.sub(lambda m: _KNOWN_WORDS[m[1].lower()]
                           if m[1] != m[1].lower() or m[1] not in _COMMON_WORDS else m[1], text)


# "Bawaslu Provinsi", "KPU Provinsi" with no region after them: the province of the article's satker
_PROVINCE_BODY = re.compile(r"(?<![\w-])(Bawaslu|KPU)\s+Provinsi(?![\w/-])(?!\s*(?:[A-Z(]|se[- ]|seluruh\b|(?:dan|serta|&|,)\s*(?:(?:KPU|Bawaslu)\s+)?(?i:kabupaten|kota|kab)\b))")


def bare_bodies(text: str, taken: list[OrgMention], home: OrgMention | None) -> list[OrgMention]:
    """ "Bawaslu", "Kesbangpol", "Forkopimda", "Polres" written without a region:
    the body of the article's satker's region (orgs_data.CONTEXT_BODIES). A
    mention found already stays unless it is the bare word itself."""
    text = fold_known(text)
    out = []
    # (beside "KPU Kabupaten/Kota" the province is a level of a national meeting, not one body)
    levels = re.search(r"(?i)\b(?:kabupaten|kab\.?)\s*/\s*kota\b", text)
    for m in ([] if levels else _PROVINCE_BODY.finditer(text)):
        region = _context_region(home, "province")
        over = [t for t in taken if t.start < m.end() and m.start() < t.end]
        if region is None or any(not t.generic or (t.start, t.end) != m.span() for t in over):
            continue
        placed = _placed(m[1] if m[1] == "Bawaslu" else "KPU Provinsi", region, m.start(), m.end(), m[0])
        if placed is not None:
            out.append(placed)
    for m in _CONTEXT_BODY.finditer(text):
        s, e = m.span()
        if _CONTEXT_NOT_BEFORE.match(text, e):
            continue
        over = [t for t in taken if t.start < e and s < t.end]
        if any((t.start, t.end) != (s, e) for t in over):
            continue  # "Bawaslu Kabupaten Ngawi", "Ketua Bawaslu RI": read already
        if over and over[0].region_code:
            continue
        opener = re.sub(r"\s+", " ", m[1])
        scope = D.CONTEXT_BODIES[opener]
        if home is not None and home.level == "national" and opener == "Bawaslu":
            om = canonical_org("Bawaslu RI")
            placed = replace(om, start=s, end=e) if om else None
        else:
            region = _context_region(home, scope)
            placed = _placed(opener, region, s, e, m[1]) if region else None
        if placed is not None:
            out.append(placed)
    out += bare_services(text, taken, home)
    for t in taken:
        p = placed_office(t, home) if t.kind != "ministry" else _placed_kanwil(text, t, home)
        if p is not t:
            out.append(p)
    return out




_SERVICE_NAMES = {**{v[0]: v[0] for v in D.GOVERNMENT_HEADS.values() if v[0].split()[0] in D.CONTEXT_OFFICE_WORDS
                     + ["Badan"]}, **D.SERVICE_NAME_VARIANTS}
_BARE_SERVICE = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(
    r"\s+".join(map(re.escape, n.split())) for n in sorted(_SERVICE_NAMES, key=len, reverse=True)))
# more of a name the table does not hold: "Dinas Kesehatan Hewan", "Dinas Sosial dan Pemakaman"
_SERVICE_GOES_ON = re.compile(r"\s+(?:(?:dan|&)\s+)?(?!(?:%s)(?![\w-]))[A-Z]" % "|".join(D.SERVICE_LIST_NEXT))


def bare_services(text: str, taken: list[OrgMention], home: OrgMention | None) -> list[OrgMention]:
    """ "dihadiri perwakilan Dinas Sosial dan Dinas Kependudukan dan Catatan Sipil": a regional
    service every region has, named in full without its region, is the article's satker's
    region's, as its short name is ("Dinsos", orgs_data.CONTEXT_BODIES)."""
    out = []
    for m in _BARE_SERVICE.finditer(text):
        s, e = m.span()
        if _CONTEXT_NOT_BEFORE.match(text, e) or _SERVICE_GOES_ON.match(text, e):
            continue  # "Dinas Sosial Provinsi ...", "Dinas Kesehatan Hewan": not the bare service
        if any(t.start < e and s < t.end for t in taken):
            continue
        region = _context_region(home, "same")
        if region is None:
            continue
        service = _SERVICE_NAMES[" ".join(m[1].split())]
        name = f"{service} {region.full}"
        hit = [om for om in find_orgs(name) if om.start == 0 and om.end == len(name)]
        if hit:
            out.append(replace(hit[0], start=s, end=e, written=hit[0].name))
    return out

_KANWIL_BEFORE = re.compile(r"(?:Kakanwil|Kanwil|Kantor\s+Wilayah)\s+$")


def _placed_kanwil(text: str, om: OrgMention, home: OrgMention | None) -> OrgMention:
    """ "Kakanwil Kemenkumham", "Kanwil Kemenag" without a province: the ministry's regional
    office of the article's satker's province."""
    region = _context_region(home, "province")
    k = _KANWIL_BEFORE.search(text, max(0, om.start - 25), om.start) if om.level == "national" else None
    if region is None or k is None:
        return om
    office = "Kantor Wilayah" if k[0].startswith("Kantor") else "Kanwil"
    placed = _placed(f"{office} {' '.join(om.written.split())}", region, om.start, om.end, om.written)
    return placed if placed is not None and placed.region_code else om


def placed_office(om: OrgMention, home: OrgMention | None) -> OrgMention:
    """ "Kepala Dinas Pendidikan, Sutrisno": a regional service named without its
    region is the article's satker's region's (orgs_data.CONTEXT_OFFICE_WORDS)."""
    region = _context_region(home, "same")
    if region is None or om.region_code is not None or om.generic or not om.name \
            or om.name.split()[0] not in D.CONTEXT_OFFICE_WORDS or _region_in(om.name):
        return om
    name = f"{om.name} {region.full}"
    return replace(om, name=name, id=f"org:{_slug(name)}", written=name, region_code=region.code,
                   level=region.level, kind=om.kind or "government")


def _region_in(name: str) -> bool:
    return any(R.match(name, m.start()) for m in re.finditer(r"(?<![\w-])[A-Z]", name)
               if m.start() > 0 and name[m.start() - 1] == " " and name.split()[0] != name[m.start():].split()[0])


def same_office(a: OrgMention, b: OrgMention) -> bool:
    """ "Dukcapil" placed by the context, and "Dinas Kependudukan dan Catatan Sipil
    Kabupaten Lombok Timur" named in full: one office of one region."""
    return a.region_code == b.region_code and a.kind == b.kind and a.name.split()[:2] == b.name.split()[:2]


def head_offices(text: str, taken: list[OrgMention], home: OrgMention | None) -> list[OrgMention]:
    """Offices named only by their head's title: "Kapolres dan Dandim Ngawi" (Polres
    and Kodim of Ngawi attend), "Camat Babadan", "Bupati hadir" on a regency's page.
    The titles of one list share the region written after the last of them, else
    the article's satker's (posts.REGION_HEAD_SCOPE)."""
    text = fold_known(text)
    heads = list(_HEAD_TITLE.finditer(text))
    out, k = [], 0
    while k < len(heads):
        chain = [heads[k]]
        while k + 1 < len(heads):
            g = _HEAD_AND.fullmatch(text, chain[-1].end(), heads[k + 1].start())
            if not g:
                break
            k += 1
            chain.append(heads[k])
        k += 1
        if _ELECTION_OF_HEAD.search(text, max(0, chain[0].start() - 30), chain[0].start()):
            continue  # "Pemilihan Bupati dan Wakil Bupati Ngawi": an election, no office
        shared = chain[-1].end()
        for h in chain:
            low = re.sub(r"\s+", " ", h[1]).lower()
            if any(t.start < h.end() and h.start() < t.end for t in taken):
                continue
            om = _head_office(text, low, h, shared if h is not chain[-1] else h.end(), home)
            if om is not None:
                out.append(om)
    return out


def _head_office(text: str, low: str, h: re.Match, at: int, home: OrgMention | None) -> OrgMention | None:
    if low in P.AREA_HEAD_ORGS:
        area = _area_after(text, at, 2)
        if area is None or R.match(text, _skip(text, at)):
            return None
        office = P.AREA_HEAD_ORGS[low]
        # ("Keuchik Gampong Lambaro": the area's word written after the head's is not said twice)
        name = area[0] if area[0].split()[0] == office else f"{office} {area[0]}"
        return replace(area_office(text, h.start(), h.end(), name), written=name)
    opener = P.REGION_HEAD_ORGS[low]
    om = office_of(opener, text, _skip(text, at))
    if om is not None:
        return replace(om, start=h.start(), end=h.end() if at != h.end() else om.end)
    num = re.match(r"\s+(\d{3,4}|[IVX]{1,4})(?![\w/-])", text[h.end():h.end() + 8])
    if num and opener in D.MILITARY_UNITS:  # "Dandim 1509", "Danlantamal IV": the numbered command
        name = f"{opener} {num[1]}"
        return _mention(text, h.start(), h.end() + num.end(), name, "Organization", kind="military")
    scope = P.REGION_HEAD_SCOPE.get(low)
    nxt = text[h.end():h.end() + 3]
    if _CONTEXT_NOT_BEFORE.match(text, h.end()) or nxt[:1] == "/" or re.match(r"\s+\d", nxt):
        return None
    if scope is None:
        # "Danrem, Danlanud": a command whose area is no region of the gazetteer, named by its
        # head alone: the command itself (its number is not written)
        if opener in D.MILITARY_UNITS and not _AREA_NAME.match(text, h.end()):
            return replace(_mention(text, h.start(), h.end(), opener, "Organization", kind="military"), written=opener)
        return None
    region = _context_region(home, scope)
    return _placed(opener, region, h.start(), h.end(), h[0]) if region else None


def home_office(head: str, home: OrgMention | None, start: int = 0, end: int = 0) -> OrgMention | None:
    """The office of a head's title written without a region ("Pj. Bupati, Agus ..."
    on a regency's page): the satker's region's, by posts.REGION_HEAD_SCOPE."""
    low = head.lower()
    scope = P.REGION_HEAD_SCOPE.get(low)
    region = _context_region(home, scope) if scope else None
    return _placed(P.REGION_HEAD_ORGS[low], region, start, end, head) if region else None


# patterns tried at many positions, with a guard on their first character: same matches, fewer
# tries (kg.extract.fastre)
_HEAD_TITLE, _RANK_BEFORE, _CONTEXT_BODY, _PROVINCE_BODY = map(guarded, (_HEAD_TITLE, _RANK_BEFORE, _CONTEXT_BODY,
                                                                        _PROVINCE_BODY))
