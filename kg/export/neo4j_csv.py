"""CSV files for `neo4j-admin database import`, the fastest way to put millions
of facts into an empty Neo4j database.

One file per label and one per (relationship type, start label, end label), in
the header syntax Neo4j documents: `id:ID(Person)` (the key, kept as property
`id`, in one ID space per label, so ids need only be unique within a label),
`:LABEL`, `:START_ID(Person)`, `:END_ID(Role)`, `:TYPE`, and typed columns
(`name:string`, `aliases:string[]`, `date:date`, `confidence:double`,
`char_start:long`, `acting:boolean`). Columns and types come from graph.toml,
and the graph passes kg.schema.check_graph first, like every store load, so the
files hold exactly what `kg build` would store, the Name look-up index included
(kg.store.names: without it no catalogue query finds a name). `import.sh` holds the command
line; `constraints.cypher` the keys and indexes to create after the import
(neo4j-admin does not create them).
"""
from __future__ import annotations

import csv
import shlex
import sys
import time as _time
from dataclasses import dataclass, field
from pathlib import Path

from kg import schema as kg_schema
from kg.export.rdf import ExportError
from kg.model import Graph
from kg.store import names as name_index

NEO4J_TYPE = {"STRING": "string", "STRING[]": "string[]", "DOUBLE": "double", "INT64": "long",
              "DATE": "date", "BOOL": "boolean"}
ARRAY_DELIMITERS = ("|", ";", "\u001f")  # the first no array value contains is used


@dataclass
class CsvStats:
    directory: str
    files: list[str] = field(default_factory=list)
    nodes: int = 0
    relationships: int = 0
    dropped: list[str] = field(default_factory=list)
    command: str = ""
    seconds: float = 0.0

    @property
    def triples(self) -> int:  # records written: what scripts/bench_export.py counts for every format
        return self.nodes + self.relationships


def _cell(type_: str, value, delimiter: str) -> str:
    if value is None or value == [] or value == "":
        return ""  # an empty field is no property at all
    if type_ == "STRING[]":
        return delimiter.join(str(v) for v in value)
    if type_ == "BOOL":
        return "true" if value else "false"
    return str(value)


def _delimiter(graph: Graph, s) -> str:
    seen = set()
    for node in graph.nodes.values():
        lab = s.labels.get(node.label)
        for name, value in node.props.items():
            p = lab.properties.get(name) if lab else None
            if p is not None and p.type == "STRING[]" and value:
                for v in value:
                    seen.update(ch for ch in ARRAY_DELIMITERS if ch in v)
    for ch in ARRAY_DELIMITERS:
        if ch not in seen:
            return ch
    raise ExportError("no array delimiter is free: some list value contains each of " + " ".join(map(repr, ARRAY_DELIMITERS)))


def export_csv(graph: Graph, directory: str | Path, database: str = "neo4j", progress: bool = False,
               schema=None) -> CsvStats:
    """Write the import files into `directory` (created; existing kg files in it
    are replaced) and return what was written, with the command to run."""
    started = _time.perf_counter()
    s = schema or kg_schema.load()
    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: neo4j-csv writes a directory, and this is a file")
    out.mkdir(parents=True, exist_ok=True)
    checked, dropped = s.check_graph(graph)
    index_nodes, index_edges = name_index.index(s, list(checked.nodes.values()))
    checked.nodes.update(index_nodes)
    checked.edges.extend(index_edges)
    stats = CsvStats(str(out), dropped=[f"{d.item}: {d.reason}" for d in dropped])
    delim = _delimiter(checked, s)
    multiline = False
    node_files, rel_files = [], []

    by_label: dict[str, list] = {}
    for node in checked.nodes.values():
        by_label.setdefault(node.label, []).append(node)
    for label, nodes in by_label.items():
        lab = s.labels[label]
        cols = [p for p in lab.properties.values() if p.name != lab.key]
        name = f"nodes_{label}.csv"
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([f"{lab.key}:ID({label})"] + [f"{p.name}:{NEO4J_TYPE[p.type]}" for p in cols] + [":LABEL"])
            for node in sorted(nodes, key=lambda n: n.id):
                row = [node.id] + [_cell(p.type, node.props.get(p.name), delim) for p in cols] + [label]
                multiline = multiline or any("\n" in c or "\r" in c for c in row)
                w.writerow(row)
                stats.nodes += 1
        node_files.append(name)
        if progress:
            print(f"kg export: {stats.nodes} nodes", file=sys.stderr, flush=True)

    by_pair: dict[tuple, dict] = {}
    for e in checked.edges:
        if e.src not in checked.nodes or e.dst not in checked.nodes:
            stats.dropped.append(f"{e.type} {e.src[1]} -> {e.dst[1]}: an end is not in the graph")
            continue
        by_pair.setdefault((e.type, e.src[0], e.dst[0]), {})[e.key] = e  # one edge per key, last wins
    for (type_, src, dst), edges in sorted(by_pair.items()):
        rel = s.rels[type_]
        cols = list(rel.properties.values())
        name = f"rels_{type_}_{src}_{dst}.csv"
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([f":START_ID({src})", f":END_ID({dst})", ":TYPE"]
                       + [f"{p.name}:{NEO4J_TYPE[p.type]}" for p in cols])
            for e in edges.values():
                row = [e.src[1], e.dst[1], type_] + [_cell(p.type, e.props.get(p.name), delim) for p in cols]
                multiline = multiline or any("\n" in c or "\r" in c for c in row)
                w.writerow(row)
                stats.relationships += 1
        rel_files.append(name)
        if progress:
            print(f"kg export: {stats.relationships} relationships", file=sys.stderr, flush=True)

    (out / "constraints.cypher").write_text(";\n".join(s.neo4j_ddl()) + ";\n", encoding="utf-8")
    delim_arg = "U+%04X" % ord(delim)
    args = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination",
            f"--array-delimiter={delim_arg}"]
    if multiline:
        args.append("--multiline-fields=true")
    args += [f"--nodes={f}" for f in node_files] + [f"--relationships={f}" for f in rel_files]
    stats.command = " ".join(shlex.quote(a) for a in args)
    script = ["#!/bin/sh",
              "# Bulk-load these files into an empty Neo4j database (stop the database first).",
              "# Then start it and create the keys and indexes:",
              f"#   CREATE DATABASE {database} IF NOT EXISTS; cypher-shell -d {database} -f constraints.cypher",
              'cd "$(dirname "$0")" || exit 1',
              'NEO4J_ADMIN="${NEO4J_ADMIN:-neo4j-admin}"',
              '"$NEO4J_ADMIN" ' + stats.command.split(" ", 1)[1], ""]
    (out / "import.sh").write_text("\n".join(script), encoding="utf-8")
    (out / "import.sh").chmod(0o755)
    stats.files = node_files + rel_files + ["constraints.cypher", "import.sh"]
    stats.seconds = _time.perf_counter() - started
    return stats
