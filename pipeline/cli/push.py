"""`anodekg push`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, SummaryOpt, app, err, open_cli_store, out, progress_bar, reported
from pipeline.store.base import PASSWORD_ENV, USER_ENV


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(
        "--endpoint", "-e", metavar="URL", show_default=False,
        help="The server's SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql (Virtuoso) or "
             "http://127.0.0.1:7878/query (Oxigraph server).")],
    user: Annotated[str | None, typer.Option(envvar=USER_ENV, help="User for the server's write endpoint.")] = None,
    password: Annotated[str | None, typer.Option(envvar=PASSWORD_ENV, help="Its password.")] = None,
    store: StoreOpt = "",
    fmt: SummaryOpt = "table",
) -> None:
    """Copy every named graph of the store to a SPARQL server (SPARQL 1.1 Graph Store Protocol).

    Each graph replaces the server's graph of the same name in one PUT; afterwards, query the server
    with --store sparql+URL.

    Example: [bold]anodekg push --endpoint http://127.0.0.1:8890/sparql --user dba --password …[/]
    """
    from pipeline import api
    as_json = fmt == "json"
    with reported():
        source = open_cli_store(store, must_exist=True)
        try:
            with progress_bar("pushing", disable=as_json) as progress:
                report = api.push(source, endpoint, user=user, password=password, progress=progress)
        finally:
            source.close()
    if as_json:
        print(json.dumps({"target": report.target, "graphs": report.graphs, "triples": report.triples}))
        return
    out.print(f"pushed {report.graphs} graph(s), {report.triples} triples to {report.target}")
    err.print(f"query it with: anodekg query compare-classes --store {report.target}", highlight=False)
