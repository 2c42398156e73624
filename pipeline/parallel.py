"""Where papers are read and extracted: here, in worker processes, or on a Dask cluster.

Reading and extracting a PDF is the heavy part of an ingest; writing its graph is one short
transaction. So every engine runs the same unit of work (``api.prepare``: read, extract, build
triples, validate) and hands back a small picklable ``Prepared`` (the graph as N-Triples), and the
caller writes each paper to the store itself, one atomic write per paper, in one process.

A single file worked on here starts its reading in a forked child (``ahead``) while this process loads
the NLP stack the rest of its work needs: the two take about as long, and a machine has two cores.

A file that takes longer than ``timeout`` seconds fails alone, with a clear message, and the batch
goes on: in this process a timer interrupts it; a worker process is killed and replaced (pebble);
on a cluster the task is abandoned on its worker thread (Python threads cannot be killed, so the
worker finishes it in the background).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import gc
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from pipeline.errors import DEBUG_ENV, AnodeKGError, InputError, ReadTimeout
from pipeline.read_options import DEFAULT_TIMEOUT_S

CLUSTER_WINDOW_PER_WORKER = 4        # files in flight per cluster worker: keeps the client's memory flat
IN_FLIGHT_AHEAD = 1                  # files handed to the worker pool beyond one a worker, so none waits for the next
BEGUN_POLL_S = 0.05                  # how often workers' results are left to look whether a begun file is read
TOLD_BYTES = 1 << 20                 # what a child reading ahead may tell before its parent listens (a pipe's
                                     # size, asked for: the usual 64 KiB hold less than a paper's words)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one file."""

    path: str
    status: str                     # "ok", "skipped" (unchanged) or "failed"
    doc_id: str = ""
    figures: int = 0
    structures: int = 0
    references: int = 0
    pages: int = 0
    seconds: float = 0.0
    error: str = ""
    exit_code: int = 0
    sha256: str = ""
    sentences: int = 0
    warnings: tuple[str, ...] = ()  # the PDF parser's words about damage, when the file read with any


@dataclass(frozen=True, slots=True)
class Prepared:
    """One file after the heavy work: what happened, and its paper's triples ready for the one write."""

    outcome: IngestOutcome          # status "ok" (not written yet) or "failed"
    ntriples: bytes = b""           # the paper's graph and its digest statement, as the write takes them


Work = Callable[[Path], Prepared]
T = TypeVar("T")


def failed(path: Path | str, exc: AnodeKGError, seconds: float = 0.0) -> Prepared:
    return Prepared(IngestOutcome(str(path), "failed", error=str(exc), exit_code=exc.exit_code, seconds=seconds))


def _worker_died(path: Path | str, why: object) -> InputError:
    return InputError(f"{path}: the worker reading it died ({why})")


def _timeout_error(path: Path | str, timeout: float) -> ReadTimeout:
    return ReadTimeout(f"{path}: reading and extracting took longer than {timeout:g} s (--timeout); "
                       "the rest of the batch went on")


def parse_cluster(spec: str) -> tuple[str, int]:
    """'local:N' → ('local', N); 'tcp://host:8786' → (address, 0); InputError otherwise."""
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise InputError(f"--cluster local:N needs a worker count N >= 1, not {spec!r}")
        return "local", int(count)
    if spec.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://")):
        return spec, 0
    raise InputError(f"--cluster takes tcp://HOST:PORT (a Dask scheduler) or local:N, not {spec!r}")


def run(work: Work, paths: Sequence[Path], *, jobs: int = 1, cluster: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT_S, begun: Begun | None = None) -> Iterator[Prepared]:
    """``work`` over ``paths`` on the chosen engine, yielding each result as it completes. ``begun``: one of
    the paths whose work began here already (its reading, in a forked child, see ``Begun``); worker
    processes finish it, the other engines do its whole work as the others'."""
    timeout = timeout if timeout and timeout > 0 else None
    if cluster:
        return _on_cluster(work, longest_first(paths), cluster, timeout)
    if jobs > 1 and len(paths) > 1:
        return _in_processes(work, longest_first(paths), jobs, timeout, begun)
    return _here(work, paths, timeout)


