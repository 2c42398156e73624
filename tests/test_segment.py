"""Sentence splitting: stops end sentences, except after abbreviations, initials and decimal points."""

import pytest

from pipeline.reader.segment import split_offsets


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_offsets(text)]


@pytest.mark.parametrize("text, expected", [
    ("Cells ran at 60 °C. The capacity held.", ["Cells ran at 60 °C.", "The capacity held."]),
    ("It was cycled at 2 C. Then it failed.", ["It was cycled at 2 C.", "Then it failed."]),
    ("Charged to 4.3 V. Next it rested.", ["Charged to 4.3 V.", "Next it rested."]),
    ("As J. Zhang showed, it works. Next.", ["As J. Zhang showed, it works.", "Next."]),
    ("See Fig. 3 for the cells. Then more.", ["See Fig. 3 for the cells.", "Then more."]),
    ("Zheng et al. 12 hosts. Over 99.5 % held.", ["Zheng et al. 12 hosts.", "Over 99.5 % held."]),
    # after its number "min" is the minutes' unit, which ends its sentence; elsewhere it may still abbreviate
    ("The foils were dipped for 4, 8 and 16 min. Li||Cu cells were then cycled.",
     ["The foils were dipped for 4, 8 and 16 min.", "Li||Cu cells were then cycled."]),
    ("It held for 30min. Then it failed.", ["It held for 30min.", "Then it failed."]),
    ("The min. and max. values were taken.", ["The min. and max. values were taken."]),
    # a code whose last part is one capital ends its sentence as any name does; a hyphenated initial does not
    ("It fell to 26 mV in LC-E. Symmetric cells ran longer.", ["It fell to 26 mV in LC-E.", "Symmetric cells ran longer."]),
    ("As J.-M. Tarascon showed, it works. Next.", ["As J.-M. Tarascon showed, it works.", "Next."]),
    ("Values (min. 5 and max. 9) were taken. Next.", ["Values (min. 5 and max. 9) were taken.", "Next."]),
])
def test_segment_split_offsets(text, expected):
    assert sentences(text) == expected


def test_segment_a_marker_on_the_next_sentences_first_letter_is_the_one_before():
    """A line broken before a marker puts it at the start of the next sentence: markers follow what they
    cite, so it is the sentence's before it."""
    from pipeline.reader.segment import block_sentences
    from pipeline.records import Block, BlockKind, CitationMarker
    text = "Hosts were made. When cycled they held. The end."
    block = Block(kind=BlockKind.BODY, text=text, page=1, bbox=(0, 0, 1, 1), order=0,
                  citations=(CitationMarker((20, 48), text.index("When"), "[20,48]"),
                             CitationMarker((94,), text.index(" The"), "[94]")))
    found = block_sentences("doc", block, 0)
    assert [s.cited_numbers for s in found] == [(20, 48), (94,), ()]


def test_table_rows_read_as_the_sentences_they_stand_for():
    from pipeline.reader.tables import table_sentences
    from pipeline.records import BBox, Block, BlockKind
    text = "Host\tCycles\tHysteresis (mV)\tRefs.\nPorous tungsten foil\t420\t18\t14, 15\nOnly words here\tn/a\t–\t"
    block = Block(kind=BlockKind.TABLE, text=text, page=2, bbox=BBox(0, 0, 10, 10), order=5)
    made = table_sentences("doc", block, 7)
    assert [s.text for s in made] == ["Porous tungsten foil: 420 cycles; Hysteresis 18 mV."]
    assert [s.cited_numbers for s in made] == [(14, 15)]
    assert made[0].index == 7 and made[0].kind == BlockKind.TABLE and made[0].block == 5


def test_a_table_row_cites_its_work_after_its_name_where_no_column_does():
    """"Boron-doped tin foam [21] | 1 | 800": a table without a "Ref." column sets each work's number after the
    design's name; the row is that work's, named without the number. A row that cites nothing stays uncited."""
    from pipeline.reader.tables import table_sentences
    from pipeline.records import BBox, Block, BlockKind
    text = "Anode\tLifespan (h)\nThis anode\t1500\nBoron-doped tin foam [21]\t800\nWoven ZnTe cloth [22, 24]\t650"
    block = Block(kind=BlockKind.TABLE, text=text, page=2, bbox=BBox(0, 0, 10, 10), order=5)
    made = table_sentences("doc", block, 0)
    assert [s.text for s in made] == ["This anode: Lifespan 1500 h.", "Boron-doped tin foam: Lifespan 800 h.",
                                      "Woven ZnTe cloth: Lifespan 650 h."]
    assert [s.cited_numbers for s in made] == [(), (21,), (22, 24)]


