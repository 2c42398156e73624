"""A research paper's arms (designs, controls, prior work) and attribution inside a sentence, on made-up
papers: every sentence here is invented to show one way papers are written, none is a corpus paper's."""

import pytest

from pipeline.extract import extract, read_paper
from pipeline.linking.arms import paper_arms
from pipeline.linking.names import (
    abbreviates_formula,
    can_name_structure,
    formula_short_forms,
    name_key,
    series_names,
)
from pipeline.ontology import local_name
from pipeline.records import Role

INTRO = ("1. Introduction",)
RESULTS = ("3. Results and Discussion",)
METHODS = ("2. Experimental Section",)


@pytest.fixture()
def paper(make_document, nlp):
    def build(paragraphs, title=""):
        return make_document(paragraphs, review=False, title=title)
    return build


@pytest.fixture()
def rows(paper, nlp):
    """(property, value, structure label) of every figure of a made-up research paper."""
    def run(paragraphs, title=""):
        ex = extract(paper(paragraphs, title), nlp)
        labels = {s.key: s.label for s in ex.structures}
        return {(local_name(m.property), m.value, labels[m.structure]) for m in ex.measurements}
    return run


@pytest.fixture()
def arms(paper, nlp):
    def run(paragraphs, title=""):
        return paper_arms(read_paper(paper(paragraphs, title), nlp))
    return run


def test_arms_an_additive_the_introduction_only_cites_never_takes_the_results(arms, rows):
    paragraphs = [
        (INTRO, "Vinylene carbonate (VC) additive was reported to thicken the interphase.[4] Lithium nitrate "
                "has also been studied.[5]"),
        (RESULTS, "Herein we add a sulfonamide additive (SFA) to a carbonate electrolyte."),
        (RESULTS, "The cells with SFA kept a Coulombic efficiency of 98.9% for 300 cycles."),
        (RESULTS, "The Coulombic efficiency then stayed above 98%."),
    ]
    model = arms(paragraphs, title="A sulfonamide additive for stable lithium metal anodes")
    roles = {a.label: a.role for a in model.arms.values()}
    assert roles.get("vinylene carbonate (VC) additive", Role.PRIOR) == Role.PRIOR
    assert model.arms[model.main].label.startswith("sulfonamide additive (SFA)")
    found = rows(paragraphs, title="A sulfonamide additive for stable lithium metal anodes")
    assert {label for _, _, label in found} == {"sulfonamide additive (SFA)"}


def test_arms_with_and_without_arms_each_take_their_figure(rows):
    found = rows([(RESULTS, "Two additives, FEC and TTE, were added to the carbonate electrolyte."),
                  (RESULTS, "The cycling lifetimes were 120 h for the cell without additives, 95 h with FEC and "
                            "310 h with TTE.")])
    assert {(v, label) for _, v, label in found} == {(120.0, "without additives"), (95.0, "FEC"), (310.0, "TTE")}


def test_arms_with_and_without_a_chemical_the_paper_gives_a_short_form_are_two_arms(rows):
    """"with and without thiourea (TU)": a plain chemical word the paper gives a short form names a thing, so the
    cells without it are an arm of their own, paired with the second figure."""
    found = rows([(RESULTS, "Li||Cu cells with and without thiourea (TU) gave average Coulombic efficiencies of "
                            "98.6% and 95.1%, respectively.")],
                 title="A thiourea additive for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == {(98.6, "thiourea"), (95.1, "without thiourea")}


def test_arms_a_salt_a_cell_is_made_with_is_an_additive_arm(rows):
    """A single salt is no structure alone, but "with LiNO3" beside other arms is what the cell is made with."""
    found = rows([(RESULTS, "The cycling lifetimes were 120 h for the cell without additives, 95 h with TTE and "
                            "310 h with LiNO3.")])
    assert {(v, label) for _, v, label in found} == {(120.0, "without additives"), (95.0, "TTE"), (310.0, "LiNO3")}


@pytest.mark.parametrize("declared", [
    "Here we prepare copper hosts with 5, 15 and 30 wt% Zn, labelled CZ-5, CZ-15 and CZ-30.",
    "Here we prepare copper hosts with 5, 15 and 30 wt% Zn (CZ-5, CZ-15 and CZ-30, respectively)."])
def test_arms_a_sample_described_by_its_amount_is_the_one_coded_for_that_amount(rows, declared):
    """The paper codes its samples by a list of amounts; "a copper host with 15 wt% Zn" in the abstract is CZ-15,
    not a design of its own (nor the title's)."""
    found = rows([((), "A copper host with 15 wt% Zn keeps a Coulombic efficiency of 98.8%.", "abstract"),
                  (INTRO, declared),
                  (RESULTS, "CZ-15 kept a Coulombic efficiency of 98.8%, above CZ-5 (97.0%) and CZ-30 (96.1%).")],
                 title="Copper-zinc hosts with tuned zinc content for lithium metal anodes")
    assert {(v, label) for p, v, label in found} == {(98.8, "CZ-15"), (97.0, "CZ-5"), (96.1, "CZ-30")}


def test_arms_samples_coded_by_a_mass_of_one_thing_take_their_own_figures(rows):
    """"Membranes cast with 4, 8 and 16 mg of the cerium additive are denoted M4, M8 and M16": the codes are the arms,
    and "the membrane cast with 8 mg of the additive" later is M8, not the title's design."""
    found = rows([(METHODS, "Membranes cast with 4, 8 and 16 mg of the cerium additive are denoted M4, M8 and M16, "
                            "respectively."),
                  (RESULTS, "Symmetric cells with M8 run for 700 h, while M4 and M16 last 380 h and 450 h, "
                            "respectively."),
                  (RESULTS, "The membrane cast with 8 mg of the additive conducts 0.35 mS cm−1.")],
                 title="Cerium-loaded aramid membranes for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p in ("Lifespan", "IonicConductivity")} == \
        {(700.0, "M8"), (380.0, "M4"), (450.0, "M16"), (0.35, "M8")}


@pytest.mark.parametrize("declared", [
    "The membranes M4, M8 and M16 were cast from solutions holding 4, 8 and 16 mg of the cerium additive.",
    "Three membranes (M4, M8 and M16) were cast with 4, 8 and 16 mg of the cerium additive.",
    "Membranes with 40, 80 and 160 mg of the cerium additive were denoted M40, M80 and M160."])
def test_arms_a_list_of_codes_right_after_its_plural_names_the_samples(rows, declared):
    """Codes listed right after the plural they name, bare or in brackets, and codes with three digits (the
    amount they were made with) are the samples of a series, each an arm."""
    codes = ("M40", "M80", "M160") if "M40" in declared else ("M4", "M8", "M16")
    found = rows([(METHODS, declared),
                  (RESULTS, f"Symmetric cells with {codes[1]} run for 700 h, while {codes[0]} and {codes[2]} last "
                            "380 h and 450 h, respectively.")],
                 title="Cerium-loaded aramid membranes for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "Lifespan"} == \
        {(700.0, codes[1]), (380.0, codes[0]), (450.0, codes[2])}


def test_arms_a_declared_list_of_two_letter_codes_names_the_samples_of_a_series(rows):
    """"… were pressed into sheets and are denoted QT3, QT6 and QT12": codes of two capitals and a number, handed out by
    a naming verb after what was done to the samples, are the samples; "the alloy with 6 at% Sb" is QT6; "All three"
    speaks of the three."""
    found = rows([(RESULTS, "Alloys with 3, 6 and 12 at% Sb were pressed into sheets and are denoted QT3, QT6 and "
                            "QT12. All three are 80 μm thick."),
                  (RESULTS, "QT6 cells ran for 900 h, QT12 cells 400 h and QT3 cells 250 h."),
                  (RESULTS, "At 40 °C, the alloy with 6 at% Sb still cycles for 610 h.")],
                 title="Dilute lithium-antimony alloys for lithium metal anodes")
    assert {(p, v, label) for p, v, label in found if p in ("Lifespan", "Thickness")} == \
        {("Lifespan", 900.0, "QT6"), ("Lifespan", 400.0, "QT12"), ("Lifespan", 250.0, "QT3"),
         ("Lifespan", 610.0, "QT6"), *(("Thickness", 80000.0, code) for code in ("QT3", "QT6", "QT12"))}


def test_arms_a_recipe_mixed_at_a_ratio_is_what_its_bracketed_code_names(arms):
    """"ZnTFSI–DOL–BTFE at a molar ratio of 1:2:4 (QLE-7)": a salt and its solvents joined by dashes and mixed at a
    ratio are a recipe, so the code names it though its letters spell nothing of it; "(SE)" after "1 M LiTFSI in
    DOL" names that whole recipe, not the solvent Schwartz–Hearst finds its letters in."""
    model = arms([(RESULTS, "Two electrolytes were compared: 1 M LiTFSI in DOL (SE) and LiTFSI-DOL-BTFE at a molar "
                            "ratio of 1:2:4 (QLE-7)."),
                  (RESULTS, "Li||Cu cells using QLE-7 reach a Coulombic efficiency of 99.3%, and those using SE "
                            "a Coulombic efficiency of 97.1%.")],
                 title="A diluted ether electrolyte for lithium metal anodes")
    labels = {a.label for a in model.arms.values()}
    assert "LiTFSI-DOL-BTFE at a molar ratio of 1:2:4 (QLE-7)" in labels
    assert "1 M LiTFSI in DOL (SE)" in labels


def test_arms_a_control_named_by_what_it_lacks_is_the_defined_one_that_lacks_it(rows):
    """An ablation's controls defined by what they lack ("Ti-free porous fibres (PF)", "porous fibres w/o B-doping
    (BF)") and said again that way ("the Ti-free fibres", "the sample w/o B-doping") are those controls."""
    found = rows([(RESULTS, "Two controls were made in the same way: Ti-free boron-doped fibres (PF) and porous "
                            "fibres w/o B-doping (BF)."),
                  (RESULTS, "The Ti-free fibres held a Coulombic efficiency of 97.2% for 260 cycles, whereas the "
                            "sample w/o B-doping faded after 130 cycles."),
                  (RESULTS, "The overpotentials were 22 and 38 mV for PF and BF, respectively.")],
                 title="Titanium-seeded boron-doped porous fibres for lithium metal anodes")
    labels = {p: label for p, v, label in found if v in (97.2, 260.0, 130.0)}
    assert {(v, label) for p, v, label in found if v in (97.2, 260.0, 130.0)} == \
        {(97.2, "Ti-free boron-doped fibres (PF)"), (260.0, "Ti-free boron-doped fibres (PF)"),
         (130.0, "porous fibres w/o B-doping (BF)")}, labels


def test_arms_what_a_sample_lacks_is_part_of_its_long_form_though_its_letters_spell_the_rest(rows):
    """"Co-free sulfur-doped tubes (ST)": the letters spell "sulfur-doped tubes", but the lack sets the control apart,
    so "the Co-free tubes" later is ST."""
    found = rows([(RESULTS, "Cobalt nanoparticles are embedded inside sulfur-doped carbon tubes (CST). As a control, "
                            "Co-free sulfur-doped tubes (ST) were made in the same way."),
                  (RESULTS, "CST held a Coulombic efficiency of 99.0% for 400 cycles. The Co-free tubes held 96.5% "
                            "for 180 cycles.")],
                 title="Cobalt-seeded sulfur-doped carbon tubes for lithium metal anodes")
    assert {(v, label) for p, v, label in found if v in (96.5, 180.0)} == \
        {(96.5, "Co-free sulfur-doped tubes (ST)"), (180.0, "Co-free sulfur-doped tubes (ST)")}


def test_arms_a_coded_sample_opening_a_clause_after_and_is_a_new_subject(rows):
    """"P1 and P3 reached 96.9% and 97.5%, and P0 failed after 80 cycles": the clause after ", and P0 failed" is P0's,
    so its cycle count is no condition shared with the arms before."""
    found = rows([(METHODS, "Titania rods were grown on Cu foil for 1, 2 and 4 h; the samples are denoted P1, P2 and P3, "
                            "respectively, and bare Cu foil is denoted P0."),
                  (RESULTS, "P2 kept a Coulombic efficiency of 98.7% for 250 cycles. P1 and P3 reached 96.9% and "
                            "97.5%, and P0 failed after 80 cycles.")],
                 title="Titania rods on copper foil for lithium metal anodes")
    assert {label for p, v, label in found if v == 80.0} == {"bare Cu foil (P0)"}


def test_arms_a_control_called_by_a_code_is_one_with_its_control_word_and_metal_written_alone(arms, rows):
    """"untreated copper foil is called T0", then "untreated copper lasted only 150 h": the code's long form and the
    control word with the metal alone are one control, not two."""
    paragraphs = [(METHODS, "Tin islands were sputtered onto copper foil for 5 and 10 min; these samples are called T5 "
                            "and T10, and untreated copper foil is called T0."),
                  (RESULTS, "T10 cycled for 600 h in symmetric cells, whereas untreated copper lasted only 150 h.")]
    title = "Sputtered tin islands on copper foil for lithium"
    controls = [a.label for a in arms(paragraphs, title).arms.values() if a.role == Role.CONTROL]
    assert controls == ["untreated copper foil (T0)"]
    assert rows(paragraphs, title) == {("Lifespan", 600.0, "T10"), ("Lifespan", 150.0, "untreated copper foil (T0)")}


def test_arms_a_thing_named_as_reported_in_the_literature_is_cited_work_not_an_arm(arms, rows):
    """"Table 2 sets ZFC against sprayed polymer coatings reported in the literature": what the paper says others made
    before is a class of cited work, though a caption names it beside the design in the paper's own cells."""
    paragraphs = [(RESULTS, "We spray a zinc fluoride coating (ZFC) on lithium foil."),
                  (RESULTS, "Li||Li cells with ZFC run for 1,200 h at 2 mA cm−2."),
                  (RESULTS, "Table 2 sets ZFC against sprayed polymer coatings reported in the literature."),
                  (RESULTS, "Table 2: ZFC and sprayed polymer coatings in Li||Li cells with 40 μL of electrolyte.",
                   "caption")]
    title = "Sprayed zinc fluoride coatings on lithium"
    assert [a.label for a in arms(paragraphs, title).arms.values() if a.own] == ["zinc fluoride coating (ZFC)"]
    assert {label for _, _, label in rows(paragraphs, title)} == {"zinc fluoride coating (ZFC)"}


def test_arms_a_short_form_spelled_out_twice_is_one_arm_by_either_long_form(arms, rows):
    """"a hybrid membrane (HM-Z)" in the abstract, "15 wt% ZrO2 nanowires (HM-Z)" in the methods: the paper spells one
    short form out two ways, so the nanowires it names alone are that arm, not a second design."""
    paragraphs = [(("Abstract",), "We disperse ZrO2 nanowires in PVDF-HFP and obtain a hybrid membrane (HM-Z) that "
                                  "conducts 0.42 mS cm−1 at 25 °C.", "abstract"),
                  (METHODS, "PVDF-HFP was cast with 15 wt% ZrO2 nanowires (HM-Z) or with no filler; the filler-free "
                            "film is denoted PM."),
                  (RESULTS, "Li||Li cells with HM-Z cycle for 800 h at 0.5 mA cm−2, whereas cells with PM short after "
                            "140 h.")]
    title = "Zirconia nanowires as fillers for fluoropolymer electrolytes"
    model = arms(paragraphs, title)
    assert sorted(a.label for a in model.arms.values() if a.own) == ["filler-free film (PM)", "hybrid membrane (HM-Z)"]
    assert "ZrO2 nanowires" in model.arms[model.main].aliases
    assert {label for p, _, label in rows(paragraphs, title) if p == "Temperature"} == {"hybrid membrane (HM-Z)"}


def test_arms_cells_whose_make_up_is_bracketed_after_them_set_the_test_of_every_arm_the_passage_reports(rows):
    """"Li||NCM622 cells (3.1 mA h cm−2, 40 μm Li) were cycled at C/2. With QE-2 they keep …, whereas with SE …": a
    kind of cell as the subject, its make-up in brackets before the verb, sets the test of every arm reported after."""
    found = rows([(RESULTS, "Two electrolytes were compared: 1 M LiTFSI in DOL (SE) and LiTFSI-DOL-BTFE at a molar "
                            "ratio of 1:2:4 (QE-2)."),
                  (RESULTS, "Li||NCM622 cells (3.1 mA h cm−2, 40 μm Li) were cycled at C/2. With QE-2 they keep 88.1% "
                            "of their capacity after 250 cycles, whereas with SE the capacity collapses within 45 "
                            "cycles.")],
                 title="A diluted ether electrolyte for lithium metal anodes")
    assert {label for p, v, label in found if p == "CRate"} == \
        {"LiTFSI-DOL-BTFE at a molar ratio of 1:2:4 (QE-2)", "1 M LiTFSI in DOL (SE)"}
    # "40 μm Li" closing the brackets: the lithium foil every cell is built with
    assert {(v, label) for p, v, label in found if p == "LithiumFoilThickness"} == \
        {(40000.0, "LiTFSI-DOL-BTFE at a molar ratio of 1:2:4 (QE-2)"), (40000.0, "1 M LiTFSI in DOL (SE)")}


def test_arms_what_the_cells_held_each_is_every_cell_s(rows):
    """"Coin cells contained 40 μL of electrolyte each": a setting of every cell, so of both arms the results test."""
    found = rows([(METHODS, "Coin cells contained 40 μL of electrolyte (1 M LiPF6 in FEC/DMC) each."),
                  (RESULTS, "PQX@Li symmetric cells run for 900 h, whereas bare Li cells short after 250 h.")])
    assert {label for p, v, label in found if p == "ElectrolyteVolume"} == {"PQX@Li", "bare Li"}


def test_arms_a_possessive_that_opens_the_controls_name_is_no_pointer_to_the_design(rows):
    """"Its bare-Li counterpart falls to 80%": "Its" is part of the control's name, not the design of the sentence
    before."""
    found = rows([(RESULTS, "A pouch cell with PQX@Li keeps 85.3% of its capacity after 180 cycles. Its bare-Li "
                            "counterpart falls to 80% after only 64 cycles."),
                  (RESULTS, "PQX@Li symmetric cells run for 900 h, whereas bare Li shorts after 250 h.")])
    assert {(v, label) for p, v, label in found if p in ("CapacityRetention", "CycleNumber")} == \
        {(85.3, "PQX@Li"), (180.0, "PQX@Li"), (80.0, "bare Li"), (64.0, "bare Li")}


def test_arms_a_layer_the_papers_own_coating_lays_on_is_the_coated_design_s(rows):
    """"We coat commercial polyethylene (PE) separators with a 4 μm layer of …": the layer's thickness is the coated
    separator's (the design), not the plain PE the verb took as its object."""
    found = rows([((), "We coat a polyethylene separator with tin sulfide nanoplates (TS-PE).", "abstract"),
                  (RESULTS, "We coat commercial polyethylene (PE) separators with a 4 μm layer of tin sulfide "
                            "nanoplates. TS-PE takes up 170% of electrolyte, against 90% for bare PE.")],
                 title="Tin sulfide coatings on polyethylene separators for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "Thickness"} == {(4000.0, "TS-PE")}


def test_arms_a_where_clause_that_names_another_arm_is_that_arm_s(rows):
    """"TS-PE shrinks by less than 3% at 150 °C, where PE shrinks by 31%": the clause after "where" has its own
    subject, so its figure is that arm's."""
    found = rows([((), "We coat a polyethylene separator with tin sulfide nanoplates (TS-PE).", "abstract"),
                  (RESULTS, "We coat commercial polyethylene (PE) separators with tin sulfide nanoplates."),
                  (RESULTS, "TS-PE takes up more electrolyte than bare PE (170% vs. 90%) and shrinks by less than 3% "
                            "at 150 °C, where PE shrinks by 31%.")],
                 title="Tin sulfide coatings on polyethylene separators for lithium metal anodes")
    plain = next(label for p, v, label in found if v == 90.0)
    assert plain != "TS-PE"
    assert {(v, label) for p, v, label in found if p == "ThermalShrinkage"} == {(3.0, "TS-PE"), (31.0, plain)}


def test_arms_a_single_cell_opening_a_clause_after_and_is_a_new_subject(rows):
    """"A||LFP and B||LFP cells deliver 151 and 118 mA h g−1, and the A cell retains 94.6% … after 500 cycles": the
    clause after ", and the A cell" is A's alone."""
    found = rows([((), "We coat a polyethylene separator with tin sulfide nanoplates (TS-PE).", "abstract"),
                  (RESULTS, "We coat commercial polyethylene (PE) separators with tin sulfide nanoplates."),
                  (RESULTS, "TS-PE takes up more electrolyte than bare PE (170% vs. 90%)."),
                  (RESULTS, "Li||LFP cells with TS-PE and PE deliver 151 and 118 mA h g−1 at 2 C, and the TS-PE cell "
                            "retains 94.6% of its capacity after 500 cycles.")],
                 title="Tin sulfide coatings on polyethylene separators for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CycleNumber"} == {(500.0, "TS-PE")}


def test_arms_the_coating_is_the_design_the_papers_own_coating_made_not_others_coatings(rows):
    """"We coat a polyethylene separator with tin sulfide nanoplates (TS-PE). The coating evens out …": "The coating"
    is the design the paper's own coating made, though no sentence names it by that head noun, and not the
    "coatings" of a cited sentence of the introduction."""
    found = rows([((), "We coat a polyethylene separator with tin sulfide nanoplates (TS-PE). The coating evens out "
                       "the ion flux.", "abstract"),
                  ((), "Ceramic-coated separators have been used to stop dendrites, but most coatings are thick.[6]"),
                  ((), "We coat commercial polyethylene (PE) separators with tin sulfide nanoplates. TS-PE takes up "
                       "more electrolyte than bare PE (170% vs. 90%)."),
                  ((), "The coating raises the Li+ transference number to 0.57.")],
                 title="Tin sulfide nanoplate coatings make polyolefin separators lithiophilic")
    assert {(v, label) for p, v, label in found if p == "LithiumTransferenceNumber"} == {(0.57, "TS-PE")}


def test_arms_a_versus_pair_after_an_against_clause_sets_the_subject_against_the_other(rows):
    """"TS-PE raises the transference number to 0.57, against 0.30 for bare PE, and lowers the interfacial resistance
    (27 vs. 150 Ω)": the pair's first figure is the subject's, the second the other arm's."""
    found = rows([((), "We coat a polyethylene separator with tin sulfide nanoplates (TS-PE).", "abstract"),
                  (RESULTS, "We coat commercial polyethylene (PE) separators with tin sulfide nanoplates. TS-PE takes "
                            "up more electrolyte than bare PE (170% vs. 90%)."),
                  (RESULTS, "TS-PE raises the Li+ transference number to 0.57, against 0.30 for bare PE, and lowers "
                            "the interfacial resistance (27 vs. 150 Ω).")],
                 title="Tin sulfide nanoplate coatings make polyolefin separators lithiophilic")
    plain = next(label for p, v, label in found if v == 90.0)
    assert {(v, label) for p, v, label in found if v in (27.0, 150.0)} == {(27.0, "TS-PE"), (150.0, plain)}


def test_arms_codes_after_the_plural_of_a_figure_part_are_no_samples(arms):
    """"panels S1, S2 and S3" lists parts of a figure, not a series of samples."""
    model = arms([(RESULTS, "The spectra in panels S1, S2 and S3 show the same peaks. Panel S2 is enlarged.")],
                 title="A cerium-loaded aramid membrane")
    assert not {"S1", "S2", "S3"} & {a.label for a in model.arms.values()}


def test_arms_a_title_family_coded_as_a_series_of_amounts_stands_for_its_members(rows, arms):
    """The title names a family ("a boride-nickel scaffold"), the text codes its samples by the amount of one
    thing ("with 0, 3, 6 and 9 wt.% nickel and labelled B0 … B3") and speaks of the codes: a plural statement about
    the family is each member's, and the anode-free cells the methods cycle at a rate are those the results name."""
    paragraphs = [(METHODS, "Boride powder and nickel flakes were pressed on Cu foil. Four samples were made with 0, "
                            "3, 6 and 9 wt.% nickel and labelled B0, B1, B2 and B3, respectively."),
                  (METHODS, "Anode-free Cu||LFP coin cells were cycled at 0.4 C after three formation cycles at "
                            "0.05 C."),
                  (RESULTS, "The scaffolds are about 6 µm thick. Unlike B1, B0 shows no nickel peaks in its XRD "
                            "pattern."),
                  (RESULTS, "In anode-free cells, B2 keeps 70.2% of its capacity after 90 cycles, B1 and B3 "
                            "57.7% and 62.5%, respectively.")]
    title = "A boride-nickel scaffold enables anode-free lithium metal batteries"
    found = rows(paragraphs, title)
    roles = {a.label: a.role for a in arms(paragraphs, title).arms.values()}
    assert roles["B0"] == Role.CONTROL and roles["B2"] == Role.DESIGN     # the sample made with none of the nickel
    assert {label for p, v, label in found if p == "Thickness"} == {"B0", "B1", "B2", "B3"}
    assert {label for p, v, label in found if p == "CRate"} == {"B1", "B2", "B3"}
    assert {v for p, v, label in found if p == "CRate"} == {0.4}        # not the formation cycles' rate


def test_arms_what_a_thing_is_coated_with_is_its_material_not_an_arm(rows):
    """"a separator coated with Nb3VO8 (NVO@PP)": "with" after "coated" says what the separator was coated with, so
    Nb3VO8 is no arm tested "with" against one without; the coating's thickness and mass are the coated separator's."""
    found = rows([(INTRO, "Here, a separator coated with Nb3VO8 (NVO@PP) is shown to even out the lithium flux."),
                  (RESULTS, "The NVO coating is 3.1 µm thick and adds 0.6 mg cm−2 to the separator. Li||Cu cells with "
                            "NVO@PP keep a Coulombic efficiency of 98.4%.")],
                 title="A niobium vanadate-coated separator for lithium metal batteries")
    assert {(p, label) for p, v, label in found} == {
        ("Thickness", "NVO@PP"), ("ArealMassLoading", "NVO@PP"), ("CoulombicEfficiency", "NVO@PP")}


def test_arms_the_design_and_its_control_keep_their_own_results(rows):
    found = rows([(RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was prepared."),
                  (RESULTS, "The ZCF host delivered an average Coulombic efficiency of 99.2%, far higher than that "
                            "of bare Cu foam (91.5%)."),
                  (RESULTS, "The overpotential was 18 mV for the ZCF host and 64 mV for bare Cu foam.")])
    assert {(v, label) for _, v, label in found} == {
        (99.2, "zinc oxide coated copper foam (ZCF) host"), (91.5, "bare Cu foam"),
        (18.0, "zinc oxide coated copper foam (ZCF) host"), (64.0, "bare Cu foam")}


def test_arms_a_list_of_figures_pairs_with_a_list_of_arms(rows):
    found = rows([(RESULTS, "An alumina-coated separator (ACS), a silica-coated separator (SCS) and a zirconia-coated "
                            "separator (ZCS) were made."),
                  (RESULTS, "The ionic conductivities of the ACS, SCS and ZCS were 0.61, 0.74 and 0.92 mS cm−1, "
                            "respectively.")])
    assert {(v, label.split("(")[-1].rstrip(")")) for _, v, label in found} == {
        (0.61, "ACS"), (0.74, "SCS"), (0.92, "ZCS")}


def test_arms_a_condition_is_shared_by_every_arm_the_sentence_names(rows):
    found = rows([(RESULTS, "A graphene oxide interlayer (GOI) was placed on a polyethylene (PE) separator."),
                  (RESULTS, "Li||Cu cells with the PE separator and the GOI were cycled at 2 mA cm−2 and "
                            "1 mA h cm−2.")])
    by_property = {}
    for prop, _, label in found:
        by_property.setdefault(prop, set()).add(label.split("(")[-1])
    assert by_property["CurrentDensity"] == by_property["ArealCapacity"] == {"GOI)", "PE) separator"}


def test_arms_a_coordinated_subject_shares_its_figure(rows):
    found = rows([(RESULTS, "A boron nitride coated separator (BNS) was compared with a polypropylene (PP) separator."),
                  (RESULTS, "Both PP and BNS cells short-circuited after 40 cycles at 5 mA cm−2.")])
    assert {label.split("(")[-1] for _, v, label in found if v == 40} == {"PP) separator", "BNS)"}


def test_arms_each_spreads_over_the_arms_tested(rows):
    found = rows([(RESULTS, "A pristine polyethylene separator, a silica-coated separator (SCS) and an "
                            "alumina-coated separator (ACS) were compared."),
                  (RESULTS, "The SCS gave a contact angle of 21° while the ACS gave 35°."),
                  (RESULTS, "Cells with each separator were cycled at 1 mA cm−2.")])
    labels = {label for prop, _, label in found if prop == "CurrentDensity"}
    assert labels == {"pristine polyethylene separator", "silica-coated separator (SCS)",
                      "alumina-coated separator (ACS)"}


def test_arms_a_figure_before_a_list_of_arms_is_every_listed_arm_s(rows):
    """"After 300 cycles: cells with (a) A, (b) B and (c) C": the count is each listed arm's, not the first's."""
    found = rows([(RESULTS, "A silica-coated separator (SCS) and an alumina-coated separator (ACS) were compared with a "
                            "pristine polyethylene separator."),
                  (RESULTS, "The SCS gave a contact angle of 21° while the ACS gave 35°."),
                  (RESULTS, "Lithium deposits after 300 cycles in cells with (a) a pristine polyethylene separator, "
                            "(b) the SCS and (c) the ACS are shown in Figure 5.")])
    assert {label for prop, v, label in found if prop == "CycleNumber"} == {
        "pristine polyethylene separator", "silica-coated separator (SCS)", "alumina-coated separator (ACS)"}


def test_arms_conditions_opening_a_paragraph_hold_for_the_arms_its_results_name_too(rows):
    """A paragraph that opens with how cells were tested: the arms of the passage before, and those its own
    results then name ("… while the bare Li cell …"), were all tested so."""
    found = rows([(RESULTS, "A tin-coated copper mesh (TCM) was made and compared with bare Li."),
                  (RESULTS, "The TCM electrode kept a Coulombic efficiency of 97.9% over 200 cycles."),
                  (RESULTS, "Symmetric cells were tested at 2 mA cm−2 (Figure 3a). The TCM cell cycled for 900 h, "
                            "while the bare Li cell failed after 210 h.")])
    assert {label for prop, v, label in found if prop == "CurrentDensity" and v == 2} == {
        "tin-coated copper mesh (TCM)", "bare Li"}


def test_arms_the_one_material_an_arm_is_made_of_written_alone_names_it(rows):
    """"… 42 mV on CNF and 65 mV on Cu": Cu is the planar Cu foil the paper compares; "Cu nanowires" is not."""
    found = rows([(RESULTS, "The tin-coated carbon fiber (TCF) was compared with bare carbon fiber (CF) and planar Cu foil."),
                  (RESULTS, "On planar Cu foil, the Coulombic efficiency fell to 80% within 60 cycles."),
                  (RESULTS, "The nucleation overpotential on TCF was only 6 mV, compared with 42 mV on CF and 65 mV on Cu."),
                  (RESULTS, "Cu nanowires of 90 nm diameter were reported before.")])
    assert {(v, label) for prop, v, label in found if prop == "Overpotential"} == {
        (6.0, "tin-coated carbon fiber (TCF)"), (42.0, "carbon fiber (CF)"), (65.0, "planar Cu foil")}
    assert not {label for prop, v, label in found if prop == "ParticleSize" and label == "planar Cu foil"}


def test_arms_the_setting_a_title_names_after_its_purpose_is_not_the_design(arms):
    """"An X for lithium anodes in ether electrolytes": the electrolyte is where X is tested."""
    paragraphs = [(("Abstract",), "A phosphate-rich interphase layer (PRL) is grown on lithium, and the protected "
                                  "lithium runs in ether electrolytes for 900 h.", "abstract"),
                  (RESULTS, "The PRL cells kept a Coulombic efficiency of 99.0% for 300 cycles, while bare Li cells "
                            "kept 95.1%.")]
    model = arms(paragraphs, title="A phosphate-rich interphase for lithium metal anodes in ether electrolytes")
    assert model.arms[model.main].label == "phosphate-rich interphase layer (PRL)"
    assert not any("title" in a.evidence for a in model.arms.values() if "electrolyte" in a.label)


def test_arms_lithium_held_on_a_metal_is_a_name_not_a_kind_of_cell(rows):
    """"Li@Cu cells" are cells of lithium plated on copper, the control; "Li-S cells" are a kind of cell."""
    found = rows([(RESULTS, "Lithium plated on a tin-coated carbon cloth (TCC) was compared with lithium on planar Cu."),
                  (RESULTS, "Li@TCC cells ran for 900 h with a hysteresis of 20 mV; Li@Cu cells reached 150 mV "
                            "after 200 h.")])
    assert {(v, label) for prop, v, label in found if prop in ("Lifespan", "VoltageHysteresis")} == {
        (900.0, "tin-coated carbon cloth (TCC)"), (20.0, "tin-coated carbon cloth (TCC)"), (150.0, "planar Cu"),
        (200.0, "planar Cu")}


def test_arms_a_title_that_spells_out_the_design_s_acronym_names_it(arms):
    """"Lithium–carbon nanotube composite anodes" in the title, "Li–CNT" in the text: one design."""
    paragraphs = [(RESULTS, "Molten lithium was infused into a nanotube sponge, and the Li–CNT anode was cycled for "
                            "900 h at 2 mA cm−2.")]
    model = arms(paragraphs, title="Lithium–carbon nanotube composite anodes for stable cycling")
    assert model.arms[model.main].label == "Li–CNT anode"
    assert "title" in model.arms[model.main].evidence


def test_arms_a_control_s_spelling_names_it_wherever_it_recurs(rows):
    """"Li foil", read as the control where it was compared, is the control in a later list and its "latter"."""
    found = rows([(RESULTS, "The thickness change of the Li–CNT anode was 4%, versus 92% for a Li foil."),
                  (RESULTS, "Symmetric cells of Li–CNT and Li foil were cycled at 3 mA cm−2. The former lasted "
                            "1200 h, while the latter short-circuited at 150 h.")],
                 title="Lithium–carbon nanotube composite anodes")
    assert {(prop, v, label) for prop, v, label in found if prop in ("CurrentDensity", "Lifespan")} == {
        ("CurrentDensity", 3.0, "Li–CNT anode"), ("CurrentDensity", 3.0, "Li foil"),
        ("Lifespan", 1200.0, "Li–CNT anode"), ("Lifespan", 150.0, "Li foil")}


def test_arms_respectively_over_things_only_some_of_which_are_arms(rows):
    """"−1.62 and −3.84 eV on the PP and ceramic particles, respectively": the second figure is the particles',
    none of the arms'."""
    found = rows([(RESULTS, "A ceramic-coated separator (CCS) was compared with the bare PP separator."),
                  (RESULTS, "The adsorption energies were −1.62 and −3.84 eV on the PP and ceramic particles, "
                            "respectively.")])
    assert {(v, label) for prop, v, label in found if prop == "AdsorptionEnergy"} == {(-1.62, "bare PP separator")}


def test_arms_a_methods_recipe_keeps_the_size_it_gives_its_thing(rows):
    """"The 12 μm-thick GC layer was cast … and pressed at 200 MPa": a recipe, but the thickness is the layer's."""
    found = rows([(RESULTS, "A garnet coating (GC) protects the lithium anode and was compared with bare Li."),
                  (METHODS, "The 12 μm-thick GC layer was cast on Cu foil and pressed at 200 MPa."),
                  (METHODS, "The slurry was cast at a thickness of 150 μm and dried at 80 °C.")])
    assert {(prop, v) for prop, v, _ in found} == {("Thickness", 12000.0)}


def test_arms_a_figure_said_of_a_thing_beside_one_said_of_an_arm_is_the_thing_s(rows):
    """"−0.11 eV on PP and −0.73 eV on ceramic particles": the second figure is the particles'; alone, "a CE of
    99.1% on Cu foil" is still the design's (the foil is where it was measured)."""
    found = rows([(RESULTS, "A ceramic-coated separator (CCS) was compared with the bare PP separator."),
                  (RESULTS, "Li adsorption energies of −0.11 eV on PP and −0.73 eV on ceramic particles were found."),
                  (RESULTS, "The CCS cells reached a Coulombic efficiency of 99.1% on Cu foil.")])
    assert {(v, label) for prop, v, label in found if prop in ("AdsorptionEnergy", "CoulombicEfficiency")} == {
        (-0.11, "bare PP separator"), (99.1, "ceramic-coated separator (CCS)")}


def test_arms_a_collector_named_by_its_metal_is_the_control(rows):
    """"the Cu collector" (a current collector, said short) is the control a new collector is compared with."""
    found = rows([(RESULTS, "We grow a silver nanowire network on polyimide (AgNW@PI) as a current collector."),
                  (RESULTS, "The AgNW@PI collector kept a Coulombic efficiency above 98.5% for 250 cycles, while the "
                            "Cu collector dropped below 90% after 80 cycles.")])
    ce = {v: label for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert "AgNW@PI" in ce[98.5] and ce[90.0] == "Cu collector"


def test_arms_electrolytes_told_apart_by_concentration_are_arms_of_their_own(rows):
    """"the 2 M, 4 M and 6 M electrolytes", "the 6 M electrolyte", "those with 6 M": one arm per concentration."""
    found = rows([(RESULTS, "The ionic conductivities of the 2 M, 4 M and 6 M electrolytes were 11.0, 7.2 and 3.1 "
                            "mS cm−1, respectively."),
                  (RESULTS, "The 6 M electrolyte gave a Coulombic efficiency of 99.1%, whereas the 2 M electrolyte gave "
                            "94.0%."),
                  (RESULTS, "Symmetric cells with 4 M lasted 700 h; those with 6 M lasted 1400 h.")])
    assert len({label for _, _, label in found}) == 3
    assert {(v, label.split(" M")[0]) for prop, v, label in found
            if prop in ("IonicConductivity", "CoulombicEfficiency", "Lifespan")} == {
        (11.0, "2"), (7.2, "4"), (3.1, "6"), (99.1, "6"), (94.0, "2"), (700.0, "4"), (1400.0, "6")}


def test_arms_amounts_of_an_additive_set_against_each_other_are_arms_of_their_own(rows):
    """"with 0, 0.02 and 0.2 M CsNO3": three arms, the first the one without it; a paper that uses an additive at
    one amount keeps one arm for it (tested with TPFPB in test_extract_linking)."""
    found = rows([(RESULTS, "Cesium nitrate (CsNO3) was added to the carbonate electrolyte."),
                  (RESULTS, "The Coulombic efficiencies with 0, 0.02 and 0.2 M CsNO3 were 87.5%, 94.1% and 97.3%, "
                            "respectively."),
                  (RESULTS, "With 0.2 M CsNO3, the symmetric cell ran for 950 h, while the cell without CsNO3 failed "
                            "after 180 h.")])
    assert {(v, label) for prop, v, label in found if prop in ("CoulombicEfficiency", "Lifespan")} == {
        (87.5, "without CsNO3"), (94.1, "0.02 M CsNO3"), (97.3, "0.2 M CsNO3"), (950.0, "0.2 M CsNO3"),
        (180.0, "without CsNO3")}


def test_arms_a_design_that_changes_a_figure_from_one_value_to_another_holds_the_after(rows):
    """"Compared with an undoped carbon foam, SCF lowers the nucleation overpotential from 45 to 14 mV": 45 mV is
    the undoped foam's (the control), 14 mV the design's; "the X cell increased from 196 to 226 mV" over cycling
    stays the cell's."""
    found = rows([(RESULTS, "Compared with an undoped carbon foam, a sulfur-doped carbon foam (SCF) lowers the "
                            "nucleation overpotential from 45 to 14 mV."),
                  (RESULTS, "The hysteresis of the SCF cell increased from 20 to 26 mV after 300 cycles.")])
    assert {(v, label) for prop, v, label in found if prop in ("Overpotential", "VoltageHysteresis")} == {
        (45.0, "undoped carbon foam"), (14.0, "sulfur-doped carbon foam (SCF)"),
        (20.0, "sulfur-doped carbon foam (SCF)"), (26.0, "sulfur-doped carbon foam (SCF)")}


def test_arms_a_change_verb_after_another_predicate_of_the_design(rows):
    """"The ZPN layer is 3 μm thick and raises the porosity of the separator from 38 to 49%": the design is the subject
    of both predicates, so 38% is the bare separator's before, 49% the design's after."""
    found = rows([((), "We coat polypropylene (PP) separators with a thin layer of zirconium phosphate nanoplates "
                       "(ZPN@PP).", "abstract"),
                  (RESULTS, "The bare PP separator shrinks by 40% at 150 °C."),
                  (RESULTS, "The ZPN layer is 3 μm thick and raises the porosity of the separator from 38 to 49%.")],
                 title="Zirconium phosphate nanoplate coatings on polypropylene separators")
    assert {(v, label) for prop, v, label in found if prop == "Porosity"} == {
        (38.0, "bare PP separator"), (49.0, "ZPN@PP")}


def test_arms_all_of_a_head_noun_one_arm_is_named_by_is_every_arm_in_view(rows):
    """"All membranes were cast to a thickness of 40 μm" where only the filler-free arm is called a membrane: "all" is
    not one arm, so the thickness is every arm's in view."""
    found = rows([(METHODS, "Gels were made with 5 wt% ZrO2 nanowires (ZGE-W) or 5 wt% ZrO2 nanoparticles (ZGE-P); the "
                            "filler-free membrane is denoted BM. All membranes were cast to a thickness of 40 μm."),
                  (RESULTS, "The ionic conductivity of ZGE-W is 0.52 mS cm−1, higher than that of ZGE-P (0.31 mS cm−1) "
                            "and that of BM (0.12 mS cm−1)."),
                  (RESULTS, "Li|ZGE-W|Li cells run for 800 h, while the Li|ZGE-P|Li cell lasts 300 h and the Li|BM|Li "
                            "cell fails after 120 h.")],
                 title="Zirconia nanowires as fillers for gel electrolytes")
    assert len({label for p, v, label in found if p == "Thickness"}) == 3


def test_arms_a_condition_before_the_result_a_multiple_compares_is_the_compared_arm_s_too(rows):
    """"At 4 mA cm−2 the hysteresis of LNF-Li is 38 mV, less than half that of bare Li (92 mV)": the current density sets
    the test of the result the multiple follows, so bare Li ran at it too (unlike a condition of an earlier result)."""
    found = rows([(RESULTS, "Here we grow a lithium niobate film on Li foil (LNF-Li)."),
                  (RESULTS, "The rate test tells the same: at 4 mA cm−2 the hysteresis of LNF-Li is 38 mV, less than half "
                            "that of bare Li (92 mV).")])
    assert {label for p, v, label in found if p == "CurrentDensity"} == {"lithium niobate film on Li foil (LNF-Li)",
                                                                          "bare Li"}


def test_arms_a_stack_written_from_its_cathode_formula_is_a_full_cell(rows):
    """"LiFePO4|QGE|Li cells deliver …": a stack written from its cathode, named by its formula, is a full cell, so the
    methods' cathode loading is of the arms tested in it and not of one only tested in symmetric cells."""
    found = rows([(METHODS, "Gels were made with 5 wt% ZrO2 nanowires (QGE) or 5 wt% ZrO2 nanoparticles (PGE); the "
                            "filler-free gel is denoted BG. LiFePO4 cathodes had a loading of 3.1 mg cm−2."),
                  (RESULTS, "Li|PGE|Li cells last 300 h, and Li|QGE|Li cells 800 h."),
                  (RESULTS, "LiFePO4|QGE|Li cells deliver 150 mA h g−1 at 0.5 C, whereas the BG cell delivers "
                            "118 mA h g−1.")],
                 title="Zirconia nanowires as fillers for gel electrolytes")
    assert {label for p, v, label in found if p == "ArealMassLoading"} == {"ZrO2 nanowires (QGE)", "filler-free gel (BG)"}


def test_arms_a_lithium_sulfur_stack_is_a_full_cell_its_cathode_loading_reaches(rows):
    """"the ZF/CM@Li||S cell …, whereas the Li||S cell …": sulfur against lithium is a full cell's cathode, so the
    methods' sulfur loading is of both arms tested so, the bare lithium too."""
    found = rows([(METHODS, "Sulfur cathodes had a loading of 1.8 mg cm−2."),
                  (RESULTS, "Here we grow zinc fluoride needles on copper foam (ZF/CM) as a host."),
                  (RESULTS, "Lithium was plated into ZF/CM and bare CM to give ZF/CM@Li and CM@Li."),
                  (RESULTS, "The CE of bare CM drops to 81% after 60 cycles, and bare Li fails after 150 h."),
                  (RESULTS, "The ZF/CM@Li||S cell retains 811 mA h g−1 after 100 cycles, whereas the Li||S cell "
                            "retains only 455 mA h g−1.")])
    assert {label for p, v, label in found if p == "ArealMassLoading"} == {"ZF/CM@Li", "bare Li"}


def test_arms_this_and_a_head_noun_after_a_control_named_by_its_control_word_is_the_design(rows):
    """"… than the undoped alloy. Paired with NCM811, this alloy retains 90.1%": the paper's design goes by "alloy" too,
    and "this alloy" lacks the control word the control is named by, so it is the design."""
    found = rows([((), "We dope a lithium-tin alloy foil with boron, which pins its grain boundaries.", "abstract"),
                  (RESULTS, "The boron-doped lithium-tin alloy foil lasts 1,200 h in symmetric cells, against 250 h for "
                            "the undoped alloy."),
                  (RESULTS, "Paired with NCM811, this alloy retains 90.1% of its capacity after 200 cycles.")],
                 title="Boron-doped lithium-tin alloy foils for lithium metal batteries")
    assert {label for p, v, label in found if p == "CapacityRetention"} == \
        {label for p, v, label in found if p == "Lifespan" and v == 1200.0}


def test_arms_a_stack_with_lithium_at_both_ends_is_a_symmetric_cell(rows):
    """"All symmetric cells were cycled under a stack pressure of 4 MPa" holds for each arm the results test in
    "Li|X|Li" cells, a stack with lithium at both ends, the arm set against it in the same sentence too."""
    found = rows([(METHODS, "All symmetric cells were cycled under a stack pressure of 4 MPa."),
                  (RESULTS, "We sputter a zinc nitride interlayer on LLZO pellets (ZnN-LLZO)."),
                  (RESULTS, "Li|ZnN-LLZO|Li cells cycled for 700 h at 0.2 mA cm−2, while the cell with the bare pellet "
                            "short-circuited after 15 h.")],
                 title="Zinc nitride interlayers for garnet electrolytes")
    assert {label for p, v, label in found if p == "StackPressure"} == {"ZnN-LLZO", "bare pellet"}


def test_arms_a_versus_pair_whose_second_figure_names_its_arm_after_it(rows):
    """"The critical current density of ZnN-LLZO reaches 1.1 mA cm−2 at 25 °C (1.1 vs. 0.2 mA cm−2 for the bare pellet)":
    the pair's second figure is the arm named after it, the first the sentence's subject (the condition before the
    brackets, of both, does not make the first figure both arms' too)."""
    found = rows([(RESULTS, "We sputter a zinc nitride interlayer on LLZO pellets (ZnN-LLZO)."),
                  (RESULTS, "The bare pellet is wetted by lithium only above 300 °C."),
                  (RESULTS, "The critical current density of ZnN-LLZO reaches 1.1 mA cm−2 at 25 °C (1.1 vs. 0.2 mA cm−2 "
                            "for the bare pellet).")],
                 title="Zinc nitride interlayers for garnet electrolytes")
    assert {(v, label) for p, v, label in found if p == "CriticalCurrentDensity"} == {
        (1.1, "ZnN-LLZO"), (0.2, "bare pellet")}


def test_arms_the_size_of_the_layer_a_making_step_grows_is_the_design_s(rows):
    """"… expose lithium foil to BiCl3 vapour and grow a 70-nm-thick interphase rich in Li3Bi (LBI-Li)", "… gives a grey
    layer 70 nm thick": the size is the made layer's, the design's, not the reagent's named before it."""
    found = rows([((), "Here we expose lithium foil to BiCl3 vapour and grow a 70-nm-thick interphase rich in Li3Bi "
                       "(LBI-Li).", "abstract"),
                  (RESULTS, "Exposing lithium to BiCl3 vapour for 5 min gives a grey layer 70 nm thick."),
                  (RESULTS, "LBI-Li symmetric cells cycle for 900 h, whereas bare Li cells fail after 200 h.")],
                 title="Bismuth-rich interphases for lithium metal")
    lifespans = {label for p, v, label in found if p == "Lifespan" and v == 900.0}
    assert {label for p, v, label in found if p == "Thickness"} == lifespans and len(lifespans) == 1


def test_arms_a_change_made_with_the_design_or_started_from_a_named_control(rows):
    """"With TBX, the resistance was reduced from 240 to 61 Ω": the opening phrase names what made the change, so
    240 Ω is the state before (the control's), never the design's; "raised the CE from 90.2% for the plain
    electrolyte to 98.1%" names the arm the change started from between the two figures."""
    found = rows([(RESULTS, "A tellurium-boride interlayer (TBX) is compared with bare Li."),
                  (RESULTS, "With TBX, the interfacial resistance was reduced from 240 Ω to 61 Ω."),
                  (RESULTS, "The TBX interlayer raised the Coulombic efficiency from 90.2% for bare Li to 98.1%.")])
    assert {(v, label) for prop, v, label in found if prop in ("CellResistance", "CoulombicEfficiency")} == {
        (240.0, "bare Li"), (61.0, "tellurium-boride interlayer (TBX)"),
        (90.2, "bare Li"), (98.1, "tellurium-boride interlayer (TBX)")}


def test_arms_a_cell_the_comparison_names_in_passing_shares_the_sentence_s_test_conditions(rows):
    """"… retained 91% after 300 cycles at 2 C, compared to 44% for the Li||LMO cell": the cell named only here is
    the paper's own control, tested under the same conditions as the design it is compared with."""
    found = rows([(RESULTS, "A cerium-sulfide interphase (CSI) is formed on lithium."),
                  (RESULTS, "The CSI-Li||LMO cell retained 91% after 300 cycles at 2 C, compared to 44% for the "
                            "Li||LMO cell.")])
    assert {(prop, v) for prop, v, label in found if label == "Li||LMO"} == {
        ("CapacityRetention", 44.0), ("CycleNumber", 300.0), ("CRate", 2.0)}


@pytest.mark.parametrize("versus", ["versus", "vs.", "compared with"])
def test_arms_a_figure_set_against_in_brackets_after_a_condition_is_the_other_arm_s(rows, versus):
    """"… ran for 1800 h at 1 mA cm−2 (versus 140 h for bare Li)": the bracket sets 140 h against the design's
    lifespan for bare Li; it is no aside said of the current density right before it."""
    found = rows([(RESULTS, "We design a tungsten-boride scaffold (TBS) for lithium metal."),
                  (RESULTS, f"The TBS-Li symmetric cell ran for 1800 h at 1 mA cm−2 ({versus} 140 h for bare Li).")])
    assert {(v, label) for prop, v, label in found if prop == "Lifespan"} == {
        (1800.0, "tungsten-boride scaffold (TBS)"), (140.0, "bare Li")}


@pytest.mark.parametrize("multiple", ["about three times", "twice", "nearly 2.5-fold"])
def test_arms_plain_lithium_foil_a_figure_is_a_multiple_of_is_the_control(rows, multiple):
    """"… reached 2.4 mA cm−2, about three times that of Li foil (0.8 mA cm−2)": the plain foil a figure is a
    multiple of is the paper's control, and the bracketed figure is its own."""
    found = rows([(RESULTS, "A lithium-scandium alloy (LSC) anode is made by melting."),
                  (RESULTS, f"The critical current density of LSC reached 2.4 mA cm−2, {multiple} that of Li foil "
                            "(0.8 mA cm−2).")])
    assert {(v, label) for prop, v, label in found if prop == "CriticalCurrentDensity"} == {
        (2.4, "lithium-scandium alloy (LSC) anode"), (0.8, "Li foil")}


@pytest.mark.parametrize("reported", ["reported for", "previously achieved with", "recently demonstrated by"])
def test_arms_a_figure_reported_for_another_s_design_is_never_the_paper_s(rows, reported):
    """"… reached 99.3%, exceeding the 97.9% reported for a boron-doped carbon host[7]": the second figure is the
    cited design's, named right after the words that report it."""
    found = rows([(RESULTS, "We design a molybdenum-selenide interlayer (MSI) for lithium metal."),
                  (RESULTS, f"The MSI-Li||Cu cell reached an average CE of 99.3%, exceeding the 97.9% {reported} a "
                            "boron-doped carbon host[7].")])
    assert {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"} == {
        (99.3, "molybdenum-selenide interlayer (MSI)"), (97.9, "boron-doped carbon host")}


def test_arms_a_bare_electrode_cell_is_named_by_its_bare_electrode(rows):
    """"…, whereas the bare Cu||NCM622 cell retained only 28%": a paper with no other control names it by the
    electrode under test as the sentence calls it ("bare Cu"), not by the whole stack."""
    found = rows([(RESULTS, "A zirconium-nitride interlayer (ZNI) on copper enables anode-free cells."),
                  (RESULTS, "The anode-free ZNI-Cu||NCM622 cell retained 70% of its capacity after 120 cycles, "
                            "whereas the bare Cu||NCM622 cell retained only 28%.")])
    assert {(prop, v) for prop, v, label in found if label == "bare Cu"} == {
        ("CapacityRetention", 28.0), ("CycleNumber", 120.0)}


def test_arms_a_figure_reported_for_a_cited_thing_the_paper_never_names_again_is_the_cited_work_s(rows):
    """"… ran for 1500 h, well beyond the 650 h achieved with a tin-oxide coating[9]": the words that report the
    second figure close on a marker, so it is that work's even where what it names is no arm of the paper."""
    found = rows([(RESULTS, "We design a lithium-gallium alloy host (LGH) for lithium metal."),
                  (RESULTS, "The LGH anode ran for 1500 h, well beyond the 650 h achieved with a tin-oxide "
                            "coating[9].")])
    assert {(v, label) for prop, v, label in found if prop == "Lifespan"} == {
        (1500.0, "lithium-gallium alloy host (LGH)"), (650.0, "tin-oxide coating")}


@pytest.mark.parametrize("opening", ["Under the same conditions, ", "Under identical testing conditions, ",
                                     "In contrast, under the same conditions, ", "By contrast, "])
def test_arms_a_result_under_the_same_conditions_takes_the_sentence_before_s_conditions(rows, opening):
    """"… at 2 mA cm−2 and 2 mAh cm−2. Under the same conditions, bare Li shorted after 90 h": the control ran at
    the design's test conditions (as it did where "By contrast" sets it against the design's result); a condition
    the sentence states itself stays its own."""
    found = rows([(RESULTS, "A yttrium-phosphide coating (YPC) on lithium is compared with bare Li."),
                  (RESULTS, "The YPC-Li symmetric cell cycled for 1200 h at 2 mA cm−2 and 2 mAh cm−2. "
                            f"{opening}the bare Li cell short-circuited after 90 h.")])
    assert {(prop, v) for prop, v, label in found if label == "bare Li"} == {
        ("Lifespan", 90.0), ("CurrentDensity", 2.0), ("ArealCapacity", 2.0)}
    found = rows([(RESULTS, "A yttrium-phosphide coating (YPC) on lithium is compared with bare Li."),
                  (RESULTS, "The YPC-Li symmetric cell cycled for 1200 h at 2 mA cm−2 and 2 mAh cm−2. "
                            "The bare Li cell short-circuited after 90 h at 1 mA cm−2.")])
    assert {(prop, v) for prop, v, label in found if label == "bare Li"} == {("Lifespan", 90.0), ("CurrentDensity", 1.0)}



def test_arms_a_figure_said_to_be_run_under_the_same_current_measures_what_the_sentence_before_measured(rows):
    """"… were 14 and 30 mV for A and B. Bare Ni foil needed 71 mV under the same current.": a bare voltage said to be
    run as the sentence before was measures what that sentence measured, at its conditions."""
    found = rows([(RESULTS, "A cobalt-seeded graphite felt (CGF) and a plain graphite felt (PGF) were made."),
                  (RESULTS, "The nucleation overpotentials at 0.4 mA cm−2 were 14 and 30 mV for CGF and PGF, "
                            "respectively. Bare Ni foil needed 71 mV under the same current.")])
    assert {(p, v) for p, v, label in found if label == "Bare Ni foil"} == {("Overpotential", 71.0), ("CurrentDensity", 0.4)}


def test_arms_the_next_sentence_giving_the_same_measure_for_other_arms_ran_the_same_test(rows):
    """"At 1 mA cm−2 and 1 mAh cm−2, A keeps a CE of 99.0%. B reaches 97.5%, and bare Cu drops below 92%.": the
    same measure for the other arms is the same test, run as stated; a sentence with another measure is not."""
    found = rows([(RESULTS, "We compare a hafnium-boride host (HBH) with a zirconium-boride host (ZBH) and bare Cu."),
                  (RESULTS, "At 1 mA cm−2 and 1 mAh cm−2, HBH keeps a Coulombic efficiency of 99.0%. ZBH reaches 97.5%, "
                            "and bare Cu drops below 92% within 60 cycles.")],
                 title="Hafnium-boride hosts for lithium metal anodes")
    conditions = {(p, label) for p, v, label in found if p in ("CurrentDensity", "ArealCapacity")}
    assert conditions == {(p, label) for p in ("CurrentDensity", "ArealCapacity")
                          for label in ("hafnium-boride host (HBH)", "zirconium-boride host (ZBH)", "bare Cu")}
    found = rows([(RESULTS, "We compare a hafnium-boride host (HBH) with a zirconium-boride host (ZBH) and bare Cu."),
                  (RESULTS, "At 1 mA cm−2, HBH keeps a Coulombic efficiency of 99.0%. The ZBH host is 40 μm thick.")],
                 title="Hafnium-boride hosts for lithium metal anodes")
    assert {label for p, v, label in found if p == "CurrentDensity"} == {"hafnium-boride host (HBH)"}

@pytest.mark.parametrize("opening", ["After adding the plasticizer", "Upon the addition of 5 wt% fluoroborate",
                                     "After coating"])
def test_arms_a_change_the_sentence_opens_on_the_paper_s_step_keeps_only_the_after_for_the_design(rows, opening):
    """"After adding the plasticizer, the ionic conductivity of GQE increased from 0.07 to 0.52 mS cm−1": the step
    the paper took opens the sentence, so 0.07 is the state before it, no figure of the design."""
    found = rows([(RESULTS, "A gallium-quinone electrolyte (GQE) is cast from solution."),
                  (RESULTS, f"{opening}, the ionic conductivity of GQE increased from 0.07 to 0.52 mS cm−1.")])
    assert {(v, label) for prop, v, label in found if prop == "IonicConductivity"} == {
        (0.52, "gallium-quinone electrolyte (GQE)")}


def test_arms_a_change_in_a_sentence_opened_on_the_control_starts_from_the_control(rows):
    """"Compared with bare Li, the X electrode showed an overpotential that decreased from 52 to 19 mV": the
    sentence sets the design against bare Li, so the before is bare Li's; a figure that changed over cycling
    ("… decreased from 151 to 139 mAh g−1 after 400 cycles") stays the design's, before and after."""
    paragraphs = [(RESULTS, "A cobalt-selenide layer (CSL) is formed on lithium and compared with bare Li."),
                  (RESULTS, "Compared with bare Li, the CSL-Li electrode showed an overpotential that decreased from "
                            "52 to 19 mV."),
                  (RESULTS, "Compared with bare Li, the CSL-Li||LFP cell showed a capacity that decreased only from "
                            "151 to 139 mAh g−1 after 400 cycles.")]
    found = rows(paragraphs)
    assert {(v, label) for prop, v, label in found if prop == "Overpotential"} == {
        (52.0, "bare Li"), (19.0, "cobalt-selenide layer (CSL)")}
    assert {(v, label) for prop, v, label in found if prop == "SpecificCapacity"} == {
        (151.0, "cobalt-selenide layer (CSL)"), (139.0, "cobalt-selenide layer (CSL)")}


@pytest.mark.parametrize("called", ["its undoped counterpart", "the control sample", "its counterpart"])
def test_arms_the_control_called_by_what_it_is_to_the_design(rows, called):
    found = rows([(RESULTS, "A sulfur-doped carbon foam (SCF) was compared with an undoped carbon foam."),
                  (RESULTS, f"The SCF kept a Coulombic efficiency of 98.9% for 400 cycles, while {called} fell to 92.4%.")])
    assert {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"} == {
        (98.9, "sulfur-doped carbon foam (SCF)"), (92.4, "undoped carbon foam")}


def test_arms_its_counterpart_named_by_its_material_is_the_control(rows):
    """"… whereas its PE counterpart shrinks by 38%": a counterpart is the control, whatever word names its material,
    though the design is made of that material too."""
    found = rows([(("Abstract",), "Boehmite platelets cast on polyethylene (BP/PE) give a separator that survives heat "
                                  "and wets well; cells live longer than with the bare separator."),
                  (RESULTS, "Boehmite platelets were cast on one side of a polyethylene (PE) separator. The modified "
                            "separator takes up 150% of electrolyte, while the pristine PE separator takes up 60%. After "
                            "30 min at 140 °C, the modified separator shrinks by 4%, whereas its PE counterpart shrinks "
                            "by 38%.")])
    shrunk = {v: label for prop, v, label in found if prop == "ThermalShrinkage"}
    assert shrunk[4.0] == "BP/PE" and shrunk[38.0] == {v: label for prop, v, label in found if prop == "ElectrolyteUptake"}[
        60.0] != "BP/PE", found


def test_arms_the_pristine_one_is_the_thing_the_passage_named_pristine(rows):
    """The control is no arm of the paper's (named once, with nothing to show it was tested): "the pristine one" is
    the "pristine Cu foil" the sentence before named, not a structure called "pristine one"."""
    found = rows([(RESULTS, "The indium-plated Cu foil (IPC) and a pristine Cu foil were cycled in half cells. The "
                            "nucleation overpotential of IPC is 11 mV, far below the 63 mV of the pristine one.")],
                 title="Indium-plated copper foil for lithium plating")
    assert {(v, label) for p, v, label in found} == {(11.0, "indium-plated Cu foil (IPC)"), (63.0, "pristine Cu foil")}


def test_arms_each_cited_figure_beside_the_design_s_goes_to_its_own_work(rows):
    """"… exceeds Cu nanowires (97.5%, 200 cycles)[25] and graphene foam (98.1%)[26]": each figure is the work
    its marker cites, named by what the sentence calls it there."""
    found = rows([(RESULTS, "We report a zinc-coated copper mesh (ZCM) host."),
                  (RESULTS, "The ZCM host kept a Coulombic efficiency of 99.0% over 600 cycles, which exceeds those of "
                            "Cu nanowires (97.5%, 200 cycles)[25] and graphene foam (98.1%, 300 cycles).[26]")])
    assert {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"} == {
        (99.0, "zinc-coated copper mesh (ZCM) host"), (97.5, "Cu nanowires"), (98.1, "graphene foam")}


def test_arms_an_introduction_sentence_citing_two_works_gives_each_its_figures(rows):
    found = rows([(INTRO, "Cu nanowire hosts delivered a Coulombic efficiency of 97% for 200 cycles,[4] and graphene "
                          "foams reached 98.5% for 300 cycles.[5]"),
                  (RESULTS, "Our zinc-coated copper mesh (ZCM) host kept a CE of 99.0% over 600 cycles.")])
    assert {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"} == {
        (97.0, "Cu nanowire hosts"), (98.5, "graphene foams"), (99.0, "zinc-coated copper mesh (ZCM) host")}


def test_arms_a_marker_right_after_a_cited_name_is_that_work_s_for_the_figures_of_its_clause(rows):
    """"the earlier WBX scaffold [11] lasted 900 h at 2 mA cm−2, and a porous TiN mat reached 98.4% [12]": the marker
    set after the first work's name cites it for its clause's figures, named by the words before the marker; the
    marker after the second figure is the second work's."""
    found = rows([(INTRO, "The earlier WBX scaffold [11] lasted 900 h at 2 mA cm−2, and a porous titanium nitride mat "
                          "reached a Coulombic efficiency of 98.4% [12]."),
                  (RESULTS, "Our zinc-coated copper mesh (ZCM) host kept a CE of 99.0% over 600 cycles.")])
    assert {(p, v, label) for p, v, label in found if label != "zinc-coated copper mesh (ZCM) host"} == {
        ("Lifespan", 900.0, "earlier WBX scaffold"), ("CurrentDensity", 2.0, "earlier WBX scaffold"),
        ("CoulombicEfficiency", 98.4, "porous titanium nitride mat")}


def test_arms_a_design_and_its_absence_named_as_the_thing_without_it(rows):
    """"the MXene aerogel without silver" is the arm that lacks silver; "the MTA host" and "the MTA electrode" are
    one design."""
    found = rows([(RESULTS, "We make a MXene–tin aerogel (MTA) host."),
                  (RESULTS, "A CE of 99.1% was achieved by the MTA host, while only 94.3% was obtained for the MXene "
                            "aerogel without tin."),
                  (RESULTS, "Symmetric cells of the MXene aerogel without tin failed after 400 h."),
                  (RESULTS, "The MTA electrode has a surface area of 186 m2 g−1.")])
    labels = {(prop, v): label for prop, v, label in found}
    assert labels[("CoulombicEfficiency", 99.1)] == labels[("SpecificSurfaceArea", 186.0)]
    assert "MTA" in labels[("CoulombicEfficiency", 99.1)]
    assert labels[("CoulombicEfficiency", 94.3)] == labels[("Lifespan", 400.0)] == "MXene aerogel without tin"


def test_arms_a_commercial_separator_by_its_trade_name_is_the_control(rows):
    """"pristine Celgard 2400", then "Celgard 2400 shrank by 45%" and "with Celgard 2400 the CE dropped": the control."""
    found = rows([(RESULTS, "A titania-coated Celgard separator (TCS) had an ionic conductivity of 0.92 mS cm−1, higher "
                            "than the 0.54 mS cm−1 of pristine Celgard 2400."),
                  (RESULTS, "After heating, the TCS shrank by less than 5%, while Celgard 2400 shrank by 45%."),
                  (RESULTS, "Li||Cu cells with the TCS delivered a CE of 98.2%; with Celgard 2400 the CE dropped below 90%.")])
    control = {(prop, v) for prop, v, label in found if label in ("Celgard 2400", "pristine Celgard 2400")}
    assert control == {("IonicConductivity", 0.54), ("ThermalShrinkage", 45.0), ("CoulombicEfficiency", 90.0)}


def test_arms_a_brand_before_a_head_noun_and_then_alone_is_one_control(arms, rows):
    """"the Hexlon separator", then "the cell with Hexlon" and "whereas Hexlon takes up 95%": a brand no lexicon
    lists, one arm whichever way it is written, and the control."""
    paragraphs = [(RESULTS, "Herein, a boron nitride coated polyethylene separator (BN@PE) is reported."),
                  (RESULTS, "The porosity of BN@PE reached 64%, compared with 39% for the Hexlon separator."),
                  (RESULTS, "In contrast, the cell with Hexlon failed after 150 cycles."),
                  (RESULTS, "BN@PE takes up 280% of the liquid electrolyte, whereas Hexlon takes up 95%.")]
    controls = [a for a in arms(paragraphs).arms.values() if a.role == Role.CONTROL]
    assert len(controls) == 1 and {"Hexlon", "Hexlon separator"} <= set(controls[0].aliases)
    assert {(p, v) for p, v, label in rows(paragraphs) if label == controls[0].label} == {
        ("Porosity", 39.0), ("CycleNumber", 150.0), ("ElectrolyteUptake", 95.0)}


def test_arms_a_capitalized_common_word_before_a_head_noun_is_no_brand(arms):
    """"(b) Cathode coating" in a caption beside "the cathode" in the text: a word, not a brand."""
    paragraphs = [(RESULTS, "Herein, a boron nitride coated polyethylene separator (BN@PE) is reported."),
                  (RESULTS, "Figure 2. (a) SEM image of BN@PE, (b) Cathode coating after cycling.", "caption"),
                  (RESULTS, "The cathode was coated with carbon black and BN@PE kept 91% for 200 cycles.")]
    assert [a.label for a in arms(paragraphs).arms.values() if "Cathode" in a.label] == []


def test_arms_an_uptake_said_with_a_verb_of_what_is_taken_up(rows):
    """"X took up 250% of electrolyte, against 90% for Y": a verb says the property, and the electrolyte it
    names is what the uptake is of, not a thing the second figure could be said of instead of Y."""
    found = rows([(RESULTS, "An aramid nanofibre separator (ANS) was compared with a glass fibre separator (GFS)."),
                  (RESULTS, "The ANS took up 250% of electrolyte, against 90% for the GFS.")])
    assert {(p, v, label.split()[-1]) for p, v, label in found} == {
        ("ElectrolyteUptake", 250.0, "(ANS)"), ("ElectrolyteUptake", 90.0, "(GFS)")}


def test_arms_a_product_named_by_trade_name_and_model_number_is_the_control(arms, rows):
    """A brand no lexicon lists ("Hexlon 710"), set against the design in every way a paper does it: "39% for
    the Hexlon 710 separator", "cells with A and Hexlon 710 separators … respectively", "the cell with
    Hexlon 710", "Hexlon 710 takes up 95%"; its model number is no figure, and its figures are its own."""
    paragraphs = [(RESULTS, "Herein, a boron nitride coated polyethylene separator (BN@PE) is reported."),
                  (RESULTS, "The porosity of BN@PE reached 64%, compared with 39% for the Hexlon 710 separator."),
                  (RESULTS, "Cells with BN@PE and Hexlon 710 separators lasted 900 and 240 h, respectively."),
                  (RESULTS, "In contrast, the cell with Hexlon 710 failed after 150 cycles."),
                  (RESULTS, "BN@PE takes up 280% of the liquid electrolyte, whereas Hexlon 710 takes up 95%.")]
    roles = {a.label: a.role for a in arms(paragraphs).arms.values()}
    assert roles.get("Hexlon 710") == Role.CONTROL
    assert {(p, v) for p, v, label in rows(paragraphs) if label == "Hexlon 710"} == {
        ("Porosity", 39.0), ("Lifespan", 240.0), ("CycleNumber", 150.0), ("ElectrolyteUptake", 95.0)}


def test_arms_a_product_with_a_letter_model_and_one_named_in_brackets_after_its_description(arms, rows):
    """"Ostrel QF/B" (a model of letters) in a list of three, and "the commercial polyethylene separator (Varnex
    3100)": the description and the bracketed product are one control."""
    paragraphs = [(RESULTS, "Here, a zinc-sputtered aramid membrane (ZAM) serves as the separator."),
                  (RESULTS, "The commercial polyethylene separator (Varnex 3100) took up 85% of electrolyte, "
                            "against 240% for ZAM."),
                  (RESULTS, "The ionic conductivities of ZAM, Ostrel QF/B and Varnex 3100 were 1.3, 0.9 and 0.4 "
                            "mS cm−1, respectively.")]
    controls = {a.label: a.aliases for a in arms(paragraphs).arms.values() if a.role == Role.CONTROL}
    assert set(controls) == {"Ostrel QF/B", "Varnex 3100"}
    assert "commercial polyethylene separator" in controls["Varnex 3100"]
    assert {(p, v, label) for p, v, label in rows(paragraphs) if label in controls} == {
        ("ElectrolyteUptake", 85.0, "Varnex 3100"), ("IonicConductivity", 0.9, "Ostrel QF/B"),
        ("IonicConductivity", 0.4, "Varnex 3100")}


def test_arms_a_capitalized_word_and_a_number_that_is_a_figure_or_a_reference_is_no_trade_name(arms):
    """"After 200 cycles", "Table 2", "In 2021": a capital and a number, but no product."""
    paragraphs = [(RESULTS, "Herein, a boron nitride coated polyethylene separator (BN@PE) is reported."),
                  (RESULTS, "After 200 cycles, BN@PE kept 91% of its capacity (Table 2), as in 2021 studies.")]
    labels = [a.label for a in arms(paragraphs).arms.values()]
    assert len(labels) == 1 and "BN@PE" in labels[0]


def test_arms_a_design_built_on_a_control_named_with_its_control_word_is_the_design(arms):
    """"a pristine nickel mesh with tin nanosheets (Sn@NM)": "pristine" is the base's word, Sn@NM is the design."""
    model = arms([(RESULTS, "Herein, we coat a pristine nickel mesh with tin nanosheets (Sn@NM) to host lithium."),
                  (RESULTS, "The Sn@NM host delivered a Coulombic efficiency of 98.9% for 300 cycles.")])
    assert [a.role for a in model.arms.values() if "Sn@NM" in a.aliases] == [Role.DESIGN]
    assert "Sn@NM" in model.arms[model.main].aliases


def test_arms_a_bare_metal_compared_by_its_figure_is_the_control(arms, rows):
    """"fell from 51 mV on Ni foil to 12 mV on Sn@NM", "compared with 44 mV for Li@Ni" (lithium on nickel): the
    plain metal set against the design is the control, and its figures are its own."""
    paragraphs = [(RESULTS, "We grow tin nanosheets on a nickel mesh (Sn@NM) to host lithium."),
                  (RESULTS, "The nucleation overpotential fell from 51 mV on Ni foil to 12 mV on Sn@NM."),
                  (RESULTS, "Sn@NM symmetric cells ran for 900 h with a hysteresis of 15 mV, compared with 44 mV "
                            "for Li@Ni.")]
    model = arms(paragraphs)
    assert {a.label: a.role for a in model.arms.values()}.get("Ni foil") == Role.CONTROL
    found = {(v, label) for p, v, label in rows(paragraphs) if p in ("Overpotential", "VoltageHysteresis")}
    assert found == {(51.0, "Ni foil"), (44.0, "Ni foil"), (12.0, "Sn@NM"), (15.0, "Sn@NM")}


def test_arms_a_defined_short_form_with_any_name_of_a_thin_layer_is_its_one_arm(arms, rows):
    """"a … polyacrylate layer (PLP)", then "the PLP coating" and "the PLP film": one arm, not two."""
    paragraphs = [(RESULTS, "Here we spread a lithium phosphate-filled polyacrylate layer (PLP) on the lithium foil."),
                  (RESULTS, "The PLP coating was 800 nm thick."),
                  (RESULTS, "The PLP film showed a Young's modulus of 3.1 GPa."),
                  (RESULTS, "PLP-protected Li cells cycled for 700 h, far longer than bare Li cells (150 h).")]
    model = arms(paragraphs)
    labels = [a.label for a in model.arms.values() if {"PLP coating", "PLP film"} & set(a.aliases)]
    assert len(labels) == 1 and labels[0].endswith("polyacrylate layer (PLP)")
    found = {(p, v): label for p, v, label in rows(paragraphs)}
    assert found[("Thickness", 800.0)] == found[("YoungsModulus", 3.1)] == found[("Lifespan", 700.0)] == labels[0]


def test_arms_a_bare_metal_whose_figure_comes_before_the_design_s_in_a_comparison_is_the_control(arms, rows):
    """"on Ti foil was 52 mV, compared with 19 mV on TNT": the first figure is the bare metal's, set against the design's."""
    paragraphs = [(RESULTS, "We sputter a titanium nitride film on titanium foil (TNT) to host lithium."),
                  (RESULTS, "The plating overpotential on Ti foil was 52 mV, compared with 19 mV on TNT.")]
    controls = [a.label for a in arms(paragraphs).arms.values() if a.role == Role.CONTROL and "Ti foil" in a.aliases]
    assert len(controls) == 1
    assert {(v, label) for p, v, label in rows(paragraphs)} == {
        (52.0, controls[0]), (19.0, "titanium nitride film on titanium foil (TNT)")}


@pytest.mark.parametrize("form", ["Ni foam", "Ni mesh"])
def test_arms_a_bare_metal_foam_or_mesh_compared_with_the_design_is_the_control(arms, form):
    paragraphs = [(RESULTS, "We grow cobalt phosphide nanosheets on a nickel scaffold (CPN) to host lithium."),
                  (RESULTS, f"Half cells with CPN kept a Coulombic efficiency of 98.8%, compared with 92.0% for {form}.")]
    assert {a.label: a.role for a in arms(paragraphs).arms.values()}.get(form) == Role.CONTROL


def test_arms_plain_lithium_named_as_a_cell_or_listed_beside_the_design_is_the_control(arms, rows):
    """"the TAS and Li foil symmetric cells", "the lithium foil cell failed after 70 h": plain lithium, in either
    spelling, is the control arm then, though "Li foil" alone names nothing."""
    paragraphs = [(RESULTS, "Here we report a tin-antimony alloy scaffold (TAS) for lithium."),
                  (RESULTS, "The TAS and Li foil symmetric cells were cycled at 5 mA cm−2."),
                  (RESULTS, "The TAS cell ran for 600 h, while the lithium foil cell failed after 70 h.")]
    controls = [a for a in arms(paragraphs).arms.values() if a.role == Role.CONTROL]
    assert len(controls) == 1 and {"Li foil", "lithium foil"} <= set(controls[0].aliases)
    assert ("Lifespan", 70.0, controls[0].label) in rows(paragraphs)


def test_arms_lithium_foil_in_a_recipe_is_no_arm(arms):
    paragraphs = [(RESULTS, "Here we report a tin-antimony alloy scaffold (TAS) for lithium."),
                  (METHODS, "Lithium foil (450 μm) was pressed onto the TAS at 80 °C.")]
    assert [a.label for a in arms(paragraphs).arms.values() if a.role == Role.CONTROL] == []


@pytest.mark.parametrize("called", ["the new host", "our host", "the proposed host"])
def test_arms_the_design_said_as_the_paper_s_own_by_a_head_noun_only_it_has(rows, called):
    """"the new host" after a sentence on the bare felt is the design; the bare felt is no host."""
    found = rows([(RESULTS, "We design a gold-seeded carbon felt (Au-CF) host, compared with bare carbon felt."),
                  (RESULTS, "The bare carbon felt showed a nucleation overpotential of 38 mV."),
                  (RESULTS, f"Owing to the gold seeds, {called} enabled a Coulombic efficiency of 99.0% for 500 cycles.")])
    ce = {label for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert len(ce) == 1 and "carbon felt" in next(iter(ce)) and "bare" not in next(iter(ce))


def test_arms_what_the_linker_reads_as_the_design_stays_in_view(rows):
    """"… the new host enabled a CE of 99.0%. Its areal capacity reached 10 mAh cm−2": the next sentence speaks of
    the design the sentence before named as "the new host"; "the plated Li layer" is the deposit, no design."""
    found = rows([(RESULTS, "We design a gold-seeded carbon felt (Au-CF) host, compared with bare carbon felt."),
                  (RESULTS, "The bare carbon felt showed a nucleation overpotential of 38 mV."),
                  (RESULTS, "Owing to the gold seeds, the new host enabled a Coulombic efficiency of 99.0% for 500 cycles. "
                            "Its areal capacity reached 10 mAh cm−2 without dendrites."),
                  (RESULTS, "The bare carbon felt kept 95.1% for 100 cycles. EDS mapping of the plated Li layer was "
                            "taken. Its thickness was 20 μm.")])
    labels = {(prop, v): label for prop, v, label in found}
    assert labels[("ArealCapacity", 10.0)] == labels[("CoulombicEfficiency", 99.0)] != "bare carbon felt"
    assert labels[("Thickness", 20000.0)] == "bare carbon felt"


def test_arms_figures_labelled_by_name_and_colon_follow_their_labels(rows):
    """"(ZnO@CNF: 98.9%; CNF: 95.2%; Cu: 88.0%)": each figure is its label's; Cu is no arm, so its figure no one's."""
    found = rows([(RESULTS, "We report a ZnO-decorated carbon nanofiber (ZnO@CNF) host compared with bare CNF."),
                  (RESULTS, "The average CEs over 300 cycles were compared (ZnO@CNF: 98.9%; CNF: 95.2%; Cu: 88.0%).")])
    ce = {v: label for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert set(ce) == {98.9, 95.2} and "ZnO@CNF" in ce[98.9] and ce[95.2] == "bare CNF"


def test_arms_bare_sodium_is_the_control_of_a_sodium_anode_paper(rows):
    found = rows([(RESULTS, "A fluoride-rich layer protects sodium (FLS) from dendrites."),
                  (RESULTS, "FLS symmetric cells cycled for 1600 h at 1 mA cm−2, whereas bare Na cells failed after 120 h.")])
    assert ("Lifespan", 120.0, "bare Na") in found


def test_arms_in_comparison_to_compares_like_compared_with(rows):
    found = rows([(RESULTS, "A silver-decorated nanofiber separator (SNS) was compared with a Celgard separator."),
                  (RESULTS, "SNS showed a higher electrolyte uptake in comparison to the Celgard separator "
                            "(410% vs. 112%).")])
    assert {(v, label) for prop, v, label in found if prop == "ElectrolyteUptake"} == {
        (410.0, "silver-decorated nanofiber separator (SNS)"), (112.0, "Celgard separator")}


def test_arms_a_figure_said_of_the_material_a_control_is_made_of(rows):
    """"from 0.32 for Celgard to 0.61 for SNS": the first figure is the Celgard separator's."""
    found = rows([(RESULTS, "A silver-decorated nanofiber separator (SNS) was compared with a Celgard separator."),
                  (RESULTS, "The Li+ transference number increased from 0.32 for Celgard to 0.61 for SNS.")])
    assert {(v, label) for prop, v, label in found if prop == "LithiumTransferenceNumber"} == {
        (0.32, "Celgard separator"), (0.61, "silver-decorated nanofiber separator (SNS)")}


def test_arms_an_electrolyte_free_of_an_additive_is_the_arm_without_it(rows):
    """"the CsNO3-free electrolyte" lacks CsNO3: it is the "without CsNO3" arm, never the CsNO3 electrolyte."""
    found = rows([(RESULTS, "Cesium nitrate (CsNO3) was added to the carbonate electrolyte."),
                  (RESULTS, "The CsNO3 electrolyte gave an average CE of 98.1%, whereas the CsNO3-free electrolyte gave "
                            "only 90.5%."),
                  (RESULTS, "The cell without CsNO3 failed after 300 h.")])
    ce = {v: label for prop, v, label in found if prop in ("CoulombicEfficiency", "Lifespan")}
    assert ce[90.5] == ce[300.0] != ce[98.1]


def test_arms_one_design_is_one_structure_whatever_the_spelling(arms):
    model = arms([(RESULTS, "A carbon nanofiber (CNF) host was loaded with silver. The CNF host and the carbon "
                            "nanofiber host are the same. The twisted CNF host still cycled for 200 cycles.")])
    design = [a for a in model.arms.values() if a.own]
    assert len(design) == 1 and design[0].label == "carbon nanofiber (CNF) host"


@pytest.mark.parametrize("name", ["Fig. S3b–d", "Autolab PGSTAT302N potentiostat", "DME", "LiTFSI",
                                  "LiFePO4 cathode", "rich Li2O", "Li metal anode", "separator", "SEI",
                                  "Li/Li+", "the lithium", "a lean electrolyte", "flooded electrolyte"])
def test_arms_what_never_is_a_structure(name):
    assert not can_name_structure(name, {})


@pytest.mark.parametrize("name", ["bare Cu foil", "LiNO3 additive", "Li3N-coated Li foil", "3D Cu foam host",
                                  "PVDF-HFP membrane", "cathode coating", "Cell B"])
def test_arms_what_can_be_a_structure(name):
    assert can_name_structure(name, {})


def test_arms_names_are_keyed_by_what_they_are_made_of():
    glossary = {"CNF": "carbon nanofiber", "PP": "polypropylene"}
    assert name_key("the carbon nanofiber host", glossary) == name_key("CNF host", glossary)
    assert name_key("polypropylene (PP) separator", glossary) == name_key("PP separator", glossary)
    assert name_key("BN separator", {}) != name_key("BN-carbon separator", {})
    # a series' one-letter labels are codes: "ZGE-P" is no ZGE with phosphorus; "PL-Li" is the defined PL on lithium
    series = {"ZGE-W": "ZrO2 nanowire gel", "ZGE-P": "ZrO2 nanoparticle gel", "PL": "polymer layer", "PL-Li": "PL on Li"}
    assert name_key("ZGE-P", series) == "ZGE-P"
    assert name_key("PL-Li", series) == "PL"
    # an element written as a word is its symbol: a boron-doped alloy is made of boron, not merely "doped"
    assert name_key("Boron-doped tin foils", {}) == name_key("the B-doped Sn foil", {})


def test_arms_a_contrast_without_a_count_of_its_own_is_compared_at_the_same_cycle_count(rows):
    found = rows([(RESULTS, "A tin-coated Cu foil (TCu) was compared with bare Cu."),
                  (RESULTS, "The TCu cell retained 80% after 150 cycles, whereas the bare Cu cell retained only 42%."),
                  (RESULTS, "The TCu cell kept 99% for 300 cycles, while bare Cu kept 90% for 60 cycles.")])
    cycles = {(v, label) for prop, v, label in found if prop == "CycleNumber"}
    assert cycles == {(150.0, "tin-coated Cu foil (TCu)"), (150.0, "bare Cu"), (300.0, "tin-coated Cu foil (TCu)"),
                      (60.0, "bare Cu")}


def test_arms_a_cell_written_as_its_stack_names_the_layers_it_tests():
    from pipeline.linking.names import stack_names
    assert [n.text for n in stack_names("Li|Au-LLZO|Li cells and Li || PXC || Cu cells")] == ["Au-LLZO", "PXC"]
    assert [n.text for n in stack_names("Li|LPSC | Ag-LPSC | SUS half-cells")] == ["LPSC | Ag-LPSC"]
    assert stack_names("Li||Cu and Li|NCM811 cells") == []
    assert stack_names("Li||Cu-type and Li|Li-like cells") == []       # the kind of cell the stack stands for


def test_arms_a_composition_series_names_each_member():
    names = series_names("The conductivities of Li1+xAlxTi2-x(PO4)3 (x = 0, 0.3 and 0.5) were measured.")
    assert [n.text for n in names] == ["LiTi2(PO4)3", "Li1.3Al0.3Ti1.7(PO4)3", "Li1.5Al0.5Ti1.5(PO4)3"]


def test_arms_series_figures_pair_with_its_members_in_the_next_sentence_too(rows):
    found = rows([(RESULTS, "The Na3-xLixZr2Si2PO12 (x = 0, 0.1, 0.2) ceramics were sintered."),
                  (RESULTS, "The conductivities of Na3-xLixZr2Si2PO12 (x = 0, 0.1, 0.2) were 0.5, 0.8 and "
                            "1.1 mS cm−1, respectively. Their activation energies were 0.35, 0.31 and 0.28 eV.")])
    assert {(prop, v, label) for prop, v, label in found} >= {
        ("IonicConductivity", 0.5, "Na3Zr2Si2PO12"), ("IonicConductivity", 1.1, "Na2.8Li0.2Zr2Si2PO12"),
        ("ActivationEnergy", 0.35, "Na3Zr2Si2PO12"), ("ActivationEnergy", 0.28, "Na2.8Li0.2Zr2Si2PO12")}


def test_arms_a_figure_of_a_series_by_its_formula_belongs_to_every_member(rows):
    found = rows([(METHODS, "Na3-xLixZr2Si2PO12 (x = 0, 0.1, 0.2) pellets were pressed and sintered."),
                  (RESULTS, "The conductivities of Na3-xLixZr2Si2PO12 (x = 0, 0.1, 0.2) were 0.5, 0.8 and "
                            "1.1 mS cm−1, respectively."),
                  (RESULTS, "The Na3-xLixZr2Si2PO12 pellets were 800 μm thick.")])
    thick = {label for prop, _, label in found if prop == "Thickness"}
    assert thick == {"Na3Zr2Si2PO12", "Na2.9Li0.1Zr2Si2PO12", "Na2.8Li0.2Zr2Si2PO12"}


def test_arms_a_build_made_of_a_series_is_each_member_s_build(rows):
    """"Li | LLZO | Na3-xLixZr2Si2PO12 cells at 60 °C": the stack holding the series formula is each member's
    stack (the one the paper names, else the member), not an arm of its own."""
    found = rows([(RESULTS, "The conductivities of Na3-xLixZr2Si2PO12 (x = 0, 0.1, 0.2) were 0.5, 0.8 and "
                            "1.1 mS cm−1, respectively."),
                  (RESULTS, "Cells with the LiPON | Na2.8Li0.2Zr2Si2PO12 bilayer kept 98.1% of their capacity."),
                  (RESULTS, "The LiPON | Na3-xLixZr2Si2PO12 bilayers were cycled at 60 °C.")])
    hot = {label for prop, _, label in found if prop == "Temperature"}
    assert hot == {"Na3Zr2Si2PO12", "Na2.9Li0.1Zr2Si2PO12", "LiPON | Na2.8Li0.2Zr2Si2PO12"}


def test_arms_a_results_sentence_citing_only_to_explain_keeps_its_figures(rows):
    found = rows([(RESULTS, "A titanium nitride coated Cu foil (TNC) host was made."),
                  (RESULTS, "The TNC cells were cycled at 1 mA cm−2."),
                  (RESULTS, "Two reduction peaks appeared at 2.31 and 2.05 V, assigned to polysulfide "
                            "conversion.[21]")])
    assert {(v, label) for prop, v, label in found if prop == "ElectrodePotential"} == {
        (2.31, "titanium nitride coated Cu foil (TNC) host"), (2.05, "titanium nitride coated Cu foil (TNC) host")}


def test_arms_an_introduction_figure_without_the_paper_s_voice_is_background(rows):
    found = rows([(INTRO, "Lithium has a low potential of −3.04 V and cells may run for 100 cycles."),
                  (RESULTS, "The cells with our gel layer (GL) cycled stably for 800 h.")])
    assert {(v, label) for _, v, label in found} == {(800.0, "gel layer (GL)")}


def test_arms_a_figure_stated_for_a_named_thing_that_is_no_arm_is_dropped(rows):
    found = rows([(RESULTS, "A tin fluoride coated Li (TFL) anode was prepared."),
                  (RESULTS, "The TFL cell ran for 500 h at 1 mA cm−2."),
                  (RESULTS, "For comparison, the reduction potential of Li3PO4 is 0.6 V.")])
    assert all(label.startswith("tin fluoride coated Li (TFL)") for _, _, label in found)
    assert 0.6 not in {v for _, v, _ in found}


def test_arms_a_topic_opened_with_for_takes_the_sentence_s_figures(rows):
    found = rows([(RESULTS, "A silica-coated separator (SCS) and a polyethylene (PE) separator were compared."),
                  (RESULTS, "For the SCS, silica particles cover the PE separator with a particle size of 80 nm.")])
    assert {(v, label.split("(")[-1]) for prop, v, label in found if prop == "ParticleSize"} == {(80.0, "SCS)")}


def test_arms_a_part_two_arms_share_goes_to_both(rows):
    found = rows([(RESULTS, "A boehmite–polymer composite-coated separator (BPS) and a boehmite–polymer composite–"
                            "graphite coated separator (BPGS) were made on polyethylene."),
                  (RESULTS, "The BPS and BPGS cells were cycled at 2 mA cm−2."),
                  (RESULTS, "The boehmite–polymer composite layer was 4 μm thick.")])
    assert {label.split("(")[-1] for _, v, label in found if v == 4000.0} == {"BPS)", "BPGS)"}


BIFACIAL = [(RESULTS, "Herein we coat one side of a polypropylene separator with TiO2 and the other with carbon to "
                      "make a TiO2-carbon separator."),
            (RESULTS, "Cells with a pristine separator, a TiO2 separator, a carbon separator and the TiO2-carbon "
                      "separator were cycled at 0.5 C."),
            (RESULTS, "The TiO2-carbon separator kept 85% of its capacity, higher than the carbon separator (70%) and "
                      "the TiO2 separator (61%).")]


def test_arms_parts_listed_together_are_parts_of_the_one_arm_that_holds_them_all(rows):
    """"the TiO2 layer and the carbon layer": the two layers of the bifacial separator, not the TiO2-only and
    carbon-only separators' layers."""
    found = rows([*BIFACIAL, (RESULTS, "The thicknesses of the TiO2 layer and the carbon layer were 5 and 8 μm, "
                                       "respectively.")])
    assert {(v, label) for prop, v, label in found if prop == "Thickness"} == {
        (5000.0, "TiO2-carbon separator"), (8000.0, "TiO2-carbon separator")}


def test_arms_a_part_in_a_clause_of_its_own_stays_every_holder_s(rows):
    found = rows([*BIFACIAL, (RESULTS, "The TiO2 layer was 5 μm thick, and the carbon layer was 8 μm thick.")])
    assert {(v, label) for prop, v, label in found if prop == "Thickness"} == {
        (5000.0, "TiO2-carbon separator"), (5000.0, "TiO2 separator"),
        (8000.0, "TiO2-carbon separator"), (8000.0, "carbon separator")}


def test_arms_an_elided_control_is_the_paper_s_control(rows):
    found = rows([(RESULTS, "A carbon-coated copper foil (CCF) and a pristine Cu foil were compared."),
                  (RESULTS, "Charge-transfer resistances were 42 and 18 Ω for the pristine and the CCF electrode, "
                            "respectively.")])
    assert {(v, label) for _, v, label in found} == {(42.0, "pristine Cu foil"),
                                                     (18.0, "carbon-coated copper foil (CCF)")}


def test_arms_a_salt_a_cell_is_made_with_is_an_arm_while_the_base_salt_is_not(rows):
    found = rows([(RESULTS, "The base electrolyte was 1 M LiPF6 in EC/DEC."),
                  (RESULTS, "Cells with CsPF6 cycled for 600 h, while cells without additives failed after 90 h.")])
    assert {(v, label) for _, v, label in found} == {(600.0, "CsPF6"), (90.0, "without additives")}


def test_arms_a_range_is_one_condition_not_a_list_to_pair(rows):
    found = rows([(RESULTS, "A lithiophilic gold seed layer (GSL) and a bare Cu foil were compared."),
                  (RESULTS, "The GSL and bare Cu foil cells were cycled for 100 cycles."),
                  (RESULTS, "Rate tests of each cell ranged from 1.0 mA cm−2 to 8.0 mA cm−2.")])
    assert {(v, label) for prop, v, label in found if prop == "CurrentDensity"} == {
        (1.0, "gold seed layer (GSL)"), (8.0, "gold seed layer (GSL)"),
        (1.0, "bare Cu foil"), (8.0, "bare Cu foil")}


def test_arms_an_acronym_after_with_is_no_arm_when_a_noun_follows(arms):
    model = arms([(RESULTS, "Impedance was measured with an AC amplitude of 10 mV from 100 kHz to 0.1 Hz."),
                  (RESULTS, "Cells with TTE showed a lifetime of 300 h.")])
    assert {a.label for a in model.arms.values() if a.own} >= {"TTE"}
    assert "AC" not in {a.label for a in model.arms.values()}


def test_arms_an_additive_paper_s_design_control_and_comparisons(rows):
    title = "Lithium difluorophosphate as a dual-function electrolyte additive for lithium metal anodes"
    found = rows([(INTRO, "Fluoroethylene carbonate (FEC) and lithium nitrate have been widely studied.[3,4]"),
                  (RESULTS, "Herein, we propose lithium difluorophosphate (LiDFP) as an additive."),
                  (RESULTS, "Li||Cu cells with 1 wt% LiDFP delivered an average Coulombic efficiency of 98.6% over "
                            "300 cycles at 0.5 mA cm−2, whereas the baseline electrolyte dropped below 90% after "
                            "80 cycles."),
                  (RESULTS, "The LiDFP-containing electrolyte gave an overpotential of 18 mV, compared with 45 mV "
                            "for the blank electrolyte."),
                  (RESULTS, "The ionic conductivities of the blank and LiDFP-containing electrolytes were 9.8 and "
                            "9.5 mS cm−1, respectively.")], title=title)
    design = {v for _, v, label in found if "LiDFP" in label}
    control = {v for _, v, label in found if "baseline" in label or "blank" in label}
    assert design == {98.6, 300.0, 0.5, 18.0, 9.5}
    assert control == {90.0, 80.0, 0.5, 45.0, 9.8}     # the baseline cells ran at the current density they are set against


def test_arms_a_host_paper_s_arms_in_brackets_stacks_and_respectively(rows):
    title = "A lithiophilic ZnO-decorated carbon cloth host for stable lithium metal anodes"
    found = rows([(RESULTS, "Herein, we report a ZnO-decorated carbon cloth (ZCC) as a 3D host for Li metal."),
                  (RESULTS, "The ZCC host exhibits a nucleation overpotential of 12 mV, much smaller than that of "
                            "pristine carbon cloth (CC, 46 mV) and Cu foil (83 mV)."),
                  (RESULTS, "At 1 mA cm−2, the Li@ZCC symmetric cell runs stably for over 1500 h, whereas the "
                            "Li@CC and bare Li cells short-circuit after 320 and 150 h, respectively.")], title=title)
    by_value = {v: label for prop, v, label in found if prop != "CurrentDensity"}
    assert by_value == {12.0: "ZnO-decorated carbon cloth (ZCC)", 46.0: "carbon cloth (CC)", 83.0: "Cu foil",
                        1500.0: "ZnO-decorated carbon cloth (ZCC)", 320.0: "carbon cloth (CC)", 150.0: "bare Li"}


@pytest.mark.parametrize("naming", ["We denote the quaternary-salt electrolyte QSE.",
                                    "We simply call this quaternary-salt electrolyte QSE throughout."])
def test_arms_the_paper_names_its_design_in_its_own_voice(rows, naming):
    """"We denote the X Y": Y is the paper's name for X, so "cells using Y and the conventional electrolyte" lists two
    arms for the two figures after it."""
    found = rows([(RESULTS, f"{naming} Li||Li cells using QSE and the conventional electrolyte ran for 700 h and 90 h.")],
                 title="A quaternary-salt electrolyte for lithium metal anodes")
    assert {(v, label) for p, v, label in found} == {(700.0, "quaternary-salt electrolyte (QSE)"),
                                                    (90.0, "conventional electrolyte")}


def test_arms_a_coating_paper_names_its_design_with_denoted_as(rows):
    title = "An ultrathin Li3N-LiF hybrid interphase enables dendrite-free lithium metal anodes"
    found = rows([(RESULTS, "In this work, an ultrathin Li3N-LiF hybrid layer was formed on Li foil by a gas "
                            "reaction (denoted as LNF-Li)."),
                  (RESULTS, "The LNF-Li anode shows a Young's modulus of 9.8 GPa."),
                  (RESULTS, "Symmetric LNF-Li cells cycle for 1000 h at 3 mA cm−2, while bare Li fails after 120 h."),
                  (RESULTS, "Paired with NCM811 cathodes, LNF-Li retains 85% of its capacity after 200 cycles, "
                            "versus 41% for bare Li.")], title=title)
    design = "ultrathin Li3N-LiF hybrid layer (LNF-Li)"
    assert {v for _, v, label in found if label == design} >= {9.8, 1000.0, 3.0, 85.0, 200.0}
    assert {v for _, v, label in found if label == "bare Li"} >= {120.0, 41.0}
    assert {label for _, _, label in found} == {design, "bare Li"}


def test_arms_own_arms_are_classed_in_the_paper_s_framing(paper, nlp):
    doc = paper([(RESULTS, "A boron nitride coated separator (BNS) was compared with a bare Cu foil collector."),
                 (RESULTS, "The BNS cell kept 99% Coulombic efficiency, while the bare Cu foil cell kept 91%.")],
                title="A boron nitride coated separator for stable lithium metal anodes")
    classes = {s.label: local_name(s.classification.subclass) for s in extract(doc, nlp).structures}
    assert set(classes.values()) == {"FunctionalSeparator"} and len(classes) == 2, classes


def test_arms_a_design_built_on_another_arm_is_classed_by_what_it_adds(paper, nlp):
    """"PDA-S/CF" is "S/CF" coated: the coating is what the paper tests, though its abstract names the
    felt's carbon at more length; the name says no kind (no "separator", "host") to decide by."""
    doc = paper([((), "We load sulfur into a carbon felt (S/CF) and coat it with polydopamine (PDA), which keeps "
                      "polysulfides inside the graphene-like carbon felt.", "abstract"),
                 (RESULTS, "The PDA coated S/CF (termed PDA-S/CF) was compared with S/CF."),
                 (RESULTS, "The PDA-S/CF cell kept 870 mAh g−1 after 200 cycles, whereas the S/CF cell kept 410 mAh g−1.")],
                title="Wrapping S/CF with a PDA skin for durable lithium-sulfur cells")
    classes = {s.label: local_name(s.classification.subclass) for s in extract(doc, nlp).structures}
    assert classes == {"PDA-S/CF": "ArtificialSEI", "S/CF": "ArtificialSEI"}, classes


@pytest.mark.parametrize("control", ["planar Cu foil", "unprotected Cu foil", "neat Cu foil"])
def test_arms_more_words_that_mark_a_control(rows, control):
    found = rows([(RESULTS, "A cobalt-seeded graphite felt (CGF) host was made."),
                  (RESULTS, f"The CGF host kept 98.1% Coulombic efficiency, while the {control} dropped to 71%.")])
    assert {(v, label) for _, v, label in found} == {(98.1, "cobalt-seeded graphite felt (CGF) host"), (71.0, control)}


def test_arms_a_short_form_that_writes_an_element_by_its_symbol_names_the_design(rows):
    """'gold-coated nickel foam (Au@NF)': the short form spells the gold by its symbol; the design is one
    arm under both names, and the control "without Au" keeps its own figure."""
    found = rows([(RESULTS, "Herein, we make a gold-coated nickel foam (Au@NF) host."),
                  (RESULTS, "The Au@NF host kept 98.8% Coulombic efficiency, whereas the foam without Au fell to 88%.")])
    assert {(v, label) for _, v, label in found} == {(98.8, "gold-coated nickel foam (Au@NF) host"),
                                                     (88.0, "without Au")}


def test_arms_a_cell_of_bare_electrodes_set_against_the_design_is_its_control(rows):
    """'compared with 47.0% for Li||NCM622': a cell written as two bare electrodes is the control of the
    metal under test, and the design's own cell ("PLS@Li||NCM622") names the design; the cathode
    formula is never a structure."""
    found = rows([(RESULTS, "Here we coat Li foil with a polysiloxane layer (PLS)."),
                  (RESULTS, "Without the coating, the bare Li foil shorted after 180 h."),
                  (RESULTS, "With a LiNi0.6Co0.2Mn0.2O2 (NCM622) cathode, the PLS@Li||NCM622 cell retained 88.2% "
                            "after 250 cycles, compared with 47.0% for Li||NCM622.")])
    retention = {(v, label) for p, v, label in found if p == "CapacityRetention"}
    assert retention == {(88.2, "polysiloxane layer (PLS)"), (47.0, "bare Li foil")}
    assert not any("NCM" in label or "LiNi" in label for _, _, label in found)


def test_arms_a_bare_electrode_cell_said_to_be_made_with_something_is_named_by_that(rows):
    found = rows([(RESULTS, "A porous aramid separator (PAS) was made; the pristine PE separator was kept as control."),
                  (RESULTS, "The PAS cell kept 97.4% Coulombic efficiency, higher than the Li||Cu cell with the "
                            "pristine PE separator (91.0%).")])
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (97.4, "porous aramid separator (PAS)"), (91.0, "pristine PE separator")}


def test_arms_the_material_a_control_is_made_of_written_alone_is_that_control(rows):
    """"PE" alone, once the paper has "the commercial PE separator" as its control."""
    found = rows([(RESULTS, "Herein, a boehmite-coated polyethylene separator (BC@PE) is developed."),
                  (RESULTS, "The BC@PE separator took up 190% electrolyte, more than the commercial PE separator (70%)."),
                  (RESULTS, "The thermal shrinkage of PE reached 52% at 140 °C, whereas BC@PE shrank by 4%.")])
    assert {(v, label) for p, v, label in found if p == "ThermalShrinkage"} == {
        (52.0, "commercial PE separator"), (4.0, "BC@PE")}


def test_arms_a_short_form_that_starts_with_a_dimension_names_the_design(rows):
    found = rows([(RESULTS, "Here we report a three-dimensional nickel skeleton (3DNS) host."),
                  (RESULTS, "The 3DNS kept a Coulombic efficiency of 98.4%, while the planar Ni foil fell to 80%.")])
    assert {(v, label) for _, v, label in found} == {(98.4, "three-dimensional nickel skeleton (3DNS) host"),
                                                     (80.0, "planar Ni foil")}


def test_arms_a_caption_panel_starts_a_new_clause(rows):
    found = rows([(RESULTS, "Here we report a three-dimensional nickel skeleton (3DNS) host."),
                  (RESULTS, "The planar Ni foil and the 3DNS were compared."),
                  (RESULTS, "(a) Coulombic efficiency of cells with the planar Ni foil and the 3DNS. (b) Voltage "
                            "profiles of the 3DNS at the 50th cycle.")])
    assert {label for p, _, label in found if p == "CycleNumber"} == {"three-dimensional nickel skeleton (3DNS) host"}


def test_arms_two_arms_each_with_its_head_noun_pair_with_two_figures(rows):
    found = rows([(RESULTS, "Here we fabricate a Na/rGO composite anode (NRA)."),
                  (RESULTS, "The NRA anode and the pure Na anode showed overpotentials of 31 and 140 mV, respectively.")])
    assert {(v, label) for _, v, label in found} == {(31.0, "Na/rGO composite anode (NRA)"), (140.0, "pure Na anode")}


def test_arms_with_a_and_with_b_is_a_pair_for_the_former_and_the_latter(rows):
    """"Cells with A and with B": the preposition said again does not end the list, so "the latter" is B."""
    found = rows([(RESULTS, "Symmetric cells with the CeF3-coated lithium (CFL) and with bare lithium were assembled. "
                            "The latter failed after 160 h, whereas the former ran for 1320 h.")],
                 title="A cerium-fluoride layer for lithium anodes")
    assert {(v, label) for p, v, label in found} == {(160.0, "bare lithium"), (1320.0, "CeF3-coated lithium (CFL)")}


def test_arms_former_latter_and_versus_pairs_follow_the_last_pair_of_arms(rows):
    found = rows([(RESULTS, "Here we fabricate a Na/rGO composite anode (NRA)."),
                  (RESULTS, "The NRA anode and the pure Na anode showed overpotentials of 31 and 140 mV, respectively."),
                  (RESULTS, "The latter short-circuited after 210 h, while the former cycled for 1500 h."),
                  (RESULTS, "Their nucleation overpotentials differed as well (12 mV vs. 58 mV).")])
    assert {(p, v, label) for p, v, label in found if v in (210.0, 1500.0, 12.0, 58.0)} == {
        ("Lifespan", 210.0, "pure Na anode"), ("Lifespan", 1500.0, "Na/rGO composite anode (NRA)"),
        ("Overpotential", 12.0, "Na/rGO composite anode (NRA)"), ("Overpotential", 58.0, "pure Na anode")}


def test_arms_a_count_at_one_end_of_a_list_of_three_takes_those_arms_and_the_former_the_one_left(rows):
    """"The latter two" points into a list of three arms: its figures pair with the last two in order, and "the
    former" beside it is the first; none of the three gets another's figure."""
    found = rows([(RESULTS, "Three electrolytes were made: a plain carbonate electrolyte (PCE), PCE with 2 wt% "
                            "yttrium triflate (YT-2) and PCE with 4 wt% yttrium triflate (YT-4)."),
                  (RESULTS, "Cells with PCE, YT-2 and YT-4 were cycled at 0.5 mA cm−2. The latter two kept 91% and "
                            "96% of their capacity, whereas the former kept only 47%.")])
    assert {(v, label) for p, v, label in found if p == "CapacityRetention"} == {
        (91.0, "yttrium triflate (YT-2)"), (96.0, "yttrium triflate (YT-4)"), (47.0, "plain carbonate electrolyte (PCE)")}


@pytest.mark.parametrize("compared", [
    "The cobalt-boride host was benchmarked against a plain nickel foam and a bare Cu foil.",
    "We compared the cobalt-boride host with a plain nickel foam and a bare Cu foil."])
def test_arms_what_a_comparison_sets_side_by_side_is_one_list_for_the_former_and_the_latter_two(rows, compared):
    """"A was benchmarked against B and C. The former …, whereas the latter two …": the comparison lists A with B
    and C, so "the former" is A, not the first of "B and C"."""
    found = rows([(RESULTS, f"{compared} The former is wetted by molten lithium within 5 s, whereas the latter two "
                            "stay dry for 60 s.")], title="A cobalt-boride host for lithium metal anodes")
    assert {(v, label) for p, v, label in found} == {
        (5.0, "cobalt-boride host"), (60.0, "plain nickel foam"), (60.0, "bare Cu foil")}


@pytest.mark.parametrize("compared", ["The PXQ-7 interlayer was compared with a tantalum-nitride interlayer.",
                                      "A cell with the PXQ-7 interlayer was compared with one with a tantalum-nitride "
                                      "interlayer."])
def test_arms_the_former_and_the_latter_of_a_passive_comparison(rows, compared):
    """"… was compared with one with a B interlayer": B is compared as much as after "compared with a"."""
    found = rows([(RESULTS, f"{compared} The former showed an interfacial resistance of 14 Ω, while the latter stayed "
                            "at 96 Ω.")],
                 title="A PXQ-7 interlayer for lithium metal anodes")
    assert {(v, label) for p, v, label in found} == {(14.0, "PXQ-7 interlayer"), (96.0, "tantalum-nitride interlayer")}


def test_arms_the_first_two_of_a_list_of_three(rows):
    found = rows([(RESULTS, "We compare a niobium-oxide film (NOF), a tantalum-oxide film (TOF) and bare Li."),
                  (RESULTS, "NOF-Li, TOF-Li and bare Li were cycled in symmetric cells. The first two lasted 900 and "
                            "700 h, respectively.")])
    assert {(v, label) for p, v, label in found if p == "Lifespan"} == {
        (900.0, "niobium-oxide film (NOF)"), (700.0, "tantalum-oxide film (TOF)")}


def test_arms_a_design_cell_written_with_a_slash_in_its_stack(rows):
    found = rows([(RESULTS, "Here we fabricate a Li/rGO composite anode (LRA)."),
                  (RESULTS, "The bare Li anode failed after 90 h."),
                  (RESULTS, "The Li/LRA||LFP cell had a capacity retention of 93%, whereas that of the Li||LFP cell "
                            "was 41%.")])
    assert {(v, label) for p, v, label in found if p == "CapacityRetention"} == {
        (93.0, "Li/rGO composite anode (LRA)"), (41.0, "bare Li anode")}


def test_arms_the_title_design_in_other_words_is_the_defined_design(arms, rows):
    """Title: "… sulfonated polymer coating"; text: "a sulfonated polymer film (SPF)": one design, not two."""
    paragraphs = [(RESULTS, "Herein we cover Li with a sulfonated polymer film (SPF)."),
                  (RESULTS, "As shown in Fig. S2a–c, the SPF-coated Li (SPF@Li) showed a low overpotential of 16 mV "
                            "at 1 mA cm−2."),
                  (RESULTS, "The interfacial resistance was 41 Ω."),
                  (RESULTS, "With 1 M LiPF6 in EC/DMC, conventional Li showed a Coulombic efficiency of 86%.")]
    title = "A sulfonated polymer coating for stable lithium metal anodes"
    model = arms(paragraphs, title=title)
    assert model.main == "own-spf"
    assert {label for _, _, label in rows(paragraphs, title=title)} == {"sulfonated polymer film (SPF)", "conventional Li"}


def test_arms_the_design_the_abstract_defines_is_main_when_the_title_names_its_effect(arms, rows):
    """Title: "… a nitride-rich interphase"; abstract: "the treated lithium (denoted NT-Li)": the paper's
    design is what it defines, and its figures do not split between it and a title phrase."""
    paragraphs = [(("Abstract",), "Lithium is soaked in a nitrate bath. The treated "
                                  "lithium (denoted NT-Li) cycles stably for 900 h at 2 mA cm−2.", "abstract"),
                  (RESULTS, "NT-Li kept an overpotential of 21 mV, against 64 mV for bare Li.")]
    title = "A nitride-rich interphase grown in a bath for long-lived lithium metal anodes"
    model = arms(paragraphs, title=title)
    assert model.arms[model.main].label == "treated lithium (NT-Li)"
    assert rows(paragraphs, title=title) == {
        ("Lifespan", 900.0, "treated lithium (NT-Li)"), ("CurrentDensity", 2.0, "treated lithium (NT-Li)"),
        ("Overpotential", 21.0, "treated lithium (NT-Li)"), ("Overpotential", 64.0, "bare Li")}


def test_arms_numbered_samples_of_a_series_are_arms_of_their_own(arms, rows):
    """"denoted TNF-2, TNF-4 and TNF-8": each sample keeps its figure; the family stays the main design."""
    paragraphs = [(RESULTS, "Herein, tin-coated Ni foams (TNF) plated for 2, 4 and 8 min are denoted TNF-2, TNF-4 "
                            "and TNF-8."),
                  (RESULTS, "The average Coulombic efficiencies of TNF-2, TNF-4 and TNF-8 were 97.3%, 98.8% and 96.5%, "
                            "respectively.")]
    title = "Tin-coated nickel foams for lithium metal anodes"
    model = arms(paragraphs, title=title)
    assert model.arms[model.main].label == "tin-coated Ni foams (TNF)"
    assert {(v, label) for _, v, label in rows(paragraphs, title=title)} == {
        (97.3, "TNF-2"), (98.8, "TNF-4"), (96.5, "TNF-8")}


def test_arms_plural_head_nouns_name_designs_and_controls(rows):
    found = rows([(RESULTS, "Herein, silver-plated Ni meshes (SNM) are made."),
                  (RESULTS, "The SNM kept 98.2% Coulombic efficiency, while bare Ni meshes gave 87%.")])
    assert {(v, label) for _, v, label in found} == {(98.2, "silver-plated Ni meshes (SNM)"), (87.0, "bare Ni meshes")}


def test_arms_the_design_called_by_what_was_done_to_it(rows):
    """"the modified Li anode", "the as-prepared electrode": the design; "the unprotected one": the control.
    A clause naming no arm does not take the arm of a later contrast clause."""
    found = rows([(RESULTS, "Herein, we cover Li with a polyimide film (PIF)."),
                  (RESULTS, "The modified Li anode cycled for 1400 h, while the bare Li anode failed after 150 h."),
                  (RESULTS, "Compared with bare Li, the protected Li showed a lower overpotential of 17 mV."),
                  (RESULTS, "The as-prepared electrode retained 91% capacity, in contrast to 57% for the unprotected one.")])
    assert {(v, label) for p, v, label in found if p != "CycleNumber"} == {
        (1400.0, "polyimide film (PIF)"), (150.0, "bare Li anode"), (17.0, "polyimide film (PIF)"),
        (91.0, "polyimide film (PIF)"), (57.0, "bare Li anode")}


def test_arms_one_control_however_its_electrode_is_worded(arms):
    model = arms([(RESULTS, "Herein, we cover Li with a polyimide film (PIF)."),
                  (RESULTS, "The bare Li anode failed after 150 h. The bare Li foil shorted at 3 mA cm−2."),
                  (RESULTS, "Compared with bare Li, the PIF showed a lower overpotential of 17 mV.")])
    assert [a.label for a in model.arms.values() if a.role == Role.CONTROL] == ["bare Li anode"]


def test_arms_a_plain_metal_is_one_arm_whatever_its_head_noun(arms):
    model = arms([(RESULTS, "Herein, we prepare a gold-seeded carbon cloth (Au@CC) host and a carbon cloth (CC) host."),
                  (RESULTS, "Average Coulombic efficiencies of 98.0%, 96.1% and 91.7% were obtained for the Au@CC, CC "
                            "and Ni electrodes, respectively."),
                  (RESULTS, "The nucleation overpotentials on Au@CC, CC and Ni foil were 3, 16 and 44 mV.")])
    assert len([a for a in model.arms.values() if "Ni" in a.label]) == 1


def test_arms_samples_labelled_with_a_letter_and_number(rows):
    found = rows([(RESULTS, "We compare three electrolytes: 1 M LiTFSI in DOL (S1), 1 M LiTFSI in DOL/DME (S2) and "
                            "2 M LiTFSI in DME (S3)."),
                  (RESULTS, "The average Coulombic efficiencies of S1, S2 and S3 were 96.0%, 97.7% and 98.3%, "
                            "respectively.")], title="Ether electrolytes for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == {
        (96.0, "1 M LiTFSI in DOL (S1)"), (97.7, "1 M LiTFSI in DOL/DME (S2)"), (98.3, "2 M LiTFSI in DME (S3)")}


def test_arms_a_figure_panel_in_brackets_is_no_sample_label(arms):
    model = arms([(RESULTS, "The Cu foam host kept 98% Coulombic efficiency (Figure S1)."),
                  (RESULTS, "The SEM image (S1) shows a smooth surface.")])
    assert not any("S1" in a.label for a in model.arms.values())


def test_arms_a_short_form_written_with_two_electrode_heads_is_one_design(arms, rows):
    """"sputtered zinc oxide on lithium (SZO-Li)" is made (something sits on lithium), and "the SZO-Li anode"
    and "the SZO-Li electrode" are that one design; figures named in brackets after them go to each arm."""
    paragraphs = [(("Abstract",), "We make sputtered zinc oxide on lithium (SZO-Li). The SZO-Li anode "
                                  "cycles for 900 h at 1 mA cm−2.", "abstract"),
                  (RESULTS, "The SZO-Li electrode lasted 900 h, far longer than bare Li (~200 h)."),
                  (RESULTS, "The average Coulombic efficiencies were 97.7% (SZO-Li) and 88.2% (bare Li)."),
                  (RESULTS, "The cell with the protective layer kept an overpotential of 25 mV.")]
    model = arms(paragraphs)
    assert model.arms[model.main].label.startswith("sputtered zinc oxide on lithium (SZO-Li)")
    found = {(p, v, label == model.arms[model.main].label) for p, v, label in rows(paragraphs)}
    assert {("Lifespan", 900.0, True), ("Lifespan", 200.0, False), ("CoulombicEfficiency", 97.7, True),
            ("CoulombicEfficiency", 88.2, False), ("Overpotential", 25.0, True)} <= found
    assert ("CoulombicEfficiency", 88.2, True) not in found


def test_arms_a_decorated_host_and_its_undecorated_part_are_both_arms(arms, rows):
    """"nickel foam decorated with MoS2 flakes (NF@MoS)": a decorated thing is a design; "the symmetric cell
    based on NF@MoS-Li" tests it, and "the NF-Li symmetric cell" tests the bare foam, an arm of its own."""
    paragraphs = [(("Abstract",), "Herein, nickel foam decorated with MoS2 flakes (NF@MoS) is proposed as a host.",
                   "abstract"),
                  (RESULTS, "Notably, the symmetric cell based on NF@MoS-Li keeps a hysteresis of 14 mV over 1800 h. "
                            "In sharp contrast, the hysteresis of the NF-Li symmetric cell rises to 88 mV after 250 h.")]
    title = "Molybdenum sulfide flakes for long-lived lithium metal anodes"
    model = arms(paragraphs, title=title)
    assert model.arms[model.main].label.startswith("nickel foam decorated with MoS2 flakes") or \
        model.arms[model.main].label.startswith("NF@MoS")
    found = rows(paragraphs, title=title)
    owner = {v: label for _, v, label in found}
    assert owner[14.0] == owner[1800.0] == model.arms[model.main].label
    assert owner[88.0] == owner[250.0] == "NF-Li"


def test_arms_a_separator_written_inside_a_lithium_sulfur_stack(arms, rows):
    """"S/C||MnO-PE||Li": the sulfur cathode and lithium end the stack, so the separator names the cell;
    "than that of the S/C||PE||Li cell" compares the plain separator, an arm of its own; and the one design
    the abstract speaks of is the paper's main one even where the title names it otherwise."""
    paragraphs = [(("Abstract",), "Li–S cells with MnO-PE keep 0.05% decay per cycle.", "abstract"),
                  (RESULTS, "The S/C||MnO-PE||Li cell delivers 1290 mAh g−1 at 0.2 C, much higher than that of the "
                            "S/C||PE||Li cell (874 mAh g−1).")]
    title = "Manganese oxide modified separators for lithium–sulfur batteries"
    model = arms(paragraphs, title=title)
    assert model.arms[model.main].label == "MnO-PE"
    owner = {v: label for _, v, label in rows(paragraphs, title=title)}
    assert owner[1290.0] == "MnO-PE" and owner[874.0] == "PE"


def test_arms_a_plain_lithium_foil_set_against_the_design_is_its_control(arms, rows):
    """"whereas the Li foil electrodes showed …": the plain foil is the control even though "Li foil" alone
    names nothing; "the Li-CNF anode" and "the Li-CNF electrodes" are one design beside "the CNF film"."""
    paragraphs = [(("Abstract",), "A lithium/carbon nanofibre composite anode (Li-CNF) is made from a CNF film.",
                   "abstract"),
                  (RESULTS, "The Li-CNF electrodes kept an overpotential of 35 mV, whereas the Li foil electrodes "
                            "showed 190 mV."),
                  (RESULTS, "The Li-CNF anode retained 118 mAh g−1 at 5 C, compared with 47 mAh g−1 for the Li foil.")]
    found = rows(paragraphs, title="Carbon nanofibre hosts for lithium")
    owner = {v: label for _, v, label in found}
    assert owner[35.0] == owner[118.0] != owner[190.0] == owner[47.0] == "Li foil"


def test_arms_a_plural_subject_that_names_no_arm_speaks_of_every_arm_in_view(rows):
    """"the as-made films have …" after a sentence that listed the arms: the figure is each of theirs."""
    found = rows([(RESULTS, "We coated copper foil with a zinc oxide film (ZOF) and with a tin oxide film (TOF)."),
                  (RESULTS, "The ZOF and TOF cells were compared with bare Cu cells."),
                  (RESULTS, "Electron microscopy showed that the as-made films have a thickness of about 80 nm.")])
    thick = {label for prop, value, label in found if prop == "Thickness" and value == 80}
    assert thick == {"zinc oxide film (ZOF)", "tin oxide film (TOF)"}


def test_arms_a_synthesis_subsection_of_the_results_reports_results(rows):
    """Journals head a results subsection "Synthesis and characterization of …": its qualities are read,
    as they are not under a methods heading."""
    text = "The synthesized powders of the garnet coating (GC) have particle sizes of 2 μm."
    under_results = rows([(("Results", "Synthesis and characterization of the coating"), text)])
    under_methods = rows([(("Methods", "Synthesis of the coating"), text)])
    assert ("ParticleSize", 2000.0, "garnet coating (GC)") in under_results
    assert not under_methods


SCREEN_TITLE = "Screening magnesium-containing coating materials for magnesium metal anodes"
SCREEN = [
    (RESULTS, "Herein we screen magnesium-containing coating materials for magnesium metal anodes."),
    (RESULTS, "We began with 512 magnesium-containing compounds taken from an open database."),
    (RESULTS, "The oxidation potentials of the selenides, bromides and phosphides were 4.1, 3.2 and 2.5 V, respectively."),
    (RESULTS, "The kept set held 40 selenides, 12 bromides and 75 phosphides."),
    (RESULTS, "After the stability filter, 96 candidates remained, most of them selenides and phosphides."),
]


def test_arms_a_count_that_ends_in_an_arm_counts_that_arm(rows):
    """"40 selenides, 12 bromides and 75 phosphides": each count names what it counts, so it is that arm's
    figure, not the figure of the name written after it."""
    counts = {(v, label) for p, v, label in rows(SCREEN, title=SCREEN_TITLE) if p == "CompoundCount"}
    assert {(40.0, "selenides"), (12.0, "bromides"), (75.0, "phosphides")} <= counts


def test_arms_a_count_of_compounds_that_names_no_arm_is_the_screens(rows):
    """"96 candidates remained, most of them selenides": how many compounds a screen kept is a figure of the
    screen (the paper's design), not of the arms the sentence goes on to name."""
    found = rows(SCREEN, title=SCREEN_TITLE)
    counts = {(v, label) for p, v, label in found if p == "CompoundCount" and v in (512.0, 96.0)}
    assert counts == {(512.0, "magnesium metal anodes"), (96.0, "magnesium metal anodes")}


def test_arms_a_count_of_compounds_named_by_an_arm_in_the_singular_counts_that_arm(rows):
    """"31 bromide compounds", "8 selenide and 20 phosphide compounds": the arm's noun in the singular, as a
    modifier of what is counted, says which arm the count is of."""
    paragraphs = [*SCREEN, (RESULTS, "Of these, 31 bromide compounds were stable against the metal."),
                  (RESULTS, "We then kept 8 selenide and 20 phosphide compounds for the cathode side.")]
    counts = {(v, label) for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if p == "CompoundCount"}
    assert {(31.0, "bromides"), (8.0, "selenides"), (20.0, "phosphides")} <= counts


def test_arms_a_category_the_screen_selects_compounds_as_is_an_arm(arms, rows):
    """"… were identified as promising positive-electrode coatings", "Separator coatings were selected …": a
    screen sorts its candidates into categories, and each category is an arm of the paper that takes the
    figures said of it, though no cell is made of it and nothing is compared with it by name."""
    paragraphs = [*SCREEN,
                  (RESULTS, "Twelve selenides were identified as promising separator coatings."),
                  (RESULTS, "Separator coatings were selected for a band gap wider than 3.5 eV."),
                  (RESULTS, "For separator coatings, the electronic conductivity stayed below 0.001 mS cm−1.")]
    model = arms(paragraphs, title=SCREEN_TITLE)
    screened = [a for a in model.arms.values() if a.label.lower().startswith("separator coating")]
    assert len(screened) == 1 and "screened" in screened[0].evidence
    owners = {label for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v in (3.5, 0.001)}
    assert owners == {screened[0].label}


def test_arms_a_count_of_the_candidates_for_one_electrode_is_that_side_s_arm(rows):
    """"40 candidates (25 anodic, 19 cathodic, …)", "the cathode (19 compounds)": a screen's total broken down
    by the electrode the candidates are for; each part goes to the arm named after that electrode (the one its
    criterion went to), the rest of the total to the screen."""
    paragraphs = [*SCREEN,
                  (RESULTS, "Anode coatings were selected for a reduction potential below 0.2 V."),
                  (RESULTS, "Cathode coatings were selected for an oxidation potential above 4.5 V."),
                  (RESULTS, "Out of 512 compounds, the screen kept 40 candidates (25 anodic, 19 cathodic, and 4 of them on both sides)."),
                  (RESULTS, "The screen kept 40 compounds for the anode (25 compounds) and cathode (19 compounds) coatings.")]
    found = rows(paragraphs, title=SCREEN_TITLE)
    owner = {v: label for p, v, label in found if v in (0.2, 4.5)}
    counts = {(v, label) for p, v, label in found if p == "CompoundCount" and v in (25.0, 19.0, 4.0)}
    assert owner[4.5] == "Cathode coatings" and owner[0.2] != owner[4.5]
    assert counts == {(25.0, owner[0.2]), (19.0, owner[4.5]), (4.0, "magnesium metal anodes")}


def test_arms_a_screen_s_selection_bound_in_its_methods_is_a_criterion_of_the_category(rows):
    """"For cathode coatings, compounds with an oxidation potential below 4.5 V were excluded": a methods
    section states a screen's criteria, which sort its candidates and are figures of the category they
    select; a methods sentence's figure that selects nothing (a recipe's temperature) stays out."""
    paragraphs = [(RESULTS, "Herein we screen magnesium-containing coating materials for magnesium metal anodes."),
                  (METHODS, "For cathode coatings, compounds with an oxidation potential lower than 4.5 V were excluded."),
                  (METHODS, "In addition, prospective cathode coatings had stability windows wider than 2.5 V."),
                  (METHODS, "The powder was annealed at a temperature higher than 600 °C."),
                  (RESULTS, "Twelve selenides were identified as promising cathode coatings."),
                  (RESULTS, "Cathode coatings were selected for a band gap wider than 3.5 eV.")]
    found = {(v, label) for p, v, label in rows(paragraphs, title=SCREEN_TITLE)}
    assert {(4.5, "cathode coatings"), (2.5, "cathode coatings")} <= found
    assert not any(v == 600.0 for v, _ in found)


def test_arms_the_zero_a_set_is_stable_at_is_its_figure_but_not_the_excepted_ones(rows):
    """"The selenides, except MgSe, were stable at 0 V": the zero a set of compounds is stable at is its
    reduction limit, a figure of the set (written "selenide compounds" too) and not of what the aside excepts;
    "not stable at 0 V" and "dropped to 0 V" state no figure."""
    paragraphs = [*SCREEN,
                  (RESULTS, "The oxidation potentials of MgSe and MgBr2 were 3.1 and 4.4 V, respectively."),
                  (RESULTS, "The selenides, except MgSe, were stable at 0 V."),
                  (RESULTS, "The bromide compounds likewise showed stability at 0 V."),
                  (RESULTS, "Although MgSe was not stable at 0 V, its reduction potential was 0.09 V."),
                  (RESULTS, "The phosphides kept a stable voltage until it dropped to 0 V.")]
    zeros = {label for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v == 0.0}
    assert zeros == {"selenides", "bromides"}


def test_arms_a_figure_of_a_class_of_a_family_goes_to_the_members_of_that_class(rows):
    """"All selenide and bromide binaries were stable at 0 V": a figure stated for the members of a family
    told by their anions is a figure of each such member the paper names (MgSe and MgBr2, both binary), not of
    a member of another class (Mg3P2) nor of a ternary (MgSeO3), nor of the family as a whole."""
    paragraphs = [*SCREEN,
                  (RESULTS, "The mean reduction potentials of the binaries and ternaries were 0.4 and 0.9 V, respectively."),
                  (RESULTS, "The oxidation potentials of MgSe, MgBr2, Mg3P2 and MgSeO3 were 3.1, 4.4, 1.2 and 3.9 V, "
                            "respectively."),
                  (RESULTS, "In our screen, the selenide and bromide binary compounds both showed stability at 0 V.")]
    zeros = {label for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v == 0.0}
    assert zeros == {"MgSe", "MgBr2"}


def test_arms_a_definite_count_takes_up_the_one_family_the_passage_is_about(rows):
    """"Figure 2 shows the phosphides. Among the 75 compounds, 21 are stable …": "the 75 compounds" are the
    phosphides the passage is about, and so are the 21; "these 96 compounds" after a sentence about several
    families are the screen's."""
    paragraphs = [*SCREEN,
                  (RESULTS, "Figure 2 shows the stability windows of the phosphides."),
                  (RESULTS, "Among the 75 compounds, 21 compounds are stable against the metal."),
                  (RESULTS, "The selenides, bromides and phosphides were then compared."),
                  (RESULTS, "We then computed the windows of these 96 compounds.")]
    counts = {(v, label) for p, v, label in rows(paragraphs, title=SCREEN_TITLE)
              if p == "CompoundCount" and v in (21.0, 96.0)}
    assert counts == {(21.0, "phosphides"), (96.0, "magnesium metal anodes")}


def test_arms_a_figure_that_qualifies_a_count_goes_where_the_count_went(rows):
    """"We kept 300 compounds that were stable (energy above hull below 35 meV/atom)": in a sentence that names
    no arm the figure says what the counted compounds are, so it is the screen's like the count, not the arm
    the sentence before was about."""
    paragraphs = [*SCREEN,
                  (RESULTS, "The bromides showed the widest stability windows."),
                  (RESULTS, "We then kept 300 compounds that were stable (energy above hull below 35 meV/atom).")]
    found = {(v, label) for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v in (300.0, 35.0)}
    assert found == {(300.0, "magnesium metal anodes"), (35.0, "magnesium metal anodes")}


def test_arms_a_plural_pronoun_refers_back_to_the_list_the_sentence_before_made_its_subject(rows):
    """"Bromides (squares) and phosphides (circles) showed a broad spread. Despite their lower potentials than the
    selenides, a few of them reached 4.6 V.": "their" is both of the listed families, not the first alone."""
    paragraphs = [*SCREEN,
                  (RESULTS, "Bromides (squares) and phosphides (circles) showed a broad spread of oxidation potentials. "
                            "Despite their lower oxidation potentials than the selenides, a few of them still served "
                            "at the positive electrode, at oxidation potentials up to 4.6 V.")]
    found = {label for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v == 4.6}
    assert found == {"bromides", "phosphides"}


def test_arms_each_category_takes_the_criteria_of_its_own_clause(rows):
    """"Compounds with a reduction potential below 0.2 V suit as anodic coating materials, and compounds
    showing windows of 3–4.5 V emerge as candidates for cathode coatings": ", and" before a new plural subject
    opens a clause of its own, and "anodic coating" names the arm of the "anode coatings"."""
    paragraphs = [*SCREEN,
                  (RESULTS, "Anode coatings were selected for a reduction potential below 0.2 V."),
                  (RESULTS, "Cathode coatings were selected for an oxidation potential above 4.5 V."),
                  (RESULTS, "Overall, compounds with a reduction potential below 0.25 V suit as anodic coating materials, "
                            "and compounds showing stability windows of 3.5–4.8 V emerge as candidates for cathode "
                            "coatings.")]
    found = rows(paragraphs, title=SCREEN_TITLE)
    owner = {v: label for p, v, label in found if v in (0.2, 4.5)}
    assert {(v, label) for p, v, label in found if v in (0.25, 3.5, 4.8)} == {
        (0.25, owner[0.2]), (3.5, owner[4.5]), (4.8, owner[4.5])}


def test_arms_a_zero_bounded_by_a_symbol_is_a_screen_s_criterion(rows):
    """"(band gap >0 eV)": a screen's filter written with a symbol is a figure even at zero; "slightly higher
    than 0 V" compares with a reference point and is none."""
    paragraphs = [*SCREEN,
                  (RESULTS, "We then kept 300 compounds (band gap >0 eV)."),
                  (RESULTS, "The reduction potential of the phosphides was 0.06 V, slightly higher than 0 V.")]
    zeros = {(p, label) for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v == 0.0}
    assert zeros == {("BandGap", "magnesium metal anodes")}


def test_arms_the_standard_of_a_closed_comparison_is_not_what_the_figure_is_of(rows):
    """"With lower potentials than the selenides, a few still …, up to 4.6 V": the selenides are what the
    others are measured against; the figure is of the arms the passage is about."""
    paragraphs = [*SCREEN, (RESULTS, "The bromides showed a broad spread of oxidation potentials."),
                  (RESULTS, "With lower oxidation potentials than the selenides, a few of them still served "
                            "at the positive electrode, at oxidation potentials up to 4.6 V.")]
    found = {(v, label) for p, v, label in rows(paragraphs, title=SCREEN_TITLE) if v == 4.6}
    assert found == {(4.6, "bromides")}


def test_arms_a_figure_a_test_was_set_to_is_a_condition_of_every_arm_in_view(rows):
    """"The plating capacity was set to 2 mAh cm−2": a capacity or voltage the experimenter chose for the
    test, not one a cell reached, so it goes to every arm tested, like a current density."""
    found = rows([
        (RESULTS, "Herein we coat copper foil with a thin zinc oxide layer (ZnO@Cu) to guide lithium plating."),
        (RESULTS, "The Coulombic efficiency of Li|Cu cells with ZnO@Cu and with bare Cu foil is compared in Figure 3. "
                  "The plating capacity was set to 2 mAh cm−2, and the stripping cut-off voltage was fixed at 0.5 V."),
    ], title="Zinc oxide coated copper for lithium plating")
    assert {(p, v, label) for p, v, label in found if v in (2.0, 0.5)} == {
        ("ArealCapacity", 2.0, "ZnO@Cu"), ("ArealCapacity", 2.0, "bare Cu foil"),
        ("ElectrodePotential", 0.5, "ZnO@Cu"), ("ElectrodePotential", 0.5, "bare Cu foil")}


def test_arms_a_core_level_peak_of_a_series_is_of_the_members_that_hold_the_element(rows):
    """"The Na 1s spectra of Li3-xNaxPS4 … peak at 1071.5 eV": the x = 0 member holds no sodium, so it has no
    Na 1s peak; the figure is of the other members."""
    paragraphs = [
        (RESULTS, "Herein we substitute sodium into a thiophosphate electrolyte, Li3-xNaxPS4 (x = 0, 0.1, 0.2), to "
                  "stabilise the lithium interface."),
        (RESULTS, "The ionic conductivities of Li3-xNaxPS4 (x = 0, 0.1, 0.2) were 0.2, 0.4 and 0.6 mS cm−1, respectively."),
        (RESULTS, "The Na 1s spectra of Li3-xNaxPS4 showed a single peak centered at 1071.5 eV."),
    ]
    found = rows(paragraphs, title="Sodium-substituted Li3PS4 electrolytes for lithium metal")
    assert {label for p, _, label in found if p == "PeakBindingEnergy"} == {"Li2.9Na0.1PS4", "Li2.8Na0.2PS4"}


def test_arms_an_introduction_sentence_that_goes_on_about_a_cited_work_gives_it_its_figures(paper, nlp):
    """"… was reported by another group.[4] The nanowire network … kept 98.5% over 200 cycles.": a sentence
    without a marker that refers back to the work just cited reports that work's figures; one that does not
    refer back ("Lithium metal offers …") stays the field's background."""
    ex = extract(paper([
        (INTRO, "Many hosts have been proposed to guide lithium plating. A three-dimensional copper nanowire network "
                "was reported as a current collector by another group.[4] The nanowire network lowered the local "
                "current density and kept a Coulombic efficiency of 98.5% over 200 cycles. Lithium metal offers a "
                "specific capacity of 3860 mA h g−1."),
        (RESULTS, "Herein we coat copper foil with a thin zinc oxide layer (ZnO@Cu) to guide lithium plating."),
        (RESULTS, "The ZnO@Cu kept a Coulombic efficiency of 99.1% over 300 cycles."),
    ], title="Zinc oxide coated copper for lithium plating"), nlp)
    found = {(local_name(m.property), m.value, m.citations) for m in ex.measurements}
    assert ("CoulombicEfficiency", 98.5, (4,)) in found
    assert not any(v == 3860.0 for _, v, _ in found)


def test_a_part_stands_for_the_members_of_a_series_made_of_it():
    """A part's arms may include a series folded into its members ("the polymer layer" → the build with
    the A1-xBx series → each member's build): a mention of the part stands for arms only, all the way down,
    each once, and a loop in the folds ends."""
    from pipeline.records import PaperArms
    arms = PaperArms(arms={}, main="", mentions=(), shared={
        "layer": ("series-build", "pellet", "other"),
        "series-build": ("x0-build", "x1-build", "pellet"),
        "loop-a": ("loop-b", "end"), "loop-b": ("loop-a",)})
    assert arms.expand("layer") == ("x0-build", "x1-build", "pellet", "other")
    assert arms.expand("pellet") == ("pellet",)
    assert arms.expand("loop-a") == ("end",)


def test_arms_a_versus_pair_after_a_fronted_comparison_gives_the_subject_the_first_figure(rows):
    """"Compared with B, A shows a lower X (a vs. b)": the figure of the arm compared with is the second, though
    the sentence names that arm first; "lower" says whose figure is the smaller."""
    found = rows([(RESULTS, "Herein we coat copper foil with a tin oxide film (TOF)."),
                  (RESULTS, "Li||Cu cells were built with the TOF electrode and the bare Cu electrode."),
                  (RESULTS, "Compared with the bare Cu electrode, the TOF electrode shows a lower hysteresis "
                            "(27 vs. 64 mV)."),
                  (RESULTS, "Relative to bare Cu, the TOF electrode shows a smaller overpotential (71 mV vs 33 mV).")])
    assert {(v, label) for p, v, label in found if p in ("VoltageHysteresis", "Overpotential")} == {
        (27.0, "tin oxide film (TOF) electrode"), (64.0, "bare Cu electrode"),
        (33.0, "tin oxide film (TOF) electrode"), (71.0, "bare Cu electrode")}


def test_arms_a_contrast_with_its_own_count_of_cycles_to_failure_keeps_it(rows):
    """"A kept 97% for 160 cycles, while B short-circuited after 45 cycles": B failed at its own count, so
    the 160 cycles are A's alone."""
    found = rows([(RESULTS, "Herein we coat copper foil with a tin oxide film (TOF)."),
                  (RESULTS, "Li||Cu cells were built with the TOF electrode and the bare Cu electrode."),
                  (RESULTS, "The TOF electrode kept a Coulombic efficiency of 97.3% for 160 cycles, while the bare Cu "
                            "electrode short-circuited after 45 cycles.")])
    assert {label for p, v, label in found if v == 160.0} == {"tin oxide film (TOF) electrode"}


def test_arms_a_contrast_without_a_condition_of_its_own_was_run_at_the_first_clause_condition(rows):
    """"A retained 88% after 300 cycles at 2 C, whereas B retained only 47%": B was cycled at 2 C too; a
    contrast that states its own rate ("… whereas B retained 47% at 0.2 C") keeps it."""
    found = rows([(RESULTS, "Herein we coat copper foil with a tin oxide film (TOF)."),
                  (RESULTS, "Full cells were built with the TOF electrode and the bare Cu electrode."),
                  (RESULTS, "The full cell with the TOF electrode retained 88.4% of its capacity at 2 C, whereas the "
                            "full cell with the bare Cu electrode retained only 47.2%."),
                  (RESULTS, "The full cell with the TOF electrode delivered 131 mAh g−1 at 3 C, while the full cell "
                            "with the bare Cu electrode delivered 62 mAh g−1 at 0.3 C.")])
    assert {(v, label) for p, v, label in found if p == "CRate"} == {
        (2.0, "tin oxide film (TOF) electrode"), (2.0, "bare Cu electrode"),
        (3.0, "tin oxide film (TOF) electrode"), (0.3, "bare Cu electrode")}


def test_arms_a_bare_electrode_cell_after_by_comparison_is_the_control(rows):
    """"…; by comparison, the Li||LFP cell kept only 51%": a cell of bare electrodes set against the design by
    "by / in comparison" is the control, like one after "compared with"."""
    found = rows([(RESULTS, "Here we fabricate a Li/boron nitride composite anode (LBA)."),
                  (RESULTS, "The bare Li anode failed after 70 h."),
                  (RESULTS, "The Li/LBA||LFP cell had a capacity retention of 89% after 300 cycles; by comparison, the "
                            "Li||LFP cell kept only 51%.")])
    assert {(v, label) for p, v, label in found if p == "CapacityRetention"} == {
        (89.0, "Li/boron nitride composite anode (LBA)"), (51.0, "bare Li anode")}


def test_arms_a_bare_electrode_cell_beside_a_layer_between_electrodes_is_that_layers_cell(rows):
    """"… the Li|QPE|Li cell cycles for 900 h, and the Li||LiFePO4 cell keeps 90.4%": the design sits between the
    electrodes of its symmetric cell, in no electrode's place, so the cell of bare electrodes beside it is the
    design's full cell, not a control made of them."""
    found = rows([(("Abstract",), "A quasi-solid polymer electrolyte (QPE) is made by curing a crosslinker in the cell. "
                                  "The Li|QPE|Li cell cycles for 900 h, and the Li||LiFePO4 cell keeps 90.4% of its "
                                  "capacity after 400 cycles.")],
                 title="A quasi-solid polymer electrolyte for lithium metal batteries")
    assert {label for p, v, label in found if v in (900.0, 90.4, 400.0)} == {"quasi-solid polymer electrolyte (QPE)"}


def test_arms_a_series_of_one_letter_labels_under_a_title_of_one_shape(arms):
    """Title "Zirconia nanowires …"; "(ZGE-W)" and "(ZGE-P)" label a series by its filler's shape: the one the abstract
    names and defines is the main design. "ZGE-P" is one code (its P no phosphorus), and the nanoparticles it spells
    out are not the title's nanowires though both are zirconia."""
    model = arms([((), "We add ZrO2 nanowires to a gel and obtain a composite electrolyte (ZGE-W) that conducts "
                       "lithium ions well.", "abstract"),
                  (METHODS, "Gels were made with 5 wt% ZrO2 nanowires (ZGE-W) or 5 wt% ZrO2 nanoparticles (ZGE-P); "
                            "the filler-free gel is denoted BG."),
                  (RESULTS, "The ionic conductivity of ZGE-W is 0.52 mS cm−1, higher than that of ZGE-P (0.31 mS cm−1) "
                            "and that of BG (0.12 mS cm−1)."),
                  (RESULTS, "In Li|ZGE-W|Li cells, the polarization is 28 mV, and the Li|ZGE-P|Li cell lasts 400 h.")],
                 title="Zirconia nanowires as fillers for gel electrolytes")
    assert model.arms[model.main].label.endswith("(ZGE-W)")
    assert "title" not in model.arms["own-zge-p"].evidence


def test_arms_lithium_held_in_a_bare_host_is_no_control_made_of_lithium(rows):
    """"ZFM@Li" (lithium plated into the bare foam) names the foam's control, not a lithium one: the "Li||S cell" set
    against the design's cell is still the bare lithium's."""
    found = rows([(RESULTS, "Here we grow zinc fluoride needles on copper foam (ZF/CM) as a host."),
                  (RESULTS, "Lithium was plated into ZF/CM and bare CM to give ZF/CM@Li and CM@Li."),
                  (RESULTS, "The CE of bare CM drops to 81% after 60 cycles, and bare Li fails after 150 h."),
                  (RESULTS, "The ZF/CM@Li||S cell retains 811 mA h g−1 after 100 cycles, whereas the Li||S cell "
                            "retains only 455 mA h g−1.")])
    assert {(v, label) for p, v, label in found if p == "SpecificCapacity"} == {
        (811.0, "ZF/CM@Li"), (455.0, "bare Li")}


def test_arms_a_condition_of_the_paper_s_arm_is_not_a_cited_work_s(rows):
    """"A shows 16 mV at 5 mA cm−2, lower than reported hosts such as B (35 mV) [25]": the cited work's
    figure was measured under its own conditions, which the sentence does not state."""
    found = rows([(RESULTS, "Here we fabricate a Li/boron nitride composite anode (LBA)."),
                  (RESULTS, "The LBA anode also exhibits a low hysteresis of 17 mV at 4 mA cm−2, which is lower than "
                            "reported hosts such as nickel foam (38 mV)[25] and carbon paper (44 mV).[26]")])
    assert {(p, v, label) for p, v, label in found if p == "CurrentDensity"} == {
        ("CurrentDensity", 4.0, "Li/boron nitride composite anode (LBA)")}


def test_arms_a_methods_sentence_that_reports_a_cited_work_states_its_figures(paper, nlp):
    """"The 0.25 V limit followed an earlier study of Li2SiO3 coatings [9], … despite a reduction potential of
    +0.21 V": what the methods section says a cited work found is that work's figure; the limit this paper chose,
    said before it turns to the work, stays out as a step of its method."""
    paragraphs = [*SCREEN,
                  (METHODS, "The limit of 0.25 V followed an earlier study of Li2SiO3 coatings, which were found stable "
                            "on lithium despite a reduction potential of +0.21 V [9].")]
    ex = extract(paper(paragraphs, SCREEN_TITLE), nlp)
    cites = {s.key: s.citations for s in ex.structures}
    assert {(m.value, cites[m.structure]) for m in ex.measurements if m.value in (0.25, 0.21)} == {(0.21, (9,))}


# formula short forms: every formula and short form below is made up for these tests or a textbook one
@pytest.mark.parametrize(("short", "formula"), [
    ("LAGP", "Li1.5Al0.5Ge1.5(PO4)3"),          # a capital for each two-letter symbol, the phosphate's O unwritten
    ("LSnPS", "Li10SnP2S12"),                   # "Sn" whole among capitals
    ("LLTO", "Li0.33La0.557TiO3"),
    ("NZSP", "Na3Zr2Si2PO12"),
    ("LYC", "Li3YCl6"),
    ("LiPON", "Li2.9PO3.3N0.46"),               # every symbol whole: four elements are no plain compound
    ("LPSBr", "Li6PS5Br"),                       # "Br" whole after single capitals
])
def test_arms_a_short_form_of_a_formula_is_its_element_symbols(short, formula):
    assert abbreviates_formula(short, formula)


@pytest.mark.parametrize(("short", "formula"), [
    ("LAPG", "Li1.5Al0.5Ge1.5(PO4)3"),          # the same letters in another order
    ("LGPS", "Li4GeS4"),                         # looks alike, another compound
    ("LSnPSe", "Li10SnP2S12"),                   # one letter too many
    ("CuO", "Cu2O"),                             # a formula of its own, not the other oxide
    ("LiPS", "Li7PS6"),                          # a polysulfide's name, three elements written whole
    ("NOTE", "Nb2O5"),                           # a word in capitals
    ("LT", "Li2Ti"),                             # two letters fit too much
    ("ZTO", "ZnTiO"),                            # no stoichiometry to drop
])
def test_arms_a_short_form_that_only_looks_like_a_formula_is_not_its_name(short, formula):
    assert not abbreviates_formula(short, formula)


def test_arms_formula_short_forms_tie_only_the_one_formula_of_the_paper_they_fit():
    texts = ["The Na3Zr2Si2PO12 pellet was coated with Li2.9PO3.3N0.46.",
             "NOTE: the NZSP pellet and the LiPON film were annealed in AR grade argon, see FIG 2.",
             "Both Na2SiO3 and Na4SiO4 were tested; NSO cracked."]      # NSO fits both: left alone
    assert formula_short_forms(texts, set()) == {"NZSP": "Na3Zr2Si2PO12", "LiPON": "Li2.9PO3.3N0.46"}
    assert formula_short_forms(texts, {"NZSP"}) == {"LiPON": "Li2.9PO3.3N0.46"}     # the paper defined it otherwise
    assert formula_short_forms(texts[1:2], set()) == {}          # the formula must be written in the same paper


def test_arms_an_undefined_formula_short_form_is_the_arm_of_that_formula(arms, rows):
    paragraphs = [
        (RESULTS, "Herein we place a Li1.5Al0.5Ge1.5(PO4)3 membrane between the lithium anode and the cathode."),
        (RESULTS, "Cells with the Li1.5Al0.5Ge1.5(PO4)3 membrane cycled for 800 h, whereas bare Li failed after 90 h."),
        (RESULTS, "The LAGP membrane cell kept 95% of its capacity, far more than the bare Li cell (61%)."),
        (RESULTS, "Figure 3. Capacity of the LAGP membrane and bare Li cells.", "caption"),
    ]
    model = arms(paragraphs)
    owners = [a for a in model.arms.values() if {"LAGP membrane", "Li1.5Al0.5Ge1.5(PO4)3 membrane"} & set(a.aliases)]
    assert len(owners) == 1
    assert {"LAGP membrane", "Li1.5Al0.5Ge1.5(PO4)3 membrane"} <= set(owners[0].aliases)
    found = rows(paragraphs)
    assert len({label for _, v, label in found if v in (95.0, 800.0)}) == 1


def test_arms_a_defined_short_form_keeps_its_definition_over_the_formula_it_spells(arms):
    paragraphs = [
        (RESULTS, "A Li6PS5Br pellet and a Li6PS5Br0.3I0.7 (LPSBr) pellet were pressed."),
        (RESULTS, "The LPSBr pellet showed an ionic conductivity of 3.1 mS cm−1, the Li6PS5Br pellet 1.2 mS cm−1."),
    ]
    model = arms(paragraphs)
    assert model.glossary["LPSBr"] == "Li6PS5Br0.3I0.7"
    assert not any({"LPSBr pellet", "Li6PS5Br pellet"} <= set(a.aliases) for a in model.arms.values())


def test_arms_a_methods_test_condition_is_the_tested_design_s_not_the_thing_being_made(rows):
    """"The cells were cycled at 2.5 mA cm−2" under a methods heading conditions the design the paper tested (and
    the control it compared with in the same symmetric cells); the pellet the passage just pressed is what was being
    made, not a design tested under it; a drying temperature and a dew point there are no test conditions at all."""
    found = rows([(RESULTS, "A fluorinated borate interlayer (FBI) protects the sodium anode and was compared with "
                            "bare Na in symmetric cells."),
                  (RESULTS, "The FBI cells kept a Coulombic efficiency of 99.3%, higher than bare Na cells."),
                  (METHODS, "A NASICON solid electrolyte pellet (NSP) was pressed at 250 MPa and dried at 90 °C for 6 h."),
                  (METHODS, "The symmetric cells were then cycled at 2.5 mA cm−2 at 35 °C in a dry room with a dew "
                            "point below −50 °C.")])
    conditions = {(prop, v, label) for prop, v, label in found if prop in ("CurrentDensity", "Temperature")}
    assert conditions == {("CurrentDensity", 2.5, "fluorinated borate interlayer (FBI)"),
                          ("Temperature", 35.0, "fluorinated borate interlayer (FBI)"),
                          ("CurrentDensity", 2.5, "bare Na"), ("Temperature", 35.0, "bare Na")}


def test_arms_a_demonstrative_points_back_to_the_arm_last_named_so(rows):
    """"This cloth host" is the host named two sentences back, not the foil the sentence before spoke of."""
    found = rows([(RESULTS, "We compare a carbon cloth host (CCH) with a bare copper foil."),
                  (RESULTS, "The bare copper foil short-circuited after 80 h."),
                  (RESULTS, "This cloth host kept an overpotential of 18 mV.")])
    assert {(v, label) for _, v, label in found} == {(80.0, "bare copper foil"), (18.0, "carbon cloth host (CCH)")}


@pytest.mark.parametrize("said", [
    "We coat a cobalt foam with tin-phosphide dots by vapour deposition. Molten lithium then soaks the foam within "
    "seconds, and symmetric cells with the foam cycle for 1400 h.",
    "A cobalt foam was coated with tin-phosphide dots by vapour deposition. Molten lithium then soaks the foam within "
    "seconds, and symmetric cells with the foam cycle for 1400 h.",
    "We coat a cobalt foam with tin-phosphide dots by vapour deposition. The foam then soaks up molten lithium, and "
    "its symmetric cells cycle for 1400 h."])
def test_arms_the_thing_the_paper_treated_named_again_is_the_treated_product(rows, said):
    """"We coat a cobalt foam with X. … the foam …": after a verb of treating (or "… was coated with"), "the foam" is
    the coated design, not the plain foam the control is, though both share the head noun; "a plain cobalt foam"
    stays the control."""
    paragraphs = [(RESULTS, said),
                  (RESULTS, "A plain cobalt foam was used as the control; its symmetric cells failed after 170 h.")]
    found = rows(paragraphs, title="Tin-phosphide-dotted cobalt foam hosts for lithium metal")
    assert {(v, label) for _, v, label in found} == {(1400.0, "Tin-phosphide-dotted cobalt foam hosts"),
                                                     (170.0, "plain cobalt foam")}


def test_arms_the_thing_named_again_without_a_treatment_before_is_not_the_design(rows):
    """Only a treating verb makes "the foam" the product: a foam the paper merely uses stays what it was named."""
    paragraphs = [(RESULTS, "We also test a plain cobalt foam as a control host. Molten lithium then soaks the foam "
                            "slowly, and symmetric cells with the foam fail after 170 h.")]
    found = rows(paragraphs, title="Tin-phosphide-dotted cobalt foam hosts for lithium metal")
    assert {(v, label) for _, v, label in found} == {(170.0, "plain cobalt foam")}


def test_arms_a_change_through_a_list_gives_each_member_of_the_series_its_figure(rows):
    """"… named QX-400, QX-600 and QX-800. Their sulfur contents drop from 7.3 to 4.6 and 1.2 wt%": a change written
    through as many figures as the series has members is one figure per member, in order; with a figure fewer than
    members ("drop from 7.3 to 1.2 wt%") nothing pairs."""
    named = (RESULTS, "Graphite papers annealed at 400, 600 and 800 °C are named QX-400, QX-600 and QX-800, "
                      "respectively.")
    tested = (RESULTS, "In Li||Cu cells, QX-600 kept a Coulombic efficiency of 98.7% for 250 cycles.")
    def contents(said):
        found = rows([named, (RESULTS, said), tested], title="Annealed graphite paper hosts for lithium metal")
        return {(v, label) for p, v, label in found if p == "MassFraction"}
    assert contents("Their sulfur contents drop from 7.3 to 4.6 and 1.2 wt% with temperature.") == {
        (7.3, "QX-400"), (4.6, "QX-600"), (1.2, "QX-800")}
    assert len({label for _, label in contents("Their sulfur contents drop from 7.3 to 1.2 wt% with temperature.")}) < 2


@pytest.mark.parametrize("cells", ["Li||Cu-type cells", "Li||Cu cells"])
def test_arms_a_cell_kind_subject_in_the_results_sets_the_test_of_every_arm_in_those_cells(rows, cells):
    """"Li||Cu-type cells were cycled at …" after a sentence about the design alone: the conditions are those of
    every arm the test goes on to report, the control too, not only of the arm in view."""
    found = rows([(RESULTS, "We evaporate a niobium oxide skin (NOS) onto copper foil; plain copper foil is the "
                            "control."),
                  (RESULTS, f"The NOS surface is free of cracks. {cells} were cycled at 0.8 mA cm−2 and "
                            "1.5 mA h cm−2."),
                  (RESULTS, "The NOS electrode held a Coulombic efficiency of 98.6% for 350 cycles, whereas plain "
                            "copper foil dropped to 91.4% after 90 cycles.")],
                 title="A niobium oxide skin on copper for lithium metal")
    conditions = {(v, label) for p, v, label in found if p in ("CurrentDensity", "ArealCapacity")}
    assert conditions == {(v, label) for v in (0.8, 1.5)
                          for label in ("niobium oxide skin (NOS)", "plain copper foil")}


@pytest.mark.parametrize("subject", ["The fibres", "These nanofibers"])
def test_arms_a_plural_noun_naming_what_every_coded_member_is_speaks_of_each(rows, subject):
    """"… named TW-5, TW-7 and TW-9. The fibres keep a diameter of …": every arm in view is a mat of fibres the paper
    names by a code alone, so the plural "the fibres" ("these nanofibers", however spelt) is each of them (not the
    title's umbrella name); with a control in view the same sentence is no statement about every arm."""
    title = "Electrospun tungsten nitride fibre mats for lithium hosts"
    tested = (RESULTS, "In Li||Cu cells, TW-7 kept a Coulombic efficiency of 98.2% for 200 cycles, against 96.9% for "
                       "TW-5 and 95.8% for TW-9.")
    def diameters(named):
        found = rows([(RESULTS, named), (RESULTS, f"{subject} keep a diameter of about 270 nm after nitridation."),
                      tested], title=title)
        return {label for p, _, label in found if p == "FiberDiameter"}
    assert diameters("Electrospun fibre mats nitrided at 500, 700 and 900 °C are named TW-5, TW-7 and TW-9, "
                     "respectively.") == {"TW-5", "TW-7", "TW-9"}
    assert len(diameters("TW-7 mats are compared with bare copper foil and TW-5 mats.")) <= 1


@pytest.mark.parametrize("additive", ["CsBF4", "yttrium triflate (YT)"])
def test_arms_a_gapped_clause_gives_its_figure_the_property_and_its_own_arm(rows, additive):
    """"The cell with 1.5 wt% A reached a CE of 98.4%, and the cell with 0.3 wt% A 96.2%": the second clause has no
    verb and no property word; its figure is of the property the first got, and of its own arm."""
    short = additive.split("(")[-1].rstrip(")")
    found = rows([(RESULTS, f"We add {additive} to a carbonate electrolyte at two loadings."),
                  (RESULTS, f"The cell with 1.5 wt% {short} reached an average Coulombic efficiency of 98.4%, and the "
                            f"cell with 0.3 wt% {short} 96.2%, under identical conditions.")],
                 title="An electrolyte additive for lithium metal anodes")
    assert found == {("CoulombicEfficiency", 98.4, f"1.5 wt% {short}"), ("CoulombicEfficiency", 96.2, f"0.3 wt% {short}")}


def test_arms_a_gapped_clause_goes_on_with_the_property_the_sentence_before_gave_the_first_figure(rows):
    """"Li||Cu cells with 0.6 wt% B averaged 99.0% …. The cell with 1.2 wt% B reached 98.1%, and the cell with 0.1 wt%
    B 96.9%": the first clause's property comes from the sentence before; the gapped second clause, its arm's amount
    between the two figures, goes on with it."""
    found = rows([(RESULTS, "We dissolve a boronated quinoline (BQL) in a carbonate electrolyte."),
                  (RESULTS, "Li||Cu cells with 0.6 wt% BQL averaged a Coulombic efficiency of 99.0% over 200 cycles. "
                            "The cell with 1.2 wt% BQL reached 98.1%, and the cell with 0.1 wt% BQL 96.9%, under the "
                            "same conditions.")],
                 title="A boronated quinoline additive for lithium metal anodes")
    assert {(p, v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        ("CoulombicEfficiency", 99.0, "0.6 wt% BQL"), ("CoulombicEfficiency", 98.1, "1.2 wt% BQL"),
        ("CoulombicEfficiency", 96.9, "0.1 wt% BQL")}


def test_arms_electrolytes_named_by_the_amount_of_their_additive_are_arms_of_their_own(rows):
    """"the 0.4 wt% ZR electrolyte", "the 1.5 wt% ZR electrolyte": electrolytes told apart by how much additive they
    hold, as "the 2 M electrolyte" is by its concentration; not one "ZR electrolyte"."""
    found = rows([(RESULTS, "A zirconocene sulfonate (ZR) was dissolved in the baseline electrolyte."),
                  (RESULTS, "The 1.5 wt% ZR electrolyte kept an average Coulombic efficiency of 98.8% in Li||Cu cells, "
                            "and the 0.4 wt% ZR electrolyte 97.2%.")],
                 title="A zirconocene sulfonate additive for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (98.8, "1.5 wt% ZR electrolyte"), (97.2, "0.4 wt% ZR electrolyte")}


def test_arms_codes_made_of_an_amount_and_the_additive_are_arms_and_their_gapped_figures_follow(rows):
    """"… at 0.3, 0.6 and 1.2 wt% (denoted 0.3-BQL, 0.6-BQL and 1.2-BQL)": a code that opens with the amount is the
    sample made with it, an arm of its own; "the cell with 1.2-BQL reached 98.1%, and the cell with 0.3-BQL 96.9%"
    gives each its figure (the code's digits are its name, no figure between the two)."""
    found = rows([(INTRO, "Carbonate electrolytes crack on lithium. Here we add a boronated quinoline (BQL) to them."),
                  (METHODS, "BQL was dissolved in the baseline electrolyte at 0.3, 0.6 and 1.2 wt% (denoted 0.3-BQL, "
                            "0.6-BQL and 1.2-BQL)."),
                  (RESULTS, "Li||Cu cells with 0.6-BQL averaged a Coulombic efficiency of 99.0% over 200 cycles. The "
                            "cell with 1.2-BQL reached 98.1%, and the cell with 0.3-BQL 96.9%, under the same "
                            "conditions.")],
                 title="A boronated quinoline additive for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (99.0, "0.6-BQL"), (98.1, "1.2-BQL"), (96.9, "0.3-BQL")}


def test_arms_an_amount_of_a_defined_thing_written_in_words_is_an_arm_of_its_own(rows):
    """"Scandium nonaflate (SN) …; the cell with 1.4 wt% scandium nonaflate reached 98.5%, and the cell with 0.3 wt%
    scandium nonaflate 96.8%": the amounts of the thing the paper defined a short form for, written in words, are
    two arms (as "1.4 wt% SN" would be), not the one additive."""
    found = rows([(RESULTS, "Scandium nonaflate (SN) is a salt additive for carbonate electrolytes."),
                  (RESULTS, "The cell with 1.4 wt% scandium nonaflate reached an average Coulombic efficiency of "
                            "98.5%, and the cell with 0.3 wt% scandium nonaflate 96.8%, under identical conditions.")],
                 title="Scandium nonaflate additive for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {(98.5, "1.4 wt% SN"), (96.8, "0.3 wt% SN")}


def test_arms_an_amount_inside_an_arm_s_name_is_no_figure_of_any_arm(rows):
    """"The QV content was varied: the cell with 2.0 wt% QV …, and the cell with 0.5 wt% QV …": the amounts name the
    two arms; the property word "content" does not make them figures (they went to each other's arm)."""
    found = rows([(RESULTS, "The QV content was then varied: the cell with 2.0 wt% QV reached an average Coulombic "
                            "efficiency of 98.3%, and the cell with 0.5 wt% QV 97.4%.")],
                 title="A quinoxaline-vinyl additive (QV) for lithium metal anodes")
    assert found == {("CoulombicEfficiency", 98.3, "2.0 wt% QV"), ("CoulombicEfficiency", 97.4, "0.5 wt% QV")}


def test_arms_a_demonstrative_to_a_sample_made_only_to_compare_is_that_sample(rows):
    """A thing the passage made in passing and then measures ("this mixed pellet") is a structure of its own,
    not the design in view."""
    found = rows([(RESULTS, "A zinc-doped garnet host (ZGH) was compared with bare Cu foil."),
                  (RESULTS, "To isolate the role of zinc, a mixed pellet of garnet and zinc powder was also pressed."),
                  (RESULTS, "The ionic conductivity of this mixed pellet (0.2 mS cm−1) was lower than that of the ZGH "
                            "(0.9 mS cm−1).")])
    assert {(v, label) for _, v, label in found} == {(0.2, "mixed pellet"), (0.9, "zinc-doped garnet host (ZGH)")}


@pytest.mark.parametrize("said", ["from 2.1 on bare Cu foam to 4.5 μm on the ZCF host",
                                  "from 2.1 μm on bare Cu foam to 4.5 μm on the ZCF host"])
def test_arms_a_change_from_one_arm_to_another_gives_each_its_figure(rows, said):
    """"increased from v1 in A to v2 in B": v1 is A's and v2 is B's, the unit written once or twice."""
    found = rows([(RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was compared with bare Cu foam."),
                  (RESULTS, f"The grain size of deposited lithium increased {said}.")])
    assert {(v, label) for _, v, label in found} == {(2100.0, "bare Cu foam"),
                                                     (4500.0, "zinc oxide coated copper foam (ZCF) host")}


def test_arms_a_list_of_figures_then_one_arm_is_all_that_arm_s(rows):
    """"… to 4.5, 5.0 and 6.1 μm in the X": a list of figures said of the one arm named right after it."""
    found = rows([(RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was compared with bare Cu foam."),
                  (RESULTS, "After 10, 50 and 100 cycles, the grain size of deposited lithium grew from 2.1 on bare Cu "
                            "foam to 4.5, 5.0 and 6.1 μm in the ZCF host.")])
    assert {(v, label) for prop, v, label in found if prop == "ParticleSize"} == {
        (2100.0, "bare Cu foam"), (4500.0, "zinc oxide coated copper foam (ZCF) host"),
        (5000.0, "zinc oxide coated copper foam (ZCF) host"), (6100.0, "zinc oxide coated copper foam (ZCF) host")}


ZCF = (RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was compared with bare Cu foam.")
ZCF_LABEL = "zinc oxide coated copper foam (ZCF) host"


@pytest.mark.parametrize("sentence, expected", [
    ("The ZCF host outperforms bare Cu foam in Coulombic efficiency (99.1% vs. 91.3%).",
     {(99.1, ZCF_LABEL), (91.3, "bare Cu foam")}),
    ("The ZCF host clearly outperformed bare Cu foam, keeping 88% of its capacity.", {(88.0, ZCF_LABEL)}),
    ("Bare Cu foam was surpassed by the ZCF host, which kept 88% of its capacity.", {(88.0, ZCF_LABEL)}),
])
def test_arms_a_verb_of_outdoing_sets_its_subject_against_its_object(rows, sentence, expected):
    """"A outperforms B (x vs. y)" pairs like "than"; a figure after "A outperforms B, …" is A's."""
    assert {(v, label) for _, v, label in rows([ZCF, (RESULTS, sentence)])} == expected


def test_arms_a_word_that_sets_things_against_each_other_opens_no_name(rows):
    found = rows([ZCF, (RESULTS, "Unlike bare Cu foam, which short-circuited after 120 h, the ZCF host cycled "
                                 "stably for 900 h.")])
    assert {(v, label) for _, v, label in found} == {(120.0, "bare Cu foam"), (900.0, ZCF_LABEL)}


THREE_HOSTS = (RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was compared with bare Cu foam and a "
                        "copper foam coated with silver (Ag-CF).")


@pytest.mark.parametrize("sentence", [
    "The overpotential increases in the order ZCF host < Ag-CF < bare Cu foam, namely 12, 25 and 41 mV.",
    "The overpotential follows the order bare Cu foam (41 mV) > Ag-CF (25 mV) > ZCF host (12 mV).",
])
def test_arms_arms_ranked_in_order_are_a_list(rows, sentence):
    """"in the order A < B < C" lists the arms like "A, B and C"; "order" and "far below" open no name."""
    assert {(v, label) for _, v, label in rows([THREE_HOSTS, (RESULTS, sentence)])} == {
        (12.0, ZCF_LABEL), (25.0, "Ag-CF"), (41.0, "bare Cu foam")}


def test_arms_far_below_opens_no_name(rows):
    found = rows([THREE_HOSTS, (RESULTS, "Both the ZCF host and Ag-CF show an overpotential of about 20 mV, far below "
                                         "bare Cu foam (41 mV).")])
    assert {(v, label) for _, v, label in found} == {(20.0, ZCF_LABEL), (20.0, "Ag-CF"), (41.0, "bare Cu foam")}


def test_arms_a_caption_panel_by_its_bare_letter_starts_a_new_clause(rows):
    """Captions that set panel letters bare ("… at 1 mA cm−2. b Cycling of …"): each panel's condition is its own."""
    found = rows([THREE_HOSTS, (RESULTS, "Fig. 3 | Plating behaviour. a Voltage profiles of the ZCF host and bare Cu "
                                         "foam at 1 mA cm−2. b Cycling of Ag-CF at 2 mA cm−2.", "caption")])
    assert {(v, label) for _, v, label in found} == {(1.0, ZCF_LABEL), (1.0, "bare Cu foam"), (2.0, "Ag-CF")}


def test_arms_a_demonstrative_with_nothing_before_is_the_one_arm_named_so(rows):
    """"This bilayer anode" in a passage that has not named it: the one own arm that goes by those words."""
    found = rows([(RESULTS, "We cover lithium foil with alumina and carbon to make an alumina–carbon bilayer anode "
                            "(ACBA) and compare it with bare lithium foil."),
                  (("4. Conclusions",), "Bare lithium foil grew mossy dendrites."),
                  (("4. Conclusions",), "This bilayer anode kept 95% of its capacity, unlike bare lithium foil.")])
    assert {(v, label) for _, v, label in found} == {(95.0, "alumina–carbon bilayer anode (ACBA)")}


def test_arms_a_methods_condition_of_the_cells_just_built_is_each_of_their_arms(rows):
    """"Coin cells were assembled with A or B. The cells were cycled at 1 mA cm−2.": the cells are A's and B's."""
    found = rows([(RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was compared with bare Cu foam."),
                  (METHODS, "Coin cells were assembled with the ZCF host or bare Cu foam as the working electrode. "
                            "The cells were cycled at 1 mA cm−2.")])
    assert {(v, label) for _, v, label in found} == {(1.0, ZCF_LABEL), (1.0, "bare Cu foam")}


def test_arms_a_methods_condition_set_on_the_assembly_is_that_of_the_arms_its_paragraph_built_the_cells_with(rows):
    """"Half-cells with A or B were built. The pellet was pressed at 400 MPa. …, and the whole assembly was clamped at
    15 MPa.": the assembly is the cell the paragraph builds, so the stack pressure is each arm's it was built with
    (named sentences before), not the pellet's being made, nor only the main design's."""
    found = rows([(INTRO, "Here, steel foil coated with a zirconium-xenotime layer (ZX) is compared with bare steel "
                          "foil."),
                  (METHODS, "Half-cells with the ZX-coated foil or bare steel foil were built as follows. The "
                            "electrolyte pellet was pressed at 400 MPa in a steel die. A lithium foil went on the far "
                            "side, and the whole assembly was clamped in a holder at 15 MPa."),
                  (RESULTS, "In half-cells, the ZX-coated foil plated lithium for 600 h, while bare steel foil "
                            "shorted after 90 h.")],
                 title="A zirconium-xenotime layer for anode-free solid-state cells")
    pressed = {label for p, v, label in found if p == "StackPressure" and v == 15.0}
    assert len(pressed) == 2 and "bare steel foil" in pressed and any("(ZX)" in label for label in pressed)


def test_arms_a_report_without_headings_gives_its_results_after_it_turns_to_its_own_work(rows):
    """A report whose body has no introduction or results heading (only a methods one at the end): after its first
    sentence in its own voice ("We grew …"), a sentence that names no arm ("The coating conducts …") is a result,
    not the field's background; and "the coating" a sentence after "QZ-Li carries a 90-nm-thick coating" is QZ-Li's,
    no thing apart nor a "thick coating" of its own."""
    found = rows([((), "Lithium metal anodes fail when their surface film cracks (1, 2). Coatings delay it (3)."),
                  ((), "We grew a zinc-boride coating on lithium from the vapor. The resulting electrode, QZ-Li, "
                       "carries a 90-nm-thick coating. The coating conducts lithium ions at 0.52 mS cm−1."),
                  ((), "In symmetric cells at 2 mA cm−2, QZ-Li cycled for 1300 h, whereas bare Li failed after 140 h."),
                  (("Materials and methods",), "Lithium foil was held over zinc boride at 250 °C.")],
                 title="A zinc-boride coating that heals itself")
    assert {(p, v, label) for p, v, label in found if p in ("Thickness", "IonicConductivity")} == {
        ("Thickness", 90.0, "QZ-Li"), ("IonicConductivity", 0.52, "QZ-Li")}


@pytest.mark.parametrize("said", ["All cells were assembled with 45 μL of electrolyte.",
                                  "Each coin cell held 45 μL of electrolyte.",
                                  "An electrolyte of 45 μL was added to each cell.",
                                  "Each cell was injected with 45 μL electrolyte.",
                                  "The amount of electrolyte was 45 μL per cell."])
def test_arms_a_methods_setting_of_every_cell_is_each_tested_arm_s(rows, said):
    """"All cells were assembled with 45 μL of electrolyte": a setting the methods give every cell is the design's
    and the control's it is compared with, neither only the design's nor one arm's at random. The volume is the
    electrolyte's however the word stands beside it ("an electrolyte of 45 μL", "45 μL electrolyte"), and "per cell"
    says every cell as "each cell" does."""
    found = rows([(RESULTS, "A lithiophilic zinc oxide coated copper foam (ZCF) host was compared with bare Cu foam."),
                  (METHODS, said),
                  (RESULTS, "The ZCF host kept a Coulombic efficiency of 98.9% for 300 cycles, whereas bare Cu foam "
                            "failed after 90 cycles.")])
    assert {label for p, v, label in found if p == "ElectrolyteVolume"} == {ZCF_LABEL, "bare Cu foam"}


def test_arms_a_methods_setting_of_the_cells_a_result_comes_from_reaches_every_arm_reporting_it(rows):
    """"Li||Cu cells were cycled at 0.5 mA cm−2 …" and results that name no cell but give each coded sample's
    Coulombic efficiency (a Li||Cu cell's result, by the ontology): every sample reporting one was tested in those
    cells, so the setting is each one's, not the one arm the paper happens to call its main design."""
    found = rows([(INTRO, "Here we grow tantalum selenide platelets on nickel foam."),
                  (METHODS, "The nickel foams were kept in the bath for 0, 3, 6 and 12 min, and the samples are "
                            "denoted T0, T1, T2 and T3, respectively. Li||Cu-type cells were cycled at 0.5 mA cm−2 "
                            "and 1 mA h cm−2."),
                  (RESULTS, "T2 kept an average Coulombic efficiency of 98.6% over 300 cycles, higher than T1 (97.8%) "
                            "and T3 (97.1%). T0 failed after 90 cycles with 91.2%.")],
                 title="Tantalum selenide platelets on nickel foam as lithium hosts")
    assert {label for p, v, label in found if p == "CurrentDensity"} == {"T0", "T1", "T2", "T3"}


@pytest.mark.parametrize("declared", [
    "Films Q1–Q3 were annealed at 200, 300 and 400 °C, respectively.",
    "Q1–Q3 were annealed at 200, 300 and 400 °C, respectively.",
    "The films were annealed at 200, 300 and 400 °C and are denoted Q1–Q3.",
    "Samples Q1, Q2 and Q3 were annealed at 200, 300 and 400 °C.",
    "Three films, Q1, Q2 and Q3, annealed at 200, 300 and 400 °C, were compared.",
    "Q1, Q2 and Q3, grown at 200, 300 and 400 °C, were compared.",
])
def test_arms_a_series_coded_by_its_process_variable_has_each_code_an_arm(rows, declared):
    """A series of samples told apart by how they were made, coded in a list ("Samples Q1, Q2 and Q3 were annealed at
    …", capital plural or none) or a range ("Q1–Q3"): each code is an arm, the one written only in the results ("Q2")
    too, rather than the title's design taking its figures; and "the grains of Q1–Q3" names each code in turn."""
    found = rows([(INTRO, "Here we spin-coat lanthanum niobate films onto copper."),
                  (METHODS, declared + " All Li||Cu cells were tested at 1 mA cm−2 and 1 mA h cm−2."),
                  (RESULTS, "Q2 delivered a Coulombic efficiency of 98.8% for 250 cycles, while Q1 and Q3 gave 97.4% "
                            "and 96.9%. The grains of Q1–Q3 are 20, 45 and 90 nm wide, respectively.")],
                 title="Lanthanum niobate films on copper for dendrite-free lithium plating")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (98.8, "Q2"), (97.4, "Q1"), (96.9, "Q3")}
    sizes = {(round(v * 1e6), label) for p, v, label in found if p not in (
        "CoulombicEfficiency", "CycleNumber", "CurrentDensity", "ArealCapacity")}       # nm in the ontology's mm
    assert sizes == {(20, "Q1"), (45, "Q2"), (90, "Q3")}
    assert {label for p, v, label in found if p == "CurrentDensity"} == {"Q1", "Q2", "Q3"}


def test_arms_a_design_set_against_a_control_by_figures_with_powered_units_is_tested(rows):
    """"TN@Li delivers 172 mA h g−1 …, against 121 mA h g−1 for bare Li": a comparison whose figures carry a unit with
    its power sets the design against the control, so a methods setting "for all full cells" is both arms'; and "The
    electrolyte amount" is no mention of the design where the abstract says it works "in lean electrolyte"."""
    found = rows([((), "A tellurium-nitride interlayer (TN) protects lithium in lean electrolyte.", "abstract"),
                  (METHODS, "The electrolyte amount was fixed at 5 μL mAh−1 for all full cells, which were charged at "
                            "0.2 C."),
                  (RESULTS, "In full cells, TN@Li delivers 172 mA h g−1 after 100 cycles, against 121 mA h g−1 for "
                            "bare Li.")],
                 title="A tellurium-nitride interlayer for lean-electrolyte lithium metal batteries")
    assert {label for p, v, label in found if p in ("ElectrolyteVolumeToCapacityRatio", "CRate")} == {
        "tellurium-nitride interlayer (TN)", "bare Li"}


def test_arms_a_short_form_defined_in_the_plural_names_one_in_the_singular(rows):
    """"Concentrated electrolytes (CSEs) …" defines the plural; "the CSE" the paper made later is one of them, an arm
    that takes its own figure in a comparison."""
    found = rows([(INTRO, "Concentrated sulfone electrolytes (CSEs) passivate lithium well.[3]"),
                  (METHODS, "The CSE was 3.5 M LiFSI in sulfolane, and the dilute electrolyte (DE) 1 M LiFSI in it."),
                  (RESULTS, "The RX-7 electrolyte reaches a Coulombic efficiency of 99.1%, higher than the CSE (98.2%) "
                            "and the DE (91.5%).")],
                 title="An RX-7 diluent for sulfone electrolytes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} >= {(98.2, "CSE")}


def test_arms_a_recipe_said_by_its_ratio_is_the_one_coded_for_that_ratio(rows):
    """"QE-3 and QE-6 were made … at LiTFSI:TEGDME:RX-7 molar ratios of 1:2:3 and 1:2:6, respectively": the abstract's
    "a LiTFSI:TEGDME:RX-7 molar ratio of 1:2:3" is QE-3, whose figures it gives."""
    found = rows([((), "With a LiTFSI:TEGDME:RX-7 molar ratio of 1:2:3, the electrolyte keeps 90.2% of its capacity "
                       "after 200 cycles.", "abstract"),
                  (METHODS, "QE-3 and QE-6 were made by adding RX-7 to the ether solution at LiTFSI:TEGDME:RX-7 molar "
                            "ratios of 1:2:3 and 1:2:6, respectively."),
                  (RESULTS, "Li||Cu cells with QE-3 reach a Coulombic efficiency of 99.0%, and QE-6 98.1%.")],
                 title="An RX-7 diluent for ether electrolytes")
    assert {(p, v, label) for p, v, label in found if p in ("CapacityRetention", "CoulombicEfficiency")} == {
        ("CapacityRetention", 90.2, "QE-3"), ("CoulombicEfficiency", 99.0, "QE-3"), ("CoulombicEfficiency", 98.1, "QE-6")}


def test_arms_the_parts_of_a_recipe_written_as_a_ratio_are_no_arms(arms):
    """"a LiTFSI:TEGDME:RX-7 molar ratio of 1:2:3" names three ingredients of one recipe, none an arm of its own."""
    model = arms([((), "With a LiTFSI:TEGDME:RX-7 molar ratio of 1:2:3, the electrolyte keeps 90.2% of its capacity "
                       "after 200 cycles.", "abstract"),
                  (RESULTS, "Li||Cu cells with LiTFSI in TEGDME reach 97.0%, and the RX-7 electrolyte 99.0%.")],
                 title="An RX-7 diluent for ether electrolytes")
    assert "LiTFSI" not in {a.label for a in model.arms.values() if "abstract" in a.evidence}


def test_arms_two_short_forms_defined_in_one_sentence_each_name_their_own_phrase(arms):
    """'X is denoted A and Y is denoted B': B's long form is read after A's naming, not from the sentence's start."""
    paragraphs = [
        (INTRO, "Herein a nickel foam coated with tin oxide is denoted TNF and the uncoated nickel foam is denoted NF."),
        (RESULTS, "The TNF host kept a Coulombic efficiency of 98.2% for 250 cycles, while the NF host fell to 90%."),
    ]
    model = arms(paragraphs)
    assert model.glossary["NF"] == "uncoated nickel foam"
    assert model.glossary["TNF"] == "nickel foam coated with tin oxide"       # what was done to it is part of the name


def test_arms_a_short_form_named_after_a_semicolon_takes_its_clause_s_phrase(arms):
    """'we anneal copper foams in air; the oxidized foam is named OCF': OCF names the oxidized foam."""
    paragraphs = [
        (INTRO, "Here we anneal copper foams in air; the oxidized foam is named OCF."),
        (RESULTS, "The OCF electrode delivered a Coulombic efficiency of 98.4% over 200 cycles."),
    ]
    assert arms(paragraphs).glossary["OCF"] == "oxidized foam"


def test_arms_a_sentence_opening_on_its_speaks_of_the_arm_the_sentence_before_was_about(rows):
    """"Its …, half that of B (44 mV)": 'its' is the arm the sentence before opened on, not B, the only arm
    the sentence names; "Moreover, its …" the same."""
    paragraphs = [
        (INTRO, "We grow tin nanosheets on nickel foam (Sn@NF) and compare it with bare nickel foam (NF)."),
        (RESULTS, "Sn@NF cycled for 600 h at 1 mA cm−2, while NF failed after 150 h. Its nucleation overpotential was "
                  "only 12 mV, a third of that of NF (36 mV). Moreover, its hysteresis stayed at 25 mV, against 61 mV "
                  "for NF."),
    ]
    found = rows(paragraphs)
    owner = {value: label for prop, value, label in found if prop in ("Overpotential", "VoltageHysteresis")}
    assert owner[12.0].startswith("Sn@NF") and owner[25.0].startswith("Sn@NF")
    assert "(NF)" in owner[36.0] and "(NF)" in owner[61.0]


def test_arms_a_sentence_opening_with_an_additive_speaks_of_the_cells_with_it(rows):
    """'With FE, the CE rose to 98.4%, … than without FE': the fronted 'With FE' is the arm the figure is of."""
    paragraphs = [
        (INTRO, "Herein, a fluorinated ether (FE) is added to a carbonate electrolyte; the FE-free electrolyte is the "
                "control."),
        (RESULTS, "With FE, the average CE rose by 4.2% to 98.4%, and the cycle life was 3 times longer than without FE."),
    ]
    found = rows(paragraphs)
    assert {label for prop, value, label in found if value == 98.4} == {"FE"}


def test_arms_an_unnamed_subject_compared_with_the_arm_in_view_is_not_that_arm(rows):
    """'Bare X failed …' then 'The host showed 6 mV, much lower than that of X (28 mV)': the host is not X,
    the arm in view only as what the sentence compares with; with no other arm in view it is the design."""
    paragraphs = [
        (("Abstract",), "Tin nanosheets grown on nickel mesh (Sn@NM) guide uniform lithium plating.", "abstract"),
        (RESULTS, "In comparison, bare nickel mesh (NM) failed after 90 cycles."),
        (RESULTS, "The hybrid host also showed a nucleation overpotential of only 9 mV, much lower than that of NM (33 mV)."),
    ]
    owner = {value: label for prop, value, label in rows(paragraphs) if prop == "Overpotential"}
    assert owner == {9.0: "Sn@NM", 33.0: "nickel mesh (NM)"}


def test_arms_a_3d_design_and_its_2d_counterpart_are_two_arms(rows):
    """"3D X" set against "2D X" (or a planar X the paper shortens as 2D): the dimension tells the arms apart."""
    found = rows([(INTRO, "We set lithium melted into a three-dimensional nickel foam (3D Ni–Li) against lithium "
                          "pressed onto planar nickel (2D Ni–Li)."),
                  (RESULTS, "The 3D Ni–Li and 2D Ni–Li electrodes ran for 640 and 150 h, respectively.")],
                 title="Lithium metal melted into three-dimensional nickel hosts")
    assert {(v, label.split("(")[-1][:8]) for _, v, label in found} == {(640.0, "3D Ni–Li"), (150.0, "2D Ni–Li")}


def test_arms_a_3d_design_named_once_without_its_dimension_is_one_arm(rows):
    """Only a dimension set against another makes arms: "3D Ni foam host" and "Ni foam host" in one paper are one."""
    found = rows([(RESULTS, "The 3D Ni foam host delivered a Coulombic efficiency of 98.8%, higher than bare Cu (92.1%)."),
                  (RESULTS, "Symmetric cells with the Ni foam host cycled for 700 h at 1 mA cm−2.")])
    assert {label for _, v, label in found if v in (98.8, 700.0)} == {"3D Ni foam host"}


def test_arms_a_cited_electrolyte_keeps_its_whole_name(rows):
    """A cited work named by concentration, salt and solvent: its label is the whole name, not the noun phrase."""
    found = rows([(INTRO, "A 3 M NaFSI in TEGDME electrolyte was reported to reach a Coulombic efficiency of 98.7%.[6]"),
                  (RESULTS, "Our borate additive (BA) gave a Coulombic efficiency of 99.4%.")],
                 title="A borate additive for sodium metal anodes")
    assert (98.7, "3 M NaFSI in TEGDME electrolyte") in {(v, label) for _, v, label in found}


def test_arms_the_one_design_tested_is_the_titles_however_the_title_words_it(rows):
    """A title that words the design otherwise than the text ("vanadium oxide–carbon coated separator" for
    "VOx/C@PE"): the one design the paper tests takes the figures no sentence names an arm for."""
    found = rows([(INTRO, "Here, a polyethylene (PE) separator is coated on one side with vanadium oxide on carbon (VOx/C@PE)."),
                  (METHODS, "The coating was 6 μm thick."),
                  (RESULTS, "At 0.5 C, the cell with VOx/C@PE delivered 1180 mAh g−1, far above the 790 mAh g−1 of the cell "
                            "with pristine PE.")],
                 title="A vanadium oxide–carbon coated separator for lithium–sulfur batteries")
    assert (6000.0, "VOx/C@PE") in {(v, label) for _, v, label in found}


def test_arms_a_sample_code_on_its_host_is_that_sample(rows):
    """"CN-5@Li" and "CN-20@Li" are the CN-5 and CN-20 samples on lithium, two arms, not one "CN" arm."""
    found = rows([(METHODS, "Films with 5 and 20 wt% carbon nitride are denoted CN-5 and CN-20, respectively."),
                  (RESULTS, "The ionic conductivities of CN-5 and CN-20 were 0.11 and 0.36 mS cm−1, respectively."),
                  (RESULTS, "In symmetric cells, CN-20@Li cycled for 900 h, whereas CN-5@Li and bare Li failed after 310 "
                            "and 120 h, respectively.")])
    assert {(v, label.split("@")[0]) for p, v, label in found if p == "Lifespan"} == {
        (900.0, "CN-20"), (310.0, "CN-5"), (120.0, "bare Li")}


def test_arms_both_spreads_over_its_clause_though_another_clause_names_an_arm(rows):
    """"Both interlayers were 12 μm thick, but ZOI …": "both" speaks of the two in its clause, whatever the
    other clause names; any head noun of a design can follow it."""
    found = rows([(RESULTS, "A zinc oxide interlayer (ZOI) and an aluminium oxide interlayer (AOI) were placed between Li "
                            "and the separator."),
                  (RESULTS, "Symmetric cells with ZOI and AOI ran for 900 and 400 h, respectively."),
                  (RESULTS, "Both interlayers were 12 μm thick, but ZOI conducted Li+ faster (0.8 mS cm−1).")])
    assert {label[-4:] for p, _, label in found if p == "Thickness"} == {"ZOI)", "AOI)"}
    assert {label[-4:] for p, _, label in found if p == "IonicConductivity"} == {"ZOI)"}


def test_arms_a_cell_labelled_by_what_it_uses_is_that_arm(rows):
    """"Cell II, which uses sample P, …; cell I, with sample R, …": the labelled cells are the samples."""
    found = rows([(METHODS, "Lithium foils were coated with a polyacrylate film or left bare, denoted sample P and sample R."),
                  (RESULTS, "Cell II, which uses sample P, ran for 1300 h, whereas cell I, with sample R, lasted 280 h."),
                  (RESULTS, "Cell I also showed a larger hysteresis of 95 mV.")])
    assert {(v, label) for _, v, label in found} == {(1300.0, "sample P"), (280.0, "sample R"), (95.0, "sample R")}


def test_arms_the_latter_of_both_and_a_subject_stated_before_its_comparison(rows):
    """"The PE separator ran for 120 h, far shorter than PAS (800 h)": PE is compared, so an arm; "Both separators
    …, but the latter …": the latter of the two "both" spoke of."""
    found = rows([(RESULTS, "A PE separator was coated with poly(acrylic acid), giving the PAA-coated separator (PAS)."),
                  (RESULTS, "The PE separator ran for 120 h in symmetric cells, far shorter than PAS (800 h)."),
                  (RESULTS, "Both separators had a porosity near 45%, but the latter took up more electrolyte (260%).")])
    assert {(v, label[-5:]) for _, v, label in found} == {
        (120.0, "rator"), (800.0, "(PAS)"), (45.0, "rator"), (45.0, "(PAS)"), (260.0, "(PAS)")}


def test_arms_a_figure_set_against_another_by_versus_is_the_other_arm_of_the_pair(rows):
    """"The latter also showed a larger hysteresis (48 vs. 21 mV)": one arm of the pair just listed is named; the
    figure after "vs." is the other's."""
    found = rows([(RESULTS, "A zinc oxide interlayer (ZOI) and an aluminium oxide interlayer (AOI) were placed between Li "
                            "and the separator."),
                  (RESULTS, "Symmetric cells with ZOI and AOI ran for 900 and 400 h, respectively."),
                  (RESULTS, "The latter also showed a larger voltage hysteresis (48 vs. 21 mV).")])
    assert {(v, label[-4:]) for p, v, label in found if p == "VoltageHysteresis"} == {(48.0, "AOI)"), (21.0, "ZOI)")}


def test_arms_a_cell_of_bare_electrodes_beside_the_same_cell_with_the_design_is_the_control(rows):
    """"The SN-Li||NCM622 cell delivered 162 mAh g−1, and the Li||NCM622 cell 131 mAh g−1": no contrast word,
    but the same cell with bare lithium where the design was is the lithium control."""
    found = rows([(RESULTS, "A silicon nitride film was sputtered on lithium (denoted SN-Li); bare Li served as the control."),
                  (RESULTS, "SN-Li symmetric cells cycled for 900 h, far longer than bare Li (150 h)."),
                  (RESULTS, "The SN-Li||NCM622 cell delivered 162 mAh g−1 at 1 C, and the Li||NCM622 cell 131 mAh g−1.")])
    assert {(v, label[-6:]) for p, v, label in found if p == "SpecificCapacity"} == {(162.0, "SN-Li)"), (131.0, "are Li")}


def test_arms_a_methods_sentence_about_the_cells_states_their_test_conditions(rows):
    """"Pouch cells paired the design with a cathode of 3.4 mAh cm−2 at an E/C ratio of 2.8 g Ah−1": a methods
    sentence about the cells the design was tested in states conditions of that test, though it names a cathode
    and no verb of testing; pressing the cells at 300 MPa while building them is a step of making them."""
    found = rows([(RESULTS, "A tellurium-doped carbon film on copper (TCF) was compared with bare copper in Li||Cu cells."),
                  (RESULTS, "The TCF cells kept a Coulombic efficiency of 99.1%, higher than bare copper cells."),
                  (METHODS, "Pouch cells paired the TCF with a LiCoO2 cathode with an areal capacity of 3.4 mAh cm−2 "
                            "and an E/C ratio of 2.8 g Ah−1."),
                  (METHODS, "The sealed pouch cells were pressurized under a pressure of 300 MPa.")])
    conditions = {(prop, v) for prop, v, label in found if label.startswith("tellurium") and prop != "CoulombicEfficiency"}
    assert conditions == {("ArealCapacity", 3.4), ("ElectrolyteToCapacityRatio", 2.8)}


def test_arms_a_name_with_its_short_form_before_cell_was_tested_in_cells(rows):
    """"the La2O3-coated Li (LOL) cell": the short form in brackets between the name and "cell" does not hide that
    the name was tested in cells, so it is an arm and takes its own figure, not the control's."""
    found = rows([(RESULTS, "After 200 cycles, the La2O3-coated Li (LOL) cell retained 93.4% of its capacity and the "
                            "bare Li cell only 61.2%.")], title="A lanthanum-oxide interlayer for lithium anodes")
    assert {(v, label) for p, v, label in found if p == "CapacityRetention"} == {
        (93.4, "La2O3-coated Li"), (61.2, "bare Li")}


def test_arms_a_design_written_as_one_electrode_of_a_cell_stack_was_tested_in_cells(arms):
    """"Anode-free X||NCM811 pouch cells", "Li||X": an arm written as one electrode of a cell stack was tested
    in cells, as "X cells" says."""
    model = arms([(RESULTS, "A gallium-rich seed layer on copper (GSL) was made by sputtering."),
                  (RESULTS, "Anode-free GSL||NCM811 pouch cells were assembled for the tests.")])
    gsl = next(a for a in model.arms.values() if "GSL" in (a.label, *a.aliases))
    assert "cell" in gsl.evidence


def test_arms_a_defined_short_form_with_a_dash_whose_part_names_nothing_is_its_own_arm(rows):
    """"the ZnO-coated NF (Z-NF)": "Z" names nothing alone, so Z-NF is not the NF it was made from; it takes its
    own results, the uncoated NF its own."""
    found = rows([(INTRO, "Herein, we prepare a nickel foam (NF) host and coat it with ZnO; the ZnO-coated NF (Z-NF) "
                          "is then filled with lithium."),
                  (RESULTS, "The Z-NF electrode kept a Coulombic efficiency of 98.7% for 300 cycles, while the NF "
                            "electrode fell to 91% after 90 cycles.")])
    ce = {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert len({label for _, label in ce}) == 2
    assert any(v == 98.7 and "Z-NF" in label for v, label in ce) and any(v == 91.0 and "Z-NF" not in label for v, label in ce)


def test_arms_each_row_of_the_papers_own_table_reports_its_first_cell(rows):
    """A table of samples: a row's figures are measured on the sample its first cell names, even one the
    text never names (a row of a comparison sample) or names by a short form the reader cannot read as a
    name; never on the arm named last."""
    found = rows([
        (RESULTS, "We compared the spun TiN@Cu collector with bare Cu and with a reference electrolyte (REF) in "
                  "Li||Cu cells."),
        (RESULTS, "Collector | Nucleation overpotential (mV) | CE (%) | Cycles\nBare Cu | 80 | 90.5 | 70\n"
                  "TiN@Cu | 21 | 98.9 | 320\nTiO2@Cu | 38 | 96.5 | 160\nREF | 95 | 88.0 | 40\nLP57 | 99 | 87.1 | 35", "table")],
        title="A spun titanium nitride collector for lithium metal")
    assert sorted((v, label) for p, v, label in found if p == "CoulombicEfficiency") == [
        (87.1, "LP57"), (88.0, "reference electrolyte (REF)"), (90.5, "bare Cu"), (96.5, "TiO2@Cu"), (98.9, "spun TiN@Cu collector")]


def test_arms_a_bracketed_code_after_a_design_phrase_names_it_though_its_letters_do_not_spell_it(rows):
    """"a dilute ether electrolyte with a silane additive (SA-DE)", "a standard ester electrolyte (CE-ctl)": codes the
    paper gives its design and its control in brackets; the letters need not spell the phrase ("SA-DE" names the
    additive first, "CE-ctl" spells nothing). Later sentences name the arms only by the code; "CE" of "CE-ctl" is
    the Coulombic efficiency, no arm of its own."""
    found = rows([(RESULTS, "We compare a dilute ether electrolyte with a silane additive (SA-DE) with a standard ester "
                            "electrolyte (CE-ctl)."),
                  (RESULTS, "Li||Cu cells with SA-DE reached an average CE of 99.1% over 180 cycles, against 95.2% "
                            "for CE-ctl.")])
    ce = {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert any(v == 99.1 and "SA-DE" in label for v, label in ce)
    assert any(v == 95.2 and "CE-ctl" in label for v, label in ce)
    assert not any(label == "CE" for _, _, label in found)


def test_arms_a_figure_versus_another_for_a_named_arm_leaves_the_first_to_the_subject(rows):
    """"the SnS@Cu cells reach 98.8% vs. 94.1% for bare Cu": the arm named after a "vs." pair owns only the figure set
    against the first; the first is the subject's (a list without "vs." — "4.5, 5.0 and 6.1 μm in the X" — is X's)."""
    found = rows([(RESULTS, "A tin sulfide layer on copper (SnS@Cu) was sputtered."),
                  (RESULTS, "Li||SnS@Cu cells reach an average Coulombic efficiency of 98.8% vs. 94.1% for bare Cu.")])
    ce = {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert any(v == 98.8 and "SnS@Cu" in label for v, label in ce)
    assert not any(v == 98.8 and label == "bare Cu" for v, label in ce)
    assert (94.1, "bare Cu") in ce


def test_arms_what_was_done_to_a_thing_is_part_of_what_its_short_form_names(rows):
    """"Nickel foam soaked in SnCl2 only is denoted S-NF": the short form names the soaked foam, so the paper's
    "pristine nickel foam" is another arm, not S-NF with a control word."""
    found = rows([(METHODS, "Nickel foam soaked in SnCl2 only is denoted S-NF."),
                  (RESULTS, "The nucleation overpotential is 19 mV on S-NF and 44 mV on the pristine nickel foam.")])
    assert ("Overpotential", 44.0, "pristine nickel foam") in found
    assert not any(v == 44.0 and "S-NF" in label for _, v, label in found)


def test_arms_the_product_a_methods_step_gave_is_what_its_name_names_and_the_design_tested(rows):
    """"…; the product is hereafter denoted CSM": the name is the product's ("hereafter" opens the naming), not the
    copper mesh the step started from, which the paper's "pristine copper mesh" still names. The one design the
    paper defines and tests is the one its methods' test conditions are set for."""
    found = rows([(METHODS, "A copper mesh was heated in sulfur vapour to grow Cu2S nanowires; the product is hereafter "
                            "denoted CSM. Copper mesh soaked in ethanol only is denoted E-CM."),
                  (("2. Experimental Section", "2.2 Electrochemical measurements"),
                   "Symmetric cells were cycled at 2 mA cm−2 with a capacity of 1 mAh cm−2."),
                  (RESULTS, "CSM shows a nucleation overpotential of 11 mV, lower than E-CM (23 mV) and the pristine "
                            "copper mesh (37 mV)."),
                  (RESULTS, "The CSM/Li symmetric cell runs for 1100 h, whereas the E-CM/Li cell fails at 300 h.")],
                 title="Stable lithium metal anodes enabled by a sulfide nanowire scaffold")
    assert {("Overpotential", 11.0), ("CurrentDensity", 2.0)} <= {(p, v) for p, v, label in found if "CSM" in label}
    assert ("Overpotential", 37.0, "pristine copper mesh") in found


def test_arms_a_short_form_written_with_an_en_dash_is_one_arm_with_its_long_form(arms):
    """"a MoS2-coated graphene aerogel (MoS2–GA)": the short form keeps its en dash where it is defined and later, and
    the long form with the bracket is the same design, not a second arm beside "MoS2–GA"."""
    model = arms([(RESULTS, "We build a MoS2-coated graphene aerogel (MoS2–GA) that guides lithium plating."),
                  (RESULTS, "The nucleation overpotential is 12 mV for MoS2–GA and 47 mV for bare Cu.")])
    assert len([a for a in model.arms.values() if any("MoS2–GA" in n for n in (a.label, *a.aliases))]) == 1


def test_arms_a_material_compared_with_and_its_bracketed_figure_is_the_control_made_of_it(rows):
    """"higher than that of PE (0.41 mS cm−1)": the material the paper's one control is made of, written alone as what
    the design is compared with, with its figure in brackets, is that control."""
    found = rows([(RESULTS, "The electrolyte uptake of AlF@PE and the pristine PE separator is 150% and 88%, respectively."),
                  (RESULTS, "The ionic conductivity of AlF@PE (0.77 mS cm−1) is higher than that of PE (0.41 mS cm−1).")])
    assert ("IonicConductivity", 0.41, "pristine PE separator") in found


def test_arms_with_and_without_an_additive_respectively_pairs_both_arms(rows):
    """"With and without TMSP, the cells ran for 900 h and 150 h, respectively": "with" shares the additive that
    "without" names, so the first figure is the additive's arm and the second the arm without it."""
    found = rows([(RESULTS, "We add 2 wt% tris(trimethylsilyl) phosphite (TMSP) to a carbonate electrolyte."),
                  (RESULTS, "With and without TMSP, the Li|Li cells at 1 mA cm−2 ran for 900 h and 150 h, respectively.")])
    lifespans = {(v, label) for prop, v, label in found if prop == "Lifespan"}
    assert any(v == 900.0 and "TMSP" in label and "without" not in label for v, label in lifespans)
    assert not any(v == 900.0 and "without" in label for v, label in lifespans)
    assert any(v == 150.0 and "without" in label for v, label in lifespans)


def test_arms_without_an_additive_is_the_electrolyte_the_paper_adds_it_to(arms):
    """"the DFA electrolyte was RE with 0.5 wt% DFA": the cells "without DFA" are the ones with RE, one control, not a
    second one beside it."""
    model = arms([(RESULTS, "We study a difluoroacetate additive (DFA) for carbonate electrolytes."),
                  (METHODS, "The reference electrolyte (RE) was 1 M LiPF6 in EC/DMC; the DFA electrolyte was RE with "
                            "0.5 wt% DFA."),
                  (RESULTS, "With and without DFA, the Li|Li cells ran for 700 h and 120 h, respectively."),
                  (RESULTS, "The average Coulombic efficiency in RE was only 94.9%.")])
    controls = [a for a in model.arms.values() if a.role == Role.CONTROL]
    assert len(controls) == 1 and "RE" in controls[0].label


def test_arms_a_metal_the_paper_modified_is_not_the_bare_metal(rows):
    """"the monolayer-grafted copper", then "the modified Cu": a design named only by what was done to a plain metal
    is not that metal, so its figures do not go to the bare Cu it is compared with; "the modified Cu" after a
    determiner is the thing the paper changed, not a fragment of a hyphenated word."""
    found = rows([(RESULTS, "We graft a phosphonate monolayer onto copper foils, and the monolayer-modified copper is "
                            "compared with bare Cu."),
                  (RESULTS, "The water contact angle on the modified Cu is 105°, against 70° on bare Cu."),
                  (RESULTS, "Anode-free cells with the modified Cu retain 65% of their capacity after 90 cycles, whereas "
                            "those with bare Cu retain 30%.")])
    assert ("ContactAngle", 70.0, "bare Cu") in found and ("CapacityRetention", 30.0, "bare Cu") in found
    assert not {("ContactAngle", 105.0, "bare Cu"), ("CapacityRetention", 65.0, "bare Cu")} & found
    assert {(p, v) for p, v, label in found if "modified" in label} >= {("ContactAngle", 105.0), ("CapacityRetention", 65.0)}


def test_arms_a_change_told_to_the_new_figure_from_the_old_one_is_the_design_s_after(rows):
    """"PCu raises the average CE to 98.8% from 96.0% for bare Cu": the design's figure is the one it raised the
    property to, the control's the one it started from (the order of "from 96.0% to 98.8%" turned round)."""
    found = rows([(RESULTS, "A phosphonate-coated copper (PCu) was made by dip coating."),
                  (RESULTS, "PCu raises the average Coulombic efficiency to 98.8% from 96.0% for bare Cu.")])
    ce = {(v, label) for p, v, label in found if p == "CoulombicEfficiency"}
    assert any(v == 98.8 and "PCu" in label for v, label in ce) and (96.0, "bare Cu") in ce
    assert (98.8, "bare Cu") not in ce


def test_arms_a_second_name_in_a_sentence_reads_its_own_words_not_the_product_named_before(arms):
    """"…; the product is named TNF and the bare nickel foam is denoted NF": NF names the bare foam, read after the
    first naming, not the product the first name took."""
    model = arms([(METHODS, "Here we coat nickel foams with tin; the product is named TNF and the bare nickel foam is "
                            "denoted NF."),
                  (RESULTS, "TNF kept a Coulombic efficiency of 98.5% for 200 cycles, while NF fell to 91%.")])
    assert model.glossary["TNF"] == "product" and model.glossary["NF"] == "bare nickel foam"


def test_arms_verbs_of_treating_are_spelled_once_with_their_forms():
    """The lexicon's ``treating`` gives each verb once, [present, third person, participle]; the participles
    (``treatments``) and the present tense (``treatment_verbs``) are read out of it, verb by verb."""
    from pipeline.nlp.patterns import _structure_lexicon, structure_words
    verbs = _structure_lexicon()["treating"]
    words = structure_words()
    assert all(len(forms) == 3 for forms in verbs)
    assert "treating" not in words
    assert words["treatments"] == tuple(participle for *_, participle in verbs)
    assert words["treatment_verbs"] == tuple(w for present, third, _ in verbs for w in (present, third))
    assert {"decorated", "wrapped"} <= set(words["treatments"])
    assert {"decorate", "decorates", "wrap", "wraps"} <= set(words["treatment_verbs"])


def test_arms_cell_kinds_and_word_sets_are_read_from_the_lexicon():
    """The kinds of test cell are the lexicon's (``cell_kinds``), each also with "-al" ("symmetrical"); a lexicon list
    looked a word up in is its words in lower case ("LMB" → "lmb")."""
    from pipeline.linking.names import CELL_TAIL
    from pipeline.nlp.patterns import lexicon_words, structure_words
    kinds = structure_words()["cell_kinds"]
    assert {"half", "pouch", "symmetric"} <= set(kinds)
    for kind in kinds:      # the kind is part of the cell's tail, not a word of the name before it
        assert CELL_TAIL.search(f"the PXQ-7 {kind} cells").group() == f" {kind} cells"
        assert CELL_TAIL.search(f"the PXQ-7 {kind}al-cell").group() == f" {kind}al-cell"
    assert CELL_TAIL.search("the PXQ-7 prism cells").group() == " cells"      # no kind the lexicon names
    assert "lmb" in lexicon_words("cell_words") and "LMB" not in lexicon_words("cell_words")


def test_arms_the_treated_product_rule_reads_both_voices_in_one_clause():
    """"We wrap a tungsten-boride scaffold with PXQ-7 sheets": a verb of treating, its object, "with" in one clause;
    "the scaffold was wrapped with": the passive after the thing. A comma between verb and "with", or no verb of
    treating, breaks the rule."""
    from pipeline.linking.treated import treated_thing, treating_with_before
    active = "We wrap a tungsten-boride scaffold with PXQ-7 sheets."
    start = active.index("tungsten")
    end = active.index(" with")
    assert treated_thing(active, start, end)
    assert treating_with_before(active, end + 1)
    passive = "A tungsten-boride scaffold was evenly wrapped with PXQ-7 sheets."
    assert treated_thing(passive, 2, passive.index(" was"))
    broken = "We wrap a tungsten-boride scaffold, then press it with PXQ-7 sheets."
    assert not treated_thing(broken, broken.index("tungsten"), broken.index(","))
    assert not treating_with_before(broken, broken.index("with"))
    untreated = "We press a tungsten-boride scaffold with PXQ-7 sheets."
    assert not treated_thing(untreated, untreated.index("tungsten"), untreated.index(" with"))
    assert not treating_with_before(untreated, untreated.index("with"))


def test_arms_a_treatment_participle_is_a_design_word_and_names_a_change():
    """The treatments of the structure-words lexicon are design words too ("the doped carbon"), and every reader
    of a treatment takes the whole list: "S-doped carbon" and "Ag-loaded carbon" are both carbon something
    changed, so neither keys as plain carbon."""
    from pipeline.nlp.patterns import structure_words
    words = structure_words()
    assert set(words["treatments"]) <= set(words["design_words"])
    assert {"proposed", "as-prepared", "modified"} <= set(words["design_words"])
    for changed in ("the S-doped carbon cloth", "the Ag-loaded carbon cloth"):
        assert name_key(changed, {}) != name_key("the carbon cloth", {})


def test_arms_a_code_after_a_long_with_clause_names_the_design_though_it_holds_a_metal(rows):
    """"A nickel foam with a ladder of lithiophilic zinc sites (LZn-NF)": the code follows a clause of five words and
    holds the symbol of the nickel it is built on, yet it is the paper's name for its design, not a material."""
    found = rows([(("Abstract",), "A nickel foam with a ladder of lithiophilic zinc sites (LZn-NF) holds lithium.",
                   "abstract"),
                  (RESULTS, "LZn-NF cycles for 1,300 h at 2 mA cm−2."),
                  (RESULTS, "The plain nickel foam fails after 140 h.")])
    assert (1300.0, "LZn-NF") in {(v, label) for _, v, label in found}


def test_arms_a_sentence_opening_on_its_keeps_the_arms_figures_before_it_turns_to_cited_works(rows):
    """"Its CE of 99.2% … exceeds reported hosts such as X [7], which stay below 97%": the figures before the
    words that report others are the own arm's, the one after is the cited work's."""
    found = rows([(("Abstract",), "A copper foam with quinone groups (ZQ-Cu) is used as a lithium host.", "abstract"),
                  (RESULTS, "ZQ-Cu cycles for 900 h at 1 mA cm−2. Its average "
                            "Coulombic efficiency of 99.2% over 400 cycles exceeds previously reported hosts such as "
                            "nickel nanowire networks [7], which stay below 97%.")])
    got = {(v, label) for _, v, label in found}
    assert (99.2, "ZQ-Cu") in got and (400.0, "ZQ-Cu") in got and (97.0, "ZQ-Cu") not in got


def test_arms_a_list_the_paper_calls_its_controls_are_arms_with_their_bracketed_figures(rows):
    """"three controls were prepared: bare Cu, ZnO@Cu and MgO@Cu": each is an arm, and "80 h (ZnO@Cu)" is its
    figure, though the name is read inside its brackets."""
    found = rows([(("Abstract",), "A tungsten oxide skin on copper (WO-Cu) guides lithium plating.", "abstract"),
                  (RESULTS, "To tell the metals apart, three controls were prepared: bare Cu, ZnO@Cu and MgO@Cu."),
                  (RESULTS, "Half cells fail after 60 h (bare Cu), 80 h (ZnO@Cu) and 150 h (MgO@Cu), whereas WO-Cu "
                            "runs for 700 h.")])
    got = {(v, label) for _, v, label in found}
    assert {(60.0, "bare Cu"), (80.0, "ZnO@Cu"), (150.0, "MgO@Cu")} <= got


def test_arms_a_label_takes_the_defined_form_and_the_short_form_the_paper_writes_most(arms):
    """"… nanosheets grown on Cu foil (denoted as NiNC/Cu)", its long form and three spellings with the short form
    each written once: the label is the long form with the short form, not the long form alone; of "ZPL" (the layer) and "ZPL-Li" (the anode it gives), written once and three times, the label
    takes "ZPL-Li"."""
    one = arms([(("Abstract",), "Herein, nickel-nitrogen co-doped carbon nanosheets are grown on Cu foil (denoted as "
                                "NiNC/Cu) as a lithiophilic current collector.", "abstract"),
                (RESULTS, "The as-prepared NiNC/Cu electrode keeps a Coulombic efficiency of 98.6% for 300 cycles."),
                (RESULTS, "The Li@NiNC/Cu symmetric cell runs for 900 h.")])
    assert one.arms[one.main].label.endswith("(NiNC/Cu)")
    two = arms([(("Abstract",), "A zinc phosphate layer (ZPL) is grown on lithium foil to give a protected anode "
                                "(ZPL-Li).", "abstract"),
                (RESULTS, "ZPL-Li symmetric cells run for 700 h at 1 mA cm−2, while bare Li cells fail after 90 h."),
                (RESULTS, "The ZPL-Li||LFP cell keeps 90.2% of its capacity after 200 cycles.")])
    assert two.arms[two.main].label.endswith("(ZPL-Li)")


def test_arms_methods_thicknesses_of_a_cast_coating_and_of_the_li_foil_beside_the_cathode(rows):
    """"cast onto Li foil to a thickness of 3 μm" is the coating's thickness, "50 μm Li foil" paired with a cathode
    the foil's (the lithium foil's thickness, a setting of the cells), and the cathode's loading a condition of the
    tested cells; a wet film cast to 80 μm that shrank to 30 μm on drying is no thickness of anything."""
    found = rows([(("Abstract",), "A boron nitride ink layer (BNL) is cast on lithium to give a protected anode.",
                   "abstract"),
                  (METHODS, "The BNL ink was cast onto Li foil to a thickness of 3 μm and dried in argon."),
                  (METHODS, "The slurry was cast onto a glass plate to a thickness of 80 μm, which shrank to 30 μm "
                            "after drying."),
                  (METHODS, "Full cells paired 50 μm Li foil with NCM622 cathodes. The NCM622 cathodes had an areal "
                            "capacity of 3.1 mAh cm−2."),
                  (RESULTS, "BNL symmetric cells run for 800 h, while bare Li cells fail after 120 h.")])
    got = {(p, v) for p, v, _ in found}
    assert {("Thickness", 3000.0), ("LithiumFoilThickness", 50000.0), ("ArealCapacity", 3.1)} <= got
    assert ("Thickness", 80000.0) not in got


@pytest.mark.parametrize("said", ["Li foils (450 μm thick) were used as counter electrodes.",
                                  "The thickness of the Li foil was 450 μm.",
                                  "Lithium foil with a thickness of 450 μm served as the counter electrode.",
                                  "A 450 μm Li foil was used in all cells."])
def test_arms_the_thickness_of_the_lithium_foil_the_cells_are_built_with_is_each_tested_arm_s(rows, said):
    """"Li foils (450 μm thick) were used as counter electrodes", "The thickness of the Li foil was 450 μm": the
    plain lithium foil every cell is built with, its thickness a setting of each tested arm's cells (not the design's
    layer thickness, nor the main design's alone); a layer on the foil keeps its own thickness."""
    found = rows([(INTRO, "Here, a tantalum-boride skin (TBS) on lithium is compared with bare Li."),
                  (METHODS, "CR2032 coin cells were assembled in an argon-filled glove box. " + said),
                  (METHODS, "The TBS on the Li foil was 80 nm thick."),
                  (RESULTS, "In symmetric cells, TBS@Li cycles for 1300 h, while bare Li fails after 150 h."),
                  (RESULTS, "TBS@Li||NCM811 full cells retain 86.1% of their capacity after 300 cycles, whereas bare "
                            "Li||NCM811 cells retain 49.5%.")],
                 title="A tantalum-boride skin for lithium metal anodes")
    assert {label for p, v, label in found if p == "LithiumFoilThickness" and v == 450000.0} == {
        "tantalum-boride skin (TBS)", "bare Li"}
    assert ("Thickness", 80.0) in {(p, v) for p, v, _ in found}


@pytest.mark.parametrize("method", ["Li foils (300 μm thick) were used as counter electrodes.",
                                    "All the cells were kept under a stack pressure of 1.5 MPa during cycling."])
def test_arms_a_design_written_on_lithium_only_in_a_symmetric_cell_result_is_tested(rows, method):
    """"In symmetric cells, NCS@Li runs for 900 h, while bare Li fails after 160 h": the design's figure stated, then a
    clause setting the control against it, tests the design as much as the control, so a setting of every cell
    (the lithium foil they are built with, the stack pressure) is the design's too, though no full cell names it."""
    found = rows([(INTRO, "Here, a niobium-carbide skin (NCS) on lithium is compared with bare Li."),
                  (METHODS, "CR2032 coin cells were assembled in an argon-filled glove box. " + method),
                  (RESULTS, "In symmetric cells, NCS@Li runs for 900 h, while bare Li fails after 160 h.")],
                 title="A niobium-carbide skin for lithium metal anodes")
    assert {label for p, v, label in found if p in ("LithiumFoilThickness", "StackPressure")} == {
        "niobium-carbide skin (NCS)", "bare Li"}


def test_arms_each_film_after_a_list_of_coded_films_is_those_films_not_the_bare_control(rows):
    """"… the films are denoted MF-1, MF-2 and MF-3. Each film was pressed to 5 μm": no arm is called a film, so
    "each film" is the films the passage named, not every arm the paper tests (bare Li is no film)."""
    found = rows([(METHODS, "Silica particles (1, 2 and 4 wt%) were mixed into PEO; the films are denoted MF-1, MF-2 "
                            "and MF-3, respectively. Each film was pressed to a thickness of 5 μm."),
                  (RESULTS, "In Li||Li cells, MF-2@Li ran for 900 h, whereas MF-1@Li and bare Li failed after 300 "
                            "and 100 h, respectively.")])
    holders = {label for p, v, label in found if p == "Thickness"}
    assert "bare Li" not in holders and any(h.startswith("MF-2") for h in holders)


def test_arms_a_bare_garnet_is_a_control_made_of_the_garnet_electrolyte(rows):
    """"the bare garnet cell": garnet is the solid electrolyte LLZO by its family name, so a control word before it
    names the paper's control, which takes its own figure."""
    found = rows([(("Abstract",), "A thin silver nitride interlayer (AgN) is sputtered on garnet pellets.", "abstract"),
                  (RESULTS, "The critical current density of the AgN-coated garnet cell reaches 1.1 mA cm−2, while the "
                            "bare garnet cell shorts at 0.2 mA cm−2.")])
    assert any(v == 0.2 and "garnet" in label and "AgN" not in label for _, v, label in found)


def test_arms_the_material_written_before_without_is_part_of_the_control_s_name(rows):
    """"1,300 Ω cm2 for the garnet without the interlayer": the control is that garnet, so its name keeps the word."""
    found = rows([(("Abstract",), "A thin silver nitride interlayer (AgN) is sputtered on garnet pellets.", "abstract"),
                  (RESULTS, "The interfacial resistance of the AgN-garnet cell is 12 Ω cm2, compared with 1,300 Ω cm2 for "
                            "the garnet without the interlayer.")])
    assert any(v == 1300.0 and label.startswith("garnet without") for _, v, label in found)


def test_arms_an_additive_in_a_recipe_against_the_recipe_alone(rows):
    """"the cell using 1 M LiPF6 in EC/DMC with 0.05 M TPFPB cycles for 700 h, while the cell using 1 M LiPF6 in
    EC/DMC alone fails after 120 h": the additive at its amount is the design (not one name with the solvents before
    it), the recipe "alone" is the baseline control, and "the cell with TPFPB reaches …" names the design."""
    found = rows([(("Abstract",), "Adding 0.05 M tris(pentafluorophenyl)borane (TPFPB) to a carbonate electrolyte "
                                  "protects lithium.", "abstract"),
                  (RESULTS, "The Li|Li cell using 1 M LiPF6 in EC/DMC with 0.05 M TPFPB cycles for 700 h, while the "
                            "cell using 1 M LiPF6 in EC/DMC alone fails after 120 h."),
                  (RESULTS, "The Li|Cu cell with TPFPB reaches an average Coulombic efficiency of 98.1%.")])
    got = {(v, label) for _, v, label in found}
    assert {(700.0, "tris(pentafluorophenyl)borane (TPFPB)"), (120.0, "1 M LiPF6 in EC/DMC"),
            (98.1, "tris(pentafluorophenyl)borane (TPFPB)")} <= got


def test_arms_a_caption_that_lands_in_the_methods_reports_what_it_shows(rows):
    """A figure and its caption float: the typesetter sets them where they fit, the methods' column often. A
    caption read there still reports its panels' results; only the methods' own text is held to conditions."""
    caption = ("Figure 4. (a) Cycling of Li||Cu cells with the tungsten-boride host and with bare Cu at 0.5 mA cm−2; "
               "the host kept an average Coulombic efficiency of 98.7% for 300 cycles. (b) Voltage profiles after "
               "150 cycles.")
    results = [(INTRO, "We report a tungsten-boride host for lithium metal anodes."),
               (RESULTS, "The tungsten-boride host was set against bare Cu in Li||Cu cells (Figure 4a).")]
    where_it_lands = [*results[:1], (METHODS, "Coin cells were assembled in an argon-filled glove box."),
                      (METHODS, caption, "caption"), *results[1:]]
    where_it_is_discussed = [*results, (RESULTS, caption, "caption")]
    found = rows(where_it_lands)
    assert ("CoulombicEfficiency", 98.7, "tungsten-boride host") in found
    assert found == rows(where_it_is_discussed)


def test_arms_a_results_subsection_named_for_a_step_reports_results_though_read_beside_results(make_document, nlp):
    """"Results" then "Synthesis and testing of the X host" set alike (one size, one weight): the reader finds
    the second heading beside the first, not under it. What follows still reports results; only a heading that
    names the methods part itself ("Methods") opens methods text again."""
    from pipeline.extract import read_paper
    from pipeline.records import BlockKind

    def heading(text):
        return ((), text, "heading")
    paragraphs = [(INTRO, "We report a niobium-carbide host for lithium metal anodes."), heading("Results"),
                  heading("Synthesis and testing of the niobium-carbide host"),
                  (("Synthesis and testing of the niobium-carbide host",),
                   "The niobium-carbide host kept a Coulombic efficiency of 98.9% for 400 cycles."),
                  heading("Methods"), heading("Synthesis of the host"),
                  (("Synthesis of the host",), "The carbide powder was pressed at 20 MPa and annealed at 900 °C.")]
    paper = read_paper(make_document(paragraphs, review=False), nlp)
    assert [s.kind for s in paper.sentences] == [BlockKind.BODY] * 3
    assert paper.methods == (False, False, True)


def test_arms_a_cell_of_bare_electrodes_is_the_control_of_a_paper_that_names_none(rows):
    """The paper never says "bare Li": the Li||Li cell it sets its design against is the control, by that name,
    not a figure of no one."""
    found = rows([(RESULTS, "A scandium nitride interphase (SNI) is grown on lithium."),
                  (RESULTS, "SNI-Li||SNI-Li cells ran for 650 h, far longer than Li||Li cells (110 h).")])
    assert {(v, label) for p, v, label in found if p == "Lifespan"} == {
        (650.0, "scandium nitride interphase (SNI)"), (110.0, "Li||Li")}


def test_arms_a_methods_condition_for_a_kind_of_cell_goes_to_the_arms_tested_in_that_kind(rows):
    """The main design is a family never tested as such; a methods sentence on "the half-cell test" speaks of the
    arms the results test in half-cells, and one on pouch cells, which the results name with no arm, of none."""
    found = rows([((), "Here we report indium-doped garnet electrolytes (IDG) for anode-free cells.", "abstract"),
                  (RESULTS, "Garnet pellets with x = 0.1 and 0.3 indium, denoted IG-1 and IG-3, were compared."),
                  (RESULTS, "The half-cell with the IG-3 pellet kept a Coulombic efficiency of 99.2%, whereas the "
                            "half-cell with the IG-1 pellet kept 97.4%."),
                  (METHODS, "The half-cell test was run at a current density of 0.8 mA cm−2."),
                  (METHODS, "The pouch cells were cycled at 0.3 mA cm−2.")],
                 title="Indium exsolution from doped garnet electrolytes for anode-free cells")
    assert {(v, label) for p, v, label in found if p == "CurrentDensity"} == {(0.8, "IG-3 pellet"), (0.8, "IG-1 pellet")}


def test_arms_a_methods_sentence_on_how_a_result_was_measured_sets_the_test_of_every_arm_with_that_result(rows):
    """"Coulombic efficiencies were measured at 0.6 mA cm−2 with a reservoir of 4 mA h cm−2": a Coulombic efficiency
    is a Li||Cu cell's result (the ontology's cell cue), so the settings are those of every arm tested in such cells,
    not of the design alone, and not of an arm tested only in symmetric cells; a cycle count a Li||Cu cell "failed
    after" is how long it lasted, no short circuit."""
    found = rows([(METHODS, "Coulombic efficiencies were measured at 0.6 mA cm−2 with a reservoir of 4 mA h cm−2."),
                  (RESULTS, "We compared a plain sulfone electrolyte (PSE) with a fluorinated sulfone electrolyte "
                            "(FSE) and a nitrile electrolyte (NTE)."),
                  (RESULTS, "Li||Cu cells using FSE reach a Coulombic efficiency of 99.1%, and those using PSE a "
                            "Coulombic efficiency of 96.4%. Li||Cu cells using NTE failed after only 40 cycles."),
                  (RESULTS, "Symmetric cells with FSE ran for 700 h. Symmetric cells with a carbonate electrolyte "
                            "(CBE) ran for 200 h.")],
                 title="A fluorinated sulfone electrolyte for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CurrentDensity"} == \
        {(0.6, f"{name} ({short})") for name, short in (("fluorinated sulfone electrolyte", "FSE"),
                                                         ("plain sulfone electrolyte", "PSE"),
                                                         ("nitrile electrolyte", "NTE"))}
    assert ("CycleNumber", 40.0, "nitrile electrolyte (NTE)") in found


def test_arms_a_methods_condition_for_a_kind_of_cell_goes_to_every_arm_tested_in_it_the_design_too(rows):
    """"Symmetric cells were tested at 3 mA cm−2": each arm the results test in symmetric cells ran so, not only the
    main design; a sentence on "the B and C cells" right after one on a symmetric cell goes on about that test, while
    the full-cell condition stays with the arms the full cells test."""
    found = rows([(INTRO, "Here, tungsten-boride scaffolds grown for 1 and 5 h, denoted WBS-1 and WBS-5, are compared "
                          "with bare Ni foam."),
                  (METHODS, "Symmetric cells were tested at 3 mA cm−2. Full cells with LiFePO4 cathodes were cycled at "
                            "0.5 C."),
                  (RESULTS, "The WBS-5 symmetric cell lasted 1250 h. The WBS-1 cell survived 620 h, and the bare Ni "
                            "foam cell shorted after 130 h."),
                  (RESULTS, "In full cells, WBS-5 retained 90.5% of its capacity, against 55.2% for bare Ni foam.")],
                 title="Tungsten-boride scaffolds for lithium hosts")
    assert {label for p, v, label in found if p == "CurrentDensity"} == {"WBS-5", "WBS-1", "bare Ni foam"}
    assert {label for p, v, label in found if p == "CRate"} == {"WBS-5", "bare Ni foam"}


def test_arms_a_methods_cathode_loading_is_every_full_cell_s_not_a_step_of_making(rows):
    """"LiMnPO4 cathodes had a mass loading of 11 mg cm−2": the loading of the cathode every full cell was built with
    is a condition of each arm tested in full cells (the design and its control, not the arm only the symmetric cells
    test); a loading a making step sets in its own clause ("rolled to a loading of …") is the step's."""
    found = rows([(INTRO, "Here, a vanadium-boride skin (VBS) on lithium is compared with bare Li and with a "
                          "vanadium-oxide skin (VOS)."),
                  (METHODS, "LiMnPO4 cathodes had a mass loading of 11 mg cm−2. A second LiMnPO4 sheet was "
                            "rolled to a loading of 4 mg cm−2."),
                  (RESULTS, "In symmetric cells, VBS@Li ran for 900 h, while VOS@Li and bare Li failed after 300 and "
                            "100 h."),
                  (RESULTS, "VBS@Li||LiMnPO4 full cells kept 91.2% of their capacity after 300 cycles, whereas bare "
                            "Li||LiMnPO4 cells kept 60.4%.")],
                 title="A vanadium-boride skin for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "ArealMassLoading"} == {
        (11.0, "vanadium-boride skin (VBS)"), (11.0, "bare Li")}


def test_arms_a_methods_condition_for_cells_named_by_their_stack_goes_to_the_arms_tested_against_that_electrode(rows):
    """"Li|Ni cells were plated with 2 mAh cm−2 each cycle", "Li–Se and Li|LMO cells ran at 0.3 C": cells
    named by the electrode they are tested against are a kind of cell, so the condition goes to every arm the results
    test against Ni (the control too), and the rate to those tested against a cathode, not to the rest."""
    found = rows([(INTRO, "Here, coated separators QX-1 and QX-2 are compared with a bare polyimide separator (PI)."),
                  (METHODS, "Li|Ni cells were plated with an areal capacity of 2 mAh cm−2 each cycle. Li–Se and Li|LMO "
                            "cells ran at 0.3 C."),
                  (RESULTS, "Li|Ni cells with PI, QX-1 or QX-2 kept 91.0%, 96.5% and 98.2% Coulombic efficiency at "
                            "3 mA cm−2, respectively."),
                  (RESULTS, "The Li|LMO cell with QX-2 retained 88.4% after 300 cycles, against 61.0% for the cell with "
                            "PI.")],
                 title="Coated separators for lithium metal batteries")
    pi = "polyimide separator (PI)"
    assert {label for p, v, label in found if p == "ArealCapacity" and v == 2.0} == {"QX-1", "QX-2", pi}
    assert {label for p, v, label in found if p == "CRate"} == {"QX-2", pi}


def test_arms_a_methods_figure_for_every_cell_goes_to_every_arm_the_results_test_in_cells(rows):
    """"All cells were kept under a stack pressure of 1.5 MPa", "Each cell contained 40 μL of electrolyte": a figure
    for every cell, no arm or kind named, is a condition of each arm the results test in cells ("pressed at 1.5 MPa
    during cycling" too: the words after it say it was set for the test, no step of making); a sentence that names
    one arm keeps it to that arm, and temperatures held "either … or …" are no cell's for certain."""
    def paper(method):
        return [(INTRO, "Here, a molybdenum-boride skin (MBS) on lithium is compared with bare Li."),
                (METHODS, "CR2032 coin cells were assembled in an argon-filled glove box. " + method),
                (RESULTS, "In symmetric cells, MBS@Li cycles for 1400 h, while bare Li fails after 160 h."),
                (RESULTS, "MBS@Li||NCM811 full cells retain 88.5% of their capacity after 300 cycles, whereas bare "
                          "Li||NCM811 cells retain 52.1%.")]
    title = "A molybdenum-boride skin for lithium metal anodes"
    both = {"molybdenum-boride skin (MBS)", "bare Li"}
    for method in ("All the cells were kept under a stack pressure of 1.5 MPa during cycling.",
                   "All the cells were pressed at 1.5 MPa during cycling.",
                   "The electrolyte volume was 40 μL for every cell.", "All electrochemical tests were run at 25 °C."):
        found = rows(paper(method), title=title)
        assert {label for p, v, label in found if v in (1.5, 40.0, 25.0)} == both, method
    found = rows(paper("The MBS@Li symmetric cells were also tested at 5 mA cm−2."), title=title)
    assert {label for p, v, label in found if v == 5.0} == {"molybdenum-boride skin (MBS)"}
    found = rows(paper("All cells were kept at either 25 °C or 45 °C."), title=title)
    assert not {label for p, v, label in found if p == "Temperature"} - {"molybdenum-boride skin (MBS)"}


def test_arms_the_pressure_the_cells_were_assembled_under_is_every_cell_s_stack_pressure(rows):
    """"The cells were assembled under a pressure of 1.5 MPa": what the cells themselves were put together under is
    the stack pressure each tested arm's cells hold; a thing "assembled from nanosheets" or "pressed into pellets"
    under a pressure is still a step of making, no condition of any cell."""
    def paper(method):
        return [(INTRO, "Here, a scandium-nitride skin (SNS) on lithium is compared with bare Li."),
                (METHODS, method),
                (RESULTS, "In symmetric cells, SNS@Li runs for 1100 h, while bare Li fails after 140 h.")]
    title = "A scandium-nitride skin for lithium metal anodes"
    for method in ("The cells were assembled under a pressure of 1.5 MPa.",
                   "All cells were assembled and crimped under a stack pressure of 1.5 MPa in a glove box."):
        found = rows(paper(method), title=title)
        assert {label for p, v, label in found if p == "StackPressure"} == {"scandium-nitride skin (SNS)", "bare Li"}
    for method in ("The SNS film was assembled from nanosheets under a pressure of 1.5 MPa.",
                   "The SNS powder was pressed into pellets under a pressure of 1.5 MPa before the cells were "
                   "assembled."):
        assert not {label for p, v, label in rows(paper(method), title=title) if p == "StackPressure"}, method


@pytest.mark.parametrize("lead, first, second, prop, values", [
    ("The cells were compared at two current densities.", "HBS@Li: 1150 h at 1 mA cm−2 and 520 h at 3 mA cm−2.",
     "Bare Li: 170 h and 55 h.", "Lifespan", (170.0, 55.0)),
    ("Average Coulombic efficiencies were compared.", "HBS@Li: 98.7% at 0.5 mA cm−2 and 97.6% at 3 mA cm−2.",
     "Bare Li: 92.9% and 84.8%.", "CoulombicEfficiency", (92.9, 84.8)),
])
def test_arms_a_labelled_list_s_second_line_goes_on_with_the_first_line_s_measure(rows, lead, first, second, prop,
                                                                                  values):
    """"A: 1150 h at 1 mA cm−2 and 520 h at 3 mA cm−2. Bare Li: 170 h and 55 h.": results written as a labelled list
    name the measure once; the second line's bare figures are the same measure, of the thing its label names, under
    the first line's conditions."""
    found = rows([(INTRO, "Here, a hafnium-boride skin (HBS) on lithium is compared with bare Li."),
                  (RESULTS, " ".join((lead, first, second)))],
                 title="A hafnium-boride skin for lithium metal anodes")
    assert {v for p, v, label in found if p == prop and label == "bare Li"} == set(values)
    assert {v for p, v, label in found if p == "CurrentDensity" and label == "bare Li"} >= {3.0}


def test_arms_a_methods_sentence_whose_clauses_each_name_an_arm_keeps_each_figure_to_its_clause_s_arm(rows):
    """"Symmetric cells with MBS@Li were cycled at 3 mA cm−2, and those with bare Li at 1 mA cm−2": each clause sets
    its own arm's condition, so neither figure is poured onto both arms; a clause that names none shares the arms of
    the sentence ("…, and cycled at 1 mA cm−2")."""
    def paper(method):
        return [(INTRO, "Here, a molybdenum-boride skin (MBS) on lithium is compared with bare Li."),
                (METHODS, method),
                (RESULTS, "In symmetric cells, MBS@Li cycles for 1400 h, while bare Li fails after 160 h.")]
    title = "A molybdenum-boride skin for lithium metal anodes"
    mbs, bare = "molybdenum-boride skin (MBS)", "bare Li"
    found = rows(paper("Symmetric cells with MBS@Li were cycled at 3 mA cm−2, and those with bare Li at 1 mA cm−2."),
                 title=title)
    assert {(v, label) for p, v, label in found if p == "CurrentDensity"} == {(3.0, mbs), (1.0, bare)}
    found = rows(paper("Symmetric cells with MBS@Li and bare Li were assembled with 40 μL of electrolyte, and cycled "
                       "at 1 mA cm−2."), title=title)
    assert {(v, label) for p, v, label in found if p == "CurrentDensity"} == {(1.0, mbs), (1.0, bare)}


def test_arms_a_design_named_in_the_title_is_found_by_a_shorter_name_in_the_text(rows):
    """Title: "Silver- and gold-decorated carbon hosts"; the text defines only the silver one and then says "the
    gold-decorated host": that is the title's second design, not the silver one."""
    found = rows([(RESULTS, "We decorate carbon paper with silver nanoparticles (Ag@CP). Ag@CP kept a Coulombic "
                            "efficiency of 98.9%, and the gold-decorated host kept 98.1%.")],
                 title="Silver- and gold-decorated carbon hosts for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (98.9, "Ag@CP"), (98.1, "gold-decorated carbon hosts")}


def test_arms_the_verb_after_we_is_no_part_of_a_name(rows):
    """"We coat copper with …": 'coat' is the clause's verb, so the copper control is named "bare Cu", not "coat
    copper"."""
    found = rows([((), "We coat copper with a self-assembled monolayer (SAM-Cu). Anode-free SAM-Cu||LFP cells "
                       "retain 71% of their capacity after 100 cycles, compared with 28% for bare Cu.", "abstract")])
    assert {(v, label) for p, v, label in found if p == "CapacityRetention"} == {(71.0, "SAM-Cu"), (28.0, "bare Cu")}



def test_arms_a_metal_written_as_a_word_keys_a_name_by_its_element():
    """"bismuth nanosheet host" is keyed by bismuth, as "the bismuth host" is; "tungsten" and "molybdenum" tell two
    arms apart."""
    assert name_key("bismuth nanosheet host", {}) == name_key("the bismuth host", {})
    assert name_key("tungsten-carbide interlayer", {}) != name_key("molybdenum-carbide interlayer", {})

def test_arms_the_object_of_compare_is_set_against_the_other(rows):
    """"We compare A with B": both are arms the paper tests, so A's figure is not B's."""
    found = rows([((), "We compare cobalt-nitride interlayers with nickel-nitride interlayers on lithium.", "abstract"),
                  (RESULTS, "The cobalt-nitride interlayer gave a Coulombic efficiency of 99.2%, while the "
                            "nickel-nitride interlayer gave 97.8%.")],
                 title="Cobalt-nitride versus nickel-nitride interlayers for lithium metal anodes")
    assert {(v, label.startswith("cobalt")) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (99.2, True), (97.8, False)}


def test_arms_a_row_whose_first_cell_ends_in_a_head_noun_the_reader_left_out_is_named_whole(rows):
    """A sample the text never names, in its table's first column as "Etched nickel sheet": a name read from the
    cell's start that leaves out only its head noun ("Etched nickel") is the cell, whole."""
    found = rows([
        (RESULTS, "We compared the spun TiN@Cu collector with two other collectors in Li||Cu cells."),
        (RESULTS, "Collector | CE (%) | Cycles\nTiN@Cu | 98.9 | 320\nEtched nickel sheet | 96.5 | 160\n"
                  "Woven zinc felt | 95.1 | 120", "table")],
        title="A spun titanium nitride collector for lithium metal")
    ce = {label for p, v, label in found if p == "CoulombicEfficiency" and v in (96.5, 95.1)}
    assert ce == {"Etched nickel sheet", "Woven zinc felt"}, found


def test_arms_a_cited_row_of_the_papers_table_is_the_cited_design_its_first_cell_names(rows):
    """A research paper's table sets its design beside the works it cites, a work's number in a Ref. column: a
    cited row's figures are that work's design's, named by the row's first cell whole."""
    found = rows([
        (RESULTS, "We compared the spun TiN@Cu collector with collectors reported before."),
        (RESULTS, "Collector | CE (%) | Cycles | Ref.\nTiN@Cu | 98.9 | 320 | \nEtched nickel sheet | 96.5 | 160 | 12\n"
                  "Woven zinc felt | 95.1 | 120 | 13", "table")],
        title="A spun titanium nitride collector for lithium metal")
    ce = {(v, label) for p, v, label in found if p == "CoulombicEfficiency"}
    assert {(96.5, "Etched nickel sheet"), (95.1, "Woven zinc felt")} <= ce, found


def test_arms_a_cited_row_that_names_its_design_by_a_salt_or_a_formula_alone(rows):
    """Under "Additive", a cited row's first cell may be a salt alone ("LiBOB") or a formula the text never names
    ("CsPF6"): the column says it is the row's design, so its figures are the cited work's, not the paper's own."""
    found = rows([
        (RESULTS, "We compared the tungsten-boride additive with additives reported before."),
        (RESULTS, "Additive | CE (%) | Cycles | Ref.\nLiBOB | 95.2 | 100 | [11]\nCsPF6 | 96.9 | 120 | [13]\n"
                  "Tungsten-boride additive | 97.8 | 200 | This work", "table")],
        title="A tungsten-boride electrolyte additive for lithium metal")
    ce = {(v, label) for p, v, label in found if p == "CoulombicEfficiency"}
    assert {(95.2, "LiBOB"), (96.9, "CsPF6")} <= ce and not {v for v, label in ce if label.startswith("tungsten")} - {97.8}, found


def test_arms_codes_a_naming_verb_lists_are_one_arm_each_but_not_a_panel_or_an_ion(rows):
    """"denoted W1 and W2": a letter and a number name samples, though "Fig. W2" is a panel and "W2−" an ion."""
    found = rows([(("Abstract",), "Tungsten-boride hosts with 2 and 7 wt% boron, denoted W1 and W2, were grown."),
                  (RESULTS, "In Fig. W2, W2 kept a Coulombic efficiency of 98.7%, against 95.2% for W1; "
                            "W2− ions were not seen.")])
    assert {(p, v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        ("CoulombicEfficiency", 98.7, "W2"), ("CoulombicEfficiency", 95.2, "W1")}


def test_arms_codes_listed_in_commas_after_the_plural_they_name_are_one_arm_each(rows):
    found = rows([(("Abstract",), "Two boride-doped carbon hosts, B1 and B2, with 2 and 6 at% boron were grown."),
                  (RESULTS, "B2 kept a Coulombic efficiency of 98.9%, against 96.3% for B1.")])
    assert {(v, label) for p, v, label in found} == {(98.9, "B2"), (96.3, "B1")}


def test_arms_a_declared_code_written_as_a_panel_or_an_ion_is_no_mention_of_it(arms):
    text = "In Fig. W2, W2 kept a Coulombic efficiency of 98.7%; W2− ions were not seen."
    found = arms([(("Abstract",), "Tungsten-boride hosts with 2 and 7 wt% boron, denoted W1 and W2, were grown."),
                  (RESULTS, text), (RESULTS, "W1 kept 95.2%.")])
    assert [m.start for m in found.mentions[1]] == [text.index(", W2") + 2]


def test_arms_a_hyphenated_code_of_one_letter_listed_by_a_naming_verb_is_an_arm(rows):
    found = rows([(("Abstract",), "Three boride scaffolds, named B-1, B-2 and B-3, were made with rising boron content."),
                  (RESULTS, "B-2 gave the lowest overpotential of 11 mV, while B-1 and B-3 gave 25 and 19 mV, respectively.")])
    assert {(v, label) for p, v, label in found} == {(11.0, "B-2"), (25.0, "B-1"), (19.0, "B-3")}


def test_arms_a_cell_based_on_plain_lithium_foil_in_a_whereas_clause_is_the_control(rows):
    found = rows([(("Abstract",), "A tungsten-boride alloy foil (TBF) anode is rolled from the melt."),
                  (RESULTS, "The TBF-based symmetric cell kept a hysteresis of 14 mV, whereas the Li foil-based cell "
                            "rose to 66 mV.")])
    assert {(v, label) for p, v, label in found} == {(14.0, "tungsten-boride alloy foil (TBF) anode"), (66.0, "Li foil")}


def test_arms_a_figure_stated_as_a_multiple_of_another_arm_s_goes_to_that_arm(rows):
    """"five times that of the PXQ coating (1.1 GPa)": the bracketed figure is the coating compared with."""
    found = rows([(("Abstract",), "A boride-polymer composite coating (BPC) is cast on lithium."),
                  (RESULTS, "Nanoindentation gave a Young's modulus of 5.6 GPa for BPC, roughly five times that of "
                            "the PXQ coating (1.1 GPa).")])
    assert {(v, label) for p, v, label in found} == {(5.6, "boride-polymer composite coating (BPC)"),
                                                     (1.1, "PXQ coating")}


def test_arms_it_as_the_subject_stands_for_what_the_sentence_before_was_about(rows):
    """"The X host is paired with a sulfur cathode. After 150 cycles at 1 C it retains 81.3% …, against 55.9% for
    the plain copper foam": "it" is the design the sentence before spoke of, not the foam named later."""
    found = rows([(RESULTS, "We report a vanadium-nitride lattice (VNL) host for lithium."),
                  (RESULTS, "The VNL host is paired with a sulfur cathode. After 150 cycles at 1 C it retains 81.3% "
                            "of its capacity, against 55.9% for the plain copper foam.")],
                 title="A vanadium-nitride lattice host for lithium metal anodes")
    retention = {(v, label) for prop, v, label in found if prop == "CapacityRetention"}
    assert (81.3, "plain copper foam") not in retention
    assert {v for v, label in retention if "VNL" in label} == {81.3}
    assert (55.9, "plain copper foam") in retention


def test_arms_a_variant_coded_from_a_defined_short_form_is_an_arm_of_its_own(rows):
    """"a sulfonamide electrolyte (SAE), a diluted version of it (dSAE)": the letters of "dSAE" spell nothing of
    its phrase, but it is the defined SAE with a prefix, written alone later: a variant the paper tests, so a
    "respectively" list and a gapped list ("…, dSAE 98.1% and CRB only 90.7%") pair it with its own figures."""
    found = rows([(RESULTS, "We made a sulfonamide electrolyte (SAE), a diluted version of it (dSAE) and compared "
                            "both with a carbonate electrolyte (CRB)."),
                  (RESULTS, "The ionic conductivities of SAE, dSAE and CRB at 30 °C are 2.2, 5.1 and 8.7 mS cm−1, "
                            "respectively. SAE reaches an average Coulombic efficiency of 99.2%, dSAE 98.1% and "
                            "CRB only 90.7%.")],
                 title="A sulfonamide electrolyte for anode-free cells")
    assert {(prop, v, label) for prop, v, label in found if prop != "Temperature"} == {
        ("IonicConductivity", 2.2, "sulfonamide electrolyte (SAE)"), ("IonicConductivity", 5.1, "dSAE"),
        ("IonicConductivity", 8.7, "carbonate electrolyte (CRB)"),
        ("CoulombicEfficiency", 99.2, "sulfonamide electrolyte (SAE)"), ("CoulombicEfficiency", 98.1, "dSAE"),
        ("CoulombicEfficiency", 90.7, "carbonate electrolyte (CRB)")}


def test_arms_a_capital_added_to_a_short_form_is_another_acronym_not_a_variant(arms):
    """"solid electrolyte (SE)" and "scanning electron microscopy (SEM)": SEM is no variant of SE."""
    model = arms([(RESULTS, "A sulfide solid electrolyte (SE) sheet is pressed on copper."),
                  (RESULTS, "Scanning electron microscopy (SEM) shows a dense SE sheet. SEM also shows no cracks.")],
                 title="A sulfide solid electrolyte sheet")
    assert not any("SEM" in a.label for a in model.arms.values())


def test_arms_what_a_design_forms_in_every_sentence_naming_it_is_the_design_s_doing(arms, rows):
    """"A nitrate ether electrolyte (NEE) forms an 8 nm thick, Li3N-rich interphase on copper, and …": the
    interphase is what NEE makes, not a structure of its own, even where the title names it too."""
    title = "A nitrate ether electrolyte builds a thin Li3N-rich interphase for anode-free cells"
    paragraphs = [(RESULTS, "A nitrate ether electrolyte (NEE) forms an 8 nm thick, Li3N-rich interphase on copper, "
                            "and anode-free cells with NEE keep 75% of their capacity for 90 cycles.")]
    assert not any("interphase" in a.label for a in arms(paragraphs, title=title).arms.values())
    assert {label for _, _, label in rows(paragraphs, title=title)} == {"nitrate ether electrolyte (NEE)"}


@pytest.mark.parametrize("bar", ["||", "∥", "‖"])
def test_arms_a_bare_lithium_full_cell_is_its_own_control_beside_controls_of_other_things(rows, bar):
    """"The Li@CPC∥NCM622 cell keeps 90.4% …, while the Li∥NCM622 cell drops to 41.2% after 200 cycles": the
    paper's controls are a bare host and a foil, none of lithium (a control "Li@CC" is lithium on the host); the
    cell with a bare Li anode is one more control, "bare Li", whichever bar glyph the stack is written with."""
    found = rows([(RESULTS, "We line a carbon cloth with cobalt phosphide (CPC) and compare it with the bare carbon "
                            "cloth (CC) and with Ni foam."),
                  (RESULTS, "Compared to CC (93.1%) and Ni foam (86.4%), CPC shows an average Coulombic efficiency of "
                            "98.8% over 400 cycles. Symmetric Li@CC cells fail after 300 h."),
                  (RESULTS, f"Full cells were built with NCM622 cathodes. The Li@CPC{bar}NCM622 cell keeps 90.4% of its "
                            f"capacity after 600 cycles, while the Li{bar}NCM622 cell drops to 41.2% after 200 cycles.")],
                 title="Cobalt-phosphide-lined carbon cloth as a lithium host")
    assert {(prop, v) for prop, v, label in found if label == "bare Li"} == {
        ("CapacityRetention", 41.2), ("CycleNumber", 200.0)}


def test_arms_a_method_after_by_is_no_structure_and_no_member_of_the_list_after_it(rows):
    """"We cast three layers by blade coating, ION-2, ION-8 and ION-16, whose thicknesses are 0.4, 1.5 and 3.1 μm,
    respectively": "blade coating" is how they were made; the list that pairs with the figures is the codes."""
    found = rows([(RESULTS, "We cast three layers by blade coating, ION-2, ION-8 and ION-16, whose thicknesses are "
                            "0.4, 1.5 and 3.1 μm, respectively."),
                  (RESULTS, "Symmetric cells with ION-8 run for 900 h, against 300 h for ION-2 and 650 h for ION-16.")],
                 title="Blade-coated ionomer layers for lithium metal anodes")
    assert {(v, label) for prop, v, label in found if prop == "Thickness"} == {
        (400.0, "ION-2"), (1500.0, "ION-8"), (3100.0, "ION-16")}


@pytest.mark.parametrize("what", ["a polyester-based layer", "an elastomer-derived film"])
def test_arms_a_cited_thing_named_by_what_it_is_based_on_keeps_its_figure(rows, what):
    """"Rubbery films bend: a polyester-based layer reached a Coulombic efficiency of 96.2%[12]": the cited work's
    design is named by what it is based on, a material no lexicon need know, not by the class before the colon."""
    found = rows([((), "Artificial layers shield lithium from the electrolyte[1]. Rubbery films bend: "
                       f"{what} reached a Coulombic efficiency of 96.2%[12]. Few films do both[14].", "abstract"),
                  (RESULTS, "Our zinc-silicate coating (ZSC) keeps a Coulombic efficiency of 99.0% for 300 cycles.")],
                 title="A zinc-silicate coating for lithium metal anodes")
    assert (96.2, what.split(" ", 1)[1]) in {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"}


def test_arms_a_class_word_with_what_it_is_of_and_a_code_is_the_design(rows):
    """"An artificial SEI of zirconium oxide (ZrO-SEI) is deposited on lithium": "artificial SEI" alone is a class,
    but with its "of" it is the paper's design, which the code then names."""
    found = rows([(RESULTS, "An artificial SEI of zirconium oxide (ZrO-SEI) is deposited on lithium by atomic layer "
                            "deposition."),
                  (RESULTS, "Symmetric ZrO-SEI cells cycle for 1300 h at 1 mA cm−2.")],
                 title="A zirconium-oxide artificial SEI for lithium metal anodes")
    assert {(prop, v) for prop, v, label in found if "ZrO-SEI" in label} == {("Lifespan", 1300.0), ("CurrentDensity", 1.0)}


@pytest.mark.parametrize("called", ["the control cell", "the control electrode"])
def test_arms_the_control_of_a_paper_that_never_names_one_is_a_structure_of_its_own(rows, called):
    """"The GNI-Li symmetric cell runs for 1500 h …, whereas the control cell fails after 180 h": with no control
    named anywhere, "the control cell" is still the control, by what the sentence calls it, not the design."""
    found = rows([(RESULTS, "A gallium-nitride interlayer (GNI) is grown on lithium."),
                  (RESULTS, f"The GNI-Li symmetric cell runs for 1500 h at 1 mA cm−2, whereas {called} fails after "
                            "180 h.")],
                 title="A gallium-nitride interlayer for lithium metal anodes")
    assert {(prop, v) for prop, v, label in found if label == called.split(" ", 1)[1]} == {
        ("Lifespan", 180.0), ("CurrentDensity", 1.0)}
    assert ("Lifespan", 180.0) not in {(prop, v) for prop, v, label in found if "GNI" in label}


def test_arms_a_code_given_to_a_thing_in_the_role_it_is_used_as_names_the_design(rows):
    """"Sodium tetrafluoroborate is used as an additive (SFB) in a carbonate electrolyte": the code's letters
    spell neither the salt nor "additive", but it names the salt as the additive, which the results then add."""
    found = rows([(RESULTS, "Sodium tetrafluoroborate is used as an additive (SFB) in a carbonate electrolyte."),
                  (RESULTS, "Adding SFB raised the average Coulombic efficiency from 90.1% for the blank electrolyte "
                            "to 97.9%.")],
                 title="A tetrafluoroborate additive for lithium metal anodes")
    assert {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"} == {
        (97.9, "Sodium tetrafluoroborate additive (SFB)"), (90.1, "blank electrolyte")}


def test_arms_a_condition_closing_the_clause_a_contrast_follows_is_the_contrast_s_too(rows):
    """"… keep 80% of their capacity for 150 cycles at 0.3 C, whereas the cells with CRB reach 80% after 30 cycles":
    the C-rate closes the clause the contrast is set against, so CRB ran at it; the contrast's cycle count is its
    own result. A condition that a result of another kind follows in its clause ("delivers 151 mA h g−1 at 1 C and
    keeps 92% …") qualifies that result, not the contrast."""
    found = rows([(RESULTS, "A sulfonamide electrolyte (SAE) is compared with a carbonate electrolyte (CRB)."),
                  (RESULTS, "Anode-free pouch cells with SAE keep 80% of their capacity for 150 cycles at 0.3 C, "
                            "whereas the cells with CRB reach 80% after 30 cycles.")],
                 title="A sulfonamide electrolyte for anode-free cells")
    assert {(prop, v) for prop, v, label in found if "CRB" in label} == {
        ("CapacityRetention", 80.0), ("CycleNumber", 30.0), ("CRate", 0.3)}
    found = rows([(RESULTS, "A sulfonamide electrolyte (SAE) is compared with a carbonate electrolyte (CRB)."),
                  (RESULTS, "The Li||NCM622 cell with SAE delivers 151.0 mA h g−1 at 1 C and keeps 92.1% of it after "
                            "500 cycles, whereas the cell with CRB drops to 44.3% after 250 cycles.")],
                 title="A sulfonamide electrolyte for anode-free cells")
    assert ("CRate", 1.0) not in {(prop, v) for prop, v, label in found if "CRB" in label}


def test_arms_the_cells_of_a_control_word_are_the_control(rows):
    """"while the baseline cell fails at 260 h", "the pristine electrodes kept 55%": a control word before the cells or
    electrodes the paper tested names its control, as "the control cell" does."""
    found = rows([(RESULTS, "We add 0.05 M tungsten boride to a baseline electrolyte and compare cells with and "
                            "without it."),
                  (RESULTS, "With tungsten boride, the symmetric cell runs for 900 h, while the baseline cell fails at "
                            "260 h.")],
                 title="A tungsten boride additive for lithium metal anodes")
    assert {(v, "baseline" in label) for p, v, label in found if p == "Lifespan"} == {(900.0, False), (260.0, True)}


def test_arms_a_figure_right_before_without_it_is_the_designs_absence(rows):
    """"… 97.8% over 200 cycles, against 89.4% without it": the figure "without it" follows is the cells' without the
    design, the paper's control, not the design's."""
    found = rows([(RESULTS, "We add 0.05 M RbTaF6 to a baseline electrolyte and compare cells with and "
                            "without it."),
                  (RESULTS, "Li||Cu cells with RbTaF6 show an average Coulombic efficiency of 97.8% over "
                            "200 cycles, against 89.4% without it.")],
                 title="A RbTaF6 additive for lithium metal anodes")
    ce = {v: label for p, v, label in found if p == "CoulombicEfficiency"}
    assert "RbTaF6" in ce[97.8] and "baseline" in ce[89.4], found


def test_arms_a_control_is_named_with_its_control_word(rows):
    """"the uncoated PA mat" groups with the title's "polyamide fibre mats" (the design's substrate, its coating
    said before it); labelled by that plainer spelling, the control's figures would read as the design's."""
    paragraphs = [
        (RESULTS, "A polyamide fibre mat coated with hafnium nitride (HfN@PA) is placed on lithium foil as a scaffold."),
        (RESULTS, "We coat electrospun polyamide (PA) fibres with a thin layer of HfN."),
        (RESULTS, "With HfN@PA, Li|Li symmetric cells ran stably for 1300 h at 1 mA cm−2. Compared with the uncoated "
                  "PA mat, which failed after 380 h, the coating more than triples the lifespan."),
    ]
    found = rows(paragraphs, title="Hafnium nitride coated polyamide fibre mats as scaffolds for lithium metal anodes")
    assert ("Lifespan", 380.0, "uncoated PA mat") in found
    assert ("Lifespan", 1300.0, "HfN@PA") in found


def test_arms_a_dimension_before_a_compound_is_part_of_its_name(arms):
    """"3D Li–TaN" and "the resulting 3D Li–TaN composite": the dimension is part of the compound's name, so both
    spellings are one arm (without it "Li–TaN" and "3D Li–TaN composite" were two)."""
    paragraphs = [(RESULTS, "Symmetric cells of the resulting 3D Li–TaN composite cycle for 900 h at 1 mA cm−2."),
                  (RESULTS, "The 3D Li–TaN has a capacity of 10 mA h cm−2, and 3D Li–TaN cells keep 20 mV for 500 h.")]
    labels = [a.label for a in arms(paragraphs).arms.values()]
    assert labels == ["3D Li–TaN"]


def test_arms_the_host_a_definition_names_by_its_material_is_the_bare_control(rows):
    """"a coating on a polyethylene separator (WB@PE)": "PE" is the material's acronym, but the definition names
    the separator by it, so "those with PE" is the bare separator, an arm of its own (an ingredient's acronym,
    "rGO" of "rGO-STN", stays an ingredient)."""
    paragraphs = [(INTRO, "Here a tungsten-boride coating on a polyethylene separator (WB@PE) is reported."),
                  (RESULTS, "Li||Li cells with WB@PE cycle for 1200 h at 2 mA cm−2; those with PE short after 140 h."),
                  (RESULTS, "The average Coulombic efficiencies of WB@PE and PE are 98.6% and 92.2%, respectively.")]
    found = {(p, v, label) for p, v, label in rows(paragraphs) if p in ("Lifespan", "CoulombicEfficiency")}
    assert found == {("Lifespan", 1200.0, "WB@PE"), ("Lifespan", 140.0, "PE"),
                     ("CoulombicEfficiency", 98.6, "WB@PE"), ("CoulombicEfficiency", 92.2, "PE")}


def test_arms_a_pair_of_figures_set_against_the_design_s_is_the_arm_s_named_after_them(rows):
    """"… of WB@PE are 0.92 mS cm−1 and 0.71, against 0.55 mS cm−1 and 0.36 for PE": both figures after "against"
    are PE's, the first too, though only the second stands right before its name."""
    paragraphs = [(INTRO, "Here a tungsten-boride coating on a polyethylene separator (WB@PE) is reported."),
                  (RESULTS, "The ionic conductivity and the transference number of WB@PE are 0.92 mS cm−1 and 0.71, "
                            "against 0.55 mS cm−1 and 0.36 for PE."),
                  (RESULTS, "The average Coulombic efficiencies of WB@PE and PE are 98.6% and 92.2%, respectively.")]
    found = {(p, v, label) for p, v, label in rows(paragraphs) if p in ("IonicConductivity", "LithiumTransferenceNumber")}
    assert found == {("IonicConductivity", 0.92, "WB@PE"), ("LithiumTransferenceNumber", 0.71, "WB@PE"),
                     ("IonicConductivity", 0.55, "PE"), ("LithiumTransferenceNumber", 0.36, "PE")}


def test_arms_an_electrolyte_named_by_its_solvent_class_that_every_cell_uses_is_no_arm(rows):
    """"In carbonate electrolyte, symmetric cells of the X composite cycle for 1,800 h": the one electrolyte a paper
    names, by its class of solvent, is the medium its cells were tested in; the abstract's figures are the composite's."""
    paragraphs = [
        (("Abstract",), "In carbonate electrolyte, symmetric cells of the resulting Li–MoC composite cycle for "
                        "1,800 h at 2 mA cm−2.", "abstract"),
        (INTRO, "Here, we infuse lithium into a molybdenum-carbide framework (Li–MoC) and compare it with bare Li foil."),
        (METHODS, "Coin cells were assembled with a carbonate electrolyte of 1 M LiPF6 in EC/DEC."),
        (RESULTS, "The Li–MoC symmetric cell cycles for 1800 h, whereas the bare Li cell fails after 160 h.")]
    found = rows(paragraphs, title="Molybdenum-carbide frameworks infused with lithium")
    assert not any("carbonate" in label for _, _, label in found)
    assert {label for p, v, label in found if v in (1800.0, 2.0)} == {"lithium into a molybdenum-carbide framework (Li–MoC)"}


def test_arms_an_electrolyte_named_by_its_solvent_class_beside_the_design_electrolyte_stays_an_arm(rows):
    """Where the paper sets its own electrolyte (named by a short form) against a carbonate one, the results compare
    electrolytes: the carbonate electrolyte is an arm, with its own figure."""
    found = rows([(("Abstract",), "Li||Cu cells with a fluorinated sulfone electrolyte (FSE) cycle for 900 h, against "
                                  "310 h with a carbonate electrolyte.", "abstract"),
                  (RESULTS, "Li||Cu cells with FSE cycle for 900 h, whereas cells with a carbonate electrolyte fail "
                            "after 310 h.")],
                 title="A fluorinated sulfone electrolyte for lithium metal")
    assert (310.0, "carbonate electrolyte") in {(v, label) for _, v, label in found}


def test_arms_without_any_or_further_a_thing_names_no_arm(arms):
    """"wetted by molten lithium without any coating", "without further treatment": nothing was added, so nothing
    names a control that lacks it."""
    model = arms([(("Abstract",), "A carbon-nitride scaffold is wetted by molten lithium without any coating, and its "
                                  "symmetric cells run for 720 h.", "abstract"),
                  (INTRO, "Here a carbon-nitride scaffold (CNS) is compared with bare Ni foam."),
                  (RESULTS, "The CNS is wetted within 3 s without any coating. Without further treatment, the Li–CNS "
                            "cell runs for 720 h, while the bare Ni foam cell fails after 90 h.")],
                 title="A carbon-nitride scaffold for lithium infusion")
    assert not any("without" in a.label.lower() for a in model.arms.values())


def test_arms_the_former_and_the_latter_are_the_two_arms_the_sentence_before_contrasted(rows):
    """"At 0.5 mA cm−2, A keeps 99.1% …, while B drops to 88% …. When the current density is raised to 2 mA cm−2,
    the former …, whereas the latter fails within 30 cycles": the two arms of the contrast before, though no list
    names them together; the raised condition is each one's."""
    found = rows([(INTRO, "Here we coat copper with titanium boride (TiB@Cu) and compare it with plain Cu."),
                  (RESULTS, "At 0.5 mA cm−2, TiB@Cu keeps a Coulombic efficiency of 99.1% for 380 cycles, while plain Cu "
                            "drops to 88% after 85 cycles. When the current density is raised to 2 mA cm−2, the former "
                            "still delivers 97.6% over 150 cycles, whereas the latter fails within 30 cycles.")],
                 title="Titanium-boride coated copper current collectors")
    cycles = {(v, label) for p, v, label in found if p == "CycleNumber"}
    assert (30.0, "plain Cu") in cycles and not any(v == 30.0 and label != "plain Cu" for v, label in cycles)
    assert {label for p, v, label in found if p == "CurrentDensity" and v == 2.0} == {"plain Cu", "TiB@Cu"}


def test_arms_a_table_caption_s_test_condition_is_each_row_s(rows):
    """"Table 2. Properties of the electrolytes at 30 °C.": the caption's condition holds for every row the table
    measures, not only for the paper's main design."""
    found = rows([(INTRO, "We compare a fluorinated ether electrolyte (FEX) with a plain ether electrolyte (PEX)."),
                  (RESULTS, "Table 2. Properties of the electrolytes at 30 °C.", "caption"),
                  (RESULTS, "Electrolyte | Ionic conductivity (mS cm−1) | Transference number\nFEX | 6.2 | 0.58\n"
                            "PEX | 9.4 | 0.31", "table")],
                 title="Fluorinated ether electrolytes for lithium metal batteries")
    assert {label for p, v, label in found if p == "Temperature"} == {
        "fluorinated ether electrolyte (FEX)", "plain ether electrolyte (PEX)"}


def test_arms_under_the_same_conditions_takes_up_the_conditions_stated_two_sentences_back(rows):
    """"At 4 mA cm−2 …, A runs for 980 h. B shows a hysteresis of 160 mV. The C cell lasts 430 h under the same
    conditions.": "the same", said after the result, are the conditions the paragraph stated last, though the sentence
    between gave another arm's result without any."""
    found = rows([(INTRO, "Here a cobalt-phosphide host (Li–CoP) is compared with bare Li and with a copper-foam host "
                          "(Li–CuF)."),
                  (RESULTS, "At 4 mA cm−2 and 4 mAh cm−2, the Li–CoP cell runs for 980 h. The bare Li cell shows a "
                            "voltage hysteresis of 160 mV. The Li–CuF cell lasts 430 h under the same conditions.")],
                 title="Cobalt-phosphide hosts for lithium metal")
    conditions = {(p, label) for p, v, label in found if p in ("CurrentDensity", "ArealCapacity")}
    assert {p for p, label in conditions if "Li–CuF" in label} == {"CurrentDensity", "ArealCapacity"}


@pytest.mark.parametrize("before", [
    "Compared with bare Li foil, the Li–VN anode retains 82.4% of its capacity after 300 cycles in NCM811 full cells.",
    "Unlike bare Li foil, the Li–VN anode retains 82.4% of its capacity after 300 cycles in NCM811 full cells."])
def test_arms_a_result_naming_no_arm_goes_on_about_the_subject_of_the_sentence_before(rows, before):
    """"Compared with Y, X retains 82.4% …. A pouch cell built the same way delivers 350 Wh kg−1.": the pouch cell is
    the subject's (the arm the sentence before gave its first result to), not the arm it named first to compare with."""
    found = rows([(("Abstract",), "A vanadium-nitride layer on lithium (Li–VN) gives long-lived full cells.", "abstract"),
                  (INTRO, "Here we grow vanadium nitride on lithium (Li–VN) and compare it with bare Li foil."),
                  (RESULTS, f"{before} A pouch cell built the same way delivers 350 Wh kg−1.")],
                 title="Vanadium-nitride coated lithium for high-energy cells")
    owners = {label for p, v, label in found if p == "EnergyDensity"}
    assert len(owners) == 1 and "Li–VN" in owners.pop()


CRN_PAPER = [(("Abstract",), "We find that a chromium nitride framework takes up molten lithium with no lithiophilic "
                             "coating; the Li–CrN composite obtained runs in symmetric cells for 1,800 h at 2 mA cm−2.",
               "abstract"),
             (INTRO, "Carbon hosts must be coated before infusion. Nitrides bind lithium strongly."),
             (RESULTS, "Li–CrN symmetric cells operate for 1,800 h at 2 mA cm−2 and 2 mA h cm−2, while Li foil cells "
                       "short after 170 h. Raising the current to 6 mA cm−2 widens the gap, to 720 h for Li–CrN against "
                       "35 h for Li foil.")]
CRN_FULL = (RESULTS, "With NCM523 cathodes loaded at 3.5 mA h cm−2 and an N/P ratio of 2.5, the Li–CrN||NCM523 cell keeps "
                     "85% of its initial capacity over 250 cycles at 1 C, while the Li||NCM523 cell drops to 80% within "
                     "90 cycles.")
CRN_TITLE = "A lithiophilic chromium nitride framework for dense lithium composite anodes"


def test_arms_both_electrodes_a_figure_is_normalised_by_spread_to_no_arm(rows):
    """"… 410 Wh kg−1 on the basis of the total weight of both electrodes": the electrodes are the anode and cathode
    of the one cell the figure is divided by, not the two arms the passage compared; the pouch cell goes on about the
    design, the subject of the sentence before."""
    found = rows([*CRN_PAPER, (RESULTS, CRN_FULL[1] + " A pouch cell assembled in the same manner reaches 410 Wh kg−1 "
                                                      "on the basis of the total weight of both electrodes.")],
                 title=CRN_TITLE)
    owners = {label for p, v, label in found if p == "EnergyDensity"}
    assert len(owners) == 1 and "Li–CrN" in owners.pop()


@pytest.mark.parametrize("framework", ["the CrN framework", "the chromium nitride framework"])
def test_arms_the_scaffold_a_design_is_made_from_is_its_precursor_not_an_arm(rows, framework):
    """"Once in contact with molten lithium, the CrN framework fills within 6 s. The resulting Li–CrN …": the
    framework the title and abstract speak of is what the tested design was made from, not an arm of its own (the
    paper never tests it); the time measured while the design is made is the design's."""
    found = rows([CRN_PAPER[0],
                  (RESULTS, f"Once in contact with molten lithium, {framework} fills within 6 s. The resulting Li–CrN "
                            "offers an areal capacity of 15.8 mA h cm−2."),
                  CRN_PAPER[2], CRN_FULL], title=CRN_TITLE)
    made = {("WettingTime", 6.0), ("ArealCapacity", 15.8), ("Lifespan", 1800.0)}
    assert {label for p, v, label in found if (p, v) in made} == {"Li–CrN"}


HFCOF_PAPER = [(("Abstract",), "We grow a hafnium covalent organic framework on a polyethylene separator (PE@HfCOF) to "
                               "even out the lithium-ion flux.", "abstract"),
               (RESULTS, "The electrolyte uptakes of PE@HfCOF and PE are 210% and 95%, respectively.")]
HFCOF_TITLE = "A hafnium-framework coated polyethylene separator"


def test_arms_conditions_before_a_semicolon_reach_the_arm_of_the_clause_after_it(rows):
    """"X lasts 1,400 h at 3 mA cm−2 and 3 mA h cm−2; cells built with PE short-circuit at 110 h": the clause after
    ";" sets the other arm against the first in the same test, so it ran at the same conditions."""
    found = rows([*HFCOF_PAPER, (RESULTS, "Symmetric Li||Li cells built with PE@HfCOF last 1,400 h at 3 mA cm−2 and "
                                          "3 mA h cm−2 (Fig. 2b); cells built with PE short-circuit at 110 h.")],
                 title=HFCOF_TITLE)
    assert {(p, label) for p, v, label in found if v == 3.0} == {
        ("CurrentDensity", "PE@HfCOF"), ("ArealCapacity", "PE@HfCOF"), ("CurrentDensity", "PE"), ("ArealCapacity", "PE")}


def test_arms_conditions_before_a_result_reach_a_semicolon_clause_that_only_counts_its_own_cycles(rows):
    """"Cells with PE@HfCOF cycled at 0.5 mA cm−2 and 1 mA h cm−2 reach 99.1% over 300 cycles; cells with PE reach
    95.2% and fail after 90 cycles": the clause after ";" states no test condition, only the cycles its own cells
    lasted, so it ran at the first clause's conditions."""
    found = rows([*HFCOF_PAPER, (RESULTS, "Li||Cu cells built with PE@HfCOF cycled at 0.5 mA cm−2 and 1 mA h cm−2 "
                                          "reach an average CE of 99.1% over 300 cycles; cells built with PE reach 95.2% "
                                          "and fail after 90 cycles.")],
                 title=HFCOF_TITLE)
    assert {(p, v, label) for p, v, label in found if p in ("CurrentDensity", "ArealCapacity")} == {
        ("CurrentDensity", 0.5, "PE@HfCOF"), ("ArealCapacity", 1.0, "PE@HfCOF"), ("CurrentDensity", 0.5, "PE"),
        ("ArealCapacity", 1.0, "PE")}


def test_arms_a_condition_of_a_result_reaches_a_contrast_that_reports_that_result_again(rows):
    """"… deliver 148 mA h g−1 at 0.5 C and retain 92.2% after 300 cycles, whereas the cell with PE delivers 119 mA h g−1":
    the C-rate qualifies the capacity before it, and the contrast reports a capacity again, so it ran at that rate too."""
    found = rows([*HFCOF_PAPER, (RESULTS, "Li||LFP cells built with PE@HfCOF deliver 148 mA h g−1 at 0.5 C and retain "
                                          "92.2% of it after 300 cycles, whereas the cell built with PE delivers "
                                          "119 mA h g−1 and keeps only 60.3% after 150 cycles.")],
                 title=HFCOF_TITLE)
    assert {(v, label) for p, v, label in found if p == "CRate"} == {(0.5, "PE@HfCOF"), (0.5, "PE")}


def test_arms_a_list_of_conditions_paired_with_results_is_theirs_alone(rows):
    """"PE@HfCOF gives 158, 141 and 122 mA h g−1 at 0.5, 1 and 3 C and retains 91.3% … at 1 C, against 66.5% for
    PE": the rates of the rate list are how the design's capacities were measured; only the retention's rate is
    shared with the arm it is compared with."""
    found = rows([*HFCOF_PAPER, (RESULTS, "In Li||LFP cells, PE@HfCOF gives 158, 141 and 122 mA h g−1 at 0.5, 1 and 3 C "
                                          "and retains 91.3% of its capacity over 400 cycles at 1 C, against 66.5% for "
                                          "PE.")],
                 title=HFCOF_TITLE)
    assert {(v, label) for p, v, label in found if p == "CRate"} == {
        (0.5, "PE@HfCOF"), (1.0, "PE@HfCOF"), (3.0, "PE@HfCOF"), (1.0, "PE")}


def test_arms_a_list_of_conditions_is_also_that_of_the_same_sweep_reported_for_another_arm(rows):
    """"… 158, 141 and 122 mA h g−1 at 0.5, 1 and 3 C, respectively, well above those of PE (131, 103 and 70 mA h g−1)": a
    later list of as many figures of the same property, with no conditions of its own, is the same sweep run on the
    other arm, so the rates are its too."""
    found = rows([*HFCOF_PAPER, (RESULTS, "In Li||LFP cells, PE@HfCOF gives 158, 141 and 122 mA h g−1 at 0.5, 1 and 3 C, "
                                          "respectively, well above those of PE (131, 103 and 70 mA h g−1).")],
                 title=HFCOF_TITLE)
    assert {(v, label) for p, v, label in found if p == "CRate"} == {
        (0.5, "PE@HfCOF"), (1.0, "PE@HfCOF"), (3.0, "PE@HfCOF"), (0.5, "PE"), (1.0, "PE"), (3.0, "PE")}


def test_arms_an_element_after_an_amount_is_what_it_is_of_not_an_arm(rows):
    """"Li–CrN electrodes carry 4.1 mg cm−2 of lithium, good for 15.8 mA h cm−2": "of lithium" says what the amount
    is of; it names neither the lithium foil control nor the arm of the figure after it."""
    found = rows([*CRN_PAPER, (RESULTS, "Li–CrN electrodes carry 4.1 mg cm−2 of lithium, good for an areal capacity "
                                        "of 15.8 mA h cm−2."), CRN_FULL], title=CRN_TITLE)
    assert {label for p, v, label in found if v in (4.1, 15.8)} == {"Li–CrN"}


def test_arms_what_a_layer_is_rich_in_is_no_thing_its_figures_are_stated_for(rows):
    """"The interphase grown with RbNO3, rich in Li3N, is only 12 nm thick": Li3N says what the interphase is made
    of; the thickness is that of the interphase the additive's cells grow, not a figure of some other named thing."""
    found = rows([(INTRO, "Our baseline electrolyte is 1 M LiPF6 in EC/EMC; to it we add 0.1 M RbNO3, and cells with "
                          "and without RbNO3 are compared."),
                  (RESULTS, "The interphase grown with RbNO3, rich in Li3N, is only 12 nm thick. Over 150 cycles in "
                            "Li||Cu cells, RbNO3 raises the average Coulombic efficiency to 98.1%, from 90.2% without "
                            "it.")], title="Rubidium nitrate as a carbonate electrolyte additive")
    assert ("Thickness", 12.0, "RbNO3") in found


def test_arms_full_cells_opening_a_clause_after_a_comparison_are_the_sentence_s_design(rows):
    """"… run for 900 h, more than three times as long as without it, and Li||NCM811 cells retain 88.2% …": ", and"
    with a new subject of cells opens a clause of its own, and the plain Li||NCM811 cell is no control, the "than" that
    would set it against the design being in the clause before; the retention is the additive's."""
    found = rows([(("Abstract",), "Adding 0.1 M RbNO2 gives an average Coulombic efficiency of 98.1%; symmetric cells "
                                  "with the additive run for 900 h, more than three times as long as without it, and "
                                  "Li||NCM811 cells retain 88.2% of their capacity after 250 cycles.", "abstract"),
                  (INTRO, "We add 0.1 M RbNO2 to a baseline electrolyte and compare cells with and without RbNO2."),
                  (RESULTS, "Li||Cu cells with RbNO2 keep 98.1%, against 90.3% for the baseline electrolyte.")],
                 title="A rubidium nitrite additive for lithium metal anodes")
    assert {label for p, v, label in found if p == "CapacityRetention"} == {"0.1 M RbNO2"}


def test_arms_an_arm_compared_by_a_multiple_shares_the_cycle_count(rows):
    """"X retains 79.5% after 350 cycles at 1 C, 2.4 times that with Y": Y's retention, given as a multiple, was
    read after the same 350 cycles, as it was at the same C-rate."""
    found = rows([(INTRO, "Here a polypropylene separator is coated with tantalum borate (denoted TBO@PP) and compared with "
                          "bare PP."),
                  (RESULTS, "TBO@PP gives a capacity retention of 79.5% after 350 cycles at 1 C, 2.4 times that with PP.")],
                 title="A tantalum-borate coated separator")
    assert {label for p, v, label in found if p == "CycleNumber" and v == 350.0} == \
        {label for p, v, label in found if p == "CRate"} == {"TBO@PP", "bare PP"}


NBO_PAPER = [(INTRO, "Here a polyimide mat is coated with niobium borate (denoted NBO@PI) and compared with a commercial "
                     "PP separator.")]


@pytest.mark.parametrize("compared", ["nine times longer than cells with the commercial PP separator",
                                      "about nine times as long as cells with the commercial PP separator"])
def test_arms_an_arm_compared_by_a_multiple_shares_only_the_conditions_of_the_result_compared(rows, compared):
    """"X shrinks by less than 3% at 170 °C and lets Li||Li cells cycle for 1,350 h at 1.5 mA cm−2, nine times longer
    than Y": "less than 3%" bounds a figure and sets no arm against another, so the lifespan is X's; Y, compared by a
    multiple with no figure of its own, ran at the current density of the lifespan compared, not at the temperature of
    the heat test said before it."""
    found = rows([*NBO_PAPER, (RESULTS, "NBO@PI shrinks by less than 3% at 170 °C and lets Li||Li cells cycle for "
                                        f"1,350 h at 1.5 mA cm−2, {compared}.")],
                 title="A niobium-borate coated polyimide separator")
    assert {(p, label) for p, v, label in found if v in (3.0, 170.0, 1350.0)} == {
        ("ThermalShrinkage", "NBO@PI"), ("Temperature", "NBO@PI"), ("Lifespan", "NBO@PI")}
    assert {label for p, v, label in found if p == "CurrentDensity"} == {"NBO@PI", "commercial PP separator"}


def test_arms_a_figure_before_twice_that_of_cells_with_y_is_not_y_s(rows):
    """"…, and Li||LFP cells with it retain 91% after 350 cycles at 1 C, twice that of cells with Y": the retention is
    set above Y's by a multiple, so it is not Y's though Y is the only arm the clause names; Y was read after the same
    350 cycles."""
    found = rows([*NBO_PAPER, (RESULTS, "NBO@PI shrinks by only 1.5% at 190 °C, and Li||LFP cells with it retain 91% "
                                        "after 350 cycles at 1 C, twice that of cells with the commercial PP "
                                        "separator.")],
                 title="A niobium-borate coated polyimide separator")
    assert {label for p, v, label in found if v == 91.0} == {"NBO@PI"}, found
    assert {label for p, v, label in found if p == "CycleNumber"} == {"NBO@PI", "commercial PP separator"}, found


def test_arms_a_cycle_count_a_multiple_compares_is_not_the_other_arm_s(rows):
    """"… keep 80% of their capacity for 130 cycles, about six times as long as cells with Y": the multiple is of the
    cycle count itself, so Y did not run those 130 cycles (only "twice that of Y" is said of the result)."""
    found = rows([*NBO_PAPER, (RESULTS, "Li||LFP cells with NBO@PI keep 80% of their capacity for 130 cycles, about six "
                                        "times as long as cells with the commercial PP separator.")],
                 title="A niobium-borate coated polyimide separator")
    assert {label for p, v, label in found if p == "CycleNumber"} == {"NBO@PI"}, found


def test_arms_a_but_clause_is_run_at_the_rate_of_the_clause_it_contrasts(rows):
    """"Li||NCM811 cells with X keep 87% … after 280 cycles at C/2 between 3.0 and 4.4 V, but those with Y keep only
    44% after 90 cycles": like a whereas clause, the but-clause sets Y against X in the same test, so Y ran at C/2;
    its cycle count is its own."""
    found = rows([(INTRO, "We design a sulfonyl-imide electrolyte (SIE) and compare it with a carbonate electrolyte."),
                  (RESULTS, "Li||NCM811 cells with SIE keep 87% of their capacity after 280 cycles at C/2 between 3.0 "
                            "and 4.4 V, but those with the carbonate electrolyte keep only 44% after 90 cycles.")],
                 title="A sulfonyl-imide electrolyte for high-voltage lithium metal cells")
    design = next(label for p, v, label in found if v == 87.0)
    assert design != "carbonate electrolyte"
    assert {label for p, v, label in found if p == "CRate"} == {design, "carbonate electrolyte"}
    assert {(v, label) for p, v, label in found if p == "CycleNumber"} == {(280.0, design), (90.0, "carbonate electrolyte")}


def test_arms_an_amount_said_after_the_thing_added_is_the_sample_coded_for_it(rows):
    """"Boride nanofibres were mixed into PEO at 10, 20 and 30 wt%, giving the electrolytes QB-10, QB-20 and QB-30":
    an abstract's "Boride nanofibres at 20 wt% raise …" is QB-20, not a structure named for the fibres."""
    paragraphs = [(RESULTS, "Boride nanofibres were mixed into PEO at 10, 20 and 30 wt%, giving the electrolytes QB-10, "
                            "QB-20 and QB-30."),
                  (RESULTS, "Boride nanofibres at 20 wt% raise the ionic conductivity to 0.21 mS cm−1."),
                  (RESULTS, "QB-10 and QB-30 reach 0.08 and 0.13 mS cm−1, respectively.")]
    assert {(v, label) for _, v, label in rows(paragraphs)} == {(0.21, "QB-20"), (0.08, "QB-10"), (0.13, "QB-30")}


def test_arms_a_this_work_row_under_cited_rows_is_the_main_design(rows):
    """A comparison table lists earlier works' layers, then "This work" rows with a blank Ref. cell, which the reader
    may fill with the number above it (as it fills a Ref. cell merged over several rows): those rows are the paper's
    own design's, not the cited layer in the row above."""
    found = rows([
        (RESULTS, "Symmetric cells with the QZL@Li anode cycle for 1,500 h at 1 mA cm−2."),
        (RESULTS, "Table 2 compares QZL@Li with layers reported before."),
        (RESULTS, "Protective layer | Current density (mA cm−2) | Lifespan (h) | Ref.\n"
                  "Boron nitride film | 1 | 400 | [21]\nTin fluoride layer | 0.5 | 900 | [22]\n"
                  "This work | 1 | 1,500 | [22]\nThis work | 4 | 550 | [22]", "table")],
        title="A quaternary zinc layer (QZL) for lithium metal anodes")
    spans = {(v, label) for p, v, label in found if p == "Lifespan"}
    assert (550.0, "Tin fluoride layer") not in spans and any(v == 550.0 and "QZL" in label for v, label in spans), found
    assert (900.0, "Tin fluoride layer") in spans, found


def test_arms_a_coded_recipe_set_for_comparison_is_a_control(arms, rows):
    """Electrolyte papers code their recipes: "1 M LiPF6 in EC/DEC (the RCE)". A sentence opened by "For
    comparison," that makes such coded samples makes controls; the solvents inside the recipe are no arm."""
    paragraphs = [
        (("Abstract",), "A diluted sulfone electrolyte (DSE) gives a Coulombic efficiency of 99.1%.", "abstract"),
        (RESULTS, "For comparison, 1 M LiPF6 in EC/DEC (the RCE) and 4 M LiFSI in DME (the QCE) were prepared."),
        (RESULTS, "In Li||Cu cells, the average Coulombic efficiencies are 99.1% for the DSE, 97.6% for the QCE "
                  "and 88.2% for the RCE."),
    ]
    model = arms(paragraphs, title="Diluted sulfone electrolytes for lithium metal")
    roles = {a.label: a.role for a in model.arms.values()}
    assert {label for label, role in roles.items() if role == Role.CONTROL} == {
        "1 M LiPF6 in EC/DEC (RCE)", "4 M LiFSI in DME (QCE)"}, roles
    ce = {(v, label) for p, v, label in rows(paragraphs, title="Diluted sulfone electrolytes for lithium metal")
          if p == "CoulombicEfficiency"}
    assert {(97.6, "4 M LiFSI in DME (QCE)"), (88.2, "1 M LiPF6 in EC/DEC (RCE)")} <= ce, ce


def test_arms_a_code_closing_a_making_sentence_names_what_was_made(arms):
    """"… and diluted it with FBT to 1.2 M (HXE-FBT).": the code names the product of the making, though no phrase
    before it does; the borate it was diluted "with" is an ingredient, not an arm; "the three electrolytes" counts
    the arms and is none of them."""
    paragraphs = [
        (("Abstract",), "We introduce a fluorinated borate (FBT) as the diluent.", "abstract"),
        (RESULTS, "We dissolved LiFSI in DMC and diluted it with FBT to a concentration of 1.2 M (HXE-FBT)."),
        (RESULTS, "The HXE-FBT has an ionic conductivity of 3.2 mS cm−1."),
        (RESULTS, "In Li||Cu cells the HXE-FBT keeps 99.0% for 400 cycles."),
        (RESULTS, "The three electrolytes were compared in Li||Cu cells at 0.5 mA cm−2."),
    ]
    model = arms(paragraphs, title="A fluorinated borate diluent for lithium metal")
    labels = {a.label for a in model.arms.values() if a.own}
    assert model.arms[model.main].label == "HXE-FBT", labels
    assert not any("three" in label or "FBT)" in label for label in labels), labels


def test_arms_the_defined_and_tested_design_is_main_over_a_title_phrase_never_tested(arms):
    """The title names the design by its parts ("A tin alloy and fluoride hybrid layer"), and its phrase is cut at
    "and"; the text defines the design's code and cycles it: the code is the main design."""
    paragraphs = [
        (("Abstract",), "A hybrid layer of a tin alloy and lithium fluoride is formed on lithium by a 20 s dip "
                        "(TFH@Li). Symmetric cells with TFH@Li cycle for 900 h.", "abstract"),
        (RESULTS, "TFH@Li cells keep an overpotential of 12 mV, compared with 95 mV for bare Li cells."),
    ]
    model = arms(paragraphs, title="A lithium-tin alloy and lithium fluoride hybrid layer for lithium anodes")
    assert model.arms[model.main].label.startswith("TFH@Li"), {a.label: a.evidence for a in model.arms.values()}


GEX_METHODS = (METHODS, "Lithium foil was treated by a 15 s dip in a GeI4 solution in diglyme (GEI@Li).")
GEX_CELLS = (RESULTS, "Symmetric cells of GEI@Li cycle for 1,250 h at 1 mA cm−2, while bare Li fails after 140 h.")


def test_arms_a_code_on_lithium_closing_a_dip_names_the_coated_lithium_not_the_solution(arms):
    """"… by a 15 s dip in a GeI4 solution in diglyme (GEI@Li)": the code "A@Li" names something on lithium, and the
    solution before the bracket names no lithium and no thing, so the code is the design the dip made, not a short
    form of the solution; "symmetric cells of GEI@Li" test it."""
    model = arms([(("Abstract",), "A brief dip in a salt solution gives lithium anodes that outlast bare lithium.",
                   "abstract"), GEX_METHODS, GEX_CELLS],
                 title="Germanium alloy and iodide hybrid layers for lithium metal anodes")
    assert model.glossary.get("GEI@Li", "GEI@Li") == "GEI@Li"
    assert model.arms[model.main].label == "GEI@Li", {a.label: a.evidence for a in model.arms.values()}
    assert "cell" in model.arms[model.main].evidence


def test_arms_the_head_noun_of_the_title_opening_a_sentence_is_the_main_design(rows):
    """The title speaks of a "hybrid layer", the text names the design only by its code: "The layer is 1.8 µm thick"
    opening a results subsection speaks of that design, though no arm's name ends in "layer"."""
    found = rows([(("Abstract",), "A brief dip in a salt solution gives lithium anodes that outlast bare lithium.",
                    "abstract"), GEX_METHODS,
                  (RESULTS, "The layer is about 1.8 µm thick and holds Li15Ge4 grains in a LiI matrix (Fig. 1c)."),
                  GEX_CELLS],
                 title="Hybrid layer of germanium alloy and lithium iodide for lithium metal anodes")
    assert {(p, label) for p, v, label in found if v in (1800.0, 1250.0)} == {
        ("Thickness", "GEI@Li"), ("Lifespan", "GEI@Li")}, found


@pytest.mark.parametrize("subject", ["The layer", "It"])
def test_arms_a_subject_pointing_back_keeps_its_figure_beside_a_name_of_what_it_holds(rows, subject):
    """"The layer is 3 μm thick and consists of LiSb grains": the sentence's subject points back to the layer the
    sentence before named (a definite article opening the sentence, or "It is" before a figure, which a dummy
    "it is" never is); the grains it holds are no arm and do not take its thickness."""
    found = rows([(RESULTS, f"We grow a hybrid tungsten layer (HWL) on lithium. {subject} is 3 μm thick and consists "
                            "of LiSb grains.")], title="A hybrid tungsten layer for lithium anodes")
    assert {(p, label) for p, v, label in found if v == 3000.0} == {("Thickness", "hybrid tungsten layer (HWL)")}, found


def test_arms_a_semicolon_inside_brackets_does_not_end_the_clause(rows):
    """"… at 1 mA cm−2 (n = 3; Fig. 2b), against 93.4% for PE": the semicolon is inside an aside, so the compared
    arm shares the clause's test conditions."""
    found = rows([(RESULTS, "We coat an aramid separator with boron carbide (BC@AR) and compare it with a "
                            "commercial PE separator."),
                  (RESULTS, "Li||Cu cells with BC@AR reach a Coulombic efficiency of 98.2% over 200 cycles at "
                            "1 mA cm−2 (n = 3; Fig. 2b), against 93.4% for PE.")],
                 title="Boron carbide skins on aramid separators")
    assert ("CurrentDensity", 1.0, "commercial PE separator") in found, found


def test_arms_a_control_treated_by_something_unnamed_is_another_thing(arms):
    """"Glass-coated PE separators [6]" are PE separators changed by a coating the name does not name as a material:
    not the paper's bare PE separator, so the introduction's figure is the cited work's."""
    model = arms([(INTRO, "Glass-coated PE separators shrink by 14% at 140 °C [6], but their core still melts."),
                  (RESULTS, "We coat an aramid separator with boron carbide (BC@AR) and compare it with a PE separator."),
                  (RESULTS, "Cells with PE fail after 90 h, whereas cells with BC@AR cycle for 900 h.")],
                 title="Boron carbide skins on aramid separators")
    assert name_key("Glass-coated PE separators", model.glossary) != name_key("PE separator", model.glossary)


def test_arms_a_sample_label_after_what_it_is_made_with_is_named_by_the_amount(arms):
    """"With 15 wt.% tin (T2), cells retain …": the label names the sample with that amount, not a phrase that opens
    on "With"."""
    model = arms([(("Abstract",), "With 15 wt.% tin (T2), anode-free cells retain 71.0% of their capacity.", "abstract"),
                  (RESULTS, "T2 cells keep an average Coulombic efficiency of 99.2%, against 97.0% for bare Cu.")],
                 title="A carbon-tin interlayer for anode-free cells")
    assert any(a.label == "15 wt.% tin (T2)" for a in model.arms.values()), {a.label for a in model.arms.values()}


def test_arms_a_figure_a_comparison_sets_on_a_material_that_is_no_arm_is_nobodys(rows):
    """"…, versus 58 mV on graphene": the figure set against the arm's is said of graphene, which the paper never
    tests; it is not the design's second figure."""
    found = rows([(RESULTS, "We anchor tin nanodots on CNT films (TN-CNT). TN-CNT cells cycle for 900 h, while "
                            "pristine CNT cells fail after 200 h."),
                  (RESULTS, "The nucleation overpotential on TN-CNT is 13 mV, versus 61 mV on graphene. The "
                            "adsorption energy of a lithium atom on TN-CNT is −2.12 eV, versus −0.91 eV on graphite.")],
                 title="Tin nanodots on carbon nanotube films")
    assert {(v, label) for p, v, label in found if p == "Overpotential"} == {(13.0, "TN-CNT")}, found
    assert {(v, label) for p, v, label in found if p == "AdsorptionEnergy"} == {(-2.12, "TN-CNT")}, found


def test_arms_a_letter_without_headings_reports_its_results_after_its_introduction(rows):
    # a communication runs from its introduction into its results with no heading between: the text that points at
    # the paper's own figures is results, so a figure it states for "both films" is the films' own
    paragraphs = [
        ((), "Porous interlayers have been grown on copper before.[3] Here we grow a quartz-wool interlayer (QW) "
             "and, for comparison, a glass-fibre interlayer (GF) on copper foil."),
        ((), "QW and GF were grown by a sol-gel route (Figure 1a). Both films are about 40 nm thick (Figure 1b)."),
        ((), "Li|Cu cells were cycled at 0.5 mA cm-2 (Figure 2). The cell with QW kept an average Coulombic "
             "efficiency of 98.7% over 300 cycles."),
        (("Acknowledgements",), "We thank an invented foundation."),
    ]
    found = rows(paragraphs, title="A quartz-wool interlayer for lithium metal anodes")
    assert {("Thickness", 40.0, "quartz-wool interlayer (QW)"), ("Thickness", 40.0, "glass-fibre interlayer (GF)"),
            ("CurrentDensity", 0.5, "glass-fibre interlayer (GF)")} <= found


def test_arms_a_result_set_against_another_arm_s_with_against_is_the_subject_s(rows):
    # "The full cell retained 88.2% …, against 55.1% for the cell with bare Cu": the first figure is the full cell's
    # (the arm the sentence before was about), the one after "against" bare Cu's; both ran the same test
    paragraphs = [
        (INTRO, "Here we coat a quartz-wool interlayer (QW) on copper foil."),
        (RESULTS, "Li|Cu cells with QW and bare Cu were cycled at 0.5 mA cm-2."),
        (RESULTS, "Finally, QW pre-plated with 4 mA h cm-2 of lithium was paired with an NCM cathode. The full cell "
                  "retained 88.2% of its capacity after 300 cycles at 0.5 C, against 55.1% for the cell with bare Cu."),
    ]
    found = rows(paragraphs, title="A quartz-wool interlayer for lithium metal anodes")
    design, control = "quartz-wool interlayer (QW)", "bare Cu"
    assert {("CapacityRetention", 88.2, design), ("CapacityRetention", 55.1, control), ("CRate", 0.5, design),
            ("CRate", 0.5, control), ("CycleNumber", 300.0, design), ("CycleNumber", 300.0, control)} <= found
    assert ("CapacityRetention", 88.2, control) not in found


def test_arms_a_series_of_codes_with_four_digit_numbers_are_arms(rows):
    # samples coded by a making temperature of four digits, written side by side, are a series, not model numbers
    paragraphs = [
        (INTRO, "Here, boron-doped carbon felts are annealed and tested as lithium hosts."),
        (RESULTS, "The electronic conductivities of BCF-700, BCF-900 and BCF-1100 are 0.8, 12.5 and 31.0 S cm-1, "
                  "respectively."),
        (RESULTS, "BCF-900 delivered a Coulombic efficiency of 98.9% over 400 cycles, followed by BCF-1100 (97.6%) and "
                  "BCF-700 (96.2%)."),
        (METHODS, "The felts were annealed under argon at 700, 900 or 1100 °C; the products are denoted BCF-700, "
                  "BCF-900 and BCF-1100."),
    ]
    found = rows(paragraphs, title="Boron-doped carbon felts for lithium metal anodes")
    assert {("CoulombicEfficiency", 97.6, "BCF-1100"), ("CoulombicEfficiency", 96.2, "BCF-700"),
            ("ElectronicConductivity", 31000.0, "BCF-1100")} <= found
    assert not any(prop == "Temperature" for prop, _, _ in found)     # the annealing, a step of making


def test_arms_a_head_noun_named_in_brackets_is_that_arm(rows):
    # "The felt made at 900 °C (BCF-900) …; it holds …": the bracketed code names the felt, whatever felt came before
    paragraphs = [
        (INTRO, "Three-dimensional carbon felts spread the current."),
        (RESULTS, "The electronic conductivities of BCF-700, BCF-900 and BCF-1100 are 0.8, 12.5 and 31.0 S cm-1, "
                  "respectively."),
        (RESULTS, "The felt made at 900 °C (BCF-900) wets well; it holds lithium with an average Coulombic efficiency "
                  "of 98.1% for 300 cycles."),
    ]
    found = rows(paragraphs, title="Boron-doped carbon felts for lithium metal anodes")
    assert ("CoulombicEfficiency", 98.1, "BCF-900") in found


def test_arms_a_bare_percentage_of_a_li_cu_cell_is_its_coulombic_efficiency(rows):
    # the Li||Cu cell measures the Coulombic efficiency: what it "averaged" in percent is that, though unnamed
    paragraphs = [
        (INTRO, "Here we add a sulfonamide additive (SFA) to a carbonate electrolyte."),
        (RESULTS, "Li||Cu cells with SFA averaged 99.2 ± 0.1% (n = 4) over 200 cycles, compared to 96.1% with the "
                  "plain electrolyte."),
        (RESULTS, "Li||NCM cells with SFA kept 91% of their capacity after 300 cycles."),
    ]
    found = rows(paragraphs, title="A sulfonamide additive for lithium metal anodes")
    assert ("CoulombicEfficiency", 99.2, "sulfonamide additive (SFA)") in found
    assert not any(prop == "CoulombicEfficiency" and value == 91.0 for prop, value, _ in found)


def test_arms_a_cited_additive_named_by_its_defined_short_form_keeps_its_figure(paper, nlp):
    # "Vinylene sulfite (VS) raised the Coulombic efficiency to 97.1%[7]": no design noun, but a substance the
    # sentence defines is what the cited work used
    doc = paper([
        (INTRO, "Lithium reacts with carbonate electrolytes.[1] Additives that are reduced first build the "
                "interphase;[3] vinylene sulfite (VS), the most common of them, raised the Coulombic efficiency to "
                "97.1%[7] but is used up within 200 cycles.[8] Sulfur (S) offers 1675 mA h g-1.[2]"),
        (RESULTS, "Here we add a sulfonamide additive (SFA). Cells with SFA kept a Coulombic efficiency of 99.0%."),
    ], title="A sulfonamide additive for lithium metal anodes")
    ex = extract(doc, nlp)
    labels = {s.key: s.label for s in ex.structures}
    cited = {(labels[m.structure], m.value) for m in ex.measurements if m.citations}
    assert ("vinylene sulfite (VS)", 97.1) in cited
    assert not any(value == 1675 for _, value in cited)


def test_arms_a_design_named_by_its_modifier_under_a_title_that_adds_its_base_is_the_main_design(rows, arms):
    # "the gold-decorated mesh" under the title's "gold-decorated nickel mesh": the word that sets the design apart
    # from its plain host ("nickel mesh", the control) is kept; what the paper treats its host with is no arm
    paragraphs = [
        ((), "Nickel hosts lower the local current density. We decorate a nickel mesh whose pores narrow towards the "
             "separator with gold nanoparticles. Lithium then fills the mesh from the bottom up, and cells cycle for "
             "900 h at 2 mA cm-2.", "abstract"),
        (INTRO, "Nickel meshes spread the current.[4]"),
        (RESULTS, "We compared the gold-decorated graded mesh with a plain nickel mesh of the same pore sizes. The "
                  "gold-decorated mesh keeps a Coulombic efficiency of 98.1% for 250 cycles, whereas the plain nickel "
                  "mesh fails after 90 cycles."),
        (RESULTS, "Li||Cu-type cells were assembled with each host."),
    ]
    title = "A gold-decorated nickel mesh with graded pores for lithium metal anodes"
    model = arms(paragraphs, title=title)
    assert model.arms[model.main].label == "gold-decorated nickel mesh"       # as the title spells it
    assert not any("nanoparticle" in a.label for a in model.arms.values() if a.own)
    found = rows(paragraphs, title=title)
    assert ("CoulombicEfficiency", 98.1, "gold-decorated nickel mesh") in found
    assert ("CycleNumber", 90.0, "plain nickel mesh") in found


def test_arms_a_thickness_written_inside_a_layer_s_name_is_that_layer_s(rows):
    # "coat the pellets with a 20 nm graphitic carbon nitride interlayer (CNI)": the length stands before the layer
    # noun, three words on, inside the name of the arm; it is not the pellets' (the object coated)
    found = rows([(INTRO, "We coat garnet pellets with a 20 nm graphitic boron nitride interlayer (BNI)."),
                  (RESULTS, "BNI cells cycled for 800 h, whereas cells with bare garnet pellets shorted after 15 h.")],
                 title="A boron nitride interlayer for garnet electrolytes")
    assert ("Thickness", 20.0, "boron nitride interlayer (BNI)") in found


def test_arms_the_optimized_sample_and_both_cases_speak_of_the_arms_in_view(rows):
    # "The optimized sample keeps …, while its counterpart drops …. In both cases the hysteresis stays under 30 mV":
    # the design called by what was done to it, and "both cases" the two the sentence before set side by side
    paragraphs = [
        (INTRO, "Here we grow a cobalt-seeded carbon felt (CSF) and compare it with a plain carbon felt (PCF)."),
        (RESULTS, "Symmetric cells with CSF ran for 900 h, whereas those with PCF shorted after 200 h."),
        (RESULTS, "The optimized sample keeps a Coulombic efficiency of 98.2% for 300 cycles, while its counterpart "
                  "fails after 110 cycles. In both cases the voltage hysteresis stays under 25 mV."),
    ]
    found = rows(paragraphs, title="Cobalt-seeded carbon felts for lithium metal anodes")
    design, control = "cobalt-seeded carbon felt (CSF)", "plain carbon felt (PCF)"
    assert {("CoulombicEfficiency", 98.2, design), ("VoltageHysteresis", 25.0, design),
            ("VoltageHysteresis", 25.0, control)} <= found


def test_arms_a_layer_the_paper_coats_its_host_with_is_its_design(arms):
    # "We coat copper with a thin interlayer of …": unlike "decorate a mesh with gold nanoparticles" (an ingredient),
    # the layer laid on the host is the design the paper tests
    model = arms([((), "We coat copper with a thin interlayer of carbon black and tin particles. Cu||NCM811 cells with "
                       "the thin interlayer retain 71.5% of their capacity, compared with 35.2% for bare Cu.",
                   "abstract"),
                  (RESULTS, "The thin interlayer is 3 µm thick.")],
                 title="A carbon-tin interlayer for anode-free lithium metal batteries")
    assert any("interlayer" in a.label for a in model.arms.values() if a.own and a.role == Role.DESIGN)


def test_arms_each_cell_of_one_kind_is_every_arm_tested_in_that_kind_not_every_arm(rows):
    """"Rate capability tests for each Li–S cell …" in a caption: the arms the results test in Li–S cells, not a third
    separator the paper tests only in Li|Cu cells."""
    found = rows([(RESULTS, "The PE separator, the QY-coated separator (QYS) and the QX-coated separator (QXS) were "
                            "tested in Li|Cu cells at 2 mA cm−2. The QXS cell kept a Coulombic efficiency of 98.1%, "
                            "whereas the QYS cell kept 95.2% and the PE cell 90.3%."),
                  (RESULTS, "Figure 5A depicts the cycling performance of Li–S cells using the PE and QXS. The Li–S cell "
                            "with the QXS delivered 905 mAh g–1, whereas the cell with the PE delivered 611 mAh g–1."),
                  (RESULTS, "FIGURE 5 | (A) Cycle performance of Li–S cells with PE and QXS. (B) Rate capability tests "
                            "for each Li–S cell at various current densities ranging from 0.1 to 3 C.", "caption")],
                 title="Hybrid coated separators for lithium metal anodes")
    assert {label for p, v, label in found if p == "CRate"} == {"PE", "QX-coated separator (QXS)"}


def test_arms_both_compositions_are_the_two_phases_in_view(rows):
    """"… the decomposition energies of both compositions remained low": the two doped phases the sentence before named,
    not only the one the passage is about."""
    found = rows([(RESULTS, "The Li6PS5I and Li5.5Cu0.5PS5I layers were cast on steel foil and tested in half-cells. The "
                            "Li5.5Cu0.5PS5I half-cell kept 98.2% Coulombic efficiency, whereas the Li6PS5I half-cell "
                            "kept 91.1%."),
                  (RESULTS, "The structural stability of Li6PS5I and Li5.5Cu0.5PS5I was examined as a function of the "
                            "applied potential. DFT calculations indicated that the decomposition energies of both "
                            "compositions remained low (|ED| < 31 meV/atom) in the potential range 1.5−2.0 V.")],
                 title="Cu-doped Li-argyrodite iodides")
    assert {label for p, v, label in found if v == 31.0} == {"Li6PS5I", "Li5.5Cu0.5PS5I"}


def test_arms_amounts_the_paper_coded_are_the_coded_arms_though_the_results_write_the_amounts(rows):
    """"XB was dissolved … at 0.3, 0.6 and 1.2 wt% (denoted XB-1, XB-2 and XB-3, respectively)", then results that
    write "0.6 wt% XB": each amount is the arm the paper coded for it, not a second arm named by the amount."""
    found = rows([(INTRO, "Here we add a selenazolium borate (XB) to the baseline electrolyte."),
                  (METHODS, "XB was dissolved in 1 M LiPF6 in EC/DEC at 0.3, 0.6 and 1.2 wt% (denoted XB-1, XB-2 "
                            "and XB-3, respectively)."),
                  (RESULTS, "Li||Cu cells with 0.6 wt% XB averaged 99.0% over 250 cycles, compared to 96.1% with the "
                            "baseline electrolyte. The cell with 1.2 wt% XB reached 98.3%, and the cell with 0.3 wt% "
                            "XB 97.4%, under the same conditions.")],
                 title="A selenazolium-borate additive (XB) for carbonate electrolytes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (99.0, "XB-2"), (98.3, "XB-3"), (97.4, "XB-1"), (96.1, "baseline electrolyte")}


@pytest.mark.parametrize("what", ["indium nonaflate", "QX-4"])
def test_arms_an_additive_written_in_words_or_by_a_code_after_its_amounts_is_one_arm_per_amount(rows, what):
    """"the cell with 1.2 wt% indium nonaflate …, and the cell with 0.4 wt% indium nonaflate 97.1%": an additive
    written in lower-case words (no short form defined) or by a code, after two amounts, names two arms told apart
    by the amount, as a capitalised name after an amount does; one amount of a thing in a recipe is no arm."""
    found = rows([(INTRO, "Carbonate electrolytes form a brittle interphase on lithium."),
                  (METHODS, "The electrolyte was 1 M LiPF6 in EC/DEC supplemented with 5 wt% vinylene carbonate."),
                  (RESULTS, f"The cell with 1.2 wt% {what} reached an average Coulombic efficiency of 98.6%, and the "
                            f"cell with 0.4 wt% {what} 97.2%.")],
                 title="An electrolyte additive for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (98.6, f"1.2 wt% {what}"), (97.2, f"0.4 wt% {what}")}
    assert not any("vinylene" in label for _, _, label in found)


@pytest.mark.parametrize("declared", [
    "Tungsten nitride was sputtered onto copper for 5, 10 and 20 min; the samples are denoted F1, F2 and F3, "
    "respectively.",
    "F1, F2 and F3 were sputtered for 5, 10 and 20 min.",
])
def test_arms_a_sample_described_by_the_time_it_was_made_for_is_the_one_coded_for_that_time(rows, declared):
    """A series coded by how long its samples were made ("… for 5, 10 and 20 min; … denoted F1, F2 and F3"): "the
    film sputtered for 10 min" elsewhere is F2, whose figures it reports, not the title's design (the family) nor a
    figure of 10 min."""
    found = rows([(INTRO, "Here we sputter tungsten nitride films onto copper current collectors."),
                  (METHODS, declared),
                  (RESULTS, "The film sputtered for 10 min kept a Coulombic efficiency of 98.8% for 300 cycles. F1 and "
                            "F3 reached 96.9% and 97.3%.")],
                 title="Sputtered tungsten nitride films on copper as lithiophilic current collectors")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (98.8, "F2"), (96.9, "F1"), (97.3, "F3")}
    assert not {label for p, v, label in found if v == 10.0}


def test_arms_a_bare_metal_listed_beside_arms_is_that_metals_plain_arm(rows):
    """"… whereas QFN and Ni fall to 91.0% and 83.5%": a metal named bare in a list of arms is the paper's plain foil of
    that metal (of "planar Ni" and "the Ni electrodes", the one called by a control word), not the arm before it; a
    bare metal outside a list ("Li deposits on Ni") names no arm."""
    found = rows([(("Abstract",), "We grow tungsten phosphide on a quartz fibre net (WP-QFN) to host lithium metal."),
                  (RESULTS, "The nucleation overpotential drops from 51 mV on planar Ni to 12 mV on WP-QFN. Li deposits "
                            "on Ni as moss."),
                  (RESULTS, "The Coulombic efficiencies of the WP-QFN, QFN and Ni electrodes were compared at 0.5 mA "
                            "cm−2. WP-QFN holds 98.8% for 300 cycles, whereas QFN and Ni fall to 91.0% and 83.5% after "
                            "120 and 50 cycles, respectively.")],
                 title="Tungsten phosphide on a quartz fibre net (WP-QFN) as a lithium host")
    ni = {label for p, v, label in found if v in (51.0, 83.5, 50.0)}
    assert len(ni) == 1 and "Ni" in next(iter(ni)), found
    assert {label for p, v, label in found if v in (91.0, 120.0)} == {"QFN"}


def test_arms_a_change_from_the_controls_figure_to_another_gives_the_other_to_the_design(rows):
    """"… drops from 940 Ω cm2 for the bare pellet to 25 Ω cm2", "rises from 0.4 mA cm−2 (bare) to 1.3 mA cm−2
    (buffered)": the before is said to be the control's (by name, or by a control word alone in brackets), so the
    after is the design's; and of two coded designs both defined and tested, the one whose code is built on the
    other's ("NB-LZC" over "LZC") is the paper's design, not a clause of its title."""
    found = rows([(("Abstract",), "Chloride pellets of Li2ZrCl6 (LZC) are reduced by lithium. We press a nitride "
                                  "buffer onto the pellets (NB-LZC) to keep the two apart."),
                  (RESULTS, "The LZC and NB-LZC pellets were cycled in symmetric cells. In Li|NB-LZC|Li cells, the "
                            "interfacial resistance drops from 940 Ω cm2 for the bare pellet to 25 Ω cm2. The critical "
                            "current density rises from 0.4 mA cm−2 (bare) to 1.3 mA cm−2 (buffered).")],
                 title="A Nitride Buffer Lets a Chloride Pellet Meet Lithium")
    owner = {v: label for p, v, label in found}
    assert owner[25.0] == owner[1.3] == "NB-LZC", found
    assert owner[940.0] != "NB-LZC" and owner[0.4] != "NB-LZC", found


def test_arms_a_title_written_as_a_clause_names_its_design_before_its_verb(rows):
    """"Sulfonate Brush Coatings Turn Polyolefin Separators into Ion Pumps": what a title names after its verb is what
    the design acts on, not the design; the figures go to the design the abstract defines."""
    found = rows([(("Abstract",), "Polyolefin separators wet poorly. Sulfonate brushes grafted on polypropylene (SB/PP) "
                                  "give a separator that wets at once and passes lithium ions selectively."),
                  (RESULTS, "The SB/PP separator takes up 210% of electrolyte, while the pristine PP separator takes up "
                            "only 65%. Li||Li cells with SB/PP cycle for 1,300 h at 2 mA cm−2.")],
                 title="Sulfonate Brush Coatings Turn Polyolefin Separators into Ion Pumps")
    assert {label for p, v, label in found if v in (210.0, 1300.0)} == {"SB/PP"}, found


def test_arms_a_coating_named_in_the_words_of_the_designs_long_form_is_the_design(rows):
    """"The boehmite nanoflake coating is 3 μm thick" in a paper that defined "polypropylene separators with a thin
    layer of boehmite nanoflakes (BNF@PP)": a part named in words of no material the lexicon knows is the design's
    whose long form holds them, not an arm of its own."""
    found = rows([(("Abstract",), "We coat polypropylene separators with a thin layer of boehmite nanoflakes (BNF@PP). "
                                  "Boehmite nanoflake coatings make polypropylene separators safe for lithium metal."),
                  (RESULTS, "The boehmite nanoflake coating is 3 μm thick. Li||Li cells with BNF@PP cycle for 900 h, "
                            "whereas those with the bare PP separator fail after 150 h.")],
                 title="Boehmite nanoflake coatings on polypropylene separators")
    assert {label for p, v, label in found if v in (3000.0, 900.0)} == {"BNF@PP"}, found


def test_arms_a_stack_written_with_a_slash_is_a_kind_of_cell(rows):
    """"Li/Li cells were cycled at 0.4 mA cm−2": a stack written with a slash, both ends electrodes, is the kind of
    cell every arm tested in it was run in, as "Li||Li cells" is; a slash between other names stays a composite's."""
    found = rows([(("Abstract",), "We blend a polymer electrolyte with 9 wt% adiponitrile (QX-9) and compare it with "
                                  "the electrolyte without adiponitrile (QX-0)."),
                  (METHODS, "Li/Li cells were cycled at 0.4 mA cm−2 with 0.4 mA h cm−2."),
                  (RESULTS, "Li/Li cells with QX-9 run for 600 h, against 120 h for QX-0.")])
    assert {label for p, v, label in found if p == "CurrentDensity"} == {label for p, v, label in found if p == "Lifespan"}
    assert len({label for p, v, label in found if p == "Lifespan"}) == 2, found


def test_arms_a_methods_setting_in_every_cell_named_by_its_cathode_is_every_arms(rows):
    """"Cathodes carried 3.8 mg cm−2 of sulfur, and the E/S ratio was 5 μL mg−1 in every cell": a sentence that names
    the cells only by their cathode speaks of every cell where it says so, the controls' too."""
    found = rows([(("Abstract",), "We place a boron-doped graphene interlayer (BG) on the lithium of lithium-sulfur "
                                  "cells."),
                  (METHODS, "Cathodes carried 3.8 mg cm−2 of sulfur, and the E/S ratio was 5 μL mg−1 in every cell. "
                            "Cells without an interlayer served as the control."),
                  (RESULTS, "At 0.2 C, the BG cell delivers 1150 mA h g−1, compared with 940 mA h g−1 for the cell "
                            "without an interlayer.")])
    assert len({label for p, v, label in found if p == "ElectrolyteToSulfurRatio"}) == 2, found


def test_arms_amounts_coded_after_the_clause_and_the_counted_arms(rows):
    """"We add 2, 4 and 8 wt% cerium titanate nanorods to PEO, giving QT-2, QT-4 and QT-8": the codes are the samples
    of those amounts, no arm "4 wt% cerium titanate" beside them; the "filler-free" electrolyte is the control; "the
    four electrolytes" are the four arms the paper tests."""
    found = rows([(("Abstract",), "We add 2, 4 and 8 wt% cerium titanate nanorods to PEO, giving QT-2, QT-4 and QT-8, and "
                                  "compare them with the filler-free electrolyte (QT-0)."),
                  (RESULTS, "The transport properties of the four electrolytes were measured at 30 °C. The ionic "
                            "conductivities of QT-0, QT-2, QT-4 and QT-8 are 0.02, 0.11, 0.25 and 0.14 mS cm−1, "
                            "respectively.")])
    assert {label for p, v, label in found if p == "Temperature"} == {
        label for p, v, label in found if p == "IonicConductivity"}, found
    assert len({label for p, v, label in found}) == 4 and not any("wt%" in label for p, v, label in found), found


def test_arms_a_result_whose_conditions_stand_before_the_arm_named_after_them(rows):
    """"Average Coulombic efficiency of 98.7% over 350 cycles at 2 mA cm−2 for QZ@NF": the result's test conditions
    stand between it and the arm named after them; the result is that arm's too, not the design the title names."""
    found = rows([(("Abstract",), "We grow quartz nanowires on nickel foam (QZ@NF) and on copper foam (QZ@CF) and "
                                  "compare them with bare nickel foam."),
                  (("Highlights",), "• Nucleation overpotential of 9 mV for QZ@NF."),
                  (("Highlights",), "• Average Coulombic efficiency of 98.7% over 350 cycles at 2 mA cm−2 for QZ@CF "
                                    "(Figure S4)")],
                 title="Quartz nanowires on nickel foam for lithium plating")
    assert {label for p, v, label in found if v in (98.7, 350.0, 2.0)} == {"QZ@CF"}, found


def test_lithium_held_in_a_defined_host_names_the_design_its_results_test(rows):
    """'hollow tin frameworks (HTF)' is the host the paper defines; 'Li@HTF', lithium infused into it, is the anode its
    results are of, written more often than the host alone: the figures are the Li@HTF anode's."""
    found = rows([(METHODS, "Tin salts were calcined into hollow tin frameworks (HTF). Molten lithium was infused "
                            "into HTF at 280 °C."),
                  (RESULTS, "Li@HTF cycled for 700 h at 2 mA cm-2 in symmetric cells, whereas bare Li failed after "
                            "120 h. The overpotential of Li@HTF stayed at 19 mV. Li@HTF kept a capacity retention of "
                            "93.1% after 300 cycles in full cells.")])
    assert {(p, v) for p, v, label in found if label == "Li@HTF"} >= {("Lifespan", 700.0), ("Overpotential", 19.0),
                                                                       ("CapacityRetention", 93.1)}


def test_a_caption_panel_s_condition_is_the_arms_compared_where_the_text_points_at_it(rows):
    """'(c) Voltage profiles of Li|Li cells at 1 mA cm−2': the panel names no arm; the text that points at 'Fig. 3c'
    compares the design and its control, so both were tested so; the panel '(d)' the text points at for the design
    alone is the design's."""
    found = rows([(INTRO, "Here, tin nitride nanowires on nickel foam (TN-NF) are compared with bare nickel foam."),
                  (RESULTS, "Symmetric cells built on TN-NF run for 1,400 h (Fig. 3c), far longer than those on bare "
                            "nickel foam (190 h). At a higher capacity the TN-NF cell still lasts 500 h (Fig. 3d)."),
                  (RESULTS, "Fig. 3 (a,b) Cross sections after plating. (c) Voltage profiles of Li|Li cells at "
                            "1 mA cm-2. (d) The same at 3 mA cm-2.", "caption")],
                 title="Tin nitride nanowires on nickel foam for lithium plating")
    assert {(v, "design" if "TN-NF" in label else label) for p, v, label in found if p == "CurrentDensity"} == {
        (1.0, "design"), (1.0, "bare nickel foam"), (3.0, "design")}


def test_the_former_and_the_latter_count_the_pair_the_same_sentence_named(rows):
    """"TS-Li and PS-Li were cycled side by side; the former lasted 760 h, the latter 430 h": the pair is the one
    named before them in the sentence, though the sentences before named a third arm too."""
    found = rows([(INTRO, "We grow a tin skin (TS-Li) and a phosphide skin (PS-Li) on lithium and compare them with "
                          "untreated lithium."),
                  (RESULTS, "TS-Li and PS-Li were cycled side by side at 2 mA cm-2; the former lasted 760 h, the "
                            "latter 430 h, and untreated lithium only 90 h.")])
    assert {(v, label) for p, v, label in found if p == "Lifespan"} == {
        (760.0, "tin skin (TS-Li)"), (430.0, "phosphide skin (PS-Li)"), (90.0, "untreated lithium")}


def test_both_as_a_subject_is_the_pair_the_sentence_before_named_together(rows):
    found = rows([(INTRO, "We grow a tin skin (TS-Li) and a phosphide skin (PS-Li) on lithium and compare them with "
                          "untreated lithium."),
                  (RESULTS, "TS-Li and PS-Li ran for 760 h and 430 h, and untreated lithium for 90 h. Both keep an "
                            "average Coulombic efficiency above 98.2% in Li||Cu cells.")])
    assert {label for p, v, label in found if p == "CoulombicEfficiency"} == {"tin skin (TS-Li)",
                                                                           "phosphide skin (PS-Li)"}


def test_a_result_that_names_no_arm_is_the_one_its_subheading_names(rows):
    """Results under '3.3 The bare tin mesh control' that name no arm are the control's, as those under a subheading
    naming the design are the design's."""
    found = rows([(INTRO, "We coat a tin mesh with indium particles (In@TM) and compare it with a bare tin mesh."),
                  (("3. Results", "3.2 Symmetric cells of In@TM"), "The cells ran for 870 h at 1 mA cm-2."),
                  (("3. Results", "3.3 The bare tin mesh control"), "Here the symmetric cells short-circuited after "
                                                                      "160 h.")],
                 title="Indium particles on a tin mesh for lithium plating")
    assert {(v, "control" if "bare" in label else "design") for p, v, label in found if p == "Lifespan"} == {
        (870.0, "design"), (160.0, "control")}


def test_a_table_row_of_bare_electrodes_beside_the_design_s_cell_is_the_control(rows):
    """Rows named by cells: 'Li||Li' beside 'TS-Li||TS-Li' (the design in place of every electrode) and 'Li||LFP'
    beside 'TS-Li||LFP' are bare lithium's, the paper's control, not the design's."""
    found = rows([(INTRO, "We grow a tin skin on lithium (TS-Li) and compare it with bare Li."),
                  (RESULTS, "Table 1 lists the cells."),
                  (RESULTS, "Cell | Lifespan (h) | Retention (%)\nLi||Li | 240 | –\nTS-Li||TS-Li | 1,100 | –\n"
                            "Li||LFP | – | 70.2\nTS-Li||LFP | – | 91.5", "table")])
    design = {(p, v) for p, v, label in found if "TS-Li" in label}
    assert design == {("Lifespan", 1100.0), ("CapacityRetention", 91.5)}
    assert {(p, v) for p, v, _ in found} - design == {("Lifespan", 240.0), ("CapacityRetention", 70.2)}


def test_arms_a_cited_variant_of_the_title_s_base_is_not_the_title_s_design(arms):
    """"Tin-decorated nickel foam …" in the title, "(NF)" for the foam: a "CuO-coated nickel foam [9]" the results
    set against is made of the title's foam, but the title names none of the rest it is made of (CuO), so the
    title is no evidence that it is the paper's own."""
    found = arms([(("Abstract",), "We decorate nickel foam with tin nanoparticles (Sn-NF) that seed lithium "
                                  "nucleation.", "abstract"),
                  (METHODS, "Nickel foam (NF) was dipped in a tin chloride solution and annealed, giving Sn-NF."),
                  (RESULTS, "Sn-NF keeps an average CE of 98.9% over 300 cycles, whereas bare NF fails after 90 "
                            "cycles."),
                  (RESULTS, "Li@Sn-NF symmetric cells run for 1500 h, far longer than the 600 h reported for a "
                            "CuO-coated nickel foam [9].")],
                 title="Tin-decorated nickel foam as a host for lithium metal anodes")
    own = {arm.label for arm in found.arms.values() if arm.role in (Role.DESIGN, Role.CONTROL)}
    assert own == {"Sn-NF", "Nickel foam (NF)"}


def test_arms_a_figure_joined_to_a_reported_one_without_its_verb_is_reported_too(paper, nlp):
    """"… higher than the 98.1% reported for a nickel foam host [12] and the 96.5% of a bare carbon cloth [15]": the
    second figure leaves the verb out but is as much the cited work's, though its name is the paper's control's."""
    ex = extract(paper([(("Abstract",), "We grow cobalt nitride nanowires on carbon cloth (CoN@CC) as a host for "
                                        "lithium.", "abstract"),
                        (RESULTS, "In Li||Cu cells, CoN@CC keeps an average CE of 99.0% over 300 cycles, higher than "
                                  "the 98.1% reported for a nickel foam host [12] and the 96.5% of a bare carbon cloth "
                                  "[15]. Li||Cu cells with bare carbon cloth fail after 80 cycles.")]), nlp)
    assert {(m.value, m.citations) for m in ex.measurements if local_name(m.property) == "CoulombicEfficiency"} == {
        (99.0, ()), (98.1, (12,)), (96.5, (15,))}


def test_arms_the_last_of_names_compared_clause_by_clause_with_its_verb_left_out_is_an_arm(rows):
    """"Mo2C@Ni needs 14 mV, whereas W2C@Ni needs 22 mV and NbC@Ni 37 mV": the third film is named only in a clause
    whose verb is left out, the figure right after its name, yet it is set against the others as they are."""
    found = rows([(("Abstract",), "We sputter thin films of three carbides on nickel foil and compare how lithium "
                                  "plates on them.", "abstract"),
                  (RESULTS, "At 0.5 mA cm-2, Mo2C@Ni needs a nucleation overpotential of only 14 mV, whereas W2C@Ni "
                            "needs 22 mV and NbC@Ni 37 mV.")])
    assert {(v, label) for prop, v, label in found if prop == "Overpotential"} == {
        (14.0, "Mo2C@Ni"), (22.0, "W2C@Ni"), (37.0, "NbC@Ni")}


def test_arms_a_buffer_is_a_design_s_layer_named_by_its_head_noun(rows):
    """"The buffer is about 300 nm thick" after a sentence about the bare electrolyte: a buffer is a layer put between
    two things, as an interlayer is, so "the buffer" names the buffered design, not the topic before it."""
    found = rows([(("Abstract",), "Sulfide electrolytes are reduced by lithium metal. We sputter a thin lithium nitride "
                                  "buffer onto Li6PS5Cl pellets (NB-LPS). The buffer blocks electrons and keeps the "
                                  "sulfide from being reduced.", "abstract"),
                  (RESULTS, "Li6PS5Cl (LPS) was made by ball milling. Its ionic conductivity is 2.4 mS cm-1 at 25 °C. "
                            "The buffer is about 300 nm thick. The critical current density rises from 0.9 mA cm-2 for "
                            "the bare pellet to 2.1 mA cm-2 for NB-LPS. Li|NB-LPS|Li cells cycle for 600 h, whereas "
                            "Li|LPS|Li cells fail after 50 h.")],
                 title="Nitride buffers protect sulfide solid electrolytes against lithium metal")
    assert {(v, label) for prop, v, label in found if prop == "Thickness"} == {(300.0, "NB-LPS")}


def test_arms_a_pair_of_figures_set_against_each_other_by_against_is_the_compared_arms(rows):
    """"X cycles four times longer than bare Li (1,200 h against 300 h)": "against" sets the two figures side by side as
    "vs." does, the first the subject's, the second the arm it is compared with."""
    paragraphs = [
        (RESULTS, "We coat lithium foil with a thin zinc phosphate film (ZP-Li)."),
        (RESULTS, "At 2 mA cm-2, ZP-Li cycles four times longer than bare Li (1,200 h against 300 h)."),
    ]
    found = rows(paragraphs, title="A zinc phosphate film on lithium")
    assert ("Lifespan", 1200.0, "zinc phosphate film (ZP-Li)") in found
    assert ("Lifespan", 1200.0, "bare Li") not in found and ("Lifespan", 300.0, "bare Li") in found


def test_arms_a_clause_after_a_semicolon_is_compared_at_the_same_cycle_count(rows):
    """"X full cells keep 88.4% after 300 cycles at 0.5 C; cells with bare Li keep 41.7%": a contrast after ";" that
    states no count of its own was read at the same count, as one after "whereas" is."""
    paragraphs = [
        (RESULTS, "We coat lithium foil with a thin zinc phosphate film (ZP-Li)."),
        (RESULTS, "ZP-Li full cells keep 88.4% of their capacity after 300 cycles at 0.5 C; cells with bare Li keep "
                  "41.7%."),
    ]
    found = rows(paragraphs, title="A zinc phosphate film on lithium")
    assert {("CycleNumber", 300.0, "bare Li"), ("CycleNumber", 300.0, "zinc phosphate film (ZP-Li)"),
            ("CapacityRetention", 41.7, "bare Li")} <= found


def test_arms_a_count_of_cycles_joined_by_a_hyphen_is_a_figure_unless_it_counts_making_steps(rows):
    """"over a 400-cycle test": a count joined to "cycle" by a hyphen, as one adjective, is the count of cycles it
    would be written apart; "the 20-cycle ALD film" counts the steps of a making method named right after it."""
    paragraphs = [
        (INTRO, "We coat lithium foil with a thin zinc phosphate film (ZP-Li)."),
        (RESULTS, "ZP-Li shows an average CE of 98.7% over a 400-cycle test at 0.5 mA cm-2."),
        (RESULTS, "The 20-cycle ALD film kept a CE of 97.9% over 150 cycles."),
    ]
    found = {(p, v) for p, v, _ in rows(paragraphs, title="A zinc phosphate film on lithium")}
    assert ("CycleNumber", 400.0) in found and ("CycleNumber", 150.0) in found
    assert ("CycleNumber", 20.0) not in found


def test_arms_cells_named_by_their_anodes_in_a_respectively_list_pair_with_its_figures(rows):
    """"The retentions of ZP-Li||LFP and Li||LFP are 91.3% and 62.5%, respectively": the design written inside its
    cell and the bare cell are the two items of the list, the rest of the design's cell ("||LFP") no break in it."""
    paragraphs = [
        (INTRO, "We coat lithium foil with a thin zinc phosphate film (ZP-Li)."),
        (RESULTS, "The capacity retentions of ZP-Li||LFP and Li||LFP are 91.3% and 62.5% after 300 cycles, "
                  "respectively."),
    ]
    found = {(p, v, s) for p, v, s in rows(paragraphs, title="A zinc phosphate film on lithium")}
    assert ("CapacityRetention", 91.3, "zinc phosphate film (ZP-Li)") in found
    assert ("CapacityRetention", 62.5, "zinc phosphate film (ZP-Li)") not in found
    assert any(p == "CapacityRetention" and v == 62.5 for p, v, _ in found)


def test_arms_a_result_set_against_another_arms_condition_by_versus_stays_with_its_subject(rows):
    """"X retains 80% of its capacity after 350 cycles, versus 120 cycles for bare Li": the arm named after "versus" is
    compared at the condition set against the subject's, and the result before both is the subject's."""
    paragraphs = [
        (INTRO, "We coat lithium foil with a thin zinc phosphate film (ZP-Li) and test it against bare Li."),
        (RESULTS, "ZP-Li||NCM811 retains 80% of its initial capacity after 350 cycles, versus 120 cycles for bare Li."),
    ]
    found = rows(paragraphs, title="A zinc phosphate film on lithium")
    assert ("CapacityRetention", 80.0, "zinc phosphate film (ZP-Li)") in found
    assert ("CycleNumber", 120.0, "bare Li") in found and ("CycleNumber", 350.0, "bare Li") not in found


def test_arms_a_code_written_only_as_the_label_of_a_figure_names_its_design(rows):
    """"… drops from 48 mV (bare Cu) to 12 mV (ZP-Cu)": a code the paper gave a design, then writes only in the brackets
    after a figure, labels that figure as its design's, as a code written alone would name it."""
    paragraphs = [
        (INTRO, "We coat copper foil with a thin zinc phosphate film (ZP-Cu) and compare it with bare Cu."),
        (RESULTS, "The nucleation overpotential drops from 48 mV (bare Cu) to 12 mV (ZP-Cu)."),
    ]
    found = {(p, v) for p, v, s in rows(paragraphs, title="A zinc phosphate film on copper") if s != "bare Cu"}
    assert ("Overpotential", 12.0) in found


def test_arms_vs_without_its_full_stop_sets_a_figure_against_the_subjects(rows):
    """"(≈9 mV vs ≈41 mV for bare Cu)": "vs" written without its full stop compares as "vs." does; the second figure
    is the arm's named after it, not the subject's."""
    paragraphs = [
        (INTRO, "We coat copper foil with a thin zinc phosphate film (ZP-Cu)."),
        (RESULTS, "ZP-Cu shows the lowest nucleation overpotential (≈9 mV vs ≈41 mV for bare Cu)."),
    ]
    found = rows(paragraphs, title="A zinc phosphate film on copper")
    assert ("Overpotential", 41.0, "bare Cu") in found
    assert not any(v == 41.0 and s != "bare Cu" for _, v, s in found)
    # a material compared so holds its figure, which is then none of the arms'
    paragraphs[1] = (RESULTS, "ZP-Cu shows the lowest nucleation overpotential (≈9 mV vs ≈27 mV for graphene).")
    found = rows(paragraphs, title="A zinc phosphate film on copper")
    assert ("Overpotential", 9.0) in {(p, v) for p, v, _ in found} and not any(v == 27.0 for _, v, _ in found)


def test_arms_a_thing_that_served_as_a_kind_of_control_is_one(arms):
    """"Bare Cu foil served as the planar control": a word saying what kind of control stands between the article and
    the noun, and the thing is still the paper's control."""
    paragraphs = [
        (INTRO, "We coat copper foam with silver nanoparticles (Ag@CF)."),
        (METHODS, "Bare Cu foil served as the planar control."),
        (RESULTS, "Ag@CF shows a nucleation overpotential of 8 mV."),
    ]
    model = arms(paragraphs, title="Silver on copper foam")
    assert {a.label: a.role for a in model.arms.values()}.get("Bare Cu foil") == Role.CONTROL


def test_arms_a_named_anode_called_an_electrode_elsewhere_is_one_arm(arms):
    """"the Li–MXene composite anode" in one sentence and "the Li–MXene electrode" in another: any word for an electrode
    after the same name calls the same thing, so the two are one arm whichever sentence compares it."""
    paragraphs = [
        (INTRO, "We infuse molten lithium into MXene films to make a Li–MXene composite anode, compared with bare Li foil."),
        (RESULTS, "After 100 cycles, the Li–MXene electrode holds 15 mV, whereas bare Li foil holds 60 mV."),
    ]
    model = arms(paragraphs, title="A lithium–MXene composite anode")
    assert len([a for a in model.arms.values() if "MXene" in a.label and "film" not in a.label]) == 1


def test_arms_a_name_spelled_with_the_letters_of_vs_is_no_comparison(rows):
    """"VS@G lets symmetric cells run for 900 h": a name whose capitals spell "vs" is no "vs" of a comparison, so the
    figure after it is not set against the control named before."""
    paragraphs = [
        (METHODS, "Vanadium sulfide sheets were sprayed on Celgard 2400; the coated separator is denoted VS@G."),
        (RESULTS, "The uptake of VS@G is 190%, compared with 96% for Celgard 2400."),
        (RESULTS, "Vanadium sulfide sheets turn Celgard 2400 into a selective separator: VS@G doubles the ionic "
                  "conductivity and lets symmetric cells run for 900 h."),
    ]
    found = rows(paragraphs, title="Vanadium sulfide sheets on separators")
    assert not any(v == 900.0 and "Celgard" in s for _, v, s in found)


def test_arms_a_figure_without_its_cue_takes_the_property_of_the_panel_its_sentence_points_at(rows):
    """"ZP-Cu keeps 99.2% for 400 cycles (Figure 3a)" beside "Figure 3. … a) Coulombic efficiencies of …": the panel
    the sentence points at says what the bare per cent is; a panel it does not point at says nothing of it."""
    caption = ("Figure 3. Electrochemical tests. a) Coulombic efficiencies of Li||Cu cells with ZP-Cu and bare Cu. "
               "b) Capacity retention of full cells.")
    paragraphs = [
        (INTRO, "We coat copper foil with a thin zinc phosphate film (ZP-Cu), against bare Cu."),
        (RESULTS, caption, "caption"),
        (RESULTS, "ZP-Cu keeps 99.2% for 400 cycles (Figure 3a)."),
        (RESULTS, "ZP-Cu keeps 97.6% after a day of rest (Figure 3c)."),
    ]
    found = {(p, v) for p, v, _ in rows(paragraphs, title="A zinc phosphate film on copper")}
    assert ("CoulombicEfficiency", 99.2) in found
    assert not any(v == 97.6 for _, v in found)


def test_arms_short_forms_defined_only_in_an_abbreviations_list_name_the_arms(arms, rows):
    """Some journals define short forms in a list of their own ("Abbreviations: X, long form; Y, …") and never in
    the text: the list's long forms name the arms the text then calls by their short forms."""
    paragraphs = [
        (RESULTS, "Abbreviations: CE, Coulombic efficiency; TNS, titanium nitride-sprayed separator; PE, "
                  "polyethylene."),
        (RESULTS, "The TNS separator holds a Coulombic efficiency of 98.2% over 250 cycles."),
    ]
    model = arms(paragraphs, title="Sprayed nitride separators for lithium metal batteries")
    assert model.glossary.get("TNS") == "titanium nitride-sprayed separator"
    assert "CE" not in model.glossary                       # a property's short form names no thing
    labels = {label for _, _, label in rows(paragraphs, title="Sprayed nitride separators for lithium metal batteries")}
    assert labels == {"titanium nitride-sprayed separator (TNS)"}


def test_arms_a_design_only_set_against_another_is_not_the_main_design(arms):
    """"X swells to 210%, against 120% for Y": the paper states X's figure and sets Y's against it, so Y is what X
    is compared with, never the paper's main design, though the title names Y's material."""
    paragraphs = [
        (RESULTS, "Abbreviations: ANS, aramid nanofiber-sprayed separator; PE, polyethylene."),
        (RESULTS, "Aramid nanofibers were sprayed on PE to a loading of 0.4 mg cm-2."),
        (RESULTS, "The ANS separator swells to 210% in electrolyte, against 120% for PE, and Li||Li cells with ANS "
                  "cycle for 700 h."),
        (RESULTS, "Li||Li cells with PE fail after 150 h."),
    ]
    model = arms(paragraphs, title="Aramid nanofibers make polyethylene separators regulate lithium deposition")
    assert model.arms[model.main].label == "aramid nanofiber-sprayed separator (ANS)"


def test_arms_the_arm_an_outperforming_design_is_set_against():
    from pipeline.linking.arms import set_against
    from pipeline.records import ArmMention, NameKind
    def pair(text):
        return set_against(text, tuple(ArmMention(text.index(w), text.index(w) + len(w), arm, w, NameKind.PHRASE)
                                       for w, arm in (("KX film", "own-kx"), ("bare LZ foil", "own-lz"))))
    assert pair("The KX film clearly outperforms the bare LZ foil in every cell.") == [("own-kx", "own-lz")]
    assert pair("The KX film and the bare LZ foil were both cycled for 100 h.") == []


def test_arms_a_short_form_written_without_its_dash_is_the_same_arm(arms):
    """"Li-CNT" where defined, "LiCNT" in the results: one short form written with and without its dash names one
    arm, not a second design that takes half of the figures."""
    model = arms([(RESULTS, "We melt lithium into carbon nanotube sponges to make a lithium–carbon nanotube composite "
                            "(Li-CNT)."),
                  (RESULTS, "Symmetric cells with Li-CNT run for 800 h at 1 mA cm-2."),
                  (RESULTS, "The LiCNT electrode is 90 µm thick."),
                  (RESULTS, "LiCNT shows an overpotential of 11 mV, lower than that of bare Li (35 mV)."),
                  (RESULTS, "LiCNT||LFP cells keep 93.0% of their capacity after 400 cycles.")],
                 title="Lithium–carbon nanotube composite anodes")
    holding = [a for a in model.arms.values() if {"LiCNT", "Li-CNT"} & set(a.aliases)]
    assert len(holding) == 1 and {"LiCNT", "Li-CNT"} <= set(holding[0].aliases)


def test_arms_a_table_row_headed_by_lithium_alone_is_the_plain_lithium_control(rows):
    """"Li" in the first column under the alloys' rows: the plain lithium the text calls "pure lithium" and "pure Li"
    (one control, the element in words or by its symbol), not the row above it."""
    found = rows([
        (RESULTS, "We roll lithium–zinc alloy foils and cycle them against pure lithium."),
        (RESULTS, "In symmetric cells, Li–Zn (3 at%) cycles for 1200 h and Li–Zn (15 at%) for 500 h, while pure Li "
                  "fails at 200 h."),
        (RESULTS, "The overpotential of Li–Zn (3 at%) is 12 mV, lower than that of Li–Zn (15 at%) (31 mV)."),
        (RESULTS, "Anode | Overpotential (mV) | Lifespan (h)\nLi97Zn3 | 12 | 1200\nLi85Zn15 | 31 | 500\n"
                  "Li | 47 | 200", "table")],
        title="Zinc in lithium alloy anodes")
    assert {label for p, v, label in found if v == 47.0} == {"pure lithium"} or \
        {label for p, v, label in found if v == 47.0} == {"pure Li"}
    assert len({label for p, v, label in found if v == 200.0}) == 1


def test_arms_a_methods_condition_set_unless_stated_otherwise_is_every_tested_arms(rows):
    """"Cells … were cycled at 0.5 mA cm−2 unless stated otherwise": the default of every test the paper ran, so the
    control compared in the results was cycled so too, not only the main design."""
    found = rows([(METHODS, "Cells used 1 M LiTFSI in DOL/DME and were cycled at 0.5 mA cm-2 unless stated otherwise."),
                  (RESULTS, "Symmetric cells with the boron nitride-coated separator (BNS) run for 700 h, whereas cells "
                            "with the polyethylene separator (PE) short after 120 h.")],
                 title="Boron nitride-coated separators")
    assert {label for p, v, label in found if p == "CurrentDensity"} == {
        "boron nitride-coated separator (BNS)", "polyethylene separator (PE)"}


def test_figures_in_brackets_before_a_verb_of_outdoing_are_not_the_outdone_arms(rows):
    """"The average CE of the covered aerogel (99.0%, 450 cycles) exceeds those of the bare aerogel (97.9%, …)": the
    figures before 'exceeds' are of what outdoes the arms named after it, though the phrase they follow is no name the
    paper defined, so they never go to the arms that are outdone."""
    found = rows([(("Abstract",), "We make a graphene aerogel (GA) as a host for lithium and cover it with boron nitride "
                                  "(BN-GA). Both hosts are compared with planar Cu foil.", "abstract"),
                  (RESULTS, "The average CE of the covered aerogel (99.0%, 450 cycles) exceeds those of the bare aerogel "
                            "(97.9%, 250 cycles) and planar Cu (94.1%, 80 cycles).")],
                 title="Boron nitride on a graphene aerogel as a lithium host")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (99.0, "BN-GA"), (97.9, "bare aerogel"), (94.1, "planar Cu foil")}
    assert {(v, label) for p, v, label in found if p == "CycleNumber"} == {
        (450.0, "BN-GA"), (250.0, "bare aerogel"), (80.0, "planar Cu foil")}


def test_a_rate_per_cycle_is_the_arm_named_after_its_per_cycle(rows):
    """"fades by 0.04% per cycle with Sn@CF and by 0.19% per cycle with CF": 'per cycle' belongs to the figure, so the
    arm after it is the one the rate is stated for."""
    found = rows([(("Abstract",), "We coat copper foam with tin (Sn@CF) as a host for lithium and compare it with bare "
                                  "copper foam (CF).", "abstract"),
                  (RESULTS, "In full cells with LFP cathodes at 1 C, the capacity fades by 0.04% per cycle with Sn@CF and "
                            "by 0.19% per cycle with CF over 800 cycles.")],
                 title="Tin-coated copper foam for lithium")
    assert {(v, label) for p, v, label in found if p == "CapacityDecayRate"} == {
        (0.04, "Sn@CF"), (0.19, "copper foam (CF)")}


def test_a_gain_said_by_how_much_beside_its_pair_of_figures_gives_the_pair_to_the_design_and_its_control(rows):
    """"In-Cu raises the capacity retention after 400 cycles by 18.3% (90.1% vs. 71.8%)": the figure after 'by' is how
    much the retention rose, no retention of anyone's, however many words stand between the verb and 'by'; of the pair
    set against each other the first is the design's, the second that of the control the passage set it against."""
    found = rows([(("Abstract",), "We coat copper foil with a thin layer of indium (In-Cu) and compare it with bare Cu "
                                  "foil.", "abstract"),
                  (RESULTS, "In Li||Cu cells, In-Cu keeps an average CE of 99.0% over 200 cycles, whereas bare Cu foil "
                            "fails after 60 cycles. In Li||NCM811 cells at 1 C, In-Cu raises the capacity retention "
                            "after 400 cycles by 18.3% (90.1% vs. 71.8%).")],
                 title="Indium-coated copper foil for lithium plating")
    assert {(v, label) for p, v, label in found if p == "CapacityRetention"} == {
        (90.1, "In-Cu"), (71.8, "bare Cu foil")}


def test_with_the_thing_a_control_lacks_names_the_design(rows):
    """A control named 'without the additive': 'a longer life with the additive (950 vs. 120 h)' is said of the
    design that has it, the second of the pair of the control."""
    found = rows([(("Abstract",), "We add a borate salt to a carbonate electrolyte (BS-E) and compare cells with and "
                                  "without the additive.", "abstract"),
                  (RESULTS, "In Li||Cu cells, the average CE rises from 94.9% without the additive to 98.4% with BS-E. "
                            "Symmetric cells show a far longer life with the additive (950 vs. 120 h).")],
                 title="A borate additive for lithium metal anodes")
    assert {(v, "design" if "BS-E" in label else label) for p, v, label in found if p == "Lifespan"} == {
        (950.0, "design"), (120.0, "without the additive")}


def test_a_pair_set_against_each_other_by_against_after_a_comparison_of_thickness(rows):
    """"The interphase formed in FE is about 40% thinner than that in BE, 15 nm against 26 nm": 'thinner' states a
    thickness, and the pair joined by 'against' goes to the two arms in the order they were named."""
    found = rows([(("Abstract",), "We compare a fluorinated electrolyte (FE) with a baseline electrolyte (BE) for "
                                  "lithium plating.", "abstract"),
                  (RESULTS, "Depth profiles show that the interphase formed in FE is about 40% thinner than that in "
                            "BE, 15 nm against 26 nm.")],
                 title="A fluorinated electrolyte for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "Thickness"} == {
        (15.0, "fluorinated electrolyte (FE)"), (26.0, "baseline electrolyte (BE)")}


def test_list_items_opened_by_its_go_on_about_the_arm_the_first_item_named(rows):
    """"Flakes make copper mesh a host: (i) MX@CM lowers …; (ii) its average CE reaches 98.9% …; and (iii) its
    symmetric cells last 1,100 h": an item opened by 'its' speaks of the arm the item before named, not of the
    control the words before the colon happen to name first."""
    found = rows([(("Abstract",), "We dip a copper mesh in a dispersion of MXene flakes, which cover every wire with a "
                                  "lithiophilic skin (MX@CM). Cells built on MX@CM last far longer than those on a bare "
                                  "copper mesh (CM).", "abstract"),
                  (("Conclusions",), "MXene flakes make copper mesh a lithiophilic host: (i) MX@CM lowers the "
                                     "nucleation overpotential from 36 to 12 mV; (ii) its average CE reaches 98.9% over "
                                     "450 cycles; and (iii) its symmetric cells last 1,100 h.")],
                 title="MXene-coated copper mesh as a lithiophilic host")
    assert {(p, v) for p, v, label in found if label == "MX@CM"} == {
        ("Overpotential", 12.0), ("CoulombicEfficiency", 98.9), ("CycleNumber", 450.0), ("Lifespan", 1100.0)}


def test_the_control_alone_as_a_noun_names_the_papers_control(rows):
    """"…, whereas that of the control had fallen to 94.0%", "; the control kept 70.8%": 'the control' without a noun
    after it is the paper's control, as 'the control cell' is; 'the control of dendrites' is no arm."""
    found = rows([(("Abstract",), "We grow zinc seeds on a copper foam (Zn-CF) and compare it with bare copper foam "
                                  "(CF).", "abstract"),
                  (RESULTS, "At the 150th cycle, the CE of the Zn-CF cell was 98.8%, whereas that of the control had "
                            "fallen to 93.1%. The zinc seeds give the control of dendrites that CF lacks."),
                  (RESULTS, "At 0.5 C, the Zn-CF full cell kept 91.0% of its capacity after 300 cycles; the control kept "
                            "66.4%.")],
                 title="Zinc seeds on copper foam for lithium plating")
    assert {(p, v, "control" if label == "copper foam (CF)" else label) for p, v, label in found
            if p in ("CoulombicEfficiency", "CapacityRetention")} == {
        ("CoulombicEfficiency", 98.8, "Zn-CF"), ("CoulombicEfficiency", 93.1, "control"),
        ("CapacityRetention", 91.0, "Zn-CF"), ("CapacityRetention", 66.4, "control")}


def test_a_figure_before_and_another_arm_s_clause_is_its_own_subject_s(rows):
    """"…, while VN@Cu holds 98.2% for 210 cycles and CrN@Cu fails after 90 cycles": 'and' after the figure's own
    count opens the next arm's clause, so the figure is not 'for … CrN@Cu' but the subject's before it."""
    found = rows([(("Abstract",), "We sputter thin films of TiN, VN and CrN on copper foil and compare how lithium "
                                  "plates on them.", "abstract"),
                  (RESULTS, "At 0.5 mA cm-2, TiN@Cu needs a nucleation overpotential of only 11 mV, whereas VN@Cu needs "
                            "19 mV and CrN@Cu 34 mV. In Li||Cu cells at 1 mA cm-2, TiN@Cu keeps an average CE of 99.1% "
                            "for 300 cycles, while VN@Cu holds 98.2% for 210 cycles and CrN@Cu fails after 90 cycles.")],
                 title="Sputtered nitride films make copper lithiophilic")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {(99.1, "TiN@Cu"), (98.2, "VN@Cu")}


def test_every_cell_after_the_one_arm_a_sentence_names_is_that_arm_s_cells(rows):
    """"The TiN film helps in every cell we built: symmetric cells run for 1200 h at 1 mA cm−2, Li||Cu cells keep
    99.1% for 300 cycles …": 'every cell' after the only arm the sentence names, its subject, means that arm's cells of
    every kind, so the conditions and counts are that arm's alone, not every arm's of the paper."""
    found = rows([(("Abstract",), "We sputter thin films of TiN and VN on copper foil (TiN@Cu, VN@Cu) and compare them "
                                  "with bare Cu.", "abstract"),
                  (RESULTS, "In Li||Cu cells, TiN@Cu keeps 99.1% for 300 cycles, while VN@Cu fails after 210 cycles and "
                            "bare Cu after 60 cycles."),
                  (RESULTS, "The TiN film helps in every cell we built: symmetric Li@TiN@Cu cells run for 1200 h at "
                            "1 mA cm-2, and Li@TiN@Cu||LFP full cells retain 94.0% of their capacity after 400 cycles at "
                            "1 C.")],
                 title="Sputtered nitride films make copper lithiophilic")
    assert {"TiN@Cu" in label for p, v, label in found if (p, v) in {("CurrentDensity", 1.0), ("CRate", 1.0),
                                                                      ("CycleNumber", 400.0)}} == {True}


def test_each_electrode_as_the_subject_after_a_purpose_naming_the_design_is_every_arm(rows):
    """"To investigate the benefit of a GO separator on the rate capabilities, each electrode was evaluated at …": the
    design is named in the purpose, but 'each electrode' is the subject, so the rates are every arm's."""
    found = rows([(("Abstract",), "We coat a polypropylene separator with graphene oxide (GO separator) and compare it "
                                  "with the pristine separator and a carbon separator.", "abstract"),
                  (RESULTS, "The GO separator cell keeps 95% after 100 cycles, the carbon separator cell 88% and the "
                            "pristine separator cell 70%."),
                  (RESULTS, "To investigate the benefit of a GO separator on the rate capabilities, each electrode was "
                            "evaluated at current densities from 0.2 to 5 C.")],
                 title="Graphene oxide-coated separators for lithium metal batteries")
    assert len({label for p, v, label in found if p == "CRate"}) == 3


@pytest.mark.parametrize("verb", ["retains", "absorbs", "withstands", "traps"])
def test_arms_a_verb_in_s_after_a_head_noun_ends_the_name(arms, verb):
    """"The TV separator absorbs electrolyte …": a word in -s right after the thing's head noun is the clause's verb,
    not a modifier of the noun after it; no arm is named "TV separator absorbs electrolyte"."""
    paragraphs = [(METHODS, "A tungsten-vanadium separator (TV) was cast on PP. Bare PP served as the control."),
                  (RESULTS, f"The TV separator {verb} electrolyte within seconds."),
                  (RESULTS, "The TV separator has a porosity of 61%.")]
    model = arms(paragraphs, title="A tungsten-vanadium separator for lithium metal batteries")
    assert not [a.label for a in model.arms.values() if verb in a.label]


def test_arms_a_short_form_with_its_long_forms_head_is_that_arm_whatever_else_follows_it(rows):
    """"a nickel-boron separator (NB)", then "the NB separator" and "the NB particles": the short form with the head noun
    its definition ends in is the defined thing, even where other head nouns follow the short form too, so a figure of
    its particles is the one design's, not given twice."""
    found = rows([(METHODS, "A nickel-boron separator (NB) was cast on PP. Bare PP served as the control."),
                  (RESULTS, "The NB separator is 22 µm thick."),
                  (RESULTS, "The NB particles are 85 nm across.")],
                 title="A nickel-boron separator for lithium metal batteries")
    assert {(p, v, label) for p, v, label in found if p == "ParticleSize"} == \
        {("ParticleSize", 85.0, "nickel-boron separator (NB)")}


def test_arms_an_interphase_and_a_layer_of_one_short_form_are_one_arm(rows):
    """"the QF interphase" and "the QF layer" are one thin layer by two of its names, not two designs that share
    the figures said of either."""
    found = rows([(METHODS, "A quartz-fluoride host (QF) was sputtered on Cu. Bare Cu served as the control."),
                  (RESULTS, "The QF interphase is rich in LiF."),
                  (RESULTS, "The QF layer contains 18 at% fluorine.")],
                 title="A quartz-fluoride host for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == {(18.0, "quartz-fluoride host (QF)")}


def test_arms_a_part_named_after_a_tested_short_form_alone_is_that_arms_not_every_arm_made_with_it(rows):
    """"the MX electrolyte" beside MX itself: "the MX particles" are MX's, the arm their name is made of alone, not a
    part shared by every arm made with MX."""
    found = rows([(METHODS, "A manganese-oxide filler (MX) was mixed into PEO. Bare PEO served as the control."),
                  (RESULTS, "The MX electrolyte conducts 0.4 mS cm-1 at 30 °C."),
                  (RESULTS, "The MX particles are 240 nm across.")],
                 title="A manganese-oxide filler for polymer electrolytes")
    assert {label for p, _, label in found if p == "ParticleSize"} == {"manganese-oxide filler (MX)"}


@pytest.mark.parametrize("sentence, figure", [
    ("The KC host has a total pore volume of 0.74 cm3 g-1.", ("PoreVolume", 0.74)),
    ("The KC host is light, with a density of 0.21 g cm-3.", ("MassDensity", 0.21)),
    ("The tap density of the KC powder is 1.3 g/cm3.", ("MassDensity", 1.3)),
    ("The KC electrolyte has a viscosity of 3.6 mPa s.", ("Viscosity", 3.6)),
    ("The KC electrolyte is more fluid, with a viscosity of 2.2 cP.", ("Viscosity", 2.2)),
    ("The KC particles have an average diameter of 310 nm.", ("ParticleSize", 310.0)),
])
def test_arms_porosity_weight_and_flow_of_a_design_are_read_by_their_units(rows, sentence, figure):
    """A pore volume, a mass density and a viscosity are each told by a unit no other property has (a volume per mass,
    a mass per volume, a pressure times a time); "average diameter" of particles is their size, of fibres theirs."""
    found = rows([(METHODS, "A potassium-carbon host (KC) was made by pyrolysis."), (RESULTS, sentence)],
                 title="A potassium-carbon host for lithium metal anodes")
    assert {(p, v) for p, v, _ in found} == {figure}


@pytest.mark.parametrize("sentence", [
    "The CE of TS holds at 98.9% after 10 cycles, while that of Ni decays to 81.5% within 70 cycles.",
    "The CE of TS holds at 98.9%, while the CE of Ni decays to 81.5%.",
    "A smaller nucleation overpotential (98.9 mV) is seen for TS than for Ni (81.5 mV).",
    "The nucleation overpotential is 98.9 mV for TS and 81.5 mV for Ni.",
])
def test_arms_a_metal_named_bare_and_set_against_the_design_is_its_plain_control(rows, sentence):
    """"… while that of Ni decays to 81.5%", "than for Ni (81.5 mV)", "81.5 mV for Ni": a metal named bare after words
    that set it against the design is the plain metal the paper tests as its control, not an ingredient of the design
    (the design is made on that metal), so the figure after it is the control's."""
    paragraphs = [(METHODS, "A tin-silica host (TS) was grown on Ni foam. Bare Ni foam served as the control."),
                  (RESULTS, sentence)]
    found = rows(paragraphs, title="A tin-silica host for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p != "CycleNumber"} == \
        {(98.9, "tin-silica host (TS)"), (81.5, "Bare Ni foam")}


def test_arms_a_metal_the_design_is_made_on_stays_unread_where_nothing_sets_it_against_the_design(rows):
    """"Lithium deposits on Ni form dendrites …": the metal is what lithium lies on, no arm of its own here."""
    found = rows([(METHODS, "A tin-silica host (TS) was grown on Ni foam. Bare Ni foam served as the control."),
                  (RESULTS, "Lithium deposits on Ni grow as dendrites, and TS keeps a CE of 98.9%.")],
                 title="A tin-silica host for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == {(98.9, "tin-silica host (TS)")}


@pytest.mark.parametrize("sentence", [
    "The transference number rises from 0.38 to 0.57 upon adding DPS.",
    "The transference number rises from 0.38 to 0.57 after the addition of DPS.",
])
def test_arms_a_change_upon_adding_the_design_is_the_control_before_and_the_design_after(rows, sentence):
    """"… rises from 0.38 to 0.57 upon adding DPS": a change brought about by adding what the paper designs starts at the
    control's figure and ends at the design's, the one the clause names."""
    found = rows([(METHODS, "The baseline electrolyte was 1 M LiPF6 in EC/DMC. Diphenyl sulfone (DPS) was added at "
                            "1 wt%."),
                  (RESULTS, "The DPS cells keep a high CE."), (RESULTS, sentence)],
                 title="Diphenyl sulfone as an electrolyte additive for lithium metal batteries")
    assert {(v, label) for _, v, label in found} == {(0.38, "baseline electrolyte"), (0.57, "Diphenyl sulfone (DPS)")}


def test_arms_a_short_form_for_a_treated_form_of_a_coded_thing_is_an_arm_of_its_own(rows):
    """"sulfurised VN (SVN)": a short form spelled out as a treated form of a thing the paper already names by a code
    defines a sample of its own, so a 'respectively' list over the three arms pairs each figure with its own."""
    paragraphs = [(METHODS, "A vanadium nitride mat (VN) was grown on Cu foil, and sulfurised VN (SVN) was made in "
                            "sulfur vapour. Bare Cu foil served as the control."),
                  (RESULTS, "The CEs of VN, SVN and Cu are 98.4%, 96.9% and 87.7%, respectively.")]
    found = rows(paragraphs, title="Vanadium nitride mats for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == \
        {(98.4, "vanadium nitride mat (VN)"), (96.9, "sulfurised VN (SVN)"), (87.7, "Bare Cu foil")}


def test_arms_a_cell_based_on_the_plain_metal_written_as_one_word_is_the_metals_arm(rows):
    """"the Ni-based cell keeps 43%": the metal and "-based" are one hyphenated word, still the cell of the plain metal
    the paper tests as its control."""
    found = rows([(METHODS, "A tin-silica host (TS) was grown on Ni foam. Bare Ni foam served as the control."),
                  (RESULTS, "The TS cells are stable."),
                  (RESULTS, "The TS-based cell keeps 91.5% of its capacity, while the Ni-based cell keeps 43.5%.")],
                 title="A tin-silica host for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == {(91.5, "tin-silica host (TS)"), (43.5, "Bare Ni foam")}


def test_arms_lithium_named_bare_after_whereas_sets_no_plain_control(rows):
    """"…, whereas the Li anode in BE shorts after 280 h": in an electrolyte paper lithium is every cell's anode, so
    lithium named bare after a contrast word is the anode of the arm its clause names (the baseline electrolyte), not the
    plain lithium foil, which takes no test condition of the clause."""
    found = rows([(METHODS, "The baseline electrolyte (BE) was 1 M LiPF6 in EC/DMC; the DPS electrolyte was BE with "
                            "1 wt% diphenyl sulfone. Lithium foils (50 µm) were used as received in all cells."),
                  (RESULTS, "The Li anode cycled in the DPS electrolyte carries a thin interphase, while the lithium foil "
                            "in BE is covered by a mossy layer."),
                  (RESULTS, "Li||Li cells with the DPS electrolyte cycle for 1300 h at 0.5 mA cm-2, whereas the Li anode "
                            "in BE shorts after 280 h.")],
                 title="Diphenyl sulfone as an electrolyte additive for lithium metal batteries")
    assert {(p, v, label) for p, v, label in found if p in ("CurrentDensity", "Lifespan")} == {
        ("CurrentDensity", 0.5, "DPS electrolyte"), ("CurrentDensity", 0.5, "baseline electrolyte (BE)"),
        ("Lifespan", 1300.0, "DPS electrolyte"), ("Lifespan", 280.0, "baseline electrolyte (BE)")}


@pytest.mark.parametrize("opening", ["This lifespan of 1300 h", "Such a long lifespan of 1300 h"])
def test_arms_a_sentence_pointing_back_at_the_designs_result_keeps_it_until_it_turns_to_cited_works(rows, opening):
    """"The X cells cycle stably. This lifespan of 1300 h far exceeds those of reported hosts such as Y (650 h) [12]": a
    sentence that opens by pointing back at what the one before said of the design speaks of the design until it turns
    to the works it cites; the figure before the turn is the design's, not the first cited work's."""
    found = rows([(METHODS, "A tin-silica host (TS) was grown on Ni foam. Bare Ni foam served as the control."),
                  (RESULTS, f"The TS cells cycle stably at 1 mA cm-2. {opening} far exceeds those of reported hosts "
                            "such as Au-coated Ni foam (650 h) [12] and carbon cloth (480 h) [13].")],
                 title="A tin-silica host for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "Lifespan"} == \
        {(1300.0, "tin-silica host (TS)"), (650.0, "Au-coated Ni foam"), (480.0, "carbon cloth")}


def test_arms_a_clause_run_under_the_same_conditions_takes_the_conditions_before(rows):
    """"…, and the bare Ni cell lasts only 190 h under the same conditions": the clause says it was run as the one before
    it, so that clause's test conditions are its arm's too, with no contrast word between them."""
    found = rows([(METHODS, "A tin-silica host (TS) was grown on Ni foam. Bare Ni foam served as the control."),
                  (RESULTS, "The TS cell lasts 1350 h at 3 mA cm-2 and 3 mA h cm-2, and the bare Ni cell lasts only "
                            "190 h under the same conditions.")],
                 title="A tin-silica host for lithium metal anodes")
    assert {("CurrentDensity", 3.0, "Bare Ni foam"), ("ArealCapacity", 3.0, "Bare Ni foam"),
            ("CurrentDensity", 3.0, "tin-silica host (TS)")} <= found


def test_a_caption_s_colour_legend_gives_each_colour_s_figure_to_its_arm(rows):
    """"Figure 5. Cycling of symmetric cells at … . Orange: X, 950 h; violet: Y, 180 h; …": a caption's legend gives
    each line's figure bare, after the caption's opening sentence has said what is plotted (cycling, so a duration
    is how long the cell lasted); each colour's clause ties its figure to the arm it names, and a clause that names
    a cited work by its marker gives the figure to that work, not to the arm named first."""
    found = rows([(INTRO, "Hosts spread the current [1]. Zinc-plated copper meshes [2] were also tried."),
                  (METHODS, "Cobalt foams were soaked in molten lithium (Li-CoF). For comparison, silver was sputtered "
                            "on a titanium mesh (Ag-TM)."),
                  (RESULTS, "Li-CoF cells hold far longer than bare Li."),
                  (RESULTS, "Figure 5. Cycling of symmetric cells at 3 mA cm−2. Orange: Li-CoF, 950 h; violet: bare "
                            "Li, 180 h; teal: Ag-TM, 470 h; brown: zinc-plated copper mesh [2], 640 h.", "caption")],
                 title="Lithium-infused cobalt foam anodes")
    lifespans = {(v, label) for p, v, label in found if p == "Lifespan"}
    assert {(950.0, "Li-CoF"), (180.0, "bare Li"), (470.0, "Ag-TM")} <= lifespans
    assert (640.0, "Li-CoF") not in lifespans and any(v == 640.0 and "zinc" in label for v, label in lifespans)


def test_a_contrasted_result_of_the_same_measure_takes_the_cycle_count_of_the_sentence_before(rows):
    """"The X||NCM cell kept 88.6% of its capacity after 250 cycles at 0.5 C. The Y||NCM cell, by contrast, kept only
    57.1%.": the contrasted sentence reports the same measure, taken after as many cycles as the one before and at its
    rate; a contrasted result of another measure (a lifespan) takes no cycle count, nor one that does not say it sets
    itself against the sentence before (it may span cycles of its own)."""
    paragraphs = [(RESULTS, "Here we coat copper mesh with indium (In-CM) and compare it with plain copper mesh (CM)."),
                  (RESULTS, "The In-CM||NCM cell kept 88.6% of its capacity after 250 cycles at 0.5 C. The CM||NCM "
                            "cell, by contrast, kept only 57.1%.")]
    def of_the_mesh(found):
        return {(p, v) for p, v, label in found if label.endswith("(CM)")}
    found = of_the_mesh(rows(paragraphs, title="Indium-coated copper meshes for lithium anodes"))
    assert {("CycleNumber", 250.0), ("CRate", 0.5), ("CapacityRetention", 57.1)} <= found
    paragraphs[1] = (RESULTS, "The In-CM||NCM cell kept 88.6% of its capacity after 250 cycles at 0.5 C. The CM "
                              "symmetric cell, by contrast, failed at 140 h.")
    found = of_the_mesh(rows(paragraphs, title="Indium-coated copper meshes for lithium anodes"))
    assert ("Lifespan", 140.0) in found and ("CycleNumber", 250.0) not in found
    paragraphs[1] = (RESULTS, "The In-CM||NCM cell kept 88.6% of its capacity after 250 cycles at 0.5 C. The CM||NCM "
                              "cell kept 57.1%.")
    assert ("CycleNumber", 250.0) not in of_the_mesh(rows(paragraphs, title="Indium-coated copper meshes for lithium anodes"))


def test_arms_a_sample_the_authors_name_in_their_own_voice_is_the_phrase_they_just_described(rows):
    """"… a sulfonated polyamide film only 90 nm thick, which we call SPA-90": the makers name the one sample the
    sentence described, a code with a number though it is (a series' sample's code); the film's thickness is that
    sample's. A list of codes so named stays a series' samples."""
    found = rows([(("Abstract",), "Uneven plating limits lithium anodes. Here, we coat lithium with a sulfonated "
                                  "polyamide film only 90 nm thick, which we call SPA-90. Cells with SPA-90 cycle for "
                                  "1500 h."),
                  (RESULTS, "SPA-90 cells keep 99.0% over 200 cycles, and bare Li cells 92.0%.")],
                 title="A sulfonated polyamide interphase for lithium")
    assert any(p == "Thickness" and v == 90.0 and "SPA-90" in label for p, v, label in found)


def test_arms_a_code_a_making_sentence_gives_its_product_without_brackets_is_the_design(rows):
    """"… we anchor gold dots on a titanium nitride mesh, giving Au@TNM, which …": the code a making sentence hands
    its product with a verb of giving, in no brackets, names the design as the code in brackets would; its host
    part written alone ("≈37 mV for TNM") is the control it is set against."""
    found = rows([(INTRO, "Hosts lower the local current density [1]."),
                  (RESULTS, "Here we anchor gold dots on a titanium nitride mesh, giving Au@TNM, which seeds lithium "
                            "evenly."),
                  (RESULTS, "Au@TNM gives the lowest nucleation overpotential (≈11 mV vs ≈37 mV for TNM)."),
                  (RESULTS, "The CE of Au@TNM stays at 99.1% for 300 cycles.")],
                 title="Gold-seeded nitride meshes for lithium anodes")
    assert {("Overpotential", 11.0, "Au@TNM"), ("Overpotential", 37.0, "TNM"),
            ("CoulombicEfficiency", 99.1, "Au@TNM")} <= found

def test_arms_a_list_of_codes_a_verb_of_giving_hands_out_is_a_series_not_one_code(paper, nlp):
    """"…, giving BF-4, BF-8 and BF-16": a verb of giving that hands out a list of codes names the samples of a series
    (as "denoted" does), not its first code alone as the sentence's one product."""
    from pipeline.linking.arms import glossary
    made = read_paper(paper([(RESULTS, "We add 4, 8 and 16 wt% boron nitride flakes to PVDF, giving BF-4, BF-8 and "
                                       "BF-16."),
                             (RESULTS, "BF-8 reaches 0.31 mS cm−1, BF-4 0.12 mS cm−1.")], title="Boron nitride flakes"), nlp)
    assert "BF-4" not in glossary(made)



def test_arms_an_alloy_written_by_its_atomic_ratio_is_the_alloy_named_by_that_share(rows):
    """"Li–Zn (8 at%)" in one sentence, "the 92:8 alloy" in another: a paper that names its alloys by the second
    element's share in brackets also writes them by the ratio of their atoms, which sums to a hundred and ends on
    that share; "17 mV for the 92:8 alloy" is Li–Zn (8 at%)'s, not the subject's."""
    found = rows([(("Abstract",), "We roll lithium–zinc alloy foils with 8 and 25 at% Zn and cycle them against pure "
                                  "lithium. Li–Zn (8 at%) lasts longest."),
                  (METHODS, "Lithium and zinc were melted together at atomic ratios of 92:8 and 75:25 and rolled flat."),
                  (RESULTS, "In symmetric cells, Li–Zn (8 at%) cycles for 1300 h and Li–Zn (25 at%) for 700 h, while "
                            "pure Li fails at 190 h."),
                  (RESULTS, "The 75:25 alloy is harder but slower: its overpotential is 41 mV, against 17 mV for the "
                            "92:8 alloy.")],
                 title="How much zinc a lithium alloy anode needs")
    assert {("Overpotential", 17.0, "Li–Zn (8 at%)"), ("Overpotential", 41.0, "Li–Zn (25 at%)"),
            ("Lifespan", 1300.0, "Li–Zn (8 at%)")} <= found


def test_arms_a_sentence_opened_by_the_span_of_its_test_keeps_its_subject(rows):
    """"Over 900 h at 1 mA cm−2, the X cell keeps a hysteresis of 12 mV": an "over" before a figure spans the test,
    it sets no arm against another ("an edge over bare Li"), so the result after the subject is the subject's."""
    found = rows([(METHODS, "Copper mesh was plated with tin to give a host (TM-Cu). Bare Cu mesh was the control."),
                  (RESULTS, "Over 900 h at 1 mA cm-2 and 1 mA h cm-2, the TM-Cu symmetric cell keeps a voltage "
                            "hysteresis of 12 mV. Bare Cu mesh fails after 210 h.")],
                 title="Tin-plated copper mesh hosts")
    assert {("VoltageHysteresis", 12.0, "TM-Cu"), ("Lifespan", 900.0, "TM-Cu")} <= found


def test_arms_ablated_arms_named_by_what_they_lack_each_keep_their_figures(rows):
    """An ablation study names its stripped-down arms by what they lack, in short ("w/o ZnO") and in full ("without
    the ZnO film"): one arm whichever way; and a clause opened by such a name ("…; without the PVDF layer, the …,
    and it …") is about that arm to the end of the sentence, not about the arm the sentence named first."""
    found = rows([(METHODS, "Copper foil was coated with a ZnO film and a PVDF layer on top (ZP-Cu). Leaving out "
                            "one step gave the foil w/o ZnO and the foil w/o PVDF."),
                  (RESULTS, "Without the ZnO film, the cell shorts at 410 h; without the PVDF layer, the overpotential "
                            "is 44 mV, and the cell lasts 630 h."),
                  (RESULTS, "In full cells, ZP-Cu keeps 90.2% of its capacity, against 71.5% (w/o ZnO) and 79.9% "
                            "(w/o PVDF).")],
                 title="Zinc oxide and polymer coatings on copper for lithium metal anodes")
    assert {(p, v, label) for p, v, label in found if p in ("Lifespan", "Overpotential", "CapacityRetention")} == {
        ("Lifespan", 410.0, "w/o ZnO"), ("Lifespan", 630.0, "w/o PVDF"), ("Overpotential", 44.0, "w/o PVDF"),
        ("CapacityRetention", 90.2, "ZP-Cu"), ("CapacityRetention", 71.5, "w/o ZnO"),
        ("CapacityRetention", 79.9, "w/o PVDF")}


def test_arms_a_clause_after_a_semicolon_goes_on_with_its_own_arm_and_the_property_before(rows):
    """"On X, the overpotential grows to 31 mV and the cell shorts at 450 h; on Y, it starts at 72 mV, and the cell
    lasts 830 h": the part after the semicolon is a parallel clause with its own subject, so its figure without a cue
    reports the property of the figure of that unit before, and its clause that names no arm goes on about Y."""
    found = rows([(METHODS, "Tin was sputtered onto copper foil (Sn@Cu). Bare Cu served as the control."),
                  (RESULTS, "On bare Cu, the overpotential grows to 31 mV and the cell shorts at 450 h; on Sn@Cu, it "
                            "starts at 12 mV, and the cell lasts 830 h.")],
                 title="Tin-coated copper current collectors")
    assert {(p, v, label) for p, v, label in found} == {
        ("Overpotential", 31.0, "Bare Cu"), ("Lifespan", 450.0, "Bare Cu"), ("Overpotential", 12.0, "Sn@Cu"),
        ("Lifespan", 830.0, "Sn@Cu")}



def test_arms_a_code_given_to_what_a_making_step_turned_out_names_it(rows):
    """"Graphene oxide was freeze-dried into an aerogel (G-A)": a code in brackets after a bare kind word that a making
    step turned out names that product, even when its letters spell nothing written; "Li@G-A" is it with lithium in,
    and a "respectively" pairs its figure with it rather than with the other arm of the list."""
    found = rows([(METHODS, "Graphene oxide was freeze-dried into an aerogel (G-A) and decorated with silver to give "
                            "AgG-A. Molten lithium fills AgG-A within seconds but does not wet G-A."),
                  (RESULTS, "Over 1800 h at 1 mA cm-2, the Li@AgG-A cell keeps a hysteresis of 11 mV, whereas Li@G-A "
                            "and Li@Cu foam cells short after 520 h and 190 h, respectively.")],
                 title="Silver-decorated graphene aerogels as lithium hosts")
    assert {(v, label) for p, v, label in found if p == "Lifespan"} >= {(520.0, "aerogel (G-A)"), (190.0, "Li@Cu foam")}
    assert (520.0, "Li@Cu foam") not in {(v, label) for p, v, label in found}


def test_arms_a_change_after_a_change_between_named_arms_is_between_them_too(rows):
    """"The CE rose from 97.1% for A to 99.3% for B, and the overpotential fell from 33 to 6 mV": the second change
    names no arm, and goes between the arms the first one named, the before the first's before."""
    found = rows([(METHODS, "Carbon felt (CF) was coated with zinc oxide to give ZnO@CF."),
                  (RESULTS, "At 1 mA cm-2, the average CE rose from 97.1% for CF to 99.3% for ZnO@CF, and the "
                            "nucleation overpotential fell from 33 to 6 mV.")],
                 title="Zinc oxide-coated carbon felt hosts")
    assert {(v, label.endswith("(CF)") or label == "CF") for p, v, label in found if p == "Overpotential"} == \
        {(33.0, True), (6.0, False)}


def test_arms_a_size_inside_a_noun_phrase_goes_to_the_arm_the_phrase_ends_on(rows):
    """"Cross sections show a 19 µm dense deposit on X after 80 cycles and a 37 µm loose one on Y": a figure inside a
    noun phrase ("a 37 µm loose one") sizes the thing the phrase's preposition puts on an arm; a deposit's length is
    its thickness."""
    found = rows([(METHODS, "Silver was sputtered onto copper foil (Ag@Cu). Bare Cu served as the control."),
                  (RESULTS, "Cross sections show a 19 µm dense deposit on Ag@Cu after 80 cycles and a 37 µm loose one "
                            "on bare Cu.")],
                 title="Silver-coated copper current collectors")
    assert {(v, label) for p, v, label in found if p == "Thickness"} == {(19000.0, "Ag@Cu"), (37000.0, "Bare Cu")}


def test_arms_a_sentence_said_to_be_the_same_test_runs_over_the_same_cycles(rows):
    """"Over 300 cycles at 0.5 C, X keeps 88.1% of its capacity. Bare Cu, by contrast, keeps only 47.6%.": a sentence
    said to report the same test (by contrast, under the same conditions) ran over the cycles of the sentence before as
    at its rate; one that only gives the same measure for another arm may give a figure over a span of its own."""
    said = rows([(METHODS, "Copper foil was coated with a tin film (Sn@Cu). Bare Cu foil served as the control."),
                 (RESULTS, "Over 300 cycles at 0.5 C with LiFePO4 cathodes, Sn@Cu keeps 88.1% of its capacity. Bare "
                           "Cu, by contrast, keeps only 47.6%.")],
                title="Tin-coated copper current collectors")
    assert {(p, v) for p, v, label in said if label == "Bare Cu foil"} == {
        ("CapacityRetention", 47.6), ("CycleNumber", 300.0), ("CRate", 0.5)}
    unsaid = rows([(METHODS, "Copper foil was coated with a tin film (Sn@Cu). Bare Cu foil served as the control."),
                   (RESULTS, "Over 300 cycles at 0.5 C with LiFePO4 cathodes, Sn@Cu keeps an average CE of 99.6%. "
                             "Bare Cu averages 97.1%.")],
                  title="Tin-coated copper current collectors")
    assert ("CycleNumber", 300.0, "Bare Cu foil") not in unsaid


def test_arms_a_condition_both_cited_works_were_run_at_is_each_work_s(rows, paper, nlp):
    """"… exceeds the 900 h of a silver-coated foam [12] and the 650 h of a graphene paper [13], both cycled at 2 mA
    cm−2": the closing clause says how the two cited works were run, so the current density is each work's, cited by
    its own marker, not the sentence's subject's."""
    paragraphs = [(INTRO, "Metal-seeded hosts have been reported [12,13]."),
                  (METHODS, "Nickel foam was seeded with tin to give TN-F."),
                  (RESULTS, "Over 1500 h at 3 mA cm-2, the Li@TN-F cell keeps a hysteresis of 15 mV."),
                  (RESULTS, "The 1500 h life of Li@TN-F exceeds the 900 h of a silver-coated foam [12] and the 650 h "
                            "of a graphene paper [13], both cycled at 2 mA cm-2.")]
    ex = extract(paper(paragraphs, "Tin-seeded nickel foam hosts"), nlp)
    cites = {s.key: s.citations for s in ex.structures}
    found = {(local_name(m.property), m.value, cites[m.structure]) for m in ex.measurements}
    assert {(v, c) for p, v, c in found if p == "CurrentDensity"} == {(3.0, ()), (2.0, (12,)), (2.0, (13,))}


def test_arms_a_figure_inside_a_noun_phrase_for_an_arm_after_against_is_that_arm_s(rows):
    """"X shows a 98.4% average CE, against a 93.0% average CE for Y": the second figure sits inside a noun phrase that
    the preposition after it gives to Y."""
    found = rows([(METHODS, "The baseline electrolyte (BE) was 1 M LiPF6 in EC/DEC; the fluorinated electrolyte (FE) "
                            "was BE with 2 wt% FEC."),
                  (RESULTS, "FE shows a 98.4% average CE in Li||Cu cells, against a 93.0% average CE for BE.")],
                 title="A fluorinated additive for lithium metal anodes")
    assert {(v, label) for p, v, label in found if p == "CoulombicEfficiency"} == {
        (98.4, "fluorinated electrolyte (FE)"), (93.0, "baseline electrolyte (BE)")}


def test_arms_an_electrode_named_after_its_form_is_that_form(rows):
    """"the Ni mesh electrode" is the Ni mesh control made into the cell's electrode, not "a Ni electrode", which the
    Ni foil tested beside it also is: each figure is its own form's."""
    found = rows([(RESULTS, "We grow a tin oxide film (TOF) on nickel. For comparison, Ni mesh and Ni foil were also "
                            "tested."),
                  (RESULTS, "The Coulombic efficiency of the Ni mesh electrode was 94.2%, while that of the Ni foil "
                            "electrode was 88.5%.")])
    assert {(v, label.split()[1]) for _, v, label in found} == {(94.2, "mesh"), (88.5, "foil")}


def test_arms_a_plain_name_set_against_its_control_word_form_is_another_arm(arms):
    """"the cobalt foam electrode lasts longer than the untreated cobalt foam": the plain name compared with the same
    name under a control word is not that control's other spelling."""
    model = arms([(RESULTS, "We sulfurize a cobalt–nickel alloy foam to give a sulfurized cobalt–nickel alloy foam."),
                  (RESULTS, "The cobalt foam electrode lasts far longer than the untreated cobalt foam (700 vs. 150 h).")],
                 title="Sulfurized cobalt–nickel alloy foams for lithium metal anodes")
    assert [a.aliases for a in model.arms.values() if a.label == "untreated cobalt foam"] == [("untreated cobalt foam",)]


def test_arms_an_electrolyte_defined_as_the_base_with_an_additive_takes_its_other_names(arms):
    """"GE was SE with 3 wt% TMSP": the cells "with 3 wt% TMSP" of the abstract are GE, and those "without the
    additive" are SE, the one thing the definition adds being what they lack, not two arms of their own."""
    model = arms([((), "Phosphite additives scavenge acid. A phosphite-containing electrolyte (GE) lets cells with 3 wt% "
                       "TMSP cycle for 800 h, twice as long as cells without the additive.", "abstract"),
                  (METHODS, "The standard electrolyte (SE) was 1 M LiPF6 in EC/DEC; GE was SE with 3 wt% TMSP."),
                  (RESULTS, "The Coulombic efficiency with GE reached 97.9%, against 93.3% with SE.")],
                 title="A phosphite additive for lithium metal anodes")
    aliases = {a.label: set(a.aliases) for a in model.arms.values() if a.role != Role.PRIOR}
    assert not [label for label, names in aliases.items() if names <= {"3 wt% TMSP", "without the additive"}]
    assert any({"SE", "without the additive"} <= names for names in aliases.values())


def test_a_thousand_written_as_k_gives_the_whole_figure(rows):
    """"ran for 2.5k h", "past 4k cycles": a results sentence that writes a thousand as a "k" glued to the number
    reports the whole figure (2500 h, 4000 cycles), not the number before the letter nor nothing."""
    found = rows([(METHODS, "Nickel foams were coated with tin oxide (SnO-NF)."),
                  (RESULTS, "Symmetric SnO-NF cells ran for 2.5k h at 1 mA cm−2, and SnO-NF||LFP cells kept 91% "
                            "of their capacity after 4k cycles at 2 C.")],
                 title="Tin oxide-coated nickel foam hosts")
    assert ("Lifespan", 2500.0, "SnO-NF") in found
    assert any(p == "CycleNumber" and v == 4000.0 for p, v, _ in found)


def test_arms_a_change_whose_end_arm_is_named_late_in_its_clause_still_leads_the_next_change(rows):
    """"The CE rose from 97.0% for A to 99.2% for B under the same … as A, and the overpotential fell from 41 to 8 mV":
    the arms of the first change are those its clause names, however long the words after its last figure are."""
    found = rows([(METHODS, "Graphite paper (GP) was coated with magnesium fluoride to give MgF@GP."),
                  (RESULTS, "At 2 mA cm-2, the average CE rose from 97.0% for GP to 99.2% for MgF@GP under the same "
                            "lean electrolyte and stack pressure as used for GP, and the nucleation overpotential fell "
                            "from 41 to 8 mV.")],
                 title="Magnesium fluoride-coated graphite paper hosts")
    assert {(v, label.endswith("(GP)") or label == "GP") for p, v, label in found if p == "Overpotential"} == \
        {(41.0, True), (8.0, False)}


def test_a_caption_that_gives_each_arm_a_colour_in_brackets_then_says_figures_by_colour(rows):
    """"Figure 2. Cycling of X (green) and Y (grey line) cells …; the green cell lasts 1100 h and the grey one 240 h": a
    legend that gives each arm's colour in brackets after its name, then says the figures by colour; each colour word
    later in the caption names that colour's arm."""
    paragraphs = [(METHODS, "Copper meshes were coated with indium nitride (InN-CM). Bare Cu mesh served as the "
                            "control."),
                  (RESULTS, "InN-CM cells hold far longer than bare Cu mesh.")]
    for caption in ("Figure 2. Cycling of InN-CM (green) and bare Cu mesh (grey line) symmetric cells at 2 mA cm−2: "
                    "the green cell lasts 1100 h and the grey one 240 h.",
                    "Figure 2. Cycling of symmetric cells of bare Cu mesh (grey) and InN-CM (green) at 2 mA cm−2. "
                    "Green, 1100 h; grey, 240 h."):
        found = rows([*paragraphs, (RESULTS, caption, "caption")], title="Indium nitride-coated copper mesh hosts")
        assert {(v, label) for p, v, label in found if p == "Lifespan"} == {(1100.0, "InN-CM"), (240.0, "bare Cu mesh")}


def test_a_head_word_after_a_short_form_that_works_on_lithium_is_the_verb_not_part_of_the_name(arms):
    """"Bismuth dots on every carbon fibre (Bi@CF) alloy with lithium …": a head noun right after a short form's
    bracket that "with lithium" follows is the verb of the clause the bracketed thing opens; the arm's label is the name
    the short form stands for, not that name with the verb."""
    found = arms([(METHODS, "Bismuth dots grown on every carbon fibre (Bi@CF) alloy with the first lithium plated "
                            "on them."),
                  (RESULTS, "Symmetric Bi@CF cells cycle for 900 h at 1 mA cm−2.")],
                 title="Bismuth-dotted carbon fibre hosts")
    labels = [a.label for a in found.arms.values() if "Bi@CF" in a.label]
    assert labels and not any(label.endswith(("alloy", "alloys")) for label in labels), labels


def test_a_plain_host_whose_code_another_design_extends_is_its_control(arms):
    """"Graphite felt (GF) …; a tin skin on every fibre (TS@GF) …; from 96.1% for GF to 99.0% for TS@GF": a design
    whose code is another arm's code with a part written before it is that arm with something added; the arm the base
    code names, set against it with no control word, is the control, not a second design."""
    found = arms([(METHODS, "Graphite felt (GF) was soaked in a tin chloride bath and reduced, which leaves a tin skin on "
                            "every fibre (TS@GF)."),
                  (RESULTS, "The average CE rose from 96.1% for GF to 99.0% for TS@GF at 1 mA cm−2."),
                  (RESULTS, "Symmetric TS@GF cells last 1200 h, and TS@GF||LFP cells keep 93% after 400 cycles.")],
                 title="Tin-coated graphite felt hosts for lithium metal anodes")
    roles = {a.label: a.role for a in found.arms.values() if a.own}
    assert any("TS@GF" in label and role == Role.DESIGN for label, role in roles.items()), roles
    assert any("(GF)" in label and role == Role.CONTROL for label, role in roles.items()), roles


def test_arms_a_figure_reported_for_a_work_whose_name_holds_a_share_in_brackets_is_that_work_s(rows):
    """"… exceeding the 96.8% reported for Li–Zn (15 at%) [7]": a share in brackets is part of the cited thing's name
    (an alloy's composition), no aside between the reporting words and the marker; the figure is still that work's."""
    found = rows([(RESULTS, "We design a molybdenum-selenide interlayer (MSI) for lithium metal."),
                  (RESULTS, "The MSI-Li||Cu cell reached an average CE of 99.3%, exceeding the 96.8% reported for "
                            "Li–Zn (15 at%) [7].")])
    assert {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"} == {
        (99.3, "molybdenum-selenide interlayer (MSI)"), (96.8, "Li–Zn (15 at%)")}


def test_arms_a_code_numbered_by_an_amount_is_named_by_that_amount(rows):
    """"… denoted NF-30, NF-80 and NF-150, where the number is the thickness in µm" then "the 80 µm film keeps 91.2%":
    codes that carry the amount telling them apart are named elsewhere by that amount before a head noun."""
    found = rows([(METHODS, "Sodium-free nickel films were grown to three thicknesses, denoted NF-30, NF-80 and NF-150, "
                            "where the number is the thickness in µm."),
                  (RESULTS, "NF-80 cells show the flattest voltage plateau."),
                  (RESULTS, "NF-30 and NF-150 cells keep 70.5% and 88.0% of their capacity after 200 cycles."),
                  (RESULTS, "The 80 µm film keeps 91.2% of its capacity after 200 cycles.")],
                 title="Nickel films of three thicknesses")
    assert ("CapacityRetention", 91.2, "NF-80") in found


def test_a_host_the_paper_makes_in_its_own_voice_stays_a_design_beside_its_coated_code(arms):
    """"We grow a graphite felt (GF) as a host and coat it with tin (TS@GF)": a base the paper itself makes and offers
    is a design of its own beside the coated one, though the coated one's code extends its code."""
    found = arms([(INTRO, "We grow a graphite felt (GF) as a host for lithium and coat it with a tin skin (TS@GF)."),
                  (RESULTS, "The average CE rose from 98.1% for GF to 99.0% for TS@GF at 1 mA cm−2.")],
                 title="A graphite felt and its tin skin as lithium hosts")
    roles = {a.label: a.role for a in found.arms.values() if a.own}
    assert any("(GF)" in label and role == Role.DESIGN for label, role in roles.items()), roles


def test_arms_a_figure_the_own_result_surpasses_of_a_cited_thing_is_that_work_s(rows):
    """"X cells keep 90% after 2500 cycles, well beyond the 1200 cycles of a zinc-coated copper foam [6]": the figure
    set below the paper's own, named by the thing it is "of" and closed by a marker, is the cited work's, even where
    that thing's name holds an own arm's plain name."""
    found = rows([(METHODS, "Copper foam (CF) was dipped in a bismuth bath, which leaves a skin on each strut (BS@CF)."),
                  (RESULTS, "At 1 mA cm-2, the CE climbed from 97.0% for CF to 99.1% for BS@CF."),
                  (RESULTS, "BS@CF||LFP cells keep 90.4% of their capacity after 2500 cycles, well beyond the 1200 "
                            "cycles of a zinc-coated copper foam [6].")],
                 title="Bismuth-skinned copper foam hosts")
    cycles = {(v, label) for p, v, label in found if p == "CycleNumber"}
    assert (2500.0, "BS@CF") in cycles and any(v == 1200.0 and "zinc" in label for v, label in cycles), cycles


def test_arms_a_chain_of_results_joined_by_and_gives_each_electrode_its_own_clause(rows):
    """"…, which is much higher than that of X (…), and the bare Cu electrode fails after only 45 cycles, which is …":
    results many groups chain by 'and' and 'which' in one sentence; an electrode named with its verb after ', and'
    opens a clause of its own, so its figure is not the sentence's first subject's."""
    found = rows([(METHODS, "The carbon felt (CF) was soaked in tin chloride and reduced to obtain Sn-CF; bare Cu "
                            "served as the control."),
                  (RESULTS, "As shown in Fig. 2a, the Sn-CF electrode exhibits an average CE of 98.4% over 320 "
                            "cycles, which is much higher than that of CF (95.6%, 140 cycles), and the bare Cu "
                            "electrode fails after only 55 cycles, which is attributed to the growth of dendrites.")],
                 title="Tin-decorated carbon felt hosts")
    assert {(p, v, label) for p, v, label in found if p == "CycleNumber"} == {
        ("CycleNumber", 320.0, "Sn-CF electrode"), ("CycleNumber", 140.0, "carbon felt (CF)"),
        ("CycleNumber", 55.0, "bare Cu electrode")}


def test_arms_a_medium_named_only_after_in_a_is_no_arm(rows):
    """"PX-Li symmetric cells run for 700 h in a CO2-saturated electrolyte with …": a thing the paper only ever names
    after an indefinite 'in a(n)' is what its tests ran in, not an arm that takes the subject's figures."""
    found = rows([(METHODS, "A fluoropolymer film (PX) was cast onto lithium foil to give PX-Li."),
                  (RESULTS, "At 2 mA cm-2 and 1 mA h cm-2, PX-Li symmetric cells run for 700 h in a CO2-saturated "
                            "electrolyte with a hysteresis of 23 mV, whereas bare Li cells fail after 130 h.")],
                 title="A fluoropolymer film for lithium anodes")
    assert {(p, v, label) for p, v, label in found if p in ("Lifespan", "VoltageHysteresis")} == {
        ("Lifespan", 700.0, "PX-Li"), ("VoltageHysteresis", 23.0, "PX-Li"),
        ("Lifespan", 130.0, "bare Li")}


def test_arms_two_figures_set_against_each_other_share_the_unit_after_the_second(rows):
    """"…, 38 against 64 mV": two arms' figures joined by 'against' with the unit written once, after the second,
    as 'vs.' joins them; the first is a figure too."""
    found = rows([(METHODS, "Nickel lattices (NL) were printed; planar Ni foil served as the control."),
                  (RESULTS, "At 3 mA cm-2, the hysteresis of Li@NL is about 40% lower than that of the Ni foil, "
                            "38 against 64 mV.")],
                 title="Printed nickel lattices")
    assert {(v, label) for p, v, label in found if p == "VoltageHysteresis"} == {
        (38.0, "Nickel lattices (NL)"), (64.0, "planar Ni foil")}


def test_arms_a_clause_joined_by_and_that_reports_the_same_property_was_run_as_the_one_before(rows):
    """"X delivers a retention of 90% after 800 cycles at 3 C, and the Y cell only retains 38%": a clause joined by
    ', and' with its own subject that reports the property of the clause before again sets its arm against that
    result, as 'whereas' does; the conditions and the cycle count it was read at are its arm's too."""
    found = rows([(METHODS, "A tin oxide layer was grown on nickel foam (SnO2@NF); bare nickel foam (NF) served as "
                            "the control."),
                  (RESULTS, "The SnO2@NF cell delivers a capacity retention of 90% after 800 cycles at 3 C, and the "
                            "NF cell only retains 38%.")],
                 title="Tin oxide-coated nickel foam hosts")
    assert {(p, v) for p, v, label in found if label == "nickel foam (NF)"} == {
        ("CapacityRetention", 38.0), ("CRate", 3.0), ("CycleNumber", 800.0)}


def test_arms_the_standard_of_a_comparison_after_a_condition_leaves_it_closing_its_result(rows):
    """"… 98.4% under 1 mA cm-2 and 1 mA h cm-2, which is much higher than that of CF (95.6%), and the bare Cu
    electrode fails after only 55 cycles": the figure after the conditions is the standard the result is set against
    (the same property), so the conditions still close the result, and the chained clause after ', and' ran under
    them too."""
    found = rows([(METHODS, "The carbon felt (CF) was soaked in tin chloride and reduced to obtain Sn-CF; bare Cu "
                            "served as the control."),
                  (RESULTS, "The Sn-CF electrode exhibits an average CE of 98.4% under 1 mA cm-2 and 1 mA h cm-2, "
                            "which is much higher than that of CF (95.6%), and the bare Cu electrode fails after only "
                            "55 cycles.")],
                 title="Tin-decorated carbon felt hosts")
    assert {(p, v) for p, v, label in found if label == "bare Cu electrode"} == {
        ("CycleNumber", 55.0), ("CurrentDensity", 1.0), ("ArealCapacity", 1.0)}


def test_arms_a_share_after_a_contrast_said_in_words_inside_the_sentence_is_the_same_property(rows):
    """"X keeps 93.4% after 400 cycles at 0.5 C, and in contrast, the capacity of Y decays to 58.1%": a bare share in a
    clause a contrast said in words ('in contrast', 'by contrast', 'conversely') sets against the sentence's own share
    is of the same property, as after 'whereas'."""
    found = rows([(METHODS, "Silver nanowires were woven into carbon cloth (Ag-CC); plain carbon cloth (CC) served as "
                            "the control."),
                  (RESULTS, "The Ag-CC||LFP full cell keeps 93.4% after 400 cycles at 0.5 C, and in contrast, the "
                            "capacity of the CC||LFP cell decays to 58.1%.")],
                 title="Silver nanowire-woven carbon cloth hosts")
    assert ("CapacityRetention", 58.1) in {(p, v) for p, v, label in found if "CC" in label and "Ag" not in label}


def test_arms_each_end_of_a_change_across_a_numbered_series_is_the_variant_its_amount_codes(rows):
    """"denoted NF-30, NF-80 and NF-150, where the number is the thickness in µm" then "taking the thickness from 30 to 80 µm raises
    the retention from 62.4% to 81.7%, while a further rise to 150 µm adds little (82.9%)": each end of a change in the
    amount that numbers a series is the variant that amount codes, and the figure changed with it is that variant's."""
    found = rows([(METHODS, "Sodium-free nickel films were grown to three thicknesses, denoted NF-30, NF-80 and NF-150, "
                            "where the number is the thickness in µm."),
                  (RESULTS, "NF-30, NF-80 and NF-150 cells reach average CEs of 98.9%, 99.4% and 99.5%."),
                  (RESULTS, "Taking the film thickness from 30 to 80 µm raises the capacity retention after 200 cycles from 62.4% to 81.7%, "
                            "while a further rise to 150 µm adds little (82.9%).")],
                 title="Nickel films of three thicknesses")
    retained = {(v, label) for prop, v, label in found if prop == "CapacityRetention"}
    assert retained == {(62.4, "NF-30"), (81.7, "NF-80"), (82.9, "NF-150")}, retained


def test_a_code_after_a_thing_set_on_another_names_the_whole_not_the_support(rows):
    """"Tin dots on the graphene sheets (TG-F) …": a short form written after "X on the Y" whose letters open on X, not
    on Y, names the whole thing (X on Y) the paper made, not the support Y it was set on; and the support's words
    before the bracket are where it was defined, not a second arm beside the code."""
    found = rows([(INTRO, "Graphene foams are light hosts for lithium, but lithium wets them poorly. Tin dots on the "
                          "graphene sheets (TG-F) alloy with lithium and pull it into the pores."),
                  (METHODS, "Graphene sheets were freeze-dried into a foam (G-F), dipped in tin chloride and reduced "
                            "at 400 °C to give TG-F."),
                  (RESULTS, "The average CE rose from 96.9% for the graphene foam to 99.1% for TG-F.")],
                 title="Tin-dotted graphene foams as lithium hosts")
    ce = {(v, label) for prop, v, label in found if prop == "CoulombicEfficiency"}
    assert (99.1, "Tin dots on the graphene sheets (TG-F)") in ce, ce
    assert not any(label.lower().startswith("graphene sheets") for _prop, _v, label in found), found


def test_what_a_clause_title_acts_on_is_no_design_by_the_title(arms):
    """"A tin oxide skin turns copper foams into lithium hosts": a title written as a clause names its design before
    the verb; the thing after the verb is what the design acts on (the plain host it is built on), so it draws no
    design evidence from the title, and results that only set it against the design ("…, against 94.1% for CF") make
    it that design's control."""
    found = arms([(INTRO, "Abbreviations: CF, copper foam; SOF, tin oxide-skinned foam."),
                  (INTRO, "We coat a copper foam with a thin tin oxide skin, which draws lithium into the pores. The "
                          "skinned foam keeps a CE of 98.7% for 400 cycles, far longer than the bare foam."),
                  (METHODS, "Tin oxide was grown on CF (80 um) by a dip in tin chloride and annealed at 300 °C."),
                  (RESULTS, "The SOF host reaches a CE of 98.7%, against 94.1% for CF. With CF, the cells fail "
                            "after 90 cycles.")],
                 title="A tin oxide skin turns copper foams into lithium hosts")
    roles = {a.label: a.role for a in found.arms.values() if a.own}
    assert [role for label, role in roles.items() if "(CF)" in label] == [Role.CONTROL], roles


def test_arms_a_variant_of_the_main_design_s_coded_series_set_against_it_stays_a_design(arms):
    """"AL-25 kept 98.9% …, against 96.0% for AL-10": a design the results set against the main design is its control,
    but not a sample of the same coded series (codes that differ only in their number): that is a variant."""
    model = arms([((), "A 25 nm alumina film on lithium (AL-25) doubles its cycle life.", "abstract"),
                  (RESULTS, "We coat lithium with alumina films of three thicknesses, denoted AL-10, AL-25 and AL-50 by "
                            "their thickness in nm."),
                  (RESULTS, "AL-25 kept a Coulombic efficiency of 98.9% for 400 cycles, against 96.0% for AL-10."),
                  (RESULTS, "AL-25 ran for 1200 h at 1 mA cm-2, longer than AL-10 and AL-50.")],
                 title="A thin AL-25 film doubles the life of lithium anodes")
    roles = {a.label: a.role for a in model.arms.values()}
    assert model.arms[model.main].label == "AL-25" and roles["AL-10"] == Role.DESIGN


def test_arms_a_sentence_on_what_only_the_design_holds_gives_its_base_material_to_the_design(rows):
    """"The Co3O4 nanoparticles … sit on the CNT walls, and the mat keeps …": the sentence names what only the design
    holds (the Co3O4 its name has and the plain CNT mat lacks), so its "CNT" is the design's, not the control's."""
    found = rows([(RESULTS, "We anchor cobalt oxide on a CNT mat (CM) to give a Co3O4 nanoparticle-decorated CNT mat "
                            "(CO-CM)."),
                  (RESULTS, "CO-CM kept a Coulombic efficiency of 98.8% over 300 cycles, against 95.0% for CM."),
                  (RESULTS, "The Co3O4 nanoparticles, about 12 nm across, sit evenly on the CNT walls, and the mat keeps a "
                            "surface area of 210 m2 g-1.")],
                 title="Cobalt oxide seeds in carbon nanotube mats for lithium plating")
    assert {(p, label) for p, v, label in found if v in (12.0, 210.0)} == {("ParticleSize", "CO-CM"),
                                                                          ("SpecificSurfaceArea", "CO-CM")}
