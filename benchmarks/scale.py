"""What the scale benchmarks share: synthetic stores of a given size, and timing helpers.

Stores are bulk-loaded from the synthetic N-Quads (``benchmarks.synthetic``) once per size and
generator version, and kept in ``benchmarks/results/`` for later runs. The corpus size is a knob:

    ANODEKG_BENCH_PAPERS=10000 make bench      # the 10,000-paper corpus (~27M triples; about an hour)

Without it the benchmarks stop at a million triples (a few minutes). Commands are timed as a user
runs them: the ``anodekg`` script in a fresh process, start-up included. With ``ANODEKG_BENCH_CODE``
set to another checkout, those commands run that checkout's code instead (how the "before" column
of the table was measured, on the code of c000e87).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from benchmarks.synthetic import write_dataset
from ontology import ONTOLOGY_TTL

RESULTS = Path(__file__).resolve().parent / "results"
PAPERS_ENV = "ANODEKG_BENCH_PAPERS"
CODE_ENV = "ANODEKG_BENCH_CODE"
SMALL, MEDIUM = 200_000, 1_000_000           # triples: linear growth is checked between these two
ANODEKG = str(Path(sys.executable).with_name("anodekg"))


def scale_papers() -> int:
    """The large corpus asked for (papers), or 0 for none beyond the million-triple store."""
    return int(os.environ.get(PAPERS_ENV) or 0)


def _generator_key() -> str:
    """What the synthetic triples depend on: the ontology, the generator and the code that builds a paper's triples."""
    here = Path(__file__).resolve().parent
    sources = (ONTOLOGY_TTL, here / "synthetic.py", here.parent / "pipeline" / "build_rdf.py")
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:10]


def dataset(*, triples: int | None = None, papers: int | None = None) -> Path:
    """The synthetic N-Quads of that size, generated once (in two processes) and kept."""
    size = f"{papers}p" if papers else str(triples)
    path = RESULTS / f"synthetic-{size}-{_generator_key()}.nq"
    if not path.exists():
        RESULTS.mkdir(exist_ok=True)
        partial = path.with_suffix(".tmp")
        write_dataset(partial, triples or 0, jobs=2, papers=papers)
        partial.rename(path)
    return path


def store(*, triples: int | None = None, papers: int | None = None) -> tuple[Path, float]:
    """A store holding the synthetic corpus of that size, and the seconds its bulk load took (0 when an
    earlier run had loaded it). A store left incomplete by an interrupted run is loaded again."""
    data = dataset(triples=triples, papers=papers)
    folder = data.with_suffix(".store")
    done = folder / "loaded.json"
    if done.exists():
        return folder, json.loads(done.read_text())["seconds"]
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    raw = ox.Store(str(folder))
    raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    raw.optimize()
    del raw
    seconds = time.perf_counter() - started
    done.write_text(json.dumps({"seconds": seconds}))
    return folder, seconds


def disk_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def cli_env() -> dict[str, str]:
    """The environment commands run in: a user's, with bytecode written and read as an install has it
    (PYTHONDONTWRITEBYTECODE would have the package compiled again in every process)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if os.environ.get(CODE_ENV):
        env["PYTHONPATH"] = os.environ[CODE_ENV] + os.pathsep + env.get("PYTHONPATH", "")
    return env


@dataclass(frozen=True, slots=True)
class Took:
    """A process's wall time, and the CPU time it used: on a machine others share, the wall time grows
    with their load, the CPU time much less (what the process would take alone on an idle core)."""

    wall: float
    cpu: float
    output: str = ""


def timed_process(args: Sequence[str], *, timeout: float | None = None, stdin: str | None = None) -> Took | None:
    """One process, which must succeed (None when it ran past ``timeout`` and was stopped)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        done = subprocess.run(list(args), check=True, input=stdin, capture_output=True, text=True,
                              env=cli_env(), timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Took(wall, cpu, done.stdout)


def process_figure(runs: Sequence[Took | None], cap: float | None = None, p99_too: bool = False) -> str:
    """'1.2 s (cpu 0.4 s)': the p50 of wall and of CPU time over ``runs`` (and the wall p99)."""
    if any(r is None for r in runs):
        return seconds(None, cap)
    walls, cpus = [r.wall for r in runs], [r.cpu for r in runs]
    tail = f", p99 {seconds(p99(walls))}" if p99_too else ""
    return f"{seconds(p50(walls))} (cpu {seconds(p50(cpus))}{tail})"


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def p50(times: Sequence[float]) -> float:
    return statistics.median(times)


def p99(times: Sequence[float]) -> float:
    """The 99th percentile (nearest rank); with fewer than 100 runs, the slowest but one at most."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]


def seconds(value: float | None, cap: float | None = None) -> str:
    if value is None:
        return f"> {cap:.0f} s (stopped)"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