def test_a_tables_first_heading_says_what_its_rows_name():
    """"Additive" over "RbNO3": the first column's heading names the kind of thing each row is; a table set the other
    way round (its first column names properties) has no such heading."""
    from pipeline.reader.tables import row_heading
    from pipeline.records import BBox, Block, BlockKind

    def block(text: str) -> Block:
        return Block(kind=BlockKind.TABLE, text=text, page=2, bbox=BBox(0, 0, 10, 10), order=5)
    assert row_heading(block("Additive\tCE (%)\tRef.\nRbNO3\t97.1\t11\nSrI2\t96.4\t12")) == "Additive"
    assert row_heading(block("Host (type)\tCE (%)\nZinc felt\t99.1")) == "Host"
    assert row_heading(block("Sample\tZinc felt\tCobalt foam\nCE (%)\t99.1\t98.7\nCycles\t300\t250")) == ""


def test_a_table_figure_with_a_power_of_ten_takes_its_column_unit():
    """"σ (S cm−1)" over "1.2 × 10−3": a figure written with its power of ten is a figure of the column, as a bare
    number is, so it reads with the column's unit; a power typed as a computer writes it ("10^-4") reads as printed."""
    from pipeline.reader.tables import table_sentences
    from pipeline.records import BBox, Block, BlockKind
    text = "Gel\tσ (S cm−1)\ttLi+\tRef.\nQRM-2 gel\t1.2 × 10−3\t0.62\t8\nPXQ-7 gel\t4 × 10^-4\t0.48\t9"
    block = Block(kind=BlockKind.TABLE, text=text, page=2, bbox=BBox(0, 0, 10, 10), order=5)
    assert [s.text for s in table_sentences("doc", block, 0)] == ["QRM-2 gel: σ 1.2 × 10−3 S cm−1; tLi+ 0.62.",
                                                                  "PXQ-7 gel: σ 4 × 10−4 S cm−1; tLi+ 0.48."]


def test_a_bullet_opens_a_sentence():
    from pipeline.reader.segment import split_offsets
    text = "• A: 9 mV. • B: 15 mV. ▪ C: 4 mV."
    assert [text[a:b] for a, b in split_offsets(text)] == ["• A: 9 mV.", "• B: 15 mV.", "▪ C: 4 mV."]


def test_a_captions_panel_label_opens_a_sentence():
    """"… respectively. (b) Voltage profiles …": a caption's next panel, its label a small letter in brackets, opens a
    sentence of its own, so its conditions are not read as the panel's before; a label mid-sentence stays."""
    from pipeline.reader.segment import split_offsets
    text = "Wyx-4 keeps 97.1% for 80 cycles. (b) Profiles at 3 mA cm−2: Wyx-4 runs 500 h. (c,d) Images. The pellet (b) is dense."
    assert [text[a:b] for a, b in split_offsets(text)] == [
        "Wyx-4 keeps 97.1% for 80 cycles.", "(b) Profiles at 3 mA cm−2: Wyx-4 runs 500 h.", "(c,d) Images.",
        "The pellet (b) is dense."]


def test_a_marker_after_et_al_before_a_capital_closes_the_sentence():
    """"… was shown by Ruiz et al.[41] A Bi foam …": the marker lifted from after "al." ends the sentence that credits
    the authors; without a marker there, "et al." stays mid-sentence."""
    from pipeline.reader.segment import block_sentences
    from pipeline.records import Block, BlockKind, CitationMarker
    text = "A low barrier was shown by Ruiz et al. A Bi foam then ran for 300 h. Ruiz et al. Bi foams held."
    block = Block(kind=BlockKind.BODY, text=text, page=1, bbox=(0, 0, 1, 1), order=0,
                  citations=(CitationMarker((41,), text.index(" A Bi"), "[41]"),))
    found = block_sentences("doc", block, 0)
    assert [s.text for s in found] == ["A low barrier was shown by Ruiz et al.", "A Bi foam then ran for 300 h.",
                                       "Ruiz et al. Bi foams held."]
    assert [s.cited_numbers for s in found] == [(41,), (), ()]


