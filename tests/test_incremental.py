"""Ingesting papers one at a time, in any order, builds the same graph as one batch; a new paper
touches only its own named graph, and dropping it removes only what it said."""

import random
import shutil

import pyoxigraph as ox
import pytest
from conftest import build_store, normalised_nquads

from pipeline import __version__, api
from pipeline.build_rdf import graph_iri
from pipeline.store import open_store
from pipeline.vocab import AKG

FIRST = 5                                       # papers in the starting store of the touch/drop tests


@pytest.fixture(scope="module")
def first_papers_dir(tmp_path_factory, invented_papers):
    return build_store(tmp_path_factory.mktemp("incremental") / "store", invented_papers[:FIRST])


def graph_contents(store) -> dict[str, list[str]]:
    """Each named graph's quads, sorted, keyed by graph name."""
    found: dict[str, list[str]] = {}
    for quad in store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows:
        found.setdefault(quad[0].value, []).append(" ".join(str(t) for t in quad[1:]))
    return {g: sorted(q) for g, q in found.items()}


def test_incremental_one_by_one_in_any_order_equals_one_batch(invented_papers, tmp_path):
    batch = open_store(str(tmp_path / "batch"))
    single = open_store(str(tmp_path / "single"))
    try:
        assert not api.ingest(invented_papers, batch).failed
        shuffled = list(invented_papers)
        random.Random(7).shuffle(shuffled)
        assert shuffled != invented_papers
        for paper in shuffled:
            assert not api.ingest([paper], single).failed
        assert normalised_nquads(batch, tmp_path / "a.nq") == normalised_nquads(single, tmp_path / "b.nq")
        stats = api.stats(single)
        assert stats["papers"] == len(invented_papers)
        assert stats["works"] < stats["references"] + stats["papers"]    # works did merge across papers
    finally:
        batch.close()
        single.close()


def test_incremental_new_paper_touches_only_its_own_graph(first_papers_dir, invented_papers, tmp_path):
    shutil.copytree(first_papers_dir, tmp_path / "store")
    store = open_store(str(tmp_path / "store"))
    try:
        before = graph_contents(store)
        report = api.ingest([invented_papers[FIRST]], store)
        after = graph_contents(store)
        new_graph = str(graph_iri(report.outcomes[0].doc_id))
        assert set(after) == set(before) | {new_graph}
        assert all(after[g] == quads for g, quads in before.items())
        cited = api.query(store, "work-citations", {"match": f"akg.test.{FIRST - 1}"}).rows
        assert [r["papers"] for r in cited] == [[report.outcomes[0].doc_id]]   # the union merged them
    finally:
        store.close()


def test_incremental_dropping_a_paper_removes_only_its_statements(first_papers_dir, invented_papers, tmp_path):
    shutil.copytree(first_papers_dir, tmp_path / "store")
    store = open_store(str(tmp_path / "store"))
    try:
        before = normalised_nquads(store, tmp_path / "before.nq")
        works = api.stats(store)["works"]
        report = api.ingest([invented_papers[FIRST]], store)
        store.drop_graph(ox.NamedNode(str(graph_iri(report.outcomes[0].doc_id))))
        assert normalised_nquads(store, tmp_path / "after.nq") == before
        assert api.stats(store)["works"] == works
    finally:
        store.close()


def test_a_paper_built_by_another_version_is_ingested_again(invented_papers, tmp_path):
    store = open_store(str(tmp_path / "store"))
    paper = invented_papers[0]
    try:
        first = api.ingest([paper], store).outcomes[0]
        assert first.status == "ok"
        assert api.ingest([paper], store).outcomes[0].status == "skipped"
        version = f"<{AKG.pipelineVersion}>"
        store.update(f'DELETE {{ GRAPH ?g {{ ?p {version} ?v }} }} INSERT {{ GRAPH ?g {{ ?p {version} "0.0.1" }} }} '
                     f'WHERE {{ GRAPH ?g {{ ?p {version} ?v }} }}')
        again = api.ingest([paper], store).outcomes[0]
        assert again.status == "ok" and again.doc_id == first.doc_id
        found = store.query(f"SELECT ?v WHERE {{ GRAPH ?g {{ ?p {version} ?v }} }}").rows
        assert [row[0].value for row in found] == [__version__]
    finally:
        store.close()
