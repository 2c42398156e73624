"""Write the fuzz regressions as tiny PDFs of our own (no text from any paper).

The fuzzer's crash inputs were mutated pages of real papers, which must not ship in the repo; each one
is reproduced here by the smallest hand-written PDF with the same defect, and saved in regressions/:

    python tests/fuzz/tiny_pdf.py
"""

from __future__ import annotations

from pathlib import Path

TEXT = b"BT /F1 12 Tf 72 720 Td (A line written for a regression test.) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PAGE = b"<< /Type /Page /Parent 2 0 R %s /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"

# file name (what went wrong, and which exception escaped before the fix) → (page box entry, page kids)
CASES = {
    "page-without-mediabox-typeerror": (b"", b"[3 0 R]"),
    "mediabox-with-a-string-malformedpdfexception": (b"/MediaBox [0 0 612 (792)]", b"[3 0 R]"),
    "page-kid-not-a-reference-pdfminerexception": (b"/MediaBox [0 0 612 792]", b"[1.2.3 0 R]"),
}


def tiny_pdf(box: bytes, kids: bytes) -> bytes:
    """A one-page PDF with a correct cross-reference table, whatever its objects say."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids %s /Count 1 >>" % kids,
               PAGE % box, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(TEXT), TEXT), FONT]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main() -> None:
    folder = Path(__file__).resolve().parent / "regressions"
    folder.mkdir(exist_ok=True)
    for name, (box, kids) in CASES.items():
        (folder / f"{name}.pdf").write_bytes(tiny_pdf(box, kids))


if __name__ == "__main__":
    main()
