"""Glyph repair on PDFs whose fonts map glyphs wrongly or not at all (made with reportlab, see typeset.py)."""

import json

import pytest
from typeset import (
    bare_symbol_pdf,
    cid_font_pdf,
    mapped_font_pdf,
    pi_font_pdf,
    positioned_words_pdf,
    second_hyphen_pdf,
    symbol_font_pdf,
    two_column_pdf,
)

from pipeline.read_options import ReaderBackend
from pipeline.reader.document import read_document
from pipeline.reader.glyphs import repair_chars
from pipeline.records import Char, FontFacts, PageChars

LINES = ["The cell ran at 1 mA cm^{−2} for 500 h at 60 °C with a 20 μm thick film.",
         "Its conductivity was 2.5 × 10^{−4} S cm^{−1} at 25 °C and its capacity 3 mAh cm^{−2}."]
RIGHT = ("The cell ran at 1 mA cm−2 for 500 h at 60 °C with a 20 μm thick film. Its conductivity was "
         "2.5 × 10−4 S cm−1 at 25 °C and its capacity 3 mAh cm−2.")


# Each char source misreads these fonts in its own way; glyph repair must mend both.
BACKENDS = pytest.mark.parametrize("backend", list(ReaderBackend))


def body(path, backend: ReaderBackend) -> str:
    return " ".join(b.text for b in read_document(path, backend=backend).blocks)


@BACKENDS
def test_glyphs_font_map_is_sound_nothing_changes(tmp_path, backend):
    document = read_document(mapped_font_pdf(tmp_path / "sound.pdf", LINES), backend=backend)
    assert " ".join(b.text for b in document.blocks) == RIGHT
    assert document.repairs == ()


@BACKENDS
def test_glyphs_minus_mapped_to_at_sign_is_a_minus_in_units(tmp_path, backend):
    document = read_document(mapped_font_pdf(tmp_path / "at.pdf", LINES, wrong={"−": "@"}), backend=backend)
    assert " ".join(b.text for b in document.blocks) == RIGHT
    assert {(r.before, r.after) for r in document.repairs} == {("@", "−")}
    assert len(document.repairs) == 4 and all("exponent" in r.reason for r in document.repairs)


@BACKENDS
def test_glyphs_signs_without_unicode_are_read_from_their_context(tmp_path, backend):
    broken = {"−": None, "°": None, "μ": None, "×": None}
    assert body(mapped_font_pdf(tmp_path / "unmapped.pdf", LINES, wrong=broken), backend) == RIGHT


@BACKENDS
def test_glyphs_signs_read_as_dingbats_are_read_from_their_context(tmp_path, backend):
    """A PDF printed to PostScript and distilled again names a font's glyphs a1, a2..., which the glyph
    list reads as dingbats; a font of signs alone (textcomp's degree and micro signs) is no text to read
    by shape, and its dingbats say no more than a glyph without Unicode: their context does."""
    assert body(mapped_font_pdf(tmp_path / "dingbats.pdf", LINES, wrong={"°": "➦", "μ": "✈"}), backend) == RIGHT


@BACKENDS
def test_glyphs_font_without_any_unicode_map(tmp_path, backend):
    assert body(mapped_font_pdf(tmp_path / "nomap.pdf", LINES, no_map=True), backend) == RIGHT


# what each source reads from the Symbol font's codes: pdfminer by the standard encoding ('m' for μ,
# nothing for °, '·' for ×, '-' for −), pdfium by the Symbol encoding in the glyph list's spelling (µ)
# pdfminer reads the standard Symbol font through its own encoding (fonts.with_builtin_encoding): nothing to repair
SYMBOL_MISREADINGS = {ReaderBackend.PDFMINER: set(), ReaderBackend.PDFIUM: {("µ", "μ")}}


@BACKENDS
def test_glyphs_symbol_font_read_through_its_encoding(tmp_path, backend):
    """μ, °, × and − set in the Symbol font come back right from its codes alone."""
    document = read_document(symbol_font_pdf(tmp_path / "symbol.pdf", LINES), backend=backend)
    assert " ".join(b.text for b in document.blocks) == RIGHT
    assert {(r.before, r.after) for r in document.repairs} == SYMBOL_MISREADINGS[backend]


