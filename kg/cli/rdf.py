"""`kg export`, `kg validate`, `kg sparql`: options in, one kg.export call, rows out."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import output

EXPORT_FORMATS = ("turtle", "ntriples", "jsonld", "trig", "neo4j-csv")


def _graph(spec: str | None):
    """The store's whole graph, read-only; a store that cannot be opened is one line."""
    def read(st):
        click.echo(f"kg: reading graph from {spec or 'the default store'} ...", err=True)
        return st.graph()
    return output.ask(spec, read)


@click.command("export")
@output.store_option()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="output format [default: from the file suffix, else turtle]")
@click.option("-o", "--output", "out", required=True,
              help="file to write ('-' = stdout); a directory for neo4j-csv")
@click.option("--base", default=None, help="base IRI of the nodes [default: https://w3id.org/kpu-kg/]")
def export_cmd(store: str, fmt: str | None, out: str, base: str | None) -> None:
    """Export a store as RDF (W3C ORG, schema.org, SKOS, PROV-O, Web Annotation)
    or as the CSV files `neo4j-admin database import` bulk-loads.

    FILE (or the files in DIR) is replaced whole when the export is done, and
    left as it was when it fails. Turtle, N-Triples and TriG are written as a
    stream; TriG puts each article's
    facts in a named graph of their own. IRIs come from the node ids, so two
    exports of the same graph give the same IRIs.

    Example:

        kg export --store ./kpu.kg -o kpu.ttl && kg export --store ./kpu.kg --format neo4j-csv -o import/
    """
    from kg.export import export
    from kg.export.rdf import DEFAULT_BASE, SUFFIX_FORMAT, ExportError
    if fmt is None:
        fmt = "turtle" if out == "-" else SUFFIX_FORMAT.get(Path(out).suffix.lower(), "turtle")
    if fmt == "neo4j-csv" and out == "-":
        output.fail("neo4j-csv writes a directory of files: give -o DIR")
    if fmt == "neo4j-csv" and base:
        output.warn("--base is for RDF formats; neo4j-csv ignores it")
    output.check_output(out, make_parents=True, folder=fmt == "neo4j-csv")  # before reading the store
    graph = _graph(store)
    try:
        if fmt == "neo4j-csv":
            with output.output_folder(out) as tmp:
                stats = export(graph, tmp, fmt, progress=True)
        else:
            with output.output_file(out, newline="\n", make_parents=True) as fh:
                stats = export(graph, fh, fmt, base=base or DEFAULT_BASE, progress=True)
    except ExportError as exc:
        output.fail(str(exc))
    if fmt == "neo4j-csv":
        click.echo(f"kg: {stats.nodes} nodes, {stats.relationships} relationships in {len(stats.files)} files "
                   f"under {out} ({stats.seconds:.1f}s); load them with {Path(out) / 'import.sh'}", err=True)
    else:
        click.echo(f"kg: {stats.triples} triples ({fmt}) to {out} in {stats.seconds:.1f}s", err=True)
    for problem in stats.skipped if fmt != "neo4j-csv" else stats.dropped:
        output.warn(f"left out: {problem}")


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False))
@output.format_option()
def validate_cmd(file: str, fmt: str) -> None:
    """Check an RDF export against the SHACL shapes generated from schema/graph.toml.

    Prints one row per violation (focus node, property, value, message) and
    exits 1 when the file does not conform.

    Example:

        kg export --store ./kpu.kg -o kpu.ttl && kg validate kpu.ttl
    """
    from kg.export.rdf import ExportError
    from kg.export.shacl import validate
    if not Path(file).is_file():
        output.fail(f"{file}: no such file")
    try:
        report = validate(file)
    except ExportError as exc:
        output.fail(str(exc))
    if report.violations:
        output.emit(report.violations, fmt, ["severity", "focus", "path", "value", "message"])
    verdict = "conforms" if report.conforms else f"does not conform: {len(report.violations)} violations"
    click.echo(f"kg: {file}: {report.triples} triples, {verdict}", err=True)
    if not report.conforms:
        sys.exit(1)


@click.command("sparql")
@click.argument("query")
@click.option("--rdf", "rdf_file", type=click.Path(dir_okay=False), help="an exported RDF file to query")
@click.option("--store", help="or a store, exported on the fly (path or neo4j://host:port)")
@click.option("--endpoint", metavar="URL", help="or a SPARQL endpoint (`kg serve`: http://127.0.0.1:7878/query)")
@click.option("-p", "--param", "params", multiple=True, help="NAME=VALUE for a named query (repeatable)")
@click.option("--base", default=None, help="base IRI when exporting a store [default: https://w3id.org/kpu-kg/]")
@output.format_option()
def sparql_cmd(query: str, rdf_file: str | None, store: str | None, endpoint: str | None,
               params: tuple[str, ...], base: str | None, fmt: str) -> None:
    """Run SPARQL 1.1 (on pyoxigraph) over an export or a store, or send it to an endpoint.

    QUERY is SPARQL text, `@file.rq`, or the name of a catalogue twin
    (holders, satker_events, topic_events, co_attendance) with -p parameters.
    The prefixes of schema/graph.toml (org:, schema:, skos:, prov:, oa:, ...)
    are predeclared.

    Example:

        kg sparql holders -p satker="KPU Provinsi NTT" --rdf kpu.ttl
    """
    from kg.export import sparql
    from kg.export.rdf import DEFAULT_BASE
    if sum(map(bool, (rdf_file, store, endpoint))) != 1:
        output.fail("give the data with exactly one of --rdf FILE, --store STORE or --endpoint URL")
    if query.startswith("@"):
        try:
            query = Path(query[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            output.fail(f"{query[1:]}: cannot read: {exc.strerror or exc}")
    try:
        if endpoint:
            from kg.export.endpoint import query as ask_endpoint
            rows = ask_endpoint(endpoint, query, output.parse_params(params))
        else:
            data = sparql.load_file(rdf_file) if rdf_file else sparql.load_graph(_graph(store), base or DEFAULT_BASE)
            rows = sparql.query(data, query, output.parse_params(params))
    except sparql.SparqlError as exc:
        output.fail(str(exc))
    output.emit(rows, fmt)


COMMANDS = [export_cmd, validate_cmd, sparql_cmd]
