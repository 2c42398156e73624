"""Export and chart times on the sample, against Oxigraph's own N-Quads dump of the same store.

The projection (``graph_view.project``) feeds GraphML, GEXF, Cytoscape and the HTML viewer, so its
cost is measured alone too; a chart is one named query plus matplotlib.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_ingest import SAMPLE
from pipeline import api, plots
from pipeline.export import export
from pipeline.graph_view import project
from pipeline.store import open_store
from pipeline.store.base import GraphStore

GOALS = {"project": "<= 3", "html": "<= 4", "graphml": "<= 6", "jsonld": "<= 20", "plot class-counts": "<= 40"}


def _median(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _cases(store: GraphStore, out: Path) -> dict[str, Callable[[], object]]:
    return {
        "project": lambda: project(store),
        "html": lambda: export(store, "html", out / "g.html"),
        "graphml": lambda: export(store, "graphml", out / "g.graphml"),
        "jsonld": lambda: export(store, "jsonld", out / "g.jsonld"),
        "plot class-counts": lambda: plots.plot(store, "class-counts", out / "c.png"),
    }


def run(repeats: int = 5) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        store = open_store(str(out / "store"))
        try:
            api.ingest([SAMPLE], store)
            baseline = _median(lambda: export(store, "nquads", out / "g.nq"), repeats)
            for name, action in _cases(store, out).items():
                action()                                   # warm caches (ontology, fonts) once
                took = _median(action, repeats)
                rows.append({"name": f"{name} / nquads dump", "candidate": f"{took * 1000:.0f} ms",
                             "baseline": f"{baseline * 1000:.0f} ms", "ratio": round(took / baseline, 2),
                             "goal": GOALS[name]})
        finally:
            store.close()
    return rows
