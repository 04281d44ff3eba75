"""The dateline a KPU article opens with: `Kupang, ntt.kpu.go.id — `.

The dateline stays in the body (facts' offsets point into the body); this
module only reads the place, the site and a dated form out of it. Forms seen
on KPU sites and the press:

    Kupang, ntt.kpu.go.id —            Semarang, kota-semarang.kpu.go.id -
    Jakarta, kpu.go.id –               Kupang -          KUPANG, (27/10) -
    Jakarta, 12 Oktober 2025 —         Kupang (ntt.kpu.go.id) –
    Kupang, ntt.kpu.go.id, Senin (27/10/2025) -
    Dompu,- KPU ...                    PEKANBARU (KPU) –
    Gerung, KPU Kab. Lobar –           KPU BANTEN -          (the office, no place)
    kalbar.kpu.go.id - Pontianak, ...  kab-belitung.kpu.go.id, KPU ...
    Surabaya,kpu.go.id-Hari ...        (Sukadana, Kayong Utara 16 Juli 2020) ...
    TANJUNGPINANG, Komisi ...          Tanjungpinang, Dalam ...  (a region's name, no dash)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang import regions
from kg.lang.pages import MONTHS, WEEKDAYS
from kg.sources.dates import parse_date

_WORD = r"[A-Z][A-Za-z'’.]*(?:-[A-Z][a-z]+)?"  # "Bau-Bau", "Toli-Toli" too
_PLACE = rf"(?P<place>{_WORD}(?:\s{_WORD}){{0,3}})"
_SITE = r"(?P<site>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:go\.id|or\.id|ac\.id|co\.id|web\.id|id|com|net|org))"
_WEEKDAY = "(?i:" + "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True)) + ")"
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DATE_CORE = (rf"(?:\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?"
              rf"|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?)")
_DATE = (rf"(?P<date>(?:(?:{_WEEKDAY}),?\s*)?\(\s*(?:(?:{_WEEKDAY}),?\s*)?{_DATE_CORE}\s*\)"
         rf"|(?:(?:{_WEEKDAY}),?\s*)?{_DATE_CORE})")
_DASH = r"(?:\s+[-–—]{1,2}\s*|[-–—]{1,2}\s+|[–—](?=[A-Z]))"  # "BALIKPAPAN—KPU ..." too

_SITE_DASH = rf"(?:{_DASH}|-(?=[A-Z])|\.\s+(?=[A-Z]))"  # "kpu.go.id-Hari ...", "kpu.go.id. KPU ...": a site ends at its domain
# "KPU Kab. Lobar", "KIP Aceh Besar", "KPU BANTEN": the office writing, in place of a site
_OFFICE = (r"(?P<office>(?:(?i:humas|hupmas|tim\s+humas)\s+)?(?:KPU|KIP|KPUD)(?:\s*(?:Kab\.|Kabupaten|Kota|Prov\.|Provinsi))?"
           r"(?:\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?|(?i:humas|hupmas))")  # "Humas KPU X", "(Humas)"

_FORMS = [
    # Place, site[, date] —   ("Kendari | kpu.go.id -" too)
    re.compile(rf"{_PLACE}\s*[,|]\s*{_SITE}(?:\s*,?\s*{_DATE})?{_SITE_DASH}", re.I),
    # Place — site —   ("Kendari – sultra.kpu.go.id – KPU ...")
    re.compile(rf"{_PLACE}{_DASH}{_SITE}{_SITE_DASH}", re.I),
    # Place (site) —
    re.compile(rf"{_PLACE}\s*,?\s*\(\s*{_SITE}\s*\){_DASH}", re.I),
    # Place, date —   /   Place (date) —
    re.compile(rf"{_PLACE}\s*,?\s*{_DATE}{_DASH}"),
    # Place, site Text  (no dash: "Bandung, kab-bandung.kpu.go.id Dalam rangka ..."; the body goes on capitalised)
    re.compile(rf"{_PLACE}\s*,\s*{_SITE}\s+(?=[A-Z])", re.I),
    # site[, date] —   ("Kab-kudus.kpu.go.id – KPU ...": the site alone, a place not printed)
    re.compile(rf"(?P<place>){_SITE}(?:\s*,?\s*{_DATE})?(?:{_SITE_DASH}|\s*,\s+(?=[A-Z]))", re.I),
    # Place, date with its year, no dash: "Belopa, 03 Oktober 2025 KPU ..."
    re.compile(rf"{_PLACE}\s*,\s*{_DATE}\s+(?=[A-Z])"),
    # Place, office —   ("Gerung, KPU Kab.Lobar – ")  /   office —   ("KPU BANTEN - ")
    re.compile(rf"(?:{_PLACE}\s*,\s*)?{_OFFICE}{_DASH}"),
    # Place (office) —   ("PEKANBARU (KPU) – ")
    re.compile(rf"{_PLACE}\s*\(\s*{_OFFICE}\s*\){_DASH}"),
    # (Place, [Region] date) Text   ("(Sukadana, Kayong Utara 16 Juli 2020) Tok tok ...")
    re.compile(rf"\(\s*{_PLACE}\s*,\s*(?:{_WORD}(?:\s{_WORD}){{0,2}}\s*,?\s*)?{_DATE}\s*\)[.,]?\s*(?=[A-Z])"),
    # Place, Region —   ("Raha, Muna – KPU ...": the region a region's name or in capitals)
    re.compile(rf"{_PLACE}\s*,\s*(?P<region>{_WORD}(?:\s{_WORD})?){_DASH}"),
    # PLACE-Text   (a place in capitals run into the text by a bare hyphen: "SENGKANG-KPU Kabupaten ...",
    # "BANDA ACEH-Komisi ..."; in capitals only, so a hyphenated name "Toli-Toli", "E-Coklit" stays whole,
    # and before the election body's name, else a region's name: "SIREKAP-Aplikasi ..." is no place)
    re.compile(r"(?P<place>[A-Z]{4,}(?:\s[A-Z]{3,}){0,2})-(?=(?P<glued>(?:KPU|KIP|Komisi|Bawaslu)\b)|[A-Z])(?!\S*-)"),
    # Place —   (at most three words, so a headline-like opening is not read as a place; "Dompu,- ")
    re.compile(rf"(?P<place>{_WORD}(?:\s{_WORD}){{0,2}})(?:\s*,(?=[-–—]))?{_DASH}"),
    # PLACE, Text  /  Place, Text   (no dash: a place in capitals, or a region's name: "TANJUNGPINANG,
    # Komisi ...", "Kota Yogyakarta, Dihadapan ...")
    re.compile(rf"(?P<place>{_WORD}(?:\s{_WORD}){{0,2}})\s*,\s+(?=[A-Z])"),
]
_GLUED = _FORMS[-3]
# "kalbar.kpu.go.id - Pontianak, Komisi ...": the place after the site
_PLACE_AFTER = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*,\s+(?=[A-Z])")
_NOT_PLACES = {"kpu", "kip", "kpud", "bawaslu", "panwaslu", "dkpp", "dprd", "komisi", "ketua", "anggota",
               "sekretaris", "pemilu", "pilkada"}


def _no_dash_place(place: str) -> bool:
    """A place opening the body without a dash is told from a sentence's first words
    ("Sementara, ...", "Ketua KPU, ...") by being printed in capitals or being a region's name."""
    words = place.split()
    if any(w.lower().strip(".") in _NOT_PLACES or w.lower() in MONTHS or w.lower() in WEEKDAYS
           for w in words):
        return False
    caps = all(w.isupper() for w in words) and len(place.replace(" ", "")) >= 4
    return caps or regions.lookup(place) is not None


