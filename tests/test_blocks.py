"""Lines → blocks: paragraphs joined across breaks, hyphenation, in-line markers, headings."""

from collections import Counter
from dataclasses import replace

import pytest

from pipeline.reader.blocks import (
    PAREN_CITATION,
    _join_lines,
    blocks_from_lines,
    lift_inline_citations,
    reference_number,
)
from pipeline.records import BlockKind, Line


def line(text: str, page: int = 1, top: float = 100.0, column: int = 1, size: float = 10.0, bold: bool = False,
         x0: float = 50.0) -> Line:
    return Line(page, x0, x0 + 240, top, top + size, size, bold, False, text, column=column, column_x0=50,
                column_x1=290)


def test_blocks_line_end_hyphenation_is_repaired():
    text, _, spans = _join_lines([line("the electro-"), line("chemical cell")], Counter())
    assert text == "the electrochemical cell"
    assert [(s.start, s.end) for s in spans] == [(0, 11), (11, 24)]


def test_blocks_real_hyphens_are_kept():
    words = Counter({"dendrite-free": 2, "nickel": 3, "rich": 1})
    assert _join_lines([line("a dendrite-"), line("free anode")], words)[0] == "a dendrite-free anode"
    assert _join_lines([line("the nickel-"), line("rich oxide")], words)[0] == "the nickel-rich oxide"
    assert _join_lines([line("in Li-"), line("S cells")], Counter())[0] == "in Li-S cells"


def test_blocks_a_compound_broken_after_its_own_hyphen_is_joined_as_the_paper_writes_it():
    """"a cobalt-ni-" "tride mesh": hyphenation broke a compound inside its second word, and the piece before the
    break alone ("ni") reads as an element's symbol opening a compound; the paper writes "cobalt-nitride" whole
    elsewhere. A compound the paper writes with both hyphens keeps them."""
    words = Counter({"cobalt-nitride": 2, "mesh": 3})
    assert _join_lines([line("a cobalt-ni-"), line("tride mesh")], words)[0] == "a cobalt-nitride mesh"
    assert _join_lines([line("a cobalt-ni-"), line("tride mesh")], Counter())[0] == "a cobalt-ni-tride mesh"
    kept = Counter({"li-s-free": 1, "li-s": 2})
    assert _join_lines([line("a Li-S-"), line("free cell")], kept)[0] == "a Li-S-free cell"


def test_blocks_two_materials_broken_at_their_hyphen_stay_a_compound():
    """"a lithiated cobalt-" "tungsten scaffold": two materials, each named only here, keep their hyphen; a word split
    by hyphenation ("tung-" "sten") is joined."""
    assert _join_lines([line("a lithiated cobalt-"), line("tungsten scaffold")], Counter())[0] == \
        "a lithiated cobalt-tungsten scaffold"
    assert _join_lines([line("a cobalt-tung-"), line("sten scaffold")], Counter())[0] == "a cobalt-tungsten scaffold"


def test_blocks_a_one_letter_head_keeps_its_hyphen_at_a_line_end():
    """Hyphenation leaves two letters or more before a break, so a line that ends in one letter and a hyphen
    ends in the first part of a compound ("the y-" "axis", "an n-" "type layer"), not a split word."""
    assert _join_lines([line("near the y-"), line("axis of the plot")], Counter())[0] == "near the y-axis of the plot"
    assert _join_lines([line("an n-"), line("type interlayer")], Counter())[0] == "an n-type interlayer"
    assert _join_lines([line("soft x-"), line("rays")], Counter())[0] == "soft x-rays"


def test_blocks_a_close_set_em_dash_at_a_line_end_joins_without_a_space():
    """TeX sets "---" close: "frameworks—" "which" broken at the dash is one stretch of text, no space after
    the dash; a dash set between spaces keeps them."""
    assert _join_lines([line("metal frameworks—"), line("which failed")], Counter())[0] == "metal frameworks—which failed"
    assert _join_lines([line("metal frameworks —"), line("which failed")], Counter())[0] == "metal frameworks — which failed"
    assert _join_lines([line("after 200–"), line("300 cycles")], Counter())[0] == "after 200–300 cycles"
    assert _join_lines([line("PF6–"), line("anions")], Counter())[0] == "PF6– anions"


def test_blocks_a_word_hyphenated_before_its_ending_is_joined_though_its_head_opens_compounds():
    """"high-" "est", "small-" "er": what the line end left may open a compound ("high-rate"), but "est" and
    "er" are endings, never a compound's second word."""
    assert _join_lines([line("gave the high-"), line("est efficiency")], Counter())[0] == "gave the highest efficiency"
    assert _join_lines([line("a small-"), line("er overpotential")], Counter())[0] == "a smaller overpotential"
    assert _join_lines([line("at a high-"), line("rate of 5 C")], Counter())[0] == "at a high-rate of 5 C"


def test_blocks_a_noun_and_a_participle_keep_their_hyphen_at_a_line_end():
    """"graphene-" "wrapped", "tin-" "seeded": a noun (a word of the paper, or a material's name) and a
    participle make a compound, though the paper writes the compound nowhere else on one line; a word the
    typesetter hyphenated stays one ("electro-" "chemical", "over-" "lapped", "electrode-" "posited" where the
    paper writes "electrodeposition")."""
    words = Counter({"tin": 2, "foam": 3, "electrode": 4, "electrodeposition": 1, "over": 2})
    assert _join_lines([line("a graphene-"), line("wrapped foam")], words)[0] == "a graphene-wrapped foam"
    assert _join_lines([line("a tin-"), line("seeded foam")], words)[0] == "a tin-seeded foam"
    assert _join_lines([line("an electro-"), line("chemical cell")], words)[0] == "an electrochemical cell"
    assert _join_lines([line("the peaks over-"), line("lapped")], words)[0] == "the peaks overlapped"
    assert _join_lines([line("was electrode-"), line("posited on")], words)[0] == "was electrodeposited on"


