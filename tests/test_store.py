"""The embedded store reads an answer lazily: only the rows asked for, under the read lock only while read; a
write session may open its database beside the work of its own thread."""

import contextlib
import os
import threading
import time
from itertools import islice

import pyoxigraph as ox
import pytest
from conftest import lock_holders

from pipeline.errors import StoreError
from pipeline.store import open_store

HUGE_SELECT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"      # every pair of triples: millions of rows


def test_store_query_limit_reads_only_the_first_rows(sample_store):
    rows = sample_store.query(HUGE_SELECT, limit=5)
    assert rows.variables == ("a", "b", "c", "d", "e", "f") and len(rows) == 5


def test_store_query_limit_cuts_a_construct_too(sample_store):
    assert len(sample_store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", limit=7)) == 7


def test_store_answer_holds_the_read_lock_only_while_it_is_read(sample_store_dir):
    store = open_store(str(sample_store_dir), read_only=True)
    with store.answer(HUGE_SELECT) as answer:
        first = list(islice(answer, 3))
        assert os.getpid() in lock_holders(sample_store_dir)
    assert len(first) == 3 and all(isinstance(s["a"], ox.NamedNode | ox.BlankNode) for s in first)
    assert os.getpid() not in lock_holders(sample_store_dir)


# a graph with what N-Triples escapes, a line separator kept raw, a blank node and a double to canonicalize
TRICKY = ('<https://example.org/s> <https://example.org/p> "a \\"quoted\\" } brace\\nand a\u2028separator"@en .\n'
          '<https://example.org/s> <https://example.org/q> "2.50E1"^^<http://www.w3.org/2001/XMLSchema#double> .\n'
          '_:node <https://example.org/p> "caf\\u00E9" .\n').encode()


def _stored(store, graph):
    return sorted(str(t) for t in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
                  if not isinstance(t.subject, ox.BlankNode))


def test_store_put_graph_takes_ntriples_new_and_replaced_alike(tmp_path):
    """A paper's write hands the store N-Triples; a new graph and a replaced one hold the same triples,
    which equal those quads give."""
    store = open_store(str(tmp_path / "s"))
    graph, other = ox.NamedNode("https://example.org/g"), ox.NamedNode("https://example.org/h")
    store.put_graph(graph, TRICKY)
    first = _stored(store, graph)
    store.put_graph(graph, b'<https://example.org/x> <https://example.org/p> "old" .\n')
    store.put_graph(graph, TRICKY)                                   # the replacing path
    store.put_graph(other, [ox.Quad(t.subject, t.predicate, t.object, other)
                            for t in ox.parse(TRICKY, format=ox.RdfFormat.N_TRIPLES)])
    assert first == _stored(store, graph) == _stored(store, other)
    assert len(first) == 2 and store.count() == 6
    assert any("\u2028" in line for line in first) and any('"25"^^' in line for line in first)


def test_store_session_opened_beside_runs_its_work_first_in_the_same_session(tmp_path):
    """A write session whose database opens in a thread: the work given runs there inside the session (its
    write counted, under the same lock) and is flushed there, and the session's own thread finds that work
    done at its first use."""
    store = open_store(str(tmp_path / "s"))
    first, second = ox.NamedNode("https://example.org/first"), ox.NamedNode("https://example.org/second")
    threads = []

    def beside():
        threads.append(threading.current_thread())
        time.sleep(0.2)                          # the body below runs meanwhile, and must wait for this
        store.put_graph(first, TRICKY)
    with store.session(write=True, beside=beside):
        assert os.getpid() in lock_holders(tmp_path / "s")
        assert store.graphs() == [first]
        # and flushed there: its triples are in table files of their own (a new database has one) before
        # the session's end, not only in the write-ahead log
        assert len([p for p in (tmp_path / "s").iterdir() if p.suffix == ".sst"]) > 1
        store.put_graph(second, TRICKY)
        assert store.count() == 6
    assert threads and threads[0] is not threading.current_thread()
    assert sorted(g.value for g in store.graphs()) == [first.value, second.value] and store.count() == 6


def test_store_session_opened_beside_raises_its_failure_where_the_database_is_used_and_at_its_end(tmp_path):
    store = open_store(str(tmp_path / "s"))

    def beside():
        raise StoreError("the disk is full")
    # swallowed where first met (as an ingest does a write's failure), it is raised again at the session's end
    with (pytest.raises(StoreError, match="the disk is full"), store.session(write=True, beside=beside),
          contextlib.suppress(StoreError)):
        store.graphs()
    # and the database, open before the failure, was closed with the session: the store opens again
    assert store.graphs() == []