@BACKENDS
def test_glyphs_symbol_font_plus_minus_read_through_its_encoding(tmp_path, backend):
    """pdfminer reads the Symbol font's ± (0xB1) by the standard encoding, as an en dash: past Latin-1,
    a sign read so is still the Symbol encoding's ("1.2 – 0.1 mg", a range, was "1.2 ± 0.1 mg")."""
    lines = ["The QRT-3 loading was 1.2 ± 0.1 mg cm^{−2} and its thickness 12 ± 2 μm at 25 °C."]
    assert body(symbol_font_pdf(tmp_path / "pm.pdf", lines), backend) == lines[0].replace("^{−2}", "−2")


def test_glyphs_a_bare_symbol_font_keeps_its_signs_and_their_widths(tmp_path):
    """The standard Symbol font left unembedded with neither Widths nor an Encoding (Ghostscript's print of
    troff's PostScript): pdfminer read its ± through the standard encoding as an en dash, with no width in
    Symbol's metrics, and the sign ran into the number after it ("25 ±6")."""
    pieces = [("Its thickness was 25 ", False), ("\xb1", True), (" 6 ", False), ("m", True), ("m, the film ", False),
              ("\xb3", True), (" 2 ", False), ("m", True), ("m.", False)]
    path = bare_symbol_pdf(tmp_path / "bare.pdf", pieces)
    for backend in ReaderBackend:
        assert body(path, backend) == "Its thickness was 25 ± 6 μm, the film ≥ 2 μm."


@BACKENDS
def test_glyphs_pi_font_stand_ins_are_read_from_their_context(tmp_path, backend):
    lines = ["The cells ran at 0.5 C (1 C = 170 mA h g^{−1}) versus Li/Li+ at 25 °C for 5 days.",
             "The salt (≥ 99.9%) was dried at 80 °C, and 5 cells of 15 were kept."]
    stand_ins = {"=": "5", "+": "1", "°": "u", "≥": "$"}
    document = read_document(pi_font_pdf(tmp_path / "pi.pdf", lines, stand_ins), backend=backend)
    assert " ".join(b.text for b in document.blocks) == " ".join(lines).replace("^{−1}", "−1")
    assert {(r.before, r.after) for r in document.repairs} == {(v, k) for k, v in stand_ins.items()}


@BACKENDS
def test_glyphs_a_lowered_digit_after_an_element_is_its_count_not_a_charge(tmp_path, backend):
    """pdfTeX sets a formula's subscript digits in a math font without a Unicode map, and "Zr" then a lone
    lowered "1" ("Zr1.5" in a garnet's formula) is the element's count: a pi font's "1" for "+" after an element
    is a charge only where it is not set below the element ("Li/Li+" stays read as a charge)."""
    lines = ["The garnet Li_{7}La_{3}Zr_{1}.5 was sintered at 1200 °C and held at 3 V vs. Li/Li^{+} here."]
    document = read_document(pi_font_pdf(tmp_path / "sub.pdf", lines, {"1": "1", "+": "1"}), backend=backend)
    assert " ".join(b.text for b in document.blocks) == \
        "The garnet Li7La3Zr1.5 was sintered at 1200 °C and held at 3 V vs. Li/Li+ here."
    assert [(r.before, r.after) for r in document.repairs] == [("1", "+")]


@BACKENDS
def test_glyphs_narrow_stop_alone_in_a_font_without_a_map_stays_a_stop(tmp_path, backend):
    """TeX sets the decimal point of a number in math mode in its math italic font, and a PDF rewritten
    by a print driver keeps that font without a Unicode map: a stop alone in it, between two digits, is
    a stop (a pi font's tilde stand-in is as wide as a letter), not "~"."""
    lines = ["The films conducted 6.27 mS per cm, and 0.43 mS per cm after 80 cycles at 2.5 mA."]
    document = read_document(pi_font_pdf(tmp_path / "stop.pdf", lines, {".": "."}, pi_font="Symbol"),
                             backend=backend)
    assert " ".join(b.text for b in document.blocks) == lines[0]
    assert [(r.before, r.after) for r in document.repairs] == []


