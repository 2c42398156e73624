"""The query workers of ``anodekg serve``, a bounded queue in front of them, and the deadline.

Each query runs in one of ``workers`` worker processes (``worker.py``). A request waits in a queue
of at most ``queue`` requests for an idle worker, until one is free or its client leaves; past the
queue it is refused at once with a Retry-After estimate (HTTP 503). A query holds its worker until its
answer is sent or its deadline passes; at the deadline the worker's process is killed, which stops
its CPU and drops its read lock on the store however far the engine had got, and a fresh worker
takes its place.

Everything here runs on the server's event loop; nothing blocks it but starting a process.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import pickle
import socket
import subprocess
import sys
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pipeline.errors import AnodeKGError, StoreError
from pipeline.server import frames
from pipeline.server.worker import CallJob, SparqlJob

START_TIMEOUT_S = 120.0         # a worker's imports on a loaded machine; only a broken install takes longer
RESTART_PAUSE_S = 1.0           # between attempts to replace a worker that failed to start


class ServerError(AnodeKGError):
    """The server could not answer a request in time, or at all (HTTP 503 or no answer)."""

    exit_code = 6


class Busy(ServerError):
    """No worker is free and the queue is full, or the server is stopping (HTTP 503)."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ClientGone(ServerError):
    """The client disconnected before its query got a worker; nobody reads the answer."""


class QueryTimeout(ServerError):
    """A query ran past the server's --timeout and was stopped (HTTP 503)."""


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


@dataclass(frozen=True, slots=True)
class Answer:
    """The start of a streamed answer: what the worker said first (``head``), the chunks read ahead,
    and ``done`` when that was all of it; otherwise ``rest`` yields the remaining chunks."""

    head: dict[str, Any]
    chunks: list[bytes]
    done: dict[str, Any] | None
    rest: AsyncIterator[bytes] | None = None


@dataclass(eq=False)
class _Lease:
    """One query's hold on one worker, from the job sent to its answer read (or the deadline)."""

    pool: QueryPool
    worker: _Worker
    started: float
    timer: asyncio.TimerHandle | None = None
    watch: asyncio.Task[None] | None = None     # completes when the client goes away
    open: bool = True
    expired: bool = False
    left: bool = False

    async def next(self) -> tuple[bytes, bytes]:
        """The worker's next frame; its error re-raised; QueryTimeout once the deadline has passed."""
        try:
            kind, payload = await frames.read(self.worker.reader)
        except (EOFError, OSError) as exc:
            self.discard()
            if self.expired:
                raise self.pool.timeout_error() from None
            if self.left:
                raise ClientGone("the client went away; its query was stopped") from None
            if self.pool._closed:
                raise Busy("the server is stopping; the query was stopped") from None
            raise StoreError("the query worker stopped unexpectedly; the query was not answered") from exc
        if kind == frames.ERROR:
            self.give_back()
            raise pickle.loads(payload)
        return kind, payload

    def expire(self) -> None:
        self.expired = True
        self.discard()

    def client_left(self, watch: asyncio.Task[None]) -> None:
        if not watch.cancelled():
            self.left = True
            self.discard()

    def give_back(self) -> None:
        """The answer was read whole: the worker takes the next query."""
        if self.open:
            self._close()
            self.pool._record(asyncio.get_running_loop().time() - self.started)
            self.pool._release(self.worker)

    def discard(self) -> None:
        """Stop the worker where it is (kill it) and start another in its place."""
        if self.open:
            self._close()
            self.pool._replace(self.worker)

    def _close(self) -> None:
        self.open = False
        self.pool._running -= 1
        if self.timer is not None:
            self.timer.cancel()
        if self.watch is not None and not self.watch.done():
            self.watch.cancel()


