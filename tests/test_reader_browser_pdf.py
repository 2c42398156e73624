"""A PDF from another typesetter: a page printed by headless Chromium (Skia), whose fonts are TrueType
subsets that spell a ligature's one glyph as several letters ('ﬃ' → 'ffi'). pdfium places those
letters at the glyph's origin and cuts its box into equal parts; both char sources must read the words
whole. The wording is invented."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from pipeline.read_options import ReaderBackend
from pipeline.viewer.browser import FLAGS

WORDS = ["efficiency", "significantly", "office", "fluffiest", "reflowed", "affinity"]
PAGE = """<html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Body; src: url("{font}"); }}
body {{ font-family: Body; font-size: 10pt; line-height: 1.25; width: 80mm; text-align: justify; }}
p {{ margin: 0 0 5pt; }}
</style></head><body>
<p>The coated host kept a Coulombic efficiency of 99.2% and significantly less dead lithium than the bare
foil. Its affinity for lithium was high, and the fluffiest deposits reflowed in the office test cell at
1 mA cm<sup>−2</sup>.</p>
<p>A second coating of the same oxide was grown on nickel. It cut the overpotential of the cells to 20 mV
and kept it there for more than two hundred cycles of plating and stripping at the same current.</p>
</body></html>"""


def printed(chromium: str, folder: Path, html: str) -> Path:
    """``html`` printed to PDF by headless Chromium, in ``folder``."""
    page = folder / "page.html"
    page.write_text(html, encoding="utf-8")
    out = folder / "page.pdf"
    subprocess.run([chromium, *FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(folder)})
    return out


@pytest.fixture(scope="module")
def browser_pdf(chromium, tmp_path_factory) -> Path:
    import matplotlib
    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"   # it sets 'ffi' as one glyph
    return printed(chromium, tmp_path_factory.mktemp("browser"), PAGE.format(font=font.as_uri()))


@pytest.mark.parametrize("backend", [ReaderBackend.PDFIUM, ReaderBackend.PDFMINER])
def test_browser_pdf_ligatures_read_as_whole_words(browser_pdf, backend):
    from pipeline.reader.document import read_document
    text = " ".join(b.text for b in read_document(browser_pdf, backend=backend).blocks)
    assert all(word in text for word in WORDS), text
    assert "efficiency of 99.2%" in text


def test_browser_pdf_paragraphs_a_margin_apart_are_two(browser_pdf):
    """No first-line indent, paragraphs 5 pt apart at a 12.5 pt lead: two paragraphs, not one."""
    from pipeline.reader.document import read_document
    body = [b.text for b in read_document(browser_pdf).blocks if b.kind.value == "body"]
    assert len(body) == 2 and body[1].startswith("A second coating"), body


# Liberation Serif, a common system font: a browser's subset of it gives its widths with fractions, and
# leaves the digits at the font's default width (out of its widths array) beside the superscripts "¹²³"
LIBERATION_SERIF = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
DIGITS_PAGE = """<html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Body; src: url("{font}"); }}
body {{ font-family: Body; font-size: 10pt; width: 120mm; }}
</style></head><body>
<p>A coated foil ran 311 cycles in 2019 at 1.2 mA cm<sup>−2</sup> and 121 h at 11 mA cm<sup>−2</sup>, the first
host¹ of x² and y³.</p>
</body></html>"""


@pytest.fixture(scope="module")
def digits_pdf(chromium, tmp_path_factory) -> Path:
    if not LIBERATION_SERIF.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{LIBERATION_SERIF} is missing and CI=true forbids skipping; .ci/setup-chromium.sh installs it")
        pytest.skip("the Liberation fonts are not installed (apt-get install -y fonts-liberation)")
    return printed(chromium, tmp_path_factory.mktemp("digits"), DIGITS_PAGE.format(font=LIBERATION_SERIF.as_uri()))


@pytest.mark.parametrize("backend", [ReaderBackend.PDFIUM, ReaderBackend.PDFMINER])
def test_browser_pdf_digits_keep_their_width_beside_superscript_digits(digits_pdf, backend):
    """pdfium's char source takes such a font's widths from pdfminer's reading of it, found by each
    glyph's text: "1" must be the plain digit's code, not the superscript's (its compatibility form),
    or every "1" of the page is set a third of an em short and numbers fall apart ("3 1 1 cycles")."""
    from pipeline.reader.document import read_document
    text = " ".join(b.text for b in read_document(digits_pdf, backend=backend).blocks)
    assert "A coated foil ran 311 cycles in 2019 at 1.2 mA cm" in text and "121 h at 11 mA cm" in text, text
