"""Typeset tables are read as one TABLE block, a row a line, cells apart by " | ", the heading first; the
text around them reads as before. All tables and text here are invented."""

import os
import shutil
import subprocess

import pytest

from pipeline import api
from pipeline.ontology import local_name
from pipeline.read_options import ReaderBackend
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


def test_a_caption_s_short_last_line_left_of_a_centred_table_is_read_before_it():
    """A caption that wraps onto a short last line ("cm−2.") over a narrow table set centred under it: the line
    stops left of the table's first column, sharing none of its x-range, and was read after the table, cut from
    its caption. A line of the table's column still above the table goes before it."""
    words = []
    for k, line in enumerate(PROSE):
        words += words_at([line], [60.0], 60 + 11 * k)
    words += words_at(["Table 2. Invented scaffolds cycled in symmetric cells at 1 mA cm−2 and 2 mAh"], [60.0], 104)
    words += words_at(["cm−2."], [60.0], 115)
    xs = [x + 60.0 for x in XS]
    for k, row in enumerate(TABLE):
        words += words_at(row, xs, 136 + 12 * k)
    words += words_at([PROSE[0]], [60.0], 196)
    lines = [ln for ln in page_lines(PageWords(1, 612, 792, tuple(words))) if ln.kind in (None, BlockKind.TABLE)]
    assert [ln.text if ln.kind is None else "TABLE" for ln in lines[3:]] == [
        "Table 2. Invented scaffolds cycled in symmetric cells at 1 mA cm−2 and 2 mAh", "cm−2.", "TABLE", PROSE[0]]


def test_prose_beside_a_table_stays_running_text():
    right = ["A column of running text set", "stands level with the table", "on this page and is no part",
             "of it at all, for it reads", "on down the page as it always", "did before a table stood here."]
    lines = page_lines(table_page(xs=[60.0, 170.0, 250.0, 300.0, 350.0], right=right))
    tables = [ln for ln in lines if ln.kind == BlockKind.TABLE]
    assert len(tables) == 1 and rows(tables[0].text) == TABLE
    assert " ".join(ln.text for ln in lines if ln.kind is None and ln.x0 >= 470) == " ".join(right)


def test_a_justified_column_of_prose_beside_a_table_stays_running_text():
    """The page's other column level with a table, justified with its spaces stretched as wide as a table's
    gutter: its lines are cut into one-word segments, and still its cells (each row's words in the column) are
    prose, not the table's first column (an HTML-to-PDF writer's frames, a cramped table beside them)."""
    left = ["the hosts were all cycled in like cells", "with one amount of a liquid each",
            "so that we could compare them fairly", "thereafter we plated each of them at",
            "a like current over a long time in a", "dry room, reading off the voltage of",
            "every cell at the end of each cycle", "and writing down what it was then,",
            "which took us a great many weeks", "before the last of the cells gave out."]
    names = ["Woven copper mesh", "Etched nickel sheet", "Boron nitride felt", "Spun carbon mat", "Pressed zinc foam",
             "Cast tin film"]
    table = [TABLE[0]] + [[name, f"{0.5 + k}", f"9{k}.{k}", f"{100 + 40 * k}", f"{30 + k}"] for k, name in enumerate(names)]
    words = []
    for k, text in enumerate(left):
        tokens = text.split()
        gap = (230.0 - 4.5 * sum(map(len, tokens))) / (len(tokens) - 1)      # justified to 230 points
        x = 50.0
        for token in tokens:
            words.append(Word(token, x, x + 4.5 * len(token), 60 + 12 * k, 69 + 12 * k, SIZE, "Times-Roman"))
            x += 4.5 * len(token) + gap
    for k, row in enumerate(table):
        words += words_at(row, [300.0, 395.0, 470.0, 510.0, 550.0], 60 + 12 * k)
    words += words_at(["Table 2. Invented scaffolds compared."], [300.0], 60 + 12 * len(table) + 4)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [table]
    assert [ln.text for ln in lines if ln.kind is None and ln.x0 < 100] == left


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


def latex_tables(tmp_path, source: str, packages: str) -> list[str]:
    """The TABLE blocks' texts of a pdfLaTeX document; skipped where TeX or one of ``packages`` is missing."""
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    (tmp_path / "t.tex").write_text(source)
    done = subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True,
                          check=False)
    if done.returncode != 0:
        _unavailable(f"pdflatex could not typeset the table ({packages} is missing)")
    return [b.text for b in read_document(tmp_path / "t.pdf").blocks if b.kind == BlockKind.TABLE]


def test_latex_booktabs_table_is_read_as_a_table_block(tmp_path):
    prose = ("Spun scaffolds of several kinds were compared with one another in recent years, and the text runs on "
             "around the table that follows so that the reader sees it in place. ") * 3
    tables = latex_tables(tmp_path, r"""\documentclass[10pt,twocolumn]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
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
\end{document}""", "booktabs or lmodern")
    assert len(tables) == 1
    assert rows(tables[0]) == [["Scaffold", "CE (%)", "Cycles", "Ref."], ["Spun glass", "97.1", "300", "8"],
                                    ["Spun carbon", "98.4", "260", "9"], ["Spun titania", "99.2", "520", "10"]]


@pytest.mark.parametrize("separation, size", [("2pt", r"\footnotesize"), ("1pt", r"\scriptsize")])
def test_latex_table_with_a_tight_heading_keeps_its_heading_cells(tmp_path, separation, size):
    """A table squeezed to a column's width (a small column separation, \resizebox) sets its heading cells
    closer than a word gap: they chain into one or two segments, which the run of rows of three cells left out,
    or a lifted unit exponent ("cm⁻²") broke a cell at its closing bracket. The heading over its rule is the
    table's, each cell over its column."""
    prose = "Porous hosts of several kinds were compared, and the text runs on around the table that follows. " * 3
    tables = latex_tables(tmp_path, r"""\documentclass[9pt,twocolumn]{extarticle}\usepackage[T1]{fontenc}\usepackage{mathptmx}\usepackage{graphicx}
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
\end{document}""", "extsizes or mathptmx")
    assert len(tables) == 1
    assert rows(tables[0])[0] == ["Host", "Current density (mA cm−2)", "Capacity (mAh cm−2)", "CE (%)", "Cycles",
                                       "Ref."]
    assert rows(tables[0])[1] == ["Spun copper felt", "1", "1", "98.2", "200", "5"]


@pytest.mark.parametrize("heading, cell, read", [
    ("Cycles", "350", "350 cycles"), ("Cycle number", "120", "120 cycles"), ("Number of cycles", "80", "80 cycles"),
    ("Number of compounds", "12", "12 compounds"), ("Electrolyte", "2", "Electrolyte 2"),
    ("PLD cycles", "40", "PLD cycles 40"), ("Sputtering cycles", "6", "Sputtering cycles 6")])
def test_a_heading_naming_a_counted_property_gives_its_cells_the_count_word(heading, cell, read):
    """A column of counts has no unit in its heading; the ontology's count word of the property the heading
    names ("cycles") is the cells' unit, so the row reads as a figure. Any other heading gives none, nor one
    that counts the steps of making something ("PLD cycles": a method's acronym or a process noun before it)."""
    from pipeline.reader.tables import _figure
    assert _figure(heading, "", cell) == read