class _Rest:
    """The chunks of an answer after those read ahead. Whatever ends it (the last chunk, an error,
    the client going away, or nobody ever reading it) ends the lease: the worker is given back only
    when the answer was read whole."""

    def __init__(self, lease: _Lease) -> None:
        self._lease = lease
        self._ended = False

    def __aiter__(self) -> _Rest:
        return self

    async def __anext__(self) -> bytes:
        if self._ended:
            raise StopAsyncIteration
        if not self._lease.open:        # killed at the deadline while the client was being sent a chunk
            raise self._lease.pool.timeout_error()
        try:
            kind, payload = await self._lease.next()
        except BaseException:
            self._lease.discard()
            raise
        if kind == frames.CHUNK:
            return payload
        self._ended = True
        self._lease.give_back()
        raise StopAsyncIteration

    async def aclose(self) -> None:
        self._lease.discard()

    def __del__(self) -> None:
        lease = self._lease
        loop = lease.pool._loop
        if lease.open and loop is not None:      # never read to the end (the client left before the body began)
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(lease.discard)


Gone = Callable[[], Awaitable[None]]     # a new awaitable that completes when the client goes away


async def _completion(gone: Gone) -> None:
    await gone()                        # made here, so a watch cancelled before it starts leaves nothing unawaited


