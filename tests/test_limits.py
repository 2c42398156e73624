"""--max-pages and --max-bytes: a file over a limit fails alone, with a clear message, and writes nothing."""

import json
import shutil

import pytest
from conftest import fingerprint, shared_path
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.errors import TooLarge
from pipeline.reader.pdf import ReadLimits
from pipeline.store import open_store

runner = CliRunner()
SAMPLE_PAGES = 11


def test_limits_defaults_suit_long_reviews():
    limits = ReadLimits()
    assert limits.max_pages >= 100 and limits.max_bytes >= 50 * 2**20


def test_limits_defaults_are_shown_in_help():
    result = runner.invoke(app, ["ingest", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert f"[default: {ReadLimits().max_pages}]" in result.output
    assert f"[default: {ReadLimits().max_bytes}]" in result.output


def test_limits_max_pages_refuses_a_longer_pdf(sample_pdf):
    with pytest.raises(TooLarge, match="--max-pages 10"):
        api.read(sample_pdf, limits=ReadLimits(max_pages=SAMPLE_PAGES - 1))


def test_limits_max_pages_accepts_a_pdf_at_the_limit(sample_pdf):
    assert api.read(sample_pdf, limits=ReadLimits(max_pages=SAMPLE_PAGES)).page_count == SAMPLE_PAGES


def test_limits_max_bytes_refuses_a_larger_real_paper():
    paper = shared_path("corpus", "real", "choi2025_natcommun_anodefree_ag_exsolution.pdf")
    size = paper.stat().st_size
    with pytest.raises(TooLarge, match=f"{size} bytes is more than --max-bytes {size - 1}"):
        api.read(paper, limits=ReadLimits(max_bytes=size - 1))


def test_limits_over_limit_file_fails_alone_and_writes_nothing(store_copy, sample_pdf, tmp_path):
    big = shared_path("corpus", "real", "song2015_nanomaterials_rgo_swnt_stn_anode.pdf")
    folder = tmp_path / "batch"
    folder.mkdir()
    for pdf in (big, sample_pdf):
        shutil.copy(pdf, folder / pdf.name)
    before = fingerprint(store_copy)
    limit = sample_pdf.stat().st_size + 1
    result = runner.invoke(app, ["ingest", str(folder), "--force", "--max-bytes", str(limit), "--json",
                                 "--store", str(store_copy)])
    assert result.exit_code == TooLarge.exit_code
    files = {f["file"]: f for f in json.loads(result.stdout)["files"]}
    assert files[sample_pdf.name]["status"] == "ok"
    assert files[big.name]["status"] == "failed" and "--max-bytes" in files[big.name]["error"]
    assert fingerprint(store_copy) == before                  # only the sample, rewritten as it was
    assert len(open_store(str(store_copy), read_only=True).graphs()) == 2


def test_limits_cli_refuses_a_zero_limit(sample_pdf, tmp_path):
    result = runner.invoke(app, ["ingest", str(sample_pdf), "--max-pages", "0", "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
