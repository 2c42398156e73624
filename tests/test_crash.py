"""A killed ingest (SIGKILL, a real subprocess) leaves the store exactly as it was."""

import os
import signal
import subprocess
import sys
import time

from pipeline import api
from pipeline.store import open_store


def _count_and_rows(path):
    store = open_store(str(path))
    try:
        return store.count(), len(api.query(store, "measurements").rows), api.validate_store(store).conforms
    finally:
        store.close()


def test_crash_sigkill_midway_keeps_store_intact(store_copy, sample_pdf):
    before = _count_and_rows(store_copy)
    for delay in (0.5, 1.5, 3.0):
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", str(sample_pdf), "--force",
                                 "--store", str(store_copy)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert _count_and_rows(store_copy) == before
