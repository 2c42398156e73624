"""`anodekg show`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, app, err, open_cli_store, out, reported


@app.command()
def show(
    figure: Annotated[str, typer.Argument(metavar="FIGURE-ID", show_default=False, help="A figure's id, PAPER-ID/m/N, "
                                          "as the `figure` column of `anodekg query measurements` prints it.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="The page image to write (.png).")] = Path("page.png"),
    dpi: Annotated[int, typer.Option(min=36, max=600, help="Resolution of the page image.")] = 110,
    store: StoreOpt = "",
) -> None:
    """Draw the PDF page a figure was read from, with its sentence highlighted.

    Needs the paper's PDF where it was when ingested; if it moved, [bold]anodekg doctor --sources DIR[/]
    finds it.

    Example: [bold]anodekg show 10.1002/adv.201600445/m/12 --out page.png[/]
    """
    from pipeline.provenance import write_page
    with reported():
        graph_store = open_cli_store(store, must_exist=True)
        try:
            source, path = write_page(graph_store, figure, out_path, dpi=dpi)
        finally:
            graph_store.close()
    out.print(f"{source.label}\npage {source.page} of {source.pdf.name}: “{source.sentence}”", highlight=False)
    err.print(f"wrote {path}")
