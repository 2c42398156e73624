"""`anodekg stats`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, SummaryOpt, app, err, open_cli_store, out, reported


@app.command()
def stats(
    store: StoreOpt = "",
    fmt: SummaryOpt = "table",
    top: Annotated[int, typer.Option("--top", min=1, help="How many rows each ranking shows.")] = 10,
) -> None:
    """Count what the graph holds, and rank what it connects: the most cited references, the
    materials shared across classes and the papers most connected to the others (networkx).

    Example: [bold]anodekg stats --top 5[/]
    """
    from pipeline import api
    as_json = fmt == "json"
    with reported():
        graph_store = open_cli_store(store, must_exist=True)
        try:
            summary = api.stats(graph_store, top)
        finally:
            graph_store.close()
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
        return
    from rich.table import Table as RichTable
    counts = RichTable(title="what the store holds", header_style="bold cyan")
    counts.add_column("what")
    counts.add_column("count", justify="right")
    for key, value in summary.items():
        if isinstance(value, int):
            counts.add_row(key, str(value))
    for group in ("nodes_by_type", "edges_by_relation", "structures_by_class"):
        for key, value in summary[group].items():
            counts.add_row(f"{group.split('_by_')[0]}: {key}", str(value))
    out.print(counts)
    _ranking("most cited references (by structures and figures citing them)", summary["most_cited_references"],
             ("reference", "paper", "cited_by", "structures", "figures"))
    _ranking("materials shared across classes", summary["shared_materials"], ("material", "classes", "structures"))
    _ranking("papers most connected to the others (shared materials, cited works, citations)",
             summary["most_connected_papers"], ("paper", "title", "connected_papers", "shared", "centrality"))


def _ranking(title: str, rows: list[dict[str, object]], columns: tuple[str, ...]) -> None:
    if not rows:
        err.print(f"{title}: none")
        return
    from rich.table import Table as RichTable
    table = RichTable(title=title, header_style="bold cyan")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold", max_width=50)
    for row in rows:
        table.add_row(*[", ".join(map(str, v)) if isinstance(v, list) else str(v) for v in (row[c] for c in columns)])
    out.print(table)


@app.command()
def validate(store: StoreOpt = "") -> None:
    """Check the whole store against the SHACL shapes in ontology/shapes.ttl (exit 5 on violations).

    Example: [bold]anodekg validate --store graph_data/store[/]
    """
    from pipeline import api
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