def grid_review_pdf(out, grouped: bool = False):
    """An invented review whose table is drawn as a grid, every cell boxed (reportlab's GRID), cells set
    to the middle of their row; ``grouped``: rows under italic group labels spanning the table, a first
    cell broken over two lines."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5)
    small = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10)
    data = [["Scaffold", "CE (%)", "Cycles", "Current density (mA cm<super>−2</super>)", "Ref."],
            ["Woven copper mesh", "98.6", "240", "1", "4"],
            ["Etched nickel sheet", "97.9", "410", "0.5", "5"],
            ["Boron nitride felt", "99.3", "180", "2", "6"],
            ["Spun carbon fibre", "98.1", "300", "3", "7"],
            ["Sintered steel frit", "97.2", "150", "1", "8"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if grouped:
        data[1][0] = "Woven copper mesh plated with a thin tin film"
        data[1:1] = [["<i>Metal scaffolds</i>", "", "", "", ""]]
        data[4:4] = [["<i>Ceramic scaffolds</i>", "", "", "", ""]]
        style += [("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 4), (-1, 4))]
    grid = Table([[Paragraph(c, small) for c in row] for row in data], colWidths=[100, 45, 45, 100, 35])
    grid.setStyle(TableStyle(style))
    prose = "Woven, etched and spun scaffolds have each been tried to carry plated lithium in recent years. " * 3
    story = [Paragraph(prose, body), Paragraph("Table 1. Invented scaffolds and how they cycled.", body),
             Spacer(1, 4), grid, Spacer(1, 8), Paragraph(prose, body)]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return out


def test_a_grid_of_cell_borders_is_a_table_not_a_drawing(tmp_path):
    """Boxed cells draw dozens of rules close together, as a plot's axes and ticks do; rules alone, long
    level and upright ones, draw no plot, so the words inside are the table's, not a figure's labels."""
    document = read_document(grid_review_pdf(tmp_path / "grid.pdf"))
    tables = [b for b in document.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert rows(tables[0].text)[1:] == [["Woven copper mesh", "98.6", "240", "1", "4"],
                                        ["Etched nickel sheet", "97.9", "410", "0.5", "5"],
                                        ["Boron nitride felt", "99.3", "180", "2", "6"],
                                        ["Spun carbon fibre", "98.1", "300", "3", "7"],
                                        ["Sintered steel frit", "97.2", "150", "1", "8"]]


def test_a_grids_rows_are_the_lines_between_its_rules(tmp_path):
    """In a grid a cell broken over lines sets its row's figures level with its middle, between its lines;
    the lines between two rules are one row, and a line alone between two rules with no figure is a
    group's label, a row of its own before the rows under it."""
    document = read_document(grid_review_pdf(tmp_path / "grid.pdf", grouped=True))
    tables = [b for b in document.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert rows(tables[0].text) == [
        ["Scaffold", "CE (%)", "Cycles", "Current density (mA cm−2)", "Ref."], ["Metal scaffolds"],
        ["Woven copper mesh plated with a thin tin film", "98.6", "240", "1", "4"],
        ["Etched nickel sheet", "97.9", "410", "0.5", "5"], ["Ceramic scaffolds"],
        ["Boron nitride felt", "99.3", "180", "2", "6"], ["Spun carbon fibre", "98.1", "300", "3", "7"],
        ["Sintered steel frit", "97.2", "150", "1", "8"]]


def test_a_group_label_set_in_italic_is_a_row_of_its_own():
    """Without rules between rows, a line of the first column alone goes on with the row above (its cell's
    next line), unless it is set in italic where the cells are upright: a group's label."""
    from dataclasses import replace
    table = [TABLE[0], ["Metal scaffolds"], TABLE[1], ["plated with tin"], TABLE[2], ["Ceramic scaffolds"], TABLE[3]]
    page = table_page(table=table)
    words = [w._replace(font="Times-Italic") if w.text in ("Metal", "Ceramic") or w.text == "scaffolds" and
             w.x0 < 150 else w for w in page.words]
    found = rows(table_lines(replace(page, words=tuple(words)))[0].text)
    assert found == [TABLE[0], ["Metal scaffolds"], ["Woven copper mesh plated with tin", "1", "98.6", "240", "21"],
                     TABLE[2], ["Ceramic scaffolds"], TABLE[3]]


def _table_block(text: str):
    from pipeline.records import BBox, Block
    return Block(kind=BlockKind.TABLE, text=text, page=1, bbox=BBox(0, 0, 100, 10), order=0, section=("2. Hosts",))


def test_a_footnote_mark_after_a_figure_leaves_the_figure():
    """"99.1a" under "CE (%)" is 99.1 % qualified by footnote a below the table; a unit written in the
    cell ("5 h") is no mark."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | CE (%) | Cycles | Lifespan | Ref.\nSpun glass | 97.1a | 300 b | 5 h | 8\n"
                         "Spun carbon | 98.4† | 260 | 40 h | 9")
    assert [s.text for s in table_sentences("d", block, 0)] == [
        "Spun glass: CE 97.1%; 300 cycles; Lifespan 5 h.", "Spun carbon: CE 98.4%; 260 cycles; Lifespan 40 h."]


def test_a_group_label_row_sets_the_section_of_the_rows_under_it():
    """A row of its first cell alone names the kind of the rows under it, as a subsection heading would:
    they are read in a section of that heading (which the classifier reads as a review's heading), and the
    label itself reports no figure."""
    from pipeline.classify import classify_by_section
    from pipeline.ontology import local_name
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | CE (%) | Cycles | Ref.\nCarbon-based hosts\nSpun mat | 97.1 | 300 | 8\n"
                         "Polymer matrices |  |  | \nCast film | 98.4 | 260 | 9")
    found = [(s.text, s.section) for s in table_sentences("d", block, 0)]
    assert found == [("Spun mat: CE 97.1%; 300 cycles.", ("2. Hosts", "Carbon-based hosts")),
                     ("Cast film: CE 98.4%; 260 cycles.", ("2. Hosts", "Polymer matrices"))]
    assert [local_name(classify_by_section(section).subclass) for _, section in found] == \
        ["CarbonBasedFramework", "NonConductiveScaffold"]


def test_a_cell_broken_at_a_hyphen_reads_as_one_word():
    """A first cell set over two lines, broken inside a word ("Woven copper mesh elec-" "troplated"), reads
    as one name; a compound's hyphen ("Li-" "coated") stays."""
    table = [TABLE[0], ["Woven copper mesh elec-", "1", "98.6", "240", "21"], ["troplated with tin"],
             ["Etched Li-", "0.5", "97.9", "410", "22"], ["coated sheet"], TABLE[3]]
    found = rows(table_lines(table_page(table=table))[0].text)
    assert [row[0] for row in found[1:]] == ["Woven copper mesh electroplated with tin", "Etched Li-coated sheet",
                                             "Boron nitride felt"]


@pytest.mark.parametrize("rising", [True, False])
def test_a_table_turned_on_its_side_reads_as_it_does_upright(rising):
    """A wide table set on a landscape page of its own: its words run up the page (turned anticlockwise, as
    LaTeX's sidewaystable sets it) or down; the page is read turned upright, its table a table, and the page
    number, upright on the sideways page, is no part of it."""
    upright = table_page()
    width, height = upright.width, upright.height

    def sideways(w: Word) -> Word:          # the upright page turned a quarter, onto a portrait sheet
        if rising:
            return w._replace(x0=w.top, x1=w.bottom, top=width - w.x1, bottom=width - w.x0, upright=False)
        return w._replace(x0=height - w.bottom, x1=height - w.top, top=w.x0, bottom=w.x1, upright=False)

    number = Word("7", 300, 305, 760, 769, SIZE, "Times-Roman")
    page = PageWords(1, height, width, tuple(map(sideways, upright.words)) + (number,))
    lines = page_lines(page)
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [TABLE]
    assert [ln.text for ln in lines if ln.kind is None][:3] == PROSE


GROUPED_TEX = r"""\toprule
Scaffold & CE & Current density & Cycles & Ref. \\ & (\%) & (mA cm\textsuperscript{--2}) & & \\ \midrule
\multicolumn{5}{l}{\textit{Metal scaffolds}} \\
Woven copper mesh plated with a thin film of tin & 98.6$^a$ & 1 & 240 & 8 \\
Etched nickel sheet & n/a & 0.5 & 410$^b$ & 9 \\
\multicolumn{5}{l}{\textit{Ceramic scaffolds}} \\
Boron nitride felt & 99.3 & 2 & -- & 10 \\ \bottomrule
\multicolumn{5}{l}{\footnotesize $^a$ Over the first 100 cycles. $^b$ At 40 \textdegree C.}
\end{tabular}"""


@pytest.mark.parametrize("float_, first_column", [("table*", "p{2.6cm}"), ("sidewaystable", "p{3.2cm}")])
def test_latex_table_with_groups_wrapped_cells_and_marks_is_read_row_by_row(tmp_path, float_, first_column):
    """A pdfLaTeX review table, set in the page's width or turned on a landscape page of its own: italic
    group labels over their rows, units in a second heading row, a first cell wrapped over lines (hyphenated
    by TeX where it must be), footnote marks after figures (left out: each points to a note under the table),
    empty cells."""
    prose = ("Spun scaffolds of several kinds were compared with one another in recent years, and the text runs on "
             "around the table that follows so that the reader sees it in place. ") * 4
    texts = latex_tables(tmp_path, r"""\documentclass[10pt,twocolumn]{article}\usepackage[T1]{fontenc}
\usepackage{lmodern}\usepackage{textcomp}\usepackage{booktabs}\usepackage{caption}\usepackage{rotating}
\begin{document}\section*{1. Scaffolds}""" + prose + r"\begin{" + float_ + r"}\centering\small"
        + r"\caption*{Table 3. Invented scaffolds by kind.}\begin{tabular}{" + first_column + "rrrr}" + GROUPED_TEX
        + r"\end{" + float_ + "}" + prose + r"\end{document}", "booktabs, caption, rotating or lmodern")
    # sideways, the raised "–2" joins its word as set (an en dash), where upright it is read as a raised minus;
    # so do the marks, which the rows' reading takes off their figures
    tables = [rows(text.replace("cm–2", "cm−2")) for text in texts]
    mark = {"a": "a", "b": "b"} if float_ == "sidewaystable" else {"a": "", "b": ""}
    assert tables == [[["Scaffold", "CE (%)", "Current density (mA cm−2)", "Cycles", "Ref."], ["Metal scaffolds"],
                       ["Woven copper mesh plated with a thin film of tin", "98.6" + mark["a"], "1", "240", "8"],
                       ["Etched nickel sheet", "n/a", "0.5", "410" + mark["b"], "9"], ["Ceramic scaffolds"],
                       ["Boron nitride felt", "99.3", "2", "–", "10"]]]


def test_latex_turned_table_with_marks_on_its_designs_names_each_design_whole(tmp_path):
    """A research paper's test conditions and results set the other way round (a design a column) with a
    footnote's raised mark after each design's name ("Hafnium lattice$^a$", "bare Cu$^*$"): the mark points to a
    note under the table and is no letter of the name, so each column's figures are the design's as named."""
    from pipeline.reader.tables import table_sentences
    texts = latex_tables(tmp_path, r"""\documentclass[10pt]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{booktabs}\begin{document}Spun scaffolds of several kinds were compared with one another here.
\begin{table}[h]\centering\small Table 1. Test conditions and results.\par\medskip
\begin{tabular}{lrr}\toprule Parameter & Hafnium lattice$^{a}$ & bare Cu$^{*}$ \\ \midrule
Current density (mA cm$^{-2}$) & 1 & 2 \\ CE (\%) & 99.2 & 94.1 \\ Cycles & 700 & 90 \\ \bottomrule
\end{tabular}\par\footnotesize $^{a}$ Annealed. $^{*}$ Control.\end{table}
The text goes on after the table as it did before it.\end{document}""", "booktabs or lmodern")
    assert [rows(t)[0] for t in texts] == [["Parameter", "Hafnium lattice", "bare Cu"]]
    assert [s.text for s in table_sentences("d", _table_block(texts[0]), 0)] == [
        "Hafnium lattice: Current density 1 mA cm−2; CE 99.2%; 700 cycles.",
        "bare Cu: Current density 2 mA cm−2; CE 94.1%; 90 cycles."]


def test_latex_turned_table_rows_of_words_under_the_heading_rule_are_rows(tmp_path):
    """Under a turned table's heading rule, rows of words that name their row in the first column ("Electrolyte",
    "Cell") come before its rows of figures: they are rows of the body, not more lines of the heading; a second
    heading line of units alone, over no rule, stays the heading's."""
    texts = latex_tables(tmp_path, r"""\documentclass[10pt]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{booktabs}\begin{document}Spun scaffolds of several kinds were compared with one another here.
\begin{table}[h]\centering\small Table 1. Test conditions of the electrodes.\par\medskip
\begin{tabular}{lll}\toprule Condition & Hafnium lattice & bare Cu \\ \midrule
Electrolyte & 1 M LiTFSI in DME & 1 M LiPF$_6$ in EC \\ Cell & half & symmetric \\
CE (\%) & 99.2 & 94.1 \\ Cycles & 700 & 90 \\ \bottomrule\end{tabular}\end{table}
\begin{table}[h]\centering\small Table 2. Invented scaffolds.\par\medskip
\begin{tabular}{lll}\toprule Scaffold & CE & Cycles \\ & (\%) & \\ \midrule
Spun glass & 97.1 & 300 \\ Spun carbon & 98.4 & 260 \\ \bottomrule\end{tabular}\end{table}
The text goes on after the tables as it did before them.\end{document}""", "booktabs or lmodern")
    assert [rows(t) for t in texts] == [
        [["Condition", "Hafnium lattice", "bare Cu"], ["Electrolyte", "1 M LiTFSI in DME", "1 M LiPF6 in EC"],
         ["Cell", "half", "symmetric"], ["CE (%)", "99.2", "94.1"], ["Cycles", "700", "90"]],
        [["Scaffold", "CE (%)", "Cycles"], ["Spun glass", "97.1", "300"], ["Spun carbon", "98.4", "260"]]]


def test_latex_table_of_justified_cells_a_text_column_and_paired_figures(tmp_path):
    """Cells in LaTeX's p{} columns are justified: a cell's line stretched apart falls into several segments,
    a wide heading's first line ("Current  den-") into its column and the gutter beyond; a column of words
    (the electrolyte) stands among the figures, and a paired column ("1/1" under "Current density/capacity")
    holds figures too."""
    head = (r"Scaffold & Electrolyte & CE (\%) & Current density/capacity (mA cm\textsuperscript{--2}/mAh "
            r"cm\textsuperscript{--2}) & Cycles & Ref. \\")
    body = (r"Woven copper mesh plated with a thin film of tin & 1 M LiPF\textsubscript{6} in EC/DEC & 98.6 & 1/1 & "
            r"240 & 8 \\ Etched nickel sheet & 1 M LiTFSI in DOL/DME & 97.9 & 0.5/1 & 410 & 9 \\"
            r"Boron nitride felt & 4 M LiFSI in DME & 99.3 & 2/4 & -- & 10 \\")
    texts = latex_tables(tmp_path, r"""\documentclass[10pt]{article}\usepackage[T1]{fontenc}\usepackage{mathptmx}
\usepackage{textcomp}\usepackage{booktabs}\usepackage{caption}\begin{document}
Spun scaffolds of several kinds were compared with one another in recent years, and the text runs on around the
table that follows so that the reader sees it in place.
\begin{table}[h]\centering\small\caption*{Table 2. Invented scaffolds and the electrolytes they cycled in.}
\begin{tabular}{p{3.5cm}p{3.5cm}rp{2.8cm}rr}\toprule """ + head + r"\midrule " + body + r"""\bottomrule
\end{tabular}\end{table}
After the table the running text goes on as it did before, unbroken by what stood in between.
\end{document}""", "booktabs, caption or mathptmx")
    assert [rows(text) for text in texts] == [[
        ["Scaffold", "Electrolyte", "CE (%)", "Current density/capacity (mA cm−2/mAh cm−2)", "Cycles", "Ref."],
        ["Woven copper mesh plated with a thin film of tin", "1 M LiPF6 in EC/DEC", "98.6", "1/1", "240", "8"],
        ["Etched nickel sheet", "1 M LiTFSI in DOL/DME", "97.9", "0.5/1", "410", "9"],
        ["Boron nitride felt", "4 M LiFSI in DME", "99.3", "2/4", "–", "10"]]]


def test_a_column_of_words_stretched_apart_is_one_cell_a_line():
    """A cell of words set justified falls into several segments, one of them perhaps a number ("1 M
    LiTFSI"); its next line too. They are one cell, of words, not figures, and the next line goes on with
    its row."""
    heading = ["Scaffold", "Electrolyte", "CE (%)", "Cycles", "Ref."]
    words, top = words_at(["Table 2. Invented scaffolds and their electrolytes."], [60.0], 60), 82.0
    for cells, xs in [(heading, [60, 170, 300, 360, 420]),
                      (["Woven copper mesh", "1", "M", "LiTFSI", "in", "98.6", "240", "21"],
                       [60, 170, 186, 203, 238, 300, 360, 420]),
                      (["DOL/DME", "+", "2%"], [170, 214, 238]), (["LiNO3"], [170]),
                      (["Etched nickel sheet", "1 M LiPF6 in EC/DEC", "97.9", "410", "22"], [60, 170, 300, 360, 420]),
                      (["Boron nitride felt", "4 M LiFSI in DME", "99.0", "180", "23"], [60, 170, 300, 360, 420])]:
        words += words_at(cells, [float(x) for x in xs], top)
        top += 12
    found = rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text)
    assert found == [heading, ["Woven copper mesh", "1 M LiTFSI in DOL/DME + 2% LiNO3", "98.6", "240", "21"],
                     ["Etched nickel sheet", "1 M LiPF6 in EC/DEC", "97.9", "410", "22"],
                     ["Boron nitride felt", "4 M LiFSI in DME", "99.0", "180", "23"]]


def _width(text: str, size: float = SIZE) -> float:
    """How wide ``words_at`` sets ``text``."""
    tokens = text.split()
    return sum(len(t) * size * 0.5 for t in tokens) + (len(tokens) - 1) * size * 0.25


def test_a_heading_run_together_across_narrow_gutters_is_cut_at_its_columns():
    """A table squeezed to the page's width sets its heading cells hardly further apart than the words inside
    them, so the heading line reads as one run; it is cut where each part stands centred over its column's
    figures (the first flush left with its names). A line of prose just above, its words a space apart, is
    no heading."""
    heading = ["Scaffold", "Current density (mA cm−2)", "CE (%)", "Cycles", "Ref."]
    body = [["Woven copper mesh", "1", "98.6", "240", "21"], ["Etched nickel sheet", "0.5", "97.9", "410", "22"],
            ["Boron nitride felt", "2", "99.0", "180", "23"]]
    xs, x = [60.0], 60.0 + max(_width(row[0]) for row in body) + 3.2
    for cell in heading[1:]:
        xs.append(x)
        x += _width(cell) + 3.2                        # a gutter of 3.2 pt between cells; spaces are 2.25 pt
    middles = [x0 + _width(cell) / 2 for x0, cell in zip(xs, heading, strict=True)]
    words = words_at(["Table 2. Invented scaffolds."], [60.0], 60)
    words += words_at(["with a fluorinated additive which keeps all of it fair to them"], [60.0], 76)
    words += words_at([" ".join(heading)], [60.0], 90)
    words = [w for w in words if w.top < 90] + words_at(heading, xs, 90)
    for k, row in enumerate(body):
        words += words_at(row, [60.0] + [m - _width(c) / 2 for m, c in zip(middles[1:], row[1:], strict=True)],
                          102 + 12 * k)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [[heading, *body]]
    assert "with a fluorinated additive which keeps all of it fair to them" in [ln.text for ln in lines]


def test_a_ref_column_of_author_year_citations_cites_each_row(tmp_path):
    """A review citing by author and year fills its table's Ref. column with "(Fern et al., 2016)": a column
    of citations, not running text beside the table, and each cell the row's work, as its marker is in the
    text; the table's citations count towards telling that the paper cites by author and year."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5)
    heading = ParagraphStyle("heading", parent=body, fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6)
    names = ["Amber", "Birch", "Cedar", "Dune", "Elm", "Fern"]
    cells = [["Scaffold", "CE (%)", "Cycles", "Ref."], ["Woven copper mesh", "98.6", "240", "(Dune et al., 2018)"],
             ["Etched nickel sheet", "97.9", "410", "(Elm et al., 2019)"],
             ["Boron nitride felt", "99.3", "180", "(Fern et al., 2020)"]]
    story = [Paragraph("Scaffolds for lithium metal anodes: a review", heading),
             Paragraph("1. Introduction", heading),
             Paragraph("Lithium metal grows needles when plated unevenly (Amber et al., 2015). Porous scaffolds "
                       "spread the current and slow that growth, as woven meshes showed first.", body),
             Paragraph("Table 1. Invented scaffolds and how they cycled.", body), Spacer(1, 4),
             Table(cells, colWidths=[120, 50, 50, 110]), Spacer(1, 8),
             Paragraph("All three held their efficiency over long cycling, the felt most of all.", body),
             Paragraph("References", heading)]
    for k, name in enumerate(names):
        story.append(Paragraph(f"{name}, {chr(65 + k)}., Stone, K., {2015 + k}. J. Invented Chem. {k + 3}, "
                               f"{10 * k + 10}–{10 * k + 19}.", body))
    pdf = tmp_path / "review.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build(story)
    processed = api.process(pdf)
    labels = {s.key: s.label for s in processed.extraction.structures}
    cited = {(labels[m.structure], m.value): m.citations for m in processed.extraction.measurements}
    assert cited[("Boron nitride felt", 99.3)] == (6,) and cited[("Woven copper mesh", 240.0)] == (4,), cited


def test_two_cells_set_close_in_one_row_are_cut_at_the_other_rows_gutter():
    """One row's first cell runs so long that it stands a space from the next ("Spun polysiloxane layer 1 M
    LiTFSI"), one segment; every other row keeps the two columns apart, so the row is cut at their gutter,
    and the column of names stays the table's first."""
    heading = ["Scaffold", "Electrolyte", "CE (%)", "Cycles", "Ref."]
    xs = [60.0, 165.0, 300.0, 360.0, 420.0]
    long_name = "Spun polysiloxane layer"                  # ends at 60 + 101.25: 3.75 pt before "1 M LiTFSI"
    table = [heading, ["Woven copper mesh", "1 M LiPF6 in EC/DEC", "98.6", "240", "21"],
             [long_name, "1 M LiTFSI", "97.9", "410", "22"], ["Boron nitride felt", "4 M LiFSI in DME", "99.0", "180", "23"]]
    words, top = words_at(["Table 2. Invented scaffolds and their electrolytes."], [60.0], 60), 82.0
    for row in table:
        words += words_at(row, [60.0, (60 + _width(long_name) + 3.75) if row[0] == long_name else 165.0, *xs[2:]], top)
        top += 12
    assert rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text) == table


