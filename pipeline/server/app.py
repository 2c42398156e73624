"""The HTTP app behind ``anodekg serve``: SPARQL 1.1 Protocol at /sparql, a query page at /.

FastAPI parses HTTP; this module only decides. Reads run in a small thread pool with a deadline (a
query past it gets 503, and since pyoxigraph cannot cancel, it finishes in the background on its
thread, which is why the pool is small and a full pool answers 503 at once). Results past
``max_rows`` are cut and the response says so in ``X-SPARQL-MaxRows``, as Virtuoso does. Updates
are refused with 403 unless the server was started with ``allow_update`` and the request carries
the token as ``Authorization: Bearer …``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

import pyoxigraph as ox
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from pipeline import export as exporting
from pipeline.errors import AnodeKGError, InputError, QueryError, StoreError
from pipeline.server import page
from pipeline.server.results import (
    GRAPH_TYPES,
    MEDIA_TYPE,
    RESULT_TYPES,
    negotiate,
    serialize_boolean,
    serialize_rows,
)
from pipeline.store.base import GraphStore, Rows, open_store
from pipeline.store.named import UPDATE_START, Table, named_queries, run_named, run_sparql

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """How the endpoint behaves; checked when made."""

    store: str = ""                     # a store URL; "" is the default store
    allow_update: bool = False
    token: str = ""                     # required with allow_update; sent as "Authorization: Bearer …"
    timeout_s: float = 30.0             # per query
    max_rows: int = 10_000              # per result
    workers: int = 2                    # queries at once

    def __post_init__(self) -> None:
        if self.allow_update and len(self.token) < 8:
            raise InputError("--allow-update needs --token with at least 8 characters")
        if self.timeout_s <= 0 or self.max_rows <= 0 or self.workers <= 0:
            raise InputError("--timeout, --max-rows and the worker count must be positive")


class ServedStore:
    """The one place the server opens and closes its store: a fresh handle per request.

    Reads open the store read-only, so an ingest may run beside the server and each request sees
    the last committed state; writes (``--allow-update`` only) take a process-wide lock first.
    """

    def __init__(self, url: str, *, writable: bool) -> None:
        self.url = url
        self.writable = writable
        self._write_lock = threading.Lock()
        with self.reading() as store:                 # fail at start-up, not at the first request
            self.location = store.location

    @contextlib.contextmanager
    def reading(self) -> Iterator[GraphStore]:
        store = open_store(self.url, read_only=True)
        try:
            yield store
        finally:
            store.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[GraphStore]:
        with self._write_lock:
            store = open_store(self.url)
            try:
                yield store
            finally:
                store.close()


class Busy(AnodeKGError):
    exit_code = 6


def create_app(options: ServeOptions) -> FastAPI:
    """The FastAPI app for ``options``; opening the store here raises StoreError when it is missing."""
    served = ServedStore(options.store, writable=options.allow_update)
    pool = ThreadPoolExecutor(max_workers=options.workers, thread_name_prefix="sparql")
    slots = threading.BoundedSemaphore(options.workers)
    scratch = tempfile.TemporaryDirectory(prefix="anodekg-serve-")

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.shutdown(wait=False, cancel_futures=True)
        scratch.cleanup()

    app = FastAPI(title="AnodeKG SPARQL endpoint", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.options = options
    app.state.store = served

    async def run(work: Callable[[], T]) -> T:
        """``work`` on the pool, within the deadline; Busy when every worker is taken."""
        if not slots.acquire(blocking=False):
            raise Busy("every query worker is busy; try again shortly")

        def guarded() -> T:
            try:
                return work()
            finally:
                slots.release()

        future = asyncio.get_running_loop().run_in_executor(pool, guarded)
        try:
            return await asyncio.wait_for(asyncio.shield(future), options.timeout_s)
        except TimeoutError:
            raise Busy(f"the query ran past the {options.timeout_s:g} s limit") from None

    @app.exception_handler(AnodeKGError)
    async def _error(request: Request, exc: AnodeKGError) -> Response:
        from pipeline.provenance import SourceMissing
        status = (404 if isinstance(exc, SourceMissing) else 400 if isinstance(exc, QueryError | InputError)
                  else 503 if isinstance(exc, Busy) else 500)
        if "text/html" in request.headers.get("accept", ""):
            return HTMLResponse(page.error_page(exc), status_code=status)
        return Response(f"{type(exc).__name__}: {exc}\n", status_code=status, media_type="text/plain")

    @app.api_route("/sparql", methods=["GET", "POST"])
    async def sparql_endpoint(request: Request) -> Response:
        query, update = await _protocol_operation(request)
        if update is not None:
            return await _update(request, update)
        if query is None:
            return Response("give a SPARQL query as ?query=…, a form field or an application/sparql-query body\n",
                            status_code=400, media_type="text/plain")
        if UPDATE_START.match(query):        # the one update test the CLI uses too
            return _forbidden()
        result = await run(lambda: _query(served, query))
        return _respond(result, request.headers.get("accept", ""), options.max_rows)

    async def _update(request: Request, update: str) -> Response:
        if not options.allow_update:
            return _forbidden()
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), options.token.encode()):
            return Response("updates need the server's token as 'Authorization: Bearer …'\n", status_code=401,
                            media_type="text/plain", headers={"WWW-Authenticate": "Bearer"})
        await run(lambda: _apply_update(served, update))
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse)
    async def home() -> str:
        return page.home(served.location, named_queries(), options, viewer=_viewer_available())

    @app.get("/named/{name}")
    async def named(name: str, request: Request) -> Response:
        given = {k: v for k, v in request.query_params.items() if k != "format" and v != ""}
        table = await run(lambda: _read(served, lambda store: run_named(store, name, given)))
        return _table_response(table, request, options.max_rows, f"{name}", given)

    @app.get("/run")
    async def free_sparql(request: Request, query: str = "") -> Response:
        answer = await run(lambda: _read(served, lambda store: run_sparql(store, query)))
        if isinstance(answer, bool):
            answer = Table(("answer",), ({"answer": answer},))
        return _table_response(answer, request, options.max_rows, "SPARQL", {"query": query})

    @app.get("/viewer")
    async def viewer() -> Response:
        if not _viewer_available():
            return HTMLResponse(page.message("Graph viewer", "This AnodeKG has no HTML graph viewer export; "
                                             "use `anodekg export --format graphml` and open it in a viewer."),
                                status_code=404)
        # the export's page, with each figure linked to its highlighted PDF page on this server
        text = await run(lambda: _read(served, lambda store: exporting.html_page(store, figure_pages="/figure/")))
        return HTMLResponse(text)

    @app.get("/compare")
    async def compare() -> Response:
        """The comparison table: the viewer page opened on its Table tab."""
        return RedirectResponse("/viewer#view=table", status_code=307)

    @app.get("/figure/{figure_id:path}/page.png")
    async def figure_page_image(figure_id: str, dpi: int = 110) -> Response:
        from pipeline.provenance import locate, render_page
        if not 36 <= dpi <= 300:
            raise InputError("dpi must be between 36 and 300")
        source = await run(lambda: _read(served, lambda store: locate(store, figure_id)))
        data = await run(lambda: render_page(source, dpi=dpi))
        return Response(data, media_type="image/png", headers={"Cache-Control": "no-cache"})

    @app.get("/figure/{figure_id:path}", response_class=HTMLResponse)
    async def figure_page(figure_id: str) -> Response:
        from pipeline.provenance import check_source, locate
        source = await run(lambda: _read(served, lambda store: locate(store, figure_id)))
        await run(lambda: check_source(source))
        return HTMLResponse(page.figure(source))

    return app


def _viewer_available() -> bool:
    return "html" in exporting.WRITERS


def _read(served: ServedStore, work: Callable[[GraphStore], T]) -> T:
    with served.reading() as store:
        return work(store)


def _query(served: ServedStore, text: str) -> Rows | bool | list[ox.Triple]:
    with served.reading() as store:
        return store.query(text)


def _apply_update(served: ServedStore, text: str) -> None:
    with served.writing() as store:
        update = getattr(store, "update", None)
        if update is None:
            raise StoreError(f"{store.location}: this store does not take SPARQL updates")
        update(text)


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


def _respond(result: Rows | bool | list[ox.Triple], accept: str, max_rows: int) -> Response:
    if isinstance(result, list):                                       # CONSTRUCT / DESCRIBE
        media = negotiate(accept, list(GRAPH_TYPES)) or "application/n-triples"
        headers = _cut_header(len(result), max_rows)
        body = ox.serialize(result[:max_rows], format=GRAPH_TYPES[media]) or b""
        return Response(body, media_type=media, headers=headers)
    media = negotiate(accept, list(RESULT_TYPES))
    if media is None:
        return Response(f"cannot answer in {accept!r}; ask for one of {', '.join(RESULT_TYPES)}\n",
                        status_code=406, media_type="text/plain")
    fmt = RESULT_TYPES[media]
    if isinstance(result, bool):
        return Response(serialize_boolean(result, fmt), media_type=MEDIA_TYPE[fmt])
    headers = _cut_header(len(result.rows), max_rows)
    rows = replace(result, rows=result.rows[:max_rows])
    return Response(serialize_rows(rows, fmt), media_type=MEDIA_TYPE[fmt], headers=headers)


def _cut_header(count: int, max_rows: int) -> dict[str, str]:
    return {"X-SPARQL-MaxRows": str(max_rows)} if count > max_rows else {}


def _table_response(table: Table, request: Request, max_rows: int, title: str, given: dict[str, str]) -> Response:
    cut = len(table.rows) > max_rows
    rows = table.rows[:max_rows]
    headers = _cut_header(len(table.rows), max_rows)
    if request.query_params.get("format") == "json" or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(list(rows), headers=headers)
    return HTMLResponse(page.table(title, table.columns, rows, given, cut=cut), headers=headers)


__all__ = ["ServeOptions", "ServedStore", "create_app"]
