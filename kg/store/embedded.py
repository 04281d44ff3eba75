"""The embedded store: a Ladybug database in one file, no server.

Concurrent use and killed builds (docs/store.md, "Concurrent use and killed
builds"): a writer holds the lock file `S.lock` exclusively while the store is
open, a reader shared (kg.store.embedded._lock). A second writer is refused
at once ("store is busy"), a reader while a build writes too ("store is being
written"): Ladybug lets a read-only open run beside a writer, but its
maintainers call that unsafe (a reader opening during a checkpoint), so kg
does not. User Cypher runs on a separate read-only open of the file: the
engine refuses writes there, whatever the text says.

A build is one transaction per batch (kg.pipeline: all the batch's nodes,
edges, Name index and replaced facts, or none of them): a kill leaves the
store as it was plus whole batches, and the re-run replaces what those
batches stored (loading an article again replaces its facts, MERGE and
upserts add nothing twice), giving what one build gives (tests/test_kill.py).
One transaction per build would hold a whole build's writes in memory.

A writing open raises Ladybug's checkpoint threshold (the write-ahead log
size at which a commit rewrites the tables) from 16 MB to 1 GiB, and the store
checkpoints on close: a checkpoint costs 5-8 s at 1M facts and used to follow
every few batches. Commits stay durable in the log (a crash is replayed on the
next open, up to the last whole record: a torn tail is a batch that never
committed). A kill during a checkpoint leaves the file "recovery pending",
which a writing open completes; a reader does that itself when no writer is
running (EmbeddedStore._recover). COPY is used only into tables empty when
the batch began (_worth_copying): a kill during the checkpoint a COPY forces at its
commit left wrong edges.
"""
from __future__ import annotations

import csv
import fcntl
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable

import ladybug as lb

from kg.store import statements as st
from kg.store.base import Run, Store, StoreBusy, StoreError, WriteRefused, plain


_SAFE = re.compile(r"^[^,\[\]{}\"'\\\s](?:[^,\[\]{}\"'\\]*[^,\[\]{}\"'\\\s])?$")


def _line_count(path: str) -> int:
    """Newlines and carriage returns in a file (a stray CR splits a row too)."""
    n = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            n += chunk.count(b"\n") + chunk.count(b"\r")
    return n


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split("\n")[0].split())


MAGIC = b"LBUG"  # how a Ladybug database file begins


def _check_magic(path: Path, read_only: bool) -> None:
    """A file that is there and is no Ladybug database (notes, a CSV, an export)
    is refused in one line before the engine reads it: its own error names a
    byte offset. An empty file is a new store to a writer, nothing to a reader."""
    if not path.exists():
        return
    if not path.is_file():  # a FIFO or a device: opening it could block
        raise StoreError(f"{path}: not a kg store (not a regular file)")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store: {exc.strerror}") from None
    if head[:len(MAGIC)] != MAGIC and (head or read_only):
        what = "an empty file" if not head else "a file that is not a Ladybug database"
        raise StoreError(f"{path}: not a kg store ({what}; build one with: kg build PAGES --store STORE)")


