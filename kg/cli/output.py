"""Output shared by every command: one `--format` option, four writers.

`table` is for people, `json` (one array), `jsonl` and `csv` are for scripts.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable

import click

FORMATS = ("table", "json", "jsonl", "csv")


def format_option(default: str = "table", choices: tuple[str, ...] = FORMATS):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="output format")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _columns(rows: list[dict], columns: list[str] | None) -> list[str]:
    if columns:
        return list(columns)
    seen: dict[str, None] = {}
    for row in rows:
        for k in row:
            seen.setdefault(k, None)
    return list(seen)


def emit(rows: Iterable[dict], fmt: str, columns: list[str] | None = None, out=None,
         max_width: int = 60) -> int:
    """Write rows in the chosen format; returns how many were written."""
    out = out or sys.stdout
    if fmt == "jsonl":  # streams: rows may be a generator over a large run
        n = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    rows = list(rows)
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, default=str, indent=2) + "\n")
        return len(rows)
    cols = _columns(rows, columns)
    if not cols:  # no rows and no known columns: nothing to head a table or file with
        return 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for row in rows:
            w.writerow([_cell(row.get(c)) for c in cols])
        return len(rows)
    # table
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")
    return len(rows)


def fail(message: str, code: int = 1):
    """A one-line error on stderr and a non-zero exit."""
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    click.echo(f"kg: warning: {message}", err=True)


def problem(p) -> None:
    """A kg.sources.Problem on one line, as an error or a warning by its severity."""
    click.echo(f"kg: {p.severity}: {p}", err=True)


# ---------------------------------------------------------------- shared options

def store_option():
    """--store S on every command: a path (embedded) or a bolt:// / neo4j:// URI;
    None lets kg.store fall back to $KG_STORE, then ./kpu.kg."""
    from kg.store import DEFAULT_STORE
    return click.option("--store", "store", default=None, metavar="S",
                        help=f"embedded store file or bolt:// / neo4j:// URI "
                             f"[default: $KG_STORE or {DEFAULT_STORE}]")


def parse_params(pairs: tuple[str, ...]) -> dict:
    """-p KEY=VALUE options as a dict; a malformed one is a one-line error."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            fail(f"parameter {pair!r} is not KEY=VALUE")
        out[key.strip()] = value
    return out


def open_store(spec: str | None, **opts):
    """The store, or its one-line error (no such store, busy, unreachable):
    the stores word their errors themselves, naming the store."""
    from kg.store import StoreError, open_store as _open_store
    try:
        return _open_store(spec, **opts)
    except StoreError as exc:
        fail(str(exc))


def ask(spec: str | None, call):
    """Open the store read-only, run call(store) and close it; a store's error is one line."""
    from kg.store import StoreError
    with open_store(spec, read_only=True) as st:
        try:
            return call(st)
        except StoreError as exc:
            fail(str(exc))
