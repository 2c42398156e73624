"""Fuzz the reader: bytes → read_document (its char source → words → layout → references).

An InputError subclass is the expected outcome for a bad file; any other exception is a crash.
Run it through ``make fuzz`` (``tests/fuzz/run.py`` prepares seeds from real PDFs and bounds the
time); ``python tests/fuzz/fuzz_reader.py CORPUS_DIR [libFuzzer flags]`` runs it directly.
Every crash it finds is saved and becomes a file in ``tests/fuzz/regressions/``, replayed by
``tests/test_fuzz_regressions.py`` through ``check_bytes``.
"""

from __future__ import annotations

import logging
import os
import random
import re
import sys
import tempfile
from pathlib import Path

# the fuzzed files are small; limits keep one execution short without changing what is parsed
FUZZ_LIMITS = {"max_pages": 30, "max_bytes": 8 * 2**20}
SCRATCH_DIR = "/dev/shm" if os.path.isdir("/dev/shm") else None


def check_bytes(data: bytes, backend: str | None = None) -> str:
    """Read ``data`` as a PDF (with the default char source, or ``backend``); return the outcome's
    name. Raises whatever the reader lets escape except InputError, which is the expected way to
    refuse a bad file."""
    from pipeline.errors import InputError
    from pipeline.read_options import DEFAULT_BACKEND, ReaderBackend
    from pipeline.reader.document import read_document
    from pipeline.reader.pdf import ReadLimits

    with tempfile.NamedTemporaryFile(suffix=".pdf", dir=SCRATCH_DIR) as handle:
        handle.write(data)
        handle.flush()
        try:
            read_document(Path(handle.name), limits=ReadLimits(**FUZZ_LIMITS),
                          backend=ReaderBackend(backend or DEFAULT_BACKEND))
        except InputError as exc:
            return type(exc).__name__
    return "read"


# PDF-aware mutations, mixed with libFuzzer's byte-level ones: odd numbers where numbers were, other
# stream filters, structural tokens inserted, spans deleted, duplicated or cut off
ODD_NUMBERS = [b"0", b"-1", b"99999999999999999999", b"1e308", b"-0", b"3.4e38", b"NaN", b"2147483648", b".",
               b"-", b"1.2.3"]
FILTERS = [b"/FlateDecode", b"/LZWDecode", b"/ASCII85Decode", b"/ASCIIHexDecode", b"/RunLengthDecode",
           b"/CCITTFaxDecode", b"/DCTDecode", b"/JBIG2Decode", b"/Crypt", b"[/FlateDecode /LZWDecode]"]
TOKENS = [b"<<", b">>", b"[", b"]", b"(", b")", b"<", b">", b"/", b"R", b"obj", b"endobj", b"stream", b"endstream",
          b"xref", b"trailer", b"startxref", b"%%EOF", b"BT", b"ET", b"Tf", b"Tj", b"TJ", b"Tm", b"Td", b"TD", b"cm",
          b"q", b"Q", b"Do", b"Tz", b"Ts", b"/Widths", b"/FirstChar", b"/Encoding", b"/Differences", b"/ToUnicode",
          b"/Type3", b"/FontMatrix", b"/CIDToGIDMap", b"/W", b"/DW", b"/Kids", b"/Count", b"/Parent", b"/MediaBox",
          b"/CropBox", b"/Rotate", b"/Resources", b"/Contents", b"/Font", b"/Subtype", b"/Type0",
          b"/DescendantFonts", b"/DecodeParms", b"/Predictor", b"/Columns", b"/Length", b"/Filter", b"\\", b"\x00"]
NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
FILTER_NAME = re.compile(rb"/(?:FlateDecode|LZWDecode|ASCII85Decode|ASCIIHexDecode|RunLengthDecode)")


def mutate_pdf(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            break
        at = rng.randrange(len(out))
        choice = rng.randrange(6)
        if choice == 0:
            window = bytes(out[max(0, at - 2000):at + 2000])
            numbers = list(NUMBER.finditer(window))
            if numbers:
                found = rng.choice(numbers)
                start = max(0, at - 2000)
                out[start + found.start():start + found.end()] = rng.choice(ODD_NUMBERS)
        elif choice == 1:
            out[at:at] = rng.choice(TOKENS) + b" "
        elif choice == 2:
            del out[at:at + rng.randint(1, 200)]
        elif choice == 3:
            names = list(FILTER_NAME.finditer(out))
            if names:
                found = rng.choice(names)
                out[found.start():found.end()] = rng.choice(FILTERS)
        elif choice == 4:
            del out[at:]
        else:
            source = rng.randrange(len(out))
            out[at:at] = out[source:source + rng.randint(1, 300)]
    return bytes(out)


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    import atheris

    rng = random.Random(seed)
    if rng.random() < 0.5:
        return mutate_pdf(data, rng)[:max_size]
    return atheris.Mutate(data, max_size)


def main() -> None:
    import atheris

    logging.disable(logging.CRITICAL)           # pdfminer warns on every damaged object
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    with atheris.instrument_imports(include=["pipeline", "pdfplumber", "pdfminer"]):
        import pipeline.reader.document  # noqa: F401
        import pipeline.reader.pdf  # noqa: F401
    atheris.Setup(sys.argv, check_bytes, custom_mutator=custom_mutator)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
