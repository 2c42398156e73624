"""What every ``anodekg`` command shares: the Typer app, options and error reporting (consoles and
rendering are in ``output``, which loads without the CLI library).

Results go to stdout (a table, JSON or CSV); progress, colour and errors go to stderr. Errors become
exit codes in one place, ``reported`` (and, for the commands run without Typer, ``fast.run``):

  0 success · 1 unexpected error · 2 usage error · 3 unreadable input (missing, not a PDF, encrypted,
  scanned, damaged) · 4 bad query or parameter · 5 SHACL violation · 6 store error
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from pipeline import __version__
from pipeline.cli.output import (  # noqa: F401  (the commands take them from here)
    OutputFormat,
    err,
    open_cli_store,
    out,
    render,
    report,
    trim,
)
from pipeline.errors import DEBUG_ENV, AnodeKGError
from pipeline.read_options import ReaderBackend
from pipeline.store.base import STORE_ENV


class Group(TyperGroup):
    """The command group: one spelling of --format for all, and a reader that closes the pipe
    (``anodekg query … | head``) ends the command quietly."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``--json`` (the old spelling) is read as ``--format json``, the one spelling every command takes."""
        end = args.index("--") if "--" in args else len(args)
        rewritten = [part for arg in args[:end] for part in (("--format", "json") if arg == "--json" else (arg,))]
        return super().parse_args(ctx, rewritten + args[end:])

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """``anodekg --help``, drawn by ``help_screen`` (the commands' own screens stay Typer's)."""
        from rich.console import Console

        from pipeline.cli import help_screen
        width = os.environ.get("TERMINAL_WIDTH", "")        # the width Typer's screens take, when set
        help_screen.render(ctx, self, Console(width=int(width) if width.isdigit() else None))

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader has all it wants: no traceback, no "unexpected error", and no second
            # BrokenPipeError when Python flushes stdout at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None


app = typer.Typer(
    name="anodekg", no_args_is_help=True, rich_markup_mode="rich", add_completion=False, cls=Group,
    help="AnodeKG: read review PDFs on lithium metal anodes into a knowledge graph, and query it.\n\n"
         "  anodekg ingest graph_data/sources/\n"
         "  anodekg query compare-classes\n"
         "  anodekg query above-threshold --param property=CoulombicEfficiency --param min_value=99\n\n"
         f"The store is ./graph_data/store unless --store or ${STORE_ENV} says otherwise.")


STATE = {"debug": False}

StoreOpt = Annotated[str, typer.Option(
    "--store", envvar=STORE_ENV, show_envvar=True, metavar="DIR",
    help="Store directory (or URL). Default: ./graph_data/store.")]


READER_ENV = "ANODEKG_READER"
BackendOpt = Annotated[ReaderBackend, typer.Option(
    "--backend", envvar=READER_ENV, show_envvar=True, case_sensitive=False,
    help="Where the reader takes a PDF's characters from: pdfium (the default, fast) or pdfminer (through "
         "pdfplumber, in Python). Both read a paper the same; the other one is asked only for glyphs "
         "without Unicode.")]


FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output as a table, JSON or CSV.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, metavar="N", help="Show at most N rows.")]
ColumnsOpt = Annotated[str | None, typer.Option(
    "--columns", "-c", metavar="A,B,…", help="Show only these columns, in this order (comma-separated).")]


class SummaryFormat(StrEnum):
    table = "table"
    json = "json"


SummaryOpt = Annotated[SummaryFormat, typer.Option("--format", "-f", help="Print a table, or JSON.")]


def _print_version(value: bool) -> None:
    if value:
        out.print(__version__)
        raise typer.Exit(0)


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_print_version,
                                          help="Print the version and exit.")] = False,
    store: Annotated[str | None, typer.Option(
        "--store", metavar="DIR", help="Store for the command that follows, as if given after it "
                                       "([bold]anodekg --store DIR stats[/]).")] = None,
) -> None:
    STATE["debug"] = debug
    if debug:
        os.environ[DEBUG_ENV] = "1"
    if store:          # read by each command's own --store default, which its own --store still overrides
        os.environ[STORE_ENV] = store


@contextmanager
def reported() -> Iterator[None]:
    """The one place errors become messages and exit codes."""
    try:
        yield
    except AnodeKGError as exc:
        report(exc, debug=STATE["debug"])
        raise typer.Exit(exc.exit_code) from exc


@contextmanager
def progress_bar(what: str, *, disable: bool = False) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar on stderr, as the ``progress(current, done, total)`` callback the api takes."""
    from pipeline.progress import progress_bar as bar
    with bar(what, console=None if disable else err.rich(), disable=disable) as progress:
        yield progress


