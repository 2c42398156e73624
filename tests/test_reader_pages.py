"""The reader on generated pages that hold different kinds of text side by side (see typeset.py).

A page whose left column ends the methods while its right column opens the reference list; the
same list numbered as each publisher numbers it, with or without its heading; running heads and
folios on every page; a sentence that runs from one page to the next.
"""

import re

import pytest
from refstyles import entry, field_accuracy, multi, works
from typeset import (
    justified_columns_pdf,
    line_numbered_pdf,
    mapped_font_pdf,
    one_column_pdf,
    symbol_font_pdf,
    two_column_line_numbered_pdf,
    two_column_pdf,
)

from pipeline.reader.document import read_document
from pipeline.records import BlockKind

INTRO = ("Lithium metal is the ultimate anode for rechargeable batteries, yet its dendritic growth and the "
         "continuous formation of a fragile interphase limit its Coulombic efficiency and cycle life. ")
METHODS = ("Coin cells were assembled in an argon-filled glove box with a lithium foil counter electrode and "
           "40 uL of electrolyte. Galvanostatic cycling was carried out at 1 mA cm^{−2} with a capacity of "
           "1 mAh cm^{−2} for each half cycle, and impedance spectra were recorded from 100 kHz to 0.1 Hz. ")
NUMBERING = {"acs": "({n})", "rsc": "{n}", "nature": "{n}.", "wiley": "[{n}]", "mdpi": "{n}.", "iop": "[{n}]"}


def paper_with_references(out, style: str, heading: str | None = "References", listed=None):
    listed = listed or works(24, seed=5)
    numbered = [NUMBERING[style].format(n=k + 1) + " " + entry(style, w) for k, w in enumerate(listed)]
    first = ([("title", "An invented host for lithium metal anodes"), ("heading", "1. Introduction"),
              ("body", INTRO * 6)], [("body", INTRO * 7)])
    left = [("heading", "2. Experimental"), ("body", METHODS * 3), ("heading", "Acknowledgements"),
            ("body", "We thank the invented funding agency for its support.")]
    right = ([("heading", heading)] if heading else []) + [("small", text) for text in numbered[:14]]
    last = ([("small", text) for text in numbered[14:]], [])
    return two_column_pdf(out, [first, (left, right), last]), listed


@pytest.mark.parametrize("style", sorted(NUMBERING))
def test_reader_reference_list_beside_body_text(tmp_path, style):
    pdf, listed = paper_with_references(tmp_path / f"{style}.pdf", style)
    document = read_document(pdf)
    assert [r.number for r in document.references] == list(range(1, 25))
    assert field_accuracy(document.references, [w.gold() for w in listed]) >= 0.98
    methods = [b.text for b in document.blocks if b.kind == BlockKind.BODY and b.text.startswith("Coin cells")]
    assert methods and "References" not in methods[0] and "Ivanova" not in methods[0]
    assert "Galvanostatic cycling was carried out at 1 mA cm−2 with a capacity of 1 mAh cm−2" in methods[0]


@pytest.mark.parametrize("heading", ["Notes and references", None])
def test_reader_reference_list_found_by_its_shape(tmp_path, heading):
    """RSC heads its list 'Notes and references'; some lists have no heading the reader can see."""
    pdf, _ = paper_with_references(tmp_path / "rsc.pdf", "rsc", heading=heading)
    assert [r.number for r in read_document(pdf).references] == list(range(1, 25))


def test_reader_several_works_under_one_number_in_a_pdf(tmp_path):
    listed = works(12, seed=9)
    numbered = [f"{k + 1} {multi('rsc', listed[2 * k:2 * k + 2])}" for k in range(6)]
    first = ([("title", "An invented review"), ("heading", "1. Introduction"), ("body", INTRO * 8)],
             [("heading", "Notes and references")] + [("small", text) for text in numbered])
    document = read_document(two_column_pdf(tmp_path / "multi.pdf", [first]))
    assert [(r.number, r.part) for r in document.references] == [(n, p) for n in range(1, 7) for p in "ab"]
    assert field_accuracy(document.references, [w.gold() for w in listed]) >= 0.98


