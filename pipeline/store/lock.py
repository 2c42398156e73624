"""One lock per store directory, shared by every process: writers exclusive, readers shared.

RocksDB lets only one process open a store read-write, and a read-only open while another process
writes is undefined behaviour. So no AnodeKG process keeps the store open: a write opens it
read-write under the exclusive lock and closes it before the lock is released; a read opens it
read-only under the shared lock. A lock is held for one transaction or one query, never for a whole
ingest, so reading and extracting a PDF never block a query.

The lock is ``flock(2)`` on ``<store>/anodekg.lock``. The kernel drops it when its holder dies, even
by SIGKILL, so a killed ingest never leaves the store locked. A writer notes its pid and purpose in
the file, so a process that has to wait can say who it is waiting for.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pipeline.errors import StoreError

LOCK_NAME = "anodekg.lock"
POLL_SECONDS = 0.05

OnWait = Callable[[str], None]      # told once, with a one-line message, when the lock is busy


def lock_path(store_dir: Path) -> Path:
    return Path(store_dir) / LOCK_NAME


def holder(store_dir: Path) -> str:
    """Who holds the exclusive lock, as its holder wrote it ('pid 123: ingest'), or '' when unknown."""
    try:
        return lock_path(store_dir).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


class StoreLock:
    """The inter-process lock of one store directory.

    >>> lock = StoreLock(Path("graph_data/store"), purpose="ingest")    # doctest: +SKIP
    >>> with lock.hold(exclusive=True):                                 # doctest: +SKIP
    ...     ...                                                         # one write transaction
    """

    def __init__(self, store_dir: Path, *, purpose: str = "", on_wait: OnWait | None = None,
                 timeout: float | None = None) -> None:
        self.store_dir = Path(store_dir)
        self.purpose = purpose or " ".join([Path(sys.argv[0]).name, *sys.argv[1:2]])
        self.on_wait = on_wait
        self.timeout = timeout

    @contextlib.contextmanager
    def hold(self, *, exclusive: bool) -> Iterator[None]:
        """Hold the lock (exclusive for a write, shared for a read) for the body of the ``with``."""
        path = lock_path(self.store_dir)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            if exclusive:
                raise StoreError(f"{self.store_dir}: cannot open the store lock {path} ({exc})") from exc
            try:                                # a reader of a store it may not write (read-only disk, other owner)
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                yield                           # no lock file and no right to make one: nobody here writes either
                return
        try:
            self._acquire(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            if exclusive:
                _note(fd, f"pid {os.getpid()}: {self.purpose}")
            try:
                yield
            finally:
                if exclusive:
                    _note(fd, "")
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _acquire(self, fd: int, mode: int) -> None:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        who = holder(self.store_dir)
        if self.on_wait is not None:
            self.on_wait(f"waiting for lock on {self.store_dir} (held by {who or 'another anodekg process'})")
        if self.timeout is None:
            fcntl.flock(fd, mode)                       # the kernel wakes us when the holder lets go
            return
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.store_dir}: the store stayed locked for {self.timeout:g} s "
                                     f"(held by {holder(self.store_dir) or who or 'another process'})") from None
                time.sleep(POLL_SECONDS)


def _note(fd: int, text: str) -> None:
    """Write who holds the lock into the lock file (best effort: it is only for messages)."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8"), 0)