def test_blocks_a_compound_broken_right_before_a_word_that_is_also_an_ending_keeps_its_hyphen():
    """"single-" "ion": "ion" is an ending ("inhibi-" "tion" is a form of "inhibit"), and a compound's second
    word ("lithium-ion"): where the paper writes "single" elsewhere, or nowhere, the line broke a compound at
    its hyphen, not "singleion"; a word the paper writes whole elsewhere still joins."""
    for words in (Counter({"single": 2, "inhibit": 1}), Counter()):
        assert _join_lines([line("a single-"), line("ion conductor")], words)[0] == "a single-ion conductor"
        assert _join_lines([line("dual-"), line("ions move")], words)[0] == "dual-ions move"
    assert _join_lines([line("an inhibi-"), line("tion of growth")], Counter({"inhibit": 1}))[0] == "an inhibition of growth"
    assert _join_lines([line("the conduct-"), line("ion of")], Counter({"conduction": 1}))[0] == "the conduction of"
    assert _join_lines([line("the working cat-"), line("ion moves")], Counter())[0] == "the working cation moves"


def test_blocks_capitalised_short_head_joins_when_the_paper_uses_another_form_of_the_word():
    """"In-" "hibiting" at a sentence's opening line end: "In" could be indium ("In-Sn"), but the paper
    writes "inhibit" and "inhibition", so this is one word that LaTeX hyphenated."""
    words = Counter({"inhibit": 2, "inhibition": 1, "alloy": 1})
    assert _join_lines([line("cells. In-"), line("hibiting growth is key")], words)[0] == "cells. Inhibiting growth is key"
    assert _join_lines([line("an In-"), line("alloy layer")], words)[0] == "an In-alloy layer"


def test_blocks_inline_markers_are_lifted_with_ranges():
    text, markers, _ = lift_inline_citations("vehicles (EVs) [1–3]. Safety [4, 7] matters.", [])
    assert text == "vehicles (EVs). Safety matters."
    assert [m.numbers for m in markers] == [(1, 2, 3), (4, 7)]
    assert [text[:m.start] for m in markers] == ["vehicles (EVs)", "vehicles (EVs). Safety"]


def test_blocks_parenthesised_citations_but_not_labels_or_list_items():
    text = ("Hosts were reviewed (3, 4). Two problems remain: (1) dendrites grow. (2) Films crack, as in "
            "Figure (2) and Eq. (5). A host kept 99% (12–14). Lithium was plated (7) on copper.")
    kept, markers, _ = lift_inline_citations(text, [], pattern=PAREN_CITATION)
    assert [m.numbers for m in markers] == [(3, 4), (12, 13, 14), (7,)]
    assert "(1) dendrites grow. (2) Films crack" in kept and "Figure (2)" in kept and "Eq. (5)" in kept
    assert "Hosts were reviewed. " in kept and "plated on copper" in kept


def test_blocks_crystal_directions_are_not_markers():
    text, markers, _ = lift_inline_citations("the Σ3[110]/(111) boundary", [])
    assert markers == [] and "[110]" in text


def test_blocks_paragraph_joined_across_columns_and_pages():
    lines = [line("2. Results", top=80, bold=True, size=11),
             line("The film grew on the substrate and its", top=100),
             line("thickness reached a plateau", top=112),
             line("after ten cycles of deposition.", page=2, top=60, column=1)]
    blocks = blocks_from_lines(lines)
    body = [b for b in blocks if b.kind == BlockKind.BODY]
    assert len(body) == 1
    assert body[0].text.endswith("plateau after ten cycles of deposition.")
    assert body[0].section == ("2. Results",)
    assert body[0].page_at(len(body[0].text) - 3)[0] == 2


@pytest.mark.parametrize("mark", ["a", "1", "*", "¹", "¹²"])
def test_blocks_a_footnote_at_the_page_foot_breaks_no_paragraph(mark):
    """A paragraph broken at the foot of a page, the page's footnote in small type under it: the footnote is no
    line of the paragraph (its mark a letter or a number, it read as the next line of an open sentence), and the
    paragraph goes on past it on the next page. An OpenType font's superior figure ("¹", the sups feature) is a
    number as a mark."""
    lines = [line("2. Results", top=80, bold=True, size=11),
             line("The film grew on the substrate and its", top=100),
             line("thickness reached a plateau", top=112),
             line(f"{mark} The invented cells were made in a dry room.", top=700, size=7.5),
             line("after ten cycles of deposition.", page=2, top=60, column=1)]
    body = [b.text for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert body == ["The film grew on the substrate and its thickness reached a plateau after ten cycles of deposition.",
                    f"{mark} The invented cells were made in a dry room."]


def test_blocks_headings_nest_by_number():
    lines = [line("2. Frameworks", top=80, bold=True, size=11),
             line("Text under the section that ends here.", top=100),
             line("2.1. Carbon Frameworks", top=130, bold=True, size=11),
             line("Text under the subsection that ends here.", top=150)]
    blocks = blocks_from_lines(lines)
    sub = next(b for b in blocks if b.text == "2.1. Carbon Frameworks")
    assert sub.kind == BlockKind.HEADING and sub.level == 2 and sub.section == ("2. Frameworks",)
    assert blocks[-1].section == ("2. Frameworks", "2.1. Carbon Frameworks")


def test_blocks_reference_numbers_in_each_style():
    assert [reference_number(t) for t in ("[12] A. B. Name", "12. Name, A.", "12.A. Name", "(12) Name",
                                          "12 A. B. Name and C. Other")] == [12] * 5
    assert reference_number("2054(2023).") is None


@pytest.mark.parametrize("caption_end", ["permission.", "permission. [49]", "permission. (49)"])
def test_blocks_caption_in_body_type_between_two_halves_of_a_paragraph(caption_end):
    """Leading 12, paragraphs set 6 pt apart; a figure's caption in the body's own type (ending with an
    in-line citation or not) sits inside a paragraph that the figure interrupted, joined around it."""
    texts = ["A host kept 900 mA h g−1 over the first", "cycles of plating and stripping in a cell",
             "with a carbonate electrolyte, almost", "threefold higher than",
             "Figure 2. Carbon frameworks. a) Porous graphene", "networks made by thermal reduction of the",
             f"oxide. Reproduced with {caption_end}", "graphite, and it kept going for a very",
             "long time, over 1000 cycles in all.", "A second paragraph starts here and says",
             "more about the same hosts and their cells", "in the same words as the first one did."]
    tops, top = [], 100.0
    for k in range(len(texts)):
        tops.append(top)
        top += 18 if k in (3, 6, 8) else 12          # 6 pt more between paragraphs
    blocks = blocks_from_lines([line(t, top=y) for t, y in zip(texts, tops, strict=True)])
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.CAPTION, BlockKind.BODY]
    assert blocks[0].text.endswith("threefold higher than graphite, and it kept going for a very long time, "
                                   "over 1000 cycles in all.")
    assert blocks[1].text.startswith("Figure 2. Carbon frameworks.")
    assert blocks[2].text.startswith("A second paragraph")


