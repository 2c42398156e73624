"""Typeset tables are read as one TABLE block, a row a line, cells apart by " | ", the heading first; the
text around them reads as before. All tables and text here are invented."""

import os
import shutil
import subprocess

import pytest

from pipeline import api
from pipeline.ontology import local_name
from pipeline.reader.document import read_document
from pipeline.reader.layout import page_lines
from pipeline.reader.tables import rows
from pipeline.records import BlockKind, PageWords, Word

SIZE = 9.0


def words_at(cells: list[str], xs: list[float], top: float, size: float = SIZE) -> list[Word]:
    """One row: each cell's words set from its x (half-em glyphs, quarter-em spaces)."""
    out = []
    for text, x in zip(cells, xs, strict=False):
        for token in text.split():
            width = len(token) * size * 0.5
            out.append(Word(token, x, x + width, top, top + size, size, "Times-Roman"))
            x += width + size * 0.25
    return out


PROSE = ["Porous scaffolds spread the current over a wide area and so slow the growth of",
         "needles on the anode; the hosts below were all cycled in carbonate electrolytes",
         "with a fluorinated additive, which keeps the comparison between them fair enough."]
TABLE = [["Scaffold", "Rate (mA cm−2)", "CE (%)", "Cycles", "Ref."],
         ["Woven copper mesh", "1", "98.6", "240", "21"],
         ["Etched nickel sheet", "0.5", "97.9", "410", "22"],
         ["Boron nitride felt", "2", "99.0", "180", "23"]]
XS = [60.0, 200.0, 300.0, 360.0, 420.0]


def table_page(caption: str = "Table 2. Invented scaffolds compared.", table: list[list[str]] = TABLE,
               xs: list[float] = XS, right: list[str] | None = None) -> PageWords:
    """Prose, a caption, a table and prose again down one page; ``right``: a column of prose beside it."""
    words, top = [], 60.0
    for line in PROSE:
        words += words_at([line], [60.0], top)
        top += 11
    if caption:
        words += words_at([caption], [60.0], top + 8)
        top += 8 + 14
    first = top
    for row in table:
        words += words_at(row, xs, top)
        top += 12
    for line in PROSE:
        words += words_at([line], [60.0], top + 10)
        top += 11
    for k, line in enumerate(right or []):
        words += words_at([line], [470.0], first - 12 + k * 11)
    return PageWords(1, 612, 792, tuple(words))


def table_lines(page: PageWords) -> list:
    return [ln for ln in page_lines(page) if ln.kind == BlockKind.TABLE]


def test_table_region_becomes_one_line_of_rows_and_cells():
    lines = page_lines(table_page())
    tables = [ln for ln in lines if ln.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert rows(tables[0].text) == TABLE
    text = [ln.text for ln in lines if ln.kind is None]
    assert text[3] == "Table 2. Invented scaffolds compared."          # the caption stays in the running text
    assert text[:3] == PROSE and text[4:] == PROSE
    kinds = [ln.kind for ln in lines if ln.kind in (None, BlockKind.TABLE)]
    assert kinds.index(BlockKind.TABLE) == 4                               # read after its caption


def test_a_paragraph_broken_by_a_table_reads_on_as_one():
    from pipeline.reader.document import finish_document
    from pipeline.reader.lines import PdfLines
    from pipeline.reader.pdf import PdfInfo

    words = words_at([PROSE[0]], [60.0], 60) + words_at(["with a fluorinated additive, which keeps the"], [60.0], 71)
    for k, row in enumerate(TABLE):
        words += words_at(row, XS, 92 + 12 * k)
    words += words_at(["Table 2. Invented scaffolds compared."], [60.0], 148)
    words += words_at(["comparison between them fair to all of them."], [60.0], 192)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    blocks = finish_document(PdfLines("x.pdf", "0" * 64, PdfInfo(1, {}), tuple(lines), ())).blocks
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.TABLE, BlockKind.CAPTION], blocks
    assert blocks[0].text == f"{PROSE[0]} with a fluorinated additive, which keeps the comparison between them " \
        "fair to all of them."
    assert rows(blocks[1].text) == TABLE


def test_prose_beside_a_table_stays_running_text():
    right = ["A column of running text set", "stands level with the table", "on this page and is no part",
             "of it at all, for it reads", "on down the page as it always", "did before a table stood here."]
    lines = page_lines(table_page(xs=[60.0, 170.0, 250.0, 300.0, 350.0], right=right))
    tables = [ln for ln in lines if ln.kind == BlockKind.TABLE]
    assert len(tables) == 1 and rows(tables[0].text) == TABLE
    assert " ".join(ln.text for ln in lines if ln.kind is None and ln.x0 >= 470) == " ".join(right)