@pytest.mark.parametrize("text, start, stop", [
    ("Hosts of a PXQ-7 fibre, approx. 3 wt.% more", 0, 26), ("the r_2. Next", 0, 7), ("a 5.\nNext", 0, 4),
    ("ends at cf.\n", 0, 12), ("two\n\n", 0, 5), ("x ü٣½ é. Y", 2, 7), ("", 0, 0), ("cells ", 0, 6), ("ab.cd", 3, 5),
])
def test_segment_the_word_before_a_stop_is_what_a_search_from_the_sentence_start_finds(text, start, stop):
    """The word before a stop, read back from it, is what the pattern run over the sentence so far found."""
    import re

    from pipeline.reader.segment import _word_before
    found = re.search(r"([\w.]+)$", text[start:stop])
    assert _word_before(text, start, stop) == (found.group(1) if found else "")


def test_segment_a_long_sentence_full_of_stops_splits_in_time():
    """Each stop's word is read back from it, not searched for from the sentence's start: a block of 4,000
    abbreviated stops (none ends its sentence) splits in a blink, where the search took seconds."""
    import time
    text = "The tungsten-boride scaffold, cf. " * 4000 + "held. It held."
    started = time.process_time()
    assert sentences(text) == [text[:-len(" It held.")], "It held."]
    assert time.process_time() - started < 1.0


# a table of one quantity over a test condition and the designs, either way round, the quantity named only in the
# caption ("Table 3. Overpotentials (mV) of …"); (table, sentences with that caption, sentences with a caption that
# names no quantity)
ONE_QUANTITY_TABLES = [
    # "Current density (mA cm−2) | Zinc felt | Bare Cu" over "0.5 | 9 | 21": each design's figures stand in its
    # column, each under its row's condition
    ("Current density (mA cm−2)\tZinc felt\tBare Cu\n0.5\t9\t21\n2\t16\t47",
     ["Zinc felt: Overpotentials 9 mV (at 0.5 mA cm−2); Overpotentials 16 mV (at 2 mA cm−2).",
      "Bare Cu: Overpotentials 21 mV (at 0.5 mA cm−2); Overpotentials 47 mV (at 2 mA cm−2)."],
     ["0.5: Zinc felt 9; Bare Cu 21.", "2: Zinc felt 16; Bare Cu 47."]),
    # "Electrode | 0.5 mA cm−2 | 2 mA cm−2" over "Zinc felt | 9 | 16": each cell under its column's condition
    ("Electrode\t0.5 mA cm−2\t2 mA cm−2\nZinc felt\t9\t16\nBare Cu\t21\t–",
     ["Zinc felt: Overpotentials 9 mV (at 0.5 mA cm−2); Overpotentials 16 mV (at 2 mA cm−2).",
      "Bare Cu: Overpotentials 21 mV (at 0.5 mA cm−2)."],
     ["Zinc felt: 0.5 mA cm−2 9; 2 mA cm−2 16.", "Bare Cu: 0.5 mA cm−2 21."]),
]


@pytest.mark.parametrize("text, named, unnamed", ONE_QUANTITY_TABLES)
def test_a_table_of_one_quantity_named_in_its_caption_reads_each_figure_under_its_condition(text, named, unnamed):
    """The caption names the quantity every cell gives, with its unit; without such a caption the table is read as
    it is."""
    from pipeline.reader.tables import table_sentences
    from pipeline.records import BBox, Block, BlockKind
    block = Block(kind=BlockKind.TABLE, text=text, page=2, bbox=BBox(0, 0, 10, 10), order=5)
    caption = "Table 3. Overpotentials (mV) of zinc felt and bare Cu in symmetric cells."
    assert [s.text for s in table_sentences("doc", block, 0, caption=caption)] == named
    assert [s.text for s in table_sentences("doc", block, 0, caption="Table 3. Symmetric cells.")] == unnamed
