"""Layout steps on hand-built word lists: scripts, citation markers, columns, running headers."""

import pytest

from pipeline.read_options import ReaderBackend
from pipeline.reader.glyphs import repair_chars
from pipeline.reader.layout import (
    LayoutOptions,
    document_lines,
    expand_citation,
    join_small_caps,
    page_lines,
    split_scripts,
)
from pipeline.reader.pdf import PageObjects, page_of
from pipeline.reader.words import page_words, words_from_chars
from pipeline.records import BlockKind, Char, FontFacts, PageChars, PageWords, Word

SIZE = 10.0


def line_words(text: str, x: float, top: float, size: float = SIZE, font: str = "Times-Roman") -> list[Word]:
    """Words of ``text`` set from ``x`` on a line whose top is ``top`` (half-em glyphs, quarter-em spaces)."""
    words = []
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, x, x + width, top, top + size, size, font))
        x += width + size * 0.25
    return words


def script(base: Word, text: str, raised: bool) -> Word:
    size = base.size * 0.6
    top = base.top - 0.2 * base.size if raised else base.top + 0.55 * base.size
    return Word(text, base.x1, base.x1 + len(text) * size * 0.5, top, top + size, size, base.font)


def column(text_lines: list[str], x: float, top: float) -> list[Word]:
    words = []
    for k, text in enumerate(text_lines):
        words.extend(line_words(text, x, top + k * SIZE * 1.2))
    return words


def test_layout_superscript_number_becomes_citation_marker():
    words = line_words("dendrites grow quickly.", 50, 100)
    words.append(script(words[1], "12–15", raised=True))
    base, scripts = split_scripts(words)
    page = PageWords(1, 600, 800, tuple(words))
    line = page_lines(page)[0]
    assert len(base) == 3 and sum(len(s) for s in scripts.values()) == 1
    assert "12" not in line.text
    assert [m.numbers for m in line.citations] == [(12, 13, 14, 15)]


@pytest.mark.parametrize("thin_space", [0.6, 1.03, 1.4])
def test_layout_raised_list_split_at_its_comma_is_one_marker(thin_space):
    """LaTeX's cite package sets a superscript list "12,13" with a thin space after the comma, wide
    enough to make "12," and "13" two words: the second hangs on the same word as the first, and the
    two make one marker, not a number left standing in the text."""
    words = line_words("dendrites grow quickly.", 50, 100)
    first = script(words[-1], "12,", raised=True)
    first = first._replace(x1=first.x0 + 9.49)                    # its end just under a whole point
    second = script(words[-1], "13", raised=True)
    second = second._replace(x0=first.x1 + thin_space, x1=first.x1 + thin_space + 6)
    after = line_words("Then", second.x1 + 3, 100)
    line = page_lines(PageWords(1, 600, 800, (*words, first, second, *after)))[0]
    assert line.text == "dendrites grow quickly. Then"
    assert [m.numbers for m in line.citations] == [(12, 13)]


@pytest.mark.parametrize("first_word_at", [72.0, 90.0, 100.0])    # a space, or one a justified line stretched
def test_layout_a_bracketed_marker_the_line_broke_before_opens_the_next_line_as_a_marker(first_word_at):
    """"… borate,[104] LiNO3 …" broken before the raised marker: it opens the next line a space before
    its first word, and is read as that line's marker at its start, not as text or a line of its own. A
    justified line stretches all its spaces alike: the line's own spaces as wide as the one after the marker."""
    stretched = max(first_word_at - 68.0, 2.5)
    words = []
    for k, token in enumerate(["LiNO3", "and", "CsPF6", "were", "added"]):
        x = words[-1].x1 + stretched if k else first_word_at
        words.append(Word(token, x, x + 5.0 * len(token), 100.0, 110.0, 10.0, "Times-Roman"))
    marker = Word("[104]", 50, 68, 97.0, 103.0, 6.0, "Times-Roman")
    line = page_lines(PageWords(1, 600, 800, (marker, *words)))[0]
    assert line.text == "LiNO3 and CsPF6 were added"
    assert [(m.numbers, m.start) for m in line.citations] == [((104,), 0)]


@pytest.mark.parametrize("backend", list(ReaderBackend))
def test_layout_superscript_one_size_step_down_raised_half_an_em_is_a_marker(tmp_path, backend):
    """WeasyPrint sets <sup> one size step down (9 pt beside 9.5 pt body), half an em up: not small
    enough to pass for a script by its size alone, but as far off the baseline as one. It is the
    line's citation marker, not a line of its own between two lines of text."""
    from reportlab.pdfgen import canvas as pdfcanvas
    from typeset import _dejavu, draw_line

    from pipeline.reader.lines import read_lines
    size, out = 9.5, tmp_path / "sup.pdf"
    canvas = pdfcanvas.Canvas(str(out))
    for k, text in enumerate(["Thin films kept their shape for weeks.^{7} Each of them was then",
                              "pressed onto a steel disk^{8,9} and cycled at a low rate for days."]):
        draw_line(canvas, 72, 720 - k * 1.25 * size, text, _dejavu(), size, superscript=(9 / 9.5, 0.47))
    canvas.save()
    lines = read_lines(out, backend=backend).lines
    assert [ln.text for ln in lines] == ["Thin films kept their shape for weeks. Each of them was then",
                                         "pressed onto a steel disk and cycled at a low rate for days."]
    assert [[m.numbers for m in ln.citations] for ln in lines] == [[(7,)], [(8, 9)]]


@pytest.mark.parametrize("backend", list(ReaderBackend))
def test_layout_a_marker_weasyprint_broke_before_ends_the_sentence_above(tmp_path, backend):
    """WeasyPrint may break a line before a raised marker one size step down: the marker opens the next
    line, and belongs to the sentence the line above ended, which goes on in the same paragraph."""
    from reportlab.pdfgen import canvas as pdfcanvas
    from typeset import _dejavu, draw_line

    from pipeline.reader.document import read_document
    size, out = 9.5, tmp_path / "broken.pdf"
    canvas = pdfcanvas.Canvas(str(out))
    for k, text in enumerate(["Thin films of the coated foil kept their shape for weeks in the cell.",
                              "^{[7]} Each of them was then pressed onto a steel disk and cycled at a",
                              "low rate for days, and all of them were opened afterwards to look."]):
        draw_line(canvas, 72, 720 - k * 1.25 * size, text, _dejavu(), size, superscript=(9 / 9.5, 0.47))
    canvas.save()
    blocks = read_document(out, backend=backend).blocks
    assert [b.text for b in blocks] == ["Thin films of the coated foil kept their shape for weeks in the cell. Each "
                                        "of them was then pressed onto a steel disk and cycled at a low rate for "
                                        "days, and all of them were opened afterwards to look."]
    assert [m.numbers for m in blocks[0].citations] == [(7,)]



