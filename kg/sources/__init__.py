"""Pages -> articles: plain-text listings, JSON Lines/JSON, HTML.

    from kg.sources import read_articles
    result = read_articles(["examples/pages", "scraped.jsonl", "-"])
    result.articles   # one Article per id, in input order
    result.problems   # one-line Problems; result.ok says whether any failed

A bad input never stops the others: its problem is recorded and reading goes on.
"""
from __future__ import annotations

import codecs
import dataclasses
import glob
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.model import Article
from kg.sources.decode import decode
from kg.sources.html import read_html
from kg.sources.jsonl import read_json, read_jsonl, read_line
from kg.sources.problems import Problem, ReadResult
from kg.sources.text import read_text

__all__ = ["read_articles", "read_file", "iter_file", "read_bytes", "expand_paths", "Problem", "ReadResult",
           "READERS", "EXTENSIONS"]

READERS: dict[str, Callable[[str, str, str], tuple[list[Article], list[Problem]]]] = {
    "text": read_text, "jsonl": read_jsonl, "json": read_json, "html": read_html,
}
EXTENSIONS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".json": "json", ".html": "html", ".htm": "html"}
STDIN = "-"
# A news article is a few thousand characters (the longest of the seeds is
# under 20,000); a "body" of a million is a dump or a broken page, and
# extracting it would take minutes and gigabytes (10 MB of words: 0.9 GB).
MAX_BODY_CHARS = 1_000_000


def _sniff(text: str) -> str:
    """The format of a text whose name does not say (stdin, odd extensions, .txt
    files that are really saved HTML or JSON Lines)."""
    head = text.lstrip("\ufeff \t\r\n")[:1000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<article" in head:
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl" if "\n" in text.strip() or text.strip().endswith("}") else "json"
    return "text"


def read_bytes(data: bytes, source: str, name: str | None = None,
               fmt: str | None = None) -> tuple[list[Article], list[Problem]]:
    """Decode and read one input. `fmt` is "text", "jsonl", "json" or "html";
    None guesses from the content."""
    name = name or source
    decoded = decode(data)
    if decoded.text is None:
        return [], [Problem(name, decoded.problem or "not readable")]
    problems = [Problem(name, decoded.problem, severity="warning")] if decoded.problem else []
    text = decoded.text
    sniffed = _sniff(text)
    if fmt is None or (fmt == "text" and sniffed in ("html", "jsonl")):
        fmt = sniffed
    articles, more = READERS[fmt](text, source, name)
    problems += more
    kept = _not_too_long(articles, name, problems)
    if fmt in ("text", "html") and len(kept) > 1:  # one listing page: its articles are of the same days
        kept = _with_page_years(kept)
    return kept, problems


def _not_too_long(articles: list[Article], name: str, problems: list[Problem]) -> list[Article]:
    kept = []
    for art in articles:
        if len(art.body) > MAX_BODY_CHARS:
            problems.append(Problem(name, f"article {art.position} {' '.join(art.title.split())[:80]!r} skipped: "
                                          f"its body has {len(art.body):,} characters, more than the "
                                          f"{MAX_BODY_CHARS:,} an article can have"))
        else:
            kept.append(art)
    return kept


def _with_page_years(articles: list[Article]) -> list[Article]:
    from kg.extract.dates import find_dates  # the date reader, used here only for the years a page writes in full

    years = [sorted({d.date.year for d in find_dates(a.body) if d.year_given}) for a in articles]
    return [dataclasses.replace(a, page_years=tuple(sorted({y for j, ys in enumerate(years) if j != i for y in ys})))
            for i, a in enumerate(articles)]


def read_file(path: str | Path) -> tuple[list[Article], list[Problem]]:
    """Read one file (or "-" for stdin) into its articles, with its problems."""
    name = str(path)
    if name == STDIN:
        return read_bytes(sys.stdin.buffer.read(), STDIN, STDIN)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return [], [Problem(name, "no such file")]
    except IsADirectoryError:
        return [], [Problem(name, "is a folder; give the folder to read_articles")]
    except OSError as exc:
        return [], [Problem(name, f"cannot read: {exc.strerror or exc}")]
    return read_bytes(data, p.name, name, EXTENSIONS.get(p.suffix.lower()))