def test_a_last_row_whose_name_runs_up_to_its_figure_is_the_table_s():
    """A word processor's narrow column: the last row's long name ends a little more than a space before its
    figure ("Sintered boron nitride felt mat 2"), one segment, so the row has two where the others have three,
    and the table ended a row early, that row left to the running text. A figure run on at the end of a cell,
    flush with a figure alone in another row, is cut off before the rows are gathered."""
    long_name = "Sintered boron nitride felt mat"          # ends at 60 + 130.5: 5.5 pt before its figure
    table = [["Scaffold", "CE (%)", "Cycles"], ["Woven copper mesh", "98.6", "240"], ["Etched nickel sheet", "97.9", "410"],
             ["Spun carbon fibre", "99.0", "180"], [long_name, "98.1", "300"]]
    assert _width(long_name) == pytest.approx(130.5)
    page = table_page("Table 4. Invented scaffolds and their efficiency.", table, [60.0, 196.0, 300.0])
    assert [rows(ln.text) for ln in table_lines(page)] == [table]


def test_a_table_in_the_third_of_three_columns_ends_with_its_figures():
    """On a page of three columns every line is three segments, so the rows of a table in one column run on
    into the prose below it; the table ends with its last row of figures, and a line under it across its
    cells is running text again. The columns of the page beside it, of lines as short as five words, are
    prose: they go on above the table."""
    prose = ["the cells were kept warm", "and then cycled for days", "at a steady current and", "were taken apart later"]
    table = [["Sample", "CE (%)", "Cycles"], ["S-1", "98.6", "240"], ["S-2", "97.9", "410"], ["S-3", "99.0", "180"]]
    right = ["the samples were all cycled warm"] * 8
    words = []
    for k in range(14):
        top = 100.0 + 11 * k
        words += words_at([prose[k % 4]], [51.0], top) + words_at([prose[(k + 1) % 4]], [225.0], top)
        if k == 0:
            words += words_at(["Table 1. Invented samples."], [400.0], top)
        elif k <= len(table):
            words += words_at(table[k - 1], [400.0, 470.0, 520.0], top)
        elif k > len(table) + 1:
            words += words_at([right[k - 6]], [400.0], top)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [table]
    assert sum(1 for ln in lines if ln.text == right[0]) == 8


def test_the_end_of_a_line_of_the_next_column_level_with_a_row_is_no_column_of_the_table():
    """A few words of the page's next column ("hosts so far.") level with one row of a ruled table: an edge
    column of words in one row of three and no figure, not the table's first column."""
    table = [["Host", "CE (%)", "Cycles"], ["Brass sponge", "98.2", "200"], ["Nickel felt", "99.1", "350"],
             ["Zinc foam", "97.4", "150"]]
    words = []
    for k, row in enumerate(table):
        words += words_at(row, [400.0, 470.0, 520.0], 100.0 + 11 * k)
    words += words_at(["hosts so far."], [225.0], 111.0)
    rules = tuple((398.0, y, 560.0, y + 0.5) for y in (97.0, 109.5, 146.0))
    lines = page_lines(PageWords(1, 612, 792, tuple(words), rules=rules))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [table]


@pytest.mark.parametrize("cell", ["~40", "∼40", "≈40"])
def test_an_approximate_figure_in_any_sign_is_a_figure(cell):
    """PDFs set "about" as a tilde operator ("∼40") as often as an ASCII tilde."""
    from pipeline.reader.tables import _figure
    assert _figure("Overpotential", "mV", cell) == f"Overpotential {cell} mV"


def test_a_group_label_in_the_cells_own_type_stands_where_no_cell_wraps():
    """A label in the cells' type, a row's pitch from its neighbours, opening with a capital, whose first word
    would have fitted after the name above it (so no cell wrapped there), is a group's label; a line whose
    first word would not have fitted, or that opens lower-case, is the cell's next line."""
    table = [TABLE[0], ["Metal scaffolds"], ["Woven copper mesh", "1", "98.6", "240", "21"],
             ["Nickel", "0.5", "97.9", "410", "22"], ["Ceramic scaffolds"], ["Boron nitride felt", "2", "99.0", "180", "23"],
             ["plated with tin"], ["Spun carbon", "3", "98.1", "300", "24"]]
    found = rows(table_lines(table_page(table=table))[0].text)
    assert found == [TABLE[0], ["Metal scaffolds"], ["Woven copper mesh", "1", "98.6", "240", "21"],
                     ["Nickel", "0.5", "97.9", "410", "22"], ["Ceramic scaffolds"],
                     ["Boron nitride felt plated with tin", "2", "99.0", "180", "23"],
                     ["Spun carbon", "3", "98.1", "300", "24"]]


def test_a_first_column_of_names_of_four_or_five_words_is_the_tables():
    """Hosts are named in four or five words ("Sintered nickel fibre felt"); a column of such names is the
    table's first, not running text beside it, which runs to more words a line."""
    table = [TABLE[0], ["Sintered nickel fibre felt", "1", "98.6", "240", "21"],
             ["Woven copper mesh with tin", "0.5", "97.9", "410", "22"], ["Boron nitride felt", "2", "99.0", "180", "23"]]
    assert rows(table_lines(table_page(table=table, xs=[60.0, 200.0, 300.0, 360.0, 420.0]))[0].text) == table


@pytest.mark.parametrize("labelled", [False, True])
def test_a_table_going_on_over_the_page_without_its_heading_keeps_its_columns(tmp_path, labelled):
    """A long table broken over two pages, its heading not set again on the second ("Table 2. (Continued)"
    over rows alone): the rows there are read under the first page's heading, in the group the last rows
    of the first page were in (or the group whose label opens the page), not the first row as a heading."""
    from pipeline.reader.segment import sentences

    def tabular(rows_: str, heading: bool) -> str:
        head = r"Scaffold & CE (\%) & Cycles & Ref. \\ \midrule " if heading else ""
        return r"\begin{tabular}{p{4cm}rrr}\toprule " + head + rows_ + r"\bottomrule\end{tabular}"

    prose = "Spun scaffolds of several kinds were compared with one another, and the text runs on. " * 30
    first = r"\multicolumn{4}{l}{\textit{Metal scaffolds}} \\ Woven copper mesh & 98.6 & 240 & 8 \\" + \
        "".join(rf"Etched nickel sheet {k} & 97.{k} & {300 + k} & {9 + k} \\" for k in range(6))
    second = r"Pressed titanium wool & 99.1 & 520 & 20 \\ \multicolumn{4}{l}{\textit{Ceramic scaffolds}} \\" \
        r"Boron nitride felt & 99.3 & 180 & 21 \\ Spun alumina fibre & 98.8 & 260 & 22 \\"
    if labelled:
        second = r"\multicolumn{4}{l}{\textit{Titanium scaffolds}} \\" + second
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    (tmp_path / "t.tex").write_text(
        r"\documentclass[10pt]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{booktabs}"
        r"\begin{document}" + prose + r"\par\medskip\noindent Table 2. Invented scaffolds and how they cycled.\par"
        r"\noindent" + tabular(first, True) + r"\newpage\noindent Table 2. (Continued)\par\noindent"
        + tabular(second, False) + r"\par\medskip " + prose + r"\end{document}")
    subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True, check=False)
    if not (tmp_path / "t.pdf").exists():
        _unavailable("pdflatex could not typeset the table (booktabs or lmodern is missing)")
    document = read_document(tmp_path / "t.pdf")
    assert [b.page for b in document.blocks if b.kind == BlockKind.TABLE] == [1, 2]
    read = [(s.page, s.section[-1:], s.text) for s in sentences(document) if s.kind == BlockKind.TABLE]
    assert len(read) == 10 and read[0] == (1, ("Metal scaffolds",), "Woven copper mesh: CE 98.6%; 240 cycles.")
    assert read[-3:] == [(2, ("Titanium scaffolds" if labelled else "Metal scaffolds",),
                          "Pressed titanium wool: CE 99.1%; 520 cycles."),
                         (2, ("Ceramic scaffolds",), "Boron nitride felt: CE 99.3%; 180 cycles."),
                         (2, ("Ceramic scaffolds",), "Spun alumina fibre: CE 98.8%; 260 cycles.")]


SPANNED = [("Woven copper mesh", [("1", "1", "98.6", "240"), ("2", "2", "98.1", "180"), ("3", "3", "97.2", "90")], "8"),
           ("Etched nickel sheet", [("0.5", "1", "97.9", "410"), ("1", "2", "97.4", "300")], "9"),
           ("Boron nitride felt", [("2", "4", "99.3", "180")], "10")]


def spanned_html(valign: str) -> str:
    """An invented table as a web page sets it: each design's name and its work's number in a cell merged
    across the rows of its test conditions, set at their top or middle; two heading cells each merged over
    two columns, two more over two rows."""
    trs = []
    for name, conditions, ref in SPANNED:
        for k, cells in enumerate(conditions):
            tds = "".join(f"<td>{x}</td>" for x in cells)
            span = len(conditions)
            trs.append(f"<tr><td rowspan={span}>{name}</td>{tds}<td rowspan={span}>{ref}</td></tr>" if k == 0 else
                       f"<tr>{tds}</tr>")
    head = ("<tr><th rowspan=2>Scaffold</th><th colspan=2>Test conditions</th><th colspan=2>Performance</th>"
            "<th rowspan=2>Ref.</th></tr><tr><th>Current density (mA cm<sup>−2</sup>)</th>"
            "<th>Capacity (mAh cm<sup>−2</sup>)</th><th>CE (%)</th><th>Cycles</th></tr>")
    prose = "<p>" + "Spun scaffolds of several kinds were compared with one another in recent years. " * 4 + "</p>"
    css = (f"body {{ font-family: serif; font-size: 10pt; }} td, th {{ vertical-align: {valign}; padding: 2pt 6pt; }} "
           "table { border-collapse: collapse; border-top: 1px solid; border-bottom: 1px solid; }")
    return (f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{prose}<p>Table 1. Invented "
            f"scaffolds under several conditions.</p><table>{head}{''.join(trs)}</table>{prose}</body></html>")