def test_reader_page_range_dash_without_unicode(tmp_path):
    """A reference list whose font has no Unicode for its en dash: the range is rebuilt, not run together."""
    lines = ["1. Tarascon, J.-M. & Armand, M. Issues and challenges. Nature 414, 359–367 (2001).",
             "2. Goodenough, J. B. & Kim, Y. Challenges for batteries. Chem. Mater. 22, 587–603 (2010)."]
    pdf = mapped_font_pdf(tmp_path / "dash.pdf", lines, wrong={"–": None})
    text = " ".join(b.text for b in read_document(pdf).blocks)
    assert "359–367" in text and "587–603" in text


def test_reader_running_heads_and_folios_stay_out_of_sentences(tmp_path):
    """A sentence that runs over a page break keeps its figure whole: no running head, folio or
    journal line lands inside it (a folio '10' inside 'only 80 μA cm−2' would make it another figure)."""
    sentence = ("The host sustained stable plating for 400 h at only 80 uA cm^{−2} before the first short "
                "circuit appeared. ")
    filler = INTRO * 5
    pages = [([("title", "An invented host"), ("heading", "1. Introduction"), ("body", filler)],
              [("body", filler + INTRO * 2 + "The cells were then cycled. " + sentence * 3)])]
    pages += [([("body", sentence * 2 + filler)], [("body", filler)])]
    document = read_document(two_column_pdf(tmp_path / "folio.pdf", pages, folio=True))
    body = " ".join(b.text for b in document.blocks if b.kind == BlockKind.BODY)
    flat = re.sub(r"\s+", " ", body)
    assert flat.count("for 400 h at only 80 uA cm−2 before the first short circuit appeared.") == 5
    assert "Journal of Invented Results" not in body


def test_reader_displayed_equations_stay_out_of_sentences(tmp_path):
    """A displayed equation, numbered or not, is an equation block; the sentences around it do not
    take in its symbols."""
    from typeset import one_column_pdf

    from pipeline.reader.segment import sentences
    filler = "The free energy of the cell reaction sets its voltage, and transport sets its rate. " * 4
    pdf = one_column_pdf(tmp_path / "equations.pdf", [
        ("title", "An invented derivation"),
        ("body", filler + "The open-circuit voltage follows from"),
        ("equation", "Δ<i>G</i> = −<i>nFE</i>"),
        ("body", "where <i>n</i> is the number of electrons transferred. " + filler + "The limiting current is"),
        ("equation", "<i>J</i><sub>lim</sub> = 2<i>zFDC</i><sub>0</sub> / (<i>t</i><sub>a</sub><i>L</i>)     (2)"),
        ("body", "which reaches 4 mA cm<super>−2</super> in a 1 M electrolyte. " + filler)])
    document = read_document(pdf)
    assert [b.text for b in document.blocks if b.kind == BlockKind.EQUATION] == \
        ["ΔG = −nFE", "Jlim = 2zFDC0 / (taL) (2)"]
    assert not any("=" in s.text for s in sentences(document))
    assert any(s.text == "which reaches 4 mA cm−2 in a 1 M electrolyte." for s in sentences(document))


def test_reader_caption_in_two_columns_above_body_text(tmp_path):
    """A caption set across both columns above two columns of body text (which both start below it) is
    read whole, before the body, and the paragraph running on from the page before does not swallow its
    second half; nor does the running head in the top right corner cut it in two."""
    caption_left = ("Fig. 3 | Cycling of the invented host. a Coulombic efficiency at 1 mA cm^{−2}. b Voltage "
                    "profiles of cells cycled at 60 °C and held at open circuit for one hour between the")
    caption_right = ("cycles, with c the impedance after 50 cycles and d the thickness of the deposit measured "
                     "in cross-section after 100 cycles and e the share of the electrolyte left.")
    first = ([("title", "An invented host"), ("heading", "1. Introduction"), ("body", INTRO * 6)],
             [("body", INTRO * 6 + "The plated lithium was then stripped at a constant current of")])
    second = ([("small", caption_left), ("body", "2 mA cm^{−2} until the cell reached 1 V. " + INTRO * 4)],
              [("small", caption_right), ("body", INTRO * 5)])
    document = read_document(two_column_pdf(tmp_path / "caption.pdf", [first, second],
                                            right_head="https://doi.org/10.0000/invented.1"))
    captions = [b.text for b in document.blocks if b.kind == BlockKind.CAPTION]
    assert len(captions) == 1 and captions[0].endswith("the electrolyte left.") and "between the cycles" in captions[0]
    body = " ".join(b.text for b in document.blocks if b.kind == BlockKind.BODY)
    assert "stripped at a constant current of 2 mA cm−2 until the cell reached 1 V." in body
    assert "Fig. 3" not in body and "thickness of the deposit" not in body


