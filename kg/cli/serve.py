"""`kg serve`: a store's RDF export in a read-only SPARQL endpoint (kg.export.endpoint)."""
from __future__ import annotations

import signal

import click

from kg.cli import output


@click.command("serve")
@output.store_option()
@click.option("--rdf", "rdf_file", type=click.Path(dir_okay=False), default=None,
              help="serve this RDF file (any syntax, by its suffix) instead of a store's export")
@click.option("--data", default=None, metavar="DIR",
              help="the endpoint's data directory (export + Oxigraph database) [default: ./kpu.oxigraph]")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True,
              help="port on 127.0.0.1")
@click.option("--cors", is_flag=True, help="let web pages of other origins (YASGUI on the web) query it")
@click.option("--no-load", is_flag=True, help="serve DIR as last loaded, without exporting again")
@click.option("--load-only", is_flag=True, help="export and load DIR, then exit without serving")
@click.option("--base", default=None, help="base IRI of the export [default: https://w3id.org/kpu-kg/]")
def serve_cmd(store: str | None, rdf_file: str | None, data: str | None, port: int, cors: bool, no_load: bool,
              load_only: bool, base: str | None) -> None:
    """Serve a store as a SPARQL 1.1 Protocol endpoint (Oxigraph, read-only, on 127.0.0.1).

    Exports the store as RDF (with the topic vocabulary), loads it into a fresh
    Oxigraph database in DIR and swaps it for the one served before, so a
    refresh after a later build duplicates nothing; then serves it until
    Ctrl-C. Queries go to http://127.0.0.1:PORT/query (SPARQLWrapper, YASGUI,
    R, curl, `kg sparql --endpoint`); the query page is at http://127.0.0.1:PORT/.
    Updates are refused. Named graphs (one per article) are part of the default graph.

    Example:

        kg serve --store ./kpu.kg --port 7878
    """
    from kg.export import endpoint
    from kg.export.rdf import DEFAULT_BASE
    from kg.cli.rdf import _graph
    from kg.store import resolve_spec
    if no_load and load_only:
        output.fail("--no-load and --load-only exclude each other")
    if no_load and (rdf_file or store or base):
        output.fail("--no-load serves DIR as it is: it takes no --store, --rdf or --base")
    if rdf_file and store:
        output.fail("give the data with one of --store STORE or --rdf FILE")
    if rdf_file and base:
        output.fail("--base is for a store's export: an --rdf file keeps its own IRIs")
    data = data or endpoint.DEFAULT_DATA
    try:
        if not no_load:
            endpoint.check(data)  # before a long export, not after
            if rdf_file:
                loaded = endpoint.load(data, rdf_file=rdf_file, source=rdf_file, progress=True)
            else:
                graph = _graph(store)
                loaded = endpoint.load(data, graph=graph, base=base or DEFAULT_BASE,
                                       source=resolve_spec(store), progress=True)
            for problem in loaded.skipped:
                output.warn(f"left out: {problem}")
            click.echo(f"kg: {loaded.quads} quads from {loaded.source} in {data} ({loaded.seconds:.1f}s)", err=True)
            if load_only:
                return
        else:
            meta = endpoint.info(data)
            click.echo(f"kg: serving {data} as loaded {meta.get('loaded', '?')} from {meta.get('source', '?')} "
                       f"({meta.get('quads', '?')} quads)", err=True)
        # Ctrl-C, and SIGTERM (systemd, docker, kill), stop it; SIGINT too where a shell ignored it for a background job
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, _interrupt)
        server = endpoint.serve(data, port, cors=cors)
    except endpoint.EndpointError as exc:
        output.fail(str(exc))
    except KeyboardInterrupt:
        output.fail("stopped before the endpoint answered")
    click.echo(f"kg: SPARQL endpoint at {server.url} (query page {server.base_url}/); Ctrl-C stops it")
    try:
        code = server.process.wait()
    except KeyboardInterrupt:
        server.stop()
        click.echo("kg: endpoint stopped", err=True)
        return
    server.stop()
    output.fail(f"the Oxigraph server exited with code {code} (see {data}/{endpoint.LOG})")


def _interrupt(signum, frame):
    raise KeyboardInterrupt


COMMANDS = [serve_cmd]
