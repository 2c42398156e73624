"""The default store: Oxigraph embedded on disk (RocksDB), one named graph per paper."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from pipeline.errors import QueryError, StoreError
from pipeline.store.base import Rows, Term, rows_of


def _sparql_data(quads: Sequence[ox.Quad]) -> str:
    """Quads as the body of an INSERT DATA; pyoxigraph's term syntax is N-Triples, which SPARQL reads."""
    return "\n".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)


class OxigraphStore:
    """An on-disk Oxigraph store. Writes are transactions: a killed ingest leaves the old graph."""

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = location
        path = Path(location)
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"{location}: no store here yet; run `anodekg ingest` first")
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{location}: cannot open the store ({exc})") from exc

    def put_graph(self, graph: ox.NamedNode, quads: Sequence[ox.Quad]) -> None:
        placed = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
        # one SPARQL update = one transaction: the old graph goes and the new one arrives together
        update = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{\n{_sparql_data(placed)}\n}}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: writing {graph.value} failed ({exc})") from exc

    def drop_graph(self, graph: ox.NamedNode) -> None:
        try:
            self._store.update(f"DROP SILENT GRAPH {graph}")
        except OSError as exc:
            raise StoreError(f"{self.location}: dropping {graph.value} failed ({exc})") from exc

    def graphs(self) -> list[ox.NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]

    def query(self, sparql: str, params: Mapping[str, Term] | None = None) -> Rows | bool | list[ox.Triple]:
        substitutions = {ox.Variable(k): v for k, v in (params or {}).items()}
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True,
                                       substitutions=substitutions or None)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc
        return rows_of(result)

    def count(self) -> int:
        return len(self._store)

    def dump(self, out: Path, fmt: ox.RdfFormat) -> None:
        try:
            if fmt.supports_datasets:
                self._store.dump(str(out), fmt)
            else:
                # a triple format: the union of all graphs
                triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self._store}
                ox.serialize(sorted(triples, key=str), str(out), fmt)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc}") from exc

    def update(self, sparql: str) -> None:
        """A SPARQL UPDATE in one transaction (only `anodekg serve --allow-update` sends one)."""
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.location}: update failed ({exc})") from exc

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError):      # RuntimeError: flushing a read-only store
            self._store.flush()
        del self._store