def test_reader_large_heading_beside_a_column_across_a_narrow_gutter(tmp_path):
    """LaTeX sets two columns 10 pt apart and a section heading at 14.4 pt: a heading line in the right
    column stands level with body lines of the left one, less than an em of the heading's type away.
    The gutter is measured in the body's ems, so the heading neither runs into the left column's lines
    nor opens its section above them."""
    left = [("body", INTRO * 9)]
    right = [("body", INTRO * 2), ("section", "3. Invented Non-Conducting Scaffolds for Lithium Plating"),
             ("body", METHODS), ("section", "4. Invented Interfaces"), ("body", METHODS * 2)]
    first = ([("title", "An invented review"), ("heading", "1. Introduction")] + left, right)
    document = read_document(two_column_pdf(tmp_path / "latex.pdf", [first], gutter=10.0))
    headings = [b.text for b in document.blocks if b.kind == BlockKind.HEADING]
    assert headings == ["1. Introduction", "3. Invented Non-Conducting Scaffolds for Lithium Plating",
                        "4. Invented Interfaces"]
    body = [b for b in document.blocks if b.kind == BlockKind.BODY]
    assert not any("Invented" in b.text for b in body)
    assert [b.section for b in body if b.text.startswith("Lithium metal is")] == [("1. Introduction",)] * 2


def test_reader_manuscript_line_numbers_stay_out_of_the_text(tmp_path):
    """A submitted manuscript numbers every line in its margin (LaTeX's lineno: tiny numbers 10 pt left
    of the text). The numbers are margin furniture: no sentence takes them in, so no figure reads
    "200 h 57" and no structure is named "58 The host"."""
    lines = [("heading", "2. Invented Hosts for Lithium Plating"),
             ("body", "A nickel-plated carbon cloth was proposed as a host that keeps lithium from growing"),
             ("body", "dendrites. The cloth was cycled at 2 mA cm-2 for 200 h with an average Coulombic"),
             ("body", "efficiency of 98.5%. The host also lowered the overpotential to 25 mV, which the"),
             ("body", "authors traced to the even field that its conductive fibres set up across the"),
             ("body", "whole electrode surface during plating and stripping.")] + \
            [("body", "The same cloth was later coated with a thin oxide layer to keep the electrolyte")] * 6 + \
            [("body", "[1] A. Author, B. Author, J. Invented Chem. 2020, 12, 345; C. Author, D. Author,"),
             ("hanging", "Invented Lett. 2021, 3, 45."),
             ("body", "[2] E. Author, F. Author, G. Author, H. Author, I. Author, J. Author, K. Author,"),
             ("hanging", "Invented Mater. 2019, 31, 1900123.")] * 3
    document = read_document(line_numbered_pdf(tmp_path / "manuscript.pdf", lines, first_number=52))
    text = " ".join(b.text for b in document.blocks if b.kind in (BlockKind.BODY, BlockKind.HEADING))
    assert "for 200 h with an average Coulombic efficiency of 98.5%." in text
    assert not re.search(r"\b(5[2-9]|6[0-9]|7[0-5])\b", text)
    assert "J. Author, K. Author, Invented Mater. 2019, 31, 1900123." in " ".join(b.text for b in document.blocks)
    stamps = [b.text for b in document.blocks if b.kind == BlockKind.STAMP]
    assert stamps and stamps[0].startswith("52 53 54")


