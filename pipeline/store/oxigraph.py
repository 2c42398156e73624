"""The default store: Oxigraph embedded on disk (RocksDB), one named graph per paper.

No process keeps the store open between calls (see ``lock.py``): each call is a short session that
takes the store lock, opens RocksDB (read-write under the exclusive lock, read-only under the shared
one), does its work and closes RocksDB before letting the lock go. ``session()`` keeps one open
across several calls, and a write session may open it in a thread while its own thread goes on
(``beside``). Writes are single transactions, so a killed ingest leaves the old graph.

The number of triples is kept beside the database (``anodekg.count``), since counting them means
reading the whole store (4 s at 20M triples). The file names the database files it was counted on;
a write of ours carries the count forward by the size of the graphs it replaced, and any other
change (a killed write, another program) makes the next ``count()`` count afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from pipeline.errors import QueryError, StoreError
from pipeline.store.base import Closing, GraphTriples, Rows, Term, ntriples_of, rows_of
from pipeline.store.lock import OnWait, StoreLock

ROCKSDB_MARKER = "CURRENT"          # RocksDB writes this file when it creates a database


KEEP_INFO_LOGS = 3                  # RocksDB keeps up to 1000 'LOG.old.*' files, one per read-write open


def _prune_info_logs(path: Path) -> None:
    """Delete all but the newest few of RocksDB's informational logs (never its data or write-ahead log)."""
    old_logs = sorted(path.glob("LOG.old.*"), key=lambda p: p.name)
    for stale in old_logs[:-KEEP_INFO_LOGS]:
        with contextlib.suppress(OSError):
            stale.unlink()


@contextlib.contextmanager
def _query_failures() -> Iterator[None]:
    """The engine's errors, computing or reading an answer, as QueryError."""
    try:
        yield
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from exc
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc


COUNT_NAME = "anodekg.count"
# files that change without the data changing: RocksDB's informational logs and its lock, and ours
VOLATILE = ("LOG", "LOCK", "anodekg.")


def _fingerprint(path: Path) -> str:
    """The database files as they stand (names, sizes, times): any write, even an interrupted one, and
    every read-write open change it; read-only opens do not."""
    files = sorted((entry.name, entry.stat().st_size, entry.stat().st_mtime_ns) for entry in os.scandir(path)
                   if entry.is_file() and not entry.name.startswith(VOLATILE))
    return hashlib.sha256(repr(files).encode()).hexdigest()


