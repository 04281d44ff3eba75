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

from kg.lang.pages import (BYLINE_WORDS, CAPTION_WORDS, CHROME_LINES, CREDIT_PREFIXES, MONTHS, NOT_TITLE_PREFIXES, READ_MORE_LINES,
                           SECTION_HEADERS, WEEKDAYS)
from kg.lang import regions
from kg.lang.words import ABBREVIATIONS
from kg.model import Article
from kg.sources.dateline import parse_dateline
from kg.sources.dates import is_date_line, parse_date
from kg.sources.problems import Problem

MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 40
MAX_HEADER_WORDS = 5

_CHROME = re.compile("|".join(f"(?:{rx})" for rx in CHROME_LINES), re.I)
_READ_MORE = re.compile("|".join(f"(?:{rx})" for rx in READ_MORE_LINES), re.I)
_CREDIT = re.compile(r"(?:%s)\b\s*:?\s*\S" % "|".join(map(re.escape, CREDIT_PREFIXES)), re.I)
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# a listing's date without its year, over a teaser: "21 Feb", "Senin, 12 Maret", "Feb 21"
_SHORT_DATE = re.compile(rf"(?:(?:{'|'.join(map(re.escape, WEEKDAYS))}),?\s+)?"
                         rf"(?:\d{{1,2}}\s+(?:{_MONTH_WORD})\.?|(?:{_MONTH_WORD})\.?\s+\d{{1,2}})", re.I)