@pytest.mark.parametrize("backend", list(ReaderBackend))
def test_layout_superscript_under_a_tight_line_stays_on_its_own_line(tmp_path, backend):
    """Lines set tight (10.5 pt apart at 10 pt) and an exponent raised half an em: its box reaches
    into the margin under the line above, and a word there ends a point from where it starts. It is
    the exponent of the word it touches in its own line, whose box its middle is inside."""
    from reportlab.pdfgen import canvas as pdfcanvas
    from typeset import _dejavu, draw_line

    from pipeline.reader.lines import read_lines
    size, font, out = 10.0, _dejavu(), tmp_path / "tight.pdf"
    canvas = pdfcanvas.Canvas(str(out))
    lower = "its conductivity was 7.8 mS cm"
    exponent_x = 72 + canvas.stringWidth(lower, font, size)
    draw_line(canvas, 72, 700, lower + "^{−1} at room temperature.", font, size, superscript=(0.7, 0.5))
    above = "the coated"
    draw_line(canvas, 72, 710.5, above, font, size)
    word = "separator"
    end = draw_line(canvas, exponent_x + 1.2 - canvas.stringWidth(word, font, size), 710.5, word, font, size)
    draw_line(canvas, end + canvas.stringWidth(" ", font, size), 710.5, "kept a", font, size)
    canvas.save()
    lines = read_lines(out, backend=backend).lines
    assert [ln.text for ln in lines] == ["the coated separator kept a",
                                         "its conductivity was 7.8 mS cm−1 at room temperature."]


def test_layout_unit_exponent_stays_in_text():
    words = line_words("at 1 mA cm", 50, 100)
    words.append(script(words[-1], "−2", raised=True))
    line = page_lines(PageWords(1, 600, 800, tuple(words)))[0]
    assert line.text == "at 1 mA cm−2"
    assert line.citations == ()


def test_layout_subscript_formula_is_inlined():
    li = Word("Li", 50, 60, 100, 110, SIZE, "Times-Roman")
    three = script(li, "3", raised=False)
    po = Word("PO", three.x1, three.x1 + 10, 100, 110, SIZE, "Times-Roman")
    four = script(po, "4", raised=False)
    line = page_lines(PageWords(1, 600, 800, (li, three, po, four)))[0]
    assert line.text == "Li3PO4"


@pytest.mark.parametrize("body, numbers", [
    ("12–15", (12, 13, 14, 15)),
    ("16,17", (16, 17)),
    ("3, 7-9", (3, 7, 8, 9)),
    ("15-3", ()),            # backwards: not a range of references
    ("12a", (12,)),          # one work of entry 12's list ("[12] a) …; b) …")
    ("7a,b", (7,)),
    ("3a–c, 5", (3, 5)),
    ("9b,10", (9, 10)),
])
def test_layout_expand_citation_ranges(body, numbers):
    assert expand_citation(body) == numbers


def test_layout_two_columns_under_a_full_width_title():
    title = line_words("A title that runs across both columns of the page", 50, 60, size=16)
    left = column([f"left line {k} of the first column text" for k in range(8)], 50, 120)
    right = column([f"right line {k} of the second column text" for k in range(8)], 320, 121)
    lines = page_lines(PageWords(1, 600, 800, tuple(title + right + left)))
    texts = [ln.text for ln in lines]
    assert texts[0].startswith("A title")
    assert texts[1:9] == [f"left line {k} of the first column text" for k in range(8)]
    assert texts[9:] == [f"right line {k} of the second column text" for k in range(8)]


def spread(text: str, x0: float, x1: float, top: float, stop_space: float = 0.0) -> list[Word]:
    """Words of ``text`` justified from ``x0`` to ``x1``; with ``stop_space`` the space after a stop is
    that wide (points) and the others share what is left, as TeX sets a loose line."""
    tokens = text.split()
    widths = [len(t) * SIZE * 0.5 for t in tokens]
    stops = [k for k, t in enumerate(tokens[:-1]) if t.endswith(".")] if stop_space else []
    plain = (x1 - x0 - sum(widths) - stop_space * len(stops)) / (len(tokens) - 1 - len(stops))
    words, x = [], x0
    for k, (token, width) in enumerate(zip(tokens, widths, strict=True)):
        words.append(Word(token, x, x + width, top, top + SIZE, SIZE, "Times-Roman"))
        x += width + (stop_space if k in stops else plain)
    return words


def test_layout_columns_8_points_apart_with_hung_hyphens_and_a_hung_bracket():
    """pdfLaTeX's columns 10 pt apart, microtype hanging a hyphen into the gutter on the left (so a full
    line ends 303.3) and an opening bracket on the right (so a line starts 309.8, and the gap there
    measured from it would be 6.5 pt, under the gutter's least width): full rows chain across the
    gap, and the columns are still read one after the other, the right one's edge where most of its
    lines start."""
    left_full = "alpha beta gamma del- ta epsilon zeta eta theta io-"
    left_short = "kappa lambda mu."
    words: list[Word] = []
    for row in range(14):
        top = 100 + 12 * row
        if row % 2 == 0 or row >= 10:
            words += spread(left_full, 50, 303.3, top)
        else:
            words += line_words(left_short, 50, top)
        if row < 10:
            start = 309.8 if row == 3 else 311.0
            words += spread(f"(right{row}) of the other column runs on and on to its end", start, 560, top)
    lines = page_lines(PageWords(1, 600, 800, tuple(words)))
    firsts = [ln.text.split()[0] for ln in lines]
    assert firsts == ["alpha", "kappa"] * 5 + ["alpha"] * 4 + [f"(right{row})" for row in range(10)]



def test_layout_columns_8_points_apart_beside_a_wider_space_after_a_stop():
    """A line of the left column whose space after a stop (TeX widens it) is wider than the gutter
    beside it: that space is the row's widest gap, but the gutter is the gap whose ends are both
    column edges (where the left column's lines end below the right column's last, and where the
    right column's lines start), and the columns are still read one after the other."""
    words: list[Word] = []
    for row in range(16):
        top = 100 + 12 * row
        if row == 5:
            words += spread("omega. Upsilon phi chi del- ta epsilon zeta eta io-", 50, 303.3, top, stop_space=8.6)
        elif row % 3 == 1:
            words += line_words("kappa lambda mu.", 50, top)
        else:
            words += spread("alpha beta gamma del- ta epsilon zeta eta theta io-", 50, 303.3, top)
        if row < 11:                                              # the right column ends higher up
            words += spread(f"right{row} of the other column runs on and on to its end", 311.0, 560, top)
    lines = page_lines(PageWords(1, 600, 800, tuple(words)))
    assert [ln.text.split()[0] for ln in lines] == ["alpha", "kappa", "alpha", "alpha", "kappa", "omega.", "alpha",
                                                    "kappa", "alpha", "alpha", "kappa", "alpha", "alpha", "kappa",
                                                    "alpha", "alpha"] + [f"right{row}" for row in range(11)]


def test_layout_page_number_in_the_gutter_does_not_join_the_columns():
    left = column([f"left line {k} of the first column text" for k in range(8)], 50, 120)
    right = column([f"right line {k} of the second column text" for k in range(8)], 226, 120)
    page_number = line_words("7", 216, 760)             # centred at the foot, in the narrow gutter
    lines = page_lines(PageWords(1, 440, 800, tuple(left + right + page_number)))
    texts = [ln.text for ln in lines if ln.text != "7"]
    assert texts == [f"left line {k} of the first column text" for k in range(8)] + \
                    [f"right line {k} of the second column text" for k in range(8)]

