"""Run every benchmark and print one markdown table of ratios; also write benchmarks/results/latest.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks import (
    bench_export,
    bench_ingest,
    bench_nlp,
    bench_parallel,
    bench_queries,
    bench_reader,
    bench_serve,
    bench_viewer,
)

SUITES = [bench_ingest.run, bench_reader.run, bench_nlp.run, bench_export.run, bench_parallel.run, bench_queries.run,
          bench_viewer.run, bench_serve.run]


def main() -> int:
    rows: list[dict[str, object]] = []
    for suite in SUITES:
        rows.extend(suite())
    print("| benchmark | candidate | baseline | ratio | goal |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['name']} | {r['candidate']} | {r['baseline']} | {r['ratio']} | {r.get('goal', '')} |")
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
