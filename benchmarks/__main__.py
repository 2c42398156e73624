"""Run every benchmark and print one markdown table of ratios; also write benchmarks/results/latest.json.

Each row compares a candidate with a baseline measured in the same run. The "c000e87" column holds the
same row measured once on the code of main at c000e87 (benchmarks/before.json, made with
ANODEKG_BENCH_CODE, see benchmarks/scale.py), so today's figures stand beside the new ones.

    make bench                                   # up to a million triples: a few minutes
    ANODEKG_BENCH_PAPERS=10000 make bench        # and the 10,000-paper corpus: about an hour
    ANODEKG_BENCH_ONLY=startup,queries make bench
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from benchmarks import (
    bench_export,
    bench_ingest,
    bench_nlp,
    bench_parallel,
    bench_queries,
    bench_reader,
    bench_scale,
    bench_serve,
    bench_startup,
    bench_viewer,
)
from benchmarks.scale import load_average

SUITES = {"startup": bench_startup.run, "ingest": bench_ingest.run, "reader": bench_reader.run,
          "nlp": bench_nlp.run, "export": bench_export.run, "parallel": bench_parallel.run,
          "scale": bench_scale.run, "queries": bench_queries.run, "viewer": bench_viewer.run,
          "serve": bench_serve.run}
HERE = Path(__file__).resolve().parent
BEFORE = HERE / "before.json"


def main() -> int:
    only = [s for s in os.environ.get("ANODEKG_BENCH_ONLY", "").split(",") if s] or list(SUITES)
    rows: list[dict[str, object]] = []
    load = load_average()
    for name in only:
        rows.extend(SUITES[name]())
    before = json.loads(BEFORE.read_text(encoding="utf-8")) if BEFORE.exists() else {}
    print(f"Machine: {load} at the start, {load_average()} at the end. A process's time is its wall time "
          "(cpu: the CPU time it used, about what it takes on an idle machine).\n")
    print("| benchmark | c000e87 | candidate | baseline | ratio | goal |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['name']} | {before.get(str(r['name']), '')} | {r['candidate']} | {r['baseline']} | "
              f"{r['ratio']} | {r.get('goal', '')} |")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
