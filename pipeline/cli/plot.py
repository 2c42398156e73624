"""`anodekg plot`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline import plots
from pipeline.cli.common import StoreOpt, app, err, open_cli_store, reported

ChartName = StrEnum("ChartName", {name: name for name in plots.CHARTS})
CHART_LIST = "\n\n".join(f"[bold]{c.name}[/]: {c.summary} (query [italic]{c.query}[/])" for c in plots.CHARTS.values())


@app.command(help=f"""Draw a comparison chart with matplotlib, as PNG, SVG or PDF (by the file's suffix).

{CHART_LIST}

Axes carry the units the ontology gives each property and are fitted to the values; points and bars
name their paper (first author and year), citation and test condition; a ">" or "<" figure is drawn
open, with an arrow. SVG text stays editable. --title and --dpi are yours; --x/--y draw any pair.

Example: [bold]anodekg plot best-per-class --property CycleNumber --out graph_data/exports/best-cycles.png[/]  ·
[bold]anodekg plot ce-cycles --x CurrentDensity --y CoulombicEfficiency --title 'CE at current density' --out ce.svg[/]""")
def plot(
    name: Annotated[ChartName, typer.Argument(help="Which chart to draw.", show_default=False)],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Image to write: .png, .svg or .pdf.")],
    prop: Annotated[str | None, typer.Option("--property", metavar="PROPERTY",
                                             help="The property a chart compares (best-per-class), "
                                                  "by local name, e.g. CycleNumber.")] = None,
    x: Annotated[str | None, typer.Option("--x", metavar="PROPERTY", help="The x property of a pair chart "
                                          "(ce-cycles), e.g. CurrentDensity.")] = None,
    y: Annotated[str | None, typer.Option("--y", metavar="PROPERTY", help="Its y property.")] = None,
    title: Annotated[str | None, typer.Option(help="The chart's title (default: what it shows).")] = None,
    dpi: Annotated[int, typer.Option(min=36, max=1200, help="Resolution of a PNG.")] = 150,
    store: StoreOpt = "",
) -> None:
    with reported():
        graph_store = open_cli_store(store, must_exist=True)
        try:
            result = plots.plot(graph_store, name.value, out_path, prop, x=x, y=y, title=title, dpi=dpi)
        finally:
            graph_store.close()
    err.print(f"wrote {result.path} ({result.marks} points or bars)")