def test_layout_single_column_is_not_split():
    words = column([f"a long line number {k} that spans the whole measure of the page" for k in range(10)], 50, 100)
    lines = page_lines(PageWords(1, 600, 800, tuple(words)))
    assert len(lines) == 10 and lines[0].text.startswith("a long line number 0")


def test_layout_running_header_and_page_number_are_tagged():
    pages = []
    for number in range(1, 5):
        words = line_words("Journal of Examples", 50, 20) + line_words(str(number), 550, 780) + \
            column([f"body text line {k} on page {number}" for k in range(5)], 50, 200)
        pages.append(PageWords(number, 600, 800, tuple(words)))
    lines = document_lines(pages, LayoutOptions())
    kinds = {ln.text: ln.kind for ln in lines if ln.page == 2}
    assert kinds["Journal of Examples"] == BlockKind.HEADER
    assert kinds["2"] == BlockKind.FOOTER
    assert kinds["body text line 0 on page 2"] is None


@pytest.mark.parametrize("number, furniture", [("-2-", True), ("2", True), ("7", False)])
def test_layout_a_head_on_one_page_only_is_tagged_by_the_page_number_on_its_row(number, furniture):
    """A short paper's running head printed on its second page alone (troff prints none on page 1), with the
    folio on its row: no repetition tells it, and it was read into the paragraph the page break cuts. Its row
    holds the page's own number; a first row with another number is left to the text."""
    first = PageWords(1, 600, 800, tuple(column([f"body text line {k} on the first page" for k in range(8)], 50, 60)))
    second = PageWords(2, 600, 800, tuple(line_words("Invented Journal of Anodes", 50, 20) + line_words(number, 290, 20)
                                          + line_words("Vol. 9", 500, 20)
                                          + column([f"body text line {k} on page two" for k in range(5)], 50, 60)))
    lines = [ln for ln in document_lines([first, second], LayoutOptions()) if ln.page == 2]
    assert lines[0].text.startswith("Invented Journal of Anodes")
    assert (lines[0].kind == BlockKind.HEADER) is furniture
    assert all(ln.kind is None for ln in lines[1:])


def test_layout_a_head_set_close_to_the_text_in_halves_on_one_page_and_whole_on_another_is_tagged():
    """A short paper's small running head, set closer to the text than twice its size: one line on page 1,
    two halves far apart on page 2 ("Invented Journal of Anodes … Vol. 9"). Neither half repeats; the row's
    letters do, the row lying in the margin band. (Page 2 sets two columns, whose gutter parts the halves.)"""
    head = "Invented Journal of Anodes"
    first = PageWords(1, 600, 800, tuple(line_words(head + " Vol. 9", 50, 20)
                                         + column([f"body text line {k} on the first page" for k in range(8)], 50, 36)))
    second = PageWords(2, 600, 800, tuple(line_words(head, 50, 20) + line_words("Vol. 9", 500, 20)
                                          + column([f"body text line {k} on page two" for k in range(8)], 50, 36)
                                          + column([f"body text line {k} further on" for k in range(8)], 320, 36)))
    lines = document_lines([first, second], LayoutOptions())
    assert [ln.text for ln in lines if ln.kind == BlockKind.HEADER] == [head + " Vol. 9", head, "Vol. 9"]
    assert all(ln.kind is None for ln in lines if ln.text.startswith("body text"))


def set_width(text: str) -> float:
    """How wide ``line_words`` sets ``text``."""
    return 0.5 * SIZE * len(text.replace(" ", "")) + 0.25 * SIZE * text.count(" ")


RIGHT = 330 + set_width("more body text line 0 on page two here")


@pytest.mark.parametrize("halves, furniture", [(("Invented Journal of Anodes", "Vol. 9 (2031)"), True),
                                                 (("Invented Journal of Anodes Vol. 9 (2031)",), True),
                                                 (("Results and discussion set as a heading",), False)])
def test_layout_a_head_in_halves_at_both_margins_on_one_page_only_is_tagged(halves, furniture):
    """LaTeX's title page keeps the running head off page 1 (plain style), so a two-page paper shows it once, on
    page 2: no repetition tells it, and its halves (the journal's name flush left, its volume flush right) were
    read into the paragraph the page break cuts. A first row set apart at both margins with little between is a
    head, whether the columns cut it in two or not; a heading over the text, flush left only, is not."""
    first = column([f"body text line {k} on the first page" for k in range(8)], 50, 60)
    first += column([f"more body text line {k} on page one here" for k in range(8)], 330, 60)
    row = line_words(halves[0], 50, 20)
    if len(halves) > 1:
        row += line_words(halves[1], RIGHT - set_width(halves[1]), 20)
    elif furniture:                  # one line from margin to margin: the wide gap inside it at its last word
        row[-1] = row[-1]._replace(x0=RIGHT - set_width(row[-1].text), x1=RIGHT)
    body = column([f"body text line {k} on page two" for k in range(5)], 50, 60)
    body += column([f"more body text line {k} on page two here" for k in range(5)], 330, 60)
    pages = [PageWords(1, 600, 800, tuple(first)), PageWords(2, 600, 800, tuple(row + body))]
    lines = [ln for ln in document_lines(pages, LayoutOptions()) if ln.page == 2]
    assert max(ln.x1 for ln in lines if ln.top > 40) == pytest.approx(RIGHT)     # the text's right edge
    head = [ln for ln in lines if ln.top < 40]
    assert head and all((ln.kind == BlockKind.HEADER) is furniture for ln in head)
    assert all(ln.kind is None for ln in lines if ln.top > 40)


def test_layout_a_smaller_line_set_tight_under_an_exponent_lends_it_no_word():
    """A caption in smaller type set tight under a line of running text (a cramped pitch), one of its words
    starting where the line's exponent ends: it was chained onto the exponent as a second script ("cm²cells")
    and left its own line. A charge stacked over a subscript (PF₆⁻) still hangs on its base."""
    body = line_words("the diffusion coefficient was 2 cm", 50, 100)
    cm = body[-1]
    exponent = Word("2", cm.x1, cm.x1 + 4, cm.top - 1.6, cm.top + 4.7, 6.3, "Times-Roman")
    body += [exponent] + line_words("s", cm.x1 + 7, 100)
    caption = line_words("Table 1. Invented hosts cycled in symmetric", 50, 108.9, size=7.5)
    caption += line_words("cells at rest", exponent.x1 + 0.9, 108.9, size=7.5)
    lines = page_lines(PageWords(1, 600, 800, tuple(body + caption)))
    assert [ln.text for ln in lines] == ["the diffusion coefficient was 2 cm2 s",
                                         "Table 1. Invented hosts cycled in symmetric cells at rest"]
    salt = line_words("LiPF", 50, 200)
    sub = Word("6", salt[0].x1, salt[0].x1 + 3.5, 205.0, 211.0, 6.0, "Times-Roman")
    charge = Word("−", salt[0].x1, salt[0].x1 + 3.5, 197.0, 203.0, 6.0, "Times-Roman")
    base, scripts = split_scripts([*salt, sub, charge])
    assert [w.text for w in base] == ["LiPF"] and sorted(w.text for w, _ in scripts[0]) == ["6", "−"]