STREAM_BYTES = 8 * 2**20  # a JSON Lines file larger than this is read a part at a time


def iter_file(path: str | Path, part: int = 1000,
              stream_bytes: int = STREAM_BYTES) -> Iterator[tuple[list[Article], list[Problem]]]:
    """`read_file` in parts: a large JSON Lines file (UTF-8, as scrapers write
    it) `part` lines at a time, so a million articles are never held at once;
    any other file whole, in one part. A line that is not UTF-8 is read with
    the decoder's fallbacks (kg.sources.decode), the file's other lines as they are."""
    p = Path(path)
    try:
        streamed = (str(path) != STDIN and EXTENSIONS.get(p.suffix.lower()) == "jsonl"
                    and p.stat().st_size > stream_bytes and _utf8_lines(p))
    except OSError:
        streamed = False
    if not streamed:
        yield read_file(path)
        return
    name, source = str(path), p.name
    articles: list[Article] = []
    problems: list[Problem] = []
    seen = False  # an article or a problem already given
    with p.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                got = decode(raw)
                line = got.text or ""
                if got.problem:
                    problems.append(Problem(name, f"line {number}: {got.problem}", line=number, severity="warning"))
            if number == 1:
                line = line.lstrip("\ufeff")
            art, probs = read_line(line, number, source, name)
            problems += probs
            if art:
                articles.append(art)
            if len(articles) >= part:
                seen = True
                yield _not_too_long(articles, name, problems), problems
                articles, problems = [], []
    if not seen and not articles and not problems:
        problems.append(Problem(name, "no article found: no JSON lines"))
    yield _not_too_long(articles, name, problems), problems


def _utf8_lines(p: Path) -> bool:
    """Does the file start as JSON Lines in UTF-8 (maybe with a BOM), not UTF-16 or binary?"""
    with p.open("rb") as fh:
        head = fh.read(4096)
    return head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{") and b"\x00" not in head


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[str], list[Problem]]:
    """Files, folders (searched recursively for known extensions), globs and "-"
    -> the files to read, each once, in the order given."""
    out: list[str] = []
    seen: set[str] = set()
    problems: list[Problem] = []

    def add(f: str) -> None:
        key = f if f == STDIN else str(Path(f).resolve())
        if key not in seen:
            seen.add(key)
            out.append(f)

    for raw in paths:
        name = str(raw)
        p = Path(name)
        if name == STDIN or p.is_file():
            add(name)
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file()
                           and f.suffix.lower() in EXTENSIONS
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                problems.append(Problem(name, "folder holds no .txt, .jsonl, .json or .html files"))
            for f in found:
                add(str(f))
        elif glob.has_magic(name):
            found = sorted(f for f in glob.glob(name, recursive=True) if Path(f).is_file())
            if not found:
                problems.append(Problem(name, "no files match"))
            for f in found:
                add(f)
        elif p.exists():
            problems.append(Problem(name, "not a regular file"))
        else:
            problems.append(Problem(name, "no such file or folder"))
    return out, problems


def read_articles(paths: Iterable[str | Path], strict: bool = False,
                  progress: Callable[[int, int, str], None] | None = None) -> ReadResult:
    """Read every input; the same article (same id) read twice is kept once, where
    it was first seen. `progress(done, total, file)` is called after each file."""
    files, problems = expand_paths(paths)
    result = ReadResult(problems=problems, strict=strict)
    ids: set[str] = set()
    for done, f in enumerate(files, 1):
        articles, probs = read_file(f)
        result.problems += probs
        for art in articles:
            if art.id not in ids:
                ids.add(art.id)
                result.articles.append(art)
        if progress:
            progress(done, len(files), f)
    return result
