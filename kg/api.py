"""The graph for scripts: `kg.open(store)` and everything an analyst calls on it.

    import kg
    with kg.open("./kpu.kg") as g:              # or "neo4j://localhost:7687"
        g.queries()                              # the catalogue, one method each
        G = g.to_networkx("coattendance", period="2025-10")
        g.centrality(by="pagerank", top=5)

The catalogue methods are made from kg/queries/*.cypher when the first KG is
opened, so a query added there is a method here with nothing else to write.
Analytics work on `KG.graph()` (one read of the whole store, kept), so they give
the same answer on both stores.
"""
from __future__ import annotations

import inspect
import keyword
import re
from pathlib import Path
from typing import Any

from kg.model import Graph
from kg import analytics
from kg.analytics import Scope


def _catalogue() -> dict:
    from kg import queries
    return queries.catalogue()


def _params(q) -> list[tuple[str, Any]]:
    """(name, default) of a catalogue query's parameters; a default is what the
    query file declares (strings: the store converts them)."""
    return [(p.name, inspect.Parameter.empty if p.default is None else p.default) for p in q.params]


def method_name(query_name: str) -> str:
    name = re.sub(r"\W+", "_", query_name).strip("_").lower()
    return name + "_" if keyword.iskeyword(name) else name


def _py(param: str) -> str:
    """A query parameter as a Python keyword argument: `from` becomes `from_`."""
    return param + "_" if keyword.iskeyword(param) else param


def _make_method(name: str, q):
    params = _params(q)
    back = {_py(p): p for p, _ in params}

    def run(self, **kw) -> list[dict]:
        unknown = sorted(set(kw) - set(back))
        if unknown:
            raise TypeError(f"{method_name(name)}() got an unexpected keyword argument {unknown[0]!r} "
                            f"(takes: {', '.join(back) or 'none'})")
        return self.query(name, {back[k]: v for k, v in kw.items()})

    run.__name__ = method_name(name)
    run.__qualname__ = f"KG.{run.__name__}"
    sig = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    sig += [inspect.Parameter(_py(p), inspect.Parameter.KEYWORD_ONLY, default=d) for p, d in params]
    run.__signature__ = inspect.Signature(sig)
    args = ", ".join(_py(p) for p, _ in params) or "no parameters"
    run.__doc__ = f"{q.doc or 'Catalogue query ' + name}\n\nRuns kg/queries/{name}.cypher ({args}); returns rows as dicts."
    return run