def test_layout_rotated_side_stamp_is_its_own_kind():
    stamp = [Word("Downloaded", 580, 590, 300, 360, 8, "Arial", upright=False),
             Word("from", 580, 590, 280, 298, 8, "Arial", upright=False)]
    words = column([f"body line {k} of running text here" for k in range(5)], 50, 200)
    lines = page_lines(PageWords(1, 600, 800, tuple(words + stamp)))
    assert lines[-1].kind == BlockKind.STAMP and "Downloaded" in lines[-1].text
    assert all(ln.kind is None for ln in lines[:-1])


def test_read_pdf_words_split_at_tight_gaps():
    def char(text, x0, x1):
        return Char(text, x0, x1, 100.0, 108.0, 8.0, "ABCDEF+Body")
    chars = (char("a", 0, 4), char("n", 3.9, 8), char("d", 9.4, 13.4), char("ﬁ", 13.3, 17.3))
    repaired, _ = repair_chars(PageChars(1, 600, 800, chars))
    words = words_from_chars(repaired.chars)
    assert [w.text for w in words] == ["an", "dfi"]     # a 1.4 pt gap at 8 pt is a space; ligature expanded
    assert words[0].font == "Body"


def test_read_pdf_words_a_hyphen_s_side_bearings_do_not_split_a_word():
    """Chromium's page printed again by Ghostscript draws "QRT-5" with 0.1 em of white between the Q's ink and
    the hyphen's (a hyphen is a short bar inside wide side bearings): one word. The same gap between two letters,
    or a word space before a hyphen, still splits."""
    def char(text, x0, x1):
        return Char(text, x0, x1, 100.0, 108.87, 8.87, "ABCDEF+Body")
    hyphened = (char("R", 0, 5.1), char("T", 5.6, 11), char("-", 11.9, 14.5), char("5", 14.7, 19.5))
    assert [w.text for w in words_from_chars(hyphened)] == ["RT-5"]
    lettered = (char("R", 0, 5.1), char("T", 5.6, 11), char("x", 11.9, 14.5))
    assert [w.text for w in words_from_chars(lettered)] == ["RT", "x"]
    spaced_dash = (char("T", 5.6, 11), char("-", 13.5, 16.1), char("5", 16.3, 21.1))
    assert [w.text for w in words_from_chars(spaced_dash)] == ["T", "-5"]


def test_read_pdf_words_a_space_char_parts_words_a_text_layer_runs_together():
    """An OCR'd scan's invisible text layer fits each word to its box on the scan by horizontal scaling, so a
    word's advance (and the space char closing it) may run up to the next word: "showed" ends where "a" starts,
    or 0.5 pt before it (under a word gap at 7 pt), or starts a pixel of the scan (0.24 pt) inside the word's
    advance where the two boxes overlap. The producer's space char, set at the word's end, still parts them;
    without one, glyphs as close stay one word, and so does a glyph drawn back over the word's own advance with
    the space before it (a kern that takes the space back: troff's PostScript sets "gav", a space drawn back
    over the v, and the "e" over that space)."""
    def char(text, x0, x1):
        return Char(text, x0, x1, 100.0, 107.0, 7.0, "ABCDEF+Layer")

    def showed(then_at, space=True, space_at=30.0):
        chars = [char(c, 6.0 + 4 * k, 10.0 + 4 * k) for k, c in enumerate("showed")]
        chars += [char(" ", space_at, space_at + 2.0)] if space else []
        return words_from_chars(chars + [char("a", then_at, then_at + 3.8), char(" ", then_at + 3.8, then_at + 5.6)])

    for gap in (0.0, 0.5, -0.24):
        words = showed(30.0 + gap)
        assert [w.text for w in words] == ["showed", "a"]
        assert [ln.text for ln in page_lines(PageWords(1, 600, 800, words))] == ["showed a"]
        assert [w.text for w in showed(30.0 + gap, space=False)] == ["showeda"]
    kerned = showed(29.85, space_at=29.8)
    assert [ln.text for ln in page_lines(PageWords(1, 600, 800, kerned))] == ["showeda"]


def test_read_pdf_a_sign_of_a_font_with_no_descent_stands_in_its_line():
    """Ghostscript's pdfwrite writes a subset's bounding box as its metrics: a math font holding only ±, ≈ and ×
    (all on the baseline) says descent 0, so its boxes hang from the baseline while the text font's hang 0.42 em
    below it, and the signs rose into a row of their own ("86 1 µm"). A sign on the baseline of the text beside
    it hangs as the text does; a folio alone in such a font stays where it stood."""
    size, baseline, descent = 10.0, 300.0, -0.42

    def set_text(text, x, font="ABCDEF+TextFont", hang=descent):
        out = []
        for ch in text:
            if ch != " ":
                bottom = baseline - hang * size
                out.append(Char(ch, x, x + 5.0, bottom - size, bottom, size, font))
            x += 5.0
        return out, x

    chars, x = set_text("Its thickness was 86 ", 50.0)
    sign, x = set_text("±", x, "GHIJKL+MathSigns", 0.0)
    rest, _ = set_text(" 1 µm thinner", x)
    folio = Char("7", 300.0, 305.0, 770.0, 780.0, size, "GHIJKL+MathSigns")
    fonts = {"ABCDEF+TextFont": FontFacts(descent=descent), "GHIJKL+MathSigns": FontFacts(descent=0.0)}
    page = page_of(1, 600, 800, PageObjects(chars + sign + rest + [folio], fonts, [], []))
    assert [ln.text for ln in page_lines(page_words(page))] == ["Its thickness was 86 ± 1 µm thinner", "7"]
    assert page.chars[-1] == folio


@pytest.mark.parametrize("stamp", ["Downloaded via UNIV OF EXAMPLE on May 1, 2024 at 10:00:00 (UTC).",
                                   "Downloaded by Example University on 01/05/2024 10:00:00."])
def test_layout_publisher_download_stamp_in_the_margin_is_a_stamp(stamp):
    """ACS ("Downloaded via") and RSC ("Downloaded by") print the stamp in the bottom margin, upright."""
    words = column([f"body text line {k} of the page" for k in range(5)], 50, 200) + \
        line_words(stamp, 50, 785, size=6)
    lines = document_lines([PageWords(1, 600, 800, tuple(words))], LayoutOptions())
    assert [ln.kind for ln in lines if ln.text.startswith("Downloaded")] == [BlockKind.STAMP]


def test_layout_text_drawn_three_times_over_a_wide_line_does_not_crash():
    """Found by the fuzzer: a word drawn three times in place (faux bold) starts three segments at
    one x on the row of a wider line, which left its column band with nothing right of the edge."""
    wide = line_words("a heading line that runs across most of the page width and on past it", 50, 100)
    again = [Word("dup", 300, 315, 100, 110, SIZE, "Times-Roman")] * 3
    below = column([f"left line {k} of the column text" for k in range(4)], 50, 200)
    lines = page_lines(PageWords(1, 600, 800, tuple(wide + again + below)))
    assert [ln.text for ln in lines if ln.text.startswith("left line")] == \
        [f"left line {k} of the column text" for k in range(4)]


