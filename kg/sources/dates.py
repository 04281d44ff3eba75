"""Dates as KPU pages and feeds write them, read into ISO `YYYY-MM-DD`.

Only dates with a year are read here: fixing `Senin (27/10)` needs the
article's context and is extraction's job.
"""
from __future__ import annotations

import datetime as dt
import re

from kg.lang.pages import CREDIT_PREFIXES, MONTHS, WEEKDAYS

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d|\b)")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?,?\s+(\d{{4}})\b", re.I)
_FILLER = set(WEEKDAYS) | {"diposting", "dipublikasikan", "diterbitkan", "posted", "pada", "on",
                           "tanggal", "tgl", "oleh", "by", "admin", "hari"}
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)


def _iso(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str | None) -> str | None:
    """The first full date in `text` as ISO, or None. Numeric dates are day
    first (27/10/2025), as Indonesian pages write them."""
    if not text:
        return None
    found: list[tuple[int, str]] = []
    for rx, order in ((_ISO, "ymd"), (_NUMERIC, "dmy"), (_DAY_MONTH_YEAR, "dMy"),
                      (_MONTH_DAY_YEAR, "Mdy")):
        for m in rx.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = MONTHS[parts["M"].lower()] if "M" in parts else int(parts["m"])
            iso = _iso(int(parts["y"]), month, int(parts["d"]))
            if iso:
                found.append((m.start(), iso))
                break
    return min(found)[1] if found else None


def is_date_line(line: str) -> bool:
    """A short line that is only a date (with weekday, time, 'WIB', a poster's
    name): page furniture between or before titles, not text."""
    if len(line) > 80 or not parse_date(line):
        return False
    rest = _ISO.sub(" ", line)
    rest = _NUMERIC.sub(" ", rest)
    rest = _DAY_MONTH_YEAR.sub(" ", rest)
    rest = _MONTH_DAY_YEAR.sub(" ", rest)
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b(wib|wita|wit|pukul|jam)\b", " ", rest, flags=re.I)
    words = re.findall(r"[^\W\d_]+", rest)
    unknown = [w for w in words if w.lower() not in _FILLER]
    # "12 Maret 2019 Humas KPU Kabupaten Muna": the date, then who posted it
    credit = " ".join(words[:2]).lower()
    return len(unknown) <= 2 or (len(words) <= 6 and any(credit == p or credit.startswith(p + " ")
                                                         for p in CREDIT_PREFIXES))
