"""`kg analytics ...` and `kg viz`: options in, one kg.api call, rows out."""
from __future__ import annotations

import functools
import time

import click

from kg.cli import output
from kg.analytics import KINDS, MEASURES, SERIES, ScopeError

OF = {"satker": ("Satker",), "person": ("Person",), "organization": ("Organization",),
      "all": ("Satker", "Organization", "Person")}


_store_option = output.store_option()


def _scope_options(fn):
    """--period/--from/--to/--topic/--satker/--top: the filters every analytic takes."""
    for opt in reversed([
        click.option("--period", help="FROM..TO, each YYYY, YYYY-MM or YYYY-MM-DD; either side may be empty"),
        click.option("--from", "start", help="events on or after this date (YYYY[-MM[-DD]])"),
        click.option("--to", "end", help="events on or before this date (YYYY[-MM[-DD]])"),
        click.option("--topic", help="only events about this topic (or a narrower one): name or id"),
        click.option("--satker", help="only events this satker took part in: name, alias or id"),
        click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
                     help="rows to show (0 = all)"),
    ]):
        fn = opt(fn)
    return fn


def _open(store: str):
    """The KG with its graph read, timing the read on stderr (a big store takes a while)."""
    from kg.api import KG
    t = time.perf_counter()
    g = KG(output.open_store(store, read_only=True), spec=store)
    click.echo(f"kg: reading graph from {store or 'the default store'} ...", err=True)
    graph = g.graph()
    click.echo(f"kg: {len(graph.nodes)} nodes, {len(graph.edges)} edges in {time.perf_counter() - t:.1f}s",
               err=True)
    return g


def _errors(fn):
    """Filters the graph cannot answer (bad date, unknown name) end as one line."""
    @functools.wraps(fn)
    def run(*a, **kw):
        try:
            return fn(*a, **kw)
        except (ScopeError, ValueError) as exc:
            output.fail(str(exc))
    return run


def _scope(period, start, end, topic, satker):
    return dict(period=period, start=start, end=end, topic=topic, satker=satker)


@click.group("analytics")
def analytics() -> None:
    """Graph analytics: central satkers and people, communities, who meets whom, topic trends.

    Example:

        kg analytics centrality --store ./kpu.kg --by pagerank --top 5
    """


@analytics.command("centrality")
@_store_option
@click.option("--of", "of", type=click.Choice(sorted(OF)), default="satker", show_default=True,
              help="which nodes to rank")
@click.option("--by", type=click.Choice(MEASURES), default="degree", show_default=True, help="rank by")
@click.option("--projection", type=click.Choice([k for k in KINDS if k != "satker_topic"]),
              default="participation", show_default=True,
              help="graph measured: participation (actors-events), coattendance, coparticipation, full")
@click.option("--pivots", type=click.IntRange(min=1),
              help="betweenness on graphs over 2000 nodes: seeded sample size (more = slower, closer; "
                   "default: what fits in ~10M edge visits, 10 to 100)")
@_scope_options
@output.format_option()
@_errors
def centrality_cmd(store, of, by, projection, pivots, period, start, end, topic, satker, top, fmt):
    """Degree, betweenness and PageRank of satkers or people.

    On the participation graph a satker's degree is the number of events it
    took part in; betweenness is exact up to 2000 nodes and estimated from
    seeded pivots on larger graphs (--pivots).

    Example:

        kg analytics centrality --store ./kpu.kg --of person --by betweenness --period 2025-10..2025-12
    """
    g = _open(store)
    rows = g.centrality(OF[of], by, top or None, kind=projection, sample=pivots,
                        **_scope(period, start, end, topic, satker))
    output.emit(rows, fmt, ["rank", "label", "id", "name", "events", "degree", "betweenness", "pagerank"])


@analytics.command("communities")
@_store_option
@click.option("--of", "of", type=click.Choice(["satker", "person", "all"]), default="satker", show_default=True,
              help="satkers (co-attendance), people (co-participation) or everyone (participation graph)")
@click.option("--min-size", type=click.IntRange(min=1), default=2, show_default=True,
              help="hide communities smaller than this")
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Louvain resolution: above 1 gives more, smaller communities")
@click.option("--seed", type=int, default=0, show_default=True, help="Louvain seed (same seed, same communities)")
@_scope_options
@output.format_option()
@_errors
def communities_cmd(store, of, min_size, resolution, seed, period, start, end, topic, satker, top, fmt):
    """Louvain communities of satkers that attend the same events (or of people).

    Example:

        kg analytics communities --store ./kpu.kg --of satker --min-size 2 --format json
    """
    kind = {"satker": "coattendance", "person": "coparticipation", "all": "participation"}[of]
    g = _open(store)
    rows = g.communities(kind, resolution=resolution, seed=seed, min_size=min_size, top=top or None,
                         **_scope(period, start, end, topic, satker))
    output.emit(rows, fmt, ["community", "size", "weight", "members", "ids"])


