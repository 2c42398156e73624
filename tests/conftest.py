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


def _marked(text: str):
    """'A host.[7] It kept 97%.' → clean text and CitationMarkers at the places the markers stood."""
    import re

    from pipeline.records import CitationMarker
    markers, clean, last = [], [], 0
    for match in re.finditer(r"\[(\d+(?:,\s?\d+)*)\]", text):
        clean.append(text[last:match.start()])
        offset = sum(len(c) for c in clean)
        markers.append(CitationMarker(tuple(int(n) for n in match.group(1).split(",")), offset, match.group(0)))
        last = match.end()
    clean.append(text[last:])
    return "".join(clean), tuple(markers)


@pytest.fixture(scope="session")
def make_document():
    """Build a Document from made-up paragraphs: [(section path, text with [n] markers), ...].

    Pass ``kind="caption"`` in a third tuple item for a figure caption. Reviews get a long
    reference list, research papers a methods-free short one.
    """
    from pipeline.records import BBox, Block, BlockKind, Document, PaperMeta, Reference

    def build(paragraphs, *, review: bool, title: str = "") -> Document:
        blocks = []
        for order, item in enumerate(paragraphs):
            section, text = item[0], item[1]
            kind = BlockKind.CAPTION if len(item) > 2 and item[2] == "caption" else BlockKind.BODY
            clean, markers = _marked(text)
            blocks.append(Block(kind=kind, text=clean, page=1, bbox=BBox(0, 0, 100, 10), order=order,
                                section=tuple(section), citations=markers))
        refs = tuple(Reference(number=n, raw=f"ref {n}") for n in range(1, 121 if review else 31))
        return Document(doc_id="test:made-up", source="made-up.pdf", sha256="0" * 64, page_count=1,
                        meta=PaperMeta(title=title, is_review=review), blocks=tuple(blocks), references=refs)

    return build
