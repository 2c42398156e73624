"""No silent downgrade: a damaged copy of a stored paper fails, and the good graph stays (issue 15)."""

import json
import logging
import shutil

import pytest
from conftest import fingerprint, paper_graph_of
from typer.testing import CliRunner

from pipeline import __version__, api, downgrade
from pipeline.cli import app
from pipeline.downgrade import Reading, worse
from pipeline.errors import WorseCopy
from pipeline.reader.pdf import parser_warnings
from pipeline.store import open_store

runner = CliRunner()


def _ingest(store_dir, *args):
    result = runner.invoke(app, ["ingest", *map(str, args), "--json", "--store", str(store_dir)])
    return result, (json.loads(result.stdout)["files"] if result.stdout.strip() else [])


def _reading(**changes) -> Reading:
    base = {"sha256": "a" * 64, "version": __version__, "pages": 11, "sentences": 400, "figures": 53, "warnings": 0}
    return Reading(**(base | changes))


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_downgrade_damaged_copy_keeps_the_stored_graph_and_exits_3(store_copy, damaged_copy, backend):
    """Either char source sees the damage: pdfminer in its own log, pdfium (which reads what it can
    without a word) through pdfminer decoding the page's streams once more."""
    before = fingerprint(store_copy)
    result, files = _ingest(store_copy, damaged_copy, "--backend", backend)
    assert result.exit_code == WorseCopy.exit_code == 3, result.output
    [row] = files
    assert row["status"] == "failed" and row["paper"] == "10.1002/adv.201600445"
    assert "reads worse" in row["error"] and "sign(s) of damage" in row["error"] and "--replace" in row["error"]
    assert fingerprint(store_copy) == before


def test_downgrade_replace_writes_the_damaged_copy_anyway(store_copy, damaged_copy):
    graph = paper_graph_of(store_copy)
    before = fingerprint(store_copy, graph)
    result, [row] = _ingest(store_copy, damaged_copy, "--replace")
    assert result.exit_code == 0 and row["status"] == "ok" and row["read_warnings"] > 0
    assert "sign(s) of damage" in result.stderr
    assert fingerprint(store_copy, graph) != before
    stored = downgrade.stored_reading(open_store(str(store_copy), read_only=True), row["paper"])
    assert stored.warnings == row["read_warnings"] and stored.figures == row["figures"]


def test_downgrade_a_file_is_never_worse_than_itself(tmp_path, damaged_copy):
    store_dir = tmp_path / "store"
    first, [row] = _ingest(store_dir, damaged_copy)
    again, [same] = _ingest(store_dir, damaged_copy, "--force")
    assert (first.exit_code, again.exit_code) == (0, 0) and row["read_warnings"] > 0
    assert same["status"] == "ok" and same["figures"] == row["figures"]


def test_downgrade_an_intact_copy_with_other_bytes_replaces_the_stored_one(store_copy, sample_pdf, tmp_path):
    copy = tmp_path / "saved-again.pdf"
    shutil.copy(sample_pdf, copy)
    with copy.open("ab") as handle:
        handle.write(b"\n% saved again by a downloader\n")            # same paper, other bytes, reads the same
    result, [row] = _ingest(store_copy, copy)
    assert result.exit_code == 0 and row["status"] == "ok"


def test_downgrade_damaged_copy_fails_in_worker_processes_too(store_copy, damaged_copy, sample_pdf, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(damaged_copy, folder / damaged_copy.name)
    shutil.copy(sample_pdf, folder / sample_pdf.name)
    before = fingerprint(store_copy)
    store = open_store(str(store_copy))
    try:
        report = api.ingest([folder], store, jobs=2, force=True)
    finally:
        store.close()
    assert {o.status for o in report.outcomes} == {"ok", "failed"}
    assert "reads worse" in report.failed[0].error and damaged_copy.name in report.failed[0].error
    assert fingerprint(store_copy) == before                      # the good file rewrote the same graph


@pytest.mark.parametrize("changes, words", [
    ({"warnings": 3}, "3 sign(s) of damage"),
    ({"pages": 9}, "9 page(s) where the stored copy has 11"),
    ({"figures": 33}, "33 figures where the stored copy has 53"),
    ({"sentences": 300}, "300 sentences where the stored copy has 400"),
])
def test_downgrade_worse_names_each_reason(changes, words):
    [reason] = worse(_reading(sha256="b" * 64, **changes), _reading())
    assert words in reason


@pytest.mark.parametrize("changes", [
    {"figures": 52},                                   # one figure fewer is noise
    {"figures": 50, "sentences": 395},                 # within a tenth
    {"pages": 12, "figures": 60},                      # better
])
def test_downgrade_small_differences_are_not_worse(changes):
    assert worse(_reading(sha256="b" * 64, **changes), _reading()) == []


def test_downgrade_counts_of_another_version_are_not_compared():
    """Another AnodeKG version may extract fewer figures from the very same text: only damage and pages count."""
    stored = _reading(version="0.0.1")
    assert worse(_reading(sha256="b" * 64, figures=10, sentences=100), stored) == []
    assert worse(_reading(sha256="b" * 64, pages=5), stored) != []


def test_downgrade_same_bytes_are_never_worse():
    assert worse(_reading(warnings=9, pages=1, figures=0), _reading()) == []


def test_downgrade_parser_warnings_are_counted_not_printed(capfd):
    logger = logging.getLogger("pdfminer.pdftypes")
    with parser_warnings() as caught:
        logger.warning("Data-loss while decompressing corrupted data")
        logger.info("not a warning")
    logger.debug("after the block: not counted")
    assert caught == ["Data-loss while decompressing corrupted data"]
    assert "Data-loss" not in capfd.readouterr().err
