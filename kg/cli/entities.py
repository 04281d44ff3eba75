"""`kg entities`: one line per Person, Satker, Organization and Event in a store."""
from __future__ import annotations

import click

from kg.cli import output

LABELS = ("Person", "Satker", "Organization", "Event")


@click.command("entities")
@click.option("--store", "store", default=None, metavar="S",
              help="embedded store file or bolt:// / neo4j:// URI [default: $KG_STORE or ./kpu.kg]")
@click.option("--label", "labels", multiple=True, type=click.Choice(LABELS),
              help="only these labels (repeatable) [default: all four]")
@output.format_option()
def entities(store, labels, fmt):
    """List the resolved entities: label, id, name, every written form
    (aliases), why forms were merged (merges) and, for an Event, the titles of
    the articles that report it.

    Example:

        kg entities --store ./kpu.kg --label Person

        kg entities --store ./kpu.kg --format jsonl > nodes.jsonl
    """
    from kg.resolve import entities as list_entities
    from kg.store import StoreError, open_store
    try:
        with open_store(store, read_only=True) as st:
            graph = st.graph()
    except StoreError as exc:
        output.fail(str(exc))
    rows = list_entities(graph, tuple(labels) or LABELS)
    if fmt == "table":
        rows = [{k: v for k, v in r.items() if k != "merges"} for r in rows]
    output.emit(rows, fmt, columns=["label", "id", "name", "aliases", "date", "articles"] if fmt == "table" else None)


COMMANDS = [entities]
