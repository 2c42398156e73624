"""`anodekg stats`."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table as RichTable

from pipeline import api
from pipeline.cli.common import StoreOpt, app, err, open_cli_store, out, reported


@app.command()
def stats(store: StoreOpt = "", as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Count what the graph holds.

    Example: [bold]anodekg stats[/]
    """
    with reported():
        graph_store = open_cli_store(store, must_exist=True)
        try:
            counts = api.stats(graph_store)
        finally:
            graph_store.close()
    if as_json:
        print(json.dumps(counts))
        return
    table = RichTable(title="store", header_style="bold cyan")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, str(value))
    out.print(table)


@app.command()
def validate(store: StoreOpt = "") -> None:
    """Check the whole store against the SHACL shapes in ontology/shapes.ttl (exit 5 on violations).

    Example: [bold]anodekg validate --store graph_data/store[/]
    """
    with reported():
        graph_store = open_cli_store(store, must_exist=True)
        try:
            report = api.validate_store(graph_store)
        finally:
            graph_store.close()
    if report.conforms:
        out.print("[green]conforms[/]: the store satisfies every shape")
        return
    out.print(report.text)
    err.print(f"[red]{report.violations} violation(s)[/]")
    raise typer.Exit(5)
