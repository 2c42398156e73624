"""The graph → files for other tools: Turtle, N-Quads, JSON-LD (RDF) and GraphML (NetworkX).

The NetworkX projection lives in ``graph_view.py``; this module only chooses a writer per format.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset

from pipeline.build_rdf import PREFIXES
from pipeline.errors import InputError
from pipeline.graph_view import project
from pipeline.store.base import GraphStore


def _dump_rdf(fmt: ox.RdfFormat) -> Callable[[GraphStore, Path], None]:
    def write(store: GraphStore, out: Path) -> None:
        store.dump(out, fmt)
    return write


def _jsonld(store: GraphStore, out: Path) -> None:
    """All named graphs as JSON-LD with a @context of AnodeKG's prefixes."""
    nquads = ox.serialize(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), format=ox.RdfFormat.N_TRIPLES)
    dataset = Dataset()
    dataset.parse(data=nquads, format="nt")
    data = dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    out.write_text(data if isinstance(data, str) else data.decode("utf-8"), encoding="utf-8")


def _graphml(store: GraphStore, out: Path) -> None:
    nx.write_graphml(project(store), out)


WRITERS: dict[str, Callable[[GraphStore, Path], None]] = {
    "turtle": _dump_rdf(ox.RdfFormat.TURTLE),
    "nquads": _dump_rdf(ox.RdfFormat.N_QUADS),
    "trig": _dump_rdf(ox.RdfFormat.TRIG),
    "jsonld": _jsonld,
    "graphml": _graphml,
}


def export(store: GraphStore, fmt: str, out: Path) -> Path:
    """Write the store's graph as ``fmt`` to ``out``; InputError for an unknown format."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown export format {fmt!r}; one of: {', '.join(WRITERS)}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer(store, out)
    return out


def summary(path: Path) -> str:
    return json.dumps({"file": str(path), "bytes": path.stat().st_size})
