"""HTML pages of KPU sites -> articles: an article page gives one, a listing
page (several posts) one per post with its excerpt.

KPU sites are WordPress or WordPress-like: posts in `<article>` or `.post`
blocks, the title in `h1`/`.entry-title`, the text in `.entry-content`
paragraphs, the date in `<time datetime>` or `article:published_time`, the
address in `<link rel=canonical>`. Menus, sidebars, share bars, captions and
scripts are removed before reading, so only the article's own text remains.
"""
from __future__ import annotations

import json
import re
import warnings
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, ParserRejectedMarkup, Tag, XMLParsedAsHTMLWarning

from kg.model import Article
from kg.sources.dateline import parse_dateline
from kg.sources.dates import parse_date
from kg.sources.problems import Problem
from kg.sources.text import is_chrome

_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "form", "button",
              "nav", "aside", "footer", "figcaption", "select", "input"]
# class/id words of page furniture inside or around the content
_DROP_CLASS = re.compile(
    r"\b(share|sharedaddy|sharing|social|related|jp-relatedposts|comments?|respond|sidebar|widget|"
    r"breadcrumbs?|navigation|nav-links|post-navigation|pagination|menu|wp-caption-text|"
    r"entry-meta|post-meta|meta-info|tags?-links|cat-links|author|byline|advert|ads)\b", re.I)
_POST = ("article, .post, .type-post, .hentry, .news-item, .berita-item, .item-berita, "
         ".list-berita .item, .card-berita")
_CONTENT = ("[itemprop=articleBody], .entry-content, .post-content, .td-post-content, "
            ".single-content, .article-content, .content-berita, .isi-berita, .post-body, "
            ".entry-summary, .excerpt, .post-excerpt, .summary")
_TITLE = "h1.entry-title, .entry-title, h1.post-title, .post-title, h1"
_DATE = ("time, .entry-date, .post-date, .published, .posted-on, .date, .tanggal, .entry-meta, "
         "[itemprop=datePublished]")
_BLOCKS = ["p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre"]
# A saved KPU article or listing page has a few thousand tags; reading costs
# about 0.15 ms a tag (parsing and a dozen CSS selections), so a dump or a
# generated page of a million tags would take minutes. Several times a real page:
MAX_TAGS = 30_000
_TAG = re.compile(r"<[A-Za-z!?]")  # an opening tag, a comment or a declaration


class MarkupError(ValueError):
    """HTML that cannot be read as a page: too many tags, or markup the parser rejects."""


def parse(html: str) -> BeautifulSoup:
    """The page's tree, or a MarkupError that says in one line why not."""
    tags = len(_TAG.findall(html))
    if tags > MAX_TAGS:
        raise MarkupError(f"HTML with {tags:,} tags, more than the {MAX_TAGS:,} a page can have; not read")
    try:
        with warnings.catch_warnings():  # bs4's advice ("use an XML parser") is many lines on stderr, for
            # XHTML pages saved with "<?xml" and text that looks like an address: we read them as HTML on purpose
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(html, "html.parser")
    except (AssertionError, ParserRejectedMarkup) as exc:  # html.parser asserts on "<![CD" and such
        why = [ln.strip() for ln in str(exc).splitlines() if ln.strip()][-1:] or ["rejected"]
        raise MarkupError(f"malformed HTML the parser rejects ({why[0][:100]})") from None


def _gone(tag: Tag) -> bool:
    """Whether the tag was decomposed. bs4's own `tag.decomposed` looks the
    flag up with getattr, which on a tag never decomposed falls through to
    `tag.find("_decomposed")`, a search of the whole subtree: on a page of a few
    thousand nested tags that made cleaning quadratic (10 s for 3,000 divs)."""
    return bool(vars(tag).get("_decomposed"))


def _clean(node: Tag) -> None:
    for tag in node.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in node.find_all(True):
        if _gone(tag) or tag.attrs is None:
            continue
        words = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        if tag.name not in ("body", "html", "article", "main") and _DROP_CLASS.search(words):
            tag.decompose()
    for br in node.find_all("br"):
        br.replace_with("\n")


def _text(node: Tag) -> str:
    return re.sub(r"[ \t\r\f\v\xa0]+", " ", node.get_text()).strip()