def browser_tables(tmp_path, html: str, chromium: str) -> list[str]:
    """The TABLE blocks' texts of ``html`` printed to PDF by Chromium."""
    from pipeline.viewer.browser import FLAGS
    page, pdf = tmp_path / "t.html", tmp_path / "t.pdf"
    page.write_text(html, encoding="utf-8")
    subprocess.run([chromium, *FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    return [b.text for b in read_document(pdf).blocks if b.kind == BlockKind.TABLE]


@pytest.mark.parametrize("valign", ["top", "middle"])
def test_a_cell_merged_across_rows_is_each_rows(tmp_path, chromium, valign):
    """A design's name and its work's number, each set once beside the rows of its test conditions (at their
    top, or their middle: level with the middle row, or between two rows, a line of its own), are every one
    of those rows' first and last cells; the column of names, in fewer than half the lines, is the table's. A
    heading cell merged over two columns ("Performance" over "CE (%)" and "Cycles") opens both their headings,
    not the one it happens to stand nearest."""
    texts = browser_tables(tmp_path, spanned_html(valign), chromium)
    assert len(texts) == 1
    assert rows(texts[0])[0] == ["Scaffold", "Test conditions Current density (mA cm−2)",
                                 "Test conditions Capacity (mAh cm−2)", "Performance CE (%)", "Performance Cycles", "Ref."]
    assert rows(texts[0])[1:] == [[name, *cells, ref] for name, conditions, ref in SPANNED for cells in conditions]


WRAPPED_ROWS = [["Woven copper mesh with a silver skin", "1", "98.6", "240", "4"],
                ["Etched nickel sheet", "0.5", "97.9", "410", "5"],
                ["Boron nitride felt over carbon paper", "2", "99.3", "180", "6"], ["Spun carbon fibre", "3", "98.1", "300", "7"]]


@pytest.mark.parametrize("font", ["serif", "sans-serif"])
def test_a_browser_table_in_a_column_whose_names_wrap_around_their_figures_keeps_each_name_whole(tmp_path, chromium,
                                                                                                font):
    """A web page in two CSS columns sets a table's cells to the middle of their rows: a name over three lines
    in a narrow column has its first line alone above the row's figures and its last below them. That first
    line is no group's label (the next line's first word would not have fitted after it in the column, and
    goes on with a small letter): it opens the name, first row or not."""
    para = "<p>" + "Woven, etched and spun scaffolds have each been tried to carry plated lithium in recent years. " * 4 \
        + "</p>"
    head = "<tr><th>Scaffold</th><th>Current density (mA cm<sup>−2</sup>)</th><th>CE (%)</th><th>Cycles</th><th>Ref.</th></tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in WRAPPED_ROWS)
    html = (f"<html><head><meta charset='utf-8'><style>body {{ font: 10pt {font}; margin: 0; column-count: 2 }} "
            "@page { size: A4; margin: 2cm } td, th { padding: 1pt 3pt; text-align: left } table { font-size: 9pt }"
            "</style></head><body>" + para * 3 + "<p>Table 1. Invented scaffolds and how they cycled.</p><table>" + head
            + body + "</table>" + para * 6 + "</body></html>")
    texts = browser_tables(tmp_path, html, chromium)
    assert len(texts) == 1 and rows(texts[0])[1:] == WRAPPED_ROWS, texts


def test_latex_heading_cell_over_two_columns_and_a_row_left_blank_under_its_design(tmp_path):
    """booktabs sets a heading cell over two columns (\\multicolumn, a \\cmidrule under it) on a line above the
    heading: it is the heading's, not the caption's, and opens both columns' headings. A row whose name and
    Ref. cells are left blank goes on with the design and work above it."""
    tables = latex_tables(tmp_path, r"""\documentclass[10pt,twocolumn]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{booktabs}\begin{document}
Spun scaffolds of several kinds were compared with one another in recent years, and the text runs on around the
table that follows so that the reader sees it in place.
\begin{table}[h]\centering\small
Table 3. Invented spun scaffolds.\par
\begin{tabular}{lrrr}\toprule
 & \multicolumn{2}{c}{Performance} & \\ \cmidrule(lr){2-3}
Scaffold & CE (\%) & Cycles & Ref. \\ \midrule
Spun glass & 97.1 & 300 & 8 \\ & 98.0 & 120 & \\ Spun carbon & 98.4 & 260 & 9 \\ Spun titania & 99.2 & 520 & 10 \\
\bottomrule\end{tabular}\end{table}
After the table the running text goes on as it did before, unbroken by what stood in between.
\end{document}""", "booktabs or lmodern")
    assert [rows(text) for text in tables] == [[
        ["Scaffold", "Performance CE (%)", "Performance Cycles", "Ref."], ["Spun glass", "97.1", "300", "8"],
        ["Spun glass", "98.0", "120", "8"], ["Spun carbon", "98.4", "260", "9"], ["Spun titania", "99.2", "520", "10"]]]


ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
WRITER_TABLE = [["Scaffold", "Current density (mA cm−2)", "CE (%)", "Cycles", "Ref."],
                ["Woven copper mesh", "1", "98.6", "240", "4"], ["Etched nickel sheet", "0.5", "97.9", "410", "5"],
                ["Boron nitride felt", "2", "99.3", "180", "6"], ["Spun carbon fibre", "3", "98.1", "300", "7"]]


def writer_pdf(out, columns: int, borders: bool, paragraphs: tuple[int, int] = (1, 8), padding: str = "0.05cm",
               lead: int = 0, repeated: bool = False):
    """An invented paper as LibreOffice Writer sets it (a flat ODT printed to PDF): ``columns`` columns in a
    section, a captioned table whose cells are top-aligned, padded by ``padding`` and boxed or not, set after
    ``paragraphs[0]`` paragraphs (and a short one of ``lead`` sentences), ``paragraphs[1]`` after it;
    ``repeated``: its heading a heading-rows row, which Writer sets again over the rows a page break carries."""
    soffice = shutil.which("soffice")
    if soffice is None:
        _unavailable("LibreOffice (soffice) is not installed")
    para = ('<text:p text:style-name="body">' + "Woven, etched and spun scaffolds have each been tried to carry "
            "plated lithium in recent years, and all of them were cycled at several rates. " * 3 + "</text:p>")
    short = ('<text:p text:style-name="body">' + "Each scaffold was weighed before it was cycled. " * lead
             + "</text:p>") if lead else ""
    widths = [2.6, 1.9, 1.2, 1.3, 1.0] if columns == 2 else [5, 4, 3, 3, 2]
    cell = ('<table:table-cell table:style-name="c" office:value-type="string"><text:p text:style-name="cell">{}'
            '</text:p></table:table-cell>')
    table = ('<table:table table:name="T1" table:style-name="t">'
             + "".join(f'<table:table-column table:style-name="w{k}"/>' for k in range(len(widths)))
             + "".join(("<table:table-header-rows>" if repeated and k == 0 else "") + "<table:table-row>"
                       + "".join(cell.format(t) for t in row) + "</table:table-row>"
                       + ("</table:table-header-rows>" if repeated and k == 0 else "")
                       for k, row in enumerate(WRITER_TABLE)) + "</table:table>")
    styles = "".join(f'<style:style style:name="w{k}" style:family="table-column"><style:table-column-properties '
                     f'style:column-width="{w}cm"/></style:style>' for k, w in enumerate(widths))
    border = "0.5pt solid #000000" if borders else "none"
    out.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ODF} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="F"
fo:font-size="10pt"/></style:style><style:style style:name="body" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:text-align="justify" fo:margin-bottom="4pt"/></style:style><style:style style:name="cell"
style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles><office:automatic-styles><style:page-layout style:name="pm"><style:page-layout-properties
fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm"
fo:margin-right="2cm"/></style:page-layout><style:style style:name="Sect" style:family="section"><style:section-properties>
<style:columns fo:column-count="{columns}" fo:column-gap="0.7cm"/></style:section-properties></style:style>
<style:style style:name="t" style:family="table"><style:table-properties style:width="{sum(widths)}cm" table:align="left"/>
</style:style>{styles}<style:style style:name="c" style:family="table-cell"><style:table-cell-properties fo:padding="{padding}"
fo:border="{border}"/></style:style></office:automatic-styles><office:master-styles><style:master-page
style:name="Standard" style:page-layout-name="pm"/></office:master-styles><office:body><office:text>
<text:section text:style-name="Sect" text:name="cols">{para * paragraphs[0]}{short}<text:p text:style-name="body">Table 1.
Invented scaffolds and how they cycled.</text:p>{table}{para * paragraphs[1]}</text:section></office:text></office:body>
</office:document>""", encoding="utf-8")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", str(out), "--outdir", str(out.parent)], check=True,
                   capture_output=True, timeout=300, env={**os.environ, "HOME": str(out.parent)})
    return out.with_suffix(".pdf")


@pytest.mark.parametrize("columns, borders, paragraphs, padding",
                         [(1, False, (1, 8), "0.05cm"), (2, False, (1, 8), "0.05cm"), (2, True, (1, 8), "0.05cm"),
                          (2, False, (5, 5), "0.05cm"), (2, True, (5, 5), "0.05cm"), (2, False, (1, 8), "0.3cm"),
                          (2, True, (1, 8), "0.2cm")])
def test_a_libreoffice_writer_table_is_read_row_by_row(tmp_path, columns, borders, paragraphs, padding):
    """Writer sets a table's cells at the top of their rows: a name wrapped in a narrow column goes on under
    its row's figures. Boxed, each cell's padding lifts the line's top over the rule above it; the lines
    between two rules are one row all the same. Balancing a section's two columns, Writer leaves the caption
    and heading at the foot of the first and carries the rows to the top of the second: the heading is the
    rows' all the same. Padded wide in a narrow column, its rows stand apart with the other column's lines
    between them, heading words break with no hyphen ("Cycl" "es") and the last name goes on under its row, the
    other column's prose level with its next line (boxed, 0.2 cm)."""
    document = read_document(writer_pdf(tmp_path / "paper.fodt", columns, borders, paragraphs, padding))
    tables = [rows(b.text) for b in document.blocks if b.kind == BlockKind.TABLE]
    assert tables == [WRITER_TABLE]         # a broken heading word is kept whole, as the rows are read by it


@pytest.mark.parametrize("borders, paragraphs, lead", [(False, (6, 5), 0), (False, (4, 6), 9), (False, (4, 6), 12),
                                                     (True, (4, 6), 13)])
def test_a_libreoffice_writer_table_broken_over_a_section_s_columns_is_one_table(tmp_path, borders, paragraphs, lead):
    """Writer breaks a table at the foot of a section's first column as it breaks one over a page: the caption
    alone, or the caption, heading and first rows, stay at the column's foot, the other rows open the second
    column. Each part alone was too short for a table, or had no caption: the rows carried over read as a
    paragraph of the second column (or as a table of their own, boxed), apart from the rest."""
    document = read_document(writer_pdf(tmp_path / "paper.fodt", 2, borders, paragraphs, lead=lead))
    tables = [rows(b.text) for b in document.blocks if b.kind == BlockKind.TABLE]
    assert tables == [WRITER_TABLE]
    texts = [b.text for b in document.blocks]
    at = next(k for k, b in enumerate(document.blocks) if b.kind == BlockKind.TABLE)
    assert texts[at - 1] == "Table 1. Invented scaffolds and how they cycled."


@pytest.mark.parametrize("columns, borders, paragraphs, lead, first_page, repeated", [
    (1, False, 13, 0, 4, False), (1, False, 13, 2, 3, False), (1, False, 13, 4, 2, False), (1, True, 13, 4, 2, False),
    (1, False, 13, 6, 1, False), (1, False, 13, 8, 0, False), (1, True, 13, 8, 0, False), (1, False, 13, 2, 3, True),
    (1, False, 13, 4, 2, True), (2, False, 14, 0, 4, False), (2, True, 14, 0, 3, False),
    (2, False, 15, 4, 0, False), (2, False, 14, 3, 1, False), (2, True, 14, 3, 1, False)])
def test_a_libreoffice_writer_table_broken_over_a_page_is_read_under_its_heading(tmp_path, columns, borders, paragraphs,
                                                                                   lead, first_page, repeated):
    """Writer breaks a table at a page's foot wherever its rows reach it, the heading not set again: the rows it
    carries to the next page's top (three, two or one, no caption over them) go on under the heading; the heading
    and one row left at the foot are a table; so is the heading alone under its caption; a caption ending the page
    captions the table at the next one's top. Each part was read as prose, the cells run together column by column,
    and the carried rows' figures were named by no heading. So it was where Writer sets the heading again over the
    carried rows (``repeated``), and where the page's right column broke it and the next page's left one goes on
    with it (a section of two ``columns``). Set whole at the next page's top, its heading over three lines and its
    first name over two, its first row was found a table of its own as well as a part of the whole, and read twice.
    A heading alone at the foot of the right column, its narrow cells set close ("CE (%)  Cycles"), is cut at the
    gaps between its cells, wider than its spaces: no rows under it give its columns, and two cells run together
    left the carried rows one heading short.
    ``first_page``: the heading's lines and rows on page 1."""
    from pipeline.reader.segment import sentences
    document = read_document(writer_pdf(tmp_path / "paper.fodt", columns, borders, (paragraphs, 3), lead=lead,
                                        repeated=repeated))
    read = [(s.page, s.text) for s in sentences(document) if s.kind == BlockKind.TABLE]
    assert [text for _, text in read] == [
        "Woven copper mesh: Current density 1 mA cm−2; CE 98.6%; 240 cycles.",
        "Etched nickel sheet: Current density 0.5 mA cm−2; CE 97.9%; 410 cycles.",
        "Boron nitride felt: Current density 2 mA cm−2; CE 99.3%; 180 cycles.",
        "Spun carbon fibre: Current density 3 mA cm−2; CE 98.1%; 300 cycles."]
    assert sum(1 for page, _ in read if page == 1) == max(first_page - 1, 0)    # the page broke the table there
    prose = [b.text for b in document.blocks if b.kind != BlockKind.TABLE]
    assert not any("98." in text or "Cycles" in text for text in prose)           # no cell left to the running text


PAGED_ROWS = [["Woven copper mesh", "1", "98.6", "240", "4"], ["Etched nickel sheet", "0.5", "97.9", "410", "5"],
              ["Boron nitride felt", "2", "99.3", "180", "6"], ["Spun carbon fibre", "3", "98.1", "300", "7"],
              ["Sintered nickel felt", "1", "98.9", "350", "8"], ["Pressed titanium wool", "2", "97.5", "200", "9"]]


def test_a_browser_table_broken_over_a_page_under_its_heading_set_again_is_read_whole(tmp_path, chromium):
    """A browser sets a table's heading (``thead``) again over the rows a page break carries, with no caption
    over them: those rows are the table's, read under its heading, not running text. The page is lengthened a
    paragraph at a time until the break falls inside the table."""
    import pypdfium2 as pdfium

    from pipeline.reader.segment import sentences
    from pipeline.viewer.browser import FLAGS
    para = "<p>" + "Woven, etched and spun scaffolds have each been tried to carry plated lithium in recent years. " * 4 \
        + "</p>"
    head = ("<thead><tr><th>Scaffold</th><th>Current density (mA cm<sup>−2</sup>)</th><th>CE (%)</th><th>Cycles</th>"
            "<th>Ref.</th></tr></thead>")
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in PAGED_ROWS)
    for paragraphs in range(6, 20):
        html = ("<html><head><meta charset='utf-8'><style>body { font: 10pt serif; margin: 0 } @page { size: A4; "
                "margin: 2cm } td, th { padding: 1pt 6pt; text-align: left }</style></head><body>" + para * paragraphs
                + "<p>Table 1. Invented scaffolds and how they cycled.</p><table>" + head + "<tbody>" + body
                + "</tbody></table>" + para * 3 + "</body></html>")
        page, pdf = tmp_path / f"t{paragraphs}.html", tmp_path / f"t{paragraphs}.pdf"
        page.write_text(html, encoding="utf-8")
        subprocess.run([chromium, *FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                       check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
        printed = pdfium.PdfDocument(str(pdf))
        first = printed[0].get_textpage().get_text_range()
        printed.close()
        if 0 < sum(row[0] in first for row in PAGED_ROWS) < len(PAGED_ROWS):
            break
    else:
        pytest.fail("no page length broke the table")
    read = [(s.page, s.text) for s in sentences(read_document(pdf)) if s.kind == BlockKind.TABLE]
    assert [text.split(":")[0] for _, text in read] == [row[0] for row in PAGED_ROWS]
    assert read[-1] == (2, "Pressed titanium wool: Current density 2 mA cm−2; CE 97.5%; 200 cycles.")


def _glyph_boxes(pdf, page: int, text: str) -> list:
    """The boxes of the characters of ``text``'s first occurrence on ``page`` (points from the top-left)."""
    import pypdfium2 as pdfium

    from pipeline.records import BBox
    document = pdfium.PdfDocument(str(pdf))
    try:
        pdf_page = document[page - 1]
        height, text_page = pdf_page.get_height(), pdf_page.get_textpage()
        at = text_page.get_text_range().index(text)
        boxes = [text_page.get_charbox(i) for i in range(at, at + len(text))]
        return [BBox(left, height - top, right, height - bottom) for left, bottom, right, top in boxes]
    finally:
        document.close()


@pytest.mark.parametrize("float_", ["table", "sidewaystable"])
def test_a_table_rows_figures_point_at_the_row_on_the_page_as_printed(tmp_path, float_):
    """A row's sentence is boxed by the row where it stands on the page, upright or turned on its side (a
    landscape page read turned upright): the box holds the row's figure glyphs and not the next row's."""
    from pipeline.reader.segment import sentences
    prose = "Spun scaffolds of several kinds were compared with one another in recent years. " * 6
    latex_tables(tmp_path, r"""\documentclass[10pt]{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{booktabs}\usepackage{rotating}\begin{document}""" + prose + r"\begin{" + float_ + r"""}\centering
Table 3. Invented spun scaffolds.\par\medskip
\begin{tabular}{lrrr}\toprule Scaffold & CE (\%) & Cycles & Ref. \\ \midrule
Spun glass & 97.1 & 300 & 8 \\ Spun carbon & 98.4 & 260 & 9 \\ Spun titania & 99.2 & 520 & 10 \\ \bottomrule
\end{tabular}\end{""" + float_ + "}" + prose + r"\end{document}", "booktabs, rotating or lmodern")
    pdf = tmp_path / "t.pdf"
    read = {s.text.split(":")[0]: s for s in sentences(read_document(pdf)) if s.kind == BlockKind.TABLE}
    row, next_row = read["Spun carbon"], read["Spun titania"]

    def inside(box, glyph) -> bool:
        return box.x0 - 0.5 <= glyph.x0 and glyph.x1 <= box.x1 + 0.5 and box.top - 0.5 <= glyph.top \
            and glyph.bottom <= box.bottom + 0.5

    assert all(inside(row.bbox, g) for g in _glyph_boxes(pdf, row.page, "98.4"))
    assert not any(inside(row.bbox, g) for g in _glyph_boxes(pdf, next_row.page, "99.2"))


def test_a_plain_group_label_after_the_widest_name_runs_on_past_the_column():
    """A label in the cells' own type under the column's widest name: no word would have fitted after that
    name, but the label runs on past the column, as no cell's next line does; a group's label all the same."""
    table = [TABLE[0], ["Metal scaffolds"], TABLE[1], TABLE[2], ["Ceramic and glass scaffolds"], TABLE[3]]
    assert rows(table_lines(table_page(table=table))[0].text) == table


def test_a_row_whose_name_is_left_blank_is_of_the_design_above_it():
    """A design tested under several conditions is named once, the rows under it left blank in the first
    column (and in the Ref. column): they are that design's rows, of its work, until a group's label, under
    which a blank name names nothing."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | Current density (mA cm−2) | CE (%) | Ref.\nSpun mat | 1 | 97.1 | 8\n | 3 | 96.0 | \n"
                         "Polymer films |  |  | \n | 2 | 95.5 | 9\nCast film | 0.5 | 98.4 | 9")
    assert [(s.text, s.citations[0].numbers) for s in table_sentences("d", block, 0)] == [
        ("Spun mat: Current density 1 mA cm−2; CE 97.1%.", (8,)), ("Spun mat: Current density 3 mA cm−2; CE 96.0%.", (8,)),
        ("Cast film: Current density 0.5 mA cm−2; CE 98.4%.", (9,))]


@pytest.mark.parametrize("cell, breaks, whole", [
    ("Cycl es", [4], "Cycles"), ("Re f.", [2], "Ref."), ("Efficie ncy (%)", [7, 11], "Efficiency (%)"),
    ("Lifesp an h", [6, 9], "Lifespan h"), ("Spun mass", [4], "Spun mass"), ("Cycles of the tungsten mat", [6], None),
    ("Cycl es", [], "Cycl es")])
def test_a_heading_word_broken_by_a_narrow_column_is_found_at_its_line_break(cell, breaks, whole):
    """A narrow padded column breaks a heading's word with no hyphen ("Cycl" "es", "Efficie" "ncy (%)"): the
    space set where the cell's lines were joined is taken out where the word whole names a property or the
    works cited, its unit aside; a heading of two words stays two words, and a space no line break set stays."""
    from pipeline.reader.tables import broken_word_at
    at = broken_word_at(cell, breaks)
    assert (cell if at is None else cell[:at] + cell[at + 1:]) == (whole or cell)


def test_a_heading_with_its_unit_bare_from_a_second_heading_row_gives_its_column_the_unit():
    """A second heading row may give each column's unit bare ("Current density" over "mA cm−2", "Efficiency"
    over "%"), read into the heading's cell after its name: the unit is the column's where the name is a
    property's; a heading naming none keeps its last word ("Spun mass mg" is no property the ontology knows)."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | Current density mA cm−2 | Efficiency % | Cycles | Ref.\n"
                         "Hafnium lattice | 0.5 | 99.2 | 640 | 4\nBare foil | 2 | 95.3 | 120 | 5")
    assert [s.text for s in table_sentences("d", block, 0)] == [
        "Hafnium lattice: Current density 0.5 mA cm−2; Efficiency 99.2%; 640 cycles.",
        "Bare foil: Current density 2 mA cm−2; Efficiency 95.3%; 120 cycles."]