def test_blocks_single_spaced_caption_ends_before_double_spaced_body():
    """A double-spaced manuscript (pitch 24) sets a figure's caption single-spaced (pitch 12) at the top of
    a page; the paragraph that runs on from the page before starts under it, less than a body pitch
    away, in lower case. It is body text again: the caption's own lines stand 12 apart, not 20."""
    texts = ["Figure 3. Invented hosts for plating. a) A porous carbon made by", "thermal reduction.",
             "came from amorphous carbon grains, which kept 99% over", "300 cycles, as the authors reported.",
             "and the next host, made the same way, went", "on for as long in the same words as it did."]
    tops = [100.0, 112.0, 132.0, 156.0, 180.0, 204.0]
    blocks = blocks_from_lines([line(t, top=y) for t, y in zip(texts, tops, strict=True)])
    assert [b.kind for b in blocks] == [BlockKind.CAPTION, BlockKind.BODY]
    assert blocks[0].text.endswith("thermal reduction.")
    assert blocks[1].text.startswith("came from amorphous carbon grains")


def test_blocks_caption_label_without_a_stop_is_a_caption_when_set_apart():
    """"Figure 5 Cycling of …" with a bold label (no stop or bar after the number) is a caption between
    two halves of a paragraph; "Figure 2 shows …" in running text is not."""
    from dataclasses import replace
    texts = ["The efficiency of both cells stayed near", "Figure 5 Cycling of the coated hosts. (a) Efficiency",
             "over the first fifty cycles of each cell.", "ninety percent for all the cycles we ran.",
             "Figure 2 shows the hosts before cycling and", "after it, as made by the same method."]
    lines = [line(t, top=100.0 + 12 * k, size=8.0 if k in (1, 2) else 10.0) for k, t in enumerate(texts)]
    lines[1] = replace(lines[1], bold_head=True)
    body, caption = blocks_from_lines(lines)
    assert (body.kind, caption.kind) == (BlockKind.BODY, BlockKind.CAPTION)
    assert body.text.startswith("The efficiency of both cells stayed near ninety percent")
    assert "Figure 2 shows the hosts" in body.text
    assert caption.text == "Figure 5 Cycling of the coated hosts. (a) Efficiency over the first fifty cycles of each cell."


@pytest.mark.parametrize("label", ["Fig. 5 a)", "Fig. 5 (a)", "Fig. 5 (a,b)", "Fig. 5 a–c)"])
def test_blocks_caption_label_opening_on_its_first_panel_is_a_caption(label):
    """A society's style sets "Fig. 5" in bold and goes straight on with the first panel, "a) …" or "(a) …",
    with no stop after the number: in small type, that is the caption, not running text."""
    from dataclasses import replace
    texts = ["The efficiency of both cells stayed near", f"{label} Rolling of the alloy foil. b) Cycling at",
             "two currents for a thousand hours.", "ninety percent for all the cycles we ran, and",
             "the hosts kept their shape after it, as made."]
    lines = [line(t, top=100.0 + 12 * k, size=8.0 if k in (1, 2) else 10.0) for k, t in enumerate(texts)]
    lines[1] = replace(lines[1], bold_head=True)
    body, caption = blocks_from_lines(lines)
    assert (body.kind, caption.kind) == (BlockKind.BODY, BlockKind.CAPTION)
    assert caption.text == f"{label} Rolling of the alloy foil. b) Cycling at two currents for a thousand hours."
    assert body.text.startswith("The efficiency of both cells stayed near ninety percent for all the cycles")


def test_blocks_a_long_caption_in_small_type_does_not_set_the_body_size():
    """A short paper's page holds two sentences of running text and a long figure caption in smaller type:
    more characters in the caption's size than in the body's. A caption is no running text, so the body
    is still the text's size, and its first line no heading."""
    texts = [("A thin alloy foil was made by rolling the metals together (Figure", 10.0),
             ("7a). It was then cut into discs.", 10.0),
             ("Figure 7. a) Rolling of the alloy foil between two steel rolls. b) Cycling of the foil in", 8.0),
             ("symmetric cells at two currents for a thousand hours. c) Efficiency of a silver alloy foil over", 8.0),
             ("a hundred and fifty cycles. Reproduced with permission from an invented publisher.", 8.0),
             ("The second foil was made by the same method.", 10.0)]
    lines = [line(t, top=100.0 + 13 * k, size=size) for k, (t, size) in enumerate(texts)]
    blocks = blocks_from_lines(lines)
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.CAPTION, BlockKind.BODY]
    assert blocks[0].text == "A thin alloy foil was made by rolling the metals together (Figure 7a). It was then cut into discs."


