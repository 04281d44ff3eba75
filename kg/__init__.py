"""kg: the knowledge graph of KPU news pages.

The Python API scripts import; the `kg` command is a thin layer over it.

    import kg
    result = kg.read_articles(["examples/pages"])      # pages -> Article
    facts = list(kg.extract_facts(result.articles))           # Article -> Fact
    graph = kg.resolve_facts(result.articles, facts)          # Fact -> Graph (one node per real thing)

Names are imported lazily, so `import kg` stays cheap for the CLI.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_API = {
    "Article": "kg.model", "Fact": "kg.model", "Entity": "kg.model", "Evidence": "kg.model",
    "Graph": "kg.model", "Node": "kg.model", "Edge": "kg.model",
    "read_articles": "kg.sources",
    # `extract_facts`/`resolve_facts`, not `extract`/`resolve`: those names are the
    # subpackages of the rules, and a subpackage once imported shadows the function
    "extract_facts": "kg.extract.pipeline", "extract_article": "kg.extract.pipeline",
    "resolve_facts": "kg.resolve",
    "build": "kg.pipeline",
    "open_store": "kg.store",
    "open": "kg.api",
}


def __getattr__(name: str):
    if name in _API:
        target = {"extract_facts": "extract", "resolve_facts": "resolve"}.get(name, name)
        return getattr(importlib.import_module(_API[name]), target)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = sorted(_API)