class QueryPool:
    """``workers`` query worker processes on ``store_url`` behind a queue of ``queue`` waiting requests."""

    def __init__(self, store_url: str, *, workers: int, queue: int, timeout_s: float) -> None:
        self.store_url = store_url
        self.workers = workers
        self.queue = queue
        self.timeout_s = timeout_s
        self._idle: deque[_Worker] = deque()
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._live: set[_Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._running = 0               # queries holding a worker
        self._mean_s = 0.1              # recent query time, for Retry-After
        self._loop: asyncio.AbstractEventLoop | None = None     # the server's, once started

    # -------------------------------------------------------------------------------- lifecycle
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        started = await asyncio.gather(*(self._spawn() for _ in range(self.workers)), return_exceptions=True)
        failures = [w for w in started if isinstance(w, BaseException)]
        for worker in started:
            if isinstance(worker, _Worker):
                self._release(worker)
        if failures:
            self.stop()
            raise failures[0]

    def stop(self) -> None:
        """Kill every worker now (running queries end with them) and refuse new queries; more than once
        is fine. From another thread or a signal handler, use ``stop_soon``."""
        self._closed = True
        for worker in list(self._live):
            self._kill(worker)
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_exception(Busy("the server is stopping"))
        self._waiters.clear()
        self._idle.clear()

    def stop_soon(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.stop)

    async def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "pipeline.server.worker", self.store_url, str(os.getpid()),
                 str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        except OSError as exc:
            ours.close()
            raise StoreError(f"cannot start a query worker ({exc})") from exc
        finally:
            theirs.close()
        reader, writer = await asyncio.open_connection(sock=ours, limit=frames.HEADER.size + (1 << 20))
        worker = _Worker(process, reader, writer)
        self._live.add(worker)
        try:
            kind, _ = await asyncio.wait_for(frames.read(reader), START_TIMEOUT_S)
        except (EOFError, TimeoutError):
            kind = b""
        if kind != frames.READY:
            self._kill(worker)
            raise StoreError(f"a query worker did not start on {self.store_url} (exit status {process.poll()}); "
                             "its error is printed above")
        if self._closed:
            self._kill(worker)
            raise Busy("the server is stopping")
        return worker

    def _kill(self, worker: _Worker) -> None:
        self._live.discard(worker)
        with contextlib.suppress(ProcessLookupError):
            worker.process.kill()
        worker.writer.close()                      # a read pending on its socket ends now, not at its exit
        self._background(self._reap(worker))

    async def _reap(self, worker: _Worker) -> None:
        while worker.process.poll() is None:      # SIGKILL: gone within a few ms; never block the loop on it
            await asyncio.sleep(0.01)

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)
        if not self._closed:
            self._background(self._restart())

    async def _restart(self) -> None:
        while not self._closed:
            try:
                worker = await self._spawn()
            except AnodeKGError as exc:
                print(f"anodekg serve: {exc}; trying again", file=sys.stderr)
                await asyncio.sleep(RESTART_PAUSE_S)
                continue
            self._release(worker)
            return

    def _background(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ---------------------------------------------------------------------------- the queue
    def _release(self, worker: _Worker) -> None:
        if self._closed:
            self._kill(worker)
            return
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    def status(self) -> dict[str, int]:
        """How many workers there are, how many are answering, and how many requests wait for one."""
        return {"workers": self.workers, "running": self._running, "idle": len(self._idle),
                "waiting": sum(not w.done() for w in self._waiters), "queue": self.queue}

    def retry_after(self) -> int:
        """Seconds after which a refused request may expect a free worker: the queue ahead of it at
        the recent pace, at least 1."""
        estimate = self._mean_s * (len(self._waiters) + self.workers) / self.workers
        return max(1, min(math.ceil(estimate), math.ceil(self.timeout_s)))

    def _record(self, seconds: float) -> None:
        self._mean_s = 0.8 * self._mean_s + 0.2 * seconds

    def timeout_error(self) -> QueryTimeout:
        return QueryTimeout(f"the query ran past the {self.timeout_s:g} s limit (--timeout) and was stopped")

    async def _acquire(self, watch: asyncio.Task[None] | None) -> _Worker:
        """An idle worker, or a place in the queue until one is free; ``watch`` completes when the client
        goes away, which gives its place up: a request nobody waits for takes no worker."""
        if self._closed:
            raise Busy("the server is stopping")
        while self._idle:
            worker = self._idle.popleft()
            if worker.process.poll() is None:
                return worker
            self._replace(worker)                 # died while idle (killed from outside): never hand it out
        if len(self._waiters) >= self.queue:
            raise Busy(f"{len(self._waiters)} queries are waiting for a worker already (--queue {self.queue}); "
                       f"try again in {self.retry_after()} s", self.retry_after())
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await asyncio.wait({waiter} | ({watch} if watch else set()), return_when=asyncio.FIRST_COMPLETED)
        except BaseException:                     # the request was cancelled while it waited
            self._abandon(waiter)
            raise
        if not waiter.done():
            self._abandon(waiter)
            raise ClientGone("the client went away while its query waited for a worker")
        return waiter.result()

    def _abandon(self, waiter: asyncio.Future[_Worker]) -> None:
        if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
            self._release(waiter.result())        # a worker was handed over just as the wait ended
            return
        waiter.cancel()
        with contextlib.suppress(ValueError):
            self._waiters.remove(waiter)

    async def _lease(self, job: SparqlJob | CallJob, gone: Gone | None) -> _Lease:
        """A worker running ``job``, until its deadline, or until the client goes away (``gone()``
        completes), which stops the query there and then: in the queue or in its worker."""
        loop = asyncio.get_running_loop()
        watch = loop.create_task(_completion(gone)) if gone is not None else None
        try:
            worker = await self._acquire(watch)
        except BaseException:
            if watch is not None:
                watch.cancel()
            raise
        lease = _Lease(self, worker, loop.time(), watch=watch)
        self._running += 1
        lease.timer = loop.call_later(self.timeout_s, lease.expire)
        if watch is not None:
            watch.add_done_callback(lease.client_left)
        try:
            worker.writer.write(frames.pack(frames.JOB, pickle.dumps(job)))
            await worker.writer.drain()
        except BaseException:
            lease.discard()
            raise
        return lease

    # ------------------------------------------------------------------------------- queries
    async def call(self, job: CallJob, gone: Gone | None = None) -> Any:
        """Run ``job`` within the deadline and return its value (``gone``: see ``_acquire``)."""
        lease = await self._lease(job, gone)
        try:
            kind, payload = await lease.next()
            while kind != frames.DONE:
                kind, payload = await lease.next()
        except BaseException:
            lease.discard()
            raise
        lease.give_back()
        return pickle.loads(payload)

    async def stream(self, job: SparqlJob, read_ahead: int, gone: Gone | None = None) -> Answer:
        """Start ``job`` and read up to ``read_ahead`` bytes of its answer, so that a small answer is sent
        whole (its headers can say how many rows it has) and a big one streams (``gone``: see ``_acquire``)."""
        lease = await self._lease(job, gone)
        try:
            kind, payload = await lease.next()
            head = pickle.loads(payload)
            chunks: list[bytes] = []
            size = 0
            while size <= read_ahead:
                kind, payload = await lease.next()
                if kind == frames.DONE:
                    lease.give_back()
                    return Answer(head, chunks, pickle.loads(payload))
                chunks.append(payload)
                size += len(payload)
        except BaseException:
            lease.discard()
            raise
        return Answer(head, chunks, None, _Rest(lease))