def test_blocks_a_caption_set_in_as_a_whole_goes_on_after_a_line_that_ends_a_sentence():
    """A browser sets a caption in from both edges of its column: its first line ends a sentence short of the
    column's edge, and its second starts right of the column's left edge, as an indented paragraph would. Both
    are the caption's own: it goes on, rather than its second half standing alone as small print."""
    texts = [("A separator coated with a thin layer of silica was reported by an invented group of", 9.5, 57),
             ("authors, who cycled it in symmetric cells for a long time (Figure 5).", 9.5, 57),
             ("Figure 5. a) Schematic of the coated separator.", 8.0, 87),
             ("b) Cycling of the cells for 800 h. Reproduced with permission. Copyright", 8.0, 87),
             ("2019, an invented publisher.", 8.0, 87),
             ("The same group later coated the separator on both of its sides.", 9.5, 57)]
    lines = [replace(line(t, top=100.0 + 11.5 * k, size=size, x0=x0), x1=x0 + (200 if size < 9 else 231))
             for k, (t, size, x0) in enumerate(texts)]
    lines = [replace(ln, x1=ln.x0 + 150) if ln.text.startswith("Figure 5.") else ln for ln in lines]
    kinds = [(b.kind, b.text[:12]) for b in blocks_from_lines(lines)]
    assert kinds == [(BlockKind.BODY, "A separator "), (BlockKind.CAPTION, "Figure 5. a)"), (BlockKind.BODY, "The same gro")]


def test_blocks_marked_text_puts_markers_back_where_they_were_printed():
    from pipeline.reader.blocks import marked_text
    from pipeline.records import BBox, Block, CitationMarker
    text = "a capacity retention of 47.35%. Both are viable. Next."
    block = Block(BlockKind.BODY, text, 1, BBox(0, 0, 1, 1), 0,
                  citations=(CitationMarker((23, 25), 30, "[23, 25]"), CitationMarker((28, 29), 47, "28,29")))
    assert marked_text(block) == "a capacity retention of 47.35% [23, 25]. Both are viable28,29. Next."
    assert block.text == text                  # extraction still reads the clean text
    opened = Block(BlockKind.BODY, "are achieved. When cycled", 1, BBox(0, 0, 1, 1), 0,   # a line opened with it
                   citations=(CitationMarker((20,), 14, "[20]"),))
    assert marked_text(opened) == "are achieved. [20] When cycled"


# ------------------------------------------------------------------------------ unnumbered reference lists

ENTRIES = [   # invented works, each (first line, run-on line or "")
    ("Ferrow, A. B., Lund, C.-D., 2019. Porous hosts for metal", "anodes. J. Power Sources 9, 1802–1810."),
    ("Marsh, E., 2020. Films on copper. Nat. Energy 5, 12–20.", ""),
    ("Quill, R., Tamm, S., 2018a. Separators that breathe. Adv.", "Mater. 30, 1801."),
]


def _listed(layout: str) -> list[Line]:
    """A paragraph, a "References" heading and ENTRIES set as ``layout``: "hanging" (run-on lines
    indented), "first-line" (first lines indented), "gap" (flush, entries 6 pt apart) or "flat"."""
    lines = [line("The hosts were made as reported before and cycled in coin cells,", top=60),
             line("as the last paragraph of the paper tells.", top=72),
             line("References", top=90, bold=True, size=11)]
    top = 106.0
    for first, rest in ENTRIES:
        for k, text in enumerate([first, rest] if rest else [first]):
            indent = (layout == "hanging" and k > 0) or (layout == "first-line" and k == 0)
            lines.append(line(text, top=top, size=8.0, x0=60.0 if indent else 50.0))
            top += 10
        top += 6 if layout == "gap" else 0
    return lines


@pytest.mark.parametrize("layout", ["hanging", "first-line", "gap", "flat"])
def test_blocks_unnumbered_reference_list_is_split_into_entries(layout):
    from pipeline.reader.references import parse_references
    blocks = blocks_from_lines(_listed(layout))
    listed = [b for b in blocks if b.kind == BlockKind.REFERENCES]
    assert [b.text for b in listed] == [f"{first} {rest}".strip() for first, rest in ENTRIES]
    references = parse_references(blocks)
    assert [(r.number, r.authors[0].split()[-1], r.year) for r in references] == [
        (1, "Ferrow", 2019), (2, "Marsh", 2020), (3, "Quill", 2018)]


def test_blocks_unnumbered_entries_that_close_on_their_pages_without_a_stop():
    """Springer's author–year list ends each entry on its locator, no stop after it ("… J Power Sources 9:1802–1810"),
    one line each, flush and evenly spaced: an entry still ends there, where the next opens with an author."""
    from pipeline.reader.references import parse_references
    entries = ["Ferrow AB, Lund C (2019) Porous hosts for metal anodes. J Power Sources 9:1802–1810",
               "Marsh E (2020) Films on copper. Nat Energy 5:12–20",
               "Quill R, Tamm S (2018) Separators that breathe. Adv Mater 30:1801–1809"]
    lines = _listed("flat")[:3] + [line(t, top=106.0 + 10 * k, size=8.0) for k, t in enumerate(entries)]
    blocks = blocks_from_lines(lines)
    assert [b.text for b in blocks if b.kind == BlockKind.REFERENCES] == entries
    assert [(r.number, r.year) for r in parse_references(blocks)] == [(1, 2019), (2, 2020), (3, 2018)]


def test_blocks_numbered_reference_list_keeps_its_numbers():
    from pipeline.reader.references import parse_references
    lines = _listed("flat")[:3] + [line(t, top=106.0 + 10 * k, size=8.0) for k, t in enumerate([
        "[3] A. B. Ferrow, J. Power Sources 2019, 9, 1802.", "[4] E. Marsh, Nat. Energy 2020, 5, 12.",
        "[5] R. Quill, S. Tamm, Adv. Mater. 2018, 30, 1801."])]
    assert [r.number for r in parse_references(blocks_from_lines(lines))] == [3, 4, 5]


def test_blocks_paragraphs_after_a_references_heading_are_no_unnumbered_list():
    lines = _listed("flat")[:3] + [line("Thanks go to the workshop for the cells and to the", top=106),
                                   line("funders for the time it took to make them.", top=118)]
    assert BlockKind.REFERENCES not in [b.kind for b in blocks_from_lines(lines)]


