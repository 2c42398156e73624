"""Start-up, as a user pays it: whole processes, p50 of several, each against a bare process measured in
the same run, alternating so a change in the machine's load hits both.

- ``anodekg --help`` against a bare ``python -c pass`` of the same interpreter (goal: under 0.3 s).
- a one-paper ``anodekg ingest`` into a fresh store against a process that only opens the same PDF with
  pdfplumber and touches every page's ``chars`` (goal: 1.25x; reading is most of the difference, and
  the reader issue brings a faster character source).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.bench_ingest import SAMPLE
from benchmarks.scale import ANODEKG, Took, p50, process_figure, timed_process

RUNS = 7
INGEST_RUNS = 3
BARE_CHARS = ("import sys, pdfplumber\n"
              "with pdfplumber.open(sys.argv[1]) as pdf:\n"
              "    for page in pdf.pages:\n"
              "        _ = page.chars\n"
              "        page.close()\n")


def _pairs(candidate: list[str], baseline: list[str], runs: int, fresh: bool = False
           ) -> tuple[list[Took], list[Took]]:
    ours, bare = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            args = [*candidate, "--store", str(Path(tmp) / "store")] if fresh else candidate
            ours.append(timed_process(args))
        bare.append(timed_process(baseline))
    return ours, bare


def run() -> list[dict[str, object]]:
    timed_process([ANODEKG, "--help"])                  # the first run after an install compiles bytecode
    helps, pythons = _pairs([ANODEKG, "--help"], [sys.executable, "-c", "pass"], RUNS)
    ingests, chars = _pairs([ANODEKG, "ingest", str(SAMPLE), "--json"], [sys.executable, "-c", BARE_CHARS,
                            str(SAMPLE)], INGEST_RUNS, fresh=True)
    def ratio(ours: list[Took], bare: list[Took]) -> float:
        return round(p50([t.wall for t in ours]) / p50([t.wall for t in bare]), 2)

    return [
        {"name": "anodekg --help (process) / bare python process", "candidate": process_figure(helps),
         "baseline": process_figure(pythons), "ratio": ratio(helps, pythons), "goal": "<= 0.3 s"},
        {"name": "one-paper ingest (process, fresh store) / bare pdfplumber page.chars (process)",
         "candidate": process_figure(ingests), "baseline": process_figure(chars),
         "ratio": ratio(ingests, chars), "goal": "<= 1.25"},
    ]