def test_a_table_set_the_other_way_reads_each_column_as_a_design():
    """Designs as the columns and properties as the rows ("| Hafnium lattice | Bare foil" over "CE (%) | 99.2 |
    95.3"): each column is a design's row, cited by the "Ref." row, a column of units its properties'; a table whose heading names properties, or
    whose first column names designs (a word of a property's name in them: "foil"), reads as set."""
    from pipeline.reader.tables import table_sentences
    block = _table_block(" | Hafnium lattice | Bare foil\nCE (%) | 99.2 | 95.3\nCycle number | 640 | 120\n"
                         "Lifespan (h) | 900 | –\nRef. | 4 | 5")
    assert [(s.text, s.citations[0].numbers) for s in table_sentences("d", block, 0)] == [
        ("Hafnium lattice: CE 99.2%; 640 cycles; Lifespan 900 h.", (4,)), ("Bare foil: CE 95.3%; 120 cycles.", (5,))]
    with_units = _table_block("Sample | Unit | Hafnium lattice | Bare foil\nCE | % | 99.2 | 95.3\n"
                              "Overpotential | mV | 14 | 40\nRef. |  | 4 | 5")
    assert [s.text for s in table_sentences("d", with_units, 0)] == [
        "Hafnium lattice: CE 99.2%; Overpotential 14 mV.", "Bare foil: CE 95.3%; Overpotential 40 mV."]
    as_set = _table_block("Electrode | CE (%) | Cycles\nCopper foil | 97.1 | 300\nNickel layer | 98.4 | 260")
    assert [s.text for s in table_sentences("d", as_set, 0)] == [
        "Copper foil: CE 97.1%; 300 cycles.", "Nickel layer: CE 98.4%; 260 cycles."]


def test_a_turned_table_of_test_conditions_reads_its_rows_of_words_as_each_designs_conditions():
    """A turned table may state each design's test conditions in words ("Electrolyte | ether | carbonate"): such
    a row names no property, yet the rows of figures do, so the table still reads by column, each design with its
    conditions; a table with one row of figures named by a property is no turned table."""
    from pipeline.reader.tables import table_sentences
    block = _table_block(" | Hafnium lattice | Bare foil\nElectrolyte | ether | carbonate\nCE (%) | 99.2 | 95.3\n"
                         "Cycles | 640 | 120\nRef. | 4 | 5")
    assert [(s.text, s.citations[0].numbers) for s in table_sentences("d", block, 0)] == [
        ("Hafnium lattice: Electrolyte ether; CE 99.2%; 640 cycles.", (4,)),
        ("Bare foil: Electrolyte carbonate; CE 95.3%; 120 cycles.", (5,))]
    one = _table_block(" | Hafnium lattice | Bare foil\nElectrolyte | ether | carbonate\nCE (%) | 99.2 | 95.3")
    assert [s.text for s in table_sentences("d", one, 0)] == [      # read as set, a row a sentence
        "Electrolyte: Hafnium lattice ether; Bare foil carbonate.", "CE (%): Hafnium lattice 99.2; Bare foil 95.3."]


def test_a_turned_table_with_a_column_of_test_conditions_reads_each_figure_under_its_rows_condition():
    """A turned table may give each row's test condition in a column of its own ("Lifespan (h) | at 2 mA cm−2 | 900
    | 400"): the condition is each figure's of that row, read as a figure qualified in brackets, and the column
    names no design; a second column of words is no condition (a row of words, as set)."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Quantity | Condition | Hafnium lattice | Bare foil\nCE (%) | at 0.5 mA cm−2 | 99.2 | 95.3\n"
                         "Cycles | at 0.5 mA cm−2 | 640 | 120\nLifespan (h) | 3 mA cm−2, 3 mAh cm−2 | 900 | –")
    assert [s.text for s in table_sentences("d", block, 0)] == [
        "Hafnium lattice: CE 99.2% (at 0.5 mA cm−2); 640 cycles (at 0.5 mA cm−2); Lifespan 900 h (3 mA cm−2, 3 mAh "
        "cm−2).", "Bare foil: CE 95.3% (at 0.5 mA cm−2); 120 cycles (at 0.5 mA cm−2)."]
    words = _table_block("Quantity | Cell | Hafnium lattice | Bare foil\nCE (%) | half | 99.2 | 95.3\n"
                         "Cycles | half | 640 | 120")
    assert table_sentences("d", words, 0)[0].text.startswith("CE (%): Cell half;")


def test_a_paired_heading_named_as_one_gives_each_figure_its_unit():
    """"Test (mA cm−2/mA h cm−2)" over "2/4": a heading that names the pair as one thing, its units paired, reads each
    figure with its own unit (the units name the properties)."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | Test (mA cm−2/mA h cm−2) | Lifespan (h) | Ref.\nSpun mat | 2/4 | 700 | 8")
    assert [s.text for s in table_sentences("d", block, 0)] == ["Spun mat: 2 mA cm−2, 4 mA h cm−2; Lifespan 700 h."]


def test_a_blank_named_row_keeps_the_work_lifted_from_the_row_above():
    """The work's number set as a raised marker after the design's name (lifted out of the row) is the rows'
    under it too, where their name is left blank."""
    from dataclasses import replace

    from pipeline.reader.tables import table_sentences
    from pipeline.records import CitationMarker
    text = "Scaffold | Current density (mA cm−2) | CE (%)\nSpun mat | 1 | 97.1\n | 3 | 96.0\nCast film | 0.5 | 98.4"
    block = replace(_table_block(text), citations=(CitationMarker((8,), text.index(" | 1 |"), "8"),
                                                   CitationMarker((9,), text.index(" | 0.5"), "9")))
    assert [s.citations[0].numbers for s in table_sentences("d", block, 0)] == [(8,), (8,), (9,)]


def test_a_bar_inside_a_cell_is_the_cells_own():
    """Cells stand apart by a bar standing alone; the bars of a cell written as its stack ("Li||Cu") stay in
    the cell."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | CE in Li||Cu cells (%) | Overpotential in Li|Li cells (mV) | Ref.\n"
                         "Spun mat | 97.1 | 25 | 8")
    assert [s.text for s in table_sentences("d", block, 0)] == ["Spun mat: CE in Li||Cu cells 97.1%; Overpotential in "
                                                                "Li|Li cells 25 mV."]


def test_the_next_line_of_a_caption_over_the_heading_is_the_captions():
    """A caption over two lines, its second a few words flush with its first, stands just over the heading:
    the caption's line, not a line of the heading's first cell."""
    words = words_at(["Table 2. Invented scaffolds compared at several rates in the"], [60.0], 70)
    words += words_at(["cells of their kind."], [60.0], 81)
    for k, row in enumerate(TABLE):
        words += words_at(row, XS, 94 + 12 * k)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [TABLE]
    assert "cells of their kind." in [ln.text for ln in lines]


def test_a_paragraphs_last_line_just_over_a_table_is_the_paragraphs():
    """A table set in the column right under a paragraph whose last line is short, over the first column
    alone: that line runs on from the line above at the paragraph's pitch, so it ends the paragraph and is no
    line of the heading's first cell (a float a typesetter places in the column, its caption below it)."""
    words = words_at([PROSE[0]], [60.0], 60) + words_at(["of the cells."], [60.0], 71)
    for k, row in enumerate(TABLE):
        words += words_at(row, XS, 93 + 12 * k)
    words += words_at(["Table 2. Invented scaffolds compared."], [60.0], 93 + 12 * len(TABLE) + 4)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [TABLE]
    assert [ln.text for ln in lines if ln.kind is None][:2] == [PROSE[0], "of the cells."]


def _set_by_writer(name: str, tmp_path) -> tuple:
    """The blocks of invented paper ``name`` set again by LibreOffice Writer (``tests/retypeset.py``)."""
    import importlib

    from retypeset import read_latex
    from retypeset import writer_pdf as retypeset_writer_pdf
    soffice = shutil.which("soffice")
    if soffice is None:
        _unavailable("LibreOffice (soffice) is not installed")
    paper = read_latex(importlib.import_module(f"invented.{name}").tex())
    return read_document(retypeset_writer_pdf(paper, tmp_path / f"{name}.pdf", soffice)).blocks


def test_a_heading_under_a_writer_table_without_a_bottom_rule_is_no_row_of_it(tmp_path):
    """Invented paper 51 set again by LibreOffice Writer in a two-column section: its table has rules over and under
    its heading row only, so nothing but the type ends it. The section heading under it, in the text's larger
    bold type, stands under the first column as a cell's next line would, but it is no row of the table: the
    table ends with its last row of figures, and the heading heads the paragraph after it."""
    blocks = _set_by_writer("paper51", tmp_path)
    tables = [b.text for b in blocks if b.kind.value == "table"]
    assert len(tables) == 1 and tables[0].splitlines()[-1].startswith("Hysteresis (mV) |"), tables
    headings = [b.text for b in blocks if b.kind.value == "heading"]
    assert "4 Conclusions" in headings, headings


def test_notes_under_a_writer_table_without_a_bottom_rule_are_no_line_of_its_last_row(tmp_path):
    """Invented review 24 set again by LibreOffice Writer: its table has no bottom rule, and the line of its notes,
    in the cells' own type, stands under the first column as a cell's next line would. It opens on a raised mark
    ("ᵃ At 2 mA cm−2. ᵇ At 3 mAh cm−2."), as no cell's next line does: it is the table's note, not its last row's,
    and each mark, a word space after the note before it, opens its note."""
    blocks = _set_by_writer("review24", tmp_path)
    tables = [b.text for b in blocks if b.kind.value == "table"]
    assert len(tables) == 1 and tables[0].splitlines()[-1] == "Polymer–LiF hybrid film | 98.4⁽b⁾ | 420 | [13]", tables
    assert any(b.text == "a At 2 mA cm−2. b At 3 mAh cm−2." for b in blocks), [b.text for b in blocks]