@pytest.mark.parametrize("space", [2.5, 4.5])
def test_layout_a_raised_number_set_a_space_after_its_word_is_that_word_s_marker(space):
    """A manuscript types a citation after a space ("the team ²⁷ grew", "in a later work ²⁸, the"): the raised
    number touches no word, and on a row of its own it cut the paragraph there. It hangs on the word
    before as its marker; an exponent (touching its unit) and a raised year stay as they were."""
    words = line_words("The team", 50, 100)
    marker = script(words[-1], "27", raised=True)
    marker = marker._replace(x0=marker.x0 + space, x1=marker.x1 + space)
    after = line_words("grew nickel foams at 2 mA", marker.x1 + space, 100)
    exponent = script(after[-1], "−2", raised=True)
    line = page_lines(PageWords(1, 600, 800, (*words, marker, *after, exponent)))
    assert [ln.text for ln in line] == ["The team grew nickel foams at 2 mA−2"]
    assert [m.numbers for m in line[0].citations] == [(27,)] and line[0].citations[0].start == len("The team")
    year = script(words[-1], "2019", raised=True)
    year = year._replace(x0=year.x0 + space, x1=year.x1 + space)
    assert "2019" in " ".join(ln.text for ln in page_lines(PageWords(1, 600, 800, (*words, year, *after))))


@pytest.mark.parametrize("space", [0.0, 2.5])
def test_layout_a_marker_raised_after_a_unit_s_exponent_is_a_marker_not_more_exponent(space):
    """A citation raised right after a unit's exponent ("mA cm⁻² ¹⁰," set a space apart by LaTeX, "cm⁻²¹⁰" as one
    raised word by a browser's adjacent <sup>s) read as the exponent "−2 10" or "−210". A unit's exponent is one
    digit, and a power has one exponent: what is raised after it cites. A power of ten keeps a longer one."""
    words = line_words("cycled at 3 mA cm", 50, 100)
    exponent = script(words[-1], "−2", raised=True)
    if space:
        marker = script(words[-1], "10,11", raised=True)
        marker = marker._replace(x0=exponent.x1 + space, x1=exponent.x1 + space + marker.x1 - marker.x0)
        raised = (exponent, marker)
    else:
        raised = (script(words[-1], "−210,11", raised=True),)
    after = line_words("and then", raised[-1].x1 + 2.5, 100)
    line = page_lines(PageWords(1, 600, 800, (*words, *raised, *after)))
    assert [ln.text for ln in line] == ["cycled at 3 mA cm−2 and then"]
    assert [m.numbers for m in line[0].citations] == [(10, 11)]
    power = line_words("a coefficient of 4.3 × 10", 50, 100)
    tiny = script(power[-1], "−10", raised=True)
    assert [ln.text for ln in page_lines(PageWords(1, 600, 800, (*power, tiny)))] == ["a coefficient of 4.3 × 10−10"]


def test_layout_small_capitals_made_of_scaled_capitals_are_one_word_of_one_size():
    """A small-caps heading that a typesetter synthesises from capitals set a size smaller ("R" then "ESULTS AND
    DISCUSSION", "I" then "NTRODUCTION") read as a capital with a subscript, the two headings sized apart and
    the second nested under the first. Small capitals stand on the capital's baseline; a subscript drops."""
    def small_caps(heading: str, top: float) -> list[Word]:
        words, x = [], 50.0
        for token in heading.split():
            cap = Word(token[0], x, x + 7.0, top, top + 12.0, 12.0, "Times-Bold")
            rest = Word(token[1:], cap.x1, cap.x1 + 5.0 * len(token[1:]), top + 2.4, top + 12.0, 9.6, "Times-Bold")
            first = token in ("INTRODUCTION", "RESULTS")         # only a section's first letter is a capital
            words.extend([cap, rest] if first else [rest._replace(text=token, x0=x)])
            x = words[-1].x1 + 3.0
        return words
    page = PageWords(1, 600, 800, (*small_caps("INTRODUCTION", 100), *line_words("Lithium plates unevenly.", 50, 130),
                                   *small_caps("RESULTS AND DISCUSSION", 170), *line_words("The cells cycled.", 50, 200)))
    lines = page_lines(page)
    assert [(ln.text, ln.size) for ln in lines if ln.text.isupper()] == [("INTRODUCTION", 9.6),
                                                                         ("RESULTS AND DISCUSSION", 9.6)]
    li = Word("R", 50, 57, 100, 112, 12.0, "Times-Roman")              # a subscript drops below the baseline
    sei = Word("SEI", li.x1, li.x1 + 12, 106, 114, 8.0, "Times-Roman")
    assert join_small_caps([li, sei]) == [li, sei]
    assert [w.text for w in join_small_caps([li, sei._replace(top=104, bottom=112)])] == ["RSEI"]


def test_layout_the_exponent_of_a_figure_label_goes_with_the_label_not_into_the_text():
    """A plot's legend "0.5 mA cm⁻²" ends past the drawing's box: its label words are figure text, and so is the
    exponent hanging on them, not a "−2" left alone as a paragraph of the running text."""
    body = column([f"running text line {k} of the paper body" for k in range(6)], 50, 100)
    label = line_words("0.5 mA cm", 330, 200, size=6.0, font="Helvetica")
    exponent = script(label[-1], "−2", raised=True)          # its middle past the box and the margin around it
    page = PageWords(1, 600, 800, (*body, *label, exponent), drawings=((300.0, 150.0, 335.0, 260.0),))
    lines = page_lines(page)
    assert [ln.text for ln in lines if ln.kind is None] == [f"running text line {k} of the paper body" for k in range(6)]
    assert "−2" in " ".join(ln.text for ln in lines if ln.kind == BlockKind.OTHER)


def test_layout_a_caption_set_small_right_under_a_plot_is_not_the_plot_s_labels():
    """A column as wide as its figure, the caption in smaller type just under the drawing: its first row stood in
    the margin where axis labels are looked for, and "Figure 3. a) ..." went with the plot's labels, the rest
    of the caption on into the paragraph above. A row that opens with a float's label and number is text."""
    body = column([f"running text line {k} of the paper body" for k in range(6)], 50, 100)
    axis = line_words("0 50 100 150", 60, 262, size=5.0, font="Helvetica")
    caption = [line_words(text, 50, 272 + 8 * k, size=7.0, font="Times-Roman")
               for k, text in enumerate(["Figure 3. a) Efficiency of the coated", "mesh at 1 mA and 2 mA."])]
    page = PageWords(1, 600, 800, (*body, *axis, *caption[0], *caption[1]), drawings=((50.0, 180.0, 200.0, 260.0),))
    lines = page_lines(page)
    assert [ln.text for ln in lines if ln.kind is None][-2:] == ["Figure 3. a) Efficiency of the coated",
                                                                 "mesh at 1 mA and 2 mA."]
    assert [ln.text for ln in lines if ln.kind == BlockKind.OTHER] == ["0 50 100 150"]
    # the plot narrower than the column: "Figure" stands past the margin, the words after it inside it
    page = PageWords(1, 600, 800, (*body, *axis, *caption[0], *caption[1]), drawings=((90.0, 180.0, 200.0, 260.0),))
    assert [ln.text for ln in page_lines(page) if ln.kind is None][-2:] == ["Figure 3. a) Efficiency of the coated",
                                                                            "mesh at 1 mA and 2 mA."]


