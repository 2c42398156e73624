"""Fonts whose codes say nothing, read by their glyphs' shapes (glyphs.py, repair 0; shapes.py).

A PDF printed to PostScript and distilled again (pdf2ps, then ps2pdf: Ghostscript both ways) keeps
each font's glyphs but renumbers them 1, 2, 3... with no Unicode: the text reads as control codes.
The test makes such a file from a page it sets itself, with invented sentences: Ghostscript makes a
Type 3 font of it (a LibreOffice print keeps TrueType fonts, read the same way).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typeset import cid_font_pdf

from pipeline.read_options import ReaderBackend
from pipeline.reader.document import read_document

SENTENCES = [
    "The coated foil was cycled at 1.5 mA cm\u22122 for 300 hours in a symmetric cell.",
    "Its average Coulombic efficiency reached 99.2% over 180 cycles at 25 \u00b0C.",
    "Quiet zinc vapour jumps over wax blocks; the frozen layer keeps its shape.",
    "In 2019 we built 64 pouch cells with 0.8 M salt and 10 \u03bcm separators.",
]


def _ghostscript() -> str:
    gs = shutil.which("gs")
    if gs is None:
        if os.environ.get("CI"):
            pytest.fail("Ghostscript (gs) is missing: .ci/setup-chromium.sh installs it")
        pytest.skip("Ghostscript (gs) is not installed here, and CI is not set")
    return gs


@pytest.fixture(scope="module")
def round_tripped(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("shapes")
    return _printed_again(cid_font_pdf(folder / "set.pdf", ["Notes on the runs", *SENTENCES, "Results of Tests 1 and 2"],
                                       face="DejaVuSans"))


def test_round_trip_loses_the_text(round_tripped):
    """The premise: the round-tripped file's own text is a substitution cipher, not the words."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(round_tripped))
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "efficiency" not in text and "cycled" not in text


def test_glyphs_read_by_shape(round_tripped):
    """Ghostscript makes one Type 3 font of the page, its glyphs numbered from 0 in the order of first
    use: pdfium's text page lists no glyph of code 0, so the page's first letter is lost (the heading
    is there to take that)."""
    document = read_document(round_tripped)
    text = " ".join(block.text for block in document.blocks)
    for expected in ("1.5 mA cm\u22122", "99.2%", "300 hours", "symmetric cell", "Coulombic efficiency",
                     "180 cycles", "In 2019", "64 pouch cells", "0.8 M", "Quiet zinc vapour jumps over wax blocks",
                     "Results of Tests 1 and 2"):
        assert expected in text, (expected, text)
    shaped = [r for r in document.repairs if "by its shape" in r.reason]
    assert shaped and all(r.page == 1 for r in shaped)
    assert any(r.after == "%" for r in shaped)


def test_readable_fonts_are_not_read_by_shape(tmp_path):
    """The same page before the round trip reads through its map: nothing is redrawn."""
    path = cid_font_pdf(tmp_path / "plain.pdf", SENTENCES)
    document = read_document(path)
    assert not [r for r in document.repairs if "by its shape" in r.reason]
    assert "99.2%" in " ".join(block.text for block in document.blocks)