@pytest.mark.parametrize("sentence_space", [1.0, 2.2])
def test_reader_columns_ten_points_apart_with_hyphens_hung_into_the_gutter(tmp_path, sentence_space):
    """pdfLaTeX's two columns stand 10 pt apart, and microtype hangs each line's closing hyphen or comma
    into the gutter: the whitespace left is under 0.8 em, and a hyphenated line ends within 0.9 em of
    the line beside it. Each column is still read whole, one after the other, even where a loose
    line's space after a stop comes near the gutter's width."""
    plain = METHODS.replace("^{−2}", "−2")
    left = [(plain * 2).strip(), (INTRO * 3).strip()]
    right = [(INTRO * 2).strip(), (plain * 3).strip()]
    document = read_document(justified_columns_pdf(tmp_path / "microtype.pdf", left, right,
                                                   sentence_space=sentence_space))
    body = [b.text for b in document.blocks if b.kind == BlockKind.BODY]
    flat = [re.sub(r"\s+", " ", text) for text in body]
    assert flat == left + right


def test_reader_line_numbers_beside_a_page_of_references(tmp_path):
    """A manuscript's reference pages are numbered too, and most of their lines are entries' run-over
    lines, indented under the entry numbers (further from the line numbers than 3 ems): the numbers
    are still the margin's, not the entries' text."""
    lines = []
    for k in range(8):
        lines.append(("body", f"[{k + 1}] A. Author, B. Author, C. Author, D. Author, E. Author, F. Author,"))
        lines += [("hanging", "G. Author, H. Author, J. Invented Chem.")] * (1 + k % 2)
        lines[-1] = ("hanging", f"G. Author, H. Author, J. Invented Chem. 20{10 + k}, {k + 3}, {100 + k}.")
    document = read_document(line_numbered_pdf(tmp_path / "references.pdf", lines, first_number=801))
    text = " ".join(b.text for b in document.blocks if b.kind not in (BlockKind.STAMP,))
    assert not re.search(r"\b8[0-2]\d\b", text)


MANUSCRIPT_BODY = [("body", "The tungsten-boride scaffold kept its lithium inside the pores for a long time")] * 10


def test_reader_line_numbers_touching_the_reference_labels(tmp_path):
    """A small \\linenumbersep sets each number flush against its line, so it touches a reference's label
    ("1065[85]" read as one run): still the margin's numbers, and every entry keeps its label."""
    lines = [*MANUSCRIPT_BODY, ("heading", "References")]
    for k in range(1, 7):
        lines += [("body", f"[{k}] A. Author, B. Author, C. Author, J. Invented Chem. 20{10 + k}, {k + 3},"),
                  ("body", f"{100 + k}.")]
    document = read_document(line_numbered_pdf(tmp_path / "touching.pdf", lines, first_number=1060, gap=0.0))
    text = " ".join(b.text for b in document.blocks if b.kind != BlockKind.STAMP)
    assert not re.search(r"\b10[6-8]\d", text)
    assert [r.number for r in document.references] == [1, 2, 3, 4, 5, 6]


def test_reader_line_numbers_of_a_last_page_of_few_lines_set_as_small_as_its_entries(tmp_path):
    """The numbers a paper's first page sets in its margin go on over its last page, where three reference
    entries set in the numbers' own size are glued to them ("1073[1]"): too few for a strip of their own
    and no smaller than the text, they count on at the same edge, and are the margin's."""
    lines = [*MANUSCRIPT_BODY, ("heading", "References")] + \
        [("small", f"[{k}] A. Author, B. Author, J. Invented Chem. 20{10 + k}, {k + 3}, {100 + k}.") for k in (1, 2, 3)]
    document = read_document(line_numbered_pdf(tmp_path / "last.pdf", lines, first_number=1062, gap=0.0,
                                                per_page=11))
    text = " ".join(b.text for b in document.blocks if b.kind != BlockKind.STAMP)
    assert not re.search(r"\b10[67]\d", text)
    assert "[1] A. Author, B. Author, J. Invented Chem. 2011, 4, 101." in text


def test_reader_line_numbers_in_the_gutter_of_a_two_column_manuscript(tmp_path):
    """Numbered right of each column, a two-column manuscript sets its left column's numbers in the gutter,
    with the right column's text, here reference labels, just past them: that strip, in the numbers' size on
    one edge and counting up, is the margin's as much as the strip at the page's edge."""
    left = ["The tungsten-boride scaffold kept its lithium inside"] * 12
    right = [line for k in range(1, 7) for line in (f"[{k}] A. Author, B. Author, C. Writer, J. Invented Chem.",
                                                    f"20{10 + k}, {k + 3}, {100 + k}.")]
    document = read_document(two_column_line_numbered_pdf(tmp_path / "gutter.pdf", left, right, first_number=1060))
    text = " ".join(b.text for b in document.blocks if b.kind != BlockKind.STAMP)
    assert not re.search(r"10[6-8]\d", text), text
    assert [r.number for r in document.references] == [1, 2, 3, 4, 5, 6]


