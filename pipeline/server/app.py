"""The HTTP app behind ``anodekg serve``: SPARQL 1.1 Protocol at /sparql, a query page at /.

FastAPI parses HTTP; this module only decides. Every query runs in a worker process of a
``QueryPool`` (``pool.py``): requests wait in a bounded queue for a worker, a full queue answers 503
with Retry-After, and a query past its deadline is stopped by killing its worker, so neither its
CPU nor its read lock on the store outlive the deadline. Answers stream as the engine yields them
and are cut at ``max_rows``; the ``X-SPARQL-MaxRows`` header says so, as Virtuoso's does. Updates
are refused with 403 unless the server was started with ``allow_update`` and the request, a POST,
carries the token as ``Authorization: Bearer …``.
"""

from __future__ import annotations

import contextlib
import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse

from pipeline import export as exporting
from pipeline.errors import AnodeKGError, InputError, QueryError
from pipeline.server import page
from pipeline.server.pool import Answer, Busy, ClientGone, Gone, QueryPool, QueryTimeout
from pipeline.server.worker import (
    CallJob,
    NotAcceptable,
    SparqlJob,
    apply_update,
    figure_png,
    figure_source,
    free_sparql,
    named_query,
    viewer_page,
)
from pipeline.store.base import open_store
from pipeline.store.named import UPDATE_START, Table, collect_params, named_queries

READ_AHEAD_BYTES = 8 << 20       # an answer up to this size is sent whole, with exact headers; a bigger one streams
STOP_GRACE_S = 1                 # on Ctrl-C, requests still open after this are cut (the workers are gone already)


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """How the endpoint behaves; checked when made."""

    store: str = ""                     # a store URL; "" is the default store
    allow_update: bool = False
    token: str = ""                     # required with allow_update; sent as "Authorization: Bearer …"
    timeout_s: float = 30.0             # per query, from the moment a worker takes it
    max_rows: int = 10_000              # per result
    workers: int = 2                    # queries at once, each in its own process
    queue: int = 256                    # requests that may wait for a worker; past it, 503 + Retry-After

    def __post_init__(self) -> None:
        if self.allow_update and len(self.token) < 8:
            raise InputError("--allow-update needs --token with at least 8 characters")
        for name, value in (("--timeout", self.timeout_s), ("--max-rows", self.max_rows),
                            ("--workers", self.workers)):
            if not value > 0:
                raise InputError(f"{name} must be positive, not {value:g}")
        if self.queue < 0:
            raise InputError(f"--queue must be 0 or more, not {self.queue}")


class ServedStore:
    """The store the server answers from. Queries and updates open it in their worker; the server
    process opens it only to check it at start-up."""

    def __init__(self, url: str, *, writable: bool) -> None:
        self.url = url
        self.writable = writable
        store = open_store(self.url, read_only=True)      # fail at start-up, not at the first request
        try:
            self.location = store.location
        finally:
            store.close()


# what a person reads at the top of an error page, by the kind of failure
ERROR_TITLES: tuple[tuple[type[AnodeKGError], str, int], ...] = (
    (NotAcceptable, "No format fits", 406),
    (QueryTimeout, "The query took too long", 503),
    (Busy, "The server is busy", 503),
    (ClientGone, "The client went away", 499),
    (QueryError, "The query cannot run", 400),
    (InputError, "The request cannot be used", 400),
)


def _error_kind(exc: AnodeKGError) -> tuple[str, int]:
    from pipeline.provenance import SourceMissing
    if isinstance(exc, SourceMissing):
        return "The figure's PDF is not here", 404
    for cls, title, status in ERROR_TITLES:
        if isinstance(exc, cls):
            return title, status
    return "The server failed", 500


