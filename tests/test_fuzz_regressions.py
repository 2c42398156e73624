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
    # the file name says what went wrong; each of these is damaged beyond reading
    assert _harness().check_bytes(found.read_bytes()) == BrokenPdf.__name__

