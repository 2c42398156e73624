"""Word spacing from geometry: PDFs that place every word by position, with no space characters."""

import pytest
from test_reader_backends import _assert_same_words
from typeset import (
    cid_font_pdf,
    flipped_type3_pdf,
    positioned_words_pdf,
    slanted_words_pdf,
    spelled_ligature_pdf,
    trailing_kern_pdf,
)

from pipeline.read_options import ReaderBackend
from pipeline.reader.document import read_document
from pipeline.records import make_word

BACKENDS = pytest.mark.parametrize("backend", list(ReaderBackend))

SENTENCE = "In this work we report a host that cycles at 2 mAh cm^{−2} for 300 h with a 15 mV overpotential."
SPACED = "In this work we report a host that cycles at 2 mAh cm−2 for 300 h with a 15 mV overpotential."


@pytest.mark.parametrize("gap", [0.12, 0.18, 0.25, 0.33])
def test_words_spaces_come_from_gaps_when_a_pdf_has_no_space_chars(tmp_path, gap):
    """From a tight justified line (an eighth of an em) to a loose one; the unit stays 'mAh cm−2'."""
    document = read_document(positioned_words_pdf(tmp_path / "words.pdf", [SENTENCE], word_gap=gap))
    assert [b.text for b in document.blocks] == [SPACED]


def test_words_letters_kerned_apart_stay_one_word(tmp_path):
    """Glyphs drawn a hair apart (kerning, a twentieth of an em) are one word."""
    document = read_document(positioned_words_pdf(tmp_path / "tight.pdf", ["The electrolyte"], word_gap=0.05))
    assert document.blocks[0].text == "Theelectrolyte"


@BACKENDS
def test_words_a_slanted_word_keeps_its_gaps(tmp_path, backend):
    """Words slanted by a shear of the text matrix (an oblique without an italic font), a quarter em apart:
    the slanted em box reaches a quarter em past the advance, and the gaps were read as none."""
    words = [("the", False), ("fit", False), ("gave", True), ("a", True), ("slope", False), ("of", True), ("0.4", False)]
    path = slanted_words_pdf(tmp_path / "slanted.pdf", words)
    assert read_document(path, backend=backend).blocks[0].text == "the fit gave a slope of 0.4"
    _assert_same_words(path)


def test_words_a_standard_fonts_spelled_out_ligature_keeps_the_files_width(tmp_path):
    """A standard font's "fl" glyph whose ToUnicode map spells it out: Adobe's metrics list only "ﬂ", and
    pdfminer set the glyph at no width, sliding the rest of the line back over it."""
    line = "the fluffy film flowed off the flat field"
    path = spelled_ligature_pdf(tmp_path / "ligatures.pdf", line)
    for backend in ReaderBackend:
        assert read_document(path, backend=backend).blocks[0].text == line
    _assert_same_words(path)


@pytest.mark.parametrize("cmap_in_name", [False, True])
def test_words_digits_that_share_their_text_with_raised_figures(tmp_path, cmap_in_name):
    """A font whose raised figures (an OpenType feature's choice) map back to the plain digits: no one
    width by text fits both, and the body's digits were set at the narrow figure's ("1 2 2 cycles"),
    nor is the font found by its name where that ends in its CMap's ("…-Identity-H")."""
    line = "it held 2 mA cm² for 122 cycles and 212 more"
    path = cid_font_pdf(tmp_path / "figures.pdf", [line], read_as={"²": "2"}, cmap_in_name=cmap_in_name)
    for backend in ReaderBackend:
        assert read_document(path, backend=backend).blocks[0].text == line.replace("²", "2")
    _assert_same_words(path)


def test_words_a_type3_font_flipped_by_its_matrix_reads_upright(tmp_path):
    """A Type 3 font whose FontMatrix turns its glyphs upside down, set upright by an upside-down text matrix
    (Ghostscript's bitmap fonts from a PostScript file): read by the text matrix alone, every glyph stood on
    its head and the lines fell apart into scattered letters."""
    lines = ["The boride film held 42 cycles.", "Its second line kept 7 more."]
    path = flipped_type3_pdf(tmp_path / "flipped.pdf", lines)
    for backend in ReaderBackend:
        document = read_document(path, backend=backend)
        assert [b.text for b in document.blocks] == [" ".join(lines)]
    _assert_same_words(path)


