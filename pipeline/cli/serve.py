"""`anodekg serve`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, app, err, out, reported

TOKEN_ENV = "ANODEKG_SERVE_TOKEN"


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback unless you mean to share).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    store: StoreOpt = "",
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL UPDATE (needs --token).")] = False,
    token: Annotated[str, typer.Option(envvar=TOKEN_ENV, help="Token that updates must send as "
                                       "'Authorization: Bearer TOKEN'.", show_default=False)] = "",
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before the answer is 503.")] = 30.0,
    max_rows: Annotated[int, typer.Option(help="Rows a result is cut at (the X-SPARQL-MaxRows header says so).")
                        ] = 10_000,
) -> None:
    """Serve the graph: a SPARQL 1.1 endpoint at /sparql and a query page at /.

    Read-only unless --allow-update is given with a token. Stop with Ctrl-C.

    Example: [bold]anodekg serve --port 8000 --store graph_data/store[/]  then open http://127.0.0.1:8000/
    """
    import uvicorn

    with reported():
        from pipeline.server import ServeOptions, create_app  # FastAPI loads only for `serve`
        options = ServeOptions(store=store, allow_update=allow_update, token=token, timeout_s=timeout,
                               max_rows=max_rows)
        web_app = create_app(options)
    base = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    out.print(f"serving {web_app.state.store.location} at {base}/ · SPARQL endpoint {base}/sparql", highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]note:[/] listening on {host}: anyone who can reach it can query the graph")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