def longest_first(paths: Sequence[Path]) -> list[Path]:
    """The order to hand files to several workers: the longest to work on first, so a long paper does not
    start last and leave the other workers idle at the end of a batch. Pages say how long better than
    bytes do (a text-dense review is small beside a research paper's pictures), so most pages first,
    then most bytes; a file pdfium cannot count goes last (it fails fast in its worker, with its own
    message)."""
    def length(path: Path) -> tuple[int, int]:
        try:
            found = path.stat()
        except OSError:
            return 0, 0
        return _pages(path, found.st_size, found.st_mtime_ns), found.st_size
    return sorted(paths, key=length, reverse=True)


@functools.lru_cache(maxsize=1 << 14)
def _pages(path: Path, size: int, mtime_ns: int) -> int:
    """A file's page count, counted once while its bytes stand (a batch is ordered twice: to pick the file
    read ahead, and to hand the rest out)."""
    from pipeline.reader.pdfium_chars import page_count
    return page_count(path)


# -- this process --------------------------------------------------------------------------------
@dataclass(slots=True)
class Deadline:
    expired: bool = False


@contextlib.contextmanager
def deadline(seconds: float | None, path: Path | str) -> Iterator[Deadline]:
    """Raise ReadTimeout in this (main) thread when ``seconds`` pass, again every 0.1 s after in case
    library code swallows it (an exception raised inside a garbage-collector callback is only
    printed), and mark the deadline expired so the caller can tell even then. Without a main thread
    or a limit it only yields."""
    state = Deadline()
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield state
        return

    def expire(signum: int, frame: object) -> None:
        state.expired = True
        raise _timeout_error(path, seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)
    try:
        yield state
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _here(work: Work, paths: Sequence[Path], timeout: float | None) -> Iterator[Prepared]:
    for path in paths:
        started = time.perf_counter()
        try:
            with deadline(timeout, path) as state:
                result = work(path)
            if state.expired:               # its ReadTimeout was swallowed on the way: still too slow
                raise _timeout_error(path, timeout or 0)
        except ReadTimeout as exc:
            result = failed(path, exc, time.perf_counter() - started)
        yield result


# -- one file's reading ahead, in a forked child ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class Ahead(Generic[T]):
    """Work begun ahead (``ahead``): called, its result, waited for. ``ready()`` says, without waiting,
    whether there is nothing left to wait for: the child is done, or no child runs it (the work runs
    when called, and keeps this process busy, not idle)."""

    take: Callable[[], T]
    ready: Callable[[], bool]
    forked: bool = False            # whether a child runs it, or it runs here when called
    heard: Callable[[], Iterator[str]] = lambda: iter(())   # what the work told before its result (see ``ahead``)
    after: Callable[[], object] = lambda: None      # what the child made after the result (``then``), if sent by now

    def __call__(self) -> T:
        return self.take()


@dataclass(frozen=True, slots=True)
class Begun:
    """A file whose work began in this process while the worker processes start (their fork server
    loads the NLP stack for about half a second on one core): ``ahead``, once ready, gives the work that
    finishes it, for a worker to run, or raises why the file failed."""

    path: Path
    ahead: Ahead[Work]