def test_layout_authors_centred_over_three_columns_are_read_before_the_columns():
    """Three columns under a full-width title, the middle one opening lower (a figure at its top): the centred
    authors' and address lines under the title cross no gutter and fell into the middle column, read after
    the whole left column. Centred on the page above all text beside them, they are the page's own lines."""
    title = line_words("A made up title that runs across all three columns of the page here and on over the last", 40, 40)
    texts = {x: [f"col {x} line {k} text here" for k in range(8)] for x in (40, 230, 420)}
    cols = column(texts[40], 40, 100) + column(texts[230], 230, 180) + column(texts[420], 420, 100)
    centre = (40 + max(w.x1 for w in cols)) / 2
    authors = line_words("A. Author", 0, 60)
    width = authors[-1].x1 - authors[0].x0
    authors = [w._replace(x0=w.x0 + centre - width / 2, x1=w.x1 + centre - width / 2) for w in authors]
    lines = page_lines(PageWords(1, 600, 800, (*title, *authors, *cols)))
    order = [ln.text for ln in lines]
    assert order.index("A. Author") < order.index("col 40 line 0 text here")
    assert order[-8:] == texts[420] and order[-16:-8] == texts[230]


def test_layout_a_short_title_over_three_columns_under_a_running_head_is_read_first():
    """A short paper in three columns: a title, authors and address centred over the page, each narrower
    than the middle column, and a running head over the left column with the folio over the right one.
    The folio stood "above" the title beside it, so the centred lines were read inside the middle column,
    after the left one: they are the page's own lines, read after the running head, before the columns."""
    texts = {x: [f"col {x} line {k} text here" for k in range(5)] for x in (40, 230, 420)}
    cols = column(texts[40], 40, 120) + column(texts[230], 230, 120) + column(texts[420], 420, 120)
    head = line_words("Invented Journal of Things 2026", 40, 20, size=7.0) + line_words("7", 524.5, 20, size=7.0)
    centre = (40 + max(w.x1 for w in cols)) / 2
    front = []
    for text, top, size in (("On hosts", 50, 14.0), ("I. Nventor", 72, SIZE), ("Invented Institute", 86, 8.0)):
        words = line_words(text, 0, top, size=size)
        shift = centre - (words[-1].x1 - words[0].x0) / 2
        front += [w._replace(x0=w.x0 + shift, x1=w.x1 + shift) for w in words]
    order = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*head, *front, *cols)))]
    assert order[:4] == ["Invented Journal of Things 2026 7", "On hosts", "I. Nventor", "Invented Institute"]
    assert order[4:] == texts[40] + texts[230] + texts[420]


def test_layout_short_balanced_columns_whose_paragraphs_open_indented_are_columns():
    """A short paper's three columns, balanced at five lines: the last one opens three paragraphs, each first
    line indented an em, so only two lines start at its edge. Those indented lines start it too (all at one
    indent, a gutter and an indent clear of the middle column): read as two columns' rows, "… surface area of"
    ran on into the middle column's text."""
    left = column([f"col one line {k} text" for k in range(5)], 40, 120)
    middle = column([f"middle line {k} of the text" for k in range(5)], 230, 120)
    right = []
    for k, text in enumerate(["Then the first", "paragraph goes on here", "And a second one", "runs over two lines",
                              "A third one"]):
        right += line_words(text, 420 + (SIZE if k in (0, 2, 4) else 0), 120 + k * SIZE * 1.2)
    lines = page_lines(PageWords(1, 600, 800, (*left, *middle, *right)))
    assert [ln.text for ln in lines][-5:] == ["Then the first", "paragraph goes on here", "And a second one",
                                              "runs over two lines", "A third one"]


def test_layout_an_author_line_over_the_right_column_leaves_the_gutter_to_the_lines_beside_it():
    """A society journal's first page sets its title block over the right two thirds, beside a side panel: the
    author line ends a hair left of where the right column starts further down. That column (a long reference
    list in small type) sets the gutter's scale; the author line, above all of the left column's text, is no
    line beside the gutter and does not close it."""
    left = column([f"the body text line {k} of the left column here" for k in range(6)], 40, 140)
    right = []
    for k in range(30):
        right += line_words(f"{k + 1} A. Name, J. Invented Chem., 2020, {k}, 100.", 320, 100 + 7.5 * k, size=6.0)
    authors = line_words("I. Nventor and M. Aker", 217, 60, size=10.0)
    lines = page_lines(PageWords(1, 600, 800, (*authors, *left, *right)))
    body = [ln.text for ln in lines if ln.text.startswith("the body")]
    assert body == [f"the body text line {k} of the left column here" for k in range(6)]
    # with the journal's band over the page, its label at the right end over the reference column
    band = line_words("Journal of Invented Things", 40, 30, size=9.0) + line_words("PAPER", 500, 30, size=9.0)
    lines = page_lines(PageWords(1, 600, 800, (*band, *authors, *left, *right)))
    body = [ln.text for ln in lines if ln.text.startswith("the body")]
    assert body == [f"the body text line {k} of the left column here" for k in range(6)]


def test_layout_a_last_column_of_two_lines_is_read_after_the_column_beside_it():
    """A short paper's third column holds two lines, the first indented: no left edge where three lines start
    shows it. A strip of white an em wide runs down the whole region between it and the middle column, whose
    lines end at one right edge: read as rows, "… overpotential was 8 mV," had run on into the middle column's
    first line."""
    left = column([f"col one line {k} text" for k in range(5)], 40, 120)
    middle = line_words("2. Results", 230, 120, size=11.0)
    for k, text in enumerate(["The cell kept its efficiency", "high for three hundred cycles", "after that."]):
        middle += line_words(text, 230 + (SIZE if k == 0 else 0), 140 + k * SIZE * 1.2)
    right = line_words("Its overpotential was", 420 + SIZE, 120) + line_words("only eight millivolts.", 420, 132)
    order = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*left, *middle, *right)))]
    assert order[-2:] == ["Its overpotential was", "only eight millivolts."]
    assert order[5:9] == ["2. Results", "The cell kept its efficiency", "high for three hundred cycles", "after that."]
    # a folio in the margin beside a column is no column of its own: it stays on its row, read first
    folio = line_words("12", 300, 100)
    top = column([f"the running text line {k} here" for k in range(4)], 40, 100)
    order = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*top, *folio)))]
    assert order[0].endswith("12") and len(order) == 4


