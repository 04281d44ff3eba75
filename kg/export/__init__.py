"""Exports of a kg.model.Graph: RDF (rdf.py, shapes in shacl.py, SPARQL in
sparql.py) and the CSV files `neo4j-admin database import` reads (neo4j_csv.py).

    from kg.export import export
    export(graph, "kpu.ttl")                      # format from the suffix
    export(graph, "import/", fmt="neo4j-csv")     # a directory of CSVs + import.sh
"""
from __future__ import annotations

from pathlib import Path

from kg.export.rdf import DEFAULT_BASE, FORMATS as RDF_FORMATS, ExportError, Stats

FORMATS = (*RDF_FORMATS, "neo4j-csv")


def export(graph, path: str | Path, fmt: str | None = None, base: str = DEFAULT_BASE,
           progress: bool = False):
    """One entry point for `kg export`: RDF formats go to a file, neo4j-csv to a directory."""
    if fmt == "neo4j-csv":
        from kg.export.neo4j_csv import export_csv
        return export_csv(graph, path, progress=progress)
    from kg.export.rdf import export as export_rdf
    return export_rdf(graph, path, fmt, base=base, progress=progress)


__all__ = ["DEFAULT_BASE", "ExportError", "FORMATS", "RDF_FORMATS", "Stats", "export"]