@analytics.command("coattendance")
@_store_option
@_scope_options
@output.format_option()
@_errors
def coattendance_cmd(store, period, start, end, topic, satker, top, fmt):
    """The satkers closest to --satker (most shared events), or without it the
    satker pairs that meet most.

    Example:

        kg analytics coattendance --store ./kpu.kg --satker "KPU Provinsi Nusa Tenggara Timur" --top 5
    """
    g = _open(store)
    if satker:
        rows = g.closest(satker, top or None, period=period, topic=topic, start=start, end=end)
        output.emit(rows, fmt, ["satker", "id", "shared", "jaccard", "events"])
    else:
        rows = g.pairs(top or None, **_scope(period, start, end, topic, satker))
        output.emit(rows, fmt, ["a", "b", "shared", "events", "a_id", "b_id"])


@analytics.command("topics")
@_store_option
@_scope_options
@output.format_option()
@_errors
def topics_cmd(store, period, start, end, topic, satker, top, fmt):
    """Topics by number of events, with the satkers and people involved and the
    months they ran (--topic narrows to a topic and the ones under it).

    Example:

        kg analytics topics --store ./kpu.kg --satker "KPU Provinsi NTT" --period 2025
    """
    g = _open(store)
    rows = g.topics(top or None, **_scope(period, start, end, topic, satker))
    output.emit(rows, fmt, ["topic", "id", "events", "satkers", "people", "first", "last", "busiest"])


@analytics.command("timeline")
@_store_option
@click.option("--by", type=click.Choice(SERIES), default="topic", show_default=True,
              help="one series per topic, event kind, satker, or the total")
@click.option("--plot", "plot_path",
              help="also draw the series into this image (PNG, SVG or PDF, by extension)")
@_scope_options
@output.format_option()
@_errors
def timeline_cmd(store, by, plot_path, period, start, end, topic, satker, top, fmt):
    """Events per month, one series per topic (or kind, satker); --top keeps the
    busiest series. Undated events are counted on stderr, not placed.

    Example:

        kg analytics timeline --store ./kpu.kg --by topic --top 5 --plot topics.png
    """
    from kg.analytics import plot, undated
    if plot_path:
        output.check_output(plot_path)  # before reading the graph
    g = _open(store)
    scope = g.scope(period, topic, satker, start, end)
    rows = g.timeline(by, top or None, **_scope(period, start, end, topic, satker))
    missing = undated(g.graph(), scope, part=g.participation())
    if missing:
        output.warn(f"{missing} undated event(s) left off the timeline")
    if plot_path:
        title = f"Events per month by {by}" + (f" ({scope.period})" if scope.period else "")
        try:
            with output.output_path(plot_path) as tmp:
                plot(rows, tmp, title=title)
        except (OSError, ValueError) as exc:
            output.fail(f"{plot_path}: cannot write plot: {' '.join(str(exc).split())}")
        click.echo(f"kg: wrote {plot_path}", err=True)
    output.emit(rows, fmt, ["month", "series", "events"])


@click.command("viz")
@_store_option
@click.option("--focus", help="centre the view on this node (name, alias or id) and its neighbourhood")
@click.option("--hops", type=click.IntRange(min=0), default=2, show_default=True,
              help="with --focus: how many relationships away to show")
@click.option("--max-nodes", type=click.IntRange(min=1), default=2000, show_default=True,
              help="keep the view responsive: the most connected nodes are kept")
@click.option("--articles/--no-articles", default=False, show_default=True,
              help="draw Article nodes and their REPORTS/MENTIONS edges (sentences show on click anyway)")
@click.option("-o", "--output", "out", required=True,
              help="HTML file to write (self-contained: open it in any browser, offline)")
@_errors
def viz(store, focus, hops, max_nodes, articles, out):
    """Write an interactive HTML view of the graph: colours by label, names as
    captions, click a node for its properties and source sentences.

    Example:

        kg viz --store ./kpu.kg --focus "KPU Provinsi NTT" --hops 2 -o ntt.html
    """
    output.check_output(out)  # before reading the graph
    g = _open(store)
    html = g.to_html(focus=focus, hops=hops, max_nodes=max_nodes, articles=articles)
    with output.output_file(out) as fh:
        fh.write(html)
    click.echo(f"kg: wrote {out}", err=True)


COMMANDS = [analytics, viz]
