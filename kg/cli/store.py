"""`kg build`, `kg query`, `kg cypher`, `kg explain`, `kg stats`: the store commands.

Each opens the store named by --store (else $KG_STORE, else ./kpu.kg), calls
one method of kg.store.Store and prints the rows with kg.cli.output.
"""
from __future__ import annotations

import json
import sys

import click

from kg import queries
from kg.cli import output
from kg.cli.output import store_option
from kg.store import StoreError, resolve_spec


@click.command("build")
@click.argument("paths", nargs=-1, required=True)
@store_option()
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1),
              help="articles per transaction (an error or Ctrl-C loses at most one batch)")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="extraction processes (default: one per core; 1: extract in this process)")
@click.option("--reload", is_flag=True, help="read again the articles the store holds already (after a change to "
              "the rules: their facts are replaced by the new reading)")
@click.option("--quiet", is_flag=True, help="no progress on stderr")
@output.format_option()
def build(paths, store, batch_size, workers, reload, quiet, fmt):
    """Read PATHS (pages, .jsonl, folders), extract facts, resolve them and load
    them into the store. An existing store is added to: articles already in it
    (same title and body) are passed over, so a re-run changes nothing, unless
    --reload, which replaces their facts by the new reading.
    An article whose extraction fails, or a file that cannot be read or holds no
    article, is named on stderr and left out (what the store held of it stays);
    the rest are loaded and the exit status is 1, as for `kg extract`.

    Example:

        kg build examples/pages/*.txt --store ./kpu.kg
    """
    from kg.pipeline import build as run_build
    with output.open_store(store) as st:
        try:
            rep = run_build(paths, st, batch_size=batch_size, progress=not quiet, workers=workers, reload=reload)
        except StoreError as exc:
            output.fail(str(exc))
    for p in rep.problems:
        output.problem(p)
    for d in rep.load.dropped:
        output.warn(f"dropped {d.kind} {d.item}: {d.reason}")
    output.emit([rep.to_dict()], fmt)
    if not rep.articles:
        output.fail("no articles found in " + ", ".join(paths))
    if rep.skipped or any(p.severity == "error" for p in rep.problems):
        sys.exit(1)  # the others are loaded; the status says the store lacks some


@click.command("query")
@click.argument("name", required=False)
@store_option()
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@click.option("--list", "list_", is_flag=True, help="list the catalogue and each query's parameters")
@output.format_option()
def query(name, store, params, list_, fmt):
    """Run a named query from the catalogue (kg/queries/*.cypher).

    Example:

        kg query --list

        kg query holders --store ./kpu.kg -p satker="KPU Provinsi NTT"

        kg query satker_events -p satker="KPU NTT" -p from=2025-01-01 --format json
    """
    if list_ or not name:
        rows = [{"name": q.name, "parameters": " ".join(
            p.name + (f"={p.default}" if p.default is not None else "") for p in q.params), "answers": q.doc}
            for q in queries.catalogue().values()]
        output.emit(rows, fmt, max_width=100)
        return
    params = output.parse_params(params)
    output.emit(output.ask(store, lambda st: st.query(name, params)), fmt)


@click.command("cypher")
@click.argument("text")
@store_option()
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="a parameter; VALUE is read as JSON when it parses, else as a string")
@output.format_option()
def cypher(text, store, params, fmt):
    """Run any read-only Cypher statement; the store refuses writes.

    Example:

        kg cypher "MATCH (p:Person)-[:HOLDS]->(r:Role) RETURN p.name AS person, r.name AS role LIMIT 10"
    """
    values = {}
    for k, v in output.parse_params(params).items():
        try:
            values[k] = json.loads(v)
        except ValueError:
            values[k] = v
    output.emit(output.ask(store, lambda st: st.cypher(text, values)), fmt)


@click.command("explain")
@click.argument("name")
@store_option()
@output.format_option()
def explain(name, store, fmt):
    """Show the sentences behind every fact about the entity called NAME
    (a person, post, satker, organization, event or topic; name, alias or id).

    Example:

        kg explain "Reni Rinjani" --store ./kpu.kg
    """
    rows = output.ask(store, lambda st: st.explain(name))
    if not rows:
        output.fail(f"no facts about {name!r} in {resolve_spec(store)}")
    output.emit(rows, fmt, columns=["subject", "relation", "object", "date", "article", "char_start",
                                    "char_end", "sentence"] if fmt == "table" else None)


@click.command("stats")
@store_option()
@output.format_option()
def stats(store, fmt):
    """Count nodes per label and relationships per type, and list conflicts
    (two holders of a single-holder post on the same date).

    Example:

        kg stats --store ./kpu.kg --format json
    """
    s = output.ask(store, lambda st: st.stats())
    rows = [{"kind": "label", "name": k, "count": v} for k, v in s["labels"].items()]
    rows += [{"kind": "relationship", "name": k, "count": v} for k, v in s["relationships"].items()]
    rows += [{"kind": "conflict", "name": f"{c['role']} ({c['org']}) {c['date']}: {' / '.join(c['holders'])}",
              "count": 1} for c in s["conflicts"]]
    output.emit(rows, fmt)


COMMANDS = [build, query, cypher, explain, stats]
