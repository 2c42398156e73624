"""Shared fixtures. Expensive ones (an ingested store) are built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "graph_data" / "sources" / "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
SHARED = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")).resolve()
ARTIFACTS = ROOT / "test-artifacts"


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


@pytest.fixture(scope="session")
def sample_graph(sample_store_dir):
    """The NetworkX projection of the sample store."""
    from pipeline.graph_view import project
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    try:
        return project(store)
    finally:
        store.close()


@pytest.fixture(scope="session")
def sample_html(sample_store_dir, tmp_path_factory) -> Path:
    """The sample graph exported once as the offline HTML viewer."""
    from pipeline.export import export
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    try:
        return export(store, "html", tmp_path_factory.mktemp("viewer") / "anodekg.html")
    finally:
        store.close()


@pytest.fixture(scope="session")
def chromium() -> str:
    """The system's headless Chromium; skips where it is absent, never when CI=true."""
    from pipeline.viewer.browser import find_chromium
    path = find_chromium()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing and CI=true forbids skipping; .ci/setup-chromium.sh installs it")
        pytest.skip("Chromium is not installed (apt-get install -y chromium): the viewer test needs a real browser")
    return path
