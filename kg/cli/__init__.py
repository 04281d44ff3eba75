"""The `kg` command: a thin layer over the Python API in `kg`.

Each command group lives in its own module here and only parses options, calls
one API function and formats the result (`kg.cli.output`). Adding a command is
adding a module to COMMAND_MODULES.
"""
from __future__ import annotations

import importlib

import click

COMMAND_MODULES = [
    "kg.cli.articles",   # kg articles
    "kg.cli.extract",    # kg extract
    "kg.cli.store",      # kg build, query, cypher, explain, stats
    "kg.cli.entities",   # kg entities
    "kg.cli.rdf",        # kg export, validate, sparql
    "kg.cli.serve",      # kg serve
    "kg.cli.analytics",  # kg analytics, viz
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build and query the knowledge graph of KPU news pages.

    Example:

        kg build examples/pages/*.txt --store ./kpu.kg && kg stats --store ./kpu.kg
    """


for _name in COMMAND_MODULES:
    for _cmd in importlib.import_module(_name).COMMANDS:
        main.add_command(_cmd)
