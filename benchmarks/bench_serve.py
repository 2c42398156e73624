"""`anodekg serve` under load, on loopback: a burst of 200 concurrent clients, and a 3M-row answer.

- Burst: 200 clients send one query each at the same moment (the named query ``measurements`` over
  the SPARQL endpoint, on the sample store); errors (anything but 200), and the p50 and p99 of the time
  each client waited for its whole answer, queue included. Baseline, in the same run: the same 200
  queries sent by one client, one after another.
- Memory: a SELECT of every pair of triples, 3,000,000 rows in TSV with ``--max-rows 3000000``, read
  by a client that counts the rows as they come. The server's peak resident memory (VmHWM, and that of
  its query workers) against the same server idle after start-up.

Run alone: ``python -m benchmarks.bench_serve``. ``--source DIR`` serves with the AnodeKG in DIR (a
checkout of another commit), which is how the report's before/after figures were taken.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from benchmarks.bench_ingest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 200
BIG_ROWS = 3_000_000
BIG_QUERY = f"SELECT * WHERE {{ ?a ?b ?c . ?d ?e ?f }} LIMIT {BIG_ROWS}"
START_S = 120


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_store(target: Path, source: Path | None = None) -> Path:
    """The sample review ingested into ``target`` (by the AnodeKG in ``source``, when given: the processes
    start there, since ``python -m`` puts the working folder first on the module path)."""
    subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", str(SAMPLE), "--store", str(target)],
                   check=True, stdout=subprocess.DEVNULL, cwd=source or ROOT, env=_env(source))
    return target


def _env(source: Path | None) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(source)} if source else dict(os.environ)


@contextmanager
def serving(store: Path, *options: str, source: Path | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--port", str(port),
                                "--store", str(store), *options], cwd=source or ROOT, env=_env(source),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_S
        while True:
            try:
                if httpx.get(f"{base}/", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("anodekg serve did not start")
            time.sleep(0.1)
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _burst(base: str, query: str, clients: int) -> tuple[list[int], list[float], int]:
    """(status of each request, seconds each took, 503s without Retry-After), all sent at once."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=600) as client:
        async def one() -> tuple[int, float, bool]:
            start = time.perf_counter()
            try:
                response = await client.get(f"{base}/sparql", params={"query": query})
            except httpx.TransportError:
                return 0, time.perf_counter() - start, False
            return response.status_code, time.perf_counter() - start, "retry-after" in response.headers

        answers = await asyncio.gather(*(one() for _ in range(clients)))
    bare = sum(status == 503 and not retry for status, _, retry in answers)
    return [a[0] for a in answers], [a[1] for a in answers], bare


def _one_by_one(base: str, query: str, count: int) -> list[float]:
    times = []
    with httpx.Client(timeout=600) as client:
        for _ in range(count):
            start = time.perf_counter()
            client.get(f"{base}/sparql", params={"query": query}).raise_for_status()
            times.append(time.perf_counter() - start)
    return times


def _measurements_query(source: Path | None) -> str:
    return ((source or ROOT) / "queries" / "measurements.rq").read_text(encoding="utf-8")


def burst(store: Path, source: Path | None = None) -> dict[str, object]:
    query = _measurements_query(source)
    with serving(store, source=source) as (base, _):
        _one_by_one(base, query, 5)                                    # warm caches
        alone = _one_by_one(base, query, CLIENTS)
        statuses, times, bare = asyncio.run(_burst(base, query, CLIENTS))
    ok = [t for s, t in zip(statuses, times, strict=True) if s == 200]
    return {"errors": sum(s != 200 for s in statuses), "no_retry_after": bare,
            "p50_ms": statistics.median(ok) * 1000 if ok else float("nan"),
            "p99_ms": _percentile(ok, 0.99) * 1000 if ok else float("nan"),
            "alone_p50_ms": statistics.median(alone) * 1000, "alone_p99_ms": _percentile(alone, 0.99) * 1000}


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def big_answer(store: Path, source: Path | None = None) -> dict[str, object]:
    """Peak memory of the server (and of its busiest child) before and after a 3M-row answer."""
    with serving(store, "--max-rows", str(BIG_ROWS), "--timeout", "3600", source=source) as (base, process):
        idle = _peak_mb(process.pid)
        rows, size = -1, 0
        start = time.perf_counter()
        with httpx.stream("GET", f"{base}/sparql", params={"query": BIG_QUERY}, timeout=3600,
                          headers={"Accept": "text/tab-separated-values"}) as response:
            for chunk in response.iter_bytes():
                rows += chunk.count(b"\n")
                size += len(chunk)
        seconds = time.perf_counter() - start
        server = _peak_mb(process.pid)
        workers = max((_peak_mb(child) for child in _children(process.pid)), default=0.0)
    return {"rows": rows, "mb": size / 1e6, "seconds": seconds, "idle_mb": idle, "server_mb": server,
            "worker_mb": workers}


def run(source: Path | None = None) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp) / "store", source)
        load = burst(store, source)
        big = big_answer(store, source)
    return [
        {"name": f"serve: {CLIENTS} concurrent clients, `measurements` over /sparql: errors, p50, p99 "
                 f"(baseline: the same queries one at a time)",
         "candidate": f"{load['errors']} errors ({load['no_retry_after']} without Retry-After), "
                      f"p50 {load['p50_ms']:.0f} ms, p99 {load['p99_ms']:.0f} ms",
         "baseline": f"p50 {load['alone_p50_ms']:.0f} ms, p99 {load['alone_p99_ms']:.0f} ms",
         "ratio": round(load["p50_ms"] / load["alone_p50_ms"], 1),
         "goal": "0 errors (c000e87: 195 of 200 refused, no Retry-After)"},
        {"name": f"serve: peak RSS over a {big['rows']:,}-row answer ({big['mb']:.0f} MB TSV in "
                 f"{big['seconds']:.0f} s; baseline: the server idle)",
         "candidate": f"server {big['server_mb']:.0f} MB, query worker {big['worker_mb']:.0f} MB",
         "baseline": f"{big['idle_mb']:.0f} MB",
         "ratio": round(big["server_mb"] / big["idle_mb"], 2),
         "goal": "flat: < 200 MB each (c000e87: 1.9 GB for 3.3M rows)"},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="serve with the AnodeKG checked out in this folder")
    args = parser.parse_args()
    for row in run(args.source):
        print(f"| {row['name']} | {row['candidate']} | {row['baseline']} | {row['ratio']} | {row['goal']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
