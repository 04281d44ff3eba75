"""Dates in the running text of KPU articles, with the year fixed when the
text leaves it out.

Pages write event dates in many ways (`Senin (27/10)`, `Kamis (14/10/2021)`,
`Selasa, 12/10/21`, `(Selasa/12/10/2021)`, `pada 20-22 Oktober 2025`,
`10 hingga 11 November 2025`, `28 Februari - 2 Maret 2024`). Numeric dates are
always day first. A date without a year is read against the page: the weekday
written next to it picks the year among the years the page speaks of (and
their neighbours), and with no weekday the latest such year not after `ref`
wins. Regular expressions are compiled once; `find_dates` is called for every
article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from kg.extract.fastre import guarded
from kg.lang.events_data import DAY_PARTS, RANGE_WORDS, WEEKDAY_NUMBERS
from kg.lang.pages import MONTHS


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int  # exclusive
    date: date
    end_date: date | None
    written: str
    weekday: int | None = None  # the weekday the text gives, if any
    year_given: bool = True  # False when the year was inferred
    textual: bool = False  # month written as a word


_WD = "|".join(sorted((re.escape(w) for w in WEEKDAY_NUMBERS), key=len, reverse=True))
_MON = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_RANGE = "|".join(sorted((re.escape(w) for w in RANGE_WORDS), key=len, reverse=True))
# "Jumat sore (6/10)", "Senin pagi hari, tanggal 12/3": what may stand between a weekday and its date
_PART = r"(?:\s+(?:%s)\b)?" % "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in DAY_PARTS),
                                              key=len, reverse=True))
_Y = r"(?:19|20)\d\d"

# Each form is found by its digits first (a regex that starts at a digit is
# cheap to try at every position), then the weekday and bracket before it are
# read from the few characters in front.
# Numeric: (27/10), Senin (27/10), Senin, (10/11), (Selasa/12/10/2021),
# Selasa, 12/10/21, Kamis, 15 /12/16 (a space typed by the slash), (20-22/10/2025), and a bare 14/10/2021.
_NUMERIC = re.compile(
    r"""(?<![\w.-])(?<!\d/)(?P<d>\d{1,2})(?:\s*(?:-|–|s\.?d\.?)\s*(?P<d2>\d{1,2}))?
    (?P<sp>\ ?/\ ?)(?P<m>\d{1,2})
    (?:\ ?/\ ?(?P<y>\d{4}|\d{2}))?(?![\w/])
    (?P<close>\s*\))?""",
    re.I | re.X,
)
# Dashed or dotted with a full year: (16-10-2020), Jumat, 16.10.2020.
_DASHED = re.compile(rf"(?<![\w./-])(?P<d>\d{{1,2}})(?P<sep>[-.])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_Y})(?![\w/-]|\.\d)(?P<close>\s*\))?")
_NUMERIC_BEFORE = re.compile(
    rf"(?:\b(?P<wd1>{_WD})\b(?:\s*(?:-|–|s\.?d\.?|s/d|sampai|hingga)\s*(?:{_WD})\b)?{_PART}\s*,?\s*"
    rf"(?:(?:tanggal|tgl\.?)\s*)?)?(?P<open>\()?\s*(?:(?P<wd2>{_WD})\s*[/,]\s*)?$", re.I)
# Textual: 27 Oktober 2025, Senin, 27 Oktober 2025, 20-22 Oktober 2025,
# tanggal 5 s.d. 7 Maret 2024, 28 Februari - 2 Maret 2024, 27 Okt 2025, and days listed
# (12 dan 13 Maret, 3, 4 dan 5 Mei: from the first to the last).
_TEXTUAL = re.compile(
    rf"""(?<![\w/.])(?P<d>\d{{1,2}})
    (?:\s+(?P<m1>{_MON})\.?(?:\s+(?P<y1>{_Y}))?)?
    (?:(?:\s*,\s*\d{{1,2}}(?!\d))*\s*(?:{_RANGE}|dan|serta|&)\s*(?:tanggal\s+)?(?P<d2>\d{{1,2}}))?
    \s+(?P<m>{_MON})\b\.?
    (?:\s*,?\s*(?P<y>{_Y})\b)?""",
    re.I | re.X,
)
_TEXTUAL_BEFORE = re.compile(rf"\b(?P<wd>{_WD})\b(?:\s*(?:-|–|s\.?d\.?|s/d|sampai|hingga)\s*(?:{_WD})\b)?{_PART}\s*(?:,\s*|\s+)(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?$", re.I)
_YEAR = re.compile(rf"(?<![\w/.-])({_Y})(?![\w/])")


_CITATION = re.compile(rf"\b(?:nomor|no\.?)\s*[\w./-]+\s+tahun\s+{_Y}\b|\b\d+\s*/\s*{_Y}\b", re.I)


def years_in(text: str) -> list[int]:
    """The years a text speaks of (`Pilkada 2024`, `Tahun 2025`), in order.
    The year of a cited regulation (`Nomor 43 Tahun 2009`, `46/2025`) says
    when the rule was made, not when the page was written, so it is left out."""
    text = _CITATION.sub(" ", text or "")
    return [int(y) for y in _YEAR.findall(text)]


def _year(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if n < 100 else n


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def fix_year(day: int, month: int, weekday: int | None, context_years: Iterable[int],
             ref: date | None = None) -> int | None:
    """The year of a day/month the text gives without one.

    With a weekday: of the years up to `ref`'s (the last twelve, and back to the year before the
    earliest the page names) on which the
    day falls on that weekday, the one nearest to a year the page speaks of
    (the later on a tie; the latest when the page names no recent year).
    Without a weekday, or when no year fits it: with the article's own date `ref`, the year that puts
    the day nearest to it (a report tells of days just past, a notice of days just ahead: "29 Desember"
    on a page of 3 January is the December before); when the page names years around its date but not
    its own, among those ("Bimtek 5-6 Juni 2024 dan apel (7/6)" stays in 2024 on a page of 2025); else the latest page year not after today, else
    this year. `ref` defaults to today.
    """
    dated = ref is not None
    ref = ref or date.today()
    context_years = set(context_years)
    years = sorted({y for y in context_years if ref.year - 15 <= y <= ref.year}, reverse=True)
    if weekday is not None:
        # the last twelve years, and back to the year before the earliest the page names: a page of 2014
        # announcing "Pilkada 2015" may lie further back than that
        oldest = min([ref.year - 11] + [y - 1 for y in years])
        fits = [y for y in range(ref.year, oldest - 1, -1)
                if (d := _valid(y, month, day)) and d.weekday() == weekday]
        if fits:
            if not years:
                return fits[0]
            return min(fits, key=lambda y: (min(abs(y - c) for c in years), -y))
    if dated:
        around = (ref.year - 1, ref.year, ref.year + 1)
        spoken = [y for y in around if y in context_years]
        if ref.year in context_years or not spoken:
            spoken = around
        near = [(abs((d - ref).days), y) for y in spoken if (d := _valid(y, month, day))]
        if near:
            return min(near)[1]
    for y in years:
        if _valid(y, month, day):
            return y
    return ref.year if _valid(ref.year, month, day) else None


def weekday_year(dm: DateMention, years: Iterable[int]) -> DateMention:
    """A date written with its year and a weekday that falls on it in the year before or after instead
    ("Selasa, 9 Oktober 2019" on a page of 2018, when 9 October 2018 was a Tuesday): the year is the slip
    (writers put down the election's year, or last year's), when the page speaks of that other year too.
    Otherwise the date as written: a weekday or day may be the slip just as well."""
    if not dm.year_given or dm.weekday is None or dm.date.weekday() == dm.weekday:
        return dm
    known = set(years)
    for y in (dm.date.year - 1, dm.date.year + 1):
        d = _valid(y, dm.date.month, dm.date.day)
        if y in known and d and d.weekday() == dm.weekday:
            end = _valid(dm.end_date.year + y - dm.date.year, dm.end_date.month, dm.end_date.day) \
                if dm.end_date else None
            return replace(dm, date=d, end_date=end)
    return dm


def _wd(*names: str | None) -> int | None:
    for n in names:
        if n:
            return WEEKDAY_NUMBERS.get(n.lower())
    return None


def find_dates(text: str, context_years: Iterable[int] = (), ref: date | None = None) -> list[DateMention]:
    """Every date written in `text`, in order of position. Years missing from
    the text are fixed from the weekday and `context_years` (defaults to the
    years `text` itself mentions)."""
    ctx = list(context_years) or years_in(text)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    for m in _TEXTUAL.finditer(text):
        mon = MONTHS[m["m"].lower()]
        d = int(m["d"])
        before = _TEXTUAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        wd = _wd(before["wd"]) if before else None
        begin = before.start() if before else m.start()
        y = _year(m["y"])
        given = y is not None
        end_d = int(m["d2"]) if m["d2"] else None
        if m["m1"]:  # cross-month range: 28 Februari (2024) - 2 Maret 2024
            if end_d is None:
                continue
            mon1 = MONTHS[m["m1"].lower()]
            y = y or fix_year(end_d, mon, None, ctx, ref)
            y1 = _year(m["y1"]) or (y - 1 if y and mon1 > mon else y)
            first = _valid(y1, mon1, d) if y1 else None
            last = _valid(y, mon, end_d) if y else None
        else:
            if y is None:
                y = fix_year(d, mon, wd, ctx, ref)
            first = _valid(y, mon, d) if y else None
            last = _valid(y, mon, end_d) if (y and end_d) else None
        if not first:
            continue
        if last and last < first:
            last = None
        out.append(DateMention(begin, m.end(), first, last, text[begin:m.end()], wd, given, True))
        taken.append((begin, m.end()))

    for m in _NUMERIC.finditer(text):
        before = _NUMERIC_BEFORE.search(text, max(0, m.start() - 40), m.start())
        s = before.start() if before and before.group() else m.start()
        opened = bool(before and before["open"])
        closed = bool(m["close"])
        e = m.end() if (closed and opened) or not closed else m.end("y" if m["y"] else "m")
        if any(a < e and s < b for a, b in taken):
            continue
        has_year = m["y"] is not None
        wd = _wd(before["wd1"], before["wd2"]) if before else None
        if m["sp"] != "/" and wd is None:
            continue  # "15 /12/16" is a date after a weekday (typed by hand); "3 / 2" alone is a score
        # a bare d/m without a year is too ambiguous (a score, a ratio) unless a
        # weekday or brackets say it is a date
        if not has_year and wd is None and not (opened and closed):
            continue
        if has_year and len(m["y"]) == 2 and wd is None and not opened:
            continue  # 12/10/21 needs a weekday or brackets
        day, mon = int(m["d"]), int(m["m"])
        if not 1 <= mon <= 12:
            continue
        y = _year(m["y"]) if has_year else fix_year(day, mon, wd, ctx, ref)
        first = _valid(y, mon, day) if y else None
        if not first:
            continue
        last = _valid(y, mon, int(m["d2"])) if m["d2"] else None
        if last and last < first:
            last = None
        if opened and not closed and not (before["wd1"]):
            s = before.end("open")
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(DateMention(s, e, first, last, text[s:e], wd, has_year, False))
        taken.append((s, e))

    for m in _DASHED.finditer(text):
        before = _NUMERIC_BEFORE.search(text, max(0, m.start() - 40), m.start())
        s = before.start() if before and before.group() else m.start()
        e = m.end() if m["close"] and before and before["open"] else m.end("y")
        if any(a < e and s < b for a, b in taken):
            continue
        first = _valid(int(m["y"]), int(m["m"]), int(m["d"])) if 1 <= int(m["m"]) <= 12 else None
        if not first:
            continue
        while s < e and text[s].isspace():
            s += 1
        wd = _wd(before["wd1"], before["wd2"]) if before else None
        out.append(DateMention(s, e, first, None, text[s:e], wd, True, False))
        taken.append((s, e))

    out.sort(key=lambda dm: dm.start)
    return out


# patterns tried at many positions, with a guard on their first character: same matches, fewer
# tries (kg.extract.fastre)
_TEXTUAL_BEFORE, _YEAR = map(guarded, (_TEXTUAL_BEFORE, _YEAR))
