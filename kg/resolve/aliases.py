"""The forms a reader types for a node, beyond the ones a fact printed.

A lookup matches a node's id, name or aliases (kg/queries), so the aliases are
where "KPU NTT", "KPU DKI Jakarta", "M. Samsul Kadir" or "Rakor Pengawasan"
must be. Written forms come with the facts; this module adds the standard
short and long forms of the same name, from the language data only:

- satkers: the body's short and long name with every name of the region in the
  gazetteer (kg/lang/regions.csv), with and without its kind word where the
  bare name means that region ("KPU Semarang" is Kota Semarang);
- other organizations: the lexicon's canonical name and abbreviations;
- people: the name with its initials spaced and undotted (`M.Samsul Kadir`,
  `M. Samsul Kadir`, `M Samsul Kadir`);
- events: `Rapat Koordinasi` as `Rakor` (kg/lang/events_data.NAME_EXPANSIONS),
  and a name with an abbreviation in brackets without it and by it
  (`Forum Group Discussion (FGD)`: `Forum Group Discussion`, `FGD`);
- topics: the vocabulary's alternative and English labels (schema/topics.ttl).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import orgs_data, regions
from kg.lang.events_data import NAME_EXPANSIONS
from kg.model import Entity

_KIND_WORDS = {"province": ["Provinsi"], "regency": ["Kabupaten", "Kab."], "city": ["Kota"]}


def org_forms(e: Entity) -> list[str]:
    p = e.props
    if e.label == "Satker":
        return satker_forms(e.name, p.get("level"), p.get("region_code"), p.get("body"))
    if e.label == "Organization":
        return organization_forms(e.name, p.get("canonical"), p.get("written"), p.get("level"), p.get("region_code"))
    return []


def _region_names(r: regions.Region) -> list[str]:
    out = [r.name, *r.aliases]
    for n in list(out):
        out += [v for v in regions._variants(n) if v not in out]
    return out


def satker_forms(name: str, level: str | None, region_code: str | None, body: str | None) -> list[str]:
    """`KPU Provinsi Nusa Tenggara Timur` (province 53) -> KPU NTT, KPU Provinsi NTT,
    KPU Nusa Tenggara Timur, Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur, ...;
    `KPU RI` -> KPU Republik Indonesia, Komisi Pemilihan Umum (KPU) RI, ..."""
    if level == "unit":
        return _unit_forms(name)
    body = body or (name.split()[0] if name else "")
    longs = orgs_data.ELECTION_BODIES.get(body)
    if longs is None or not name.startswith(body + " "):
        return []  # a body without a long name (Panwas) still gets its region's names
    out: list[str] = []
    if level == "national":
        for w in orgs_data.NATIONAL_WORDS:
            out.append(f"{body} {w}")
            out += [f"{long} {w}" for long in longs] + [f"{long} ({body}) {w}" for long in longs[:1]]
        return list(dict.fromkeys(out))
    region = regions.by_code().get(str(region_code or ""))
    if level not in _KIND_WORDS or region is None or region.level != level:
        return []
    rest = name[len(body) + 1:]  # "Provinsi Nusa Tenggara Timur", "Kota Semarang", "Aceh"
    for long in longs:
        out += [f"{long} {rest}", f"{longs[0]} ({body}) {rest}"]
    for n in _region_names(region):
        out += [f"{body} {w} {n}" for w in _KIND_WORDS[level]]
        if regions.lookup(n) == region:  # the bare name means this region
            out.append(f"{body} {n}")
    return list(dict.fromkeys(out))


_UNIT_SWAPS = ([(orgs_data.SECRETARIAT_GENERAL[0], "Setjen")]
               + [(orgs_data.DATA_CENTRE[0], w) for w in orgs_data.DATA_CENTRE[1:]]
               + [(short, long) for long, short in orgs_data.UNIT_ABBREVIATIONS.items()])


def _unit_forms(name: str) -> list[str]:
    """`Biro SDM Sekretariat Jenderal KPU` -> `Biro SDM Setjen KPU`, `Biro Sumber Daya
    Manusia Sekretariat Jenderal KPU`, `... KPU RI`."""
    forms = [name]
    for a, b in _UNIT_SWAPS:
        forms += [re.sub(rf"\b{re.escape(a)}\b", b, f) for f in forms if re.search(rf"\b{re.escape(a)}\b", f)]
    if name.endswith(" KPU"):
        forms += [f"{f} RI" for f in forms]
    return [f for f in dict.fromkeys(forms) if f != name]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for table in (orgs_data.UNIVERSITIES, orgs_data.PARTIES, orgs_data.MINISTRIES, orgs_data.AGENCIES):
        for canonical, _kind, abbreviations in table:
            out[canonical] = [canonical, *abbreviations]
    return out


def organization_forms(name: str, canonical: str | None, written: str | None = None,
                       level: str | None = None, region_code: str | None = None) -> list[str]:
    """`BPKP` (canonical Badan Pengawasan Keuangan dan Pembangunan) -> both, and
    `Universitas Pasundan (Unpas)`; an office of a region also by its head's
    short or long name and by every name of its region (`regional_forms`)."""
    out = [canonical] if canonical else []
    for n in (name, canonical):
        forms = _lexicon().get(n or "", [])
        out += forms
        out += [f"{forms[0]} ({a})" for a in forms[1:] if " " not in a]
    if canonical and written and " " not in written and " " in canonical:  # "Unpas" for Universitas Pasundan
        out.append(f"{canonical} ({written})")
    for f in (name, canonical, written):  # "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)"
        m = re.match(r"(.+?) \(([A-Za-z][A-Za-z0-9-]{1,9})\)( .+)?$", f or "")
        # only when the abbreviation stands for the whole name before it, not for its
        # last words ("Direktorat Gratifikasi ... Komisi Pemberantasan Korupsi (KPK)" is not KPK)
        if m and _expansion(m.group(1), m.group(2)) == 0:
            out += [f"{m.group(1)}{m.group(3) or ''}", f"{m.group(2)}{m.group(3) or ''}"]
    out += regional_forms([f for f in (name, canonical, written) if f], level, region_code)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _head_pairs() -> list[tuple[str, str, str | None]]:
    """(long head, short head, level the short one is limited to) from the
    language data: Pemerintah/Pemkot (city), Dinas Kependudukan dan Pencatatan
    Sipil/Disdukcapil, Kepolisian Resor/Polres, Persatuan Tunanetra Indonesia/Pertuni."""
    pairs: list[tuple[str, str, str | None]] = []
    for written, (head, lvl) in orgs_data.GOVERNMENT_HEADS.items():
        if written != head:
            long, short = (head, written) if len(head) > len(written) else (written, head)
            pairs.append((long, short, lvl))
    for table in (orgs_data.POLICE_HEADS, orgs_data.VERTICAL_OFFICES, orgs_data.PROSECUTOR_HEADS,
                  orgs_data.COURT_HEADS):
        for written, head in table.items():
            if written != head:
                long, short = (head, written) if len(head) > len(written) else (written, head)
                pairs.append((long, short, None))
    for written, (head, _lvl) in orgs_data.PARTY_OFFICES.items():
        if written != head:
            pairs.append((written, head, None))
    ki_long, *ki_short = orgs_data.INFORMATION_COMMISSION
    pairs += [(ki_long, s, None) for s in ki_short]
    for long, _kind, abbreviations in orgs_data.COMMUNITY:
        pairs += [(long, a, None) for a in abbreviations if " " not in a]
    return pairs


def _head_swaps(form: str, level: str | None) -> list[str]:
    """The same name with its opening head written long, short, and long with the
    short in brackets: `Pemkot Bandung` <-> `Pemerintah Kota Bandung` is left to
    the region forms; `Disdukcapil Kota Ambon` -> `Dinas Kependudukan dan
    Pencatatan Sipil Kota Ambon`, `... (Disdukcapil) Kota Ambon`."""
    out = []
    m = re.match(r"(.+?) \(([A-Za-z][A-Za-z0-9-]{1,9})\) (.+)$", form)
    if m and _expansion(m.group(1), m.group(2)) == 0:  # "Persatuan Penyandang Disabilitas Indonesia (PPDI) Kabupaten X"
        out += [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]
        form = f"{m.group(1)} {m.group(3)}"
    for long, short, lvl in _head_pairs():
        if lvl and lvl != level:
            continue
        for a, b in ((long, short), (short, long)):
            if form.startswith(a + " ") and not (b.startswith(a + " ") and form.startswith(b + " ")):
                rest = form[len(a) + 1:]
                if lvl:  # Pemkot Bandung = Pemerintah Kota Bandung: the short head holds the kind word
                    kind = _KIND_WORDS[lvl][0]
                    if a == short:
                        out.append(f"{b} {kind} {rest}")
                    elif rest.startswith(kind + " "):
                        out.append(f"{b} {rest[len(kind) + 1:]}")
                    continue
                out.append(f"{b} {rest}")
                if " " in long:  # "Dinas Kesehatan (Dinkes) X", not "Pemerintah (Pemda) X"
                    out.append(f"{long} ({short}) {rest}")
    return out


def regional_forms(forms: list[str], level: str | None, region_code: str | None) -> list[str]:
    """An organization of one region (`Polrestabes Kota Bandung`, `BPK Perwakilan
    Provinsi Papua Barat`, `PPDI Kabupaten Sleman`) by every name of that region,
    with its kind word and without it where the bare name means that region
    (`Polrestabes Bandung`, `BPK Perwakilan Papua Barat`, `PPDI Sleman`), and by
    its head's other names (`_head_swaps`). The region must be the organization's
    own (its region_code); a name that does not end with it gets nothing."""
    region = regions.by_code().get(str(region_code or ""))
    if level not in _KIND_WORDS or region is None or region.level != level:
        return []
    names = sorted(_region_names(region), key=len, reverse=True)
    kinds = _KIND_WORDS[level]
    bare_ok = [n for n in names if regions.lookup(n) == region]
    swapped = [g for f in forms for g in _head_swaps(" ".join(f.split()), level)]
    plain = [f for f in dict.fromkeys([*forms, *swapped]) if "(" not in f]
    out = [f for f in swapped if "(" in f]  # bracketed forms as written, not by every region name
    for f in plain:
        prefix = None
        for n in names:
            for k in [*kinds, ""]:
                tail = f" {k} {n}" if k else f" {n}"
                if f.endswith(tail) and (k or n in bare_ok):
                    prefix = f[: -len(tail)]
                    break
            if prefix:
                break
        out.append(f)
        if prefix:
            out += [f"{prefix} {k} {n}" for n in names for k in kinds] + [f"{prefix} {n}" for n in bare_ok]
    # a short head that holds the kind word takes no second one ("Pemkot Kota Bandung")
    held = tuple(f"{short} {k} " for _, short, lvl in _head_pairs() if lvl for k in _KIND_WORDS[lvl])
    return [f for f in dict.fromkeys(out) if not f.startswith(held)]


def person_forms(written: str) -> list[str]:
    """`Andrew S.N. Kette` -> `Andrew S. N. Kette`, `Andrew SN Kette`."""
    if "." not in written:
        return []
    spaced = re.sub(r"\.(?=[^\s.,])", ". ", written)
    words, plain, run = spaced.split(), [], ""
    for w in words:
        if re.fullmatch(r"[A-Z]\.", w):
            run += w[0]
            continue
        if run:
            plain.append(run)
            run = ""
        plain.append(w)
    if run:
        plain.append(run)
    return [f for f in dict.fromkeys([spaced, " ".join(plain)]) if f != written]


_SHORT = {long.lower(): (short.upper() if len(short) <= 3 else short.capitalize())
          for short, long in NAME_EXPANSIONS.items()}
_LONG = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SHORT), key=len, reverse=True)) + r")\b", re.I)
_BRACKET = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9-]{1,9})\)")
_CONNECTORS = {"dan", "dengan", "dalam", "di", "dari", "untuk", "bagi", "pada", "&"}


def _expansion(before: str, abbr: str) -> int | None:
    """Where in `before` the words the bracketed `abbr` stands for start: their
    initials (`Pegawai Pemerintah dengan Perjanjian Kerja` for PPPK) or a known
    long form of it (`Badan Pengawas Pemilihan Umum` for Bawaslu)."""
    for long in orgs_data.ELECTION_BODIES.get(abbr, []) + [c for c, a in _lexicon().items() if abbr in a]:
        if before.lower().endswith(long.lower()):
            return len(before) - len(long)
    letters, want = "", abbr.lower()
    for m in reversed(list(re.finditer(r"\S+", before))):
        w = m.group()
        if w.lower() in _CONNECTORS:
            continue
        letters = w[0].lower() + letters
        if letters == want:
            return m.start()
        if not want.endswith(letters):
            return None
    return None


def event_forms(name: str) -> list[str]:
    """`Rapat Koordinasi Pengawasan` -> `Rakor Pengawasan`; `Peningkatan Kapasitas
    Sumber Daya Manusia (SDM)` -> `... Sumber Daya Manusia`, `Peningkatan Kapasitas SDM`."""
    out = []
    for m in _BRACKET.finditer(name):
        out.append(name[:m.start()] + name[m.end():])
        at = _expansion(name[:m.start()], m.group(1))
        if at is not None:
            out.append(name[:at] + m.group(1) + name[m.end():])
    out = [" ".join(f.split()) for f in out]
    out += [_LONG.sub(lambda m: _SHORT[m.group().lower()], f) for f in [name, *out]]
    return [f for f in dict.fromkeys(out) if f and f != name]


def topic_forms(topic_id: str) -> list[str]:
    """`topic:kecerdasan-buatan` -> AI, Artificial Intelligence, ..."""
    from kg.extract.topics import concept  # the vocabulary, parsed once
    c = concept(topic_id)
    return [*c.alt_labels, c.label_en] if c else []

