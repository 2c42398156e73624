"""`ingest --jobs 2` against `--jobs 1` on a batch of 20 PDFs (copies of the sample and, when the shared
corpus is beside the repo, of the real papers), each into a fresh store, in the same run, three times each."""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from pipeline import api
from pipeline.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "graph_data" / "sources" / "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
SHARED_REAL = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")) / "corpus" / "real"
BATCH = 20
PAIRS = 3


def make_batch(folder: Path, size: int = BATCH) -> list[Path]:
    sources = [SAMPLE, *sorted(SHARED_REAL.glob("*.pdf"))]
    batch = []
    for n, source in zip(range(size), itertools.cycle(sources), strict=False):
        target = folder / f"{n:02d}-{source.name}"
        shutil.copy(source, target)
        batch.append(target)
    return batch


def timed_ingest(batch: list[Path], jobs: int, store_dir: Path) -> tuple[float, int]:
    store = open_store(str(store_dir))
    try:
        start = time.perf_counter()
        report = api.ingest(batch, store, jobs=jobs, force=True)
        return time.perf_counter() - start, len(report.failed)
    finally:
        store.close()


def run(pairs: int = PAIRS) -> list[dict[str, object]]:
    """``pairs`` runs of each, taking turns (which goes first alternates), so a slow spell of a shared
    machine falls on both; the ratio is the median of each pair's own ratio."""
    serial, parallel, failed = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        batch = make_batch(Path(tmp))
        for n in range(pairs):
            for jobs in ((1, 2) if n % 2 == 0 else (2, 1)):
                took, failures = timed_ingest(batch, jobs, Path(tmp) / f"store-{n}-{jobs}")
                (serial if jobs == 1 else parallel).append(took)
                failed += failures
    note = "" if failed == 0 else f" ({failed} failed!)"
    ratio = statistics.median(p / s for p, s in zip(parallel, serial, strict=True))
    return [{"name": f"ingest {len(batch)} PDFs: --jobs 2 / --jobs 1 ({os.cpu_count()} cores, median of {pairs} "
                     f"pairs){note}",
             "candidate": f"{statistics.median(parallel):.1f} s", "baseline": f"{statistics.median(serial):.1f} s",
             "ratio": round(ratio, 2), "goal": "<= 0.55 (a speed-up >= 1.8)"}]
