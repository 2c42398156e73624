"""Shared fixtures. Expensive ones (an ingested store) are built once per session."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib.namespace import PROV

from pipeline.vocab import AKG

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "graph_data" / "sources" / "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
SHARED = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")).resolve()
ARTIFACTS = ROOT / "test-artifacts"
CLI = [sys.executable, "-m", "pipeline.cli"]
# what an ingest records about itself (when, and from where), not what it read: left out of fingerprints
INGEST_RECORDS = {f"<{PROV.generatedAtTime}>", f"<{AKG.sourcePath}>"}


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skips the test where it is absent (a user's fresh clone), never in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing, and CI=true forbids skipping")
        pytest.skip(f"{path} is not here (the shared corpus is not part of a clone)")
    return path


@pytest.fixture(scope="session")
def sample_pdf() -> Path:
    return SAMPLE_PDF


@pytest.fixture(scope="session")
def sample_document(sample_pdf):
    from pipeline.document import read_document
    return read_document(sample_pdf)


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp
    return build_nlp()


@pytest.fixture(scope="session")
def sample_store_dir(tmp_path_factory, sample_pdf) -> Path:
    """A store with the sample ingested once; tests copy it when they need to change it."""
    from pipeline import api
    from pipeline.store import open_store
    path = tmp_path_factory.mktemp("store") / "sample"
    store = open_store(str(path))
    try:
        report = api.ingest([sample_pdf], store)
        assert not report.failed, report.failed
    finally:
        store.close()
    return path


@pytest.fixture()
def sample_store(sample_store_dir):
    """The sample store, opened (read-write) for one test."""
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    yield store
    store.close()


@pytest.fixture()
def store_copy(sample_store_dir, tmp_path) -> Path:
    """A private copy of the sample store that a test may change."""
    target = tmp_path / "store"
    shutil.copytree(sample_store_dir, target)
    return target


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def cli_process(*args: str, **popen: object) -> subprocess.Popen:
    """``anodekg ARGS`` as a real process (stdout and stderr piped unless told otherwise)."""
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([*CLI, *args], cwd=ROOT, text=True, **popen)


def fingerprint(store_dir: Path, graph: str | None = None) -> tuple[int, str]:
    """A store's (or one graph's) triple count and a hash of its sorted N-Quads.

    The ingest's records of itself (prov:generatedAtTime, akg:sourcePath) are left out of the hash:
    they differ between two ingests of the same file made at another time or from another folder.
    """
    from pipeline.store import open_store
    store = open_store(str(store_dir), read_only=True)
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }} BIND(<{graph}> AS ?g)" if graph else "GRAPH ?g { ?s ?p ?o }"
    rows = store.query(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}").rows
    lines = sorted(" ".join(str(term) for term in row) for row in rows if str(row[1]) not in INGEST_RECORDS)
    return len(rows), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def paper_graph_of(store_dir: Path) -> str:
    """The IRI of the one paper graph in a store that holds a single paper."""
    from pipeline.build_rdf import ONTOLOGY_GRAPH
    from pipeline.store import open_store
    graphs = [g.value for g in open_store(str(store_dir), read_only=True).graphs() if g.value != str(ONTOLOGY_GRAPH)]
    assert len(graphs) == 1, graphs
    return graphs[0]


def rewrite_paper_graph(store_dir: Path, change) -> None:
    """Replace the one paper graph of a store with ``change(sorted triples)`` (a list of pyoxigraph Triples)."""
    import pyoxigraph as ox

    from pipeline.store import open_store
    graph = ox.NamedNode(paper_graph_of(store_dir))
    store = open_store(str(store_dir))
    triples = sorted(store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"), key=str)
    store.put_graph(graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in change(triples)])


@pytest.fixture()
def halved_store(store_copy) -> Path:
    """The sample store with its paper's graph cut to half, so the graph before and after an ingest differ."""
    rewrite_paper_graph(store_copy, lambda triples: triples[: len(triples) // 2])
    return store_copy