def test_words_a_type3_font_numbered_anew_reads_by_its_glyph_names(tmp_path):
    """A Type 3 font with no ToUnicode map whose codes are numbered 1, 2, 3 … and whose Encoding names each
    glyph by its standard name ("T", "hyphen", "four"): pdfminer reads the names, pdfium gave the bare codes
    (control characters, then glyph repair's guesses), so the two sources read the page apart."""
    lines = ["The tungsten-boride film held 42 cycles.", "Its second line kept 7 more."]
    path = flipped_type3_pdf(tmp_path / "numbered.pdf", lines, numbered=True)
    for backend in ReaderBackend:
        assert [b.text for b in read_document(path, backend=backend).blocks] == [" ".join(lines)]
    _assert_same_words(path)


def test_words_only_the_names_an_encoding_s_differences_give_are_read():
    """pdfminer reads a code whose Differences name says nothing ("a177", pdfTeX's bitmap fonts) by the base
    encoding, the standard one: an en dash for textcomp's ±. Read so by pdfium too, the sign its glyph's shape
    had read was an en dash again. Only the names the Differences give, and the glyph list knows, are read."""
    from pdfminer.psparser import LIT

    from pipeline.reader.fonts import differences_named

    spec = {"Encoding": {"Type": LIT("Encoding"),
                         "Differences": [40, LIT("T"), LIT("hyphen"), 61, LIT("a61"), LIT("uni00B1"), 176, LIT("a176"),
                                         LIT("a177"), LIT("four")]}}
    assert differences_named(spec) == {40: "T", 41: "-", 62: "±", 178: "4"}
    assert differences_named({"Encoding": LIT("WinAnsiEncoding")}) == {}


def test_words_a_move_before_an_empty_string_that_ends_a_tj_array_keeps_its_gap(tmp_path):
    """A TJ array that parts its words by moves and ends on a move and an empty string ("[(at) -337 ()] TJ"),
    a Symbol minus shown next (troff's way): pdfium dropped that last move, set the minus and the number after
    it on the word before ("at−94"), where the content stream and pdfminer part them."""
    path = trailing_kern_pdf(tmp_path / "kern.pdf", ["cells", "were", "held", "at"], "-", "94 before cycling")
    for backend in ReaderBackend:
        assert read_document(path, backend=backend).blocks[0].text == "cells were held at −94 before cycling"
    _assert_same_words(path)


@pytest.mark.parametrize("font, style", [
    ("SerifaOB", (True, False)),                 # no separator: a family's O (OpenType) or T (Type 1) mark, then B/I
    ("SerifaTBI", (True, True)),
    ("SerifaOI-Identity-H", (False, True)),      # XeTeX: the CMap's name after the font's own
    ("Garamont-It-Identity-H", (False, True)),
    ("AbcOT12ab34cd.BI", (True, True)),          # a typesetter's ".B", ".I", ".BI"
    ("AbcOT12ab34cd.I+03", (False, True)),       # … and the slice of its codes after it
    ("AbcOT12ab34cd.B+fb", (True, False)),
    ("AbcOT12ab34cd+20", (False, False)),
    ("NimbusRomNo9L-Medi", (True, False)),       # URW's weight and shape words
    ("NimbusRomNo9L-ReguItal", (False, True)),
    ("Grotesk-SemiboldIt", (True, True)),
    ("Grotesk-Medium", (False, False)),
    ("Grotesk-UltraLight", (False, False)),
    ("CMBX12", (True, False)),                   # TeX's font file names
    ("SFTI1000", (False, True)),
    ("CMBXTI10", (True, True)),
    ("MSBM10", (False, False)),                  # blackboard bold math, not a bold text face
    ("CMTT10", (False, False)),
    ("SegoeUI", (False, False)),                 # a family's own capitals say nothing of its style
    ("TimesNewRomanPSMT", (False, False)),
    ("ArialBold", (True, False)),
    ("Helvetica-Narrow-BoldOblique", (True, True)),
    ("Calibri,Italic", (False, True)),
])
def test_words_a_fonts_style_is_read_from_the_words_of_its_name(font, style):
    """Bold and italic as a font's name says them, by the conventions of the names producers write: the old
    test of one letter after a separator missed a style set without one ("…OB"), before a CMap's name or a
    code slice ("…-It-Identity-H", "….I+03"), or in TeX's and URW's names ("CMBX12", "…-Medi")."""
    word = make_word(("x", 0.0, 1.0, 0.0, 1.0, 10.0, font))
    assert (word.bold, word.italic) == style
