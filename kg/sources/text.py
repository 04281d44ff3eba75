"""Plain-text listing pages (text copied from a KPU news listing) -> articles.

A page is an optional section header (`Berita Terkini`), then articles, each a
title line followed by its body. Blank lines may or may not separate them, so a
title is told from a body paragraph by what it is: short, not ending a
sentence, not a credit or a list item, and followed by a body. On a page whose
articles open with a dateline, a title-like line whose text has none is a
subheading inside the previous article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang.pages import CHROME_LINES, NOT_TITLE_PREFIXES, SECTION_HEADERS
from kg.lang.words import ABBREVIATIONS
from kg.model import Article
from kg.sources.dateline import parse_dateline
from kg.sources.dates import is_date_line, parse_date
from kg.sources.problems import Problem

MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 40
MAX_HEADER_WORDS = 5

_CHROME = re.compile("|".join(f"(?:{rx})" for rx in CHROME_LINES), re.I)
_HARD_END = re.compile(r"[.;:,…][\"”’'»)\]]*$")
_SOFT_END = re.compile(r"[!?][\"”’'»)\]]*$")
_WRAPPED = re.compile(r"\(.*\)|\[.*\]")
_CREDIT_END = re.compile(r"[.!?][\"”’']?\s*\([^()]*\)$")  # "... rapat. (humas/ed)"
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[a-z][.)]|[-•*·▪–—])\s")
_BREAK = re.compile(r"(\S+)[.!?][\"”’']?\s+[\"“]?[A-Z]")
_ABBREV = {a.replace(".", "") for a in ABBREVIATIONS}


@dataclass
class Line:
    number: int  # 1-based line number in the page
    start: int  # offset of the first character in the page text
    text: str
    blank_before: bool


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos, blank = 0, True
    for number, raw in enumerate(text.split("\n"), 1):
        stripped = raw.strip()
        if not stripped or _CHROME.fullmatch(stripped):
            blank = True
        else:
            out.append(Line(number, pos + raw.index(stripped[0]), stripped, blank))
            blank = False
        pos += len(raw) + 1
    return out


def is_chrome(line: str) -> bool:
    """Read-more links, pagination, share lines: page furniture, never text."""
    return bool(_CHROME.fullmatch(line.strip()))


def _sentence_breaks(line: str) -> int:
    """Sentence ends inside the line, not counting abbreviations and initials."""
    return sum(1 for m in _BREAK.finditer(line)
               if len(m.group(1).strip("(\"“")) > 1
               and m.group(1).strip("(\"“").lower().replace(".", "") not in _ABBREV)


def looks_like_title(line: str) -> bool:
    """Could this line be a headline? (Whether it is one depends on what follows.)"""
    if not 2 <= len(line) <= MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return False
    if _HARD_END.search(line) or (_SOFT_END.search(line) and len(line) > 150):
        return False
    if _WRAPPED.fullmatch(line) or _LIST_ITEM.match(line) or _CREDIT_END.search(line):
        return False
    low = line.lower()
    if any(low.startswith(p) for p in NOT_TITLE_PREFIXES):
        return False
    first = next((c for c in line if c.isalnum()), "")
    first_word = line.split()[0]
    # "e-Coklit Dimulai ..." starts lower-case but is a name; "dan lainnya" is not
    if not (first.isupper() or first.isdigit() or any(c.isupper() for c in first_word)):
        return False
    if parse_dateline(line) or _sentence_breaks(line):
        return False
    return True


_HEADERS_SOLID = {h.replace(" ", "") for h in SECTION_HEADERS}
_GLUED_HEADER = re.compile(r"(?i:(%s))(?=[A-Z0-9])" % "|".join(
    r"\s*".join(map(re.escape, h.split())) for h in sorted(SECTION_HEADERS, key=len, reverse=True) if " " in h))


def is_section_header(line: str) -> bool:
    """A section name, also with its words run together ("BeritaTerkini")."""
    low = line.lower().rstrip(" :")
    return low in SECTION_HEADERS or low.replace(" ", "") in _HEADERS_SOLID


def _glued_header(line: Line) -> tuple[str, Line] | None:
    """ "Berita TerkiniKPU Kota Blitar Gelar ...": a section name run together with
    the first title, as copied from a page; (the header, the title's line)."""
    m = _GLUED_HEADER.match(line.text)
    if not m or not m.group(1)[-1:].islower():
        return None
    rest = line.text[m.end():]
    return m.group(1), Line(line.number, line.start + m.end(), rest, True)


def read_text(text: str, source: str, name: str | None = None) -> tuple[list[Article], list[Problem]]:
    """Split a listing page into articles. `source` goes on each Article, `name`
    (the path as the user gave it) on each Problem."""
    name = name or source
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = _lines(text)
    problems: list[Problem] = []
    if not lines:
        return [], [Problem(name, "no article found: the page has no text")]

    section = None
    glued = _glued_header(lines[0])
    if glued and looks_like_title(glued[1].text):
        section, lines = glued[0], [glued[1]] + lines[1:]
    elif is_section_header(lines[0].text) or _structural_header(lines):
        section = lines[0].text.rstrip(" :")
        lines = lines[1:]
    if not lines:
        return [], [Problem(name, f"no article found: only the section header {section!r}")]

    dated = [is_date_line(ln.text) for ln in lines]
    titles = _titles(lines, dated)
    if not titles:
        return [], [Problem(name, "no article found: no title line followed by a body paragraph")]

    if titles[0] > 0:
        skipped = [i for i in range(titles[0]) if not dated[i]]
        if skipped:
            problems.append(Problem(
                name, f"{len(skipped)} line(s) before the first title are not part of any article; "
                      f"skipped", line=lines[skipped[0]].number, severity="warning"))

    articles: list[Article] = []
    for k, t in enumerate(titles):
        end = titles[k + 1] if k + 1 < len(titles) else len(lines)
        first = t + 1
        date = None
        if first < end and dated[first]:  # "Title / Senin, 27 Oktober 2025 / body"
            date, first = parse_date(lines[first].text), first + 1
        elif t > 0 and dated[t - 1] and (k == 0 or titles[k - 1] + 1 < t - 1):  # date before title
            date = parse_date(lines[t - 1].text)
        last = end
        if k + 1 < len(titles) and end - 1 > first and dated[end - 1]:
            last = end - 1  # the next article's date line
        body_lines = lines[first:last]
        body = "\n".join(ln.text for ln in body_lines)
        dl = parse_dateline(body)
        articles.append(Article.make(
            lines[t].text, body, source=source, position=k + 1,
            site=dl.site if dl else None, place=dl.place if dl else None,
            date=date or (dl.date if dl else None), section=section,
            body_offset=body_lines[0].start))
    return articles, problems


def _structural_header(lines: list[Line]) -> bool:
    """A short first line, a blank line, then a title with its body: a section
    name we do not know yet."""
    if len(lines) < 3:
        return False
    head, title, body = lines[0], lines[1], lines[2]
    return (len(head.text.split()) <= MAX_HEADER_WORDS and len(head.text) <= 40
            and looks_like_title(head.text) and title.blank_before
            and looks_like_title(title.text) and not looks_like_title(body.text))


_SMALL_WORDS = {"di", "ke", "dan", "dari", "pada", "untuk", "bagi", "dengan", "yang", "atau", "serta", "dalam", "oleh", "se"}


def _headline_cased(line: Line, nxt: Line) -> bool:
    """ "KPU Kota Blitar Gelar Rakor Tahapan.": a headline with a full stop and no
    dateline after it still is one when it is written in headline case (every word
    but the small ones capitalised), stands after a blank line and a longer body
    paragraph follows."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line.text) if w.lower() not in _SMALL_WORDS]
    return (line.blank_before and len(words) >= 3 and len(nxt.text) > len(line.text)
            and all(w[0].isupper() for w in words))


def _titles(lines: list[Line], dated: list[bool]) -> list[int]:
    """Indexes of the lines that are article titles."""
    like = [looks_like_title(ln.text) and not d for ln, d in zip(lines, dated)]
    candidates = []
    for i, ln in enumerate(lines):
        j = i + 1
        while j < len(lines) and dated[j]:
            j += 1
        if j >= len(lines) or like[j] or dated[i]:
            continue
        # A headline that ends with a period still is one when a dateline follows it.
        if like[i] or (_HARD_END.search(ln.text) and ln.text.endswith(".")
                       and looks_like_title(ln.text[:-1]) and len(ln.text) <= 150
                       and (parse_dateline(lines[j].text) or _headline_cased(ln, lines[j]))):
            candidates.append(i)
    # On a page whose articles open with a dateline, a title-like line whose
    # text does not is a subheading of the article before it.
    def opens_with_dateline(i: int) -> bool:
        j = i + 1
        while j < len(lines) and dated[j]:
            j += 1
        return parse_dateline(lines[j].text) is not None
    with_dateline = [opens_with_dateline(i) for i in candidates]
    if len(candidates) >= 3 and sum(with_dateline) >= 0.75 * len(candidates):
        candidates = [c for k, (c, d) in enumerate(zip(candidates, with_dateline)) if d or k == 0]
    # A title is followed by its body: one whose next line (past date lines) is
    # the next title has none, and is no title.
    return [c for c, nxt in zip(candidates, candidates[1:] + [len(lines)]) if _body_start(c, dated) < nxt]


def _body_start(i: int, dated: list[bool]) -> int:
    """Index of the first line after line i that is not a date line."""
    j = i + 1
    while j < len(dated) and dated[j]:
        j += 1
    return j