def _under(tags: list[Tag], mark, known: dict[int, bool] | None = None) -> list[bool]:
    """For each tag, whether one of its ancestors is a `mark(tag)`. Asking each
    tag's parents in turn (find_parent, `x in tag.parents`) is quadratic on
    deeply nested pages (8,000 paragraphs in nested divs: 120 s); this remembers the answer
    for every ancestor on the way, so the whole list costs one walk of the tree.
    `known` (id(tag) -> whether the tag or an ancestor is a mark) carries the
    answers from one call to the next for the same `mark`."""
    known = {} if known is None else known

    def under(tag: Tag) -> bool:
        chain, up = [], tag.parent
        while up is not None and id(up) not in known:
            chain.append(up)
            up = up.parent
        marked = known[id(up)] if up is not None else False
        for t in reversed(chain):
            marked = marked or bool(mark(t))
            known[id(t)] = marked
        return marked
    return [under(t) for t in tags]


def _is_block(tag: Tag) -> bool:
    return tag.name in _BLOCKS


def _paragraphs(node: Tag, in_block: bool = False) -> list[str]:
    """The text of a content node, one string per paragraph as printed
    (`in_block`: the node sits in a block, a post detached from a page)."""
    found = node.find_all(_BLOCKS)
    blocks = [] if in_block else [b for b, nested in zip(found, _under(found, _is_block)) if not nested]
    if not blocks:
        blocks = [node]
    out = []
    for b in blocks:
        for part in _text(b).split("\n"):
            part = " ".join(part.split())
            if part and not is_chrome(part):
                out.append(part)
    return out


