"""`kg extract`: pages in, triples JSONL out (the format of FORMAT.md)."""
from __future__ import annotations

import sys

import click

from kg.cli.output import check_output, emit, format_option, output_file, problem


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-",
              help="file to write, replaced whole when the run ends (default: standard output)")
@format_option(default="jsonl")
@click.option("--strict", is_flag=True, help="treat warnings about the input as failures")
@click.option("--progress/--no-progress", default=None, help="progress on stderr (default: when stderr is a terminal or the run is long)")
def extract_cmd(paths, output, fmt, strict, progress):
    """Extract facts from pages (.txt listings, .jsonl, .html, folders, globs, - for stdin).

    Writes one fact per line: subject, predicate, object, the sentence it was
    read from with its character offsets, and a confidence. An article whose
    extraction fails is named on stderr and skipped; the others are written,
    and the exit status is 1. When no article could be read, FILE is left as
    it was.

    Example:

        kg extract examples/pages/*.txt -o triples.jsonl
    """
    import kg
    from kg.extract.pipeline import extract_safely
    from kg.progress import Progress

    check_output(output)  # before reading: a bad -o is one line, at once
    result = kg.read_articles(paths, strict=strict)
    for p in result.problems:
        problem(p)
    if not result.articles and not result.ok:  # nothing read: leave FILE as it was
        sys.exit(1)
    show = progress if progress is not None else (sys.stderr.isatty() or len(result.articles) >= 2000)
    bar = Progress("extract", total=len(result.articles), enabled=show)

    flat = fmt in ("table", "csv")  # for people and spreadsheets: one line of plain cells a fact

    skipped = []

    def rows():
        for art in result.articles:
            facts, skip = extract_safely(art)
            if skip is not None:  # one article never stops the run: say which, go on
                skipped.append(skip)
                problem(skip)
            for fact in facts:
                if flat:
                    yield {"article": art.title, "subject": fact.subject.name, "predicate": fact.predicate,
                           "object": fact.object.name, "org": fact.object.props.get("org"),
                           "confidence": round(fact.confidence, 3), "sentence": fact.evidence.text}
                else:
                    yield fact.to_dict()
            bar.step()

    with output_file(output) as fh:
        n = emit(rows(), fmt, out=fh)
    bar.done(f"{n} facts from {len(result.articles) - len(skipped)} articles"
             + (f", {len(skipped)} skipped" if skipped else ""))
    if not result.ok or skipped:
        sys.exit(1)


COMMANDS = [extract_cmd]
