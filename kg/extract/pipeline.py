"""Article -> facts: the one way through extraction (first version: no rules yet)."""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.model import Article, Fact


def extract_article(article: Article) -> list[Fact]:
    return []


def extract(articles: Iterable[Article]) -> Iterator[Fact]:
    for art in articles:
        yield from extract_article(art)