def test_layout_a_last_line_broken_over_to_the_second_column_s_top_is_read_last():
    """The last page of a LaTeX paper whose last line TeX broke over to the second column: that column holds one
    line, level with the first column's first line, 10 pt of column sep away, a little under the body's em
    between the glyphs' boxes. It was read inside the first column's first line ("… The diffusion than the
    bare foil. coefficient …")."""
    head = line_words("Invented Journal of Anodes", 50, 40) + line_words("Vol. 9 (2031)", 480, 40)
    first = [spread(f"row{k} of the first column runs on and on to its right edge", 50, 301.0, 80 + 12 * k)
             for k in range(12)]
    lone = line_words("than the bare foil.", 310.6, 80)
    order = [ln.text for ln in page_lines(PageWords(2, 600, 800, (*head, *(w for ln in first for w in ln), *lone)))]
    body = [text for text in order if "Invented" not in text and "Vol." not in text]
    assert body == [f"row{k} of the first column runs on and on to its right edge" for k in range(12)] + \
        ["than the bare foil."]


def test_layout_a_12pt_paper_s_last_word_alone_atop_the_second_column_and_its_folios_in_the_gutter():
    """A 12 pt body: the 10 pt column sep is under the segment gap, so the last line TeX broke over to the second
    column ("was", one word) chains onto the first column's first line, and the folio centred under the gutter,
    within two ems of the text, crosses the white between the columns. The word was read inside that first line
    ("… 2 mA was"), and on page 1 the folio between the columns' text ("mesh 1 lowered")."""
    size = 12.0

    def row(text: str, x0: float, x1: float, top: float) -> list[Word]:
        tokens, out, x = text.split(), [], x0
        gap = (x1 - x0 - sum(len(t) * size * 0.5 for t in tokens)) / max(len(tokens) - 1, 1)
        for token in tokens:
            out.append(Word(token, x, x + len(token) * size * 0.5, top, top + size, size, "LMRoman12"))
            x += len(token) * size * 0.5 + gap
        return out

    def column(x0: float, x1: float, tag: str, rows: int) -> list[Word]:
        return [w for k in range(rows) for w in row(f"{tag}{k} of a column runs on to its edge", x0, x1, 100 + 14.4 * k)]

    lines_down = 40                            # the last line's bottom: 100 + 39 * 14.4 + 12 = 673.6
    folio = 673.6 + 1.5 * size
    first = PageWords(1, 612, 792, (*column(72, 300.6, "left", lines_down), *column(310.6, 539, "right", lines_down),
                                    *row("1", 303, 309, folio)))
    lone = row("was", 310.6, 329.2, 100)
    second = PageWords(2, 612, 792, (*column(72, 300.6, "last", lines_down), *lone, *row("2", 303, 309, folio)))
    lines = document_lines([first, second], LayoutOptions())
    assert [ln.text for ln in lines if ln.kind == BlockKind.FOOTER] == ["1", "2"]
    body = [ln.text for ln in lines if ln.kind is None and ln.page == 2]
    assert body == [f"last{k} of a column runs on to its edge" for k in range(lines_down)] + ["was"]


def test_layout_a_short_last_column_under_a_running_head_and_over_a_foot_line():
    """A reference list that runs one entry into the second column: that line stands level with the list's
    heading, and a running head over the page and a "Downloaded via" line under it cross the white between
    the columns. The white was looked for down the whole region, so the heading and the entry read as one
    line ("References Zeller, X. …"), the heading was lost and the list read as running text."""
    head = line_words("Journal of Invented Sources 12 (2026) 1-9", 40, 60, size=8.0)
    heading = line_words("References", 40, 90, size=11.0)
    entries = column([f"Author{k}, A., 2020{k}. J. Pretend Sci. {k}, 1-9." for k in range(8)], 40, 110)
    beside = line_words("Zeller, X., 2021. J. Pretend Sci. 9, 10-19.", 330, 90)
    foot = line_words("Downloaded via Invented University on 6 December 2026 from the example.org site here", 60, 700,
                      size=7.0)
    order = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*head, *heading, *entries, *beside, *foot)))]
    assert order[:2] == ["Journal of Invented Sources 12 (2026) 1-9", "References"]
    assert order[-2:] == ["Zeller, X., 2021. J. Pretend Sci. 9, 10-19.", " ".join(w.text for w in foot)]


def test_layout_an_axis_title_under_a_plot_s_tick_numbers_is_the_plot_s_label():
    """The x axis's title stands under the tick numbers, further below the drawing than the margin round it that
    takes labels in: it read as a heading of the text. A row of tick numbers under the box takes the box down
    for what stands under it; a table's row ("CaO 2.75 5.23") under a plot does not."""
    body = column([f"running text line {k} of the paper body" for k in range(6)], 50, 100)
    ticks = [Word(t, 320 + 40 * k, 326 + 40 * k, 265, 271, 6.0, "Helvetica") for k, t in enumerate(["0", "50", "100", "150"])]
    title = line_words("Cycle number", 370, 282, size=8.0, font="Helvetica")
    page = PageWords(1, 600, 800, (*body, *ticks, *title), drawings=((300.0, 150.0, 480.0, 260.0),))
    lines = page_lines(page)
    assert [ln.text for ln in lines if ln.kind is None] == [f"running text line {k} of the paper body" for k in range(6)]
    row = [Word("CaO", 300, 312, 265, 271, 6.0, "Helvetica"), *ticks[1:]]
    lines = page_lines(PageWords(1, 600, 800, (*body, *row, *title), drawings=((300.0, 150.0, 480.0, 260.0),)))
    assert "Cycle number" in [ln.text for ln in lines if ln.kind is None]


def test_layout_a_column_s_own_first_lines_are_not_peeled_off_as_a_running_head():
    """A three-column page's last column, its last paragraph's line broken by the gap a lifted marker left
    ("plored¹⁸. It delivered …", then "cm−2."), over the page's foot line. Read without its own first two lines,
    two lines ending at that gap looked like a short column's right edge and the line was cut in two, its
    figures lost. Rows are read apart from the columns only where white of two ems sets them apart."""
    from pipeline.reader.layout import Segment, _short_column_cut

    rows = [(398.6, 561.0, 118.0), (407.6, 561.0, 140.0), (398.6, 421.5, 150.7), (430.9, 561.0, 150.7),
            (398.6, 409.5, 161.6), (418.9, 421.2, 161.6)]
    segs = [Segment([k], x0, x1, top, top + 9.0, top + 4.5) for k, (x0, x1, top) in enumerate(rows)]
    segs.append(Segment([9], 495.5, 561.0, 766.2, 772.2, 769.2))
    assert _short_column_cut(segs, 8.97, LayoutOptions()) is None


