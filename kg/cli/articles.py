"""`kg articles`: which articles kg reads from the given pages."""
from __future__ import annotations

import sys

import click

from kg.cli import output
from kg.sources import read_articles

COLUMNS = ["title", "id", "source", "position", "site", "place", "url", "date"]
# json/jsonl carry the body too, so their output is itself an input kg reads back.
FULL = COLUMNS + ["section", "body_offset", "body"]


def _progress(done: int, total: int, name: str) -> None:
    """Only long runs report progress, so short runs' stderr holds problems alone."""
    if total >= 50 and (done % 50 == 0 or done == total):
        click.echo(f"kg: read {done}/{total} files", err=True)


@click.command("articles")
@click.argument("paths", nargs=-1, required=True)
@output.format_option()
@click.option("--strict", is_flag=True, help="treat warnings (encoding fallbacks, skipped lines) as failure")
def articles(paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """List the articles found in PATHS: plain-text listing pages, .jsonl/.json
    files, HTML pages, folders (searched recursively), globs, or - for standard
    input. The same article found twice is listed once.

    Problems go to standard error, one line each; the exit status is 1 when any
    input failed (with --strict, also when any gave a warning).

    Example:

        kg articles examples/pages/*.txt

        kg articles scraped.jsonl --format jsonl > articles.jsonl
    """
    result = read_articles(paths, strict=strict, progress=_progress)
    cols = FULL if fmt in ("json", "jsonl") else COLUMNS
    if result.articles or result.ok:  # a run that read nothing shows only its errors
        output.emit(({c: getattr(a, c) for c in cols} for a in result.articles), fmt, columns=cols)
    for problem in result.problems:
        output.problem(problem)
    if not result.ok:
        sys.exit(1)


COMMANDS = [articles]
