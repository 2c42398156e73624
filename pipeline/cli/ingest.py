"""`anodekg ingest`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline import api
from pipeline.cli.common import (
    BackendOpt,
    StoreOpt,
    SummaryOpt,
    app,
    err,
    open_cli_store,
    out,
    progress_bar,
    reported,
)
from pipeline.errors import brief
from pipeline.parallel import DEFAULT_TIMEOUT_S, IngestOutcome
from pipeline.records import DEFAULT_BACKEND, ReadLimits


def no_figures(outcome: IngestOutcome) -> str:
    """Why an ingest that went through may still not be what the user wanted: a paper with no figures."""
    if outcome.status != "ok" or outcome.figures:
        return ""
    return (f"read {outcome.pages} page(s) but found no reported figure; if it is a paper on lithium metal "
            f"anodes, `anodekg read {Path(outcome.path).name}` shows what the reader made of it")


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
    as_json = fmt == "json"
    with reported():
        graph_store = open_cli_store(store)
        try:
            with progress_bar("ingesting", disable=as_json) as progress:
                report = api.ingest(paths, graph_store, password=password, force=force, replace=replace,
                                    progress=progress,
                                    limits=ReadLimits(max_pages=max_pages, max_bytes=max_bytes),
                                    jobs=jobs, cluster=cluster, timeout=timeout, backend=backend)
        finally:
            graph_store.close()
    rows = [{"file": Path(o.path).name, "status": o.status, "paper": o.doc_id, "pages": o.pages,
             "figures": o.figures, "structures": o.structures, "references": o.references,
             "seconds": round(o.seconds, 2), "error": o.error, "warning": no_figures(o),
             "read_warnings": len(o.warnings)} for o in report.outcomes]
    if as_json:
        print(json.dumps({"files": rows, "triples": report.triples}, ensure_ascii=False, indent=1))
    else:
        from rich.table import Table as RichTable
        table = RichTable(title="ingest", header_style="bold cyan")
        for column in ("file", "status", "paper", "pages", "figures", "structures", "references", "seconds"):
            table.add_column(column, overflow="fold")
        for row in rows:
            colour = {"ok": "green", "skipped": "yellow", "failed": "red"}[row["status"]]
            status = f"[{colour}]{row['status']}[/]" + (" [yellow]· no figures[/]" if row["warning"] else "")
            table.add_row(*(str(row[c]) for c in ("file",)), status,
                          *(str(row[c]) for c in ("paper", "pages", "figures", "structures", "references",
                                                   "seconds")))
        out.print(table)
        counts = {status: sum(o.status == status for o in report.outcomes) for status in ("ok", "skipped", "failed")}
        out.print(" · ".join(f"{n} {status}" for status, n in counts.items())
                  + f" · store: {graph_store.location} · {report.triples} triples", highlight=False)
    for row in rows:
        if row["warning"] and not as_json:
            err.print(f"[yellow]warning:[/] {row['file']}: {row['warning']}", highlight=False)
    for damaged in (o for o in report.outcomes if o.status == "ok" and o.warnings):
        err.print(f"[yellow]note:[/] {damaged.path} read with {len(damaged.warnings)} sign(s) of damage "
                  f"(first: {brief(damaged.warnings[0])}); its figures may be incomplete", highlight=False)
    for failure in report.failed:
        err.print(f"[red]failed:[/] {failure.error}", highlight=False)
    if report.failed:
        raise typer.Exit(report.failed[0].exit_code or 1)
