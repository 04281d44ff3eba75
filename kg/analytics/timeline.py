"""Events over time: counts per month, split by topic, event kind or satker,
and the topic table (how many events, satkers, first and last month per topic)."""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.model import Graph
from kg.analytics.scope import Participation, Scope, display_name

SERIES = ("topic", "kind", "satker", "total")


def _series(graph: Graph, part: Participation, ev, by: str) -> list[str]:
    if by == "total":
        return ["events"]
    if by == "topic":
        return sorted(display_name(graph, t) for t in part.topics.get(ev, ())) or ["(no topic)"]
    if by == "kind":
        node = graph.nodes.get(ev)
        return [str((node.props.get("kind") if node else None) or "(no kind)")]
    if by == "satker":
        return sorted(display_name(graph, a) for a in part.takers.get(ev, {}) if a[0] == "Satker")
    raise ValueError(f"unknown series {by!r}: choose one of {', '.join(SERIES)}")


def timeline(graph: Graph, scope: Scope | None = None, by: str = "topic",
             top: int | None = None, part: Participation | None = None) -> list[dict]:
    """Rows (month, series, events), months ascending; `top` keeps the series with
    the most events overall. An event about two topics counts once for each.
    Undated events cannot be placed on a timeline: see `undated`."""
    part = part or Participation(graph)
    counts: Counter = Counter()
    for ev in part.select(scope):
        date = part.date.get(ev)
        if not date:
            continue
        for s in _series(graph, part, ev, by):
            counts[(date[:7], s)] += 1
    totals: Counter = Counter()
    for (_, s), n in counts.items():
        totals[s] += n
    keep = {s for s, _ in sorted(totals.items(), key=lambda t: (-t[1], t[0]))[:top]} if top else set(totals)
    return [{"month": m, "series": s, "events": n}
            for (m, s), n in sorted(counts.items()) if s in keep]


def undated(graph: Graph, scope: Scope | None = None, part: Participation | None = None) -> int:
    """How many events matching the topic/satker filter have no date, so are left
    off every timeline (and out of any period)."""
    part = part or Participation(graph)
    scope = scope or Scope()
    return sum(1 for ev in part.select(Scope(topic=scope.topic, satker=scope.satker))
               if not part.date.get(ev))


def topics(graph: Graph, scope: Scope | None = None, top: int | None = None,
           part: Participation | None = None) -> list[dict]:
    """One row per topic, most events first: events, satkers and people that took
    part, first and last month, busiest month. `scope.topic` keeps that topic and
    the ones under it (rows, not events: an event's other topics are not listed)."""
    part = part or Participation(graph)
    keep = None
    if scope and scope.topic:
        from kg.analytics.scope import find_node
        keep = part.topic_closure(find_node(graph, scope.topic, ("Topic",)))
        scope = Scope(scope.period, None, scope.satker)
    stats: dict = defaultdict(lambda: {"events": 0, "satkers": set(), "people": set(), "months": Counter()})
    for ev in part.select(scope):
        for t in part.topics.get(ev, ()):
            s = stats[t]
            s["events"] += 1
            for a in part.takers.get(ev, {}):
                if a[0] == "Satker":
                    s["satkers"].add(a)
                elif a[0] == "Person":
                    s["people"].add(a)
            if part.date.get(ev):
                s["months"][part.date[ev][:7]] += 1
    rows = []
    for t, s in stats.items():
        if keep is not None and t not in keep:
            continue
        months = s["months"]
        busiest = sorted(months.items(), key=lambda m: (-m[1], m[0]))[0][0] if months else None
        rows.append({"topic": display_name(graph, t), "id": t[1], "events": s["events"],
                     "satkers": len(s["satkers"]), "people": len(s["people"]),
                     "first": min(months) if months else None, "last": max(months) if months else None,
                     "busiest": busiest})
    rows.sort(key=lambda r: (-r["events"], r["topic"]))
    return rows[:top] if top else rows


def months_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from first to last, so a plot shows quiet months as zero."""
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def plot(rows: list[dict], path, title: str = "Events per month") -> None:
    """Draw `timeline` rows as one line per series into an image file (PNG, SVG, PDF)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    if rows:
        months = months_between(min(r["month"] for r in rows), max(r["month"] for r in rows))
        series: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            series[r["series"]][r["month"]] += r["events"]
        order = sorted(series, key=lambda s: (-sum(series[s].values()), s))
        for s in order:
            ax.plot(months, [series[s][m] for m in months], marker="o", label=s)
        ax.legend(loc="upper left", fontsize="small", frameon=False)
        ax.set_xticks(range(len(months)))
        ax.set_xticklabels(months, rotation=45, ha="right")
    else:
        ax.text(0.5, 0.5, "no dated events in scope", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title)
    ax.set_ylabel("events")
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