def _saved_count(path: Path) -> int | None:
    """The triple count saved for the database as it stands now, or None when there is none that fits."""
    try:
        saved = json.loads((path / COUNT_NAME).read_text(encoding="utf-8"))
        if saved["fingerprint"] == _fingerprint(path):
            return int(saved["triples"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _save_count(path: Path, triples: int | None) -> None:
    """Save (or, with None, forget) the count for the database as it stands; best effort (a read-only
    folder keeps none, and the store is then counted each time)."""
    target = path / COUNT_NAME
    with contextlib.suppress(OSError):
        if triples is None:
            target.unlink(missing_ok=True)
            return
        temp = target.with_name(f".{COUNT_NAME}.{os.getpid()}.{threading.get_ident()}")
        temp.write_text(json.dumps({"triples": triples, "fingerprint": _fingerprint(path)}), encoding="utf-8")
        os.replace(temp, target)


@dataclass(slots=True)
class _Session:
    """A thread's session: the open database, and the store's triple count as this session carries it."""

    writable: bool
    count: int | None
    db: ox.Store | None = None
    opening: _Opening | None = None      # the database's open begun in a thread (``session(beside=...)``)


class _Opening:
    """Work run in a thread of its own at once; ``wait()`` joins it and gives its failure, or None."""

    def __init__(self, work: Callable[[], None]) -> None:
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), name="anodekg-store-open", daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 — raised in the session's own thread, by wait()'s caller
            self._failure = exc

    def running_here(self) -> bool:
        return threading.current_thread() is self._thread

    def wait(self) -> BaseException | None:
        self._thread.join()
        return self._failure


class OxigraphStore(Closing):
    """An on-disk Oxigraph store, safe to share between processes through its lock."""

    def __init__(self, location: str, *, read_only: bool = False, on_wait: OnWait | None = None,
                 lock_timeout: float | None = None, purpose: str = "") -> None:
        self.location = location
        self.read_only = read_only
        self._path = Path(location)
        self._local = threading.local()        # each thread has its own session (a server answers in threads)
        if read_only:
            if not (self._path / ROCKSDB_MARKER).exists():
                raise StoreError(f"{location}: no store here yet; run `anodekg ingest` first")
        else:
            try:
                self._path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{location}: cannot create the store folder ({exc})") from exc
        self._lock = StoreLock(self._path, purpose=purpose, on_wait=on_wait, timeout=lock_timeout)

    def is_new(self) -> bool:
        """Whether no database is here yet (a store opened for writing makes one in its first session)."""
        return not self.read_only and not (self._path / ROCKSDB_MARKER).exists()

    @contextlib.contextmanager
    def session(self, *, write: bool = False, beside: Callable[[], object] | None = None) -> Iterator[None]:
        """Hold the lock and an open database for every call inside the ``with``; re-entrant per thread.

        ``beside`` (a write session; a read session opens here): the database is opened in a thread of
        its own, which then runs ``beside()`` inside this session and flushes what it wrote, while the body
        goes on here; this thread's first call that uses the database waits for all that, and so does the
        end of the session, which raises its failure if the body has none. RocksDB lets go of the GIL while
        it opens, writes and flushes, and a new store's open and first flush are mostly waits for the
        disk's syncs (10-35 and 50-130 ms blocked, ~12 and ~6 ms of CPU): begun beside, they fall in time
        this thread spends on other work."""
        state = getattr(self._local, "session", None)
        if state is not None:
            if write and not state.writable:
                raise StoreError(f"{self.location}: cannot write inside a read session")
            yield
            return
        if write and self.read_only:
            raise StoreError(f"{self.location}: the store was opened read-only")
        # a new store's database is made by its first session, a write one (an open of RocksDB costs
        # 80 ms, so not by a session of its own when the store is opened)
        write = write or (not self.read_only and not (self._path / ROCKSDB_MARKER).exists())
        with self._lock.hold(exclusive=write):
            # read before a read-write open, which changes the files the count was saved for; a
            # database made now holds nothing
            new = write and not (self._path / ROCKSDB_MARKER).exists()
            state = _Session(write, 0 if new else _saved_count(self._path) if write else None)
            self._local.session = state
            failure = None
            try:
                if beside is not None and write:
                    state.opening = _Opening(partial(self._open_beside, state, beside))
                else:
                    state.db = self._connect(write)
                yield
            finally:
                if state.opening is not None:
                    failure = state.opening.wait()
                self._local.session = None
                if state.db is not None:
                    self._close(state)
            if failure is not None:
                raise failure

    def _connect(self, write: bool) -> ox.Store:
        try:
            return ox.Store(str(self._path)) if write else ox.Store.read_only(str(self._path))
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot open the store ({exc})") from exc

    def _open_beside(self, state: _Session, then: Callable[[], object]) -> None:
        """A session's open and its first work, in the thread ``_Opening`` runs them in: the session is
        this thread's too meanwhile, so that what ``then`` calls finds it (and its lock) held."""
        self._local.session = state
        try:
            state.db = self._connect(state.writable)
            then()
            # what ``then`` wrote goes to disk here, beside the session's own thread: the session's end then
            # flushes only what came after, and waits less for the disk (a new database's first flush is
            # the slow one: the end's blocked time 75-89/131-150 -> 48-56/88-112 ms, min/median, with the
            # ontology flushed first; probes34/perf34/flush_early2.py)
            with contextlib.suppress(OSError):
                state.db.flush()
        finally:
            self._local.session = None

    def _close(self, state: _Session) -> None:
        if state.writable:      # memtables to disk: readers then need not replay the write-ahead log
            with contextlib.suppress(OSError):
                state.db.flush()
        # the only reference goes, so RocksDB closes here, before the lock is released
        state.db = None
        if state.writable:
            _prune_info_logs(self._path)
            _save_count(self._path, state.count)

    @property
    def _session(self) -> _Session:
        state = getattr(self._local, "session", None)
        if state is None:
            raise StoreError(f"{self.location}: used outside a session")
        return state

    def _ready(self) -> _Session:
        """This thread's session, once a database opened beside it is open (and its work done)."""
        state = self._session
        if state.opening is not None and not state.opening.running_here():
            failure = state.opening.wait()
            if failure is not None:
                raise failure           # kept: the session's end raises it again if the caller swallows it
            state.opening = None
        return state

    @property
    def _open(self) -> ox.Store:
        db = self._ready().db
        if db is None:
            raise StoreError(f"{self.location}: used outside a session")
        return db

    def put_graph(self, graph: ox.NamedNode, triples: GraphTriples) -> None:
        data = ntriples_of(triples)
        with self.session(write=True), self._counting(graph):
            try:
                if self._open.contains_named_graph(graph):
                    # one SPARQL update = one transaction: the old graph goes and the new one arrives
                    # together (N-Triples lines are SPARQL triples as they stand)
                    self._open.update(f"DROP SILENT GRAPH {graph} ;\n"
                                      f"INSERT DATA {{ GRAPH {graph} {{\n{data.decode('utf-8')}\n}} }}")
                else:           # a new graph: one transaction too, without writing and parsing SPARQL (half the time)
                    self._open.load(data, ox.RdfFormat.N_TRIPLES, to_graph=graph)
            except (OSError, SyntaxError, UnicodeDecodeError) as exc:
                raise StoreError(f"{self.location}: writing {graph.value} failed ({exc})") from exc

    def drop_graph(self, graph: ox.NamedNode) -> None:
        with self.session(write=True), self._counting(graph):
            try:
                self._open.update(f"DROP SILENT GRAPH {graph}")
            except OSError as exc:
                raise StoreError(f"{self.location}: dropping {graph.value} failed ({exc})") from exc

    @contextlib.contextmanager
    def _counting(self, graph: ox.NamedNode) -> Iterator[None]:
        """Carry the session's triple count across a write that changes only ``graph``."""
        state = self._ready()
        # a graph the store does not know holds no triples: no query to count them (a new paper's write)
        before = self._graph_size(graph) if state.count is not None and self._open.contains_named_graph(graph) else 0
        yield
        if state.count is not None:
            state.count += self._graph_size(graph) - before

    def _graph_size(self, graph: ox.NamedNode) -> int:
        rows = self._open.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        return int(next(iter(rows))[0].value)

    def graphs(self) -> list[ox.NamedNode]:
        with self.session():
            return [g for g in self._open.named_graphs() if isinstance(g, ox.NamedNode)]

    def query(self, sparql: str, params: Mapping[str, Term] | None = None, *,
              limit: int | None = None) -> Rows | bool | list[ox.Triple]:
        """Run and read out the answer (only its first ``limit`` rows or triples, when given: the engine
        computes no more), so no result object outlives the session."""
        with self.session(), self._answer(sparql, params) as result, _query_failures():
            return rows_of(result, limit)

    @contextlib.contextmanager
    def answer(self, sparql: str, params: Mapping[str, Term] | None = None
               ) -> Iterator[ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples]:
        """The engine's own answer, computed as it is read: rows or triples come one at a time, so a reader
        that stops early costs no more than what it read. The store stays open (and read-locked) for the
        body of the ``with``; the answer must not be used after it. Errors while reading raise QueryError."""
        with self.session(), self._answer(sparql, params) as result, _query_failures():
            yield result

    @contextlib.contextmanager
    def _answer(self, sparql: str, params: Mapping[str, Term] | None
                ) -> Iterator[ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples]:
        substitutions = {ox.Variable(k): v for k, v in (params or {}).items()}
        with _query_failures():
            result = self._open.query(sparql, use_default_graph_as_union=True, substitutions=substitutions or None)
        try:
            yield result
        finally:
            result = None       # a traceback keeps this frame: drop the result's hold on the database

    def count(self) -> int:
        """Triples in the store (in all graphs): the saved count when it fits the database, else counted.
        Outside a session the saved count is read under the lock alone: opening RocksDB, even read-only,
        costs more (50 ms) than a whole small query."""
        if getattr(self._local, "session", None) is None:
            with self._lock.hold(exclusive=False):
                saved = _saved_count(self._path)
            if saved is not None:
                return saved
        with self.session():
            state = self._ready()
            if state.count is None:
                state.count = _saved_count(self._path)
            if state.count is None:
                state.count = len(self._open)
                if not state.writable:          # a write session saves its count when it closes
                    _save_count(self._path, state.count)
            return state.count

    def dump(self, out: Path, fmt: ox.RdfFormat) -> None:
        with self.session():
            try:
                if fmt.supports_datasets:
                    self._open.dump(str(out), fmt)
                else:
                    # a triple format: the union of all graphs
                    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self._open}
                    ox.serialize(sorted(triples, key=str), str(out), fmt)
            except OSError as exc:
                raise StoreError(f"cannot write {out}: {exc}") from exc

    def update(self, sparql: str) -> None:
        """A SPARQL UPDATE in one transaction (only `anodekg serve --allow-update` sends one)."""
        with self.session(write=True):
            self._session.count = None          # any graph may change: the next count() counts
            try:
                self._open.update(sparql)
            except SyntaxError as exc:
                raise QueryError(f"malformed SPARQL update: {exc}") from exc
            except OSError as exc:
                raise StoreError(f"{self.location}: update failed ({exc})") from exc

    def close(self) -> None:
        """Nothing stays open between calls; kept so every backend closes the same way."""
        state = getattr(self._local, "session", None)
        if state is not None:
            state.db = None
