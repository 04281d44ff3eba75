"""JSON Lines (one article per line) and JSON (a list of articles) -> articles.

The interchange format for anyone who scraped the sites themselves, and what
`kg articles --format jsonl` writes, so its output reads back in. A body that
holds HTML (a scraped `content` field) is read as HTML paragraphs.
"""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from kg.model import Article
from kg.sources.dateline import parse_dateline
from kg.sources.dates import parse_date
from kg.sources.html import MarkupError, html_to_paragraphs
from kg.sources.problems import Problem

# First key present wins. Indonesian names are what home-made scrapers use.
TITLE_KEYS = ("title", "judul", "headline")
BODY_KEYS = ("body", "text", "content", "isi", "konten")
URL_KEYS = ("url", "link", "permalink")
DATE_KEYS = ("date", "published", "datePublished", "published_at", "tanggal")
TOO_DEEP = "malformed JSON: nested too deeply to be an article"
# JSON may escape half of a UTF-16 pair ("\ud800") alone: no character, and no
# UTF-8 for it, so hashing or writing such a string fails. (Files holding NUL
# bytes are refused as binary; a "\u0000" escape is the same byte.)
_NOT_TEXT = re.compile("[\ud800-\udfff\x00]")


def _first(obj: dict, keys: tuple[str, ...]) -> Any:
    for k in keys:
        if obj.get(k) not in (None, ""):
            return obj[k]
    return None


def article_from_object(obj: Any, source: str, name: str, position: int,
                        line: int | None) -> tuple[Article | None, list[Problem]]:
    """One JSON object -> an Article, or the reason it is not one."""
    def problem(msg: str, severity: str = "error") -> list[Problem]:
        return [Problem(name, msg, line=line, severity=severity)]

    where = "" if line is not None else f"item {position}: "
    if not isinstance(obj, dict):
        return None, problem(f"{where}expected a JSON object, got {type(obj).__name__}")
    title, body = _first(obj, TITLE_KEYS), _first(obj, BODY_KEYS)
    problems: list[Problem] = []
    if any(isinstance(v, str) and _NOT_TEXT.search(v) for v in obj.values()):
        problems += problem(f"{where}lone UTF-16 surrogates or NUL characters (\\ud800, \\u0000 escapes) "
                            "replaced by U+FFFD", "warning")
        obj = {k: _NOT_TEXT.sub("\ufffd", v) if isinstance(v, str) else v for k, v in obj.items()}
        title, body = _first(obj, TITLE_KEYS), _first(obj, BODY_KEYS)
    if not isinstance(title, str) or not title.strip():
        return None, problem(f"{where}no title (expected a string in 'title')")
    if not isinstance(body, str) or not body.strip():
        return None, problem(f"{where}no body (expected a string in 'body', 'text' or 'content')")
    if "<" in body and ">" in body:
        try:
            paragraphs = html_to_paragraphs(body)
        except MarkupError as exc:
            return None, problem(f"{where}body: {exc}")
        if paragraphs:
            body = "\n".join(paragraphs)
    body = body.strip()
    raw_date = _first(obj, DATE_KEYS)
    date = parse_date(str(raw_date)) if raw_date is not None else None
    if raw_date is not None and date is None:
        problems += problem(f"{where}date {raw_date!r} not understood; ignored", "warning")
    text_fields = {}
    for key in ("url", "site", "place", "section"):  # a number or a list here is no name: say so, go on
        value = _first(obj, URL_KEYS) if key == "url" else obj.get(key)
        if value not in (None, "") and not isinstance(value, str):
            problems += problem(f"{where}{key} {value!r:.60} is not a string; ignored", "warning")
            value = None
        text_fields[key] = value or None
    url = text_fields["url"]
    dl = parse_dateline(body)
    site = text_fields["site"] or (dl.site if dl else None) or _host(url)
    return Article.make(
        title, body, source=source, position=position, site=site,
        place=text_fields["place"] or (dl.place if dl else None), url=url,
        date=date or (dl.date if dl else None), section=text_fields["section"]), problems


def _host(url: Any) -> str | None:
    if not isinstance(url, str) or "//" not in url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[::1", "http://a:99999/": no host to read
        return None
    return host.removeprefix("www.") or None


def read_line(raw: str, number: int, source: str, name: str) -> tuple[Article | None, list[Problem]]:
    """One line of a JSON Lines file (numbered from 1) -> its article, or why it is none."""
    if not raw.strip():
        return None, []
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, [Problem(name, f"malformed JSON: {exc.msg} (column {exc.colno})", line=number)]
    except RecursionError:
        return None, [Problem(name, TOO_DEEP, line=number)]
    return article_from_object(obj, source, name, number, number)


def read_jsonl(text: str, source: str, name: str | None = None) -> tuple[list[Article], list[Problem]]:
    name = name or source
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        art, probs = read_line(raw, number, source, name)
        problems += probs
        if art:
            articles.append(art)
    if not articles and not problems:
        problems.append(Problem(name, "no article found: no JSON lines"))
    return articles, problems


def read_json(text: str, source: str, name: str | None = None) -> tuple[list[Article], list[Problem]]:
    """A list of article objects, an object with an `articles` list, or one article."""
    name = name or source
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except RecursionError:
        return [], [Problem(name, TOO_DEEP)]
    except json.JSONDecodeError as exc:
        if exc.lineno > 1 and text.lstrip().startswith("{"):  # JSON Lines saved as .json
            return read_jsonl(text, source, name)
        return [], [Problem(name, f"malformed JSON: {exc.msg} (column {exc.colno})", line=exc.lineno)]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        return [], [Problem(name, f"expected a list of article objects, got {type(data).__name__}")]
    articles: list[Article] = []
    problems: list[Problem] = []
    for position, obj in enumerate(data, 1):
        art, probs = article_from_object(obj, source, name, position, None)
        problems += probs
        if art:
            articles.append(art)
    if not articles and not problems:
        problems.append(Problem(name, "no article found: the list is empty"))
    return articles, problems
