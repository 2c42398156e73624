"""`anodekg queries`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import (
    ColumnsOpt,
    FormatOpt,
    LimitOpt,
    OutputFormat,
    StoreOpt,
    app,
    open_cli_store,
    out,
    render,
    reported,
    trim,
)
from pipeline.errors import InputError
from pipeline.store.named import named_queries, parse_params


@app.command("queries")
def list_queries(store: StoreOpt = "") -> None:
    """List the named queries with what they answer and the parameters they take.

    Example: [bold]anodekg queries[/]
    """
    from rich.table import Table as RichTable
    table = RichTable(title="named queries", header_style="bold cyan", show_lines=True)
    table.add_column("name", style="bold")
    table.add_column("answers", overflow="fold")
    table.add_column("parameters", overflow="fold")
    for query in named_queries().values():
        params = "\n".join(f"{p.name}: {p.type}{'?' if p.optional else ''}"
                           + (f" = {p.default}" if p.default else "") + (f"  ({p.doc})" if p.doc else "")
                           for p in query.params)
        table.add_row(query.name, query.summary, params or "—")
    out.print(table)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query; see `anodekg queries`.", show_default=False)],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, once for each parameter the query takes.")] = None,
    fmt: FormatOpt = OutputFormat.table,
    limit: LimitOpt = None,
    columns: ColumnsOpt = None,
    store: StoreOpt = "",
) -> None:
    """Run a named comparison query.

    Example: [bold]anodekg query best-by-property --param property=Lifespan --param k=5[/]   ·
    [bold]anodekg query measurements --columns structure,property,value,unit --limit 10[/]
    """
    from pipeline import api
    with reported():
        given = parse_params(param or [])
        graph_store = open_cli_store(store, must_exist=True)
        try:
            table = trim(api.query(graph_store, name, given), limit, columns)
        finally:
            graph_store.close()
    render(table, fmt, title=name)


@app.command()
def sparql(
    text: Annotated[str, typer.Argument(help="A SPARQL SELECT/ASK/CONSTRUCT, or @file.rq.", show_default=False)],
    fmt: FormatOpt = OutputFormat.table,
    limit: LimitOpt = None,
    columns: ColumnsOpt = None,
    store: StoreOpt = "",
) -> None:
    """Run your own read-only SPARQL (akg:, rdfs:, prov:, cito:, bibo:, dcterms: are predeclared).

    Example: [bold]anodekg sparql 'SELECT ?s WHERE { ?s a akg:Measurement } LIMIT 5'[/]
    """
    from pipeline import api
    with reported():
        if text.startswith("@"):
            path = Path(text[1:])
            if not path.is_file():
                raise InputError(f"{path}: no such query file")
            text = path.read_text(encoding="utf-8")
        graph_store = open_cli_store(store, must_exist=True)
        try:
            result = api.sparql(graph_store, text)
            if not isinstance(result, bool):
                result = trim(result, limit, columns)
        finally:
            graph_store.close()
    if isinstance(result, bool):
        print(json.dumps({"boolean": result}) if fmt != OutputFormat.table else str(result).lower())
        return
    render(result, fmt)
