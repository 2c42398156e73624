"""What every ``anodekg`` command shares: the Typer app, consoles, options, error reporting, rendering.

Results go to stdout (a table, JSON or CSV); progress, colour and errors go to stderr. Errors become
exit codes in one place, ``reported``:

  0 success · 1 unexpected error · 2 usage error · 3 unreadable input (missing, not a PDF, encrypted,
  scanned, damaged) · 4 bad query or parameter · 5 SHACL violation · 6 store error
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import click
import typer
from typer.core import TyperGroup

from pipeline import __version__
from pipeline.errors import DEBUG_ENV, AnodeKGError, QueryError, StoreError, did_you_mean
from pipeline.records import ReaderBackend
from pipeline.store.base import STORE_ENV, GraphStore, default_store_url, open_store, split_url
from pipeline.store.named import Table


class Group(TyperGroup):
    """The command group: one spelling of --format for all, and a reader that closes the pipe
    (``anodekg query … | head``) ends the command quietly."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``--json`` (the old spelling) is read as ``--format json``, the one spelling every command takes."""
        end = args.index("--") if "--" in args else len(args)
        rewritten = [part for arg in args[:end] for part in (("--format", "json") if arg == "--json" else (arg,))]
        return super().parse_args(ctx, rewritten + args[end:])

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader has all it wants: no traceback, no "unexpected error", and no second
            # BrokenPipeError when Python flushes stdout at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None


if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    name="anodekg", no_args_is_help=True, rich_markup_mode="rich", add_completion=False, cls=Group,
    help="AnodeKG: read review PDFs on lithium metal anodes into a knowledge graph, and query it.\n\n"
         "  anodekg ingest graph_data/sources/\n"
         "  anodekg query compare-classes\n"
         "  anodekg query above-threshold --param property=CoulombicEfficiency --param min_value=99\n\n"
         f"The store is ./graph_data/store unless --store or ${STORE_ENV} says otherwise.")


class _Console:
    """A Rich console made on first use: a command that prints JSON or CSV never loads Rich's console."""

    def __init__(self, **options: object) -> None:
        self._options = options
        self._console = None

    def rich(self) -> Console:
        if self._console is None:
            from rich.console import Console
            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> object:
        return getattr(self.rich(), name)


# piped output (logs, `make demo`) gets wide tables instead of an 80-column squeeze
out = _Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = _Console(stderr=True, soft_wrap=True)     # an error is one line, however narrow the terminal
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


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output as a table, JSON or CSV.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, metavar="N", help="Show at most N rows.")]
ColumnsOpt = Annotated[str | None, typer.Option(
    "--columns", "-c", metavar="A,B,…", help="Show only these columns, in this order (comma-separated).")]


class SummaryFormat(StrEnum):
    table = "table"
    json = "json"


SummaryOpt = Annotated[SummaryFormat, typer.Option("--format", "-f", help="Print a table, or JSON.")]


def trim(table: Table, limit: int | None = None, columns: str | None = None) -> Table:
    """The first ``limit`` rows, with only ``columns`` (QueryError naming the columns there are)."""
    rows = table.rows if limit is None else table.rows[:limit]
    if not columns:
        return Table(table.columns, rows)
    wanted = tuple(c.strip() for c in columns.split(",") if c.strip())
    for column in wanted:
        if column not in table.columns:
            raise QueryError(f"no column {column!r}{did_you_mean(column, table.columns)}; "
                             f"the columns are: {', '.join(table.columns)}")
    return Table(wanted, tuple({c: row.get(c) for c in wanted} for row in rows))


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
        if STATE["debug"]:
            err.print_exception()
        from rich.markup import escape
        err.print(f"[red]error:[/] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from exc


@contextmanager
def progress_bar(what: str, *, disable: bool = False) -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar on stderr, as the ``progress(current, done, total)`` callback the api takes."""
    from pipeline.progress import progress_bar as bar
    with bar(what, console=err.rich(), disable=disable) as progress:
        yield progress


def open_cli_store(url: str, *, must_exist: bool = False) -> GraphStore:
    url = url or default_store_url()
    scheme, location = split_url(url)
    if must_exist and scheme == "oxigraph" and not Path(location).exists():
        raise StoreError(f"{location}: no store here yet — run `anodekg ingest PDF --store {location}` first")
    return open_store(url, on_wait=lambda message: err.print(message, style="yellow", markup=False,
                                                             highlight=False, soft_wrap=True))


def render(table: Table, fmt: OutputFormat, title: str = "") -> None:
    if fmt == OutputFormat.json:
        out.print_json(json.dumps(list(table.rows), ensure_ascii=False, default=str)) if sys.stdout.isatty() \
            else print(json.dumps(list(table.rows), ensure_ascii=False, indent=1, default=str))
        return
    if fmt == OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(table.columns), extrasaction="ignore")
        writer.writeheader()
        for row in table.rows:
            writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
        sys.stdout.write(buffer.getvalue())
        return
    from rich.table import Table as RichTable
    rich_table = RichTable(title=title or None, show_lines=False, header_style="bold cyan")
    for column in table.columns:
        rich_table.add_column(column, overflow="fold", max_width=60)
    for row in table.rows:
        rich_table.add_row(*[_cell(row.get(c)) for c in table.columns])
    out.print(rich_table)
    err.print(f"{len(table.rows)} row(s)")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)
