"""Fuzz the reader: bytes → read_document (pdfplumber → words → layout → references).

An InputError subclass is the expected outcome for a bad file; any other exception is a crash.
Run it through ``make fuzz`` (``tests/fuzz/run.py`` prepares seeds from real PDFs and bounds the
time); ``python tests/fuzz/fuzz_reader.py CORPUS_DIR [libFuzzer flags]`` runs it directly.
Every crash it finds is saved and becomes a file in ``tests/fuzz/regressions/``, replayed by
``tests/test_fuzz_regressions.py`` through ``check_bytes``.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

# the fuzzed files are small; limits keep one execution short without changing what is parsed
FUZZ_LIMITS = {"max_pages": 30, "max_bytes": 8 * 2**20}
SCRATCH_DIR = "/dev/shm" if os.path.isdir("/dev/shm") else None


def check_bytes(data: bytes) -> str:
    """Read ``data`` as a PDF; return the outcome's name. Raises whatever the reader lets escape
    except InputError, which is the expected way to refuse a bad file."""
    from pipeline.document import read_document
    from pipeline.errors import InputError
    from pipeline.read_pdf import ReadLimits

    with tempfile.NamedTemporaryFile(suffix=".pdf", dir=SCRATCH_DIR) as handle:
        handle.write(data)
        handle.flush()
        try:
            read_document(Path(handle.name), limits=ReadLimits(**FUZZ_LIMITS))
        except InputError as exc:
            return type(exc).__name__
    return "read"


def main() -> None:
    import atheris

    logging.disable(logging.CRITICAL)           # pdfminer warns on every damaged object
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    with atheris.instrument_imports(include=["pipeline", "pdfplumber", "pdfminer"]):
        import pipeline.document  # noqa: F401
        import pipeline.read_pdf  # noqa: F401
    atheris.Setup(sys.argv, check_bytes)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