def test_reader_volumes_counting_up_a_reference_list_set_as_small_as_the_line_numbers(tmp_path):
    """A reference list set in the line numbers' size has its own column of numbers counting up on one edge,
    the volumes after same-width journal names: they stand a word space off the text before them, not a
    line number's half em or more, and stay in their entries."""
    lines = [*MANUSCRIPT_BODY, ("heading", "References")] + \
        [("small", f"[{k}] A. Author, J. Invented Hosts {k}, {100 + k} (2019) {k + 3}.") for k in range(1, 10)]
    document = read_document(line_numbered_pdf(tmp_path / "volumes.pdf", lines, first_number=1060))
    text = " ".join(b.text for b in document.blocks if b.kind != BlockKind.STAMP)
    assert all(f"Hosts {k}, {100 + k} (2019)" in text for k in range(1, 10)), text


def test_reader_a_folio_set_apart_far_above_the_bottom_edge(tmp_path):
    """LaTeX's article class sets the page number a sixth of an A4 page above its bottom edge, well out
    of the margin band running heads are looked for in; set apart as the page's last line, it is a folio
    and does not open the next page's first paragraph ("1 The host...")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    out = tmp_path / "folio.pdf"
    canvas = pdfcanvas.Canvas(str(out), pagesize=A4)
    for page in (1, 2):
        y = A4[1] - 120
        for k in range(4):
            canvas.setFont("Times-Roman", 10)
            canvas.drawString(130, y, f"Line {k + 1} of page {page} tells of a PXQ-7 interlayer on copper foil.")
            y -= 12
        canvas.drawString(A4[0] / 2, 140, str(page))
        canvas.showPage()
    canvas.save()
    document = read_document(out)
    assert [b.text for b in document.blocks if b.kind == BlockKind.FOOTER] == ["1", "2"]
    assert not any(re.search(r"\b[12] Line", b.text) for b in document.blocks)


LEFT_LINES = ["The tungsten-boride scaffold lowered the",
              "overpotential to 30 mV at 4 mA cm-2 for 691",
              "cycles, and its capacity held for many more",
              "cycles than the bare copper did. A specific",
              "capacity of 283 mAh g-1 was kept by the zinc-boride"]
RIGHT_LINES = ["foam after 31 cycles at 8 C. The efficient host",
               "showed a fluffy surface whose first flaws were",
               "81 nm wide after the cycling."]


def test_reader_running_heads_set_apart_below_the_margin_band(tmp_path):
    """fancyhdr sets a running head a ninth of a letter page down, below the band running heads are looked
    for in, its two halves on one row set apart from the text: repeated on every page, they are the page's
    head, and a sentence running over the page break does not take them in."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas as pdfcanvas

    out = tmp_path / "heads.pdf"
    canvas = pdfcanvas.Canvas(str(out), pagesize=letter)
    for page in range(3):
        canvas.setFont("Times-Roman", 10)
        canvas.drawString(72, letter[1] - 96, "Invented Journal of Anodes")
        canvas.drawRightString(letter[0] - 72, letter[1] - 96, "Vol. 9 (2031)")
        lines = LEFT_LINES if page == 0 else RIGHT_LINES + LEFT_LINES if page == 1 else RIGHT_LINES
        for k, text in enumerate(lines):
            canvas.drawString(72, letter[1] - 130 - 12 * k, text)
        canvas.showPage()
    canvas.save()
    document = read_document(out)
    heads = " ".join(b.text for b in document.blocks if b.kind == BlockKind.HEADER)
    assert heads.count("Invented Journal of Anodes") == 3 and heads.count("Vol. 9 (2031)") == 3
    text = " ".join(b.text for b in document.blocks if b.kind == BlockKind.BODY)
    assert "kept by the zinc-boride foam after 31 cycles at 8 C." in text and "Vol. 9" not in text


