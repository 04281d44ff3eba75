"""Pictures of the graph: a self-contained interactive HTML view and the Neo4j
Browser style sheet.

The view is one HTML file with vis-network (vendor/, MIT or Apache-2.0, see its
licence files there) and the data inlined, so it opens offline and can be mailed.
"""
from __future__ import annotations

import html as _html
import json
from collections import defaultdict, deque
from pathlib import Path

from kg.model import Graph
from kg.analytics.scope import display_name, find_node, node_id
from kg.viz.style import caption_property, colour, grass

HERE = Path(__file__).resolve().parent
VIS_JS = HERE / "vendor" / "vis-network.min.js"
TEMPLATE = HERE / "view.html"
HIDDEN_PROPS = ("body", "name_lower")  # long or derived; the panel stays readable
MAX_TEXT = 400
MAX_SOURCES = 30

__all__ = ["html_view", "write_html", "grass", "subgraph"]


def _short(v):
    if isinstance(v, str) and len(v) > MAX_TEXT:
        return v[: MAX_TEXT - 1] + "…"
    if isinstance(v, (list, tuple)):
        return [_short(x) for x in v]
    if v is None or isinstance(v, (int, float, bool, str)):
        return v
    return str(v)


def subgraph(graph: Graph, focus: str | None = None, hops: int = 2, max_nodes: int = 2000,
             articles: bool = False) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(nodes shown, focus keys). With `focus`: the nodes within `hops` of it,
    nearest first; else all. Articles are left out unless asked for (their
    sentences show on the nodes they mention anyway). Above `max_nodes` the
    nearest, then most connected, are kept."""
    def shown(k):
        return articles or k[0] != "Article"

    adj: dict = defaultdict(set)
    for e in graph.edges:
        if shown(e.src) and shown(e.dst):
            adj[e.src].add(e.dst)
            adj[e.dst].add(e.src)
    if focus:
        labels = sorted({k[0] for k in graph.nodes if shown(k)})
        start = find_node(graph, focus, labels)
        dist = {start: 0}
        todo = deque([start])
        while todo:
            k = todo.popleft()
            if dist[k] >= hops:
                continue
            for n in sorted(adj.get(k, ())):
                if n not in dist:
                    dist[n] = dist[k] + 1
                    todo.append(n)
        keys = sorted(dist, key=lambda k: (dist[k], -len(adj.get(k, ())), k))
        return keys[:max_nodes], [start]
    keys = [k for k in set(graph.nodes) | set(adj) if shown(k)]
    keys.sort(key=lambda k: (-len(adj.get(k, ())), k))
    return keys[:max_nodes], []


def _data(graph: Graph, keys, focus_keys, title: str, total: int) -> dict:
    keep = set(keys)
    titles = {k[1]: n.props.get("title") for k, n in graph.nodes.items() if k[0] == "Article"}
    sources: dict = defaultdict(list)
    edges, degree = [], defaultdict(int)
    for e in graph.edges:
        sentence = e.props.get("sentence")
        art = e.props.get("article")
        s, t = e.props.get("char_start"), e.props.get("char_end")
        span = f"{s}-{t}" if s is not None and t is not None else None
        if sentence:
            for me, other in ((e.src, e.dst), (e.dst, e.src)):
                if me in keep:
                    arrow = "→" if me == e.src else "←"
                    sources[me].append({"rel": f"{e.type} {arrow} {display_name(graph, other)}",
                                        "article": titles.get(art) or art, "sentence": _short(sentence),
                                        "span": span})
        if e.src in keep and e.dst in keep:
            degree[e.src] += 1
            degree[e.dst] += 1
            props = {k: _short(v) for k, v in e.props.items() if k != "sentence" and v not in (None, "", [])}
            edges.append({"from": node_id(e.src), "to": node_id(e.dst), "type": e.type, "props": props,
                          "sentence": _short(sentence), "article_title": titles.get(art) or art, "span": span})
    nodes = []
    for k in keys:
        node = graph.nodes.get(k)
        props = dict(node.props) if node else {}
        cap = props.get(caption_property(k[0])) or display_name(graph, k)
        shown = {"id": k[1], **{p: _short(v) for p, v in sorted(props.items())
                                if p not in HIDDEN_PROPS and v not in (None, "", [])}}
        src = sorted(sources.get(k, []), key=lambda x: (x["article"] or "", x["span"] or "", x["rel"]))
        seen, uniq = set(), []
        for x in src:  # the same sentence read for two facts shows once per relation
            sig = (x["rel"], x["sentence"])
            if sig not in seen:
                seen.add(sig)
                uniq.append(x)
        nodes.append({"id": node_id(k), "label": k[0], "caption": _short(str(cap)), "props": shown,
                      "degree": degree.get(k, 0), "focus": k in focus_keys,
                      "sources": uniq[:MAX_SOURCES], "source_count": len(uniq)})
    labels = sorted({k[0] for k in keys})
    styles = {lab: dict(zip(("fill", "border", "text"), colour(lab))) for lab in labels}
    summary = f"{len(nodes)} nodes, {len(edges)} relationships"
    if len(nodes) < total:
        summary += f" (of {total} nodes)"
    return {"title": title, "summary": summary, "styles": styles, "nodes": nodes, "edges": edges}


def html_view(graph: Graph, focus: str | None = None, hops: int = 2, max_nodes: int = 2000,
              articles: bool = False, title: str | None = None) -> str:
    """The whole view as one HTML string."""
    keys, focus_keys = subgraph(graph, focus, hops, max_nodes, articles)
    total = sum(1 for k in graph.nodes if articles or k[0] != "Article")
    if title is None:
        title = (f"kg: {display_name(graph, focus_keys[0])} and {hops} hop(s) around it"
                 if focus_keys else "kg: the KPU knowledge graph")
    data = _data(graph, keys, focus_keys, title, total)
    blob = json.dumps(data, ensure_ascii=False, default=str).replace("<", "\\u003c")
    js = VIS_JS.read_text(encoding="utf-8")
    js = "\n".join(line for line in js.splitlines() if not line.startswith("//# sourceMappingURL"))
    head, _, rest = TEMPLATE.read_text(encoding="utf-8").partition("__KG_DATA__")
    mid, _, tail = rest.partition("/*__VIS_JS__*/")
    return head.replace("__KG_TITLE__", _html.escape(title)) + blob + mid + js + tail


def write_html(graph: Graph, path, **kw) -> Path:
    path = Path(path)
    path.write_text(html_view(graph, **kw), encoding="utf-8")
    return path
