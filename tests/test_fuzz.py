"""Fuzzing the readers (text, HTML, JSON/JSONL) and the extractor (issue 14).

Real pages (tests/fixtures, examples/pages, ../shared/seeds when beside the
project) are mutated byte by byte and character by character, and pages are
made from nothing: flips, truncation, invalid UTF-8, NUL bytes, CRLF, look-alike
Unicode, tag soup and deep nesting, JSON lines that are not objects or hold
the wrong types, empty and binary files, long lines and long names. Whatever
the input, reading and extracting it ends in articles (with one-line warnings)
or in one-line errors naming the file: never an exception, never an article
whose extraction fails, never an unbounded time or memory.

The budget is about 2,000 cases (deterministic: derandomize=True); the long
run with a seed is `python scripts/fuzz.py -n 20000 --seed 1`.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings, strategies as st

import kg
from kg.cli import main
from kg.extract.pipeline import extract_safely
from kg.sources import read_bytes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".htm", ".text", ""]


def _corpus() -> list[tuple[str, bytes]]:
    dirs = [ROOT / "tests" / "fixtures", ROOT / "examples" / "pages", SEEDS]
    files = sorted(p for d in dirs if d.is_dir() for p in d.rglob("*")
                   if p.is_file() and p.suffix in (".txt", ".html", ".jsonl", ".json")
                   and "gold" not in p.parts and p.stat().st_size < 20_000)
    return [(p.suffix, p.read_bytes()) for p in files]


CORPUS = _corpus()
FUZZ = settings(deadline=None, derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def one_line(line: str, path: Path) -> None:
    assert "\n" not in line and "\r" not in line, line
    assert str(path) in line or path.name in line, f"{line!r} does not name {path}"


def outcome(path: Path) -> str:
    """Read and extract one file as `kg extract` does; fail on anything but
    articles or one-line problems naming the file."""
    result = kg.read_articles([str(path)])
    for p in result.problems:
        one_line(f"kg: {p.severity}: {p}", path)
    for art in result.articles:
        facts, skipped = extract_safely(art, time_limit=20)
        assert skipped is None, str(skipped)  # kg would skip the article; still a bug
        for fact in facts:
            json.dumps(fact.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as JSONL
            ev = fact.evidence
            if ev.field == "body":
                assert art.body[ev.start:ev.end] == ev.text, (ev, art.title)
    kind = "articles" if result.ok else ("partial" if result.articles else "rejected")
    event(kind)
    return kind


def write(work: Path, data: bytes, suffix: str, stem: str = "page") -> Path:
    path = work / f"{stem}{suffix}"
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- byte mutations of real pages

BAD_UTF8 = [b"\xff", b"\xfe", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"]


@st.composite
def mutated_bytes(draw) -> tuple[bytes, str]:
    suffix, data = draw(st.sampled_from(CORPUS))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "truncate", "cut_head", "bad_utf8", "nul", "crlf", "splice",
                                     "delete", "repeat"]))
        n = len(data)
        i = draw(st.integers(0, n))
        if kind == "flip" and n:
            b = bytearray(data)
            for j in draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=10)):
                b[j] ^= 1 << draw(st.integers(0, 7))
            data = bytes(b)
        elif kind == "truncate":
            data = data[:i]
        elif kind == "cut_head":
            data = data[i:]
        elif kind == "bad_utf8":
            data = data[:i] + draw(st.sampled_from(BAD_UTF8)) + data[i:]
        elif kind == "nul":
            data = data[:i] + b"\x00" * draw(st.integers(1, 3)) + data[i:]
        elif kind == "crlf":
            data = data.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\r"])))
        elif kind == "splice":
            other = draw(st.sampled_from(CORPUS))[1]
            j = draw(st.integers(0, len(other)))
            data = data[:i] + other[j:j + 3000] + data[i:]
        elif kind == "delete":
            data = data[:i] + data[i + draw(st.integers(0, 500)):]
        else:
            j = min(n, i + draw(st.integers(0, 300)))
            data = data[:i] + data[i:j] * draw(st.integers(2, 20)) + data[j:]
        event(kind)
    if draw(st.integers(0, 9)) == 0:  # a name that lies about the content
        suffix = draw(st.sampled_from(SUFFIXES))
    return data, suffix


@settings(FUZZ, max_examples=700)
@given(case=mutated_bytes())
def test_mutated_pages(work, case):
    outcome(write(work, *case))


# ---------------------------------------------------------------- character mutations: look-alikes, invisibles

LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "K": "К", "M": "М",
             "H": "Н", "T": "Т", "B": "В", "P": "Р", "A": "А", "E": "Е", "O": "О", "C": "С", "i": "і"}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xa0", "\u00ad", "\u202e", "\u2028", "\u3000",
             "\u0301"]


@st.composite
def mutated_text(draw) -> tuple[bytes, str]:
    suffix, data = draw(st.sampled_from(CORPUS))
    text = data.decode("utf-8", "replace")
    kind = draw(st.sampled_from(["cyrillic", "fullwidth", "invisible", "nbsp", "long_name", "long_word"]))
    event(kind)
    rnd = draw(st.randoms(use_true_random=False))
    if kind == "cyrillic":
        text = "".join(LOOKALIKE.get(c, c) if rnd.random() < 0.2 else c for c in text)
    elif kind == "fullwidth":
        text = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rnd.random() < 0.2 else c for c in text)
    elif kind == "invisible":
        text = "".join(c + rnd.choice(INVISIBLE) if rnd.random() < 0.05 else c for c in text)
    elif kind == "nbsp":
        text = text.replace(" ", draw(st.sampled_from(["\xa0", "\u202f", "\u3000", " \u200b"])))
    elif kind == "long_name":
        words = ["Ketua", "KPU", "Kabupaten", "Budi", "Santoso", "Drs.", "S.H.", "M.Si.", "Provinsi", "A.",
                 "Muhammad", "dan", ","]
        name = " ".join(rnd.choice(words) for _ in range(draw(st.sampled_from([30, 300]))))
        i = draw(st.integers(0, len(text)))
        text = text[:i] + " " + name + " " + text[i:]
    else:
        i = draw(st.integers(0, len(text)))
        text = text[:i] + draw(st.sampled_from("AaK.-(,")) * draw(st.sampled_from([300, 5000])) + text[i:]
    return text.encode("utf-8"), suffix


@settings(FUZZ, max_examples=250)
@given(case=mutated_text())
def test_lookalike_unicode_and_long_names(work, case):
    outcome(write(work, *case))


# ---------------------------------------------------------------- JSON lines that are not articles

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=12)
FIELDS = ["title", "judul", "body", "text", "content", "date", "url", "site", "place", "section", "tanggal", "link"]


@st.composite
def json_object(draw):
    """An object with article-like keys whose values are anything (a string, a
    number, a list, a surrogate escape, HTML)."""
    value = (JSON | st.sampled_from(["KPU Kota Kupang Gelar Rapat", "<p>Kupang - KPU Kota Kupang menggelar rapat.</p>",
                                     "\ud800", "x\udfff", "\x00", "2024-13-45", "http://[::1", "http://a:99999/",
                                     "<![CDATA[x", "<![CD x", "Senin (7/10/2024)", ""]))
    return draw(st.dictionaries(st.sampled_from(FIELDS), value, max_size=6))


@st.composite
def jsonl_file(draw) -> tuple[bytes, str]:
    lines = draw(st.lists(st.one_of(
        json_object().map(lambda o: json.dumps(o)),
        JSON.map(json.dumps),
        st.sampled_from(["[" * 5000, '{"a": ' * 3000, '{"title": "T", "body": "B"', "NaN", "", "   ",
                         '{"title": "T", "body": "B", "title": 3}', "\ufeff{}"]),
        st.text(max_size=40)), min_size=0, max_size=8))
    suffix = draw(st.sampled_from([".jsonl", ".json", ".ndjson", ".txt", ""]))
    return "\n".join(lines).encode("utf-8", "surrogatepass"), suffix


@settings(FUZZ, max_examples=400)
@given(case=jsonl_file())
def test_jsonl_not_objects_and_wrong_types(work, case):
    outcome(write(work, *case))


# ---------------------------------------------------------------- tag soup

TAGS = ["<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<h1>", "</h1>", "<h2>", "</h2>", "<br>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "&", "&#0;", "&#xD800;",
        "&nbsp;", "<li>", "<table><tr><td>", '<a href="', '">', "<time datetime='2024-99-99'>", "</time>",
        '<div class="entry-content">', '<div class="post">', '<h1 class="entry-title">', "<html>", "<body>",
        '<meta property="og:title" content="', '<link rel="canonical" href="http://[::1">', "<?xml ", "<![if x]>",
        '<script type="application/ld+json">{"datePublished": [', "</body>", "</html>"]
WORDS = ["KPU Kota Kupang", "menggelar", "rapat", "koordinasi", ".", "Senin (7/10/2024)", "Ketua", "Budi Santoso",
         ",", "\n", "Kupang, kota-kupang.kpu.go.id -", "\xa0", "\u200b"]


@st.composite
def tag_soup(draw) -> tuple[bytes, str]:
    parts = draw(st.lists(st.sampled_from(TAGS) | st.sampled_from(WORDS), max_size=80))
    depth = draw(st.sampled_from([0, 0, 0, 50, 1000]))
    tag = draw(st.sampled_from(["div", "article", "p", "li", "b"]))
    closed = draw(st.booleans())
    body = "".join(parts)
    html = f"<{tag}>" * depth + body + (f"</{tag}>" * depth if closed else "")
    return html.encode("utf-8"), draw(st.sampled_from([".html", ".htm", ".txt", ""]))


@settings(FUZZ, max_examples=350)
@given(case=tag_soup())
def test_broken_and_nested_html(work, case):
    outcome(write(work, *case))


# ---------------------------------------------------------------- any bytes, any name

@settings(FUZZ, max_examples=250)
@given(data=st.binary(max_size=2000) | st.sampled_from([b"", b" ", b"\n\n", b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe",
                                                         b"%PDF-1.4\n\x00\x01", b"\x89PNG\r\n\x1a\n"]),
       suffix=st.sampled_from(SUFFIXES),
       stem=st.sampled_from(["page", "p" * 240, "berita kpu (1)", "Бepитa", "ｋｐｕ", "a\u200bb", "-x"]))
def test_any_bytes_any_name(work, data, suffix, stem):
    outcome(write(work, data, suffix, stem))


# ---------------------------------------------------------------- through the command line

def test_cli_mutated_pages_one_line_errors(tmp_path):
    """`kg extract` in a subprocess over 40 mutated pages at once: stderr holds
    no traceback, and each line is one problem naming its file."""
    import random
    rnd = random.Random(14)
    files = []
    for k in range(40):
        suffix, data = rnd.choice(CORPUS)
        b = bytearray(data[: rnd.randint(0, len(data))])
        for _ in range(rnd.randint(0, 8)):
            if b:
                b[rnd.randrange(len(b))] = rnd.randrange(256)
        p = tmp_path / f"m{k}{rnd.choice([suffix, suffix, '.txt', '.html', '.jsonl'])}"
        p.write_bytes(bytes(b))
        files.append(p)
    proc = subprocess.run([sys.executable, "-m", "kg", "extract", *map(str, files), "-o", str(tmp_path / "out.jsonl")],
                          capture_output=True, text=True, timeout=600)
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1)
    names = {p.name for p in files}
    for line in proc.stderr.splitlines():
        if line.startswith("kg: extract"):  # the progress line, when shown
            continue
        assert line.startswith(("kg: error: ", "kg: warning: ")), line
        assert any(n in line for n in names), line
    for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)


def _run_measured(args: list[str], cwd: Path, timeout: float = 300) -> tuple[subprocess.CompletedProcess, float, int]:
    """A `kg` subprocess; (its result, seconds, its peak RSS in MB)."""
    code = ("import resource, subprocess, sys, json\n"
            "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
            "print(json.dumps({'rc': p.returncode, 'err': p.stderr, 'rss': rss}))")
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "kg", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - t
    res = json.loads(proc.stdout)
    return subprocess.CompletedProcess(args, res["rc"], "", res["err"]), seconds, res["rss"]


@pytest.mark.parametrize("make, suffix", [
    (lambda: b"Ketua KPU " * 1_000_000, ".txt"),                                       # a 10 MB single line
    (lambda: b"KPU Kota Kupang Gelar Rapat\n" + b"KPU Kota Kupang menggelar rapat. " * 312_500, ".txt"),
    (lambda: b"<div>" * 60_000 + b"<h1>Judul</h1><p>Isi.</p>", ".html"),             # 60,000 tags
    (lambda: (b'{"title": "Judul", "body": "' + b"a" * 10_000_000 + b'"}'), ".jsonl"),  # a 10 MB JSON line
    (lambda: b"Judul Berita\n" + b"Kabupa" + b"." * 2_000_000 + b"\n", ".txt"),        # 2 MB of dots
])
def test_big_inputs_bounded(tmp_path, make, suffix):
    """A 10 MB line, a huge body, too many tags: one line naming the file (or
    articles), in bounded time and memory."""
    path = tmp_path / f"big{suffix}"
    path.write_bytes(make())
    proc, seconds, rss = _run_measured(["extract", str(path), "-o", os.devnull], tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode in (0, 1)
    for line in proc.stderr.splitlines():
        one_line(line, path)
    # a 10 MB input read as text is ~100 MB of Python strings; extraction of a
    # 10 MB body would be ~1 GB (which MAX_BODY_CHARS refuses)
    assert rss < 600, f"{rss} MB peak"
    assert seconds < 120, f"{seconds:.0f} s"


def test_cli_runner_extract_of_odd_files(tmp_path):
    """In process through the real entry point: empty, binary named .txt, NUL
    bytes, CRLF, UTF-16 without a BOM, a lone BOM."""
    cases = {"empty.txt": b"", "binary.txt": bytes(range(256)) * 8, "nul.txt": b"Judul\x00\nIsi berita.\n",
             "pdf.txt": b"%PDF-1.4\n", "bom.txt": b"\xef\xbb\xbf",
             "crlf.txt": b"Berita Terkini\r\n\r\nKPU Kota Kupang Gelar Rapat\r\nKupang - KPU Kota Kupang menggelar "
                         b"rapat koordinasi, Senin (7/10/2024).\r\n",
             "utf16.txt": "Judul Berita\nKupang - KPU Kota Kupang menggelar rapat.\n".encode("utf-16-le")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        res = CliRunner().invoke(main, ["extract", str(tmp_path / name), "-o", str(tmp_path / "out.jsonl")])
        assert res.exception is None or isinstance(res.exception, SystemExit), (name, res.exception)
        assert res.exit_code in (0, 1), name
        for line in res.stderr.splitlines():
            one_line(line, tmp_path / name)
        if name in ("empty.txt", "binary.txt", "nul.txt", "pdf.txt", "bom.txt"):
            assert res.exit_code == 1 and res.stderr.count("\n") == 1, (name, res.stderr)
        else:
            assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").strip(), name


# ---------------------------------------------------------------- the defects fuzzing found (regressions)

def test_deep_html_is_read_not_recursion_error():
    """Tag == compares whole subtrees recursively: `post in tag.parents` on a
    page of 3,000 nested divs raised RecursionError."""
    html = "<html><body>" + "<article>" * 3000 + "<h1>Judul Berita</h1><p>Isi berita singkat.</p>" \
           + "</article>" * 3000 + "</body></html>"
    articles, problems = read_bytes(html.encode(), "deep.html", fmt="html")
    assert [a.title for a in articles] == ["Judul Berita"] and not problems


def test_deep_html_in_linear_time():
    """find_parent per paragraph was quadratic: 8,000 paragraphs in nested divs
    took 120 s."""
    html = "<h1>Judul</h1>" + "<div><p>Isi berita.</p>" * 8_000
    t = time.perf_counter()
    articles, _ = read_bytes(html.encode(), "deep.html", fmt="html")
    assert time.perf_counter() - t < 30
    assert articles and articles[0].title == "Judul"


def test_deep_listing_in_linear_time():
    """Post-local selects (soupsieve walks up to the root first) and a date
    select per post were quadratic on a listing whose posts sit in nested
    divs: 4,000 posts took 50 s."""
    html = "".join(f"<div><article><h1>Judul {i}</h1><time datetime='2024-10-07'></time><p>Isi {i}.</p></article>"
                   for i in range(3500))
    t = time.perf_counter()
    articles, _ = read_bytes(html.encode(), "listing.html", fmt="html")
    assert time.perf_counter() - t < 20
    assert len(articles) == 3500 and articles[-1].title == "Judul 3499" and articles[-1].date == "2024-10-07"


def test_too_many_tags_is_one_line():
    articles, problems = read_bytes(b"<b>x</b>" * 40_000, "tags.html", fmt="html")
    assert not articles and "40,000 tags, more than the 30,000" in str(problems[0])


def test_marked_section_the_parser_rejects():
    """html.parser asserts on '<![CD'; bs4 passes the AssertionError on."""
    articles, problems = read_bytes(b"<h1>Judul</h1><p>Isi <![CD x</p>", "cd.html", fmt="html")
    assert not articles and str(problems[0]).startswith("cd.html: malformed HTML the parser rejects")
    arts, probs = read_bytes(b'{"title": "Judul", "body": "<p>Isi <![CD x</p>"}\n', "cd.jsonl", fmt="jsonl")
    assert not arts and "cd.jsonl:1: body: malformed HTML" in str(probs[0])


def test_unsplittable_url_is_no_host():
    """urlsplit raises ValueError on 'http://[::1' (an open IPv6 bracket)."""
    line = b'{"title": "Judul Berita", "body": "Isi berita singkat.", "url": "http://[::1/berita"}\n'
    arts, probs = read_bytes(line, "u.jsonl", fmt="jsonl")
    assert arts[0].url == "http://[::1/berita" and arts[0].site is None and not probs
    html = b'<link rel="canonical" href="http://[::1"><article><h1><a href="/a">Judul</a></h1><p>Isi.</p></article>' \
           b'<article><h1><a href="/b">Judul B</a></h1><p>Isi B.</p></article>'
    arts, probs = read_bytes(html, "u.html", fmt="html")
    assert [a.url for a in arts] == ["/a", "/b"]


def test_lone_surrogate_escapes_replaced():
    """json.loads keeps '\\ud800' as a lone surrogate, which no UTF-8 can hold:
    the article id's hash (and any output) raised UnicodeEncodeError."""
    line = b'{"title": "Judul \\ud800 Berita", "body": "Isi\\u0000 berita \\udfff singkat.", "place": "\\ud83d"}\n'
    arts, probs = read_bytes(line, "s.jsonl", fmt="jsonl")
    assert arts[0].title == "Judul \ufffd Berita" and arts[0].body == "Isi\ufffd berita \ufffd singkat."
    assert arts[0].place == "\ufffd"
    assert probs[0].severity == "warning" and "s.jsonl:1: lone UTF-16 surrogates" in str(probs[0])