def test_readable_pdf_loads_no_shape_reader(tmp_path):
    """A PDF whose fonts read pays nothing for the shapes: the module (numpy, the reference glyphs,
    rendering) is never imported."""
    path = cid_font_pdf(tmp_path / "plain.pdf", SENTENCES)
    code = ("import sys; from pipeline.reader.document import read_document; "
            f"read_document({str(path)!r}); print('pipeline.reader.shapes' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_two_glyphs_of_one_set_are_never_read_as_one_char():
    """A font has one glyph for each char it sets at a size: where two glyphs used together both read
    as "6" (TeX's 5 is about as near a Times 6 as its own 6), the nearer keeps it and the other takes its
    next digit; of two ligatures about as near both ffi and ffl, the pairing with the least distance
    over both wins. Glyphs never set together (a title's and the body's) may read alike."""
    from pipeline.reader.shapes import Reading, distinct

    readings = {"six": Reading((("6", 0.08), ("θ", 0.11), ("0", 0.12))),
                "five": Reading((("δ", 0.173), ("6", 0.1731), ("5", 0.196))),
                "lig1": Reading((("ffi", 0.171), ("ffl", 0.189))),
                "lig2": Reading((("ffi", 0.160), ("ffl", 0.164)))}
    texts = {"six": "6", "five": "6", "lig1": "ffi", "lig2": "ffi"}
    links = [("six", "five"), ("five", "lig1"), ("lig1", "lig2")]
    assert distinct(texts, readings, links) == {"six": "6", "five": "5", "lig1": "ffi", "lig2": "ffl"}
    assert distinct(texts, readings, []) == texts


def test_a_superscript_glyph_may_read_as_a_body_glyph_does():
    """A font of bitmaps holds a superscript's "1" beside the body's, each its own glyph at its own size:
    both are a "1" (the superscript read "I" when glyphs used together had to differ)."""
    from pipeline.reader.shapes import Reading, distinct

    readings = {"one": Reading((("1", 0.05), ("I", 0.09))), "small one": Reading((("1", 0.19), ("I", 0.20)))}
    texts = {"one": "1", "small one": "1"}
    links = [("one", "small one")]
    assert distinct(texts, readings, links, scripts={"small one"}) == texts
    assert distinct(texts, readings, links)["small one"] == "I"


def test_a_glyph_read_as_q_is_a_g_where_no_u_follows():
    """A single-storey g (DejaVu's, a browser's print) reads nearest a q; English sets q before u alone, so
    "coatinq" and "tunqsten" are a g's words, while a glyph followed by u keeps its q."""
    from pipeline.reader.shapes import Reading, settle

    readings = {"k": Reading((("q", 0.12), ("g", 0.14), ("p", 0.18)))}
    assert settle(readings, [("k", "n", " "), ("k", "n", "s"), ("k", " ", "−")]) == {"k": "g"}
    assert settle(readings, [("k", " ", "u"), ("k", "e", "u")]) == {"k": "q"}


def test_a_look_alike_the_shapes_set_far_apart_is_not_weighed_by_context():
    """LibreOffice's Liberation Serif printed again by Ghostscript: the z's ink is 0.03 from a z and 0.17 from a
    Z (its height says lowercase), yet one use after a stop made it "Zinc"; the J is 0.035 from J and 0.15 from j,
    yet "k" before it made "kj". Look-alikes as near as each other (1 and I) are still told apart by their uses."""
    from pipeline.reader.shapes import Reading, settle

    readings = {"z": Reading((("z", 0.026), ("Z", 0.168), ("7", 0.195))), "J": Reading((("J", 0.035), ("]", 0.126), ("j", 0.154))),
                "one": Reading((("1", 0.05), ("I", 0.07)))}
    uses = [("z", " ", "i"), ("z", ".", "i"), ("J", "k", " "), ("J", "k", " "), ("one", " ", " "), ("one", "9", "9")]
    assert settle(readings, uses) == {"z": "z", "J": "J", "one": "1"}
    assert settle(readings, [("one", " ", "C"), ("one", "A", " ")])["one"] == "I"


def test_a_glyph_that_must_yield_its_letter_takes_a_latin_one_before_a_greek_one():
    """DejaVu's ffl ligature reads nearest an m, which the font's own m holds: its next candidate that is a
    Latin letter or ligature (ffl), not the Greek ω about as near ("aωuent")."""
    from pipeline.reader.shapes import Reading, distinct

    readings = {"m": Reading((("m", 0.07), ("ω", 0.16))), "lig": Reading((("m", 0.145), ("ω", 0.1727), ("ffl", 0.1730)))}
    assert distinct({"m": "m", "lig": "m"}, readings, [("m", "lig")]) == {"m": "m", "lig": "ffl"}


def test_a_dash_apart_from_the_word_before_and_touching_digits_is_a_sign():
    """A dash read by its shape stands for a minus where it signs a number ("held at –66 °C": a space
    before it, the digits touching it), not in a range set with spaces ("10 – 20")."""
    from pipeline.reader.glyphs import _signs_a_number
    from pipeline.records import Char

    def row(text: str) -> list[Char]:
        out, x = [], 72.0
        for c in text:
            if c != " ":
                out.append(Char(c, x, x + 5.0, 100.0, 110.0, 10.0, "Body"))
            x += 5.0
        return out

    sign = row("at –66")
    assert _signs_a_number(sign, 2)
    spaced_range = row("10 – 20")
    assert not _signs_a_number(spaced_range, 2)




def _printed_again(source: Path) -> Path:
    """``source`` printed to PostScript and distilled again by Ghostscript."""
    gs = _ghostscript()
    postscript, out = source.with_suffix(".ps"), source.with_name(source.stem + "_gs.pdf")
    subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=ps2write", f"-sOutputFile={postscript}",
                    str(source)], check=True)
    subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}",
                    str(postscript)], check=True)
    return out


