"""A query worker of ``anodekg serve``: one process that answers one query at a time.

The server keeps a few of these (``--workers``) and hands each query to an idle one. A query past
its deadline cannot be stopped inside the engine (pyoxigraph has no cancellation), so the server
kills the worker's process instead: its CPU stops at once, and the kernel drops the store's read
lock with the process. The server then starts a fresh worker in its place.

A worker writes an answer as the engine yields it, in chunks, and stops reading the engine after
``max_rows``: memory stays that of a chunk, whatever the size of the answer. The socket to the
server is the back-pressure: when the client reads slowly, the worker waits.

Run as ``python -m pipeline.server.worker STORE PARENT_PID FD``; it imports nothing of FastAPI.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import pickle
import signal
import socket
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

import pyoxigraph as ox

from pipeline.errors import AnodeKGError, InternalError, StoreError
from pipeline.server import frames
from pipeline.server.results import (
    GRAPH_TYPES,
    MEDIA_TYPE,
    RESULT_TYPES,
    negotiate,
    serialize_boolean,
    stream_rows,
    stream_triples,
)
from pipeline.store.base import GraphStore, Rows, Term, open_store, solution_tuples

CHUNK_BYTES = 64 * 1024           # the body travels to the server in pieces of about this size


class NotAcceptable(AnodeKGError):
    """No format the client accepts can carry this kind of answer (HTTP 406)."""

    exit_code = 4


@dataclass(frozen=True, slots=True)
class SparqlJob:
    """A SPARQL Protocol query: the answer serialized in the format the Accept header asks for."""

    text: str
    accept: str
    max_rows: int


@dataclass(frozen=True, slots=True)
class CallJob:
    """``function(store, *args)`` with the store's answers read up to ``max_rows + 1`` rows (0: no cap);
    its return value travels back pickled."""

    function: Callable[..., Any]
    args: tuple[Any, ...] = ()
    max_rows: int = 0


# ------------------------------------------------------------------------ what a CallJob may call
def named_query(store: GraphStore, name: str, given: Mapping[str, str]) -> Any:
    from pipeline import api
    return api.query(store, name, given)


def free_sparql(store: GraphStore, text: str) -> Any:
    from pipeline import api
    return api.sparql(store, text)


def viewer_page(store: GraphStore, figure_pages: str) -> str:
    """The graph viewer's page, each figure linked to its PDF page under ``figure_pages``."""
    from pipeline import export
    return export.html_page(store, figure_pages=figure_pages)


def figure_source(store: GraphStore, figure_id: str) -> Any:
    """Where a figure was read: its paper's PDF (checked to be there), page and sentence."""
    from pipeline.provenance import check_source, locate
    source = locate(store, figure_id)
    check_source(source)
    return source


def figure_png(store: GraphStore, figure_id: str, dpi: int) -> bytes:
    """The figure's PDF page as a PNG, its sentence highlighted."""
    from pipeline.provenance import locate, render_page
    return render_page(locate(store, figure_id), dpi=dpi)


def apply_update(_: GraphStore, url: str, text: str) -> None:
    """A SPARQL update (``serve --allow-update``), in one transaction: killed at the deadline, it leaves
    the store as it was."""
    store = open_store(url)
    try:
        update = getattr(store, "update", None)
        if update is None:
            raise StoreError(f"{store.location}: this store does not take SPARQL updates")
        update(text)
    finally:
        store.close()


