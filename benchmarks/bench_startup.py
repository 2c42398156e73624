"""Start-up, as a user pays it: whole processes, p50 of several, each against a bare process measured in
the same run, alternating so a change in the machine's load hits both.

- ``anodekg --help`` against a bare ``python -c pass`` of the same interpreter (goal: under 0.3 s).
- a one-paper ``anodekg ingest`` into a fresh store against a process that only opens the same PDF with
  pdfplumber and touches every page's ``chars``, once with each char source: ``--backend pdfminer``
  (goal: 1.25x) and pdfium, the default (goal: 0.6x). The three processes take turns.
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
    ours, bare = _turns([candidate], baseline, runs, fresh)
    return ours[0], bare


def _turns(candidates: list[list[str]], baseline: list[str], runs: int, fresh: bool = False
           ) -> tuple[list[list[Took]], list[Took]]:
    """Each candidate and the baseline, one after the other, ``runs`` times."""
    ours: list[list[Took]] = [[] for _ in candidates]
    bare = []
    for _ in range(runs):
        for taken, candidate in zip(ours, candidates, strict=True):
            with tempfile.TemporaryDirectory() as tmp:
                args = [*candidate, "--store", str(Path(tmp) / "store")] if fresh else candidate
                taken.append(timed_process(args))
        bare.append(timed_process(baseline))
    return ours, bare


def run() -> list[dict[str, object]]:
    timed_process([ANODEKG, "--help"])                  # the first run after an install compiles bytecode
    helps, pythons = _pairs([ANODEKG, "--help"], [sys.executable, "-c", "pass"], RUNS)
    ingest = [ANODEKG, "ingest", str(SAMPLE), "--json", "--backend"]
    (miner, pdfium), chars = _turns([[*ingest, "pdfminer"], [*ingest, "pdfium"]],
                                    [sys.executable, "-c", BARE_CHARS, str(SAMPLE)], INGEST_RUNS, fresh=True)
    def ratio(ours: list[Took], bare: list[Took]) -> float:
        return round(p50([t.wall for t in ours]) / p50([t.wall for t in bare]), 2)

    return [
        {"name": "anodekg --help (process) / bare python process", "candidate": process_figure(helps),
         "baseline": process_figure(pythons), "ratio": ratio(helps, pythons), "goal": "<= 0.3 s"},
        {"name": "one-paper ingest (process, fresh store) / bare pdfplumber page.chars (process)",
         "candidate": process_figure(miner) + " with --backend pdfminer", "baseline": process_figure(chars),
         "ratio": ratio(miner, chars), "goal": "<= 1.25"},
        {"name": "one-paper ingest with pdfium, the default (process, fresh store) / bare pdfplumber page.chars "
                 "(process)", "candidate": process_figure(pdfium), "baseline": process_figure(chars),
         "ratio": ratio(pdfium, chars), "goal": "<= 0.6"},
    ]
