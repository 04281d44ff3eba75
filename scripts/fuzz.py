#!/usr/bin/env python3
"""The long fuzz run of the readers and the extractor (CI runs a bounded
budget of the same kinds of case in tests/test_fuzz.py).

Each case is a real page (tests/fixtures, examples/pages) mutated by one or
more mutators (byte flips, truncation, invalid UTF-8, NUL bytes, CRLF, look-alike
Unicode, deep HTML, non-object JSON lines, very long names, ...) or a page made
from nothing (empty, binary, a 10 MB line), saved under a name whose suffix may
lie, read with kg.read_articles and extracted article by article. A case ends
in one outcome:

    articles   read and extracted (maybe with one-line warnings)
    rejected   no article; one-line errors naming the file
    partial    some articles, and one-line errors naming the file
    DEFECTS:   crash (a traceback from reading), extract-crash (an article's
               extraction raised: kg skips it, but it is a bug), slow (over
               --slow seconds), bad-message (a problem not on one line or
               not naming the file)

    python scripts/fuzz.py [-n 20000] [--seed 1] [--slow 10] [--cli 50]

--cli K also sends every K-th case through a `kg extract` subprocess and
checks its stderr holds no traceback and every line names the file.
Exit status 1 when any defect was found; each defect's case is saved under
--keep (default .fuzz/) to replay with `kg extract FILE`.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg.extract.pipeline import extract_safely  # noqa: E402

SUFFIXES = [".txt", ".html", ".htm", ".jsonl", ".json", ".ndjson", ".text", ""]
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "K": "К", "M": "М",
             "H": "Н", "T": "Т", "B": "В", "P": "Р", "A": "А", "E": "Е", "O": "О", "C": "С", "i": "і"}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xa0", "\u00ad", "\u202e", "\u2028", "\u3000"]
BAD_UTF8 = [b"\xff", b"\xfe", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"]


def corpus() -> list[tuple[str, bytes]]:
    """Real pages: every fixture and example page (text, HTML, JSON, JSONL)."""
    files = sorted(p for d in ("tests/fixtures", "examples/pages") for p in (ROOT / d).rglob("*")
                   if p.is_file() and p.suffix in (".txt", ".html", ".jsonl", ".json") and p.stat().st_size < 200_000
                   and "gold" not in p.parts)
    return [(p.suffix, p.read_bytes()) for p in files]


# ---------------------------------------------------------------- mutators: (rng, bytes) -> bytes

def flip(rng, b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 20)):
        if b:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def random_bytes(rng, b):
    b = bytearray(b)
    for _ in range(rng.randint(1, 10)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def truncate(rng, b):
    return b[: rng.randint(0, len(b))]


def cut_head(rng, b):
    return b[rng.randint(0, len(b)):]


def bad_utf8(rng, b):
    for _ in range(rng.randint(1, 5)):
        i = rng.randint(0, len(b))
        b = b[:i] + rng.choice(BAD_UTF8) + b[i:]
    return b


def nul(rng, b):
    for _ in range(rng.randint(1, 3)):
        i = rng.randint(0, len(b))
        b = b[:i] + b"\x00" * rng.randint(1, 4) + b[i:]
    return b


def crlf(rng, b):
    return b.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\r", b"\r\r\n"]))


def _text(b: bytes) -> str:
    return b.decode("utf-8", "replace")


def lookalike(rng, b):
    t = _text(b)
    share = rng.choice([0.01, 0.1, 0.5])
    return "".join(LOOKALIKE[c] if c in LOOKALIKE and rng.random() < share else c for c in t).encode("utf-8")


def fullwidth(rng, b):
    t = _text(b)
    share = rng.choice([0.05, 0.5])
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < share else c for c in t).encode("utf-8")


def invisible(rng, b):
    t = _text(b)
    out = []
    for c in t:
        if c == " " and rng.random() < 0.2:
            c = rng.choice(INVISIBLE)
        elif rng.random() < 0.02:
            c += rng.choice(INVISIBLE)
        out.append(c)
    return "".join(out).encode("utf-8")


def long_name(rng, b):
    t = _text(b)
    words = t.split(" ")
    i = rng.randrange(len(words)) if words else 0
    name = " ".join(rng.choice(["Ketua", "KPU", "Kabupaten", "Budi", "Santoso", "Drs.", "S.H.", "Provinsi",
                                "Jawa", "A.", "Muhammad", "dan", ","]) for _ in range(rng.choice([50, 500, 5000])))
    words.insert(i, name)
    return " ".join(words).encode("utf-8")


def long_word(rng, b):
    t = _text(b)
    i = rng.randint(0, len(t))
    return (t[:i] + rng.choice("AaK.-(") * rng.choice([1000, 100_000]) + t[i:]).encode("utf-8")


def splice(rng, b, other=b""):
    i, j = rng.randint(0, len(b)), rng.randint(0, len(other))
    return b[:i] + other[j:j + rng.randint(0, 5000)] + b[i:]


def repeat(rng, b):
    i = rng.randint(0, len(b))
    j = rng.randint(i, min(len(b), i + 2000))
    return b[:i] + b[i:j] * rng.randint(2, 200) + b[j:]


def delete(rng, b):
    i = rng.randint(0, len(b))
    return b[:i] + b[i + rng.randint(0, 2000):]


def lines_shuffle(rng, b):
    lines = b.split(b"\n")
    rng.shuffle(lines)
    return b"\n".join(lines)


def html_tags(rng, b):
    tags = [b"<div>", b"</div>", b"<p>", b"</p>", b"<article>", b"</article>", b"<h1>", b"</h1>", b"<br>",
            b"<script>", b"</script>", b"<!--", b"-->", b"<![CDATA[", b"<", b">", b"&", b"&#0;", b"&#xD800;",
            b"<table><tr><td>", b'<a href="', b"<time datetime='9999-99-99'>", b"<html", b"<body>",
            b'<meta property="og:title" content="', b'<link rel="canonical" href="http://[::1', b"<?xml "]
    for _ in range(rng.randint(1, 30)):
        i = rng.randint(0, len(b))
        b = b[:i] + rng.choice(tags) + b[i:]
    return b


def deep_html(rng, b):
    n = rng.choice([100, 1000, 5000, 20000])
    tag = rng.choice([b"div", b"article", b"p", b"span", b"li", b"b", b"table"])
    closed = rng.random() < 0.5
    inner = b"<h1>Judul Berita</h1>" + b[:3000]
    return (b"<html><body>" + (b"<" + tag + b">") * n + inner + ((b"</" + tag + b">") * n if closed else b"")
            + b"</body></html>")


def json_lines(rng, b):
    """Lines that are not article objects, or objects with fields of the wrong type."""
    odd = ["1", "-0.5e999", "null", "true", '"a string"', "[]", "[1, 2]", "{}", '{"title": 5, "body": "x"}',
           '{"title": "T", "body": ["a", "b"]}', '{"title": "T", "body": {"p": 1}}', '{"title": null}',
           '{"title": "Judul", "body": "Isi berita.", "date": {"y": 2024}}',
           '{"title": "Judul", "body": "Isi berita.", "date": 99999999999999999999}',
           '{"title": "Judul", "body": "Isi berita.", "url": 12, "site": ["x"], "place": 1.5}',
           '{"title": "Judul", "body": "Isi berita.", "url": "http://[::1"}',
           '{"title": "Judul", "body": "Isi berita.", "url": "http://a:99999999/"}',
           '{"title": "Judul", "body": "<p>Isi</p><' + "div>" * 3000 + '"}',
           '{"title": "' + "Ketua " * 3000 + '", "body": "Isi berita yang panjang."}',
           "[" * 100_000, '{"a": ' * 50_000, '{"title": "T", "body": "B"', '{"title": "\\ud800", "body": "\\udfff x"}',
           '{"title": "T\\u0000", "body": "B\\u0000ody\\u0000"}', "NaN", '{"title": "T", "body": "B", "title": 3}']
    lines = b.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(odd).encode("utf-8"))
    return b"\n".join(lines)


MUTATORS = [flip, random_bytes, truncate, cut_head, bad_utf8, nul, crlf, lookalike, fullwidth, invisible,
            long_name, long_word, splice, repeat, delete, lines_shuffle, html_tags, deep_html, json_lines]


def made(rng) -> bytes:
    """Pages made from nothing."""
    kind = rng.randrange(9)
    if kind == 0:
        return b""
    if kind == 1:
        return rng.choice([b" ", b"\n\n\n", b"\r\n", b"\t \xa0", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff\x00"])
    if kind == 2:
        return bytes(rng.randrange(256) for _ in range(rng.choice([1, 10, 1000, 100_000])))
    if kind == 3:
        return rng.choice([b"%PDF-1.4", b"\x89PNG\r\n", b"PK\x03\x04", b"\x7fELF"]) + os.urandom(1000)
    if kind == 4:  # a single line of 10 MB
        return (rng.choice([b"Ketua KPU ", b"a", b"KPU Kota Kupang menggelar rapat. "]) * 1_200_000)[:10_000_000]
    if kind == 5:
        return "Judul\n".encode("utf-16") + "Isi berita.".encode("utf-16-le")
    if kind == 6:
        return b"<" * rng.choice([10, 10_000]) + b">" * 10
    if kind == 7:
        return ("\n".join(rng.choice(["Berita Terkini", "", "Judul Berita", "Isi berita singkat."])
                          for _ in range(rng.choice([5, 500, 50_000])))).encode("utf-8")
    return b"{" * rng.choice([10, 100_000]) + b"}" * 10


def case(rng, pages) -> tuple[str, bytes, str]:
    """(a description, the bytes, the file suffix) of one case."""
    if rng.random() < 0.08:
        data, desc = made(rng), "made"
        suffix = rng.choice(SUFFIXES)
    else:
        suffix, data = rng.choice(pages)
        names = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            m = rng.choice(MUTATORS)
            names.append(m.__name__)
            data = m(rng, data, rng.choice(pages)[1]) if m is splice else m(rng, data)
        desc = "+".join(names)
        if rng.random() < 0.15:
            suffix = rng.choice(SUFFIXES)
    return desc, data, suffix


# ---------------------------------------------------------------- one case

def check(path: Path, slow: float) -> tuple[str, str]:
    """(outcome, detail) of reading and extracting one file."""
    t = time.perf_counter()
    try:
        result = kg.read_articles([str(path)])
    except Exception:  # noqa: BLE001 - that is the defect we look for
        return "crash", traceback.format_exc(limit=-3)
    for p in result.problems:
        line = f"kg: {p.severity}: {p}"
        if "\n" in line or "\r" in line or str(path) not in line:
            return "bad-message", repr(line[:300])
    for art in result.articles:
        _, skip = extract_safely(art, time_limit=max(slow, 1.0) * 3)
        if skip is not None:
            return "extract-crash", str(skip)[:300]
    if time.perf_counter() - t > slow + 0.05 * len(result.articles):  # a long listing may take longer
        return "slow", f"{time.perf_counter() - t:.1f}s for {len(result.articles)} articles"
    if not result.errors:
        return "articles", ""
    return ("partial" if result.articles else "rejected"), ""


def check_cli(path: Path, timeout: float) -> tuple[str, str]:
    """`kg extract FILE` in a subprocess: no traceback, every stderr line names the file."""
    try:
        proc = subprocess.run([sys.executable, "-m", "kg", "extract", str(path), "-o", os.devnull],
                              capture_output=True, text=True, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return "cli-hang", f"over {timeout}s"
    if "Traceback" in proc.stderr or proc.returncode not in (0, 1):
        return "cli-crash", proc.stderr[-500:]
    for line in proc.stderr.splitlines():
        if line.startswith("kg: ") and ("error" in line or "warning" in line) and str(path) not in line:
            return "cli-bad-message", line[:300]
    return "cli-ok", ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="cases to try")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--slow", type=float, default=15.0, help="seconds a case may take")
    ap.add_argument("--cli", type=int, default=0, metavar="K", help="also run every K-th case through `kg extract`")
    ap.add_argument("--keep", default=".fuzz", help="folder for the cases that found a defect")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    pages = corpus()
    counts: collections.Counter[str] = collections.Counter()
    defects: list[tuple[str, str, str, Path]] = []
    keep = Path(args.keep)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        for i in range(1, args.n + 1):
            desc, data, suffix = case(rng, pages)
            path = Path(tmp) / f"case{i}{suffix}"
            path.write_bytes(data)
            outcome, detail = check(path, args.slow)
            counts[outcome] += 1
            if args.cli and i % args.cli == 0:
                cli, cdetail = check_cli(path, timeout=args.slow * 6)
                counts[cli] += 1
                if cli != "cli-ok":
                    outcome, detail = cli, cdetail
            if outcome not in ("articles", "rejected", "partial", "cli-ok"):
                keep.mkdir(exist_ok=True)
                saved = keep / path.name
                saved.write_bytes(data)
                defects.append((outcome, desc, detail, saved))
                print(f"DEFECT {outcome} case {i} ({desc}) saved as {saved}: {detail.strip().splitlines()[-1] if detail.strip() else ''}",
                      file=sys.stderr)
            if i % 500 == 0:
                print(f"fuzz: {i}/{args.n} cases, {time.perf_counter() - t0:.0f}s, "
                      + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    print(json.dumps({"cases": args.n, "seed": args.seed, "seconds": round(time.perf_counter() - t0, 1),
                      "outcomes": dict(sorted(counts.items())), "defects": len(defects)}, indent=2))
    return 1 if defects else 0


if __name__ == "__main__":
    sys.exit(main())