@pytest.mark.parametrize("caption, table", [
    ("", TABLE),                                                          # no caption: a grid is not enough
    ("Table 2. Invented words.", [["Scaffold", "Made of", "Shape"], ["Woven", "copper", "mesh"],
                                  ["Etched", "nickel", "sheet"], ["Spun", "boron", "felt"]]),  # no figures
])
def test_no_table_without_all_its_signals(caption, table):
    page = table_page(caption=caption, table=table)
    assert table_lines(page) == []
    assert sum(len(ln.text.split()) for ln in page_lines(page)) == len(page.words)     # every word still read


def test_rules_across_a_grid_of_figures_stand_for_its_caption():
    from dataclasses import replace
    page = table_page(caption="")
    top = min(w.top for w in page.words if w.text == "Scaffold")
    bottom = max(w.bottom for w in page.words if w.text == "felt")
    rules = tuple((58.0, y, 450.0, y + 0.5) for y in (top - 3, top + 10.5, bottom + 3))   # top, middle, bottom
    assert rows(table_lines(replace(page, rules=rules))[0].text) == TABLE
    assert table_lines(replace(page, rules=rules[:1])) == []                 # one rule is a divider, not a table


def review_pdf(out):
    """A short invented review: running text citing works, a captioned table with rules and a Ref. column,
    the reference list."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5)
    title = ParagraphStyle("title", parent=body, fontName="Times-Bold", fontSize=16, leading=20)
    heading = ParagraphStyle("heading", parent=body, fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6)
    caption = ParagraphStyle("caption", parent=body, fontSize=9, leading=11, spaceBefore=6, spaceAfter=4)
    cell = [["Scaffold", "Current density (mA cm<super>−2</super>)", "Capacity (mAh cm<super>−2</super>)",
             "CE (%)", "Cycles", "Ref."],
            ["Woven copper mesh", "1", "1", "98.6", "240", "4"],
            ["Etched nickel sheet", "0.5", "2", "97.9", "410", "5"],
            ["Boron nitride felt", "2", "3", "99.3", "180", "6"]]
    small = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10)
    grid = Table([[Paragraph(c, small) for c in row] for row in cell],
                 colWidths=[105, 110, 100, 45, 45, 35])
    grid.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                              ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
    story = [Paragraph("Scaffolds for lithium metal anodes: a review", title),
             Paragraph("1. Introduction", heading),
             Paragraph("Lithium metal stores the most charge of any anode, yet it grows needles when plated "
                       "unevenly [1,2]. Porous scaffolds spread the current and slow that growth [3].", body),
             Paragraph("2. Scaffolds", heading),
             Paragraph("Woven, etched and spun scaffolds have each been tried; Table 1 sets their figures side "
                       "by side, and the text below says what they share.", body),
             Paragraph("Table 1. Invented scaffolds and how they cycled.", caption),
             grid, Spacer(1, 8),
             Paragraph("All three scaffolds held their efficiency over long cycling, the felt most of all.", body),
             Paragraph("References", heading)]
    names = ["A. Amber", "B. Birch", "C. Cedar", "D. Dune", "E. Elm", "F. Fern"]
    for k, name in enumerate(names, 1):
        story.append(Paragraph(f"{k}. {name}, J. Invented Chem., {2014 + k}, {k}, {10 * k}–{10 * k + 9}.", body))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return out


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    return review_pdf(tmp_path_factory.mktemp("table") / "review.pdf")


def test_typeset_table_is_read_as_a_table_block(review):
    document = read_document(review)
    tables = [b for b in document.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    found = rows(tables[0].text)
    assert found[0] == ["Scaffold", "Current density (mA cm−2)", "Capacity (mAh cm−2)", "CE (%)", "Cycles", "Ref."]
    assert found[1:] == [["Woven copper mesh", "1", "1", "98.6", "240", "4"],
                         ["Etched nickel sheet", "0.5", "2", "97.9", "410", "5"],
                         ["Boron nitride felt", "2", "3", "99.3", "180", "6"]]
    captions = [b.text for b in document.blocks if b.kind == BlockKind.CAPTION]
    assert captions == ["Table 1. Invented scaffolds and how they cycled."]
    body = " ".join(b.text for b in document.blocks if b.kind == BlockKind.BODY)
    assert "98.6" not in body and "the felt most of all." in body
    assert len(document.references) == 6


def test_ingest_cites_a_table_rows_figures_to_its_ref(review):
    processed = api.process(review)
    labels = {s.key: s.label for s in processed.extraction.structures}
    cited = {(local_name(m.property), round(m.value, 4)): m.citations for m in processed.extraction.measurements
             if "felt" in labels[m.structure].lower()}
    efficiency = [c for (name, value), c in cited.items() if value == 99.3]
    assert efficiency and all(6 in c for c in efficiency), cited


def _unavailable(reason: str) -> None:
    """Skip where a TeX installation is absent (a user's machine), never under CI=true: .ci installs it."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, and CI=true forbids skipping (.ci/setup-chromium.sh installs pdfLaTeX)")
    pytest.skip(reason)


def _typeset(tmp_path, packages: str):
    """``tmp_path``/t.tex typeset by pdfLaTeX: the PDF, or the test skipped (failed under CI)."""
    done = subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True,
                          check=False)
    if done.returncode != 0:
        _unavailable(f"pdflatex could not typeset the table ({packages} is missing)")
    return tmp_path / "t.pdf"


