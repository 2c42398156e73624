"""Every input the fuzzer (tests/fuzz) found to crash the reader: now read, or refused with an InputError."""

import importlib.util
from pathlib import Path

import pytest

from pipeline.errors import BrokenPdf

FUZZ = Path(__file__).resolve().parent / "fuzz"
REGRESSIONS = sorted((FUZZ / "regressions").glob("*.pdf"))


def _harness():
    spec = importlib.util.spec_from_file_location("fuzz_reader", FUZZ / "fuzz_reader.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("found", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_fuzz_regression_is_refused_cleanly(found):
    # the file name says what went wrong; each of these is damaged beyond what pdfminer reads
    assert _harness().check_bytes(found.read_bytes(), "pdfminer") == BrokenPdf.__name__


# pdfium reads a page whose MediaBox is missing or not numbers as US Letter, as viewers do (pdfminer
# says the same, and pdfplumber then fails on it); the rest it refuses too
PDFIUM_READS = {"mediabox-with-a-string-malformedpdfexception", "page-without-mediabox-typeerror"}


@pytest.mark.parametrize("found", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_fuzz_regression_is_read_or_refused_cleanly_by_pdfium(found):
    outcome = _harness().check_bytes(found.read_bytes(), "pdfium")
    assert outcome == ("read" if found.stem in PDFIUM_READS else BrokenPdf.__name__)

