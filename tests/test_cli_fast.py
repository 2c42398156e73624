"""`anodekg query` run without Typer (pipeline/cli/fast.py) answers exactly as the Typer command does:
the same output, errors and exit codes for the plain arguments it reads, and Typer reads the rest."""

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app, fast

runner = CliRunner()

# argument lists the fast path reads (STORE stands for the sample store)
READ = [
    ["query", "compare-classes", "--format", "json", "--store", "STORE"],
    ["query", "best-by-property", "-p", "property=CycleNumber", "-p", "k=3", "--format", "csv", "--store", "STORE"],
    ["query", "--store=STORE", "best-by-property", "--param=property=Overpotential", "--param", "k=5", "-f", "json",
     "-n", "2", "-c", "structure,value,citations"],
    ["query", "measurements", "--json", "--limit", "4", "--store", "STORE"],
    ["query", "above-threshold", "-p", "property=CoulombicEfficiency", "-p", "min_value=99", "--store", "STORE"],
    ["query", "papers", "--format", "table", "--format", "json", "--limit", "0", "--store", "STORE"],
    ["query", "best-by-property", "-pproperty=CycleNumber", "-pk=2", "-fjson", "-n1", "-cvalue", "--store", "STORE"],
    # errors: exit codes 4 and 6, one line on stderr
    ["query", "no-such-query", "--store", "STORE"],
    ["query", "best-by-property", "-p", "property=CycleNumbr", "--store", "STORE"],
    ["query", "best-by-property", "-p", "k=1", "-p", "k=2", "--store", "STORE"],
    ["query", "best-by-property", "-p", "k", "--store", "STORE"],
    ["query", "measurements", "-c", "structure,nope", "--store", "STORE"],
    ["query", "measurements", "--store", "STORE-missing"],
]
# and those it leaves to Typer
LEFT = [
    ["query", "--help"], ["query", "measurements", "--help"], ["query", "measurements", "-h"],
    ["query"], ["query", "a", "b"], ["query", "measurements", "--"], ["query", "measurements", "--format", "JSON"],
    ["query", "measurements", "-n-1"], ["query", "measurements", "--limit", "-1"], ["query", "measurements", "-n", "x"],
    ["query", "measurements", "--lim", "3"], ["query", "measurements", "--debug"], ["query", "measurements", "--store"],
    ["--store", "x", "query", "measurements"], ["stats"], [],
    ["query", "best-by-property", "-p", "-k=3"],
]


def _args(args: list[str], store: str) -> list[str]:
    return [a.replace("STORE", store) for a in args]


@pytest.mark.parametrize("args", READ, ids=[" ".join(a[1:3]) for a in READ])
def test_cli_fast_answers_as_typer(args, sample_store_dir, capsys):
    args = _args(args, str(sample_store_dir))
    typer_result = runner.invoke(app, args)
    assert fast.parse(args) is not None
    code = fast.run(args)
    printed = capsys.readouterr()
    assert code == typer_result.exit_code
    assert printed.out.replace("\r\n", "\n") == typer_result.stdout      # the runner reads CSV line ends as "\n"
    assert printed.err == typer_result.stderr


@pytest.mark.parametrize("args", LEFT, ids=[" ".join(a) or "nothing" for a in LEFT])
def test_cli_fast_leaves_the_rest_to_typer(args):
    assert fast.parse(args) is None
    assert fast.run(args) is None


def test_cli_fast_help_still_comes_from_typer(sample_store_dir):
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "Example" in done.stdout and "--param" in done.stdout


def test_cli_fast_store_from_environment(sample_store_dir, monkeypatch, capsys):
    monkeypatch.setenv("ANODEKG_STORE", str(sample_store_dir))
    assert fast.run(["query", "papers", "--format", "json"]) == 0
    papers = json.loads(capsys.readouterr().out)
    assert [p["paper"] for p in papers] == ["10.1002/adv.201600445"]


# `anodekg ingest` the same way (PDF: the sample paper, BAD: a file that is no PDF, STORE: a new store)
INGEST_READ = [
    ["ingest", "PDF", "--json", "--store", "STORE"],
    ["ingest", "PDF", "--format", "json", "--backend", "pdfium", "--store=STORE"],
    ["ingest", "PDF", "-fjson", "-j", "2", "--force", "--replace", "--store", "STORE"],
    ["ingest", "PDF", "BAD", "--store", "STORE"],
    ["ingest", "MISSING.pdf", "--json", "--store", "STORE"],
]
INGEST_LEFT = [
    ["ingest"], ["ingest", "--help"], ["ingest", "x.pdf", "--backend", "PDFium"], ["ingest", "x.pdf", "--jobs", "0"],
    ["ingest", "x.pdf", "-j", "x"], ["ingest", "x.pdf", "--debug"], ["ingest", "x.pdf", "--timeout", "5"],
    ["ingest", "x.pdf", "--format", "csv"], ["ingest", "x.pdf", "-j"], ["ingest", "x.pdf", "--"],
    ["ingest", "x.pdf", "--force=yes"], ["--store", "x", "ingest", "x.pdf"],
]


def _ingest_args(args: list[str], pdf, bad, store) -> list[str]:
    return [a.replace("STORE", str(store)).replace("PDF", str(pdf)).replace("BAD", str(bad)) for a in args]


def _unclocked(text: str) -> str:
    """Output without the seconds each file took, which differ from run to run."""
    return re.sub(r'"seconds": [\d.]+|\b\d+\.\d+ *(?=│)', "S", text)


@pytest.mark.parametrize("args", INGEST_READ, ids=[" ".join(a[2:4]) for a in INGEST_READ])
def test_cli_fast_ingests_as_typer(args, sample_pdf, tmp_path, capsys):
    bad = tmp_path / "download.pdf"
    bad.write_text("<html>no PDF</html>")
    typer_result = runner.invoke(app, _ingest_args(args, sample_pdf, bad, tmp_path / "by-typer"))
    args = _ingest_args(args, sample_pdf, bad, tmp_path / "by-fast")
    assert fast.parse_ingest(args) is not None
    code = fast.run(args)
    printed = capsys.readouterr()
    assert code == typer_result.exit_code
    assert _unclocked(printed.out).replace("by-fast", "by-typer") == _unclocked(typer_result.stdout)
    assert _unclocked(printed.err).replace("by-fast", "by-typer") == _unclocked(typer_result.stderr)


@pytest.mark.parametrize("args", INGEST_LEFT, ids=[" ".join(a) for a in INGEST_LEFT])
def test_cli_fast_leaves_other_ingests_to_typer(args):
    assert fast.parse_ingest(args) is None
    assert fast.parse(args) is None


def test_cli_fast_ingest_backend_from_environment(monkeypatch):
    monkeypatch.setenv("ANODEKG_READER", "pdfminer")
    assert fast.parse_ingest(["ingest", "x.pdf"]).backend == "pdfminer"
    assert fast.parse_ingest(["ingest", "x.pdf", "--backend", "pdfium"]).backend == "pdfium"
    monkeypatch.setenv("ANODEKG_READER", "PDFMiner")            # Typer reads it regardless of case
    assert fast.parse_ingest(["ingest", "x.pdf"]) is None
