"""``make fuzz``: prepare seeds from real PDFs, fuzz the reader for a bounded time, report.

    python tests/fuzz/run.py [--seconds 600]         (FUZZ_SECONDS sets the default)

Seeds are the real papers of the shared corpus (../shared/corpus/real) and the bundled sample, cut
into single-page PDFs with images, embedded font programs, ICC profiles and XMP metadata dropped and
every stream stored uncompressed, so that byte mutations reach page content, fonts and cross-reference
tables rather than compressed noise; the small damaged files of corpus/real/hard are seeds as they are.
Scratch lives in tests/fuzz/corpus/ (git-ignored). Exits 1 when the fuzzer found a crash, and names the
file to copy into tests/fuzz/regressions/.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")).resolve()
SCRATCH = HERE / "corpus"
PAGES_PER_PAPER = 3
MAX_SEED_BYTES = 128 * 1024
TIMEOUT_SECONDS = 120                 # one input running longer than this counts as a finding
FONT_PROGRAMS = ("/FontFile", "/FontFile2", "/FontFile3")


def _fonts(resources):
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        yield font
        for descendant in font.get("/DescendantFonts") or []:
            yield descendant.get_object()


def single_page(reader, index: int) -> bytes:
    """One page of a real PDF, slimmed for mutation (see the module docstring)."""
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject, StreamObject

    writer = pypdf.PdfWriter()
    page = writer.add_page(reader.pages[index])
    writer.remove_images()
    for key in ("/Annots", "/Thumb", "/PieceInfo", "/Metadata"):
        page.pop(key, None)
    resources = page.get("/Resources")
    if resources is not None:
        resources = resources.get_object()
        resources.pop("/ColorSpace", None)
        for font in _fonts(resources):
            descriptor = font.get("/FontDescriptor")
            for key in FONT_PROGRAMS if descriptor is not None else ():
                descriptor.get_object().pop(key, None)
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    for number, obj in enumerate(writer._objects):
        if not isinstance(obj, StreamObject):
            continue
        try:
            data = obj.get_data()
        except Exception:                           # a stream pypdf cannot decode stays as it is
            continue
        plain = DecodedStreamObject()
        for key, value in obj.items():
            if key not in ("/Filter", "/DecodeParms", "/Length"):
                plain[NameObject(key)] = value
        plain.set_data(b"" if "/N" in obj or obj.get("/Type") == "/Metadata" else data)
        writer._objects[number] = plain
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def prepare_seeds(target: Path) -> list[Path]:
    import pypdf

    target.mkdir(parents=True, exist_ok=True)
    papers = sorted((SHARED / "corpus" / "real").glob("*.pdf")) + sorted((ROOT / "graph_data" / "sources").glob("*.pdf"))
    seeds = []
    for paper in papers:
        reader = pypdf.PdfReader(paper)
        for index in range(min(PAGES_PER_PAPER, len(reader.pages))):
            data = single_page(reader, index)
            if len(data) <= MAX_SEED_BYTES:
                seed = target / f"{paper.stem}-p{index + 1}.pdf"
                seed.write_bytes(data)
                seeds.append(seed)
    for damaged in sorted((SHARED / "corpus" / "real" / "hard").glob("*.pdf")):
        if 0 < damaged.stat().st_size <= MAX_SEED_BYTES:
            seed = target / damaged.name
            seed.write_bytes(damaged.read_bytes())
            seeds.append(seed)
    return seeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", "600")))
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    seeds = prepare_seeds(SCRATCH / "seeds")
    if not seeds:
        print(f"fuzz: no seed PDFs found under {SHARED} or graph_data/sources", file=sys.stderr)
        return 2
    work = SCRATCH / "work"
    work.mkdir(parents=True, exist_ok=True)
    for old in SCRATCH.glob("crash-*"):
        old.unlink()
    print(f"fuzz: {len(seeds)} seeds from real PDFs; fuzzing the reader for {args.seconds} s", flush=True)
    command = [sys.executable, str(HERE / "fuzz_reader.py"), str(work), str(SCRATCH / "seeds"),
               f"-max_total_time={args.seconds}", f"-timeout={TIMEOUT_SECONDS}", f"-max_len={MAX_SEED_BYTES}",
               "-rss_limit_mb=4096", f"-artifact_prefix={SCRATCH}/", "-print_final_stats=1"]
    log = SCRATCH / "last-run.log"
    with log.open("w") as handle:
        returncode = subprocess.call(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)
    text = log.read_text(errors="replace")
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", text) or re.findall(r"Done (\d+) runs", text) \
        or re.findall(r"^#(\d+)\s", text, re.MULTILINE)
    findings = sorted(p for p in SCRATCH.iterdir() if re.match(r"(crash|timeout|oom|leak)-", p.name))
    executions = runs[-1] if runs else "unknown"
    print(f"fuzz: {executions} executions in {args.seconds} s; {len(findings)} crash(es); log: {log}")
    for finding in findings:
        print(f"fuzz: found {finding} — replay it with `python {HERE / 'fuzz_reader.py'} {finding}`, then copy it "
              f"into tests/fuzz/regressions/")
    if findings or returncode != 0:
        print("\n".join(text.splitlines()[-40:]), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
