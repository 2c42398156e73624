"""Several processes on one store: ingests serialise through the store lock, queries see whole graphs."""

import json
import os
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
import pytest
from conftest import ROOT, cli_process, fingerprint, lock_holders, paper_graph_of, shared_path, wait_for

from pipeline.errors import StoreError
from pipeline.store import open_store
from pipeline.store.lock import StoreLock, holder

WAIT = 120          # seconds a subprocess may take before the test gives up on it
LOCK_TIMEOUT_S = 1.0    # a lock that is held throughout: the wait ends in StoreError however long it is

# A reader in its own process: counts the triples of one graph, query after query, until told to stop.
READER = """
import json, os, pathlib, sys
from pipeline.store import open_store
store_dir, graph, ready, stop = sys.argv[1:5]
store = open_store(store_dir, read_only=True)
text = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % graph
seen = []
while not pathlib.Path(stop).exists():
    seen.append(int(store.query(text).rows[0][0].value))
    pathlib.Path(ready + ".tmp").write_text(str(seen[-1]))
    os.replace(ready + ".tmp", ready)          # the count it saw last, for the test to wait on
print(json.dumps(seen))
"""


def _stderr_lines(proc: subprocess.Popen) -> list[str]:
    """Collect a process's stderr in the background, line by line."""
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()
    return lines


def test_concurrency_lock_times_out_naming_the_holder(tmp_path):
    with StoreLock(tmp_path, purpose="a long ingest").hold(exclusive=True):
        waiting = StoreLock(tmp_path, timeout=LOCK_TIMEOUT_S)
        with pytest.raises(StoreError, match="a long ingest"), waiting.hold(exclusive=False):
            pass
    with StoreLock(tmp_path, timeout=LOCK_TIMEOUT_S).hold(exclusive=False):    # free again once released
        assert holder(tmp_path) == ""


def test_concurrency_readers_share_the_lock(tmp_path):
    with StoreLock(tmp_path).hold(exclusive=False), StoreLock(tmp_path, timeout=LOCK_TIMEOUT_S).hold(exclusive=False):
        pass


def test_concurrency_killed_holder_frees_the_lock(tmp_path):
    holder_code = ("import sys, time; from pathlib import Path; from pipeline.store.lock import StoreLock\n"
                   "with StoreLock(Path(sys.argv[1]), purpose='doomed').hold(exclusive=True):\n"
                   "    print('held', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", holder_code, str(tmp_path)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    with pytest.raises(StoreError, match="doomed"), StoreLock(tmp_path, timeout=LOCK_TIMEOUT_S).hold(exclusive=True):
        pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(WAIT)
    with StoreLock(tmp_path, timeout=5).hold(exclusive=True):
        pass


def test_concurrency_ingest_waits_for_the_lock_and_says_so(store_copy, sample_pdf):
    before = fingerprint(store_copy)
    with StoreLock(store_copy, purpose="the test's write").hold(exclusive=True):
        proc = cli_process("ingest", str(sample_pdf), "--force", "--store", str(store_copy))
        lines = _stderr_lines(proc)
        wait_for(lambda: any("waiting for lock" in line for line in lines), WAIT)
        # the kernel lists it as blocked on this lock: it waits, and cannot have slipped past
        wait_for(lambda: proc.pid in lock_holders(store_copy, waiting=True), WAIT, "the ingest to block")
        assert proc.poll() is None
    assert proc.wait(WAIT) == 0, "".join(lines)
    message = next(line for line in lines if "waiting for lock" in line)
    assert str(store_copy) in message and "the test's write" in message
    assert fingerprint(store_copy) == before                 # the same paper again, written whole


def test_concurrency_two_ingests_serialise(tmp_path, sample_pdf, sample_store_dir):
    other = shared_path("corpus", "real", "kim2024_ijer_ca_coating_screening.pdf")
    store_dir = tmp_path / "store"
    procs = [cli_process("ingest", str(pdf), "--store", str(store_dir), "--json") for pdf in (sample_pdf, other)]
    outputs = [proc.communicate(timeout=WAIT) for proc in procs]
    for proc, (stdout, stderr) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, stderr
        assert [f["status"] for f in json.loads(stdout)["files"]] == ["ok"]
    sample_graph = paper_graph_of(sample_store_dir)
    assert fingerprint(store_dir, sample_graph) == fingerprint(sample_store_dir, sample_graph)
    store = open_store(str(store_dir), read_only=True)
    assert len(store.graphs()) == 3                          # the ontology and two papers
    from pipeline import api
    assert api.validate_store(store).conforms


def test_concurrency_query_during_ingest_sees_old_or_new_graph(halved_store, sample_pdf, tmp_path):
    graph = paper_graph_of(halved_store)
    old = fingerprint(halved_store, graph)[0]
    ready, stop = tmp_path / "ready", tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(halved_store), graph, str(ready), str(stop)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(ready.exists, WAIT)
    ingest = cli_process("ingest", str(sample_pdf), "--force", "--store", str(halved_store))
    cli_query = cli_process("query", "papers", "--format", "json", "--store", str(halved_store))
    assert cli_query.wait(WAIT) == 0, cli_query.stderr.read()
    assert ingest.wait(WAIT) == 0, ingest.stderr.read()
    new = fingerprint(halved_store, graph)[0]
    wait_for(lambda: ready.read_text() == str(new), WAIT, "the reader to see the new graph")
    stop.touch()
    out, errors = reader.communicate(timeout=WAIT)
    assert reader.returncode == 0, errors
    seen = json.loads(out)
    assert new > old
    assert set(seen) == {old, new}                           # both states, and nothing in between
    assert seen == sorted(seen)                              # old until the write, new after it


def test_concurrency_reader_needs_no_lock_file_it_cannot_create(store_copy, tmp_path):
    # the lock file cannot be made (as on a read-only disk): a reader goes on, a writer refuses
    lock = store_copy / "anodekg.lock"
    lock.unlink()
    lock.symlink_to(tmp_path / "no" / "such" / "folder" / "anodekg.lock")
    store = open_store(str(store_copy))
    assert store.count() > 0
    with pytest.raises(StoreError, match="cannot open the store lock"):
        store.drop_graph(store.graphs()[0])


def test_concurrency_threads_share_one_store_object(halved_store):
    # as a server answers: queries in several threads on one store object while another thread writes
    graph = ox.NamedNode(paper_graph_of(halved_store))
    store = open_store(str(halved_store))
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    old, new = len(triples), len(triples) // 2
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"

    def write() -> None:
        for _ in range(5):
            store.put_graph(graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples[:new]])
            store.put_graph(graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])

    def read() -> set[int]:
        return {int(store.query(text).rows[0][0].value) for _ in range(40)}

    with ThreadPoolExecutor(5) as pool:
        writer = pool.submit(write)
        readers = [pool.submit(read) for _ in range(4)]
        writer.result(WAIT)
        seen = set().union(*(r.result(WAIT) for r in readers))
    assert seen <= {old, new}


def test_concurrency_sessions_belong_to_their_thread(store_copy):
    # a write from another thread waits for this thread's read session instead of slipping into it
    waits: list[str] = []
    store = open_store(str(store_copy), on_wait=waits.append)
    junk = ox.NamedNode("urn:written-from-a-thread")
    with store.session():
        writer = threading.Thread(target=store.put_graph, args=(junk, [ox.Quad(junk, junk, junk, junk)]))
        writer.start()
        wait_for(lambda: waits, 30)
        assert writer.is_alive() and junk not in store.graphs()
    writer.join(WAIT)
    assert junk in store.graphs() and "waiting for lock" in waits[0]
