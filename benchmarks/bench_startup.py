"""Start-up, as a user pays it: whole processes, p50 of several, each against a bare process measured in
the same run, alternating so a change in the machine's load hits both.

- ``anodekg --help`` against a bare ``python -c pass`` of the same interpreter (goal: under 0.3 s).
- a one-paper ``anodekg ingest`` into a fresh store against a process that only opens the same PDF with
  pdfplumber and touches every page's ``chars``, once with each char source: ``--backend pdfminer``
  (goal: 1.25x) and pdfium, the default (goal: 0.6x). The three processes take turns.
- a named query through the CLI on a small store (the sample review, what a new user has) against a bare
  pyoxigraph process asking the engine the same (goal: at most 2x; start-up is nearly all of it).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.bench_ingest import SAMPLE
from benchmarks.bench_queries import BARE, engine_work
from benchmarks.scale import ANODEKG, Took, p50, process_figure, timed_process
from pipeline.store import open_store

RUNS = 7
INGEST_RUNS = 7             # the ingest rows vary most run to run (the fork, two processes on two cores)
SMALL_QUERIES = [("compare-classes", {}), ("best-by-property", {"property": "CycleNumber", "k": "10"})]
BARE_CHARS = ("import sys, pdfplumber\n"
              "with pdfplumber.open(sys.argv[1]) as pdf:\n"
              "    for page in pdf.pages:\n"
              "        _ = page.chars\n"
              "        page.close()\n")


def _pairs(candidate: list[str], baseline: list[str], runs: int, fresh: bool = False, stdin: str | None = None
           ) -> tuple[list[Took], list[Took]]:
    ours, bare = _turns([candidate], baseline, runs, fresh, stdin)
    return ours[0], bare


def _turns(candidates: list[list[str]], baseline: list[str], runs: int, fresh: bool = False,
           stdin: str | None = None) -> tuple[list[list[Took]], list[Took]]:
    """Each candidate and the baseline, one after the other, ``runs`` times."""
    ours: list[list[Took]] = [[] for _ in candidates]
    bare = []
    for _ in range(runs):
        for taken, candidate in zip(ours, candidates, strict=True):
            with tempfile.TemporaryDirectory() as tmp:
                args = [*candidate, "--store", str(Path(tmp) / "store")] if fresh else candidate
                taken.append(timed_process(args))
        bare.append(timed_process(baseline, stdin=stdin))
    return ours, bare


def run() -> list[dict[str, object]]:
    timed_process([ANODEKG, "--help"])                  # the first run after an install compiles bytecode
    helps, pythons = _pairs([ANODEKG, "--help"], [sys.executable, "-c", "pass"], RUNS)
    ingest = [ANODEKG, "ingest", str(SAMPLE), "--json", "--backend"]
    (miner, pdfium), chars = _turns([[*ingest, "pdfminer"], [*ingest, "pdfium"]],
                                    [sys.executable, "-c", BARE_CHARS, str(SAMPLE)], INGEST_RUNS, fresh=True)
    def ratio(ours: list[Took], bare: list[Took]) -> float:
        return round(p50([t.wall for t in ours]) / p50([t.wall for t in bare]), 2)

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "sample"
        timed_process([ANODEKG, "ingest", str(SAMPLE), "--store", str(small)])
        with open_store(str(small), read_only=True) as sample:
            work = {name: engine_work(sample, name, params) for name, params in SMALL_QUERIES}
        queries = [(name, params, *_pairs(_cli_query(name, params, small), [sys.executable, "-c", BARE, str(small)],
                                          RUNS, stdin=work[name]))
                   for name, params in SMALL_QUERIES]
    rows = [{"name": f"query {name} on the sample store: CLI process / bare pyoxigraph process",
             "candidate": process_figure(ours), "baseline": process_figure(bare), "ratio": ratio(ours, bare),
             "goal": "<= 2"} for name, params, ours, bare in queries]
    return [
        {"name": "anodekg --help (process) / bare python process", "candidate": process_figure(helps),
         "baseline": process_figure(pythons), "ratio": ratio(helps, pythons), "goal": "<= 0.3 s"},
        {"name": "one-paper ingest (process, fresh store) / bare pdfplumber page.chars (process)",
         "candidate": process_figure(miner) + " with --backend pdfminer", "baseline": process_figure(chars),
         "ratio": ratio(miner, chars), "goal": "<= 1.25"},
        {"name": "one-paper ingest with pdfium, the default (process, fresh store) / bare pdfplumber page.chars "
                 "(process)", "candidate": process_figure(pdfium), "baseline": process_figure(chars),
         "ratio": ratio(pdfium, chars), "goal": "<= 0.6"},
        *rows,
    ]


def _cli_query(name: str, params: dict[str, str], store: Path) -> list[str]:
    return [ANODEKG, "query", name, *(f"-p{k}={v}" for k, v in params.items()), "--format", "json", "--store", str(store)]
