"""The reader against pdfplumber's bare ``page.chars`` pass, and its peak memory as pages grow.

Time: seconds per page of ``read_document`` (words, layout, blocks, references, metadata) over the
sample, with each char source, against opening the same file and touching ``page.chars`` on every
page, in the same run; and the CPU time of the two char sources alone (pdfium's against pdfminer's),
the part of the reader they differ in.
Memory: peak RSS of a fresh interpreter that reads a 10-page and a 100-page PDF built at bench time
from the sample's pages (pypdfium2, into a temporary folder). Flat memory means the ratio stays
near 1: pages are closed after use, so only the document's own text grows.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from benchmarks.bench_ingest import bare_chars
from pipeline.read_options import DEFAULT_BACKEND, ReaderBackend
from pipeline.reader.document import read_document

SAMPLE = Path(__file__).resolve().parent.parent / "graph_data" / "sources" / \
    "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
# VmHWM is the high-water mark of this process's own memory; ru_maxrss would also carry the parent's
# peak across fork and exec on Linux, hiding the reader's own growth.
PEAK_RSS = (
    "import re, resource, sys\n"
    "from pipeline.reader.document import read_document\n"
    "read_document(sys.argv[1])\n"
    "try:\n"
    "    status = open('/proc/self/status').read()\n"
    "    print(int(re.search(r'VmHWM:\\s*(\\d+)', status).group(1)))\n"
    "except OSError:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def reader(path: Path, backend: ReaderBackend = DEFAULT_BACKEND) -> float:
    start = time.perf_counter()
    read_document(path, backend=backend)
    return time.perf_counter() - start


def char_source(path: Path, backend: ReaderBackend) -> float:
    """CPU seconds one char source takes to hand over every page's chars."""
    from pipeline.reader.pdf import _open
    start = time.process_time()
    source = _open(backend, path, None)
    try:
        for _ in source:
            pass
    finally:
        source.close()
    return time.process_time() - start


def repeated_pdf(source: Path, pages: int, out: Path) -> Path:
    """A PDF of ``pages`` pages, cycling through the source's pages."""
    src = pdfium.PdfDocument(str(source))
    dest = pdfium.PdfDocument.new()
    try:
        count = len(src)
        dest.import_pages(src, [k % count for k in range(pages)])
        dest.save(str(out))
    finally:
        dest.close()
        src.close()
    return out


def peak_rss_mb(path: Path) -> float:
    """Peak resident memory of a fresh interpreter that reads ``path`` (both sources count KiB on Linux)."""
    result = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], capture_output=True, text=True,
                            check=True)
    return int(result.stdout.strip().splitlines()[-1]) / 1024


def run(repeats: int = 3) -> list[dict[str, object]]:
    pages = len(pdfium.PdfDocument(str(SAMPLE)))
    for backend in ReaderBackend:
        reader(SAMPLE, backend)                      # imports and regex compilation, once
    rows = []
    for backend, goal in ((ReaderBackend.PDFMINER, "<= 1.25"), (ReaderBackend.PDFIUM, "<= 0.6")):
        pairs = [(bare_chars(SAMPLE), reader(SAMPLE, backend)) for _ in range(repeats)]   # interleaved: load drifts
        baseline = statistics.median(b for b, _ in pairs) / pages
        candidate = statistics.median(c for _, c in pairs) / pages
        rows.append({"name": f"reader per page ({backend}) / bare page.chars per page",
                     "candidate": f"{candidate * 1000:.0f} ms", "baseline": f"{baseline * 1000:.0f} ms",
                     "ratio": round(statistics.median(c / b for b, c in pairs), 2), "goal": goal})
    sources = [(char_source(SAMPLE, ReaderBackend.PDFMINER), char_source(SAMPLE, ReaderBackend.PDFIUM))
               for _ in range(repeats)]
    rows.append({"name": "char source alone, CPU: pdfium / pdfminer",
                 "candidate": f"{statistics.median(p for _, p in sources) * 1000:.0f} ms",
                 "baseline": f"{statistics.median(m for m, _ in sources) * 1000:.0f} ms",
                 "ratio": round(statistics.median(p / m for m, p in sources), 2)})
    with tempfile.TemporaryDirectory() as tmp:
        small = peak_rss_mb(repeated_pdf(SAMPLE, 10, Path(tmp) / "10.pdf"))
        large = peak_rss_mb(repeated_pdf(SAMPLE, 100, Path(tmp) / "100.pdf"))
    return [
        *rows,
        {"name": "reader peak RSS, 100 pages / 10 pages", "candidate": f"{large:.0f} MB",
         "baseline": f"{small:.0f} MB", "ratio": round(large / small, 2), "goal": "<= 1.5"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
