"""What the commands print, and how they open the store, without the CLI library: the common commands
run without loading it (see ``pipeline.cli.fast``), and every command prints through these.

Results go to stdout (a table, JSON or CSV); progress, colour and errors go to stderr.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import AnodeKGError, QueryError, StoreError, did_you_mean
from pipeline.store.base import GraphStore, default_store_url, open_store, split_url
from pipeline.store.named import Table

if TYPE_CHECKING:
    from rich.console import Console


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


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


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


def report(exc: AnodeKGError, *, debug: bool = False) -> None:
    """An error as the user sees it: one red line on stderr (and the traceback with --debug)."""
    if debug:
        err.print_exception()
    from rich.markup import escape
    err.print(f"[red]error:[/] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)


def open_cli_store(url: str, *, must_exist: bool = False) -> GraphStore:
    """The store a command was given (or the default), saying on stderr when it waits for another process."""
    url = url or default_store_url()
    scheme, location = split_url(url)
    if must_exist and scheme == "oxigraph" and not Path(location).exists():
        raise StoreError(f"{location}: no store here yet — run `anodekg ingest PDF --store {location}` first")
    return open_store(url, on_wait=lambda message: err.print(message, style="yellow", markup=False,
                                                             highlight=False, soft_wrap=True))


def render(table: Table, fmt: OutputFormat, title: str = "") -> None:
    """A table to stdout as JSON, CSV or a Rich table (its row count on stderr)."""
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