LIBERATION_SERIF = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")


@pytest.mark.skipif(not LIBERATION_SERIF.exists(), reason="Liberation Serif is not installed here")
@pytest.mark.parametrize("backend", list(ReaderBackend))
def test_a_wide_fonts_words_keep_their_letters_together(tmp_path, backend):
    """A word processor's serif font printed again: Ghostscript makes a Type 3 font of bitmaps whose em is a
    guess, from the median advance of its glyphs; the glyphs' own advances are exact. Boxes cut to the
    advance at the guessed size parted a word after its wide letters ("jum ps", "Q uiet"). Its first glyph,
    code 0, which pdfium reads as no text, is drawn by its code and read too. pdfminer's chars are read by
    the glyphs pdfium draws in their boxes: its g, drawn with code 32, named a space by the font's encoding
    and a dingbat by its differences, was left a dingbat ("✥rew")."""
    lines = ["Notes on the invented layers", "The boride skin was 14 \u00b5m thick and its pores were 3 \u00b5m wide.",
             "A second QRT-5 film grew to 27 \u00b5m after many hours of plating at room temperature.",
             "Quiet zinc vapour jumps over wax blocks; the frozen layer keeps its shape."]
    out = _printed_again(cid_font_pdf(tmp_path / "set.pdf", lines, face=LIBERATION_SERIF))
    text = " ".join(block.text for block in read_document(out, backend=backend).blocks)
    for expected in ("Notes on the invented layers", "3 \u03bcm wide", "QRT-5 film grew", "many hours of plating",
                     "room temperature",
                     "Quiet zinc vapour jumps over wax blocks", "14 \u03bcm thick"):
        assert expected in text, (expected, text)


def test_the_reference_glyphs_hold_the_text_fonts_micro_sign_as_mu():
    """The text fonts draw no Greek μ, only the micro sign, straight-stemmed; Symbol's μ has a tail. With
    Symbol's alone to compare with, a word processor's "µm" printed again read "ρm" or "pm"."""
    from pipeline.reader.shapes import STANDARD_FONTS, atlas

    texts = atlas().texts
    assert texts.count("μ") == len(STANDARD_FONTS) + 1 and "µ" not in texts


def test_a_glyph_back_on_the_line_after_a_script_is_no_script():
    """"cm² s⁻¹": the s after the raised 2 stands on the line again; read as a script it was drawn at a
    script's size (a Type 3 font of bitmaps holds a script's glyphs apart), and its word went astray."""
    from pipeline.reader.glyphs import _script_glyphs
    from pipeline.records import Char

    def glyph(text: str, x: float, bottom: float, size: float = 10.0) -> Char:
        return Char(text, x, x + 5.0, bottom - size, bottom, 10.0, "T3")

    chars = [glyph("c", 70, 100), glyph("m", 75, 100), glyph("2", 80, 96, 7), glyph("s", 85.5, 100),
             glyph("−", 90.5, 96, 7), glyph("1", 95.5, 96, 7), glyph("w", 105, 100)]
    assert _script_glyphs(chars, frozenset({"T3"})) == {"T3": {"2", "−", "1"}}


def test_a_script_glyph_after_a_letter_may_be_a_digit():
    """A small script font's 2 reads about as near a z ("Li₂O" read "LizO", "cm²" read "cmz"): set as a
    sub- or superscript after a letter, a digit fits as well as a letter, and the nearer reading wins."""
    from pipeline.reader.shapes import Reading, settle

    readings = {"two": Reading((("2", 0.17), ("?", 0.33), ("z", 0.37))),
                "three": Reading((("3", 0.16), ("s", 0.22), ("a", 0.25)))}
    uses = [("two", "i", "O"), ("two", "m", " "), ("two", "m", " "), ("three", "i", "N"), ("three", "i", "N")]
    assert settle(readings, uses) == {"two": "z", "three": "s"}
    assert settle(readings, uses, scripts={"two", "three"}) == {"two": "2", "three": "3"}