def test_blocks_paragraph_after_a_page_break_continuation_is_its_own():
    """A paragraph that runs over a page goes on under the next page's running head; the paragraph set
    apart below its last line (no indent, a wider gap) is a new one, though the running head was
    drafted between the two."""
    lines = [line("The first host was made by a simple route and", page=1, top=688),
             line("it was then dried in a vacuum oven before it", page=1, top=700),
             replace(line("J. Made-up Journal 2030", page=2, top=30, size=8.0), kind=BlockKind.HEADER),
             line("cycled well in the cells we made of it [12]", page=2, top=80),
             line("Recently, another group made a second host that", page=2, top=98),
             line("held twice the lithium of the first one and", page=2, top=110),
             line("kept it over many more cycles than the first.", page=2, top=122)]
    body = [b for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert [b.text[:16] for b in body] == ["The first host w", "Recently, anothe"]


def test_blocks_caption_cut_by_a_page_goes_on_at_the_next_page_top():
    """A caption in the body's own type set last on a page and cut mid-sentence goes on at the top of
    the next page; the paragraph the figure interrupted goes on after the caption ends."""
    lines = [line("Our work began with a host for lithium metal", page=1, top=652),
             line("anodes that we made in one simple step, and", page=1, top=664),
             line("the host was grown on copper and its lithium", page=1, top=676),
             line("uptake was measured in the absence of other", page=1, top=688),
             line("Figure 3. Hosts grown on copper foil. a) Their", page=1, top=712),
             line("surface after the first plating, seen from", page=1, top=724),
             replace(line("J. Made-up Journal 2030", page=2, top=30, size=8.0), kind=BlockKind.HEADER),
             line("above. b) The same after fifty cycles.", page=2, top=80),
             line("additives, and it stayed flat for many cycles.", page=2, top=104)]
    blocks = blocks_from_lines(lines)
    caption = next(b for b in blocks if b.kind == BlockKind.CAPTION)
    body = [b for b in blocks if b.kind == BlockKind.BODY]
    assert caption.text.endswith("seen from above. b) The same after fifty cycles.")
    assert len(body) == 1
    assert body[0].text.endswith("measured in the absence of other additives, and it stayed flat for many cycles.")


@pytest.mark.parametrize("x1, joined", [(200.0, False), (290.0, True)])
def test_blocks_a_short_last_line_ends_its_paragraph_across_a_page(x1, joined):
    """A page's last line that stops where the next page's first word would still have fit ended its
    paragraph, though it ends without a stop (a marker or an equation took it); a full one goes on."""
    end = replace(line("held more lithium than any (Figure 2b)", page=1, top=700), x1=x1)
    lines = [line("The first host was made by a simple route and", page=1, top=688), end,
             line("Zhang and co-workers made a second host that", page=2, top=80),
             line("held twice the lithium of the first one.", page=2, top=92)]
    body = [b for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert len(body) == (1 if joined else 2)


def test_blocks_paragraphs_set_a_few_points_apart_without_indent():
    """A web page printed to PDF: no first-line indent, paragraphs a margin of a few points apart (16 pt
    against a 12 pt lead). A sentence ending its line before a wider gap and a capital ends a paragraph;
    the same at the usual lead, on a line that runs to the margin, does not, though the column's box
    reaches further (a wide formula below)."""
    texts = [("The first host was grown on copper and its", 100), ("lithium uptake was measured in a cell.", 112),
             ("It held its shape over many cycles of use.", 124), ("A second host was made of nickel and its", 140),
             ("uptake was the same as that of the first.", 152)]
    lines = [replace(line(t, top=y), column_x1=330.0) for t, y in texts]
    lines.append(replace(line("x = (a + b) / (c + d) for all of the cells made", top=170), x1=330.0, column_x1=330.0))
    body = [b for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert [b.text[:16] for b in body][:2] == ["The first host w", "A second host wa"]
    assert "measured in a cell. It held" in body[0].text


def test_blocks_paragraphs_a_word_processor_sets_four_points_apart():
    """A word processor's paragraphs: no indent, 4 pt after each on a 12.9 pt lead. One ending short
    without a stop (its citation marker lifted, a displayed formula dropped) and a capital after the
    wider lead: two paragraphs; the lines inside each stand at the usual lead."""
    texts = [("The ratio of the areas follows the formula", 100.0), ("below (Figure 3b)", 112.9),
             ("Later work grew a network of copper wires", 129.8), ("that held the metal inside its pores.", 142.7)]
    lines = [replace(line(t, top=y, size=9.5), column_x1=330.0) for t, y in texts]
    lines[0] = replace(lines[0], x1=330.0)
    lines[1] = replace(lines[1], x1=140.0)
    body = [b for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert [b.text for b in body] == ["The ratio of the areas follows the formula below (Figure 3b)",
                                      "Later work grew a network of copper wires that held the metal inside its pores."]


def test_blocks_numbered_heading_wrapped_onto_a_second_line():
    """A numbered heading in the body's size and bold that the typesetter wrapped ("… Frame-" / "work"),
    running text after it in roman: one heading, not a paragraph's first line."""
    lines = [line("Text of the section before that ends here.", top=100),
             line("2. Conductive Micro/Nanostructured Frame-", top=124, bold=True),
             line("work", top=136, bold=True),
             line("Lithium ions meet electrons at the surface of", top=151),
             line("the host and are plated there as metal.", top=163)]
    blocks = blocks_from_lines(lines)
    heading = next(b for b in blocks if b.kind == BlockKind.HEADING)
    assert heading.text == "2. Conductive Micro/Nanostructured Framework"
    assert blocks[-1].kind == BlockKind.BODY and blocks[-1].section == (heading.text,)


@pytest.mark.parametrize("indent", [10.0, 7.8])
def test_blocks_indented_capital_after_a_line_without_a_stop_opens_a_paragraph(indent):
    """A paragraph's last line may end without a stop (its marker lifted, an equation dropped); an
    indented line with a capital after it starts the next paragraph, as no line inside one is indented.
    An indent of an em, or of 0.78 em (the ACS class's 9 pt parindent under a 12 pt body)."""
    lines = [line("The ratio of the areas follows the formula", top=100),
             line("of the first group (Figure 4b)", top=112),
             line("Recently, another group built a copper host", top=124, x0=50.0 + indent),
             line("that held more lithium than any before it.", top=136)]
    body = [b for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert [b.text[:16] for b in body] == ["The ratio of the", "Recently, anothe"]


def test_blocks_title_in_the_body_size_heads_no_section():
    """A title set bold in the body's size (a manuscript): the first text of page one, unnumbered, with
    numbered headings after it, is the title, so the abstract under it belongs to no section."""
    lines = [line("Hosts for Lithium Metal Anodes", top=60, bold=True),
             line("Lithium metal anodes fail by dendrites; hosts help.", top=90),
             line("1. Introduction", top=120, bold=True),
             line("Hosts were first made of copper foam.", top=140)]
    blocks = blocks_from_lines(lines)
    assert blocks[0].kind == BlockKind.TITLE
    assert blocks[1].section == () and blocks[-1].section == ("1. Introduction",)


def test_blocks_a_block_set_in_as_a_whole_is_not_cut_at_its_capitals():
    """A caption indented as a whole: its second line, as far in as its first, goes on with it though it
    opens with a capital after a line without a stop."""
    lines = [line("The body text of the page runs on here in", top=100),
             line("full lines and ends with a full stop here.", top=112),
             line("Figure 7. Impedance spectra of the bare and the coated-", top=136, x0=78.0),
             line("TNW electrodes.", top=148, x0=78.0)]
    texts = [b.text for b in blocks_from_lines(lines)]
    assert "Figure 7. Impedance spectra of the bare and the coated-TNW electrodes." in texts


@pytest.mark.parametrize("raised", [True, False])      # a superscript marker, or "[20, 48]" in the line
def test_blocks_a_line_that_opens_with_a_marker_goes_on_with_the_paragraph(raised):
    """A column that ends on a sentence's stop, and the next that opens with the marker of that sentence
    (the line broke before it): one paragraph, for no paragraph opens with a citation marker."""
    from pipeline.records import CitationMarker
    opening = line("When an electrolyte with an additive was", top=80, column=2, x0=300.0)
    opening = replace(opening, citations=(CitationMarker((20, 48), 0, "[20,48]"),)) if raised else \
        replace(opening, text="[20, 48] " + opening.text)
    lines = [line("The layer held a great deal of lithium and", top=676),
             line("its components are all achieved in the cell.", top=688), opening,
             line("used, the metal was well protected by it.", top=92, column=2, x0=300.0)]
    body = [b for b in blocks_from_lines(lines) if b.kind == BlockKind.BODY]
    assert len(body) == 1 and "achieved in the cell. When an electrolyte" in body[0].text


def test_blocks_a_short_line_ending_in_a_cited_stop_is_no_equation():
    """"… 744 mA h g−1 . (55)" ends a sentence and cites a work; an equation's number follows no stop."""
    lines = [line("They also made a hybrid anode with a specific", top=100),
             line("capacity of 744 mA h g−1 . (55)", top=112),
             line("E = 2 x + 1 (3)", top=136)]
    kinds = [b.kind for b in blocks_from_lines(lines)]
    assert kinds == [BlockKind.BODY, BlockKind.EQUATION]


def test_blocks_running_text_size_leaves_out_a_long_reference_list():
    """A short paper (a letter) can print more characters in its small-type reference list than in its
    running text: the running text's size is then still that of the paragraphs, so a paragraph's first
    line, which the next line goes on in the same type, is not taken for a heading."""
    paragraphs = [("The coated foil held a Coulombic efficiency of", "97.5% for 240 cycles at 2 mA cm−2."),
                  ("Its symmetric cells ran for 800 h with an overpotential", "(15 mV) far below that of bare foil."),
                  ("Bare foil, in contrast, failed within 90 cycles at the same", "current density and capacity.")]
    lines = [line("A made-up letter on coated foils", top=40.0, size=16.0, bold=True),
             line("Results", top=80.0, size=12.0, bold=True)]
    top = 100.0
    for first, second in paragraphs:
        lines += [line(first, top=top), line(second, top=top + 12.0, x0=50.0)]
        top += 30.0
    lines.append(line("References", top=top, size=12.0, bold=True))
    for n in range(1, 25):
        lines.append(line(f"{n}. Q. Writer and R. Author, J. Made-up Cells, 2019, {n}, {100 + n}–{110 + n}.",
                          top=top + 10.0 + 9.0 * n, size=8.0))
    blocks = blocks_from_lines(lines)
    body = [b.text for b in blocks if b.kind == BlockKind.BODY]
    assert [b.text for b in blocks if b.kind == BlockKind.HEADING] == ["Results", "References"]
    text = " ".join(body)
    assert all(f"{first} {second}" in text for first, second in paragraphs)


def test_blocks_a_line_broken_after_an_en_dash_joins_without_a_space():
    """TeX and browsers may break a line after an en dash: a range ("150–" "300 cycles") or a compound
    ("nickel–" "cobalt foam") is one word again; a spaced dash and a charge ("BF4–" "ions") keep the space."""
    assert _join_lines([line("ran for 150–"), line("300 cycles")], Counter())[0] == "ran for 150–300 cycles"
    assert _join_lines([line("a nickel–"), line("cobalt foam")], Counter())[0] == "a nickel–cobalt foam"
    assert _join_lines([line("the host –"), line("a foam")], Counter())[0] == "the host – a foam"
    assert _join_lines([line("the BF4–"), line("ions")], Counter())[0] == "the BF4– ions"



def test_blocks_a_percent_sign_a_line_opens_joins_the_word_before_it():
    """A word processor may break a line between a unit and its percent sign ("5 wt" "% FEC": Unicode lets a line
    break before a postfix sign after letters); no word opens with "%", so the sign joins the word before it."""
    assert _join_lines([line("with 5 wt"), line("% FEC added")], Counter())[0] == "with 5 wt% FEC added"
    assert _join_lines([line("a rise of 4"), line("% in the cell")], Counter())[0] == "a rise of 4% in the cell"


def test_blocks_fold_after_a_piece_that_counts_nothing_is_a_word_split_by_hyphenation():
    """"-fold" makes a compound after a count ("two-" "fold", "many-" "fold"); after a piece that counts nothing
    ("scaf-" "fold", "man-" "ifold") the line broke one word, though the paper writes it only in the plural
    elsewhere ("scaffolds")."""
    assert _join_lines([line("a two-"), line("fold rise")], Counter())[0] == "a two-fold rise"
    assert _join_lines([line("a many-"), line("fold rise")], Counter())[0] == "a many-fold rise"
    assert _join_lines([line("the scaf-"), line("fold held")], Counter({"scaffolds": 2}))[0] == "the scaffold held"
    assert _join_lines([line("the scaf-"), line("fold held")], Counter())[0] == "the scaffold held"


def test_blocks_a_bound_prefix_before_no_word_of_the_paper_is_a_word_split_by_hyphenation():
    """"ex-" "ceeded", "in-" "creased", "co-" "valent": a prefix that makes compounds ("co-doped", "ex-situ") keeps
    its hyphen before a word the paper uses on its own; before a piece that is no word of the paper, the line
    broke one word."""
    words = Counter({"doped": 2, "situ": 3})
    assert _join_lines([line("the current ex-"), line("ceeded the limit")], words)[0] == "the current exceeded the limit"
    assert _join_lines([line("it in-"), line("creased fast")], words)[0] == "it increased fast"
    assert _join_lines([line("a co-"), line("doped film")], words)[0] == "a co-doped film"
    assert _join_lines([line("read ex-"), line("situ after")], words)[0] == "read ex-situ after"


def test_blocks_reference_list_opens_at_the_last_run_from_one():
    """Numbered headings over a short text ("1. Overview", "2. Findings", "3. Methods") count up from 1 a few
    lines before the reference list does: the list opens at its own 1, not at the first heading."""
    from pipeline.reader.blocks import reference_zone
    texts = ["1. Overview", "A made-up host was studied.", "2. Findings", "It held 98% for 90 cycles.",
             "3. Methods", "Cells were cycled at 1 mA cm−2.", "References",
             *(f"{n}. Q. Writer, J. Made-up Cells, 2020, {n}, {n}0–{n}9." for n in range(1, 9))]
    lines = [line(text, top=100.0 + 12 * k) for k, text in enumerate(texts)]
    assert reference_zone(lines) == texts.index("References") + 1


def test_blocks_a_heading_of_two_capitalised_words_is_no_author_list():
    from pipeline.reader.blocks import author_like
    assert not author_like("Results and Discussion") and not author_like("Synthesis and Characterization")
    assert author_like("Q. Writer and R. Author") and author_like("Ana Maker, Bo Teller and Cy Writer")


def test_blocks_a_short_abstract_above_the_first_heading_that_opens_with_its_label_is_the_abstract():
    """A boxed abstract over both columns, "Abstract" run in before its text: short, in a smaller size than the
    body, above the first heading. Its label says what it is, where its length does not."""
    lines = [line("Copper meshes for lithium anodes", top=60, size=16, bold=True),
             line("Abstract A plated mesh kept a high efficiency for 350 cycles.", top=90, size=9),
             line("Introduction", top=120, size=12, bold=True),
             line("Hosts were first made of copper foam.", top=140)]
    kinds = [b.kind for b in blocks_from_lines(lines)]
    assert kinds == [BlockKind.TITLE, BlockKind.ABSTRACT, BlockKind.HEADING, BlockKind.BODY]
    lines[1] = line("Summary of the meeting held in May", top=90, size=9)
    assert blocks_from_lines(lines)[1].kind == BlockKind.OTHER


def test_blocks_a_footnote_under_a_figure_at_the_page_foot_is_small_print_not_the_caption():
    """A float set at the foot of a page, the page's footnote under it in the caption's small type: the footnote
    read as the caption's next paragraph, and its address and phone number as figure text."""
    lines = [line(f"The coated mesh kept its efficiency for long in the {k}th test we ran on it, and", top=100 + 14 * k)
             for k in range(6)] + [
             line("Figure 3. Efficiency of the coated and the bare mesh at 1 mA cm−2.", top=300, size=8),
             line("1 Corresponding author. E-mail: someone@example.org; tel. +1 555 0100.", top=330, size=8)]
    kinds = [b.kind for b in blocks_from_lines(lines)]
    assert kinds[-2:] == [BlockKind.CAPTION, BlockKind.AFFILIATION]
    lines[-1] = line("Scale bars are 10 μm. The same cells at 3 mA cm−2 after 200 cycles.", top=330, size=8)
    assert [b.kind for b in blocks_from_lines(lines)][-1] == BlockKind.CAPTION


def test_blocks_a_caption_floated_onto_a_page_of_the_reference_list_is_no_entry_s_continuation():
    """A figure floated to the top of the next page, in the middle of the reference list: its caption read as the
    rest of the entry the page before left open, and its figures went with the reference list."""
    lines = [line("1. Introduction", top=60, bold=True, size=12),
             *[line(f"Hosts were made of copper foam in the {k}th try of this work on lithium.", top=80 + 14 * k)
               for k in range(6)],
             line("References", top=200, bold=True, size=12),
             line("1. A. Author and B. Writer, J. Made Up, 2019, 1, 10–20.", top=220),
             line("2. C. Author and D. Writer, J. Made Up, 2020, 2, 30–40, and a", top=234),
             line("Figure 3. Cycling of the coated foam at 1 mA cm−2 for 500 h.", page=2, top=60),
             line("3. E. Author and F. Writer, J. Made Up, 2021, 3, 50–60.", page=2, top=100)]
    blocks = blocks_from_lines(lines)
    assert [b.kind for b in blocks if b.page == 2] == [BlockKind.CAPTION, BlockKind.REFERENCES]
    assert [b.text for b in blocks if b.kind == BlockKind.CAPTION] == [
        "Figure 3. Cycling of the coated foam at 1 mA cm−2 for 500 h."]


@pytest.mark.parametrize("bold, size", [(False, 12.0), (True, 10.0)])
def test_blocks_numbered_headings_of_a_short_text_are_no_reference_list(bold, size):
    """A short review numbers five sections, each a few lines long ("1. Introduction" … "5. Outlook"), then
    lists its works as "[1]", "[2]" …: the headings, set larger or bold over running text, are no entries, and
    a list keeps one form of label."""
    lines, top = [], 100.0
    for number, title in enumerate(["Introduction", "Carbon hosts", "Metal hosts", "Coatings", "Outlook"], 1):
        lines.append(line(f"{number}. {title}", top=top, size=size, bold=bold))
        lines += [line("An invented tungsten-boride host kept the lithium it was given for", top=top + 14),
                  line("a long time in the cells we made of it, as the text says [7].", top=top + 26)]
        top += 44
    lines.append(line("References", top=top, bold=True))
    lines += [line(f"[{k}] A. B. Ferrow, J. Power Sources 2019, {k}, 1802.", top=top + 12 * k, size=8.0)
              for k in range(1, 9)]
    kinds = [(b.kind, b.text[:12]) for b in blocks_from_lines(lines)]
    assert (BlockKind.HEADING, "1. Introduct") in kinds and (BlockKind.HEADING, "5. Outlook") in kinds
    assert sum(kind == BlockKind.BODY for kind, _ in kinds) == 5
    assert sum(kind == BlockKind.REFERENCES for kind, _ in kinds) == 8


def test_blocks_unnumbered_heading_wrapped_in_a_narrow_column():
    """A subheading set larger than the text and wrapped by a narrow column ("… of the boride lay-" / "ers") is one
    heading, though its second line goes on in lower case in the same type, as a bold paragraph's would."""
    body = [line(t, page=2, top=160 + 12 * k) for k, t in enumerate([
        "We made two boride layers by spin coating and dried them in an",
        "oven overnight; both kept their shape in the electrolyte for weeks,",
        "and the thicker one held more lithium than the thinner one did."])]
    lines = [line("Results", page=2, top=100, size=14.3, bold=True),
             line("Growth and structure of the boride lay-", page=2, top=124, size=12.0, bold=True),
             line("ers", page=2, top=138, size=12.0, bold=True), *body]
    blocks = blocks_from_lines(lines)
    assert [(b.kind, b.text) for b in blocks[:2]] == [(BlockKind.HEADING, "Results"),
                                                       (BlockKind.HEADING, "Growth and structure of the boride layers")]
    assert blocks[2].section == ("Results", "Growth and structure of the boride layers")


def test_blocks_a_short_methods_paragraph_that_uses_a_chemical_as_received_is_body_not_an_affiliation():
    """"… were used as received": the methods' words for a chemical taken without purification, not a dateline's
    "Received"; a short paragraph on page 1 that says so stays body text, while a dateline is still set apart."""
    lines = [line("Methods", top=100, size=12, bold=True),
             line("Copper foils (20 μm) and the salt were used as received in all cells.", top=120)]
    assert [b.kind for b in blocks_from_lines(lines)] == [BlockKind.HEADING, BlockKind.BODY]
    lines[1] = line("Received 3 May 2021; accepted 9 June 2021.", top=120)
    assert blocks_from_lines(lines)[1].kind == BlockKind.AFFILIATION


def test_blocks_a_short_unlabelled_paragraph_above_the_first_heading_in_the_papers_own_voice_is_the_abstract():
    """Journals that print the abstract without its label (in bold, in the body's size) set a short opening
    paragraph above the first heading; where it says what the paper does in its own voice ("Here we ...") it is
    the abstract, not front matter. A short paragraph that never speaks so stays other."""
    lines = [line("Tin-plated nickel meshes for lithium anodes", top=60, size=16, bold=True),
             line("Nickel meshes wet poorly with molten lithium. Here we plate tin onto a nickel mesh (TNM)", top=90,
                  bold=True),
             line("and compare it with the bare mesh in half and full cells.", top=102, bold=True),
             line("Introduction", top=130, size=12, bold=True),
             line("Hosts were first made of copper foam.", top=150)]
    kinds = [b.kind for b in blocks_from_lines(lines)]
    assert kinds == [BlockKind.TITLE, BlockKind.ABSTRACT, BlockKind.HEADING, BlockKind.BODY]
    lines[1:3] = [line("Tin coatings on nickel meshes are studied widely. Plated meshes are cheap to make and to", top=90,
                       bold=True),
                  line("handle in dry rooms of any size.", top=102, bold=True)]
    assert blocks_from_lines(lines)[1].kind == BlockKind.OTHER


def test_blocks_a_paper_that_splits_no_word_at_a_line_end_keeps_a_compounds_hyphen_there():
    """A browser or a word processor breaks lines only at spaces and at a word's own hyphens, never inside a word:
    where no line end of the paper splits a word ("charac-" "teristics", a piece that is no word of the paper),
    "scant-" "sodium" is a compound broken at its hyphen, the paper using "sodium" on its own. In a paper whose
    typesetter hyphenates, a line-end hyphen before a piece that is no word still joins it."""
    texts = ["Sodium hosts for scant-", "sodium pouch cells were made.", "The sodium foil was rolled thin and",
             "the bare sodium stripped evenly."]
    blocks = blocks_from_lines([line(t, top=100 + 12 * k) for k, t in enumerate(texts)])
    assert "scant-sodium pouch cells" in blocks[0].text
    split = ["A rolled foil held its charac-", "teristics after the scant-", "sodium test with sodium metal."]
    blocks = blocks_from_lines([line(t, top=100 + 12 * k) for k, t in enumerate(split)])
    assert "its characteristics after" in blocks[0].text