@dataclass(frozen=True)
class Dateline:
    text: str  # the dateline as printed, separator included
    place: str | None
    site: str | None = None
    date: str | None = None  # ISO, only when the dateline gives a year
    office: str | None = None  # the office printed in place of a site: "KPU Kab. Lobar"
    end: int = 0  # where the article's first sentence starts in the body


def _place(raw: str) -> str:
    raw = raw.strip()
    return raw.title() if raw.isupper() and len(raw) > 3 else raw


def parse_dateline(body: str) -> Dateline | None:
    """The dateline at the very start of `body`, or None."""
    head = body[:160]
    lead = len(head) - len(head.lstrip())
    head = head.lstrip()
    for form in _FORMS:
        m = form.match(head)
        if not m:
            continue
        place = m.group("place") or ""
        # A place is a proper name: its words are capitalised (form 1 and 2 are case-insensitive
        # only so the site may be written in capitals).
        if not all(w[0].isupper() for w in place.split()) or place.lower() in MONTHS \
                or place.lower() in WEEKDAYS:  # "Periode Juni, Kamis (30/6/2022) ..." names no place
            continue
        groups = m.groupdict()
        site = groups.get("site")
        if (form is _FORMS[-1] or form is _GLUED) and not _no_dash_place(place):
            continue
        if form is _GLUED and not m.group("glued") and regions.lookup(place) is None:
            continue
        if groups.get("region") and not _no_dash_place(groups["region"]):
            continue
        date = parse_date(groups.get("date"))
        if "date" in form.groupindex and groups.get("date") and not date and not site \
                and not re.search(_DASH + "$", m.group(0)):
            continue  # without a dash only a full date makes a dateline
        if date is None:  # "Toraja Utara – Senin (06/12/2021), KPU ...", "... – Rabu (04/03/2020) besok ...":
            # the date opens the sentence
            after = re.match(rf"\s*{_DATE}\s*(?:,|\s)", head[m.end():])
            date = parse_date(after.group("date")) if after else None
        end = m.end()
        if site and not place:  # "kalbar.kpu.go.id - Pontianak, Komisi ..."
            after = _PLACE_AFTER.match(head, end)
            if after and _no_dash_place(after.group("place")):
                place, end = after.group("place"), after.end()
        return Dateline(text=head[:end], place=_place(place or "") or None,
                        site=site.lower() if site else None,
                        date=date, end=lead + end, office=groups.get("office"))
    return None
