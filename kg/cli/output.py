"""Output shared by every command: one `--format` option, four writers.

`table` is for people, `json` (one array), `jsonl` and `csv` are for scripts.
"""
from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import click

from kg.sources.problems import one_line

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
    click.echo(f"kg: error: {one_line(message)}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    click.echo(f"kg: warning: {one_line(message)}", err=True)


def problem(p) -> None:
    """A kg.sources.Problem on one line, as an error or a warning by its severity."""
    click.echo(f"kg: {p.severity}: {p}", err=True)


# ---------------------------------------------------------------- output files

def _cannot_write(path: str, why: str):
    fail(f"{path}: cannot write: {why}")


def check_output(path: str, make_parents: bool = False, folder: bool = False) -> None:
    """Fail at once, on one line, when `path` cannot be written (before any long
    work, and before anything is opened): its folder missing or a file, the path
    itself a folder (or, for `folder`, a file). "-" is standard output."""
    if path == "-":
        return
    target = Path(path)
    if folder:
        if target.exists() and not target.is_dir():
            _cannot_write(path, "is a file, and this writes a folder")
    elif target.is_dir():
        _cannot_write(path, "is a folder")
    parent = target.parent
    for up in (parent, *parent.parents):  # the nearest existing folder decides
        if up.exists():
            if not up.is_dir():
                _cannot_write(path, f"{up} is a file, not a folder")
            if up != parent and not make_parents:
                _cannot_write(path, f"no folder {parent}")
            if not os.access(up, os.W_OK):
                _cannot_write(path, f"folder {up} is not writable")
            return


def _mode_for(target: Path) -> int:
    """The target's own mode when it exists, else what open() would give it."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def output_file(path: str, newline: str | None = None, make_parents: bool = False) -> Iterator[Any]:
    """The text file a command writes (-o), whole or not at all: written to a
    temporary file beside it and moved over it (os.replace) when the block
    ends without an error or an exit; otherwise the temporary file is removed
    and whatever was at `path` stays as it was. "-" is standard output."""
    if path == "-":
        yield sys.stdout
        return
    check_output(path, make_parents=make_parents)
    target = Path(path)
    with _placed(target, make_parents) as tmp:
        with open(tmp, "w", encoding="utf-8", newline=newline) as fh:
            yield fh


@contextlib.contextmanager
def output_path(path: str, make_parents: bool = False) -> Iterator[Path]:
    """Like output_file, for a writer that takes a path (a plot, by its suffix)."""
    check_output(path, make_parents=make_parents)
    with _placed(Path(path), make_parents, keep_suffix=True) as tmp:
        yield tmp


@contextlib.contextmanager
def _placed(target: Path, make_parents: bool, keep_suffix: bool = False) -> Iterator[Path]:
    try:
        if make_parents:
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:100]}.",
                                   suffix=".part" + (target.suffix if keep_suffix else ""))
        os.close(fd)
    except OSError as exc:
        _cannot_write(str(target), exc.strerror or str(exc))
    try:
        yield Path(tmp)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        _cannot_write(str(target), exc.strerror or str(exc))
    except BaseException:  # an error, an exit, Ctrl-C: the target stays as it was
        _unlink(tmp)
        raise


@contextlib.contextmanager
def output_folder(path: str) -> Iterator[Path]:
    """A folder of files a command writes (neo4j-csv): the files go to a
    temporary folder inside it and are moved into place, each with os.replace,
    only when all were written; other files in the folder are left alone."""
    check_output(path, make_parents=True, folder=True)
    target = Path(path)
    try:
        target.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=target, prefix=".kg-part-"))
    except OSError as exc:
        _cannot_write(path, exc.strerror or str(exc))
    try:
        yield tmp
        for f in sorted(tmp.iterdir()):
            os.replace(f, target / f.name)
    except OSError as exc:
        _cannot_write(path, exc.strerror or str(exc))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _unlink(path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


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
