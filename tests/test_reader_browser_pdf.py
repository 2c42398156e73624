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


# a sparse plot as a browser prints an SVG: the frame and its ticks one path, the curve another, the tick
# numbers, axis titles and legend text; beside it in the column a boxed sidebar with a shaded title bar, a
# framed table with a shaded heading row, and a schematic of labelled boxes and an arrow
PROSE = ("The tungsten-boride scaffold held a dense deposit over many cycles at a modest current, and its "
         "PXQ-7 interlayer kept the electrolyte from the fresh metal. ")
CHART = ('<figure><svg width="300" height="200"><path d="M30 20 H280 V165 H30 Z M75 165 V160 M120 165 V160" '
         'fill="none" stroke="black"/><polyline points="40,40 80,50 120,44 160,60 200,48 260,70" fill="none" '
         'stroke="red"/>' + "".join(f'<text x="{40 + i * 45}" y="178" font-size="8">{i * 100}</text>' for i in range(6))
         + "".join(f'<text x="5" y="{165 - i * 30}" font-size="8">{80 + i * 5}</text>' for i in range(5))
         + '<text x="120" y="195" font-size="9">Cycle number</text><text x="0" y="12" font-size="9">Coulombic '
         'efficiency (%)</text><text x="150" y="120" font-size="8">2 mA cm−2, 3 mAh cm−2</text></svg>'
         '<figcaption>Figure 1. Cycling of the scaffold cell.</figcaption></figure>')
SIDEBAR = ('<aside style="border:1px solid #000;padding:6px;font-size:8.5pt"><div style="background:#ccc">Box 1. '
           'Why the interlayer matters</div><p>The PXQ-7 interlayer is a thin ceramic film that the scaffold carries '
           'on its face, away from the fresh metal.</p></aside>')
TABLE = ('<table style="border:1px solid #000;font-size:8pt"><tr style="background:#ddd"><th>Host</th><th>CE (%)</th>'
         '<th>Cycles</th></tr><tr><td>Boride scaffold</td><td>98.2</td><td>300</td></tr><tr><td>Coated foil</td>'
         '<td>97.5</td><td>250</td></tr><tr><td>Bare foil</td><td>91.0</td><td>80</td></tr></table>')
SCHEME = ('<figure><svg width="300" height="120"><rect x="5" y="5" width="290" height="110" fill="none" stroke="black"/>'
          '<rect x="20" y="40" width="70" height="30" fill="none" stroke="black"/><text x="28" y="59" font-size="8">'
          'Wolfram foil</text><path d="M90 55 L140 55 M135 50 L140 55 L135 60" stroke="black" fill="none"/><rect '
          'x="140" y="40" width="80" height="30" fill="none" stroke="black"/><text x="146" y="59" font-size="8">Boride '
          'layer</text></svg><figcaption>Figure 2. Scheme of the coated anode.</figcaption></figure>')
KEY_POINTS = ('<aside style="border:1px solid #000;padding:10px;font-size:8pt;height:150px;break-inside:avoid"><svg width="20" '
              'height="20"><circle cx="10" cy="10" r="8" fill="#369"/></svg> <b>Key points</b><ul><li>A boride '
              'scaffold holds the metal.</li><li>The film keeps the electrolyte off.</li></ul></aside>')
FLOATS = {2: CHART, 4: KEY_POINTS, 5: SIDEBAR, 8: TABLE, 10: SCHEME}
SPARSE_PAGE = ('<html><head><meta charset="utf-8"><style>body { font: 10pt serif; column-count: 2 } '
               'figure { margin: 6pt 0; break-inside: avoid }</style></head><body>'
               + "".join(f"<p>Run {chr(65 + i)} came out so. {PROSE * 3}</p>{FLOATS.get(i, '')}" for i in range(12))
               + "</body></html>")


@pytest.fixture(scope="module")
def sparse_plot_pdf(chromium, tmp_path_factory) -> Path:
    return printed(chromium, tmp_path_factory.mktemp("sparse"), SPARSE_PAGE)


def test_browser_pdf_sparse_plot_labels_stay_out_of_the_body(sparse_plot_pdf):
    """A plot of two paths (too few for a cluster of graphics) still frames a curve: its ticks, axis titles
    and legend, and a schematic's box labels, are no paragraphs; the sidebars (one of a few short lines and
    an icon in a tall box, as sparse as a plot), the table and every paragraph are."""
    from pipeline.reader.document import read_document
    blocks = read_document(sparse_plot_pdf).blocks
    body = [b.text for b in blocks if b.kind.value in ("body", "abstract")]
    text = " ".join(b.text for b in blocks)
    assert not any("Cycle number" in t or "mAh cm" in t or "Wolfram foil" in t for t in body), body
    assert sum(t.startswith("Run ") for t in body) == 12, body
    not_figure = " ".join(b.text for b in blocks if b.kind.value != "other")
    assert "A boride scaffold holds the metal." in not_figure and "The film keeps the electrolyte off." in not_figure
    assert "Why the interlayer matters" in text and "a thin ceramic film that the scaffold carries" in text
    assert all(cell in text for cell in ("Boride scaffold", "98.2", "Coated foil", "97.5", "Bare foil", "91.0"))