def test_reader_a_footnote_at_a_column_foot_leaves_the_paragraph_it_breaks_whole(tmp_path):
    """A footnote set at the foot of the left column, in smaller type and opened by its mark, stands
    between a paragraph's last words there and its next words at the top of the right column: the
    paragraph is read whole, and the footnote after it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    out = tmp_path / "footnote.pdf"
    canvas = pdfcanvas.Canvas(str(out), pagesize=A4)
    canvas.setFont("Times-Roman", 10)
    for k in range(30):
        canvas.drawString(50, 760 - 12 * k, LEFT_LINES[k % 4] if k < 25 else LEFT_LINES[k - 25])
    canvas.setFont("Times-Roman", 8)
    canvas.drawString(50, 760 - 12 * 30 - 14, "1 The invented cells were built in an argon glove box.")
    canvas.setFont("Times-Roman", 10)
    for k, text in enumerate(RIGHT_LINES):
        canvas.drawString(320, 760 - 12 * k, text)
    canvas.save()
    document = read_document(out)
    blocks = [b.text for b in document.blocks]
    assert any("kept by the zinc-boride foam after 31 cycles at 8 C." in text for text in blocks)
    assert "1 The invented cells were built in an argon glove box." in blocks


def test_reader_a_compound_of_a_material_and_a_participle_broken_at_its_hyphen(tmp_path):
    """A narrow column breaks "graphene-wrapped" at its own hyphen, and the paper writes neither half alone:
    the hyphen stays (the structure is named as printed), while a word hyphenated by the typesetter joins."""
    lines = ["Bare copper failed after sixty cycles, whereas a graphene-",
             "wrapped copper foam survived far longer at the same current, and its electro-",
             "chemical impedance stayed low throughout the test."]
    document = read_document(symbol_font_pdf(tmp_path / "compound.pdf", lines))
    text = " ".join(b.text for b in document.blocks)
    assert "a graphene-wrapped copper foam" in text and "its electrochemical impedance" in text


def test_reader_a_raised_number_in_a_paper_that_cites_in_brackets_is_a_footnote_mark(tmp_path):
    """A paper that cites as "[16]" raises a number only for a footnote (the corresponding author's address
    on the first paragraph): it is no citation of work 1, which would tie that paragraph's figures to it."""
    paragraphs = [("title", "An invented review of current collectors"),
                  ("body", "Average efficiencies of 98.1% and 98.8% were reached with a coated foil and a sputtered "
                           "foil, respectively.<super>1</super> Both were cycled at one milliampere per square "
                           "centimetre [12]."),
                  ("body", "Later hosts [16] and interlayers [17, 18] were cycled for longer still [19]."),
                  ("body", "<super>1</super> Corresponding author: an invented address.")]
    document = read_document(one_column_pdf(tmp_path / "footnote.pdf", paragraphs))
    cited = [m.numbers for b in document.blocks if b.kind == BlockKind.BODY for m in b.citations]
    assert (1,) not in cited and (12,) in cited and (16,) in cited and (19,) in cited


def test_reader_a_raised_number_after_a_closing_unit_cites_unless_it_is_an_area_or_a_power(tmp_path):
    """Papers that cite with raised numbers set them after a sentence's last word, often a unit ("… of
    0.3 V¹⁴."): no one raises a volt or a milliampere-hour to a power, so the number cites; a raised 2 or 3
    after a length is an area or a volume, and a power of ten takes any exponent."""
    paragraphs = [("title", "An invented study of a tungsten boride host"),
                  ("body", "The boride film kept a reduction potential of +0.31 V<super>14</super>. A bare foil held "
                           "1.5 mAh<super>12</super> before it shorted, and a 20 nm<super>5</super> skin grew on it."),
                  ("body", "Its surface area was 25 m<super>2</super> g<super>−1</super> and its pores took "
                           "0.4 cm<super>3</super> of electrolyte, with a diffusivity near 10<super>12</super> "
                           "molecules per square centimetre.")]
    blocks = [b for b in read_document(one_column_pdf(tmp_path / "units.pdf", paragraphs)).blocks
              if b.kind == BlockKind.BODY]
    cited = {m.numbers: blocks[0].text[:m.start].rsplit(" ", 1)[-1] for m in blocks[0].citations}
    assert cited == {(14,): "V", (12,): "mAh", (5,): "nm"}
    assert "25 m2 g−1" in blocks[1].text and "0.4 cm3 of" in blocks[1].text and "1012" in blocks[1].text
    assert not blocks[1].citations