class KG:
    """One open graph: catalogue queries as methods, projections, analytics."""

    _installed: dict[str, str] | None = None  # method name -> query name

    def __init__(self, store=None, graph: Graph | None = None, spec: str | None = None):
        self.store = store
        self.spec = spec
        self._graph = graph
        self._part = None
        self._install()

    # ---------------------------------------------------------------- catalogue
    @classmethod
    def _install(cls) -> None:
        if cls._installed is not None:
            return
        installed = {}
        for name, q in sorted(_catalogue().items()):
            m = method_name(name)
            if hasattr(cls, m):  # never shadow the API below; still reachable via query()
                continue
            setattr(cls, m, _make_method(name, q))
            installed[m] = name
        cls._installed = installed

    def queries(self) -> list[dict]:
        """The catalogue: method name, query name, parameters, what it answers."""
        cat = _catalogue()
        by_query = {v: k for k, v in (self._installed or {}).items()}
        return [{"method": by_query.get(n), "query": n, "params": [_py(p) for p, _ in _params(q)], "doc": q.doc}
                for n, q in sorted(cat.items())]

    def query(self, name: str, params: dict | None = None, **kw) -> list[dict]:
        """Run a catalogue query by name (`kg query NAME` in the CLI); parameters
        as a dict (for `from`/`to`) or keywords."""
        return self._need_store().query(name, {**(params or {}), **kw})

    def cypher(self, text: str, **params) -> list[dict]:
        return self._need_store().cypher(text, params)

    def stats(self) -> dict:
        return self._need_store().stats()

    def _need_store(self):
        if self.store is None:
            raise RuntimeError("this KG was made from an in-memory Graph: open a store to run queries")
        return self.store

    # ---------------------------------------------------------------- graph
    def graph(self, refresh: bool = False) -> Graph:
        """Every node and edge of the store, read once and kept (refresh=True rereads)."""
        if self._graph is None or (refresh and self.store is not None):
            self._graph = self._need_store().graph()
            self._part = None
        return self._graph

    def participation(self) -> analytics.Participation:
        if self._part is None:
            self._part = analytics.Participation(self.graph())
        return self._part

    @staticmethod
    def scope(period=None, topic=None, satker=None, start=None, end=None) -> Scope:
        return Scope.make(period, topic, satker, start, end)

    def to_networkx(self, kind: str = "full", period=None, topic=None, satker=None,
                    start=None, end=None, **kw):
        """`full` (MultiDiGraph of everything), `participation` (actors-events),
        `coattendance` (satkers, weight = shared events), `coparticipation`
        (people), `satker_topic` (bipartite). Filters: period `FROM..TO`,
        start/end, topic and satker (names or ids)."""
        return analytics.project(self.graph(), kind, self.scope(period, topic, satker, start, end),
                                 part=self.participation(), **kw)

    # ---------------------------------------------------------------- analytics
    def centrality(self, labels=("Satker",), by="degree", top=10, period=None, topic=None,
                   satker=None, start=None, end=None, **kw) -> list[dict]:
        return analytics.centrality(self.graph(), labels, by, top,
                                    self.scope(period, topic, satker, start, end),
                                    part=self.participation(), **kw)

    def communities(self, kind="coattendance", period=None, topic=None, satker=None,
                    start=None, end=None, **kw) -> list[dict]:
        return analytics.communities(self.graph(), kind, self.scope(period, topic, satker, start, end),
                                     part=self.participation(), **kw)

    def closest(self, satker: str, top=10, period=None, topic=None, start=None, end=None) -> list[dict]:
        return analytics.closest(self.graph(), satker, self.scope(period, topic, None, start, end),
                                 top, part=self.participation())

    def pairs(self, top=10, period=None, topic=None, satker=None, start=None, end=None) -> list[dict]:
        return analytics.pairs(self.graph(), self.scope(period, topic, satker, start, end), top,
                               part=self.participation())

    def topics(self, top=None, period=None, topic=None, satker=None, start=None, end=None) -> list[dict]:
        return analytics.topics(self.graph(), self.scope(period, topic, satker, start, end), top,
                                part=self.participation())

    def timeline(self, by="topic", top=None, period=None, topic=None, satker=None,
                 start=None, end=None) -> list[dict]:
        return analytics.timeline(self.graph(), self.scope(period, topic, satker, start, end), by, top,
                                  part=self.participation())

    def to_html(self, path=None, focus: str | None = None, hops: int = 2, **kw) -> str:
        """The interactive HTML view (kg viz); written to `path` when given."""
        from kg.viz import html_view
        html = html_view(self.graph(), focus=focus, hops=hops, **kw)
        if path is not None:  # (this module's `open` is kg.open, hence Path)
            Path(path).write_text(html, encoding="utf-8")
        return html

    # ---------------------------------------------------------------- lifetime
    def close(self) -> None:
        if self.store is not None and hasattr(self.store, "close"):
            self.store.close()

    def __enter__(self) -> "KG":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<KG {self.spec or 'in-memory graph'}>"


def open(store_spec: str, **kw) -> KG:  # noqa: A001 - kg.open reads best
    """Open a store (`./kpu.kg` embedded, `neo4j://host:port` Neo4j) for scripting."""
    from kg.store import open_store
    return KG(open_store(store_spec, **kw), spec=store_spec)


def from_graph(graph: Graph) -> KG:
    """A KG over a Graph in memory (e.g. `kg.resolve_facts(...)`'s), with no store behind it."""
    return KG(graph=graph)