@contextlib.contextmanager
def ahead(work: Callable[..., T], path: Path, *args: object, worth: bool = True, tells: bool = False,
          then: Callable[[T], object] | None = None) -> Iterator[Ahead[T]]:
    """``work(path, *args)`` begun in a forked child, so that this process can meanwhile load what the
    rest of a file's work needs; what it yields (``Ahead``), called, waits for the child and returns
    ``work``'s result, or raises its exception, as if it had run here (a child that dies fails the file as a dead worker
    does). Leaving the block first (a timeout, an interrupt) kills the child.

    With ``tells``, a child's work is called with a keyword ``tell`` too: a function it may call with text
    for this process to have before the result, line by line (``Ahead.heard``), what this process can use
    while it waits. Telling never makes the child wait: what does not fit in the pipe is dropped.

    With ``then``, the child, once it has sent the result, makes ``then(result)`` too, while this process
    works on the result: ``Ahead.after()`` gives it if the child has sent it by then (it never waits for
    it), else None, and so does a ``then`` that failed; what the child makes is the caller's to check.
    Leaving the block ends a child still at it.

    The work runs here instead, when called, unless a child pays and is safe: ``worth`` (the caller has
    something to load meanwhile), this system can fork, this is the main thread of a process that is
    no worker itself (a worker's siblings keep the other cores busy), and no --debug (a traceback
    stays this process's own)."""
    if not (worth and hasattr(os, "fork") and threading.current_thread() is threading.main_thread()
            and not _in_a_worker() and not os.environ.get(DEBUG_ENV)):
        yield Ahead(lambda: work(path, *args), lambda: True)
        return
    read_end, write_end = os.pipe()
    heard_end, tell_end = os.pipe() if tells else (-1, -1)
    after_end, then_end = os.pipe() if then else (-1, -1)
    pid = os.fork()
    if pid == 0:                                 # the child: never returns into the caller's code
        os.close(read_end)
        if tells:
            os.close(heard_end)
        if then:
            os.close(after_end)
        _child(write_end, work, path, args, _teller(tell_end) if tells else None,
               (then_end, then) if then else None)
    os.close(write_end)
    if tells:
        os.close(tell_end)
    if then:
        os.close(then_end)
    state = {"running": True, "reaped": False}

    def reaped() -> int:
        _, status = os.waitpid(pid, 0)
        state["reaped"] = True
        return os.waitstatus_to_exitcode(status)

    collecting = _pause_collections()

    def result() -> T:
        chunks = []
        while chunk := os.read(read_end, 1 << 20):
            chunks.append(chunk)
        # the child closes its end once it has sent all, before it exits: its exit (the freeing of its
        # memory, some milliseconds) is waited for only where the result cannot be had, else when the
        # block is left
        state["running"] = False
        _resume_collections(collecting, freeze=True)
        try:
            done, value = pickle.loads(b"".join(chunks))
        except Exception:
            code = reaped()
            if not chunks or code:
                raise _worker_died(path, f"exit status {code}") from None
            raise
        if done:
            return value
        if isinstance(value, tuple):             # an exception that does not pickle: its kind and words
            raise type(value[0], (Exception,), {})(value[1])
        raise value

    def heard() -> Iterator[str]:
        """The lines the child tells, as it tells them, until its result is coming or it tells no more."""
        pending = b""
        while tells and read_end not in select.select([heard_end, read_end], [], [])[0]:
            chunk = os.read(heard_end, 1 << 16)
            if not chunk:
                return
            *lines, pending = (pending + chunk).split(b"\n")   # a line cut short where the child stopped is left
            yield from (line.decode("utf-8", "replace") for line in lines)

    def after() -> object:
        """What ``then`` made, once the child has begun to send it (it sends it whole, made), else None."""
        if not then or not select.select([after_end], [], [], 0)[0]:
            return None
        chunks = []
        while chunk := os.read(after_end, 1 << 20):
            chunks.append(chunk)
        try:
            return pickle.loads(b"".join(chunks)) if chunks else None
        except Exception:  # noqa: BLE001 — sent in part: as if not sent
            return None

    try:
        yield Ahead(result, lambda: bool(select.select([read_end], [], [], 0)[0]), forked=True, heard=heard,
                    after=after)
    finally:
        os.close(read_end)
        if tells:
            os.close(heard_end)
        if then:
            os.close(after_end)
        if state["running"] or (then and not state["reaped"]):    # its result, or what it makes after, comes too late
            os.kill(pid, signal.SIGKILL)
        if state["running"]:
            reaped()
            _resume_collections(collecting, freeze=False)
        elif not state["reaped"]:
            reaped()