def test_reader_a_raised_number_after_a_decimal_cites(tmp_path):
    """A unitless figure closes a sentence ("… rose to 0.52⁹."): nobody raises a decimal to a power in prose, so the
    number cites; after a whole number it may still be one (2³)."""
    paragraphs = [("title", "An invented study of a tungsten boride separator"),
                  ("body", "A boride coating raised the transference number to 0.52<super>9</super>. Its cells "
                           "counted 2<super>3</super> states.")]
    block = next(b for b in read_document(one_column_pdf(tmp_path / "decimal.pdf", paragraphs)).blocks
                 if b.kind == BlockKind.BODY)
    assert [m.numbers for m in block.citations] == [(9,)]
    assert "number to 0.52." in block.text and "counted 23 states" in block.text


def test_writer_endnote_marks_in_roman_numerals_leave_the_figures_they_follow(tmp_path):
    """A word processor numbers endnotes i, ii, iii and raises each mark right after the word or figure it notes
    ("… of 99.1%ⁱ over 300 cycles"): inlined, the mark ran on the figure ("99.1%i"). The note's text stays at the
    paper's end; its mark leaves the running text. The wording is invented."""
    import os
    import shutil
    import subprocess
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is missing and CI=true forbids skipping; .ci/setup-chromium.sh installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    odf = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    note = ('<text:note text:id="n{k}" text:note-class="endnote"><text:note-citation>{k}</text:note-citation>'
            '<text:note-body><text:p>Measured at {k} mA cm−2 in a second cell of the same batch.</text:p>'
            '</text:note-body></text:note>')
    paragraphs = "".join(f"<text:p>Spun scaffolds of several kinds have been tried to carry plated lithium. The coated "
                         f"scaffold {k} kept a Coulombic efficiency of 99.{k}%{note.format(k=k + 1)} over {k + 2}00 "
                         f"cycles, and the bare foil failed early.</text:p>" for k in range(6))
    source = tmp_path / "notes.fodt"
    source.write_text(f'<?xml version="1.0" encoding="UTF-8"?><office:document {odf} office:version="1.3" '
                      'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
                      f"{paragraphs}</office:text></office:body></office:document>", encoding="utf-8")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", str(source), "--outdir", str(tmp_path)], check=True,
                   capture_output=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)})
    text = " ".join(b.text for b in read_document(tmp_path / "notes.pdf").blocks)
    assert all(f"efficiency of 99.{k}% over {k + 2}00 cycles" in text for k in range(6)), text
    assert "Measured at 1 mA cm−2" in text


def test_writer_bold_abstract_and_run_in_titles_stay_one_paragraph_each(tmp_path):
    """Invented paper 20 set again by LibreOffice Writer: its abstract is set in bold, justified, and its methods
    open each paragraph with a bold run-in title ("Electrochemical measurements. CR2032 cells were" over
    "assembled with …"). A bold line with no stop reads like a heading, but one right under the bold paragraph's
    line, at its pitch and as long, is that paragraph's next line; and a line opened by a bold title whose next
    line goes on upright in small letters opens that paragraph. Each is one paragraph, no heading."""
    import importlib
    import os
    import shutil

    from retypeset import read_latex, writer_pdf
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is missing and CI=true forbids skipping; .ci/setup-chromium.sh installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    paper = read_latex(importlib.import_module("invented.paper20").tex())
    blocks = read_document(writer_pdf(paper, tmp_path / "paper20.pdf", soffice)).blocks
    texts = [b.text for b in blocks]
    assert any(t.startswith("Polyolefin separators") and t.endswith("a commercial PE separator.") for t in texts), texts
    assert any(t.startswith("Electrochemical measurements. CR2032 cells were assembled with") for t in texts), texts
    headings = [b.text for b in blocks if b.kind == BlockKind.HEADING]
    assert not any(h.startswith(("BN@AR shrinks", "Electrochemical")) for h in headings), headings
