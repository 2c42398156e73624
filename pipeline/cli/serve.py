"""`anodekg serve`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli.common import StoreOpt, app, err, out, reported

TOKEN_ENV = "ANODEKG_SERVE_TOKEN"


def _positive(value: float) -> float:
    if not value > 0:
        raise typer.BadParameter(f"must be more than 0, not {value:g}")
    return value


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback unless you mean to share).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    store: StoreOpt = "",
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL UPDATE (needs --token).")] = False,
    token: Annotated[str, typer.Option(envvar=TOKEN_ENV, help="Token that updates must send as "
                                       "'Authorization: Bearer TOKEN'.", show_default=False)] = "",
    timeout: Annotated[float, typer.Option(callback=_positive, help="Seconds a query may run (more than 0); past "
                                           "them it is stopped and the answer is 503.")] = 30.0,
    max_rows: Annotated[int, typer.Option(min=1, help="Rows a result is cut at (the X-SPARQL-MaxRows header "
                                          "says so).")] = 10_000,
    workers: Annotated[int, typer.Option(min=1, help="Queries answered at once, each in its own process.")] = 2,
    queue: Annotated[int, typer.Option(min=0, help="Requests that may wait for a free worker; past them, "
                                       "503 with Retry-After.")] = 256,
) -> None:
    """Serve the graph: a SPARQL 1.1 endpoint at /sparql and a query page at /.

    Read-only unless --allow-update is given with a token. Each query runs in a worker process that is
    stopped at --timeout; answers stream, cut at --max-rows. Stop with Ctrl-C.

    Example: [bold]anodekg serve --port 8000 --store graph_data/store[/]  then open http://127.0.0.1:8000/
    """
    with reported():
        from pipeline.server.app import ServeOptions, create_app, server  # FastAPI loads only for `serve`
        options = ServeOptions(store=store, allow_update=allow_update, token=token, timeout_s=timeout,
                               max_rows=max_rows, workers=workers, queue=queue)
        web_app = create_app(options)
    base = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    out.print(f"serving {web_app.state.store.location} at {base}/ · SPARQL endpoint {base}/sparql", highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]note:[/] listening on {host}: anyone who can reach it can query the graph")
    with reported():
        server(web_app, host, port).run()