def test_an_html_table_as_libreoffice_writer_sets_it(tmp_path):
    """LibreOffice Writer opening a web page sets its table's numbers flush right in their cells, so close to
    the names before them that a name and its row's first figure chain ("Woven copper mesh 1"), sets the
    heading cells at the middle of their row, over narrow columns of figures ("Ref." standing out past its
    column's numbers), and a design's name and work merged over two rows between them."""
    soffice = shutil.which("soffice")
    if soffice is None:
        _unavailable("LibreOffice (soffice) is not installed")
    prose = "<p>" + "Spun scaffolds of several kinds were compared with one another in recent years. " * 2 + "</p>"
    page = tmp_path / "t.html"
    page.write_text(
        f"<html><head><meta charset='utf-8'></head><body>{prose}<p>Table 1. Invented scaffolds and how they "
        "cycled.</p><table border='1' cellpadding='2' cellspacing='0'><tr><th>Scaffold</th><th>Current density "
        "(mA cm<sup>−2</sup>)</th><th>CE (%)</th><th>Cycles</th><th>Ref.</th></tr>"
        "<tr><td>Woven copper mesh</td><td>1</td><td>98.6</td><td>240</td><td>4</td></tr>"
        "<tr><td>Etched nickel sheet</td><td>0.5</td><td>97.9</td><td>410</td><td>5</td></tr>"
        "<tr><td rowspan='2'>Boron nitride felt</td><td>2</td><td>99.3</td><td>180</td><td rowspan='2'>6</td></tr>"
        f"<tr><td>3</td><td>98.1</td><td>300</td></tr></table>{prose}</body></html>", encoding="utf-8")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(tmp_path),
                    str(page)], check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)})
    tables = [rows(b.text) for b in read_document(tmp_path / "t.pdf").blocks if b.kind == BlockKind.TABLE]
    assert tables == [[["Scaffold", "Current density (mA cm−2)", "CE (%)", "Cycles", "Ref."],
                       ["Woven copper mesh", "1", "98.6", "240", "4"], ["Etched nickel sheet", "0.5", "97.9", "410", "5"],
                       ["Boron nitride felt", "2", "99.3", "180", "6"], ["Boron nitride felt", "3", "98.1", "300", "6"]]]


def test_a_line_of_the_other_column_level_between_heading_and_rows_is_passed_over():
    """On a two-column page the other column's lines fall between a table's lines ("a reference set between
    the heading and the first row"); the heading above such a line is still the table's."""
    table = [["Host", "CE (%)", "Cycles"], ["Brass sponge", "98.2", "200"], ["Nickel felt", "99.1", "350"],
             ["Zinc foam", "97.4", "150"]]
    # the heading squeezed: "CE (%)" and "Cycles" chained, a little further apart than a space
    words = words_at(["Table 1. Invented hosts."], [60.0], 86.0) + words_at(table[0], [60.0, 150.0, 180.0], 100.0)
    for k, row in enumerate(table[1:]):
        words += words_at(row, [60.0, 150.0, 186.75], 113.0 + 12 * k)        # counts centred under "Cycles"
    for k in range(6):
        words += words_at(["the other column of the page runs on"], [320.0], 82.0 + 12 * k)
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [table]


def test_rows_padded_far_apart_in_the_same_columns_are_one_table():
    """A word processor pads a boxed table's cells far from its rules: each row stands two or three lines below
    the one above, further than the lines of a table ever stand, but every row's cells stand in the columns of
    the row above; they are one table all the same. Prose after it, as far below, is no row."""
    words = words_at(["Table 2. Invented scaffolds compared."], [60.0], 60)
    for k, row in enumerate(TABLE):
        words += words_at(row, XS, 84 + 30 * k)
    words += words_at([PROSE[0]], [60.0], 84 + 30 * len(TABLE))
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    assert [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE] == [TABLE]
    assert PROSE[0] in [ln.text for ln in lines]


@pytest.mark.parametrize("above, label", [("Folded zinc paper with ridges", True), ("Folded zinc paper with ridges on", False)])
def test_a_plain_group_label_in_a_table_of_groups_follows_a_name_ending_whole(above, label):
    """In a table whose first row is a group's label, a line of the first column alone in the cells' own type that
    opens with a capitalised word is the next group's label, though its first word would not have fitted after
    the name above and it runs no wider than the column (the widest name is another); under a name broken
    mid-phrase ("… ridges on") it is that name's next line."""
    next_line = "Metal-based scaffolds" if label else "Titanium sheets"
    assert 60 + _width(f"{above} {next_line.split()[0]}") > 60 + _width("Etched graphite sheet with open pores")
    table = [TABLE[0], ["Carbon-based scaffolds"], ["Spun carbon sponge", "1", "98.6", "240", "21"],
             ["Etched graphite sheet with open pores", "0.5", "97.9", "410", "22"], [above, "2", "99.0", "300", "23"],
             [next_line], ["Boron nitride felt", "2", "99.0", "180", "24"]]
    found = rows(table_lines(table_page(table=table, xs=[60.0, 250.0, 320.0, 370.0, 420.0]))[0].text)
    if label:
        assert found == table
    else:
        assert found[4] == [f"{above} {next_line}", "2", "99.0", "300", "23"] and len(found) == 6



RAISED_UNITS = [["Scaffold", "Conditions", "CE (%)", "Cycles", "Ref."],
                ["Woven copper mesh", "1 mA cm−2, 1 mAh cm−2", "98.6", "240", "4"],
                ["Etched nickel sheet", "0.5 mA cm−2, 2 mAh cm−2", "97.9", "410", "5"],
                ["Boron nitride felt", "2 mA cm−2, 4 mAh cm−2", "99.3", "180", "6"]]


def test_a_cell_of_figures_with_raised_units_is_one_cell(tmp_path, chromium):
    """A cell that writes its figures' units ("1 mA cm⁻², 1 mAh cm⁻²") leaves, where each raised "−2" is lifted
    out of its line, a gap wider than a word gap (a browser sets a superscript wide): the cell's words chain
    across the room their scripts take, so the cell stays one, in its column."""
    from browser_typeset import _faces

    def raised(cell: str) -> str:
        return cell.replace("−2", "<sup>−2</sup>")
    trs = "".join("<tr>" + "".join(f"<td>{raised(c)}</td>" for c in row) + "</tr>" for row in RAISED_UNITS)
    prose = "<p>" + "Spun scaffolds of several kinds were compared with one another in recent years. " * 4 + "</p>"
    css = (f"{_faces('serif')} body {{ font-family: Body; font-size: 9.5pt; }} td {{ padding: 1pt 6pt; }} "
           "table { font-size: 8pt; border-collapse: collapse; border-top: 1px solid; border-bottom: 1px solid; }")
    html = (f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{prose}<p>Table 1. Invented "
            f"scaffolds and their test conditions.</p><table>{trs}</table>{prose}</body></html>")
    assert [rows(text) for text in browser_tables(tmp_path, html, chromium)] == [RAISED_UNITS]


def test_figures_paired_under_headings_of_their_own_units_and_qualified_in_brackets_read_as_figures():
    """"98.5/200" under "CE (%)/cycles" is two figures, each of its heading's part and unit; "99.1 (500 cycles)"
    under "CE (%)" is the figure in the column's unit, then what qualifies it."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Scaffold | CE (%)/cycles | CE (%) | Ref.\nSpun mat | 98.5/200 | 99.1 (500 cycles) | 8")
    assert [s.text for s in table_sentences("d", block, 0)] == ["Spun mat: CE 98.5%, 200 cycles; CE 99.1% (500 cycles)."]


@pytest.mark.parametrize("cell, reports", [
    ("98.2", True), ("0.5/1", True), ("99.1 (500 cycles)", True), ("1 mA cm−2, 1 mAh cm−2", True), ("[12]", True),
    ("Ref. 12", True), ("5 h", True), ("1 M LiTFSI in DOL/DME", False), ("Woven mesh", False), ("PXQ-7 film", False)])
def test_a_cell_reports_figures_bare_with_their_units_or_qualifiers_or_their_work(cell, reports):
    from pipeline.reader.tables import reports_figure
    assert reports_figure(cell) is reports


def test_a_table_of_figures_written_with_their_units_and_qualifiers_is_a_table():
    """A table whose cells write their figures with what goes with them ("99.1 (500 cycles)", "1 mA cm−2, 1 mAh
    cm−2", "Ref. 12") has few bare figures, yet every cell reports one: a table all the same."""
    table = [["Scaffold", "CE (%)/cycles", "CE (%)", "Conditions", "Ref."],
             ["Woven zinc mesh", "98.5/200", "99.1 (500 cycles)", "1 mA cm−2, 1 mAh cm−2", "Ref. 12"],
             ["Etched cobalt foam", "97.8/150", "98.7 (1000 cycles)", "2 mA cm−2, 2 mAh cm−2", "Ref. 13"],
             ["Spun boron felt", "99.0/300", "—", "0.5 mA cm−2, 1 mAh cm−2", "Ref. 14"]]
    assert rows(table_lines(table_page(table=table, xs=[60.0, 160.0, 230.0, 320.0, 450.0]))[0].text) == table



@pytest.mark.parametrize("aligned", ["bottom", "top"])
def test_a_cells_line_goes_with_the_row_it_stands_nearer(aligned):
    """Rows padded apart, a name broken over two lines: set to the bottom of its row (reportlab's way, Word's
    bottom alignment) the name's first line stands over its row's figures, nearer them than the row above; set
    to the top, its next line stands under them, nearer them than the row below. Either way the line is the
    name's, whatever row it stands between."""
    words = words_at(["Table 2. Invented scaffolds compared."], [60.0], 60)
    words += words_at(TABLE[0], XS, 84)
    words += words_at(TABLE[1], XS, 100)
    wrapped = ["Etched nickel sheet", "0.5", "97.9", "410", "22"]
    if aligned == "bottom":
        words += words_at(["Etched nickel sheet"], [60.0], 116) + words_at(["plated with tin", *wrapped[1:]], XS, 126)
    else:
        words += words_at(wrapped, XS, 116) + words_at(["plated with tin"], [60.0], 126)
    words += words_at(TABLE[3], XS, 142)
    found = rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text)
    assert found == [TABLE[0], TABLE[1], ["Etched nickel sheet plated with tin", *wrapped[1:]], TABLE[3]]

def test_a_table_rows_design_is_named_by_its_first_cell_whole(tmp_path):
    """A review's table names each row's design in its first cell: the row's figures are that design's, named as
    the cell names it, not by a phrase read out of the row's words ("Sintered zinc" of "Sintered zinc frit", a
    film the design is coated with)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5)
    heading = ParagraphStyle("heading", parent=body, fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6)
    names = ["Sintered zinc frit", "Woven titanium sheet", "Tungsten boride scaffold coated with a thin alumina film"]
    cells = [["Host", "CE (%)", "Cycles", "Ref."], *[[n, f"{97 + k}.5", f"{200 + 100 * k}", f"{4 + k}"]
                                                      for k, n in enumerate(names)]]
    small = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10)
    grid = Table([[Paragraph(c, small) for c in row] for row in cells], colWidths=[200, 50, 50, 35])
    grid.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                              ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
    story = [Paragraph("Porous hosts for lithium metal anodes: a review", heading), Paragraph("1. Introduction", heading),
             Paragraph("Lithium metal grows needles when plated unevenly [1,2]. Porous hosts spread the current and "
                       "slow that growth [3].", body), Paragraph("Table 1. Invented hosts and how they cycled.", body),
             Spacer(1, 4), grid, Spacer(1, 8), Paragraph("All three held their efficiency over long cycling.", body),
             Paragraph("References", heading)]
    story += [Paragraph(f"{k}. A. Amber, J. Invented Chem., {2010 + k}, {k}, {10 * k}–{10 * k + 9}.", body)
              for k in range(1, 7)]
    pdf = tmp_path / "review.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build(story)
    processed = api.process(pdf)
    labels = {s.key: s.label for s in processed.extraction.structures}
    designs = {(labels[m.structure], m.value) for m in processed.extraction.measurements}
    assert {(n, float(f"{97 + k}.5")) for k, n in enumerate(names)} <= designs, designs



def test_cells_set_to_the_middle_of_their_row_over_two_lines_and_one_are_one_row():
    """A browser sets a table's cells to the middle of their row: a name and a work ("Ref. 21") each over two
    lines straddle the line of their row's figures, half a line above and below. The three overlapping lines
    are one row, the first row's too (its first line no heading's), each cell its lines top to bottom."""
    words = words_at(["Table 2. Invented scaffolds compared."], [60.0], 60)
    words += words_at(TABLE[0], XS, 84)
    top = 100.0
    for k, (name, *figures, ref) in enumerate(TABLE[1:]):
        if k == 1:                                         # a row of one line
            words += words_at([name, *figures, f"Ref. {ref}"], XS, top + 5)
        else:
            first, last = name.rsplit(" ", 1)
            words += words_at([first, "Ref."], [60.0, XS[4]], top) + words_at(figures, XS[1:4], top + 5)
            words += words_at([last, ref], [60.0, XS[4]], top + 10)
        top += 26
    found = rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text)
    assert found == [TABLE[0], *[[*row[:4], f"Ref. {row[4]}"] for row in TABLE[1:]]]


def test_a_heading_may_write_its_unit_after_a_slash_and_a_figure_its_spread():
    """"Current density/mA cm−2" and "CE/%" are a quantity over its unit (a journal's ISO style); "98.5 ± 0.3" is a
    figure with its spread. A slash between two names ("Li/Cu", "N/P", "E/C") or before a count ("CE (%)/cycles")
    sets no unit."""
    from pipeline.reader.tables import _heading, table_sentences
    block = _table_block("Scaffold | Current density/mA cm−2 | CE/% | Lifespan/h | Overpotential (mV) | Ref.\n"
                         "Spun mat | 1 | 98.5 ± 0.3 | 600 | 25 ± 2 | 8")
    assert [s.text for s in table_sentences("d", block, 0)] == [
        "Spun mat: Current density 1 mA cm−2; CE 98.5 ± 0.3%; Lifespan 600 h; Overpotential 25 ± 2 mV."]
    assert [_heading(h) for h in ("Li/Cu", "N/P", "E/C", "CE (%)/cycles")] == [
        ("Li/Cu", ""), ("N/P", ""), ("E/C", ""), ("CE (%)/cycles", "")]


def test_a_plain_label_fits_after_a_name_within_the_widest_name_set_over_two_lines():
    """Where the widest name is set over two lines to the middle of its row, the first column reaches as far as
    that name's first line, though no line of three cells does: a label whose first word fits there after the
    name above is a label, not that name's next line."""
    xs = [60.0, 250.0, 320.0, 370.0, 420.0]
    words = words_at(["Table 2. Invented scaffolds compared."], [60.0], 60) + words_at(TABLE[0], xs, 84)
    words += words_at(["Spun carbon sponge", "1", "98.6", "240", "21"], xs, 100)
    words += words_at(["Folded zinc paper", "0.5", "97.9", "410", "22"], xs, 112)
    words += words_at(["Metal hosts"], [60.0], 124)
    words += words_at(["Etched cobalt foam coated with a thin"], [60.0], 136)
    words += words_at(["2", "99.0", "180", "23"], xs[1:], 141) + words_at(["zinc oxide film"], [60.0], 146)
    words += words_at(["Boron nitride felt", "3", "98.1", "300", "24"], xs, 160)
    found = rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text)
    assert [row[0] for row in found] == ["Scaffold", "Spun carbon sponge", "Folded zinc paper", "Metal hosts",
                                         "Etched cobalt foam coated with a thin zinc oxide film", "Boron nitride felt"]