@BACKENDS
def test_glyphs_ligature_mapped_byte_swapped_is_spelled_out(tmp_path, backend):
    """Ghostscript 10.0 rewrites a PDF with each UTF-16 unit of a ligature's ToUnicode value byte-swapped
    ("fi", 0066 0069, as 6600 6900, read "昀椀") and three letters as two units, the second their sum
    ("ffi" as 6600 CF00): the ligatures come back as their letters, so "efficiency" is found."""
    lines = ["The ﬁrst cells kept a high eﬃciency, and the oﬀ state a ﬂat line."]
    raw = {"ﬁ": "66006900", "ﬃ": "6600CF00", "ﬀ": "66006600", "ﬂ": "66006C00"}
    document = read_document(mapped_font_pdf(tmp_path / "swapped.pdf", lines, raw=raw), backend=backend)
    assert " ".join(b.text for b in document.blocks) == \
        "The first cells kept a high efficiency, and the off state a flat line."


@BACKENDS
def test_glyphs_at_sign_outside_a_unit_is_left_alone(tmp_path, backend):
    lines = ["Mail a.author@univ.example.org about the Si@C core-shell anode (S@2 is a label) at −5 °C."]
    text = body(mapped_font_pdf(tmp_path / "mail.pdf", lines, wrong={"−": "@"}), backend)
    assert text == lines[0]


@BACKENDS
def test_glyphs_an_at_sign_with_a_space_before_a_number_stays_an_at_sign(tmp_path, backend):
    """"800 h @ 2 mA cm−2": an at sign that sets a test's condition has a word's space before the number, where a
    minus mapped to "@" touches its digits ("cm@2", "at @5 °C"); only the touching ones are minus signs."""
    lines = ["Cells ran for 800 h @ 2 mA cm^{−2} and 500 cycles @ 1 mA cm^{−2} at −5 °C."]
    text = body(mapped_font_pdf(tmp_path / "at.pdf", lines, wrong={"−": "@"}), backend)
    assert text == "Cells ran for 800 h @ 2 mA cm−2 and 500 cycles @ 1 mA cm−2 at −5 °C."
    # words set by position, no space chars between them, as TeX sets a justified line (its space shrunk to 0.2 em)
    text = body(positioned_words_pdf(tmp_path / "tight.pdf", ["Cells ran for 800 h @ 2 mA and 500 cycles @ 1 mA."],
                                     word_gap=0.2), backend)
    assert text == "Cells ran for 800 h @ 2 mA and 500 cycles @ 1 mA."


@BACKENDS
def test_glyphs_en_dash_between_pages_is_not_an_exponent(tmp_path, backend):
    lines = ["A. Author, J. Invented Chem. 31, 10–12 (2013).", "a conductivity of 10^{–17} S cm^{–1} here"]
    text = body(mapped_font_pdf(tmp_path / "dash.pdf", lines), backend)
    assert "10–12" in text and "10−17 S cm−1" in text


