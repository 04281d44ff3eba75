"""The dateline a KPU article opens with: `Kupang, ntt.kpu.go.id — `.

The dateline stays in the body (facts' offsets point into the body); this
module only reads the place, the site and a dated form out of it. Forms seen
on KPU sites and the press:

    Kupang, ntt.kpu.go.id —            Semarang, kota-semarang.kpu.go.id -
    Jakarta, kpu.go.id –               Kupang -          KUPANG, (27/10) -
    Jakarta, 12 Oktober 2025 —         Kupang (ntt.kpu.go.id) –
    Kupang, ntt.kpu.go.id, Senin (27/10/2025) -
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang.pages import MONTHS, WEEKDAYS
from kg.sources.dates import parse_date

_WORD = r"[A-Z][A-Za-z'’.]*"
_PLACE = rf"(?P<place>{_WORD}(?:\s{_WORD}){{0,3}})"
_SITE = r"(?P<site>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:go\.id|or\.id|ac\.id|co\.id|web\.id|id|com|net|org))"
_WEEKDAY = "(?i:" + "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True)) + ")"
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DATE_CORE = (rf"(?:\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?"
              rf"|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?)")
_DATE = (rf"(?P<date>(?:(?:{_WEEKDAY}),?\s*)?\(\s*(?:(?:{_WEEKDAY}),?\s*)?{_DATE_CORE}\s*\)"
         rf"|(?:(?:{_WEEKDAY}),?\s*)?{_DATE_CORE})")
_DASH = r"(?:\s+[-–—]{1,2}\s*|[-–—]{1,2}\s+|[–—](?=[A-Z]))"  # "BALIKPAPAN—KPU ..." too

_FORMS = [
    # Place, site[, date] —
    re.compile(rf"{_PLACE}\s*,\s*{_SITE}(?:\s*,?\s*{_DATE})?{_DASH}", re.I),
    # Place (site) —
    re.compile(rf"{_PLACE}\s*,?\s*\(\s*{_SITE}\s*\){_DASH}", re.I),
    # Place, date —   /   Place (date) —
    re.compile(rf"{_PLACE}\s*,?\s*{_DATE}{_DASH}"),
    # Place, site Text  (no dash: "Bandung, kab-bandung.kpu.go.id Dalam rangka ..."; the body goes on capitalised)
    re.compile(rf"{_PLACE}\s*,\s*{_SITE}\s+(?=[A-Z])", re.I),
    # site[, date] —   ("Kab-kudus.kpu.go.id – KPU ...": the site alone, a place not printed)
    re.compile(rf"(?P<place>){_SITE}(?:\s*,?\s*{_DATE})?{_DASH}", re.I),
    # Place, date with its year, no dash: "Belopa, 03 Oktober 2025 KPU ..."
    re.compile(rf"{_PLACE}\s*,\s*{_DATE}\s+(?=[A-Z])"),
    # Place —   (at most three words, so a headline-like opening is not read as a place)
    re.compile(rf"(?P<place>{_WORD}(?:\s{_WORD}){{0,2}}){_DASH}"),
]


@dataclass(frozen=True)
class Dateline:
    text: str  # the dateline as printed, separator included
    place: str | None
    site: str | None = None
    date: str | None = None  # ISO, only when the dateline gives a year
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
        place = m.group("place")
        # A place is a proper name: its words are capitalised (form 1 and 2 are case-insensitive
        # only so the site may be written in capitals).
        if not all(w[0].isupper() for w in place.split()):
            continue
        groups = m.groupdict()
        site = groups.get("site")
        date = parse_date(groups.get("date"))
        if "date" in form.groupindex and groups.get("date") and not date and not site \
                and not re.search(_DASH + "$", m.group(0)):
            continue  # without a dash only a full date makes a dateline
        if date is None:  # "Toraja Utara – Senin (06/12/2021), KPU ...": the date opens the sentence
            after = re.match(rf"\s*{_DATE}\s*,", head[m.end():])
            date = parse_date(after.group("date")) if after else None
        return Dateline(text=m.group(0), place=_place(place) or None,
                        site=site.lower() if site else None,
                        date=date, end=lead + m.end())
    return None