def test_layout_a_numbered_list_s_labels_are_no_column_of_their_own():
    """A word processor's numbered reference list in the right column: each label ("15.") stands at the column's
    edge and a tab sets its entry a little more than an em further on, where the entry's next lines start too.
    The labels end level with one another, white beside them down the column, and were read as a short column
    of their own: all the labels, then all the entries. A short column's right edge is made of lines of text."""
    body = column([f"running text line {k} of the invented paper body set wide" for k in range(30)], 40, 60)
    entries = []
    for k in range(12):
        top = 60 + k * 2 * SIZE * 1.2
        entries += line_words(f"{k + 15}.", 306, top)
        entries += line_words(f"A. Author{k}, B. Writer, J. Pretend Sci. 2020,", 332, top)
        entries += line_words(f"{k + 3}, {100 + k}.", 332, top + SIZE * 1.2)
    lines = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*body, *entries)))]
    assert lines[30:33] == ["15. A. Author0, B. Writer, J. Pretend Sci. 2020,", "3, 100.",
                            "16. A. Author1, B. Writer, J. Pretend Sci. 2020,"]


def test_layout_a_long_label_s_line_across_its_list_s_tab_is_no_foot_line():
    """A numbered list in the right column, entries a tab right of labels at the column's edge: a label as long as
    "[100]" leaves less than a gap's white before its entry, and its line chains across the tab, where the other
    entries start. Taken for a foot line across a gutter there, it and all under it, the left column's last lines
    among them, were read after both columns. Two column edges are a column's width apart at least."""
    body = column([f"running text line {k} of the invented paper body set wide" for k in range(50)], 40, 60)
    entries = []
    for k in range(23):
        top = 60 + k * 2 * SIZE * 1.2
        label = f"[{80 + k}]"
        entries.append(Word(label, 306, 306 + 0.5 * SIZE * len(label), top, top + SIZE, SIZE, "Times-Roman"))
        entries += line_words(f"A. Author{k}, B. Writer, J. Pretend Sci.", 334, top)
        entries += line_words(f"2020, {k + 3}, {100 + k}.", 334, top + SIZE * 1.2)
    lines = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*body, *entries)))]
    assert lines[:50] == [f"running text line {k} of the invented paper body set wide" for k in range(50)]
    assert lines[-2:] == ["[102] A. Author22, B. Writer, J. Pretend Sci.", "2020, 25, 122."]


def test_layout_two_captions_side_by_side_leave_each_column_whole():
    """Two figures at one height, one in each column, their captions set small side by side: the band was cut over
    and under the captions, as where one wide caption runs on over both columns, and the page read the columns'
    upper parts, the captions, then their lower parts (a sentence running from one column's top into the other's).
    Where the right column's small print opens a caption of its own, each column is read whole."""
    def side(x: float, name: str, figure: int) -> list[Word]:
        words = column([f"{name} column upper line {k} of the invented text" for k in range(8)], x, 60)
        caption = [f"Figure {figure}. The invented cell {name} of the test,", "drawn small under its own figure",
                   "with a third line of caption"]
        for k, text in enumerate(caption):
            words += line_words(text, x, 300 + k * 9.6, size=8.0)
        return words + column([f"{name} column lower line {k} of the invented text" for k in range(8)], x, 400)

    lines = [ln.text for ln in page_lines(PageWords(1, 600, 800, (*side(40, "left", 2), *side(320, "right", 3))))]
    assert lines.index("left column lower line 7 of the invented text") < lines.index(
        "right column upper line 0 of the invented text")
    assert lines.index("Figure 3. The invented cell right of the test,") > lines.index(
        "right column upper line 7 of the invented text")


def test_layout_a_short_paper_s_reference_list_is_not_its_running_text():
    """A one-page paper whose reference list, set small, holds more characters than its running text: the
    page's most common type was the list's, so the running text's line right over a plot was "unlike the
    text" and read as one of the plot's labels, its figures lost. The type is counted up to the list's
    heading."""
    body = column([f"running text line {k} of the paper body" for k in range(8)], 50, 100)
    near = line_words("the cells ran for 85 cycles", 50, 196)
    heading = line_words("References", 320, 100, size=12.0, font="Times-Bold")
    entries = [w for k in range(40) for w in line_words(f"{k + 1}. A. Author, J. Pretend Sci. 2020, {k}, 1-9.",
                                                         320, 120 + 8 * k, size=6.0)]
    page = PageWords(1, 600, 800, (*body, *near, *heading, *entries), drawings=((50.0, 213.0, 250.0, 340.0),))
    assert "the cells ran for 85 cycles" in [ln.text for ln in page_lines(page) if ln.kind is None]
    assert "the cells ran for 85 cycles" in [ln.text for ln in document_lines([page]) if ln.kind is None]


def test_layout_the_exponent_of_a_caption_word_under_a_plot_stays_with_its_word():
    """A caption's "cm⁻²" just under a plot: the raised exponent reaches into the margin round the drawing, its
    base word does not. The exponent is the text's, not a label of the plot."""
    body = column([f"running text line {k} of the paper body" for k in range(6)], 50, 100)
    caption = line_words("Figure 3. Cycling at 1 mA cm", 50, 276, size=7.0, font="Times-Roman")
    exponent = script(caption[-1], "−2", raised=True)
    page = PageWords(1, 600, 800, (*body, *caption, exponent), drawings=((50.0, 180.0, 200.0, 260.0),))
    assert [ln.text for ln in page_lines(page) if ln.kind is None][-1] == "Figure 3. Cycling at 1 mA cm−2"


@pytest.mark.parametrize("note_width, read_last", [(230, True), (120, False)])
def test_layout_a_note_across_the_foot_of_three_columns_is_read_after_them(note_width, read_last):
    """Three columns over a footnote set from the page's left margin (a browser's or multicol's note under all
    the columns): it ends past the first gutter but short of the second, so the second gutter does not cut it,
    and it was read after the middle column, inside a paragraph running on into the last. It belongs to no
    column: it is read after all three. A note under the first column only crosses no gutter and stays in it."""
    columns = [column([f"col{c} line {k} of the text here" for k in range(10)], 50 + 170 * c, 100)
               for c in range(3)]
    note = line_words("1 The invented cells were built with a PXQ-9 gasket in a dry room.", 50, 240)
    note = [w for w in note if w.x1 <= 50 + note_width]
    lines = page_lines(PageWords(1, 600, 800, tuple(w for col in columns for w in col) + tuple(note)))
    texts = [ln.text for ln in lines]
    note_at = texts.index(" ".join(w.text for w in note))
    assert texts.index("col2 line 0 of the text here") < note_at if read_last else note_at < texts.index(
        "col1 line 0 of the text here")


def test_layout_a_raised_minus_set_off_by_its_side_bearings_is_the_exponent():
    """A word processor sets "10" then a raised "−4" with the minus's side bearings between them (1.7 pt at
    7.5 pt): wider than a script's usual touch, still short of a word space, and well off the baseline. It is
    the power's exponent, not a word of its own ("10 −4"). A smaller word on the baseline that far off is not."""
    ten = Word("10", 50, 57.5, 100, 107.5, 7.5, "Serif")
    raised = Word("−4", 59.2, 65.2, 97.2, 103.2, 6.0, "Serif")
    unit = Word("cm", 67.1, 74.6, 100, 107.5, 7.5, "Serif")
    assert page_lines(PageWords(1, 600, 800, (ten, raised, unit)))[0].text == "10−4 cm"
    level = raised._replace(top=101.5, bottom=107.5)
    assert page_lines(PageWords(1, 600, 800, (ten, level, unit)))[0].text == "10 −4 cm"