@contextlib.contextmanager
def beside(work: Callable[..., T], *args: object) -> Iterator[Callable[[], T]]:
    """``work(*args)`` in a thread while the body of the ``with`` runs here: for work that spends its time in
    code that lets go of the GIL (Oxigraph parses, queries and writes in Rust without it), so that it runs on
    a second core meanwhile. What it yields, called, waits for the work and gives its result, or raises its
    exception; leaving the block waits for it too (no thread outlives it)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work(*args)
        except BaseException as exc:  # noqa: BLE001 — raised where the result is asked for
            outcome["error"] = exc

    thread = threading.Thread(target=run, name=f"anodekg-{getattr(work, '__name__', 'work')}", daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]
    try:
        yield result
    finally:
        thread.join()


def _pause_collections() -> tuple[int, int, int]:
    """Stop the garbage collector's passes. While the child reads, this process loads what the
    rest of its work needs (modules, the NLP pipeline), objects that live as long as the process, so the
    passes over them free nothing (30-50 ms of the sample review's ingest). Returns the thresholds to
    restore. A zero threshold, not gc.disable(): srsly turns the collector back on after each msgpack
    it reads, which a spaCy pipeline's vocabulary is."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    return thresholds


def _resume_collections(thresholds: tuple[int, int, int], freeze: bool) -> None:
    """The collector as it was; with ``freeze``, what was loaded meanwhile is left out of its later
    passes (it lives on, and the passes would only go over it again)."""
    if freeze:
        gc.freeze()
    gc.set_threshold(*thresholds)


def _in_a_worker() -> bool:
    """Whether this process is a multiprocessing worker. Such a process has loaded multiprocessing;
    a plain one is not made to load it here, before its first file's reading begins."""
    loaded = sys.modules.get("multiprocessing")
    return loaded is not None and loaded.parent_process() is not None


def _teller(fd: int) -> Callable[[str], None]:
    """The ``tell`` of a child's work (see ``ahead``): each text and a line end into the pipe ``fd``,
    never waiting for the parent to read it. Once a text does not fit whole, the child tells no more
    (the parent keeps whole lines only)."""
    os.set_blocking(fd, False)
    with contextlib.suppress(OSError, AttributeError):          # a system without pipe sizes: the usual one
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, TOLD_BYTES)
    telling = [True]

    def tell(text: str) -> None:
        if not telling[0]:
            return
        data = (text + "\n").encode("utf-8")
        try:
            written = os.write(fd, data)
        except OSError:                 # the pipe is full, or the parent stopped listening
            written = 0
        if written < len(data):
            telling[0] = False
            os.close(fd)
    return tell


def _child(write_end: int, work: Callable[..., object], path: Path, args: tuple[object, ...],
           tell: Callable[[str], None] | None = None,
           then: tuple[int, Callable[[object], object]] | None = None) -> None:
    """Run the work and send back (True, result) or (False, exception), then exit without any of the
    parent's clean-up, and without garbage collection. The standard streams are opened afresh: another
    thread of the parent (a progress bar) may have held their locks at the fork. With ``then`` (a pipe
    and a function), the function of the result is sent on that pipe after the result; when it fails,
    nothing is."""
    code = 0
    _pause_collections()        # one piece of work, then the process ends: the collector's passes would only
    try:                        # go over the parent's objects too (and copy the pages they are on)
        for name in ("stdout", "stderr"):
            stream = getattr(sys, name)
            with contextlib.suppress(AttributeError, OSError, ValueError):    # no file behind it: left as is
                setattr(sys, name, open(stream.fileno(), "w", encoding=stream.encoding,  # noqa: SIM115
                                        errors=stream.errors, closefd=False, buffering=1))
        succeeded = False
        try:
            done = work(path, *args, tell=tell) if tell is not None else work(path, *args)
            payload = pickle.dumps((True, done), pickle.HIGHEST_PROTOCOL)
            succeeded = True
        except BaseException as exc:  # noqa: BLE001 — carried back to the parent, which raises it
            try:
                payload = pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001
                payload = pickle.dumps((False, (type(exc).__name__, str(exc))), pickle.HIGHEST_PROTOCOL)
        _send(write_end, payload)
        os.close(write_end)     # all sent: the parent has its result before this process has ended
        if then is not None:
            then_end, function = then
            with contextlib.suppress(BaseException):    # the parent does without it
                if succeeded:
                    _send(then_end, pickle.dumps(function(done), pickle.HIGHEST_PROTOCOL))
            os.close(then_end)
    except BaseException:  # noqa: BLE001 — nothing sent: the parent reports a dead worker
        code = 1
    finally:
        os._exit(code)