_COUNTER = re.compile(r"\d{1,6}")  # a view count printed alone: "8", "30"
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_HARD_END = re.compile(r"[.;:,…][\"”’'»)\]]*$")
_SOFT_END = re.compile(r"[!?][\"”’'»)\]]*$")
_WRAPPED = re.compile(r"\(.*\)|\[.*\]")
_CREDIT_END = re.compile(r"[.!?][\"”’']?\s*\([^()]*\)$")  # "... rapat. (humas/ed)"
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[a-z][.)]|[-•*·▪–—])\s")
# the byline a column's text opens with: "Oleh : Nama, Anggota KPU ...", "Penulis: ..."
_BYLINE = re.compile(r"(?:%s)\s*:\s*[A-Z]" % "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(BYLINE_WORDS, key=len, reverse=True)), re.I)
_BREAK = re.compile(r"(\S+)[.!?][\"”’']?\s+[\"“]?[A-Z]")
_ABBREV = {a.replace(".", "") for a in ABBREVIATIONS}


@dataclass
class Line:
    number: int  # 1-based line number in the page
    start: int  # offset of the first character in the page text
    text: str
    blank_before: bool
    before_more: bool = False  # a read-more link follows: the text of a teaser
    after_count: bool = False  # a bare number (a teaser's view count) stands on the line above


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos, blank, count = 0, True, False
    for number, raw in enumerate(text.split("\n"), 1):
        stripped = raw.strip()
        if not stripped or _CHROME.fullmatch(stripped):
            if stripped and out and _READ_MORE.fullmatch(stripped):
                out[-1].before_more = True
            if stripped:
                count = bool(_COUNTER.fullmatch(stripped))
            blank = True
        else:
            out.append(Line(number, pos + raw.index(stripped[0]), stripped, blank, after_count=count))
            blank, count = False, False
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


def looks_like_title(line: str, breaks_ok: bool = False, dateline_ok: bool = False) -> bool:
    """Could this line be a headline? (Whether it is one depends on what follows.)
    `breaks_ok`: a sentence end inside does not tell against it ("Tok! KPU Dapatkan ...");
    `dateline_ok`: nor an opening read as a dateline ("SIREKAP, Alat Bantu ...": a name in capitals
    and a comma)."""
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
    if (parse_dateline(line) and not dateline_ok and not _all_capitals(line)) \
            or (_sentence_breaks(line) and not breaks_ok):
        return False
    return True


def _all_capitals(line: str) -> bool:
    """A headline set wholly in capitals ("GANDENG UNISDA LAMONGAN, KPU BERHARAP ..."): its
    opening may read as a dateline (a place in capitals and a comma), but a dateline is
    followed by a sentence in ordinary case, so a line of four words or more in capitals
    throughout is no dateline."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 4 and len(letters) >= 15 and all(c.isupper() for c in letters)


def _unglue(line: Line) -> list[Line]:
    """A teaser's title run together with its dateline and body on one line, as a
    listing is copied ("KPU Sigi Gelar Rakor Pemilu Sigi – KPU Kabupaten Sigi
    menggelar ..."): the title's line and the body's. The title is in headline
    capitals; where the place may start at several words, a region's name wins,
    else the shortest place."""
    text = line.text
    if looks_like_title(text) or parse_dateline(text) or is_date_line(text):
        return [line]
    found = []
    for m in re.finditer(r"(?<=[\w)]) (?=[A-Z])", text[:MAX_TITLE_CHARS + 1]):
        head, rest = text[:m.start()], text[m.end():]
        dl = parse_dateline(rest)
        if dl is None or not rest[dl.end:dl.end + 1].isupper():
            continue
        if not (dl.site or re.search(r"[-–—]\s*$", dl.text)):
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", head) if w.lower() not in _FUNCTION_WORDS]
        if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.75 * len(words) \
                or not looks_like_title(head):
            continue
        found.append((m.end(), dl))
    if not found:
        return [line]
    regional = [f for f in found if f[1].place and regions.lookup(f[1].place)]
    pos = (regional or found)[0 if regional else -1][0]
    return [Line(line.number, line.start, text[:pos].rstrip(), line.blank_before),
            Line(line.number, line.start + pos, text[pos:], False, line.before_more)]


def _credits(lines: list[Line], dated: list[bool]) -> set[int]:
    """Who posted the article, printed between its headline and its body: a line of
    one or two words ("Admin", "iwan") or a credit ("Oleh: Humas KPU"). Never text:
    left in, it would stand before the dateline."""
    out = set()
    for i in range(1, len(lines) - 1):
        text = lines[i].text
        words = text.split()
        short = (len(words) <= 2 and len(text) <= 25 and all(_NAME_WORD.fullmatch(w) for w in words)
                 and not is_section_header(text))
        credit = len(words) <= 6 and _CREDIT.match(text) is not None and not _HARD_END.search(text)
        if dated[i] or not (short or credit):
            continue
        p = i - 1
        while p > 0 and dated[p]:
            p -= 1
        n = _next_text(lines, dated, i)  # "Title / Admin / 03 Juli 2023 / body": past the post's date
        if n >= len(lines):
            continue
        nxt = lines[n].text
        if dated[p] or len(lines[p].text.split()) < 3 or not looks_like_title(lines[p].text):
            continue
        if parse_dateline(nxt) or not looks_like_title(nxt):
            out.add(i)
    return out


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

    lines = [part for ln in lines for part in _unglue(ln)]
    # a section's name printed again over each teaser ("Berita" / title / text): a label, no text
    lines = [ln for k, ln in enumerate(lines)
             if not (is_section_header(ln.text) and k + 1 < len(lines) and looks_like_title(lines[k + 1].text))]
    dated = [is_date_line(ln.text) or bool(_SHORT_DATE.fullmatch(ln.text)) for ln in lines]
    credits = _credits(lines, dated)
    if credits:
        lines = [ln for i, ln in enumerate(lines) if i not in credits]
        dated = [d for i, d in enumerate(dated) if i not in credits]
    titles, captions = _titles(lines, dated)
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
        dl, at = parse_dateline("\n".join(ln.text for ln in body_lines)), 0
        if dl is None and first in captions and len(body_lines) > 1:  # the photo's caption first
            dl, at = parse_dateline(body_lines[1].text), 1
        untitled = _untitled_teaser(body_lines, dl, at)
        if untitled:
            problems.append(Problem(
                name, f"{len(body_lines) - untitled} line(s) of a teaser without a title after "
                      f"{lines[t].text[:60]!r} are not part of any article; skipped",
                line=body_lines[untitled].number, severity="warning"))
            body_lines = body_lines[:untitled]
        body = "\n".join(ln.text for ln in body_lines)
        articles.append(Article.make(
            lines[t].text, body, source=source, position=k + 1,
            site=dl.site if dl else None, place=dl.place if dl else None,
            date=date or (dl.date if dl else None), section=section,
            body_offset=body_lines[0].start))
    return articles, problems


def _untitled_teaser(body: list[Line], dl, at: int) -> int:
    """Where, inside an article that opened with a dateline, a paragraph opens with one
    again: the next teaser printed without its title, which is no article (an article
    starts with a title) and not this one's text. 0 when there is none."""
    if dl is None or not (dl.site or re.search(r"[-–—]\s*$", dl.text)):
        return 0
    for k in range(at + 1, len(body)):
        again = parse_dateline(body[k].text)
        if again and (again.site or re.search(r"[-–—]\s*$", again.text)):
            return k
    return 0


def _structural_header(lines: list[Line]) -> bool:
    """A short first line, a blank line, then a title with its body: a section
    name we do not know yet."""
    if len(lines) < 3:
        return False
    head, title, body = lines[0], lines[1], lines[2]
    opens = parse_dateline(body.text) is not None
    return (len(head.text.split()) <= MAX_HEADER_WORDS and len(head.text) <= 40
            and looks_like_title(head.text) and title.blank_before
            and looks_like_title(title.text, breaks_ok=opens) and not looks_like_title(body.text))


_FUNCTION_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "atau",
                   "oleh", "serta", "bagi", "se", "tentang", "terhadap", "sebagai", "kepada", "antara"}


def _headline_case(line: Line, nxt: Line) -> bool:
    """Headline capitals: every word but the short function words starts upper-case,
    as no body sentence does, so such a line may end with a full stop and still be a
    headline. Three such words suffice after a blank line when a longer paragraph
    follows ("KPU Kota Blitar Gelar Rakor."); otherwise four, allowing one odd word
    in seven."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line.text) if w.lower() not in _FUNCTION_WORDS]
    upper = sum(w[0].isupper() for w in words)
    if len(words) >= 3 and upper == len(words) and line.blank_before and len(nxt.text) > len(line.text):
        return True
    return len(words) >= 4 and upper >= 0.85 * len(words)


def _next_text(lines: list[Line], dated: list[bool], i: int) -> int:
    """The first line after `i` that is not a date line (len(lines) if none)."""
    j = i + 1
    while j < len(lines) and dated[j]:
        j += 1
    return j


def _caption_opening(text: str) -> bool:
    """A photo caption opens with what the picture shows ("Sambutan ...", "Suasana ...",
    "Tampak ..."): a headline seldom does, so such a line run into the body's dateline under
    a headline is the caption, not the next article's title."""
    first = text.split()[0].lower() if text.split() else ""
    return first in CAPTION_WORDS


def _after_counter(lines: list[Line], dated: list[bool], i: int) -> bool:
    """A listing prints a teaser's view count as a bare number on its own line over the
    headline ("8" / "Rekap DPB Periode Mei."): the line under such a counter stands where
    a title stands, so it is one even when it ends with a full stop, provided a longer
    paragraph follows and it holds no sentence end inside."""
    if not lines[i].after_count:
        return False
    j = _next_text(lines, dated, i)
    return j < len(lines) and len(lines[j].text) > 2 * len(lines[i].text) \
        and not lines[i].text.endswith("..") and _sentence_breaks(lines[i].text) == 0


def _titles(lines: list[Line], dated: list[bool]) -> tuple[list[int], set[int]]:
    """Indexes of the lines that are article titles, and of the photo captions
    printed between a title and its body."""
    opens = [parse_dateline(ln.text) is not None for ln in lines]
    like = [looks_like_title(ln.text) and not d for ln, d in zip(lines, dated)]
    # The line before a read-more link under a title is the teaser's text, however short.
    like = [lk and not (ln.before_more and i > 0 and like[i - 1])
            for i, (lk, ln) in enumerate(zip(like, lines))]
    # A headline with a sentence end inside ("Tok! KPU Dapatkan Dana Hibah ...") is one
    # when the next line opens with a dateline.
    for i in range(len(lines) - 1):
        j = _next_text(lines, dated, i)
        if not like[i] and j < len(lines) and opens[j] and not dated[i] \
                and looks_like_title(lines[i].text, breaks_ok=True):
            like[i] = True
    # An opinion column's headline over the byline its text opens with ("Oleh : Nama, Anggota KPU X
    # ..."): a headline even when it reads like a sentence or a dateline ("SIAKBA, Jawaban ...?").
    for i in range(len(lines) - 1):
        j = _next_text(lines, dated, i)
        if not like[i] and j < len(lines) and not dated[i] and _BYLINE.match(lines[j].text) \
                and len(lines[j].text) > len(lines[i].text) \
                and looks_like_title(lines[i].text, breaks_ok=True, dateline_ok=True):
            like[i] = True
    # A headline printed without its first letter ("etua KPU ...") over a lead that
    # repeats it ("Ketua KPU ..."): the title of a teaser whose text is its lead.
    for i in range(len(lines) - 1):
        head, lead = lines[i].text, lines[i + 1].text
        if not like[i] and head[:1].islower() and len(head.split()) >= 3 and not dated[i] \
                and looks_like_title(head[:1].upper() + head[1:]) \
                and lead[:1].isupper() and lead[1:].startswith(" ".join(head.split()[:3])):
            like[i] = True
    # A title needs a body after it: the page's last line is body, however short
    # (listing copies cut the last article after a few words).
    if len(like) > 1:
        like[-1] = False
    candidates = []
    for i, ln in enumerate(lines):
        j = i + 1
        while j < len(lines) and dated[j]:
            j += 1
        if j >= len(lines) or like[j] or dated[i]:
            continue
        # A headline that ends with a period, or with the dots of a listing that cuts it short
        # ("KPU X Gelar Rapat Koordinasi Bersama..."), still is one when a dateline follows it
        # or it is written in headline capitals.
        if like[i] or (_HARD_END.search(ln.text) and ln.text[-1] in ".…"
                       and looks_like_title(ln.text.rstrip(".… "))
                       and (parse_dateline(lines[j].text) or _headline_case(ln, lines[j])
                            or _after_counter(lines, dated, i))
                       and (len(ln.text) <= 150 or _headline_case(ln, lines[j]))):
            candidates.append(i)
    # A photo caption between a title and its body: the title stands apart, the
    # caption (a longer line) runs straight into the dateline of the body.
    captions: set[int] = set()
    for i in range(len(lines) - 2):
        c = _next_text(lines, dated, i)
        if c + 1 >= len(lines) or c not in candidates or i in candidates or dated[i]:
            continue
        if lines[c].text == lines[i].text:
            continue  # the title printed again: no caption
        if lines[c].number == lines[c + 1].number and not _caption_opening(lines[c].text):
            continue  # a title split from its body (_unglue), unless it reads as a caption
        if like[i] and opens[c + 1] and lines[c].blank_before and not lines[c + 1].blank_before \
                and len(lines[i].text.split()) >= 3 and len(lines[c].text.split()) >= 6:
            candidates[candidates.index(c)] = i
            captions.add(c)
    # A title needs a body: of two titles in a row, the second is the first's caption
    # when it ends a sentence ("Narasumber ... memaparkan materi."), else the first is a
    # label over the second ("Sosialisasi" over "Tok! KPU ...").
    for i in list(candidates):
        j = _next_text(lines, dated, i)
        if i in candidates and j in candidates:
            if _HARD_END.search(lines[j].text) and like[i]:
                candidates.remove(j)
                captions.add(j)
            else:
                candidates.remove(i)
    # On a page whose articles open with a dateline, a title-like line whose
    # text does not is a subheading of the article before it.
    with_dateline = [opens[j] or (j in captions and opens[j + 1])
                     for j in (_next_text(lines, dated, i) for i in candidates)]
    if len(candidates) >= 3 and sum(with_dateline) >= 0.75 * len(candidates):
        candidates = [c for k, (c, d) in enumerate(zip(candidates, with_dateline)) if d or k == 0]
    return candidates, captions
