"""The Neo4j store, through the official driver.

Writes run as managed transactions (`execute_write`), which the driver retries
on transient errors (deadlocks, leader changes); a whole load batch is one
transaction function, so a retry replays the batch from the start. Constraints
and indexes are created on open, before any write. User Cypher runs in a READ
transaction: the server itself refuses writes there.
"""
from __future__ import annotations

import os
from typing import Any, Callable

from neo4j import GraphDatabase, READ_ACCESS
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable

from kg.store.base import Run, Store, StoreError, WriteRefused, plain


class Neo4jStore(Store):
    dialect = "neo4j"

    def __init__(self, uri: str, read_only: bool = False, batch_size: int = 5000, database: str | None = None,
                 auth: tuple[str, str] | None = None, schema=None, **_ignored):
        super().__init__(batch_size=batch_size, schema=schema)
        self.spec = uri
        self.read_only = read_only
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        auth = auth or (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "neo4j"))
        try:
            self._driver = GraphDatabase.driver(uri, auth=auth)
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"{uri}: authentication failed (set NEO4J_USERNAME / NEO4J_PASSWORD)") from None
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise StoreError(f"{uri}: cannot reach Neo4j: {str(exc).splitlines()[0]}") from None
        if not read_only:
            self._create_constraints()
            self._ensure_name_index()

    def _session(self, **kw):
        return self._driver.session(database=self.database, **kw)

    def _create_constraints(self) -> None:
        with self._session() as s:
            for ddl in self.schema.neo4j_ddl():
                s.run(ddl).consume()

    def _write(self, work: Callable[[Run], Any]) -> Any:
        if self.read_only:
            raise WriteRefused(f"{self.spec}: store is open read-only")

        def tx_fn(tx):
            return work(lambda text, params: [r.data() for r in tx.run(text, params)])

        try:
            with self._session() as s:
                return s.execute_write(tx_fn)
        except Neo4jError as exc:
            raise self._error(exc) from None

    def _read(self, text: str, params: dict) -> list[dict]:
        try:
            return self._read_raw(text, params)
        except Neo4jError as exc:
            raise self._error(exc) from None

    def _user_read(self, text: str, params: dict) -> list[dict]:
        try:
            return [plain(r) for r in self._read_raw(text, params)]
        except ClientError as exc:
            if "AccessMode" in (exc.code or "") or "write" in str(exc.message).lower() and "read" in str(exc.message).lower():
                raise WriteRefused(f"{self.spec}: refused: the query writes, and kg cypher is read-only") from None
            raise self._error(exc) from None

    def _read_raw(self, text: str, params: dict) -> list[dict]:
        with self._session(default_access_mode=READ_ACCESS) as s:
            return s.execute_read(lambda tx: [r.data() for r in tx.run(text, params)])

    def _error(self, exc: Neo4jError) -> StoreError:
        """The server's error as one line naming the store: its code and the first line of its message."""
        return StoreError(f"{self.spec}: {exc.code}: {str(exc.message).splitlines()[0]}")

    def close(self) -> None:
        if getattr(self, "_driver", None) is not None:
            self._driver.close()
            self._driver = None