@pytest.mark.parametrize("name, table, beside", [
    ("paper86", ["Anode | Overpotential (mV) | Lifespan (h)", "Li95Mg5 | 14 | 1500", "Li80Mg20 | 35 | 900", "Li | 52 | 210"],
     ("Introduction", "Experimental", "stripping")),
    ("review3", ["Design | CE (%) | Lifespan (h) | Ref.", "Copper nanowire mat | 97.6 | 500 | 24",
                 "Boron nitride-coated separator | 98.0 | 800 | 25"], ("Invented J.", "2119", "[17]")),
    ("paper88", ["Current density (mA cm−2) | FI-Li | Bare Li", "0.5 | 9 | 21", "1 | 13 | 34", "3 | 27 | 88", "5 | 41 | 150"],
     ("symmetric cells", "Andersen"))])
def test_browser_pdf_table_beside_the_other_column_keeps_its_own_columns(chromium, tmp_path, name, table, beside):
    """An invented paper set again as a web page in two CSS columns, a table set small level with the page's
    other column: there a heading and a paragraph's short last line in the text's larger type (paper 86), or a
    reference list whose wrapped entry leaves its short tail ("2119.") at the list's left edge, level with a row
    (review 3), or a justified reference line level with the caption's second line, which cuts that row into
    three segments (paper 88): neither is a column of the table, nor the caption's next line a row of it: its
    rows are its own cells alone, under the whole caption."""
    import importlib

    from retypeset import chromium_pdf, read_latex

    from pipeline.reader.document import read_document
    paper = read_latex(importlib.import_module(f"invented.{name}").tex())
    blocks = read_document(chromium_pdf(paper, tmp_path / f"{name}.pdf", chromium)).blocks
    tables = [b.text for b in blocks if b.kind.value == "table"]
    assert tables == ["\n".join(table)], tables
    assert not any(word in tables[0] for word in beside)
    captions = [b.text for b in blocks if b.kind.value == "caption" and b.text.startswith("Table 1")]
    assert len(captions) == 1 and captions[0].endswith("."), captions


def test_browser_pdf_raised_citation_a_stretched_space_after_its_word(chromium, tmp_path):
    """Invented paper 44 set again as a web page, its citations raised a space after their words ("plating ¹⁻⁴."):
    in a justified line the space before the marker stretches with the line's others, wider than a word space
    of a loose line; the marker is still the word's citation, not a line of its own."""
    import importlib

    from retypeset import chromium_pdf, read_latex

    from pipeline.reader.document import read_document
    paper = read_latex(importlib.import_module("invented.paper44").tex())
    blocks = read_document(chromium_pdf(paper, tmp_path / "paper44.pdf", chromium)).blocks
    assert not any(b.text.strip() == "1–4" for b in blocks), [b.text for b in blocks[:6]]
    cited = [c.numbers for b in blocks if "the stress of plating" in b.text for c in b.citations]
    assert (1, 2, 3, 4) in [tuple(n) for n in cited], cited


def test_browser_pdf_table_ref_cells_beside_a_reference_list_stay_the_table_s(chromium, tmp_path):
    """Invented review 24 set again as a web page: its table stands in the first column, its last column the
    works cited ("[9]"), level with the reference list in the second ("(9) J. …", "18, 4307–4315."). A bracketed
    marker hangs on the word after it only where that word is the next on its line, a word space (or the line's
    stretched space) away: the cells are the table's Ref. column, and no entry of the list starts with one. Under
    the table's bottom rule its notes, each opened by a mark raised a space before it ("ᵃ At 2 mA cm−2."), are no
    line of its last row, and each mark opens its note."""
    import importlib

    from retypeset import chromium_pdf, read_latex

    from pipeline.reader.document import read_document
    paper = read_latex(importlib.import_module("invented.review24").tex())
    blocks = read_document(chromium_pdf(paper, tmp_path / "review24.pdf", chromium)).blocks
    tables = [b.text for b in blocks if b.kind.value == "table"]
    assert len(tables) == 1 and tables[0].splitlines()[0].endswith("| Ref."), tables
    assert [row.rsplit(" | ", 1)[-1] for row in tables[0].splitlines()[1:]] == [f"[{n}]" for n in range(6, 14)], tables
    assert not any(b.text.startswith("[") for b in blocks if b.kind.value == "references"), \
        [b.text for b in blocks if b.kind.value == "references"]
    assert tables[0].splitlines()[-1] == "Polymer–LiF hybrid film | 98.4⁽b⁾ | 420 | [13]", tables
    assert any(b.text == "a At 2 mA cm−2. b At 3 mAh cm−2." for b in blocks), [b.text for b in blocks]


def test_browser_pdf_cell_wrapped_after_its_sign_is_one_row(chromium, tmp_path):
    """Invented paper 91 set again as a web page, its table in a narrow column: each mean ± spread wraps after
    its sign ("99.71 ±" over "0.03") and a name after its hyphen ("LC-" over "100"). A line whose cells are
    each the next line of a cell broken after a sign is that row's, not a row of its own (whose blank name
    would be read as the row above's); the hyphen before a number is kept, splitting no word."""
    import importlib

    from retypeset import chromium_pdf, read_latex

    from pipeline.reader.document import read_document
    paper = read_latex(importlib.import_module("invented.paper91").tex())
    blocks = read_document(chromium_pdf(paper, tmp_path / "paper91.pdf", chromium)).blocks
    tables = [b.text for b in blocks if b.kind.value == "table"]
    assert len(tables) == 1, tables
    assert tables[0].splitlines()[1:] == ["LC-20 | 146 ± 2 | 71.3 ± 1.5 | 99.71 ± 0.03",
                                          "LC-50 | 148 ± 2 | 86.4 ± 1.2 | 99.86 ± 0.02",
                                          "LC-100 | 149 ± 1 | 87.0 ± 0.9 | 99.88 ± 0.02",
                                          "Li foil | 145 ± 3 | 58.9 ± 2.4 | 99.52 ± 0.05"], tables
