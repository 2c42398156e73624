"""The embedded store reads an answer lazily: only the rows asked for, under the read lock only while read."""

import os
from itertools import islice

import pyoxigraph as ox
from conftest import lock_holders

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
