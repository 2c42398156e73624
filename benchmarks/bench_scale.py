"""The store at scale: `stats` and a GraphML export growing linearly, the triple count, store size on
disk, and ingest throughput into a large store with --jobs 1 and --jobs 2.

`stats` and `export` run as a user runs them (a fresh ``anodekg`` process each), on synthetic stores
of 200k and 1M triples (the second must take under 6x the first: linear, with room for start-up and
noise) and, with ANODEKG_BENCH_PAPERS, on the large corpus. Ingest throughput is measured on the
large store (else the 1M one): synthetic papers go through ingest's own engine (``parallel.run``),
each built into triples, checked against the shapes and written in its own transaction, as after
reading a PDF (reading and NLP are measured per paper in bench_ingest and bench_parallel).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from benchmarks.scale import (
    ANODEKG,
    MEDIUM,
    SMALL,
    Took,
    disk_mb,
    process_figure,
    scale_papers,
    seconds,
    store,
    timed,
    timed_process,
)
from benchmarks.synthetic import prepare_paper
from pipeline import parallel
from pipeline.build_rdf import graph_iri
from pipeline.store import open_store

CAP_S = 300.0                   # a command still running then is stopped (main at c000e87: stats at 1M)
LARGE_CAP_S = 1800.0            # the same on the large corpus
INGEST_PAPERS = 24              # papers written per --jobs setting
FIRST_NEW_PAPER = 1_000_000     # indices past any corpus, so the written papers are new ones


def _cli(store_dir: Path, *args: str, cap: float = CAP_S) -> Took | None:
    return timed_process([ANODEKG, *args, "--store", str(store_dir)], timeout=cap)


def _stats(store_dir: Path, cap: float = CAP_S) -> Took | None:
    return _cli(store_dir, "stats", "--json", cap=cap)


def _graphml(store_dir: Path, cap: float = CAP_S) -> Took | None:
    with tempfile.TemporaryDirectory() as tmp:
        return _cli(store_dir, "export", "--format", "graphml", "--out", str(Path(tmp) / "g.graphml"), cap=cap)


def ingest_throughput(store_dir: Path, jobs: int, first: int) -> tuple[float, int]:
    """(papers per second, triples written) for INGEST_PAPERS new papers; they are dropped after."""
    papers = [Path(f"synthetic-{first + k}") for k in range(INGEST_PAPERS)]
    graph_store = open_store(str(store_dir))
    written: list[int] = []
    names: list[ox.NamedNode] = []
    try:
        def ingest() -> None:
            for prepared in parallel.run(prepare_paper, papers, jobs=jobs, timeout=None):
                assert prepared.outcome.status == "ok", prepared.outcome.error
                names.append(ox.NamedNode(str(graph_iri(prepared.outcome.doc_id))))
                graph_store.put_graph(names[-1], prepared.ntriples)
                written.append(prepared.ntriples.count(b"\n"))        # one triple a line
        took = timed(ingest)
    finally:
        for name in names:              # the store stays the corpus it was for the next run
            graph_store.drop_graph(name)
        graph_store.close()
    return INGEST_PAPERS / took, sum(written)


def _row(name: str, candidate: str, baseline: str, ratio: object, goal: str = "") -> dict[str, object]:
    return {"name": name, "candidate": candidate, "baseline": baseline, "ratio": ratio, "goal": goal}


def run() -> list[dict[str, object]]:
    rows = []
    small, _ = store(triples=SMALL)
    medium, _ = store(triples=MEDIUM)
    for what, command in (("stats", _stats), ("export graphml", _graphml)):
        before, after = command(small), command(medium)
        ratio = round(after.wall / before.wall, 2) if after and before else "—"
        rows.append(_row(f"{what} (CLI), 1M vs 200k triples", process_figure([after], CAP_S),
                         process_figure([before], CAP_S), ratio, "< 10 s and ratio <= 6"))
    large, loaded_s = store(papers=scale_papers()) if scale_papers() else (medium, 0.0)
    graph_store = open_store(str(large), read_only=True)
    try:
        triples = graph_store.count()                   # counted in full once, then kept
        kept = timed(graph_store.count)
        full = timed(lambda: len(ox.Store.read_only(str(large))))
    finally:
        graph_store.close()
    label = f"{triples / 1e6:.1f}M triples" + (f", {scale_papers()} papers" if scale_papers() else "")
    nquads = Path(str(large).removesuffix(".store") + ".nq")
    rows.append(_row(f"store on disk, {label} (bulk load {loaded_s:.0f} s) / its N-Quads",
                     f"{disk_mb(large):.0f} MB", f"{nquads.stat().st_size / 2**20:.0f} MB",
                     round(disk_mb(large) / (nquads.stat().st_size / 2**20), 2)))
    rows.append(_row(f"triple count, {label}: kept in the store's metadata / counted in full",
                     seconds(kept), seconds(full), round(kept / full, 4), "<= 0.05"))
    if scale_papers():
        for what, command in (("stats", _stats), ("export graphml", _graphml)):
            rows.append(_row(f"{what} (CLI), {label}", process_figure([command(large, LARGE_CAP_S)], LARGE_CAP_S),
                             "", ""))
    rates = {jobs: ingest_throughput(large, jobs, FIRST_NEW_PAPER + 100 * jobs) for jobs in (1, 2)}
    (one, written), (two, _) = rates[1], rates[2]
    rows.append(_row(f"ingest into {label} ({written // INGEST_PAPERS} triples a paper, SHACL, one write each): "
                     f"--jobs 2 / --jobs 1 ({os.cpu_count()} cores)",
                     f"{two:.2f} papers/s", f"{one:.2f} papers/s", round(two / one, 2), ">= 1.8"))
    return rows