def _send(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


# -- worker processes (pebble kills a worker that runs past its timeout) ------------------------
def _in_processes(work: Work, paths: Sequence[Path], jobs: int, timeout: float | None,
                  begun: Begun | None = None) -> Iterator[Prepared]:
    from concurrent.futures import FIRST_COMPLETED, Future, wait
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessExpired, ProcessPool

    context = _worker_context()
    late = begun if begun is not None and begun.path in paths else None
    waiting = deque(path for path in paths if late is None or path != late.path)
    with ProcessPool(max_workers=min(jobs, len(paths)), context=context) as pool:
        futures: dict[Future[Prepared], Path] = {}
        started = time.perf_counter()
        while waiting or futures or late is not None:
            if late is not None and (late.ahead.ready() or not (waiting or futures)):
                try:        # the file begun here: its reading is done (or nothing else is left to wait for)
                    futures[pool.schedule(late.ahead(), (late.path,), timeout=timeout)] = late.path
                except AnodeKGError as exc:
                    yield failed(late.path, exc, time.perf_counter() - started)
                late = None
                continue
            if late is not None and timeout is not None and time.perf_counter() - started > timeout:
                yield failed(late.path, _timeout_error(late.path, timeout), timeout)
                late = None
                continue
            # files are handed out as workers free up, one ahead of them, not all at once: a file begun
            # here then goes next once read, not after every other file (one worker finishing it alone
            # while the others idle at the end of the batch)
            while waiting and len(futures) < jobs + IN_FLIGHT_AHEAD:
                path = waiting.popleft()
                futures[pool.schedule(work, (path,), timeout=timeout)] = path
            done, _ = wait(futures, timeout=BEGUN_POLL_S if late is not None else None,
                           return_when=FIRST_COMPLETED)
            for future in done:
                path = futures.pop(future)
                try:
                    yield future.result()
                except FutureTimeout:
                    yield failed(path, _timeout_error(path, timeout or 0), timeout or 0)
                except ProcessExpired as exc:
                    yield failed(path, _worker_died(path, exc))


def _worker_context():
    """How worker processes start. A process that has built its NLP pipeline already (a notebook or a
    service ingesting again) and runs no other thread forks them from itself: they find everything
    loaded, as a serial run here would. Else a fork server starts them: it loads the heavy modules
    once (api itself imports the reader and NLP stack lazily), their regular expressions from the
    cache the command uses (ingest_worker installs it first), and forking it is safe whatever
    threads this process runs (a progress bar's, a server's)."""
    import multiprocessing

    from pipeline.reading import nlp_built
    if nlp_built() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.ingest_worker", "pipeline.api", "pipeline.reader.document",
                                    "pipeline.extract", "pipeline.nlp", "pipeline.validate"])
    return context


# -- a Dask cluster ------------------------------------------------------------------------------
def prepare_on_worker(work: Work, path: str, data: bytes, timeout: float | None) -> Prepared:
    """The cluster task: the file's bytes (no shared filesystem needed), worked on under a deadline.

    The bytes go to a temporary file of the same name; messages name the client's ``path``."""
    import tempfile
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="anodekg-") as tmp:
        local = Path(tmp) / Path(path).name
        local.write_bytes(data)
        box: list[Prepared | BaseException] = []

        def target() -> None:
            try:
                box.append(work(local))
            except BaseException as exc:          # noqa: BLE001 — carried back to the client below
                box.append(exc)

        thread = threading.Thread(target=target, daemon=True, name=f"anodekg-{local.name}")
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            return failed(path, _timeout_error(path, timeout or 0), time.perf_counter() - started)
        if isinstance(box[0], BaseException):
            raise box[0]
        outcome = box[0].outcome
        return replace(box[0], outcome=replace(outcome, path=path, error=outcome.error.replace(str(local), path)))


def _on_cluster(work: Work, paths: Sequence[Path], spec: str, timeout: float | None) -> Iterator[Prepared]:
    from distributed import Client, LocalCluster, as_completed

    address, workers = parse_cluster(spec)
    with contextlib.ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       dashboard_address=None, silence_logs=40))
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout="30s"))
            except (OSError, TimeoutError) as exc:
                raise InputError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
        window = max(1, len(client.scheduler_info().get("workers", {})) or 1) * CLUSTER_WINDOW_PER_WORKER
        queue = iter(paths)
        by_key: dict[str, Path] = {}

        def submit() -> object | None:
            path = next(queue, None)
            if path is None:
                return None
            future = client.submit(prepare_on_worker, work, str(path), path.read_bytes(), timeout, pure=False)
            by_key[future.key] = path
            return future

        first = [f for f in (submit() for _ in range(window)) if f is not None]
        flow = as_completed(first)
        for future in flow:
            path = by_key.pop(future.key)
            try:
                result = future.result()
            except AnodeKGError as exc:
                result = failed(path, exc)
            except Exception as exc:  # noqa: BLE001 — a worker lost or a task crashed: the batch goes on
                result = failed(path, InputError(f"{path}: the cluster could not process it "
                                                 f"({type(exc).__name__}: {exc})"))
            yield result
            following = submit()
            if following is not None:
                flow.add(following)
