"""The store interface every backend implements, and ``open_store`` which picks one by URL scheme.

Like rdflib's plugin registry, backends are ``"module:Class"`` strings imported on first use, so a
backend's dependencies load only when it is asked for.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox

from pipeline.errors import StoreError
from pipeline.store.lock import OnWait

DEFAULT_STORE = "graph_data/store"
STORE_ENV = "ANODEKG_STORE"
USER_ENV = "ANODEKG_STORE_USER"              # credentials of a sparql+ store
PASSWORD_ENV = "ANODEKG_STORE_PASSWORD"

BACKENDS: dict[str, str] = {
    "oxigraph": "pipeline.store.oxigraph:OxigraphStore",
    "sparql": "pipeline.store.remote:SparqlStore",
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True, slots=True)
class Rows:
    """The answer to a SELECT: variable names and one tuple of terms (or None when unbound) per row."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def __len__(self) -> int:
        return len(self.rows)


GraphTriples = bytes | Sequence[ox.Quad]


def ntriples_of(triples: GraphTriples) -> bytes:
    """A graph's triples as N-Triples: ``triples`` itself when it is N-Triples already (an ingest's
    paper, serialized where it was made: nothing to parse here), else the quads' triples serialized."""
    if isinstance(triples, bytes):
        return triples
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in triples],
                        format=ox.RdfFormat.N_TRIPLES) or b""


@runtime_checkable
class GraphStore(Protocol):
    """What AnodeKG needs from a triple store. Every write of a paper is one ``put_graph`` call."""

    location: str

    def put_graph(self, graph: ox.NamedNode, triples: GraphTriples) -> None:
        """Replace the named graph with ``triples`` (N-Triples, or quads whose graph is ignored), all or
        nothing."""

    def drop_graph(self, graph: ox.NamedNode) -> None: ...

    def graphs(self) -> list[ox.NamedNode]: ...

    def query(self, sparql: str, params: Mapping[str, Term] | None = None, *,
              limit: int | None = None) -> Rows | bool | list[ox.Triple]:
        """Run a SPARQL query with ``params`` bound as values of its variables (never pasted into the text);
        with ``limit``, only the first ``limit`` rows (or triples) of the answer are read."""

    def count(self) -> int: ...

    def dump(self, out: Path, fmt: ox.RdfFormat) -> None: ...

    def close(self) -> None: ...


class Closing:
    """``with open_store(url) as store:`` for every backend: the store is closed when the block ends."""

    def close(self) -> None:  # pragma: no cover - each backend has its own
        raise NotImplementedError

    def __enter__(self):  # noqa: ANN204 - the backend's own type
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def rows_of(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
            limit: int | None = None) -> Rows | bool | list[ox.Triple]:
    """A pyoxigraph query answer (from a store or parsed from a server's response) as plain values;
    with ``limit``, only its first ``limit`` rows or triples are read (the engine computes no more)."""
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        return Rows(variables, tuple(islice(solution_tuples(result), limit)))
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return list(islice(result, limit))


def solution_tuples(result: ox.QuerySolutions) -> Iterator[tuple[Term | None, ...]]:
    """Each solution as a tuple of terms in the order of the answer's variables, read lazily."""
    return map(tuple, result)         # a solution iterates over its values in the variables' order


def reading(store: GraphStore) -> AbstractContextManager[object]:
    """Several reads as one session where the backend has sessions (the embedded store: opened once, one
    state of the store for all of them, under one shared lock), else each read on its own."""
    session = getattr(store, "session", None)
    return session() if session is not None else contextlib.nullcontext()


def default_store_url() -> str:
    """The store used when ``--store`` is not given: $ANODEKG_STORE, else ./graph_data/store."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def split_url(url: str) -> tuple[str, str]:
    """'oxigraph:path' → ('oxigraph', 'path'); a bare path is an embedded Oxigraph store."""
    scheme, sep, rest = url.partition(":")
    if sep and scheme in BACKENDS and not (len(scheme) == 1 and os.name == "nt"):
        return scheme, rest
    for scheme in BACKENDS:
        if url.startswith(scheme + "+"):        # e.g. sparql+http://host/…
            return scheme, url[len(scheme) + 1:]
    return "oxigraph", url


def open_store(url: str | None = None, *, read_only: bool = False, on_wait: OnWait | None = None) -> GraphStore:
    """Open the store a URL names; an unknown scheme raises StoreError. Use it as a context manager::

        with open_store("graph_data/store", read_only=True) as store:
            ...


    ``on_wait`` is told, once, when the store is locked by another process and this one has to wait
    (backends without a lock never call it).
    """
    scheme, location = split_url(url or default_store_url())
    target = BACKENDS.get(scheme)
    if target is None:
        raise StoreError(f"unknown store scheme {scheme!r}; known: {', '.join(sorted(BACKENDS))}")
    module_name, _, class_name = target.partition(":")
    try:
        backend = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise StoreError(f"store backend {scheme!r} is not available: {exc}") from exc
    options: dict[str, object] = {"read_only": read_only}
    if on_wait is not None and "on_wait" in inspect.signature(backend).parameters:
        options["on_wait"] = on_wait
    return backend(location, **options)