def test_a_heading_over_a_label_and_of_cells_of_one_word_run_together_is_the_tables():
    """A heading set to the middle of its row ("CE" over "(%)" beside "Scaffold"), two of its cells of a word each
    run together ("Cycles Ref.", a narrow table), a group's label under it: the label is passed over on the way up
    to the heading (the body's, not the heading's), and the run of single words is cut at its columns."""
    xs = [60.0, 200.0, 250.0, 280.0]
    words = words_at(["Table 2. Invented scaffolds compared."], [60.0], 60)
    words += words_at(["CE"], [200.0], 78) + words_at(["Scaffold", "Cycles", "Ref."], [60.0, 250.0, 280.0], 83)
    words += words_at(["(%)"], [200.0], 88) + words_at(["Metal scaffolds"], [60.0], 100)
    table = [["Scaffold", "CE (%)", "Cycles", "Ref."], ["Metal scaffolds"], ["Woven copper mesh", "98.6", "240", "21"],
             ["Etched nickel sheet", "97.9", "410", "22"], ["Boron nitride felt", "99.0", "180", "23"]]
    for k, row in enumerate(table[2:]):
        words += words_at(row, xs, 112 + 12 * k)
    assert rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text) == table


@pytest.mark.parametrize("heading_x", [60.0, 80.0])
def test_a_column_of_names_set_once_over_their_rows_under_a_heading_of_its_own_is_the_tables(heading_x):
    """Names set once at the middle of their rows stand in fewer than half the lines, and the next column's wide
    heading sets its figures far from them: still the table's first column, for it has a heading of its own,
    flush with the names or centred over them."""
    xs = [60.0, 260.0, 320.0, 370.0, 420.0]
    words = words_at(["Table 2. Invented scaffolds compared."], [60.0], 60)
    words += words_at(["Scaffold", "Current density (mA cm−2)", "CE (%)", "Cycles", "Ref."],
                      [heading_x, 160.0, *xs[2:]], 84)
    found = [["Scaffold", "Current density (mA cm−2)", "CE (%)", "Cycles", "Ref."]]
    for k, (name, figures) in enumerate([("Woven copper mesh", [("1", "98.6", "240"), ("2", "98.1", "180"),
                                                               ("3", "97.2", "90")]),
                                         ("Etched nickel sheet", [("0.5", "97.9", "410"), ("1", "97.4", "300"),
                                                                  ("2", "96.8", "200")])]):
        for j, cells in enumerate(figures):
            top = 96 + 12 * (3 * k + j)
            words += words_at([*cells, str(21 + k)] if j == 1 else list(cells), xs[1:] if j == 1 else xs[1:4], top)
            words += words_at([name], [60.0], top) if j == 1 else []
            found.append([name, *cells, str(21 + k)])
    words += words_at(["Boron nitride felt", "2", "99.3", "180", "23"], xs, 168)
    found.append(["Boron nitride felt", "2", "99.3", "180", "23"])
    assert rows(table_lines(PageWords(1, 612, 792, tuple(words)))[0].text) == found


def test_a_line_of_figures_straddling_a_line_of_words_under_a_caption_is_no_table():
    """A line of three cells of words, a line of fewer cells overlapping it below, the only figure in that line:
    no full line holds a figure, so no table, and every word is read."""
    words = words_at(["Table 2. Invented words."], [60.0], 60)
    words += words_at(["Woven", "copper", "mesh"], [60.0, 200.0, 300.0], 84) + words_at(["Etched", "12"], [60.0, 200.0], 89)
    page = PageWords(1, 612, 792, tuple(words))
    assert table_lines(page) == []
    assert sum(len(ln.text.split()) for ln in page_lines(page)) == len(words)


def test_lines_of_the_other_page_column_between_a_tables_rows_use_up_none_of_its_short_rows():
    """On a two-column page, a padded table's rows stand apart with the other column's lines of text between
    them (each a full-measure line starting where that column's line in the table's rows starts): they are no
    short rows of the table, so its rows stay one run. Lines of the table's own column between its rows (a
    paragraph run on under it) still end the run."""
    from pipeline.reader.layout import Segment
    from pipeline.reader.table_regions import TableOptions, _Row, _runs

    def row(top: float, *spans: tuple[float, float]) -> _Row:
        return _Row(tuple(Segment([], x0, x1, top, top + 10) for x0, x1 in spans), top, top + 10)

    cells, prose = ((65, 110), (140, 160), (195, 210)), (308, 538)
    lines = [row(0, *cells, prose), row(11, (140, 158), prose)] + [row(22 + 11 * k, (308, 538)) for k in range(4)] + \
        [row(66, *cells, prose)]
    assert _runs(lines, TableOptions()) == [(0, 6)]
    own = [row(0, *cells, prose), row(11, (140, 158), prose)] + [row(22 + 11 * k, (57, 287)) for k in range(4)] + \
        [row(66, *cells, prose)]
    assert _runs(own, TableOptions()) == [(0, 0), (6, 6)]


@pytest.mark.parametrize("cell", ["8.2 × 10−5", "8.2e-5", "8.2 × 10^-5", "(8.2 ± 0.3) × 10−5", "3 × 10⁻⁴"])
def test_a_figure_with_its_power_of_ten_is_a_figure(cell):
    from pipeline.reader.tables import is_figure
    assert is_figure(cell)


def test_a_power_of_ten_typed_as_a_computer_writes_it_reads_as_printed():
    """"8.2e-5" under "σ (S cm−1)" is read as a page prints it, so the figure is read as one."""
    from pipeline.reader.tables import table_sentences
    block = _table_block("Film | σ (S cm−1) | Cycles\nPXQ-7 film | 8.2e-5 | 300")
    assert [s.text for s in table_sentences("d", block, 0)] == ["PXQ-7 film: σ 8.2 × 10−5 S cm−1; 300 cycles."]


def _table_in_running_text(tmp_path, section: str, table: str):
    """The tables pdfLaTeX's page holds: ``table`` (a caption and a tabular) set in a two-column section of prose."""
    prose = (f"{section} of several kinds were compared under the conditions of the table that follows, and the text "
             "runs on around it so that the reader sees it in place. ") * 3
    return latex_tables(tmp_path, r"""\documentclass[10pt,twocolumn]{article}\usepackage[T1]{fontenc}
\usepackage{mathptmx}\begin{document}
\section*{1. """ + section + "}\n" + prose + r"""
\begin{table}[h]\centering
""" + table + r"""\end{table}
After the table the running text goes on as it did before, unbroken by what stood in between.
\end{document}""", "mathptmx")


def test_latex_table_of_figures_raised_to_powers_of_ten_is_read_row_by_row(tmp_path):
    """A cell "8.2 × 10⁻⁵" has its power raised over the ten: with it, the cell is a figure, and the table is one."""
    tables = _table_in_running_text(tmp_path, "Films", r"""\caption*{Table 2. Invented films at 30 and 60 °C.}
\begin{tabular}{lcc}\hline
Film & $\sigma_{30}$ (S cm$^{-1}$) & $\sigma_{60}$ (S cm$^{-1}$) \\ \hline
WB-2 & 7.4 $\times$ 10$^{-5}$ & 3.3 $\times$ 10$^{-4}$ \\
WB-4 & 1.9 $\times$ 10$^{-4}$ & 8.8 $\times$ 10$^{-4}$ \\
WB-8 & 1.1 $\times$ 10$^{-4}$ & 5.2 $\times$ 10$^{-4}$ \\ \hline
\end{tabular}""")
    assert len(tables) == 1
    assert rows(tables[0])[1:] == [["WB-2", "7.4 × 10−5", "3.3 × 10−4"], ["WB-4", "1.9 × 10−4", "8.8 × 10−4"],
                                   ["WB-8", "1.1 × 10−4", "5.2 × 10−4"]]


def test_latex_table_whose_figures_write_their_units_is_read_row_by_row(tmp_path):
    """No cell is a bare figure when every cell writes its unit ("1 mA cm⁻²" under "Current density"); those
    cells are the table's figures."""
    tables = _table_in_running_text(tmp_path, "Hosts", r"""\caption*{Table 4. Invented hosts and their test conditions.}
\begin{tabular}{lcc}\hline
Host & Current density & Capacity \\ \hline
Boride mesh & 1 mA cm$^{-2}$ & 1 mAh cm$^{-2}$ \\
Spun tungsten & 3 mA cm$^{-2}$ & 2 mAh cm$^{-2}$ \\
Sintered felt & 5 mA cm$^{-2}$ & 1 mAh cm$^{-2}$ \\ \hline
\end{tabular}""")
    assert len(tables) == 1
    assert rows(tables[0]) == [["Host", "Current density", "Capacity"],
                               ["Boride mesh", "1 mA cm−2", "1 mAh cm−2"], ["Spun tungsten", "3 mA cm−2", "2 mAh cm−2"],
                               ["Sintered felt", "5 mA cm−2", "1 mAh cm−2"]]


def test_a_captions_last_line_set_tight_on_a_raised_heading_stays_before_the_table():
    """A caption above its table wraps onto a short last line set tight on the heading, whose math letter's
    taller box ("σ (mA cm⁻²)") lifts the table's top above that line's descenders: by its bottom the line was below the
    table's top, the table went in before it, and the caption lost its condition ("… the first at" | rows |
    "30 °C."). By its middle it is above the table."""
    words, top = [], 60.0
    for line in PROSE:
        words += words_at([line], [60.0], top)
        top += 11
    caption = ["Table 2. Invented scaffolds compared in symmetric cells with the carbonate electrolyte at a rate",
               "of 1 mA cm−2 and a capacity of 1 mAh cm−2, each over many cycles, the first at", "30 °C."]
    top += 8
    for line in caption:
        words += words_at([line], [60.0], top)
        top += 11
    head = top - 2
    words += words_at(["Scaffold", "(mA cm", "CE (%)", "Cycles", "Ref."], [XS[0], XS[1] + 7, *XS[2:]], head)
    words += [Word("σ", XS[1], XS[1] + 5, head - 2.6, head + 7.8, SIZE, "CMMI9"),     # a math font's taller box
              Word("−2", 231.75, 237.75, head - 3.5, head + 2.5, 6.0, "Times-Roman"),
              Word(")", 237.75, 240.25, head, head + SIZE, SIZE, "Times-Roman")]
    top = head + 12
    for row in TABLE[1:]:
        words += words_at(row, XS, top)
        top += 12
    for line in PROSE:
        words += words_at([line], [60.0], top + 10)
        top += 11
    lines = page_lines(PageWords(1, 612, 792, tuple(words)))
    kinds = [ln.kind for ln in lines]
    table = kinds.index(BlockKind.TABLE)
    assert [ln.text for ln in lines[table - 3:table]] == caption
    assert rows(lines[table].text)[0] == ["Scaffold", "σ (mA cm−2)", "CE (%)", "Cycles", "Ref."]


def test_latex_landscape_page_keeps_the_widths_of_its_glyphs(tmp_path):
    """A table set on a page turned by /Rotate (pdflscape): pdfium places its text upright in the page's own
    space, and each glyph's width is checked against pdfium's box of it there. Checked in the turned space,
    nothing was checked, a width pdfium found for the wrong code stood, and "cm−2" read "cm− 2"."""
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    (tmp_path / "t.tex").write_text(r"""\documentclass{article}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{textcomp}\usepackage{pdflscape}\begin{document}
Porous hosts of several kinds were compared, and the text runs on to the turned page that follows.
\begin{landscape}\begin{table}[h]\centering
\caption{Invented hosts cycled in symmetric cells at 1 mA cm\textminus{}2 and 2 mAh cm\textminus{}2.}
\begin{tabular}{lrr}\hline Host & Overpotential (mV) & Cycles\\ \hline
Spun copper felt & 15 & 300\\ Etched nickel sheet & 22 & 410\\ Woven zinc mesh & 31 & 180\\ \hline
\end{tabular}\end{table}\end{landscape}
\end{document}""")
    done = subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True, check=False)
    if done.returncode != 0:
        _unavailable("pdflatex could not typeset the page (pdflscape or lmodern is missing)")
    for backend in ReaderBackend:
        captions = [b.text for b in read_document(tmp_path / "t.pdf", backend=backend).blocks
                    if b.kind == BlockKind.CAPTION]
        assert captions == ["Table 1: Invented hosts cycled in symmetric cells at 1 mA cm−2 and 2 mAh cm−2."]


def test_a_table_broken_inside_its_heading_row_over_two_columns_is_one_table():
    """Writer may break a table over a section's columns inside a row whose cells wrap: here the heading's, its
    first lines at the first column's foot under the caption, a cell's last line ("cycle (mV)") alone at the top
    of the second column over the rows. The second column opened with one cell's line, no row of cells, and the
    rows carried over read as prose. Lines that stand under one cell of the foot's last row of cells each may
    open the column; the rows after them are the table's."""
    words = []
    for k in range(30):
        words += words_at(["the invented running text of the first column goes on"], [60.0], 60 + 11 * k)
    words += words_at(["Table 1. Invented scaffolds and their overpotential."], [60.0], 400)
    words += words_at(["Scaffold", "Overpotential", "Cycles to"], [60.0, 150.0, 220.0], 414)
    words += words_at(["in the first", "failure"], [150.0, 220.0], 426)
    words += words_at(["cycle (mV)"], [410.0], 60)
    body = [["Woven copper mesh", "12", "240"], ["Etched nickel sheet", "19", "410"], ["Boron nitride felt", "26", "180"]]
    for k, row in enumerate(body):
        words += words_at(row, [320.0, 410.0, 480.0], 74 + 12 * k)
    for k in range(20):
        words += words_at(["and the second column's running text under the table"], [320.0], 124 + 11 * k)
    lines = page_lines(PageWords(1, 600, 800, tuple(words)))
    tables = [rows(ln.text) for ln in lines if ln.kind == BlockKind.TABLE]
    assert tables == [[["Scaffold", "Overpotential in the first cycle (mV)", "Cycles to failure"], *body]]


