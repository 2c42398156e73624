"""`anodekg ingest`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import STATE, BackendOpt, StoreOpt, SummaryOpt, app
from pipeline.read_options import DEFAULT_BACKEND, DEFAULT_TIMEOUT_S, ReadLimits


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files or folders of PDFs.", show_default=False)],
    store: StoreOpt = "",
    password: Annotated[str | None, typer.Option(help="Password for encrypted PDFs.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-read files even when unchanged.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Let a file replace the stored graph of its paper "
                                          "even when it reads worse (damage, fewer pages or figures).")] = False,
    max_pages: Annotated[int, typer.Option(
        min=1, help="Refuse (as failed, exit 3) a PDF with more pages than this.")] = ReadLimits().max_pages,
    max_bytes: Annotated[int, typer.Option(
        min=1, help=f"Refuse (as failed, exit 3) a PDF file larger than this many bytes "
                    f"(default {ReadLimits().max_bytes >> 20} MiB).")] = ReadLimits().max_bytes,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Read and extract in N worker processes "
                                      "(the store is still written from this one).")] = 1,
    cluster: Annotated[str | None, typer.Option(
        metavar="tcp://HOST:8786|local:N", help="Read and extract on a Dask cluster: a scheduler address, "
        "or local:N to start N local workers.")] = None,
    timeout: Annotated[float, typer.Option(min=0, help="Seconds one file may take before it fails alone and the "
                                           "batch goes on; 0 for no limit.")] = DEFAULT_TIMEOUT_S,
    fmt: SummaryOpt = "table",
    backend: BackendOpt = DEFAULT_BACKEND,
) -> None:
    """Read PDFs (or folders of PDFs) and add their figures to the graph.

    Each paper becomes one named graph, written in one transaction; an unchanged file is skipped
    (unless another version of AnodeKG read it), and a file that fails (or takes longer than
    --timeout) is reported while the rest of the batch goes on. A file that claims a paper the store
    holds but reads worse (signs of damage, fewer pages, sentences or figures) fails and the stored
    graph stays, unless --replace. Exits 3 when a file could not be read or is over --max-pages / --max-bytes. Other
    processes may query the store meanwhile; a second ingest waits for the store lock (and says so)
    only while one paper is written.

    Example: [bold]anodekg ingest papers/ --jobs 4[/]   ·   [bold]anodekg ingest papers/ --cluster tcp://10.0.0.5:8786[/]
    """
    from pipeline.cli.ingest_run import run
    code = run(paths, store, password=password, force=force, replace=replace, max_pages=max_pages,
               max_bytes=max_bytes, jobs=jobs, cluster=cluster, timeout=timeout, fmt=fmt, backend=backend,
               debug=STATE["debug"])
    if code:
        raise typer.Exit(code)
