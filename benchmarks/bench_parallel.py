"""`ingest --jobs 2` against `--jobs 1` on a batch of 20 PDFs (copies of the sample and, when the shared
corpus is beside the repo, of the real papers), each into a fresh store, in the same run."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import time
from pathlib import Path

from pipeline import api
from pipeline.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "graph_data" / "sources" / "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
SHARED_REAL = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")) / "corpus" / "real"
BATCH = 20


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


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        batch = make_batch(Path(tmp))
        serial, failed_serial = timed_ingest(batch, 1, Path(tmp) / "serial")
        parallel, failed_parallel = timed_ingest(batch, 2, Path(tmp) / "parallel")
    note = "" if failed_serial == failed_parallel == 0 else f" ({failed_serial}/{failed_parallel} failed!)"
    return [{"name": f"ingest {len(batch)} PDFs: --jobs 2 / --jobs 1 ({os.cpu_count()} cores){note}",
             "candidate": f"{parallel:.1f} s", "baseline": f"{serial:.1f} s",
             "ratio": round(parallel / serial, 2), "goal": "<= 0.55 (a speed-up >= 1.8)"}]