READERS_WAIT = 30.0  # seconds a writer waits for reading commands to finish


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _take(fd: int, how: int) -> bool:
    try:
        fcntl.flock(fd, how | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _lock(path: Path, read_only: bool) -> int | None:
    """The store's lock file `S.lock` (an flock, which the kernel drops when
    the process dies, however it dies): a writer holds it exclusively for as
    long as the store is open, a reader shared. A reader never waits: while a
    build writes it is told so at once. A writer fails at once when another
    writer holds it, and waits up to READERS_WAIT for readers to finish (a
    reading command holds it for seconds). A reader of a store whose lock file
    was never made (no writer of this kind ever opened it, or a read-only
    folder) reads without it: a reader must not write in the store's folder.
    Returns the locked file descriptor (None: no lock file)."""
    lp = lock_path(path)
    try:
        fd = os.open(lp, os.O_RDONLY) if read_only else os.open(lp, os.O_RDWR | os.O_CREAT, 0o644)
    except FileNotFoundError:
        if read_only:
            return None
        raise StoreError(f"{path}: cannot make the lock file {lp}: no such folder") from None
    except OSError as exc:
        if read_only:
            return None
        raise StoreError(f"{path}: cannot make the lock file {lp}: {exc.strerror}") from None
    if read_only:
        if _take(fd, fcntl.LOCK_SH):
            return fd
        os.close(fd)
        raise StoreBusy(f"{path}: store is being written (a kg build is running); try again when it has finished")
    deadline = time.monotonic() + READERS_WAIT
    while not _take(fd, fcntl.LOCK_EX):
        if not _take(fd, fcntl.LOCK_SH):  # not only readers: a writer holds it
            os.close(fd)
            raise StoreBusy(f"{path}: store is busy (another process is writing to it)")
        fcntl.flock(fd, fcntl.LOCK_UN)
        if time.monotonic() > deadline:
            os.close(fd)
            raise StoreBusy(f"{path}: store is being read by another process (waited {READERS_WAIT:.0f} s); "
                            "try again when it has finished")
        time.sleep(0.05)
    return fd


class EmbeddedStore(Store):
    dialect = "ladybug"

    def __init__(self, path: str | os.PathLike, read_only: bool = False, batch_size: int = 5000,
                 bulk_threshold: int = 500, schema=None):
        super().__init__(batch_size=batch_size, schema=schema)
        self.path = Path(path)
        self.spec = str(path)
        self.read_only = read_only
        self.bulk_threshold = bulk_threshold
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (build it first with: kg build PAGES --store {self.path})")
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a store file")
        _check_magic(self.path, read_only)
        self._lock = _lock(self.path, read_only)
        try:
            try:
                self._open()
            except RuntimeError as exc:
                if not (read_only and "recovery is pending" in str(exc) and self._recover()):
                    raise
                self._open()
        except RuntimeError as exc:
            self._unlock()
            msg = _one_line(exc)
            if "lock" in msg.lower():
                raise StoreBusy(f"{self.path}: store is busy (another process is writing to it)") from None
            raise StoreError(f"{self.path}: cannot open store: {msg}") from None
        if not read_only:
            try:
                self._conn.execute("CALL checkpoint_threshold=1073741824")
                self._create_tables()
                self._ensure_name_index()
            except BaseException:
                self.close()
                raise

    def _open(self) -> None:
        # a write-ahead log whose last record a kill cut short is read up to
        # that record: the torn transaction never committed (its COMMIT is the
        # last thing written), so what is replayed is every committed batch
        self._db = lb.Database(str(self.path), read_only=self.read_only, throw_on_wal_replay_failure=False)
        self._conn = lb.Connection(self._db)

    def _recover(self) -> bool:
        """A writer killed during a checkpoint leaves the file "checkpoint
        recovery pending", which only a writing open completes, and Ladybug
        then refuses every read-only open. A reader holding the shared lock
        knows no writer is running, so the writer is dead: it takes the lock
        exclusively (no other reader either), lets a writing open finish the
        recovery, and goes back to a shared lock. False if it cannot (another
        reader, or a folder it may not write)."""
        if self._lock is None or not _take(self._lock, fcntl.LOCK_EX):
            return False
        try:
            db = lb.Database(str(self.path), throw_on_wal_replay_failure=False)
            db.close()
        except RuntimeError:
            return False
        finally:
            fcntl.flock(self._lock, fcntl.LOCK_SH)  # from exclusive to shared: never unlocked between
        return True

    def _create_tables(self) -> None:
        """Idempotent DDL, plus the columns and relationship end pairs added to
        the schema since the store was made (CREATE ... IF NOT EXISTS leaves an
        existing table as it was)."""
        for ddl in self.schema.ladybug_ddl():
            self._conn.execute(ddl)
        for rel in self.schema.rels.values():
            have = {(r[0], r[1]) for r in self._conn.execute(f"CALL show_connection('{rel.name}') RETURN *").get_all()}
            for a, b in rel.pairs:
                if (a, b) not in have:
                    self._conn.execute(f"ALTER TABLE {rel.name} ADD FROM {a} TO {b}")
        self._columns = {lab.name: self._table_columns(lab.name, lab.properties)
                         for lab in self.schema.labels.values()}
        self._rel_columns = {rel.name: self._table_columns(rel.name, rel.properties)
                             for rel in self.schema.rels.values()}

    def _table_columns(self, table: str, props: dict) -> list[str]:
        """The table's columns in stored order (COPY takes that order), once the
        schema's properties it lacks are added."""
        have = {r[1] for r in self._conn.execute(f"CALL table_info('{table}') RETURN *").get_all()}
        for p in props.values():
            if p.name not in have:
                self._conn.execute(f"ALTER TABLE {table} ADD {p.name} {p.type}")
        info = self._conn.execute(f"CALL table_info('{table}') RETURN *").get_all()
        return [r[1] for r in sorted(info, key=lambda r: r[0])]

    @staticmethod
    def _rows(conn, text: str, params: dict) -> list[dict]:
        res = conn.execute(text, params)
        if isinstance(res, list):  # several statements: the answer is the last one's
            res = res[-1]
        cols = res.get_column_names()
        return [dict(zip(cols, row)) for row in res.get_all()]

    def _run(self, text: str, params: dict) -> list[dict]:
        try:
            return self._rows(self._conn, text, params)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: {_one_line(exc)}") from None

    def _write(self, work: Callable[[Run], Any]) -> Any:
        if self.read_only:
            raise WriteRefused(f"{self.path}: store is open read-only")
        self._empty: dict[str, bool] = {}  # tables empty when this transaction began (_worth_copying)
        self._conn.execute("BEGIN TRANSACTION")
        try:
            out = work(self._run)
        except BaseException:  # Ctrl-C too: the batch goes, nothing half-written stays
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:  # a failed statement has already ended the transaction
                pass
            raise
        self._conn.execute("COMMIT")
        return out

    def _read(self, text: str, params: dict) -> list[dict]:
        return self._run(text, params)

    def _user_read(self, text: str, params: dict) -> list[dict]:
        if self.read_only:
            db, conn = None, self._conn
        else:  # a fresh read-only open sees everything committed so far
            db = lb.Database(str(self.path), read_only=True)
            conn = lb.Connection(db)
        try:
            return [plain(r) for r in self._rows(conn, text, params)]
        except RuntimeError as exc:
            msg = _one_line(exc)
            if "read-only" in msg or "read only" in msg:
                raise WriteRefused(f"{self.path}: refused: the query writes, and kg cypher is read-only") from None
            raise StoreError(f"{self.path}: {msg}") from None
        finally:
            if db is not None:
                conn.close()
                db.close()

    def _copy(self, run: Run, table: str, header: list[str], lines: Iterable[list], n: int, opts: str = "") -> None:
        fd, tmp = tempfile.mkstemp(suffix=".csv", prefix="kg-copy-")
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh, lineterminator="\n")
                w.writerow(header)
                w.writerows(lines)
            # Ladybug reads a CSV in parallel (a third faster on two cores) only
            # when no quoted value spans lines: one line per row tells
            parallel = "true" if _line_count(tmp) == n + 1 else "false"
            # the dialect is spelled out: Ladybug's sniffer, having seen no quotes in
            # the first rows, splits a later quoted "a, b" in two (auto_detect=false)
            run(f"COPY {table} FROM '{tmp}' (header=true, delim=',', quote='\"', escape='\"', "
                f"auto_detect=false, parallel={parallel}{opts})", {})
        finally:
            os.unlink(tmp)

    def _worth_copying(self, run: Run, table: str, count: str, n: int) -> bool:
        """COPY is 10-50 times faster per row than UNWIND, but only into a
        table that was empty when the batch's transaction began. A COPY forces a checkpoint at its commit,
        and a process killed during that checkpoint left, once reopened, a
        store whose COPYed edges pointed at the wrong nodes (760 of 3,042 NAMES
        edges, in scripts/kill_trials.py --moments checkpoint; the same kill
        with UNWIND only recovers the whole batch). An empty table has nothing
        stored to lose, the first build of a store is where COPY pays most,
        and a kill there is mended by deleting the new store (docs/store.md)."""
        if n < self.bulk_threshold:
            return False
        if table not in self._empty:  # asked before this transaction's first COPY into it
            self._empty[table] = run(count, {})[0]["n"] == 0
        return self._empty[table]

    def _bulk_nodes(self, run: Run, label: str, rows: list[dict]) -> list[dict]:
        """COPY new nodes whose lists CSV can carry (Ladybug's list syntax has no
        quoting: an element with , [ ] or quotes goes the UNWIND way)."""
        if not self._worth_copying(run, label, st.count_label(label), len(rows)):
            return rows
        cols = self._columns[label]
        types = {k: p.type for k, p in self.schema.labels[label].properties.items()}
        lists = [c for c in cols if types.get(c) == "STRING[]"]
        safe, rest = [], []
        for r in rows:
            ok = all(_SAFE.match(x) for c in lists for x in (r.get(c) or []))
            (safe if ok else rest).append(r)
        if len(safe) < self.bulk_threshold:
            return rows

        def cell(c, v):
            if v is None:
                return ""
            if types.get(c) == "STRING[]":
                return "[" + ",".join(v) + "]"
            if types.get(c) == "BOOL":
                return "true" if v else "false"
            return v
        self._copy(run, label, cols, ([cell(c, r.get(c)) for c in cols] for r in safe), len(safe))
        return rest

    def _bulk_edges(self, run: Run, rel, src: str, dst: str, rows: list[dict]) -> int | None:
        """COPY FROM a CSV file for big batches (tens of times faster than UNWIND);
        inside the batch's transaction, so it rolls back with it."""
        if not self._worth_copying(run, rel.name, st.count_rel(rel), len(rows)):
            return None
        cols = self._rel_columns[rel.name]  # COPY takes the table's column order
        self._copy(run, rel.name, ["from", "to"] + cols,
                   ([r["src"], r["dst"]] + ["" if r.get(c) is None else r[c] for c in cols] for r in rows),
                   len(rows), f", from='{src}', to='{dst}'")
        return len(rows)

    def _unlock(self) -> None:
        if getattr(self, "_lock", None) is not None:
            os.close(self._lock)  # closing the descriptor drops the flock
            self._lock = None

    def close(self) -> None:
        try:
            if getattr(self, "_conn", None) is not None:
                try:
                    if not self.read_only:
                        self._conn.execute("CHECKPOINT")
                finally:
                    self._conn.close()
                    self._db.close()
                    self._conn = None
        finally:  # only once Ladybug has let go of the file may the next writer or reader open it
            self._unlock()