def create_app(options: ServeOptions) -> FastAPI:
    """The FastAPI app for ``options``; opening the store here raises StoreError when it is missing.

    Its query workers start with the app (its lifespan) and stop with it.
    """
    served = ServedStore(options.store, writable=options.allow_update)
    pool = QueryPool(options.store, workers=options.workers, queue=options.queue, timeout_s=options.timeout_s)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            pool.stop()

    app = FastAPI(title="AnodeKG SPARQL endpoint", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.options = options
    app.state.store = served
    app.state.pool = pool

    @app.exception_handler(AnodeKGError)
    async def _error(request: Request, exc: AnodeKGError) -> Response:
        title, status = _error_kind(exc)
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, Busy) else {}
        if "text/html" in request.headers.get("accept", ""):
            return HTMLResponse(page.error_page(title, str(exc)), status_code=status, headers=headers)
        return Response(f"{exc}\n", status_code=status, media_type="text/plain", headers=headers)

    @app.api_route("/sparql", methods=["GET", "POST"])
    async def sparql_endpoint(request: Request) -> Response:
        query, update = await _protocol_operation(request)
        if update is not None:
            if request.method != "POST":
                return Response("SPARQL updates are sent by POST, never by GET\n", status_code=405,
                                media_type="text/plain", headers={"Allow": "POST"})
            return await _update(request, update)
        if query is None:
            return Response("give a SPARQL query as ?query=…, a form field or an application/sparql-query body\n",
                            status_code=400, media_type="text/plain")
        if UPDATE_START.match(query):        # the one update test the CLI uses too
            return _forbidden()
        answer = await pool.stream(SparqlJob(query, request.headers.get("accept", ""), options.max_rows),
                                   READ_AHEAD_BYTES, _gone(request))
        return _streamed(answer, options.max_rows)

    async def _update(request: Request, update: str) -> Response:
        if not options.allow_update:
            return _forbidden()
        if not _bearer_matches(request.headers.get("authorization", ""), options.token):
            return Response("updates need the server's token as 'Authorization: Bearer …'\n", status_code=401,
                            media_type="text/plain", headers={"WWW-Authenticate": "Bearer"})
        await pool.call(CallJob(apply_update, (served.url, update)), _gone(request))
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse)
    async def home() -> str:
        return page.home(served.location, named_queries(), options, viewer=_viewer_available())

    @app.get("/status")
    async def status() -> JSONResponse:
        """The query workers at a glance: for a load balancer, or a person wondering why a query waits."""
        return JSONResponse(pool.status() | {"timeout_s": options.timeout_s, "max_rows": options.max_rows})

    @app.get("/named/{name}")
    async def named(name: str, request: Request) -> Response:
        given = collect_params((k, v) for k, v in request.query_params.multi_items() if k != "format" and v != "")
        table = await pool.call(CallJob(named_query, (name, given), options.max_rows), _gone(request))
        return _table_response(table, request, options.max_rows, f"{name}", given)

    @app.get("/run")
    async def free_sparql_page(request: Request, query: str = "") -> Response:
        answer = await pool.call(CallJob(free_sparql, (query,), options.max_rows), _gone(request))
        if isinstance(answer, bool):
            answer = Table(("answer",), ({"answer": answer},))
        return _table_response(answer, request, options.max_rows, "SPARQL", {"query": query})

    @app.get("/viewer")
    async def viewer(request: Request) -> Response:
        if not _viewer_available():
            return HTMLResponse(page.message("Graph viewer", "This AnodeKG has no HTML graph viewer export; "
                                             "use `anodekg export --format graphml` and open it in a viewer."),
                                status_code=404)
        # the export's page, with each figure linked to its highlighted PDF page on this server
        return HTMLResponse(await pool.call(CallJob(viewer_page, ("/figure/",)), _gone(request)))

    @app.get("/compare")
    async def compare() -> Response:
        """The comparison table: the viewer page opened on its Table tab."""
        return RedirectResponse("/viewer#view=table", status_code=307)

    @app.get("/figure/{figure_id:path}/page.png")
    async def figure_page_image(figure_id: str, request: Request, dpi: int = 110) -> Response:
        if not 36 <= dpi <= 300:
            raise InputError("dpi must be between 36 and 300")
        data = await pool.call(CallJob(figure_png, (figure_id, dpi)), _gone(request))
        return Response(data, media_type="image/png", headers={"Cache-Control": "no-cache"})

    @app.get("/figure/{figure_id:path}", response_class=HTMLResponse)
    async def figure_page(figure_id: str, request: Request) -> Response:
        source = await pool.call(CallJob(figure_source, (figure_id,)), _gone(request))
        return HTMLResponse(page.figure(source))

    return app