def html_to_paragraphs(html: str) -> list[str]:
    """Paragraph texts of an HTML fragment (a scraped `content` field); MarkupError
    when it cannot be read."""
    soup = parse(html)
    _clean(soup)
    return _paragraphs(soup)


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for n in names:
        tag = soup.find("meta", attrs={"property": n}) or soup.find("meta", attrs={"name": n}) \
            or soup.find("meta", attrs={"itemprop": n})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _json_ld_date(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(tag.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        items = data.get("@graph", [data]) if isinstance(data, dict) else data
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("datePublished"):
                return parse_date(str(item["datePublished"]))
    return None


def _tag_date(tag: Tag) -> str | None:
    return parse_date(tag.get("datetime") or tag.get("content") or "") or parse_date(_text(tag))


def _date_in(node: Tag) -> str | None:
    for tag in node.select(_DATE):
        date = _tag_date(tag)
        if date:
            return date
    return None


def _post_dates(soup: BeautifulSoup, posts: list[Tag]) -> dict[int, str | None]:
    """id(post) -> the first date inside it, as _date_in(post) for each, from one
    selection over the page (selecting inside each post walks up to the root
    each time: quadratic on a deep listing)."""
    ids = {id(p): p for p in posts}
    owner: dict[int, Tag | None] = {}  # id(tag) -> the post that is or holds the tag

    def post_of(tag: Tag) -> Tag | None:  # the post strictly above the tag
        chain, up = [], tag.parent
        while up is not None and id(up) not in owner:
            chain.append(up)
            up = up.parent
        found = owner[id(up)] if up is not None else None
        for t in reversed(chain):
            if found is None:
                found = ids.get(id(t))
            owner[id(t)] = found
        return found

    dates: dict[int, str | None] = {id(p): None for p in posts}
    if posts:
        for tag in soup.select(_DATE):
            post = post_of(tag)
            if post is not None and dates[id(post)] is None:
                dates[id(post)] = _tag_date(tag)
    return dates


def _host(url: str | None) -> str | None:
    try:
        host = (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:  # "http://[::1": no host to read
        return None
    return host.removeprefix("www.") or None


def _join(base: str | None, href: str) -> str:
    """The post's address; an address urllib cannot split ("http://[::1") is kept as written."""
    try:
        return urljoin(base or "", href)
    except ValueError:
        return href


def _make(title: str, paragraphs: list[str], source: str, position: int, url: str | None,
          date: str | None, section: str | None) -> Article:
    body = "\n".join(paragraphs)
    dl = parse_dateline(body)
    return Article.make(
        " ".join(title.split()), body, source=source, position=position,
        site=(dl.site if dl and dl.site else None) or _host(url), place=dl.place if dl else None,
        url=url, date=date or (dl.date if dl else None), section=section)


def _top_level(nodes: list[Tag]) -> list[Tag]:
    """Posts not nested in another post (a post's own <article> inside a .post)."""
    ids = {id(n) for n in nodes}
    return [n for n, nested in zip(nodes, _under(nodes, lambda t: id(t) in ids)) if not nested]


def read_html(text: str, source: str, name: str | None = None) -> tuple[list[Article], list[Problem]]:
    name = name or source
    try:
        soup = parse(text)
    except MarkupError as exc:
        return [], [Problem(name, str(exc))]
    canonical = soup.find("link", rel="canonical")
    page_url = (canonical.get("href") if canonical else None) or _meta(soup, "og:url")
    page_date = (parse_date(_meta(soup, "article:published_time", "datePublished", "date") or "")
                 or _json_ld_date(soup))
    og_title = _meta(soup, "og:title")
    section = _meta(soup, "article:section")
    found = soup.select(_POST)
    posts = _top_level(found)
    if len(posts) == 1:  # a listing wrapped in one <article>: its posts are the ones inside
        # (every other post found is inside it; Tag == compares whole subtrees,
        # recursively, so nodes are told apart by identity here)
        inner = _top_level([n for n in found if n is not posts[0]])
        if len(inner) >= 2:
            posts = inner
    # Dates sit in the post's meta line, which cleaning removes: read them first.
    post_dates = _post_dates(soup, posts)
    root = posts[0] if len(posts) == 1 else (soup.find("main") or soup.body or soup)
    root_date = _date_in(root)
    _clean(soup)
    posts = [p for p in posts if not _gone(p)]

    if len(posts) >= 2:
        return _read_listing(soup, posts, post_dates, source, name, page_url)

    heading = root.select_one(_TITLE) or soup.select_one(_TITLE)
    title = _text(heading) if heading else (og_title or "")
    if not title and soup.title:
        title = re.split(r"\s+[|–—-]\s+", _text(soup.title))[0]
    if not title:
        return [], [Problem(name, "no article found: no title (h1, .entry-title or og:title)")]
    content = root.select_one(_CONTENT) or root
    if heading is not None and any(up is content for up in heading.parents):
        heading.decompose()
    paragraphs = _paragraphs(content)
    if not paragraphs:
        return [], [Problem(name, f"no article found: {title!r} has no text paragraphs")]
    date = page_date or post_dates.get(id(root)) or root_date
    return [_make(title, paragraphs, source, 1, page_url, date, section)], []


def _read_listing(soup: BeautifulSoup, posts: list[Tag], post_dates: dict[int, str | None],
                  source: str, name: str, page_url: str | None) -> tuple[list[Article], list[Problem]]:
    header = soup.select_one(".page-title, .archive-title, .section-title, h1")
    post_ids = {id(p) for p in posts}
    section = _text(header) if header and not any(id(up) in post_ids for up in header.parents) else None
    articles: list[Article] = []
    problems: list[Problem] = []
    known: dict[int, bool] = {}
    for position, post in enumerate(posts, 1):
        # Selecting inside a tag walks up to the page's root first (soupsieve):
        # on a deep page, once per post made a listing quadratic. A post cut
        # loose from the page is its own root.
        in_block = _is_block(post) or _under([post], _is_block, known)[0]
        post.extract()
        heading = post.select_one(".entry-title, h1, h2, h3, h4")
        if heading is None:
            problems.append(Problem(name, f"post {position} has no title; skipped", severity="warning"))
            continue
        title = _text(heading)
        link = heading.find("a", href=True) or post.find("a", href=True)
        url = _join(page_url, link["href"]) if link else None
        heading.decompose()
        for tag in post.select(_DATE):
            tag.decompose()
        content = post.select_one(_CONTENT) or post
        paragraphs = _paragraphs(content, in_block)
        if not paragraphs:
            problems.append(Problem(name, f"post {position} {title!r} has no text; skipped",
                                    severity="warning"))
            continue
        articles.append(_make(title, paragraphs, source, position, url, post_dates.get(id(post)),
                              section))
    if not articles:
        problems.append(Problem(name, "no article found: the listing's posts have no text"))
    return articles, problems
