"""`anodekg export`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, app, err, open_cli_store, reported
from pipeline.export import WRITERS
from pipeline.export import export as write_export

ExportFormat = StrEnum("ExportFormat", {name: name for name in WRITERS})


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format to write.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    store: StoreOpt = "",
) -> None:
    """Write the whole graph to a file for other tools.

    RDF: turtle, trig, nquads and jsonld (every named graph).

    Graph tools: graphml (yEd, Gephi), gexf (Gephi), cytoscape (Cytoscape.js or Cytoscape desktop).

    csv: the measurements table for a spreadsheet. html: one offline page to explore the graph.

    Example: [bold]anodekg export --format html --out graph_data/exports/anodekg.html[/]
    """
    with reported():
        graph_store = open_cli_store(store, must_exist=True)
        try:
            path = write_export(graph_store, fmt.value, out_path)
        finally:
            graph_store.close()
    err.print(f"wrote {path} ({path.stat().st_size} bytes)")