def test_latex_booktabs_table_is_read_as_a_table_block(tmp_path):
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    source = tmp_path / "t.tex"
    prose = ("Spun scaffolds of several kinds were compared with one another in recent years, and the text runs on "
             "around the table that follows so that the reader sees it in place. ") * 3
    source.write_text(r"""\documentclass[10pt,twocolumn]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{booktabs}\begin{document}
\section*{1. Scaffolds}
""" + prose + r"""
\begin{table}[h]\centering\small
\caption*{Table 3. Invented spun scaffolds.}
\begin{tabular}{lrrr}\toprule
Scaffold & CE (\%) & Cycles & Ref. \\ \midrule
Spun glass & 97.1 & 300 & 8 \\
Spun carbon & 98.4 & 260 & 9 \\
Spun titania & 99.2 & 520 & 10 \\ \bottomrule
\end{tabular}\end{table}
After the table the running text goes on as it did before, unbroken by what stood in between.
\end{document}""")
    document = read_document(_typeset(tmp_path, "booktabs or lmodern"))
    tables = [b for b in document.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert rows(tables[0].text) == [["Scaffold", "CE (%)", "Cycles", "Ref."], ["Spun glass", "97.1", "300", "8"],
                                    ["Spun carbon", "98.4", "260", "9"], ["Spun titania", "99.2", "520", "10"]]


@pytest.mark.parametrize("separation, size", [("2pt", r"\footnotesize"), ("1pt", r"\scriptsize")])
def test_latex_table_with_a_tight_heading_keeps_its_heading_cells(tmp_path, separation, size):
    """A table squeezed to a column's width (a small column separation, \resizebox) sets its heading cells
    closer than a word gap: they chain into one or two segments, which the run of rows of three cells left out,
    or a lifted unit exponent ("cm⁻²") broke a cell at its closing bracket. The heading over its rule is the
    table's, each cell over its column."""
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    source = tmp_path / "t.tex"
    prose = "Porous hosts of several kinds were compared, and the text runs on around the table that follows. " * 3
    source.write_text(r"""\documentclass[9pt,twocolumn]{extarticle}\usepackage[T1]{fontenc}\usepackage{mathptmx}\usepackage{graphicx}
\begin{document}
\section*{2. Invented hosts}
""" + prose + r"""
\begin{table}[h]\centering""" + size + r"""\setlength{\tabcolsep}{""" + separation + r"""}
Table 1. Invented porous hosts compared.\par\vspace{3pt}
\resizebox{\linewidth}{!}{\begin{tabular}{lccccc}\hline
Host & Current density (mA cm\textsuperscript{\textminus{}2}) & Capacity (mAh cm\textsuperscript{\textminus{}2}) & CE (\%) & Cycles & Ref.\\ \hline
Spun copper felt & 1 & 1 & 98.2 & 200 & 5\\ Etched nickel sheet & 0.5 & 2 & 99.1 & 350 & 7\\
Woven zinc mesh & 2 & 4 & 97.4 & 150 & 9\\ \hline\end{tabular}}\end{table}
After the table the running text goes on as it did before, unbroken by what stood in between.
\end{document}""")
    tables = [b for b in read_document(_typeset(tmp_path, "extsizes or mathptmx")).blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert rows(tables[0].text)[0] == ["Host", "Current density (mA cm−2)", "Capacity (mAh cm−2)", "CE (%)", "Cycles",
                                       "Ref."]
    assert rows(tables[0].text)[1] == ["Spun copper felt", "1", "1", "98.2", "200", "5"]


@pytest.mark.parametrize("heading, cell, read", [
    ("Cycles", "350", "350 cycles"), ("Cycle number", "120", "120 cycles"), ("Number of cycles", "80", "80 cycles"),
    ("Number of compounds", "12", "12 compounds"), ("Electrolyte", "2", "Electrolyte 2")])
def test_a_heading_naming_a_counted_property_gives_its_cells_the_count_word(heading, cell, read):
    """A column of counts has no unit in its heading; the ontology's count word of the property the heading
    names ("cycles") is the cells' unit, so the row reads as a figure. Any other heading gives none."""
    from pipeline.reader.tables import _figure
    assert _figure(heading, "", cell) == read
