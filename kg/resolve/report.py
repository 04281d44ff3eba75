"""What the resolved graph says about its identities: the entity list behind
`kg entities` and the post conflicts behind `kg stats`."""
from __future__ import annotations

from kg.model import Graph

LISTED = ("Person", "Satker", "Organization", "Event")


def entities(graph: Graph, labels: tuple[str, ...] = LISTED) -> list[dict]:
    """One row per Person, Satker, Organization and Event: label, id, name,
    aliases (every written form), merges (why forms were merged) and, for an
    Event, the titles of the articles that report it."""
    reports: dict[tuple, list[str]] = {}
    for e in graph.edges:
        if e.type == "REPORTS":
            art = graph.nodes.get(e.src)
            title = art.props.get("title") if art else None
            if title and title not in reports.setdefault(e.dst, []):
                reports[e.dst].append(title)
    rows = []
    for key in sorted(graph.nodes, key=lambda k: (labels.index(k[0]) if k[0] in labels else 99, k[1])):
        if key[0] not in labels:
            continue
        node = graph.nodes[key]
        row = {"label": key[0], "id": key[1], "name": node.props.get("name"),
               "aliases": sorted(set(node.props.get("aliases") or []))}
        if key[0] == "Event":
            row["date"] = node.props.get("date")
            row["articles"] = sorted(reports.get(key, []))
        row["merges"] = list(node.props.get("merges") or [])
        rows.append(row)
    return rows


def conflicts(graph: Graph) -> list[dict]:
    """Single-holder posts seen with two holders at one date (`Ketua` of one
    satker held by two people on the same day): shown, never silently fixed."""
    seen: dict[tuple, dict[str, set[tuple]]] = {}
    for e in graph.edges:
        role = graph.nodes.get(e.dst)
        if e.type != "HOLDS" or role is None or not (role.props.get("single_holder") or role.props.get("single")):
            continue
        date = e.props.get("date")
        if date:
            seen.setdefault(e.dst, {}).setdefault(str(date)[:10], set()).add(e.src)
    out = []
    for rkey, by_date in sorted(seen.items()):
        role = graph.nodes[rkey]
        for date, holders in sorted(by_date.items()):
            if len(holders) > 1:
                out.append({"role": role.props.get("name"), "org": role.props.get("org"), "date": date,
                            "holders": sorted(graph.nodes[h].props.get("name", h[1]) if h in graph.nodes
                                              else h[1] for h in holders)})
    return out


def timeline(graph: Graph, role_id: str) -> list[dict]:
    """The holders of one post in date order, with first and last seen dates."""
    spans: dict[tuple, dict] = {}
    for e in graph.edges:
        if e.type == "HOLDS" and e.dst == ("Role", role_id):
            person = graph.nodes.get(e.src)
            spans[e.src] = {"person": person.props.get("name") if person else e.src[1],
                            "first_seen": e.props.get("first_seen"), "last_seen": e.props.get("last_seen")}
    return sorted(spans.values(), key=lambda r: (r["first_seen"] or "", r["person"]))