def _gone(request: Request) -> Gone:
    """What tells the pool that the request's client has gone away (its body, if any, is read by then)."""
    async def disconnected() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass
    return disconnected


def _bearer_matches(header: str, token: str) -> bool:
    """``Authorization: Bearer TOKEN`` (the scheme's case is free, RFC 7235) with exactly the token."""
    scheme, _, given = header.strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _viewer_available() -> bool:
    return "html" in exporting.WRITERS


async def _protocol_operation(request: Request) -> tuple[str | None, str | None]:
    """(query, update) from a SPARQL 1.1 Protocol request: GET parameter, form field or direct body."""
    if request.method == "GET":
        return request.query_params.get("query"), request.query_params.get("update")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/sparql-query":
        return (await request.body()).decode("utf-8"), None
    if content_type == "application/sparql-update":
        return None, (await request.body()).decode("utf-8")
    form = await request.form()
    query, update = form.get("query"), form.get("update")
    return (query if isinstance(query, str) else None), (update if isinstance(update, str) else None)


def _forbidden() -> Response:
    return Response("this endpoint is read-only: SPARQL UPDATE is refused\n", status_code=403,
                    media_type="text/plain")


def _streamed(answer: Answer, max_rows: int) -> Response:
    """A small answer whole, saying whether it was cut; a big one as it comes, announcing the row limit
    up front (its end, and so whether it is cut, is not known when the headers go)."""
    media = answer.head["media"]
    if answer.done is not None:
        headers = {"X-SPARQL-MaxRows": str(max_rows)} if answer.done["cut"] else {}
        return Response(b"".join(answer.chunks), media_type=media, headers=headers)
    assert answer.rest is not None
    return StreamingResponse(_body(answer.chunks, answer.rest), media_type=media,
                             headers={"X-SPARQL-MaxRows": str(max_rows)})


async def _body(first: list[bytes], rest: Any) -> AsyncIterator[bytes]:
    try:
        for chunk in first:
            yield chunk
        first.clear()
        async for chunk in rest:
            yield chunk
    finally:
        await rest.aclose()


def _table_response(table: Table, request: Request, max_rows: int, title: str, given: dict[str, str]) -> Response:
    cut = len(table.rows) > max_rows
    rows = table.rows[:max_rows]
    headers = {"X-SPARQL-MaxRows": str(max_rows)} if cut else {}
    if request.query_params.get("format") == "json" or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(list(rows), headers=headers)
    return HTMLResponse(page.table(title, table.columns, rows, given, cut=cut), headers=headers)


class _Server(uvicorn.Server):
    """uvicorn, stopping the query workers the moment Ctrl-C (or SIGTERM) arrives: a running query ends
    with its worker, its request is answered, and the server exits instead of waiting for the query."""

    def __init__(self, config: uvicorn.Config, pool: QueryPool) -> None:
        super().__init__(config)
        self._pool = pool

    def handle_exit(self, sig: int, frame: Any) -> None:
        self._pool.stop_soon()
        super().handle_exit(sig, frame)


def server(app: FastAPI, host: str, port: int, log_level: str = "warning") -> uvicorn.Server:
    """A uvicorn server for ``app`` that stops within about STOP_GRACE_S of a signal, running queries or not."""
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=STOP_GRACE_S)
    return _Server(config, app.state.pool)


def serve(options: ServeOptions, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until SIGINT or SIGTERM."""
    server(create_app(options), host, port).run()


__all__ = ["ServeOptions", "ServedStore", "create_app", "serve", "server"]
