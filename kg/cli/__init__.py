"""The `kg` command: a thin layer over the Python API in `kg`.

Each command group lives in its own module here and only parses options, calls
one API function and formats the result (`kg.cli.output`). Adding a command is
adding a module to COMMAND_MODULES.
"""
from __future__ import annotations

import importlib
import sys

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


_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2


class Kg(click.Group):
    """The `kg` group, whose usage errors (unknown command, option or format, a
    missing argument) are one line on stderr like every other error, instead
    of click's usage block."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _NO_ARGS as exc:  # `kg` or `kg analytics` alone: the help, as click shows it
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "kg"
            click.echo(f"kg: error: {' '.join(exc.format_message().split())} (see: {where} --help)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"kg: error: {' '.join(exc.format_message().split())}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("kg: error: aborted", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) and not isinstance(rv, bool) else 0)


@click.group("kg", cls=Kg, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Build and query the knowledge graph of KPU news pages.

    Example:

        kg build examples/pages/*.txt --store ./kpu.kg && kg stats --store ./kpu.kg
    """


for _name in COMMAND_MODULES:
    for _cmd in importlib.import_module(_name).COMMANDS:
        main.add_command(_cmd)
