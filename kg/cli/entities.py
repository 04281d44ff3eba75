"""`kg entities`: one line per Person, Satker, Organization and Event in a store."""
from __future__ import annotations

import click

from kg.cli import output

LABELS = ("Person", "Satker", "Organization", "Event")


@click.command("entities")
@output.store_option()
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
    graph = output.ask(store, lambda st: st.graph())
    rows = list_entities(graph, tuple(labels) or LABELS)
    if fmt == "table":
        rows = [{k: v for k, v in r.items() if k != "merges"} for r in rows]
    output.emit(rows, fmt, columns=["label", "id", "name", "aliases", "date", "articles"] if fmt == "table" else None)


COMMANDS = [entities]
