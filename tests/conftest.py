"""Shared fixtures. Expensive ones (an ingested store) are built once per session."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
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


# ---- external SPARQL servers (started by .ci/services.sh) --------------------------------------
REMOTE_SERVERS = {"oxigraph-server": "ANODEKG_TEST_OXIGRAPH", "virtuoso": "ANODEKG_TEST_VIRTUOSO"}


def service_url(server: str) -> str:
    """The store URL of a test server that .ci/services.sh started; skips without it, never in CI."""
    env = REMOTE_SERVERS[server]
    url = os.environ.get(env, "")
    if not url:
        reason = f"${env} is not set: run the tests under `bash .ci/services.sh run make test` to reach {server}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true forbids skipping)")
        pytest.skip(reason)
    return url


@pytest.fixture(scope="module", params=sorted(REMOTE_SERVERS))
def remote_url(request) -> str:
    return service_url(request.param)


@pytest.fixture(scope="module")
def remote_pushed(remote_url, sample_store_dir) -> str:
    """The URL of a SPARQL server holding exactly the sample store's graphs (pushed once per module)."""
    from pipeline import api
    from pipeline.store import open_store
    remote = open_store(remote_url)
    local = open_store(str(sample_store_dir))
    try:
        for graph in remote.graphs():
            remote.drop_graph(graph)
        api.copy_graphs(local, remote)
    finally:
        local.close()
        remote.close()
    return remote_url


@pytest.fixture()
def remote_store(remote_pushed):
    """That server, opened for one test (which must leave its graphs as it found them)."""
    from pipeline.store import open_store
    store = open_store(remote_pushed)
    yield store
    store.close()


# ---- `anodekg serve` in this process (real uvicorn on a free loopback port) -------------------
def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(options) -> Iterator[str]:
    """Serve ``options`` with uvicorn on a thread; yields the base URL, stops the server after."""
    import threading
    import time

    import uvicorn

    from pipeline.server import create_app
    server = uvicorn.Server(uvicorn.Config(create_app(options), host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def served(sample_store_dir) -> Iterator[str]:
    """The sample store behind a read-only endpoint with default options."""
    from pipeline.server import ServeOptions
    with running_server(ServeOptions(store=str(sample_store_dir))) as url:
        yield url


# ---- batches for the parallel engines ----------------------------------------------------------
GENERATED_AT = "<http://www.w3.org/ns/prov#generatedAtTime>"


def normalised_nquads(store_dir: Path) -> list[str]:
    """A store's quads as sorted N-Quads lines, without the ingest-time triple (it differs per run)."""
    import pyoxigraph as ox

    from pipeline.store import open_store
    store = open_store(str(store_dir))
    try:
        out = store_dir.parent / f"{store_dir.name}.nq"
        store.dump(out, ox.RdfFormat.N_QUADS)
    finally:
        store.close()
    return sorted(line for line in out.read_text(encoding="utf-8").splitlines() if GENERATED_AT not in line)


@pytest.fixture(scope="session")
def batch_dir(tmp_path_factory, sample_pdf) -> Path:
    """A folder of two real papers and one bad file."""
    folder = tmp_path_factory.mktemp("batch")
    shutil.copy(sample_pdf, folder / sample_pdf.name)
    shutil.copy(shared_path("corpus", "real", "kim2015_scirep_s_swnt_pani_li_s.pdf"), folder / "kim2015.pdf")
    (folder / "download.pdf").write_bytes(b"<html><body>Redirecting</body></html>")
    return folder


@pytest.fixture(scope="session")
def batch_serial(tmp_path_factory, batch_dir) -> tuple[Path, object]:
    """The batch ingested one file after another in this process: (store folder, report)."""
    from pipeline import api
    from pipeline.store import open_store
    path = tmp_path_factory.mktemp("serial") / "store"
    store = open_store(str(path))
    try:
        report = api.ingest([batch_dir], store, jobs=1)
    finally:
        store.close()
    return path, report