class RowCapped:
    """A store whose answers are read up to ``limit`` rows: a named query on a huge graph costs the
    rows the server may send (and one more, to know it was cut), not the whole answer. A caller that
    says how many rows it reads gets them: the parts a named query combines into its answer (one per
    paper) are read whole, and the answer is what is cut."""

    def __init__(self, store: GraphStore, limit: int) -> None:
        self._store, self._limit = store, limit
        self.location = store.location

    def query(self, sparql: str, params: Mapping[str, Term] | None = None, *,
              limit: int | None = None) -> Rows | bool | list[ox.Triple]:
        return self._store.query(sparql, params, limit=self._limit if limit is None else limit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


# ------------------------------------------------------------------------------------ answering
@contextlib.contextmanager
def lazy_answer(store: GraphStore, text: str) -> Iterator[bool | tuple[tuple[str, ...], Iterable] | Iterable]:
    """The answer as the engine yields it: a bool, (variables, rows) or triples. A store that cannot
    stream (a remote server) answers whole."""
    answer = getattr(store, "answer", None)
    if answer is None:
        result = store.query(text)
        yield (result.variables, result.rows) if isinstance(result, Rows) else result
        return
    with answer(text) as result:
        if isinstance(result, ox.QueryBoolean):
            yield bool(result)
        elif isinstance(result, ox.QuerySolutions):
            yield tuple(v.value for v in result.variables), solution_tuples(result)
        else:
            yield result


def answer_sparql(store: GraphStore, job: SparqlJob, sock: socket.socket) -> None:
    """HEAD, CHUNKs and DONE for one SPARQL Protocol query."""
    with lazy_answer(store, job.text) as result:
        if isinstance(result, bool):
            fmt = _result_format(job.accept, "a yes/no answer")
            frames.send(sock, frames.HEAD, pickle.dumps({"media": MEDIA_TYPE[fmt]}))
            frames.send(sock, frames.CHUNK, serialize_boolean(result, fmt))
            frames.send(sock, frames.DONE, pickle.dumps({"rows": 1, "cut": False}))
            return
        counted = _Counted(job.max_rows)
        if isinstance(result, tuple):
            variables, rows = result
            fmt = _result_format(job.accept, "query results")
            media = MEDIA_TYPE[fmt]
            body = stream_rows(variables, counted.take(rows), fmt)
        else:
            media = negotiate(job.accept, list(GRAPH_TYPES)) or "application/n-triples"
            body = stream_triples(counted.take(result), GRAPH_TYPES[media])
        frames.send(sock, frames.HEAD, pickle.dumps({"media": media}))
        for chunk in _chunks(body):
            frames.send(sock, frames.CHUNK, chunk)
        frames.send(sock, frames.DONE, pickle.dumps({"rows": counted.rows, "cut": counted.cut}))


def _result_format(accept: str, what: str) -> str:
    media = negotiate(accept, list(RESULT_TYPES))
    if media is None:
        raise NotAcceptable(f"cannot send {what} as {accept!r}; ask for one of {', '.join(RESULT_TYPES)}")
    return RESULT_TYPES[media]


class _Counted:
    """Passes on at most ``limit`` items, then notes whether the source had more."""

    def __init__(self, limit: int) -> None:
        self.limit, self.rows, self.cut = limit, 0, False

    def take(self, items: Iterable[Any]) -> Iterator[Any]:
        iterator = iter(items)
        for item in islice(iterator, self.limit):
            self.rows += 1
            yield item
        self.cut = next(iterator, None) is not None


def _chunks(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """Small pieces gathered into chunks of about CHUNK_BYTES."""
    buffer: list[bytes] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK_BYTES:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)


def run_job(store_url: str, job: SparqlJob | CallJob, sock: socket.socket) -> None:
    store = open_store(store_url, read_only=True)
    try:
        if isinstance(job, SparqlJob):
            answer_sparql(store, job, sock)
        else:
            view = RowCapped(store, job.max_rows + 1) if job.max_rows else store
            value = job.function(view, *job.args)
            frames.send(sock, frames.DONE, pickle.dumps(value))
    finally:
        store.close()


# ----------------------------------------------------------------------------------- the process
def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when the server dies (even by SIGKILL), so no worker outlives it
    holding the store's lock; elsewhere a worker notices when its socket closes."""
    libc_name = ctypes.util.find_library("c")
    if sys.platform.startswith("linux") and libc_name:
        pr_set_pdeathsig = 1
        ctypes.CDLL(libc_name, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:         # the server died before the request above took effect
        os._exit(0)


def serve_jobs(store_url: str, sock: socket.socket) -> None:
    """Answer jobs one at a time until the server closes the socket."""
    frames.send(sock, frames.READY)
    while True:
        try:
            kind, payload = frames.receive(sock)
        except (EOFError, OSError):
            return
        if kind != frames.JOB:
            continue
        try:
            try:
                run_job(store_url, pickle.loads(payload), sock)
            except AnodeKGError as exc:
                frames.send(sock, frames.ERROR, pickle.dumps(exc))
            except OSError:
                raise
            except Exception as exc:  # noqa: BLE001 — one query's bug answers 500 and the worker goes on
                traceback.print_exc(file=sys.stderr)
                frames.send(sock, frames.ERROR, pickle.dumps(InternalError(f"the query failed: {exc}")))
        except OSError:                                  # the server has gone, or dropped this answer
            return


def main(argv: list[str]) -> int:
    store_url, parent, fd = argv
    _die_with(int(parent))
    signal.signal(signal.SIGINT, signal.SIG_IGN)         # Ctrl-C is for the server, which stops its workers
    os.dup2(2, 1)                                        # a stray print must never reach the server as a frame
    import pipeline.api  # noqa: F401 — loaded before READY, so the first named query does not pay for it
    with socket.socket(fileno=int(fd)) as sock:
        serve_jobs(store_url, sock)
    return 0


if __name__ == "__main__":
    # jobs arrive pickled as pipeline.server.worker classes: run that module, not this copy of it (__main__)
    from pipeline.server import worker
    sys.exit(worker.main(sys.argv[1:]))

