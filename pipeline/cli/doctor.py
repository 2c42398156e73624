"""`anodekg doctor`."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, SummaryOpt, app, err, open_cli_store, out, reported
from pipeline.errors import StoreError


@app.command()
def doctor(
    store: StoreOpt = "",
    fix: Annotated[bool, typer.Option("--fix", help="Re-ingest every paper a fresh read of its PDF can repair.")] = False,
    sources: Annotated[list[Path] | None, typer.Option(
        "--sources", metavar="DIR", help="Folder to look in for PDFs that moved (by file name); repeatable.")] = None,
    fmt: SummaryOpt = "table",
) -> None:
    """Check the store: SHACL validity, orphan nodes, papers whose source PDF changed or vanished, and
    papers read by another version of AnodeKG.

    With --fix, papers with a problem are re-ingested from their source file (one write each, as any
    ingest); what no re-ingest can repair is only reported. Exits 0 when the store is healthy (after
    any repairs) and 6 when problems remain.

    Example: [bold]anodekg doctor --fix --store graph_data/store[/]
    """
    as_json = fmt == "json"
    from rich.table import Table as RichTable

    from pipeline import doctor as checkup
    with reported():
        report = checkup.run(open_cli_store(store, must_exist=True), fix=fix, search=sources or ())
    if as_json:
        print(json.dumps({"healthy": report.healthy, "papers": report.papers, "triples": report.triples,
                          "findings": [asdict(f) | {"fixable": f.fixable} for f in report.findings],
                          "repaired": [asdict(o) for o in report.repaired]}, ensure_ascii=False, indent=1))
    else:
        for outcome in report.repaired:
            err.print(f"re-ingested {outcome.path}: {outcome.status} {outcome.error}".rstrip(), highlight=False)
        if report.findings:
            table = RichTable(title="doctor", header_style="bold cyan")
            for column in ("kind", "graph", "subject", "detail", "fixable"):
                table.add_column(column, overflow="fold")
            for f in report.findings:
                table.add_row(f.kind, f.graph, f.subject, f.detail, "yes (--fix)" if f.fixable else "no")
            out.print(table)
        out.print(f"{report.papers} paper(s), {report.triples} triples: "
                  + ("healthy" if report.healthy else f"{len(report.findings)} problem(s)"))
    if not report.healthy:
        raise typer.Exit(StoreError.exit_code)