def test_a_glyph_alone_as_near_a_greek_letter_as_a_digit_is_the_digit_its_uses_favour():
    """TeX's 5 printed again reads as near a δ as a 6 ("at 5 C", "KLM-5"): alone between spaces no kind is
    favoured, after a sign a digit is, and the 6 the font's own 6 holds yields to the next digit."""
    from pipeline.reader.shapes import Reading, distinct, settle

    readings = {"five": Reading((("δ", 0.173), ("6", 0.173), ("5", 0.196), ("h", 0.23))),
                "six": Reading((("6", 0.083), ("θ", 0.11), ("0", 0.125)))}
    uses = [("five", " ", " "), ("five", "-", " "), ("six", "9", " ")]
    settled = settle(readings, uses)
    assert settled == {"five": "6", "six": "6"}
    assert distinct(settled, readings, [("five", "six")]) == {"five": "5", "six": "6"}


def test_two_glyphs_read_as_one_char_both_keep_it_when_the_next_reading_is_far():
    """A Type 3 font of bitmaps may hold two glyphs of one letter; where the next candidate of either is far
    beyond its reading (a y 0.07 from a y and 0.32 from a χ), neither is in doubt: both stay y ("stabilitχ")."""
    from pipeline.reader.shapes import Reading, distinct

    readings = {"y": Reading((("y", 0.07), ("χ", 0.32))), "other y": Reading((("y", 0.083), ("χ", 0.36)))}
    texts = {"y": "y", "other y": "y"}
    assert distinct(texts, readings, [("y", "other y")]) == texts


def test_a_glyph_read_by_shape_ends_at_its_advance():
    """A Type 3 font of bitmaps gives each glyph the box of its ink: a narrow 1 ended 0.12 em short of the
    next digit, which parted the number ("1 29 h"). Its box ends at its own advance instead, and a box the
    char source took across a word's gap to the next glyph is cut back to it."""
    from pipeline.reader.glyphs import _resized
    from pipeline.records import Char

    one = _resized(Char("1", 74.4, 78.2, 349.0, 357.2, 0.1, "T3"), 81.8, 47.5)
    assert one.x1 == pytest.approx(74.4 + 4.75) and one.size == pytest.approx(8.18)
    wide = _resized(Char("m", 100.0, 112.0, 349.0, 357.2, 0.1, "T3"), 81.8, 77.8)
    assert wide.x1 == pytest.approx(107.78)


def test_a_unit_before_a_dash_read_by_shape_ends_at_the_words_gap():
    """Boxes of glyphs read by shape end at their advances, so a justified line's narrow space (0.2 em in
    "mAh g–1") parts the unit from the word before it, and the dash before the digits is a unit's minus."""
    from pipeline.reader.glyphs import _run_before
    from pipeline.reader.words import WORD_GAP
    from pipeline.records import Char

    boxes = [("m", 438.9, 448.35), ("A", 448.4, 455.59), ("h", 455.6, 462.02), ("g", 464.3, 470.68),
             ("–", 470.8, 476.64)]
    chars = [Char(text, x0, x1, 78.0, 88.8, 10.73, "T3") for text, x0, x1 in boxes]
    assert _run_before(chars, 4, WORD_GAP) == "g"
    assert _run_before(chars, 4) == "mAhg"


def test_a_digit_fits_after_a_decimal_point():
    """A small font's 2 reads about as near a Z; in "0.2 s" and "3.2 s" the letter after it made it a
    sentence's first capital ("0.Z s"). A digit fits after a decimal point as after a sign."""
    from pipeline.reader.shapes import Reading, settle

    readings = {"two": Reading((("2", 0.143), ("?", 0.289), ("Z", 0.30)))}
    uses = [("two", ".", "4"), ("two", ".", "s"), ("two", ".", "s"), ("two", ",", "6"), ("two", ".", "s")]
    assert settle(readings, uses) == {"two": "2"}


