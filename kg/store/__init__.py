"""Graph stores behind one interface: embedded Ladybug (default) and Neo4j.

`open_store` picks the store from its spec: a bolt:// or neo4j:// URI is a
Neo4j server, anything else a path to an embedded store file.
"""
from __future__ import annotations

import os

from kg.store.base import LoadReport, Store, StoreBusy, StoreError, WriteRefused

DEFAULT_STORE = "./kpu.kg"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")

__all__ = ["open_store", "Store", "LoadReport", "StoreError", "StoreBusy", "WriteRefused", "DEFAULT_STORE"]


def resolve_spec(spec: str | None) -> str:
    return spec or os.environ.get("KG_STORE") or DEFAULT_STORE


def is_neo4j(spec: str) -> bool:
    return spec.lower().startswith(NEO4J_SCHEMES)


def open_store(spec: str | None = None, **opts) -> Store:
    """`spec` None means $KG_STORE, else ./kpu.kg. Options: read_only,
    batch_size (rows per statement); for Neo4j also database, auth."""
    spec = resolve_spec(spec)
    if is_neo4j(spec):
        from kg.store.neo4j import Neo4jStore
        return Neo4jStore(spec, **opts)
    from kg.store.embedded import EmbeddedStore
    return EmbeddedStore(spec, **opts)