def test_glyphs_cli_json_shows_each_repair(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    pdf = mapped_font_pdf(tmp_path / "at.pdf", LINES, wrong={"−": "@"})
    result = CliRunner().invoke(app, ["read", str(pdf), "--format", "json"])
    assert result.exit_code == 0, result.output
    repairs = json.loads(result.stdout)["repairs"]
    assert len(repairs) == 4 and repairs[0]["before"] == "@" and repairs[0]["after"] == "−"
    assert set(repairs[0]) == {"page", "bbox", "before", "after", "reason"} and repairs[0]["page"] == 1


# ------------------------------------------------------------------------------------ on chars

def chars(spec: str, font: str = "Body", size: float = 10.0, x: float = 50.0) -> list[Char]:
    """One char per letter of ``spec``, half an em wide, on one line."""
    out = []
    for letter in spec:
        out.append(Char(letter, x, x + size / 2, 100.0, 100.0 + size, size, font))
        x += size / 2
    return out


def page(*runs: list[Char], fonts: dict[str, FontFacts] | None = None) -> PageChars:
    return PageChars(1, 600, 800, tuple(c for run in runs for c in run), fonts or {})


@pytest.mark.parametrize("font, read", [("ABCDEF+LMMathSymbols10-Regular", "Li|Cu"), ("LucidaNewMath-Symbol", "Li|Cu"),
                                        ("SymbolMT", "LiϕCu")])
def test_glyphs_tex_math_symbol_font_is_not_the_symbol_font(font, read):
    """TeX sets the bar of a cell "Li|Cu" in its math symbol font, code 0x6A, where Adobe's Symbol font
    has ϕ: a font named for math symbols keeps the bar its glyph names give."""
    left, right = chars("Li"), chars("Cu", x=60.0)
    bar = Char("|", 60.0 - 2.8, 60.0, 100.0, 110.0, 10.0, font, code=0x6A)
    fixed, _ = repair_chars(page(left, [bar], right, fonts={font: FontFacts(symbolic=True, to_unicode=False)}))
    assert "".join(c.text for c in fixed.chars) == read


def test_glyphs_second_source_reads_what_pdfminer_cannot():
    before = chars("the ef")
    lost = Char("(cid:7)", before[-1].x1, before[-1].x1 + 5.0, 100.0, 110.0, 10.0, "Body")
    after = chars("cient", x=lost.x1)
    second = [*before, Char("ﬁ", lost.x0, lost.x1, 100.0, 110.0, 10.0, ""), *after]
    fixed, repairs = repair_chars(page(before, [lost], after), lambda number: second)
    assert "".join(c.text for c in fixed.chars) == "the efficient"
    assert [r.reason for r in repairs] == ["second char source (pdfium)"]


def test_glyphs_second_source_must_agree_on_the_neighbours():
    """A glyph the second source does not draw (a piece of a big bracket over other text) takes nothing
    from the char that happens to sit in the same place there."""
    text = chars("local")
    piece = Char("\uf06a", text[2].x0, text[2].x1, 100.0, 110.0, 10.0, "Math")
    second = [Char(c.text, c.x0, c.x1, c.top, c.bottom, c.size, "") for c in text]
    fixed, repairs = repair_chars(page([piece], text), lambda number: second)
    assert "".join(c.text for c in fixed.chars) == "local"
    assert [r.after for r in repairs] == [""]


def test_glyphs_wide_comma_from_another_font_before_a_number_is_a_tilde():
    words = chars("is ")
    wide = Char(",", words[-1].x1, words[-1].x1 + 8.3, 100.0, 110.0, 10.0, "MathSigns")
    number = chars("69%", x=wide.x1)
    fixed, repairs = repair_chars(page(words, [wide], number))
    assert "".join(c.text for c in fixed.chars) == "is ~69%"
    plain, _ = repair_chars(page(chars("a, 69 and 70, 71")))
    assert "".join(c.text for c in plain.chars) == "a, 69 and 70, 71"


def test_glyphs_a_typewriter_font_comma_after_another_font_stays_a_comma():
    """In a monospaced font every glyph is as wide as a letter: its comma after a bold year, before a
    volume ("Nature 2008, 451"), is a comma."""
    def typed(spec, font, x):
        return [Char(c, x + 6 * k, x + 6 * (k + 1), 100.0, 110.0, 10.0, font) for k, c in enumerate(spec)]
    head = typed("Nature, vol. ", "Mono", 50.0)
    year = typed("2008", "Mono-Bold", head[-1].x1)
    rest = typed(", 451, 652.", "Mono", year[-1].x1)
    fixed, repairs = repair_chars(page(head, year, rest))
    assert "".join(c.text for c in fixed.chars) == "Nature, vol. 2008, 451, 652." and repairs == ()


@pytest.mark.parametrize("ligature, spelled", [("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬀ", "ff"), ("ﬃ", "ffi")])
def test_glyphs_ligatures_are_spelled_out(ligature, spelled):
    fixed, _ = repair_chars(page(chars(f"e{ligature}cient")))
    assert "".join(c.text for c in fixed.chars) == f"e{spelled}cient"


@pytest.mark.parametrize("sign, letter", [("\u2126", "Ω"), ("\u212a", "K"), ("\u212b", "Å"), ("\uff05", "%")])
def test_glyphs_compatibility_signs_are_read_as_their_letters(sign, letter):
    fixed, repairs = repair_chars(page(chars(f"of 2.2 {sign} at")))
    assert "".join(c.text for c in fixed.chars) == f"of 2.2 {letter} at"
    assert [(r.before, r.after, r.reason) for r in repairs] == [(sign, letter, "compatibility sign as its letter")]


def test_glyphs_a_lone_comma_of_a_text_font_without_a_map_stays_a_comma():
    """A reference's "2001, 414": the comma between a bold year and an italic volume is set in the
    body font, which has no Unicode map but sets whole words elsewhere on the page: no pi font."""
    unmapped = FontFacts(to_unicode=False)
    text = chars("Nature ", font="Body")
    year = chars("2001", font="Bold", x=text[-1].x1)
    comma = chars(",", font="Body", x=year[-1].x1)
    volume = chars(" 414", font="Italic", x=comma[-1].x1)
    fonts = {"Body": unmapped, "Bold": FontFacts(), "Italic": FontFacts()}
    fixed, repairs = repair_chars(page(text, year, comma, volume, fonts=fonts))
    assert "".join(c.text for c in fixed.chars) == "Nature 2001, 414" and repairs == ()
    pi = {**fonts, "Body": FontFacts(), "Pi": unmapped}     # the same comma from a font of lone signs
    fixed, _ = repair_chars(page(text, year, [comma[0]._replace(font="Pi")], volume, fonts=pi))
    assert "".join(c.text for c in fixed.chars) == "Nature 2001~ 414"


@BACKENDS
def test_glyphs_hyphen_of_a_font_with_two_hyphens_keeps_its_own_width(tmp_path, backend):
    """TeX's T1 fonts read two codes as "-": the hyphen at 0x2D and a narrower one at 0x7F. A hyphen
    drawn with 0x2D is as wide as the font says for 0x2D, so "C.-Z. Zhao" does not fall apart into
    "C.- Z." at a gap that is only the width the other hyphen lacks."""
    from pipeline.reader.fonts import PageFonts

    pdf = second_hyphen_pdf(tmp_path / "hyphens.pdf", "C.-Z. Zhao and X.-B. Cheng, J. Invented Chem.")
    fonts = PageFonts(pdf, None)
    metrics = fonts.of_page(0)["InventedSerif"][0]
    assert metrics.code_of("-") == 0x2D and abs(metrics.text_width("-") - 0.33325) < 0.001
    fonts.close()
    assert body(pdf, backend) == "C.-Z. Zhao and X.-B. Cheng, J. Invented Chem."



def test_glyphs_a_font_on_every_page_is_read_once_a_file(tmp_path):
    """The pages of a paper share its fonts: a font's metrics (and the reverse map ``code_of`` reads) are
    made at its first page and found again at the next, not made anew a page."""
    from pipeline.reader.fonts import PageFonts

    paragraph = [("body", "The PXQ-7 interlayer held its capacity over a long run of invented cycles.")]
    pdf = two_column_pdf(tmp_path / "two_pages.pdf", [(paragraph, paragraph), (paragraph, paragraph)])
    fonts = PageFonts(pdf, None)
    first, second = fonts.of_page(0)["Times-Roman"], fonts.of_page(1)["Times-Roman"]
    assert len(first) == len(second) == 1 and first[0] is second[0]
    fonts.close()

def test_glyphs_past_the_basic_plane_are_one_char_each(tmp_path):
    """unicode-math (LuaLaTeX, XeLaTeX) sets its italic letters as the Mathematical Alphanumeric
    Symbols, past U+FFFF, in an Identity-H font whose ToUnicode map gives them as UTF-16 surrogate
    pairs. pdfium lists each such glyph as two chars, the pair's halves, at one origin: they are one
    char, as wide as the glyph's advance (pdfium's width for it is the font's default: not the gap
    to the next word, where TeX moves on rather than setting a space), as pdfminer reads it."""
    from test_reader_backends import _assert_same_words
    lines = ["a lag 𝐷 = 2𝑒𝐷 before the growth, and then 𝑒", "the mean of 𝐷", "𝑒 = 2 after the last cycle"]
    for gap in (None, 333):
        path = cid_font_pdf(tmp_path / f"astral{gap}.pdf", lines, word_gap=gap)
        for backend in ReaderBackend:
            assert " ".join(b.text for b in read_document(path, backend=backend).blocks) == \
                " ".join(lines).replace("𝐷", "D").replace("𝑒", "e")
        _assert_same_words(path)


@BACKENDS
def test_glyphs_mathematical_letters_read_as_their_letters(tmp_path, backend):
    """unicode-math sets a formula's letters as Mathematical Alphanumeric Symbols (LiNO𝑦, 𝑒 for the
    charge), where pdfLaTeX's math italic reads as plain letters: they read as their letters, each
    change recorded."""
    lines = ["the film held LiNO𝑥 and Li𝑥N after 𝑒 moved"]
    document = read_document(cid_font_pdf(tmp_path / "letters.pdf", lines), backend=backend)
    assert " ".join(b.text for b in document.blocks) == "the film held LiNOx and LixN after e moved"
    assert [(r.before, r.after, r.reason) for r in document.repairs] == \
        [("𝑥", "x", "mathematical letter as its letter")] * 2 + [("𝑒", "e", "mathematical letter as its letter")]


@BACKENDS
def test_glyphs_unreadable_minus_after_a_unit_that_opens_a_line(tmp_path, backend):
    """A minus whose glyph has no Unicode, raised after a unit that opens its line ("mA h" at the end
    of one line, "g⁻¹" at the start of the next): the unit is the letters on its own line, not run
    together with the line above's last letters ("hg"), and the glyph is the exponent's sign."""
    lines = ["The foam kept a capacity of 900 mA h", "g^{−1} at a low rate for many cycles."]
    text = body(mapped_font_pdf(tmp_path / "opens.pdf", lines, wrong={"−": None}), backend)
    assert text == "The foam kept a capacity of 900 mA h g−1 at a low rate for many cycles."


def type3_pdf(tmp_path, source: str, fonts: int = 1):
    """``source`` set by pdfLaTeX with (at least ``fonts`` of) its fonts drawn as Type 3 bitmaps (the source
    unmaps their Type 1 versions); skipped where TeX cannot, never under CI=true."""
    import shutil
    import subprocess

    from test_table_regions import _unavailable
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    (tmp_path / "t.tex").write_text(source)
    subprocess.run(["pdflatex", "-interaction=batchmode", "t.tex"], cwd=tmp_path, capture_output=True, check=False)
    pdf = tmp_path / "t.pdf"
    if not pdf.exists() or pdf.read_bytes().count(b"/Type3") < fonts:
        _unavailable("pdflatex made no Type 3 fonts (no METAFONT to make the bitmaps)")
    return pdf


TEX_TYPE3 = r"""\pdfobjcompresslevel=0\pdfmapline{-ecrm1000}\pdfmapline{-tcrm1000}
\documentclass{article}\usepackage[T1]{fontenc}\usepackage{textcomp}\pagestyle{empty}
\begin{document}
An efficient flow kept the affinity of the fluffy film to the metal--organic frame --- for 300 cycles at
1 mA cm\textsuperscript{\textminus 2}, 25 \textdegree C and 5 \textmu m.
\end{document}
"""


@BACKENDS
def test_glyphs_tex_type3_bitmap_fonts_keep_ligatures_dashes_and_minus(tmp_path, backend):
    """pdfLaTeX with T1 fonts it has only as METAFONT bitmaps (no Type 1 versions installed; forced here by
    unmapping them) draws them as Type 3 fonts with no Unicode map and glyph names that say nothing (/a27):
    the char sources give the bare codes. T1 puts the f-ligatures and the dashes below 0x20 ("e cient ow",
    "metal organic"); textcomp's TS1 its minus at "=" ("cm=2"), its glyphs given no width and, its font's
    box starting above the baseline, set a third of a line high."""
    pdf = type3_pdf(tmp_path, TEX_TYPE3)
    assert body(pdf, backend) == ("An efficient flow kept the affinity of the fluffy film to the metal–organic frame — "
                                  "for 300 cycles at 1 mA cm−2, 25 °C and 5 µm.")


TEX_TYPE3_SIGNS = r"""\pdfobjcompresslevel=0\pdfmapline{-ecrm1000}\pdfmapline{-tcrm1000}
\documentclass{article}\usepackage[T1]{fontenc}\usepackage{textcomp}\pagestyle{empty}
\begin{document}
The PXQ-7 film was dried at \textminus20\,\textdegree C and swept from \textminus0.1 V; its sheet resistance was
45 \textohm\ per square and 3.2 k\textohm\ aged. We drew 45 W (x=2) from it, 3 \texttimes\ 10 times,
1.2 \textpm\ 0.1 mg.
\end{document}
"""


@BACKENDS
def test_glyphs_tex_type3_textcomp_signs_read_by_their_shapes(tmp_path, backend):
    """textcomp's TS1 puts its minus at the code of "=", its ohm sign at "W" and its multiplication sign at
    "Ö"; drawn as a pdfTeX Type 3 bitmap font, read by bare codes, "−20 °C" read "=20 °C" and "45 Ω" a
    power of 45 W. The glyph's shape tells the sign; the text font's own W and "=" stay as they are, and
    the sign font takes its own widths (its glyphs come one at a time: "Ωper" ran together). pdfminer
    read its ± (code 0xB1) by the standard encoding, as an en dash: it is the code's own char, as pdfium reads it."""
    pdf = type3_pdf(tmp_path, TEX_TYPE3_SIGNS)
    assert body(pdf, backend) == ("The PXQ-7 film was dried at −20 °C and swept from −0.1 V; its sheet resistance was "
                                  "45 Ω per square and 3.2 kΩ aged. We drew 45 W (x=2) from it, 3 × 10 times, "
                                  "1.2 ± 0.1 mg.")


TEX_TYPE3_DEGREE = r"""\pdfobjcompresslevel=0\pdfmapline{-ecrm1000}\pdfmapline{-tcrm1000}
\documentclass{article}\usepackage[T1]{fontenc}\usepackage{textcomp}\pagestyle{empty}
\begin{document}
The PXQ-7 film was dried at 80\,\textdegree C for 12 h and then held at 25\,\textdegree C before it was cut.
\end{document}
"""


@BACKENDS
def test_glyphs_tex_type3_font_of_a_degree_sign_alone_sits_on_the_baseline(tmp_path, backend):
    """textcomp's font, holding a degree sign alone, has a FontBBox whose bottom is above the baseline;
    pdfminer hung its box from there, a third of a line high, and the sign left its line ("° ... 80 C")."""
    pdf = type3_pdf(tmp_path, TEX_TYPE3_DEGREE)
    assert body(pdf, backend) == "The PXQ-7 film was dried at 80 °C for 12 h and then held at 25 °C before it was cut."


TEX_TYPE3_SIZES = r"""\pdfobjcompresslevel=0\pdfmapline{-ecrm1000}\pdfmapline{-ecbx1440}\pdfmapline{-ecrm0800}
\documentclass{article}\usepackage[T1]{fontenc}\pagestyle{empty}
\begin{document}
\section*{Introduction}
Three hosts lower the local current density and keep 300 cycles at a high rate.
{\footnotesize The small note reads 42 mV on copper foil.}
\end{document}
"""


@BACKENDS
def test_glyphs_tex_type3_fonts_of_several_sizes_keep_their_own_widths(tmp_path, backend):
    """pdfTeX's Type 3 fonts have no BaseFont, so the reader's font dictionaries named them all alike and kept the
    page's first: the other sizes' glyphs took its widths, and words ran together or fell apart ("300cycles",
    "Intro duction"). Each is the font whose widths its glyphs are set by."""
    pdf = type3_pdf(tmp_path, TEX_TYPE3_SIZES, fonts=3)
    assert [b.text for b in read_document(pdf, backend=backend).blocks] == [
        "Introduction", "Three hosts lower the local current density and keep 300 cycles at a high rate.",
        "The small note reads 42 mV on copper foil."]


TEX_RING_DEGREES = r"""\documentclass{article}\pagestyle{empty}
\begin{document}
The QRT-3 film wets lithium at an angle of 34$^\circ$, while the bare mesh shows 117$^{\circ}$. It was
baked at 350 $^\circ$C. Its angle [$^\circ$] and tilt ($^{\circ}$) are in degrees. A ring $f \circ g$ of two maps
stays a ring.
\end{document}
"""


@BACKENDS
def test_glyphs_tex_raised_ring_after_a_number_is_a_degree_sign(tmp_path, backend):
    """TeX papers set degrees as a raised "\\circ" of the math symbol font, which maps it to a ring (U+25E6
    or U+2218): a degree sign after a number, with or without a C after it; a ring between letters stays."""
    pdf = type3_pdf(tmp_path, TEX_RING_DEGREES, fonts=0)
    text = body(pdf, backend)
    assert "an angle of 34°, while the bare mesh shows 117°." in text
    assert "baked at 350 °C." in text
    assert "Its angle [°] and tilt (°) are in degrees." in text       # a unit in a table's heading
    assert "°" not in text.split("A ring")[1]