def test_a_dot_over_a_stem_is_a_piece_of_its_own():
    """The blurred square hardly tells an i's dot from an l's flag serif: a footnote's DejaVu l read "i"
    ("ceiis were buiit"), a j "l". The white rows between a dot and its stem say it, in the glyphs drawn and
    in the reference ones alike."""
    import numpy as np

    from pipeline.reader.shapes import EM, _shape, atlas

    cell = np.zeros((int(2.2 * EM), int(2.6 * EM)), dtype=np.float32)
    cell[40:70, 30:36] = 1.0                     # a stem standing on the baseline (row 60 from the top: 0.7 em up)
    stem = _shape(cell)
    cell[30:35, 30:36] = 1.0                     # a dot over it, five white rows apart
    assert (stem.pieces, _shape(cell).pieces) == (1, 2)
    reference = atlas()
    pieces = {text: {int(p) for t, p in zip(reference.texts, reference.pieces, strict=True) if t == text}
              for text in "ijlJI1=:"}
    assert pieces == {"i": {2}, "j": {2}, "l": {1}, "J": {1}, "I": {1}, "1": {1}, "=": {2}, ":": {2}}


def test_a_letter_whose_pieces_no_reference_shares_is_no_rival_whatever_its_uses():
    """A DejaVu J (one piece) after a k: the j its uses favour has a dot, so the J stays; the k it stands after
    reads "k", its capital far by shape, however its neighbours were first read ("KJ")."""
    from pipeline.reader.shapes import Reading, settle

    readings = {"J": Reading((("J", 0.05), ("j", 0.08), ("]", 0.126)), unlike=frozenset("ij!")),
                "k": Reading((("k", 0.063), ("h", 0.194), ("K", 0.30)))}
    assert settle(readings, [("J", "k", " "), ("J", "k", " "), ("k", " ", "]"), ("k", " ", "e")]) == \
        {"J": "J", "k": "k"}
    # without the pieces' word, the uses decide for the lowercase letter as before
    assert settle({"J": Reading(readings["J"].candidates)}, [("J", "k", " ")]) == {"J": "j"}


def test_a_closing_bracket_the_font_has_no_opening_one_for_is_the_letter_it_looks_like():
    """A DejaVu J hangs below the line as a "]" does and as no reference J does: nearest "]", "kJ" read "k]".
    A font subset to the glyphs its text uses holds both brackets of a pair it sets: a "]" whose "[" no glyph
    reads as is the letter it looks like; where the font holds a real "]" too, the nearer one keeps it and the
    other takes that letter."""
    from pipeline.reader.shapes import Reading, distinct, settle

    hung = Reading((("]", 0.09), (")", 0.161), ("}", 0.176)), unlike=frozenset("ij!"))
    opening = Reading((("(", 0.02), ("{", 0.11)))
    uses = [("J", "k", " "), ("J", "k", " "), ("p", " ", "m")]
    assert settle({"J": hung, "p": opening}, uses) == {"J": "J", "p": "("}
    real = Reading((("]", 0.03), (")", 0.2)))
    square = Reading((("[", 0.02), ("t", 0.15)))
    texts = settle({"J": hung, "close": real, "open": square}, uses)
    assert texts == {"J": "]", "close": "]", "open": "["}
    assert distinct(texts, {"J": hung, "close": real, "open": square}, [("J", "close"), ("close", "open")]) == \
        {"J": "J", "close": "]", "open": "["}


@pytest.mark.parametrize("face", ["DejaVuSerif", "DejaVuSans"])
@pytest.mark.parametrize("size", [10.0, 6.0])
def test_dejavu_printed_again_keeps_its_capital_j_and_its_l(tmp_path, face, size):
    """DejaVu printed again by Ghostscript, its glyphs read by shape: "kJ mol−1" read "kj" or "k]", and at a
    small size "blocks" and "keeps" took a capital K from the first reading of the J beside a k."""
    lines = ["Notes on the invented layers",
             "The affine fit gave an activation energy of 35.3 kJ mol\u22121 for the PXQ-7 film [4].",
             "Each cell was built in a glove box, and all its foil was rolled until level.",
             "Quiet zinc vapour jumps over wax blocks; the frozen layer keeps its shape."]
    out = _printed_again(cid_font_pdf(tmp_path / "set.pdf", lines, size=size, face=face))
    text = " ".join(block.text for block in read_document(out).blocks)
    for expected in ("35.3 kJ mol\u22121", "built in a glove box, and all its foil was rolled until level",
                     "wax blocks; the frozen layer keeps its shape"):
        assert expected in text, (expected, text)