def test_a_heading_whose_narrow_cells_wrap_to_five_lines_is_read_whole():
    """A word processor wraps a long heading in a narrow column to five lines over the figures, and sets the last
    column's heading from its edge, wider than its short figures ("Cycles before a" over "240"). The heading lost its
    upper lines (three were looked for) and the line whose last cell ran past the figures' reach; a cell set from
    the last column's edge may run on, and a heading's wrapped lines run to six."""
    words = []
    for k in range(3):
        words += words_at(["the invented running text of the page goes on above the table here"], [60.0], 20 + 11 * k)
    words += words_at(["Table 1. Invented scaffolds and their overpotential."], [60.0], 60)
    heading = [["Scaffold", "Overpotential in", "Cycles before a"], ["", "the first cycle", "short circuit"],
               ["", "at the stated"], ["", "current density"], ["", "(mV)"]]
    for k, row in enumerate(heading):
        cells = [(c, x) for c, x in zip(row, [60.0, 200.0, 300.0], strict=False) if c]
        words += words_at([c for c, _ in cells], [x for _, x in cells], 80 + 12 * k)
    body = [["Woven copper mesh", "12", "240"], ["Etched nickel sheet", "19", "410"], ["Boron nitride felt", "26", "180"]]
    for k, row in enumerate(body):
        words += words_at(row, [60.0, 200.0, 300.0], 142 + 12 * k)
    for k in range(3):
        words += words_at(["and the running text of the page goes on under the table as well"], [60.0], 190 + 11 * k)
    tables = [rows(ln.text) for ln in page_lines(PageWords(1, 600, 800, tuple(words))) if ln.kind == BlockKind.TABLE]
    assert tables == [[["Scaffold", "Overpotential in the first cycle at the stated current density (mV)",
                        "Cycles before a short circuit"], *body]]


@pytest.mark.parametrize("float_, width", [("table", 22), ("table*", 22), ("table[p]", 32)])
def test_latex_table_in_the_second_column_whose_last_cell_ends_level_with_a_heading_of_the_first(tmp_path, float_,
                                                                                                 width):
    """A two-column page whose table floats to the top of the second column, its last row's name wrapped over
    three lines: the third stands level with a section heading of the first column, which sorts between the
    row's lines. That heading, under none of the row's cells, ended the table there, and the name's last line
    ("…sepa- | rator") was left to the running text. Floated past the reference list, beside its last entries,
    the line ("arator") was read as an entry. Set across both columns (table*), its justified cells' line ends
    ("Garcia … and") had made columns of their own, and the table read as prose."""
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    from invented import review8

    source = review8.tex().replace("[12pt]{article}", "[12pt,twocolumn]{article}")
    if width != 32:
        source = source.replace("p{32mm}cccp{30mm}", f"p{{{width}mm}}cccp{{{width}mm}}")
    if float_ == "table*":
        source = source.replace(r"\begin{table}[h]", r"\begin{table*}[t]").replace(r"\end{table}", r"\end{table*}")
    elif float_ == "table[p]":
        source = source.replace(r"\begin{table}[h]", r"\begin{table}[p]")
    assert "twocolumn" in source and f"p{{{width}mm}}" in source and (float_ == "table") == (r"\begin{table}[h]" in source)
    (tmp_path / "t.tex").write_text(source, encoding="utf-8")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True, check=False)
    if not (tmp_path / "t.pdf").exists():
        _unavailable("pdflatex could not typeset the review (times is missing)")
    tables = [b.text for b in read_document(tmp_path / "t.pdf").blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert [row[:4] for row in rows(tables[0])[1:]] == [[name, str(j), str(q), str(h)]
                                                         for name, j, q, h, *_ in review8.TABLE_ROWS]


def test_latex_justified_cell_of_a_fixed_width_column_stays_in_its_column(tmp_path):
    """A cell set justified in a fixed-width column (p{…}) whose first line holds few words: its spaces stretch
    wider than a hair, and the word the line ends on stood as a column of its own ("Sintered cobalt mat |
    fibre", an empty cell in every other row). The words that end such lines, flush right, no figure, the cell
    going on in the next line, are the column's before them."""
    tables = latex_tables(tmp_path, r"""\documentclass[12pt,twocolumn]{article}\usepackage{times}\linespread{1.5}
\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}\begin{document}
Metal anodes fail by needles and a weak film. This account sorts the hosts proposed against both into three groups.

\begin{table}[h]\centering\small\caption{Hosts in symmetric cells}\begin{tabular}{p{22mm}cccp{22mm}}\hline
Host & $j$ (mA cm$^{-2}$) & $Q$ (mA h cm$^{-2}$) & Life (h) & Source \\\hline
Sintered cobalt fibre mat & 4 & 2 & 1300 & Berg and Lund (2020) \\ Zirconia-coated membrane & 2 & 1 & 600 & Moss et al. (2017) \\
\hline\end{tabular}\end{table}

Mats of cobalt fibre held a current of 4 mA cm$^{-2}$ for 1300 h. Coated membranes held 2 mA cm$^{-2}$ for 600 h.
\end{document}""", "times")
    assert len(tables) == 1
    assert rows(tables[0])[1:] == [["Sintered cobalt fibre mat", "4", "2", "1300", "Berg and Lund (2020)"],
                                   ["Zirconia-coated membrane", "2", "1", "600", "Moss et al. (2017)"]]


@pytest.mark.parametrize("columns", ["", "twocolumn,"])
def test_a_table_whose_results_column_states_them_in_words_is_a_table(tmp_path, columns):
    """A review's 'Performance' column writes each work's results as a few words ("CE 97.2% over 400 cycles at 2 mA
    cm−2"), wrapped in a narrow column: its cells are no bare figures, but they state figures, and the table is read
    row by row with each cell's lines joined."""
    prose = "Invented coatings of several kinds were compared, and the text runs on around the table below. " * 3
    tables = latex_tables(tmp_path, r"""\documentclass[""" + columns + r"""10pt]{article}\usepackage[T1]{fontenc}\usepackage{mathptmx}
\begin{document}
\section*{3. Invented coatings}
""" + prose + r"""
\begin{table}[h]\centering\small\caption{Invented coatings compared.}
\begin{tabular}{lp{30mm}c}\hline
Coating & Performance & Ref. \\ \hline
Tin phosphide skin & CE 97.2\% over 400 cycles at 2 mA cm$^{-2}$ & 14 \\
Boron oxide film & 850 h at 1.5 mA cm$^{-2}$ & 15 \\
Gallium nitride layer & overpotential 21 mV at 0.6 mA cm$^{-2}$ & 16 \\ \hline
\end{tabular}\end{table}
After the table the running text goes on as it did before.
\end{document}""", "mathptmx")
    assert len(tables) == 1
    assert rows(tables[0]) == [["Coating", "Performance", "Ref."],
                               ["Tin phosphide skin", "CE 97.2% over 400 cycles at 2 mA cm−2", "14"],
                               ["Boron oxide film", "850 h at 1.5 mA cm−2", "15"],
                               ["Gallium nitride layer", "overpotential 21 mV at 0.6 mA cm−2", "16"]]


def test_a_table_that_sets_its_works_first_is_read_by_the_names_after_them(tmp_path):
    """'Ref. | Kind | Host | CE (%) | Cycles': the works' numbers first, a column of kinds whose words repeat, then
    the names. Its cells besides the names are mostly figures (the works' numbers among them), so it is a table, and
    each row is read by its name and cited to its work."""
    from pipeline.reader.tables import table_sentences
    prose = "Invented hosts of several kinds were compared, and the text runs on around the table below. " * 3
    source = r"""\documentclass[10pt]{article}\usepackage[T1]{fontenc}\usepackage{mathptmx}
\begin{document}
\section*{2. Invented hosts}
""" + prose + r"""
\begin{table}[h]\centering\small\caption{Invented hosts compared.}
\begin{tabular}{clllc}\hline
Ref. & Kind & Host & CE (\%) & Cycles \\ \hline
21 & Host & Tin-plated carbon mat & 98.1 & 420 \\
22 & Host & Porous zinc sheet & n/a & 310 \\
23 & Separator & Alumina-faced aramid film & 97.6 & 260 \\
24 & Interphase & Lithium borate skin & 98.9 & 530 \\ \hline
\end{tabular}\end{table}
After the table the running text goes on as it did before.
\end{document}"""
    tables = latex_tables(tmp_path, source, "mathptmx")
    assert len(tables) == 1
    block = next(b for b in read_document(tmp_path / "t.pdf").blocks if b.kind == BlockKind.TABLE)
    said = [(s.text.split(":")[0], s.cited_numbers) for s in table_sentences("t", block, 0)]
    assert said == [("Tin-plated carbon mat", (21,)), ("Porous zinc sheet", (22,)),
                    ("Alumina-faced aramid film", (23,)), ("Lithium borate skin", (24,))]


@pytest.mark.parametrize("note_in_table", [False, True])
def test_latex_table_footnote_marks_carry_their_notes_into_the_rows(tmp_path, note_in_table):
    """A table that marks exceptions with footnotes, on a figure ('98.9ᵃ') or on a design's name ('Spun glass matᵇ'),
    its notes set under it ('ᵃ At 2 mA cm−2.'), or as its last row: each marked row's sentence says its note, which
    the rows left unmarked do not, and no mark is left in a name or a figure."""
    from pipeline.reader.segment import sentences
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    notes = r"$^{a}$ At 2 mA cm$^{-2}$. $^{b}$ Cycled with 4 mAh cm$^{-2}$."
    body = (r"Pressed nickel wool & 98.9$^{a}$ & 310 & 7 \\ Spun glass mat$^{b}$ & 97.4 & 220 & 8 \\ "
            r"Etched zinc sheet & 96.8 & 150 & 9 \\")
    table = (r"\begin{tabular}{lccc}\hline Design & CE (\%) & Cycles & Ref. \\\hline " + body +
             (r"\hline\multicolumn{4}{l}{" + notes + r"}\end{tabular}" if note_in_table else
              r"\hline\end{tabular}\par\smallskip " + notes))
    (tmp_path / "t.tex").write_text(
        r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\begin{document}"
        r"Three designs for lithium metal anodes were tested in Li$\|$Cu cells by their makers, as the table shows, "
        r"each at 1 mA cm$^{-2}$ unless its note says otherwise.\par\begin{table}[h]\centering\caption{Designs "
        r"compared.}" + table + r"\end{table}\end{document}")
    subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True, check=False)
    if not (tmp_path / "t.pdf").exists():
        _unavailable("pdflatex could not typeset the table")
    read = [s.text for s in sentences(read_document(tmp_path / "t.pdf")) if s.kind == BlockKind.TABLE]
    assert read[:3] == ["Pressed nickel wool: CE 98.9%; 310 cycles; at 2 mA cm−2.",
                        "Spun glass mat: CE 97.4%; 220 cycles; cycled with 4 mAh cm−2.",
                        "Etched zinc sheet: CE 96.8%; 150 cycles."]


def test_table_notes_are_read_by_their_marks_and_nothing_else_is_a_note():
    from pipeline.reader.tables import table_notes
    assert table_notes("a At 2 mA cm−2. b Cycled with 4 mAh cm−2.") == {"a": "At 2 mA cm−2",
                                                                         "b": "Cycled with 4 mAh cm−2"}
    assert table_notes("* Estimated from the voltage profile.") == {"*": "Estimated from the voltage profile"}
    assert table_notes("A glass mat was cycled at 2 mA cm−2.") == {}


def stretched(tokens: list[str], x: float, top: float, gap: float, size: float = SIZE) -> list[Word]:
    """One justified line: its words set ``gap`` points apart (the spaces stretched)."""
    out = []
    for token in tokens:
        out.append(Word(token, x, x + len(token) * size * 0.5, top, top + size, size, "Times-Roman"))
        x = out[-1].x1 + gap
    return out


def test_a_justified_line_cut_at_its_stretched_spaces_above_a_table_opens_no_run_of_rows():
    """A browser justifies a short line of a narrow column by stretching its spaces as wide as a gap between cells
    ("to  97.2%.  Table  3  lists  a  few"): cut at them into one-word segments, equal spaces apart, with a figure
    among them, it is no row of cells. The table under its caption is read from its heading row."""
    words = stretched(["to", "97.2%.", "Table", "3", "lists", "a", "few"], 60.0, 100, 12.0)
    words += words_at(["more hosts tested in coin cells."], [60.0], 111)
    words += words_at(["Table 3. Invented hosts compared."], [60.0], 124)
    xs = [60.0, 160.0, 215.0]
    for k, row in enumerate([["Host", "CE (%)", "Cycles"], ["Woven mesh", "98.1", "300"], ["Etched foil", "97.4", "250"],
                             ["Pressed felt", "99.0", "410"]]):
        words += words_at(row, xs, 138 + 11 * k)
    tables = table_lines(PageWords(1, 612, 792, tuple(words)))
    assert len(tables) == 1 and rows(tables[0].text)[0] == ["Host", "CE (%)", "Cycles"], [t.text for t in tables]


def test_cells_wrapped_mid_name_and_after_a_joining_word_go_on_in_their_row():
    """A narrow column wraps a long cell after a joining word ("… 300 cycles at" over "2 mA cm−2") and a name
    mid-name ("Tin" over "oxide film"), the cells set to the top of their row: the line of tails, a figure with
    its unit among them, is no row of its own (its Ref. cell would be read as the row above's), but each cell's
    next line."""
    words = words_at(["Table 4. Invented coatings compared."], [60.0], 100)
    xs = [60.0, 140.0, 290.0]
    for top, row in [(114, ["Coating", "Result", "Ref."]), (128, ["Tin", "CE 97.5% over 300 cycles at", "4"]),
                     (139, ["oxide film", "2 mA cm−2"]), (152, ["Woven mesh", "500 h at 1 mA cm−2", "5"]),
                     (165, ["Zinc", "hysteresis 21 mV at 0.5", "6"]), (176, ["glass", "mA cm−2"])]:
        words += words_at(row, xs, top)
    tables = table_lines(PageWords(1, 612, 792, tuple(words)))
    assert len(tables) == 1 and rows(tables[0].text)[1:] == [
        ["Tin oxide film", "CE 97.5% over 300 cycles at 2 mA cm−2", "4"], ["Woven mesh", "500 h at 1 mA cm−2", "5"],
        ["Zinc glass", "hysteresis 21 mV at 0.5 mA cm−2", "6"]], [t.text for t in tables]
