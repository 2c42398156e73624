"""A killed ingest (SIGKILL, a real subprocess) leaves the store as it was before or as it is after, never between.

The store starts with the sample paper's graph cut to half, so "before" and "after" differ. Each trial
kills an ingest at a moment drawn from a fixed seed, as a share of the ingest's measured length: most
trials anywhere in the run (start-up, reading, extraction, validation, the write), the rest while it
holds the write lock, which is too short a window to hit by chance; the first trial kills it before it
has started, so the verdict never rests on where the others land. Set CRASH_SEED to try other moments.
"""

import os
import random
import shutil
import signal
import subprocess
import time

import pytest
from conftest import cli_process, fingerprint

from pipeline.store.lock import holder

TRIALS = 20
AIM_AT_WRITE_EVERY = 3          # every third trial waits for the write lock before its delay
WAIT = 120
SEED = 15                       # fixed, so every run (on any machine) kills at the same shares of the ingest


def _ingest(store_dir, pdf):
    return cli_process("ingest", str(pdf), "--force", "--store", str(store_dir), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def _write_window(store_dir, proc) -> tuple[float, float]:
    """Run an ingest to its end, timing when it takes and leaves the write lock (seconds from start)."""
    started = time.monotonic()
    mine = f"pid {proc.pid}:"
    taken = left = None
    while proc.poll() is None:
        held = holder(store_dir).startswith(mine)
        now = time.monotonic() - started
        if held and taken is None:
            taken = now
        if not held and taken is not None and left is None:
            left = now
        time.sleep(0.001)
    assert proc.returncode == 0
    assert taken is not None, "the ingest never took the write lock"
    return taken, (left or time.monotonic() - started)


@pytest.mark.slow
def test_crash_sigkill_at_random_points_leaves_old_or_new_store(halved_store, sample_pdf, tmp_path):
    seed = int(os.environ.get("CRASH_SEED", SEED))
    rng = random.Random(seed)
    before = fingerprint(halved_store)
    reference = tmp_path / "reference"
    shutil.copytree(halved_store, reference)
    started = time.monotonic()
    taken, left = _write_window(reference, _ingest(reference, sample_pdf))
    duration = time.monotonic() - started
    after = fingerprint(reference)
    assert after != before

    outcomes = []
    for trial in range(TRIALS):
        target = tmp_path / f"trial-{trial}"
        shutil.copytree(halved_store, target)
        proc = _ingest(target, sample_pdf)
        if trial == 0:
            pass                        # killed at once: before it has read a byte
        elif trial % AIM_AT_WRITE_EVERY == AIM_AT_WRITE_EVERY - 1:
            mine = f"pid {proc.pid}:"
            while proc.poll() is None and not holder(target).startswith(mine):
                time.sleep(0.001)
            time.sleep(rng.uniform(0, left - taken))
        else:
            time.sleep(rng.uniform(0, duration))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(WAIT)
        state = fingerprint(target)
        assert state in (before, after), f"trial {trial} (CRASH_SEED={seed}) left a store that is neither"
        outcomes.append("before" if state == before else "after")
        shutil.rmtree(target)
    print(f"CRASH_SEED={seed}: ingest {duration:.1f} s, write lock held {taken:.2f}-{left:.2f} s; {outcomes}")
    assert outcomes[0] == "before"      # the kill before any work left the old store (the rest may land after)