def test_title_followed_by_title_has_no_body():
    """Two title-like lines in a row where the second is taken for a title (it
    ends a headline with a period before a dateline) left the first with an
    empty body: IndexError."""
    page = ("Berіta Terkіni\n"  # Cyrillic i: not the known section header
            "KPU Lobar Hadiri Coffee Morning\n"
            "KPPN Mataram Sambangi KPU Kab. Lombok Barat.\n"
            "Gerung, lombokbaratkab.kpu.go.id - KPPN Mataram menyambangi KPU Kabupaten Lombok Barat, Senin (7/10/2024).\n")
    arts, probs = read_bytes(page.encode(), "t.txt", fmt="text")
    assert all(a.body for a in arts) and arts


def test_run_of_dots_splits_in_linear_time():
    """The sentence-end pattern backtracked over a run of dots with no space
    after it: 100,000 dots took minutes (caught by the 30 s article limit)."""
    from kg.extract.sentences import split
    t = time.perf_counter()
    out = split("Rapat digelar. Kabupa" + "." * 200_000 + "ten. Ketua KPU hadir.")
    assert time.perf_counter() - t < 5
    assert out[0].text == "Rapat digelar." and out[-1].text == "Ketua KPU hadir."


def test_xhtml_page_gives_no_parser_advice(tmp_path):
    """bs4 warned XMLParsedAsHTMLWarning, a dozen lines on stderr, on a page
    saved with '<?xml' (which kg reads as HTML)."""
    page = tmp_path / "x.html"
    page.write_text('<?xml version="1.0"?><body><h1>Judul Berita</h1><p>Kupang - KPU Kota Kupang menggelar '
                    'rapat.</p></body>', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "extract", str(page), "-o", os.devnull], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
