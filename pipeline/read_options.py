"""What a reading of a PDF is asked for: its char source and its guards (pages, bytes, time).

Plain values, apart from the reader's records (``records``): the CLI builds its options from these
without loading the 20-odd record classes, which cost a tenth of ``anodekg --help``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Guards against pathological files; the defaults suit journal papers and long reviews."""

    max_pages: int = 400
    max_bytes: int = 200 * 1024 * 1024


class ReaderBackend(StrEnum):
    """Where the reader's chars come from: pdfminer (through pdfplumber) or pdfium (through pypdfium2).
    Both give the same records; pdfium reads them several times faster."""

    PDFMINER = "pdfminer"
    PDFIUM = "pdfium"


# a file whose work runs past this (per file) fails and a batch goes on; a 100-page review takes ~20 s on one core
DEFAULT_TIMEOUT_S = 300.0

# pdfium reads the shared papers exactly as pdfminer does (tests/test_reader_backends.py), faster
DEFAULT_BACKEND = ReaderBackend.PDFIUM
